"""The event reader's rules added in the eleventh round (i28l2): each from a layout of real
texts, on invented text."""

import datetime

import pytest

from core.importing import is_chrome
from events.importer import event_document_read

pytestmark = pytest.mark.django_db


def _rows(text):
    return [
        (r.value("title"), r.value("start_date"), r.value("city"), r.value("host_economy"))
        for r in event_document_read(text).records
    ]


def _code(economy):
    return getattr(economy, "code", economy)


def test_meetings_listed_in_lower_case_with_their_days_each_give_a_record():
    text = (
        "Updated: 2041-11-05 08:30\nWELLINGTON -- The 21 APEC economies opened the week "
        "in Wellington on Monday with the Concluding Senior Officials' Meeting (CSOM).\n\n"
        "The week also includes the annual ministerial meeting on Nov. 7-8, a CEO summit on "
        "Nov. 8-10 and the 48th Economic Leaders' Meeting on Nov. 9-10."
    )
    rows = [(title, start) for title, start, _, _ in _rows(text)]
    assert rows[1:] == [
        ("APEC Ministerial Meeting", datetime.date(2041, 11, 7)),
        ("APEC CEO Summit", datetime.date(2041, 11, 8)),
        ("48th Economic Leaders' Meeting", datetime.date(2041, 11, 9)),
    ]


def test_a_day_after_a_month_is_no_part_of_the_name_after_it():
    text = (
        "Updated: 2041-11-05 08:30\nThe 48th Economic Leaders' Meeting follows a "
        "business summit on Nov. 8-10 and the 48th Economic Leaders' Meeting on Nov. 9-10 "
        "in Wellington."
    )
    titles = [title for title, _, _, _ in _rows(text)]
    assert not any(title.startswith("8-10") for title in titles)


def test_an_economys_city_after_in_is_the_town_not_the_possessive():
    text = (
        "Updated: 2042-05-13 10:05\nThe 70th APEC Tourism Working Group meeting opened in "
        "Peru's southern city of Arequipa on Monday."
    )
    ((_, _, city, host),) = _rows(text)
    assert (city, _code(host)) == ("Arequipa", "PER")


def test_an_agency_time_line_with_the_region_in_brackets_gives_the_town():
    text = (
        "Ocean officials meet\n\n18:30 | Trujillo (La Libertad region), Mar. 3.\n\n"
        "The 30th APEC Ocean and Fisheries Working Group meeting began today.\n\n"
        "Published: 3/3/2042"
    )
    ((_, start, city, host),) = _rows(text)
    assert (start, city, _code(host)) == (datetime.date(2042, 3, 3), "Trujillo", "PER")


def test_a_town_word_after_and_inside_the_events_name_is_no_place():
    text = (
        "MANILA, 9 June 2042 (Agency) — The APEC Dialogue on Local and Central Government "
        "Finance opened today."
    )
    ((_, _, city, host),) = _rows(text)
    assert (city, _code(host)) == ("Manila", "PHL")


def test_a_spanish_skip_link_is_page_chrome():
    assert is_chrome("Click acá para ir directamente al contenido")
    assert is_chrome("Imprimir este Artículo Compartir link")


def test_a_dated_dateline_after_the_deck_beats_a_date_line_above_the_headline():
    text = (
        "Tuesday, September 9, 2042\n\nOfficials close their technical round\n\n"
        "During the week, the groups reported on their work plans for the year.\n\n"
        "Frutillar, September 5, 2042. After ten days of meetings, the Third Senior "
        "Officials' Meeting (SOM3) concluded today in Frutillar."
    )
    (record,) = event_document_read(text).records
    # "concluded today": the dateline's day is the closing day (no length said: no first day, c4)
    assert (record.value("end_date"), record.value("city")) == (
        datetime.date(2042, 9, 5),
        "Frutillar",
    )


def test_a_meeting_named_ahead_of_the_upcoming_takes_its_days_from_its_later_naming():
    text = (
        "Volunteers start work\nPublished: 19 Feb. 2043, 16:05\nThe ministry opened the "
        "registration desk for the 2043 APEC Summit on Thursday.\nThe same day, the province "
        "held a ceremony for volunteers ahead of the upcoming Second Senior Officials' Meeting "
        "(SOM2) on Thursday.\nThe SOM2, scheduled to take place in Gangneung from March 2 to "
        "March 14, opens the second cluster."
    )
    rows = {title: (start, city) for title, start, city, _ in _rows(text)}
    assert rows["Second Senior Officials' Meeting"] == (datetime.date(2043, 3, 2), "Gangneung")


def test_ministers_whose_meeting_begins_tomorrow_give_a_record_of_their_own():
    text = (
        "Roadmap approved\n\nThe Senior Officials met for two days and prepared the report "
        "for the Ministers responsible for Trade, whose meeting begins tomorrow.\n\n"
        "Chiclayo, May 21, 2042.- APEC's Second Senior Officials' Meeting (SOM2) in the "
        "Lambayeque region came to an end today. The meeting took place on May 20 and 21."
    )
    rows = {title: start for title, start, _, _ in _rows(text)}
    assert rows["APEC Ministers Responsible for Trade Meeting"] == datetime.date(2042, 5, 22)
    assert rows["Second Senior Officials' Meeting"] == datetime.date(2042, 5, 20)


def test_a_dateline_of_an_accented_town_closed_by_a_stop_and_dash_is_no_part_of_the_name():
    text = (
        "Ocean ministers meet\n\nThe ministers will discuss fishing over two days.\n\n"
        "Viña del Mar, June 3, 2042.- The 7th APEC Ocean-related Ministerial Meeting opened "
        "today."
    )
    ((title, start, city, _),) = _rows(text)
    assert (title, start, city) == (
        "7th APEC Ocean-related Ministerial Meeting",
        datetime.date(2042, 6, 3),
        "Viña del Mar",
    )


def test_a_town_owning_a_venue_of_venue_words_only_stays_in_the_venues_name():
    text = (
        "Senior officials meet in Cusco\n\nThe Second Senior Officials' Meeting (SOM2) "
        "took place from May 3 to May 16, 2043 at Cusco's Convention Center."
    )
    (record,) = event_document_read(text).records
    assert (record.value("venue"), record.value("city")) == ("Cusco Convention Center", "Cusco")


def test_a_town_owning_a_named_venue_is_left_out_of_the_name():
    text = (
        "Senior officials meet in Lima\n\nThe Second Senior Officials' Meeting (SOM2) "
        "took place from May 3 to May 16, 2043 at Lima's Pacific Convention Center."
    )
    (record,) = event_document_read(text).records
    assert (record.value("venue"), record.value("city")) == ("Pacific Convention Center", "Lima")
