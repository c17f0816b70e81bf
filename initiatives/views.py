from itertools import groupby

from django.db.models import IntegerField, OuterRef, Q
from django.db.models.functions import Coalesce
from django.http import Http404
from django.views.generic import DetailView

from initiatives.exports import ECONOMY_EXPORT, INITIATIVE_EXPORT
from initiatives.filters import EconomyFilterSet, InitiativeFilterSet, initiative_years
from initiatives.listing import (
    ConditionalFacet,
    EconomyCodeFacet,
    FilteredListView,
    RelatedFacet,
    SubqueryCount,
)
from initiatives.models import Economy, Initiative, PublicationStatus, Theme, active_in_year


def year_conditions():
    return [(year, year, active_in_year(year)) for year in initiative_years()]


class InitiativeListView(FilteredListView):
    model = Initiative
    filterset_class = InitiativeFilterSet
    template_name = "initiatives/initiative_list.html"
    export_columns = INITIATIVE_EXPORT
    title = "Initiatives"
    noun = "initiatives"
    singular = "initiative"
    description = (
        "APEC SME innovation initiatives: what each is for, which economies propose and "
        "co-implement it, and the years it runs. Filter by economy, theme, year and status."
    )
    facets = [
        EconomyCodeFacet(
            "economy",
            options=Economy.objects.all(),
            value_field="code",
            label_field="name",
            paths=("proposer", "co_implementers"),
        ),
        ConditionalFacet("year", conditions=year_conditions),
        RelatedFacet(
            "theme",
            options=Theme.objects.all(),
            value_field="slug",
            label_field="name",
            paths=("themes",),
        ),
    ]

    def get_queryset(self):
        return super().get_queryset().for_list()


class InitiativeDetailView(DetailView):
    template_name = "initiatives/initiative_detail.html"

    def get_queryset(self):
        return (
            Initiative.objects.visible_to(self.request.user)
            .for_list()
            .prefetch_related("objectives", "activities")
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        initiative = self.object
        events = list(
            initiative.events.visible_to(self.request.user)
            .for_list()
            .order_by("start_date", "title")
        )
        paragraphs = initiative.paragraphs.select_related("statement__meeting", "section")
        if not (self.request.user.is_authenticated and self.request.user.is_staff):
            paragraphs = paragraphs.published()
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
    template_name = "initiatives/economy_list.html"
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
        events = Economy.events_hosted.rel.related_model.objects
        return Economy.objects.annotate(
            initiative_count=published_count(
                Initiative.objects, lambda ref: Q(proposer=ref) | Q(co_implementers=ref)
            ),
            event_count=published_count(events, lambda ref: Q(host=ref) | Q(co_hosts=ref)),
            meeting_count=published_count(
                events, lambda ref: Q(host=ref) & Q(kind="ministerial_meeting")
            ),
        )


def by_year(records, year_of):
    """[(year, [records])] newest year first; records without a year come last."""
    ordered = sorted(records, key=lambda record: -(year_of(record) or 0))
    return [(year, list(group)) for year, group in groupby(ordered, key=year_of)]


class EconomyDetailView(DetailView):
    template_name = "initiatives/economy_detail.html"
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
        meetings = [event for event in hosted if event.kind == "ministerial_meeting"]
        forums = [event for event in hosted if event.kind != "ministerial_meeting"]
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
