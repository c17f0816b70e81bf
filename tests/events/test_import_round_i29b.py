"""The event reader's rules of the twelfth round (i29b): each test fails on the reader before it.

The texts are invented, in the layouts of real wire, ministry and newspaper pages of set 10
(docs/importing.md, "Events, twelfth round (i29b)").
"""

import pytest

from events.importer import event_document_read

pytestmark = pytest.mark.django_db


def _read(text):
    return event_document_read(text).records


@pytest.mark.parametrize(
    "closing",
    [
        "Peru joined APEC in 1998.",
        "Since joining APEC in 1998, Peru has led many projects.",
        "It is the first time in 20 years since 1998 (Cusco) that Peru has chaired the event.",
    ],
)
def test_the_year_an_economy_joined_or_a_since_year_is_not_the_meetings_year(closing):
    text = (
        "Lima (PNA) – The 52nd APEC Small and Medium Enterprises Ministerial Meeting and related "
        "meetings, which are scheduled to take place in Arequipa from October 14-16, is expected "
        "to help small firms.\nThe meetings will help firms share ideas, said Tomas Irigoyen at "
        f"a briefing in Lima on October 2.\n{closing}"
    )
    (record,) = _read(text)
    assert record.value("start_date") is None or record.value("start_date").year != 1998


@pytest.mark.parametrize(
    ("words", "title"),
    [
        ("this year’s trade ministers’ meeting", "APEC Ministers Responsible for Trade Meeting"),
        ("the APEC tourism ministers' meeting", "APEC Tourism Ministers Meeting"),
    ],
)
def test_a_sectors_ministers_meeting_in_lower_case_is_read_not_refused(words, title):
    text = (
        "In her speech, the minister said the talks come at a hard time.\n\n"
        "The meeting is held at the Lanna Riverside Hall in Chiang Mai.\n\n"
        f"She expects the outcome of {words} to shape policy."
    )
    (record,) = _read(text)
    assert record.value("title") == title
    assert record.value("city") == "Chiang Mai"


@pytest.mark.parametrize(
    ("words", "city", "host"),
    [
        ("in the Peruvian capital on Wednesday", "Lima", "PER"),
        ("in the Chilean capital on Thursday", "Santiago", "CHL"),
    ],
)
def test_an_economys_adjective_is_no_town_and_its_capital_is_read(words, city, host):
    text = f"The 38th APEC Ministerial Meeting started {words}, ahead of the leaders' meeting."
    (record,) = _read(text)
    assert (record.value("city"), record.value("host_economy")) == (city, host)


@pytest.mark.parametrize(
    ("line", "venue"),
    [
        (
            "OPENING ADDRESS by Ms Tan Wei Ling AT THE 48TH APEC SME MINISTERIAL MEETING ON 14 "
            "SEPTEMBER 2041 at MARINA BAYFRONT HOTEL, SINGAPORE",
            "Marina Bayfront Hotel",
        ),
        (
            "The 48th APEC SME Ministerial Meeting was held on 14 September 2041 at the "
            "MARINA BAYFRONT HOTEL in Singapore, its own name in capitals.",
            "MARINA BAYFRONT HOTEL",
        ),
    ],
)
def test_a_venue_in_capitals_is_title_cased_only_in_a_line_of_capitals(line, venue):
    (record,) = _read(f"Opening address\n\n{line}\n\nGood morning.")
    assert record.value("venue") == venue
