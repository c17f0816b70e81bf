"""Issue 21: nothing reaches the public without a Publisher, by any route.

A pending change holds only what the Editor's form shows (items 2); the statement and its
meeting move under one rule that every public output agrees on (item 3); a route other
than the change form keeps an Editor's change for review (item 1).
"""

import pytest
from django.test import RequestFactory

from core.editorial import ProposalRefused, propose_for_review
from core.models import PendingChange
from core.publication import (
    RuleRefused,
    is_public,
    record_publish,
    record_unpublish,
)
from events.models import Event
from initiatives.models import Initiative
from statements.models import Statement
from tests.admin_forms import change_form_data
from tests.exports_helpers import body, csv_rows, json_data
from tests.factories import EventFactory, InitiativeFactory, ParagraphFactory, StatementFactory

pytestmark = pytest.mark.django_db


def change_url(record):
    opts = record._meta
    return f"/admin/{opts.app_label}/{opts.model_name}/{record.pk}/change/"


def review_url(record):
    opts = record._meta
    return f"/admin/{opts.app_label}/{opts.model_name}/{record.pk}/review/"


def messages_of(response):
    return [str(m) for m in response.context["messages"]]


# --- item 2: a smuggled publication field is never part of a pending change -------------


def test_a_smuggled_publication_status_is_neither_kept_nor_applied(
    client, editor_client, publisher_client
):
    event = EventFactory(slug="open-forum", title="Open forum", summary="Old summary.")
    published_at = Event.objects.get(pk=event.pk).published_at
    data = change_form_data(editor_client.get(change_url(event)))
    assert "publication_status" not in data  # read-only for an Editor on a live record
    data.update(
        summary="New summary.",
        publication_status="draft",
        published_at="2001-01-01 00:00",
        version="999",
    )
    data["version"] = str(event.version)
    response = editor_client.post(change_url(event), data)
    assert response.status_code == 302
    change = PendingChange.objects.get()
    assert not {"publication_status", "published_at", "version"} & set(change.data)
    assert change.data["summary"] == ["New summary."]

    # The review shows every field that will change, and nothing else.
    review = publisher_client.get(review_url(event))
    assert review.context["changes"] == ["Summary: “Old summary.” → “New summary.”"]

    # Even a change row written with the field (an older row, a hand-made one) cannot move it.
    change.data["publication_status"] = ["draft"]
    change.save()
    review = publisher_client.get(review_url(event))
    assert review.context["changes"] == ["Summary: “Old summary.” → “New summary.”"]
    response = publisher_client.post(review_url(event), {"_publish": "Publish these changes"})
    assert response.status_code == 302
    event.refresh_from_db()
    assert (event.summary, event.publication_status, event.published_at) == (
        "New summary.",
        "published",
        published_at,
    )
    assert client.get("/events/open-forum/").status_code == 200


def test_the_review_page_names_the_live_record_not_the_proposed_one(
    editor_client, publisher_client
):
    event = EventFactory(slug="live-title", title="Live title")
    data = change_form_data(editor_client.get(change_url(event)))
    data.update(title="Proposed title", version=str(event.version))
    assert editor_client.post(change_url(event), data).status_code == 302
    review = publisher_client.get(review_url(event))
    assert review.context["title"] == "Review the change to “Live title”"
    assert review.context["changes"] == ["Title: “Live title” → “Proposed title”"]


# --- item 1: a route other than the change form keeps an Editor's change for review ------


@pytest.fixture
def editor_request(editor):
    request = RequestFactory().get("/admin/")
    request.user = editor
    return request


def test_propose_for_review_keeps_a_routes_change_as_a_pending_change(
    client, editor, editor_request, publisher_client
):
    initiative = InitiativeFactory(slug="digital-smes", title="Digital SMEs", start_year=2019)

    def apply_change():
        Initiative.objects.filter(pk=initiative.pk).update(title="Quantum SME leap")
        initiative.objectives.create(position=1, text="Reach 100 SMEs.")

    kept = propose_for_review(editor_request, [initiative], apply_change)
    assert [change.author for change in kept] == [editor]
    initiative.refresh_from_db()
    assert (initiative.title, initiative.objectives.count(), initiative.version) == (
        "Digital SMEs",
        0,
        1,
    )
    assert "publication_status" not in kept[0].data
    assert "Quantum" not in client.get("/initiatives/digital-smes/").content.decode()

    review = publisher_client.get(review_url(initiative))
    assert review.context["changes"] == [
        "Title: “Digital SMEs” → “Quantum SME leap”",
        "Initiative objective 1) Reach 100 SMEs.: added",
    ]
    publisher_client.post(review_url(initiative), {"_publish": "Publish these changes"})
    initiative.refresh_from_db()
    assert (initiative.title, initiative.publication_status) == ("Quantum SME leap", "published")
    assert list(initiative.objectives.values_list("text", flat=True)) == ["Reach 100 SMEs."]


def test_propose_for_review_refuses_while_someone_elses_change_waits(editor_request, publisher):
    event = EventFactory(city="Taipei")
    PendingChange.objects.create(record=event, author=publisher, data={}, base_edit=1)
    with pytest.raises(ProposalRefused, match="waiting for a Publisher's review"):
        propose_for_review(
            editor_request,
            [event],
            lambda: Event.objects.filter(pk=event.pk).update(city="Lima"),
        )
    event.refresh_from_db()
    assert event.city == "Taipei"


def test_propose_for_review_keeps_nothing_for_a_change_of_nothing(editor_request):
    event = EventFactory()
    assert propose_for_review(editor_request, [event], lambda: None) == []
    assert not PendingChange.objects.exists()


# --- item 3: a statement is published only with its meeting -----------------------------


def test_a_statement_cannot_be_published_while_its_meeting_is_a_draft(publisher):
    statement = StatementFactory(publication_status="draft", meeting__publication_status="draft")
    with pytest.raises(RuleRefused, match="cannot be published while its event"):
        record_publish(statement, user=publisher)
    record_publish(statement.meeting, user=publisher)
    record_publish(statement, user=publisher)
    assert Statement.objects.published().get() == statement


def test_a_meeting_cannot_be_unpublished_under_a_published_statement(publisher):
    statement = StatementFactory()
    with pytest.raises(RuleRefused, match="published statement"):
        record_unpublish(statement.meeting, user=publisher)
    record_unpublish(statement, user=publisher)
    record_unpublish(statement.meeting, user=publisher)
    assert not Event.objects.published().exists()


def test_the_admin_says_why_and_changes_nothing(publisher_client):
    statement = StatementFactory(
        title="2019 meeting", publication_status="draft", meeting__publication_status="draft"
    )
    response = publisher_client.post(
        "/admin/statements/statement/",
        {"action": "publish_selected", "_selected_action": [statement.pk]},
        follow=True,
    )
    assert response.status_code == 200
    assert any("publish the event first" in m for m in messages_of(response))
    assert any(m == "Published 0 statements." for m in messages_of(response))

    # The change form: "Save and publish" and a status field set to published.
    data = change_form_data(publisher_client.get(change_url(statement)))
    response = publisher_client.post(change_url(statement), {**data, "_publish": "x"}, follow=True)
    assert any("publish the event first" in m for m in messages_of(response))
    data = change_form_data(publisher_client.get(change_url(statement)))
    response = publisher_client.post(
        change_url(statement), {**data, "publication_status": "published"}
    )
    assert response.status_code == 200
    assert "publish the event first" in response.content.decode()
    statement.refresh_from_db()
    assert statement.publication_status == "draft"

    # And the meeting under a published statement, by its form.
    live = StatementFactory(title="2020 meeting")
    meeting = live.meeting
    data = change_form_data(publisher_client.get(change_url(meeting)))
    response = publisher_client.post(change_url(meeting), {**data, "publication_status": "draft"})
    assert response.status_code == 200
    assert "unpublish the statement first" in response.content.decode()
    meeting.refresh_from_db()
    assert meeting.publication_status == "published"


@pytest.fixture
def split_statement():
    """A published statement over a draft meeting, as data made before the rule could hold
    (written past the publication service)."""
    statement = StatementFactory(
        slug="split-statement",
        title="Split statement",
        meeting__slug="split-meeting",
        meeting__city="Marmaladeville",
        meeting__summary="Ministers discussed marmalade.",
    )
    ParagraphFactory(statement=statement, number=1, text="SMEs and innovation.")
    Event.objects.filter(pk=statement.meeting_id).update(publication_status="draft")
    StatementFactory(slug="whole-statement", title="Whole statement")
    return statement


@pytest.mark.parametrize("reader", ["staff first", "anonymous only"])
def test_every_public_output_leaves_out_a_statement_whose_meeting_is_a_draft(
    client, editor_client, split_statement, caches_on, reader
):
    readers = [editor_client, client] if reader == "staff first" else [client]
    for each in readers:
        listed = each.get("/statements/")
        if each is client:
            assert [s.slug for s in listed.context["object_list"]] == ["whole-statement"]
    html = client.get("/statements/").content.decode()
    assert "Split statement" not in html and "Marmaladeville" not in html
    for suffix in ("/", ".txt", ".json", ".ris", ".csl.json"):
        assert client.get(f"/statements/split-statement{suffix}").status_code == 404
    assert "Split statement" not in body(client.get("/statements/feed/")).decode()
    assert [r["slug"] for r in csv_rows(client.get("/statements/", {"format": "csv"}))] == [
        "whole-statement"
    ]
    data = json_data(client.get("/statements/", {"format": "json"}))
    assert [item["slug"] for item in data["results"]] == ["whole-statement"]
    assert "Split statement" not in client.get("/search/", {"q": "innovation"}).content.decode()
    assert "split-statement" not in body(client.get("/sitemap-statements.xml")).decode()
    assert "whole-statement" in body(client.get("/sitemap-statements.xml")).decode()
    dataset = body(client.get("/data/dataset.json")).decode()
    assert "split-statement" not in dataset and "whole-statement" in dataset


def test_a_draft_meeting_shown_by_a_published_statement_is_public(editor_client, split_statement):
    meeting = split_statement.meeting
    meeting.refresh_from_db()
    assert meeting.publication_status == "draft"
    assert is_public(meeting)
    data = change_form_data(editor_client.get(change_url(meeting)))
    response = editor_client.post(change_url(meeting), {**data, "city": "Lima"}, follow=True)
    assert "waits for a Publisher's review" in messages_of(response)[0]
    meeting.refresh_from_db()
    assert meeting.city == "Marmaladeville"
    assert PendingChange.objects.get().data["city"] == ["Lima"]


def test_is_public_of_unsaved_and_draft_records():
    assert not is_public(None)
    assert not is_public(Event(title="x"))
    assert not is_public(EventFactory(publication_status="draft"))


def test_a_published_statement_cannot_be_moved_onto_a_draft_meeting(publisher_client):
    statement = StatementFactory()
    draft_meeting = EventFactory(kind="ministerial_meeting", publication_status="draft")
    data = change_form_data(publisher_client.get(change_url(statement)))
    response = publisher_client.post(
        change_url(statement), {**data, "meeting": str(draft_meeting.pk)}
    )
    assert response.status_code == 200
    assert "cannot be published while its event" in response.content.decode()
    statement.refresh_from_db()
    assert statement.meeting_id != draft_meeting.pk


def test_an_editors_restore_of_a_draft_version_keeps_the_record_published(
    client, editor_client, publisher_client
):
    """The restore route: an old version that was a draft brings back its fields, never
    its publication state."""
    from reversion.models import Version

    record = InitiativeFactory(
        title="Digital SMEs", slug="digital-smes", publication_status="draft"
    )
    data = change_form_data(publisher_client.get(change_url(record)))
    publisher_client.post(change_url(record), {**data, "title": "Digital SMEs v1"})
    data = change_form_data(publisher_client.get(change_url(record)))
    publisher_client.post(change_url(record), {**data, "title": "Digital SMEs v2", "_publish": "x"})
    record.refresh_from_db()
    assert record.publication_status == "published"
    draft_version = (
        Version.objects.get_for_object(record)
        .filter(serialized_data__contains="Digital SMEs v1")
        .first()
    )
    url = f"/admin/initiatives/initiative/{record.pk}/history/{draft_version.pk}/"
    form = change_form_data(editor_client.get(url))
    response = editor_client.post(url, {**form, "publication_status": "draft"})
    assert response.status_code == 302
    change = PendingChange.objects.get()
    assert change.data["title"] == ["Digital SMEs v1"]
    assert "publication_status" not in change.data
    publisher_client.post(review_url(record), {"_publish": "x"})
    record.refresh_from_db()
    assert (record.title, record.publication_status) == ("Digital SMEs v1", "published")
    assert client.get("/initiatives/digital-smes/").status_code == 200


def test_propose_for_review_posts_removed_rows_as_deleted(editor_request, publisher_client):
    initiative = InitiativeFactory(slug="two-goals")
    initiative.objectives.create(position=1, text="Goal one.")
    initiative.objectives.create(position=2, text="Goal two.")

    def apply_change():
        initiative.objectives.filter(position=1).delete()

    kept = propose_for_review(editor_request, [initiative], apply_change)
    assert len(kept) == 1
    assert initiative.objectives.count() == 2
    review = publisher_client.get(review_url(initiative))
    assert review.context["changes"] == ["Initiative objective 1) Goal one.: removed"]
    publisher_client.post(review_url(initiative), {"_publish": "x"})
    assert list(initiative.objectives.values_list("text", flat=True)) == ["Goal two."]


def test_a_field_the_pending_change_does_not_hold_keeps_its_live_value(
    editor_client, publisher_client
):
    event = EventFactory(title="Open forum", summary="Live summary.", city="Taipei")
    data = change_form_data(editor_client.get(change_url(event)))
    editor_client.post(change_url(event), {**data, "city": "Lima", "summary": ""})
    change = PendingChange.objects.get()
    assert change.data["summary"] == [""]  # emptied by the Editor: part of the change
    del change.data["summary"]  # as if the Editor's form had no such field
    change.save()
    review = publisher_client.get(review_url(event))
    assert review.context["changes"] == ["City: “Taipei” → “Lima”"]
    publisher_client.post(review_url(event), {"_publish": "x"})
    event.refresh_from_db()
    assert (event.city, event.summary) == ("Lima", "Live summary.")


def test_list_actions_go_through_the_service_for_an_editor(editor_client):
    """The list-action route: an Editor may only send drafts for review; the publishing
    actions are not offered and a forged one is refused."""
    live = EventFactory(title="Live forum")
    draft = EventFactory(title="Draft forum", publication_status="draft")
    listing = editor_client.get("/admin/events/event/")
    offered = [value for value, _ in listing.context["action_form"].fields["action"].choices]
    assert "publish_selected" not in offered and "unpublish_selected" not in offered
    editor_client.post(
        "/admin/events/event/",
        {"action": "unpublish_selected", "_selected_action": [live.pk]},
    )
    live.refresh_from_db()
    assert live.publication_status == "published"
    editor_client.post(
        "/admin/events/event/",
        {"action": "send_to_review", "_selected_action": [live.pk, draft.pk]},
    )
    live.refresh_from_db()
    draft.refresh_from_db()
    assert (live.publication_status, draft.publication_status) == ("published", "review")
