"""Issue 25, step 6: exports keep English values and add economy and theme names, titles and
summaries in another language only when asked with `?lang=<code>`; a bad `lang` is a 400
that says what to give."""

import csv
import io
import json

import pytest

pytestmark = pytest.mark.django_db


def body(response):
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content


def rows(response):
    return list(csv.DictReader(io.StringIO(body(response).decode("utf-8"))))


def test_events_csv_adds_spanish_economy_names_beside_the_english(client, demo):
    response = client.get("/events/?format=csv&economy=phl&lang=es")
    assert response.status_code == 200
    found = rows(response)
    assert found
    header = list(found[0])
    assert header.index("host_economy_es") == header.index("host_economy") + 1
    assert header.index("co_host_economies_es") == header.index("co_host_economies") + 1
    hosted = [row for row in found if row["host_economy_code"] == "PHL"]
    assert hosted and all(row["host_economy"] == "The Philippines" for row in hosted)
    assert all(row["host_economy_es"] == "Filipinas" for row in hosted)
    for row in found:
        codes = row["co_host_economy_codes"].split("; ") if row["co_host_economy_codes"] else []
        names = row["co_host_economies_es"].split("; ") if codes else []
        assert len(names) == len(codes)


def test_without_lang_the_file_is_the_english_one_byte_for_byte(client, demo):
    english = body(client.get("/events/?format=csv&year=2019"))
    spanish = body(client.get("/events/?format=csv&year=2019&lang=es"))
    assert b"_es" not in english.split(b"\r\n")[0]
    # Dropping the added columns from the Spanish file gives the English file exactly.
    reader = csv.reader(io.StringIO(spanish.decode("utf-8"), newline=""))
    header = next(reader)
    keep = [i for i, name in enumerate(header) if not name.endswith("_es")]
    # title_es, host_economy_es, co_host_economies_es, initiative_es, themes_es, summary_es.
    assert len(keep) == len(header) - 6
    out = io.StringIO(newline="")
    writer = csv.writer(out)
    writer.writerow([header[i] for i in keep])
    writer.writerows([row[i] for i in keep] for row in reader)
    assert out.getvalue().encode("utf-8") == english


def test_initiatives_json_adds_a_name_key_in_the_language(client, demo):
    response = client.get("/initiatives/?format=json&lang=zh-hans&page_size=100")
    assert response.status_code == 200
    results = json.loads(response.content)["results"]
    proposers = [r["proposer_economy"] for r in results if r["proposer_economy"]]
    assert proposers
    for proposer in proposers:
        assert set(proposer) == {"code", "name", "name_zh_hans"}
    by_code = {p["code"]: p["name_zh_hans"] for p in proposers}
    if "PHL" in by_code:
        assert by_code["PHL"] == "菲律宾"
    assert all(by_code.values())
    # Chinese Taipei carries APEC's name, not the territory's.
    csv_rows = rows(client.get("/events/?format=csv&economy=twn&lang=zh-hans"))
    assert any(row["host_economy_zh_hans"] == "中华台北" for row in csv_rows)
    english = json.loads(client.get("/initiatives/?format=json&page_size=100").content)
    assert all(
        set(r["proposer_economy"]) == {"code", "name"}
        for r in english["results"]
        if r["proposer_economy"]
    )


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("lang=xx", "Unknown lang “xx”"),
        ("lang=en", "leave lang out for English only"),
        ("lang=es&lang=ru", "Give lang only once."),
    ],
)
def test_a_bad_lang_is_a_400_that_says_what_to_give(client, demo, query, message):
    for fmt in ("csv", "json", "ics"):
        response = client.get(f"/events/?format={fmt}&{query}")
        assert response.status_code == 400, (fmt, query)
        text = body(response).decode()
        if fmt == "json":
            text = json.loads(text)["error"]
        assert message in text
    assert (
        "zh-hans, zh-hant, es, ru, ja, ko, vi, th, id"
        in body(client.get("/initiatives/?format=csv&lang=xx")).decode()
    )


def test_the_data_page_documents_lang(client, demo):
    html = client.get("/data/").content.decode()
    assert 'id="lang"' in html
    assert "<code>zh-hans</code>, <code>zh-hant</code>, <code>es</code>" in html
    assert "<code>host_economy_es</code>" in html
    assert "<code>title_es</code> after <code>title</code>" in html
