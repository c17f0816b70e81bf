import datetime

import pytest

from tests.admin_forms import change_form_data
from tests.factories import EventFactory, economy

pytestmark = pytest.mark.django_db


def change_url(event):
    return f"/admin/events/event/{event.pk}/change/"


def test_event_form_refuses_an_end_before_the_start(editor_client):
    event = EventFactory(start_date=datetime.date(2019, 6, 10))
    data = change_form_data(editor_client.get(change_url(event)))
    data["end_date"] = "2019-06-09"
    response = editor_client.post(change_url(event), data)
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["end_date"] == [
        "An event cannot end before it starts (it starts on 10 June 2019)."
    ]
    event.refresh_from_db()
    assert event.end_date is None


def test_event_form_refuses_the_host_as_a_co_host(editor_client):
    event = EventFactory(host=economy("TWN"))
    data = change_form_data(editor_client.get(change_url(event)))
    data["co_hosts"] = ["TWN", "PHL"]
    response = editor_client.post(change_url(event), data)
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["co_hosts"] == [
        "Chinese Taipei is the host economy; a co-host cannot also be the host."
    ]
    assert list(event.co_hosts.all()) == []


def test_event_official_inline_edit_is_saved_and_moves_the_version_on(editor_client):
    event = EventFactory(publication_status="draft")  # a published one's edit waits for review
    data = change_form_data(editor_client.get(change_url(event)))
    data["officials-0-position"] = "1"
    data["officials-0-name"] = "H.E. Minister"
    response = editor_client.post(change_url(event), data)
    assert response.status_code == 302
    event.refresh_from_db()
    assert [o.name for o in event.officials.all()] == ["H.E. Minister"]
    assert event.version == 2


def test_editor_cannot_delete_an_event_but_a_publisher_can(editor_client, publisher_client):
    event = EventFactory()
    assert editor_client.get(f"/admin/events/event/{event.pk}/delete/").status_code == 403
    assert publisher_client.get(f"/admin/events/event/{event.pk}/delete/").status_code == 200


def test_draft_event_preview_has_the_banner_for_staff_only(client, editor_client):
    draft = EventFactory(publication_status="draft")
    assert client.get(draft.get_absolute_url()).status_code == 404
    html = editor_client.get(draft.get_absolute_url()).content.decode()
    assert html.count("Draft — not public.") == 1


def test_a_deleted_published_event_recovered_by_an_editor_comes_back_as_a_draft(
    editor_client, publisher_client
):
    from reversion.models import Version

    from events.models import Event

    event = EventFactory(title="Deleted forum")
    editor_client.get(change_url(event))  # records the first version
    response = publisher_client.post(f"/admin/events/event/{event.pk}/delete/", {"post": "yes"})
    assert response.status_code == 302
    deleted = Version.objects.get_deleted(Event).get()
    url = f"/admin/events/event/recover/{deleted.pk}/"
    response = editor_client.post(url, change_form_data(editor_client.get(url)))
    assert response.status_code == 302
    recovered = Event.objects.get(title="Deleted forum")
    assert (recovered.publication_status, recovered.published_at) == ("draft", None)


@pytest.mark.parametrize("precision", ["month", "year"])
def test_event_form_refuses_a_last_day_for_a_month_or_year_only_date(editor_client, precision):
    event = EventFactory(
        start_date=datetime.date(2019, 6, 1), date_precision=precision, publication_status="draft"
    )
    data = change_form_data(editor_client.get(change_url(event)))
    data["end_date"] = "2019-06-03"
    response = editor_client.post(change_url(event), data)
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["end_date"] == [
        "An event known only by its month or year has no last day: empty the last day or "
        "give the exact first day."
    ]
    event.refresh_from_db()
    assert event.end_date is None
    # The exact day may have one.
    data["date_precision"] = "day"
    assert editor_client.post(change_url(event), data).status_code == 302
    event.refresh_from_db()
    assert event.end_date == datetime.date(2019, 6, 3)
