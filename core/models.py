"""The public-record base every published kind of record builds on, and the changes to
published records that wait for a Publisher."""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.publication import PublicationStatus, can_preview_drafts
from core.search import SearchableQuerySet

__all__ = [
    "ImportBaseline",
    "NotificationSetting",
    "PendingChange",
    "PublicRecord",
    "PublicRecordQuerySet",
    "PublicationStatus",
    "ReviewRequest",
    "VisibleQuerySet",
]


class VisibleQuerySet(SearchableQuerySet):
    """Rows a reader sees according to `published()`: the one `visible_to` rule for public
    records and for what belongs to them (a statement's paragraphs)."""

    def published(self):
        raise NotImplementedError

    def visible_to(self, user):
        """Everything for a reader who may preview drafts; what is published for the rest."""
        if can_preview_drafts(user):
            return self.all()
        return self.published()


class PublicRecordQuerySet(VisibleQuerySet):
    def published(self):
        return self.filter(publication_status=PublicationStatus.PUBLISHED)

    def newest_published(self):
        """Published records, the most recently published first."""
        return self.published().order_by(models.F("published_at").desc(nulls_last=True), "-pk")


class PublicRecord(models.Model):
    """Fields every public record carries: a title, a slug naming its public page
    (`detail_url_name`), publication state, source link and timestamps."""

    #: The URL name of the record's public page, which takes the slug.
    detail_url_name = ""

    publication_status = models.CharField(
        _("publication status"),
        max_length=10,
        choices=PublicationStatus.choices,
        default=PublicationStatus.DRAFT,
    )
    published_at = models.DateTimeField(_("published at"), null=True, blank=True)
    source_url = models.URLField(
        _("source link"),
        max_length=500,
        blank=True,
        help_text=_("Where the record's facts come from."),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    version = models.PositiveIntegerField(
        _("version"),
        default=0,
        help_text=_(
            "Goes up by one on every save; the admin refuses a save made over a stale one."
        ),
    )

    class Meta:
        abstract = True

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        # Bookkeeping like auto_now: every write is a new version, whoever makes it.
        self.version = (self.version or 0) + 1
        update_fields = kwargs.get("update_fields")
        if update_fields is not None:
            kwargs["update_fields"] = {*update_fields, "version"}
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse(self.detail_url_name, args=[self.slug])

    @property
    def is_published(self):
        return self.publication_status == PublicationStatus.PUBLISHED

    def is_visible_to(self, user):
        """Whether `user` may read this record: `visible_to` for one record at hand."""
        return self.is_published or can_preview_drafts(user)


class ForRecordQuerySet(models.QuerySet):
    """Rows that stand for a record of any model (a content type and an id)."""

    def for_record(self, record):
        return self.filter(
            content_type=ContentType.objects.get_for_model(type(record)), object_id=record.pk
        )


class EndedByReview:
    """A row that a Publisher's review ends (a pending change, a review request): its
    `state`, `reviewer`, `reviewed_at` and `review_comment` say how, by whom and when."""

    def end_review(self, state, reviewer, comment=""):
        self.state = state
        self.reviewer = reviewer
        self.reviewed_at = timezone.now()
        self.review_comment = comment
        self.save()


class PendingChangeQuerySet(ForRecordQuerySet):
    def pending(self):
        return self.filter(state=PendingChange.State.PENDING)


class PendingChange(EndedByReview, models.Model):
    """An Editor's change to a published record, kept aside until a Publisher reviews it.

    `data` is the change form exactly as the Editor posted it (inline rows included), so
    the review can rebuild the same form against the live record and show what differs,
    and publishing applies it through the same form. The live record is untouched until then.
    """

    class State(models.TextChoices):
        PENDING = "pending", "Waiting for review"
        REJECTED = "rejected", "Rejected"
        PUBLISHED = "published", "Published"
        WITHDRAWN = "withdrawn", "Withdrawn"

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    record = GenericForeignKey("content_type", "object_id")
    data = models.JSONField(help_text="The change form as posted: field name → list of values.")
    base_edit = models.PositiveIntegerField(
        help_text="The record's edit number (its `version`) the change was made on."
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    state = models.CharField(max_length=10, choices=State.choices, default=State.PENDING)
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    review_comment = models.TextField(blank=True)
    reviewed_at = models.DateTimeField(null=True, blank=True)

    objects = PendingChangeQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["content_type", "object_id"])]
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id"],
                condition=models.Q(state="pending"),
                name="one_pending_change_per_record",
            )
        ]

    def __str__(self):
        return f"Change to {self.content_type.model} {self.object_id} ({self.get_state_display()})"


class ImportBaseline(models.Model):
    """What the last import of a document wrote to one record, fact by fact.

    A later import of the same text compares the record's current values with these: a
    fact whose current value differs was changed by staff since, and the re-import keeps
    the staff's value unless the user ticks the newly read one.
    """

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    record = GenericForeignKey("content_type", "object_id")
    facts = models.JSONField(default=dict, help_text="Fact name → the value the import saved.")
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id"], name="one_import_baseline_per_record"
            )
        ]

    def __str__(self):
        return f"Last import of {self.content_type.model} {self.object_id}"


class ReviewRequestQuerySet(ForRecordQuerySet):
    def open(self):
        return self.filter(state=ReviewRequest.State.OPEN)


class ReviewRequest(EndedByReview, models.Model):
    """A draft sent for review: who sent it and when, and how the review ended.

    Written by `core.publication` with each transition that opens or closes a review
    (send for review; publish or send back), so the desk can say who waits for whom and
    the sender can read the Publisher's comment.
    """

    class State(models.TextChoices):
        OPEN = "open", "Waiting for review"
        PUBLISHED = "published", "Published"
        SENT_BACK = "sent_back", "Sent back to draft"
        CLOSED = "closed", "Closed"  # left review another way (unpublished, deleted)

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    record = GenericForeignKey("content_type", "object_id")
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    requested_at = models.DateTimeField(auto_now_add=True)
    state = models.CharField(max_length=10, choices=State.choices, default=State.OPEN)
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    review_comment = models.TextField(blank=True)
    reviewed_at = models.DateTimeField(null=True, blank=True)

    objects = ReviewRequestQuerySet.as_manager()

    class Meta:
        ordering = ["-requested_at", "-pk"]
        indexes = [
            models.Index(fields=["content_type", "object_id"]),
            models.Index(fields=["state", "requested_at"]),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id"],
                condition=models.Q(state="open"),
                name="one_open_review_request_per_record",
            )
        ]

    def __str__(self):
        return f"Review of {self.content_type.model} {self.object_id} ({self.get_state_display()})"


class NotificationSetting(models.Model):
    """A member of staff's choice about the editorial emails (sent for review, published,
    sent back). No row means the emails are on."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notification_setting"
    )
    editorial_emails = models.BooleanField(
        "email me about reviews",
        default=True,
        help_text="Publishers: when something is sent for review. Editors: when your draft or "
        "change is published or sent back.",
    )

    def __str__(self):
        return f"Notifications of {self.user}"
