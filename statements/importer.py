"""Turn the raw text of an APEC SME Ministerial statement into a saved Statement.

The format, as APEC publishes these statements:

    [page noise such as "Skip to main content"]
    <year> APEC ... Ministerial Meeting                 title
    <City>, <Economy> | <day> <Month> <year>            place and date
    [“<theme>”]  or  [<theme>]                          the meeting's theme
    [<City>, <day> <Month> <year>]                      dateline (the statement's date)
    1. We, the APEC ... Ministers ...                   numbered paragraphs
    <Heading>                                           unnumbered section heading
    22. Promoting start-ups                             numbered section heading

A numbered line is a heading when it reads like one (short, no closing
punctuation, not a sentence); some years number their headings, some do not,
and the source's numbers are kept either way. Unnumbered prose after a
paragraph continues it. Anything else is an error that names its line.
"""

import datetime
import re
from dataclasses import dataclass, field

import reversion
from django.db import transaction
from django.db.models import Q
from django.utils.text import slugify

from core.import_input import clean_import_text
from core.publication import put_in_state
from events.models import Event, EventKind
from initiatives.models import Economy, Initiative, Theme
from statements.models import Paragraph, Section, Statement

NOISE = {
    "skip to main content",
    "back list",
    "back to list",
    "back to top",
    "print",
    "share",
    "print this page",
}
TITLE_RE = re.compile(r"^(?P<year>(?:19|20)\d{2})\s+APEC\b.*\bMinisterial Meeting\b", re.IGNORECASE)
PLACE_DATE_RE = re.compile(r"^(?P<place>[^|]+?)\s*\|\s*(?P<date>[^|]+)$")
DATELINE_RE = re.compile(r"^(?P<city>[^,|]+),\s*(?P<date>\d{1,2}\s+[A-Za-z]+\s+\d{4})$")
NUMBERED_RE = re.compile(r"^(?P<number>\d{1,4})\.\s*(?P<text>\S.*)$")
QUOTED_RE = re.compile(r"^[\"“”'‘’]+(?P<text>.+?)[\"“”'‘’]+$")
MEETING_NUMBER_RE = re.compile(
    r"\b(?P<n>\d{1,3})(?:st|nd|rd|th)\s*APEC\s+(?:SME\s+Ministerial\s+Meeting|SMEMM"
    r"|Small\s+and\s+Medium\s+Enterprises?\s+Ministerial\s+Meeting"
    r"|Ministerial\s+Meeting\s+on\s+SMEs)",
    re.IGNORECASE,
)
CHAIR_RE = re.compile(r"under the chairmanship of\s+(?P<chair>.+)", re.IGNORECASE)
ABBREVIATIONS = {"h.e", "mr", "ms", "mrs", "dr", "hon", "prof", "st", "jr", "sr", "rt"}
DATE_FORMATS = ("%d %B %Y", "%d %b %Y", "%B %d, %Y", "%B %d %Y", "%Y-%m-%d")
HEADING_MAX_WORDS = 15
SENTENCE_ENDINGS = (".", ";", ":", ",", "!", "?")


class StatementParseError(ValueError):
    """The text cannot be read as a statement; `line` is 1-based."""

    def __init__(self, line, reason):
        self.line = line
        self.reason = reason
        super().__init__(f"line {line}: {reason}")


@dataclass
class ParsedSection:
    position: int
    heading: str
    number: int | None
    line: int


@dataclass
class ParsedParagraph:
    number: int
    text: str
    section: ParsedSection | None
    line: int
    initiatives: list = field(default_factory=list)


@dataclass
class ParsedStatement:
    title: str
    year: int
    date: datetime.date
    city: str
    host: Economy
    meeting_theme: str = ""
    meeting_number: int | None = None
    chair: str = ""
    sections: list = field(default_factory=list)
    paragraphs: list = field(default_factory=list)
    economies: list = field(default_factory=list)

    @property
    def slug(self):
        return slugify(self.title)[:200]

    @property
    def initiatives(self):
        found = {}
        for paragraph in self.paragraphs:
            for initiative in paragraph.initiatives:
                found.setdefault(initiative.pk, initiative)
        return list(found.values())


def _clean(text):
    return re.sub(r"\s+", " ", text).strip()


def _parse_date(text, line):
    text = _clean(text)
    for date_format in DATE_FORMATS:
        try:
            return datetime.datetime.strptime(text, date_format).date()
        except ValueError:
            continue
    raise StatementParseError(
        line, f"cannot read the date {text!r}; expected e.g. '5 September 2014'"
    )


def _is_heading(text):
    """A heading is short, starts with a capital and does not end like a sentence."""
    words = text.split()
    return (
        0 < len(words) <= HEADING_MAX_WORDS
        and text[:1].isupper()
        and words[0] != "We"
        and not text.endswith(SENTENCE_ENDINGS)
    )


def _chair(text):
    match = CHAIR_RE.search(text)
    if not match:
        return ""
    rest = match.group("chair")
    for stop in re.finditer(r"\.(?:\s+|$)", rest):
        before = rest[: stop.start()].split()
        last = before[-1].lower() if before else ""
        if last in ABBREVIATIONS or (len(last) == 1 and last.isalpha()):
            continue
        return rest[: stop.start()].strip(" ,")
    return rest.strip(" ,.")


def _name_pattern(name):
    return re.compile(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])")


def _recognisers(model, names_of):
    return [(obj, [_name_pattern(name) for name in names_of(obj)]) for obj in model]


def _mentions(text, recognisers):
    return [obj for obj, patterns in recognisers if any(p.search(text) for p in patterns)]


def statement_parse(text):
    """Read a statement's raw text; raise StatementParseError naming the line it cannot read."""
    lines = [(number, raw.strip()) for number, raw in enumerate(text.splitlines(), start=1)]
    lines = [(number, line) for number, line in lines if line and line.lower() not in NOISE]
    if not lines:
        raise StatementParseError(1, "the text is empty")

    first_numbered = next(
        (index for index, (_, line) in enumerate(lines) if NUMBERED_RE.match(line)), None
    )
    if first_numbered is None:
        raise StatementParseError(lines[-1][0], "no numbered paragraph ('1. We, ...') was found")
    header, body = lines[:first_numbered], lines[first_numbered:]
    if not header:
        raise StatementParseError(
            lines[0][0],
            "the meeting title must come before the first paragraph, e.g. "
            "'2014 APEC Small and Medium Enterprises Ministerial Meeting'",
        )

    title_line, title = header[0]
    title_match = TITLE_RE.match(title)
    if not title_match:
        raise StatementParseError(
            title_line,
            f"expected the meeting title, e.g. '2014 APEC Small and Medium Enterprises "
            f"Ministerial Meeting', but found {title[:80]!r}",
        )
    year = int(title_match.group("year"))
    city = theme = ""
    host = date = dateline_date = None
    economies = list(Economy.objects.all())

    for line_number, line in header[1:]:
        place_date = PLACE_DATE_RE.match(line)
        dateline = DATELINE_RE.match(line)
        quoted = QUOTED_RE.match(line)
        if place_date:
            place, _, economy_name = place_date.group("place").rpartition(",")
            city, economy_name = _clean(place), _clean(economy_name)
            host = next((e for e in economies if economy_name.lower() in e.names_lower()), None)
            if host is None:
                raise StatementParseError(
                    line_number,
                    f"{economy_name!r} is not the name of an APEC member economy "
                    "(expected 'City, Economy | date')",
                )
            if not city:
                raise StatementParseError(
                    line_number, "the meeting's city is missing before the economy"
                )
            date = _parse_date(place_date.group("date"), line_number)
        elif dateline:
            dateline_date = _parse_date(dateline.group("date"), line_number)
        elif quoted and not theme:
            theme = _clean(quoted.group("text"))
        elif not theme and date is not None:
            theme = _clean(line)
        else:
            raise StatementParseError(
                line_number,
                f"cannot tell what this header line is: {line[:80]!r} (expected the place and "
                "date 'City, Economy | 5 September 2014', the theme, or a dateline)",
            )
    if date is None:
        raise StatementParseError(
            title_line + 1 if len(header) == 1 else header[1][0],
            "the place and date line is missing; expected 'City, Economy | 5 September 2014'",
        )
    if dateline_date is not None:
        date = dateline_date
    if date.year != year:
        raise StatementParseError(
            title_line, f"the title says {year} but the meeting's date is in {date.year}"
        )

    parsed = ParsedStatement(
        title=_clean(title), year=year, date=date, city=city, host=host, meeting_theme=theme
    )
    section = None
    paragraph = None
    last_number = 0
    for line_number, line in body:
        numbered = NUMBERED_RE.match(line)
        if numbered:
            number, content = int(numbered.group("number")), _clean(numbered.group("text"))
            if number <= last_number:
                raise StatementParseError(
                    line_number,
                    f"number {number} follows number {last_number}; the source's numbers must "
                    "increase",
                )
            last_number = number
            if _is_heading(content):
                section = ParsedSection(len(parsed.sections) + 1, content, number, line_number)
                parsed.sections.append(section)
                paragraph = None
            else:
                paragraph = ParsedParagraph(number, content, section, line_number)
                parsed.paragraphs.append(paragraph)
        elif _is_heading(line):
            section = ParsedSection(len(parsed.sections) + 1, _clean(line), None, line_number)
            parsed.sections.append(section)
            paragraph = None
        elif paragraph is not None:
            paragraph.text = f"{paragraph.text}\n{_clean(line)}"
        else:
            raise StatementParseError(
                line_number,
                f"unnumbered text after a heading: {line[:80]!r} (paragraphs start with their "
                "number, e.g. '5. We ...')",
            )
    if not parsed.paragraphs:
        raise StatementParseError(body[-1][0], "the statement has headings but no paragraphs")

    initiative_recognisers = _recognisers(Initiative.objects.all(), Initiative.names)
    economy_recognisers = _recognisers(economies, lambda e: [e.name, *e.aliases])
    found_economies = {}
    for paragraph in parsed.paragraphs:
        paragraph.initiatives = _mentions(paragraph.text, initiative_recognisers)
        for economy in _mentions(paragraph.text, economy_recognisers):
            found_economies.setdefault(economy.code, economy)
    parsed.economies = sorted(found_economies.values(), key=lambda e: e.name)

    opening = parsed.paragraphs[0].text
    parsed.chair = _chair(opening)
    for paragraph in parsed.paragraphs:
        number_match = MEETING_NUMBER_RE.search(paragraph.text)
        if number_match:
            parsed.meeting_number = int(number_match.group("n"))
            break
    return parsed


@transaction.atomic
@reversion.create_revision()
def statement_save(*, parsed, source_url="", publish=False, themes=None):
    """Save a parsed statement with its meeting, sections and paragraphs.

    The statement `statement_existing` finds is updated in place (keeping its slug and
    meeting, even if an editor renamed them): sections are
    matched by position and paragraphs by number, so their ids (and links to
    them) survive; rows the new text no longer has are deleted. A new statement is a draft
    unless `publish`; an existing one keeps its state unless `publish`.
    """
    check_lengths(parsed)
    statement = statement_existing(parsed)
    if statement is not None:
        meeting, meeting_created = statement.meeting, False
    else:
        meeting, meeting_created = Event.objects.get_or_create(
            slug=parsed.slug,
            defaults={"title": parsed.title, "start_date": parsed.date},
        )
    meeting.title = parsed.title
    meeting.kind = EventKind.MINISTERIAL_MEETING
    meeting.start_date = parsed.date
    if meeting.end_date and meeting.end_date < parsed.date:
        meeting.end_date = None
    meeting.date_precision = "day"
    meeting.city = parsed.city
    meeting.host = parsed.host
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


def length_problems(parsed, text=""):
    """(line, message) for every fact or heading longer than the column that keeps it.

    The limits are read from the models, so a migration that changes a column changes
    the check. `text` (the imported text) lets a fact without a recorded line be found.
    """
    facts = [
        ("title", parsed.title, min(_limit(Statement, "title"), _limit(Event, "title"))),
        ("theme", parsed.meeting_theme, _limit(Statement, "meeting_theme")),
        ("chair", parsed.chair, _limit(Statement, "chair")),
        ("city", parsed.city, _limit(Event, "city")),
    ]
    problems = []
    for label, value, limit in facts:
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


def check_lengths(parsed, text=""):
    """Raise StatementParseError for the first fact or heading too long to save."""
    problems = length_problems(parsed, text)
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
        section.save()
        saved[parsed.position] = section
    return saved


def _save_paragraphs(statement, parsed_paragraphs, sections):
    """Update the statement's paragraphs in place by number, with their initiative links."""
    existing = {paragraph.number: paragraph for paragraph in statement.paragraphs.all()}
    statement.paragraphs.exclude(number__in=[p.number for p in parsed_paragraphs]).delete()
    to_create, to_update = [], []
    for parsed in parsed_paragraphs:
        paragraph = existing.get(parsed.number) or Paragraph(
            statement=statement, number=parsed.number
        )
        paragraph.text = parsed.text
        paragraph.section = sections[parsed.section.position] if parsed.section else None
        (to_update if paragraph.pk else to_create).append(paragraph)
    Paragraph.objects.bulk_update(to_update, ["text", "section"])
    Paragraph.objects.bulk_create(to_create)
    by_number = {paragraph.number: paragraph for paragraph in to_update + to_create}
    links = Paragraph.initiatives.through
    links.objects.filter(paragraph__statement=statement).delete()
    links.objects.bulk_create(
        links(paragraph_id=by_number[parsed.number].pk, initiative_id=initiative.pk)
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
