"""Who works with whom: `/economies/co-hosting/`, its CSV and JSON, and the economy page's
"Works most with" and events per year.

A pair of economies works together in an event when both are among its host and its
co-hosts; the pair's weight is the number of such published events. The page takes the
event list's filters (the same `EventFilterSet`, bound to published events only), so
every count is the number of events `/events/` and its exports list under the same
filters with both economies taking part. Drafts are never counted, for any reader:
like the downloads, the network is public data.

Each view of the network is one grouped SQL query over the filtered events, kept in
the query cache under the content token, the reader's audience, the filters and the
page's language: the query reads each economy's name in that language beside the
English (the CSV and JSON keep the English; the page shows the translation).
"""

import csv
import io
import json
from dataclasses import asdict, dataclass
from functools import partial

from django.conf import settings
from django.db import connection
from django.db.models import F
from django.db.models.functions import ExtractYear
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.functional import SimpleLazyObject
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from core.content_cache import content_cached, query_key, reader_key
from core.exports import open_data
from core.list_params import reject_repeats
from core.list_view import FilteredListView
from core.translation import active_language
from core.translation import column as translated_column
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
    #: The names in the page's language (the English where there is no translation).
    shown_a: str
    shown_b: str


def shown_name(table, language):
    """SQL for the economy's name in `language` (a column of the joined `table`), the
    English where the translation is empty; the English column for English."""
    if not language:
        return f"{table}.name"
    return f"COALESCE(NULLIF({table}.{translated_column('name', language)}, ''), {table}.name)"


def participation(events, language=None):
    """[(code_a, name_a, code_b, name_b, year, events, shown_a, shown_b)]: for each pair
    of economies taking part together (host and co-hosts) in `events`, and each year,
    how many events they shared, with code_a < code_b; a row with code_a == code_b
    counts the events that economy took part in. shown_a and shown_b are the names in
    `language` (the English where untranslated; None: English). One grouped query,
    built from the co-host link rows and the host rather than from per-event sets: the
    host with itself, each co-host with itself and with the host, and each two co-hosts
    of an event (a host also named as co-host counts once). The events come from an
    index-only scan of `event_published_hosts`, and no sort is needed; the result is a
    few thousand rows."""
    chosen = events.order_by().values_list("pk", ExtractYear(F("start_date")), "host_id")
    chosen_sql, params = chosen.query.sql_with_params()
    sql = (
        f"WITH chosen (event, year, host) AS NOT MATERIALIZED ({chosen_sql}), "
        "links (a, b, year) AS ("
        "SELECT host, host, year FROM chosen WHERE host IS NOT NULL "
        "UNION ALL "
        # LEAST and GREATEST skip NULLs: the host pair only where there is a host.
        "SELECT pair.a, pair.b, chosen.year FROM chosen "
        f"JOIN {CO_HOSTS_TABLE} AS co ON co.event_id = chosen.event "
        "CROSS JOIN LATERAL (VALUES (co.economy_id, co.economy_id), "
        "(CASE WHEN chosen.host IS NOT NULL THEN LEAST(chosen.host, co.economy_id) END, "
        "GREATEST(chosen.host, co.economy_id))) AS pair (a, b) "
        "WHERE co.economy_id IS DISTINCT FROM chosen.host AND pair.a IS NOT NULL "
        "UNION ALL "
        "SELECT one.economy_id, other.economy_id, chosen.year FROM chosen "
        f"JOIN {CO_HOSTS_TABLE} AS one ON one.event_id = chosen.event "
        f"JOIN {CO_HOSTS_TABLE} AS other "
        "ON other.event_id = one.event_id AND other.economy_id > one.economy_id "
        "WHERE one.economy_id IS DISTINCT FROM chosen.host "
        "AND other.economy_id IS DISTINCT FROM chosen.host"
        "), "
        "grouped AS (SELECT a, b, year, count(*) AS events FROM links GROUP BY a, b, year) "
        "SELECT grouped.a, economy_a.name, grouped.b, economy_b.name, grouped.year::int, "
        f"grouped.events, {shown_name('economy_a', language)}, "
        f"{shown_name('economy_b', language)} FROM grouped "
        f"JOIN {ECONOMY_TABLE} AS economy_a ON economy_a.code = grouped.a "
        f"JOIN {ECONOMY_TABLE} AS economy_b ON economy_b.code = grouped.b"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def pairs_from(rows):
    """Every pair of economies taking part together, strongest first (then by codes),
    with the first and last year."""
    found = {}
    for code_a, name_a, code_b, name_b, year, count, shown_a, shown_b in rows:
        if code_a == code_b:
            continue
        key = (code_a, name_a, code_b, name_b)
        total, first, last, _shown = found.get(key, (0, year, year, None))
        found[key] = (total + count, min(first, year), max(last, year), (shown_a, shown_b))
    pairs = [
        Pair(*key, total, first, last, *shown) for key, (total, first, last, shown) in found.items()
    ]
    pairs.sort(key=lambda pair: (-pair.count, pair.code_a, pair.code_b))
    return pairs


def years_from(rows):
    """{code: [(year, events)]}: the events each economy took part in, per year."""
    years = {}
    for code_a, _name_a, code_b, _name_b, year, count, *_shown in rows:
        if code_a == code_b:
            by_year = years.setdefault(code_a, {})
            by_year[year] = by_year.get(year, 0) + count
    return {code: sorted(by_year.items()) for code, by_year in years.items()}


def network(events, language=None):
    """The pairs and the years of `events`, from one query."""
    rows = participation(events, language)
    return {"pairs": pairs_from(rows), "years": years_from(rows)}


def cached_network(request, events, parts=None):
    """`network(events)`, kept per content token, audience and exact query, or under
    `parts` (made with `reader_key`) where they name the events exactly: compiling the
    query for its key cost more Python than the rest of the co-hosting page."""
    events = events.order_by()
    language = active_language()
    return content_cached(
        # content_key adds the active language: one network per language.
        parts or reader_key(request, *query_key(events, "co-hosting network")),
        partial(network, events, language),
    )


def cached_pairs(request, events, parts=None):
    return cached_network(request, events, parts)["pairs"]


# --- The page and its downloads ---------------------------------------------------------------


class CoHostingView(FilteredListView):
    """The network under the event list's filters; `fmt` "csv" or "json" from the URL."""

    model = Event
    filterset_class = EventFilterSet
    template_name = "economies/co_hosting.html"
    title = _("Who works with whom")
    noun = _("events")
    singular = _("event")
    description = _(
        "Which APEC member economies host and co-host events together: for each pair, "
        "the number of published events in which both are among the host and co-hosts."
    )
    fmt = "html"
    _link_parts = None

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
        # The published events under the validated filters: named by the filters' values.
        pairs = cached_pairs(
            request, filterset.qs, self.filter_key(filterset.form, "co-hosting network")
        )
        if self.fmt == "csv":
            return pairs_csv(pairs)
        if self.fmt == "json":
            return pairs_json(request, pairs)
        context = self.get_base_context(filterset)
        context.update(
            # Lazy: read only when the filter panel's fragment is not in the cache.
            form_fields=SimpleLazyObject(lambda: self.form_fields(filterset.form, {})),
            chips=self.chips(filterset, {}),
            # The matrix and the table, rendered once per content token and filters.
            fragment_key=self.fragment_key(),
            fragment_seconds=settings.QUERY_CACHE_SECONDS,
            query_cache=settings.QUERY_CACHE_ALIAS,
            # Lazy: laid out only when the fragment is not in the cache.
            pairs=SimpleLazyObject(lambda: [self.pair_row(pair) for pair in pairs]),
            count=len(pairs),
            noun=_("pairs"),
            singular=_("pair"),
            matrix=SimpleLazyObject(lambda: matrix(pairs, self.event_link) or {}),
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
        if self._link_parts is None:
            carried = self.carried_filters()
            by_economy = any(key == "economy" for key, _ in carried)
            rest = f"&{urlencode(carried)}" if carried else ""
            self._link_parts = (reverse("events:list"), by_economy, rest)
        path, by_economy, rest = self._link_parts
        first = "partner" if by_economy else "economy"
        return f"{path}?{first}={code_a.lower()}&partner={code_b.lower()}{rest}"

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
        names[pair.code_a] = pair.shown_a
        names[pair.code_b] = pair.shown_b
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
    links, and its events per year (published, for every reader), from one query over
    all published events, kept per content token and shared by every economy page."""
    found = cached_network(request, Event.objects.published())
    pairs, years = found["pairs"], found["years"]
    code = economy.code
    events_url = reverse("events:list")
    partners = []
    for pair in pairs:
        if code not in (pair.code_a, pair.code_b):
            continue
        other, name = (
            (pair.code_b, pair.shown_b) if pair.code_a == code else (pair.code_a, pair.shown_a)
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
