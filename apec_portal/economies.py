"""The economy pages: `/economies/` and `/economies/<iso3>/`.

They count and list initiatives, events and ministerial meetings together, so
they live in the top layer, which may import every app.
"""

import json
from functools import partial
from itertools import groupby

from django.db import connection
from django.db.models import (
    F,
    Func,
    IntegerField,
    JSONField,
    OuterRef,
    TextField,
    Value,
)
from django.db.models.functions import Cast, Coalesce
from django.http import Http404
from django.urls import reverse
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from django.utils.translation import gettext_noop
from django.views.generic import DetailView

from apec_portal.cohosting import economy_network
from apec_portal.detail_pages import KeptBodyMixin
from core.content_cache import content_cached, reader_key
from core.economy_names import economy_code
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
        Column("code", gettext_noop("ISO 3166-1 alpha-3 code, upper case."), example="PHL"),
        Column("name", gettext_noop("Official APEC name of the economy."), example="Philippines"),
        Column(
            "aliases",
            gettext_noop(
                "Other names the source texts use; several joined by “; ” in CSV, a list in JSON."
            ),
            type="list of text",
            example="the Philippines",
            source=lambda economy: tuple(economy.aliases),
        ),
        Column(
            "joined", gettext_noop("Year the economy joined APEC."), type="integer", example="1989"
        ),
        Column(
            "initiative_count",
            gettext_noop("Published initiatives the economy proposes or co-implements."),
            type="integer",
            example="3",
        ),
        Column(
            "event_count",
            gettext_noop("Published events the economy hosted or co-hosted."),
            type="integer",
            example="4",
        ),
        Column(
            "meeting_count",
            gettext_noop("Published SME Ministerial Meetings the economy hosted."),
            type="integer",
            example="1",
        ),
        PermalinkColumn(),
    ],
)


def published_counts():
    """{code: (initiatives, events, meetings)} over published records, in one query.

    The pairs (economy, record) of each relation are read from their own tables and
    grouped once, instead of one correlated count per economy and column. Each
    record counts once per economy: a co-implementer (co-host) row naming the
    proposer (host) itself is left out, so the pairs are distinct without sorting.
    """
    published = PublicationStatus.PUBLISHED
    initiatives = Initiative.objects.filter(publication_status=published)
    events = Event.objects.filter(publication_status=published)
    relations = {
        "initiatives": [
            initiatives.filter(proposer__isnull=False).values_list("proposer_id", "pk"),
            Initiative.co_implementers.through.objects.filter(
                initiative__publication_status=published
            )
            .exclude(economy=F("initiative__proposer"))
            .values_list("economy_id", "initiative_id"),
        ],
        "events": [
            events.filter(host__isnull=False).values_list("host_id", "pk"),
            Event.co_hosts.through.objects.filter(event__publication_status=published)
            .exclude(economy=F("event__host"))
            .values_list("economy_id", "event_id"),
        ],
        "meetings": [
            events.filter(host__isnull=False, kind=EventKind.MINISTERIAL_MEETING).values_list(
                "host_id", "pk"
            ),
        ],
    }
    selects, params = [], []
    for name, querysets in relations.items():
        pairs = []
        params.append(name)
        for queryset in querysets:
            sql, query_params = queryset.order_by().query.sql_with_params()
            pairs.append(f"({sql})")
            params.extend(query_params)
        selects.append(
            "SELECT economy, %s, count(*) "
            f"FROM ({' UNION ALL '.join(pairs)}) AS pairs (economy, record) GROUP BY economy"
        )
    counts = {}
    columns = list(relations)
    with connection.cursor() as cursor:
        cursor.execute(" UNION ALL ".join(selects), params)
        for code, name, number in cursor.fetchall():
            counts.setdefault(code, [0] * len(columns))[columns.index(name)] = number
    return {code: tuple(values) for code, values in counts.items()}


#: Names of the counts `published_counts` gives, in its order (the list's annotations).
COUNT_NAMES = ("initiative_count", "event_count", "meeting_count")


def count_annotations(counts):
    """The counts as constant columns of the economy query, so the list sorts by them and
    the exports write them exactly as the page shows them.

    Each column looks the economy's code up in one JSON object of every economy's count
    (`jsonb_extract_path_text`), 0 for an economy without any: three expressions of
    three nodes each, where a `CASE` of one `WHEN` per economy made Django build,
    copy and compile 63 conditions for every query of the list (about 10 ms of CPU)."""
    return {
        name: Coalesce(
            Cast(
                Func(
                    Cast(
                        Value(json.dumps({code: values[index] for code, values in counts.items()})),
                        JSONField(),
                    ),
                    F("code"),
                    function="jsonb_extract_path_text",
                    output_field=TextField(),
                ),
                IntegerField(),
            ),
            0,
        )
        for index, name in enumerate(COUNT_NAMES)
    }


class EconomyListView(FilteredListView):
    model = Economy
    filterset_class = EconomyFilterSet
    template_name = "economies/economy_list.html"
    export_columns = ECONOMY_EXPORT
    paginate_by = 50
    title = _("Member economies")
    noun = _("economies")
    singular = _("economy")
    description = _(
        "The 21 APEC member economies, with the initiatives each proposes or co-implements "
        "and the events each hosts or co-hosts."
    )

    def get_queryset(self):
        # Published records only, for every reader (staff too), as the exports: so the
        # value is the same for everyone and is kept once per content token.
        counts = content_cached(("economy-counts", "published"), published_counts)
        return Economy.objects.annotate(**count_annotations(counts))


#: Records each section of an economy's page shows; "See all" links to the rest.
SHOWN = 10

MEETING = EventKind.MINISTERIAL_MEETING
INITIATIVE_FIELDS = ("slug", "title", "status", "start_year", "end_year")
EVENT_FIELDS = ("slug", "title", "kind", "start_date", "end_date", "date_precision", "city")


def by_year(records, year_of):
    """[(year, [records])] in the records' order (newest year first), grouped by year."""
    return [(year, list(group)) for year, group in groupby(records, key=year_of)]


def newest_initiatives(queryset):
    """The SHOWN newest: by first year, undated last, then by title (as the list reads)."""
    ordered = queryset.order_by(F("start_year").desc(nulls_last=True), "title", "pk")
    return list(ordered.only(*INITIATIVE_FIELDS)[:SHOWN])


def newest_events(queryset, *related):
    return list(
        queryset.order_by("-start_date", "title", "pk").only(*EVENT_FIELDS, *related)[:SHOWN]
    )


def visible_count(queryset):
    """How many records of `queryset` (correlated to the economy), as a column."""
    return SubqueryCount(queryset.order_by().values("pk"))


class EconomyDetailView(KeptBodyMixin, DetailView):
    """One economy: for each relation, how many records and the SHOWN newest, grouped by
    year, with a link to the filtered list for the rest.

    A fixed number of queries whatever the data: the economy, its five counts (one
    query, kept in the query cache), then one bounded query per section. Staff, who
    preview drafts, see them counted and listed; everyone else sees published records
    only.
    """

    template_name = "economies/economy_detail.html"
    context_object_name = "economy"
    body_name = "economy"

    def get_object(self, queryset=None):
        code = self.kwargs["code"]
        if code != code.lower():
            raise Http404("Economy codes in URLs are lower case.")
        try:
            return Economy.objects.get(code=economy_code(code))
        except Economy.DoesNotExist as exc:
            raise Http404("No APEC member economy has that code.") from exc

    def section_counts(self, economy):
        """{section: number of records the reader may see}, in one query, kept per content
        token and audience (staff's counts include drafts)."""
        user = self.request.user
        initiatives = Initiative.objects.visible_to(user)
        events = Event.objects.visible_to(user)
        here = OuterRef("pk")
        columns = {
            "proposed": initiatives.filter(proposer=here),
            "co_implemented": initiatives.filter(co_implementers=here),
            "hosted": events.filter(host=here).exclude(kind=MEETING),
            "co_hosted": events.filter(co_hosts=here),
            "meetings": events.filter(host=here, kind=MEETING),
        }

        def count():
            return (
                Economy.objects.filter(pk=economy.pk)
                .annotate(**{name: visible_count(records) for name, records in columns.items()})
                .values(*columns)
                .get()
            )

        return content_cached(reader_key(self.request, "economy-sections", economy.pk), count)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        economy = self.object
        user = self.request.user
        initiatives = Initiative.objects.visible_to(user)
        events = Event.objects.visible_to(user)
        proposed = partial(newest_initiatives, initiatives.filter(proposer=economy))
        co_implemented = partial(newest_initiatives, initiatives.filter(co_implementers=economy))
        hosted = partial(newest_events, events.filter(host=economy).exclude(kind=MEETING))
        co_hosted = partial(newest_events, events.filter(co_hosts=economy))
        meetings = partial(
            newest_events,
            events.filter(host=economy, kind=MEETING).select_related("statement"),
            "statement__slug",
            "statement__publication_status",
        )
        code = economy.code.lower()
        events_url = f"{reverse('events:list')}?economy={code}"
        initiatives_url = f"{reverse('initiatives:list')}?economy={code}"
        # Published events only, for every reader: the network is public data.
        network = SimpleLazyObject(lambda: economy_network(self.request, economy))
        # Each part is computed (and its query run) only when the template reads it: when
        # the page's body is in the query cache (`body_key`), none is.
        context.update(
            shown=SHOWN,
            **self.body_context(economy),
            initiatives_proposed=lazy_by_year(proposed, lambda i: i.start_year),
            initiatives_co_implemented=lazy_by_year(co_implemented, lambda i: i.start_year),
            events_hosted=lazy_by_year(hosted, lambda e: e.start_date.year),
            events_co_hosted=lazy_by_year(co_hosted, lambda e: e.start_date.year),
            meetings_hosted=lazy_by_year(meetings, lambda e: e.start_date.year),
            counts=SimpleLazyObject(lambda: self.section_counts(economy)),
            partners=SimpleLazyObject(lambda: network["partners"]),
            partner_total=SimpleLazyObject(lambda: network["partner_total"]),
            year_chart=SimpleLazyObject(lambda: network["year_chart"]),
            # The lists filter by any tie to the economy: host or co-host, proposer or
            # co-implementer. The links say so rather than promise one relation only.
            see_all={
                "initiatives": initiatives_url,
                "events": events_url,
                "meetings": f"{events_url}&kind={MEETING.value}",
            },
        )
        return context

    def body_key_parts(self):
        """The page below its heading is kept per content token, language, reader's
        audience (staff's counts and lists hold drafts) and economy: nothing else."""
        return ()


def lazy_by_year(fetch, year):
    """`by_year(fetch(), year)`, fetched and computed when first read."""
    return SimpleLazyObject(lambda: by_year(fetch(), year))
