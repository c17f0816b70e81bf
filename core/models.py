"""The public-record base every published kind of record builds on."""

from django.db import models

from core.publication import PublicationStatus, can_preview_drafts
from core.search import SearchableQuerySet

__all__ = ["PublicRecord", "PublicRecordQuerySet", "PublicationStatus"]


class PublicRecordQuerySet(SearchableQuerySet):
    def published(self):
        return self.filter(publication_status=PublicationStatus.PUBLISHED)

    def newest_published(self):
        """Published records, the most recently published first."""
        return self.published().order_by(models.F("published_at").desc(nulls_last=True), "-pk")

    def visible_to(self, user):
        """Everything for a reader who may preview drafts; what is published for the rest."""
        if can_preview_drafts(user):
            return self.all()
        return self.published()


class PublicRecord(models.Model):
    """Fields every public record carries."""

    publication_status = models.CharField(
        max_length=10,
        choices=PublicationStatus.choices,
        default=PublicationStatus.DRAFT,
    )
    published_at = models.DateTimeField(null=True, blank=True)
    source_url = models.URLField(
        "source link", max_length=500, blank=True, help_text="Where the record's facts come from."
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    version = models.PositiveIntegerField(
        default=0,
        help_text="Goes up by one on every save; the admin refuses a save made over a stale one.",
    )

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        # Bookkeeping like auto_now: every write is a new version, whoever makes it.
        self.version = (self.version or 0) + 1
        update_fields = kwargs.get("update_fields")
        if update_fields is not None:
            kwargs["update_fields"] = {*update_fields, "version"}
        super().save(*args, **kwargs)

    @property
    def is_published(self):
        return self.publication_status == PublicationStatus.PUBLISHED
