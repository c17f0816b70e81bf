import datetime

import pytest

from tests.factories import (
    EventFactory,
    InitiativeFactory,
    ParagraphFactory,
    StatementFactory,
    economy,
    theme,
)

pytestmark = pytest.mark.django_db


def titles(response):
    return [record.title for record in response.context["object_list"]]


def test_initiative_list_filters_by_proposer_or_co_implementer(client):
    InitiativeFactory(title="Proposed by PHL", proposer=economy("PHL"))
    InitiativeFactory(
        title="Run with PHL", proposer=economy("TWN"), co_implementers=[economy("PHL")]
    )
    InitiativeFactory(title="Thai only", proposer=economy("THA"))
    response = client.get("/initiatives/", {"economy": "phl", "sort": "title"})
    assert titles(response) == ["Proposed by PHL", "Run with PHL"]


def test_initiative_list_filters_by_year_active(client):
    InitiativeFactory(title="2016 to 2020", start_year=2016, end_year=2020)
    InitiativeFactory(title="Only 2019", start_year=2019, end_year=2019)
    InitiativeFactory(title="From 2021", start_year=2021, end_year=None)
    response = client.get("/initiatives/", {"year": "2018", "sort": "title"})
    assert titles(response) == ["2016 to 2020"]
    response = client.get("/initiatives/", {"year": "2019", "sort": "title"})
    assert titles(response) == ["2016 to 2020", "Only 2019"]


def test_initiative_list_filters_by_theme_status_and_words(client):
    InitiativeFactory(title="Green planned", status="planned", themes=[theme("innovation")])
    InitiativeFactory(title="Green ongoing", status="ongoing", themes=[theme("innovation")])
    InitiativeFactory(title="Finance planned", status="planned", themes=[theme("finance")])
    response = client.get("/initiatives/", {"theme": "innovation", "status": "planned"})
    assert titles(response) == ["Green planned"]
    assert titles(client.get("/initiatives/", {"q": "finance"})) == ["Finance planned"]


def test_initiative_list_facets_count_economy_and_year(client):
    InitiativeFactory(
        proposer=economy("TWN"), co_implementers=[economy("PHL")], start_year=2019, end_year=2019
    )
    InitiativeFactory(proposer=economy("TWN"), start_year=2020, end_year=2020)
    response = client.get("/initiatives/", {"year": "2019"})
    economies = {o.value: o.count for o in response.context["facets"]["economy"]}
    assert economies == {"PHL": 1, "TWN": 1}
    years = {o.value: o.count for o in response.context["facets"]["year"]}
    assert years == {"2020": 1, "2019": 1}


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ({"year": "abc"}, "year"),
        ({"economy": "XYZ"}, "economy"),
        ({"status": "x"}, "status"),
        ({"sort": "drop"}, "sort"),
        ({"q": "w" * 5000}, "q"),
    ],
)
def test_initiative_list_rejects_bad_input(client, query, field):
    response = client.get("/initiatives/", query)
    assert response.status_code == 400
    assert list(response.context["form"].errors) == [field]


@pytest.mark.parametrize("number", [1, 6])
def test_initiative_list_runs_a_fixed_number_of_queries(client, django_assert_num_queries, number):
    for _ in range(number):
        InitiativeFactory(
            co_implementers=[economy("PHL"), economy("THA")], themes=[theme("innovation")]
        )
    # Two fewer than before (7): partners and themes come as arrays in the page's query.
    with django_assert_num_queries(5):
        response = client.get("/initiatives/")
    assert response.status_code == 200
    assert response.context["count"] == number
    assert all(i.title in response.content.decode() for i in response.context["object_list"])


def test_initiative_detail_shows_roles_timeline_and_quoted_mentions(client):
    initiative = InitiativeFactory(
        title="Local Innovation", proposer=economy("TWN"), co_implementers=[economy("PHL")]
    )
    EventFactory(
        title="Manila forum",
        initiative=initiative,
        host=economy("PHL"),
        start_date=datetime.date(2019, 10, 29),
    )
    EventFactory(
        title="Future forum",
        initiative=initiative,
        start_date=datetime.date.today() + datetime.timedelta(days=40),
    )
    EventFactory(title="Draft forum", initiative=initiative, publication_status="draft")
    paragraph = ParagraphFactory(
        number=12, text="We welcome Local Innovation.", initiatives=[initiative]
    )
    response = client.get(initiative.get_absolute_url())
    assert response.status_code == 200
    assert [e.title for e in response.context["past_events"]] == ["Manila forum"]
    assert [e.title for e in response.context["upcoming_events"]] == ["Future forum"]
    roles = [
        (row["economy"].code, row["role"], [e.title for e in row["events"]])
        for row in response.context["economies"]
    ]
    assert roles == [
        ("TWN", "Proposing economy", ["Future forum"]),
        ("PHL", "Co-implementing economy", ["Manila forum"]),
    ]
    html = response.content.decode()
    assert f'<a href="{paragraph.statement.get_absolute_url()}#p12">' in html
    assert "Draft forum" not in html


def test_draft_initiative_is_404_for_anonymous_visitors(client):
    initiative = InitiativeFactory(publication_status="draft")
    assert client.get(initiative.get_absolute_url()).status_code == 404


@pytest.mark.parametrize("number", [1, 5])
def test_initiative_detail_runs_a_fixed_number_of_queries(
    client, django_assert_num_queries, number
):
    initiative = InitiativeFactory(
        co_implementers=[economy("PHL"), economy("THA")], themes=[theme("innovation")]
    )
    for _ in range(number):
        EventFactory(initiative=initiative, co_hosts=[economy("PHL")])
        ParagraphFactory(initiatives=[initiative])
    with django_assert_num_queries(10):
        response = client.get(initiative.get_absolute_url())
    assert response.status_code == 200
    html = response.content.decode()
    assert initiative.title in html
    assert all(event.title in html for event in initiative.events.all())


def test_economy_list_counts_published_records(client):
    InitiativeFactory(proposer=economy("PHL"))
    InitiativeFactory(proposer=economy("TWN"), co_implementers=[economy("PHL")])
    InitiativeFactory(proposer=economy("PHL"), publication_status="draft")
    EventFactory(host=economy("TWN"), co_hosts=[economy("PHL")])
    StatementFactory(meeting__host=economy("PHL"))
    response = client.get("/economies/")
    rows = {
        e.code: (e.initiative_count, e.event_count, e.meeting_count)
        for e in response.context["object_list"]
    }
    assert len(rows) == 21
    assert rows["PHL"] == (2, 2, 1)
    assert rows["TWN"] == (1, 1, 0)


def test_economy_list_searches_names(client):
    response = client.get("/economies/", {"q": "philippines"})
    assert [e.code for e in response.context["object_list"]] == ["PHL"]


@pytest.mark.parametrize("number", [1, 5])
def test_economy_pages_run_a_fixed_number_of_queries(client, django_assert_num_queries, number):
    for year in range(number):
        InitiativeFactory(proposer=economy("PHL"), start_year=2015 + year)
        EventFactory(host=economy("PHL"), co_hosts=[economy("THA")])
        EventFactory(host=economy("THA"), co_hosts=[economy("PHL")])
        StatementFactory(meeting__host=economy("PHL"))
    # The economies, their counts (one grouped query), the page.
    with django_assert_num_queries(3):
        response = client.get("/economies/")
    assert response.status_code == 200
    assert len(response.context["object_list"]) == 21
    assert "The Philippines" in response.content.decode()
    # The economy, its counts, one query per section, the co-hosting network
    # (tests/portal/test_economy_pages.py).
    with django_assert_num_queries(8):
        response = client.get("/economies/phl/")
    assert response.status_code == 200
    assert "The Philippines" in response.content.decode()
    assert response.context["counts"] == {
        "proposed": number,
        "co_implemented": 0,
        "hosted": number,
        "co_hosted": number,
        "meetings": number,
    }


def test_economy_detail_groups_by_year_and_links_the_meeting_statement(client):
    InitiativeFactory(title="Older", proposer=economy("PHL"), start_year=2015)
    InitiativeFactory(title="Newer", proposer=economy("PHL"), start_year=2019)
    statement = StatementFactory(
        meeting__host=economy("PHL"), meeting__start_date=datetime.date(2015, 9, 21)
    )
    response = client.get("/economies/phl/")
    grouped = [
        (year, [i.title for i in items]) for year, items in response.context["initiatives_proposed"]
    ]
    assert grouped == [(2019, ["Newer"]), (2015, ["Older"])]
    assert (
        f'<a href="{statement.get_absolute_url()}">Joint statement</a>' in response.content.decode()
    )


def test_economy_detail_wants_a_lower_case_member_code(client):
    assert client.get("/economies/PHL/").status_code == 404
    assert client.get("/economies/xyz/").status_code == 404


@pytest.mark.parametrize(
    ("sort", "expected"),
    [
        ("-year", ["2020", "2018", "No year"]),
        ("year", ["2018", "2020", "No year"]),
        ("title", ["2018", "2020", "No year"]),
    ],
)
def test_initiative_list_sorts_with_unknown_years_last(client, sort, expected):
    InitiativeFactory(title="No year", start_year=None)
    InitiativeFactory(title="2020", start_year=2020)
    InitiativeFactory(title="2018", start_year=2018)
    assert titles(client.get("/initiatives/", {"sort": sort})) == expected


@pytest.mark.parametrize("path", ["/initiatives/", "/statements/", "/economies/"])
@pytest.mark.parametrize(
    ("query", "status"),
    [
        ({"page": "0"}, 400),
        ({"page": "abc"}, 400),
        ({"page": "99999"}, 404),
        ({"format": "pdf"}, 400),
    ],
)
def test_every_list_rejects_bad_page_and_format(client, path, query, status):
    response = client.get(path, query)
    assert response.status_code == status
