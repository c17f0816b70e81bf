"""The event reader's rules of round c36: weeks, clusters and retreats as a page's own event
(a Leaders' Week said to open or framing the page's meeting, a week kicked off by the page's
meeting, the Leaders' Retreat).

Each test but the guards fails on the reader before the round. The texts are invented, in
the layouts of real wires, newspapers and host-year pages (docs/importing.md, "Seventh
session, c36").
"""

import pytest

from events.importer import event_document_read
from tests.events.reading import record_facts

pytestmark = pytest.mark.django_db


def _facts(text):
    return [record_facts(r) for r in event_document_read(text).records]


def _week(facts):
    return next(f for f in facts if "Week" in f[0])


def test_a_week_kicked_off_by_the_page_meeting_is_a_record_held_where_it_is():
    text = (
        "Final senior officials' round opens in Arequipa\n\n"
        "AREQUIPA, Nov. 9, 2047 (Andes Wire) -- The Concluding Senior Officials' Meeting of "
        "the Asia-Pacific Economic Cooperation (APEC) opened in Arequipa on Saturday, kicking "
        "off the APEC Leaders' Week.\n\n"
        "During the two-day session, officials will settle the texts of the week."
    )
    week = _week(_facts(text))
    assert week[:3] == ("APEC Leaders' Week", "2047-11-09", "Arequipa")
    assert week[4] == "PER"


def test_a_week_said_to_have_opened_in_the_headline_is_a_record_of_its_own():
    text = (
        "APEC Economic Leaders' Week starts\n\n"
        "MANILA, Philippines - The 2041 Asia-Pacific Economic Cooperation (APEC) Economic "
        "Leaders' Week hosted by the Philippines in Manila has opened.\n\n"
        "The week will culminate with the APEC Economic Leaders' Meeting on Nov. 18-19.\n\n"
        "It will be preceded by the APEC Ministerial Meeting on Nov. 16-17."
    )
    facts = _facts(text)
    assert len(facts) == 3
    week = _week(facts)
    assert week[2] == "Manila" and week[4] == "PHL"


def test_the_week_a_leaders_meeting_is_the_highlight_of_is_one_more_record():
    text = (
        "APEC Economic Leaders' Meeting closes with pledge on supply chains\n\n"
        "SAPPORO, Nov. 19, 2049 (Newswire) -- Leaders of the Asia-Pacific Economic Cooperation "
        "(APEC) economies on Friday closed their meeting in Sapporo.\n\n"
        "The meeting, held at the Sapporo Convention Center on Nov. 18-19, gathered leaders "
        "from the 21 member economies.\n\n"
        "The leaders' meeting is the highlight of the APEC Leaders' Week, held in Sapporo from "
        "Nov. 13 to 19."
    )
    facts = _facts(text)
    assert _week(facts)[1:3] == ("2049-11-13", "Sapporo")
    assert facts[0][1] == "2049-11-18"


def test_the_week_opened_at_a_hall_takes_its_venue_and_the_meeting_town():
    text = (
        "Spotlight on Chiang Rai as APEC 2046 week opens\n\n"
        "CHIANG RAI, Nov. 12, 2046 (Newswire) -- The APEC Economic Leaders' Week opened on "
        "Monday at the Chiang Rai Convention Hall and will run until Saturday.\n\n"
        "Leaders of the 21 economies will attend the APEC Economic Leaders' Meeting on Friday."
    )
    week = _week(_facts(text))
    assert week[1:4] == ("2046-11-12", "Chiang Rai", "Chiang Rai Convention Hall")


def test_the_leaders_retreat_held_at_a_venue_is_the_page_event():
    text = (
        "Peru passes the APEC chair to Viet Nam\n\n"
        "During the\nAPEC Leaders' Retreat held at the Arequipa Convention Centre,\n"
        "the President handed a carved staff to the Vietnamese leader.\n"
        '"Our agenda is complete," she said.'
    )
    facts = _facts(text)
    assert facts[0][0] == "APEC Leaders' Retreat"
    assert facts[0][2:5] == ("Arequipa", "Arequipa Convention Centre", "PER")


def test_guard_a_week_named_in_passing_gives_no_record():
    text = (
        "SMEs ministers meet in Arequipa\n\n"
        "AREQUIPA, Peru, 4 September 2047 - The 44th APEC SME Ministerial Meeting opened today "
        "in Arequipa.\n\n"
        "Ministers will report to leaders before the Leaders' Week."
    )
    assert [f[0] for f in _facts(text)] == ["44th APEC SME Ministerial Meeting"]


def test_guard_retreat_as_a_plain_word_is_no_event():
    text = (
        "APEC SME Working Group meets in Arequipa\n\n"
        "AREQUIPA, Peru, 4 September 2047 - The 70th APEC SME Working Group Meeting opened "
        "today in Arequipa, where delegates warned against a retreat from open markets."
    )
    assert len(_facts(text)) == 1
