"""Sixth session, c21: towns the gazetteer misses. A resort, an island's town or a small town
("Lae", "Whistler", "Hanmer Springs", "Big Sky") that the gazetteer leaves out of its
cities, read in a strong cue ("was held in X", "took place in X"), gives its member economy
as the host; the same word outside such a cue stays no place ("Hope" in prose). Invented
texts, events in 2051 and later."""

import pytest

from core.importing_places import gazetteer
from tests.events.reading import main_record, record_facts

pytestmark = pytest.mark.django_db


def test_a_small_town_held_in_gives_its_economy_as_host():
    text = (
        "Officials meet on the coast\n\n"
        "The 4th APEC Workshop on Fishing Cooperatives was held in Lae on 9 June 2051, where "
        "officials compared small boat-building firms."
    )
    assert record_facts(main_record(text), "city", "host_economy") == ("Lae", "PNG")


def test_a_town_bearing_a_word_is_a_town_only_in_the_cue():
    held = "The 9th APEC Forum on Women-led Startups took place in Whistler on 3 June 2052."
    assert record_facts(main_record(held), "city", "host_economy") == ("Whistler", "CAN")
    # outside a cue the gazetteer's cities still leave the town out
    assert gazetteer().city("Whistler") is None
    assert gazetteer().city("Hope") is None


def test_a_resort_of_two_words_held_in_gives_the_host():
    text = (
        "Dialogue on rural firms\n\n"
        "The third APEC Policy Dialogue on Rural Small Firms will be held in Hanmer Springs "
        "on 20-21 August 2053."
    )
    assert record_facts(main_record(text), "city", "host_economy") == ("Hanmer Springs", "NZL")


def test_a_named_economy_still_wins_over_a_town_of_another_economy():
    # "Jasper" is a larger town in the United States than in Canada: the economy the page
    # writes after the town decides.
    text = "The 5th APEC Mountain Tourism Forum was held in Jasper, Canada, on 2 May 2052."
    assert record_facts(main_record(text), "city", "host_economy") == ("Jasper", "CAN")


def test_the_small_towns_are_only_member_economies_towns():
    assert gazetteer().town("Sentosa") == "SGP"
    assert gazetteer().town("Big Sky") == "USA"
    assert gazetteer().town("Soldeu") is None  # a town of Andorra: no member economy
    assert gazetteer().town("City") is None


def test_a_dateline_opening_with_a_stroked_capital_is_the_town():
    text = (
        "Craft villages go online\n\n"
        "ĐÀ NẴNG — The 6th APEC Forum on Craft Village Enterprises opened on Tuesday, "
        "14 October 2053, with makers from 18 member economies."
    )
    assert record_facts(main_record(text), "city", "host_economy") == ("Đà Nẵng", "VNM")
    assert gazetteer().city("Đà Nẵng").name == "Da Nang"


def test_a_province_dateline_with_a_spaced_dash_gives_the_host_and_no_town():
    text = (
        "Heritage crafts forum\n\n"
        "THỪA THIÊN – HUẾ — The 2052 APEC Forum on Heritage Crafts opened on Saturday, "
        "27 September 2052, with talks on training young artisans."
    )
    assert record_facts(main_record(text), "city", "host_economy") == ("", "VNM")


def test_a_hyphen_inside_a_dateline_name_is_no_dash():
    text = (
        "Heritage crafts forum\n\n"
        "BÀ RỊA-VŨNG TÀU — The 2052 APEC Forum on Port Logistics Firms opened on Saturday, "
        "27 September 2052, with talks on small shipping agents."
    )
    assert record_facts(main_record(text), "city", "host_economy") == ("", "VNM")
