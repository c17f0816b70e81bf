"""Fuzz the news-release reader: whatever the text, a document or ImportRefused, nothing else.

Random unicode, very long lines, texts made only of dates, only of quotes, and pieces of
real releases shuffled together. FUZZ_EXAMPLES raises the number of examples.
"""

import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.importing import EconomyNames, ImportRefused
from events.importer import event_document_read, event_document_score, event_record_json
from initiatives.models import Economy

# Slow: hypothesis reads hundreds of texts (the project runs fuzzing with TEST_ALL=1).
pytestmark = [pytest.mark.django_db, pytest.mark.slow]

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "80"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

PIECES = [
    "The APEC SME Forum was held in Lima on 5 May 2021.",
    '"APEC Digital Forum: Going Further"',
    "on 12 August",
    "began Tuesday (Oct 4)",
    "this June",
    "from 30 September to 2 October",
    "Published: 3 March 2021",
    "LIMA, Peru —",
    "TAIPEI, Oct. 5 (CNA) --",
    "co-hosted by Chinese Taipei and the Philippines",
    "hosted by SMEA",
    "said Ana Torres, Vice Minister of Production.",
    "Mr. Chen Chern-Chyi, Deputy Minister of Economic Affairs",
    "Events were held in Tomsk and Taipei this June, and in Bangkok this August.",
    "For further details, please contact:",
    "Views: 1,517",
    "Date: 12-13 March 2023",
    "Venue: Sheraton Hotel, Kuala Lumpur, Malaysia",
    "Event: APEC Workshop",
    "held online",
    "“",
    "”",
    '"',
    "31 February",
    "May 99",
    "2019",
    "\u00a0",
    "\t",
    "\r\n",
    ":",
    "—",
]


def read(text, names):
    """The reader's answer: records whose JSON can be printed, or a refusal with a reason."""
    try:
        document = event_document_read(text, names=names)
    except ImportRefused as refused:
        assert refused.reason and refused.line >= 1
        return
    assert document.records
    for record in document.records:
        event_record_json(record)
        # A record without a first day says so (an empty field to fill, never a silent gap):
        # "no-date", or "year-only" when the text gives its year and no day.
        dated = record.value("start_date") is not None
        assert dated or {"no-date", "year-only"} & {warning.code for warning in record.warnings}
    assert event_document_score(text) >= 0


@pytest.fixture
def names():
    return EconomyNames.from_economies(Economy.objects.all())


@FUZZ
@given(st.text(max_size=2000))
def test_random_unicode(names, text):
    read(text, names)


@FUZZ
@given(st.lists(st.sampled_from(PIECES), max_size=40), st.sampled_from([" ", "\n", "", "\n\n"]))
def test_pieces_of_releases_in_any_order(names, pieces, glue):
    read(glue.join(pieces), names)


@FUZZ
@given(st.lists(st.sampled_from(["5 May", "May 5", "12-13 March 2023", "2021", "this June",
                                 "Oct 4", "Tuesday", "today"]), min_size=1, max_size=30))  # fmt: skip
def test_only_dates(names, dates):
    read(" ".join(dates), names)


@FUZZ
@given(st.text(alphabet="\"“”‘’'", max_size=300))
def test_only_quotes(names, text):
    read(text, names)


@pytest.mark.parametrize("size", [10_000, 200_000])
def test_huge_lines(names, size):
    line = ("The APEC SME Forum was held in Lima on 5 May 2021 and " * (size // 50))[:size]
    read(line, names)
    read("x" * size, names)
    read("Forum " * (size // 6), names)
    read(("“APEC " * (size // 6)) + "Forum”", names)
    read("Mr. " + "Chen " * (size // 5), names)
