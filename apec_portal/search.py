"""One ranked full-text search over statement paragraphs, initiatives and events.

Every record type keeps a stored, GIN-indexed `search_vector` (generated columns,
so they are right after any write). A search runs a fixed set of SQL queries:

1. the number of matches per record type (the type tabs), one query, counting
   no further than COUNT_LIMIT (a larger count shows as "10,000+");
2. the ranking: per type at most `CANDIDATES_PER_TYPE` matches taken straight
   from the GIN index are ranked (so a very common word never ranks 100,000
   rows) and merged by rank, as (type, id, rank) rows;
3. one query per type present on the page fetches those records with their
   highlighted excerpts (SearchHeadline runs for the page only);
4. when nothing matches, one query looks for a better spelling.

`websearch_to_tsquery` reads the query, so quotes, `or` and `-word` work and no
input raises a syntax error.

The counts (1) and the whole merged ranking (2) are kept in the query cache per
content token, query, filters and audience (`core/content_cache.py`): the next
request for the same search, or for another page of it, skips both. The
audience ("public" or "staff", who may preview drafts) is part of the key, so a
count or a ranking that includes drafts is never served to an anonymous reader.
With the query cache off, the page's slice of the ranking is read from SQL.
"""

import re
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.postgres.search import SearchHeadline
from django.db import connection
from django.db.models import CharField, TextChoices, Value
from django.utils.html import escape
from django.utils.safestring import mark_safe

from core.content_cache import content_cached
from core.models import PublicationStatus
from core.pagination import LargeListPaginator
from core.publication import can_preview_drafts
from core.search import SEARCH_CONFIG, search_rank, web_search_query
from events.models import Event
from initiatives.models import Initiative, SearchWord
from statements.models import Paragraph

PAGE_SIZE = 20
CANDIDATES_PER_TYPE = 1000
COUNT_LIMIT = 10_000
MAX_QUERY_LENGTH = 200

# SearchHeadline marks matches with these private-use characters; the text is
# HTML-escaped first and only then are they turned into <mark> tags.
_MARK_START = "\ue000"
_MARK_STOP = "\ue001"


class Kind(TextChoices):
    PARAGRAPH = "paragraph", "Statement paragraphs"
    INITIATIVE = "initiative", "Initiatives"
    EVENT = "event", "Events"


@dataclass(frozen=True)
class Filters:
    kind: str = ""
    year: int | None = None
    economy: str = ""  # ISO3 code, upper case


@dataclass
class Hit:
    kind: str
    record: object
    rank: float
    title: str  # safe HTML, matches marked
    excerpt: str  # safe HTML, matches marked


def _display_count(count):
    return f"{COUNT_LIMIT:,}+" if count > COUNT_LIMIT else f"{count:,}"


@dataclass
class TypeCount:
    kind: str
    label: str
    count: int  # exact up to COUNT_LIMIT, then COUNT_LIMIT + 1
    ranked: int  # how many of them take part in the ranking (capped)

    @property
    def display(self):
        return _display_count(self.count)


@dataclass
class SearchResults:
    text: str
    filters: Filters
    counts: list[TypeCount]
    page: object = None  # django Page of Hit
    suggestion: str = ""
    only_common_words: bool = False
    capped: list[TypeCount] = field(default_factory=list)

    @property
    def all_count(self):
        return sum(c.count for c in self.counts)

    @property
    def count_capped(self):
        """Whether some type has more matches than are counted (shown as "10,000+")."""
        return any(c.count > COUNT_LIMIT for c in self.counts)

    @property
    def count_limit(self):
        return f"{COUNT_LIMIT:,}"

    @property
    def all_display(self):
        if any(c.count > COUNT_LIMIT for c in self.counts):
            return _display_count(COUNT_LIMIT + 1)
        return _display_count(self.all_count)


def marked(headline):
    """A SearchHeadline result as safe HTML: escaped text with the matches in <mark>."""
    text = escape(headline or "")
    return mark_safe(text.replace(_MARK_START, "<mark>").replace(_MARK_STOP, "</mark>"))


def headline(expression, query, **options):
    return SearchHeadline(
        expression,
        query,
        config=SEARCH_CONFIG,
        start_sel=_MARK_START,
        stop_sel=_MARK_STOP,
        **options,
    )


EXCERPT_OPTIONS = {
    "max_words": 40,
    "min_words": 20,
    "max_fragments": 2,
    "fragment_delimiter": " … ",
}


def matching(user, text, filters):
    """The matching records of each type the user may see, filtered by year and economy."""
    query = web_search_query(text)
    paragraphs = Paragraph.objects.visible_to(user).filter(search_vector=query)
    initiatives = Initiative.objects.visible_to(user).filter(search_vector=query)
    events = Event.objects.visible_to(user).filter(search_vector=query)
    if filters.year is not None:
        # The same meaning of "year" as the lists: the meeting's year for a statement's
        # paragraphs, the years an initiative is active, an event's start year.
        paragraphs = paragraphs.filter(statement__meeting__start_date__year=filters.year)
        initiatives = initiatives.active_in(filters.year)
        events = events.filter(start_date__year=filters.year)
    if filters.economy:
        codes = [filters.economy]
        meetings = Event.objects.for_economies(codes).values("pk")
        paragraphs = paragraphs.filter(statement__meeting__in=meetings)
        initiatives = initiatives.for_economies(codes)
        events = events.for_economies(codes)
    return {
        Kind.PARAGRAPH: paragraphs.order_by(),
        Kind.INITIATIVE: initiatives.order_by(),
        Kind.EVENT: events.order_by(),
    }


def audience(user):
    """The part of a cache key that says which records the user may see.

    "staff" for a user who may preview drafts (drafts are counted and ranked),
    "public" for everyone else, so a draft's count or ranking never reaches an
    anonymous reader through the cache.
    """
    return "staff" if can_preview_drafts(user) else "public"


def _count_sql(sources):
    parts, params = [], []
    for kind, queryset in sources.items():
        sql, part_params = queryset.values("pk")[: COUNT_LIMIT + 1].query.sql_with_params()
        parts.append(f"(SELECT count(*) FROM ({sql}) AS {kind.value}_matches)")
        params.extend(part_params)
    return "SELECT " + ", ".join(parts), params


def count_by_kind(sources):
    """{kind: number of matches, counted up to COUNT_LIMIT + 1}, in one query.

    Counting stops past COUNT_LIMIT: an exact "47,180" costs a full pass over the
    matches of a very common word, and "10,000+" tells the reader as much.
    """
    sql, params = _count_sql(sources)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        row = cursor.fetchone()
    return dict(zip(sources, row, strict=True))


def cached_count_by_kind(sources, audience):
    """`count_by_kind`, kept per content token, query and audience."""
    sql, params = _count_sql(sources)
    row = content_cached(
        ("search-counts", audience, sql, repr(params)),
        lambda: list(count_by_kind(sources).values()),
    )
    return dict(zip(sources, row, strict=True))


def ranked_candidates(sources, text, kinds):
    """One query: up to CANDIDATES_PER_TYPE matches of each kind, ranked, best first.

    Each kind's candidates are the first matches the GIN index yields (a LIMIT
    without ORDER BY, so PostgreSQL stops early); only they are ranked.
    """
    query = web_search_query(text)
    parts = []
    for kind in kinds:
        candidates = sources[kind].values("pk")[:CANDIDATES_PER_TYPE]
        parts.append(
            sources[kind]
            .model.objects.filter(pk__in=candidates)
            .order_by()
            .annotate(
                record_type=Value(kind.value, output_field=CharField()), rank=search_rank(query)
            )
            .values_list("record_type", "pk", "rank")
        )
    return parts[0].union(*parts[1:], all=True).order_by("-rank", "record_type", "pk")


class _RankedWindow:
    """What the paginator slices: the merged ranking.

    With the query cache on, the whole ranking (at most 3 x CANDIDATES_PER_TYPE
    rows) is read once per content token, query and audience and every page is
    sliced from it; with it off, each page's slice is read from SQL.
    """

    def __init__(self, candidates, total, audience):
        self.candidates = candidates
        self.total = total
        self.audience = audience

    def count(self):
        return self.total

    def __len__(self):
        return self.total

    def __getitem__(self, window):
        if self.candidates is None:
            return []
        if settings.QUERY_CACHE_SECONDS:
            sql, params = self.candidates.query.sql_with_params()
            rows = content_cached(
                ("search-ranking", self.audience, sql, repr(params)),
                lambda: [tuple(row) for row in self.candidates],
            )
            return rows[window]
        return list(self.candidates[window])


def _fetch_page(rows, text):
    """The page's records with highlighted titles and excerpts: one query per kind present."""
    query = web_search_query(text)
    ids = {kind: [pk for k, pk, _ in rows if k == kind] for kind in Kind.values}
    records = {}
    if ids[Kind.PARAGRAPH]:
        for paragraph in (
            Paragraph.objects.filter(pk__in=ids[Kind.PARAGRAPH])
            .order_by()
            .defer("search_vector")
            .select_related("statement__meeting", "section")
            .annotate(excerpt=headline("text", query, **EXCERPT_OPTIONS))
        ):
            records[Kind.PARAGRAPH, paragraph.pk] = (
                paragraph,
                escape(paragraph.statement.title),
                marked(paragraph.excerpt),
            )
    if ids[Kind.INITIATIVE]:
        for initiative in (
            Initiative.objects.filter(pk__in=ids[Kind.INITIATIVE])
            .order_by()
            .defer("search_vector")
            .select_related("proposer")
            .annotate(
                title_marked=headline("title", query, highlight_all=True),
                excerpt=headline("introduction", query, **EXCERPT_OPTIONS),
            )
        ):
            records[Kind.INITIATIVE, initiative.pk] = (
                initiative,
                marked(initiative.title_marked),
                marked(initiative.excerpt),
            )
    if ids[Kind.EVENT]:
        for event in (
            Event.objects.filter(pk__in=ids[Kind.EVENT])
            .order_by()
            .defer("search_vector")
            .select_related("host")
            .annotate(
                title_marked=headline("title", query, highlight_all=True),
                excerpt=headline("summary", query, **EXCERPT_OPTIONS),
            )
        ):
            records[Kind.EVENT, event.pk] = (
                event,
                marked(event.title_marked),
                marked(event.excerpt),
            )
    hits = []
    for kind, pk, rank in rows:
        if (kind, pk) in records:
            record, title, excerpt = records[kind, pk]
            hits.append(Hit(kind=kind, record=record, rank=rank, title=title, excerpt=excerpt))
    return hits


def search_records(*, user, text, filters=Filters(), page_number=1):
    """Search what `user` may see; raises the paginator's EmptyPage past the last page."""
    sources = matching(user, text, filters)
    reader = audience(user)
    per_kind = cached_count_by_kind(sources, reader)
    counts = [
        TypeCount(
            kind=kind.value,
            label=kind.label,
            count=per_kind[kind],
            ranked=min(per_kind[kind], CANDIDATES_PER_TYPE),
        )
        for kind in Kind
    ]
    shown = [c for c in counts if not filters.kind or c.kind == filters.kind]
    kinds = [Kind(c.kind) for c in shown if c.count]
    total = sum(c.ranked for c in shown)
    results = SearchResults(
        text=text,
        filters=filters,
        counts=counts,
        capped=[c for c in shown if c.count > c.ranked],
    )
    paginator = LargeListPaginator(
        _RankedWindow(ranked_candidates(sources, text, kinds) if kinds else None, total, reader),
        PAGE_SIZE,
    )
    page = paginator.page(page_number)
    page.object_list = _fetch_page(page.object_list, text) if total else []
    results.page = page
    if not total and not any(c.count for c in counts):
        results.suggestion, results.only_common_words = spelling_suggestion(user=user, text=text)
    return results


_WORD = re.compile(r"[^\W\d_]{3,40}")
_MAX_WORDS = 10


def spelling_suggestion(*, user, text):
    """(suggested query or "", whether the query had only words search ignores), one query.

    Each word of the query that finds nothing the user may see is replaced by the
    most similar word of the corpus's vocabulary (pg_trgm) that does find something.
    """
    spans = [m for m in _WORD.finditer(text) if m.group().lower() != "or"][:_MAX_WORDS]
    words = [m.group().lower() for m in spans]
    statuses = (
        list(PublicationStatus.values)
        if can_preview_drafts(user)
        else [PublicationStatus.PUBLISHED]
    )
    found = _found_sql("plainto_tsquery(%(config)s, {word})")
    sql = f"""
        SELECT numnode(websearch_to_tsquery(%(config)s, %(text)s)) = 0,
               ARRAY(
                   SELECT ARRAY[typed.word, (
                       SELECT candidate.word FROM (
                           SELECT v.word FROM {SearchWord._meta.db_table} AS v
                           WHERE v.word %% typed.word AND v.word <> typed.word
                           ORDER BY similarity(v.word, typed.word) DESC, v.word
                           LIMIT 5
                       ) AS candidate
                       WHERE {found.format(word="candidate.word")}
                       LIMIT 1
                   )]
                   FROM unnest(%(words)s::text[]) AS typed(word)
                   WHERE numnode(plainto_tsquery(%(config)s, typed.word)) > 0
                     AND NOT {found.format(word="typed.word")}
               )
    """
    params = {"config": SEARCH_CONFIG, "text": text, "words": words, "statuses": statuses}
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        only_common, unknown = cursor.fetchone()
    replacements = {word: better for word, better in unknown if better}
    suggestion = text if replacements else ""
    for match in reversed(spans):
        better = replacements.get(match.group().lower())
        if better:
            suggestion = suggestion[: match.start()] + better + suggestion[match.end() :]
    return suggestion, only_common


def _found_sql(query_template):
    """SQL true when `query_template` matches some record the reader may see."""
    paragraph = Paragraph._meta.db_table
    statement = Paragraph._meta.get_field("statement").related_model._meta.db_table
    initiative = Initiative._meta.db_table
    event = Event._meta.db_table
    return (
        "(EXISTS (SELECT 1 FROM "
        + initiative
        + " WHERE search_vector @@ "
        + query_template
        + " AND publication_status = ANY(%(statuses)s))"
        + " OR EXISTS (SELECT 1 FROM "
        + event
        + " WHERE search_vector @@ "
        + query_template
        + " AND publication_status = ANY(%(statuses)s))"
        + " OR EXISTS (SELECT 1 FROM "
        + paragraph
        + " AS p JOIN "
        + statement
        + " AS s ON s.id = p.statement_id WHERE p.search_vector @@ "
        + query_template
        + " AND s.publication_status = ANY(%(statuses)s)))"
    )
