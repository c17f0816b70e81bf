import pytest

from apec_portal.economies import ECONOMY_EXPORT
from apec_portal.search_export import SEARCH_EXPORT
from events.exports import EVENT_EXPORT
from initiatives.exports import INITIATIVE_EXPORT
from statements.exports import STATEMENT_EXPORT

pytestmark = pytest.mark.django_db


def test_data_page_documents_every_csv_column_of_every_export(client):
    html = client.get("/data/").content.decode()
    for export in (
        INITIATIVE_EXPORT,
        EVENT_EXPORT,
        STATEMENT_EXPORT,
        ECONOMY_EXPORT,
        SEARCH_EXPORT,
    ):
        for header in export.csv_headers():
            assert f'<tr><th scope="row"><code>{header}</code></th>' in html, header


def test_data_page_links_to_the_whole_dataset(client):
    html = client.get("/data/").content.decode()
    assert '<a href="/data/dataset.json" download>' in html


def test_event_csv_headers_give_codes_and_labels_side_by_side():
    assert EVENT_EXPORT.csv_headers() == [
        "slug",
        "title",
        "kind",
        "kind_label",
        "start_date",
        "end_date",
        "date_precision",
        "year",
        "city",
        "virtual",
        "venue",
        "format",
        "website",
        "host_economy_code",
        "host_economy",
        "co_host_economy_codes",
        "co_host_economies",
        "initiative_slug",
        "initiative",
        "theme_slugs",
        "themes",
        "summary",
        "source_url",
        "published_at",
        "updated_at",
        "url",
    ]


def test_data_page_gives_the_one_line_fix_for_long_csv_cells(client):
    html = client.get("/data/").content.decode()
    assert "<code>csv.field_size_limit(sys.maxsize)</code>" in html
    assert 'id="control-characters"' in html
    assert "<code>Retry-After</code>" in html


def test_the_one_line_fix_reads_a_csv_with_a_summary_over_the_default_limit(client):
    import csv
    import io
    import sys

    from tests.factories import EventFactory

    EventFactory(slug="long-forum", summary="x" * 140_000)
    text = client.get("/events/", {"format": "csv"})
    data = b"".join(text.streaming_content).decode() if text.streaming else text.content.decode()
    with pytest.raises(csv.Error):
        list(csv.reader(io.StringIO(data, newline="")))
    default = csv.field_size_limit(sys.maxsize)
    try:
        rows = list(csv.DictReader(io.StringIO(data, newline="")))
    finally:
        csv.field_size_limit(default)
    assert [len(row["summary"]) for row in rows] == [140_000]
