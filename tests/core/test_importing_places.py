"""The gazetteer resolves cities and regions of the member economies, and no words."""

import pytest

from core.importing import EconomyNames
from core.importing_places import gazetteer, place_key


@pytest.mark.parametrize(
    ("name", "economy"),
    [
        ("Kota Kinabalu", "MYS"),
        ("Vladivostok", "RUS"),
        ("Arequipa", "PER"),
        ("Xiamen", "CHN"),
        ("Honolulu", "USA"),
        ("Queenstown", "NZL"),  # the New Zealand town outnumbers the Australian one
        ("Concepcion", "CHL"),  # written without its accent
        ("Khon Kaen", "THA"),
        ("Iloilo City", "PHL"),  # an alternate spelling of a big city
    ],
)
def test_a_city_of_a_member_economy_resolves_alone(name, economy):
    assert gazetteer().city(name).economy == economy


@pytest.mark.parametrize(
    ("name", "economy"),
    [("Sabah", "MYS"), ("Bali", "IDN"), ("Hawaii", "USA"), ("Montana", "USA"), ("Biobío", "CHL")],
)
def test_a_region_resolves_to_its_economy(name, economy):
    assert gazetteer().region(name) == economy


@pytest.mark.parametrize("word", ["Green", "Hope", "August", "Hon", "Mission", "Online"])
def test_ordinary_words_are_no_cities(word):
    assert gazetteer().city(word) is None


@pytest.mark.parametrize(
    ("written", "economy"),
    [
        ("Nusa Dua, Bali", "IDN"),  # a resort too small for the list, found by its region
        ("Big Sky, Montana", "USA"),
        ("Kota Kinabalu, Sabah", "MYS"),
        ("Honolulu, Hawaii", "USA"),
        ("Davao, Philippines", "PHL"),
        ("Vladivostok", "RUS"),
        ("China", None),  # an economy's name is no town ("Hong Kong, China")
        ("Puerto Almendro", None),  # a town nobody knows
    ],
)
def test_economy_names_resolve_a_city_through_the_gazetteer(written, economy):
    names = EconomyNames({"China": "CHN", "Philippines": "PHL"})
    assert names.city(written) == economy


def test_place_keys_drop_accents_case_and_dots():
    assert place_key("Concepción") == place_key("CONCEPCION") == "concepcion"
    assert place_key("St. Petersburg") == "st petersburg"


def test_the_gazetteer_is_read_once_and_stays_small():
    assert gazetteer() is gazetteer()
    assert 20_000 < len(gazetteer()) < 200_000


@pytest.mark.parametrize("written", ["HCM CITY", "HCM City", "HCMC", "TP HCM"])
def test_a_host_city_written_short_is_the_city(written):
    names = EconomyNames({})
    assert names.city(written) == "VNM"
    assert names.city_name(written) == "Ho Chi Minh City"
    assert names.city_name("Hue City") == "Hue City"  # any other name as written
