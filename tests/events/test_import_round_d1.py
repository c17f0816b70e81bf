"""Eighth session, d1: further events named with a fact of their own that no record was made
for, because the fact stands before the name or the name is a description.

A town said before the name and linked to it ("Hong Kong has also been appointed to host an
APEC Finance Ministers' Meeting in September", "… Pucallpa, where …", "Meeting in Busan during
the Third … Senior Officials' Meeting"), a week joined to a meeting by "and the", and
gatherings described in lower case that a verb of holding or hosting, or a day or a town right
after them, make one more event ("a workshop to be held in Davao in October", "The previous
meeting was held in Iquique in September 2046", "a training course for tour guides on 15
March") (`events/reading/mentions.py`). Invented texts, events in 2046 and later."""

import pytest

from events.importer import event_document_read
from tests.events.reading import records_facts

pytestmark = pytest.mark.django_db


WIRE = (
    "Korea hands over as APEC year closes\n"
    " date 2049-11-19\n\n"
    "Asia-Pacific member economies will meet again next year, as the sun set on this year's "
    "APEC Economic Leaders' Meeting in Incheon on Friday, November 19, 2049.\n\n"
)


def test_a_town_that_will_host_the_meeting_before_its_name_is_its_town():
    text = WIRE + (
        "Hong Kong has also been appointed to host an APEC Finance Ministers' Meeting in "
        "September 2050, officials said."
    )
    facts = records_facts(text, "title", "city", "host_economy")
    assert ("APEC Finance Ministers' Meeting", "Hong Kong", "HKG") in facts


def test_the_town_an_activity_is_in_during_a_meeting_is_that_meetings_town():
    text = WIRE + (
        "Meeting in Busan during the Third APEC Senior Officials' Meeting and Related Meetings "
        "in August, the trade committee had agreed on the plan's first steps."
    )
    facts = records_facts(text, "title", "city", "host_economy")
    assert ("Third APEC Senior Officials' Meeting", "Busan", "KOR") in facts


def test_a_town_said_after_in_before_the_link_is_another_events():
    text = (
        "APEC trade ministers to meet in China\n"
        "May 10, 2046, 7:38 am\n\n"
        "Trade ministers of the Asia-Pacific Economic Cooperation (APEC) will meet in Xiamen "
        "on Saturday.\n\n"
        "The meeting prepares for the leaders' meeting to be held in Guangzhou, 20 years after "
        "China hosted the 34th APEC Economic Leaders' Meeting in Beijing."
    )
    facts = records_facts(text, "title", "city")
    assert ("34th APEC Economic Leaders' Meeting", "Beijing") in facts


def test_a_week_joined_to_a_meeting_by_and_the_is_its_own_event():
    text = (
        "Chile names its APEC cities\n\n"
        "11:20 | Santiago, Aug. 9, 2050.\n\n"
        "The northern city of Arica, given its port, was chosen to host the Ocean Economy Week "
        "and the Fisheries Ministers Meeting in March 2051."
    )
    facts = records_facts(text, "title", "city")
    assert ("Ocean Economy Week", "Arica") in facts
    assert ("Fisheries Ministers Meeting", "Arica") in facts


def test_a_meeting_described_in_lower_case_that_a_town_will_host():
    text = (
        "Chile names its APEC cities\n\n"
        "11:20 | Santiago, Aug. 9, 2050.\n\n"
        "The second venue will be Temuco which, given its farms, will host the joint meeting "
        "between APEC Youth and Labour Ministers, who will look at first jobs."
    )
    facts = records_facts(text, "title", "city", "host_economy")
    assert ("joint meeting between APEC Youth and Labour Ministers", "Temuco", "CHL") in facts


RELEASE = (
    "Tourism officials look at cruise ports in Iloilo\n\n"
    "Iloilo, Philippines | 12 March 2047\n\n"
    "The 61st APEC Tourism Working Group Meeting opened today in Iloilo, bringing together 90 "
    "delegates from member economies.\n\n"
)


def test_the_previous_meeting_held_in_a_town_is_a_further_event():
    text = RELEASE + "The previous meeting was held in Iquique in September 2046."
    facts = records_facts(text, "title", "city", "host_economy")
    assert ("previous meeting", "Iquique", "CHL") in facts


def test_side_events_described_with_their_days_are_further_events():
    text = RELEASE + (
        "Side events of the week include a public-private dialogue on cruise ports on 14 March "
        "and a training course for tour guides on 15 March."
    )
    facts = records_facts(text, "title", "start_date")
    assert ("public-private dialogue on cruise ports", "2047-03-14") in facts
    assert ("training course for tour guides", "2047-03-15") in facts


def test_a_workshop_to_be_held_in_a_town_is_a_further_event():
    text = RELEASE + "Projects this year include a workshop to be held in Davao in October."
    facts = records_facts(text, "title", "city", "host_economy")
    assert ("workshop", "Davao", "PHL") in facts


def test_the_pages_own_meeting_described_again_is_no_further_event():
    text = RELEASE + (
        "The officials said during a two-day meeting in Iloilo that the roadmap was ready. "
        "The meeting will be held again next year."
    )
    assert len(event_document_read(text).records) == 1


HOBART = (
    "Ministers meet in Hobart on energy\n\n"
    "HOBART, 7 March 2047 (Agency) - APEC energy ministers opened their 16th meeting in "
    "Hobart on Thursday.\n\n"
)


def test_their_last_meeting_held_in_a_town_is_a_further_event():
    text = HOBART + "Their last meeting took place in Cusco in August 2045."
    facts = records_facts(text, "title", "city", "host_economy")
    assert ("last meeting", "Cusco", "PER") in facts


def test_a_described_event_ends_the_clause_of_the_one_before_it():
    text = HOBART + (
        "A dialogue on hydrogen trade was held on 5 March, while ministers will attend an "
        "energy investment forum in Launceston on 8 March."
    )
    facts = records_facts(text, "title", "start_date", "city")
    assert ("dialogue on hydrogen trade", "2047-03-05", "") in facts
    assert ("energy investment forum", "2047-03-08", "Launceston") in facts


def test_a_meeting_held_at_another_named_event_is_no_further_event():
    text = HOBART + (
        "Two of the ministers spoke on Wednesday. Their last meeting took place at the G20 "
        "Summit in Osaka in June 2045."
    )
    titles = [record.value("title") for record in event_document_read(text).records]
    assert "last meeting" not in titles


def test_a_definite_description_of_a_named_meeting_is_that_meeting():
    text = (
        "SME officials to meet in Cebu\n\n"
        "Cebu, Philippines | 20 May 2046\n\n"
        "The 45th APEC SME Working Group Meeting will open in Cebu next month.\n\n"
        "The working group meeting will be held on 3-4 June at the Waterfront Hotel, followed "
        "by a policy dialogue on 5 June."
    )
    facts = records_facts(text, "title", "start_date")
    assert ("45th APEC SME Working Group Meeting", "2046-06-03") in facts
    assert ("policy dialogue", "2046-06-05") in facts
    assert len(facts) == 2
