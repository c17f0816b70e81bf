"""Issue 25, "Search in every language": translated titles and summaries are searched with
each language's text-search configuration (or by trigram where words have no spaces),
the results say which language matched, and facet options sort as the page's language
sorts them."""

import pytest
from django.conf import settings
from django.core.cache import caches

from initiatives.models import Theme
from tests.factories import EventFactory, InitiativeFactory

pytestmark = pytest.mark.django_db


def hits(client, query, prefix="", **params):
    response = client.get(f"{prefix}/search/", {"q": query, **params})
    assert response.status_code == 200
    return response, response.context["results"].page.object_list


@pytest.fixture
def spanish_forum():
    return EventFactory(
        title="Digital trade forum for small firms",
        slug="digital-trade-forum",
        title_es="Foro de comercio digital para pymes",
        summary_es="Las pymes exportadoras debatieron sobre pagos electrónicos.",
    )


def test_a_spanish_title_is_found_from_the_spanish_and_the_english_search(client, spanish_forum):
    EventFactory(title="Unrelated workshop", title_es="Taller sin relación")
    # Spanish stemming: "foros" and "exportadora" find "Foro" and "exportadoras".
    response, found = hits(client, "foros exportadora", "/es")
    assert [hit.record for hit in found] == [spanish_forum]
    html = response.content.decode()
    # The Spanish page shows the Spanish title and excerpt, matches marked, and says nothing
    # about the language (it is the page's own).
    assert "<mark>Foro</mark> de comercio digital para pymes</a>" in html
    assert "<mark>exportadoras</mark> debatieron" in html
    assert 'class="matched-in"' not in html
    # From the English page: the English title, and which language matched.
    response, found = hits(client, "foros exportadora")
    assert [hit.record for hit in found] == [spanish_forum]
    html = response.content.decode()
    assert ">Digital trade forum for small firms</a>" in html
    assert '<p class="matched-in">Matched in Spanish</p>' in html
    # On a third language's page the note is in that language.
    response, _found = hits(client, "foros", "/ja")
    assert '<p class="matched-in">一致した言語：スペイン語</p>' in response.content.decode()
    # The lists' own word search finds it too.
    response = client.get("/events/", {"q": "foros"})
    assert [event.slug for event in response.context["page_obj"].object_list] == [
        "digital-trade-forum"
    ]


def test_english_and_a_translation_both_matching_are_both_named(client, spanish_forum):
    response, found = hits(client, "digital", "/ru")
    assert [hit.languages for hit in found] == [("en", "es")]
    assert "Совпадение: английский и испанский" in response.content.decode()


@pytest.mark.parametrize(
    ("field", "text", "query", "language", "name"),
    [
        # Russian and Indonesian stem their words.
        ("title_ru", "Форум по цифровой торговле", "форума", "ru", "Russian"),
        ("title_id", "Forum perdagangan digital", "dagang", "id", "Indonesian"),
        # Vietnamese: whole syllables, no stemming ("simple").
        ("title_vi", "Diễn đàn thương mại số", "thương mại", "vi", "Vietnamese"),
        # No word breaks: two characters (a common Chinese word) or a longer Thai word.
        ("title_zh_hans", "中小企业数字贸易论坛", "贸易", "zh-hans", "Chinese (Simplified)"),
        ("title_zh_hant", "中小企業數位貿易論壇", "貿易論壇", "zh-hant", "Chinese (Traditional)"),
        ("title_ja", "中小企業デジタル貿易フォーラム", "フォーラム", "ja", "Japanese"),
        ("title_ko", "중소기업 디지털 무역 포럼을", "포럼", "ko", "Korean"),
        ("title_th", "เวทีการค้าดิจิทัลสำหรับเอสเอ็มอี", "การค้าดิจิทัล", "th", "Thai"),
    ],
)
def test_each_language_finds_its_own_words(client, field, text, query, language, name):
    event = EventFactory(title="Unrelated English title", **{field: text})
    EventFactory(title="Another forum")
    response, found = hits(client, query)
    assert [hit.record for hit in found] == [event]
    assert [hit.languages for hit in found] == [(language,)]
    assert f'<p class="matched-in">Matched in {name}</p>' in response.content.decode()
    # On that language's page the title is the translation, its matched part marked.
    response, _found = hits(client, query, f"/{language}")
    html = response.content.decode()
    assert "<mark>" in html.split('class="search-results"', 1)[1]
    assert text.split()[0][:2] in html


def test_a_trigram_search_is_only_run_for_those_scripts_and_needs_every_term(client):
    event = EventFactory(title_zh_hans="中小企业数字贸易论坛")
    EventFactory(title_zh_hans="中小企业融资论坛")
    _response, found = hits(client, "数字 论坛")
    assert [hit.record for hit in found] == [event]
    _response, found = hits(client, "论坛")
    assert len(found) == 2
    # A Latin word never reads the trigram column (the text's "apec" is not matched there).
    EventFactory(title="Unrelated", title_zh_hans="APEC 中小企业论坛")
    _response, found = hits(client, "apec")
    assert all("en" in hit.languages for hit in found)


def test_searching_a_translation_runs_the_same_queries(client, django_assert_num_queries):
    EventFactory(title="Unrelated", title_es="Foro de comercio digital")
    EventFactory(title="Another", title_zh_hans="数字贸易论坛")
    # Economies for the filter, counts per type, the ranked page, the page's events.
    with django_assert_num_queries(4):
        response = client.get("/search/", {"q": "comercio"})
    assert len(response.context["results"].page.object_list) == 1
    with django_assert_num_queries(4):
        response = client.get("/zh-hans/search/", {"q": "贸易"})
    assert len(response.context["results"].page.object_list) == 1


def test_a_drafts_translation_never_reaches_an_anonymous_reader(client, publisher_client, settings):
    settings.QUERY_CACHE_SECONDS = 300
    settings.PAGE_CACHE_SECONDS = 300
    caches[settings.PAGE_CACHE_ALIAS].clear()
    EventFactory(title="Draft forum", title_es="Foro confidencial", publication_status="draft")
    _response, found = hits(publisher_client, "confidencial", "/es")
    assert [hit.record.title for hit in found] == ["Draft forum"]
    response, found = hits(client, "confidencial", "/es")
    assert found == []
    html = response.content.decode()
    assert "Foro confidencial" not in html and "Draft forum" not in html
    assert list(client.get("/events/", {"q": "confidencial"}).context["page_obj"].object_list) == []


def test_an_initiatives_translated_subtitle_and_introduction_are_searched(client):
    initiative = InitiativeFactory(
        title="Export readiness",
        subtitle_es="Preparación exportadora",
        introduction_es="Acompaña a las empresas en sus primeras ventas al exterior.",
    )
    _response, found = hits(client, "ventas exterior", "/es", type="initiative")
    assert [hit.record for hit in found] == [initiative]


def test_theme_options_sort_as_the_page_language_sorts_them(client):
    zeta = Theme.objects.create(name="Zeta economy", slug="zeta-economy")
    accented = Theme.objects.create(name="Ágil innovation", slug="agil-innovation")
    EventFactory(themes=[zeta, accented])

    def order(path):
        html = client.get(path).content.decode()
        return sorted(("zeta-economy", "agil-innovation"), key=lambda slug: html.index(slug))

    # The database's own order (code points: "Á" after "Z") stays for English ...
    assert order("/events/") == ["zeta-economy", "agil-innovation"]
    # ... and Spanish sorts "Á" with "A".
    assert order("/es/events/") == ["agil-innovation", "zeta-economy"]
    # A translated name is shown and sorted as the page shows it.
    zeta.name_es = "Acción zeta"
    zeta.save()
    caches[settings.PAGE_CACHE_ALIAS].clear()
    assert order("/es/events/") == ["zeta-economy", "agil-innovation"]


def test_two_character_terms_are_found_among_the_stored_pieces(client):
    from events.models import Event

    forum = EventFactory(title="Forum", title_zh_hans="数字贸易论坛", summary_ja="タイの中小企業")
    EventFactory(title="Other", title_zh_hans="贸易 论坛")  # the two words apart
    stored = Event.objects.values_list("search_bigrams", flat=True).get(pk=forum.pk)
    assert {"数字", "贸易", "论坛", "タイ"} <= set(stored)
    assert not any(" " in piece for piece in stored)
    _response, found = hits(client, "易论", "/zh-hans")  # two characters across two words
    assert [hit.record for hit in found] == [forum]
    _response, found = hits(client, "タイ", "/ja")
    assert [hit.record for hit in found] == [forum]
    # One character: no index, still found.
    _response, found = hits(client, "论", "/zh-hans")
    assert len(found) == 2
    # An untranslated record has no pieces.
    plain = EventFactory(title="Plain")
    assert Event.objects.values_list("search_bigrams", flat=True).get(pk=plain.pk) is None
