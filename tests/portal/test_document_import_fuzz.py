"""Fuzz the paste box of "Import a document": whatever is pasted or corrected, never a 5xx,
and nothing is saved unless the answer is a redirect after a save."""

import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from events.models import Event
from initiatives.models import Initiative
from statements.models import Statement
from tests.initiatives.initiative_texts import DESCRIPTIONS

pytestmark = [pytest.mark.django_db, pytest.mark.slow]

URL = "/admin/import/"
EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "40"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
PIECES = st.sampled_from(
    [
        "\x00",
        "\ufeff",
        "\r\n",
        "\r",
        "\u2028",
        "Objectives",
        "1) To",
        "Peru; Chile; Japan",
        "APEC Forum",
        "held on 5 March 2020 in Lima",
        "We, the APEC SME Ministers",
        "1.",
        "Proposing economy: Atlantis",
        "Duration: 2030–2019",
        "中文标题",
        "العربية",
        "Ελληνικά",
        "😀",
        "\udcff".encode("utf-8", "surrogatepass").decode("utf-8", "replace"),
        "\t",
        "x" * 5000,
    ]
)
TEXTS = st.one_of(
    st.text(max_size=400),
    st.lists(st.one_of(PIECES, st.text(max_size=40)), max_size=30).map("\n".join),
    st.sampled_from(list(DESCRIPTIONS.values())).map(lambda t: t.replace("\n", "\n\ufeff", 2)),
)


def nothing_saved():
    return Initiative.objects.count() == Event.objects.count() == Statement.objects.count() == 0


@FUZZ
@given(text=TEXTS, kind=st.sampled_from(["auto", "event", "initiative", "statement", "bogus"]))
def test_any_paste_answers_below_500_and_saves_nothing(editor_client, text, kind):
    response = editor_client.post(URL, {"text": text, "kind": kind, "preview": "1"})
    assert response.status_code in (200, 307, 400), response.status_code
    assert nothing_saved()


@FUZZ
@given(
    values=st.dictionaries(
        st.sampled_from(
            [
                "title",
                "subtitle",
                "proposer",
                "co_implementers",
                "start_year",
                "end_year",
                "introduction",
                "objectives",
                "activities",
                "themes",
                "action",
                "expected",
            ]
        ),
        st.one_of(st.text(max_size=60), st.sampled_from(["", "9999", "-1", "PHL", "skip", "x|y"])),
    )
)
def test_any_correction_answers_below_500_and_saves_only_on_success(editor_client, values):
    data = {"text": DESCRIPTIONS["labelled"], "kind": "initiative", "confirm": "Save"}
    data["rec-0-title"] = "A title"
    data.update({f"rec-0-{name}": value for name, value in values.items()})
    response = editor_client.post(URL, data)
    if "expected" not in values:  # without the preview's token it is shown again, not saved
        assert response.status_code == 200, response.status_code
    else:
        assert response.status_code in (302, 400, 403, 409), response.status_code
    if response.status_code != 302:
        assert nothing_saved()
    Initiative.objects.all().delete()


def test_one_byte_over_the_limit_is_refused(editor_client):
    response = editor_client.post(URL, {"text": "a" * 1_000_001, "kind": "auto", "preview": "1"})
    assert response.status_code == 400
    assert "1,000,001 bytes" in response.content.decode()
    huge_line = "Objectives " + "word " * 199_000
    response = editor_client.post(URL, {"text": huge_line, "kind": "auto", "preview": "1"})
    assert response.status_code in (200, 400)
    assert nothing_saved()
