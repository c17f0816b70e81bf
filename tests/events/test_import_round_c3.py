"""The event reader's rules of the thirteenth round (c3): each test fails on the reader before it.

The texts are invented, in the layouts of real wire-service, newspaper and ministry pages on
APEC meetings about small firms (docs/importing.md, "Thirteenth round, c3"). Each class of
phrasing is read by one rule of the extractor that owns the fact: places (city, dateline,
region), names (a numbered acronym) and hosts (a host's role, a chair's office).
"""

import pytest

from tests.events.reading import main_record, record_facts

pytestmark = pytest.mark.django_db

HOSTED = "The 50th APEC SME Ministerial Meeting took place on 14 October 2044 at the Hilton Hotel."


# --- Names: an acronym with its number ------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "title"),
    [
        ("the 52nd SMEMM", "52nd APEC SME Ministerial Meeting"),
        ("the 2042 SMEMM", "2042 APEC SME Ministerial Meeting"),
        ("the 52nd APEC SMEMM", "52nd APEC SME Ministerial Meeting"),
    ],
)
def test_a_meetings_acronym_keeps_its_ordinal_or_year(written, title):
    text = f"Ministers opened {written} on 15 September 2042 in Da Nang with talks on start-ups."
    assert record_facts(main_record(text), "title", "city") == (title, "Da Nang")


def test_a_year_name_and_a_numbered_acronym_in_apposition_are_one_meeting():
    text = (
        "Officials arrived on 8 September 2043 for the 2043 APEC SME Ministerial Meeting, the "
        "49th SMEMM, at the Costa Verde Convention Hall in Trujillo."
    )
    assert record_facts(main_record(text), "title", "city", "venue") == (
        "49th APEC SME Ministerial Meeting",
        "Trujillo",
        "Costa Verde Convention Hall",
    )


def test_an_acronym_after_a_month_and_year_takes_no_year():
    """Guard: "in September 2042 SMEMM delegates …" is no "2042 SMEMM"."""
    text = (
        "In September 2042 SMEMM delegates met on 15 September 2042 in Da Nang for the APEC SME "
        "Ministerial Meeting."
    )
    assert record_facts(main_record(text), "title")[0] == "APEC SME Ministerial Meeting"


# --- Places: a city glued to the next word; a dateline on a line of its own -----------------


def test_a_known_city_glued_to_the_next_word_is_that_city():
    text = (
        "The 51st APEC Small and Medium Enterprises Ministerial Meeting opened in Ho Chi Minh "
        "Cityon September 15, 2041, with talks on start-ups."
    )
    assert record_facts(main_record(text), "city", "host_economy") == ("Ho Chi Minh City", "VNM")


def test_an_unknown_word_glued_is_not_cut_into_a_city():
    """Guard: "Limassol" is no "Lima" with "ssol" glued to it (the tail is no small word)."""
    text = "The 51st APEC SME Ministerial Meeting opened in Limassol on 15 September 2041."
    assert record_facts(main_record(text), "city")[0] != "Lima"


def test_a_dateline_on_a_line_of_its_own_before_the_dash_places_the_event():
    text = (
        "Ministers praise start-ups\n\n"
        "HCM City (VNA)\n"
        "– Ministers opened the 51st APEC Small and Medium Enterprises Ministerial Meeting on "
        "September 15, 2041, with talks on start-ups."
    )
    assert record_facts(main_record(text), "city", "host_economy") == ("Ho Chi Minh City", "VNM")


# --- Places: a province or region written with its kind word ---------------------------------


@pytest.mark.parametrize(
    ("place", "host"),
    [("Hainan Province", "CHN"), ("Biobío region", "CHL"), ("the province of Hainan", "CHN")],
)
def test_a_region_with_its_kind_word_gives_the_economy_and_no_town(place, host):
    text = f"The 50th APEC SME Ministerial Meeting opened on 14 October 2044 in {place}."
    assert record_facts(main_record(text), "city", "host_economy") == ("", host)


def test_a_region_where_the_event_is_held_wins_over_the_datelines_town():
    text = (
        "BEIJING, Oct. 9, 2046 (Xinhua) -- The 15th APEC Small and Medium Enterprises Technology "
        "Conference and Fair opened Tuesday in Hainan Province, with 600 firms showing products."
    )
    assert record_facts(main_record(text), "city", "host_economy") == ("", "CHN")


# --- Hosts: an economy named in a host's role -------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Chile, this year's APEC chair, welcomed delegates.",
        "As this year's APEC chair, Chile proposed a shared registry.",
        "Chile, as APEC host economy, set the agenda.",
        "The host economy, Chile, set the agenda.",
        "Chile is this year's APEC host.",
        "APEC 2044 host Chile set the agenda.",
        "As host, Chile set the agenda.",
        "Chile, which chairs APEC this year, set the agenda.",
    ],
)
def test_an_economy_in_a_hosts_role_is_the_host(sentence):
    record = main_record(f"{HOSTED} {sentence}")
    assert record_facts(record, "host_economy") == ("CHL",)


def test_a_past_or_next_host_is_not_the_host():
    """Guard: "next year's APEC chair" and "last year's host" name another year's host."""
    text = f"{HOSTED} Ministers thanked Peru, last year's APEC host, and Chile, next year's APEC chair."
    assert record_facts(main_record(text), "host_economy") == (None,)


# --- Hosts: the chair's office ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "host"),
    [
        (
            "Minister of Planning and Investment Pham Quoc Dung, the chair of the meeting, said "
            "the texts would reach the leaders.",
            "VNM",
        ),
        ("Minister of Production Ana Ruiz chaired the meeting.", "PER"),
        ("The meeting was chaired by Ana Ruiz, Peru's Minister of Production.", "PER"),
        ("Ana Ruiz, the Minister of Production, chaired the meeting.", "PER"),
        (
            "Viet Nam's Minister Pham Quoc Dung, who chaired the meeting, said firms need finance.",
            "VNM",
        ),
    ],
)
def test_the_chairs_office_names_the_host_of_a_ministerial_meeting(sentence, host):
    record = main_record(f"{HOSTED} {sentence}")
    assert record_facts(record, "host_economy") == (host,)


def test_a_minister_who_only_spoke_names_no_host():
    """Guard: a minister's office without a chair's role is no host."""
    text = f"{HOSTED} Minister of Production Ana Ruiz said small firms need finance."
    assert record_facts(main_record(text), "host_economy") == (None,)


def test_a_portfolio_written_before_minister_names_the_chairs_economy():
    """Bernama's order of a minister's title: "Entrepreneur Development and Cooperatives
    Minister …" (the Ministry of Entrepreneur Development and Cooperatives, Malaysia's)."""
    text = (
        "The 50th APEC SME Ministerial Meeting was held virtually on 14 October 2044 and was "
        "chaired by Entrepreneur Development and Cooperatives Minister Datuk Seri Ahmad."
    )
    assert record_facts(main_record(text), "city", "host_economy") == ("", "MYS")


# --- Places: a town named only in the venue's name, after a hotel chain's --------------------


def test_a_town_after_a_hotel_chains_name_is_the_city():
    text = "The 50th APEC SME Ministerial Meeting opened on 14 October 2044 at the Sheraton Hanoi Hotel."
    assert record_facts(main_record(text), "city", "venue", "host_economy") == (
        "Hanoi",
        "Sheraton Hanoi Hotel",
        "VNM",
    )


# --- Places: a dateline whose agency is written between slashes -------------------------------


@pytest.mark.parametrize(
    "dateline",
    ["VLADIVOSTOK, September 5, 2044 /TASS/.", "VLADIVOSTOK, September 5, 2044 /TASS/ -"],
)
def test_a_dateline_with_its_agency_between_slashes_places_and_dates_the_event(dateline):
    text = (
        "Ministers back small exporters\n\n"
        f"{dateline} The 50th APEC SME Ministerial Meeting opened here today with ministers "
        "from 21 economies."
    )
    assert record_facts(main_record(text), "start_date", "city", "host_economy") == (
        "2044-09-05",
        "Vladivostok",
        "RUS",
    )


# --- Names: a sector's meeting in plain words ---------------------------------------------------


@pytest.mark.parametrize(
    ("written", "title"),
    [
        (
            "an APEC meeting of ministers in charge of small and medium-sized enterprises",
            "APEC SME Ministerial Meeting",
        ),
        ("the 50th APEC ministerial meeting on SMEs", "50th APEC SME Ministerial Meeting"),
        ("the 2044 APEC ministerial meeting on small firms", "2044 APEC SME Ministerial Meeting"),
    ],
)
def test_a_small_firms_meeting_in_plain_words_keeps_its_number(written, title):
    text = f"Japan will host {written} in Niigata on October 20-21, 2044, the ministry said."
    assert record_facts(main_record(text), "title", "city") == (title, "Niigata")
