"""Editorial emails, through Django's mail API (the backend is a setting: the console in
development, SMTP in production; see docs/editors.md).

- `review_wanted`: Publishers hear that a draft was sent for review, or that an Editor's
  change to a public record waits for them.
- `review_done`: the Editor hears that their draft or change was published or sent back
  (with the Publisher's comment).

Each member of staff may turn these emails off (`NotificationSetting`, on the admin's
"Email notifications" page). Emails go once the database transaction commits, so a
save that is rolled back sends nothing; a mail server that fails is logged, never shown
to the person saving as an error.
"""

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import translation

from core.publication import ROLES, publish_permission

log = logging.getLogger(__name__)


def _wants_email(users):
    return (
        users.filter(is_active=True, is_staff=True)
        .exclude(email="")
        .exclude(notification_setting__editorial_emails=False)
    )


def publishers_to_tell(model, exclude=None):
    """Active Publishers (of `model`) with an address who have not turned the emails off."""
    app_label, codename = publish_permission(model)
    users = get_user_model().objects.filter(
        Q(groups__name=ROLES["publisher"])
        | Q(
            user_permissions__codename=codename,
            user_permissions__content_type__app_label=app_label,
        )
    )
    if exclude is not None:
        users = users.exclude(pk=exclude.pk)
    return list(_wants_email(users).distinct().order_by("pk"))


def admin_link(record, view="change"):
    opts = record._meta
    path = reverse(f"admin:{opts.app_label}_{opts.model_name}_{view}", args=[record.pk])
    return f"{settings.SITE_URL}{path}"


def _send(subject, lines, recipients):
    addresses = [user.email for user in recipients]
    if not addresses:
        return

    def send():
        try:
            send_mail(
                subject,
                "\n".join(lines) + "\n",
                settings.DEFAULT_FROM_EMAIL,
                addresses,
            )
        except OSError:  # SMTP errors are OSErrors: the save stands, the log says so
            log.exception("editorial email not sent", extra={"subject": subject})

    transaction.on_commit(send)


def english_kind(record):
    """The record's kind in English: the emails are English, whatever the language of the
    admin screen whose action sends them (the model's name is translated there)."""
    with translation.override("en"):
        return str(record._meta.verbose_name)


def review_wanted(record, *, by, change=False):
    """Tell Publishers that `record` (a draft) was sent for review by `by`, or, with
    `change`, that `by`'s change to the public `record` waits for their review."""
    who = by.get_username() if by is not None else "An import"
    kind = english_kind(record)
    if change:
        subject = f"Change to review: {kind} “{record}”"
        lines = [
            f"{who} changed the published {kind} “{record}”. The change waits for a "
            "Publisher's review; the public page shows the published version until then.",
            "",
            f"Review it: {admin_link(record, 'review')}",
        ]
    else:
        subject = f"Draft to review: {kind} “{record}”"
        lines = [
            f"{who} sent the draft {kind} “{record}” for review.",
            "",
            f"Open it to publish it or send it back: {admin_link(record)}",
        ]
    lines += ["", "You get this email as a Publisher; turn it off on the admin's home page."]
    _send(subject, lines, publishers_to_tell(type(record), exclude=by))


def review_done(record, *, author, reviewer, published, comment="", change=False):
    """Tell `author` that their draft (or, with `change`, their change) of `record` was
    published or sent back by `reviewer`, with the reviewer's comment."""
    if author is None or (reviewer is not None and author.pk == reviewer.pk):
        return
    recipients = list(_wants_email(get_user_model().objects.filter(pk=author.pk)))
    kind = english_kind(record)
    what = f"Your change to the {kind}" if change else f"Your {kind}"
    who = reviewer.get_username() if reviewer is not None else "A Publisher"
    if published:
        subject = f"Published: {kind} “{record}”"
        lines = [f"{what} “{record}” was published by {who}."]
    else:
        subject = f"Sent back: {kind} “{record}”"
        lines = [f"{what} “{record}” was sent back by {who}.", "", "Their comment:", comment]
    lines += [
        "",
        f"Open it: {admin_link(record)}",
        "",
        "You get this email as its editor; turn it off on the admin's home page.",
    ]
    _send(subject, lines, recipients)
