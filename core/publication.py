"""Publication: who may see drafts, and how a record's publication state changes.

The one place that writes `publication_status` / `published_at` and the one place that
decides whether a reader may preview drafts. Everything else calls these:

- `record_publish`, `record_unpublish`, `record_send_to_review`: one transition of one
  saved record, checked against its current state and, when a user is given, against
  that user's rights; saved with a revision comment in the record's history.
- `put_in_state`: a loader or importer puts a record it is about to save in the
  published or draft state.
- `settle_edited_state`: what an edit in the admin form may do to the state.
- `can_preview_drafts`: whether a reader sees drafts (pages, lists, counts, search).
- `published_sql`: the published condition for a query written in SQL.
- `can_publish`: whether a user may publish and unpublish records of a model (the
  `publish_<model>` permission the Publishers group holds).
"""

from dataclasses import dataclass

from django.core.exceptions import PermissionDenied
from django.db import models
from django.utils import timezone
from reversion.revisions import create_revision, set_comment, set_user


class PublicationStatus(models.TextChoices):
    DRAFT = "draft", "Draft"
    REVIEW = "review", "In review"
    PUBLISHED = "published", "Published"


STATE_FIELDS = ("publication_status", "published_at")


class TransitionRefused(ValueError):
    """The record is not in a state the requested change starts from."""


def can_preview_drafts(user):
    """Whether `user` may read records that are not published: signed-in staff only."""
    return bool(user is not None and user.is_authenticated and user.is_staff)


def published_sql(alias):
    """SQL true when the row `alias` of a public record's table is published: what
    `PublicRecordQuerySet.published()` filters, for the exports written in SQL."""
    return f"{alias}.publication_status = '{PublicationStatus.PUBLISHED.value}'"


def can_publish(user, model):
    """Whether `user` may publish and unpublish records of `model`."""
    opts = model._meta
    return bool(user is not None and user.has_perm(f"{opts.app_label}.publish_{opts.model_name}"))


def status_choices(user, model, choices):
    """The publication states `user` may pick in a form for a record of `model`."""
    if can_publish(user, model):
        return list(choices)
    return [choice for choice in choices if choice[0] != PublicationStatus.PUBLISHED]


def _may_change(user, model):
    opts = model._meta
    return bool(user is not None and user.has_perm(f"{opts.app_label}.change_{opts.model_name}"))


@dataclass(frozen=True)
class Transition:
    """One change of publication state: where it may start, and the right it needs."""

    target: str
    sources: frozenset
    needs_publish_right: bool
    comment: str  # the entry in the record's history


PUBLISH = Transition(
    PublicationStatus.PUBLISHED,
    frozenset({PublicationStatus.DRAFT, PublicationStatus.REVIEW}),
    needs_publish_right=True,
    comment="Published.",
)
UNPUBLISH = Transition(
    PublicationStatus.DRAFT,
    frozenset({PublicationStatus.PUBLISHED, PublicationStatus.REVIEW}),
    needs_publish_right=True,
    comment="Unpublished.",
)
SEND_TO_REVIEW = Transition(
    PublicationStatus.REVIEW,
    frozenset({PublicationStatus.DRAFT}),
    needs_publish_right=False,
    comment="Sent for review.",
)


def _check(record, transition, user):
    if record.publication_status not in transition.sources:
        raise TransitionRefused(
            f"“{record}” is {record.get_publication_status_display().lower()}; it cannot be "
            f"made {PublicationStatus(transition.target).label.lower()} from that state."
        )
    if user is None:
        return
    model = type(record)
    opts = model._meta
    if transition.needs_publish_right and not can_publish(user, model):
        raise PermissionDenied(
            f"Only a Publisher can publish or unpublish {opts.verbose_name_plural}."
        )
    if not transition.needs_publish_right and not _may_change(user, model):
        raise PermissionDenied(f"You may not change this {opts.verbose_name}.")


def _move(record, transition, user):
    """Check, then make and save the transition with its entry in the record's history."""
    _check(record, transition, user)
    record.publication_status = transition.target
    published = transition.target == PublicationStatus.PUBLISHED
    record.published_at = timezone.now() if published else None
    with create_revision():
        if user is not None:
            set_user(user)
        set_comment(transition.comment)
        record.save(update_fields=[*STATE_FIELDS, "updated_at"])
    return record


def record_publish(record, *, user):
    """Publish a draft or a record in review. `user` None is a script acting for the
    secretariat; otherwise the user needs the model's publish permission."""
    return _move(record, PUBLISH, user)


def record_unpublish(record, *, user):
    """Take a published record (or one in review) back to draft; a Publisher's right."""
    return _move(record, UNPUBLISH, user)


def record_send_to_review(record, *, user):
    """Send a draft for review; any user who may change the record may do it."""
    return _move(record, SEND_TO_REVIEW, user)


def put_in_state(record, *, publish):
    """Put a record a loader or importer is about to save in the published (with the
    time now) or the draft state. Only the fields are set: the caller saves the record
    with the rest of its data, in its own revision."""
    if publish:
        record.publication_status = PublicationStatus.PUBLISHED
        record.published_at = timezone.now()
    else:
        record.publication_status = PublicationStatus.DRAFT
        record.published_at = None
    return record


def settle_edited_state(record, *, before, user, recovered=False):
    """Make the state a form left on `record` one its editor may set.

    `before` holds the record's `publication_status` and `published_at` as they were
    before the edit (empty for a new record). Without the publishing right the
    editor can neither publish nor unpublish, by the form or by restoring an old
    version. A `recovered` (deleted, now restored) record counts as a draft before:
    it is public again only if a Publisher says so. `published_at` follows the state.
    """
    if recovered:
        before = {"publication_status": PublicationStatus.DRAFT, "published_at": None}
    was_published = before.get("publication_status") == PublicationStatus.PUBLISHED
    if not can_publish(user, type(record)):
        if was_published:
            record.publication_status = PublicationStatus.PUBLISHED
            record.published_at = before["published_at"]
        elif record.is_published:
            record.publication_status = before.get("publication_status", PublicationStatus.DRAFT)
            record.published_at = None
    if record.is_published and not was_published:
        record.published_at = timezone.now()
    elif not record.is_published:
        record.published_at = None
    return record
