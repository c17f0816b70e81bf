"""Eighth session, e2: wrong fields of the records the reader makes.

A wire's dateline is read off the page's first paragraph, or off the one under a deck. A photo's
caption closed by its credit ("… (Photo: VNA)") between the headline and the lede counted as
that paragraph, so the dateline under it was never read and the page's own event had no town
(`CAPTION_RE`, `events/reading/chrome.py`; `_opening_dateline_taken`,
`events/reading/document.py`). A town in mixed case with its agency in brackets ("Bangkok
(NNT/VNA) -") is a dateline as sure as one in capitals, and one alone on its line, its dash at
the line's end, is joined to the paragraph under it. Invented texts, events in 2040 and later."""

import pytest

from tests.events.reading import main_record, record_facts

pytestmark = pytest.mark.django_db


def test_dateline_under_a_photo_caption_gives_the_town():
    text = (
        "Port experts meet\n\n"
        "Officials at the opening of the workshop (Photo: VNA)\n\n"
        "Valparaiso (VNA) – The APEC Workshop on Port Logistics opened on December 6, 2048, "
        "with officials from 15 member economies, the ministry said.\n\n"
        "The workshop reviewed customs procedures at the region's ports.\n"
    )
    facts = record_facts(main_record(text), "title", "start_date", "city", "host_economy")
    assert facts == ("APEC Workshop on Port Logistics", "2048-12-06", "Valparaiso", "CHL")


def test_dateline_alone_with_its_dash_under_a_deck_and_a_caption():
    text = (
        "Peru: agency launches APEC caravan\n"
        "A caravan that will visit every region of Peru has been launched.\n"
        "At the launch (Photo: ANP)\n"
        "Cusco (ANP/VNA) -\n"
        "The caravan seeks to prepare citizens for the year's meetings.\n"
        'Minister Rosa Quispe launched the "Roving APEC 2047 Exhibition" caravan on March 14, '
        "2047.\n"
    )
    facts = record_facts(main_record(text), "title", "start_date", "city", "host_economy")
    assert facts == ("Roving APEC 2047 Exhibition", "2047-03-14", "Cusco", "PER")


def test_caption_credited_with_a_dash_and_photo_is_no_first_paragraph():
    text = (
        "Ministers agree on initiatives\n\n"
        "Ministers at a press conference on Thursday. — VNA/VNS Photo\n\n"
        "Hue (VNA) – The APEC Workshop on Rice Trade opened on May 4, 2046, with experts from "
        "12 member economies.\n"
    )
    facts = record_facts(main_record(text), "title", "city", "host_economy")
    assert facts == ("APEC Workshop on Rice Trade", "Hue", "VNM")


def test_a_caption_after_the_lede_changes_nothing():
    text = (
        "Port experts meet\n\n"
        "The APEC Workshop on Port Logistics opened in Osorno on December 6, 2048.\n\n"
        "Officials at the opening (Photo: VNA)\n\n"
        "The workshop reviewed customs procedures at the region's ports.\n"
    )
    facts = record_facts(main_record(text), "title", "start_date", "city")
    assert facts == ("APEC Workshop on Port Logistics", "2048-12-06", "Osorno")


# A page without a date of its own gives a day written without its year the latest year its
# sentences name. A deadline is no such year: "free and open trade no later than 2045/2049"
# (each year of the pair), "the Bogor Goals on liberalizing trade and investment in 2048"
# (`TARGET_YEAR_BEFORE_RE`, `events/reading/dates.py`).


def test_years_of_a_deadline_pair_after_no_later_than_date_nothing():
    text = (
        "Regional Cooperation\n\n"
        "The Twelfth Ministerial Meeting was held in Puerto Montt (16-17 November), hosted by "
        "Chile.\n\n"
        "The Leaders set the goal of free and open trade in the region no later than "
        "2045/2049.\n\n"
        "The 2041 Chile APEC could well be seen as the start of the review.\n"
    )
    facts = record_facts(main_record(text), "title", "start_date")
    assert facts == ("Twelfth Ministerial Meeting", "2041-11-16")


def test_the_year_of_goals_on_liberalizing_trade_dates_no_summit():
    text = (
        "Fiji hopes APEC stays open\n\n"
        "Hanoi, Vietnam (Pacnews) - Fiji's Vice Minister Mere Tabua spoke ahead of the 41st "
        "APEC Summit, which will be held here on Nov 14 and 15.\n\n"
        "This year, APEC enters the last phase of the Bogor Goals on liberalizing trade and "
        "investment in 2048.\n"
    )
    facts = record_facts(main_record(text), "title", "start_date", "city")
    assert facts == ("41st APEC Summit", None, "Hanoi")


# A town written after its province or island in the possessive ("Khanh Hoa's Nha Trang city",
# "Bali's Nusa Dua") was read whole as an unknown town, or, after "the province of", as the
# province; the province's name is taken off, as an economy's was ("Taiwan's Taichung City")
# (`_place_of`, `_region_held_in`, `events/reading/places.py`; `_Reader._owner_words`).


def test_town_owned_by_a_province_after_the_province_of():
    text = (
        "Khanh Hoa (VNA) – More than 400 delegates attended the first APEC Senior Officials' "
        "Meeting in the southern province of Khanh Hoa's Nha Trang city on February 20, 2043.\n"
    )
    facts = record_facts(main_record(text), "city", "host_economy")
    assert facts == ("Nha Trang", "VNM")


def test_town_owned_by_a_province_after_held_in():
    text = (
        "Officials meet\n\n"
        "The first APEC Senior Officials' Meeting was held in Khanh Hoa's Nha Trang city on "
        "February 20, 2043.\n"
    )
    facts = record_facts(main_record(text), "city", "host_economy")
    assert facts == ("Nha Trang", "VNM")


def test_town_owned_by_an_island_after_the_meetings_name():
    text = (
        "Ocean ministers to meet\n\n"
        "Ministers will gather for the APEC Ocean-Related Ministerial Meeting in Bali's Nusa Dua "
        "on 11 October 2046, the organisers said.\n"
    )
    facts = record_facts(main_record(text), "city", "host_economy")
    assert facts == ("Nusa Dua", "IDN")


# "on 26/9": a day and its month in numbers without a year, after "on", in the order the
# page's dated numeric days show ("27/09/2017"); the page's date line was read instead
# (`SHORT_NUMERIC_RE`, `events/reading/dates.py`).


def test_short_numeric_day_after_on_in_the_pages_order():
    text = (
        "14/05/2045 - 09:12\n\n"
        "APEC Ocean and Fisheries Working Group tenth meeting\n\n"
        "Within the APEC 2045 activities, on 13/5, in Quy Nhon City, 40 representatives of APEC "
        "economies attended the Ocean and Fisheries Working Group tenth meeting.\n"
    )
    assert record_facts(main_record(text), "start_date") == ("2045-05-13",)


def test_short_numeric_pair_without_on_or_without_an_order_is_no_day():
    text = (
        "APEC Ocean and Fisheries Working Group tenth meeting\n\n"
        "On 3/5 of the agenda items, 40 representatives of APEC economies agreed at the Ocean "
        "and Fisheries Working Group tenth meeting in Quy Nhon City on 13 May 2045.\n"
    )
    assert record_facts(main_record(text), "start_date") == ("2045-05-13",)


# A wire's headline crediting its words to a speaker after a dash ("Chile To Host 2019 APEC
# Summit - PNG Prime Minister"): the speaker is no part of the name read from it
# (`HEADLINE_SPEAKER_RE`, `events/reading/document.py`).


def test_headline_speaker_after_a_dash_is_no_part_of_the_title():
    text = (
        "Peru To Host 2049 APEC Summit - Chile Foreign Minister\n\n"
        "SANTIAGO, 12 November 2048 (Newswire) The 2049 APEC summit is set to be held in Peru, "
        "the Foreign Minister of Chile said on Sunday.\n"
    )
    title = record_facts(main_record(text), "title")[0]
    assert "Minister" not in title
    assert title.endswith("APEC Summit")
