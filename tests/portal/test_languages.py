"""Issue 25: every page in every language at its own address, with `lang`, the hreflang
alternates and the switcher; the choice remembered; caches kept apart per language."""

import re

import pytest
from django.conf import settings
from django.core.cache import caches
from django.utils import translation

pytestmark = pytest.mark.django_db

CODES = [code for code, _ in settings.LANGUAGES]
OTHER_CODES = CODES[1:]

# One of every page type a reader reaches (English addresses).
PAGES = [
    "/",
    "/initiatives/",
    "/initiatives/apec-local-innovation-ecosystem-initiative/",
    "/events/",
    "/events/?year=2019&economy=phl",
    "/events/apec-local-innovation-ecosystem-forum-philippines-2019/",
    "/statements/",
    "/statements/2017-apec-small-and-medium-enterprises-ministerial-meeting/",
    "/economies/",
    "/economies/twn/",
    "/economies/co-hosting/",
    "/search/",
    "/search/?q=Viet+Nam",
    "/data/",
    "/about/",
    "/accessibility/",
    "/privacy/",
    "/contact/",
]


def prefixed(path, code):
    return path if code == "en" else f"/{code}{path}"


def alternates(html):
    return re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', html)


@pytest.mark.parametrize("code", CODES)
def test_every_page_type_answers_in_every_language_with_lang_alternates_and_switcher(
    client, demo, code
):
    for path in PAGES:
        response = client.get(prefixed(path, code))
        assert response.status_code == 200, (code, path)
        html = response.content.decode()
        assert f'<html lang="{code}">' in html, (code, path)
        assert response["Content-Language"] == code
        expected = [(other, f"http://testserver{prefixed(path, other)}") for other in CODES]
        expected.append(("x-default", f"http://testserver{path}"))
        assert alternates(html.replace("&amp;", "&")) == expected, (code, path)
        # The switcher: one link per language, to this page (and its query) in it.
        switcher = re.findall(r'<a href="/language/([^/]+)/\?next=([^"]+)" hreflang', html)
        assert [other for other, _ in switcher] == CODES, (code, path)
        assert (
            f'aria-current="true" rel="alternate nofollow">{dict(settings.LANGUAGES)[code]}<'
            in (html)
        )


def test_english_stays_at_todays_addresses_and_an_unknown_prefix_is_a_404(client, demo):
    assert client.get("/events/").status_code == 200
    assert client.get("/en/events/").status_code == 404
    assert client.get("/xx/events/").status_code == 404


def test_choosing_a_language_keeps_the_page_and_its_query_and_is_remembered(client, demo):
    response = client.get("/language/es/?next=/ru/events/%3Fyear%3D2019%26economy%3Dphl")
    assert response.status_code == 302
    assert response["Location"] == "/es/events/?year=2019&economy=phl"
    assert response.cookies["portal_language"].value == "es"

    # Coming back to an English address, the reader is sent to the same page in Spanish.
    again = client.get("/initiatives/?theme=innovation")
    assert again.status_code == 302
    assert again["Location"] == "/es/initiatives/?theme=innovation"
    assert "Cookie" in again["Vary"]
    # Addresses outside the pages keep their one language.
    assert client.get("/healthz").status_code == 200
    assert client.get("/robots.txt").status_code == 200

    # Choosing English again: English addresses stay English.
    back = client.get("/language/en/?next=/es/initiatives/%3Ftheme%3Dinnovation")
    assert back["Location"] == "/initiatives/?theme=innovation"
    assert client.get("/initiatives/?theme=innovation").status_code == 200


@pytest.mark.parametrize(
    ("address", "location"),
    [
        ("/language/ja/?next=https://elsewhere.example/", "/ja/"),
        ("/language/ja/?next=//elsewhere.example/", "/ja/"),
        ("/language/ja/", "/ja/"),
        ("/language/ja/?next=/admin/", "/admin/"),
    ],
)
def test_the_switcher_never_leaves_the_site(client, address, location):
    response = client.get(address)
    assert response.status_code == 302
    assert response["Location"] == location


def test_an_unknown_language_is_a_400(client):
    response = client.get("/language/xx/?next=/")
    assert response.status_code == 400
    assert response.content.decode() == "Unknown language."
    assert "portal_language" not in response.cookies


def test_the_admin_follows_the_readers_chosen_language(editor_client):
    editor_client.cookies["portal_language"] = "es"
    response = editor_client.get("/admin/")
    assert response.status_code == 200
    assert '<html lang="es"' in response.content.decode()
    assert response["Content-Language"] == "es"
    editor_client.cookies["portal_language"] = "en"
    response = editor_client.get("/admin/", HTTP_ACCEPT_LANGUAGE="ru")
    assert '<html lang="en"' in response.content.decode()
    del editor_client.cookies["portal_language"]
    response = editor_client.get("/admin/", HTTP_ACCEPT_LANGUAGE="ru")
    assert '<html lang="ru"' in response.content.decode()


def test_caches_keep_each_language_apart(client, demo, caches_on):
    english = client.get("/events/?year=2019")
    spanish = client.get("/es/events/?year=2019")
    assert english["X-Page-Cache"] == "miss" and spanish["X-Page-Cache"] == "miss"
    assert '<html lang="en">' in english.content.decode()
    assert '<html lang="es">' in spanish.content.decode()
    again = client.get("/es/events/?year=2019")
    assert again["X-Page-Cache"] == "hit"
    assert again.content == spanish.content
    # The filter panel, kept in the query cache, is kept once per language.
    caches[settings.PAGE_CACHE_ALIAS].clear()
    japanese = client.get("/ja/events/?year=2019")
    assert '<html lang="ja">' in japanese.content.decode()
    assert 'action="/ja/events/"' in japanese.content.decode()
    assert 'action="/es/events/"' not in japanese.content.decode()


def test_records_in_english_carry_a_visible_note_on_translated_pages(client, demo):
    initiative = "/initiatives/apec-local-innovation-ecosystem-initiative/"
    statement = "/statements/2017-apec-small-and-medium-enterprises-ministerial-meeting/"
    spanish = client.get(f"/es{initiative}").content.decode()
    assert (
        '<p class="language-note" role="note"><strong>Aún sin traducir.</strong> Este registro '
        "se muestra en inglés hasta que se publique una traducción.</p>"
    ) in spanish
    official = client.get(f"/ja{statement}").content.decode()
    assert "この声明は公式文書である英語で表示しています。" in official
    assert "Aún sin traducir" not in official and "未翻訳" not in official
    # English pages need no note.
    assert "language-note" not in client.get(initiative).content.decode()
    assert "language-note" not in client.get(statement).content.decode()


def event_results(client, query, code="en"):
    prefix = "" if code == "en" else f"/{code}"
    response = client.get(f"{prefix}/search/", {"q": query, "type": "event"})
    assert response.status_code == 200
    return sorted(hit.record.slug for hit in response.context["results"].page.object_list)


@pytest.mark.parametrize(
    ("query", "code"),
    [
        ("泰国", "zh-hans"),
        ("泰國", "zh-hant"),
        ("ประเทศไทย", "th"),
        ("ไทย", "th"),
        ("Tailandia", "es"),
    ],
)
def test_an_economy_named_in_another_language_finds_its_events(client, demo, query, code):
    thailand = event_results(client, "Thailand")
    assert thailand  # the demo content has events Thailand hosted or co-hosted
    assert event_results(client, query, code) == thailand
    # The language of the page does not matter: the name is known in every language.
    assert event_results(client, query) == thailand


def test_every_alias_finds_what_the_official_name_finds(client, demo):
    assert event_results(client, "Vietnam") == event_results(client, "Viet Nam")
    assert event_results(client, "Việt Nam", "vi") == event_results(client, "Viet Nam")
    assert event_results(client, "中华台北", "zh-hans") == event_results(client, "Chinese Taipei")


def test_event_dates_read_in_the_pages_language_and_exports_stay_english(client, demo):
    path = "/events/apec-local-innovation-ecosystem-forum-philippines-2019/"
    event = demo.event("apec-local-innovation-ecosystem-forum-philippines-2019")
    english = event.dates.text
    assert english in client.get(path).content.decode()
    spanish = client.get(f"/es{path}").content.decode()
    with translation.override("es"):
        spanish_text = event.dates.text
    assert spanish_text != english and " de " in spanish_text
    assert spanish_text in spanish and english not in spanish
    # The list's CSV asked for from a Spanish page keeps English values (kind labels).
    response = client.get("/es/events/", {"format": "csv"})
    csv_text = b"".join(response.streaming_content).decode()
    assert ",forum,Forum," in csv_text and "Foro" not in csv_text
