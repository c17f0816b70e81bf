"""One way to import any document: facts with their evidence, warnings, refusals, correction.

An importer (statements today; news releases and initiative descriptions next) reads a
pasted text into an `ImportResult`: every `Fact` it found, each with the line it came
from, every `Caveat` (a warning) where it is unsure, and the records it would save. It
raises `ImportRefused` only when the text holds nothing of the kind it reads. Staff see
the result in a preview (`templates/core/_import_evidence.html`), correct any fact in a
form built by `correction_form`, and what they correct is what is saved.

This module knows no document type and imports nothing above `core`: economies reach it
as a name -> code mapping from the caller (`EconomyNames`), so the Economy table, its
aliases and the small data files in `core/data/` all resolve the same way.
"""

import bisect
import csv
import datetime
import functools
import gc
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path

from dateutil import parser as date_parser
from django import forms

from core.economy_names import economy_code, named_in_capitals_only
from core.filters import FIRST_YEAR, LAST_YEAR
from core.importing_places import gazetteer

DATA = Path(__file__).resolve().parent.parent / "data"


# --- Facts, warnings, results ------------------------------------------------------------


@dataclass
class Fact:
    """One thing read from the text: its value, and the line (1-based) and text it came from."""

    name: str
    value: object
    line: int | None = None
    text: str = ""
    confidence: str = "high"  # "high": read as written; "low": inferred, check it; "staff"
    # Where in the whole text the value was read: character offsets [start, end), or None.
    span: tuple[int, int] | None = None
    cue: str = ""  # the words that support the reading, e.g. "co-hosted by", "dateline"

    @property
    def corrected(self):
        return self.confidence == "staff"

    @property
    def shown_items(self):
        """A list of texts (objectives, officials) one item a row, for the preview; else None."""
        value = self.value
        if not isinstance(value, list | tuple) or not value:
            return None
        if all(isinstance(item, str) and CODE_OR_SLUG_RE.fullmatch(item) for item in value):
            return None  # codes and slugs read best on one line
        return [
            " | ".join(str(part) for part in item) if isinstance(item, list | tuple) else item
            for item in value
        ]

    @property
    def shown(self):
        """The value as the preview shows it: lists joined, pairs as "first | second"."""
        return shown_value(self.value)


@dataclass
class Caveat:
    """A warning: something the importer is unsure of, and the line it concerns."""

    message: str
    line: int | None = None
    code: str = ""  # a short stable name of the kind of warning, e.g. "date-conflict"

    def __str__(self):
        return f"line {self.line}: {self.message}" if self.line else self.message


class ImportRefused(ValueError):
    """The text holds nothing the importer can read; `line` is 1-based."""

    def __init__(self, line, reason, expected=""):
        self.line = line
        self.reason = reason
        self.expected = expected
        message = f"line {line}: {reason}"
        if expected:
            message += f" (expected {expected})"
        super().__init__(message)


SPAN_REACH = 5000  # characters of a line searched for a fact's words (see span_of)


@dataclass
class ImportResult:
    """What an importer read from one text: facts by name, warnings, and draft records."""

    kind: str
    text: str
    facts: dict = field(default_factory=dict)
    warnings: list = field(default_factory=list)
    records: list = field(default_factory=list)
    # What was looked for and not found ("No venue found") is not kept here: the pipeline
    # lists it from the kind's `looked_for` (core.importing.pipeline.facts_not_found).

    def __post_init__(self):
        self.lines = self.text.splitlines()
        self._line_starts = None

    def line_text(self, line):
        return self.lines[line - 1].strip() if line and 0 < line <= len(self.lines) else ""

    def line_start(self, line):
        """The offset in the whole text where line `line` (1-based) begins."""
        if self._line_starts is None:
            starts, offset = [], 0
            for piece in self.text.splitlines(keepends=True):
                starts.append(offset)
                offset += len(piece)
            self._line_starts = starts
        return self._line_starts[line - 1]

    def span_of(self, value, line):
        """Where `value` is written on line `line`, as offsets [start, end) in the whole text.

        Blanks may differ (the readers see each run of blanks as one space) and so may case.
        A value not written as such (a date, a code) gets the span of its whole line.
        """
        if not line or not 0 < line <= len(self.lines):
            return None
        raw = self.lines[line - 1]
        base = self.line_start(line)
        words = str(value).split() if isinstance(value, str) else []
        # Looked for in the line's first SPAN_REACH characters only: a reader may record
        # many facts on one very long line, and each search must stay short (linear time).
        if words and len(words) <= 60:
            raw = raw[:SPAN_REACH]
            pattern = r"\s+".join(re.escape(word) for word in words)
            # whole words only: "day" (a date's precision) is not the end of "Monday"
            before = r"(?<!\w)" if re.match(r"\w", words[0]) else ""
            after = r"(?!\w)" if re.search(r"\w$", words[-1]) else ""
            pattern = before + pattern + after
            found = re.search(pattern, raw) or re.search(pattern, raw, re.I)
            if found:
                return base + found.start(), base + found.end()
        raw = self.lines[line - 1]
        start = len(raw) - len(raw.lstrip())
        return base + start, base + len(raw.rstrip())

    def fact(self, name, value, line=None, confidence="high", span=None, cue=""):
        """Record (or replace) the fact `name`, with the source line (and span) as its evidence.

        Without a `span`, the value is looked for on its line (`span_of`).
        """
        if span is None and line:
            span = self.span_of(value, line)
        self.facts[name] = Fact(name, value, line, self.line_text(line), confidence, span, cue)
        return self.facts[name]

    def value(self, name, default=None):
        found = self.facts.get(name)
        return default if found is None else found.value

    def warn(self, message, line=None, code=""):
        self.warnings.append(Caveat(message, line, code))

    def refuse(self, line, reason, expected=""):
        raise ImportRefused(line, reason, expected)

    def check_lengths(self, limits):
        """Warn about each text fact longer than its column; True when any is too long.

        Nothing is cut short: the preview refuses to save until staff shorten the fact.
        """
        too_long = False
        for name, limit in limits.items():
            value = self.value(name)
            if isinstance(value, str) and len(value) > limit:
                too_long = True
                fact = self.facts[name]
                self.warn(
                    f"The {name.replace('_', ' ')} is {len(value)} characters long but at most "
                    f"{limit} can be kept; shorten it before saving (nothing is cut off for you).",
                    fact.line,
                    "too-long",
                )
        return too_long


class Memo(dict):
    """`memo[x]` is `function(x)`, worked out once per distinct `x`: for the rules a reader
    runs on each line or sentence, since a text may repeat a line many times. Made for one
    reading and dropped with it, so it holds no text longer than the reading does."""

    def __init__(self, function):
        super().__init__()
        self.function = function

    def __missing__(self, key):
        value = self[key] = self.function(key)
        return value


def without_gc_pauses(read):
    """`read` with Python's cycle collector held off while it runs. A reader makes objects for
    every sentence and mention of a text and frees them by reference counting (they hold no
    cycles that must go before it returns); on a long text the collector's passes over the
    growing heap cost as much as the reading itself (the event reader on 1 MB of "1. " in the
    test process: 1.8 s of CPU with them, 1.0 s without). The collector is on again when the
    read ends, by a return or a raise; a read running meanwhile in another thread of the
    worker only goes without it until then."""

    @functools.wraps(read)
    def held(*args, **kwargs):
        was_on = gc.isenabled()
        if was_on:
            gc.disable()
        try:
            return read(*args, **kwargs)
        finally:
            if was_on:
                gc.enable()

    return held


# --- Page chrome --------------------------------------------------------------------------

CHROME_PHRASES = {
    "skip to main content",
    "skip to content",
    "skip navigation",
    "go to content",
    "go to main content",
    "jump to content",
    # the same skip link and print-and-share row on Spanish-language government sites
    "click acá para ir directamente al contenido",
    "haga click aquí para ir directamente al contenido",
    "haga clic aquí para ir directamente al contenido",
    "ir al contenido",
    "ir al contenido principal",
    "saltar al contenido",
    "saltar al contenido principal",
    "imprimir este artículo compartir link",
    "back",
    "back list",
    "back to list",
    "back to top",
    "top",
    "home",
    "menu",
    "search",
    "print",
    "share",
    "share this",
    "share this page",
    "print this page",
    "email",
    "facebook",
    "twitter",
    "linkedin",
    "download",
    "download pdf",
    "download as pdf",
    "related documents",
    "related links",
    "previous",
    "next",
    "close",
    "text size",
    "a a a",
    # a document-sharing site's lines around its transcription of a PDF
    "size px",
    "start display at page",
    "transcription",
}
COUNTER_RE = re.compile(r"^(?:hits|views|visits|page views|read|reads)\s*[:：]?\s*[\d,.]+$", re.I)
CRAWL_RE = re.compile(
    r"^(?:retrieved|crawled|captured|archived|accessed|saved|fetched|last (?:updated|modified)"
    r"|page last updated|copied)\b[^.]{0,80}$",
    re.I,
)
BREADCRUMB_RE = re.compile(r"^[^<>»›]{1,60}(?:\s*[>»›]\s*[^<>»›]{1,80}){2,}$")
BRACKET_LABEL_RE = re.compile(r"^\[[^\]\n]{1,30}\]$")
LEADING_BRACKET_LABEL_RE = re.compile(r"^\[(?:text|pdf|html|doc|word|print|full text)\]\s*", re.I)
BLANKS_RE = re.compile(r"[^\S\n]+")  # a run of blanks (spaces, tabs, no-break spaces)
URL_LINE_RE = re.compile(r"^(?:https?://|www\.)\S+$", re.I)
# 'Download "<the document's title>"' above a document-sharing site's transcription
DOWNLOAD_TITLE_RE = re.compile(r"^download\s+[\"“][^\"“”]{1,300}[\"”]$", re.I)


# The chrome patterns as one (a line is tried once, not five times: content_lines runs it on
# every line of the text). None of them depends on case but for its words.
CHROME_LINE_RE = re.compile(
    "|".join(
        f"(?:{pattern.pattern})"
        for pattern in (
            COUNTER_RE,
            CRAWL_RE,
            BREADCRUMB_RE,
            BRACKET_LABEL_RE,
            URL_LINE_RE,
            DOWNLOAD_TITLE_RE,
        )
    ),
    re.I,
)
CHROME_SEPARATORS_RE = re.compile(r"[\s|·•:]+")


def is_chrome(line):
    """True for a line of page furniture: navigation, counters, crawl dates, site labels."""
    bare = CHROME_SEPARATORS_RE.sub(" ", line).strip(" .").lower()
    return bare in CHROME_PHRASES or CHROME_LINE_RE.match(line) is not None


def content_lines(text):
    """The text's lines as (1-based number, stripped text), without blanks and page chrome.

    A site's leading label ("[Text] 2005 APEC …") is taken off the line it prefixes. Each
    run of spaces and tabs inside a line is read as one space: no reader then meets a long
    run of blanks, where a pattern starting with a blank would retry at every position of
    the run (quadratic time). `span_in_line` finds a value's offsets in the raw text again.
    A new list each call (callers may change it); the work is kept for the last texts read.
    """
    return list(_content_lines(text))


@lru_cache(maxsize=4)
def _content_lines(text):
    """content_lines' work, kept for the last texts read: recognising the kind runs every
    kind's score and then the chosen reader on the same text. Each distinct line is cleaned
    and tried as chrome once (a text repeats its blank, separator and furniture lines)."""
    read = Memo(_content_line)
    kept = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = read[raw]
        if line:
            kept.append((number, line))
    return tuple(kept)


def _content_line(raw):
    """The line as content_lines keeps it, or "" for a blank line or page chrome."""
    line = BLANKS_RE.sub(" ", raw).strip()
    if line.startswith("["):
        line = LEADING_BRACKET_LABEL_RE.sub("", line).strip()
    return line if line and not is_chrome(line) else ""


# --- Dates --------------------------------------------------------------------------------

MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
DAY = r"\d{1,2}(?:st|nd|rd|th)?"
YEAR = r"(?:19|20)\d{2}"
TO = r"\s*(?:-|–|—|~|to|until|till|through|and)\s*"
# The shapes of a day or a range of days with its month; a year follows them or not.
# 11 - 12 July; from 6 to 7 November; 30 September - 1 October
DAYS_MONTH = (
    rf"\b(?P<d1>{DAY})(?:\s+(?:of\s+)?(?P<m1>{MONTH}))?{TO}(?P<d2>{DAY})\s+(?:of\s+)?"
    rf"(?P<m2>{MONTH})"
)
MONTH_DAYS = (
    rf"\b(?P<m1>{MONTH})\s+(?P<d1>{DAY}){TO}(?:(?P<m2>{MONTH})\s+)?(?P<d2>{DAY})"  # June 4-6
)
DAY_MONTH = rf"\b(?P<d1>{DAY})\s+(?:of\s+)?(?P<m1>{MONTH})"  # 5 September; the 5th of September
MONTH_DAY = rf"\b(?P<m1>{MONTH})\s+(?P<d1>{DAY})"  # September 5; March 3rd
WITH_YEAR = rf"(?:,\s*|\s+)(?P<y>{YEAR})\b"  # "Sep 13, 2014", "Sep 13,2014"
DATE_PATTERNS = [
    *(
        re.compile(shape + WITH_YEAR, re.I)
        for shape in (DAYS_MONTH, MONTH_DAYS, DAY_MONTH, MONTH_DAY)
    ),
    # 2014-09-05
    re.compile(r"\b(?P<iso>(?:19|20)\d{2}-\d{2}-\d{2})\b"),
]


MONTH_STEMS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def _names_a_month(text):
    """Whether `text` may hold a month's name: every pattern but the ISO one needs one. A
    substring test of the case-folded text takes milliseconds where the patterns, tried at
    each digit, take a second on a megabyte of "1. 1. …". Case folding matches what a
    pattern's IGNORECASE matches in these stems (also "ſ" for "s")."""
    folded = text.casefold()
    return any(stem in folded for stem in MONTH_STEMS)


@dataclass(frozen=True)
class DateSpan:
    """A day or a range of days found in a text; `end` is None for a single day."""

    start: datetime.date
    end: datetime.date | None
    written: str
    position: int


@lru_cache(maxsize=4096)
def _day(day, month, year):
    """One calendar day from its written parts; python-dateutil reads the month name or
    abbreviation and the ordinal suffix, and rejects a day the month does not have.
    Kept per written (day, month, year): a text repeats its dates, and dateutil's parse is
    the dearest step of reading one."""
    try:
        return date_parser.parse(f"{day} {month.rstrip('.')} {year}", dayfirst=True).date()
    except (ValueError, OverflowError):
        return None


def _months(parts):
    """The months of a written date's first and last day (a range in one month names it once)."""
    month_1 = parts.get("m1") or parts.get("m2")
    return month_1, parts.get("m2") or month_1


def _days(parts, year):
    """(first day, last day or None) of a written date's parts in `year`, or None when the text
    names a day its month does not have."""
    month_1, month_2 = _months(parts)
    start = _day(parts["d1"], month_1, year)
    end = _day(parts["d2"], month_2, year) if parts.get("d2") else None
    if start is None or (parts.get("d2") and end is None):
        return None
    return start, end


class _Spans:
    """Non-overlapping character spans already read, kept in order, so that asking whether
    a new match overlaps one is a binary search, not a scan (a text with thousands of dates
    would otherwise cost time in the square of their number)."""

    def __init__(self):
        self.starts = []
        self.ends = []

    def overlaps(self, start, end):
        index = bisect.bisect_left(self.starts, end) - 1
        return index >= 0 and self.ends[index] > start

    def add(self, start, end):
        index = bisect.bisect_left(self.starts, start)
        self.starts.insert(index, start)
        self.ends.insert(index, end)


def find_dates(text):
    """Every day or range of days written in `text`, in reading order."""
    return list(_dates_in(text))


@lru_cache(maxsize=32)
def _dates_in(text):
    """find_dates' work, kept for the last texts read: the readers ask about the same line
    (a header, a dateline, a long one-line paste) several times."""
    found = []
    taken = _Spans()
    for pattern in DATE_PATTERNS if _names_a_month(text) else DATE_PATTERNS[-1:]:
        for match in pattern.finditer(text):
            if taken.overlaps(match.start(), match.end()):
                continue
            parts = match.groupdict()
            if parts.get("iso"):
                try:
                    start, end = datetime.date.fromisoformat(parts["iso"]), None
                except ValueError:
                    continue
            else:
                days = _days(parts, parts["y"])
                if days is None or (days[1] is not None and days[1] < days[0]):
                    continue
                start, end = days
            taken.add(match.start(), match.end())
            found.append(DateSpan(start, end, match.group(0), match.start()))
    return tuple(sorted(found, key=lambda span: span.position))


# The same shapes without a year ("held on 2-3 June", "between 26-28 March", "October 6-7"):
# the year comes from elsewhere in the text (a header, a dateline, the release date).
NO_YEAR_AFTER = rf"(?![a-z])(?!,?\s*(?:of\s+)?{YEAR})"
PARTIAL_PATTERNS = [
    re.compile(DAYS_MONTH + NO_YEAR_AFTER, re.I),
    re.compile(MONTH_DAYS + r"\b" + NO_YEAR_AFTER, re.I),
    re.compile(DAY_MONTH + NO_YEAR_AFTER, re.I),
    re.compile(MONTH_DAY + r"\b" + NO_YEAR_AFTER, re.I),
]


def find_dates_in_year(text, year):
    """Every day or range written in `text` without its year, dated in `year`.

    The one rule for a missing year: the caller gives the year read elsewhere (a header, a
    dateline, a release date) and warns that it was inferred. A range that would end
    before it starts ("30 December - 2 January") runs into the next year.
    """
    found = []
    # A date written with its year is no partial date, nor is any piece of one.
    taken = _Spans()
    for span in find_dates(text):
        taken.add(span.position, span.position + len(span.written))
    for pattern in PARTIAL_PATTERNS if _names_a_month(text) else ():
        for match in pattern.finditer(text):
            if taken.overlaps(match.start(), match.end()):
                continue
            parts = match.groupdict()
            days = _days(parts, year)
            if days is None:
                continue
            start, end = days
            if end is not None and end < start:
                end = _day(parts["d2"], _months(parts)[1], year + 1)
            taken.add(match.start(), match.end())
            found.append(DateSpan(start, end, match.group(0), match.start()))
    return sorted(found, key=lambda span: span.position)


# The day or the year a page's address gives when it was published: "/2016-11/09/",
# "/2010/07/16/", "/2014/10-31/", "/2004/1002_smeforum" (a year, then month and day), and eight
# digits of a day ("t20260128", "?date=19981115"); a path segment that is only a year
# ("/news-releases/2022/…", "/2012/june/") gives the year alone. Only the path and the query
# are read, never the host ("apec2022.go.th" names a host year, not a day).
_ADDRESS_DAY_RES = (
    re.compile(
        r"(?<![\d])(?P<y>(?:19|20)\d\d)[/-](?P<m>0?[1-9]|1[0-2])[/-](?P<d>0?[1-9]|[12]\d|3[01])(?!\d)"
    ),
    re.compile(r"/(?P<y>(?:19|20)\d\d)/(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])(?=[_/-])"),
    re.compile(
        r"(?<![\d])(?P<y>(?:19|20)\d\d)(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])(?!\d)"
    ),
)
_ADDRESS_YEAR_RE = re.compile(r"/(?P<y>(?:19|20)\d\d)(?=/|$)")


@dataclass(frozen=True)
class AddressDate:
    """What a page's address says of the day it was published: a day, or a year alone."""

    date: datetime.date | None
    year: int


def address_date(url, today=None):
    """The day (or the year alone) in a page's address (`source_url`), or None. A day after
    `today` (the clock's, by default) is no publication day: an address may hold another
    number of eight digits."""
    path = re.sub(r"^[a-z][a-z0-9+.-]*://[^/?#]*", "", str(url or "").strip()[:2000], flags=re.I)
    latest = (today or datetime.date.today()) + datetime.timedelta(days=1)
    for pattern in _ADDRESS_DAY_RES:
        for match in pattern.finditer(path):
            try:
                day = datetime.date(int(match["y"]), int(match["m"]), int(match["d"]))
            except ValueError:
                continue
            if day <= latest:
                return AddressDate(day, day.year)
    years = [int(match["y"]) for match in _ADDRESS_YEAR_RE.finditer(path)]
    years = [year for year in years if year <= latest.year]
    return AddressDate(None, years[0]) if years else None


def parse_date_span(text):
    """The first day or range written in `text` as (start, end), or None."""
    spans = find_dates(text)
    return (spans[0].start, spans[0].end) if spans else None


# --- Economies ----------------------------------------------------------------------------


_LOWER_IN_PLACES = frozenset({"de", "del", "la", "las", "los", "y", "of", "the"})


def _normal(name):
    # "Huế" is the "Hue" of the data files: the accents go, as in the gazetteer.
    name = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    name = name.replace("’", "'").replace("‘", "'").replace(".", "").lower()
    name = re.sub(r"\s+", " ", name).strip(" ,;:")
    return name[4:] if name.startswith("the ") else name


@cache
def _data_rows(filename):
    with (DATA / filename).open(encoding="utf-8") as handle:
        rows = csv.reader(line for line in handle if not line.startswith("#"))
        next(rows, None)
        return tuple((name.strip(), economy_code(code)) for name, code in rows if name)


@cache
def apec_host_years():
    """{year: code} of APEC's host economy of each year (`core/data/apec_host_years.csv`):
    the economy that holds that year's Leaders', ministerial and senior officials' meetings."""
    return {int(year): code for year, code in _data_rows("apec_host_years.csv")}


@cache
def _city_short_forms():
    with (DATA / "city_short_forms.csv").open(encoding="utf-8") as handle:
        rows = csv.reader(line for line in handle if not line.startswith("#"))
        next(rows, None)
        return tuple((short.strip(), city.strip()) for short, city in rows if short)


def _is_abbreviation(name):
    """An agency's short form ("SMEA", "DTI", "DARe"): one word of at most 12 characters,
    matched only as written so that "produce" is never read as Peru's PRODUCE."""
    return " " not in name and len(name) <= 12 and sum(c.isupper() for c in name) >= 2


def _by_first_letter(names):
    """`names` as one alternation for a pattern ignoring case, the names that share a first
    letter grouped behind it ("a(?:ustralia|merica)|m(?:…)"): at each position only the
    group of its letter is tried, not every name (the search on a megabyte of "A. A. …"
    tried 93 names at each "A"). Within a group the names keep their order, so the same
    name wins. Grouped only when every name starts with an ASCII character, whose case is
    all IGNORECASE compares; otherwise the plain alternation."""
    if not all(name[:1].isascii() for name in names):
        return "|".join(re.escape(name) for name in names)
    groups = {}
    for name in names:
        groups.setdefault(name[:1].lower(), []).append(re.escape(name[1:]))
    return "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in groups.items())


class EconomyNames:
    """Resolves any spelling of an APEC economy, a host city or an agency to the economy's code.

    `names` maps each name the caller knows (the Economy table's names and aliases) to a
    code; the shipped spellings in `core/data/economy_names.csv`, the host cities in
    `core/data/host_cities.csv` and the SME ministries and agencies in
    `core/data/agencies.csv` are added, the caller's names winning.
    """

    def __init__(self, names):
        self.codes = {_normal(name): code for name, code in _data_rows("economy_names.csv")}
        self.codes.update({_normal(name): code for name, code in names.items()})
        self.cities = {_normal(city): code for city, code in _data_rows("host_cities.csv")}
        self.short_forms = {_normal(short): city for short, city in _city_short_forms()}
        for short, city in self.short_forms.items():
            self.cities[short] = self.cities[_normal(city)]
        agencies = _data_rows("agencies.csv")
        self.agencies = {_normal(n): code for n, code in agencies if not _is_abbreviation(n)}
        self._abbreviations = {name: code for name, code in agencies if _is_abbreviation(name)}
        spellings = {name for name, _ in _data_rows("economy_names.csv")} | set(names)
        spellings |= {name for name, _ in agencies if not _is_abbreviation(name)}
        self._patterns = sorted(spellings, key=len, reverse=True)
        alternatives = _by_first_letter(self._patterns)
        # The lookahead on the names' first letters lets the search skip most positions
        # before it tries the alternatives (it matches nothing the alternatives would not).
        firsts = "".join(sorted({re.escape(name[:1]) for name in self._patterns if name}))
        self._search = re.compile(rf"(?=[{firsts}])(?<![\w-])(?:{alternatives})(?![\w-])", re.I)
        short = "|".join(re.escape(name) for name in sorted(self._abbreviations, key=len)[::-1])
        self._search_short = re.compile(rf"(?<![\w-])(?:{short})(?![\w-])") if short else None

    @classmethod
    def from_economies(cls, economies):
        """From Economy rows (anything with code, name and aliases)."""
        names = {}
        for economy in economies:
            for name in (economy.name, *economy.aliases):
                names[name] = economy.code
        return cls(names)

    def economy(self, name):
        """The code for an economy's name in any spelling, or None."""
        return self.codes.get(_normal(name or ""))

    def agency(self, name):
        """The code of the economy an SME ministry or agency stands for, or None."""
        name = (name or "").strip()
        return self._abbreviations.get(name) or self.agencies.get(_normal(name))

    def city(self, name):
        """The code of the economy a city lies in, or None.

        In this order: the shipped host cities (`core/data/host_cities.csv`); a region or an
        economy written after the city ("Nusa Dua, Bali", "Big Sky, Montana", "Davao,
        Philippines"); the gazetteer of the member economies' cities
        (`core/importing_places.py`: "Kota Kinabalu", "Vladivostok", "Xiamen").
        """
        normal = _normal(name or "")
        first, *rest = [part.strip() for part in normal.split(",")]
        code = self.cities.get(normal) or self.cities.get(first)
        if code or not first or self.economy(first):
            return code  # "China" in "Hong Kong, China" is the economy, not a town
        for part in rest:
            code = self.economy(part) or gazetteer().region(part)
            if code:
                return code
        place = gazetteer().city(first)
        if place is None and first.lower().endswith(" city"):
            return self.city(first[:-5])  # "Hue City", "Da Nang City": the town's own name
        return place.economy if place else None

    def city_name(self, name):
        """The city's name as the portal keeps it: "HCM CITY" -> "Ho Chi Minh City"
        (`core/data/city_short_forms.csv`); "OTTAWA" -> "Ottawa" (a place line in capitals);
        any other name as written."""
        short = self.short_forms.get(_normal(name or ""))
        if short or not name or not name.isupper():
            return short or name
        return " ".join(
            word.lower() if word.lower() in _LOWER_IN_PLACES else word.capitalize()
            for word in name.split()
        )

    def region(self, name):
        """The code of the economy whose state, province or region is `name`, or None."""
        return gazetteer().region(name or "")

    def find(self, text):
        """Each economy named in `text` as (code, spelling, position), in reading order.

        An agency counts as its economy ("SMEA" or "Department of Trade and Industry").
        """
        found = []
        for match in self._search.finditer(text):
            spelling = match.group(0)
            # Short all-capital names ("US", "PRC") count only when written in capitals.
            if named_in_capitals_only(spelling) and not spelling.isupper():
                continue
            code = self.economy(spelling) or self.agency(spelling)
            if code:
                found.append((code, spelling, match.start()))
        if self._search_short:
            taken = [(position, position + len(spelling)) for _, spelling, position in found]
            for match in self._search_short.finditer(text):
                if not any(s <= match.start() < e for s, e in taken):
                    found.append(
                        (self._abbreviations[match.group(0)], match.group(0), match.start())
                    )
        found.sort(key=lambda item: item[2])
        # "the U.S. Small Business Administration" names the United States once, not twice.
        kept = []
        for item in found:
            if kept and kept[-1][0] == item[0]:
                end = kept[-1][2] + len(kept[-1][1])
                if not text[end : item[2]].strip():
                    continue
            kept.append(item)
        return kept


# --- Preview and correction ---------------------------------------------------------------


@dataclass(frozen=True)
class FactField:
    """One correctable fact in the preview: its name, label and kind of value."""

    name: str
    label: str
    # text, longtext, integer, year, date, boolean, choice, codes, list, pairs
    kind: str = "text"
    max_length: int | None = None
    required: bool = False
    choices: tuple = ()
    help_text: str = ""


CODE_OR_SLUG_RE = re.compile(r"[A-Z]{2,3}|[a-z0-9]+(?:-[a-z0-9]+)*")


def shown_value(value):
    """A fact's value as text: a list of codes comma-separated, a list of pairs as
    "first | second" lines, anything else as written."""
    if isinstance(value, list | tuple):
        if any(isinstance(item, list | tuple) for item in value):
            return "; ".join(" | ".join(str(part) for part in item) for item in value)
        return ", ".join(str(item) for item in value)
    return value


def _plain_pairs(value):
    """A list of pairs as a list of tuples of str (lists from JSON compare equal to tuples)."""
    return [tuple("" if part is None else str(part) for part in pair) for pair in value or ()]


class CodesField(forms.CharField):
    """Economies as comma-separated ISO3 codes (names are accepted too); cleans to a list of codes.

    `choices` are (code, name) pairs; a code or name not among them is refused by name.
    """

    def __init__(self, *, choices=(), **kwargs):
        super().__init__(**kwargs)
        self.known = {}
        for code, name in choices:
            self.known[_normal(code)] = code
            self.known[_normal(name)] = code

    def to_python(self, value):
        text = super().to_python(value)
        codes, unknown = [], []
        for part in re.split(r"[,;\n]+", text):
            part = part.strip()
            if not part:
                continue
            code = self.known.get(_normal(part)) if self.known else economy_code(part)
            if code is None:
                unknown.append(part)
            elif code not in codes:
                codes.append(code)
        if unknown:
            allowed = ", ".join(sorted(set(self.known.values()))[:30])
            raise forms.ValidationError(
                "Not known here: "
                + ", ".join(f"“{name[:40]}”" for name in unknown[:5])
                + f". Write them separated by commas, from: {allowed}.",
                code="unknown-economy",
            )
        return codes


class LinesField(forms.CharField):
    """A list of texts, one a line; cleans to a list of str (blank lines dropped)."""

    widget = forms.Textarea(attrs={"rows": 4, "cols": 90})

    def to_python(self, value):
        text = super().to_python(value)
        return [line.strip() for line in text.splitlines() if line.strip()]


class PairsField(LinesField):
    """A list of pairs, one a line written "first | second"; cleans to a list of 2-tuples."""

    def to_python(self, value):
        pairs = []
        for line in super().to_python(value):
            first, _, second = line.partition("|")
            pairs.append((first.strip(), second.strip()))
        return pairs


def _form_field(spec):
    common = {"label": spec.label, "required": spec.required, "help_text": spec.help_text}
    if spec.kind == "year":
        return forms.IntegerField(min_value=FIRST_YEAR, max_value=LAST_YEAR, **common)
    if spec.kind == "longtext":
        widget = forms.Textarea(attrs={"rows": 6, "cols": 90})
        return forms.CharField(max_length=spec.max_length, widget=widget, **common)
    if spec.kind == "codes":
        return CodesField(choices=spec.choices, **common)
    if spec.kind == "list":
        return LinesField(**common)
    if spec.kind == "pairs":
        return PairsField(**common)
    if spec.kind == "integer":
        return forms.IntegerField(min_value=1, max_value=999, **common)
    if spec.kind == "date":
        return forms.DateField(widget=forms.DateInput(attrs={"type": "date"}), **common)
    if spec.kind == "boolean":
        return forms.BooleanField(**{**common, "required": False})
    if spec.kind == "choice":
        return forms.ChoiceField(choices=[("", "—"), *spec.choices], **common)
    return forms.CharField(max_length=spec.max_length, **common)


def correction_form(specs, checks=()):
    """A form class with one field per correctable fact.

    Each of `checks` is called with the cleaned data and may raise ValidationError for a
    rule across facts (a last day before the first, say).
    """
    fields = {spec.name: _form_field(spec) for spec in specs}

    def clean(self):
        cleaned = forms.Form.clean(self)
        for check in checks:
            try:
                check(cleaned)
            except forms.ValidationError as error:
                self.add_error(None, error)
        return cleaned

    return type("FactCorrectionForm", (forms.Form,), {**fields, "clean": clean})


def check_date_order(start="start_date", end="end_date"):
    """A check for `correction_form`: the last day is not before the first."""

    def check(cleaned):
        first, last = cleaned.get(start), cleaned.get(end)
        if first and last and last < first:
            raise forms.ValidationError(
                f"The last day ({last:%-d %B %Y}) is before the first ({first:%-d %B %Y})."
            )

    return check


def _form_value(value, spec):
    if value is None:
        return "" if spec.kind != "boolean" else False
    if spec.kind == "date" and isinstance(value, datetime.date):
        return value.isoformat()
    if spec.kind == "codes":
        return ", ".join(str(code) for code in value or ())
    if spec.kind == "list":
        return "\n".join(str(item) for item in value or ())
    if spec.kind == "pairs":
        return "\n".join(" | ".join(pair).rstrip(" |") for pair in _plain_pairs(value))
    return value


def correction_data(result, specs, prefix="fact"):
    """Form data holding each fact as read, so the preview form shows (and checks) them."""
    data = {}
    for spec in specs:
        value = _form_value(result.value(spec.name), spec)
        if spec.kind == "boolean":
            if value:
                data[f"{prefix}-{spec.name}"] = "on"
        else:
            data[f"{prefix}-{spec.name}"] = str(value)
    return data


def apply_corrections(result, cleaned, specs):
    """Put the staff's values into `result`; return the names of the facts they changed."""
    changed = []
    for spec in specs:
        if spec.name not in cleaned:
            continue
        new = cleaned[spec.name]
        if spec.kind in ("text", "longtext", "choice"):
            new = new.strip() if new else ""
        old = result.value(spec.name)
        if spec.kind in ("codes", "list"):
            old = [str(item) for item in old or ()]
            new = list(new or ())
        elif spec.kind == "pairs":
            old, new = _plain_pairs(old), _plain_pairs(new)
        if (old in (None, "") and new in (None, "")) or old == new:
            continue
        if spec.kind == "boolean" and bool(old) == bool(new):
            continue
        result.facts[spec.name] = Fact(spec.name, new, None, "corrected in the preview", "staff")
        changed.append(spec.name)
    return changed


def evidence_rows(result, specs):
    """(label, fact or None) per correctable fact, for the preview's evidence table."""
    return [(spec.label, result.facts.get(spec.name)) for spec in specs]
