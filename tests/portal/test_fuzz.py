"""Fuzz the public URL contract (PRODUCT.md): whatever the query, never a 5xx.

The paths and parameter names come from the contract, not from the current
views, so pages that land later are fuzzed as soon as they exist (a page that
does not exist yet answers 404, which passes). FUZZ_EXAMPLES raises the number
of examples per URL for a longer local run.
"""

import os
from urllib.parse import quote

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.factories import EventFactory, InitiativeFactory, ParagraphFactory, StatementFactory

# Slow: hypothesis sends dozens of requests per URL.
pytestmark = [pytest.mark.django_db, pytest.mark.slow]

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "30"))

LIST_PATHS = ["/initiatives/", "/events/", "/statements/", "/economies/", "/search/"]
DETAIL_PATHS = [
    "/initiatives/fuzz-initiative/",
    "/events/fuzz-forum/",
    "/statements/fuzz-statement/",
    "/economies/phl/",
]
DETAIL_PREFIXES = ["/initiatives/", "/events/", "/statements/", "/economies/"]
PARAMETERS = [
    "q",
    "year",
    "year_from",
    "year_to",
    "economy",
    "theme",
    "kind",
    "initiative",
    "status",
    "sort",
    "page",
    "format",
]
# Values people (and scripts) actually send, next to arbitrary text.
KNOWN_VALUES = [
    "", " ", "0", "-1", "1", "2", "abc", "2019", " 2019 ", "1900", "9999", "99999999999999999999",
    "1e3", "NaN", "２０１９", "phl", "PHL", "XYZ", "innovation", "start-ups", "forum",
    "ministerial_meeting", "ongoing", "fuzz-initiative", "title", "-title", "date", "-date",
    "rank", "html", "csv", "json", "ics", "xml", "\x00", "a\x00b", "%", "%00", "' OR 1=1 --",
    "<script>alert(1)</script>", "a" * 5000, "\u202e\ufeff", "😀",
]  # fmt: skip
values = st.one_of(
    st.sampled_from(KNOWN_VALUES),
    st.text(max_size=40),
    st.integers(min_value=-(10**20), max_value=10**20).map(str),
)
queries = st.dictionaries(
    st.sampled_from(PARAMETERS), st.lists(values, min_size=1, max_size=3), max_size=6
)
raw_queries = st.text(st.characters(min_codepoint=0x20, max_codepoint=0x7E), max_size=80)


@pytest.fixture
def records():
    initiative = InitiativeFactory(title="Fuzz initiative", slug="fuzz-initiative")
    EventFactory(title="Fuzz forum", slug="fuzz-forum", initiative=initiative)
    statement = StatementFactory(title="Fuzz statement", slug="fuzz-statement")
    ParagraphFactory(statement=statement, number=1, text="SMEs drive innovation.")


def fetch(client, path, data=None):
    response = client.get(path, data)
    if response.streaming:  # a CSV export fails, if at all, while streaming
        b"".join(response.streaming_content)
    return response


def assert_never_5xx(client, path, data=None):
    response = fetch(client, path, data)
    assert response.status_code < 500, (path, data, response.status_code)


@pytest.mark.parametrize("path", LIST_PATHS + DETAIL_PATHS)
def test_any_query_parameters_never_cause_a_server_error(client, records, path):
    @settings(max_examples=EXAMPLES, deadline=None, database=None)
    @given(query=queries)
    def check(query):
        assert_never_5xx(client, path, query)

    check()


@pytest.mark.parametrize("path", LIST_PATHS + DETAIL_PATHS)
def test_any_raw_query_string_never_causes_a_server_error(client, records, path):
    @settings(max_examples=EXAMPLES // 2, deadline=None, database=None)
    @given(raw=raw_queries)
    def check(raw):
        assert_never_5xx(client, f"{path}?{raw}")

    check()


@pytest.mark.parametrize("prefix", DETAIL_PREFIXES)
def test_any_detail_slug_never_causes_a_server_error(client, records, prefix):
    @settings(max_examples=EXAMPLES, deadline=None, database=None)
    @given(slug=st.one_of(st.sampled_from(KNOWN_VALUES), st.text(min_size=1, max_size=60)))
    def check(slug):
        assert_never_5xx(client, f"{prefix}{quote(slug, safe='')}/")

    check()
