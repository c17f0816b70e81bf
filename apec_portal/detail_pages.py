"""Detail pages that show a record together with what higher apps hold about it.

An initiative's page lists its events and the statement paragraphs that name it;
an event's page links the statement of its meeting. Those reach across apps, so
they live in the top layer, which may import every app.
"""

from django.conf import settings
from django.db.models import prefetch_related_objects
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from django.views.generic import DetailView

from core.content_cache import content_key, reader_key
from events.models import Event
from initiatives.models import Initiative


class KeptBodyMixin:
    """A detail page whose body (below the draft banner) is kept in the query cache.

    The key holds the content token (any edit of the record or of anything its page shows,
    a theme, an economy's name, a related record, makes a new one), the language, the
    reader's audience (staff's pages hold drafts), the record, the day (what is past, the
    status the years give) and the scheme and host the page cites itself by. The view
    hands the body the record with `body_relations` prefetched on first read, so a page
    whose body is cached runs none of their queries, and one whose body is not runs one
    query per relation, as a prefetch on the queryset did."""

    body_name = ""
    body_relations = ()

    def body_context(self, record):
        def with_relations():
            prefetch_related_objects([record], *self.body_relations)
            return record

        return {
            "body_key": self.body_key(record),
            "fragment_seconds": settings.QUERY_CACHE_SECONDS,
            "query_cache": settings.QUERY_CACHE_ALIAS,
            self.body_name: SimpleLazyObject(with_relations) if self.body_relations else record,
        }

    def body_key(self, record):
        if not settings.QUERY_CACHE_SECONDS:
            return ""
        return content_key(
            reader_key(
                self.request, f"{self.body_name}-page", str(record.pk), *self.body_key_parts()
            )
        )

    def body_key_parts(self):
        """What the body shows besides the content and the reader: the day (what is past)
        and the scheme and host the page cites itself by."""
        request = self.request
        return (timezone.localdate().isoformat(), request.scheme, request.get_host())


class InitiativeDetailView(KeptBodyMixin, DetailView):
    body_name = "initiative"
    body_relations = ("co_implementers", "themes", "objectives", "activities", "outputs")
    template_name = "initiatives/initiative_detail.html"

    def get_queryset(self):
        # Only what the frame around the kept body reads (title, description, breadcrumbs,
        # draft banner).
        return Initiative.objects.visible_to(self.request.user).select_related("proposer")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        initiative = self.object
        user = self.request.user

        def fetch_events():
            return list(
                initiative.events.visible_to(user).for_list().order_by("start_date", "title")
            )

        def fetch_mentions():
            paragraphs = initiative.paragraphs.visible_to(user).select_related(
                "statement__meeting", "section"
            )
            return list(paragraphs.order_by("-statement__meeting__start_date", "number"))

        # Each part is fetched only when the template reads it: when the body is in the
        # query cache (`body_key`), none is.
        events = SimpleLazyObject(fetch_events)
        context.update(self.body_context(initiative))
        record = context["initiative"]
        context.update(
            events=events,
            past_events=SimpleLazyObject(lambda: [e for e in events if e.is_past]),
            upcoming_events=SimpleLazyObject(lambda: [e for e in events if not e.is_past]),
            mentions=SimpleLazyObject(fetch_mentions),
            economies=SimpleLazyObject(lambda: initiative_economies(record, events)),
        )
        return context


def initiative_economies(initiative, events):
    """Each economy taking part, its role, and the events of the initiative it hosted."""
    hosted = {}
    for event in events:
        for economy in [event.host, *event.co_hosts.all()]:
            if economy is not None:
                hosted.setdefault(economy.code, []).append(event)
    rows = []
    if initiative.proposer:
        rows.append(
            {
                "economy": initiative.proposer,
                "role": _("Proposing economy"),
                "events": hosted.get(initiative.proposer.code, []),
            }
        )
    for economy in initiative.co_implementers.all():
        rows.append(
            {
                "economy": economy,
                "role": _("Co-implementing economy"),
                "events": hosted.get(economy.code, []),
            }
        )
    return rows


class EventDetailView(KeptBodyMixin, DetailView):
    template_name = "events/event_detail.html"
    body_name = "event"
    body_relations = ("co_hosts", "themes", "officials")

    def get_queryset(self):
        # The frame around the kept body (title, description, JSON-LD, breadcrumbs) reads
        # the event, its host, initiative and statement only.
        return Event.objects.visible_to(self.request.user).select_related(
            "host", "initiative", "statement"
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        event = self.object
        user = self.request.user
        initiative = event.initiative
        statement = getattr(event, "statement", None)
        context.update(self.body_context(event))
        context.update(
            initiative=initiative if initiative and initiative.is_visible_to(user) else None,
            statement=statement if statement and statement.is_visible_to(user) else None,
        )
        return context
