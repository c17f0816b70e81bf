import datetime

import pytest

from tests.factories import EventFactory

pytestmark = pytest.mark.django_db


def test_healthz_answers_ok_when_the_database_answers(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"database": "ok", "cache": "ok"}


def test_home_shows_counts_and_latest_events_but_not_drafts(client, django_assert_num_queries):
    EventFactory(title="Published forum", start_date=datetime.date(2019, 6, 1))
    EventFactory(title="Draft forum", publication_status="draft")
    with django_assert_num_queries(9):
        response = client.get("/")
    assert response.status_code == 200
    assert response.context["counts"]["events"] == 1
    assert [e.title for e in response.context["latest_events"]] == ["Published forum"]
    assert "Draft forum" not in response.content.decode()
