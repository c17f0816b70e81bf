"""Template tags for what staff see of the editorial workflow on public pages."""

from django import template

from core.models import PendingChange
from core.publication import can_preview_drafts

register = template.Library()


@register.simple_tag(takes_context=True)
def changes_in_review(context, record):
    """Whether a change to `record` waits for review; asked only for staff (one query),
    never for the public, whose pages are cached and must not depend on it."""
    request = context.get("request")
    user = getattr(request, "user", None)
    if record is None or not record.is_published or not can_preview_drafts(user):
        return False
    return PendingChange.objects.for_record(record).pending().exists()


@register.simple_tag(takes_context=True)
def editorial_desk(context):
    """The admin home page's desk for the signed-in member of staff (core/desk.py)."""
    from core.desk import desk_for

    request = context.get("request")
    return desk_for(getattr(request, "user", None))
