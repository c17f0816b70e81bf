"""Issue 21: the desk on the admin's home page, the "In review" filter, "Recent actions",
the editorial emails and their opt-out, and themes as reference data with history."""

import pytest
from django.contrib.admin.models import LogEntry
from django.core import mail
from reversion.models import Version

from core.models import NotificationSetting, PendingChange, ReviewRequest
from initiatives.models import Theme
from tests.admin_forms import change_form_data, staff_user
from tests.factories import EventFactory, InitiativeFactory

pytestmark = pytest.mark.django_db

INDEX = "/admin/"
PUBLISHER_INDEX_QUERIES = 16
EDITOR_INDEX_QUERIES = 12


def change_url(record):
    opts = record._meta
    return f"/admin/{opts.app_label}/{opts.model_name}/{record.pk}/change/"


def review_url(record):
    opts = record._meta
    return f"/admin/{opts.app_label}/{opts.model_name}/{record.pk}/review/"


@pytest.fixture
def addressed(editor, publisher):
    editor.email = "eddie@example.org"
    editor.save()
    publisher.email = "pat@example.org"
    publisher.save()
    return editor, publisher


def propose(client, record, **changes):
    data = change_form_data(client.get(change_url(record)))
    data.update(changes)
    response = client.post(change_url(record), data)
    assert response.status_code == 302
    return response


def send_for_review(client, record):
    data = change_form_data(client.get(change_url(record)))
    response = client.post(change_url(record), {**data, "_send_to_review": "x"})
    assert response.status_code == 302


def test_a_publisher_sees_what_waits_oldest_first_with_who_and_a_link(
    editor_client, publisher_client, addressed, django_capture_on_commit_callbacks
):
    live = InitiativeFactory(title="Digital SMEs", slug="digital-smes")
    draft = EventFactory(title="Draft forum", publication_status="draft")
    with django_capture_on_commit_callbacks(execute=True):
        propose(editor_client, live, title="Digital SMEs 2")
        send_for_review(editor_client, draft)
    assert [m.subject for m in mail.outbox] == [
        "Change to review: initiative “Digital SMEs”",
        "Draft to review: event “Draft forum”",
    ]
    assert all(m.to == ["pat@example.org"] for m in mail.outbox)
    assert f"http://127.0.0.1:8000{review_url(live)}" in mail.outbox[0].body

    response = publisher_client.get(INDEX)
    html = response.content.decode()
    assert "Waiting for your review (2)" in html
    review = [(item.title, item.what, item.who, item.url) for item in _desk(response)["review"]]
    assert review == [
        ("Digital SMEs", "Change to the published record", "eddie.editor", review_url(live)),
        ("Draft forum", "Draft sent for review", "eddie.editor", change_url(draft)),
    ]
    assert f'href="{review_url(live)}"' in html

    # The "In review" filter counts both; "Recent actions" shows the editor's acts.
    listed = publisher_client.get(
        "/admin/initiatives/initiative/", {"publication_status": "review"}
    )
    assert [o.pk for o in listed.context["cl"].result_list] == [live.pk]
    listed = publisher_client.get("/admin/events/event/", {"publication_status": "review"})
    assert [o.pk for o in listed.context["cl"].result_list] == [draft.pk]
    entry = LogEntry.objects.get(user__username="eddie.editor", object_repr="Digital SMEs")
    assert entry.change_message == "Proposed a change for a Publisher's review."
    recent = editor_client.get(INDEX).content.decode().split('id="recent-actions-module"')[1]
    assert "Digital SMEs" in recent and "Draft forum" in recent


def _desk(response):
    from core.desk import desk_for

    return desk_for(response.wsgi_request.user)


def test_publishing_and_sending_back_tell_the_editor_and_fill_sent_back(
    editor_client, publisher_client, addressed, django_capture_on_commit_callbacks
):
    live = InitiativeFactory(title="Digital SMEs")
    draft = EventFactory(title="Draft forum", publication_status="draft")
    propose(editor_client, live, title="Digital SMEs 2")
    send_for_review(editor_client, draft)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        publisher_client.post(review_url(live), {"_reject": "x", "review_comment": "Too vague."})
        data = change_form_data(publisher_client.get(change_url(draft)))
        publisher_client.post(
            change_url(draft), {**data, "_reject": "x", "_review_comment": "Add the city."}
        )
    assert [(m.subject, m.to) for m in mail.outbox] == [
        ("Sent back: initiative “Digital SMEs”", ["eddie@example.org"]),
        ("Sent back: event “Draft forum”", ["eddie@example.org"]),
    ]
    assert "Add the city." in mail.outbox[1].body
    html = editor_client.get(INDEX).content.decode()
    assert "Sent back to you (2)" in html
    assert "Too vague." in html and "Add the city." in html
    assert ReviewRequest.objects.get().state == "sent_back"

    # Sending it again takes it off "Sent back"; publishing it tells the editor.
    send_for_review(editor_client, draft)
    assert "Add the city." not in editor_client.get(INDEX).content.decode()
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        data = change_form_data(publisher_client.get(change_url(draft)))
        publisher_client.post(change_url(draft), {**data, "_publish": "x"})
    assert [m.subject for m in mail.outbox] == ["Published: event “Draft forum”"]


def test_an_editor_sees_their_drafts_and_nothing_to_review(editor_client, editor):
    data = {"title": "My forum", "slug": "my-forum", "kind": "forum", "start_date": "2024-05-01"}
    EventFactory(title="Someone else's draft", publication_status="draft")
    add = editor_client.get("/admin/events/event/add/")
    form = change_form_data(add)
    form.update(data)
    form["publication_status"] = "draft"
    del form["co_hosts"], form["themes"]  # nothing picked
    assert editor_client.post("/admin/events/event/add/", form).status_code == 302
    response = editor_client.get(INDEX)
    desk = _desk(response)
    assert not desk["is_publisher"]
    assert [item.title for item in desk["drafts"]] == ["My forum"]
    assert "Waiting for your review" not in response.content.decode()


def test_the_opt_out_stops_the_emails(
    client, editor_client, publisher_client, addressed, django_capture_on_commit_callbacks
):
    _, publisher = addressed
    page = publisher_client.get("/admin/notifications/")
    assert page.status_code == 200
    assert publisher_client.post("/admin/notifications/", {}).status_code == 302
    assert NotificationSetting.objects.get(user=publisher).editorial_emails is False
    assert "Email notifications are <strong>off</strong>" in (
        publisher_client.get(INDEX).content.decode()
    )
    with django_capture_on_commit_callbacks(execute=True):
        propose(editor_client, InitiativeFactory(), title="Changed")
    assert mail.outbox == []
    assert client.get("/admin/notifications/").status_code == 302  # staff only


@pytest.mark.parametrize("waiting", [1, 6])
def test_the_index_runs_a_fixed_number_of_queries(
    editor_client, publisher_client, django_assert_num_queries, waiting
):
    for number in range(waiting):
        propose(editor_client, InitiativeFactory(), title=f"Changed {number}")
        send_for_review(editor_client, EventFactory(publication_status="draft"))
    publisher_client.get(INDEX)  # content types and sessions warm
    with django_assert_num_queries(PUBLISHER_INDEX_QUERIES):
        response = publisher_client.get(INDEX)
    assert f"Waiting for your review ({2 * waiting})" in response.content.decode()
    editor_client.get(INDEX)
    with django_assert_num_queries(EDITOR_INDEX_QUERIES):
        response = editor_client.get(INDEX)
    assert f"Your drafts ({2 * waiting})" in response.content.decode()


# --- themes: reference data, changed by Publishers only, with history -------------------


def test_editors_pick_themes_but_only_publishers_change_them(editor_client, publisher_client):
    theme = Theme.objects.create(name="Green growth", slug="green-growth")
    url = f"/admin/initiatives/theme/{theme.pk}/change/"
    assert editor_client.get("/admin/initiatives/theme/add/").status_code == 403
    data = {"name": "Renamed", "slug": "green-growth", "description": ""}
    editor_client.post(url, data)
    theme.refresh_from_db()
    assert theme.name == "Green growth"
    assert (
        editor_client.get(
            "/admin/autocomplete/",
            {"app_label": "initiatives", "model_name": "initiative", "field_name": "themes"},
        ).status_code
        == 200
    )

    assert publisher_client.post(url, data).status_code == 302
    theme.refresh_from_db()
    assert theme.name == "Renamed"
    version = Version.objects.get_for_object(theme).get()
    assert version.revision.user.username == "pat.publisher"
    assert publisher_client.get(f"/admin/initiatives/theme/{theme.pk}/history/").status_code == 200


def test_a_new_editor_account_has_no_theme_change_right(db):
    user = staff_user("new.editor", "editor")
    assert user.has_perm("initiatives.view_theme")
    assert not user.has_perm("initiatives.change_theme")
    assert not user.has_perm("initiatives.add_theme")
    assert staff_user("new.publisher", "publisher").has_perm("initiatives.change_theme")
    assert PendingChange.objects.count() == 0


def test_a_record_deleted_while_in_review_leaves_the_desk(editor_client, publisher_client):
    draft = EventFactory(title="Gone forum", publication_status="draft")
    send_for_review(editor_client, draft)
    assert "Waiting for your review (1)" in publisher_client.get(INDEX).content.decode()
    draft.delete()
    html = publisher_client.get(INDEX).content.decode()
    assert "Waiting for your review (0)" in html and "Gone forum" not in html
