"""Read the raw text of an APEC SME Ministerial statement, as copied from anywhere, and save it.

The reader is tolerant and explains itself (the shared machinery is `core.importing`):
it reads every meeting fact it can find, keeps the line each came from, warns where it
is unsure, and refuses only a text in which it finds no statement body.

Header (everything before the first paragraph), in any order: page chrome anywhere is
dropped; the title ("2014 APEC Small and Medium Enterprises Ministerial Meeting", "The
Eighth APEC …", or none: then one is built from the year); document labels ("Joint
Ministerial Statement", "Chair's Statement"); the theme (quoted, after "Theme:", or the
one line left over); a place line ("City, Economy", optionally "| date"); date lines
and datelines; a section heading such as "Introduction".

Rules where sources disagree (each disagreement is a warning naming both):
- Date: the statement's own words win over a page's header line: first the sentence of
  the opening paragraph that says where the ministers met, then a dateline
  ("City, 15 September 2017"), then the place-and-date line, then any other date line.
- Place: the header's place line wins over the opening sentence.
- Host: the economy on the place line, then the host city's economy
  (core/data/host_cities.csv), then "hosted by …", then the chair's ministry.

Header lines a PDF copy broke are joined again first; an archive's "[Place]" and "[Date]"
labels read like "Place:" and "Date:"; a title line may end with the place and the date.

Body: paragraphs numbered "1." "1)" "(1)" (or, in a PDF copy, "1 Ministers …"); numbering may restart in a section (anchors
`#p<run>.<n>`, e.g. `#p2.3`); a nested list ("1." … "3." after a paragraph ending with a
colon, or "(a)" … "(c)") stays in its paragraph; unnumbered prose and bullet items are
paragraphs the portal numbers when the source numbers none; headings numbered like
paragraphs, I. / II. / A., or not at all; empty markers are skipped; lines a PDF copy
broke mid-sentence are joined.
"""

import datetime
import difflib
import re
from dataclasses import dataclass, field
from functools import cached_property

import reversion
from django.db import transaction
from django.db.models import F, Q
from django.utils.text import slugify

from core.import_input import clean_import_text
from core.importing import (
    EconomyNames,
    FactField,
    ImportRefused,
    ImportResult,
    Memo,
    apply_corrections,
    check_date_order,
    content_lines,
    find_dates,
    find_dates_in_year,
    without_gc_pauses,
)
from core.publication import put_in_state
from events.models import Event, EventFormat, EventKind
from initiatives.models import Economy, Initiative, Theme
from statements.models import Paragraph, Section, Statement


class StatementParseError(ImportRefused):
    """The text holds no statement body; `line` is 1-based."""


EXPECTED_BODY = (
    "a ministerial statement: its paragraphs, numbered ('1. We, the APEC Ministers "
    "responsible for SMEs, met in …') or as plain prose, after the meeting's title"
)

# --- What the header's lines look like -----------------------------------------------------

SME = r"(?:SMEs?|MSMEs?|Small\s+and\s+Medium(?:[\s-]+sized)?\s+Enterprises?|SMEMM)"
TITLE_RE = re.compile(
    r"Ministerial\s+Meeting|Ministers['’]?\s+Meeting|Meeting\s+of\s+(?:the\s+)?APEC\s+"
    r"Ministers|SMEMM|Ministerial\s+Conference",
    re.IGNORECASE,
)
LABEL_RE = re.compile(
    r"^(?:joint\s+)?(?:ministerial\s+|ministers['’]?\s+)?statement(?:\s+of\s+the\s+chair)?$"
    r"|^(?:the\s+)?chair(?:man)?['’]?s?\s+statement$|^joint\s+ministerial\s+statement$"
    r"|^(?:declaration|communiqu[eé]|joint\s+statement)$",
    re.IGNORECASE,
)
YEAR_RE = re.compile(r"\b((?:19|20)\d{2})\b")
QUOTED_RE = re.compile(r"^[\"“”'‘’]+(?P<text>.+?)[\"“”'‘’]+\.?$")
THEME_RE = re.compile(r"^(?:(?:meeting\s+)?theme|under the theme)\s*[:\-–]?\s*(?P<text>.+)$", re.I)
DATE_LABEL_RE = re.compile(
    r"^(?:(?:date|dates|held(?:\s+on)?|venue|place|location)\s*[:\-–]"
    r"|\[(?:date|dates|venue|place|location)\])\s*",
    re.I,
)
# An archive's bracketed labels ("[Title] …", "[Place] …", "[Date] …"): "[Title]" is dropped
# from its line, and the lines of the archive itself ("[Source] …", "[Full text]") are left out.
ARCHIVE_LABEL_RE = re.compile(r"^\[(?P<label>[A-Za-z][A-Za-z ]{1,20})\]\s*(?P<value>.*)$")
ARCHIVE_LABELS_DROPPED = {"source", "full text", "url", "link", "notes", "note", "text"}
GENERIC_HEADINGS = {
    "introduction",
    "preamble",
    "opening",
    "overview",
    "background",
    "opening remarks",
    "general",
}
# A copy's own lines, not the statement's: a mailing list's subject ("[asia-apec 912] …") and
# sender ("Name address at host.org"), "Press Release:", and a sending or posting time, which
# carries a clock time ("Mon Nov 23 09:45:04 JST 1998", "Monday, 16 November 1998, 5:19 pm").
MAIL_SUBJECT_RE = re.compile(r"^\[[\w.-]+ \d+\]")
MAIL_SENDER_RE = re.compile(r"\S+ at [\w-]+(?:\.[\w-]+)+$")
RELEASE_LABEL_RE = re.compile(
    r"^(?:APEC\s+(?:Secretariat\s+)?)?(?:press|media|news)\s+(?:release|advisory)"
    r"(?:\s*:|\s+(?:no\.?\s*)?\d{1,4}(?:/\d{2,4})?)?$",
    re.I,
)
# A rule a copy draws between its own lines and the statement ("-----", "=====", "_____"):
# no bullet, no text; left out wherever it stands.
RULE_LINE_RE = re.compile(r"^[-=_*~–—]{3,}$")
CLOCK_RE = re.compile(r"\b\d{1,2}:\d{2}\b")
# A note above the numbered paragraphs on which of them every member agreed ("All APEC
# ministers … agreed to paragraphs 1 – 3 and 5 – 13", "… to all paragraphs except for
# paragraph 4"): part of the header, not a paragraph.
PARAGRAPH_NOTE_RE = re.compile(r"\bparagraphs?\s+\d|\ball\s+paragraphs\b", re.I)
PARAGRAPH_NOTE_MAX_WORDS = 40
HOST_YEAR_RE = re.compile(r"\(APEC\s+(?P<name>[^()]{2,40}?)(?:\s+(?:19|20)\d{2})?\)")
VIRTUAL_RE = re.compile(
    r"\bmet\s+virtually\b|\bvirtual(?:ly)?\s+(?:meeting|format|mode)\b|\bvideo[\s-]?conferenc"
    r"|\bheld\s+(?:virtually|online)\b|\bmet\s+online\b|\bvirtual(?:ly)?\b(?=.*\bmeeting\b)",
    re.I,
)

# --- What the body's lines look like --------------------------------------------------------

MONTH_NAMES = (
    "jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june"
    "|july|august|september|october|november|december"
)
# "1." "1)" "(1)"; or, in copies of PDF editions, a bare number before a capitalised word
# ("1 Ministers from …") that is not a day of a month ("5 September 2014").
NUMBERED_RE = re.compile(
    r"^(?:(?P<a>\d{1,3})[.)]|\((?P<b>\d{1,3})\))(?:\s+|$|(?=[^\d\s.)]))(?P<text>.*)$"
    rf"|^(?P<c>\d{{1,2}})\s(?!\s*(?i:{MONTH_NAMES})\b)(?P<bare>[A-Z][a-z].*)$"
)
# "(a)", "a)", "a." and "a.." (a mail program's rendering of a lettered list), and its "1.." for
# a numbered one (never a paragraph's number: "1." is followed by a blank or the text)
SUBITEM_RE = re.compile(
    r"^(?:\((?:[a-z]|[ivx]{1,5})\)|(?:[a-z]|[ivx]{1,5})(?:\.\.?|\))|\d{1,2}\.\.)\s+\S"
)
LETTERED_HEADING_RE = re.compile(r"^(?P<label>[IVX]{1,6}|[A-H])[.)]\s+(?P<text>\S.*)$")
# the private-use glyphs are a PDF's Symbol and Wingdings bullets, kept by some copies
BULLETS = "-•●▪◦*·–\uf0b7\uf0a7\uf0d8➢➤►▶■□◆◇❖✓✔"
# also a mail program's "o" and a copy's mis-decoded bullet "„h", each before a blank
BULLET_RE = re.compile(rf"^(?:[{BULLETS}]|(?:o|„h)(?=\s))\s*(?P<text>\S.*)$")
LONE_BULLET_RE = re.compile(rf"^[{BULLETS}]$")  # a marker a copy put on a line of its own
TRUNCATION_RE = re.compile(
    r"^(?:read more|continue reading|read the full (?:text|statement).*|\(continued\)"
    r"|\[?(?:…|\.\.\.)\]?|\[text (?:ends|truncated).*\]|\(to be continued\))\.?$",
    re.I,
)
HEADING_MAX_WORDS = 15
INNER_SENTENCE_END_RE = re.compile(r"[a-z]{2}[.!?]\s+[A-Z]")
SENTENCE_ENDINGS = (".", ";", ":", ",", "!", "?")
FINAL_ENDINGS = (".", "!", "?", ".”", '."', ".)", "”", '"', ")")
FUNCTION_WORDS = {
    "the", "of", "and", "to", "for", "in", "a", "an", "with", "on", "by", "at", "as",
    "that", "our", "their", "its", "from", "or", "we", "which", "will",
}  # fmt: skip

# --- Meeting facts in sentences ---------------------------------------------------------------

ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19,
}  # fmt: skip
# Every tens word, so that a meeting numbered in the forties or later ("Forty-Seventh") is
# read whole and not as the unit word after the hyphen ("Seventh").
TENS_WORDS = (
    ("twenty", "twentieth", 20), ("thirty", "thirtieth", 30), ("forty", "fortieth", 40),
    ("fifty", "fiftieth", 50), ("sixty", "sixtieth", 60), ("seventy", "seventieth", 70),
    ("eighty", "eightieth", 80), ("ninety", "ninetieth", 90),
)  # fmt: skip
TENS = "(?:" + "|".join(tens for tens, _, _ in TENS_WORDS) + ")"
for _tens, _tenth, _value in TENS_WORDS:
    ORDINAL_WORDS[_tenth] = _value
    for _unit, _n in list(ORDINAL_WORDS.items())[:9]:
        ORDINAL_WORDS[f"{_tens}-{_unit}"] = _value + _n
        ORDINAL_WORDS[f"{_tens} {_unit}"] = _value + _n
MEETING_NUMBER_RE = re.compile(
    rf"(?P<ord>\b\d{{1,2}}\s*(?:st|nd|rd|th)|\b{TENS}[\s-][a-z]+|\b[a-z]{{4,13}})\s*"
    rf"(?:APEC\s+)?(?:(?:{SME}\s+Ministerial\s+Meeting|SMEMM"
    r"|(?:APEC\s+)?Ministerial\s+Meeting\s+(?:on|for|of)\s+(?:SMEs?|MSMEs?|Small\s+and\s+Medium)"
    rf"|Meeting\s+of\s+(?:the\s+)?(?:APEC\s+)?Ministers\s+Responsible\s+for\s+{SME}"
    rf"|{SME}\s+Ministers['’]?\s+Meeting))",
    re.IGNORECASE,
)
NOT_THIS_MEETING_RE = re.compile(
    r"\b(?:next|forthcoming|upcoming|look(?:s|ed)?\s+forward|will\s+be\s+held|will\s+host"
    r"|previous|last\s+year|since\s+the)\b",
    re.I,
)
MET_RE = re.compile(
    r"\b(?:met|meet|gathered|gathering|convened|assembled|held|meeting|took\s+place)\s+(?:in|at)\s+"
    r"(?P<place>.+?)(?=\s+(?:on|from|for|under|during|to|and)\b|\s*[;(]|\s*\d|,\s+[a-z\d]|\.\s|\.?$)",
)
HOSTED_RE = re.compile(
    r"\bhosted\s+by\s+(?:the\s+(?:government|economy)\s+of\s+)?(?P<name>[^,.;(]+)", re.I
)
CHAIR_RE = re.compile(
    r"(?:under\s+the\s+chair(?:man|person)?ship\s+of|chaired\s+by|under\s+the\s+chair\s+of"
    r"|presided\s+(?:over\s+)?by)\s+(?P<chair>.+)|^chair\s*:\s*(?P<line>.+)$",
    re.IGNORECASE,
)
CHAIR_CUT_RE = re.compile(
    r",?\s+(?:and\s+(?:was\s+)?attended|with\s+the\s+participation|in\s+the\s+presence)\b", re.I
)
ABBREVIATIONS = {
    "h.e", "mr", "ms", "mrs", "dr", "hon", "prof", "st", "jr", "sr", "rt", "amb", "sen",
    "rep", "gen", "co", "inc", "no", "mt", "ft", "messrs",
}  # fmt: skip


@dataclass
class ParsedSection:
    position: int
    heading: str
    number: int | None
    line: int
    label: str = ""


@dataclass
class ParsedParagraph:
    number: int
    text: str
    section: ParsedSection | None
    line: int
    label: str = ""
    anchor: str = ""
    numbered_by_portal: bool = False
    run: int = 1
    initiatives: list = field(default_factory=list)


FACT_FIELDS = [
    FactField("title", "Title", max_length=300, required=True),
    FactField("meeting_number", "Meeting number", kind="integer", help_text="24 for the 24th."),
    FactField("start_date", "First day", kind="date", required=True),
    FactField("end_date", "Last day", kind="date", help_text="Empty for a one-day meeting."),
    FactField("city", "City", max_length=100),
    FactField("host", "Host economy", kind="choice", required=True),
    FactField("virtual", "Held online", kind="boolean"),
    FactField("meeting_theme", "Theme", max_length=300),
    FactField("chair", "Chair", max_length=300),
]
LENGTH_LIMITS = {f.name: f.max_length for f in FACT_FIELDS if f.max_length}
FACT_CHECKS = (check_date_order(),)


def fact_fields(economies=None):
    """The correctable facts, with the host economy's choices filled in."""
    economies = Economy.objects.all() if economies is None else economies
    choices = tuple((economy.code, economy.name) for economy in economies)
    return [
        FactField(f.name, f.label, f.kind, f.max_length, f.required, choices, f.help_text)
        if f.name == "host"
        else f
        for f in FACT_FIELDS
    ]


class ParsedStatement:
    """A statement as read: its facts (with evidence), warnings, sections and paragraphs."""

    def __init__(self, result, economies):
        self.result = result
        self.sections = []
        self.paragraphs = []
        self.economies = []
        self._economies = {economy.code: economy for economy in economies}

    title = property(lambda self: self.result.value("title", ""))
    meeting_number = property(lambda self: self.result.value("meeting_number"))
    start_date = property(lambda self: self.result.value("start_date"))
    end_date = property(lambda self: self.result.value("end_date"))
    city = property(lambda self: self.result.value("city", ""))
    virtual = property(lambda self: bool(self.result.value("virtual")))
    meeting_theme = property(lambda self: self.result.value("meeting_theme", ""))
    chair = property(lambda self: self.result.value("chair", ""))
    incomplete = property(lambda self: bool(self.result.value("incomplete")))
    date_precision = property(lambda self: self.result.value("date_precision", "day"))
    warnings = property(lambda self: self.result.warnings)
    facts = property(lambda self: self.result.facts)

    @property
    def date(self):
        return self.start_date

    @property
    def year(self):
        return self.start_date.year if self.start_date else None

    @property
    def host(self):
        return self._economies.get(self.result.value("host") or "")

    @property
    def slug(self):
        title = self.title
        if self.year and not YEAR_RE.search(title):
            title = f"{self.year} {title}"
        return slugify(title)[:200]

    @property
    def too_long(self):
        return any(
            isinstance(self.result.value(name), str) and len(self.result.value(name)) > limit
            for name, limit in LENGTH_LIMITS.items()
        )

    @property
    def initiatives(self):
        found = {}
        for paragraph in self.paragraphs:
            for initiative in paragraph.initiatives:
                found.setdefault(initiative.pk, initiative)
        return list(found.values())

    def correct(self, cleaned, specs=None):
        """Apply the staff's corrections from the preview form; return what they changed."""
        changed = apply_corrections(self.result, cleaned, specs or FACT_FIELDS)
        if "start_date" in changed:  # staff gave the day: the date is no longer a year only
            self.result.fact("date_precision", "day")
        return changed


def _clean(text):
    """The text with each run of blanks read as one space and no blank at either end (str.split
    knows the same blanks as a regular expression's "\\s"), without a regex pass."""
    return " ".join(text.split())


def _count(n, noun):
    return f"the {noun}" if n == 1 else f"the {n} {noun}s"


def _is_heading(text):
    """A heading is short, starts with a capital and does not end like a sentence."""
    words = text.split()
    return (
        0 < len(words) <= HEADING_MAX_WORDS
        and text[:1].isupper()
        and words[0].strip(",") != "We"
        and not text.endswith(SENTENCE_ENDINGS)
        and words[-1].lower() not in FUNCTION_WORDS
    )


def _numbered_parts(match):
    """(number as written, text after it) of a NUMBERED_RE match."""
    if match.group("c"):
        return match.group("c"), match.group("bare")
    return match.group("a") or match.group("b"), match.group("text")


def _ends_sentence(text):
    return _without_footnote_mark(text.rstrip()).endswith((*FINAL_ENDINGS, ";", ":"))


def _without_footnote_mark(text):
    """`text` without a PDF copy's footnote marker at its end ("… Meeting.[1]"), which hides
    the full stop before it. String steps, no regex: the text may be a long paragraph."""
    if not text.endswith("]"):
        return text
    opening = text.rfind("[", max(0, len(text) - 4))
    if opening > 0 and text[opening + 1 : -1].isdigit():
        return text[:opening].rstrip()
    return text


def _chair(text):
    match = CHAIR_RE.search(text)
    if not match:
        return ""
    if match.group("line"):
        return _clean(match.group("line")).strip(" ,.")
    rest = CHAIR_CUT_RE.split(match.group("chair"), maxsplit=1)[0]
    rest = re.sub(r"^the\s+(?=[A-Z])", "", rest)
    for stop in re.finditer(r"\.(?:\s+|$)", rest):
        before = rest[: stop.start()].split()
        last = before[-1].lower() if before else ""
        if last in ABBREVIATIONS or (len(last) == 1 and last.isalpha()) or "." in last:
            continue
        return rest[: stop.start()].strip(" ,")
    return rest.strip(" ,.")


def _ordinal(word):
    """(number, exact) for a written ordinal such as '24th', 'Eighth' or 'Nineteen'."""
    word = _clean(word).lower()
    digits = re.match(r"(\d{1,2})\s*(?:st|nd|rd|th)$", word)
    if digits:
        return int(digits.group(1)), True
    if word in ORDINAL_WORDS:
        return ORDINAL_WORDS[word], True
    close = difflib.get_close_matches(word, ORDINAL_WORDS, n=1, cutoff=0.85)
    return (ORDINAL_WORDS[close[0]], False) if close else (None, False)


def _meeting_number(text):
    """(number, written, exact) of this meeting in `text`, skipping next or earlier ones."""
    # One pass over the text; only a sentence holding a match is looked at again (a split
    # into sentences first cost two searches a sentence: seconds on a long text of "1.").
    for match in MEETING_NUMBER_RE.finditer(text):
        if NOT_THIS_MEETING_RE.search(_sentence_around(text, match.start(), match.end())):
            continue
        number, exact = _ordinal(match.group("ord"))
        if number:
            return number, match.group("ord").strip(), exact
    return None


SENTENCE_STOP_RE = re.compile(r"[.;](?=\s)")


def _sentence_around(text, start, end, reach=600):
    """The sentence (ended by "." or ";" and a blank) around text[start:end], at most `reach`
    characters either side."""
    before = text[max(0, start - reach) : start]
    stops = [m.end() for m in SENTENCE_STOP_RE.finditer(before)]
    first = start - len(before) + (stops[-1] if stops else 0)
    after = SENTENCE_STOP_RE.search(text, end, min(len(text), end + reach))
    return text[first : after.start() if after else min(len(text), end + reach)]


def _truncation(line):
    """Whether the line says the text goes on elsewhere ("Read more", "[…]")."""
    return TRUNCATION_RE.match(line) is not None


class _Recogniser:
    """Finds which of `objects` a text names, by any of their names, in one pass of one regex
    (a regex per name and per paragraph cost seconds on a long text)."""

    def __init__(self, objects, names_of):
        objects = list(objects)
        self.by_name = {}
        for obj in objects:
            for name in names_of(obj):
                if name:
                    self.by_name.setdefault(name, []).append(obj)
        names = sorted(self.by_name, key=len, reverse=True)
        alternatives = "|".join(re.escape(name) for name in names)
        self.pattern = re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])") if names else None
        self.order = {id(obj): n for n, obj in enumerate(objects)}
        self.seen = Memo(self._mentions)  # a text may repeat a paragraph

    def mentions(self, text):
        """The objects named in `text`, in the order the caller gave them, each once."""
        return list(self.seen[text])

    def _mentions(self, text):
        if self.pattern is None:
            return []
        found = {}
        for match in self.pattern.finditer(text):
            for obj in self.by_name[match.group(0)]:
                found.setdefault(id(obj), obj)
        return sorted(found.values(), key=lambda obj: self.order[id(obj)])


def _place(text, names):
    """(city, host code) from 'City', 'City, Economy' or 'City, Region, Economy'."""
    parts = [_clean(part) for part in re.split(r",", text) if _clean(part)]
    if not parts:
        return "", None
    host = names.economy(text)
    if host:  # "Hong Kong, China", "Singapore": the whole line names the economy
        return (parts[0] if names.city(parts[0]) else ""), host
    for part in reversed(parts):
        host = names.economy(part)
        if host:
            break
    city = parts[0]
    if city.isupper() and len(city) > 3:  # "KOCHI, JAPAN" in a header in capitals
        city = city.title()
    if names.economy(city):  # "Singapore", "Hong Kong, China": the economy is the city too
        city = city if names.city(city) else ""
    if host is None:
        host = names.city(text)
    return city, host


class _Header:
    """Reads the header lines into facts."""

    def __init__(self, result, names):
        self.result = result
        self.names = names
        self.dates = []  # (priority, start, end, line, label)
        self.leftover = []
        self.chair_lines = []

    def read(self, lines):
        readers = (
            self._copy_line,
            self._note_line,
            self._bar_line,
            self._label_line,
            self._theme_line,
            self._chair_line,
            self._title_line,
            self._quoted_line,
            self._date_line,
            self._place_only_line,
            self._virtual_line,
        )
        for number, line in _join_broken_lines(lines):
            line = self._archive_label(number, line)
            if line and not any(read(number, line) for read in readers):
                self.leftover.append((number, line))
        for number, line in self.leftover:
            if "meeting_theme" not in self.result.facts and len(line.split()) <= 25:
                self._theme(line, number)
            else:
                self.result.warn(
                    f"This header line was not understood and is left out: “{line[:80]}”",
                    number,
                    "header-unread",
                )

    def _archive_label(self, number, line):
        """The line without an archive's "[Title]" label; "" for the archive's own lines."""
        labelled = ARCHIVE_LABEL_RE.match(line)
        if not labelled:
            return line
        label = labelled.group("label").lower()
        if label in ARCHIVE_LABELS_DROPPED:
            self.result.fact(f"archive_{label.replace(' ', '_')}", labelled.group("value"), number)
            return ""
        return labelled.group("value") if label == "title" else line

    def _copy_line(self, number, line):
        """A mailing list's subject or sender line, "Press Release:", or the time a copy was
        sent or posted: the copy's, not the statement's, so no fact is read from it."""
        if not _copy_line(line):
            return False
        self.result.warn(
            f"“{line[:80]}” tells when or by whom this copy was sent, not when the ministers "
            "met; left out.",
            number,
            "copy-line",
        )
        return True

    def _note_line(self, number, line):
        """A note on which paragraphs every member agreed to: kept, not a paragraph."""
        if not _paragraph_note(line):
            return False
        self.result.fact("paragraph_note", _clean(line), number, cue="note on the paragraphs")
        self.result.warn(
            f"The note “{line[:80]}” stands above the paragraphs; it is kept out of them.",
            number,
            "paragraph-note",
        )
        return True

    def _bar_line(self, number, line):
        """ "Iloilo, The Philippines | 25 September 2015": the place and the date; also written
        date first ("23 September 2020 | Virtual Meeting (APEC Malaysia)"): the side with
        the date is the date, the other the place."""
        if "|" not in line:
            return False
        place, _, when = line.partition("|")
        spans = find_dates(when)
        if not spans and find_dates(place):
            place, when = when, place
            spans = find_dates(when)
        self._place_line(place, number)
        if spans:
            self.dates.append((3, spans[0].start, spans[0].end, number, "place-and-date line"))
        return True

    def _label_line(self, number, line):
        if not LABEL_RE.match(line.strip(" .:")):
            return False
        self.result.fact("document_label", _clean(line), number, cue="document label")
        return True

    def _theme_line(self, number, line):
        theme = THEME_RE.match(line)
        if not (theme and "title" in self.result.facts):
            return False
        self._theme(theme.group("text"), number)
        return True

    def _chair_line(self, number, line):
        if not re.match(r"(?i)chair(?:man|person)?\s*:", line):
            return False
        self.chair_lines.append((number, line))
        return True

    def _title_line(self, number, line):
        if not (TITLE_RE.search(line) and len(line.split()) <= 25 and not line.endswith(".")):
            return False
        line = self._title_place_and_date(number, line)
        if "title" not in self.result.facts:
            self.result.fact("title", _clean(line).strip(" .:"), number, cue="title line")
        else:
            self.result.fact("subtitle", _clean(line), number, cue="second title line")
        return True

    def _title_place_and_date(self, number, line):
        """A title line that also gives the place and the date, after a full stop or in
        brackets ("… Joint Ministerial Statement. Cairns, Australia September 4, 2031",
        "… Statement (Port Moresby, Papua New Guinea – 25th - 26th May 2018)"): the place and
        the date are read as a place-and-date line; the title is what comes before them."""
        spans = find_dates(line)
        if not spans:
            return line
        before_date = line[: line.find(spans[0].written)] if spans[0].written in line else line
        cut = max(before_date.rfind(". "), before_date.rfind("("))
        if cut < 0:
            return line
        place = before_date[cut + 1 :].strip(" ,;:–—-(")
        if place and _place(place, self.names)[1] is not None:
            self._place_line(place, number)
        self.dates.append((3, spans[0].start, spans[0].end, number, "place-and-date line"))
        return line[:cut].strip(" .(")

    def _quoted_line(self, number, line):
        quoted = QUOTED_RE.match(line)
        if not (quoted and "meeting_theme" not in self.result.facts):
            return False
        self._theme(quoted.group("text"), number)
        return True

    def _date_line(self, number, line):
        """A line with a date and at most eight other words: a dateline, a place-and-date line
        or a date line."""
        spans = find_dates(line)
        if not spans:
            return False
        rest = DATE_LABEL_RE.sub("", line.replace(spans[0].written, " "))
        # "(Manila, Philippines, Nov 22-23, 1996)": a place-and-date line may stand in brackets
        rest = _clean(re.sub(r"\b(?:on|from|held)\b", " ", rest)).strip(" ,;:-–|()")
        if len(rest.split()) > 8:
            return False
        label, priority = "date line", 4
        if rest:
            city, host = _place(rest, self.names)
            if "," not in rest and host is not None and city:
                label, priority = "dateline", 2
                self.result.fact("dateline_city", city, number, cue="dateline")
            else:
                self._place_line(rest, number)
                label, priority = "place-and-date line", 3
        self.dates.append((priority, spans[0].start, spans[0].end, number, label))
        return True

    def _place_only_line(self, number, line):
        if len(line.split()) > 8 or line.endswith(".") or "city" in self.result.facts:
            return False
        _city, host = _place(DATE_LABEL_RE.sub("", line), self.names)
        if not host:
            return False
        self._place_line(DATE_LABEL_RE.sub("", line), number)
        return True

    def _virtual_line(self, number, line):
        if not (VIRTUAL_RE.search(line) and len(line.split()) <= 8):
            return False
        self.result.fact("virtual", True, number, cue="virtual")
        return True

    def _theme(self, text, number):
        text = _clean(text).strip("\"“”'‘’ ")
        self.result.fact("meeting_theme", text, number)

    def _place_line(self, text, number):
        city, host = _place(DATE_LABEL_RE.sub("", text), self.names)
        if VIRTUAL_RE.search(text) or re.search(r"\b(?:virtual|online)\b", text, re.I):
            self.result.fact("virtual", True, number)
            city = "" if re.search(r"\b(?:virtual|online)\b", city, re.I) else city
            # "Virtual Meeting (APEC Malaysia)": the meeting is named after its host year
            host_year = HOST_YEAR_RE.search(text)
            host = host or (host_year and self.names.economy(host_year.group("name")))
        if city:
            self.result.fact("city", city, number)
        if host:
            self.result.fact("host", host, number)
        elif city:
            self.result.warn(
                f"“{city}” is neither an APEC economy nor a known host city; choose the host "
                "economy in the preview (host cities are listed in core/data/host_cities.csv).",
                number,
                "unknown-place",
            )


HEADER_JOINERS = {"on", "of", "for", "and", "in", "to", "responsible"}
MONTH_RE = re.compile(rf"\b(?:{MONTH_NAMES})\b", re.I)


def _continues_header_line(before, line):
    """Whether header `line` is the rest of the line before it, broken by a PDF copy: a year
    alone after a day and month ("21-22 OCTOBER" / "2027"), a title going on with "on …"
    ("… MINISTERS' MEETING" / "ON SMALL AND MEDIUM ENTERPRISES"), or two halves that only
    together make a title or a label ("… MINISTERIAL" / "MEETING …", "JOINT" / "STATEMENT")."""
    if before.endswith(SENTENCE_ENDINGS) or "|" in before + line:
        return False
    if len(before.split()) > 12 or len(line.split()) > 12:
        return False
    if YEAR_RE.fullmatch(line.strip()):
        return bool(MONTH_RE.search(before)) and not find_dates(before)
    if line.split()[0].lower() in HEADER_JOINERS and not find_dates(line):
        return bool(TITLE_RE.search(before) or TITLE_RE.search(f"{before} {line}"))
    if _names_smes_only(before) and _opening_ordinal(line):
        return True  # "APEC Small and Medium Enterprise (SME)" / "Seventh Ministerial Meeting"
    pair = f"{before} {line}"
    if TITLE_RE.search(pair) and not (TITLE_RE.search(before) or TITLE_RE.search(line)):
        return True
    return bool(LABEL_RE.match(pair.strip(" .:")) and not LABEL_RE.match(before.strip(" .:")))


def _names_smes_only(line):
    """A header line naming SMEs but no meeting ("APEC Small and Medium Enterprise (SME)")."""
    return bool(re.search(SME, line) and not TITLE_RE.search(line) and not find_dates(line))


def _opening_ordinal(line):
    """The number an exact ordinal opening a title gives ("Seventh Ministerial Meeting"), else
    None ("Joint Ministerial Statement" opens with no ordinal)."""
    found = TITLE_ORDINAL_RE.match(line)
    number, exact = _ordinal(found.group("ord")) if found else (None, False)
    return number if exact else None


def _join_broken_lines(lines):
    """The header's lines with the lines a PDF copy broke joined again (the first's number)."""
    joined = []
    for number, line in lines:
        if joined and _continues_header_line(joined[-1][1], line):
            joined[-1] = (joined[-1][0], f"{joined[-1][1]} {line}")
        else:
            joined.append((number, line))
    return joined


def _copy_line(line):
    """A line of the copy rather than of the statement (see MAIL_SUBJECT_RE)."""
    timestamp = (
        CLOCK_RE.search(line)
        and len(line.split()) <= 8
        and (find_dates(line) or (YEAR_RE.search(line) and MONTH_RE.search(line)))
    )
    mail = MAIL_SUBJECT_RE.match(line) or MAIL_SENDER_RE.search(line)
    return bool(timestamp or mail or RELEASE_LABEL_RE.match(line))


def _paragraph_note(line):
    """A short unnumbered line naming paragraphs by number ("agreed to paragraphs 1 – 3")."""
    return bool(
        len(line.split()) <= PARAGRAPH_NOTE_MAX_WORDS
        and PARAGRAPH_NOTE_RE.search(line)
        and not NUMBERED_RE.match(line)
        and not MEETING_VERB_RE.search(line)
    )


def _wrapped_run(index, lines):
    """The sentence that starts at `lines[index]` when a copy wrapped it over several
    lines with no blank line between ("The Tenth … (APEC)" / "Ministerial Meeting was
    attended by Ministers from:"); "" when the line is not the start of such a run."""
    number, line = lines[index]
    first = len(line.split()) >= 4 and _wrappable(line) and not find_dates(line)
    if not first or TITLE_RE.search(line):
        return ""
    words = [line]
    for next_number, next_line in lines[index + 1 : index + WRAPPED_RUN_LINES]:
        if next_number != number + len(words) or words[-1].endswith(RUN_ENDINGS):
            break
        if not (_wrappable(next_line) and _hard_wrapped(words[-1], next_line)):
            break
        words.append(next_line)
    return " ".join(words) if len(words) > 1 else ""


def _wrappable(line):
    """A line that can be a piece of a wrapped sentence: not numbered, not a bullet, not in
    capitals, not a line of the copy's own."""
    return not (
        NUMBERED_RE.match(line)
        or BULLET_RE.match(line)
        or line.isupper()
        or _copy_line(line)
        or not line[:1].isalpha()
    )


WRAPPED_RUN_LINES = 16  # lines of one wrapped sentence looked at
RUN_ENDINGS = (".", "!", "?", ":", ".”", '."')  # not ";": a wrapped list of economies goes on


def _starts_body(index, line, lines):
    """Whether `line` is the body's first line: a numbered paragraph, a bullet, or a
    sentence of prose (not the title, not a quoted theme, not a note on the paragraphs),
    also when a copy wrapped that sentence over short lines."""
    if _paragraph_note(line) or _copy_line(line):
        return False
    if _reads_as_body(line, lines, index):
        return True
    run = _wrapped_run(index, lines)
    return bool(run) and _reads_as_prose(run)


def _reads_as_body(line, lines, index):
    numbered = NUMBERED_RE.match(line)
    if numbered and YEAR_RE.match(line) is None:
        text = _numbered_parts(numbered)[1]
        if not text or not _is_heading(text) or index + 1 < len(lines):
            return True
    if QUOTED_RE.match(line):  # a quoted line in the header is the theme, however long
        return False
    if BULLET_RE.match(line):
        return True
    return _reads_as_prose(line)


def _reads_as_prose(line):
    words = line.split()
    prose = (
        line.startswith("We")
        or _ends_sentence(line)
        or re.search(r"\bmet\b", line)
        # a long run of sentences that a copy cut off in its last word
        or (len(words) > HEADER_LINE_MAX_WORDS and INNER_SENTENCE_END_RE.search(line))
    )
    # a title may end with a bracket ("… Statement (Port Moresby, … May 2018)"), not with "."
    title = (
        TITLE_RE.search(line)
        and len(words) <= 25
        and not line.rstrip().endswith((".", ";", ":", ".”", '."'))
        and not line.startswith("We")
        and not re.search(r"\bmet\b", line)
    )
    return len(words) >= 12 and bool(prose) and not title


def _opens_body(line):
    """A heading just before paragraph 1 ("Introduction", "I. Opening") belongs to the body."""
    lettered = LETTERED_HEADING_RE.match(line)
    generic = line.lower().strip(" .:") in GENERIC_HEADINGS
    return generic or bool(lettered and _is_heading(lettered.group("text")))


PAGE_NUMBER_RE = re.compile(r"^\d{1,3}\s")
HEADER_LINE_MAX_WORDS = 25


def _flattened_page(line):
    """The header lines and the prose of a PDF page that a copy flattened into one line
    ("2 APEC … MINISTERIAL MEETING ON … Toronto, Canada 9-11 June 1997 Joint Statement We,
    the Ministers …"): the page's number, then its title in capitals, its place and date, a
    label, and the prose. [] for a line that is no such page: a header line is shorter, and
    a page that does not open with a title in capitals is left as it is."""
    words = line.split()
    if len(words) <= HEADER_LINE_MAX_WORDS:
        return []
    if PAGE_NUMBER_RE.match(line):
        words = words[1:]
    capitals = 0
    while capitals < len(words) and words[capitals].isupper():
        capitals += 1
    title = " ".join(words[:capitals]).rstrip(".")
    if capitals < 3 or not TITLE_RE.search(title):
        return []
    rest = " ".join(words[capitals:])
    spans = find_dates(rest[:200])
    place_end = rest.find(spans[0].written) + len(spans[0].written) if spans else -1
    if place_end <= len(spans[0].written) or len(rest[:place_end].split()) > 12:
        return []
    parts, rest = [title, rest[:place_end]], rest[place_end:].split()
    label = next((n for n in (4, 3, 2, 1) if LABEL_RE.match(" ".join(rest[:n]))), 0)
    if label:
        parts.append(" ".join(rest[:label]))
    return [*parts, " ".join(rest[label:])]


def _unflatten_pages(lines):
    """The lines with each flattened PDF page (`_flattened_page`) read as its lines again."""
    unflattened = []
    for number, line in lines:
        parts = _flattened_page(line)
        unflattened.extend((number, part) for part in parts or [line] if part)
    return unflattened


def _join_lone_bullets(lines):
    """A bullet a copy put on a line of its own ("-" above "World and Regional …") is joined
    to the item under it."""
    joined = []
    for entry in lines:
        if joined and LONE_BULLET_RE.match(joined[-1][1]):
            joined[-1] = (joined[-1][0], f"{joined[-1][1]} {entry[1]}")
        else:
            joined.append(entry)
    return joined


FOOTNOTE_MARK_RE = re.compile(r"(?<=\S)\[(?P<n>\d{1,2})\]")  # "… Meeting.[1]", "Meeting[1]"
FOOTNOTE_RE = re.compile(r"^\[(?P<n>\d{1,2})\]\s*\S")  # "[1] The meeting was held …"


def _footnotes(lines):
    """(lines, footnotes): a PDF copy's footnotes ("[1] Held with …") taken out of the
    text, each one a line opening with a marker that an earlier line put after a word or a
    full stop ("… Ministerial Meeting.[1]"). A bracketed number with no such marker above
    it stays text."""
    marks, kept, notes = set(), [], []
    for number, line in lines:
        note = FOOTNOTE_RE.match(line)
        if note and note.group("n") in marks:
            notes.append((number, line))
            continue
        if "[" in line:
            marks.update(found.group("n") for found in FOOTNOTE_MARK_RE.finditer(line))
        kept.append((number, line))
    return kept, notes


def _split_header_and_body(lines):
    """Index of the body's first line: the first numbered paragraph or prose paragraph."""
    start = next(
        (index for index, (_, line) in enumerate(lines) if _starts_body(index, line, lines)), None
    )
    if start is None:
        return None
    while start > 0 and _opens_body(lines[start - 1][1]):
        start -= 1
    return start


class _Shape:
    """What a body line looks like, read once per distinct line (`_Body.shapes`): every rule
    of `_Body` asks about these, for the line itself and for the line under it."""

    def __init__(self, line):
        self.line = line
        self.numbered = NUMBERED_RE.match(line)
        self.bullet = BULLET_RE.match(line)
        self.lettered = LETTERED_HEADING_RE.match(line)
        self.subitem = SUBITEM_RE.match(line) is not None
        # A numbered, bulleted, lettered or sub-item line is never a wrapped part of the
        # line above.
        self.opens_block = bool(self.numbered or self.bullet or self.lettered or self.subitem)

    @cached_property
    def lettered_heading(self):
        """The heading's text after "I." or "A.", cleaned; "" when the line is no heading."""
        text = self.lettered.group("text") if self.lettered else ""
        return _clean(text) if text and _is_heading(text) else ""

    @cached_property
    def clean(self):
        return _clean(self.line)

    @cached_property
    def bullet_text(self):
        return _clean(self.bullet.group("text"))

    @cached_property
    def list_item(self):
        """Whether the bullet reads as an item of a list (`_list_item`)."""
        return _list_item(self.bullet.group("text"))


def _numbered_body(lines, shapes):
    """Whether the source numbers its paragraphs: a numbered line with text that is not an
    item of a list a line ending with ":" introduces ("… under four agenda items:" / "1. •
    World and Regional Economic Developments" / "2. • …": a web page's ordered list, items
    that end no sentence)."""
    in_list, above = False, ""
    for _, line in lines:
        numbered = shapes[line].numbered
        content = _numbered_parts(numbered)[1] if numbered else ""
        if not content:
            in_list, above = False, line
            continue
        opens = _numbered_parts(numbered)[0] == "1" and above.rstrip().endswith(":")
        in_list = (in_list or opens) and _item_like(_clean(content))
        if not in_list:
            return True
        above = line
    return False


class _Body:
    """Reads the body's lines into sections and paragraphs."""

    def __init__(self, result):
        self.result = result
        self.sections = []
        self.paragraphs = []
        self.section = None
        self.paragraph = None
        self.last_number = 0
        self.run = 1
        self.nested_under = None  # the outer number while a nested "1." … list is read
        self.nested_last = 0  # the nested list's last number
        self.heading_since_last = False
        self.previous_line = 0
        self.in_list = False  # reading the bullets of a list a prose paragraph introduced
        self.after_item = False  # the line before was a bullet or sub-item inside a paragraph
        self.item_line = ""  # that item's line, as written
        self.line_before = ""  # the body's line above, as written
        self.line_after = None  # the body's line under this one, as written
        self.letter_next = ""  # the capital letter a list of lettered items goes on with
        self.lettered_item = False  # this line was such an item, kept in the paragraph
        self.shapes = Memo(_Shape)

    def read(self, lines, numbered_body):
        for index, (number, line) in enumerate(lines):
            following = lines[index + 1] if index + 1 < len(lines) else None
            shape = self.shapes[line]
            # A numbered "heading" that runs on into the next line is a paragraph a PDF broke.
            runs_on = (
                following is not None
                and following[0] == number + 1
                and not self.shapes[following[1]].opens_block
            )
            if not shape.numbered:  # an unnumbered heading may sit on top of its prose
                runs_on = runs_on and (
                    following[1][:1].islower()
                    or _hard_wrapped(line, following[1])
                    or self._introduced()
                )
            self.line_after = following[1] if following else None
            self._line(number, shape, numbered_body, following is None or runs_on)
            self.previous_line = number

    def _introduced(self):
        """Whether the paragraph above ends with ":": the lines it introduces (a table of
        economies, one row a line) are not headings."""
        return self.paragraph is not None and self.paragraph.text.rstrip().endswith(":")

    def _add_section(self, heading, number, line, label=""):
        self.section = ParsedSection(len(self.sections) + 1, heading, number, line, label)
        self.sections.append(self.section)
        self.paragraph = None
        self.nested_under = None
        self.heading_since_last = True

    def _add_paragraph(self, text, line, label=""):
        self.paragraph = ParsedParagraph(
            0, text, self.section, line, label=label, numbered_by_portal=not label, run=self.run
        )
        self.paragraphs.append(self.paragraph)
        self.heading_since_last = False

    def _continue(self, text, line):
        before = self.paragraph.text
        joiner = " " if not _ends_sentence(before) and line == self.previous_line + 1 else "\n"
        if not _ends_sentence(before) and text[:1].islower():
            joiner = " "
        self.paragraph.text = f"{before}{joiner}{text}"

    def _line(self, number, shape, numbered_body, no_heading):
        if shape.bullet:
            self.in_list = shape.list_item and (
                self.in_list
                or (self.paragraph is not None and self.paragraph.text.rstrip().endswith(":"))
            )
        else:
            self.in_list = False
        paragraph = self.paragraph
        self.lettered_item = False
        self._read_line(number, shape, numbered_body, no_heading)
        # a bullet, lettered or nested numbered item kept inside the paragraph: a "1." next
        # opens a nested list, and prose next may start a paragraph (`_prose_line`)
        is_item = (
            shape.bullet
            or shape.subitem
            or self.lettered_item
            or (shape.numbered and self.nested_under is not None)
        )
        self.after_item = bool(is_item and self.paragraph is paragraph and paragraph)
        self.item_line = shape.line if self.after_item else ""
        self.line_before = shape.line

    def _read_line(self, number, shape, numbered_body, no_heading):
        if shape.numbered:
            self._numbered_line(number, shape.numbered, no_heading)
            return
        if shape.lettered and self._lettered_list_item(shape.lettered):
            self.lettered_item = True
            self.paragraph.text += f"\n{shape.clean}"
            return
        if shape.lettered_heading and not no_heading:
            self._add_section(shape.lettered_heading, None, number, shape.lettered.group("label"))
            return
        if shape.subitem and self.paragraph is not None:
            self.paragraph.text += f"\n{shape.clean}"
            return
        if shape.bullet:
            self._bullet_line(number, shape.bullet_text, numbered_body)
            return
        self._prose_line(number, shape.clean, numbered_body, no_heading)

    def _lettered_list_item(self, lettered):
        """Whether a line under a capital letter ("A. Cheaper payments …") is an item of a list
        the paragraph above introduces: the paragraph ends with ":" and the line under it goes
        on with the next letter ("B. …"), or the line goes on such a list. A heading in
        capitals ("I. STRENGTHENING …") and a lone "A." under a colon stay headings."""
        label, text = lettered.group("label"), lettered.group("text")
        opening = label == "A" and self._introduced()
        if self.paragraph is None or text.isupper() or not (opening or label == self.letter_next):
            self.letter_next = ""
            return False
        following = LETTERED_HEADING_RE.match(self.line_after or "")
        next_letter = chr(ord(label) + 1)
        goes_on = following is not None and following.group("label") == next_letter
        self.letter_next = next_letter if goes_on else ""
        return goes_on or not opening

    def _numbered_line(self, number, numbered, no_heading):
        """A line starting "3." or "(3)": a paragraph, a heading, or an item of a nested list."""
        written, content = _numbered_parts(numbered)
        value = int(written)
        content = _clean(content)
        if self._nested_item(value, written, content):
            return
        if not content:
            self.result.warn(
                f"Number {written} has no text after it and is skipped.", number, "empty-marker"
            )
            self.last_number = max(self.last_number, value)
            return
        if value <= self.last_number:
            self._numbering_goes_back(number, written)
        self.last_number = value
        if _is_heading(content) and not no_heading:
            self._add_section(content, value, number, written)
        else:
            self._add_paragraph(content, number, written)

    def _nested_item(self, value, written, content):
        """True when the numbered line is an item of a list inside the paragraph above (a
        paragraph ending with ":" followed by "1.", "2." … until the outer number goes on)."""
        if self.nested_under is not None:
            # the outer number going on ends the list, unless the list's own next number is
            # the same and the item reads as one (it starts in lower case: "3. training …")
            goes_on = value == self.nested_last + 1 and content[:1].islower()
            if value != self.nested_under + 1 or goes_on:
                self.paragraph.text += f"\n{written}. {content}"
                self.nested_last = value
                return True
            self.nested_under = None
            return False
        opens_list = (
            value == 1
            and self.paragraph is not None
            and (
                self.paragraph.text.rstrip().endswith(":")
                or (self.after_item and _item_like(content))
            )
            and not self.heading_since_last
        )
        if opens_list:
            self.nested_under, self.nested_last = self.last_number, value
            self.paragraph.text += f"\n{written}. {content}"
        return opens_list

    def _numbering_goes_back(self, number, written):
        if self.heading_since_last:
            self.result.warn(
                f"Numbering starts again at {written} after “{self.section.heading}”; "
                f"paragraphs keep the source's numbers and are linked as "
                f"#p{self.run + 1}.<number>.",
                number,
                "numbering-restarts",
            )
        else:
            self.result.warn(
                f"Number {written} follows number {self.last_number} without a heading; "
                "kept as written, as a new run of numbers.",
                number,
                "numbering-back",
            )
        self.run += 1

    def _bullet_line(self, number, text, numbered_body):
        # In a numbered body every bullet is part of the paragraph above; in prose, the
        # bullets of a list that a paragraph introduces ("on three issues:") are too.
        if self.paragraph is not None and (numbered_body or self.in_list):
            self.paragraph.text += f"\n• {text}"
        else:
            self._add_paragraph(text, number)

    def _prose_line(self, number, text, numbered_body, no_heading):
        paragraph = self.paragraph
        heading = _is_heading(text) and not no_heading
        # Before the first number, a long line opening a sentence after a paragraph that
        # ended one is a paragraph of its own (a copy lost the first paragraphs' numbers:
        # "APEC Ministers … met in Kuching …" / "The Meeting … is being held …" / "3. …").
        own = (
            self.last_number == 0
            and len(text) > WRAP_WIDTH
            and text[:1].isupper()
            and paragraph is not None
            and _ends_sentence(paragraph.text)
        )
        continues = (
            paragraph is not None
            and (
                (numbered_body and not own)
                or not _ends_sentence(paragraph.text)
                or text[:1].islower()
            )
            and not (heading and _ends_sentence(paragraph.text))
            and (numbered_body or not self._after_list(text, number))
            and not self._clause_break()
        )
        if continues:
            self._continue(text, number)
        elif heading:
            self._add_section(text, None, number)
        else:
            self._add_paragraph(text, number)

    def _clause_break(self):
        """Before the first number, a line longer than a wrapped copy's that ends with a comma
        or a full stop ends its paragraph, even when the line under it starts in lower case:
        the author broke it there, as a declaration's opening clauses stand each on a line
        ("We, … gathered at Cancun, …, 2000," / "reaffirming … economy." / "responding to
        …:"); a copy that wraps keeps its lines short (`WRAP_WIDTH`)."""
        return (
            self.last_number == 0
            and self.paragraph is not None
            and self.paragraph.text.endswith((",", *FINAL_ENDINGS))
            and len(self.line_before.strip()) > WRAP_WIDTH
        )

    def _after_list(self, text, number):
        """In prose, a line in capitals' case right under the last item of a list kept in the
        paragraph (an item that ends no sentence: "Future Steps for …") starts a paragraph of
        its own, unless the two read as one sentence a copy wrapped (`_hard_wrapped`, the item's
        last word in lower case: "… need from the" / "Asia-Pacific …"); a copy wraps no
        sentence over a blank line, so a line after a blank under the item is never its rest."""
        if not (self.after_item and text[:1].isupper()):
            return False
        if number != self.previous_line + 1:
            return True
        last = self.item_line.rstrip().rsplit(None, 1)[-1]
        return not (last[:1].islower() and _hard_wrapped(self.item_line, text))


WRAP_WIDTH = 90  # characters: a copy that wraps its lines keeps them about this short


def _hard_wrapped(line, following):
    """Whether `line` and the line under it are two pieces of one sentence that a copy
    wrapped at a fixed width (lines of about the same, short length), not a heading above
    its paragraph (a short line above a long one) or a heading broken in two ("…around the
    Region" / "Individual")."""
    return (
        len(following) <= WRAP_WIDTH
        and len(line) >= 0.6 * len(following)
        and (len(following.split()) >= 4 or following.endswith(RUN_ENDINGS))
        and not line.endswith(RUN_ENDINGS)
    )


def _item_like(text):
    """A numbered line right after a bullet reads as an item of a list under it when it is
    not a sentence of its own ("1. measuring their energy use", not "1. Ministers agreed …")."""
    return text[:1].islower() or not text.rstrip().endswith(FINAL_ENDINGS)


LIST_ITEM_MAX_WORDS = 40
INNER_SENTENCE_RE = re.compile(r"[.!?][”\"’)]?\s+[A-Z]")


def _list_item(text):
    """Whether a bullet reads as an item of a list rather than a paragraph of its own: short,
    and one sentence at most (a chair's statement marks whole paragraphs with "-")."""
    return len(text.split()) <= LIST_ITEM_MAX_WORDS and not INNER_SENTENCE_RE.search(text)


def _number_paragraphs(result, paragraphs, sections):
    """Give each paragraph its number, label and anchor; mark those the portal numbered."""
    labelled = [p for p in paragraphs if p.label]
    runs = {p.run for p in labelled}
    if not labelled:
        for position, paragraph in enumerate(paragraphs, start=1):
            paragraph.number, paragraph.anchor = position, f"p{position}"
        if paragraphs:
            result.warn(
                "The source numbers no paragraph; the portal numbered "
                f"{_count(len(paragraphs), 'paragraph')} in order (marked as such on the page and in exports).",
                code="portal-numbered",
            )
        return
    if len(runs) == 1 and len(labelled) == len(paragraphs):
        for paragraph in paragraphs:
            paragraph.number = int(paragraph.label)
            paragraph.anchor = f"p{paragraph.number}"
        return
    unlabelled = 0
    for position, paragraph in enumerate(paragraphs, start=1):
        paragraph.number = position
        if paragraph.label:
            paragraph.anchor = (
                f"p{paragraph.label}" if len(runs) == 1 else f"p{paragraph.run}.{paragraph.label}"
            )
        else:
            unlabelled += 1
            paragraph.anchor = f"p0.{unlabelled}"
    if unlabelled:
        result.warn(
            f"{unlabelled} unnumbered paragraph(s) come before the numbered ones; the portal "
            "numbered them (anchors #p0.1, #p0.2 …).",
            code="portal-numbered",
        )
    for section in sections:  # headings numbered in a restarting scheme keep only their label
        if len(runs) > 1:
            section.number = None


# "attending the Third APEC Meeting of …" names the meeting; "was attended by …" names guests.
MEETING_VERB_RE = re.compile(
    r"\b(?:met|meet|gathered|gathering|convened|assembled|held|took\s+place|participated"
    r"|took\s+part|attend(?:ed|ing)\s+the)\b"
)
# "in Davao, Philippines", "in Xiamen, the People's Republic of China", "at Iloilo City",
# "at the Gold Coast, Australia" (a town whose name takes the article)
IN_PLACE_RE = re.compile(
    r"\b(?:in|at)\s+(?:the\s+)?(?P<place>[A-Z][\w'’.-]*(?:,?\s(?:the\s)?[A-Z][\w'’.-]*){0,6})"
)
HOSPITALITY_RE = re.compile(
    r"\bthank(?:ed|s)?\s+(?:the\s+(?:government|people)\s+(?:and\s+people\s+)?of\s+)?"
    r"(?P<name>[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,4})\s+for\s+(?:hosting|its\s+(?:warm\s+)?"
    r"hospitality|the\s+(?:warm\s+)?hospitality)"
)
WE_ECONOMY_RE = re.compile(r"\bWe,\s+(?P<name>[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,3}),\s+are\b")
SENTENCE_SPLIT_RE = re.compile(r"(?<=[.;])\s+")


@dataclass
class _Meeting:
    """The sentence that says where and when the ministers met, and the paragraph holding it."""

    sentence: str = ""
    line: int | None = None


def _meeting_sentence(parsed):
    """The first sentence of the first three paragraphs with a meeting verb ("met in",
    "was held on … in", "gathered during … in"), leaving out a next or earlier meeting."""
    for paragraph in parsed.paragraphs[:3]:
        for sentence in SENTENCE_SPLIT_RE.split(paragraph.text[:LONGEST_SENTENCE]):
            if MEETING_VERB_RE.search(sentence) and not NOT_THIS_MEETING_RE.search(sentence):
                return _Meeting(sentence, paragraph.line)
    return _Meeting()


LONGEST_SENTENCE = 3000  # characters of a paragraph looked at for the meeting sentence


def _inferred_year(result, header):
    """The year a date written without one belongs to: the header's date, else the title's."""
    if header.dates:
        return header.dates[0][1].year
    year = YEAR_RE.search(result.value("title", ""))
    return int(year.group(1)) if year else None


def _meeting_dates(result, header, meeting, title_line):
    """The meeting's days. Candidates: the meeting sentence (1), a dateline (2), a place-and-
    date line (3), a date line (4) of the header; the lowest number wins, as the statement's
    own words come before a page's header, and each other candidate that disagrees is named
    in a warning. A date without its year takes the header's or the title's year, with a
    warning."""
    dates = list(header.dates)
    if meeting.sentence:
        spans = find_dates(meeting.sentence)
        cue = "meeting sentence"
        year = _inferred_year(result, header)
        if not spans and year:
            spans = find_dates_in_year(meeting.sentence, year)
            if spans:
                cue = "meeting sentence (year from the header or title)"
                result.warn(
                    f"The opening paragraph gives “{spans[0].written}” without a year; read as "
                    f"{year}, the year of the header or title.",
                    meeting.line,
                    "year-inferred",
                )
        if spans:
            dates.append((1, spans[0].start, spans[0].end, meeting.line, "opening paragraph"))
            dates[-1] = (*dates[-1], cue, spans[0].written)
    dates = [item if len(item) == 7 else (*item, item[4], "") for item in dates]
    dates.sort(key=lambda item: item[0])
    if not dates:
        if not _month_only(result, meeting):
            _no_date(result, title_line)
        return
    _, start, end, line, label, cue, written = dates[0]
    result.fact("start_date", start, line, cue=cue, span=_written_span(result, written, line))
    result.fact("end_date", end, line, cue=cue, span=_written_span(result, written, line))
    result.fact("date_precision", "day", line, cue=cue)
    for _, other_start, other_end, other_line, other_label, _cue, _written in dates[1:]:
        if (other_start, other_end) != (start, end) and other_start != start:
            shown = f"{other_start:%-d %B %Y}" + (f"–{other_end:%-d %B %Y}" if other_end else "")
            kept = f"{start:%-d %B %Y}" + (f"–{end:%-d %B %Y}" if end else "")
            result.warn(
                f"The {label} (line {line}) gives {kept} but the {other_label} (line "
                f"{other_line}) gives {shown}; kept {kept}, as the statement's own words "
                "come before a page's header.",
                other_line,
                "date-conflict",
            )
    title_year = YEAR_RE.search(result.value("title", ""))
    if title_year and int(title_year.group(1)) != start.year:
        result.warn(
            f"The title says {title_year.group(1)} but the meeting's date is in {start.year}.",
            title_line,
            "title-year",
        )


def _written_span(result, written, line):
    return result.span_of(written, line) if written and line else None


MONTH_YEAR_RE = re.compile(rf"\b(?P<month>{MONTH_NAMES})\.?,?\s+(?P<year>(?:19|20)\d{{2}})\b", re.I)


def _month_only(result, meeting):
    """A meeting sentence that names the month and year but no day ("held in Acapulco,
    Mexico in August 2041", a publisher's summary): the meeting is dated by its month
    (precision "month", the first of the month kept as the date), with a warning. Tried
    only when no candidate gives a day."""
    found = MONTH_YEAR_RE.search(meeting.sentence) if meeting.sentence else None
    month = _month_number(found.group("month")) if found else None
    if month is None:
        return False
    start = datetime.date(int(found.group("year")), month, 1)
    span = _written_span(result, found.group(0), meeting.line)
    result.fact("start_date", start, meeting.line, "low", cue="meeting sentence", span=span)
    result.fact("date_precision", "month", meeting.line, "low", cue="meeting sentence")
    result.warn(
        f"The opening paragraph gives “{found.group(0)}” without a day; the meeting is dated "
        "by its month. Give the days in the preview if you know them.",
        meeting.line,
        "month-only",
    )
    return True


def _month_number(name):
    stem = name.lower()[:3]
    stems = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
    return stems.index(stem) + 1 if stem in stems else None


def _no_date(result, title_line):
    year = YEAR_RE.search(result.value("title", ""))
    if year:
        result.fact(
            "start_date", datetime.date(int(year.group(1)), 1, 1), title_line, "low", cue="title"
        )
        result.fact("date_precision", "year", title_line, "low", cue="title")
        result.warn(
            "No date was found, only the year in the title; the meeting is dated by its "
            "year. Give the days in the preview if you know them.",
            title_line,
            "year-only",
        )
    else:
        result.warn(
            "No date was found anywhere in the text; give the meeting's first day in the "
            "preview before saving.",
            code="no-date",
        )


def _sentence_places(sentence, names):
    """(city, host, cue) candidates of the meeting sentence, in order of strength."""
    met = MET_RE.search(sentence)
    if met:
        yield (*_place_after_article(met.group("place").strip(" ,"), names), "met in")
    for found in IN_PLACE_RE.finditer(sentence):
        place = re.sub(
            r",?\s(?:for|on|from|under|during|to|and|with)\b.*$", "", found.group("place")
        )
        city, host = _place(place.strip(" ,."), names)
        if host or (city and names.city(city)):
            yield city, host, "held in"


def _place_after_article(place, names):
    """(city, host) of "the Gold Coast, Australia": a town whose name takes the article keeps
    its name without it when the place names an economy or a known town; otherwise the place
    as written ("the Asia-Pacific region" is no town)."""
    bare = re.sub(r"^the\s+(?=[A-Z])", "", place)
    if bare != place:
        city, host = _place(bare, names)
        if host or (city and names.city(city)):
            return city, host
    return _place(place, names)


def _meeting_place(result, meeting, names):
    """City and host from the meeting sentence; the header's place line wins over it, and a
    disagreement is named in a warning."""
    for city, host, cue in _sentence_places(meeting.sentence, names) if meeting.sentence else ():
        if re.match(r"(?i)the\b|our\b|this\b|virtual", city or ""):
            city = ""
        if not (city or host):
            continue
        if city and "city" not in result.facts:
            result.fact("city", city, meeting.line, cue=cue)
        elif city and _clean(city).lower() != result.value("city", "").lower():
            result.warn(
                f"The header says the meeting was in {result.value('city')} but the opening "
                f"paragraph says {city}; kept {result.value('city')} from the header.",
                meeting.line,
                "place-conflict",
            )
        if host and "host" not in result.facts:
            result.fact("host", host, meeting.line, cue=cue)
        break
    if "city" not in result.facts and result.value("dateline_city"):
        dateline = result.facts["dateline_city"]
        result.fact("city", dateline.value, dateline.line, cue="dateline")


def _host_candidates(result, parsed, names):
    """(code, line, cue, confidence) for the host, strongest first, beyond the place read."""
    if result.value("city"):
        yield (
            names.city(result.value("city")),
            result.facts["city"].line,
            "city in gazetteer",
            "high",
        )
    cues = Memo(_host_cues)
    for paragraph in parsed.paragraphs:
        for name, cue, confidence in cues[paragraph.text]:
            yield names.economy(name), paragraph.line, cue, confidence


def _host_cues(text):
    """(economy name as written, cue, confidence) of each host cue opening a paragraph."""
    text = text[:LONGEST_SENTENCE]
    cues = []
    hosted = HOSTED_RE.search(text)
    if hosted:
        cues.append((hosted.group("name").strip(), "hosted by", "high"))
    for pattern, cue in ((HOSPITALITY_RE, "thanked … for hosting"), (WE_ECONOMY_RE, "We, …,")):
        found = pattern.search(text)
        if found:
            cues.append((found.group("name"), cue, "low"))
    return tuple(cues)


def _meeting_host(result, parsed, names, chair_line):
    if "host" in result.facts:
        return
    for code, line, cue, confidence in _host_candidates(result, parsed, names):
        if code:
            result.fact("host", code, line, confidence, cue=cue)
            return
    found = names.find(result.value("chair")) if chair_line else []
    if found:
        result.fact("host", found[-1][0], chair_line, "low", cue="the chair's ministry")
        result.warn(
            "The host economy was read from the chair's ministry; check it.",
            chair_line,
            "host-from-chair",
        )
        return
    result.warn("No host economy was found; choose it in the preview.", code="no-host")


def _meeting_chair(result, parsed, header):
    """The chair, from a "Chair:" line of the header or the first two paragraphs; its line."""
    for number, line in [*header.chair_lines, *[(p.line, p.text) for p in parsed.paragraphs[:2]]]:
        chair = _chair(line)
        if chair:
            result.fact("chair", chair, number, cue="chaired by")
            return number
    return None


def _meeting_virtual(result, parsed):
    opening = parsed.paragraphs[0] if parsed.paragraphs else None
    if opening and VIRTUAL_RE.search(opening.text) and "virtual" not in result.facts:
        result.fact("virtual", True, opening.line, cue="met virtually")
    virtual = result.facts.get("virtual")
    result.fact(
        "virtual", bool(virtual and virtual.value), virtual.line if virtual else None, cue="online"
    )


# "Ninth APEC Ministers' Meeting on …", "FOURTEENTH APEC MINISTERIAL MEETING …": an ordinal
# opening the title numbers the meeting, whatever the meeting is called.
TITLE_ORDINAL_RE = re.compile(
    rf"^(?:the\s+)?(?P<ord>\d{{1,2}}\s*(?:st|nd|rd|th)|{TENS}[\s-][a-z]+|[a-z]{{4,13}})"
    r"\s+(?:APEC\b|Meeting\b|Ministerial\b|Ministers\b|Asia-Pacific\b)",
    re.I,
)


# The meeting sentence's own count: "We, APEC Energy Ministers, met for the fifth time in …",
# "The Second APEC Meeting of Ministers Responsible for Tourism was convened in …".
_ORD = rf"\d{{1,2}}\s*(?:st|nd|rd|th)|(?i:{TENS}[\s-][a-z]+)|[A-Za-z]{{4,13}}"
# "… Enterprise (SME) Seventh Ministerial Meeting": the ordinal after the words naming SMEs, in
# a title that a copy broke over two lines ("APEC Small and Medium Enterprise (SME)" / "…").
TITLE_INNER_ORDINAL_RE = re.compile(
    rf"{SME}(?:\s*\(\w+\))?\s+(?P<ord>{_ORD})\s+(?:APEC\s+)?(?:Ministerial|Ministers['’]?)"
    r"\s+Meeting\b",
    re.I,
)
# A forum's words in a meeting's name, capitalised or its acronym in brackets: "the Eighteenth
# Asia-Pacific Economic Cooperation (APEC) Ministerial Meeting".
_NAME_WORDS = r"(?:(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?|\([A-Z]{2,6}\))\s+){0,5}"
SENTENCE_ORDINAL_RE = re.compile(
    rf"\b(?:met|meet|gathered|convened)\s+for\s+the\s+(?P<time>{_ORD})\s+time\b"
    rf"|\bfor\s+(?:their|our)\s+(?P<our>{_ORD})\s+meeting\b"
    rf"|\b[Tt]he\s+(?P<ord>{_ORD})\s+(?:APEC\s+)?(?:Meeting\s+of\s+(?:the\s+)?(?:APEC\s+)?Ministers"
    rf"|{_NAME_WORDS}(?:Ministerial\s+Meeting|Ministers['’]?\s+Meeting))\b"
)


def _sentence_ordinal(meeting):
    """(number, written) of the meeting sentence's own count, else None."""
    found = SENTENCE_ORDINAL_RE.search(meeting.sentence)
    if not found:
        return None
    written = found.group("time") or found.group("our") or found.group("ord")
    number, exact = _ordinal(written)
    return (number, written) if number and exact else None


def _title_ordinal(result):
    """(number, written) of an ordinal opening the title or subtitle, else None."""
    for name in ("title", "subtitle"):
        value = result.value(name, "") or ""
        found = TITLE_ORDINAL_RE.match(value) or TITLE_INNER_ORDINAL_RE.search(value)
        number, exact = _ordinal(found.group("ord")) if found else (None, False)
        if number and exact:
            return number, result.facts[name].line, found.group("ord")
    return None


def _meeting_number_fact(result, parsed, header, title_line, meeting=None):
    """The meeting's number: the title, a subtitle or header line, then the paragraphs; then
    an ordinal opening the title ("Ninth APEC Ministers' Meeting on …"); last, the meeting
    sentence's own count ("met for the fifth time", "The Second APEC Meeting of Ministers
    Responsible for Tourism was convened …")."""
    sources = []
    for name in ("title", "subtitle"):
        if name in result.facts:
            sources.append((result.facts[name].line, result.value(name)))
    sources += header.leftover
    sources += [(p.line, p.text) for p in parsed.paragraphs]
    numbers = Memo(_meeting_number)
    for line, text in sources:
        found = numbers[text]
        if found:
            number, written, exact = found
            result.fact("meeting_number", number, line, "high" if exact else "low", cue=written)
            if not exact:
                result.warn(
                    f"Read “{written}” as meeting number {number}; check the number.",
                    line,
                    "number-guess",
                )
            return
    opening = _title_ordinal(result)
    if opening:
        number, line, written = opening
        result.fact("meeting_number", number, line, cue=written)
        return
    counted = _sentence_ordinal(meeting) if meeting is not None else None
    if counted:
        result.fact("meeting_number", counted[0], meeting.line, cue=counted[1])


def _meeting_facts(result, parsed, header, names, title_line):
    """Date, place, host, number, chair and virtual: one extractor each (see docs/importing.md,
    "Extractors"), each with its candidates and its rule."""
    meeting = _meeting_sentence(parsed)
    _meeting_dates(result, header, meeting, title_line)
    _meeting_place(result, meeting, names)
    chair_line = _meeting_chair(result, parsed, header)
    _meeting_host(result, parsed, names, chair_line)
    _meeting_virtual(result, parsed)
    _meeting_number_fact(result, parsed, header, title_line, meeting)


@without_gc_pauses
def statement_read(text):
    """Read a statement into a ParsedStatement; raise StatementParseError if it has no body."""
    result = ImportResult("statement", text)
    economies = list(Economy.objects.all())
    names = EconomyNames.from_economies(economies)
    parsed = ParsedStatement(result, economies)
    truncated, lines = [], []
    truncation = Memo(_truncation)
    for entry in content_lines(text):
        if RULE_LINE_RE.match(entry[1]):
            continue
        (truncated if truncation[entry[1]] else lines).append(entry)
    if not lines:
        raise StatementParseError(1, "the text is empty", EXPECTED_BODY)
    lines, footnotes = _footnotes(_join_lone_bullets(_unflatten_pages(lines)))
    for number, line in footnotes:
        result.warn(
            f"“{line[:60]}” is a footnote of the copy; it is left out of the paragraphs.",
            number,
            "footnote",
        )
    start = _split_header_and_body(lines)
    if start is None:
        raise StatementParseError(
            lines[-1][0],
            "no statement body was found: no numbered paragraph and no paragraph of prose",
            EXPECTED_BODY,
        )
    header_lines, body_lines = lines[:start], lines[start:]
    header = _Header(result, names)
    header.read(header_lines)

    body = _Body(result)
    numbered_body = _numbered_body(body_lines, body.shapes)
    body.read(body_lines, numbered_body)
    if not body.paragraphs:
        raise StatementParseError(
            body_lines[-1][0], "the statement has headings but no paragraphs", EXPECTED_BODY
        )
    parsed.sections, parsed.paragraphs = body.sections, body.paragraphs
    _number_paragraphs(result, parsed.paragraphs, parsed.sections)

    title_line = result.facts["title"].line if "title" in result.facts else None
    _meeting_facts(result, parsed, header, names, title_line)
    if "title" not in result.facts:
        year = result.value("start_date").year if result.value("start_date") else None
        built = "APEC Small and Medium Enterprises Ministerial Meeting"
        result.fact("title", f"{year} {built}" if year else built, None, "low")
        result.warn(
            "The text has no title; one was built from the meeting's year. Correct it in the "
            "preview if the statement has its own.",
            code="no-title",
        )

    last = parsed.paragraphs[-1]
    if truncated or not _ends_sentence(last.text.splitlines()[-1]):
        line = truncated[0][0] if truncated else body_lines[-1][0]
        result.fact("incomplete", True, line)
        result.warn(
            "The text looks incomplete (it stops mid-sentence or says it continues elsewhere); "
            "it is marked “incomplete text” until a full copy is imported.",
            line,
            "incomplete",
        )
    else:
        result.fact("incomplete", False)
    result.check_lengths(LENGTH_LIMITS)

    initiative_recogniser = _Recogniser(Initiative.objects.all(), Initiative.names)
    economy_recogniser = _Recogniser(economies, lambda e: [e.name, *e.aliases])
    found_economies = {}
    for paragraph in parsed.paragraphs:
        paragraph.initiatives = initiative_recogniser.mentions(paragraph.text)
        for economy in economy_recogniser.mentions(paragraph.text):
            found_economies.setdefault(economy.code, economy)
    parsed.economies = sorted(found_economies.values(), key=lambda e: e.name)
    result.records = [parsed]
    return parsed


def statement_parse(text):
    """Read a statement. A missing date, host or city is never a refusal: it is a warning
    ("no-date", "no-host", "No city found") and an empty fact for staff to give before saving
    (`statement_save` refuses to save without the facts the database needs, naming them)."""
    return statement_read(text)


def missing_for_saving(parsed):
    """The facts a statement cannot be saved without (its meeting needs a first day), as
    labels; empty when it can be saved."""
    return ["the meeting's first day"] if parsed.start_date is None else []


@transaction.atomic
@reversion.create_revision()
def statement_save(*, parsed, source_url="", publish=False, themes=None):
    """Save a parsed statement with its meeting, sections and paragraphs.

    The statement `statement_existing` finds is updated in place (keeping its slug and
    meeting, even if an editor renamed them): sections are
    matched by position and paragraphs by anchor, so their ids (and links to
    them) survive; rows the new text no longer has are deleted. A new statement is a draft
    unless `publish`; an existing one keeps its state unless `publish`.
    """
    missing = missing_for_saving(parsed)
    if missing:
        raise StatementParseError(
            parsed.paragraphs[0].line if parsed.paragraphs else 1,
            f"{', '.join(missing)} was not found in the text, so nothing was saved",
            "a date such as '5 September 2014' or '11-12 July 2003' (or give it in the preview)",
        )
    check_lengths(parsed)
    statement = statement_existing(parsed)
    if statement is not None:
        meeting, meeting_created = statement.meeting, False
    else:
        meeting, meeting_created = Event.objects.get_or_create(
            slug=parsed.slug,
            defaults={"title": parsed.title, "start_date": parsed.start_date},
        )
    meeting.title = parsed.title
    meeting.kind = EventKind.MINISTERIAL_MEETING
    meeting.start_date = parsed.start_date
    meeting.end_date = parsed.end_date
    meeting.date_precision = parsed.date_precision
    meeting.city = parsed.city
    meeting.host = parsed.host
    if parsed.virtual:
        meeting.format = EventFormat.VIRTUAL
    elif meeting.format == EventFormat.VIRTUAL:
        meeting.format = ""  # the text no longer says it was held online
    if not meeting.summary and parsed.meeting_theme:
        meeting.summary = f"Theme: “{parsed.meeting_theme}”."
    if source_url:
        meeting.source_url = source_url
    if meeting_created or (publish and not meeting.is_published):
        put_in_state(meeting, publish=publish)
    meeting.save()

    created = statement is None
    if created:
        statement = Statement(slug=parsed.slug, meeting=meeting)
    statement.title = parsed.title
    statement.meeting = meeting
    statement.meeting_number = parsed.meeting_number
    statement.meeting_theme = parsed.meeting_theme
    statement.chair = parsed.chair
    statement.incomplete = parsed.incomplete
    if source_url:
        statement.source_url = source_url
    if created or (publish and not statement.is_published):
        put_in_state(statement, publish=publish)
    statement.save()
    if themes is not None:
        theme_rows = list(Theme.objects.filter(slug__in=themes))
        statement.themes.set(theme_rows)
        meeting.themes.set(theme_rows)

    sections = _save_sections(statement, parsed.sections)
    _save_paragraphs(statement, parsed.paragraphs, sections)
    # Record the finished state in the history: the rows were updated in bulk (no signals)
    # after the statement's own save took a snapshot of the old ones.
    reversion.add_to_revision(statement)
    for row in [*statement.sections.all(), *statement.paragraphs.prefetch_related("initiatives")]:
        reversion.add_to_revision(row)
    return statement


# --- Which statement a re-import updates, and whether its facts fit ----------------------


def statement_existing(parsed):
    """The statement that saving `parsed` updates, or None when it would be new.

    First the statement whose slug is the title's; failing that (an editor renamed the
    statement's slug), the statement of the meeting whose slug is the title's; failing
    that (both renamed), the one statement of a ministerial meeting on the same date,
    with the same meeting number when both are known. Two candidates on one date are
    ambiguous and give None, so nothing is overwritten by guesswork.
    """
    statements = Statement.objects.select_related("meeting")
    found = statements.filter(Q(slug=parsed.slug) | Q(meeting__slug=parsed.slug))
    found = sorted(found, key=lambda statement: statement.slug != parsed.slug)
    if found:
        return found[0]
    same_day = statements.filter(
        meeting__kind=EventKind.MINISTERIAL_MEETING, meeting__start_date=parsed.date
    )
    if parsed.meeting_number:
        same_day = same_day.filter(
            Q(meeting_number=parsed.meeting_number) | Q(meeting_number__isnull=True)
        )
    candidates = list(same_day[:2])
    return candidates[0] if len(candidates) == 1 else None


def _limit(model, name):
    return model._meta.get_field(name).max_length


def _line_of(text, value):
    """The first line (1-based) of `text` that holds the start of `value`, else None."""
    start = _clean(value)[:60]
    for number, line in enumerate(text.splitlines(), start=1):
        if start in _clean(line):
            return number
    return None


def length_problems(parsed, text="", *, facts=True):
    """(line, message) for every fact or heading longer than the column that keeps it.

    The limits are read from the models, so a migration that changes a column changes
    the check. `text` (the imported text) lets a fact without a recorded line be found.
    """
    checked = [
        ("title", parsed.title, min(_limit(Statement, "title"), _limit(Event, "title"))),
        ("theme", parsed.meeting_theme, _limit(Statement, "meeting_theme")),
        ("chair", parsed.chair, _limit(Statement, "chair")),
        ("city", parsed.city, _limit(Event, "city")),
    ]
    problems = []
    for label, value, limit in checked if facts else ():
        if value and len(value) > limit:
            problems.append(
                (
                    _line_of(text, value),
                    f"the meeting's {label} is {len(value):,} characters long; the portal keeps "
                    f"at most {limit:,}. Shorten it in the text; nothing was saved",
                )
            )
    heading_limit = _limit(Section, "heading")
    for section in parsed.sections:
        if len(section.heading) > heading_limit:
            problems.append(
                (
                    section.line,
                    f"the heading is {len(section.heading):,} characters long; the portal keeps "
                    f"at most {heading_limit:,}. Shorten it, or number it as a paragraph if it "
                    "is one; nothing was saved",
                )
            )
    return problems


def check_lengths(parsed, text="", *, facts=True):
    """Raise StatementParseError for the first fact or heading too long to save (headings
    only with `facts=False`: the admin preview lets staff shorten a fact, not a heading)."""
    problems = length_problems(parsed, text, facts=facts)
    if problems:
        line, reason = problems[0]
        if len(problems) > 1:
            reason += f" ({len(problems) - 1} more too long after this one)"
        raise StatementParseError(line or 1, reason)


def _save_sections(statement, parsed_sections):
    """Update the statement's sections in place by position; return them by position."""
    existing = {section.position: section for section in statement.sections.all()}
    statement.sections.exclude(position__in=[s.position for s in parsed_sections]).delete()
    # Clear the numbers first so that headings moving between positions never collide.
    statement.sections.update(number=None)
    saved = {}
    for parsed in parsed_sections:
        section = existing.get(parsed.position) or Section(
            statement=statement, position=parsed.position
        )
        section.heading = parsed.heading
        section.number = parsed.number
        section.label = parsed.label
        section.save()
        saved[parsed.position] = section
    return saved


def _save_paragraphs(statement, parsed_paragraphs, sections):
    """Update the statement's paragraphs in place by anchor, with their initiative links."""
    existing = {paragraph.anchor: paragraph for paragraph in statement.paragraphs.all()}
    wanted = {parsed.anchor for parsed in parsed_paragraphs}
    gone = [paragraph.pk for anchor, paragraph in existing.items() if anchor not in wanted]
    statement.paragraphs.filter(pk__in=gone).delete()
    # Free the numbers and anchors first: a paragraph kept by its anchor may take the number
    # another had (the unique constraints are checked row by row).
    if len(gone) < len(existing):
        statement.paragraphs.update(number=F("number") + 100_000, anchor_override="")
    to_create, to_update = [], []
    for parsed in parsed_paragraphs:
        paragraph = existing.get(parsed.anchor) or Paragraph(statement=statement)
        paragraph.number = parsed.number
        paragraph.label = parsed.label
        paragraph.anchor_override = "" if parsed.anchor == f"p{parsed.number}" else parsed.anchor
        paragraph.numbered_by_portal = parsed.numbered_by_portal
        paragraph.text = parsed.text
        paragraph.section = sections[parsed.section.position] if parsed.section else None
        (to_update if paragraph.pk else to_create).append(paragraph)
    Paragraph.objects.bulk_update(
        to_update,
        ["number", "label", "anchor_override", "numbered_by_portal", "text", "section"],
    )
    Paragraph.objects.bulk_create(to_create)
    by_anchor = {paragraph.anchor: paragraph for paragraph in to_update + to_create}
    links = Paragraph.initiatives.through
    links.objects.filter(paragraph__statement=statement).delete()
    links.objects.bulk_create(
        links(paragraph_id=by_anchor[parsed.anchor].pk, initiative_id=initiative.pk)
        for parsed in parsed_paragraphs
        for initiative in parsed.initiatives
    )


def statement_import(*, text, source_url="", publish=False, themes=None):
    """Check, parse and save `text`; nothing is saved when it cannot be read (ImportInputError,
    StatementParseError)."""
    text = clean_import_text(text)
    parsed = statement_parse(text)
    check_lengths(parsed, text)
    return statement_save(parsed=parsed, source_url=source_url, publish=publish, themes=themes)
