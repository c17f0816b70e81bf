"""Who works with whom: `/economies/co-hosting/`, its CSV and JSON, and the economy page's
"Works most with" and events per year.

A pair of economies works together in an event when both are among its host and its
co-hosts; the pair's weight is the number of such published events. The page takes the
event list's filters (the same `EventFilterSet`, bound to published events only), so
every count is the number of events `/events/` and its exports list under the same
filters with both economies taking part. Drafts are never counted, for any reader:
like the downloads, the network is public data.

Each view of the network is one grouped SQL query over the filtered events, kept in
the query cache under the content token, the reader's audience and the filters
(`core.content_cache`).
"""

import csv
import io
import json
from dataclasses import asdict, dataclass
from functools import partial

from django.db import connection
from django.db.models import F
from django.db.models.functions import ExtractYear
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import urlencode

from core.content_cache import content_cached, query_key, reader_key
from core.exports import open_data
from core.list_params import reject_repeats
from core.list_view import FilteredListView
from events.filters import EventFilterSet
from events.models import Event
from events.views import bars_for
from initiatives.models import Economy

CO_HOSTS_TABLE = Event.co_hosts.through._meta.db_table
ECONOMY_TABLE = Economy._meta.db_table

#: Filter parameters a pair's link to the event list carries over (not page, sort, format).
NOT_CARRIED = ("page", "format", "sort", "partner")


@dataclass(frozen=True)
class Pair:
    code_a: str
    name_a: str
    code_b: str
    name_b: str
    count: int
    first_year: int
    last_year: int


def taking_part_sql(events):
    """SQL and parameters of (event, year, economy) rows: each economy that hosts or
    co-hosts one of `events`, once per event (a host also named as co-host counts once)."""
    chosen = events.order_by().values_list("pk", ExtractYear(F("start_date")), "host_id")
    sql, params = chosen.query.sql_with_params()
    return (
        f"WITH chosen (event, year, host) AS ({sql}), "
        "taking_part AS ("
        "SELECT event, year, host AS economy FROM chosen WHERE host IS NOT NULL "
        "UNION "
        f"SELECT chosen.event, chosen.year, co.economy_id FROM chosen "
        f"JOIN {CO_HOSTS_TABLE} AS co ON co.event_id = chosen.event"
        ") "
    ), params


def pairs_of(events):
    """Every pair of economies taking part together in `events`, strongest first (then by
    codes), with the first and last year: one grouped query."""
    with_sql, params = taking_part_sql(events)
    sql = (
        with_sql + "SELECT a.economy, ea.name, b.economy, eb.name, count(*), "
        "min(a.year)::int, max(a.year)::int "
        "FROM taking_part AS a JOIN taking_part AS b "
        "ON a.event = b.event AND a.economy < b.economy "
        f"JOIN {ECONOMY_TABLE} AS ea ON ea.code = a.economy "
        f"JOIN {ECONOMY_TABLE} AS eb ON eb.code = b.economy "
        "GROUP BY a.economy, ea.name, b.economy, eb.name "
        "ORDER BY count(*) DESC, a.economy, b.economy"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return [Pair(*row) for row in cursor.fetchall()]


def years_of(events):
    """{code: [(year, events)]}: how many of `events` each economy took part in, per year
    (one grouped query)."""
    with_sql, params = taking_part_sql(events)
    sql = (
        with_sql + "SELECT economy, year::int, count(*) FROM taking_part "
        "GROUP BY economy, year ORDER BY economy, year"
    )
    years = {}
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        for code, year, count in cursor.fetchall():
            years.setdefault(code, []).append((year, count))
    return years


def cached_pairs(request, events):
    """`pairs_of(events)`, kept per content token, audience and exact query."""
    events = events.order_by()
    return content_cached(
        reader_key(request, *query_key(events, "co-hosting pairs")), partial(pairs_of, events)
    )


# --- The page and its downloads ---------------------------------------------------------------


class CoHostingView(FilteredListView):
    """The network under the event list's filters; `fmt` "csv" or "json" from the URL."""

    model = Event
    filterset_class = EventFilterSet
    template_name = "economies/co_hosting.html"
    title = "Who works with whom"
    noun = "events"
    singular = "event"
    description = (
        "Which APEC member economies host and co-host events together: for each pair, "
        "the number of published events in which both are among the host and co-hosts."
    )
    fmt = "html"

    def get_queryset(self):
        return Event.objects.published()

    def get(self, request, *args, **kwargs):
        filterset = self.get_filterset(request.GET, self.get_queryset())
        valid = filterset.is_valid()
        reject_repeats(filterset.form)
        if not valid or filterset.form.errors:
            if self.fmt != "html":
                return bad_download(filterset)
            return self.render_invalid(filterset, {})
        pairs = cached_pairs(request, filterset.qs)
        if self.fmt == "csv":
            return pairs_csv(pairs)
        if self.fmt == "json":
            return pairs_json(request, pairs)
        context = self.get_base_context(filterset)
        context.update(
            form_fields=self.form_fields(filterset.form, {}),
            chips=self.chips(filterset, {}),
            pairs=[self.pair_row(pair) for pair in pairs],
            count=len(pairs),
            noun="pairs",
            singular="pair",
            matrix=matrix(pairs, self.event_link),
            downloads=self.download_links(),
        )
        return TemplateResponse(request, self.template_name, context)

    def carried_filters(self):
        return [
            (key, value)
            for key in self.request.GET
            if key not in NOT_CARRIED
            for value in self.request.GET.getlist(key)
        ]

    def event_link(self, code_a, code_b):
        """The event list of exactly the events both economies take part in, under the
        page's filters: `economy=A&partner=B`, or with `partner` for both when the page
        already filters by economy (whose values mean "any of")."""
        carried = self.carried_filters()
        if any(key == "economy" for key, _ in carried):
            added = [("partner", code_a.lower()), ("partner", code_b.lower())]
        else:
            added = [("economy", code_a.lower()), ("partner", code_b.lower())]
        return f"{reverse('events:list')}?{urlencode([*added, *carried])}"

    def pair_row(self, pair):
        return {**asdict(pair), "url": self.event_link(pair.code_a, pair.code_b)}

    def download_links(self):
        query = urlencode(
            [(key, value) for key, value in self.carried_filters()]
            + [("sort", v) for v in self.request.GET.getlist("sort")]
        )
        suffix = f"?{query}" if query else ""
        return [
            {"label": "CSV", "url": reverse("economies:co-hosting-csv") + suffix},
            {"label": "JSON", "url": reverse("economies:co-hosting-json") + suffix},
        ]


def bad_download(filterset):
    errors = {name: [str(m) for m in messages] for name, messages in filterset.form.errors.items()}
    return HttpResponse(
        json.dumps({"errors": errors}, indent=2),
        status=400,
        content_type="application/json; charset=utf-8",
    )


CSV_HEADER = ["economy_a", "economy_a_name", "economy_b", "economy_b_name", "events"]
CSV_HEADER += ["first_year", "last_year"]


def pair_record(pair):
    return dict(
        zip(
            CSV_HEADER,
            (
                pair.code_a,
                pair.name_a,
                pair.code_b,
                pair.name_b,
                pair.count,
                pair.first_year,
                pair.last_year,
            ),
            strict=True,
        )
    )


def pairs_csv(pairs):
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_HEADER)
    for pair in pairs:
        writer.writerow(pair_record(pair).values())
    response = HttpResponse(out.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="apec-co-hosting.csv"'
    return open_data(response)


def pairs_json(request, pairs):
    body = {
        "description": (
            "Pairs of APEC member economies and the number of published events in which "
            "both are among the host and co-hosts, under the filters of the request."
        ),
        "filters": {key: request.GET.getlist(key) for key in request.GET},
        "count": len(pairs),
        "pairs": [pair_record(pair) for pair in pairs],
    }
    response = HttpResponse(
        json.dumps(body, ensure_ascii=False, indent=2),
        content_type="application/json; charset=utf-8",
    )
    return open_data(response)


# --- The matrix -------------------------------------------------------------------------------

CELL = 30
LABEL = 44
SHADES = 5


def matrix(pairs, link):
    """The symmetric matrix of the economies that take part in any pair, laid out for an
    SVG drawn in the template: each cell's count, shade (0 to SHADES) and link."""
    if not pairs:
        return None
    names = {}
    counts = {}
    for pair in pairs:
        names[pair.code_a] = pair.name_a
        names[pair.code_b] = pair.name_b
        counts[pair.code_a, pair.code_b] = counts[pair.code_b, pair.code_a] = pair.count
    codes = sorted(names)
    highest = max(counts.values())
    rows = []
    for row, code in enumerate(codes):
        cells = []
        for column, other in enumerate(codes):
            count = counts.get((code, other), 0)
            shade = -(-SHADES * count // highest) if count else 0
            cells.append(
                {
                    "x": LABEL + column * CELL,
                    "y": LABEL + row * CELL,
                    "text_x": LABEL + column * CELL + CELL // 2,
                    "text_y": LABEL + row * CELL + CELL // 2 + 4,
                    "count": count,
                    "shade": shade,
                    "other": other,
                    "other_name": names[other],
                    "url": link(code, other) if count else "",
                    "same": code == other,
                }
            )
        rows.append(
            {
                "code": code,
                "name": names[code],
                "label_y": LABEL + row * CELL + CELL // 2 + 4,
                "cells": cells,
            }
        )
    size = LABEL + len(codes) * CELL + 2
    return {
        "rows": rows,
        "columns": [
            {"code": code, "x": LABEL + index * CELL + CELL // 2}
            for index, code in enumerate(codes)
        ],
        "size": size,
        "cell": CELL,
        "label": LABEL,
        "column_y": LABEL - 10,
        "label_x": LABEL - 6,
        "highest": highest,
    }


# --- The economy page -------------------------------------------------------------------------

PARTNERS_SHOWN = 10


def economy_network(request, economy):
    """What the economy page shows of the network: its partners, strongest first, with
    links, and its events per year (published, for every reader), from two queries over
    all published events, each kept per content token and shared by every economy page."""
    published = Event.objects.published()
    pairs = cached_pairs(request, published)
    years = content_cached(
        reader_key(request, *query_key(published.order_by(), "co-hosting years")),
        partial(years_of, published),
    )
    code = economy.code
    events_url = reverse("events:list")
    partners = []
    for pair in pairs:
        if code not in (pair.code_a, pair.code_b):
            continue
        other, name = (
            (pair.code_b, pair.name_b) if pair.code_a == code else (pair.code_a, pair.name_a)
        )
        query = urlencode([("economy", code.lower()), ("partner", other.lower())])
        partners.append(
            {
                "code": other,
                "name": name,
                "count": pair.count,
                "url": f"{events_url}?{query}",
                "economy_url": reverse("economies:detail", args=[other.lower()]),
            }
        )
    return {
        "partners": partners[:PARTNERS_SHOWN],
        "partner_total": len(partners),
        "year_chart": year_chart(dict(years.get(code, []))),
    }


def year_chart(counts):
    """Bars of events per year, in the layout the event list's chart uses."""
    return bars_for(counts) if counts else None
