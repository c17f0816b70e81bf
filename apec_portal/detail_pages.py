"""Detail pages that show a record together with what higher apps hold about it.

An initiative's page lists its events and the statement paragraphs that name it;
an event's page links the statement of its meeting. Those reach across apps, so
they live in the top layer, which may import every app.
"""

from django.conf import settings
from django.db.models import prefetch_related_objects
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django.views.generic import DetailView

from core.content_cache import content_key, reader_key
from events.models import Event
from initiatives.models import Initiative


class InitiativeDetailView(DetailView):
    template_name = "initiatives/initiative_detail.html"

    def get_queryset(self):
        # Only what the frame around the kept body reads (title, description, breadcrumbs,
        # draft banner); the body's own relations are read by the template, so a page whose
        # body is cached runs none of their queries, and one whose body is not runs one
        # query per relation, as the prefetches did.
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

        def with_relations():
            prefetch_related_objects(
                [initiative], "co_implementers", "themes", "objectives", "activities", "outputs"
            )
            return initiative

        # Each part is fetched only when the template reads it: when the body is in the
        # query cache (`body_key`), none is. The body reads the initiative as `initiative`,
        # its relations prefetched on first use.
        events = SimpleLazyObject(fetch_events)
        record = SimpleLazyObject(with_relations)
        context.update(
            initiative=record,
            body_key=self.body_key(initiative),
            fragment_seconds=settings.QUERY_CACHE_SECONDS,
            query_cache=settings.QUERY_CACHE_ALIAS,
            events=events,
            past_events=SimpleLazyObject(lambda: [e for e in events if e.is_past]),
            upcoming_events=SimpleLazyObject(lambda: [e for e in events if not e.is_past]),
            mentions=SimpleLazyObject(fetch_mentions),
            economies=SimpleLazyObject(lambda: initiative_economies(record, events)),
        )
        return context

    def body_key(self, initiative):
        """The page below its draft banner is kept in the query cache per content token
        (any edit of the initiative, its events, the paragraphs naming it, a theme or an
        economy's name makes a new one), language, reader's audience (staff's lists hold
        drafts), initiative, day (which events are past, the status the years give) and
        the scheme and host the quotations cite."""
        if not settings.QUERY_CACHE_SECONDS:
            return ""
        request = self.request
        return content_key(
            reader_key(
                request,
                "initiative-page",
                str(initiative.pk),
                timezone.localdate().isoformat(),
                request.scheme,
                request.get_host(),
            )
        )


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
                "role": "Proposing economy",
                "events": hosted.get(initiative.proposer.code, []),
            }
        )
    for economy in initiative.co_implementers.all():
        rows.append(
            {
                "economy": economy,
                "role": "Co-implementing economy",
                "events": hosted.get(economy.code, []),
            }
        )
    return rows


class EventDetailView(DetailView):
    template_name = "events/event_detail.html"

    def get_queryset(self):
        return (
            Event.objects.visible_to(self.request.user)
            .for_list()
            .select_related("statement")
            .prefetch_related("officials")
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        event = self.object
        user = self.request.user
        initiative = event.initiative
        statement = getattr(event, "statement", None)
        context.update(
            initiative=initiative if initiative and initiative.is_visible_to(user) else None,
            statement=statement if statement and statement.is_visible_to(user) else None,
        )
        return context
