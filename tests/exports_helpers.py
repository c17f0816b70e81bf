"""Helpers for the export tests: read each export with a real parser."""

import csv
import io
import json

from icalendar import Calendar


def body(response):
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content


def csv_rows(response):
    return list(csv.DictReader(io.StringIO(body(response).decode("utf-8"), newline="")))


def json_data(response):
    return json.loads(body(response))


def ics_events(response):
    return Calendar.from_ical(body(response)).walk("VEVENT")


def html_slugs(client, path, query):
    """Slugs of every record the HTML list shows for `query`, across all its pages."""
    response = client.get(path, query)
    assert response.status_code == 200
    return [record.slug for record in response.context["page_obj"].paginator.object_list]
