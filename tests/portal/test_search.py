"""/search/: one ranked full-text search over statement paragraphs, initiatives and events."""

from io import StringIO

import pytest
from django.core.management import call_command

from initiatives.models import SearchWord
from statements.models import Statement
from tests.admin_forms import change_form_data
from tests.factories import EventFactory, InitiativeFactory, ParagraphFactory, economy

pytestmark = pytest.mark.django_db

STATEMENT_2014 = "2014-apec-small-and-medium-enterprises-ministerial-meeting"
STATEMENT_2017 = "2017-apec-small-and-medium-enterprises-ministerial-meeting"


def hits(response):
    """The page's hits as (type, identifier): paragraphs as (year, number), others by slug."""
    found = []
    for hit in response.context["results"].page.object_list:
        if hit.kind == "paragraph":
            found.append(("paragraph", hit.record.statement.year, hit.record.number))
        else:
            found.append((hit.kind, hit.record.slug))
    return found


def counts(response):
    return {c.kind: c.count for c in response.context["results"].counts}


def search(client, **params):
    return client.get("/search/", params)


# --- ranking and query syntax on the demo data ------------------------------------------


def test_digital_resilience_ranks_paragraphs_30_and_31_of_2017_above_every_other_paragraph(
    client, demo
):
    response = search(client, q="digital resilience")
    assert response.status_code == 200
    paragraphs = [hit for hit in hits(response) if hit[0] == "paragraph"]
    assert paragraphs == [
        ("paragraph", 2017, 30),
        ("paragraph", 2017, 31),
        ("paragraph", 2017, 15),
        ("paragraph", 2017, 29),
        ("paragraph", 2017, 21),
        ("paragraph", 2017, 20),
    ]
    assert counts(response) == {"paragraph": 6, "initiative": 1, "event": 0}


def test_paragraph_hit_links_to_its_anchor_and_names_statement_section_and_number(client, demo):
    response = search(client, q="digital resilience")
    first = response.context["results"].page.object_list[0]
    assert first.record.get_absolute_url() == f"/statements/{STATEMENT_2017}/#p30"
    html = response.content.decode()
    assert (
        f'<a href="/statements/{STATEMENT_2017}/#p30">'
        "2017 APEC Small and Medium Enterprises Ministerial Meeting, paragraph 30</a>"
    ) in html
    assert first.record.section.heading in html


def test_quoted_phrase_finds_only_the_words_side_by_side(client, demo):
    response = search(client, q='"digital resilience"')
    # Paragraphs 15, 20, 21, 29 and the O2O initiative have both words, but apart.
    assert hits(response) == [("paragraph", 2017, 30), ("paragraph", 2017, 31)]


def test_or_finds_records_with_either_phrase(client, demo):
    response = search(client, q='"business continuity" or "digital resilience"')
    assert hits(response) == [
        ("paragraph", 2017, 30),
        ("paragraph", 2017, 31),
        ("paragraph", 2014, 19),
        ("paragraph", 2014, 12),
        ("paragraph", 2014, 7),
    ]


def test_minus_excludes_records_with_the_word(client, demo):
    response = search(client, q="resilience -digital")
    assert sorted(hits(response)) == [
        ("paragraph", 2014, 5),
        ("paragraph", 2014, 7),
        ("paragraph", 2014, 12),
        ("paragraph", 2014, 33),
    ]


def test_words_find_their_other_forms(client, demo):
    response = search(client, q="innovate")
    assert counts(response) == {"paragraph": 30, "initiative": 6, "event": 7}
    assert hits(response)[0] == ("initiative", "apec-local-innovation-ecosystem-initiative")


def test_titles_weigh_more_than_body_text(client):
    in_title = InitiativeFactory(title="Cybersecurity for SMEs", introduction="A programme.")
    in_text = InitiativeFactory(title="SME programme", introduction="It covers cybersecurity.")
    response = search(client, q="cybersecurity")
    assert hits(response) == [("initiative", in_title.slug), ("initiative", in_text.slug)]


# --- highlighting ---------------------------------------------------------------------------


def test_excerpt_wraps_the_matched_words_in_mark(client, demo):
    response = search(client, q="digital resilience")
    second = response.context["results"].page.object_list[1]
    assert second.excerpt == (
        "Recognizing that providing training for SMEs on the importance of "
        "<mark>digital</mark> <mark>resilience</mark> and competitiveness is vital for the "
        "survival of SMEs, we call for more joint efforts to promote the participation of 5 "
        "serial APEC SME <mark>Digital</mark> <mark>Resilience</mark> Training Workshops …"
    )
    assert second.excerpt in response.content.decode()


def test_initiative_title_highlights_matches(client):
    InitiativeFactory(title="Digital Skills Initiative")
    response = search(client, q="digital")
    assert response.context["results"].page.object_list[0].title == (
        "<mark>Digital</mark> Skills Initiative"
    )


def test_excerpt_escapes_the_record_text_and_drops_tags(client):
    ParagraphFactory(text="Ministers <script>alert(1)</script> welcomed R&D < 5% on cybersecurity.")
    response = search(client, q="cybersecurity")
    excerpt = response.context["results"].page.object_list[0].excerpt
    assert excerpt == (
        "Ministers  alert(1)  welcomed R&amp;D &lt; 5% on <mark>cybersecurity</mark>"
    )
    assert "<script>" not in response.content.decode()


# --- edits change what finds a record ---------------------------------------------------------


def test_editing_a_paragraph_in_the_admin_changes_what_finds_it(client, demo, admin_user):
    statement = Statement.objects.get(slug=STATEMENT_2017)
    url = f"/admin/statements/statement/{statement.pk}/change/"
    client.force_login(admin_user)
    data = change_form_data(client.get(url))
    (text_key,) = [
        key.replace("-number", "-text")
        for key, value in data.items()
        if key.startswith("paragraphs-") and key.endswith("-number") and value == "30"
    ]
    data[text_key] = "We call for work on quantum cryptography for SMEs."
    response = client.post(url, data)
    assert response.status_code == 302
    client.logout()
    assert hits(search(client, q="quantum cryptography")) == [("paragraph", 2017, 30)]
    assert hits(search(client, q='"digital resilience"')) == [("paragraph", 2017, 31)]
    # The new words join the spelling vocabulary at once.
    assert search(client, q="cryptograpy").context["results"].suggestion == "cryptography"


def test_editing_an_initiative_title_changes_what_finds_it(client):
    initiative = InitiativeFactory(title="Export Readiness Initiative")
    assert hits(search(client, q="export")) == [("initiative", initiative.slug)]
    initiative.title = "Market Readiness Initiative"
    initiative.save()
    assert hits(search(client, q="export")) == []
    assert hits(search(client, q="market readiness")) == [("initiative", initiative.slug)]


# --- spelling suggestions -----------------------------------------------------------------------


def test_misspelt_word_gets_a_suggestion_from_the_corpus(client, demo):
    # Searched as typed (the "search instead for" link), nothing matches: a suggestion.
    response = search(client, q="resilence", as_typed="1")
    assert response.status_code == 200
    assert hits(response) == []
    assert response.context["results"].suggestion == "resilience"
    assert response.context["results"].corrected_from == ""
    assert 'Did you mean <a href="?q=resilience">resilience</a>?' in response.content.decode()


def test_suggestion_replaces_only_the_unknown_word_and_keeps_the_syntax(client, demo):
    response = search(client, q='"digital resilence" -cyber')
    assert response.context["results"].suggestion == '"digital resilience" -cyber'


def test_suggestion_never_offers_a_word_only_drafts_use(client, admin_user):
    InitiativeFactory(title="Xylophone Initiative", publication_status="draft")
    assert search(client, q="xylophne").context["results"].suggestion == ""
    client.force_login(admin_user)
    assert search(client, q="xylophne").context["results"].suggestion == "xylophone"


def test_query_of_only_common_words_says_so(client, demo):
    response = search(client, q="the and")
    assert response.status_code == 200
    assert response.context["results"].only_common_words is True
    assert "Words as common as “the” or “and” are left out" in response.content.decode()


def test_vocabulary_gathers_words_of_new_and_edited_records():
    event = EventFactory(title="Hackathon for SMEs", summary="", city="Lima")
    assert set(SearchWord.objects.filter(word__in=["hackathon", "lima", "smes"])) == {
        SearchWord(word="hackathon"),
        SearchWord(word="lima"),
        SearchWord(word="smes"),
    }
    event.summary = "Teams built prototypes."
    event.save()
    assert SearchWord.objects.filter(word__in=["teams", "built", "prototypes"]).count() == 3


# --- filters and pagination ---------------------------------------------------------------------


def test_type_filter_keeps_the_query_and_the_counts_of_every_type(client, demo):
    response = search(client, q="digital resilience", type="initiative")
    assert hits(response) == [("initiative", "apec-sme-online-to-offline-o2o-initiative")]
    assert counts(response) == {"paragraph": 6, "initiative": 1, "event": 0}
    html = response.content.decode()
    assert '<a href="?q=digital+resilience&amp;type=paragraph">Statement paragraphs' in html


def test_year_filter_finds_only_that_years_records(client, demo):
    response = search(client, q="resilience", year="2014")
    assert sorted(hits(response)) == [
        ("paragraph", 2014, 5),
        ("paragraph", 2014, 7),
        ("paragraph", 2014, 12),
        ("paragraph", 2014, 33),
    ]


def test_economy_filter_accepts_any_case_and_covers_co_hosts(client):
    hosted = EventFactory(title="Fintech forum", host=economy("PHL"))
    co_hosted = EventFactory(title="Fintech summit", host=economy("JPN"), co_hosts=[economy("PHL")])
    EventFactory(title="Fintech workshop", host=economy("JPN"))
    proposed = InitiativeFactory(title="Fintech initiative", proposer=economy("PHL"))
    response = search(client, q="fintech", economy="phl")
    assert response.status_code == 200
    assert sorted(hits(response)) == sorted(
        [("event", hosted.slug), ("event", co_hosted.slug), ("initiative", proposed.slug)]
    )


def test_pagination_keeps_the_query_and_splits_pages_of_twenty(client):
    for number in range(1, 26):
        ParagraphFactory(number=number, text=f"Paragraph {number} is about cybersecurity.")
    first = search(client, q="cybersecurity")
    assert len(first.context["results"].page.object_list) == 20
    assert '<a href="?q=cybersecurity&amp;page=2" rel="next">' in first.content.decode()
    second = search(client, q="cybersecurity", page="2")
    assert len(second.context["results"].page.object_list) == 5
    assert set(hits(first)).isdisjoint(hits(second))


def test_drafts_are_found_only_by_staff(client, admin_user):
    statement_draft = ParagraphFactory(
        text="Draft words on cybersecurity.", statement__publication_status="draft"
    )
    InitiativeFactory(title="Cybersecurity draft", publication_status="draft")
    assert hits(search(client, q="cybersecurity")) == []
    client.force_login(admin_user)
    assert sorted(h[0] for h in hits(search(client, q="cybersecurity"))) == [
        "initiative",
        "paragraph",
    ]
    assert Statement.objects.get(pk=statement_draft.statement_id).publication_status == "draft"


# --- bad and odd input ---------------------------------------------------------------------------


def test_empty_query_shows_guidance(client):
    response = search(client, q="   ")
    assert response.status_code == 200
    assert response.context["results"] is None
    assert "How to search" in response.content.decode()
    assert client.get("/search/").status_code == 200


def test_query_over_200_characters_is_a_400_with_a_clear_message(client):
    response = search(client, q="a" * 201)
    assert response.status_code == 400
    assert response.context["form"].errors["q"] == [
        "Searches are limited to 200 characters (this one has 201). "
        "Shorten it to the words that matter most."
    ]
    assert search(client, q="a" * 200).status_code == 200


@pytest.mark.parametrize("text", ["!!!", "'", "&|", "(((", '"', "-", ":*", "—", "<>", "\\"])
def test_punctuation_only_query_is_a_400(client, text):
    response = search(client, q=text)
    assert response.status_code == 400
    assert response.context["form"].errors["q"] == [
        "Punctuation alone cannot be searched: type at least one word or number."
    ]


def test_exclusions_only_query_is_a_400(client):
    response = search(client, q="-digital -resilience")
    assert response.status_code == 400
    assert response.context["form"].errors["q"] == [
        "Say what to look for, not only what to leave out: add a word without a minus sign."
    ]


@pytest.mark.parametrize(
    "text",
    [
        "digital &",
        "digital | resilience",
        "!digital",
        "a:b",
        "digital:*",
        "o'reilly",
        '"unclosed phrase',
        "(digital) <-> resilience",
        "or",
        "or or or",
        "the",
        "SELECT * FROM statements_paragraph;--",
        "数字化",
        "digital -",
    ],
)
def test_odd_queries_never_raise(client, demo, text):
    response = search(client, q=text)
    assert response.status_code == 200
    assert response.context["results"].text == text


def test_nul_character_is_a_400(client):
    response = search(client, q="digital\x00resilience")
    assert response.status_code == 400
    assert response.context["form"].errors["q"] == ["Null characters are not allowed."]


@pytest.mark.parametrize(
    ("params", "field", "message"),
    [
        ({"year": "abc"}, "year", "Enter a year as four digits, e.g. 2017."),
        ({"year": "1800"}, "year", "Ensure this value is greater than or equal to 1989."),
        (
            {"economy": "XXX"},
            "economy",
            "Select a valid choice. XXX is not one of the available choices.",
        ),
        (
            {"type": "statement"},
            "type",
            "Select a valid choice. statement is not one of the available choices.",
        ),
    ],
)
def test_invalid_filters_are_a_400_naming_the_field(client, params, field, message):
    response = search(client, q="digital", **params)
    assert response.status_code == 400
    assert response.context["form"].errors == {field: [message]}


def test_a_parameter_given_twice_is_a_400(client):
    response = client.get("/search/?q=digital&q=resilience")
    assert response.status_code == 400
    assert response.context["form"].errors == {"q": ["Give “Search for” only once."]}


@pytest.mark.parametrize("page", ["0", "-1", "abc", "1.5", "", ["1", "2"]])
def test_invalid_page_number_is_a_400(client, page):
    response = search(client, q="digital", page=page)
    assert response.status_code == 400
    assert response.context["error"] == "Give the page number once, as a whole number from 1 up."


def test_page_past_the_end_is_a_404_with_a_message(client):
    InitiativeFactory(title="Digital Initiative")
    response = search(client, q="digital", page="2")
    assert response.status_code == 404
    assert response.context["error"] == "There is no page 2 of results for this search."


# --- the header box ----------------------------------------------------------------------------------


def test_every_page_header_has_the_search_box(client, demo):
    for url in ["/", "/initiatives/", "/events/", "/statements/", f"/statements/{STATEMENT_2014}/"]:
        html = client.get(url).content.decode()
        assert (
            '<form class="header-search" action="/search/" method="get" role="search" '
            'aria-label="Site">'
        ) in html
        assert '<label for="site-search" class="visually-hidden">Search the portal</label>' in html


def test_rebuilding_the_vocabulary_drops_words_no_record_uses_any_more():
    initiative = InitiativeFactory(title="Blockchain pilots", introduction="")
    initiative.title = "Ledger pilots"
    initiative.save()
    assert SearchWord.objects.filter(word__in=["blockchain", "ledger"]).count() == 2
    out = StringIO()
    call_command("rebuild_search_words", "--dry-run", stdout=out)
    assert SearchWord.objects.filter(word="blockchain").exists()
    call_command("rebuild_search_words", stdout=out)
    assert list(
        SearchWord.objects.filter(word__in=["blockchain", "ledger"]).values_list("word", flat=True)
    ) == ["ledger"]
