import datetime

import pytest
from django.http import StreamingHttpResponse

from events.models import Event
from tests.exports_helpers import body, csv_rows, html_slugs, ics_events, json_data
from tests.factories import EventFactory, InitiativeFactory, economy, theme

pytestmark = pytest.mark.django_db

FILTERS = [
    {},
    {"year": "2019"},
    {"economy": "phl"},
    {"year": "2019", "economy": "TWN"},
    {"economy": ["THA", "rus"]},
    {"kind": "forum", "theme": "innovation"},
    {"initiative": "apec-local-innovation-ecosystem-initiative", "sort": "title"},
    {"year_from": "2014", "year_to": "2018", "sort": "date"},
    {"q": "innovation ecosystem"},
]


@pytest.fixture
def demo_and_drafts(demo):
    """The demo content, and records no reader outside the secretariat may see."""
    EventFactory(slug="draft-forum", title="Draft forum", publication_status="draft")
    EventFactory(slug="review-forum", title="Forum in review", publication_status="review")


@pytest.mark.parametrize("query", FILTERS)
def test_event_csv_holds_exactly_the_records_of_the_html_list(client, demo_and_drafts, query):
    expected = html_slugs(client, "/events/", query)
    response = client.get("/events/", {**query, "format": "csv"})
    assert response.status_code == 200
    assert isinstance(response, StreamingHttpResponse)
    assert [row["slug"] for row in csv_rows(response)] == expected


@pytest.mark.parametrize("query", FILTERS)
def test_event_json_holds_exactly_the_records_of_the_html_list(client, demo_and_drafts, query):
    expected = html_slugs(client, "/events/", query)
    data = json_data(client.get("/events/", {**query, "format": "json", "page_size": "500"}))
    assert data["count"] == len(expected)
    assert [record["slug"] for record in data["results"]] == expected


@pytest.mark.parametrize("query", FILTERS)
def test_event_calendar_holds_exactly_the_records_of_the_html_list(client, demo_and_drafts, query):
    expected = html_slugs(client, "/events/", query)
    response = client.get("/events/", {**query, "format": "ics"})
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    uids = [str(entry["uid"]) for entry in ics_events(response)]
    assert uids == [f"event-{slug}@testserver" for slug in expected]


def test_drafts_never_appear_in_any_event_export(client, demo_and_drafts):
    for fmt in ("csv", "json", "ics"):
        text = body(client.get("/events/", {"format": fmt})).decode()
        assert "draft-forum" not in text
        assert "review-forum" not in text


def test_event_csv_row_field_by_field(client):
    initiative = InitiativeFactory(
        slug="apec-local-innovation-ecosystem-initiative",
        title="APEC Local Innovation Ecosystem Initiative",
        subtitle="Revitalization",
    )
    EventFactory(
        slug="forum-philippines",
        title="APEC Local Innovation Ecosystem Forum, Manila",
        kind="forum",
        start_date=datetime.date(2019, 10, 29),
        end_date=datetime.date(2019, 10, 30),
        city="Manila",
        venue="Marriott, Pasay",
        host=economy("PHL"),
        co_hosts=[economy("TWN"), economy("THA")],
        initiative=initiative,
        themes=[theme("start-ups"), theme("innovation")],
        summary='A forum with "quotes", commas, and\na line break.',
        source_url="https://www.apec.org/forum",
    )
    event = Event.objects.get(slug="forum-philippines")

    response = client.get("/events/", {"economy": "phl", "format": "csv"})

    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="events_economy-PHL.csv"'
    assert csv_rows(response) == [
        {
            "slug": "forum-philippines",
            "title": "APEC Local Innovation Ecosystem Forum, Manila",
            "kind": "forum",
            "kind_label": "Forum",
            "start_date": "2019-10-29",
            "end_date": "2019-10-30",
            "date_precision": "day",
            "year": "2019",
            "city": "Manila",
            "virtual": "false",
            "venue": "Marriott, Pasay",
            "format": "",
            "website": "",
            "host_economy_code": "PHL",
            "host_economy": "The Philippines",
            "co_host_economy_codes": "THA; TWN",
            "co_host_economies": "Thailand; Chinese Taipei",
            "initiative_slug": "apec-local-innovation-ecosystem-initiative",
            "initiative": "APEC Local Innovation Ecosystem Initiative: Revitalization",
            "theme_slugs": "innovation; start-ups",
            "themes": "Innovation; Start-ups",
            "summary": 'A forum with "quotes", commas, and\na line break.',
            "source_url": "https://www.apec.org/forum",
            "published_at": event.published_at.isoformat() if event.published_at else "",
            "updated_at": event.updated_at.isoformat(),
            "url": "http://testserver/events/forum-philippines/",
        }
    ]


def test_event_json_record_field_by_field(client):
    EventFactory(
        slug="forum-bangkok",
        title="APEC Local Innovation Ecosystem Forum in Bangkok",
        start_date=datetime.date(2019, 8, 1),
        date_precision="month",
        city="Bangkok",
        host=economy("THA"),
        co_hosts=[economy("TWN")],
        themes=[theme("innovation")],
    )
    event = Event.objects.get(slug="forum-bangkok")

    data = json_data(client.get("/events/", {"format": "json"}))

    assert data == {
        "count": 1,
        "next": None,
        "previous": None,
        "results": [
            {
                "slug": "forum-bangkok",
                "title": "APEC Local Innovation Ecosystem Forum in Bangkok",
                "kind": "forum",
                "kind_label": "Forum",
                "start_date": "2019-08-01",
                "end_date": None,
                "date_precision": "month",
                "year": 2019,
                "city": "Bangkok",
                "virtual": False,
                "venue": "",
                "format": "",
                "website": "",
                "host_economy": {"code": "THA", "name": "Thailand"},
                "co_host_economies": [{"code": "TWN", "name": "Chinese Taipei"}],
                "initiative": None,
                "themes": [{"slug": "innovation", "name": "Innovation"}],
                "summary": "",
                "source_url": "",
                "published_at": None,
                "updated_at": event.updated_at.isoformat(),
                "url": "http://testserver/events/forum-bangkok/",
            }
        ],
    }


def test_event_json_pages_link_to_each_other_and_keep_the_filters(client):
    for day in range(1, 6):
        EventFactory(start_date=datetime.date(2019, 6, day))
    first = json_data(client.get("/events/", {"year": "2019", "format": "json", "page_size": "2"}))
    assert first["count"] == 5
    assert first["previous"] is None
    assert first["next"] == "http://testserver/events/?year=2019&format=json&page_size=2&page=2"
    second = json_data(client.get(first["next"]))
    assert (
        second["previous"] == "http://testserver/events/?year=2019&format=json&page_size=2&page=1"
    )
    third = json_data(client.get(second["next"]))
    assert third["next"] is None
    slugs = [r["slug"] for page in (first, second, third) for r in page["results"]]
    assert slugs == html_slugs(client, "/events/", {"year": "2019"})


@pytest.mark.parametrize(
    ("query", "status", "message"),
    [
        (
            {"page_size": "501"},
            400,
            "page_size can be at most 500, not 501; use format=csv to download every row at once.",
        ),
        ({"page_size": "0"}, 400, "page_size must be 1 or more, not 0."),
        ({"page_size": "ten"}, 400, "page_size must be a whole number, not “ten”."),
        ({"page": "3"}, 404, "There is no page 3: these results have 1 page of 50."),
    ],
)
def test_event_json_rejects_a_bad_page_size_or_page_with_a_clear_message(
    client, query, status, message
):
    EventFactory()
    response = client.get("/events/", {**query, "format": "json"})
    assert response.status_code == status
    assert json_data(response) == {"error": message}


def test_event_json_page_size_of_500_is_allowed(client):
    EventFactory()
    assert client.get("/events/", {"format": "json", "page_size": "500"}).status_code == 200


def test_unknown_format_is_a_400_naming_the_formats(client):
    response = client.get("/events/", {"format": "xlsx"})
    assert response.status_code == 400
    assert response.context["parameter_errors"] == {
        "format": "Unknown format “xlsx”. This list answers: html, csv, json, ics."
    }


def test_event_export_with_an_invalid_filter_is_a_400_not_a_different_result(client):
    EventFactory()
    response = client.get("/events/", {"format": "csv", "economy": "XYZ"})
    assert response.status_code == 400


def test_event_json_runs_a_fixed_number_of_queries(client, django_assert_num_queries):
    EventFactory(co_hosts=[economy("PHL")], themes=[theme("innovation")])
    with django_assert_num_queries(4):
        data = json_data(client.get("/events/", {"format": "json"}))
    assert data["count"] == 1
    assert data["results"][0]["title"] == Event.objects.get().title
    for day in range(1, 29):
        EventFactory(
            start_date=datetime.date(2018, 2, day),
            co_hosts=[economy("PHL"), economy("THA")],
            themes=[theme("innovation"), theme("start-ups")],
            initiative=InitiativeFactory(),
        )
    with django_assert_num_queries(4):
        data = json_data(client.get("/events/", {"format": "json"}))
    assert data["count"] == 29


def test_event_list_page_links_to_downloads_for_the_current_filters(client):
    EventFactory(start_date=datetime.date(2019, 6, 1))
    html = client.get("/events/", {"year": "2019", "page": "1"}).content.decode()
    assert '<a href="?year=2019&amp;format=csv" download>CSV</a>' in html
    assert '<a href="?year=2019&amp;format=json">JSON</a>' in html
    assert '<a href="?year=2019&amp;format=ics" download>iCalendar</a>' in html


def test_staff_downloads_leave_out_drafts_they_see_on_the_page(client, django_user_model):
    staff = django_user_model.objects.create_user("editor", password="x", is_staff=True)
    client.force_login(staff)
    EventFactory(slug="published-forum")
    EventFactory(slug="draft-forum", publication_status="draft")
    assert sorted(html_slugs(client, "/events/", {})) == ["draft-forum", "published-forum"]
    for fmt in ("csv", "json", "ics"):
        text = body(client.get("/events/", {"format": fmt})).decode()
        assert "published-forum" in text
        assert "draft-forum" not in text


def test_the_quick_path_writes_the_same_csv_and_calendar_as_the_columns(demo, rf):
    """`fast_csv_sql` (written by PostgreSQL's COPY) / `fast_ics` (plain SQL values) give
    byte for byte what the column declarations and `calendar_event` give, for every kind
    of value."""
    import io

    from core.exports import ExportContext, neutralise_cell, write_csv, write_csv_by_copy
    from events.exports import EVENT_EXPORT, calendar_event, event_csv_sql, event_ics

    tricky = EventFactory(
        slug="tricky",
        title='=HYPERLINK("x"), with; commas “and” quotes',
        summary="-Line one\r\nC:\\Temp\\N; a\\Nb\nline two, with a very long sentence that must be folded somewhere "
        "past the seventy-fifth octet — with ünïcödé on the fold.",
        venue='Hall; B\r\n(annex), "west" wing',
        city="\tTaipei",
        end_date=datetime.date(2019, 6, 3),
        initiative=InitiativeFactory(subtitle="@subtitle", publication_status="draft"),
        co_hosts=[economy("PHL"), economy("AUS"), economy("THA")],
        themes=[theme("innovation"), theme("finance")],
    )
    EventFactory(slug="month-only", date_precision="month", host=None, city="", summary="")
    EventFactory(slug="year-only", date_precision="year", initiative=InitiativeFactory())
    queryset = Event.objects.published().for_list()
    context = ExportContext(base_url="https://portal.example.org")

    def csv_bytes(rows):
        output = io.BytesIO()
        write_csv(output, rows, EVENT_EXPORT)
        return output.getvalue()

    reference = csv_bytes(
        [neutralise_cell(cell) for cell in EVENT_EXPORT.csv_row(event, context)]
        for event in queryset
    )
    copied = io.BytesIO()
    write_csv_by_copy(copied, *event_csv_sql(queryset, context), EVENT_EXPORT)
    assert copied.getvalue() == reference
    assert b"'=HYPERLINK" in reference
    assert len(reference.splitlines()) > 15
    assert b"".join(event_ics(queryset, context)) == b"".join(
        calendar_event(event, context).to_ical() for event in queryset
    )
    assert tricky.pk


def test_calendar_lines_fold_exactly_as_icalendar_folds_them():
    """The quick path folds bytes; icalendar folds characters. Any text, any length, any
    mix of one- to four-octet characters, folds at the same places."""
    import random

    from icalendar.parser import foldline

    from events.exports import _line

    generator = random.Random(14)
    alphabet = "abc ü—😀é,;\\" + "x" * 20
    for _ in range(3000):
        text = "".join(generator.choice(alphabet) for _ in range(generator.randint(0, 300)))
        expected = (foldline("DESCRIPTION:" + text) + "\r\n").encode()
        assert _line("DESCRIPTION", text) == expected
