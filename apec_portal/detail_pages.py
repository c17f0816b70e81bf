"""Detail pages that show a record together with what higher apps hold about it.

An initiative's page lists its events and the statement paragraphs that name it;
an event's page links the statement of its meeting. Those reach across apps, so
they live in the top layer, which may import every app.
"""

from django.utils.translation import gettext_lazy as _
from django.views.generic import DetailView

from events.models import Event
from initiatives.models import Initiative


class InitiativeDetailView(DetailView):
    template_name = "initiatives/initiative_detail.html"

    def get_queryset(self):
        return (
            Initiative.objects.visible_to(self.request.user)
            .for_list()
            .prefetch_related("objectives", "activities", "outputs")
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        initiative = self.object
        events = list(
            initiative.events.visible_to(self.request.user)
            .for_list()
            .order_by("start_date", "title")
        )
        paragraphs = initiative.paragraphs.visible_to(self.request.user).select_related(
            "statement__meeting", "section"
        )
        context.update(
            events=events,
            past_events=[event for event in events if event.is_past],
            upcoming_events=[event for event in events if not event.is_past],
            mentions=list(paragraphs.order_by("-statement__meeting__start_date", "number")),
            economies=initiative_economies(initiative, events),
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
