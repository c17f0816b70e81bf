"""The event reader's rules of the eleventh round (i28l7): each test fails on the reader before it.

The texts are invented, in the layouts of real newspaper and agency pages of the round's
learning set (docs/importing.md, "Events, eleventh round (i28l7)").
"""

import datetime

import pytest

from events.importer import event_document_read

pytestmark = pytest.mark.django_db


def _read(text):
    return event_document_read(text).records


def test_a_lower_case_meeting_after_the_spelled_out_forum_keeps_its_ordinal():
    text = (
        "OTTAWA - The Prime Minister will attend the 48th Asia-Pacific Economic Cooperation "
        "(APEC) Leaders' meeting to be held November 3-4, 2043 in Osaka, Japan."
    )
    (record,) = _read(text)
    assert record.value("title") == "48th APEC Leaders' Meeting"
    assert record.value("start_date") == datetime.date(2043, 11, 3)
    assert record.value("city") == "Osaka"


def test_a_plurals_apostrophe_glued_to_the_kind_word_still_names_the_meeting():
    text = (
        "Manila (VNA) - The President will chair on November 12, 2043 the APEC Economic "
        "Leaders'Meeting (AELM), which all 21 economies will attend."
    )
    (record,) = _read(text)
    assert record.value("title") == "APEC Economic Leaders' Meeting"
    assert record.value("start_date") == datetime.date(2043, 11, 12)


def test_a_founding_year_glued_to_the_word_before_is_no_year_of_the_event():
    text = (
        "Hanoi (VNA) - The Prime Minister will chair on November 12 the APEC Economic Leaders' "
        "Meeting, which all 21 economies will attend.\n"
        "APEC wasestablished in 1989 to bring the region's economies closer together./."
    )
    (record,) = _read(text)
    assert record.value("start_date") is None


def test_virtually_closing_the_clause_after_the_day_is_an_online_meeting():
    text = (
        "LIMA: Peru will convene the APEC Ministerial Meeting on Nov 9, 2043 virtually — a first "
        "for the ministers.\n\nAs the host of APEC 2043, Peru wants the year's work done on time."
    )
    (record,) = _read(text)
    assert record.value("virtual") is True
    assert record.value("city") in (None, "")


def test_virtually_meaning_almost_is_no_online_meeting():
    text = (
        "LIMA: Peru will host the APEC Ministerial Meeting on Nov 9, 2043, with virtually all "
        "economies sending their ministers."
    )
    (record,) = _read(text)
    assert record.value("virtual") is False
    assert record.value("city") == "Lima"


def test_a_meeting_whose_agenda_is_reviewed_is_where_work_goes_next():
    text = (
        "Senior officials of the 21 APEC economies have reviewed the agenda for Friday and "
        "Saturday's Economic Leaders' Meeting.\n"
        "The foreign minister spoke at the plenary session of the APEC Ministerial Meeting in "
        "Incheon on Thursday morning."
    )
    records = _read(text)
    assert records[0].value("title") == "APEC Ministerial Meeting"
    assert records[0].value("city") == "Incheon"
    assert all("Saturday" not in record.value("title") for record in records)


def test_a_sites_name_ending_in_news_is_no_headline():
    text = (
        "COASTAL NEWS\n\n"
        "Peru Hosts APEC Energy Ministers Meeting\n\n"
        "The APEC Energy Ministers Meeting opened on 4 June 2043."
    )
    (record,) = _read(text)
    assert record.value("host_economy") == "PER"


def test_this_weekday_is_the_coming_one():
    text = (
        "Published: Thu 4 Jun 2043 09:00 AM\n"
        "The meeting gets underway this Saturday evening when the Trade Minister chairs the "
        "APEC Ministers Responsible for Trade meeting in Piura."
    )
    (record,) = _read(text)
    assert record.value("start_date") == datetime.date(2043, 6, 6)


def test_trade_ministers_meeting_and_ministers_responsible_for_trade_are_one_meeting():
    text = (
        "Peru Hosts APEC Trade Ministers’ Meeting\n\n"
        "Trade Minister Rosa Quispe chairs the APEC Ministers Responsible for Trade (MRT) "
        "meeting in Piura on 6 June 2043."
    )
    records = _read(text)
    assert [r.value("title") for r in records] == ["APEC Ministers Responsible for Trade Meeting"]
    assert records[0].value("host_economy") == "PER"


def test_arriving_in_a_town_for_the_meeting_places_it():
    text = (
        "Leaders gather\n\n"
        "The Prime Minister is expected to arrive in Cairns today for the APEC Economic Leaders "
        "Meeting (AELM) this weekend.\n\n"
        "The AELM will open with a dialogue with business leaders on Sept 7, 2041."
    )
    (record,) = _read(text)
    assert record.value("city") == "Cairns"
    assert record.value("host_economy") == "AUS"


def test_a_name_after_at_ending_in_a_known_town_is_the_venue_and_the_town_the_city():
    text = (
        "The minister spoke at the opening of the APEC Tourism Ministerial Meeting at Sea Breeze "
        "Busan on 3 May 2043."
    )
    (record,) = _read(text)
    assert record.value("city") == "Busan"
    assert record.value("venue") == "Sea Breeze Busan"
    assert record.value("host_economy") == "KOR"


def test_a_day_after_a_town_is_no_venue():
    text = "The APEC Tourism Ministerial Meeting opened at Lima Monday, 4 May 2043."
    (record,) = _read(text)
    assert record.value("city") == "Lima"
    assert not record.value("venue")


def test_observers_listed_after_a_dash_are_no_event():
    text = (
        " date 2043-11-04 Lima: Advice will come from APEC's official observers—the Association "
        "of Southeast Asian Nations, the Pacific Economic Cooperation Council and Pacific "
        "Islands Forum.\n"
        "The 2043 APEC Ministerial Meeting is co-chaired by Peru's Foreign Minister Ana Ruiz."
    )
    records = _read(text)
    assert [r.value("title") for r in records] == ["2043 APEC Ministerial Meeting"]


def test_ministers_who_are_meeting_virtually_make_the_meeting_online():
    text = (
        "Lima: Ministers from the 21 APEC member economies are meeting virtually to speed the "
        "region's recovery.\n"
        "The 2043 APEC Ministerial Meeting is co-chaired by Peru's Foreign Minister Ana Ruiz.\n"
        "The meeting will conclude on 5 November 2043."
    )
    (record,) = _read(text)
    assert record.value("virtual") is True
    assert not record.value("city")


def test_a_joint_meeting_of_foreign_and_trade_ministers_is_the_ministerial_meeting():
    text = (
        "The APEC joint meeting of foreign and trade Ministers (AMM) will be held in Suwon on "
        "12 November 2043.\n"
        "Until the day before, the Concluding Senior Officials' Meeting was underway."
    )
    records = _read(text)
    assert records[0].value("title") == "APEC Ministerial Meeting"
    assert records[0].value("city") == "Suwon"


def test_days_in_brackets_right_before_a_further_naming_are_the_meetings():
    text = (
        "The 33rd APEC SME Ministerial Meeting wrapped up yesterday in Hue.\n"
        "During the week-long (August 3-8) 2043 APEC SME Ministerial Meeting, workshops on "
        "trade finance also took place."
    )
    (record,) = _read(text)
    assert record.value("start_date") == datetime.date(2043, 8, 3)
