"""core.publication: the transitions, who may make them, and who may preview drafts."""

import datetime

import pytest
from django.contrib.auth.models import AnonymousUser, Permission
from django.core.exceptions import PermissionDenied
from reversion.models import Version

from core.models import PublicationStatus
from core.publication import (
    TransitionRefused,
    can_preview_drafts,
    can_publish,
    put_in_state,
    record_publish,
    record_send_to_review,
    record_unpublish,
    settle_edited_state,
    status_choices,
)
from events.models import Event
from initiatives.models import Initiative
from statements.models import Statement
from tests.factories import EventFactory, InitiativeFactory, StatementFactory

pytestmark = pytest.mark.django_db

DRAFT, REVIEW, PUBLISHED = (
    PublicationStatus.DRAFT,
    PublicationStatus.REVIEW,
    PublicationStatus.PUBLISHED,
)


def stored(record):
    row = type(record).objects.values("publication_status", "published_at", "version")
    return row.get(pk=record.pk)


def latest_revision(record):
    version = Version.objects.get_for_object(record).first()
    return version.revision.user, version.revision.comment


@pytest.mark.parametrize("start", [DRAFT, REVIEW])
def test_a_publisher_publishes_a_draft_or_a_record_in_review(publisher, start):
    initiative = InitiativeFactory(publication_status=start)
    version = stored(initiative)["version"]
    record_publish(initiative, user=publisher)
    row = stored(initiative)
    assert row["publication_status"] == PUBLISHED
    assert row["published_at"] is not None
    assert row["published_at"] > datetime.datetime.now(datetime.UTC) - datetime.timedelta(minutes=1)
    assert row["version"] == version + 1
    assert latest_revision(initiative) == (publisher, "Published.")


@pytest.mark.parametrize("start", [PUBLISHED, REVIEW])
def test_a_publisher_unpublishes_back_to_draft(publisher, start):
    event = EventFactory(publication_status=start)
    record_unpublish(event, user=publisher)
    row = stored(event)
    assert (row["publication_status"], row["published_at"]) == (DRAFT, None)
    assert latest_revision(event) == (publisher, "Unpublished.")


def test_an_editor_sends_a_draft_for_review(editor):
    statement = StatementFactory(publication_status=DRAFT)
    record_send_to_review(statement, user=editor)
    row = stored(statement)
    assert (row["publication_status"], row["published_at"]) == (REVIEW, None)
    assert latest_revision(statement) == (editor, "Sent for review.")


def test_a_script_acting_without_a_user_may_publish(db):
    initiative = InitiativeFactory(publication_status=DRAFT)
    record_publish(initiative, user=None)
    assert stored(initiative)["publication_status"] == PUBLISHED
    assert latest_revision(initiative) == (None, "Published.")


@pytest.mark.parametrize(
    ("transition", "start"),
    [
        (record_publish, PUBLISHED),
        (record_unpublish, DRAFT),
        (record_send_to_review, REVIEW),
        (record_send_to_review, PUBLISHED),
    ],
)
def test_a_transition_from_the_wrong_state_is_refused_and_saves_nothing(
    publisher, transition, start
):
    initiative = InitiativeFactory(publication_status=start)
    before = stored(initiative)
    with pytest.raises(TransitionRefused) as refused:
        transition(initiative, user=publisher)
    assert "cannot be made" in str(refused.value)
    assert stored(initiative) == before
    assert initiative.publication_status == start


@pytest.mark.parametrize("transition", [record_publish, record_unpublish])
@pytest.mark.parametrize("factory", [InitiativeFactory, EventFactory, StatementFactory])
def test_an_editor_may_neither_publish_nor_unpublish(editor, transition, factory):
    start = DRAFT if transition is record_publish else PUBLISHED
    record = factory(publication_status=start)
    before = stored(record)
    with pytest.raises(PermissionDenied) as refused:
        transition(record, user=editor)
    plural = type(record)._meta.verbose_name_plural
    assert str(refused.value) == f"Only a Publisher can publish or unpublish {plural}."
    assert stored(record) == before


def test_a_user_without_any_permission_is_refused_every_transition(django_user_model):
    nobody = django_user_model.objects.create_user("nobody", password="x", is_staff=True)
    draft = InitiativeFactory(publication_status=DRAFT)
    before = stored(draft)
    with pytest.raises(PermissionDenied) as refused:
        record_send_to_review(draft, user=nobody)
    assert str(refused.value) == "You may not change this initiative."
    with pytest.raises(PermissionDenied):
        record_publish(draft, user=nobody)
    assert stored(draft) == before


def test_the_publish_right_is_per_model(django_user_model):
    user = django_user_model.objects.create_user("events-only", password="x", is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="publish_event"))
    assert can_publish(user, Event) is True
    assert can_publish(user, Initiative) is False
    assert can_publish(user, Statement) is False
    assert can_publish(None, Event) is False


def test_status_choices_hide_published_from_an_editor(editor, publisher):
    choices = PublicationStatus.choices
    assert status_choices(publisher, Initiative, choices) == choices
    assert status_choices(editor, Initiative, choices) == [
        ("draft", "Draft"),
        ("review", "In review"),
    ]


def test_put_in_state_sets_the_fields_only(db):
    initiative = Initiative(title="Unsaved", slug="unsaved")
    put_in_state(initiative, publish=True)
    assert initiative.publication_status == PUBLISHED
    assert initiative.published_at is not None
    assert initiative.pk is None
    put_in_state(initiative, publish=False)
    assert (initiative.publication_status, initiative.published_at) == (DRAFT, None)


def test_an_editors_edit_keeps_a_published_record_published(editor):
    published_at = datetime.datetime(2024, 5, 1, tzinfo=datetime.UTC)
    initiative = Initiative(publication_status=DRAFT, published_at=None)
    before = {"publication_status": PUBLISHED, "published_at": published_at}
    settle_edited_state(initiative, before=before, user=editor)
    assert (initiative.publication_status, initiative.published_at) == (PUBLISHED, published_at)


def test_an_editors_edit_cannot_publish(editor):
    initiative = Initiative(publication_status=PUBLISHED)
    settle_edited_state(initiative, before={"publication_status": REVIEW}, user=editor)
    assert (initiative.publication_status, initiative.published_at) == (REVIEW, None)


def test_a_publishers_edit_publishes_with_the_time_and_recovery_starts_from_draft(publisher):
    initiative = Initiative(publication_status=PUBLISHED)
    old = datetime.datetime(2024, 5, 1, tzinfo=datetime.UTC)
    before = {"publication_status": PUBLISHED, "published_at": old}
    settle_edited_state(initiative, before=before, user=publisher, recovered=True)
    assert initiative.publication_status == PUBLISHED
    assert initiative.published_at > old


def test_only_signed_in_staff_may_preview_drafts(django_user_model):
    reader = django_user_model.objects.create_user("reader", password="x")
    staff = django_user_model.objects.create_user("staff", password="x", is_staff=True)
    assert can_preview_drafts(None) is False
    assert can_preview_drafts(AnonymousUser()) is False
    assert can_preview_drafts(reader) is False
    assert can_preview_drafts(staff) is True


def test_visible_to_follows_the_predicate(django_user_model):
    staff = django_user_model.objects.create_user("staff", password="x", is_staff=True)
    InitiativeFactory(slug="shown")
    InitiativeFactory(slug="hidden", publication_status=REVIEW)

    def slugs(user):
        return sorted(Initiative.objects.visible_to(user).values_list("slug", flat=True))

    assert slugs(staff) == ["hidden", "shown"]
    assert slugs(AnonymousUser()) == ["shown"]
    assert slugs(None) == ["shown"]
