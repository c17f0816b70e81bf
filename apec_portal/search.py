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
4. when nothing matches, one query looks for a better spelling; when every word it
   changes is a confident match (`CONFIDENT_SIMILARITY`), steps 1–3 run once more for
   the suggestion and the page shows its results ("Showing results for ...");
5. when the query names an economy, one query lists the statements of the meetings
   it hosted (see "Economies named in the query" below).

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
from typing import NamedTuple

from babel import Locale
from babel.lists import format_list
from django.conf import settings
from django.contrib.postgres.search import SearchHeadline, SearchQuery
from django.core.paginator import EmptyPage
from django.db import connection
from django.db.models import Case, CharField, FloatField, Q, TextChoices, Value, When
from django.utils.functional import cached_property
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, to_locale
from django.utils.translation import gettext_lazy as _

from core.content_cache import content_cached, reader_key
from core.economy_names import named_in_capitals_only
from core.pagination import LargeListPaginator
from core.publication import can_preview_drafts, visible_statuses
from core.record_refs import RecordRefs, full_record
from core.search import (
    LANGUAGE_CONFIGS,
    SAMPLE_WORDS,
    SEARCH_CONFIG,
    STORED_SEARCH_COLUMNS,
    compiled_annotations,
    matched_language_annotations,
    matched_languages,
    sample_params,
    text_condition,
    text_rank,
    trigram_terms,
    web_search_query,
    with_words,
)
from core.translation import active_language, column
from events.models import Event
from initiatives.models import Initiative, SearchWord
from statements.models import Paragraph, Statement

PAGE_SIZE = 20
CANDIDATES_PER_TYPE = 1000
COUNT_LIMIT = 10_000
# A suggestion whose every changed word is at least this similar (pg_trgm) to the word
# typed is shown with its results straight away ("inovation" -> "innovation" is 0.75).
CONFIDENT_SIMILARITY = 0.5
# Records tied to an economy the query names rank before records that only mention it.
ECONOMY_BOOST = 1.0
STATEMENTS_SHOWN = 10

# SearchHeadline marks matches with these private-use characters; the text is
# HTML-escaped first and only then are they turned into <mark> tags.
_MARK_START = "\ue000"
_MARK_STOP = "\ue001"


class Kind(TextChoices):
    PARAGRAPH = "paragraph", _("Statement paragraphs")
    INITIATIVE = "initiative", _("Initiatives")
    EVENT = "event", _("Events")


@dataclass(frozen=True)
class Filters:
    kind: str = ""
    year: int | None = None
    economy: str = ""  # ISO3 code, upper case


@dataclass
class Hit:
    kind: str
    #: The record, or a `RecordRef` standing for it (a page of hits read from the query
    #: cache: the record is built only when its block is not kept too; `record`).
    ref: object
    rank: float
    title: str  # safe HTML, matches marked
    excerpt: str  # safe HTML, matches marked
    #: Codes of the languages whose text matched ("en", "es", ...; `core.search`), for
    #: initiatives and events; empty when only a named economy matched.
    languages: tuple = ()

    @property
    def record(self):
        """The full record (built on first use for a kept page; None if it is gone)."""
        return full_record(self.ref)

    def kept(self):
        """The hit as plain data for the query cache: no model instance to pickle."""
        ref = self.ref
        version = getattr(ref, "version", None)
        if version is None:  # a paragraph: its statement's edit number names its block
            version = getattr(getattr(ref, "statement", None), "version", "")
        return (self.kind, ref.pk, version, self.rank, self.title, self.excerpt, self.languages)

    @property
    def matched_in(self):
        """ "Spanish and English": the languages that matched, named in the page's language;
        "" when the only one is the page's own (nothing to say)."""
        if not self.languages or list(self.languages) == [_page_language()]:
            return ""
        return language_names(self.languages)


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
    #: The query as typed, when the results shown are those of a confident suggestion.
    corrected_from: str = ""
    economies: tuple = ()  # EconomyMention named in the query
    statements: list = field(default_factory=list)  # of meetings those economies hosted

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


def _page_language():
    return get_language() or settings.LANGUAGE_CODE


def language_names(codes):
    """The languages `codes` named and listed as the page's language does (CLDR, Babel):
    "español e inglés", "スペイン語、英語"."""
    page = Locale.parse(to_locale(_page_language()))
    names = [Locale.parse(to_locale(code)).get_display_name(page) for code in codes]
    return format_list(names, locale=page)


def marked(headline):
    """A SearchHeadline result as safe HTML: escaped text with the matches in <mark>."""
    text = escape(headline or "")
    return mark_safe(text.replace(_MARK_START, "<mark>").replace(_MARK_STOP, "</mark>"))


def headline(expression, query, config=SEARCH_CONFIG, **options):
    return SearchHeadline(
        expression,
        query,
        config=config,
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


# --- Economies named in the query ---------------------------------------------------------------
#
# A query that names an economy ("Thailand", "viet nam", "Hong Kong, China", "the Philippines")
# also finds the records tied to it: the events it hosted or co-hosted, the initiatives it
# proposed or co-implements, and (with other words) the paragraphs of the statements of the
# meetings it hosted. How the name combines with the other words of the query:
#
# - the full text as typed always counts ("Thailand" finds a paragraph that mentions Thailand);
# - an event or initiative tied to a named economy matches when the *other* words match it
#   ("Thailand digital": Thailand's events about digital matters, even if they never say
#   "Thailand"); with no other words, every record tied to the economy matches;
# - a statement paragraph tied to it (the statement of a meeting it hosted) matches only
#   with other words: the name alone would return every paragraph of those statements, so
#   the statements themselves are listed above the results instead, with links to the
#   economy's page and its filtered lists;
# - several economies: records tied to any of them;
# - records tied to a named economy rank before those that only mention it.
#
# Themes are read the same way, by their names in English and in every language of the
# portal (`name_es`, `name_zh_hans`, ...; `apec_portal.forms.names_of_economies_and_themes`):
# "comercio digital", 数字化转型 and การเปลี่ยนผ่านสู่ดิจิทัล find the theme's events and
# initiatives (and, with other words, the paragraphs of the statements it classifies) as
# its English name does. A query naming an economy and a theme finds the records tied to
# both.
#
# Names inside "quoted phrases" or after a minus sign stay plain words. Names and aliases
# match in any case, whole words only, longest first (so "Hong Kong, China" is not read as
# China); commas and spaces between the words of a name are interchangeable. Short names
# ("US", "PRC") must be typed in capitals (`core.economy_names.named_in_capitals_only`).

_NAME_GAP = r"[\s,]+"
_APOSTROPHES = "'’"


@dataclass(frozen=True)
class EconomyMention:
    code: str
    name: str

    @property
    def slug(self):
        return self.code.lower()


@dataclass(frozen=True)
class ThemeMention:
    pk: int
    name: str


class ThemeNames(NamedTuple):
    """A theme as search reads its names: its key, English name and other languages' names."""

    pk: int
    name: str
    aliases: list


@dataclass(frozen=True)
class ReadQuery:
    """A query as search understands it: what was typed, the economies it names and the rest."""

    text: str
    economies: tuple = ()
    rest: str = ""  # the text without the economy and theme names; "" when nothing is left
    themes: tuple = ()  # ThemeMention named in the query

    @property
    def codes(self):
        return [economy.code for economy in self.economies]

    @property
    def names_records(self):
        """Whether the query names an economy or a theme (records tied to them match)."""
        return bool(self.economies or self.themes)


def _name_pattern(name):
    words = re.split(r"[\s,]+", name.strip())
    parts = []
    for word in words:
        pieces = [re.escape(piece) for piece in re.split(f"[{_APOSTROPHES}]", word)]
        parts.append(f"[{_APOSTROPHES}]".join(pieces))
    return _NAME_GAP.join(parts)


_PATTERNS = {}  # the economies' names, hashable -> (regex, {key: economy}); see below


def economy_names_pattern(economies, themes=()):
    """One regular expression naming every economy and theme: [(code, name, aliases)] and
    [ThemeNames] -> (regex, {key: EconomyMention or ThemeMention}).

    Built once per process for the same names (building it is about 250 small regular
    expressions, a tenth of a search's Python time); a renamed economy or theme or a new
    alias gives other names, so a new pattern."""
    rows = [*economies, *(ThemeNames(*row) for row in themes)]
    key = tuple(
        (type(row).__name__, code, name, tuple(aliases or ()))
        for row in rows
        for code, name, aliases in [row]
    )
    built = _PATTERNS.get(key)
    if built is None:
        if len(_PATTERNS) >= 16:
            _PATTERNS.clear()
        built = _PATTERNS[key] = _economy_names_pattern(rows)
    return built


def _economy_names_pattern(rows):
    names = []  # (spelling, economy or theme, case_sensitive)
    for row in rows:
        code, name, aliases = row
        if isinstance(row, ThemeNames):
            mention = ThemeMention(pk=code, name=name)
        else:
            mention = EconomyMention(code=code, name=name)
        for spelling in [name, *(aliases or [])]:
            spelling = spelling.strip()
            if spelling:
                names.append((spelling, mention, named_in_capitals_only(spelling)))
    names.sort(key=lambda item: (-len(item[0]), item[0]))
    groups, found = [], {}
    for index, (spelling, mention, case_sensitive) in enumerate(names):
        pattern = _name_pattern(spelling)
        if case_sensitive:
            pattern = f"(?-i:{pattern})"
        groups.append(f"(?P<e{index}>{pattern})")
        found[f"e{index}"] = mention
    if not groups:
        return None, {}
    regex = re.compile(r"(?<![\w-])(?:" + "|".join(groups) + r")(?!\w)", re.IGNORECASE)
    return regex, found


_QUOTED = re.compile(r'"[^"]*"?')


def read_query(text, economies=(), themes=()):
    """The economies and themes `text` names, and the text without them (see the comment
    above). `themes`: `ThemeNames` rows (`apec_portal.forms` reads them)."""
    regex, found = economy_names_pattern(economies, themes)
    if regex is None or not text:
        return ReadQuery(text=text, rest=text)
    quoted = [match.span() for match in _QUOTED.finditer(text)]
    named, rest, position = [], [], 0
    for match in regex.finditer(text):
        start, end = match.span()
        if any(q_start <= start < q_end for q_start, q_end in quoted):
            continue
        mention = found[match.lastgroup]
        if mention not in named:
            named.append(mention)
        rest.append(text[position:start])
        position = end
    rest.append(text[position:])
    if not named:
        return ReadQuery(text=text, rest=text)
    remainder = " ".join(" ".join(rest).replace(",", " ").split())
    words = [w for w in remainder.split() if w.lower() != "or" and re.search(r"\w", w)]
    if not any(not word.startswith("-") for word in words):
        remainder = ""
    return ReadQuery(
        text=text,
        economies=tuple(m for m in named if isinstance(m, EconomyMention)),
        themes=tuple(m for m in named if isinstance(m, ThemeMention)),
        rest=remainder,
    )


def _economy_links(kind, codes):
    """(the condition on the record's own column, the linked records' keys) for a record
    of `kind` tied to any of the economies: an event's host and its co-hosts, an
    initiative's proposer and its co-implementers; a paragraph has no link table."""
    if kind == Kind.EVENT:
        co_hosted = Event.co_hosts.through.objects.filter(economy__in=codes).values("event_id")
        return Q(host__in=codes), co_hosted
    if kind == Kind.INITIATIVE:
        co_implemented = Initiative.co_implementers.through.objects.filter(
            economy__in=codes
        ).values("initiative_id")
        return Q(proposer__in=codes), co_implemented
    return Q(statement__meeting__host__in=codes), None


def tied_to_economies(kind, codes):
    """The condition for a record of `kind` tied to any of the economies (see above)."""
    own, linked = _economy_links(kind, codes)
    return own if linked is None else own | Q(pk__in=linked)


def tied_to_themes(kind, pks):
    """The condition for a record of `kind` classified under any of the themes."""
    model = Paragraph.statement.field.related_model if kind == Kind.PARAGRAPH else _MODELS[kind]
    through = model.themes.through.objects.filter(theme__in=pks)
    if kind == Kind.PARAGRAPH:
        return Q(statement__in=through.values("statement_id"))
    return Q(pk__in=through.values(f"{model._meta.model_name}_id"))


def tied_to_named(kind, read):
    """Tied to any economy the query names and to any theme it names (both when it names
    both): "Thailand digital transformation" finds Thailand's digital transformation events."""
    tied = Q()
    if read.economies:
        tied &= tied_to_economies(kind, read.codes)
    if read.themes:
        tied &= tied_to_themes(kind, [theme.pk for theme in read.themes])
    return tied


_MODELS = {Kind.PARAGRAPH: Paragraph, Kind.INITIATIVE: Initiative, Kind.EVENT: Event}


def _tied_arms(kind, read):
    """`tied_to_named` (and the other words, when there are any) as conditions to be joined
    by "or", each of which PostgreSQL can answer from an index: the host (proposer) column,
    the co-host (co-implementer) link table, the theme link table."""
    arms = [Q()]
    if read.economies:
        own, linked = _economy_links(kind, read.codes)
        arms = [own] if linked is None else [own, Q(pk__in=linked)]
    extra = Q()
    if read.themes:
        extra &= tied_to_themes(kind, [theme.pk for theme in read.themes])
    if read.rest:
        extra &= text_condition(_MODELS[kind], read.rest)
    return [arm & extra for arm in arms]


def _match_arms(kind, read):
    """The search condition for one record type as conditions joined by "or": the full
    text (in English or in any translation, `core.search.text_condition`), and, when the
    query names an economy or a theme, the records tied to it (see the comment above)."""
    condition = text_condition(_MODELS[kind], read.text)
    if not read.names_records or (kind == Kind.PARAGRAPH and not read.rest):
        return [condition]
    return [condition, *_tied_arms(kind, read)]


def _any_of(conditions):
    condition = Q()
    for arm in conditions:
        condition |= arm
    return condition


def _matches(kind, read):
    """The search condition for one record type, as one condition."""
    return _any_of(_match_arms(kind, read))


class Sources(dict):
    """{kind: queryset of the matches} and, in `arms`, {kind: [querysets of keys]} whose
    union is the same matches, where the query names an economy or a theme.

    The one queryset's condition is an `OR` with a subquery in it (`pk IN (SELECT ...
    co_hosts ...)`), which PostgreSQL can only answer by reading the whole table and
    checking every row's text. The counts and the ranking's candidates read the arms
    instead, each from its own index and each stopped at the limit (`first_matches`)."""

    def __init__(self, querysets, arms):
        super().__init__(querysets)
        self.arms = arms


def first_matches(sources, kind, limit):
    """Keys of at most `limit` matches of `kind` (all of them when there are fewer).

    With arms, which are disjoint (`matching`), each arm stops at `limit` and their
    `UNION ALL` is cut at `limit`: PostgreSQL reads the arms in turn and stops as soon as
    it has `limit` keys, so a common word's text alone ("innovation") ends the count
    before the records tied to the theme are read."""
    arms = getattr(sources, "arms", {}).get(kind)
    if not arms:
        return sources[kind].values("pk")[:limit]
    first, *others = (arm[:limit] for arm in arms)
    return first.union(*others, all=True)[:limit]


def matching(user, text, filters, economies=(), themes=()):
    """The matching records of each type the user may see, filtered by year and economy.

    `economies` are the (code, name, aliases) rows of every economy and `themes` the
    `ThemeNames` of every theme, for reading their names in the query (`read_query`);
    without them the text is only words.
    """
    read = text if isinstance(text, ReadQuery) else read_query(text, economies, themes)
    paragraphs = Paragraph.objects.visible_to(user)
    initiatives = Initiative.objects.visible_to(user)
    events = Event.objects.visible_to(user)
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
    bases = {
        Kind.PARAGRAPH: paragraphs.order_by(),
        Kind.INITIATIVE: initiatives.order_by(),
        Kind.EVENT: events.order_by(),
    }
    arms = {}
    for kind, base in bases.items():
        conditions = _match_arms(kind, read)
        if len(conditions) > 1:
            # Each arm without the records an earlier one gives: the arms are disjoint. (A
            # key subquery, not NOT (<text condition>): a NULL trigram text would make that
            # unknown and drop the row.)
            model = base.model
            arms[kind] = [
                base.filter(arm)
                .exclude(pk__in=model.objects.filter(_any_of(conditions[:number])).values("pk"))
                .values("pk")
                if number
                else base.filter(arm).values("pk")
                for number, arm in enumerate(conditions)
            ]
    return Sources({kind: base.filter(_matches(kind, read)) for kind, base in bases.items()}, arms)


def _count_sql(sources):
    parts, params = [], []
    for kind in sources:
        sql, part_params = first_matches(sources, kind, COUNT_LIMIT + 1).query.sql_with_params()
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


def cached_count_by_kind(sources, reader, key=None, sql=None):
    """`count_by_kind`, kept per content token, query and audience (`reader`: the parts
    `reader_key` gives for the user searching). `key`: parts naming the search exactly
    (the query as read and the filters), so that the SQL need not be compiled to name it.
    `sql`: a function giving `_count_sql`'s SQL and parameters without `sources` (None
    then; `_compiled_sql`), the counts in `Kind`'s order."""

    def count():
        if sql is None:
            return list(count_by_kind(sources).values())
        with connection.cursor() as cursor:
            cursor.execute(*sql())
            return list(cursor.fetchone())

    if key is None:
        sql_text, params = _count_sql(sources)
        key = (sql_text, repr(params))
    row = content_cached((*reader, "search-counts", *key), count)
    return dict(zip(sources if sources is not None else Kind, row, strict=True))


_COMPILED_SQL = {}


def _compiled_sql(shape, build, text):
    """`build(words)`'s SQL and parameters for `text`, compiled once per process and
    `shape` with sample words, whose every parameter is then replaced by `text`.

    For a search of words only (`_words_only`) the counts' and the ranking's SQL differ
    from one query to the next by the words alone, which reach the database as parameters;
    building and compiling their querysets (three record types, their conditions in English
    and every translation, the ranks) was about a quarter of a first search's Python time."""
    compiled = _COMPILED_SQL.get(shape)
    if compiled is None:
        sql, params = build(SAMPLE_WORDS)
        compiled = _COMPILED_SQL[shape] = (sql, sample_params(params))
    sql, params = compiled
    return sql, with_words(params, text)


def _words_only(read, filters):
    """Whether a search's SQL has the shape of every search of words: no economy or theme
    named, no year or economy filter (their SQL differs in more than parameters), no
    Chinese, Japanese, Korean or Thai terms (the trigram conditions follow the terms); and
    the query cache on (it reads the whole ranking, never a slice)."""
    return bool(
        settings.QUERY_CACHE_SECONDS
        and not read.names_records
        and read.rest == read.text
        and filters.year is None
        and not filters.economy
        and not trigram_terms(read.text)
    )


def _rank(kind, read):
    """Relevance to the full text, plus to the other words and a boost when tied to a
    named economy (a record tied to Thailand ranks before one that mentions Thailand)."""
    rank = text_rank(_MODELS[kind], read.text)
    if read.names_records:
        if read.rest:
            rank = rank + text_rank(_MODELS[kind], read.rest)
        rank = rank + Case(
            When(tied_to_named(kind, read), then=Value(ECONOMY_BOOST)),
            default=Value(0.0),
            output_field=FloatField(),
        )
    return rank


def ranked_candidates(sources, text, kinds, economies=(), themes=()):
    """One query: up to CANDIDATES_PER_TYPE matches of each kind, ranked, best first.

    Each kind's candidates are the first matches the GIN index yields (a LIMIT
    without ORDER BY, so PostgreSQL stops early; `first_matches`); only they are ranked.
    """
    read = text if isinstance(text, ReadQuery) else read_query(text, economies, themes)
    parts = []
    for kind in kinds:
        candidates = first_matches(sources, kind, CANDIDATES_PER_TYPE)
        parts.append(
            sources[kind]
            .model.objects.filter(pk__in=candidates)
            .order_by()
            .annotate(
                record_type=Value(kind.value, output_field=CharField()), rank=_rank(kind, read)
            )
            .values_list("record_type", "pk", "rank")
        )
    return parts[0].union(*parts[1:], all=True).order_by("-rank", "record_type", "pk")


class RankedWindow:
    """What a paginator slices: the merged ranking, as (type, pk, rank) rows.

    Given `reader` (`reader_key(user)`) and with the query cache on, the whole ranking
    (at most 3 x CANDIDATES_PER_TYPE rows) is read once per content token, query and
    audience and every page is sliced from it; else each slice is read from SQL.
    """

    def __init__(self, candidates, total, reader=None, key=None, sql=None):
        """`candidates`: the ranking's queryset, a function that builds it (only when the
        ranking is not cached), or None. `key`: parts naming the search exactly (the query
        as read, the filters, the record types), else the compiled SQL names it. `sql`: a
        function giving the whole ranking's SQL and parameters without building the
        queryset (`_compiled_sql`), for the query cache's read of the whole ranking."""
        self._candidates = candidates
        self.total = total
        self.reader = reader
        self.key = key
        self._sql = sql

    @cached_property
    def candidates(self):
        built = self._candidates
        return built() if callable(built) else built

    def count(self):
        return self.total

    def __len__(self):
        return self.total

    def _all_rows(self):
        """The whole ranking as (type, pk, rank) tuples, read straight from the cursor: up
        to 3,000 rows, which the queryset would pass one by one through its converters
        (plain text, integer and float columns, which need none)."""
        sql, params = self._sql() if self._sql else self.candidates.query.sql_with_params()
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchall()

    def __getitem__(self, window):
        if self._candidates is None:
            return []
        if self.reader is not None and settings.QUERY_CACHE_SECONDS:
            key = self.key
            if key is None:
                sql, params = self.candidates.query.sql_with_params()
                key = (sql, repr(params))
            rows = content_cached((*self.reader, "search-ranking", *key), self._all_rows)
            return rows[window]
        return list(self.candidates[window])


_TAG = re.compile(r"<[^>]*>")
_EXCERPT_WORD = re.compile(r"\w+")


def _words(text):
    """The words of a text as the excerpt shows them: tags dropped (the text search parser
    drops them too), match markers removed, any case."""
    text = (text or "").replace(_MARK_START, "").replace(_MARK_STOP, "")
    return _EXCERPT_WORD.findall(_TAG.sub(" ", text).lower())


def excerpt_html(excerpt, full_text):
    """The excerpt as safe HTML, with "…" where it cuts the text: before it when it does
    not start where the text starts, after it when it stops short of the end (fragments
    are already joined by " … ")."""
    html = marked(excerpt)
    if not excerpt:
        return html
    whole = _words(full_text)
    fragments = [_words(part) for part in excerpt.split(EXCERPT_OPTIONS["fragment_delimiter"])]
    first, last = fragments[0], fragments[-1]
    if first and whole[: len(first)] != first:
        html = mark_safe("… " + html)
    if last and whole[-len(last) :] != last:
        html = mark_safe(html + " …")
    return html


def trigram_marked(text, terms):
    """`text` as safe HTML with every occurrence of the trigram terms in <mark> (the
    languages without word breaks, where no headline can find words)."""
    spans = []
    lowered = text.lower()
    for term in terms:
        start = lowered.find(term)
        while start != -1:
            spans.append((start, start + len(term)))
            start = lowered.find(term, start + len(term))
    html, position = [], 0
    for start, end in sorted(spans):
        if start < position:
            continue
        html.append(escape(text[position:start]))
        html.append(f"<mark>{escape(text[start:end])}</mark>")
        position = end
    html.append(escape(text[position:]))
    return mark_safe("".join(html))


_TRIGRAM_EXCERPT = 160


def _hit_annotation_expressions(model, excerpt_field, language, text):
    """What a page of initiatives or events is annotated with: the highlighted title and
    excerpt, in English and in the page's language, and the languages that matched."""
    config = LANGUAGE_CONFIGS.get(language)
    query = web_search_query(text)
    annotations = {
        "title_marked": headline("title", query, highlight_all=True),
        "excerpt": headline(excerpt_field, query, **EXCERPT_OPTIONS),
    }
    if config:
        own_query = SearchQuery(text, search_type="websearch", config=config)
        annotations["own_title_marked"] = headline(
            column("title", language), own_query, config=config, highlight_all=True
        )
        annotations["own_excerpt"] = headline(
            column(excerpt_field, language), own_query, config=config, **EXCERPT_OPTIONS
        )
    return {**matched_language_annotations(model, text), **annotations}


def _hit_annotations(model, excerpt_field, language, text):
    """`_hit_annotation_expressions`, compiled to SQL once per process and kind of page
    (`core.search.compiled_annotations`): its fourteen expressions (ten of them a text
    vector and a query per language) took a third of a first search's Python time to
    build, resolve and compile on every request, though only the words change."""
    return compiled_annotations(
        model,
        ("search-hit", excerpt_field, language or ""),
        lambda sample: _hit_annotation_expressions(model, excerpt_field, language, sample),
        text,
    )


def _translated_records(model, pks, text, excerpt_field, related):
    """(record, title, excerpt, languages) of initiatives or events, one query.

    On a page in another language a record that has that language's title shows it, and
    its excerpt comes from that language's text (matches marked by the language's own
    configuration, or by the trigram terms for Chinese, Japanese, Korean and Thai);
    otherwise the English, as before. `languages` are those whose text matched."""
    language = active_language()
    config = LANGUAGE_CONFIGS.get(language)
    own_title = column("title", language) if language else None
    own_excerpt = column(excerpt_field, language) if language else None
    queryset = (
        model.objects.filter(pk__in=pks)
        .order_by()
        .defer(*STORED_SEARCH_COLUMNS)
        .select_related(related)
        .annotate(**_hit_annotations(model, excerpt_field, language, text))
    )
    terms = trigram_terms(text)
    for record in queryset:
        languages = tuple(matched_languages(record, text))
        title_text = getattr(record, own_title) if own_title else ""
        excerpt_text = getattr(record, own_excerpt) if own_excerpt else ""
        if title_text and config:
            title = marked(record.own_title_marked)
        elif title_text:
            title = trigram_marked(title_text, terms)
        else:
            title = marked(record.title_marked)
        if excerpt_text and config:
            excerpt = excerpt_html(record.own_excerpt, excerpt_text)
        elif excerpt_text:
            cut = excerpt_text[:_TRIGRAM_EXCERPT]
            excerpt = trigram_marked(cut, terms)
            if len(cut) < len(excerpt_text):
                excerpt = mark_safe(excerpt + " …")
        else:
            excerpt = excerpt_html(record.excerpt, getattr(record, excerpt_field))
        yield record, title, excerpt, languages


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
                excerpt_html(paragraph.excerpt, paragraph.text),
                (),  # statements are English only
            )
    if ids[Kind.INITIATIVE]:
        for record, *shown in _translated_records(
            Initiative, ids[Kind.INITIATIVE], text, "introduction", "proposer"
        ):
            records[Kind.INITIATIVE, record.pk] = (record, *shown)
    if ids[Kind.EVENT]:
        for record, *shown in _translated_records(Event, ids[Kind.EVENT], text, "summary", "host"):
            records[Kind.EVENT, record.pk] = (record, *shown)
    hits = []
    for kind, pk, rank in rows:
        if (kind, pk) in records:
            record, title, excerpt, languages = records[kind, pk]
            hits.append(
                Hit(
                    kind=kind,
                    ref=record,
                    rank=rank,
                    title=title,
                    excerpt=excerpt,
                    languages=languages,
                )
            )
    return hits


def _search(user, read, filters, page_number):
    reader = reader_key(user)
    # What the matches depend on besides the reader's audience (in `reader`), the content
    # and the language (in every key): the query as read and the filters.
    search_key = (repr(read), repr(filters))
    count_sql = ranking_sql = None
    if _words_only(read, filters):
        # Words only: the counts' and ranking's SQL compiled once per audience (and record
        # types), with this search's words put in (`_compiled_sql`).
        sources = None
        drafts = can_preview_drafts(user)

        def sample(words):
            return matching(user, ReadQuery(text=words, rest=words), Filters())

        def count_sql():
            return _compiled_sql(
                ("search-counts", drafts), lambda words: _count_sql(sample(words)), read.text
            )

        def ranking_sql():
            return _compiled_sql(
                ("search-ranking", drafts, tuple(kinds)),
                lambda words: ranked_candidates(
                    sample(words), ReadQuery(text=words, rest=words), kinds
                ).query.sql_with_params(),
                read.text,
            )

        def candidates():
            return ranked_candidates(matching(user, read, filters), read, kinds)
    else:
        sources = matching(user, read, filters)

        def candidates():
            return ranked_candidates(sources, read, kinds)

    per_kind = cached_count_by_kind(sources, reader, search_key, sql=count_sql)
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
        text=read.text,
        filters=filters,
        counts=counts,
        capped=[c for c in shown if c.count > c.ranked],
        economies=read.economies,
    )
    paginator = LargeListPaginator(
        RankedWindow(
            candidates if kinds else None,
            total,
            reader,
            key=(*search_key, repr(kinds)),
            sql=ranking_sql,
        ),
        PAGE_SIZE,
    )
    page = paginator.page(page_number)
    rows = page.object_list
    # The highlighted titles and excerpts depend on the content, the language, the
    # reader's audience and the words and filters only: kept like the rankings they
    # come from, so a repeated search (a popular query, a crawler) fetches no record.
    # Kept as plain data (`Hit.kept`): pickling the page's model instances cost more than
    # the rest of the write; a kept page's records are built only for blocks not kept.
    # Named "search-hits", not "search-page" as the pickled `Hit`s were: a shared cache
    # filled before this change (same content token) never hands this code the old form.
    fetched = []

    def fetch():
        fetched.extend(_fetch_page(rows, read.text))
        return [hit.kept() for hit in fetched]

    kept = (
        content_cached((*reader, "search-hits", *search_key, repr(kinds), str(page.number)), fetch)
        if total
        else []
    )
    page.object_list = fetched if fetched else _kept_hits(kept)
    results.page = page
    return results


#: How a kept page's records are built when a block needs one: as `_fetch_page` builds them.
_HIT_RECORDS = {
    Kind.PARAGRAPH: lambda: Paragraph.objects.defer("search_vector").select_related(
        "statement__meeting", "section"
    ),
    Kind.INITIATIVE: lambda: Initiative.objects.defer(*STORED_SEARCH_COLUMNS).select_related(
        "proposer"
    ),
    Kind.EVENT: lambda: Event.objects.defer(*STORED_SEARCH_COLUMNS).select_related("host"),
}


def _kept_hits(kept):
    """Hits from a kept page (`Hit.kept`), each record a `RecordRef`: the records of a kind
    are built in one query, and only if a block that is not kept needs them."""
    groups = {}
    for kind in {row[0] for row in kept}:
        rows = [(pk, version) for row_kind, pk, version, *_ in kept if row_kind == kind]
        groups[kind] = {ref.pk: ref for ref in RecordRefs(_HIT_RECORDS[Kind(kind)](), rows)}
    return [
        Hit(
            kind=kind,
            ref=groups[kind][pk],
            rank=rank,
            title=title,
            excerpt=excerpt,
            languages=tuple(languages),
        )
        for kind, pk, _version, rank, title, excerpt, languages in kept
    ]


def search_records(
    *, user, text, filters=Filters(), page_number=1, economies=(), themes=(), as_typed=False
):
    """Search what `user` may see; raises the paginator's EmptyPage past the last page.

    `economies`: (code, name, aliases) of every economy, and `themes`: `ThemeNames` of
    every theme, to read economy and theme names in the query. When nothing matches and the spelling suggestion is confident, the results
    are the suggestion's (`corrected_from` says what was typed), unless `as_typed`.
    """
    try:
        results = _search(user, read_query(text, economies, themes), filters, page_number)
    except EmptyPage:
        # Past the last page; but page 2 of a corrected search is also page 2 of a
        # search that found nothing as typed, so look at the suggestion first.
        results = None
    if results is None or not any(c.count for c in results.counts):
        suggestion, only_common, confident = spelling_suggestion(
            user=user, text=text, economies=[*economies, *themes]
        )
        corrected = None
        if suggestion and confident and not as_typed:
            corrected = _search(
                user, read_query(suggestion, economies, themes), filters, page_number
            )
        if corrected is not None and corrected.all_count:
            corrected.corrected_from = text
            corrected.suggestion = suggestion
            results = corrected
        elif results is None:
            raise EmptyPage("That page contains no results")
        else:
            results.suggestion, results.only_common_words = suggestion, only_common
    if results.economies:
        results.statements = list(
            Statement.objects.visible_to(user)
            .filter(meeting__host__in=[economy.code for economy in results.economies])
            .select_related("meeting__host")
            .order_by("-meeting__start_date")[:STATEMENTS_SHOWN]
        )
    return results


_WORD = re.compile(r"[^\W\d_]{3,40}")
_MAX_WORDS = 10


def economy_words(economies):
    """The words of every economy's names and aliases, lower case: spelling vocabulary
    that no record needs to contain ("vietnam" is an alias, not a word of the texts)."""
    words = set()
    for _code, name, aliases in economies:
        for spelling in [name, *(aliases or [])]:
            words.update(match.group().lower() for match in _WORD.finditer(spelling))
    return sorted(words)


def spelling_suggestion(*, user, text, economies=()):
    """(suggested query or "", only words search ignores?, confident?), in one query.

    Each word of the query that finds nothing the user may see is replaced by the
    most similar word of the vocabulary (pg_trgm) that does find something: the
    corpus's words (`SearchWord`) and the words of the economies' names and aliases,
    which search understands whether or not a text uses them (stop words left out).
    The suggestion is confident when every word it changes is at least
    CONFIDENT_SIMILARITY similar to the word typed.
    """
    spans = [m for m in _WORD.finditer(text) if m.group().lower() != "or"][:_MAX_WORDS]
    words = [m.group().lower() for m in spans]
    statuses = visible_statuses(user)
    found = _found_sql("plainto_tsquery(%(config)s, {word})")
    sql = f"""
        WITH economy_word AS (
            SELECT e.word FROM unnest(%(economy_words)s::text[]) AS e(word)
            WHERE numnode(plainto_tsquery(%(config)s, e.word)) > 0
        )
        SELECT numnode(websearch_to_tsquery(%(config)s, %(text)s)) = 0,
               ARRAY(
                   SELECT ARRAY[typed.word, best.word, best.score::text]
                   FROM unnest(%(words)s::text[]) AS typed(word)
                   LEFT JOIN LATERAL (
                       SELECT candidate.word, candidate.score FROM (
                           (SELECT v.word, similarity(v.word, typed.word) AS score, false AS economy
                            FROM {SearchWord._meta.db_table} AS v
                            WHERE v.word %% typed.word AND v.word <> typed.word
                            ORDER BY similarity(v.word, typed.word) DESC, v.word
                            LIMIT 5)
                           UNION ALL
                           SELECT e.word, similarity(e.word, typed.word), true
                           FROM economy_word AS e
                           WHERE e.word %% typed.word AND e.word <> typed.word
                       ) AS candidate
                       WHERE candidate.economy OR {found.format(word="candidate.word")}
                       ORDER BY candidate.score DESC,
                                abs(length(candidate.word) - length(typed.word)),
                                candidate.economy DESC, candidate.word
                       LIMIT 1
                   ) AS best ON true
                   WHERE numnode(plainto_tsquery(%(config)s, typed.word)) > 0
                     AND typed.word NOT IN (SELECT word FROM economy_word)
                     AND NOT {found.format(word="typed.word")}
               )
    """
    params = {
        "config": SEARCH_CONFIG,
        "text": text,
        "words": words,
        "statuses": statuses,
        "economy_words": economy_words(economies),
    }
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        only_common, unknown = cursor.fetchone()
    replacements = {word: better for word, better, _score in unknown if better}
    confident = bool(replacements) and all(
        better and float(score) >= CONFIDENT_SIMILARITY for _word, better, score in unknown
    )
    suggestion = text if replacements else ""
    for match in reversed(spans):
        better = replacements.get(match.group().lower())
        if better:
            suggestion = suggestion[: match.start()] + better + suggestion[match.end() :]
    return suggestion, only_common, confident


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
