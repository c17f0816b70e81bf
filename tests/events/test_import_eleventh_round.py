"""The event reader's rules of the eleventh round (i28l1): each test fails on the reader before it.

The texts are invented, in the layouts of real pages of the round's learning set
(docs/importing.md, "Events, eleventh round (i28l1)").
"""

import datetime

import pytest

from events.importer import event_document_read

pytestmark = pytest.mark.django_db


def _read(text):
    return event_document_read(text).records


def test_a_plans_target_year_is_not_the_events_year():
    text = (
        "Officials urge closer ties among APEC firms\n\n"
        "QINGDAO: Officials on Thursday urged closer cooperation among small firms, calling on "
        "economies to implement the APEC Lantern Vision 2045.\n\n"
        "Vice Minister Hu Ling spoke at the opening of the 19th APEC SME Technology Conference "
        "and Fair held in Qingdao, Shandong province, on Thursday."
    )
    (record,) = _read(text)
    assert record.value("start_date") is None
    assert record.value("city") == "Qingdao"


def test_a_deadline_year_is_not_the_events_year():
    text = (
        "Sultan urges open economies\n\n"
        "The 48th APEC Leaders Meeting kicked off yesterday at the Son Tra Conference Hall in "
        "Da Nang.\n\n"
        "Leaders agreed to keep their standstill on new trade barriers until the end of 2043."
    )
    (record,) = _read(text)
    assert record.value("start_date") is None


def test_a_distributors_header_gives_the_release_date_and_ministers_convening_the_place():
    text = (
        "11/28/2041 | Press release | Distributed by Public on 11/27/2041 22:10\n"
        "Trade and foreign ministers from the 21 APEC member economies convened in Lima to "
        "renew their work on open trade.\n"
        "Peru's Minister for Trade, Rosa Quispe, set the stage for the APEC Ministerial Meeting "
        "on Thursday."
    )
    (record,) = _read(text)
    assert record.value("start_date") == datetime.date(2041, 11, 28)
    assert record.value("city") == "Lima"
    assert record.value("host_economy") == "PER"


def test_a_town_after_a_given_name_and_a_particle_is_a_surname():
    text = (
        "Leaders' week opens\n\n"
        "MANILA, Philippines - Senior officials gathered in Manila today.\n\n"
        "The APEC Ministerial Meeting, co-chaired by Foreign Affairs Secretary Albert del "
        "Rosario and Trade Secretary Luz Ocampo, will run on 16 and 17 November 2041."
    )
    records = _read(text)
    ministerial = next(r for r in records if r.value("title") == "APEC Ministerial Meeting")
    assert ministerial.value("city") == "Manila"


def test_a_town_and_a_surname_before_a_speech_verb_are_a_person():
    text = (
        "APEC 2041: Technical meetings start today\n\n"
        "16:06 | Lima, Feb. 24.\n\n"
        "Reyes Tagle indicated that the First Senior Officials' Meeting (SOM1) takes place "
        "from February 24, 2041 at the Lima Convention Center in San Borja district."
    )
    (record,) = _read(text)
    assert record.value("city") == "Lima"


def test_days_after_a_month_do_not_start_the_next_meetings_name():
    text = (
        "Leaders' week opens\n\n"
        "MANILA, Philippines - The 2041 APEC leaders' week has opened.\n\n"
        "It will be preceded by the APEC Ministerial Meeting co-chaired by Foreign Affairs "
        "Secretary Ana Cruz and Trade Secretary Ben Tan on Nov. 16-17 and the APEC Concluding "
        "Senior Officials' Meeting on Nov. 13-14."
    )
    records = {r.value("title"): r for r in _read(text)}
    assert "APEC Concluding Senior Officials' Meeting" in records
    assert records["APEC Ministerial Meeting"].value("start_date") == datetime.date(2041, 11, 16)


def test_a_meeting_that_kicked_off_virtually_keeps_no_dateline_city():
    text = (
        "APEC leaders open their virtual meeting\n\n"
        "WELLINGTON, Nov. 14 (Xinhua) -- The 50th APEC Economic Leaders' Meeting kicked off "
        "virtually on Friday night.\n\n"
        "Leaders will build on the work of APEC 2043 and on the Harbour Vision 2049."
    )
    records = _read(text)
    leaders = next(r for r in records if "50th" in r.value("title"))
    assert leaders.value("start_date") == datetime.date(2043, 11, 13)
    assert leaders.value("city") == ""


def test_held_from_an_abbreviated_month_in_the_historic_city_of():
    text = (
        "Officials set the agenda for APEC 2042\n\n"
        "March 10, 2042\n\n"
        "The chair spoke after the First Senior Officials' Meeting, held from Feb. 24 to Sunday "
        "in the historic city of Gyeongju, North Gyeongsang Province. The APEC summit, due in "
        "the same city in November, comes back to Korea since it was last held in Busan in 2025."
    )
    records = _read(text)
    first = next(r for r in records if "First" in r.value("title"))
    assert first.value("city") == "Gyeongju"


def test_a_headlines_name_without_the_bodys_ordinal_and_apec_is_the_same_meeting():
    text = (
        "APEC opens virtual Economic Leaders' Meeting\n\n"
        "WELLINGTON, Nov. 14, 2043 (Xinhua) -- The 50th Asia-Pacific Economic Cooperation "
        "(APEC) Economic Leaders' Meeting kicked off on Friday night."
    )
    (record,) = _read(text)
    assert record.value("title") == "50th APEC Economic Leaders' Meeting"


def test_two_numbered_meetings_of_a_series_stay_two():
    text = (
        "11th APEC SME Ministerial Meeting opens\n\n"
        "LIMA, 5 May 2041 - The 12th APEC SME Ministerial Meeting opened in Lima today."
    )
    titles = [r.value("title") for r in _read(text)]
    assert "12th APEC SME Ministerial Meeting" in titles


def test_an_economys_host_year_gives_the_host_of_an_event_in_that_year():
    text = (
        "date 2041-11-01 The prime minister chaired the last meeting preparing APEC events.\n\n"
        "He thanked the agencies for their work since the start of Thailand's host year in "
        "2041.\n\nThe APEC Economic Leaders' Meeting will be held on November 18 and 19."
    )
    (record,) = _read(text)
    assert record.value("host_economy") == "THA"
    assert record.facts["host_economy"].confidence == "low"
    assert "host-from-host-year" in [w.code for w in record.warnings]


def test_another_years_host_year_gives_no_host():
    text = (
        "date 2041-11-01 The prime minister chaired the last meeting preparing APEC events.\n\n"
        "He recalled Thailand's host year in 2022.\n\n"
        "The APEC Economic Leaders' Meeting will be held on November 18 and 19."
    )
    (record,) = _read(text)
    assert record.value("host_economy") is None


def test_the_first_som_names_the_first_senior_officials_meeting():
    text = (
        "Korea sets its APEC agenda\n\n"
        "Ambassador Lee Hana opens the first SOM at the Hwabaek International Convention Center "
        "in Gyeongju on Saturday.\n\nMarch 10, 2042\n\n"
        "Lee spoke after the first Senior Officials' Meeting, held from Feb. 24 to Sunday in "
        "Gyeongju."
    )
    (record,) = _read(text)
    assert record.value("venue") == "Hwabaek International Convention Center"


def test_a_dome_is_a_venue():
    text = (
        "Tourism ministers meet in Macau\n\n"
        "Published: 2 August 2041\n\n"
        "The 19th Tourism Ministers Meeting (TMM) will take place on September 7 and 8 at the "
        "main conference hall of the Macau Lotus Games Dome."
    )
    (record,) = _read(text)
    assert record.value("venue") == "Macau Lotus Games Dome"
