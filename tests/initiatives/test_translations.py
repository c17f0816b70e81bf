"""Issue 25, item 3: translated record content, edited in the admin beside the English,
reviewed like any change, and shown on the pages of its language (core/translation.py)."""

import pytest
from reversion.models import Version

from core.models import PendingChange
from core.translation import LANGUAGES, column, translated, translation_columns
from events.models import Event
from initiatives.models import Economy, Initiative
from tests.admin_forms import change_form_data
from tests.factories import EventFactory, InitiativeFactory, economy, theme

pytestmark = pytest.mark.django_db

NOTE = "Aún sin traducir."  # "Not yet translated." in Spanish
SPANISH = "Pymes digitales en la región"


def change_url(record):
    opts = record._meta
    return f"/admin/{opts.app_label}/{opts.model_name}/{record.pk}/change/"


def review_url(record):
    opts = record._meta
    return f"/admin/{opts.app_label}/{opts.model_name}/{record.pk}/review/"


@pytest.fixture
def live(db):
    return InitiativeFactory(
        title="Digital SMEs in the region",
        slug="digital-smes",
        introduction="Helps small firms sell online.",
        proposer=economy("THA"),
        co_implementers=[economy("PHL")],
        themes=[theme("digital-transformation")],
    )


def test_every_translatable_field_has_a_column_per_language():
    assert LANGUAGES == ("zh-hans", "zh-hant", "es", "ru", "ja", "ko", "vi", "th", "id")
    assert column("title", "zh-hans") == "title_zh_hans"
    assert column("title", "en") == "title"
    assert list(Initiative.translated_fields) == ["title", "subtitle", "introduction"]
    assert list(Event.translated_fields) == ["title", "summary"]
    assert len(translation_columns(Initiative)) == 27
    assert {f.name for f in Initiative._meta.fields} >= {"title_es", "introduction_id"}


def test_each_economy_has_its_name_in_the_nine_languages():
    names = {e.code: e for e in Economy.objects.all()}
    assert len(names) == 21
    assert all(getattr(e, f"name_{s}") for e in names.values() for s in ("es", "zh_hans", "th"))
    assert names["THA"].name_es == "Tailandia"
    assert names["TWN"].name_zh_hans == "中华台北"
    assert names["KOR"].name_es == "República de Corea"
    assert translated(names["PHL"], "name", "ja") == "フィリピン"
    assert translated(names["PHL"], "name", "en") == "The Philippines"


def test_an_editors_spanish_title_waits_for_a_publisher(
    client, editor_client, publisher_client, live, caches_on
):
    # Staff look first, with every cache on.
    assert SPANISH not in editor_client.get("/es/initiatives/digital-smes/").content.decode()
    assert client.get("/es/initiatives/digital-smes/")["X-Page-Cache"] == "miss"

    data = change_form_data(editor_client.get(change_url(live)))
    assert data["title_es"] == ""
    data["title_es"] = SPANISH
    response = editor_client.post(change_url(live), data, follow=True)
    assert "waits for a Publisher's review" in str(next(iter(response.context["messages"])))
    live.refresh_from_db()
    assert live.title_es == ""
    assert PendingChange.objects.get().data["title_es"] == [SPANISH]

    # Nothing public changed: the page, the list, its cards, staff's view first.
    editor_client.get("/es/initiatives/")
    for path in ("/es/initiatives/digital-smes/", "/es/initiatives/", "/es/"):
        assert SPANISH not in client.get(path).content.decode(), path

    # The Publisher reads it in the review's diff, then publishes it.
    review = publisher_client.get(review_url(live))
    assert f"Title [es]: (empty) → “{SPANISH}”" in review.context["changes"]
    publisher_client.post(review_url(live), {"_publish": "1"})
    live.refresh_from_db()
    assert live.title_es == SPANISH
    assert Version.objects.get_for_object(live).first().field_dict["title_es"] == SPANISH

    page = client.get("/es/initiatives/digital-smes/").content.decode()
    assert f"<h1>{SPANISH}</h1>" in page
    listing = client.get("/es/initiatives/").content.decode()
    assert SPANISH in listing
    assert SPANISH not in client.get("/initiatives/").content.decode()


def test_a_translated_initiative_shows_spanish_and_the_note_only_where_english_shows(client, live):
    live.title_es = SPANISH
    live.save()
    page = client.get("/es/initiatives/digital-smes/").content.decode()
    assert f"<h1>{SPANISH}</h1>" in page
    assert f"<title>{SPANISH}" in page
    # The introduction has no Spanish yet: it shows in English, and the page says so.
    assert "Helps small firms sell online." in page
    assert NOTE in page and 'role="note"' in page

    live.introduction_es = "Ayuda a las pequeñas empresas a vender en línea."
    live.save()
    page = client.get("/es/initiatives/digital-smes/").content.decode()
    assert "Ayuda a las pequeñas empresas" in page
    assert "Helps small firms sell online." not in page
    assert NOTE not in page
    # Another language still lacks them.
    page = client.get("/ja/initiatives/digital-smes/").content.decode()
    assert "<h1>Digital SMEs in the region</h1>" in page
    assert 'class="language-note"' in page
    # English never shows a note.
    assert 'class="language-note"' not in client.get("/initiatives/digital-smes/").content.decode()


def test_an_objective_without_its_translation_keeps_the_note(client, live):
    live.title_es, live.introduction_es = SPANISH, "Ayuda."
    live.save()
    objective = live.objectives.create(position=1, text="Reach 100 SMEs.")
    assert NOTE in client.get("/es/initiatives/digital-smes/").content.decode()
    objective.text_es = "Llegar a 100 pymes."
    objective.save()
    page = client.get("/es/initiatives/digital-smes/").content.decode()
    assert "Llegar a 100 pymes." in page and NOTE not in page


def test_cards_and_facets_name_economies_and_themes_in_the_page_language(client, live):
    digital = theme("digital-transformation")
    digital.name_es = "Transformación digital"
    digital.save()
    listing = client.get("/es/initiatives/")
    page = listing.content.decode()
    assert "Propuesta por Tailandia" in page or "Tailandia" in page
    assert "Filipinas" in page and "Transformación digital" in page
    economies = {o.value: o.label for o in listing.context["facets"]["economy"]}
    assert economies["THA"] == "Tailandia"
    themes = {o.value: o.label for o in listing.context["facets"]["theme"]}
    assert themes["digital-transformation"] == "Transformación digital"
    english = client.get("/initiatives/")
    assert {o.value: o.label for o in english.context["facets"]["economy"]}["THA"] == "Thailand"
    assert "Tailandia" not in english.content.decode()

    assert "<h1>Tailandia</h1>" in client.get("/es/economies/tha/").content.decode()
    assert "<h1>泰国</h1>" in client.get("/zh-hans/economies/tha/").content.decode()


def test_event_cards_and_pages_show_the_translation(client):
    event = EventFactory(
        title="SME Digital Forum", slug="sme-digital-forum", host=economy("THA"), summary="About."
    )
    event.title_es, event.summary_es = "Foro digital de pymes", "Sobre el foro."
    event.save()
    page = client.get("/es/events/sme-digital-forum/").content.decode()
    assert "<h1>Foro digital de pymes</h1>" in page and NOTE not in page
    assert "Tailandia" in page
    listing = client.get("/es/events/").content.decode()
    assert "Foro digital de pymes" in listing and "SME Digital Forum" not in listing
    assert "SME Digital Forum" in client.get("/events/").content.decode()


def test_editing_a_translation_changes_the_cached_card_and_drafts_stay_out(
    client, editor_client, live, caches_on
):
    draft = InitiativeFactory(
        title="Hidden plan", slug="hidden-plan", publication_status="draft", title_es="Plan oculto"
    )
    # Staff first, then the public, with the query cache (cards) and page cache on.
    assert "Plan oculto" in editor_client.get("/es/initiatives/").content.decode()
    first = client.get("/es/initiatives/").content.decode()
    assert "Plan oculto" not in first and "Digital SMEs in the region" in first

    live.title_es = SPANISH
    live.save()
    editor_client.get("/es/initiatives/")
    listing = client.get("/es/initiatives/").content.decode()
    assert SPANISH in listing and "Plan oculto" not in listing
    assert "Plan oculto" not in client.get("/es/").content.decode()
    assert client.get("/es/initiatives/hidden-plan/").status_code == 404
    draft.refresh_from_db()


def export_body(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


def test_lang_exports_add_the_translations_beside_the_english(client, live):
    import csv
    import io
    import json

    live.title_es = SPANISH
    live.save()
    digital = theme("digital-transformation")
    digital.name_es = "Transformación digital"
    digital.save()
    event = EventFactory(title="SME Forum", slug="sme-forum", summary="About.", title_es="Foro")

    english = export_body(client.get("/initiatives/?format=csv"))
    rows = list(
        csv.DictReader(
            io.StringIO(export_body(client.get("/initiatives/?format=csv&lang=es")).decode())
        )
    )
    header = list(rows[0])
    assert header.index("title_es") == header.index("title") + 1
    assert header.index("subtitle_es") == header.index("subtitle") + 1
    assert header.index("themes_es") == header.index("themes") + 1
    assert header.index("proposer_economy_es") == header.index("proposer_economy") + 1
    row = rows[0]
    assert (row["title"], row["title_es"], row["subtitle_es"]) == (
        "Digital SMEs in the region",
        SPANISH,
        "",
    )
    assert (row["themes_es"], row["proposer_economy_es"]) == ("Transformación digital", "Tailandia")
    # Without lang: no added column, the English file as before.
    assert b"_es" not in english and b"Pymes" not in english

    data = json.loads(export_body(client.get("/initiatives/?format=json&lang=es")))["results"][0]
    keys = list(data)
    assert keys.index("title_es") == keys.index("title") + 1
    assert data["title_es"] == SPANISH and data["subtitle_es"] == ""
    assert data["themes"] == [
        {
            "slug": "digital-transformation",
            "name": "Digital transformation",
            "name_es": "Transformación digital",
        }
    ]
    plain = json.loads(export_body(client.get("/initiatives/?format=json")))["results"][0]
    assert "title_es" not in plain and "name_es" not in plain["themes"][0]

    events = list(
        csv.DictReader(io.StringIO(export_body(client.get("/events/?format=csv&lang=es")).decode()))
    )
    found = next(r for r in events if r["slug"] == event.slug)
    assert (found["title_es"], found["summary_es"]) == ("Foro", "")
    events = json.loads(export_body(client.get("/events/?format=json&lang=ja")))["results"]
    found = next(r for r in events if r["slug"] == event.slug)
    assert (found["title_ja"], found["summary_ja"]) == ("", "")


def test_the_admin_shows_each_languages_translations_beside_the_english(publisher_client, live):
    live.objectives.create(position=1, text="Reach 100 SMEs.")
    page = publisher_client.get(change_url(live)).content.decode()
    assert "Translation: Español (es)" in page and "Translation: 简体中文 (zh-hans)" in page
    assert 'name="title_es"' in page and 'name="introduction_zh_hans"' in page
    assert 'name="objectives-0-text_es"' in page
    # English first: the translations come after the last English field.
    assert page.index('name="title"') < page.index('name="title_es"')
    form = publisher_client.get(change_url(theme("digital-transformation"))).content.decode()
    assert 'name="name_ja"' in form and "Translation: 日本語 (ja)" in form
    # Economies are reference data Publishers view: their names in each language too.
    form = publisher_client.get(change_url(economy("THA"))).content.decode()
    assert "Translation: 日本語 (ja)" in form and "タイ" in form and "Tailandia" in form


def test_an_objectives_translation_is_proposed_with_the_record(
    editor_client, publisher_client, live
):
    live.objectives.create(position=1, text="Reach 100 SMEs.")
    data = change_form_data(editor_client.get(change_url(live)))
    data["objectives-0-text_es"] = "Llegar a 100 pymes."
    editor_client.post(change_url(live), data)
    assert live.objectives.get().text_es == ""
    publisher_client.post(review_url(live), {"_publish": "1"})
    assert live.objectives.get().text_es == "Llegar a 100 pymes."
