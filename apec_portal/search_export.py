"""`/search/?q=...&format=csv|json`: the ranked search results as open data.

The rows are the same merged ranking the search page shows (statement
paragraphs, initiatives and events, best match first, at most
`CANDIDATES_PER_TYPE` ranked per type), read one batch at a time through the
same functions, so a download never holds more than one batch of hits.
"""

from html import unescape

from django.http import JsonResponse
from django.utils.html import strip_tags
from django.utils.translation import gettext_noop

from apec_portal.search import (
    CANDIDATES_PER_TYPE,
    Kind,
    RankedWindow,
    _fetch_page,
    count_by_kind,
    matching,
    ranked_candidates,
    read_query,
)
from core.exports import (
    Column,
    Export,
    ExportError,
    PermalinkColumn,
    csv_response,
    error_response,
    json_page,
    open_data,
)

BATCH = 100


def _plain(html):
    return unescape(strip_tags(html))


def _slug(hit):
    record = hit.record
    return record.statement.slug if hit.kind == Kind.PARAGRAPH else record.slug


def _year(hit):
    record = hit.record
    if hit.kind == Kind.PARAGRAPH:
        return record.statement.meeting.start_date.year
    if hit.kind == Kind.EVENT:
        return record.start_date.year
    return record.start_year


SEARCH_EXPORT = Export(
    "search",
    columns=[
        Column(
            "type",
            gettext_noop("What the hit is: paragraph (of a statement), initiative or event."),
            example="paragraph",
            source="kind",
        ),
        Column(
            "rank",
            gettext_noop("Relevance score (higher is better); rows come best first."),
            type="number",
            example="0.61",
            source=lambda hit: round(hit.rank, 6),
        ),
        Column(
            "slug",
            gettext_noop("The record's slug; for a paragraph, its statement's slug."),
            example="2017-apec-small-and-medium-enterprises-ministerial-meeting",
            source=_slug,
        ),
        Column(
            "paragraph_number",
            gettext_noop("For a paragraph: its number in the statement (empty otherwise)."),
            type="integer",
            example="22",
            source=lambda hit: hit.record.number if hit.kind == Kind.PARAGRAPH else None,
        ),
        Column(
            "title",
            gettext_noop("The record's title; for a paragraph, its statement's title."),
            source=lambda hit: _plain(hit.title),
        ),
        Column(
            "excerpt",
            gettext_noop("The passage that matched, as plain text."),
            source=lambda hit: _plain(hit.excerpt),
        ),
        Column(
            "year",
            gettext_noop("Year of the record."),
            type="integer",
            example="2017",
            source=_year,
        ),
        PermalinkColumn(
            "url",
            gettext_noop("Permanent link to the hit (a paragraph's link ends in #p<number>)."),
            source="record",
        ),
    ],
)


class RankedHits(RankedWindow):
    """The whole ranking, sliced into pages of hits (what a Paginator needs)."""

    def __init__(self, *, user, text, filters, economies=(), themes=()):
        self.text = text
        read = read_query(text, economies, themes)
        sources = matching(user, read, filters)
        per_kind = count_by_kind(sources)
        kinds = [
            kind for kind in Kind if per_kind[kind] and (not filters.kind or kind == filters.kind)
        ]
        super().__init__(
            ranked_candidates(sources, read, kinds) if kinds else None,
            sum(min(per_kind[kind], CANDIDATES_PER_TYPE) for kind in kinds),
        )

    def __getitem__(self, window):
        rows = super().__getitem__(window)
        return _fetch_page(rows, self.text) if rows else []

    def __iter__(self):
        for start in range(0, self.total, BATCH):
            yield from self[start : start + BATCH]


SEARCH_FORMATS = ("html", "csv", "json")


def render_search_export(request, *, user, text, filters, fmt, economies=(), themes=()):
    """The search results as CSV (every ranked hit, streamed) or one JSON page."""
    if not text:
        return error_response(request, "Give words to search for (q=...) to download results.", 400)
    # Downloads are public data: staff get only published records too.
    hits = RankedHits(user=None, text=text, filters=filters, economies=economies, themes=themes)
    if fmt == "csv":
        return open_data(csv_response(request, iter(hits), SEARCH_EXPORT))
    try:
        data = json_page(request, hits, SEARCH_EXPORT)
    except ExportError as error:
        return open_data(error_response(request, error.message, error.status))
    return open_data(JsonResponse(data, json_dumps_params={"indent": 1}))
