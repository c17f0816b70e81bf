import datetime
import json
import re

import pytest
from icalendar import Calendar

from tests.factories import EventFactory, economy

pytestmark = pytest.mark.django_db


def ld_json(html):
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return json.loads(match.group(1))


def test_event_page_offers_an_add_to_calendar_file_with_one_all_day_event(client):
    EventFactory(
        slug="local-innovation-forum-bangkok",
        title="APEC Local Innovation Ecosystem Forum",
        start_date=datetime.date(2019, 8, 27),
        end_date=datetime.date(2019, 8, 28),
        venue="Centara Grand",
        city="Bangkok",
        host=economy("THA"),
    )
    page = client.get("/events/local-innovation-forum-bangkok/").content.decode()
    assert '<a href="/events/local-innovation-forum-bangkok.ics" download>' in page

    response = client.get("/events/local-innovation-forum-bangkok.ics")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    calendar = Calendar.from_ical(response.content)
    [entry] = calendar.walk("VEVENT")
    assert str(entry["uid"]) == "event-local-innovation-forum-bangkok@testserver"
    assert entry.decoded("dtstart") == datetime.date(2019, 8, 27)
    assert entry.decoded("dtend") == datetime.date(2019, 8, 29)  # exclusive end
    assert str(entry["location"]) == "Centara Grand, Bangkok, Thailand"
    assert str(entry["url"]) == "http://testserver/events/local-innovation-forum-bangkok/"
    assert str(entry["summary"]) == "APEC Local Innovation Ecosystem Forum"


def test_month_only_event_spans_its_month_in_the_calendar_and_says_so(client):
    EventFactory(slug="tomsk-forum", start_date=datetime.date(2019, 6, 1), date_precision="month")
    calendar = Calendar.from_ical(client.get("/events/tomsk-forum.ics").content)
    [entry] = calendar.walk("VEVENT")
    assert entry.decoded("dtstart") == datetime.date(2019, 6, 1)
    assert entry.decoded("dtend") == datetime.date(2019, 7, 1)
    assert str(entry["description"]).startswith(
        "Held in June 2019; the sources do not give the day."
    )


def test_event_page_carries_schema_org_event_data(client):
    EventFactory(
        slug="cross-sector-conference",
        title="APEC Cross-Sector Innovation Ecosystem Conference",
        start_date=datetime.date(2020, 8, 12),
        venue="NTUH International Convention Center",
        city="Taipei",
        summary="A conference </script> on co-innovation.",
    )
    html = client.get("/events/cross-sector-conference/").content.decode()
    assert "</script> on" not in html
    assert ld_json(html) == {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": "APEC Cross-Sector Innovation Ecosystem Conference",
        "url": "http://testserver/events/cross-sector-conference/",
        "startDate": "2020-08-12",
        "eventStatus": "https://schema.org/EventScheduled",
        "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
        "description": "A conference </script> on co-innovation.",
        "location": {
            "@type": "Place",
            "name": "NTUH International Convention Center",
            "address": {
                "@type": "PostalAddress",
                "addressLocality": "Taipei",
                "addressRegion": "Chinese Taipei",
            },
        },
        "organizer": {"@type": "Organization", "name": "Chinese Taipei"},
    }


def test_schema_org_start_date_keeps_only_the_known_part_of_the_date(client):
    EventFactory(slug="year-only", start_date=datetime.date(2016, 1, 1), date_precision="year")
    html = client.get("/events/year-only/").content.decode()
    assert ld_json(html)["startDate"] == "2016"


def test_draft_event_calendar_file_is_not_found_for_visitors(client):
    EventFactory(slug="draft-forum", publication_status="draft")
    assert client.get("/events/draft-forum.ics").status_code == 404
