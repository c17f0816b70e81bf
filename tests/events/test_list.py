import datetime

import pytest

from tests.factories import EventFactory, InitiativeFactory, economy, theme

pytestmark = pytest.mark.django_db


def titles(response):
    return [event.title for event in response.context["object_list"]]


def facet(response, name):
    return {option.value: option.count for option in response.context["facets"][name]}


def test_event_list_shows_published_events_newest_first(client):
    EventFactory(title="Older", start_date=datetime.date(2018, 5, 1))
    EventFactory(title="Newer", start_date=datetime.date(2020, 5, 1))
    EventFactory(title="Draft", start_date=datetime.date(2021, 5, 1), publication_status="draft")
    response = client.get("/events/")
    assert response.status_code == 200
    assert titles(response) == ["Newer", "Older"]
    assert response.context["count"] == 2
    assert "Draft" not in response.content.decode()


def test_event_list_filters_by_year(client):
    EventFactory(title="2019 forum", start_date=datetime.date(2019, 3, 1))
    EventFactory(title="2020 forum", start_date=datetime.date(2020, 3, 1))
    response = client.get("/events/", {"year": "2019"})
    assert titles(response) == ["2019 forum"]


def test_event_list_filters_by_year_range(client):
    for year in (2016, 2017, 2018, 2019, 2020):
        EventFactory(title=f"Forum {year}", start_date=datetime.date(year, 1, 1))
    response = client.get("/events/", {"year_from": "2017", "year_to": "2019", "sort": "date"})
    assert titles(response) == ["Forum 2017", "Forum 2018", "Forum 2019"]


def test_event_list_filters_by_host_economy_in_any_case(client):
    EventFactory(title="In Manila", host=economy("PHL"))
    EventFactory(title="In Taipei", host=economy("TWN"))
    response = client.get("/events/", {"economy": "phl"})
    assert titles(response) == ["In Manila"]


def test_event_list_filters_by_cohost_economy(client):
    EventFactory(title="Co-hosted by Thailand", host=economy("TWN"), co_hosts=[economy("THA")])
    EventFactory(title="Taipei only", host=economy("TWN"))
    response = client.get("/events/", {"economy": "THA"})
    assert titles(response) == ["Co-hosted by Thailand"]


def test_event_list_repeated_economies_match_any_of_them_once_each(client):
    EventFactory(
        title="Both",
        start_date=datetime.date(2019, 1, 3),
        host=economy("PHL"),
        co_hosts=[economy("THA"), economy("TWN")],
    )
    EventFactory(title="Thai", start_date=datetime.date(2019, 1, 2), host=economy("THA"))
    EventFactory(title="Chilean", start_date=datetime.date(2019, 1, 1), host=economy("CHL"))
    response = client.get("/events/?economy=tha&economy=PHL")
    assert titles(response) == ["Both", "Thai"]
    assert response.context["count"] == 2


def test_event_list_filters_by_kind_initiative_and_theme(client):
    initiative = InitiativeFactory(slug="local-innovation")
    EventFactory(
        title="Match", kind="conference", initiative=initiative, themes=[theme("innovation")]
    )
    EventFactory(
        title="Other kind", kind="forum", initiative=initiative, themes=[theme("innovation")]
    )
    EventFactory(title="No initiative", kind="conference", themes=[theme("innovation")])
    EventFactory(
        title="Other theme", kind="conference", initiative=initiative, themes=[theme("finance")]
    )
    response = client.get(
        "/events/", {"kind": "conference", "initiative": "local-innovation", "theme": "innovation"}
    )
    assert titles(response) == ["Match"]


def test_event_list_searches_words(client):
    EventFactory(title="Forum on green growth", summary="")
    EventFactory(title="Forum on finance", summary="")
    response = client.get("/events/", {"q": "green"})
    assert titles(response) == ["Forum on green growth"]


def test_event_list_filters_upcoming_and_past(client):
    today = datetime.date.today()
    EventFactory(title="Past", start_date=today - datetime.timedelta(days=30))
    EventFactory(title="Upcoming", start_date=today + datetime.timedelta(days=30))
    assert titles(client.get("/events/", {"when": "upcoming"})) == ["Upcoming"]
    assert titles(client.get("/events/", {"when": "past"})) == ["Past"]


@pytest.mark.parametrize(
    ("sort", "expected"),
    [("date", ["B", "C", "A"]), ("-date", ["A", "C", "B"]), ("title", ["A", "B", "C"])],
)
def test_event_list_sorts(client, sort, expected):
    EventFactory(title="A", start_date=datetime.date(2020, 1, 1))
    EventFactory(title="B", start_date=datetime.date(2018, 1, 1))
    EventFactory(title="C", start_date=datetime.date(2019, 1, 1))
    assert titles(client.get("/events/", {"sort": sort})) == expected


def test_event_list_facets_count_each_option_without_its_own_filter(client):
    EventFactory(start_date=datetime.date(2019, 1, 1), host=economy("PHL"), kind="forum")
    EventFactory(
        start_date=datetime.date(2019, 2, 1),
        host=economy("TWN"),
        co_hosts=[economy("PHL")],
        kind="conference",
        themes=[theme("innovation")],
    )
    EventFactory(start_date=datetime.date(2020, 1, 1), host=economy("TWN"), kind="forum")
    response = client.get("/events/", {"year": "2019"})
    # Economy counts apply the year filter; host and co-host both count; empty options hide.
    assert facet(response, "economy") == {"PHL": 2, "TWN": 1}
    # The year facet ignores the year filter itself, so other years stay choosable.
    assert facet(response, "year") == {"2020": 1, "2019": 2}
    assert facet(response, "kind") == {"forum": 1, "conference": 1}
    assert facet(response, "theme") == {"innovation": 1}
    labels = [option.label for option in response.context["facets"]["economy"]]
    assert labels == ["Chinese Taipei", "The Philippines"]


def test_event_list_facets_mark_selected_options(client):
    EventFactory(host=economy("PHL"))
    response = client.get("/events/", {"economy": "phl"})
    options = [(o.value, o.selected) for o in response.context["facets"]["economy"]]
    assert options == [("PHL", True)]


def test_event_list_shows_removable_chips_for_active_filters(client):
    EventFactory(host=economy("PHL"), start_date=datetime.date(2019, 1, 1))
    response = client.get("/events/?year=2019&economy=phl&economy=tha")
    chips = [(chip.label, chip.remove_url) for chip in response.context["chips"]]
    assert chips == [
        ("Year: 2019", "?economy=phl&economy=tha"),
        ("Economy (host or co-host): The Philippines", "?year=2019&economy=tha"),
        ("Economy (host or co-host): Thailand", "?year=2019&economy=phl"),
    ]


def test_event_list_pagination_keeps_filters(client):
    for day in range(1, 24):
        EventFactory(host=economy("PHL"), start_date=datetime.date(2019, 1, day))
    EventFactory(host=economy("TWN"), start_date=datetime.date(2019, 2, 1))
    response = client.get("/events/", {"year": "2019", "economy": "PHL"})
    assert response.context["count"] == 23
    assert len(response.context["object_list"]) == 20
    html = response.content.decode()
    assert 'href="?year=2019&amp;economy=PHL&amp;page=2"' in html
    second = client.get("/events/", {"year": "2019", "economy": "PHL", "page": "2"})
    assert len(second.context["object_list"]) == 3
    assert 'href="?year=2019&amp;economy=PHL&amp;page=1"' in second.content.decode()


@pytest.mark.parametrize(
    ("query", "field", "message"),
    [
        ({"year": "abc"}, "year", "Enter a year as four digits, e.g. 2019."),
        ({"year": "1200"}, "year", "Ensure this value is greater than or equal to 1989."),
        ({"economy": "XYZ"}, "economy", "XYZ is not the code of an APEC member economy."),
        (
            {"sort": "drop"},
            "sort",
            "Select a valid choice. drop is not one of the available choices.",
        ),
        ({"q": "x" * 201}, "q", "Ensure this value has at most 200 characters (it has 201)."),
        (
            {"kind": "party"},
            "kind",
            "Select a valid choice. party is not one of the available choices.",
        ),
        (
            {"theme": "no-such-theme"},
            "theme",
            "Select a valid choice. That choice is not one of the available choices.",
        ),
    ],
)
def test_event_list_rejects_bad_filter_with_message_beside_field(client, query, field, message):
    EventFactory()
    response = client.get("/events/", query)
    assert response.status_code == 400
    assert response.context["form"].errors == {field: [message]}
    html = response.content.decode()
    assert f'<p class="field-error" id="id_{field}-error">{message}</p>'.replace("(", "(") in html


@pytest.mark.parametrize(
    ("query", "field", "message"),
    [
        ({"page": "0"}, "page", "The page number must be a whole number from 1."),
        ({"page": "-1"}, "page", "The page number must be a whole number from 1."),
        ({"page": "abc"}, "page", "The page number must be a whole number from 1."),
        (
            {"format": "xml"},
            "format",
            "Unknown format “xml”. This list answers: html, csv, json, ics.",
        ),
    ],
)
def test_event_list_rejects_bad_page_or_format(client, query, field, message):
    response = client.get("/events/", query)
    assert response.status_code == 400
    assert response.context["parameter_errors"] == {field: message}
    assert f'id="param-{field}-error">{message}</p>' in response.content.decode()


def test_event_list_rejects_a_repeated_single_valued_parameter(client):
    response = client.get("/events/?year=2019&year=2020")
    assert response.status_code == 400
    assert response.context["form"].errors == {"year": ["Give this only once."]}


def test_event_list_page_past_the_end_is_404_with_a_message(client):
    EventFactory()
    response = client.get("/events/", {"page": "99999"})
    assert response.status_code == 404
    assert response.context["page_error"] == (
        "There is no page 99999: these filters give 1 page of results."
    )


def test_event_list_draws_matching_events_per_year(client):
    EventFactory(start_date=datetime.date(2017, 1, 1))
    EventFactory(start_date=datetime.date(2019, 1, 1))
    EventFactory(start_date=datetime.date(2019, 5, 1))
    response = client.get("/events/")
    chart = response.context["chart"]
    assert [(bar["year"], bar["count"]) for bar in chart["bars"]] == [
        (2017, 1),
        (2018, 0),
        (2019, 2),
    ]
    assert [bar["height"] for bar in chart["bars"]] == [80, 0, 160]
    html = response.content.decode()
    assert '<tr><th scope="row">2019</th><td>2</td></tr>' in html


def test_event_list_empty_state_offers_to_clear_filters(client):
    EventFactory(start_date=datetime.date(2019, 1, 1))
    response = client.get("/events/", {"year": "2015"})
    assert response.context["count"] == 0
    assert "No events match these filters" in response.content.decode()


# With one event (2015) the filtered list is empty and fetches no rows. With filters the
# initiative facet (issue 15) costs 3 queries, like every facet: its grouped count and the
# economy and theme look-ups of the other filters it is counted under. Co-hosts come as an
# array in the page's query: two queries fewer than with co-hosts and themes prefetched
# (10 -> 8 unfiltered, 20 -> 18 filtered with rows).
@pytest.mark.parametrize(("number", "filtered_queries"), [(1, 17), (25, 18)])
def test_event_list_runs_a_fixed_number_of_queries(
    client, django_assert_num_queries, number, filtered_queries
):
    initiative = InitiativeFactory()
    for index in range(number):
        EventFactory(
            initiative=initiative,
            co_hosts=[economy("PHL"), economy("THA")],
            themes=[theme("innovation")],
            start_date=datetime.date(2015 + index % 5, 1, 1),
        )
    # The initiative facet (issue 15) is one grouped query; co-hosts are an array (above).
    with django_assert_num_queries(8):
        response = client.get("/events/")
    assert response.status_code == 200
    assert response.context["count"] == number
    shown = response.context["object_list"]
    assert len(shown) == min(number, 20)
    assert all(event.title in response.content.decode() for event in shown)
    with django_assert_num_queries(filtered_queries):
        response = client.get(
            "/events/?economy=phl&economy=tha&year=2019&kind=forum&theme=innovation"
        )
    assert response.status_code == 200
    assert response.context["count"] == (5 if number == 25 else 0)
    html = response.content.decode()
    assert all(event.title in html for event in response.context["object_list"])
    if number == 1:
        assert "No events match these filters" in html
