from django.contrib.syndication.views import Feed
from django.db.models import F
from django.http import HttpResponse
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.views.generic import DetailView, ListView
from icalendar import Calendar

from events.exports import calendar_event
from events.models import Event
from initiatives.exports import FORMATS, ExportContext

FEED_SIZE = 20


class EventListView(ListView):
    template_name = "events/event_list.html"
    paginate_by = 20

    def get_queryset(self):
        return Event.objects.visible_to(self.request.user).for_list()


class EventDetailView(DetailView):
    template_name = "events/event_detail.html"

    def get_queryset(self):
        return Event.objects.visible_to(self.request.user).for_list().prefetch_related("officials")


class EventCalendarView(EventDetailView):
    """One event as an iCalendar file ("add to calendar")."""

    def render_to_response(self, context, **response_kwargs):
        event = self.object
        calendar = Calendar()
        calendar.add("prodid", "-//APEC SME Innovation Portal//Open data//EN")
        calendar.add("version", "2.0")
        calendar.add_component(calendar_event(event, ExportContext.from_request(self.request)))
        response = HttpResponse(calendar.to_ical(), content_type=FORMATS["ics"])
        response["Content-Disposition"] = f'attachment; filename="{event.slug}.ics"'
        return response


class LatestEventsFeed(Feed):
    """Atom feed of the most recently published events."""

    feed_type = Atom1Feed
    title = "APEC SME events: newly published"
    subtitle = "Forums, conferences, workshops and meetings, newest publication first."

    def link(self):
        return reverse("events:list")

    def items(self):
        return (
            Event.objects.published()
            .for_list()
            .order_by(F("published_at").desc(nulls_last=True), "-pk")[:FEED_SIZE]
        )

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        place = ", ".join(
            part for part in (item.city, item.host.name if item.host_id else "") if part
        )
        when = item.start_date.isoformat()
        parts = [f"{item.get_kind_display()}, {when}" + (f", {place}" if place else "") + "."]
        if item.summary:
            parts.append(item.summary)
        return " ".join(parts)

    def item_pubdate(self, item):
        return item.published_at or item.created_at

    def item_updateddate(self, item):
        return item.updated_at
