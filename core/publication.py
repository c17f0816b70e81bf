"""Publication: who may see drafts, and how a record's publication state changes.

The one place that sets `publication_status` / `published_at` and the one place that
decides whether a reader may preview drafts. Everything else calls these.
"""

from django.utils import timezone

from core.models import PublicationStatus


def publication_fields(publish):
    """The fields that put a record in the published (or draft) state."""
    if publish:
        return {"publication_status": PublicationStatus.PUBLISHED, "published_at": timezone.now()}
    return {"publication_status": PublicationStatus.DRAFT, "published_at": None}
