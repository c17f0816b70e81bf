"""The news-release reader (events/importer.py, events/reading/) on an invented corpus, and its parts.

tests/events/import_corpus/ holds news releases, newspaper reports, event pages and
texts about no event, written for these tests in varied styles. EXPECTED below is the
one table of what each must give: one Row per event record, in reading order, or the
refusal. Every record's warnings are asserted too (by code), so a new warning on a text
that reads cleanly fails here.
"""

import datetime
from pathlib import Path
from typing import NamedTuple

import pytest

from core.importing import EconomyNames, ImportRefused
from events.dates import NO_LAST_DAY
from events.importer import (
    EVENT_FACT_CHECKS,
    event_document_read,
    event_document_score,
    event_fact_fields,
    event_record_existing,
    event_record_json,
    event_record_save,
)
from events.models import Event
from events.reading.saving import event_check_lengths
from initiatives.models import Economy
from tests.events.reading import record_facts as _facts
from tests.factories import EventFactory, InitiativeFactory

pytestmark = pytest.mark.django_db

CORPUS = Path(__file__).parent / "import_corpus"


class Row(NamedTuple):
    title: str
    kind: str
    start: str
    end: str | None
    precision: str
    city: str
    venue: str
    host: str | None
    co_hosts: list
    virtual: bool
    initiative: str
    officials: list
    warnings: list


class Refused(NamedTuple):
    line: int
    reason: str


# fmt: off
EXPECTED = {
    "01_agency_release_quoted.txt": [
        Row('APEC Green Supply Chain Forum: Small Firms, Big Transitions', "forum", "2021-05-06", None, "day", 'Taipei', 'Taipei International Convention Center', 'TWN', [], False, '', [('Ms. Lin Mei-Hua', 'Director General of the Small and Medium Enterprise Administration')], ['city-from-venue', 'year-inferred']),
    ],
    "02_newspaper_dateline_lima.txt": [
        Row('APEC MSME Finance Forum', "forum", "2024-11-14", None, "day", 'Lima', 'Lima Convention Center', 'PER', [], False, '', [('Ana Torres', 'Vice Minister of MSMEs and Industry')], ['date-relative']),
    ],
    "03_event_page_fields.txt": [
        Row('APEC Workshop on Digital Trade for Women-led MSMEs', "workshop", "2023-03-12", '2023-03-13', "day", 'Kuala Lumpur', 'Sheraton Imperial Hotel', 'MYS', ['JPN', 'THA'], False, '', [], []),
    ],
    "04_us_month_day_range.txt": [
        Row("APEC Women's Entrepreneurship Summit", "summit", "2025-09-09", '2025-09-11', "day", 'Washington', 'Ronald Reagan Building', 'USA', ['KOR'], False, '', [('Jane Miller', 'Associate Administrator of the Office of International Trade')], []),
    ],
    "05_day_month_range_nz.txt": [
        Row('APEC SME Digital Resilience Dialogue', "dialogue", "2022-04-03", '2022-04-05', "day", 'Auckland', '', 'NZL', [], False, '', [('Dr. Aroha Ngata', 'Chief Economist at MBIE')], []),
    ],
    "06_weekday_missing_year.txt": [
        Row('APEC Startup Mentoring Forum', "forum", "2022-10-04", None, "day", 'Kaohsiung', '', 'TWN', [], False, '', [], ['year-inferred']),
    ],
    "07_two_named_events.txt": [
        Row('APEC Youth Startup Bootcamp', "training", "2024-06-10", None, "day", 'Lima', '', 'PER', [], False, '', [], []),
        Row('APEC Digital Payments Workshop', "workshop", "2024-06-12", None, "day", 'Arequipa', '', 'PER', ['CHL'], False, '', [], []),
    ],
    "08_virtual_webinar.txt": [
        Row('APEC Webinar on MSME Cybersecurity', "seminar", "2020-07-21", None, "day", '', '', 'SGP', [], True, '', [('Mr. Tan Wei Ming', 'Executive Director of Enterprise Singapore')], []),
    ],
    "09_ministerial_meeting_report.txt": [
        Row('21st APEC SME Ministerial Meeting', "ministerial_meeting", "2014-09-04", '2014-09-05', "day", 'Nanjing', '', 'CHN', [], False, '', [('Mr. Miao Wei', 'Minister of Industry and Information Technology')], []),
    ],
    "10_no_event.txt": Refused(2, 'no event name and date found'),
    "11_informal_economies.txt": [
        Row('APEC Smart Manufacturing Dialogue for SMEs', "dialogue", "2023-10-18", None, "day", 'Kaohsiung', 'Kaohsiung Exhibition Center', 'TWN', ['KOR', 'USA'], False, '', [], []),
    ],
    "12_agency_unknown_city.txt": [
        Row('APEC Agri-food MSME Export Training', "training", "2023-02-02", None, "day", 'Khon Kaen', '', 'THA', [], False, '', [], []),
    ],
    "13_chrome_heavy.txt": [
        Row('APEC Circular Economy Seminar for SMEs', "seminar", "2022-12-15", None, "day", 'Bangkok', '', 'THA', [], False, '', [], []),
    ],
    "14_dash_subtitle_headline.txt": [
        Row('APEC Green MSME Forum – Financing the Transition', "forum", "2019-11-08", None, "day", 'Santiago', '', 'CHL', [], False, 'apec-strategy-for-green-sustainable-and-innovative-msmes', [], []),
    ],
    "15_series_cities.txt": [
        Row('APEC Digital Inclusion Workshop', "workshop", "2023-09-15", None, "day", 'Hanoi', '', 'VNM', [], False, 'apec-digital-inclusion-initiative', [], []),
        Row('APEC Digital Inclusion Workshop in Manila', "workshop", "2023-05-01", None, "month", 'Manila', '', 'PHL', ['VNM'], False, 'apec-digital-inclusion-initiative', [], ['co-hosts-inferred', 'title-built', 'year-inferred']),
        Row('APEC Digital Inclusion Workshop in Jakarta', "workshop", "2023-07-01", None, "month", 'Jakarta', '', 'IDN', ['VNM'], False, 'apec-digital-inclusion-initiative', [], ['co-hosts-inferred', 'title-built', 'year-inferred']),
    ],
    "16_upcoming_announcement.txt": [
        Row('APEC MSME Trade Facilitation Conference', "conference", "2025-11-22", '2025-11-24', "day", 'Jakarta', 'Grand Hyatt Hotel', 'IDN', [], False, '', [], ['year-inferred']),
    ],
    "17_dateline_cross_month.txt": [
        Row('APEC SME Startup Summit', "summit", "2019-09-30", '2019-10-02', "day", 'Busan', 'BEXCO Convention Hall', 'KOR', [], False, '', [('Park Ji-won', 'Director General for Global Cooperation')], ['year-inferred']),
    ],
    "18_hybrid.txt": [
        Row('APEC Women in STEM Entrepreneurship Seminar', "seminar", "2021-03-09", None, "day", 'Bangkok', '', 'THA', [], False, '', [], []),
    ],
    "19_initiative_unknown.txt": [
        Row('APEC Blue Economy MSME Forum', "forum", "2019-08-22", None, "day", 'Cebu', '', 'PHL', [], False, 'APEC Blue Economy MSME Initiative', [], ['initiative-unknown']),
    ],
    "20_iso_date_fields.txt": [
        Row('APEC Export Readiness Clinic for MSMEs', "other", "2024-05-14", None, "day", 'Lima', 'Lima Convention Center', 'PER', [], False, '', [], []),
    ],
    "21_month_only.txt": [
        Row('APEC SME Export Academy Training', "training", "2026-08-01", None, "month", 'Mexico City', '', 'MEX', [], False, '', [], []),
    ],
    "22_ministers_met_no_name.txt": [
        Row('2018 APEC SME Ministerial Meeting', "ministerial_meeting", "2018-09-27", None, "day", 'Port Moresby', '', 'PNG', [], False, '', [], ['title-built']),
    ],
    # No date for the event nor for the release: an empty first day and a warning, never a
    # refusal (the preview asks for the day; saving without it is refused).
    "23_event_without_date.txt": [
        Row('APEC SME Innovation Forum', "forum", None, None, "day", '', '', None, [], False, '', [], ['no-date', 'no-host']),
    ],
    "24_officials_and_day_month.txt": [
        Row('APEC MSME Marketplace Conference', "conference", "2024-03-05", None, "day", 'Manila', 'Philippine International Convention Center', 'PHL', [], False, 'apec-msme-marketplace', [('Maria Santos', 'Undersecretary for MSME Development'), ('Dr. Kenji Sato', 'President of the Japan Finance Corporation')], ['year-inferred']),
    ],
    "25_city_state_venue_at.txt": [
        Row('APEC SME Digitalisation Roundtable', "dialogue", "2023-07-12", None, "day", 'Singapore', 'Marina Bay Sands', 'SGP', ['AUS', 'NZL'], False, '', [('Ms. Tan Li Ling', 'Director, SME Development, Enterprise Singapore')], ['date-relative']),
    ],
    "26_event_page_nav_row.txt": [
        Row("APEC Women's Business Summit 2018", "summit", "2018-06-14", '2018-06-15', "day", 'Port Moresby', '', 'PNG', [], False, '', [], []),
    ],
    "27_convention_centre_not_an_event.txt": [
        Row('APEC Startup Ecosystem Forum', "forum", "2024-12-03", None, "day", '', 'Hong Kong Convention and Exhibition Centre', 'HKG', [], False, '', [], []),
    ],
    "28_virtual_co_organised.txt": [
        Row('APEC SME Finance Workshop', "workshop", "2020-09-08", '2020-09-09', "day", '', '', 'JPN', ['IDN'], True, '', [('Mr. Hiroshi Tanaka', 'Deputy Director-General of the Small and Medium Enterprise Agency')], ['host-inferred']),
    ],
    "29_dateline_without_year.txt": [
        Row('APEC MSME Export Forum', "forum", "2024-03-04", None, "day", 'Mexico City', '', 'MEX', [], False, '', [], ['date-relative', 'year-inferred']),
    ],
    "30_numeric_release_date_yesterday.txt": [
        Row('APEC Workshop on Women-led MSMEs in the Digital Economy', "workshop", "2022-05-29", None, "day", 'Hanoi', '', 'VNM', [], False, '', [], ['date-relative']),
    ],
    "31_release_date_at_the_end.txt": [
        Row('APEC Indigenous Business Forum', "forum", "2023-03-08", None, "day", 'Wellington', '', 'NZL', [], False, '', [('Hon. Rawiri Waititi', 'Minister for Small Business')], ['year-inferred']),
    ],
    "32_two_events_one_sentence.txt": [
        Row('APEC Digital Bootcamp', "training", "2024-05-03", None, "day", 'Lima', '', 'PER', [], False, '', [], ['year-inferred']),
        Row('APEC Green Finance Dialogue', "dialogue", "2024-05-05", None, "day", 'Cusco', '', 'PER', [], False, '', [], ['year-inferred']),
    ],
    "33_caps_headline_dateline_range.txt": [
        Row('APEC SME Forum 2016', "forum", "2016-10-04", '2016-10-06', "day", 'Lima', '', 'PER', [], False, '', [], ['date-from-page', 'year-inferred']),
    ],
    "34_working_group_meeting.txt": [
        Row('12th APEC SME Working Group Meeting', "other", "2013-08-01", '2013-08-02', "day", 'Bali', '', 'IDN', [], False, '', [], []),
    ],
    "35_kind_in_subtitle.txt": [
        Row('Women Exporters: An APEC Workshop', "workshop", "2025-11-03", None, "day", 'Santiago', '', 'CHL', [], False, '', [('Ms. Carolina Rojas', 'Head of International Affairs at SERCOTEC')], []),
    ],
    "36_weekdays_and_quoted_range.txt": [
        Row('30th APEC SME Ministerial Meeting', "ministerial_meeting", "2024-05-16", '2024-05-17', "day", 'Cusco', '', 'PER', [], False, '', [('Ms. Ana Torres', 'Vice Minister of MSMEs and Industry')], ['year-inferred']),
    ],
    "37_online_co_organised_and_second_session.txt": [
        Row('APEC SME Digital Skills Workshop – Bridging the Gap for Women Entrepreneurs', "workshop", "2023-04-11", '2023-04-13', "day", '', '', 'KOR', ['VNM'], True, 'APEC Digital Skills for MSMEs Initiative', [], ['initiative-unknown', 'year-inferred']),
        Row('APEC SME Digital Skills Workshop II', "workshop", "2023-06-05", None, "day", 'Hanoi', '', 'VNM', [], False, 'APEC Digital Skills for MSMEs Initiative', [], ['initiative-unknown']),
    ],
    "38_future_will_be_held.txt": [
        Row('APEC MSME Export Readiness Forum', "forum", "2025-09-18", '2025-09-19', "day", 'Chiang Mai', 'Chiang Mai International Exhibition and Convention Centre', 'THA', [], False, '', [], ['year-inferred']),
    ],
    "39_from_to_without_year.txt": [
        Row('APEC Export Training for Women-Owned MSMEs', "training", "2025-06-23", '2025-06-27', "day", 'Mexico City', 'Camino Real Hotel', 'MEX', [], False, '', [('Laura Gómez', 'Head of the Trade Promotion Unit')], ['year-inferred']),
    ],
    "40_weekdays_with_range_elsewhere.txt": [
        Row('APEC Startup Investment Dialogue', "dialogue", "2024-11-07", '2024-11-08', "day", 'Santiago', 'Centro Cultural Gabriela Mistral', 'CHL', [], False, '', [], ['year-inferred']),
    ],
    "41_possessive_agencies_co_host.txt": [
        Row('APEC Workshop on Business Continuity Planning for SMEs', "workshop", "2026-02-02", '2026-02-03', "day", 'Yokohama', '', 'JPN', ['IDN'], False, '', [], []),
    ],
    "42_in_partnership_with.txt": [
        Row('APEC Indigenous Business Exchange Forum', "forum", "2024-08-26", None, "day", 'Wellington', 'Te Papa', 'NZL', ['AUS'], False, '', [], []),
    ],
    "43_hybrid_caps_dateline_agency.txt": [
        Row('APEC Forum on Digital Lending for MSMEs', "forum", "2025-04-08", None, "day", 'Kuala Lumpur', 'Kuala Lumpur Convention Centre', 'MYS', [], False, '', [], []),
    ],
    "44_bullet_list_of_events.txt": [
        Row('APEC Workshop on Green Packaging for MSMEs', "workshop", "2025-08-14", None, "day", 'Busan', '', 'KOR', [], False, '', [], []),
        Row("APEC Forum on Women's Digital Entrepreneurship", "forum", "2025-09-09", '2025-09-10', "day", 'Seoul', '', 'KOR', [], False, '', [], []),
        Row('APEC Training on Export Finance', "training", "2025-10-21", None, "day", '', '', 'PER', [], True, '', [], []),
    ],
    "45_caps_dateline_agency_co_organised.txt": [
        Row('APEC Conference on Supporting Household Businesses to Formalise', "conference", "2024-11-19", None, "day", 'Hanoi', '', 'VNM', ['PHL'], False, '', [], ['date-relative']),
    ],
    "46_ordinal_of_month_range.txt": [
        Row("APEC SME Leaders' Summit", "summit", "2023-11-08", '2023-11-10', "day", 'Port Moresby', 'Stanley Hotel', 'PNG', [], False, '', [('Mr. John Kila', 'Secretary for Commerce and Industry')], ['year-inferred']),
    ],
    "47_abbreviated_month_range.txt": [
        Row('APEC Women Exporters Expo', "other", "2023-11-08", '2023-11-10', "day", 'San Francisco', '', 'USA', ['CHL'], False, '', [], ['year-inferred']),
    ],
    "48_iso_date_range_in_prose.txt": [
        Row('APEC Digital Trade Clinic for Micro-Enterprises', "other", "2024-09-17", '2024-09-18', "day", 'Lima', 'Sofitel Hotel', 'PER', [], False, '', [], []),
    ],
    "49_publication_date_first.txt": [
        Row('APEC Startup Showcase for Smart Cities', "other", "2025-04-22", None, "day", 'Taichung', '', 'TWN', [], False, '', [], []),
    ],
    "50_co_hosted_with_agency.txt": [
        Row('APEC Dialogue on Port Logistics for Small Exporters', "dialogue", "2024-05-27", '2024-05-29', "day", 'Lima', '', 'PER', ['CHL'], False, '', [], ['year-inferred']),
    ],
    "51_virtual_with_city_state_dateline.txt": [
        Row('APEC Cybersecurity Clinic for Small Businesses', "other", "2022-02-09", '2022-02-10', "day", '', '', 'SGP', ['MYS'], True, '', [], ['year-inferred']),
    ],
    "52_media_release_headline_co_hosts.txt": [
        Row('APEC Dialogue on SME Access to Finance', "dialogue", "2025-12-03", '2025-12-04', "day", 'Singapore', 'Marina Bay Sands', 'SGP', ['NZL'], False, '', [('Mr Tan Wei Ming', 'Chief Executive of Enterprise Singapore'), ('Hon. Sarah Williams', 'Minister for Small Business of New Zealand')], ['year-inferred']),
    ],
    "53_venue_word_first_in_city.txt": [
        Row('APEC Workshop on Business Succession for SMEs', "workshop", "2024-03-14", '2024-03-15', "day", 'Osaka', 'Hotel Nikko', 'JPN', [], False, '', [], ['year-inferred']),
    ],
    "54_brand_hotel_comma_city_related.txt": [
        Row('APEC Forum on Women Exporters', "forum", "2024-04-04", None, "day", 'Santiago', 'Sheraton Santiago Hotel', 'CHL', [], False, '', [('Ms. Carla Muñoz', 'Director of ProChile')], ['year-inferred']),
    ],
    "55_resort_city_before_economy.txt": [
        Row('APEC Training on Sustainable Tourism for MSMEs', "training", "2024-06-10", '2024-06-12', "day", 'Nha Trang', 'Vinpearl Resort', 'VNM', [], False, '', [], []),
    ],
    "56_headline_co_host_online.txt": [
        Row('APEC Export Clinic for Halal MSMEs', "other", "2025-03-17", None, "day", '', '', 'MYS', ['BRN'], True, '', [], []),
    ],
    "57_agency_headline_brand_in_city.txt": [
        Row('APEC Seminar on Digital Payments for Micro-Enterprises', "seminar", "2024-08-19", None, "day", 'Lima', 'JW Marriott Hotel', 'PER', [], False, '', [], ['date-relative']),
    ],
    "58_university_venue_city_state.txt": [
        Row('APEC Youth Entrepreneurship Hackathon', "other", "2023-09-09", '2023-09-10', "day", 'Singapore', 'National University of Singapore', 'SGP', [], False, '', [], []),
    ],
    "59_headline_pair_body_host.txt": [
        Row('APEC Dialogue on Green Transition for SMEs', "dialogue", "2025-06-23", '2025-06-24', "day", 'Bangkok', 'Queen Sirikit National Convention Center', 'THA', ['VNM'], False, '', [], ['year-inferred']),
    ],
    "60_brand_venue_with_city_name.txt": [
        Row('APEC Women in Trade Summit', "summit", "2025-11-12", '2025-11-13', "day", 'Sydney', 'Hilton Sydney', 'AUS', [], False, '', [], []),
    ],
    "61_resort_in_city_economy.txt": [
        Row('APEC Seminar on Coastal MSMEs and the Blue Economy', "seminar", "2024-11-06", None, "day", 'Vina del Mar', 'Sea Breeze Resort', 'CHL', [], False, '', [], []),
    ],
    "62_event_page_venue_field_brand.txt": [
        Row('APEC Roundtable on Franchising for Small Businesses', "dialogue", "2025-10-14", None, "day", 'Makati', 'Grand Hyatt', 'PHL', [], False, '', [], []),
    ],
}
# fmt: on


@pytest.fixture
def initiatives():
    """The initiatives the corpus names, as the portal would hold them."""
    InitiativeFactory(
        title="APEC Strategy for Green, Sustainable and Innovative MSMEs",
        slug="apec-strategy-for-green-sustainable-and-innovative-msmes",
    )
    InitiativeFactory(
        title="APEC Digital Inclusion Initiative",
        slug="apec-digital-inclusion-initiative",
        proposer=Economy.objects.get(code="VNM"),
    )
    InitiativeFactory(title="APEC MSME Marketplace", slug="apec-msme-marketplace")


def row(record):
    value = record.value
    end = value("end_date")
    return Row(
        value("title"),
        str(value("kind")),
        value("start_date").isoformat() if value("start_date") else None,
        end.isoformat() if end else None,
        str(value("date_precision")),
        value("city"),
        value("venue"),
        value("host_economy"),
        value("co_host_economies"),
        value("virtual"),
        value("initiative"),
        value("officials"),
        sorted({warning.code for warning in record.warnings}),
    )


def test_the_corpus_has_the_texts_the_table_describes():
    assert sorted(p.name for p in CORPUS.glob("*.txt")) == sorted(EXPECTED)
    assert len(EXPECTED) >= 22


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_corpus(name, initiatives):
    text = (CORPUS / name).read_text(encoding="utf-8")
    expected = EXPECTED[name]
    if isinstance(expected, Refused):
        with pytest.raises(ImportRefused) as refused:
            event_document_read(text)
        assert (refused.value.line, refused.value.reason[: len(expected.reason)]) == expected
        assert refused.value.expected  # says what a readable text looks like
        return
    document = event_document_read(text, source_url="https://example.org/news/1")
    assert [row(record) for record in document.records] == expected
    assert document.kind == "event"
    for record in document.records:
        assert record.kind == "event" and record.text == text
        assert record.value("source_url") == "https://example.org/news/1"
        # Every fact read from a line shows that line as its evidence.
        for fact in record.facts.values():
            if fact.line:
                assert fact.text == text.splitlines()[fact.line - 1].strip()
    several = [w.code for w in document.warnings] == ["several-events"]
    assert several == (len(expected) > 1)


def test_a_fact_is_taken_from_the_line_that_says_it(initiatives):
    text = (CORPUS / "17_dateline_cross_month.txt").read_text(encoding="utf-8")
    (record,) = event_document_read(text).records
    facts = record.facts
    assert facts["title"].line == 1 and "APEC SME Startup Summit" in facts["title"].text
    assert facts["start_date"].line == 2 and facts["start_date"].confidence == "low"
    assert facts["venue"].line == 2
    assert facts["officials"].line == 3
    (warning,) = record.warnings
    assert warning.line == 2 and "2019 is taken from the dateline (line 1)" in warning.message


# --- Dates and the year ----------------------------------------------------------------------


def first_record(text):
    return event_document_read(text).records[0]


@pytest.mark.parametrize(
    ("text", "start", "end", "precision", "year_inferred"),
    [
        # The year from the release's date line, either order of day and month.
        ("Published: 3 March 2021\n\nThe APEC SME Forum was held on 2 March.", "2021-03-02", None, "day", True),
        ("Posted on March 3, 2021\n\nThe APEC SME Forum was held on March 2.", "2021-03-02", None, "day", True),
        # A January event in a December release is next year's.
        ("Published: 20 December 2021\n\nThe APEC SME Forum will be held on 10 January.", "2022-01-10", None, "day", True),
        # A range across the turn of the year.
        ("Published: 1 December 2021\n\nThe APEC SME Forum runs from 30 December to 2 January.", "2021-12-30", "2022-01-02", "day", True),
        # The weekday picks the year when the text gives only a year nearby.
        ("The APEC SME Forum began Tuesday (Oct 4); it is the 2021 edition.", "2022-10-04", None, "day", True),
        # Month only: "this June", "last August", and with its year.
        ("Published: 5 May 2019\n\nThe APEC SME Forum will be held in Lima this June.", "2019-06-01", None, "month", True),
        ("Published: 5 May 2019\n\nThe APEC SME Forum was held in Lima last August.", "2018-08-01", None, "month", True),
        ("The APEC SME Forum will be held in Lima in June 2030.", "2030-06-01", None, "month", False),
        # Full dates need nothing inferred.
        ("The APEC SME Forum was held in Lima on 5-6 May 2021.", "2021-05-05", "2021-05-06", "day", False),
        ("The APEC SME Forum was held in Lima on May 5-6, 2021.", "2021-05-05", "2021-05-06", "day", False),
        ("The APEC SME Forum was held in Lima from May 30 to June 1, 2021.", "2021-05-30", "2021-06-01", "day", False),
        # No date of the event at all: a year alone is no first day (test_event_start_dates).
        # A day without its year takes the year written before it in its own sentence,
        # not the release's (an announcement a year ahead).
        ("Published: 3 May 2030\n\nStarting on June 2, 2031, groups meet in Lima, ending on June 9 and 10 with the APEC SME Forum.", "2031-06-09", "2031-06-10", "day", False),
    ],
)  # fmt: skip
def test_dates_and_the_year_they_lack(text, start, end, precision, year_inferred):
    record = first_record(text)
    assert record.value("start_date").isoformat() == start
    assert (record.value("end_date").isoformat() if record.value("end_date") else None) == end
    assert record.value("date_precision") == precision
    codes = {warning.code for warning in record.warnings}
    assert ("year-inferred" in codes) == year_inferred
    assert (record.facts["start_date"].confidence == "low") == year_inferred


# Announcements and reports in more phrasings: which date is the event's (not the release's),
# weekday pairs, online events without the dateline's city, co-hosts through partners.
ANNOUNCEMENTS = [
    ("LIMA, 20 May 2024 — Ministers met in Cusco on Thursday and Friday for the 30th APEC SME Ministerial Meeting.",
     ("30th APEC SME Ministerial Meeting", "2024-05-16", "2024-05-17", "Cusco", "PER", [], False)),
    ("TAIPEI, 10 December 2024 — The APEC SME Startup Forum will be held from 8 to 10 January in Taipei.",
     ("APEC SME Startup Forum", "2025-01-08", "2025-01-10", "Taipei", "TWN", [], False)),
    ("MANILA, 1 March 2024 — The Department of Trade and Industry will hold the APEC Workshop on MSME Logistics in Manila on 20 March, co-hosted with Korea's Ministry of SMEs and Startups.",
     ("APEC Workshop on MSME Logistics", "2024-03-20", None, "Manila", "PHL", ["KOR"], False)),
    ("LIMA, 1 March 2024 — The APEC Forum on Rural MSMEs will be held in a hybrid format in Lima on 20 March.",
     ("APEC Forum on Rural MSMEs", "2024-03-20", None, "Lima", "PER", [], False)),
    ("The APEC Women Exporters Expo took place Nov. 8–10, 2023 in San Francisco.",
     ("APEC Women Exporters Expo", "2023-11-08", "2023-11-10", "San Francisco", "USA", [], False)),
    ("Port Moresby, 20 October 2023 — The APEC SME Leaders' Summit runs 8th-10th November in Port Moresby.",
     ("APEC SME Leaders' Summit", "2023-11-08", "2023-11-10", "Port Moresby", "PNG", [], False)),
    ("Santiago, 2 May 2024 — The Ministry said on Monday that the APEC Seminar on Green Finance will be held on 3 June in Santiago.",
     ("APEC Seminar on Green Finance", "2024-06-03", None, "Santiago", "CHL", [], False)),
    ("SEOUL, 2 May 2024 — The APEC Dialogue on Platform Work will be held online on 5 June.",
     ("APEC Dialogue on Platform Work", "2024-06-05", None, "", "KOR", [], True)),
    ("LIMA, 2 May 2024 — Chile's SERCOTEC, in collaboration with Peru's PRODUCE, will run the APEC Training on Rural Exports in Arequipa on 12 June.",
     ("APEC Training on Rural Exports", "2024-06-12", None, "Arequipa", "PER", ["CHL"], False)),
    ("BANGKOK, 3 March 2023 (Reuters) - The APEC MSME Forum on Tourism opened on Thursday in Bangkok, the agency said Friday.",
     ("APEC MSME Forum on Tourism", "2023-03-02", None, "Bangkok", "THA", [], False)),
    ("On 2 April 2024 the SMEA announced that the APEC Startup Forum will take place on 9 May 2024 in Taipei.",
     ("APEC Startup Forum", "2024-05-09", None, "Taipei", "TWN", [], False)),
    ("The APEC SME Forum will take place from 2024-05-14 to 2024-05-15 in Lima.",
     ("APEC SME Forum", "2024-05-14", "2024-05-15", "Lima", "PER", [], False)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ANNOUNCEMENTS)
def test_announcements_in_more_phrasings(text, expected):
    (record,) = event_document_read("News\n" + text).records
    value = record.value
    end = value("end_date")
    got = (value("title"), value("start_date").isoformat(), end.isoformat() if end else None)
    got += (value("city"), value("host_economy"), value("co_host_economies"), value("virtual"))
    assert got == expected


def test_a_numbered_sequel_is_another_event():
    text = (
        "News\nHANOI, 5 June 2023 — The APEC SME Forum was held today in Hanoi.\n"
        "A second edition, the APEC SME Forum 2, will be held in Da Nang on 9 September."
    )
    records = event_document_read(text).records
    assert [(r.value("title"), r.value("start_date").isoformat()) for r in records] == [
        ("APEC SME Forum", "2023-06-05"),
        ("APEC SME Forum 2", "2023-09-09"),
    ]


def test_today_and_yesterday_are_read_against_the_dateline():
    text = "TAIPEI, 9 May 2022 — The APEC SME Forum opened yesterday in Taipei."
    record = first_record(text)
    assert record.value("start_date") == datetime.date(2022, 5, 8)
    assert [w.code for w in record.warnings] == ["date-relative"]


def test_a_release_date_is_not_taken_for_the_event_when_the_text_gives_one():
    text = "Published: 30 June 2022\n\nThe APEC SME Forum was held in Lima on 20-21 June 2022."
    assert first_record(text).value("start_date") == datetime.date(2022, 6, 20)


def test_an_event_page_with_only_a_page_date_uses_it_and_says_so():
    text = "APEC SME Forum\n12 May 2022\n\nFounders and investors meet in Lima."
    record = first_record(text)
    assert record.value("start_date") == datetime.date(2022, 5, 12)
    assert "date-from-page" in {w.code for w in record.warnings}


# --- Names of economies and agencies ------------------------------------------------------------


@pytest.fixture
def names():
    return EconomyNames.from_economies(Economy.objects.all())


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("hosted by the Small and Medium Enterprise Administration (SMEA)", ["TWN", "TWN"]),
        ("with DTI and the Department of Trade and Industry", ["PHL", "PHL"]),
        ("by U.S. Small Business Administration and the SBA", ["USA", "USA"]),
        ("PRODUCE and SERCOTEC", ["PER", "CHL"]),
        ("SME Corp Malaysia, Enterprise Singapore and OSMEP", ["MYS", "SGP", "THA"]),
        ("Ministry of SMEs and Startups and MBIE", ["KOR", "NZL"]),
        ("Taiwan, Korea and the U.S.", ["TWN", "KOR", "USA"]),
        # Abbreviations count only in capitals: "produce" and "dti" are words here.
        ("farms produce food; the dti file; Sba", []),
    ],
)
def test_agencies_stand_for_their_economy(names, text, codes):
    assert [code for code, _, _ in names.find(text)] == codes


def test_an_agency_resolves_by_name_and_abbreviation(names):
    assert names.agency("Small and Medium Enterprise Agency") == "JPN"
    assert names.agency("SMEA") == "TWN"
    assert names.agency("smea") is None  # an abbreviation only as written
    assert names.agency("Ministry of Magic") is None


def test_taiwan_is_stored_under_its_apec_name_code():
    record = first_record("The APEC SME Forum was hosted by Taiwan on 5 May 2021.")
    assert record.value("host_economy") == "TWN"


# --- Page chrome --------------------------------------------------------------------------------


def test_news_page_chrome_and_the_contact_block_are_dropped():
    text = "\n".join(
        [
            "Latest News",
            "Views: 1,517",
            "Share: Facebook | Twitter | LinkedIn",
            "Facebook Twitter Email",
            "Crawled on 2023-01-04",
            "Tags: SMEs, trade",
            "Forum on small exporters",
            "The APEC Small Exporters Forum was held in Lima on 5 May 2021.",
            "Mr. Juan Perez, Director of Exports, said exporters need finance.",
            "For further details, or to arrange interviews, please contact:",
            "Ms. Rosa Diaz",
            "Director, Press Office",
            "Source: PRODUCE",
        ]
    )
    record = first_record(text)
    assert record.value("officials") == [("Mr. Juan Perez", "Director of Exports")]
    assert record.value("summary").startswith("The APEC Small Exporters Forum was held")
    assert "Views" not in record.value("summary")
    assert record.value("title") == "APEC Small Exporters Forum"


def test_related_stories_end_the_release_and_the_release_label_is_chrome():
    for name in ("52_media_release_headline_co_hosts.txt", "54_brand_hotel_comma_city_related.txt"):
        (record,) = event_document_read((CORPUS / name).read_text(encoding="utf-8")).records
        facts = record.facts.values()
        assert not any(fact.text.lower().startswith(("related", "media release")) for fact in facts)
        assert record.facts["summary"].line == (4 if name.startswith("52") else 2)
    # What follows "Related articles" is other stories: no fact comes from there.
    text = (CORPUS / "54_brand_hotel_comma_city_related.txt").read_text(encoding="utf-8")
    (record,) = event_document_read(text).records
    assert max(fact.line or 0 for fact in record.facts.values()) <= 3


@pytest.mark.parametrize(
    ("sentence", "venue", "city"),
    [
        ("held at Marina Bay Sands, Singapore, on 5 May 2021", "Marina Bay Sands", "Singapore"),
        ("held at Te Papa, Wellington, on 5 May 2021", "Te Papa", "Wellington"),
        ("held at Casa Andina in Cusco on 5 May 2021", "Casa Andina", "Cusco"),
        ("held at the Shangri-La Hotel, Manila, on 5 May 2021", "Shangri-La Hotel", "Manila"),
        ("held at the Westin in Lima on 5 May 2021", "Westin", "Lima"),
        ("held on 5 May 2021 at the Marina Bay Sands Expo and Convention Centre, Singapore",
         "Marina Bay Sands Expo and Convention Centre", "Singapore"),
        ("held at the University of Chile in Santiago on 5 May 2021", "University of Chile", "Santiago"),
        ("held at Plaza Mayor, Puerto Varas, Chile, on 5 May 2021", "Plaza Mayor", "Puerto Varas"),
        ("held at Hotel Nikko, Osaka, on 5 May 2021", "Hotel Nikko", "Osaka"),
        ("held at Te Papa, Minister Hone Smith said, on 5 May 2021", "Te Papa", ""),
        # Words that only look like venues.
        ("held in Lima on 5 May 2021 in line with the Convention on Biological Diversity", "", "Lima"),
        ("held at the APEC SME Expo in Lima on 5 May 2021", "", "Lima"),
        # A town no gazetteer knows (an invented one), without its economy, is kept with a warning.
        ("held at the Riverside Hall in Puerto Almendro on 5 May 2021", "Riverside Hall", "Puerto Almendro"),
    ],
)  # fmt: skip
def test_a_venue_is_told_from_the_city_after_it(sentence, venue, city):
    record = first_record(f"The APEC SME Forum was {sentence}.")
    assert (record.value("venue"), record.value("city")) == (venue, city)
    known = "city-unknown" not in {w.code for w in record.warnings}
    assert known == (city != "Puerto Almendro" or "Chile" in sentence)


@pytest.mark.parametrize(
    ("field", "venue", "city"),
    [
        ("JW Marriott, Lima", "JW Marriott", "Lima"),
        ("Te Papa, Wellington, New Zealand", "Te Papa", "Wellington"),
        ("Casa Andina Hotel, Cusco", "Casa Andina Hotel", "Cusco"),
        ("Sheraton", "Sheraton", ""),
        # The word before an economy is its city; a known city alone is a city.
        ("Nha Trang, Viet Nam", "", "Nha Trang"),
        ("Lima, Peru", "", "Lima"),
        ("Khon Kaen", "", "Khon Kaen"),
    ],
)
def test_a_venue_field_is_told_from_its_city(field, venue, city):
    record = first_record(f"APEC SME Forum\nDate: 5 May 2021\nVenue: {field}\n")
    assert (record.value("venue"), record.value("city")) == (venue, city)


@pytest.mark.parametrize(
    ("headline", "host", "co_hosts"),
    [
        ("Korea and Japan to co-host SME forum", "KOR", ["JPN"]),
        ("Peru hosts APEC SME forum", "PER", []),
        ("Chile's SERCOTEC and Peru's PRODUCE to host exporters' forum", "CHL", ["PER"]),
        ("The Philippines will host SME forum", "PHL", []),
        ("Exporters gather for SME forum", None, []),
    ],
)
def test_hosts_named_in_the_headline(headline, host, co_hosts):
    record = first_record(f"{headline}\nThe APEC SME Forum will take place online on 5 May 2021.")
    assert (record.value("host_economy"), record.value("co_host_economies")) == (host, co_hosts)


def test_online_is_about_the_event_not_about_business_going_online():
    text = "The APEC SME Forum was held in Lima on 5 May 2021. Sales have moved to online channels."
    assert first_record(text).value("virtual") is False
    text = "The APEC SME Forum was held virtually on 5 May 2021."
    assert first_record(text).value("virtual") is True


# --- Refusals and robustness ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\n  ",
        "Latest News\nViews: 12\nShare",
        "5 May 2021\n12 June 2022",
        '"quoted" "words" "only"',
        "x" * 100_000,
        "The weather was fine on 5 May 2021.",
        "1. We, the APEC Ministers responsible for SMEs, welcome the report.",
    ],
)
def test_a_text_about_no_event_is_refused_with_a_reason(text):
    with pytest.raises(ImportRefused) as refused:
        event_document_read(text)
    assert refused.value.reason and refused.value.line >= 1


def test_score_is_zero_for_texts_that_are_no_news_and_higher_for_releases():
    release = (CORPUS / "17_dateline_cross_month.txt").read_text(encoding="utf-8")
    assert event_document_score(release) > event_document_score(
        "The APEC SME Forum is on 5 May 2021."
    )
    assert event_document_score("The weather was fine on 5 May 2021.") == 0
    assert event_document_score("") == 0
    assert event_document_score(None) == 0
    statement = "1. We, the APEC Ministers responsible for SMEs, met in Lima on 5 May 2021.\n" * 5
    assert event_document_score(statement) < event_document_score(release)


# --- Correction fields, JSON, duplicates, saving -------------------------------------------------


def test_fact_fields_name_every_fact_and_offer_the_economies():
    fields = {spec.name: spec for spec in event_fact_fields()}
    assert list(fields) == [
        "title", "kind", "start_date", "end_date", "date_precision", "city", "venue",
        "host_economy", "co_host_economies", "virtual", "initiative", "officials", "summary",
        "source_url",
    ]  # fmt: skip
    assert fields["host_economy"].kind == "choice"
    assert ("TWN", "Chinese Taipei") in fields["host_economy"].choices
    assert fields["co_host_economies"].kind == "codes"
    assert len(fields["co_host_economies"].choices) == 21
    assert fields["officials"].kind == "pairs"
    assert (fields["title"].max_length, fields["city"].max_length) == (300, 100)


def test_fact_checks_refuse_an_unknown_initiative_and_a_last_day_first():
    from django import forms

    def problems(**cleaned):
        found = []
        for check in EVENT_FACT_CHECKS:
            try:
                check(cleaned)
            except forms.ValidationError as error:
                found.extend(error.messages)
        return found

    day = datetime.date
    assert problems(start_date=day(2021, 5, 5), end_date=day(2021, 5, 6), initiative="") == []
    assert len(problems(start_date=day(2021, 5, 6), end_date=day(2021, 5, 5))) == 1
    assert "no-such-initiative" in problems(initiative="no-such-initiative")[0]
    # The same rule, in the same words, as the model and the admin (events.dates).
    assert problems(date_precision="month", end_date=day(2021, 5, 5)) == [NO_LAST_DAY]
    assert problems(date_precision="year", end_date=day(2021, 5, 5)) == [NO_LAST_DAY]
    assert problems(date_precision="day", end_date=day(2021, 5, 5)) == []


def test_json_has_the_documented_shape(initiatives):
    text = (CORPUS / "24_officials_and_day_month.txt").read_text(encoding="utf-8")
    (record,) = event_document_read(text, source_url="https://example.org/n").records
    assert event_record_json(record) == {
        "type": "event",
        "title": "APEC MSME Marketplace Conference",
        "kind": "conference",
        "start_date": "2024-03-05",
        "end_date": None,
        "date_precision": "day",
        "city": "Manila",
        "venue": "Philippine International Convention Center",
        "host_economy": "PHL",
        "co_host_economies": [],
        "virtual": False,
        "initiative": "apec-msme-marketplace",
        "officials": [
            {"name": "Maria Santos", "title": "Undersecretary for MSME Development"},
            {"name": "Dr. Kenji Sato", "title": "President of the Japan Finance Corporation"},
        ],
        "summary": record.value("summary"),
        "source_url": "https://example.org/n",
    }


def test_saving_makes_a_draft_and_a_second_import_updates_it(initiatives):
    text = (CORPUS / "15_series_cities.txt").read_text(encoding="utf-8")
    records = event_document_read(text, source_url="https://example.org/s").records
    saved = [event_record_save(record) for record in records]
    assert [e.slug for e in saved] == [
        "apec-digital-inclusion-workshop-2023",
        "apec-digital-inclusion-workshop-in-manila-2023",
        "apec-digital-inclusion-workshop-in-jakarta-2023",
    ]
    first = Event.objects.get(pk=saved[0].pk)
    assert not first.is_published
    assert (first.city, first.host_id, first.initiative.slug) == (
        "Hanoi",
        "VNM",
        "apec-digital-inclusion-initiative",
    )
    assert list(saved[1].co_hosts.values_list("code", flat=True)) == ["VNM"]
    # Staff publish one and add a website; the same text again changes no count and
    # keeps what staff did.
    Event.objects.filter(pk=first.pk).update(website="https://example.org/w")
    first.refresh_from_db()
    again = event_document_read(text).records
    assert [event_record_existing(r).pk for r in again] == [e.pk for e in saved]
    event_record_save(again[0], publish=True)
    event_record_save(again[0])
    assert Event.objects.count() == 3
    first.refresh_from_db()
    assert first.is_published and first.website == "https://example.org/w"
    assert first.source_url == "https://example.org/s"


def test_an_existing_event_is_found_by_title_and_date_whatever_its_slug():
    renamed = EventFactory(
        title="APEC SME Forum", slug="renamed", start_date=datetime.date(2021, 5, 5), city="Lima"
    )
    record = first_record("The APEC SME FORUM was held in Lima on 5 May 2021.")
    assert record.value("title") != renamed.title  # the case differs
    assert event_record_existing(record) == renamed
    other_city = first_record("The APEC SME Forum was held in Cusco on 5 May 2021.")
    assert event_record_existing(other_city) is None
    other_year = first_record("The APEC SME Forum was held in Lima on 5 May 2022.")
    assert event_record_existing(other_year) is None


def test_a_forum_of_the_same_name_elsewhere_is_a_new_event_with_its_own_slug():
    cusco = EventFactory(
        title="APEC SME Forum",
        slug="apec-sme-forum-2021",
        start_date=datetime.date(2021, 5, 5),
        city="Cusco",
    )
    record = first_record("The APEC SME Forum was held in Lima on 5 May 2021.")
    assert event_record_existing(record) is None
    saved = event_record_save(record)
    assert saved.slug == "apec-sme-forum-2021-2" and saved.pk != cusco.pk
    cusco.refresh_from_db()
    assert cusco.city == "Cusco"


def test_too_long_facts_warn_and_are_never_cut_off():
    long_venue = "Grand " * 40 + "Hall"
    record = first_record(f"The APEC SME Forum was held at the {long_venue} in Lima on 5 May 2021.")
    assert len(record.value("venue")) > 200
    assert event_check_lengths(record) is True
    assert "too-long" in {w.code for w in record.warnings}
    with pytest.raises(ImportRefused):
        event_record_save(record)
    assert Event.objects.count() == 0


def test_length_warnings_follow_the_corrections():
    record = first_record(f"The APEC {'Very ' * 70}Long Forum was held in Lima on 5 May 2021.")
    assert [w.code for w in record.warnings] == ["too-long"]
    record.fact("title", "APEC Long Forum", None, "staff")
    assert event_check_lengths(record) is False
    assert record.warnings == []
    record.fact("officials", [("Ms. A", "x" * 301)], None, "staff")
    assert event_check_lengths(record) is True
    assert [w.code for w in record.warnings] == ["too-long"]


def test_names_may_be_given_by_the_caller(names):
    text = "The APEC SME Forum was hosted by the Ministry of Magic on 5 May 2021."
    assert first_record(text).value("host_economy") is None
    magic = EconomyNames(
        {**{e.name: e.code for e in Economy.objects.all()}, "Ministry of Magic": "PER"}
    )
    document = event_document_read(text, names=magic)
    assert document.records[0].value("host_economy") == "PER"


def test_every_readable_corpus_text_scores_and_the_demo_statements_do_not():
    for name, expected in EXPECTED.items():
        score = event_document_score((CORPUS / name).read_text(encoding="utf-8"))
        assert (score > 0) == isinstance(expected, list), name
    statements = Path(__file__).parents[2] / "apec_portal" / "demo" / "statements"
    for path in statements.glob("*.txt"):
        assert event_document_score(path.read_text(encoding="utf-8")) == 0, path.name


def test_event_page_type_and_initiative_fields(initiatives):
    text = "\n".join(
        [
            "Event: APEC Export Readiness Clinic",
            "Type: workshop",
            "Initiative: APEC MSME Marketplace",
            "Date: 14 May 2024",
            "Where: Lima",
            "",
            "Exporters meet customs brokers.",
        ]
    )
    record = first_record(text)
    assert (record.value("kind"), record.value("initiative")) == (
        "workshop",
        "apec-msme-marketplace",
    )
    assert record.facts["initiative"].line == 3
    unknown = first_record(text.replace("APEC MSME Marketplace", "APEC Export Push Initiative"))
    assert unknown.value("initiative") == "APEC Export Push Initiative"
    assert [w.code for w in unknown.warnings] == ["initiative-unknown"]


def test_saving_keeps_corrections_and_extra_facts(initiatives):
    text = (CORPUS / "03_event_page_fields.txt").read_text(encoding="utf-8")
    (record,) = event_document_read(text).records
    record.fact("city", "Putrajaya", None, "staff")
    record.fact("co_host_economies", ["JPN"], None, "staff")
    record.fact(
        "officials", [("Ms. A. Rahman", "Chief Executive, SME Corp Malaysia")], None, "staff"
    )
    event = event_record_save(
        record, themes=["womens-empowerment"], extra={"website": "https://example.org/reg"}
    )
    event.refresh_from_db()
    assert (event.slug, event.city, event.host_id, event.website) == (
        "apec-workshop-on-digital-trade-for-women-led-msmes-2023",
        "Putrajaya",
        "MYS",
        "https://example.org/reg",
    )
    assert list(event.co_hosts.values_list("code", flat=True)) == ["JPN"]
    assert list(event.themes.values_list("slug", flat=True)) == ["womens-empowerment"]
    assert [(o.position, o.name) for o in event.officials.all()] == [(1, "Ms. A. Rahman")]
    assert (event.kind, event.end_date, event.is_published) == (
        "workshop",
        datetime.date(2023, 3, 13),
        False,
    )


def test_an_initiative_kept_as_written_is_not_linked_on_saving():
    text = (CORPUS / "19_initiative_unknown.txt").read_text(encoding="utf-8")
    (record,) = event_document_read(text).records
    assert record.value("initiative") == "APEC Blue Economy MSME Initiative"
    assert event_record_save(record).initiative is None


@pytest.mark.parametrize(
    ("sentence", "officials"),
    [
        (
            "The forum was kicked off by Mr. Li Wei, Deputy Minister of Commerce, and "
            "Ms. Ana Cruz, Director of Trade.",
            [("Mr. Li Wei", "Deputy Minister of Commerce"), ("Ms. Ana Cruz", "Director of Trade")],
        ),
        (
            "“Credit is the first barrier,” said Tom Baker, director of the Small Business Office.",
            [("Tom Baker", "director of the Small Business Office")],
        ),
        (
            "Jane Ho, Chief Executive of Enterprise Singapore, noted that exports grew.",
            [("Jane Ho", "Chief Executive of Enterprise Singapore")],
        ),
        # A person named without a title, who does not speak, is not an official.
        ("Mr. Lee attended as an observer.", []),
    ],
)
def test_officials_who_spoke(sentence, officials):
    text = f"The APEC SME Forum was held in Lima on 5 May 2021.\n{sentence}"
    assert first_record(text).value("officials") == officials


def test_two_full_dates_joined_by_a_dash_are_one_range():
    record = first_record("APEC SME Forum\nDate: 30 May 2021 – 2 June 2021\nVenue: Lima")
    assert (record.value("start_date"), record.value("end_date")) == (
        datetime.date(2021, 5, 30),
        datetime.date(2021, 6, 2),
    )


@pytest.mark.parametrize("name", sorted(n for n, e in EXPECTED.items() if isinstance(e, list)))
def test_every_empty_fact_is_named_in_a_note(name, initiatives):
    """Each fact looked for and not found gets its "No … found" note, and no other does
    (the one list, core.importing.pipeline.facts_not_found, from the kind's `looked_for`)."""
    from core.importing.pipeline import facts_not_found, kind_named

    kind = kind_named("event")
    looked_for = {"city", "venue", "host_economy", "co_host_economies", "officials", "initiative"}
    assert looked_for <= set(kind.looked_for)
    labels = {spec.name: spec.label.lower() for spec in kind.fact_fields()}
    document = event_document_read((CORPUS / name).read_text(encoding="utf-8"))
    for record in document.records:
        named = set(facts_not_found(kind, record))
        for fact in looked_for:
            empty = record.value(fact) in (None, "", [], ())
            assert (f"No {labels[fact]} found" in named) == empty, fact


# --- A meeting named by who meets; a page's second meeting named in lower case -------------


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("A two-day meeting of energy ministers got under way in Lima on 4 May 2031.", "APEC Energy Ministers Meeting"),
        ("Food security ministers gathered in Lima on 4 May 2031.", "APEC Food Security Ministers Meeting"),
        ("Senior officials met in Lima on 4 May 2031 to prepare the year.", "APEC Senior Officials' Meeting"),
        ("The ministers on 4 May 2031 opened their annual meeting in Lima.", "APEC Ministerial Meeting"),
    ],
)  # fmt: skip
def test_a_meeting_named_only_by_who_meets_is_read(sentence, title):
    (record,) = event_document_read("News\n" + sentence).records
    assert (record.value("title"), record.value("start_date").isoformat()) == (title, "2031-05-04")
    assert record.value("city") == "Lima"


@pytest.mark.parametrize(
    "sentence",
    [
        "The energy ministers last met in Lima on 4 May 2029.",  # a past meeting
        "The APEC Energy Working Group last met in Lima on 4 May 2029.",  # a group, a past meeting
        "The ministers said on 4 May 2031 that trade must stay open.",  # no meeting opened
    ],
)
def test_a_past_meeting_or_an_organisation_is_not_built_into_an_event(sentence):
    with pytest.raises(ImportRefused):
        event_document_read("News\n" + sentence)


def test_a_second_meeting_named_in_lower_case_is_its_own_record_in_the_main_city():
    text = (
        "News\nThe Seventh APEC Tourism Ministerial Meeting will open in Busan on 14 September "
        "2032.\n\nThe 61st tourism meeting will be held before it, from September 10 to 12, in "
        "the Harbourview Grand Hotel.\n\nThe first meeting of the SME Sub-Group on Home-based "
        "Enterprises was held on 2 September 2032."
    )
    records = event_document_read(text).records
    got = [(r.value("title"), r.value("start_date").isoformat(), r.value("city")) for r in records]
    assert got == [
        ("Seventh APEC Tourism Ministerial Meeting", "2032-09-14", "Busan"),
        ("61st tourism meeting", "2032-09-10", "Busan"),
        ("first meeting of the SME Sub-Group on Home-based Enterprises", "2032-09-02", ""),
    ]
    assert records[1].value("venue") == "Harbourview Grand Hotel"
    assert records[1].value("host_economy") == "KOR"


def test_a_second_meeting_dated_in_the_sentence_after_it_keeps_its_facts_to_itself():
    text = (
        "News\nThe Seventh APEC Tourism Ministerial Meeting will open at the Busan Marine "
        "Exhibition Hall on 14 September 2032.\n\nThe 61st tourism meeting will be held before "
        "it. The meeting will run from September 10 to 12 in the Harbourview Grand Hotel."
    )
    first, second = event_document_read(text).records
    assert (first.value("start_date").isoformat(), first.value("venue")) == (
        "2032-09-14",
        "Busan Marine Exhibition Hall",
    )
    assert (second.value("title"), second.value("start_date").isoformat()) == (
        "61st tourism meeting",
        "2032-09-10",
    )
    assert (second.value("venue"), second.value("city")) == ("Harbourview Grand Hotel", "Busan")


# Eighth round (i27c): one meeting named two ways, dates of other clauses, month-only mentions.


def test_a_meeting_named_two_ways_is_one_record_holding_the_facts_of_both():
    text = (
        "News\nMinisters meet on trade\n19/11/2031 15:40\n\n"
        "Ministers arrive as the 43rd Ministerial Meeting of APEC (Asia-Pacific Economic "
        "Cooperation) opens in Lima, Peru, today.\n\nThe 43rd APEC Ministerial Meeting got under "
        "way on Wednesday morning at Lima's Pacific Convention Center, ahead of the 39th APEC "
        "Economic Leaders' Meeting set for Nov. 22-23."
    )
    records = event_document_read(text).records
    # The Leaders' meeting the ministers meet ahead of is "set for" days of its own: a record
    # of the page in the ministers' city (round c2; i27b gave it none), and its days are not
    # the ministerial's.
    assert [_facts(r) for r in records] == [
        ("43rd APEC Ministerial Meeting", "2031-11-19", "Lima", "Pacific Convention Center", "PER"),
        ("39th APEC Economic Leaders' Meeting", "2031-11-22", "Lima", "", "PER"),
    ]


def test_a_possessive_name_and_the_bare_name_are_one_forum():
    text = (
        "Ministry works with Peru to host APEC forum\n2031/10/21 16:05\n\n"
        "SANTIAGO (Andes Daily) — The Asia-Pacific Economic Cooperation's (APEC) Coastal Tourism "
        "Forum took place in Peru on Tuesday (October 21).\n\n"
        "The Coastal Tourism Forum met in Arequipa, Peru. Valparaiso hosts another forum in June."
    )
    records = event_document_read(text).records
    assert [_facts(r) for r in records] == [
        ("APEC Coastal Tourism Forum", "2031-10-21", "Arequipa", "", "PER")
    ]


def test_a_short_name_and_the_numbered_spelled_out_one_are_one_record():
    text = (
        "Secretary attends APEC Ministerial Meeting in Bali\n"
        "The Secretary is in Bali, Indonesia, today (October 4) for the 38th Asia-Pacific Economic "
        "Cooperation (APEC) Ministerial Meeting (AMM).\n\nEnds/Thursday, October 4, 2035"
    )
    records = event_document_read(text).records
    assert [_facts(r) for r in records] == [
        ("38th APEC Ministerial Meeting", "2035-10-04", "Bali", "", "IDN")
    ]


@pytest.mark.parametrize(
    ("sentence", "further"),
    [
        (
            "Its findings go before the APEC Economic Leaders' Meeting in November.",
            "APEC Economic Leaders' Meeting",
        ),
        (
            "Trade ministers take the text up at the APEC Meeting of Ministers Responsible for "
            "Trade in June.",
            "APEC Meeting of Ministers Responsible for Trade",
        ),
        (
            "The previous APEC Digital Economy Steering Group Meeting took place in Cusco, Peru, "
            "in February 2031.",
            "APEC Digital Economy Steering Group Meeting",
        ),
    ],
)
def test_a_meeting_mentioned_with_a_month_is_a_further_record(sentence, further):
    # sixth-session convention (c13): a further APEC event named with a month of its own is a
    # candidate record, after the page's own meeting; before c13 it gave none
    text = (
        "News\nThe 12th APEC SME Ministerial Meeting was held in Arequipa, Peru on 14 May 2031.\n\n"
        + sentence
    )
    titles = [r.value("title") for r in event_document_read(text).records]
    assert titles == ["12th APEC SME Ministerial Meeting", further]


def test_a_further_meeting_announced_for_a_month_with_its_own_place_is_kept():
    text = (
        "News\nThe 12th APEC SME Ministerial Meeting was held in Cusco, Peru on 14 May 2031.\n\n"
        "Delegates were invited to the 5th APEC SME Innovation Fair to be held in Arequipa in June."
    )
    records = event_document_read(text).records
    assert [_facts(r)[:3] for r in records] == [
        ("12th APEC SME Ministerial Meeting", "2031-05-14", "Cusco"),
        ("5th APEC SME Innovation Fair", "2031-06-01", "Arequipa"),
    ]


@pytest.mark.parametrize(
    "written",
    [
        "from the 16th to the 18th of November",
        "from the 16th to 18th of November",
        "on 16th-18th November",
        "from November 16th to 18th",
        "on the 16th of November",
    ],
)
def test_ordinal_day_forms_are_read(written):
    text = f"News\nPublished 2031-11-02\n\nThe APEC Forum on Young Founders will be held {written}."
    record = event_document_read(text).records[0]
    assert record.value("start_date") == datetime.date(2031, 11, 16)


def test_ministers_who_will_gather_on_a_weekday_date_the_ministerial_by_the_dateline():
    text = (
        "Start-ups top APEC Ministers' agenda\n\n"
        "Cusco, Peru, 4 September 2031 – APEC Ministers will gather in Cusco, Peru on Saturday to "
        "advance digital trade.\n\n"
        "Ministers at the SME Ministerial Meeting are expected to launch a mentoring scheme."
    )
    record = event_document_read(text).records[0]
    assert record.value("start_date") == datetime.date(2031, 9, 6)  # the Saturday after


def test_another_event_s_month_does_not_date_the_text_s_event():
    text = (
        "News\nPublished 2031-10-21\n\nThe APEC Coastal Tourism Forum opened in Arequipa. It is "
        "the third such forum this year, with Valparaiso hosting another forum in June."
    )
    record = event_document_read(text).records[0]
    assert record.value("start_date") == datetime.date(2031, 10, 21)  # the release's day


def test_a_name_beginning_with_another_is_the_text_s_own_event():
    text = "News\nPublished 2031-10-02\n\nAnother APEC Forum opened in Lima on 5 October 2031."
    record = event_document_read(text).records[0]
    assert record.value("start_date") == datetime.date(2031, 10, 5)


# --- Eighth round: wire datelines, agency credits, glued dates, section lines, recalled ----


@pytest.mark.parametrize(
    ("posted", "dateline", "sentence", "start"),
    [
        # Past tense: the nearest such weekday on or before the dateline's day (a Wednesday),
        # not before the day a copy was posted nine days later.
        ("14:20, November 14, 2036", "DA NANG, Viet Nam. Nov. 5 (Pacific Rim Wire) --",
         "The ministers on Tuesday opened their annual meeting.", "2036-11-04"),
        # Future tense: on or after the dateline's day (a Sunday).
        ("Posted 2037-05-23", "IQUIQUE, Chile, May 17 (Andes Wire) --",
         "Tourism ministers will meet on Thursday in the port.", "2037-05-21"),
    ],
)  # fmt: skip
def test_a_weekday_is_counted_from_the_dateline_day(posted, dateline, sentence, start):
    text = f"APEC talks\n\nBy Tran Bao (Pacific Rim Wire)\n\n{posted}\n\n{dateline} {sentence}"
    record = first_record(text)
    assert record.value("start_date").isoformat() == start
    assert record.value("city") in ("Da Nang", "Iquique")


def test_a_wire_dateline_under_a_byline_with_a_full_stop_after_the_economy_gives_the_city():
    text = (
        "Ministers open talks\n\nBy Tran Bao (Pacific Rim Wire)\n\n14:20, November 14, 2036\n\n"
        "DA NANG, Viet Nam. Nov. 5 (Pacific Rim Wire) -- The ministers on Tuesday opened their "
        "annual meeting."
    )
    record = first_record(text)
    assert (record.value("city"), record.value("host_economy")) == ("Da Nang", "VNM")


@pytest.mark.parametrize(
    "credit",
    ["reports Xinhua news agency", "reports (Xinhua)", "according to Xinhua", "Xinhua reported"],
)
def test_a_news_agency_credited_for_the_report_is_no_city_nor_host(credit):
    text = (
        "date 2038-10-10 Ministers of the APEC economies promised help for small firms.\n\n"
        "Ministers met virtually at the 31st APEC SME Ministerial Meeting on Saturday, "
        f"{credit}.\n\nChairing the meeting was Chile's Minister of Economy, Ana Morales."
    )
    record = first_record(text)
    assert record.value("title") == "31st APEC SME Ministerial Meeting"  # not "… on Saturday"
    assert record.value("city") == ""
    assert record.value("host_economy") == "CHL"  # the chair's economy, not Xinhua's
    assert record.value("start_date").isoformat() == "2038-10-09"


def test_a_site_date_glued_to_its_year_and_a_town_named_with_its_province():
    text = (
        "Mar 032035\n\nSenior officials pose for a group photo at the opening of the First "
        "Senior Officials' Meeting in Bagac, Bataan.\n\nBefore the meeting, the working groups "
        "met from February 20."
    )
    record = first_record(text)
    assert record.value("start_date").isoformat() == "2035-03-03"
    assert (record.value("city"), record.value("host_economy")) == ("Bagac", "PHL")


def test_the_meeting_named_with_words_between_its_ordinal_and_its_name_gives_its_venue():
    text = (
        "Mar 032035\n\nDelegates at the opening of the First Senior Officials' Meeting.\n\n"
        "BAGAC, Philippines— The first Asia-Pacific Economic Cooperation (Apec) 2035 Senior "
        "Officials' meeting formally kicked off Saturday at the Bataan Bayfront Convention "
        "Center in Bagac, Bataan."
    )
    record = first_record(text)
    assert record.value("venue") == "Bataan Bayfront Convention Center"
    assert (record.value("city"), record.value("host_economy")) == ("Bagac", "PHL")


@pytest.mark.parametrize(
    "header",
    [
        "WORLD> APEC Summit\nPacific Rim leaders meet in Lima to talk trade\n(Pacific Rim Wire)",
        "Home > News > Economy\nAPEC Summit\nPacific Rim leaders meet in Lima to talk trade",
    ],
)
def test_a_site_section_line_is_not_the_title(header):
    text = (
        f"{header}\nUpdated: 2032-11-20 16:40\n\nLIMA, November 20 -- Leaders of the APEC "
        "member economies began their annual meeting in Lima on Saturday."
    )
    record = first_record(text)
    assert record.value("title") == "APEC Economic Leaders' Meeting"
    assert (record.value("start_date").isoformat(), record.value("city")) == (
        "2032-11-20",
        "Lima",
    )


@pytest.mark.parametrize(
    "recalled",
    [
        "20 years after China hosted the 22nd APEC Economic Leaders' Meeting in Beijing",
        "the first time since Beijing hosted the 22nd APEC Economic Leaders' Meeting",
        "as Beijing hosted the 22nd APEC Economic Leaders' Meeting 20 years ago",
    ],
)
def test_a_meeting_the_text_recalls_is_not_its_event(recalled):
    text = (
        "APEC trade ministers to meet in China\nMay 10, 2034\n\nTrade ministers of APEC will "
        "meet in the coastal city of Xiamen on Saturday.\n\nThe meeting prepares for the "
        f"leaders' meeting in November, {recalled}."
    )
    # the recalled meeting, with its town, is a further record (the labelling convention)
    record, *further = event_document_read(text).records
    assert [(r.value("title"), r.value("city")) for r in further] == [
        ("22nd APEC Economic Leaders' Meeting", "Beijing")
    ]
    assert record.value("title") == "APEC Trade Ministers Meeting"
    assert (record.value("start_date").isoformat(), record.value("city")) == (
        "2034-05-13",
        "Xiamen",
    )


def test_a_virtual_meeting_takes_no_city_from_a_bare_name_in_its_sentence():
    text = (
        "News\nMinisters met virtually at the 31st APEC SME Ministerial Meeting on 9 October "
        "2038, the chair said from Putrajaya."
    )
    record = first_record(text)
    assert record.value("virtual") is True
    assert record.value("city") == ""


# --- Eighth round (i27b): groups that met, meetings by acronym, umbrella events -------------


def titles_days_cities(text):
    return [
        (r.value("title"), r.value("start_date").isoformat(), r.value("city"))
        for r in event_document_read(text).records
    ]


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("The APEC Small and Medium Enterprises Working Group met in Iquique on 4 May 2031.", "APEC Small and Medium Enterprises Working Group meeting"),
        ("The APEC Energy Working Group met in Iquique on 4 May 2031.", "APEC Energy Working Group meeting"),
        ("The SMEWG held its 50th meeting in Iquique on 4 May 2031.", "50th APEC SME Working Group meeting"),
        ("Delegates came as the APEC SMEWG met in Iquique on 4 May 2031.", "APEC SME Working Group meeting"),
        ("The 45th APEC SMEWG meeting was held in Iquique on 4 May 2031.", "45th APEC SME Working Group meeting"),
        ("The APEC SME Working Group gathered in Iquique on 4 May 2031 for its 45th meeting.", "45th APEC SME Working Group meeting"),
    ],
)  # fmt: skip
def test_a_working_group_named_as_the_one_that_met_is_its_meeting(sentence, title):
    assert titles_days_cities("News\n" + sentence) == [(title, "2031-05-04", "Iquique")]


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("Ministers from the 21 APEC member economies met in Lima on 4 May 2031.", "APEC Ministerial Meeting"),
        ("Ministers of the 21-member forum on 4 May 2031 gathered in Lima.", "APEC Ministerial Meeting"),
        ("Foreign and trade ministers from the 21 economies met in Lima on 4 May 2031.", "APEC Ministerial Meeting"),
        ("Trade ministers from across the Asia-Pacific gathered in Lima on 4 May 2031.", "APEC Trade Ministers Meeting"),
        ("APEC ministers responsible for trade met in Lima on 4 May 2031.", "APEC Ministers Responsible for Trade Meeting"),
        ("APEC ministers gathered in Lima on 4 May 2031 to talk about the crisis.", "APEC Ministerial Meeting"),
        ("Trade, foreign ministers from the 21 economies opened their talks in Lima on 4 May 2031.", "APEC Ministerial Meeting"),
    ],
)  # fmt: skip
def test_ministers_named_by_a_count_or_a_place_are_a_meeting(sentence, title):
    assert titles_days_cities("News\n" + sentence) == [(title, "2031-05-04", "Lima")]


def test_a_meeting_with_its_own_place_and_day_beats_one_only_mentioned():
    text = (
        "News\nMinisters from the 21 APEC member economies met in Trujillo on 16 May 2040.\n\n"
        "The APEC Economic Leaders' Meeting will be held in Lima in November 2040."
    )
    assert titles_days_cities(text) == [
        ("APEC Ministerial Meeting", "2040-05-16", "Trujillo"),
        ("APEC Economic Leaders' Meeting", "2040-11-01", "Lima"),
    ]
    # A named meeting whose own sentence gives its day stays the text's event.
    dated = text.replace("in November 2040", "on 20 November 2040")
    assert titles_days_cities(dated)[0] == ("APEC Economic Leaders' Meeting", "2040-11-20", "Lima")


def test_a_host_year_page_gives_each_meeting_named_by_acronym_its_days_and_the_host_city():
    text = (
        "Arequipa readies for the second round of APEC meetings\n\nLima, May 2, 2040.-\n\n"
        "Arequipa will host the second cluster of APEC meetings this month.\n\n"
        "SOM2 will be the focus on May 14 and 15 and the MRT meeting will be held May 17 and 18."
    )
    assert titles_days_cities(text) == [
        ("Second Senior Officials' Meeting", "2040-05-14", "Arequipa"),
        ("APEC Ministers Responsible for Trade Meeting", "2040-05-17", "Arequipa"),
    ]


def test_a_city_that_will_host_is_the_host_year_pages_city_not_the_next_hosts():
    text = "Lima, May 2, 2040.-\n\nThe city of Arequipa will host SOM2 on May 14 and 15."
    assert titles_days_cities(text) == [
        ("Second Senior Officials' Meeting", "2040-05-14", "Arequipa")
    ]
    later = "Lima, May 2, 2040.-\n\nSOM2 opens on May 14.\n\nCusco will host the next cluster."
    assert titles_days_cities(later) == [("Second Senior Officials' Meeting", "2040-05-14", "Lima")]


def test_an_acronym_written_with_a_blank_before_its_number_is_the_same_meeting():
    text = "News\nDelegates prepared the texts for SOM 2, slated for May 17-18, 2040 in the capital city of Hanoi."
    assert titles_days_cities(text) == [("Second Senior Officials' Meeting", "2040-05-17", "Hanoi")]


def test_a_short_acronym_alone_is_no_meeting_unless_apec_or_meeting_names_it():
    with pytest.raises(ImportRefused):
        event_document_read("News\nThe new MRT line opened in Singapore on 5 May 2040.")
    text = "News\nThe APEC MRT opened in Singapore on 5 May 2040."
    assert titles_days_cities(text) == [
        ("APEC Ministers Responsible for Trade Meeting", "2040-05-05", "Singapore")
    ]


def test_an_acronym_in_brackets_after_its_name_is_no_second_meeting():
    text = "News\nThe Second Senior Officials' Meeting (SOM2) opened in Lima on 4 May 2031."
    assert titles_days_cities(text) == [("Second Senior Officials' Meeting", "2031-05-04", "Lima")]


def test_a_dateline_closed_by_a_stop_and_a_dash_gives_the_place_and_the_year():
    text = "News\n\nArica, May 11, 2040.-\n\nThe APEC SME Forum opened on May 10."
    assert titles_days_cities(text) == [("APEC SME Forum", "2040-05-10", "Arica")]


def test_an_umbrella_forum_is_the_event_and_the_meeting_that_opened_it_a_second_record():
    text = (
        "News\nThe second APEC Policy Partnership on Women and the Economy (PPWE 2) Meeting opened "
        "in Cusco on September 23, 2040.\n\nPPWE 2 is the first meeting of the four-day APEC 2040 "
        "Women and the Economy Forum, held at the Inca Heritage Convention Centre."
    )
    records = event_document_read(text).records
    got = [(r.value("title"), r.value("start_date").isoformat(), r.value("city")) for r in records]
    assert got == [
        ("APEC Policy Partnership on Women and the Economy Meeting", "2040-09-23", "Cusco"),
        ("APEC 2040 Women and the Economy Forum", "2040-09-23", "Cusco"),
    ]
    assert records[1].value("venue") == "Inca Heritage Convention Centre"
    opened_with = "News\nThe APEC 2040 Women and the Economy Forum opened with the APEC SME Working Group meeting. The APEC SME Working Group meeting was held in Cusco on September 23, 2040."
    assert titles_days_cities(opened_with)[0][0] == "APEC 2040 Women and the Economy Forum"


def test_a_section_line_above_the_headline_names_no_event():
    text = (
        "In Second Senior Officials' Meeting\nWomen's group holds its first meeting\n\n"
        "Between May 8 and 10, 2040, the first meeting of the APEC Policy Partnership on Women "
        "and the Economy (PPWE) group was held in Arica."
    )
    assert titles_days_cities(text) == [
        (
            "first meeting of the APEC Policy Partnership on Women and the Economy",
            "2040-05-08",
            "Arica",
        )
    ]


def test_a_meeting_named_only_as_where_work_goes_next_is_a_further_record_not_the_event():
    text = (
        "News\nOfficials preparing for the APEC Economic Leaders' Meeting in November 2040 met "
        "this week.\n\nThe 52nd APEC SME Working Group Meeting was held in Kunming on 10-11 "
        "September 2040. Its report will be presented to the APEC SME Ministerial Meeting in "
        "Beijing on 20 September 2040."
    )
    # c13: the two meetings named with a month or a city of their own are further records
    assert titles_days_cities(text) == [
        ("APEC Economic Leaders' Meeting", "2040-11-01", ""),
        ("52nd APEC SME Working Group Meeting", "2040-09-10", "Kunming"),
        ("APEC SME Ministerial Meeting", "2040-09-20", "Beijing"),
    ]


def test_a_month_after_on_ends_a_name():
    text = "News\nThe APEC Economic Leaders' Meeting on Nov. 18-19, 2040 will be held in Lima."
    assert titles_days_cities(text) == [("APEC Economic Leaders' Meeting", "2040-11-18", "Lima")]


def test_the_event_is_read_from_the_sentence_that_dates_it_not_a_photo_caption():
    text = (
        "News\n\nDelegates at the First Policy Partnership on Women and the Economy Meeting\n\n"
        "The First Policy Partnership on Women and the Economy Meeting opened in Chiclayo on 9 May "
        "2040 within the framework of the Second APEC Senior Officials' Meeting."
    )
    first = titles_days_cities(text)[0]
    assert first == (
        "First Policy Partnership on Women and the Economy Meeting",
        "2040-05-09",
        "Chiclayo",
    )


# --- Eighth round (i27d): two sectors' meetings in one phrase, the headline's event by its
# acronym, a headline's lead phrase, a place read only from the host's name -------------------


def test_two_sectors_meetings_in_one_phrase_are_two_records_sharing_date_and_place():
    text = (
        "News\nParallel meetings of APEC Ministers Responsible for SMEs and APEC Tourism "
        "Ministers were held at the Lima Convention Center in Lima on 4 May 2031."
    )
    records = event_document_read(text).records
    names = ("title", "start_date", "city", "venue", "host_economy")
    assert [_facts(r, *names) for r in records] == [
        ("APEC SME Ministerial Meeting", "2031-05-04", "Lima", "Lima Convention Center", "PER"),
        ("APEC Tourism Ministers Meeting", "2031-05-04", "Lima", "Lima Convention Center", "PER"),
    ]


def test_a_sectors_meeting_of_the_phrase_already_named_is_not_read_twice():
    text = (
        "News\nLIMA, 2 May 2031 – The 40th APEC SME Ministerial Meeting will open on Thursday."
        "\n\nTrade in services will be the focus of concurrent meetings of APEC Ministers "
        "Responsible for SMEs and APEC Transportation Ministers on Thursday."
    )
    records = event_document_read(text).records
    assert [_facts(r, "title", "start_date", "city") for r in records] == [
        ("40th APEC SME Ministerial Meeting", "2031-05-08", "Lima"),
        ("APEC Transportation Ministers Meeting", "2031-05-08", "Lima"),
    ]


def test_the_headline_event_named_by_its_acronym_beats_the_meeting_beside_it():
    text = (
        "Launching the APEC Women and the Digital Economy Forum\n\nMarch 3, 2037\n\nWe "
        "presented the coming APEC Women and the Digital Economy Forum (WDEF) in Lima this "
        "week. WDEF will be held alongside the third APEC Senior Officials' Meeting in Lima, "
        "May 9-12, with 400 delegates.\n\nWDEF is where founders will advise officials."
    )
    records = event_document_read(text).records
    got = sorted(_facts(r, "title", "start_date", "city", "host_economy") for r in records)
    assert got == [
        ("APEC Women and the Digital Economy Forum", "2037-05-09", "Lima", "PER"),
        ("third APEC Senior Officials' Meeting", "2037-05-09", "Lima", "PER"),
    ]


def test_a_sentence_led_by_an_acronym_the_text_never_defines_is_not_the_events():
    text = (
        "Launching the APEC Women and the Digital Economy Forum\n\nMarch 3, 2037\n\nWe "
        "presented the coming APEC Women and the Digital Economy Forum in Lima this week. "
        "WDEF will be held alongside the third APEC Senior Officials' Meeting in Santiago, "
        "May 9-12."
    )
    records = event_document_read(text).records
    forum = next(r for r in records if "Forum" in r.value("title"))
    assert _facts(forum, "start_date") != ("2037-05-09",)


def test_a_headline_lead_phrase_before_a_colon_gives_way_to_the_event_named_after_it():
    text = (
        "Skip to the main content block\n\nInternational Youth Conference Back in Person: "
        "Delegates from 15 APEC Member Economies Gather in the Republic of China (R.O.C. "
        'Taiwan) to Attend the 2031 APEC Forum on "Green Skills for Small Firms"\n\nThe 2031 '
        'APEC Forum on "Green Skills for Small Firms" will take place in Taichung from 8 to '
        "10 October."
    )
    (record,) = event_document_read(text).records
    assert _facts(record, "title", "start_date", "city", "host_economy") == (
        "2031 APEC Forum on Green Skills for Small Firms",
        "2031-10-08",
        "Taichung",
        "TWN",
    )


def test_a_place_read_only_from_the_host_universitys_name_is_low_and_warned():
    text = (
        "News\nThe APEC Forum on Repair Trades, hosted by National Kaohsiung University of "
        "Science and Technology (NKUST), will take place on 8 October 2031."
    )
    (record,) = event_document_read(text).records
    assert _facts(record, "city", "venue", "host_economy") == (
        "Kaohsiung",
        "National Kaohsiung University of Science and Technology",
        "TWN",
    )
    assert {record.facts[name].confidence for name in ("city", "venue", "host_economy")} == {"low"}
    assert "place-from-host-name" in {warning.code for warning in record.warnings}


@pytest.mark.parametrize(
    ("sentence", "city", "venue"),
    [
        # A place the text names beats the host's name; the town in the name is no clue.
        ("hosted by National Taipei University of Technology (Taipei Tech), will take place in Tainan", "Tainan", ""),
        # An online event is held nowhere.
        ("hosted by National Taipei University of Technology (Taipei Tech), will take place online", "", ""),
    ],
)  # fmt: skip
def test_a_host_universitys_name_gives_no_place_when_better_evidence_exists(sentence, city, venue):
    text = f"News\nThe APEC Forum on Repair Trades, {sentence} on 8 October 2031."
    (record,) = event_document_read(text).records
    assert _facts(record, "city", "venue") == (city, venue)
    assert "place-from-host-name" not in {warning.code for warning in record.warnings}


def test_a_town_in_a_ministrys_name_is_the_city_only_at_last_and_never_its_venue():
    text = (
        "News\nThe APEC Forum on Repair Trades, organised by the Taipei Ministry of Small "
        "Business, will take place on 8 October 2031."
    )
    (record,) = event_document_read(text).records
    assert _facts(record, "city", "venue", "host_economy") == ("Taipei", "", "TWN")
    assert record.facts["city"].confidence == "low"
    assert "place-from-host-name" in {warning.code for warning in record.warnings}


# --- Ninth round (i27e): set 8's classes ------------------------------------------------------


def test_a_text_wrapped_at_a_fixed_width_is_read_as_its_paragraphs():
    line = "Delegates at the opening of the APEC Concluding Senior Officials' Meeting at"
    text = (
        "Posted: 9 November 2032\n"
        f"{line}\nthe Lima Exhibition and Convention Centre in Lima, Peru, on Monday. Photo\n"
        "Senior officials of the Asia-Pacific Economic Cooperation (APEC) economies\n"
        "began their last meeting of the year on Monday, to settle the texts that\n"
        "ministers and leaders will consider later this month, the chair told them.\n"
    )
    (record,) = event_document_read(text).records
    assert _facts(record, "venue", "city", "start_date") == (
        "Lima Exhibition and Convention Centre",
        "Lima",
        "2032-11-08",
    )
    # The evidence of a fact read from a joined paragraph is the paragraph's first line.
    assert record.facts["venue"].line == 2


def test_short_lines_of_an_ordinary_page_are_not_joined():
    text = (
        "APEC Forum on Repair Trades\n\nThe APEC Forum on Repair Trades opened in Lima on 8 "
        "October 2031.\nIt runs for two days\nand closes with a joint statement"
    )
    (record,) = event_document_read(text).records
    assert _facts(record, "title", "start_date") == ("APEC Forum on Repair Trades", "2031-10-08")


@pytest.mark.parametrize(
    "closing",
    [
        "Since its inception in 1989 APEC has grown to 21 members.",
        "Established in 1989, APEC comprises 21 economies.",
        "It is the first such dialogue since the forum was founded in 1989.",
    ],
)
def test_the_year_apec_was_founded_is_not_the_events_year(closing):
    text = f"News\n\nThe APEC Forum on Repair Trades opened in Lima on Monday. {closing}"
    (record,) = event_document_read(text).records
    assert record.value("start_date") is None or record.value("start_date").year != 1989


def test_a_headline_glued_to_the_first_paragraph_is_split():
    text = (
        "2033 APEC SME Ministerial Meeting Opens in DalianIn her opening speech, the minister "
        "welcomed the delegates. The two-day meeting opened on 13 September."
    )
    (record,) = event_document_read(text).records
    assert _facts(record, "city", "host_economy", "start_date") == ("Dalian", "CHN", "2033-09-13")


def test_a_breadcrumb_labelled_location_is_no_place():
    text = (
        "Location: HOME>>Gender in APEC>>15th WLN Meeting>>\n15th WLN Meeting\n\n"
        "The 15th WLN meeting was held in Valparaiso, Chile from September 20th through "
        "September 23rd, 2036."
    )
    (record,) = event_document_read(text).records
    assert _facts(record, "city", "host_economy") == ("Valparaiso", "CHL")


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "The Apec Ministers Responsible for Trade meeting, held in Bangkok on 19 May 2038, "
            "was led by the minister.",
            "APEC Ministers Responsible for Trade Meeting",
        ),
        (
            "Officials will conclude with a meeting of APEC Senior Officials in Bangkok on 19 "
            "May 2038.",
            "APEC Senior Officials' Meeting",
        ),
        (
            "It ends with a meeting of APEC Trade Ministers in Bangkok on 19 May 2038.",
            "APEC Trade Ministers Meeting",
        ),
    ],
)
def test_a_meeting_named_in_prose_is_an_event(sentence, title):
    (record,) = event_document_read(f"News\n\n{sentence}").records
    assert _facts(record, "title", "start_date", "city") == (title, "2038-05-19", "Bangkok")


def test_a_group_meeting_in_lower_case_is_left_to_the_group_rule():
    text = "News\n\nThe APEC Tourism Working Group meeting opened in Bangkok on 19 May 2038."
    (record,) = event_document_read(text).records
    assert record.value("title") == "APEC Tourism Working Group meeting"


def test_a_further_meeting_without_a_place_during_the_main_one_is_in_its_city():
    text = (
        "News\n\nThe APEC Ministers Responsible for Trade Meeting, held in Bangkok from 19 to "
        "22 May 2038, will be led by the minister.\nMeanwhile, 20 May 2038 will see the APEC "
        "Green Economy Symposium.\nThe APEC Oceans Forum follows on 2 June 2038."
    )
    _main, symposium, forum = event_document_read(text).records
    assert _facts(symposium, "city", "host_economy") == ("Bangkok", "THA")
    assert symposium.facts["city"].confidence == "low"
    assert forum.value("city") in ("", None)  # after the main meeting: no place given


def test_a_verb_before_an_event_word_in_a_headline_starts_no_name():
    text = (
        "Chile and Peru Bridge the Distance by Hosting Virtual Workshop to Grow Start-Ups\n\n"
        "Post date:2034-06-15\n\nOn June 15, Chile and Peru hosted the APEC Women-Led Start-Up "
        "Growth Workshop online."
    )
    (record,) = event_document_read(text).records
    assert _facts(record, "title", "start_date", "host_economy", "co_host_economies") == (
        "APEC Women-Led Start-Up Growth Workshop",
        "2034-06-15",
        "CHL",
        ["PER"],
    )


def test_the_secretariats_seat_in_a_bar_line_is_no_meetings_place():
    text = (
        "First APEC 2040 Meetings In Peru\n\nAPEC Secretariat Singapore | 6 February 2040\n\n"
        "The first Senior Officials' Meeting will be held on 20-28 February 2040."
    )
    (record,) = event_document_read(text).records
    assert record.value("city") in ("", None)
    assert record.value("host_economy") != "SGP"


def test_a_speakers_bar_line_still_places_the_speech():
    text = (
        "APEC SME Policy Forum\n\nRemarks by the Executive Director, APEC Secretariat Lima, "
        "Peru | 6 March 2040\n\nThank you for joining the APEC SME Policy Forum here today."
    )
    (record,) = event_document_read(text).records
    assert record.value("city") == "Lima"


def test_roman_numbered_senior_officials_meetings_each_give_a_record():
    text = (
        "News\n\nPeru will be hosting three Senior Officials' Meetings; SOM I in Lima 20-28 "
        "February 2040, SOM II in Arequipa 18-27 May 2040, and SOM III in Cusco 10-19 August "
        "2040."
    )
    records = event_document_read(text).records
    assert [_facts(r, "title", "city", "start_date") for r in records] == [
        ("First Senior Officials' Meeting", "Lima", "2040-02-20"),
        ("Second Senior Officials' Meeting", "Arequipa", "2040-05-18"),
        ("Third Senior Officials' Meeting", "Cusco", "2040-08-10"),
    ]


def test_a_year_title_and_the_bodys_ordinal_word_name_are_one_meeting():
    text = (
        "2031 APEC Ministerial Meeting\n1. Ministers took part in the Twelfth APEC Ministerial "
        "Meeting convened in Cebu, Philippines on 14-15 November 2031."
    )
    (record,) = event_document_read(text).records
    assert _facts(record, "title", "start_date", "city") == (
        "Twelfth APEC Ministerial Meeting",
        "2031-11-14",
        "Cebu",
    )


def test_two_ordinal_words_stay_two_meetings():
    text = (
        "News\n\nThe Second APEC Senior Officials' Meeting opened in Lima on 5 May 2031. The "
        "Third APEC Senior Officials' Meeting will open in Cusco on 10 August 2031."
    )
    records = event_document_read(text).records
    assert [_facts(r, "title", "city") for r in records] == [
        ("Second APEC Senior Officials' Meeting", "Lima"),
        ("Third APEC Senior Officials' Meeting", "Cusco"),
    ]


def test_the_days_of_an_event_named_after_the_main_one_in_its_sentence_stay_that_event_s():
    text = (
        "News\n19/11/2031 15:40\n\nThe 43rd APEC Ministerial Meeting opened on Wednesday at "
        "Lima's Pacific Convention Center, and the 39th APEC Economic Leaders' Meeting is set "
        "for Nov. 22-23."
    )
    records = event_document_read(text).records
    assert [_facts(r)[:2] for r in records] == [
        ("43rd APEC Ministerial Meeting", "2031-11-19"),
        ("39th APEC Economic Leaders' Meeting", "2031-11-22"),
    ]


def test_the_days_of_an_event_the_main_one_prepares_for_are_not_the_main_event_s():
    text = (
        "News\n19/11/2031 15:40\n\nThe 43rd APEC Ministerial Meeting opened on Wednesday at "
        "Lima's Pacific Convention Center, ahead of the 39th APEC Economic Leaders' Meeting set "
        "for Nov. 22-23."
    )
    records = event_document_read(text).records
    # the Leaders' meeting "set for" its days is a record of its own (round c2)
    assert [_facts(r)[:2] for r in records] == [
        ("43rd APEC Ministerial Meeting", "2031-11-19"),
        ("39th APEC Economic Leaders' Meeting", "2031-11-22"),
    ]


def test_an_about_item_in_the_menu_before_the_prose_does_not_end_the_page():
    text = (
        "Ministry of Trade\nHome\nContact Us\n\nAbout the Ministry\n\nSPEECHES\n\n"
        "ADDRESS TO THE APEC SME EXPORT FORUM\n\nAUCKLAND, New Zealand\n\nMay 3, 2042\n\n"
        "It is my pleasure to welcome you to Auckland for the APEC SME Export Forum this week."
    )
    (record,) = event_document_read(text).records
    assert _facts(record, "start_date", "city", "host_economy") == ("2042-05-03", "Auckland", "NZL")


def test_an_about_block_after_the_prose_still_ends_the_page():
    text = (
        "APEC SME Export Forum opens in Auckland\n\nAUCKLAND, 3 May 2042 - The APEC SME Export "
        "Forum opened in Auckland today with ministers from the region.\n\nAbout the Ministry\n\n"
        "The ministry held the APEC Ocean Trade Dialogue in Lima on 9 June 2042."
    )
    (record,) = event_document_read(text).records
    assert record.value("city") == "Auckland"


def test_representatives_of_a_forum_who_attend_the_forum_name_the_event():
    text = (
        "APEC to back women-owned firms\n\nApril 11, 2031\n\nAs many as 400 representatives from "
        "the APEC 2031 Women and Economy Forum are expected to attend the forum from September "
        "26 to 29 in Hue."
    )
    (record,) = event_document_read(text).records
    assert _facts(record, "title", "start_date") == (
        "APEC 2031 Women and Economy Forum",
        "2031-09-26",
    )


def test_a_host_city_written_with_its_accents_gives_its_economy():
    text = (
        "Forum for women firms\n\nApril 11, 2031\n\nThe APEC 2031 Women and Economy Forum will be "
        "held in Huế from September 26 to 29."
    )
    (record,) = event_document_read(text).records
    assert _facts(record, "city", "host_economy") == ("Huế", "VNM")


def test_the_main_meetings_number_and_kind_word_refer_back_to_it():
    text = (
        "Speeches\n\nSpeech by the Director of Trade at the 61st APEC SME Working Group Meeting\n"
        "Tuesday, May 8, 2040\n\nFollowing is the speech at the 61st Asia-Pacific Economic "
        "Cooperation (APEC) Small and Medium Enterprises Working Group Meeting on May 8:\n\n"
        "Good morning.\n\nChile is delighted to host the 61st Working Group meeting once again, "
        "after the 40th Working Group meeting in 2019."
    )
    (record,) = event_document_read(text).records
    assert record.value("host_economy") == "CHL"


def test_a_city_after_the_venue_word_repeated_in_its_short_name_stays_in_the_venue():
    text = (
        "Ministerial meeting concluded\n\nThe ministry said the 40th APEC SME Ministerial "
        "Meeting, held at the International Convention Center Jeju (ICC JEJU) from September 3 "
        "to 6, 2034, was concluded."
    )
    (record,) = event_document_read(text).records
    assert _facts(record, "venue", "city", "host_economy") == (
        "International Convention Center Jeju",
        "Jeju",
        "KOR",
    )


def test_a_host_years_banner_gives_the_host_of_that_years_event():
    text = (
        "APEC 2036 CHILE\nConnect, Include, Grow\n\nThe Preparatory Office held the First "
        "Advance Visit for the 2036 APEC Economic Leaders' Meeting from July 9 to July 10, 2036."
    )
    (record,) = event_document_read(text).records
    assert record.value("host_economy") == "CHL"
    assert record.facts["host_economy"].confidence == "low"


def test_a_banner_of_another_year_gives_no_host():
    text = (
        "APEC 2036 CHILE\n\nThe Preparatory Office held the First Advance Visit for the 2037 "
        "APEC Economic Leaders' Meeting from July 9 to July 10, 2037."
    )
    (record,) = event_document_read(text).records
    assert record.value("host_economy") is None


def test_a_place_line_in_capitals_gives_the_city_as_a_name():
    text = (
        "ADDRESS TO THE APEC SME EXPORT FORUM DINNER - OTTAWA, ONTARIO\n\nNOTES FOR AN ADDRESS BY"
        "\n\nTO THE APEC SME EXPORT FORUM\n\nSeptember 18, 2039\n\nThank you all for coming today."
    )
    (record,) = event_document_read(text).records
    assert _facts(record, "city", "host_economy") == ("Ottawa", "CAN")


def test_their_virtual_meeting_makes_the_ministers_meeting_online_without_the_datelines_city():
    text = (
        "APEC SME Ministers Issue Joint Statement\n\nKuching, Malaysia, 23 October 2041\n\n"
        "Ministers in charge of small businesses issued a statement following their virtual "
        "meeting held on 23 October 2041.\n\nThe statement reflects the outcome of the 47th APEC "
        "SME Ministerial Meeting chaired by Malaysia's Minister of Entrepreneurs."
    )
    (record,) = event_document_read(text).records
    assert record.value("virtual") is True
    assert record.value("city") in ("", None)


def test_a_sentence_whose_subject_is_the_main_meeting_by_its_own_words_gives_its_place():
    text = (
        "date 2033-02-09 China's role as the host of the 40th APEC Economic Leaders' Meeting "
        "matters, an official said.\n\nThe APEC leaders' meeting will be held in Shenzhen, "
        "Guangdong, on 18 and 19 November 2033, along with the APEC CEO Summit."
    )
    records = event_document_read(text).records
    leaders = next(r for r in records if "Leaders" in r.value("title"))
    assert _facts(leaders, "start_date", "city", "host_economy") == (
        "2033-11-18",
        "Shenzhen",
        "CHN",
    )


def test_a_day_without_year_that_will_be_held_is_after_the_release():
    text = (
        "Leaders to meet in Shenzhen\n\nPublished: 9 February 2034\n\nThe 41st APEC Economic "
        "Leaders' Meeting will be held in Shenzhen on Nov 18 and 19."
    )
    (record,) = event_document_read(text).records
    assert record.value("start_date") == datetime.date(2034, 11, 18)


def test_a_day_without_year_already_past_keeps_the_nearest_year():
    text = (
        "Leaders met in Shenzhen\n\nPublished: 9 February 2034\n\nThe 41st APEC Economic "
        "Leaders' Meeting was held in Shenzhen on Nov 18 and 19."
    )
    (record,) = event_document_read(text).records
    assert record.value("start_date") == datetime.date(2033, 11, 18)


def test_a_city_economy_hosting_in_person_gives_its_city():
    text = (
        "Speeches\n\nSpeech at the 61st APEC SME Working Group Meeting\nTuesday, May 8, 2040\n\n"
        "Good morning.\n\nHong Kong, China is honoured to host the 61st Working Group meeting."
    )
    (record,) = event_document_read(text).records
    assert _facts(record, "city", "host_economy") == ("Hong Kong", "HKG")
    assert record.facts["city"].confidence == "low"


# --- Texts naming several meetings (i28a) ----------------------------------------------------


def _rows(text, *names):
    return [_facts(record, *names) for record in event_document_read(text).records]


def test_days_without_their_month_in_a_list_take_the_month_of_the_day_before_them():
    text = (
        "Leaders' week opens\n\nLIMA, Nov. 13, 2041 (Agency) -- Delegations are arriving.\n\n"
        "The week holds four meetings: the APEC Concluding Senior Officials' Meeting on November "
        "14-15; the APEC Ministerial Meeting on 17-18; the APEC CEO Summit from 17 to 19; and "
        "the APEC Economic Leaders' Meeting on 19-20."
    )
    assert _rows(text, "title", "start_date", "end_date") == [
        ("APEC Concluding Senior Officials' Meeting", "2041-11-14", "2041-11-15"),
        ("APEC Ministerial Meeting", "2041-11-17", "2041-11-18"),
        ("APEC CEO Summit", "2041-11-17", "2041-11-19"),
        ("APEC Economic Leaders' Meeting", "2041-11-19", "2041-11-20"),
    ]


def test_a_range_right_after_the_name_and_a_day_after_on_are_the_meetings_own():
    text = (
        "Six meetings next week\n\nLIMA, Nov. 10, 2041 (Agency) -- Lima will host six meetings.\n\n"
        "The programme opens with the Concluding Senior Officials' Meeting on November 14–15, "
        "followed by the APEC CEO Summit 17–19, the APEC Business Advisory Council Dialogue with "
        "Leaders on 19 and the APEC Economic Leaders' Meeting on 19–20."
    )
    assert _rows(text, "title", "start_date") == [
        ("Concluding Senior Officials' Meeting", "2041-11-14"),
        ("APEC CEO Summit", "2041-11-17"),
        ("APEC Business Advisory Council Dialogue with Leaders", "2041-11-19"),
        ("APEC Economic Leaders' Meeting", "2041-11-19"),
    ]


def test_meetings_of_an_earlier_year_the_text_recalls_are_further_records():
    text = (
        "Ministers meet in Lima\n\nLIMA, Nov. 13, 2041 (Agency) -- The APEC Ministerial Meeting "
        "will be held in Lima on November 17-18.\n\nLast year in Da Nang, the APEC Finance "
        "Ministers' Meeting was held on October 20-21, 2040.\n\nThe first APEC SME Ministerial "
        "Meeting was held in Osaka, Japan, on October 22-23, 1994."
    )
    # c13: past meetings named with their days are further records, after the page's own
    assert _rows(text, "title", "start_date", "city") == [
        ("APEC Ministerial Meeting", "2041-11-17", "Lima"),
        ("APEC Finance Ministers' Meeting", "2040-10-20", "Da Nang"),
        # its ordinal in lower case is part of its name (c23)
        ("first APEC SME Ministerial Meeting", "1994-10-22", "Osaka"),
    ]


def test_a_table_row_naming_a_meeting_and_its_days_is_a_list_item():
    text = (
        "SME Ministerial Meeting and Related Meetings\n\nConcepción, Chile | 28 August 2041\n\n"
        "Chile hosts the SME week from 1 to 6 September, closing with the 48th APEC SME "
        "Ministerial Meeting.\n\nRelated meetings\n\nAPEC SME Working Group Meeting 2–3 September\n"
        "48th APEC SME Ministerial Meeting 5–6 September\n\n"
        "All meetings will be held at the Biobío Convention Centre."
    )
    assert _rows(text, "title", "start_date", "venue") == [
        ("APEC SME Working Group Meeting", "2041-09-02", "Biobío Convention Centre"),
        ("48th APEC SME Ministerial Meeting", "2041-09-05", "Biobío Convention Centre"),
    ]
    records = event_document_read(text).records
    assert records[0].facts["venue"].confidence == "low"
    assert records[0].facts["venue"].cue == "the meetings' venue"


def test_the_ministerial_that_will_take_place_after_a_working_groups_meeting_is_read():
    text = (
        "APEC SME Working Group Wraps Up Ahead of Ministers' Meeting\n\n"
        "Ha Long, Viet Nam | 16 September 2042\n\n"
        "The APEC Small and Medium Enterprises Working Group (SMEWG) meeting concluded in Ha Long "
        "today following two days of talks.\n\nThe group also made preparations for the 49th "
        "APEC SME Ministerial Meeting that will take place tomorrow and Friday."
    )
    assert _rows(text, "title", "start_date") == [
        ("APEC Small and Medium Enterprises Working Group meeting", "2042-09-15"),
        ("49th APEC SME Ministerial Meeting", "2042-09-17"),
    ]


def test_a_list_item_written_date_first_gives_the_meeting_its_days_over_prose():
    text = (
        "Schedule of the Leaders' Week\n\n"
        "APEC Senior Officials' Meeting Chair's Office Lima, Peru | 06 November 2041\n\n"
        "Starting with a meeting of senior officials on Thursday, November 14, the meetings will "
        "end on Wednesday, November 20, with the APEC Economic Leaders' Meeting.\n\n"
        "The schedule is as follows:\n"
        "  • 14-15 November, APEC Concluding Senior Officials' Meeting\n"
        "  • 19-20 November, APEC Economic Leaders' Meeting\n"
    )
    assert _rows(text, "title", "start_date") == [
        ("APEC Concluding Senior Officials' Meeting", "2041-11-14"),
        ("APEC Economic Leaders' Meeting", "2041-11-19"),
    ]


def test_meetings_announced_by_city_and_month_then_named_give_no_built_record():
    text = (
        "Lima to host APEC meetings\n\nLIMA, Oct. 30, 2041 (Agency) -- Peru will host the last "
        "APEC meetings of the year in Lima in November, the ministry said.\n\nThe Concluding "
        "Senior Officials' Meeting will be held from November 14 to 15 and the APEC Economic "
        "Leaders' Meeting from 19 to 20."
    )
    assert _rows(text, "title", "start_date", "city") == [
        ("Concluding Senior Officials' Meeting", "2041-11-14", "Lima"),
        ("APEC Economic Leaders' Meeting", "2041-11-19", "Lima"),
    ]


def test_short_names_listed_with_their_days_are_meetings_of_the_list():
    text = (
        "APEC week begins\n\nLIMA, Nov. 14, 2041 (Agency) -- The APEC Leaders' Week began.\n\n"
        "The week comprises the APEC Ministerial Meeting on November 17–18, the CEO Summit "
        "17–19, the ABAC Dialogue with APEC Leaders on 19 and the Leaders' Meeting on 19–20.\n\n"
        "In Da Nang the APEC CEO Summit ran from November 8 to 10, 2040 and the APEC Economic "
        "Leaders' Meeting on November 10-11, 2040."
    )
    assert _rows(text, "title", "start_date") == [
        ("APEC Leaders' Week", None),  # c36: the week said to begin is one more record
        ("APEC Ministerial Meeting", "2041-11-17"),
        ("CEO Summit", "2041-11-17"),
        ("ABAC Dialogue with APEC Leaders", "2041-11-19"),
        ("Leaders' Meeting", "2041-11-19"),
        # c13: last year's meetings, named with their days, are records of their own
        ("APEC CEO Summit", "2040-11-08"),
        ("APEC Economic Leaders' Meeting", "2040-11-10"),
    ]


def test_a_short_name_alone_in_a_sentence_is_no_meeting():
    text = (
        "Ministers meet\n\nLIMA, Nov. 14, 2041 (Agency) -- The APEC Ministerial Meeting opened "
        "in Lima today.\n\nA Youth Summit on 20 November will follow, organisers said."
    )
    assert [title for (title,) in _rows(text, "title")] == ["APEC Ministerial Meeting"]


def test_a_recalled_first_meeting_is_not_the_numbered_meeting_of_the_page():
    text = (
        "Ministers to meet in Temuco\n\nTEMUCO, Chile, Aug. 30, 2041 (Agency) -- Ministers will "
        "gather in Temuco on September 4-5 for the 48th APEC SME Ministerial Meeting.\n\nThe "
        "first APEC SME Ministerial Meeting was held in Osaka, Japan, on October 22-23, 1994."
    )
    assert _rows(text, "title", "start_date", "city") == [
        ("48th APEC SME Ministerial Meeting", "2041-09-04", "Temuco"),
        ("first APEC SME Ministerial Meeting", "1994-10-22", "Osaka"),  # c13: a record of its own
    ]


# --- Eleventh round (i28d): the place extractor --------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The 96th APEC SME Working Group meeting opened on 12 May 2042 at Arequipa's "
        "Convention Center – ACC, with 21 economies.",
        "On 12 May 2042, Arequipa's Convention Center – ACC hosted the 96th APEC SME Working "
        "Group meeting.",
    ],
)
def test_a_town_owning_a_venue_named_only_by_its_kind_stays_in_the_venue_s_name(sentence):
    # "Arequipa's Convention Center" is the Arequipa Convention Center: the town is the city
    # and stays in the name; the short name after a dash is left out.
    records = event_document_read(f"Officials meet\n\n{sentence}").records
    assert [_facts(r) for r in records] == [
        (
            "96th APEC SME Working Group meeting",
            "2042-05-12",
            "Arequipa",
            "Arequipa Convention Center",
            "PER",
        )
    ]


def test_a_venue_opening_a_clause_is_the_place_only_when_it_hosts():
    text = (
        "Officials meet\n\nOn 12 May 2042, Trade Hall officials opened the 96th APEC SME "
        "Working Group meeting in Arequipa."
    )
    record = event_document_read(text).records[0]
    assert record.value("city") == "Arequipa"
    assert record.value("venue") == ""


@pytest.mark.parametrize(
    "sentence",
    [
        "Delegates from 21 economies arrived in Cebu on Monday.",
        "The city of Cebu welcomed delegates from the 21 APEC economies this week.",
        "The host city of Cebu has trained 150 volunteers for the meeting.",
    ],
)
def test_where_the_participants_are_gives_the_city_when_nothing_else_does(sentence):
    text = (
        "Micro firms at APEC\n\nThe 101st APEC SME Working Group meeting will review a plan "
        f"for micro firms on 14-15 August 2044.\n\n{sentence}"
    )
    record = event_document_read(text).records[0]
    assert (record.value("city"), record.value("host_economy")) == ("Cebu", "PHL")
    assert record.facts["city"].cue == "where the participants are"


def test_a_lowercase_workshop_joined_to_the_meeting_places_the_meeting():
    text = (
        "APEC looks at credit\n\n16 September 2045\n\n"
        "The 103rd APEC SME Working Group meeting and the policy dialogue workshop on credit "
        "for village firms were held on 14-15 September 2045.\n\n"
        "The workshop took place in Bacolod at the Negros Trade Hall (NTH), hosted by the "
        "Philippines."
    )
    records = event_document_read(text).records
    assert [_facts(r) for r in records] == [
        (
            "103rd APEC SME Working Group meeting",
            "2045-09-14",
            "Bacolod",
            "Negros Trade Hall",
            "PHL",
        )
    ]


def test_an_article_opening_the_sentence_is_not_part_of_the_town():
    text = (
        "APEC in Chiclayo\n\nThe Chiclayo Convention Center hosted the delegations on 6 May "
        "2046 for the Second Senior Officials' Meeting (SOM2)."
    )
    record = event_document_read(text).records[0]
    assert (record.value("city"), record.value("venue")) == (
        "Chiclayo",
        "Chiclayo Convention Center",
    )


def test_a_venue_named_after_a_town_of_another_economy_than_the_dateline_s_gives_no_city():
    text = (
        "Officials at work\n\nCLARKFIELD, Pampanga — Senior officials went to work on Friday, "
        "2 February 2046, at the First APEC Senior Officials' Meeting at the Fontana Convention "
        "Center."
    )
    record = event_document_read(text).records[0]
    assert (record.value("city"), record.value("host_economy")) == ("Clarkfield", "PHL")


def test_meetings_listed_as_the_programme_take_the_main_meeting_s_city_and_host():
    # round i29a: "related meetings … such as A, B and C" are the page's meeting's programme
    text = (
        "Hanoi (VNA) – The 33rd APEC Small and Medium Enterprises Ministerial Meeting, to take "
        "place in Hue from October 3-7, 2044, will look at credit for small farms.\n"
        "A series of related meetings will be held during the week such as the 67th APEC Small "
        "and Medium Enterprise Working Group Meeting and APEC Forum on Village Crafts Online."
    )
    records = event_document_read(text).records
    assert [
        (r.value("title"), r.value("start_date"), r.value("city"), r.value("host_economy"))
        for r in records[1:]
    ] == [
        ("67th APEC Small and Medium Enterprise Working Group Meeting", None, "Hue", "VNM"),
        ("APEC Forum on Village Crafts Online", None, "Hue", "VNM"),
    ]


def test_a_meeting_named_without_days_outside_a_programme_list_still_gives_no_record():
    # guard: the programme cue must come before the name in the sentence
    text = (
        "Hanoi (VNA) – The 33rd APEC Small and Medium Enterprises Ministerial Meeting, to take "
        "place in Hue from October 3-7, 2044, will look at credit for small farms.\n"
        "Ministers will report to the APEC Economic Leaders' Meeting, and related events such "
        "as trade fairs are planned."
    )
    records = event_document_read(text).records
    assert [r.value("title") for r in records] == [
        "33rd APEC Small and Medium Enterprises Ministerial Meeting"
    ]
