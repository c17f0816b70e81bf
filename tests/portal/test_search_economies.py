"""Search knows economies: every name and alias finds the records tied to the economy."""

import csv
import importlib
from pathlib import Path

import pytest
from django.utils.html import escape

from apec_portal.search import excerpt_html, read_query
from initiatives.models import Economy
from tests.factories import (
    EventFactory,
    InitiativeFactory,
    ParagraphFactory,
    StatementFactory,
    economy,
)

pytestmark = pytest.mark.django_db

# The shared data file sits beside the checkout (../shared); the migration holds a copy,
# which stands in where the checkout has no shared folder beside it.
ECONOMIES_CSV = Path(__file__).resolve().parents[3] / "shared" / "data" / "economies.csv"


def economies_data():
    """(code, name, [aliases]) from the shared data file, or else the migration's copy."""
    if not ECONOMIES_CSV.exists():
        reference = importlib.import_module("initiatives.migrations.0002_reference_data")
        return [(code, name, list(aliases)) for name, code, _, aliases in reference.ECONOMIES]
    with ECONOMIES_CSV.open(newline="", encoding="utf-8") as handle:
        return [
            (row["iso3"], row["name"], [a for a in row["aliases"].split(";") if a])
            for row in csv.DictReader(handle)
        ]


NAMES = [
    pytest.param(code, spelling, id=f"{code}-{spelling}")
    for code, name, aliases in economies_data()
    for spelling in [name, *aliases]
]


def test_every_economy_of_the_data_file_is_in_the_database_with_its_aliases():
    data = {code: (name, sorted(aliases)) for code, name, aliases in economies_data()}
    stored = {e.code: (e.name, sorted(e.aliases)) for e in Economy.objects.all()}
    assert len(data) == 21
    assert stored == data


def tied_records(code):
    """An event it hosted, one it co-hosted, an initiative it proposed, one it
    co-implements, the statement of a meeting it hosted; none names the economy."""
    other = "AUS" if code != "AUS" else "CAN"
    hosted = EventFactory(title="Regional forum one", summary="Talks.", host=economy(code))
    co_hosted = EventFactory(
        title="Regional forum two", summary="Talks.", host=economy(other), co_hosts=[economy(code)]
    )
    proposed = InitiativeFactory(
        title="Programme one", introduction="Work.", proposer=economy(code)
    )
    co_implemented = InitiativeFactory(
        title="Programme two",
        introduction="Work.",
        proposer=economy(other),
        co_implementers=[economy(code)],
    )
    statement = StatementFactory(
        title="Joint statement of a meeting",
        meeting__host=economy(code),
        meeting__title="Ministerial meeting",
        meeting__summary="",
    )
    elsewhere = EventFactory(title="Regional forum three", summary="Talks.", host=economy(other))
    return hosted, co_hosted, proposed, co_implemented, statement, elsewhere


def found(response):
    return {hit.record.slug for hit in response.context["results"].page.object_list}


@pytest.mark.parametrize(("code", "spelling"), NAMES)
def test_each_name_and_alias_finds_the_records_tied_to_the_economy(client, code, spelling):
    hosted, co_hosted, proposed, co_implemented, statement, _elsewhere = tied_records(code)
    response = client.get("/search/", {"q": spelling})
    assert response.status_code == 200
    results = response.context["results"]
    assert [e.code for e in results.economies] == [code]
    assert found(response) == {
        hosted.slug,
        co_hosted.slug,
        proposed.slug,
        co_implemented.slug,
        statement.meeting.slug,
    }
    assert results.statements == [statement]
    html = response.content.decode()
    slug = code.lower()
    name = escape(Economy.objects.get(code=code).name)
    assert f'<a href="/events/?economy={slug}">Events in {name} ' in html
    assert f'<a href="/initiatives/?economy={slug}">Initiatives of {name} ' in html
    assert f'<a href="/economies/{slug}/">{name}: economy page ' in html
    assert f'<a href="{statement.get_absolute_url()}">Joint statement of a meeting</a>' in html


@pytest.mark.parametrize(
    ("text", "codes", "rest"),
    [
        ("Thailand", ["THA"], ""),
        ("thailand digital", ["THA"], "digital"),
        ("Vietnam", ["VNM"], ""),
        ("viet nam", ["VNM"], ""),
        ("Hong Kong, China", ["HKG"], ""),
        ("hong kong china forum", ["HKG"], "forum"),
        ("China", ["CHN"], ""),
        ("People’s Republic of China", ["CHN"], ""),
        ("the Philippines innovation", ["PHL"], "innovation"),
        ("South Korea", ["KOR"], ""),
        ("Chinese Taipei", ["TWN"], ""),
        ("Thailand or Viet Nam", ["THA", "VNM"], ""),
        # Two-letter aliases only in capitals: "us" is an English word.
        ("US", ["USA"], ""),
        ("contact us", [], "contact us"),
        # Whole words only; quoted phrases and excluded words stay words.
        ("Koreans", [], "Koreans"),
        ('"made in thailand"', [], '"made in thailand"'),
        ("-thailand digital", [], "-thailand digital"),
        ("digital -thailand", [], "digital -thailand"),
    ],
)
def test_reading_economy_names_in_a_query(text, codes, rest):
    read = read_query(text, economies_data())
    assert (read.codes, read.rest) == (codes, rest)


def test_other_words_narrow_the_records_tied_to_the_economy(client):
    digital = EventFactory(title="Digital forum", summary="", host=economy("THA"))
    EventFactory(title="Finance forum", summary="", host=economy("THA"))
    EventFactory(title="Digital summit", summary="", host=economy("PER"))
    statement = StatementFactory(meeting__host=economy("THA"), meeting__title="Meeting")
    paragraph = ParagraphFactory(statement=statement, text="We welcome digital trade.")
    ParagraphFactory(statement=statement, text="We welcome finance.")
    response = client.get("/search/", {"q": "Thailand digital"})
    hits = {(hit.kind, hit.record.pk) for hit in response.context["results"].page.object_list}
    assert hits == {("event", digital.pk), ("paragraph", paragraph.pk)}


def test_the_name_alone_lists_statements_but_not_their_every_paragraph(client):
    statement = StatementFactory(meeting__host=economy("THA"), meeting__title="Meeting")
    ParagraphFactory(statement=statement, text="We welcome finance.")
    mentions = ParagraphFactory(text="We thank Thailand for hosting.")
    response = client.get("/search/", {"q": "Thailand"})
    results = response.context["results"]
    assert {(hit.kind, hit.record.pk) for hit in results.page.object_list} == {
        ("event", statement.meeting.pk),
        ("paragraph", mentions.pk),
    }
    assert results.statements == [statement]


def test_records_tied_to_the_economy_rank_before_those_that_mention_it(client):
    mention = InitiativeFactory(title="Thailand study", proposer=economy("PER"))
    tied = InitiativeFactory(title="Programme", introduction="Work.", proposer=economy("THA"))
    response = client.get("/search/", {"q": "thailand"})
    assert [hit.record for hit in response.context["results"].page.object_list] == [
        tied,
        mention,
    ]


def test_drafts_tied_to_the_economy_never_reach_an_anonymous_reader(client, admin_user):
    draft_event = EventFactory(
        title="Secret forum", host=economy("THA"), publication_status="draft"
    )
    draft_initiative = InitiativeFactory(
        title="Secret programme", proposer=economy("THA"), publication_status="draft"
    )
    draft_statement = StatementFactory(
        title="Secret statement",
        meeting__host=economy("THA"),
        publication_status="draft",
        meeting__publication_status="draft",
    )
    response = client.get("/search/", {"q": "Thailand"})
    results = response.context["results"]
    assert results.all_count == 0
    assert results.statements == []
    html = response.content.decode()
    assert "Secret" not in html
    # Staff preview drafts.
    client.force_login(admin_user)
    results = client.get("/search/", {"q": "Thailand"}).context["results"]
    assert {hit.record.slug for hit in results.page.object_list} == {
        draft_event.slug,
        draft_initiative.slug,
        draft_statement.meeting.slug,
    }
    assert results.statements == [draft_statement]
    # Downloads are published records only, even for staff.
    response = client.get("/search/", {"q": "Thailand", "format": "json"})
    assert response.json()["count"] == 0


def test_economy_filter_and_year_still_narrow_an_economy_search(client):
    EventFactory(title="Forum", host=economy("THA"), co_hosts=[economy("PER")])
    EventFactory(title="Forum", host=economy("THA"))
    response = client.get("/search/", {"q": "Thailand", "economy": "per"})
    assert response.context["results"].all_count == 1


def test_search_export_reads_economy_names_too(client):
    event = EventFactory(title="Regional forum", summary="", host=economy("VNM"))
    response = client.get("/search/", {"q": "Vietnam", "format": "json"})
    assert [row["slug"] for row in response.json()["results"]] == [event.slug]


# --- spelling suggestions know economy names ------------------------------------------------


def test_misspelt_economy_name_is_corrected_and_its_records_shown(client):
    event = EventFactory(title="Regional forum", summary="", host=economy("VNM"))
    response = client.get("/search/", {"q": "Vietnm"})
    results = response.context["results"]
    assert (results.text, results.corrected_from) == ("vietnam", "Vietnm")
    assert [hit.record for hit in results.page.object_list] == [event]
    html = response.content.decode()
    assert (
        'Showing results for <a href="?q=vietnam"><em>vietnam</em></a>; search instead for '
        '<a href="?q=Vietnm&amp;as_typed=1"><em>Vietnm</em></a>.'
    ) in html


def test_an_economy_word_no_record_uses_is_not_replaced(client):
    # "vietnam" is in no text; searched as typed it is still a known word.
    response = client.get("/search/", {"q": "vietnam", "as_typed": "1"})
    results = response.context["results"]
    assert results.suggestion == ""
    assert [e.code for e in results.economies] == ["VNM"]


def test_suggestion_vocabulary_includes_economy_names_as_a_plain_suggestion(client):
    response = client.get("/search/", {"q": "Philipines", "as_typed": "1"})
    assert response.context["results"].suggestion == "philippines"


# --- corrections show their results --------------------------------------------------------


def test_no_hits_and_a_confident_suggestion_shows_the_suggestions_results(client):
    initiative = InitiativeFactory(title="Innovation initiative")
    response = client.get("/search/", {"q": "inovation"})
    results = response.context["results"]
    assert (results.text, results.corrected_from) == ("innovation", "inovation")
    assert [hit.record for hit in results.page.object_list] == [initiative]
    # "Search instead for" searches the words as typed: nothing, and a suggestion.
    response = client.get("/search/", {"q": "inovation", "as_typed": "1"})
    results = response.context["results"]
    assert (results.corrected_from, results.suggestion) == ("", "innovation")
    assert results.page.object_list == []


def test_a_far_suggestion_is_only_offered(client):
    InitiativeFactory(title="Cybersecurity initiative")
    # "cyberxyz" is like "cybersecurity" (trigram similarity under 0.5): offered, not applied.
    response = client.get("/search/", {"q": "cyberxyz"})
    results = response.context["results"]
    assert results.corrected_from == ""
    assert results.suggestion in ("", "cybersecurity")
    assert results.page.object_list == []


def test_page_two_of_a_corrected_search(client):
    for number in range(25):
        InitiativeFactory(title=f"Innovation initiative {number}")
    response = client.get("/search/", {"q": "inovation", "page": "2"})
    assert response.status_code == 200
    assert len(response.context["results"].page.object_list) == 5
    assert client.get("/search/", {"q": "inovation", "page": "3"}).status_code == 404


# --- excerpts mark the cut text ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("excerpt", "text", "html"),
    [
        ("whole text", "Whole text.", "whole text"),
        ("the start", "The start of a long text", "the start …"),
        ("the end", "Text up to the end.", "… the end"),
        ("middle", "Start, middle, end", "… middle …"),
        ("a \ue000word\ue001 … b", "x a word y b z", "… a <mark>word</mark> … b …"),
        ("", "Anything", ""),
    ],
)
def test_excerpt_marks_cut_text_with_an_ellipsis(excerpt, text, html):
    assert excerpt_html(excerpt, text) == html


def test_search_page_excerpts_say_where_text_was_cut(client):
    words = " ".join(f"word{n}" for n in range(80))
    ParagraphFactory(text=f"{words} cybersecurity {words}")
    response = client.get("/search/", {"q": "cybersecurity"})
    excerpt = response.context["results"].page.object_list[0].excerpt
    assert excerpt.startswith("… ") and excerpt.endswith(" …")
    assert "<mark>cybersecurity</mark>" in excerpt


def test_counts_and_candidates_read_the_indexed_arms_and_find_what_the_condition_finds(
    monkeypatch,
):
    """A query naming an economy (and a theme, with other words) is counted and ranked from
    a UNION of indexed parts (`first_matches`): the same records the single `OR`
    condition finds, every one of them below the limit and exactly the limit above it."""
    from django.contrib.auth.models import AnonymousUser

    from apec_portal import search
    from apec_portal.search import Filters, count_by_kind, first_matches, matching
    from initiatives.models import Theme
    from tests.factories import theme as reference_theme

    tied_records("THA")
    theme = reference_theme("finance")
    EventFactory(title="Trade talk", summary="Finance talk.", host=economy("THA"), themes=[theme])
    EventFactory(title="Thailand in the news", host=economy("AUS"))
    EventFactory(title="Forum", host=economy("AUS"), co_hosts=[economy("THA")], themes=[theme])
    EventFactory(title="Unrelated", host=economy("AUS"))
    economies = [(e.code, e.name, e.aliases) for e in Economy.objects.all()]
    themes = [(t.pk, t.name, []) for t in Theme.objects.all()]
    anonymous = AnonymousUser()
    for text in ["Thailand", "Thailand talk", theme.name, f"Thailand {theme.name} forum"]:
        read = read_query(text, economies, themes)
        assert read.names_records, text
        sources = matching(anonymous, read, Filters())
        assert sources.arms, text
        expected = {kind: set(qs.values_list("pk", flat=True)) for kind, qs in sources.items()}
        assert count_by_kind(sources) == {k: len(v) for k, v in expected.items()}, text
        for kind, pks in expected.items():
            assert set(first_matches(sources, kind, 1000).values_list("pk", flat=True)) == pks
            if len(pks) > 1:
                cut = list(first_matches(sources, kind, len(pks) - 1).values_list("pk", flat=True))
                assert len(cut) == len(set(cut)) == len(pks) - 1 and set(cut) <= pks
    monkeypatch.setattr(search, "COUNT_LIMIT", 1)
    sources = matching(anonymous, read_query("Thailand", economies, themes), Filters())
    assert count_by_kind(sources)[search.Kind.EVENT] == 2
