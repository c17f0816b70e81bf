"""Sixth session, c27: the page's own event, and texts refused although they report one. A
welcome ceremony or a banquet named only as such in the lede with its day is the page's event,
not a meeting named later as coming nor the meeting its guests attend; a newspaper's "meeting
of APEC leaders", "Leaders of the APEC forum gather here today" and "Leaders from the APEC forum
who will meet on Nov. 19 in …" name the leaders' meeting; a recalled meeting's town ("from
their last meeting in Cebu") and a document's town ("the Manila Declaration") are no place of
the page's event; "by the year 2060" is a target, not the event's year. Invented texts."""

import pytest

from events.importer import event_document_read
from tests.events.reading import dated_records, read_records, record_facts

pytestmark = pytest.mark.django_db


def test_a_welcome_ceremony_in_the_lede_is_the_page_event_not_a_meeting_announced_later():
    text = (
        "date 2034-02-06 PORT MORESBY, Feb. 6 (Pacific Wire) -- Papua New Guinea opened its "
        "year as APEC host on Monday with a welcome ceremony held at the Stanley Hotel.\n\n"
        "The first meeting of the year, the Informal Senior Officials' Meeting, will be held "
        "in Port Moresby on Feb. 20.\n"
    )
    records = dated_records(text)
    assert records[0] == ("welcome ceremony", "2034-02-06", "Port Moresby", "PNG")
    assert records[1][:2] == ("Informal Senior Officials' Meeting", "2034-02-20")


def test_a_banquet_is_the_page_event_and_the_meeting_its_guests_attend_gives_no_record():
    text = (
        "Home > News\n"
        "President Ortega Welcomes Leaders Attending the APEC Economic Leaders' Meeting\n\n"
        "In the evening of November 14, 2036, President Ana Ortega and her husband Mme. Ruiz "
        "held a banquet at the Gran Teatro Nacional in Lima, welcoming leaders attending the "
        "47th Asia-Pacific Economic Cooperation (APEC) Economic Leaders' Meeting.\n"
    )
    [record] = read_records(text)
    assert record_facts(record) == (
        "banquet",
        "2036-11-14",
        "Lima",
        "Gran Teatro Nacional",
        "PER",
    )


def test_a_ceremony_after_the_leaders_began_their_meeting_is_not_the_page_event():
    text = (
        "LIMA, November 20 -- Leaders of the 21 member economies of APEC began their annual "
        "meeting in Lima on Saturday.\n\n"
        "The meeting opened after a welcome ceremony by the President.\n"
    )
    [(title, _, city, _)] = dated_records(text)
    assert (title, city) == ("APEC Economic Leaders' Meeting", "Lima")


@pytest.mark.parametrize(
    ("lede", "start"),
    [
        ("Yesterday's meeting of APEC leaders in Cebu was the most relaxed the forum has seen.",
         "2034-11-08"),
        ("Leaders of the Asia Pacific Economic Cooperation (APEC) forum gather in Cebu today "
         "to talk about a free trade area.", "2034-11-09"),
        ("The third informal meeting of the leaders of the Asia Pacific Economic Cooperation "
         "(APEC) forum opens in Cebu today.", "2034-11-09"),
    ],
)  # fmt: skip
def test_a_newspaper_names_the_leaders_meeting_by_who_meets(lede, start):
    text = f"Thu, 09 Nov 2034\n\nBatik at the palace\n\nCEBU, Philippines (MN): {lede}\n"
    [(title, read_start, city, host)] = dated_records(text)
    assert (title, read_start, city, host) == (
        "APEC Economic Leaders' Meeting",
        start,
        "Cebu",
        "PHL",
    )


def test_business_leaders_meeting_name_no_leaders_meeting():
    text = (
        "Thu, 09 Nov 2034\n\nFirms look to the region\n\n"
        "Business leaders of the region met in Cebu yesterday to talk about APEC trade rules.\n"
    )
    with pytest.raises(Exception, match="no event name"):
        event_document_read(text)


def test_the_town_of_a_recalled_last_meeting_is_not_the_page_event_town():
    text = (
        "Tue, 21 Nov 2034\n\nLeaders to take the talk further\n\n"
        "HUE, Viet Nam (MN): Leaders of the Asia Pacific Economic Cooperation (APEC) forum "
        "gather here today to carry on from their last meeting in Cebu, the Philippines, last "
        "year, on the question of a free trade area.\n"
    )
    [(_, start, city, host)] = dated_records(text)
    assert (start, city, host) == ("2034-11-21", "Hue", "VNM")


def test_a_declaration_named_by_a_town_is_no_place_of_the_town_named_meeting():
    text = (
        "Leaders praise Hobart accord\n\n"
        "HOBART, Australia (MN): Leaders praised the trade accord reached here yesterday.\n\n"
        "The Prime Minister, whose officials drafted the Manila Declaration during APEC's "
        "previous meeting in 2031, said the success of the Hobart meeting was owed to the "
        "host's patience.\n"
    )
    [(title, _, city, host)] = dated_records(text)
    assert (title, city, host) == ("Hobart meeting", "Hobart", "AUS")


def test_a_target_year_is_not_the_year_of_a_day_without_one():
    text = (
        "Host promises a summit of substance\n\n"
        "Leaders from the Asia-Pacific Economic Cooperation (APEC) forum who will meet on "
        "Nov. 19 in Valparaiso aim to remove trade barriers by the year 2060.\n"
    )
    [(title, start, city, host)] = dated_records(text)
    assert (title, start, city, host) == ("APEC Economic Leaders' Meeting", "", "Valparaiso", "CHL")
