"""The one piece of state the site-wide machinery keeps: the content version."""

import uuid

from django.db import models


class ContentVersion(models.Model):
    """A single row whose token changes, in the same transaction, with every content write.

    Database triggers on every table of the content apps (installed by
    `apec_portal.page_cache.content_triggers_install` after each migrate) give
    the row a new random token whenever a statement writes to one of them, so
    the token that a reader sees always belongs to the data that reader sees.
    The anonymous page cache keys its pages by it: a save or a publish makes
    every cached page unreachable the moment it commits.
    """

    token = models.UUIDField(default=uuid.uuid4)
    changed_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.CheckConstraint(condition=models.Q(id=1), name="content_version_single_row")
        ]

    def __str__(self):
        return str(self.token)
