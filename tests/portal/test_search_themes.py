"""Issue 25, "economy and theme names in every language find their records": a theme's
name in English or in any of the portal's languages, typed in a search, finds the
events and initiatives classified under it, as an economy's names find the economy's."""

import pytest
from django.core.cache import caches

from apec_portal.search import ThemeNames, read_query
from tests.factories import (
    EventFactory,
    InitiativeFactory,
    ParagraphFactory,
    StatementFactory,
    economy,
    theme,
)

pytestmark = pytest.mark.django_db

NAMES = {
    "es": "Transformación digital",
    "zh_hans": "数字化转型",
    "zh_hant": "數位轉型",
    "th": "การเปลี่ยนผ่านสู่ดิจิทัล",
    "ru": "Цифровая трансформация",
}


@pytest.fixture
def digital():
    """The theme with names in five languages, an event and an initiative classified under
    it whose texts never name it in any language, and records of other themes."""
    digital = theme("digital-transformation")
    for language, name in NAMES.items():
        setattr(digital, f"name_{language}", name)
    digital.save()
    event = EventFactory(
        title="Regional forum", summary="Talks.", host=economy("THA"), themes=[digital]
    )
    initiative = InitiativeFactory(title="Programme", introduction="Work.", themes=[digital])
    EventFactory(title="Other forum", summary="Talks.", themes=[theme("finance")])
    InitiativeFactory(title="Other programme", introduction="Work.", themes=[theme("finance")])
    return digital, event, initiative


def found(client, query, prefix=""):
    response = client.get(f"{prefix}/search/", {"q": query})
    assert response.status_code == 200
    return {hit.record for hit in response.context["results"].page.object_list}


@pytest.mark.parametrize(
    ("prefix", "query"),
    [
        ("", "Digital transformation"),
        ("/es", "Transformación digital"),
        ("/es", "transformación digital"),
        ("/zh-hans", "数字化转型"),
        ("/zh-hant", "數位轉型"),
        ("/th", "การเปลี่ยนผ่านสู่ดิจิทัล"),
        ("/ru", "цифровая трансформация"),
        # A theme's name finds its records from a page in any language.
        ("", "数字化转型"),
        ("/ja", "Transformación digital"),
    ],
)
def test_a_themes_name_in_every_language_finds_its_events_and_initiatives(
    client, digital, prefix, query
):
    _theme, event, initiative = digital
    assert found(client, query, prefix) == {event, initiative}


def test_other_words_narrow_a_theme_and_an_economy_narrows_it_too(client, digital):
    _theme, event, _initiative = digital
    # "Talks" is in the event's summary only; Thailand hosted only the event.
    assert found(client, "Transformación digital talks", "/es") == {event}
    assert found(client, "泰国 数字化转型", "/zh-hans") == {event}
    other = EventFactory(title="Thai fair", summary="Fair.", host=economy("THA"))
    # Thailand alone finds both of its events; with the theme, only the digital one.
    assert found(client, "ประเทศไทย", "/th") == {event, other}
    assert found(client, "ประเทศไทย การเปลี่ยนผ่านสู่ดิจิทัล", "/th") == {event}


def test_a_themes_name_finds_statement_paragraphs_only_with_other_words(client, digital):
    digital_theme = digital[0]
    statement = StatementFactory(title="Joint statement", meeting__summary="")
    statement.themes.set([digital_theme])
    paragraph = ParagraphFactory(statement=statement, text="Ministers met in the capital.")
    assert paragraph not in found(client, "Transformación digital", "/es")
    assert paragraph in found(client, "Transformación digital ministers", "/es")


def test_a_theme_name_is_read_whole_and_not_inside_quotes(digital):
    themes = [ThemeNames(digital[0].pk, "Digital transformation", list(NAMES.values()))]
    read = read_query("Transformación digital pagos", themes=themes)
    assert [mention.name for mention in read.themes] == ["Digital transformation"]
    assert read.rest == "pagos"
    assert read_query('"Transformación digital"', themes=themes).themes == ()
    assert read_query("transformación", themes=themes).themes == ()


def test_a_renamed_theme_is_found_by_its_new_name(client, digital):
    digital_theme, event, initiative = digital
    digital_theme.name_es = "Digitalización"
    digital_theme.save()
    assert found(client, "Digitalización", "/es") == {event, initiative}
    assert found(client, "Transformación digital", "/es") == set()


def test_theme_names_cost_no_query(client, digital, django_assert_num_queries):
    # Economies and themes for the query (one query), counts per type, the ranked page,
    # the page's events, the page's initiatives.
    with django_assert_num_queries(5):
        response = client.get("/es/search/", {"q": "Transformación digital"})
    assert len(response.context["results"].page.object_list) == 2
    assert 'name="economy"' in response.content.decode()


def test_a_draft_classified_under_a_theme_never_reaches_an_anonymous_reader(
    client, publisher_client, digital, settings
):
    settings.QUERY_CACHE_SECONDS = 300
    settings.PAGE_CACHE_SECONDS = 300
    caches[settings.PAGE_CACHE_ALIAS].clear()
    digital_theme, event, initiative = digital
    draft = EventFactory(
        title="Draft forum", summary="Talks.", publication_status="draft", themes=[digital_theme]
    )
    assert draft in found(publisher_client, "数字化转型", "/zh-hans")
    assert found(client, "数字化转型", "/zh-hans") == {event, initiative}
    response = client.get("/zh-hans/search/", {"q": "数字化转型", "format": "csv"})
    assert "Draft forum" not in b"".join(response.streaming_content).decode()


def test_the_search_download_reads_theme_names_too(client, digital):
    response = client.get("/es/search/", {"q": "Transformación digital", "format": "csv"})
    body = b"".join(response.streaming_content).decode()
    assert "Regional forum" in body and "Programme" in body and "Other forum" not in body


def test_the_search_forms_economies_are_named_and_sorted_in_the_pages_language(client):
    options = client.get("/zh-hans/search/").context["form"].fields["economy"].choices
    names = [name for code, name in options if code]
    # Pinyin order (Àodàlìyà, Bābùyà Xīn Jǐnèiyà, Dàhán Mínguó, ...), not the English one.
    assert names[:3] == ["澳大利亚", "巴布亚新几内亚", "大韩民国"]
    options = client.get("/search/").context["form"].fields["economy"].choices
    assert [name for code, name in options if code][:2] == ["Australia", "Brunei Darussalam"]


def test_a_renamed_theme_is_read_by_its_new_name_with_the_caches_on(client, digital, caches_on):
    """The economy and theme names the search form reads are kept per content token and
    language (apec_portal/forms.py): a renamed theme is read by its new name at once."""
    digital_theme, event, initiative = digital
    assert found(client, "Transformación digital", "/es") == {event, initiative}
    digital_theme.name_es = "Digitalización"
    digital_theme.save()
    assert found(client, "Digitalización", "/es") == {event, initiative}
    assert found(client, "Transformación digital", "/es") == set()
