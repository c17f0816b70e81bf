"""The co-hosting network: /economies/co-hosting/, its CSV and JSON, and the economy page's
"Works most with" and events per year."""

import csv
import datetime
import io
import itertools
import random
from collections import Counter

import pytest
from django.conf import settings
from django.core.cache import caches

from tests.factories import EventFactory, InitiativeFactory, economy, theme

pytestmark = pytest.mark.django_db

CODES = ["AUS", "CHL", "JPN", "PHL", "THA", "TWN", "USA", "VNM"]


@pytest.fixture
def network():
    """Forty events with varied hosts, co-hosts, years, kinds and themes, and drafts that
    tie economies no published event ties."""
    rng = random.Random(24)
    initiative = InitiativeFactory(slug="shared-initiative")
    for number in range(40):
        codes = rng.sample(CODES, rng.randint(1, 4))
        co_hosts = [economy(code) for code in codes[1:]]
        if number % 7 == 0:
            co_hosts.append(economy(codes[0]))  # the host named again as co-host
        EventFactory(
            title=f"Forum on SMEs number {number}",
            start_date=datetime.date(2012 + number % 10, 1 + number % 12, 1),
            kind=["forum", "workshop", "conference"][number % 3],
            host=economy(codes[0]) if number % 9 else None,
            co_hosts=co_hosts,
            themes=[theme("digital-transformation")] if number % 2 else [],
            initiative=initiative if number % 4 == 0 else None,
        )
    for number in range(3):
        EventFactory(
            title=f"Draft meeting {number}",
            host=economy("MEX"),
            co_hosts=[economy("PER"), economy("AUS")],
            publication_status="draft",
        )


def pairs_from_export(client, query):
    """{(a, b): count} from the events JSON export under `query`, every page."""
    pairs = Counter()
    page = 1
    while True:
        response = client.get("/events/", {**query, "format": "json", "page": page})
        assert response.status_code == 200
        body = response.json()
        for event in body["results"]:
            codes = {item["code"] for item in event["co_host_economies"]}
            if event["host_economy"]:
                codes.add(event["host_economy"]["code"])
            for pair in itertools.combinations(sorted(codes), 2):
                pairs[pair] += 1
        if not body["next"]:
            return dict(pairs)
        page += 1


def pairs_from_csv(response):
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    return {(row["economy_a"], row["economy_b"]): int(row["events"]) for row in rows}


FILTERS = [
    {},
    {"year": "2015"},
    {"year_from": "2014", "year_to": "2018"},
    {"kind": "workshop"},
    {"theme": "digital-transformation", "year_from": "2016"},
    {"initiative": "shared-initiative"},
    {"q": "forum"},
    {"economy": "tha"},
]


@pytest.mark.parametrize("query", FILTERS)
def test_pair_counts_equal_those_of_the_events_export(client, network, caches_on, query):
    expected = pairs_from_export(client, query)
    assert expected  # the combination has pairs to compare
    page = client.get("/economies/co-hosting/", query)
    assert page.status_code == 200
    shown = {(p["code_a"], p["code_b"]): p["count"] for p in page.context["pairs"]}
    assert shown == expected
    assert pairs_from_csv(client.get("/economies/co-hosting.csv", query)) == expected
    body = client.get("/economies/co-hosting.json", query).json()
    assert {(p["economy_a"], p["economy_b"]): p["events"] for p in body["pairs"]} == expected
    # Strongest first.
    counts = [pair["count"] for pair in page.context["pairs"]]
    assert counts == sorted(counts, reverse=True)


def test_each_pair_links_to_exactly_its_events(client, network):
    page = client.get("/economies/co-hosting/", {"year_from": "2014"})
    for pair in page.context["pairs"][:6]:
        assert pair["url"].startswith(f"/events/?economy={pair['code_a'].lower()}&partner=")
        listed = client.get(pair["url"])
        assert listed.status_code == 200
        assert listed.context["count"] == pair["count"]
        for event in listed.context["object_list"]:
            codes = {e.code for e in event.co_hosts.all()} | {event.host_id}
            assert {pair["code_a"], pair["code_b"]} <= codes
            assert event.start_date.year >= 2014


def test_pair_links_keep_an_economy_filter_exact(client, network):
    page = client.get("/economies/co-hosting/", {"economy": "tha"})
    for pair in page.context["pairs"][:4]:
        assert "partner=" + pair["code_a"].lower() in pair["url"]
        assert client.get(pair["url"]).context["count"] == pair["count"]


def test_first_and_last_year_of_a_pair(client):
    for year in (2013, 2016, 2019):
        EventFactory(
            start_date=datetime.date(year, 3, 1), host=economy("PHL"), co_hosts=[economy("THA")]
        )
    body = client.get("/economies/co-hosting.json").json()
    assert body["pairs"] == [
        {
            "economy_a": "PHL",
            "economy_a_name": "The Philippines",
            "economy_b": "THA",
            "economy_b_name": "Thailand",
            "events": 3,
            "first_year": 2013,
            "last_year": 2019,
        }
    ]


def test_drafts_are_never_counted_with_caches_on(client, publisher_client, network, caches_on):
    for reader in (client, publisher_client, client):
        page = reader.get("/economies/co-hosting/")
        assert page.status_code == 200
        results = page.content.decode().split('id="results"')[1]
        assert "Mexico" not in results and "Peru" not in results
        assert "<caption>Pairs of economies, strongest first</caption>" in results
        assert "MEX" not in reader.get("/economies/co-hosting.csv").content.decode()
        assert "MEX" not in reader.get("/economies/co-hosting.json").content.decode()
        economy_page = reader.get("/economies/aus/")
        assert "Mexico" not in economy_page.content.decode()


def test_a_bad_filter_is_a_400_with_its_message(client):
    page = client.get("/economies/co-hosting/", {"year": "abc"})
    assert page.status_code == 400
    assert "Enter a year as four digits, e.g. 2019." in page.content.decode()
    download = client.get("/economies/co-hosting.csv", {"year": "abc"})
    assert download.status_code == 400
    assert download.json() == {"errors": {"year": ["Enter a year as four digits, e.g. 2019."]}}
    repeated = client.get("/economies/co-hosting.json", {"year": ["2019", "2020"]})
    assert repeated.status_code == 400


@pytest.mark.parametrize("number", [1, 12])
def test_co_hosting_page_runs_a_fixed_number_of_queries(client, django_assert_num_queries, number):
    for index in range(number):
        EventFactory(host=economy(CODES[index % 8]), co_hosts=[economy(CODES[(index + 1) % 8])])
    # The pairs (one grouped query), the economies and the themes of the filter form.
    with django_assert_num_queries(3):
        page = client.get("/economies/co-hosting/")
    assert page.status_code == 200
    assert sum(pair["count"] for pair in page.context["pairs"]) == number
    with django_assert_num_queries(1):
        assert client.get("/economies/co-hosting.csv").status_code == 200


def test_cached_pairs_cost_no_query_the_second_time(client, django_assert_num_queries, caches_on):
    EventFactory(host=economy("PHL"), co_hosts=[economy("THA")])
    client.get("/economies/co-hosting.csv", {"year": "2019"})
    # Only the content token is read.
    with django_assert_num_queries(1):
        response = client.get("/economies/co-hosting.csv", {"year": "2019"})
    assert pairs_from_csv(response) == {("PHL", "THA"): 1}


def test_cached_pairs_follow_the_filters_and_every_edit(client, caches_on):
    """The kept network is named by the filters' values (not its SQL): each filter
    value has its own, and an edit makes a new one."""
    EventFactory(
        host=economy("PHL"), co_hosts=[economy("THA")], start_date=datetime.date(2019, 5, 1)
    )
    later = EventFactory(
        host=economy("PHL"), co_hosts=[economy("VNM")], start_date=datetime.date(2020, 5, 1)
    )

    def pairs(**params):
        return pairs_from_csv(client.get("/economies/co-hosting.csv", params))

    assert pairs(year="2019") == {("PHL", "THA"): 1}
    assert pairs(year="2020") == {("PHL", "VNM"): 1}
    assert pairs(economy="tha") == {("PHL", "THA"): 1}
    assert pairs(economy="vnm") == {("PHL", "VNM"): 1}
    later.co_hosts.set([economy("THA")])
    assert pairs(year="2020") == {("PHL", "THA"): 1}
    assert "Thailand" in client.get("/economies/co-hosting/", {"year": "2020"}).content.decode()


def test_a_cached_co_hosting_page_reads_only_the_token(
    client, django_assert_num_queries, caches_on
):
    EventFactory(host=economy("PHL"), co_hosts=[economy("THA")])
    first = client.get("/economies/co-hosting/", {"year_from": "2015"}).content.decode()
    assert "Thailand" in first
    caches[settings.PAGE_CACHE_ALIAS].clear()
    # The network, the results and the filter panel (whose form lists the economies and
    # themes) all kept: nothing but the content token.
    with django_assert_num_queries(1):
        again = client.get("/economies/co-hosting/", {"year_from": "2015"}).content.decode()
    assert again == first


def test_matrix_and_table_say_the_same(client, network):
    page = client.get("/economies/co-hosting/")
    html = page.content.decode()
    assert '<svg class="matrix"' in html and '<desc id="matrix-desc">' in html
    matrix = page.context["matrix"]
    for row in matrix["rows"]:
        for cell in row["cells"]:
            if cell["count"]:
                key = tuple(sorted((row["code"], cell["other"])))
                assert cell["count"] == pairs_from_page(page)[key]


def pairs_from_page(page):
    return {(p["code_a"], p["code_b"]): p["count"] for p in page.context["pairs"]}


def test_economy_page_shows_its_partners_and_events_per_year(client):
    EventFactory(
        start_date=datetime.date(2017, 1, 1), host=economy("PHL"), co_hosts=[economy("THA")]
    )
    EventFactory(
        start_date=datetime.date(2019, 1, 1), host=economy("THA"), co_hosts=[economy("PHL")]
    )
    EventFactory(
        start_date=datetime.date(2019, 5, 1), host=economy("PHL"), co_hosts=[economy("JPN")]
    )
    EventFactory(
        start_date=datetime.date(2019, 6, 1), host=economy("JPN"), co_hosts=[economy("USA")]
    )
    page = client.get("/economies/phl/")
    partners = [(p["code"], p["count"], p["url"]) for p in page.context["partners"]]
    assert partners == [
        ("THA", 2, "/events/?economy=phl&partner=tha"),
        ("JPN", 1, "/events/?economy=phl&partner=jpn"),
    ]
    bars = [(bar["year"], bar["count"]) for bar in page.context["year_chart"]["bars"]]
    assert bars == [(2017, 1), (2018, 0), (2019, 2)]
    html = page.content.decode()
    assert "Works most with" in html
    assert "<caption>Events hosted or co-hosted per year</caption>" in html
    assert client.get("/events/?economy=phl&partner=tha").context["count"] == 2


def test_event_list_partner_filter_shows_a_removable_chip(client):
    EventFactory(title="Both", host=economy("PHL"), co_hosts=[economy("THA")])
    EventFactory(title="Manila alone", host=economy("PHL"))
    page = client.get("/events/", {"economy": "phl", "partner": "tha"})
    assert [event.title for event in page.context["object_list"]] == ["Both"]
    labels = [chip.label for chip in page.context["chips"]]
    assert "Together with: tha" in labels
    html = page.content.decode()
    assert '<input type="hidden" name="partner" value="THA"' in html or 'name="partner"' in html
    bad = client.get("/events/", {"partner": "xyz"})
    assert bad.status_code == 400
    assert "XYZ is not the code of an APEC member economy." in bad.content.decode()


def test_the_network_names_economies_in_the_pages_language(client, django_assert_num_queries):
    from initiatives.models import Economy

    Economy.objects.filter(code="THA").update(name_es="Tailandia", name_ru="Таиланд")
    Economy.objects.filter(code="PHL").update(name_es="Filipinas", name_ru="")
    EventFactory(host=economy("PHL"), co_hosts=[economy("THA")])
    # The same queries as in English: the grouped query reads the translated column.
    with django_assert_num_queries(3):
        page = client.get("/es/economies/co-hosting/")
    html = page.content.decode()
    assert "Filipinas (PHL) y Tailandia (THA)" in html
    assert [(p["shown_a"], p["shown_b"]) for p in page.context["pairs"]] == [
        ("Filipinas", "Tailandia")
    ]
    assert "Thailand (THA)" not in html and "Thailand and" not in html
    # Russian: no translated name for the Philippines, so its English shows.
    pairs = client.get("/ru/economies/co-hosting/").context["pairs"]
    assert [(p["shown_a"], p["shown_b"]) for p in pairs] == [("The Philippines", "Таиланд")]
    # The English page and the CSV keep the English names.
    assert (
        "The Philippines (PHL) and Thailand (THA)"
        in client.get("/economies/co-hosting/").content.decode()
    )
    rows = list(csv.reader(io.StringIO(client.get("/economies/co-hosting.csv").content.decode())))
    assert rows[1][:4] == ["PHL", "The Philippines", "THA", "Thailand"]
    # An economy page's "Works most with".
    page = client.get("/es/economies/phl/")
    assert [p["name"] for p in page.context["partners"]] == ["Tailandia"]
    assert '<a href="/es/economies/tha/">Tailandia</a>' in page.content.decode()
    assert [p["name"] for p in client.get("/economies/phl/").context["partners"]] == ["Thailand"]
