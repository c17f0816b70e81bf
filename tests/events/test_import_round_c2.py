"""The event reader's rules of the thirteenth round (c2): pages that name several events.

Each test but the guards fails on the reader before the round. The texts are invented, in
the layouts of real releases, wires, host-year briefings and working-group reports that
report on or announce more than one APEC event (docs/importing.md, "Thirteenth round, c2").
"""

import pytest

from events.importer import event_document_read
from tests.events.reading import record_facts

pytestmark = pytest.mark.django_db


def _facts(text):
    return [record_facts(r) for r in event_document_read(text).records]


def test_a_group_meeting_of_the_ministerial_week_is_in_the_ministerial_meetings_city():
    text = (
        "The 58th APEC Small and Medium Enterprises Ministerial Meeting will take place in "
        "Valdivia, Chile, on 15-16 August 2041.\n\n"
        "Earlier this week, on Monday 12 August, the second meeting of the APEC Sub-Group on "
        "Micro Firms was held, at which members agreed a work plan."
    )
    assert _facts(text)[1] == (
        "second meeting of the APEC Sub-Group on Micro Firms",
        "2041-08-12",
        "Valdivia",
        "",
        "CHL",
    )


def test_a_meeting_months_away_keeps_no_city_of_the_pages_meeting():
    text = (
        "The 58th APEC Small and Medium Enterprises Ministerial Meeting will take place in "
        "Valdivia, Chile, on 15-16 August 2041.\n\n"
        "In March, on Monday 11 March 2041, the second meeting of the APEC Sub-Group on "
        "Micro Firms was held, at which members agreed a work plan."
    )
    facts = _facts(text)
    assert all(f[2] != "Valdivia" for f in facts[1:])  # guard: not of the ministerial week


def test_a_leaders_meeting_slated_for_its_days_is_a_record_of_the_page():
    text = (
        "Backgrounder: the ministers' annual meeting\n\n(Agency)\nUpdated: 2043-11-11 09:40\n\n"
        "HUE -- Foreign and trade ministers from the 21 APEC member economies began a two-day "
        "meeting in Hue on Wednesday to make final preparations for the APEC Economic Leaders' "
        "Meeting (AELM) slated for November 14-15."
    )
    assert _facts(text) == [
        ("APEC Ministerial Meeting", "2043-11-11", "Hue", "", "VNM"),
        ("APEC Economic Leaders' Meeting", "2043-11-14", "Hue", "", "VNM"),
    ]


def test_a_leaders_meeting_reported_to_with_its_days_is_a_further_record():
    text = (
        "HUE, 11 November 2043 -- The 55th APEC Ministerial Meeting opened in Hue today. Its "
        "statement will be submitted to the APEC Economic Leaders' Meeting on November 14-15."
    )
    # c13 (sixth-session convention): named with days of its own, a further record
    assert len(_facts(text)) == 2


def test_meetings_listed_with_their_cities_and_months_respectively():
    text = (
        " date 2044-12-09 2045 APEC Leaders' Meeting set for Nov. 16-17 in Hangzhou\n\n"
        "BEIJING, Dec. 8 (Agency) -- The 40th APEC Economic Leaders' Meeting will be held in "
        "Hangzhou on Nov. 16 and 17 next year, a spokesperson told a briefing on Thursday.\n\n"
        "Senior Officials' Meetings will be held in Kunming, Shanghai and Qingdao in February, "
        "May and August next year, respectively."
    )
    assert _facts(text)[1:] == [
        ("Senior Officials' Meeting in Kunming", "2045-02-01", "Kunming", "", "CHN"),
        ("Senior Officials' Meeting in Shanghai", "2045-05-01", "Shanghai", "", "CHN"),
        ("Senior Officials' Meeting in Qingdao", "2045-08-01", "Qingdao", "", "CHN"),
    ]


def test_the_host_city_of_a_further_meeting_is_its_city():
    text = (
        "SUMMARY REPORT OF THE 81st MEETING OF APEC SMEWG\n\nChengdu, People's Republic of "
        "China\n\n14-15 March 2046\n\n"
        "The 81st meeting of the SME Working Group was held in Chengdu, China on 14-15 March "
        "2046.\n\nThe Vice Minister invited delegates to visit Qingdao, the host city of the 9th "
        "APEC SME Technology Conference and Fair to be held in May."
    )
    facts = _facts(text)
    assert facts[1][1:] == ("2046-05-01", "Qingdao", "", "CHN")


def test_a_group_meeting_named_by_its_acronym_and_by_its_words_is_one_record():
    text = (
        "SUMMARY REPORT OF THE 81st MEETING OF APEC SMEWG\n\nChengdu, People's Republic of "
        "China\n\n14-15 March 2046\n\n"
        "The 81st meeting of the SME Working Group was held in Chengdu, China on 14-15 March "
        "2046.\n\nThe Group adopted the agenda."
    )
    assert _facts(text) == [
        ("81st meeting of the SME Working Group", "2046-03-14", "Chengdu", "", "CHN")
    ]


def test_a_heading_naming_the_topic_first_is_the_body_s_event_named_topic_last():
    text = (
        "First APEC 2045 Meetings in Chile\n\nAPEC Secretariat Singapore | 06 February 2045\n\n"
        "The first APEC meetings for 2045 are to be held this month in Valparaiso, Chile.\n\n"
        "APEC Digital Customs And Paperless Trade Symposium\n\n"
        "An APEC Symposium on Digital Customs and Paperless Trade is being held in Valparaiso "
        "9-10 February 2045, ahead of the senior officials' meetings."
    )
    facts = _facts(text)
    assert len(facts) == 1
    assert facts[0][1:] == ("2045-02-09", "Valparaiso", "", "CHL")


def test_days_of_a_list_whose_sentence_is_in_the_future_are_still_to_come():
    text = (
        "First APEC 2045 Meetings in Chile\n\nAPEC Secretariat Singapore | 06 February 2045\n\n"
        "The First Senior Officials' Meeting will be held in Valparaiso on 12-13 February 2045."
        "\n\nChile will be hosting the three formal Senior Officials' Meetings; SOM1 in "
        "Valparaiso 12-13 February, SOM2 in Arica 20-21 May, and SOM3 in Iquique 10-11 August."
    )
    starts = {f[0]: f[1] for f in _facts(text)}
    assert starts["Third Senior Officials' Meeting"] == "2045-08-10"
