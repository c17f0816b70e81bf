"""Publication: who may see drafts, and how a record's publication state changes.

The one place that writes `publication_status` / `published_at` and the one place that
decides whether a reader may preview drafts. Everything else calls these:

- `record_publish`, `record_unpublish`, `record_send_to_review`, `record_send_back`: one
  transition of one saved record, checked against its current state, the rules between
  records and, when a user is given, that user's rights; saved with a revision comment in
  the record's history, with its `ReviewRequest` (who sent it for review, how the review
  ended) and the emails that go with it (core.notifications).
- `put_in_state`: a loader or importer puts a record it is about to save in the
  published or draft state.
- `settle_edited_state`: what an edit in the admin form may do to the state.
- `can_preview_drafts`: whether a reader sees drafts (pages, lists, counts, search).
- `published_sql`: the published condition for a query written in SQL; `visible_statuses`,
  the states a reader may see, for one that takes them as a parameter (search).
- `can_publish`: whether a user may publish and unpublish records of a model (the
  `publish_<model>` permission the Publishers group holds).
- `is_public`: whether a record is public, itself or through a published record that
  shows its fields (a statement shows its meeting event); an Editor's change to a public
  record waits for a Publisher, whatever the route.
- `rule_problem`: the rules between records (a statement and its meeting), checked by
  every transition here and by the admin form, so no route can break them.

Records say how they depend on each other through two optional methods:
`publication_needs()` (records that must be published before this one can be: a
statement's meeting) and `shown_by()` (records whose public pages show this one's
fields: a meeting's statement).
"""

from dataclasses import dataclass

from django.core.exceptions import PermissionDenied
from django.db import models, transaction
from django.dispatch import Signal
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from reversion.revisions import create_revision, set_comment, set_user


class PublicationStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    REVIEW = "review", _("In review")
    PUBLISHED = "published", _("Published")


STATE_FIELDS = ("publication_status", "published_at")


# Sent inside the transaction of each transition, after the record is saved: the review
# requests and their emails (core/reviews.py) follow it, so this module needs neither.
transition_made = Signal()


class TransitionRefused(ValueError):
    """The record is not in a state the requested change starts from."""


class RuleRefused(TransitionRefused):
    """The change would break a rule between records (`rule_problem` says which)."""


def can_preview_drafts(user):
    """Whether `user` may read records that are not published: signed-in staff only."""
    return bool(user is not None and user.is_authenticated and user.is_staff)


def visible_statuses(user):
    """The publication states whose records `user` may read, for queries written in SQL:
    every state for a reader who may preview drafts, "published" alone for the rest."""
    if can_preview_drafts(user):
        return list(PublicationStatus.values)
    return [PublicationStatus.PUBLISHED.value]


def published_sql(alias):
    """SQL true when the row `alias` of a public record's table is published: what
    `PublicRecordQuerySet.published()` filters, for the exports written in SQL."""
    return f"{alias}.publication_status = '{PublicationStatus.PUBLISHED.value}'"


#: The secretariat's roles: the auth groups that apec_portal's first migration makes.
#: Publishers hold every `publish_<model>` permission; Editors hold none.
ROLES = {"editor": "Editors", "publisher": "Publishers"}


def publish_permission(model):
    """The permission that lets a user publish and unpublish records of `model`, as
    (app label, codename): `("events", "publish_event")`."""
    opts = model._meta
    return opts.app_label, f"publish_{opts.model_name}"


def can_publish(user, model):
    """Whether `user` may publish and unpublish records of `model`."""
    app_label, codename = publish_permission(model)
    return bool(user is not None and user.has_perm(f"{app_label}.{codename}"))


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


def _needs(record):
    needs = getattr(record, "publication_needs", None)
    return [need for need in (needs() if needs else []) if need is not None]


def _shown_by(record):
    shown_by = getattr(record, "shown_by", None)
    return [other for other in (shown_by() if shown_by else []) if other is not None]


def shown_publicly(record):
    """Whether a published record other than `record` shows its fields."""
    return any(other.is_published for other in _shown_by(record))


def is_public(record):
    """Whether anonymous readers see `record`'s fields: it is published, or a published
    record shows them (a published statement shows its meeting's city, dates and host)."""
    if record is None or record.pk is None:
        return False
    if record.publication_status == PublicationStatus.PUBLISHED:
        return True
    return shown_publicly(record)


def rule_problem(record, target):
    """Why `record` cannot be in the state `target`, or "" when it can.

    The rule between a statement and its meeting event: a statement is published only
    while its meeting is published, so it cannot be published while the meeting is a
    draft (or in review), and the meeting cannot leave the published state while a
    published statement shows it. Publish the meeting first; unpublish the statement first.
    """
    if target == PublicationStatus.PUBLISHED:
        for need in _needs(record):
            if not need.is_published:
                return gettext(
                    "“%(record)s” cannot be published while its %(model)s “%(need)s” is "
                    "%(status)s: publish the %(model)s first."
                ) % {
                    "record": record,
                    "model": need._meta.verbose_name,
                    "need": need,
                    "status": need.get_publication_status_display().lower(),
                }
        return ""
    for other in _shown_by(record):
        if other.is_published:
            return gettext(
                "“%(record)s” cannot be unpublished while the published %(model)s "
                "“%(other)s” shows it: unpublish the %(model)s first."
            ) % {"record": record, "model": other._meta.verbose_name, "other": other}
    return ""


def _check(record, transition, user):
    if record.publication_status not in transition.sources:
        raise TransitionRefused(
            gettext("“%(record)s” is %(status)s; it cannot be made %(target)s from that state.")
            % {
                "record": record,
                "status": record.get_publication_status_display().lower(),
                "target": PublicationStatus(transition.target).label.lower(),
            }
        )
    problem = rule_problem(record, transition.target)
    if problem:
        raise RuleRefused(problem)
    if user is None:
        return
    model = type(record)
    opts = model._meta
    if transition.needs_publish_right and not can_publish(user, model):
        raise PermissionDenied(
            gettext("Only a Publisher can publish or unpublish %(models)s.")
            % {"models": opts.verbose_name_plural}
        )
    if not transition.needs_publish_right and not _may_change(user, model):
        raise PermissionDenied(
            gettext("You may not change this %(model)s.") % {"model": opts.verbose_name}
        )


SEND_BACK = Transition(
    PublicationStatus.DRAFT,
    frozenset({PublicationStatus.REVIEW}),
    needs_publish_right=True,
    comment="Sent back to draft.",
)


def _move(record, transition, user, comment=""):
    """Check, then make and save the transition with its entry in the record's history,
    and keep the record's review request (who sent it, how it ended) with it."""
    _check(record, transition, user)
    source = record.publication_status
    record.publication_status = transition.target
    published = transition.target == PublicationStatus.PUBLISHED
    record.published_at = timezone.now() if published else None
    with transaction.atomic(), create_revision():
        if user is not None:
            set_user(user)
        set_comment(f"{transition.comment[:-1]}: {comment}" if comment else transition.comment)
        record.save(update_fields=[*STATE_FIELDS, "updated_at"])
        transition_made.send(
            sender=type(record),
            record=record,
            source=source,
            target=transition.target,
            user=user,
            comment=comment,
        )
    return record


def record_publish(record, *, user):
    """Publish a draft or a record in review. `user` None is a script acting for the
    secretariat; otherwise the user needs the model's publish permission."""
    return _move(record, PUBLISH, user)


def record_unpublish(record, *, user):
    """Take a published record (or one in review) back to draft; a Publisher's right."""
    return _move(record, UNPUBLISH, user)


def record_send_to_review(record, *, user):
    """Send a draft for review; any user who may change the record may do it. Publishers
    are told by email (core.notifications)."""
    return _move(record, SEND_TO_REVIEW, user)


def record_send_back(record, *, user, comment):
    """Send a record in review back to draft with a comment its editor reads (on the
    admin's home page and by email); a Publisher's right."""
    comment = (comment or "").strip()
    if not comment:
        raise TransitionRefused(
            gettext("Say why the record goes back to draft: its editor reads it.")
        )
    return _move(record, SEND_BACK, user, comment)


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
