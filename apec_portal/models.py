"""The site-wide layer's own records: the data releases (apec_portal/releases.py)."""

from django.db import models
from django.urls import reverse


class Release(models.Model):
    """One numbered, dated release of the public dataset; its files are in the storage
    `STORAGES["releases"]` under `folder`."""

    # A new release changes /data/releases/ and /data/: the content token must change
    # too, so the anonymous page cache never shows the list without it.
    shown_on_public_pages = True

    number = models.PositiveIntegerField(unique=True)
    created_at = models.DateTimeField()
    #: [{"name", "bytes", "sha256"}] for every file of the release, sorted by name.
    files = models.JSONField(default=list)
    #: {table: {"added"|"changed"|"removed": {"count", "keys"}}} since the previous
    #: release; a table's value is null in the first release.
    changes = models.JSONField(default=dict)
    #: {table: records in the release}.
    counts = models.JSONField(default=dict)

    class Meta:
        ordering = ["-number"]

    def __str__(self):
        return f"Release {self.number} ({self.created_at.date().isoformat()})"

    def get_absolute_url(self):
        return reverse("data-release", args=[self.number])

    @property
    def folder(self):
        return f"release-{self.number:04d}"
