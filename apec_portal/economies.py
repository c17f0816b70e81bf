"""The economy pages: `/economies/` and `/economies/<iso3>/`.

They count and list initiatives, events and ministerial meetings together, so
they live in the top layer, which may import every app.
"""

from itertools import groupby

from django.db.models import IntegerField, OuterRef, Q
from django.db.models.functions import Coalesce
from django.http import Http404
from django.views.generic import DetailView

from core.exports import Column, Export, PermalinkColumn
from core.facets import SubqueryCount
from core.list_view import FilteredListView
from core.models import PublicationStatus
from events.models import Event, EventKind
from initiatives.filters import EconomyFilterSet
from initiatives.models import Economy, Initiative

ECONOMY_EXPORT = Export(
    "economies",
    [
        Column("code", "ISO 3166-1 alpha-3 code, upper case.", example="PHL"),
        Column("name", "Official APEC name of the economy.", example="Philippines"),
        Column(
            "aliases",
            "Other names the source texts use; several joined by “; ” in CSV, a list in JSON.",
            type="list of text",
            example="the Philippines",
            source=lambda economy: tuple(economy.aliases),
        ),
        Column("joined", "Year the economy joined APEC.", type="integer", example="1989"),
        Column(
            "initiative_count",
            "Published initiatives the economy proposes or co-implements.",
            type="integer",
            example="3",
        ),
        Column(
            "event_count",
            "Published events the economy hosted or co-hosted.",
            type="integer",
            example="4",
        ),
        Column(
            "meeting_count",
            "Published SME Ministerial Meetings the economy hosted.",
            type="integer",
            example="1",
        ),
        PermalinkColumn(),
    ],
)


def published_count(related_queryset, matches):
    """A count, as a subquery on each economy, of published records matching `matches`."""
    return Coalesce(
        SubqueryCount(
            related_queryset.filter(publication_status=PublicationStatus.PUBLISHED)
            .filter(matches(OuterRef("pk")))
            .order_by()
            .values("pk")
            .distinct()
        ),
        0,
        output_field=IntegerField(),
    )


class EconomyListView(FilteredListView):
    model = Economy
    filterset_class = EconomyFilterSet
    template_name = "economies/economy_list.html"
    export_columns = ECONOMY_EXPORT
    paginate_by = 50
    title = "Member economies"
    noun = "economies"
    singular = "economy"
    description = (
        "The 21 APEC member economies, with the initiatives each proposes or co-implements "
        "and the events each hosts or co-hosts."
    )

    def get_queryset(self):
        events = Event.objects
        return Economy.objects.annotate(
            initiative_count=published_count(
                Initiative.objects, lambda ref: Q(proposer=ref) | Q(co_implementers=ref)
            ),
            event_count=published_count(events, lambda ref: Q(host=ref) | Q(co_hosts=ref)),
            meeting_count=published_count(
                events, lambda ref: Q(host=ref) & Q(kind=EventKind.MINISTERIAL_MEETING)
            ),
        )


def by_year(records, year_of):
    """[(year, [records])] newest year first; records without a year come last."""
    ordered = sorted(records, key=lambda record: -(year_of(record) or 0))
    return [(year, list(group)) for year, group in groupby(ordered, key=year_of)]


class EconomyDetailView(DetailView):
    template_name = "economies/economy_detail.html"
    context_object_name = "economy"

    def get_object(self, queryset=None):
        code = self.kwargs["code"]
        if code != code.lower():
            raise Http404("Economy codes in URLs are lower case.")
        try:
            return Economy.objects.get(code=code.upper())
        except Economy.DoesNotExist as exc:
            raise Http404("No APEC member economy has that code.") from exc

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        economy = self.object
        user = self.request.user
        proposed = list(economy.initiatives_proposed.visible_to(user).for_list())
        co_implemented = list(economy.initiatives_co_implemented.visible_to(user).for_list())
        hosted = list(economy.events_hosted.visible_to(user).for_list().select_related("statement"))
        co_hosted = list(economy.events_co_hosted.visible_to(user).for_list())
        meetings = [event for event in hosted if event.kind == EventKind.MINISTERIAL_MEETING]
        forums = [event for event in hosted if event.kind != EventKind.MINISTERIAL_MEETING]
        context.update(
            initiatives_proposed=by_year(proposed, lambda i: i.start_year),
            initiatives_co_implemented=by_year(co_implemented, lambda i: i.start_year),
            events_hosted=by_year(forums, lambda e: e.start_date.year),
            events_co_hosted=by_year(co_hosted, lambda e: e.start_date.year),
            meetings_hosted=by_year(meetings, lambda e: e.start_date.year),
            counts={
                "proposed": len(proposed),
                "co_implemented": len(co_implemented),
                "hosted": len(forums),
                "co_hosted": len(co_hosted),
                "meetings": len(meetings),
            },
        )
        return context
