from functools import partial

from django.db.models import Count, F
from django.db.models.functions import ExtractYear
from django.http import HttpResponse
from django.utils.translation import gettext_lazy as _
from django.views.generic import DetailView
from icalendar import Calendar

from core.content_cache import content_cached, query_key, reader_key
from core.exports import FORMATS, ExportContext, open_data
from core.facets import MatchingRelatedFacet, ValueFacet
from core.feeds import NewlyPublishedFeed
from core.list_view import FilteredListView
from events.exports import EVENT_EXPORT, calendar_event
from events.filters import EventFilterSet
from events.models import Event, EventKind
from initiatives.facets import economy_facet, theme_facet
from initiatives.models import Initiative

INITIATIVE_OPTIONS = 200


class EventListView(FilteredListView):
    model = Event
    filterset_class = EventFilterSet
    template_name = "events/event_list.html"
    formats = (*FilteredListView.formats, "ics")
    export_columns = EVENT_EXPORT
    calendar_event = staticmethod(calendar_event)
    title = _("Events")
    noun = _("events")
    singular = _("event")
    description = _(
        "Forums, conferences, workshops and ministerial meetings on SME innovation, "
        "filterable by year, host or co-host economy, initiative, kind and theme."
    )
    facets = [
        economy_facet("host", "co_hosts"),
        ValueFacet("year", expression=ExtractYear(F("start_date")), descending=True),
        ValueFacet("kind", expression=F("kind"), labels=EventKind.choices),
        # Chosen by title from the initiatives that have matching events; the parameter
        # stays the slug. Capped: at scale ten thousand initiatives would weigh a megabyte.
        MatchingRelatedFacet(
            "initiative",
            options=Initiative.objects.published(),
            value_field="slug",
            label_field="title",
            paths=("initiative",),
            limit=INITIATIVE_OPTIONS,
        ),
        theme_facet(),
    ]

    card_names = {"co_host_names": "co_hosts"}
    cards_by_key = True

    def get_queryset(self):
        return super().get_queryset().for_list()

    def get_context_data(self, *, filterset, page, records):
        context = super().get_context_data(filterset=filterset, page=page, records=records)
        context["chart"] = events_per_year_chart(
            records, self.request, self.filter_key(filterset.form, "events per year")
        )
        return context


def events_per_year(records):
    return list(
        Event.objects.filter(pk__in=records.values("pk"))
        .order_by()
        .annotate(year=ExtractYear("start_date"))
        .values("year")
        .annotate(count=Count("pk"))
        .order_by("year")
        .values_list("year", "count")
    )


def events_per_year_chart(records, request, parts=None):
    """Bars of matching events per year (one query, kept per content token), laid out for
    an SVG drawn in the template. `parts`: cache-key parts naming `records` exactly (the
    list's `filter_key`); without them the query's SQL names them."""
    records = records.order_by()
    if parts is None:
        parts = reader_key(request, *query_key(records, "events per year"))
    counts = dict(content_cached(parts, partial(events_per_year, records)))
    if not counts:
        return None
    return bars_for(counts)


def bars_for(counts):
    """The layout of a bar chart of {year: count} (years without any count get no bar)."""
    years = list(range(min(counts), max(counts) + 1))
    highest = max(counts.values())
    bar_width, gap, chart_height, top, bottom = 36, 12, 160, 24, 28
    bars = []
    for index, year in enumerate(years):
        count = counts.get(year, 0)
        height = round(chart_height * count / highest) if highest else 0
        x = gap + index * (bar_width + gap)
        bars.append(
            {
                "year": year,
                "count": count,
                "x": x,
                "y": top + chart_height - height,
                "height": height,
                "width": bar_width,
                "label_x": x + bar_width // 2,
                "count_y": top + chart_height - height - 6,
            }
        )
    return {
        "bars": bars,
        "width": gap + len(years) * (bar_width + gap),
        "height": top + chart_height + bottom,
        "baseline": top + chart_height,
        "year_y": top + chart_height + 18,
        "total": sum(counts.values()),
    }


class EventCalendarView(DetailView):
    """One event as an iCalendar file ("add to calendar")."""

    def get_queryset(self):
        return Event.objects.visible_to(self.request.user).for_list()

    def render_to_response(self, context, **response_kwargs):
        event = self.object
        calendar = Calendar()
        calendar.add("prodid", "-//APEC SME Innovation Portal//Open data//EN")
        calendar.add("version", "2.0")
        calendar.add_component(calendar_event(event, ExportContext.from_request(self.request)))
        response = HttpResponse(calendar.to_ical(), content_type=FORMATS["ics"])
        response["Content-Disposition"] = f'attachment; filename="{event.slug}.ics"'
        return open_data(response)


class LatestEventsFeed(NewlyPublishedFeed):
    """Atom feed of the most recently published events."""

    model = Event
    list_url_name = "events:list"
    title = _("APEC SME events: newly published")
    subtitle = "Forums, conferences, workshops and meetings, newest publication first."

    def item_description(self, item):
        place = item.city_and_host
        when = item.dates_display
        parts = [f"{item.get_kind_display()}, {when}" + (f", {place}" if place else "") + "."]
        if item.summary:
            parts.append(item.summary)
        return " ".join(parts)
