"""Issue 25, translations in the API and the dataset: `/api/v1/<list>/?lang=es` adds the
translations beside the English as the exports do (the same code: `core.exports`), the
dataset file holds every translation column, and nothing an Editor has not had published
(a draft's translation, a translation waiting for review) reaches either, caches on."""

import json

import pytest

from tests.core.test_desk import propose
from tests.factories import EventFactory, InitiativeFactory, economy, theme

pytestmark = pytest.mark.django_db


@pytest.fixture
def translated():
    innovation = theme("innovation")
    innovation.name_es = "Innovación"
    innovation.save()
    event = EventFactory(
        title="Digital trade forum",
        slug="digital-trade-forum",
        title_es="Foro de comercio digital",
        summary_es="Pagos electrónicos.",
        host=economy("THA"),
        themes=[innovation],
    )
    initiative = InitiativeFactory(
        title="SME finance", slug="sme-finance", title_ja="中小企業金融", themes=[innovation]
    )
    return event, initiative


def results(client, name, **query):
    response = client.get(f"/api/v1/{name}/", query)
    assert response.status_code == 200, response.content
    return {item["slug"]: item for item in response.json()["results"]}


def test_lang_adds_the_translations_beside_the_english(client, translated):
    event = results(client, "events", lang="es")["digital-trade-forum"]
    assert event["title"] == "Digital trade forum"
    assert event["title_es"] == "Foro de comercio digital"
    assert event["summary_es"] == "Pagos electrónicos."
    assert event["host_economy"] == {"code": "THA", "name": "Thailand", "name_es": "Tailandia"}
    assert event["themes"] == [
        {"slug": "innovation", "name": "Innovation", "name_es": "Innovación"}
    ]
    # Without lang: English only, as before.
    event = results(client, "events")["digital-trade-forum"]
    assert "title_es" not in event and "name_es" not in event["host_economy"]
    # Another language: its own keys, empty where there is no translation yet.
    initiative = results(client, "initiatives", lang="ja")["sme-finance"]
    assert initiative["title_ja"] == "中小企業金融"
    assert initiative["subtitle_ja"] == ""
    assert initiative["themes"][0]["name_ja"] == ""
    event = results(client, "events", lang="zh-hans")["digital-trade-forum"]
    assert event["title_zh_hans"] == "" and event["host_economy"]["name_zh_hans"] == "泰国"


def test_the_api_and_the_json_export_give_the_same_translated_record(client, translated):
    api = results(client, "events", lang="es")["digital-trade-forum"]
    export = client.get("/events/", {"format": "json", "lang": "es"}).json()["results"]
    assert [api] == [item for item in export if item["slug"] == "digital-trade-forum"]


@pytest.mark.parametrize("lang", ["xx", "en", ""])
def test_an_unknown_lang_is_a_400_under_its_name(client, lang):
    # Empty too, as for the exports (the same code reads it): English needs no lang.
    response = client.get("/api/v1/events/", {"lang": lang})
    assert response.status_code == 400
    assert "zh-hans" in response.json()["errors"]["lang"][0]
    response = client.get("/api/v1/events/?lang=es&lang=ja")
    assert response.status_code == 400
    assert response.json()["errors"]["lang"] == ["Give lang only once."]


def test_the_openapi_document_offers_lang(client):
    document = client.get("/api/v1/openapi.json").json()
    parameters = document["paths"]["/api/v1/events/"]["get"]["parameters"]
    lang = next(parameter for parameter in parameters if parameter["name"] == "lang")
    assert "title_es" in lang["description"]
    assert "zh-hans" in json.dumps(lang["schema"])


def test_lang_costs_no_query(client, translated, django_assert_num_queries):
    # The content token, the count, the page, co-hosts, themes: as without lang.
    with django_assert_num_queries(5):
        assert client.get("/api/v1/events/", {"lang": "es"}).status_code == 200


def test_an_editors_translation_never_reaches_the_api_or_the_dataset_with_caches_on(
    client, editor_client, caches_on, translated
):
    event, _initiative = translated
    EventFactory(title="Draft forum", title_es="Foro confidencial", publication_status="draft")
    # Read once, so that the caches hold the answers before the Editor's change.
    assert results(client, "events", lang="es")["digital-trade-forum"]["title_es"] == (
        "Foro de comercio digital"
    )
    # An Editor's change to a published record waits for a Publisher.
    propose(editor_client, event, title_es="Foro secreto de borrador")
    for reader in (client, editor_client):
        for _ in range(2):  # the second answer comes from the cache
            body = reader.get("/api/v1/events/", {"lang": "es"}).content.decode()
            assert "Foro de comercio digital" in body
            assert "secreto" not in body and "confidencial" not in body
    dataset = b"".join(client.get("/data/dataset.json").streaming_content).decode()
    assert "Foro de comercio digital" in dataset
    assert "secreto" not in dataset and "confidencial" not in dataset


def test_the_dataset_holds_every_translation_column(client, translated):
    records = json.loads(b"".join(client.get("/data/dataset.json").streaming_content))
    event = next(r for r in records if r["model"] == "events.event")
    assert event["fields"]["title_es"] == "Foro de comercio digital"
    assert event["fields"]["title_zh_hans"] == ""
    thailand = next(r for r in records if r["model"] == "initiatives.economy" and r["pk"] == "THA")
    assert thailand["fields"]["name_th"] == "ไทย"
    innovation = next(
        r
        for r in records
        if r["model"] == "initiatives.theme" and r["fields"]["slug"] == "innovation"
    )
    assert innovation["fields"]["name_es"] == "Innovación"
