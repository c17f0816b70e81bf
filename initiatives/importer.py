"""Initiatives from their descriptions: a pasted text read into a draft initiative.

A description (like seed 002) has a title, often a subtitle, a line of the economies
taking part ("Peru; Chile; Japan") or labelled ones ("Proposing economy: …"), then
headed parts: an introduction, numbered objectives, the activities planned and the
outputs or deliverables. `initiative_document_read` finds each of these with the line
it came from (`core.importing`), warns where it guesses (the first of a bare list of
economies taken as the proposer, say), and refuses a text that has none of the parts
of a description. Saving goes through `initiative_upsert`; a description of an
initiative the portal already has updates it rather than making a second one.
"""

import hashlib
import re
from functools import cached_property

from django.db.models import Q
from django.db.models.expressions import RawSQL
from django.utils.text import slugify

from core.importing import (
    EconomyNames,
    FactField,
    ImportRefused,
    ImportResult,
    Memo,
    _normal,
    apply_corrections,
    content_lines,
    without_gc_pauses,
)
from initiatives.models import Economy, Initiative, Theme
from initiatives.services import initiative_upsert

EXPECTED = (
    "an initiative's description: a title, then headed parts such as “Objectives”, "
    "“Main Activities” or “Outputs”, or the economies taking part"
)
YEAR = r"(?:19|20)\d{2}"
MONTH_WORD = r"(?:[A-Z][a-z]{2,8}\.?\s+)?"
YEAR_RANGE_RE = re.compile(
    rf"\b{MONTH_WORD}(?P<start>{YEAR})\s*(?:-|–|—|to|until|till|through)\s*{MONTH_WORD}"
    rf"(?P<end>{YEAR})\b"
)
SINGLE_YEAR_RE = re.compile(rf"\b(?P<year>{YEAR})\b")
TITLE_YEAR_RE = re.compile(rf"^(?P<year>{YEAR})\s+\S")
NAME_WORDS_RE = re.compile(
    r"\b(initiative|project|programme|program|agenda|roadmap|road map|network|framework|"
    r"action plan|strategy|partnership|fund|platform|series|alliance)\b",
    re.I,
)
# A heading: an optional number ("2.", "II)", "B.") then a known name, an optional colon.
# "Section B: Project Objectives" (a concept note's parts) counts as the part it names.
NUMBER_PREFIX = r"^(?:(?:\d{1,2}|[IVX]{1,5}|[A-H])[.)]\s*|\(\d{1,2}\)\s*|(?:section|part)\s+[A-H\d]{1,2}\s*[:.]\s*)?"
HEADINGS = {
    "introduction": r"introduction|background|overview|description|summary|rationale|"
    r"context|about(?: (?:the|this) (?:initiative|project|programme|program))?|"
    r"(?:project|initiative|programme|program) (?:overview|description|summary|background|"
    r"rationale)|concept note|executive summary|problem statement|justification",
    "objectives": r"(?:main |key |specific |general |project |overall )?(?:objectives?|aims?|"
    r"goals?|purposes?)(?: of the (?:initiative|project|programme|program))?|"
    r"(?:aims?|goals?|purpose) and objectives|objectives and (?:scope|rationale)|"
    r"what (?:the (?:initiative|project)|it|we) (?:aims?|seeks?|wants?) to (?:do|achieve)",
    "activities": r"(?:main |key |planned |proposed |project |core )?activities(?: proposed|"
    r" planned)?|work ?plan|work programme|implementation(?: plan)?|methodology|"
    r"planned events|(?:project )?components|(?:planned )?events and activities|"
    r"activities and (?:events|timeline|schedule)|schedule of activities|how it will work",
    "outputs": r"(?:expected |main |key |planned |project |intended )?(?:outputs?|deliverables?|"
    r"products?)(?: and (?:outcomes?|deliverables?|outputs?))?|outputs?\s*/\s*deliverables?|"
    r"expected results|publications",
    # Headings over label lines ("Project Details", then "Lead economy: …"): the header goes on.
    "facts": r"(?:project|initiative|programme|program) (?:details|information|profile|brief|"
    r"facts|data)|fact ?sheet|key facts|at a glance|general information|basic information",
    "skip": r"(?:expected |intended )?outcomes?|beneficiaries|budget|contacts?|"
    r"contact information|references?|annex(?:es)?|evaluation|risks?|monitoring(?: and evaluation)?",
}
HEADING_RES = {
    part: re.compile(rf"{NUMBER_PREFIX}(?:{pattern})\s*[:：]?\s*$", re.I)
    for part, pattern in HEADINGS.items()
}
# "Objectives: to …" with the first item on the heading's line.
INLINE_HEADING_RES = {
    part: re.compile(rf"{NUMBER_PREFIX}(?:{pattern})\s*[:：]\s*(?P<text>\S.*)$", re.I)
    for part, pattern in HEADINGS.items()
    if part not in ("skip", "facts")
}
LABELS = {
    "title": r"(?:initiative|project|programme|program)?\s*(?:title|name)(?:\s+and\s+(?:number|code))?",
    "subtitle": r"sub-?title",
    "proposer": r"(?:proposing|lead|leading|sponsoring|initiating|proponent)\s+(?:apec\s+)?"
    r"economy(?:\s*\(ies\)|\(ies\))?|"
    r"economy proposing|proposer|proponent|proposed by|lead by|led by|initiated by|sponsor|"
    r"lead",
    "co_implementers": r"co-?(?:sponsoring|implementing|hosting|organi[sz]ing)\s+(?:apec\s+)?"
    r"economies|"
    r"co-?sponsors?|co-?implementers?|co-?implemented by|co-?sponsored by|co-?proponents?|"
    r"partner economies|partners|participating economies|other economies|supporting economies|"
    r"economies involved|collaborating economies",
    "years": r"duration|period|timeline|time ?frame|project period|implementation period|"
    r"project dates|project duration|project timeline|project years?|years?|dates?",
    "years_strict": r"implementation|schedule",  # only when a year follows at once
    "start_year": r"(?:expected\s+|planned\s+)?(?:start(?:ing)?|commencement)\s+(?:date|year)|"
    r"start|begins?|from",
    "end_year": r"(?:expected\s+|planned\s+)?(?:end(?:ing)?|completion|finish)\s+(?:date|year)|"
    r"end|ends|until|completion",
    "themes": r"themes?|keywords?|topics?|areas?|priority areas?",
}
LABEL_RES = {
    name: re.compile(rf"^(?:{pattern})\s*[:：\-–]\s*(?P<text>\S.*)$", re.I)
    for name, pattern in LABELS.items()
}
# A label alone on its line, its value on the next ("Proposing Economy" / "Peru").
LABEL_ALONE_RES = {
    name: re.compile(rf"^(?:{LABELS[name]})\s*[:：]?\s*$", re.I)
    for name in (
        "title",
        "subtitle",
        "proposer",
        "co_implementers",
        "years",
        "start_year",
        "end_year",
    )
}


def _first_of(patterns, tail, prefix=""):
    """The named patterns as one (each a named group, tried in their order, each with
    `prefix` and followed by `tail`): a line is matched once, not once a pattern, and the
    first pattern that matches wins as it did when they were tried one by one."""
    alternatives = "|".join(f"(?P<{name}>{prefix}(?:{pattern}))" for name, pattern in patterns)
    return re.compile(rf"^(?:{alternatives}){tail}", re.I), [name for name, _ in patterns]


HEADING_ANY_RE, HEADING_PARTS = _first_of(
    HEADINGS.items(), r"\s*[:：]?\s*$", prefix=NUMBER_PREFIX.removeprefix("^")
)
INLINE_HEADING_ANY_RE, INLINE_HEADING_PARTS = _first_of(
    [(part, pattern) for part, pattern in HEADINGS.items() if part in INLINE_HEADING_RES],
    r"\s*[:：]\s*(?P<text>\S.*)$",
    prefix=NUMBER_PREFIX.removeprefix("^"),
)
LABEL_ANY_RE, LABEL_NAMES = _first_of(LABELS.items(), r"\s*[:：\-–]\s*(?P<text>\S.*)$")
LABEL_ALONE_ANY_RE, LABEL_ALONE_NAMES = _first_of(
    [(name, LABELS[name]) for name in LABEL_ALONE_RES], r"\s*[:：]?\s*$"
)


def _which(match, names):
    """The name of the pattern that matched (the first named group that took part)."""
    if match is None:
        return None
    groups = match.groupdict()
    return next(name for name in names if groups[name] is not None)


# Rows of a project database page or proposal that are no fact kept here ("Project No.",
# "Fund Account", "APEC Funding", …): never the title, alone on a line or with their value.
ADMIN_LABEL_RE = re.compile(
    r"^(?:project\s+(?:no\.?|number|status|session|type|code)|fund(?:ing)?\s+account|sub-?fund|"
    r"source\s+of\s+funds?.*|apec\s+funding|co-?funding\s+amount|total\s+project\s+value|"
    r"sponsoring\s+forum|apec\s+forum|committee(?:\s*/.*)?|topics|other\s+fora\s+involved|"
    r"other\s+non-apec\s+stakeholders\s+involved|publication\s+\(if\s+any\)|date\s+submitted|"
    r"time\s+period\s+covered.*|project\s+(?:proponent|overseer)\b.*|job\s+title(?:\s+\d)?|"
    r"organi[sz]ation(?:\s+\d)?|postal\s+address(?:\s+\d)?|telephone(?:\s+\d)?|tel|fax(?:\s+\d)?|"
    r"e-?mail(?:\s+\d)?|declaration|not\s+applicable|view\s+budget\s+table.*|\||print.*)"
    r"\s*(?:[:：/].*)?$",
    re.I,
)
# A page number ("- 8 -") or the name of the form ("APEC Project Proposal") above the title.
FORM_LINE_RE = re.compile(
    r"^(?:[^A-Za-z]*|(?:apec\s+)?(?:project\s+proposal|concept\s+note|project\s+monitoring\s+"
    r"report|project\s+completion\s+report|project\s+profile)"
    # a report's running head: "2019 CTI REPORT TO MINISTERS APPENDIX 9 | 9-1"
    r"|.{0,80}\b(?:appendix|annex)\s+[A-Z\d]{1,3}(?:\s*\|\s*[\w-]{1,8})?)$",
    re.I,
)
# A line that says who proposes ("Proposal by Indonesia and Malaysia, co-sponsored by …"):
# no subtitle; _proposer_from_prose reads it.
PROPOSAL_LINE_RE = re.compile(
    r"^(?:co-?)?(?:proposal|proposed|prepared|initiated|led)\s+by\b", re.I
)
# "during 2020 and 2021", "between 2022 and 2024": two years joined by "and" after a word
# that makes them a span.
YEAR_PAIR_RE = re.compile(
    rf"\b(?:between|during|over|in)\s+(?P<start>{YEAR})\s+and\s+(?P<end>{YEAR})\b", re.I
)
# A project's code before its title: "SME 02 2016S – Greening MSMEs", "CTI 13 2015A (SCSC) – …".
PROJECT_CODE_RE = re.compile(
    r"^[A-Z]{2,6}\s+\d{1,2}\s+(?:19|20)\d{2}[A-Z]?(?:\s*\([A-Z]+\))?\s*[–—:-]\s*"
)
# The next cell of a table glued to a value: "… APEC RegionSource of funds (Select one): / …".
GLUED_CELL_RE = re.compile(r"(?<=[a-z.)])(?=[A-Z][a-z]+(?:\s+[\w()]+){0,5}\s*:\s*/)")
# "Project profile — Phase 2 …" (a donor's project browser) names the project after the dash.
PROFILE_TITLE_RE = re.compile(r"^project\s+profile\s*[—–:-]\s*(?P<title>\S.*)$", re.I)
ISO_RANGE_RE = re.compile(
    r"^(?P<start>(?:19|20)\d{2})-\d{2}-\d{2}\s*(?:-|–|—|to)\s*(?P<end>(?:19|20)\d{2})-\d{2}-\d{2}$"
)
ORGANISATION_RE = re.compile(
    r"\b(?:ministry|department|affairs|agency|administration|foundation|council|secretariat)\b",
    re.I,
)
OTHER_LABEL_RE = re.compile(r"^[A-Z][\w’'()/-]*(?:\s+[\w’'()/-]+){0,3}\s*[:：]\s*\S")
ITEM_RE = re.compile(
    r"^(?:\(?(?:\d{1,2}|[a-z]|[ivx]{1,5})\)|(?:\d{1,2}|[a-z]|[ivx]{1,5})\.(?!\d)|[-•●▪◦*·–])"
    r"\s*(?P<text>\S.*)$"
)
ITEM_END_RE = re.compile(r"\s*;\s*(?:and|or)?\s*$", re.I)
OUTPUT_WORDS_RE = re.compile(
    r"\b(reports?|publications?|publish(?:ed|ing)?|toolkits?|tool ?kits?|guidebooks?|handbooks?|"
    r"guides?|guidelines|compendium|stud(?:y|ies)|white papers?|policy briefs?|"
    r"recommendations|database|manuals?|case books?|casebooks?|e-?books?|videos?)\b",
    re.I,
)
LIST_GAP_RE = re.compile(r"[\s,;/&.]*(?:(?:and|&)[\s,;/&.]*)?", re.I)
ECONOMY_SPLIT_RE = re.compile(r"\s*(?:;|,|/|\band\b|&)\s*", re.I)

FACT_NAMES = [
    "title",
    "subtitle",
    "proposer",
    "co_implementers",
    "start_year",
    "end_year",
    "introduction",
    "objectives",
    "activities",
    "themes",
]
LENGTH_LIMITS = {"title": 300, "subtitle": 300}


def _check_years(cleaned):
    from django import forms

    start, end = cleaned.get("start_year"), cleaned.get("end_year")
    if start and end and end < start:
        raise forms.ValidationError(f"The last year ({end}) is before the first ({start}).")


def _check_activities(cleaned):
    from django import forms

    for kind, text in cleaned.get("activities") or ():
        if kind not in ("activity", "output") or not text:
            raise forms.ValidationError(
                "Write each activity or output on its own line as “activity | what is planned” "
                f"or “output | what is produced” (not “{kind[:40]} | {text[:40]}”)."
            )


INITIATIVE_FACT_CHECKS = (_check_years, _check_activities)


def initiative_fact_fields(economies=None, themes=None):
    """The correctable facts of an initiative, economies and themes offered by name."""
    economies = Economy.objects.all() if economies is None else economies
    themes = Theme.objects.all() if themes is None else themes
    economy_choices = tuple((economy.code, economy.name) for economy in economies)
    theme_choices = tuple((theme.slug, theme.name) for theme in themes)
    return [
        FactField("title", "Title", max_length=300, required=True),
        FactField("subtitle", "Subtitle", max_length=300),
        FactField("proposer", "Proposing economy", kind="choice", choices=economy_choices),
        FactField(
            "co_implementers",
            "Co-implementing economies",
            kind="codes",
            choices=economy_choices,
            help_text="ISO3 codes or names, separated by commas (e.g. PHL, RUS).",
        ),
        FactField("start_year", "First year", kind="year"),
        FactField("end_year", "Last year", kind="year"),
        FactField("introduction", "Introduction", kind="longtext"),
        FactField("objectives", "Objectives", kind="list", help_text="One objective a line."),
        FactField(
            "activities",
            "Activities and outputs",
            kind="pairs",
            help_text="One a line: “activity | what is planned” or “output | what is produced”.",
        ),
        FactField(
            "themes",
            "Themes",
            kind="codes",
            choices=theme_choices,
            help_text="Theme names or slugs, separated by commas.",
        ),
    ]


# --- Reading ------------------------------------------------------------------------------


def _heading(line):
    """The part a heading line opens ("objectives", …), or None."""
    if len(line) > 80:
        return None
    return _which(HEADING_ANY_RE.match(line), HEADING_PARTS)


def _inline_heading(line):
    """ "Objectives: to …": (the part, the text after the colon), or (None, None)."""
    match = INLINE_HEADING_ANY_RE.match(line)
    if match is None:
        return None, None
    return _which(match, INLINE_HEADING_PARTS), match.group("text")


TITLE_SPLIT_RE = re.compile(r"^(?P<head>.+?)(?:\s*:\s+|\s+[–—-]\s+)(?P<tail>\S.*)$")


def _split_title(text):
    """ "Name Programme: What It Is For" (or with a dash) -> (name, subtitle), else None.

    The name needs three words or a word such as "Initiative"; the subtitle two words.
    """
    match = TITLE_SPLIT_RE.match(text.strip())
    if not match:
        return None
    head, tail = match.group("head").strip(), match.group("tail").strip()
    head_words = re.findall(r"[\w’'-]+", head)
    if len(re.findall(r"[\w’'-]+", tail)) < 2 or not head_words:
        return None
    if len(head_words) < 3 and not NAME_WORDS_RE.search(head):
        return None
    if re.fullmatch(rf"(?:phase|part|stage|year|annex)\s+\w+|{YEAR}", head, re.I):
        return None
    return head, tail


def _label_alone(line):
    return _which(LABEL_ALONE_ANY_RE.match(line), LABEL_ALONE_NAMES)


def _label(line):
    match = LABEL_ANY_RE.match(line)
    if match is None:
        return None, ""
    return _which(match, LABEL_NAMES), _cell(match.group("text"))


class _HeaderLine:
    """What a header line is, read once per distinct line (a text may repeat one many
    times), and each only when asked (as the header's rules ask, in order): a label alone,
    an admin label without its value, a label and its value, a heading, an inline heading."""

    def __init__(self, line):
        self.line = line

    @cached_property
    def alone(self):
        return _label_alone(self.line)

    @cached_property
    def admin_label_alone(self):
        line = self.line
        return bool(ADMIN_LABEL_RE.match(line) and not re.search(r"[:：/]\s*\S", line))

    @cached_property
    def label(self):
        return _label(self.line)

    @cached_property
    def heading(self):
        return _heading(self.line)

    @cached_property
    def inline_heading(self):
        return _inline_heading(self.line)[0]


def _cell(value):
    """A label's value without the table's "/" before it and the next cell glued after it."""
    value = value.strip().lstrip("/").strip()
    return GLUED_CELL_RE.split(value, maxsplit=1)[0].strip()


def _economies_in_list(text, names):
    """The codes of a line that is nothing but a list of economies, else None.

    The names are found first ("Hong Kong, China" is one economy, not two), then what is
    left must be separators only.
    """
    found = names.find(text)
    if not found or len(text) > 400:
        return None
    left, position = [], 0
    for _, spelling, start in found:
        left.append(text[position:start])
        position = start + len(spelling)
    left.append(text[position:])
    if not all(LIST_GAP_RE.fullmatch(gap) for gap in left):
        return None
    return list(dict.fromkeys(code for code, _, _ in found))


def _economies_named(text, names):
    """Every economy `text` names, in order, each once."""
    return list(dict.fromkeys(code for code, _, _ in names.find(text)))


def _years(text):
    match = YEAR_RANGE_RE.search(text)
    if match and int(match.group("end")) >= int(match.group("start")):
        return int(match.group("start")), int(match.group("end"))
    match = SINGLE_YEAR_RE.search(text)
    if match:
        return int(match.group("year")), None
    return None


def _stem(word):
    word = word.lower()
    for ending in ("ments", "ment", "ings", "ing", "ies", "ive", "es", "s", "al"):
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: -len(ending)]
    return word


STOP_WORDS = {"and", "or", "of", "the", "for", "in", "to", "a", "an", "s"}


def _theme_words(name):
    words = re.findall(r"[a-z]+", name.lower().replace("start-ups", "startups"))
    return {_stem(word) for word in words if word not in STOP_WORDS}


def _match_themes(record, lines, themes):
    """Themes whose every word (stemmed) is in one line of the text; (slugs, first line)."""
    stemmed = [
        (number, {_stem(word) for word in re.findall(r"[A-Za-z]+", line.replace("-", ""))})
        for number, line in lines
    ]
    found, first_line = [], None
    for theme in themes:
        words = _theme_words(theme.name)
        if not words:
            continue
        for number, line_words in stemmed:
            if words <= line_words:
                found.append(theme.slug)
                first_line = number if first_line is None else min(first_line, number)
                break
    return found, first_line


class _Reader:
    def __init__(self, record, names, themes):
        self.record = record
        self.names = names
        self.themes = themes
        self.items = {"objectives": [], "activities": [], "outputs": []}
        self.item_lines = {}
        self.introduction = []
        self.part = None
        self.marked = False
        self.signals = 0
        self.pending = None  # a label alone on its line, waiting for its value

    def read(self, lines):
        header, body_start = self._header(lines)
        for number, line in lines[body_start:]:
            self._body_line(number, line)
        return header

    def _header(self, lines):
        """Title, subtitle, economies and labelled facts before the first heading."""
        record = self.record
        seen = set()
        index = 0
        pending = None
        skip_value = False
        shapes = Memo(_HeaderLine)
        for index, (number, line) in enumerate(lines):
            if pending:
                name, pending = pending, None
                if self._labelled(name, line, number):
                    continue
            if skip_value:
                skip_value = False
                continue  # the value under "Project Number", "Fund Account", …
            shape = shapes[line]
            alone = shape.alone
            # A start or completion date outranks the year read before ("Project Year" is
            # the year the project was approved).
            if alone and (
                alone not in record.facts or alone in ("start_year", "end_year", "co_implementers")
            ):
                pending = alone
                continue
            if shape.admin_label_alone:
                skip_value = True
                continue
            name, value = shape.label
            if name and self._labelled(name, value, number):
                continue  # "Implementation: 2021–2023" is a label, not the heading it looks like
            heading = shape.heading
            if heading == "facts" or (heading == "introduction" and "title" not in record.facts):
                continue  # "Project Overview" above the title is no title
            if heading or shape.inline_heading:
                return True, index
            if line.lower() in seen:
                continue  # a title repeated by the page (seed 002 has it twice)
            seen.add(line.lower())
            if not self._economy_list_line(line, number):
                self._free_line(line, number)
        return False, len(lines)

    def _economy_list_line(self, line, number):
        """ "Peru; Chile; Japan" under the title: the first proposes, the others co-implement."""
        record = self.record
        codes = _economies_in_list(line, self.names)
        if not codes or "proposer" in record.facts:
            return False
        self.signals += 1
        record.fact("proposer", codes[0], number, "low", cue="first of the economies listed")
        record.fact("co_implementers", codes[1:], number, "low" if codes[1:] else "high")
        if len(codes) > 1:
            record.warn(
                "The economies are listed without saying who proposed the initiative; "
                "the first is taken as the proposer and the others as co-implementers. "
                "Check them.",
                number,
                "proposer-guessed",
            )
        return True

    def _free_line(self, line, number):
        """A header line that is no label: the title, a subtitle, or prose of the introduction."""
        record = self.record
        if self._profile_line(line, number):
            return
        if ADMIN_LABEL_RE.match(line) or FORM_LINE_RE.match(line):
            return  # "Project No.: …", "- 8 -", "APEC Project Proposal": no title, no fact
        if "title" in record.facts and PROPOSAL_LINE_RE.match(line):
            return  # "Proposal by …": read by _proposer_from_prose, not a subtitle
        if "title" not in record.facts:
            self._title("title", line, number)
        elif OTHER_LABEL_RE.match(line):
            return  # "Project number: …", "Budget: …": facts this reader does not keep
        elif "subtitle" not in record.facts and len(line.split()) <= 25 and not line.endswith("."):
            record.fact("subtitle", line, number)
        elif len(line.split()) > 25:
            # Prose before any heading: an introduction without its heading.
            self.introduction.append((number, line))
            self.part = "introduction"

    def _profile_line(self, line, number):
        """A donor's project profile: "Project profile — Title", a line of ISO dates
        "2022-03-04 - 2026-09-30", and the funding organisation named with its economy."""
        record = self.record
        profile = PROFILE_TITLE_RE.match(line)
        if profile and "title" not in record.facts:
            self._title("title", profile.group("title"), number)
            self.signals += 1
            return True
        dates = ISO_RANGE_RE.match(line)
        if dates and "start_year" not in record.facts:
            start, end = int(dates.group("start")), int(dates.group("end"))
            if end >= start:
                record.fact("start_year", start, number, cue="dates of the project")
                record.fact("end_year", end, number, cue="dates of the project")
                self.signals += 1
                return True
        if (
            "proposer" not in record.facts
            and len(line.split()) <= 8
            and ORGANISATION_RE.search(line)
        ):
            codes = _economies_named(line, self.names)
            if len(codes) == 1 and "title" in record.facts:
                record.fact("proposer", codes[0], number, "low", cue="organisation of an economy")
                record.warn(
                    f"The proposer is taken from the organisation “{line}”; check it.",
                    number,
                    "proposer-from-organisation",
                )
                return True
        return False

    def _title(self, name, value, number):
        if name == "title":
            value = PROJECT_CODE_RE.sub("", value)
        split = _split_title(value) if name == "title" else None
        if split and "subtitle" not in self.record.facts:
            self.record.fact("title", split[0], number)
            self.record.fact("subtitle", split[1], number)
        else:
            self.record.fact(name, value, number)

    def _labelled(self, name, value, number):
        """Read the value of a label ("Proposing economy: Peru"); False when it is no value
        of that kind (then the line is read as something else)."""
        if name == "years_strict":
            # "Implementation: 2021–2023" gives years; "Implementation: two workshops" is a
            # heading with its first item.
            if not re.match(rf"^(?:from\s+)?{MONTH_WORD}{YEAR}\b", value):
                return False
            name = "years"
        readers = {
            "title": self._title_label,
            "subtitle": self._title_label,
            "proposer": self._proposer_label,
            "co_implementers": self._co_implementers_label,
            "years": self._years_label,
            "start_year": self._years_label,
            "end_year": self._years_label,
            "themes": self._themes_label,
        }
        read = readers.get(name)
        return bool(read and read(name, value, number))

    def _title_label(self, name, value, number):
        if name in self.record.facts:
            return False
        self._title(name, value, number)
        return True

    def _proposer_label(self, name, value, number):
        record = self.record
        codes = _economies_named(value, self.names)
        if not codes:
            return False
        self.signals += 2
        record.fact("proposer", codes[0], number, cue="proposer label")
        if len(codes) > 1:
            co = record.value("co_implementers") or []
            record.fact("co_implementers", list(dict.fromkeys([*co, *codes[1:]])), number)
        return True

    def _co_implementers_label(self, name, value, number):
        codes = _economies_named(value, self.names)
        if not codes and not re.match(r"^(none|n/?a|not\s+applicable|-+)\.?$", value, re.I):
            return False
        self.signals += 2
        # Economies proposing together with the first come first ("Chinese Taipei; Philippines"
        # proposing, then the co-sponsors); the proposer itself is never its own co-implementer.
        earlier = self.record.value("co_implementers") or []
        proposer = self.record.value("proposer")
        codes = [c for c in dict.fromkeys([*earlier, *codes]) if c != proposer]
        self.record.fact("co_implementers", codes, number, cue="co-implementers label")
        return True

    def _years_label(self, name, value, number):
        record = self.record
        years = _years(value)
        if not years:
            return False
        start, end = years
        if name == "end_year":
            record.fact("end_year", start, number, cue="end label")
        else:
            record.fact("start_year", start, number, cue="years label")
            if end or name == "years":
                record.fact(
                    "end_year", end or start, number, "high" if end else "low", cue="years label"
                )
        self.signals += 1
        return True

    def _themes_label(self, name, value, number):
        slugs = []
        for part in ECONOMY_SPLIT_RE.split(value):
            wanted = _normal(part)
            slugs += [t.slug for t in self.themes if wanted in (_normal(t.name), _normal(t.slug))]
        if not slugs:
            return False
        self.record.fact("themes", list(dict.fromkeys(slugs)), number, cue="themes label")
        return True

    def _body_line(self, number, line):
        pending, self.pending = self.pending, None
        if pending and self._labelled(pending, line, number):
            return
        alone = _label_alone(line)
        if alone in ("proposer", "co_implementers", "years") and alone not in self.record.facts:
            self.pending = alone
            return
        name, value = _label(line)
        if name == "years_strict" and self._labelled(name, value, number):
            return
        part = _heading(line)
        if part:
            self.part, self.marked = part, False
            self.signals += 2 if part in self.items else 0
            return
        inline_part, text = _inline_heading(line)
        if inline_part in self.items or inline_part == "introduction":
            self.part, self.marked = inline_part, False
            self.signals += 2 if inline_part in self.items else 0
            line = text
        name, value = _label(line)
        labelled = ("proposer", "co_implementers", "years", "start_year", "end_year")
        if name in labelled and self._labelled(name, value, number):
            return
        if self.part == "introduction":
            self.introduction.append((number, line))
        elif self.part in self.items:
            self._item(number, line)

    def _item(self, number, line):
        items = self.items[self.part]
        match = ITEM_RE.match(line)
        if match:
            self.marked = True
            if items:  # the list's own punctuation ("…;", "…; and") is not the item's
                items[-1][0] = ITEM_END_RE.sub("", items[-1][0])
            items.append([match.group("text").strip(), number])
        elif items and self.marked and (line[:1].islower() or items[-1][0].endswith((",", ";"))):
            items[-1][0] += " " + line  # the item goes on over a second line
        else:
            items.append([line, number])


def _finish(items):
    if items:
        items[-1][0] = ITEM_END_RE.sub("", items[-1][0])
    return items


def _activity_kind(text):
    return "output" if OUTPUT_WORDS_RE.search(text) else "activity"


# "Proposed by Chinese Taipei in cooperation with the Philippines", "prepared by Korea",
# "co-proposed by Peru and Chile": who proposes, and who joins in, written in prose.
PROPOSED_BY_RE = re.compile(
    r"\b(?:co-?)?(?:proposed|proposal|prepared|initiated|put\s+forward|led|launched)\s+by\s+"
    r"(?P<who>[^.;]{2,200})",
    re.I,
)
JOINED_BY_RE = re.compile(
    r"\b(?:in\s+(?:cooperation|collaboration|partnership)\s+with|together\s+with|jointly\s+with|"
    r"with\s+the\s+support\s+of|co-?sponsored\s+by|supported\s+by)\b",
    re.I,
)


def _proposer_from_prose(record, lines, names):
    """When no label names the proposer: the first "proposed by X (in cooperation with Y)"
    sentence; X proposes, Y co-implements (added to any co-implementers read)."""
    if "proposer" in record.facts:
        return
    for number, line in lines:
        found = PROPOSED_BY_RE.search(line[:2000])
        if not found:
            continue
        parts = JOINED_BY_RE.split(found.group("who"), maxsplit=1)
        lead, partners = parts[0], parts[1] if len(parts) > 1 else ""
        leads = _economies_named(lead.split(",")[0], names)
        if not leads:
            continue
        record.fact("proposer", leads[0], number, cue="proposed by")
        joined = [*leads[1:], *_economies_named(partners.split(",")[0], names)]
        if joined:
            earlier = record.value("co_implementers") or []
            codes = [c for c in dict.fromkeys([*joined, *earlier]) if c != leads[0]]
            record.fact("co_implementers", codes, number, cue="in cooperation with")
        return


def _record_facts(record, reader, lines, themes):
    """The facts beyond the labels and headings: defaults, years, texts, themes, lengths."""
    _proposer_from_prose(record, lines, reader.names)
    _default_facts(record)
    _year_facts(record, lines)
    _text_facts(record, reader)
    _theme_facts(record, lines, themes)
    _length_warnings(record)


def _default_facts(record):
    if "subtitle" not in record.facts:
        record.fact("subtitle", "")
    if "proposer" not in record.facts:
        record.fact("proposer", "")
        record.warn(
            "No proposing economy was found; choose it in the preview.", None, "no-proposer"
        )
    if "co_implementers" not in record.facts:
        record.fact("co_implementers", [])


def _year_facts(record, lines):
    """First and last year: a labelled duration (read before), else a range in the text, else
    the title's year alone."""
    if "start_year" not in record.facts:
        title_line = record.facts["title"].line if "title" in record.facts else None
        match = TITLE_YEAR_RE.match(record.value("title", ""))
        ranges = [
            (n, m)
            for n, line in lines
            if (m := YEAR_RANGE_RE.search(line) or YEAR_PAIR_RE.search(line))
        ]
        if ranges and int(ranges[0][1].group("end")) >= int(ranges[0][1].group("start")):
            _years_from_text(record, *ranges[0], from_title=bool(match))
        elif match:
            year = int(match.group("year"))
            record.fact("start_year", year, title_line, cue="year in the title")
            record.fact("end_year", year, title_line, "low", cue="year in the title")
            record.warn(
                f"Only the year in the title ({year}) was found: the initiative is taken to run "
                "in that year alone. Give the last year if it runs longer.",
                title_line,
                "one-year",
            )
    if "start_year" not in record.facts:
        record.fact("start_year", None)
        record.warn("No years were found; give them in the preview.", None, "no-years")
    if "end_year" not in record.facts:
        record.fact("end_year", None)


def _years_from_text(record, number, found, from_title):
    record.fact("start_year", int(found.group("start")), number, cue="years in the text")
    record.fact("end_year", int(found.group("end")), number, cue="years in the text")
    if not from_title:
        record.warn(
            f"The years {found.group('start')}–{found.group('end')} are read from the "
            "text, not from a “Duration” line; check they are the initiative's.",
            number,
            "years-from-text",
        )


def _text_facts(record, reader):
    intro = reader.introduction
    record.fact(
        "introduction", "\n\n".join(text for _, text in intro), intro[0][0] if intro else None
    )
    for items in reader.items.values():
        _finish(items)
    objectives = reader.items["objectives"]
    record.fact(
        "objectives", [text for text, _ in objectives], objectives[0][1] if objectives else None
    )
    activities = [(_activity_kind(text), text, n) for text, n in reader.items["activities"]]
    activities += [("output", text, n) for text, n in reader.items["outputs"]]
    record.fact(
        "activities",
        [(kind, text) for kind, text, _ in activities],
        min((n for _, _, n in activities), default=None),
    )
    if not objectives:
        record.warn("No objectives were found.", None, "no-objectives")
    if not activities:
        record.warn("No activities or outputs were found.", None, "no-activities")


def _theme_facts(record, lines, themes):
    if "themes" in record.facts:
        return
    slugs, line = _match_themes(record, lines, themes)
    record.fact("themes", slugs, line, "low", cue="words of the text")
    if slugs:
        record.warn(
            "Themes are suggested from the words of the text; keep only those that fit.",
            line,
            "themes-suggested",
        )


def _length_warnings(record):
    for name, limit in LENGTH_LIMITS.items():
        value = record.value(name) or ""
        if len(value) > limit:
            record.warn(
                f"The {name} is {len(value)} characters long but at most {limit} can be kept; "
                "shorten it before saving (nothing is cut off for you).",
                record.facts[name].line,
                "too-long",
            )


def _names(names):
    if names is None:
        return EconomyNames.from_economies(Economy.objects.all())
    if isinstance(names, EconomyNames):
        return names
    return EconomyNames(dict(names))


@without_gc_pauses
def initiative_document_read(text, *, source_url="", names=None):
    """Read an initiative's description into an ImportResult with one record.

    Raises ImportRefused (and nothing else) for a text that is no description.
    """
    try:
        lines = content_lines(text or "")
        if not lines:
            raise ImportRefused(1, "the text is empty", EXPECTED)
        names = _names(names)
        themes = list(Theme.objects.all())
        result = ImportResult("initiative", text)
        record = ImportResult("initiative", text)
        reader = _Reader(record, names, themes)
        reader.read(lines)
        has_parts = any(reader.items.values()) or reader.signals >= 2
        if "title" not in record.facts or not has_parts:
            raise ImportRefused(
                lines[-1][0],
                "no initiative description was found: no objectives, activities or outputs "
                "under their headings, and no economies taking part",
                EXPECTED,
            )
        _record_facts(record, reader, lines, themes)
        record.fact("source_url", source_url)
        result.records = [record]
        return result
    except ImportRefused:
        raise
    except (ValueError, IndexError, KeyError, TypeError, RecursionError) as exc:
        # A reader slip on a strange text is still a refusal the page can show, never a 500.
        raise ImportRefused(1, f"the text could not be read as a description ({exc})") from exc


def initiative_document_score(text):
    """How much `text` looks like an initiative description: 0 for not at all."""
    lines = content_lines(str(text or ""))
    score = 0
    headed, labelled = set(), set()
    for _number, line in lines[:400]:
        part = _heading(line)
        if part is None:
            part = _inline_heading(line)[0]
        if part in ("objectives", "activities", "outputs") and part not in headed:
            headed.add(part)
            score += 4
        name, _ = _label(line)
        if name in ("proposer", "co_implementers"):
            labelled.add(name)
            score += 3
    # One heading ("Objectives" in a school letter) or one label is no description: it needs
    # two of its parts (objectives, activities, outputs, the proposer, the co-implementers).
    if len(headed) + len(labelled) < 2:
        return 0
    if lines and NAME_WORDS_RE.search(lines[0][1]):
        score += 2
    return score


def initiative_record_correct(record, corrections):
    """Apply staff's `corrections` (fact name -> value, as the preview form cleans them) to
    `record`, as the preview does; return the names of the facts they changed."""
    return apply_corrections(record, corrections, initiative_fact_fields())


def initiative_record_json(record):
    """One initiative record as JSON-ready data (docs/importing.md documents the keys)."""
    return {
        "type": "initiative",
        "title": record.value("title", ""),
        "subtitle": record.value("subtitle", ""),
        "proposer": record.value("proposer") or None,
        "co_implementers": list(record.value("co_implementers") or []),
        "start_year": record.value("start_year"),
        "end_year": record.value("end_year"),
        "introduction": record.value("introduction", ""),
        "objectives": list(record.value("objectives") or []),
        "activities": [
            {"kind": kind, "text": text} for kind, text in record.value("activities") or []
        ],
        "themes": list(record.value("themes") or []),
        "source_url": record.value("source_url", ""),
    }


def _title_without_year(title):
    return re.sub(rf"^{YEAR}\s+", "", title or "").strip()


def initiative_record_existing(record):
    """The initiative saving `record` would update (by slug, title or alias), or None."""
    title = (record.value("title") or "").strip()
    if not title:
        return None
    names = list(dict.fromkeys(n.lower() for n in (title, _title_without_year(title)) if n))
    slugs = [slugify(name)[:200] for name in names]
    same_title = Q()
    for name in names:
        same_title |= Q(title__iexact=name)
    table = Initiative._meta.db_table
    by_alias = RawSQL(
        f"SELECT id FROM {table}, unnest(aliases) AS alias WHERE lower(alias) = ANY(%s)",
        (names,),
    )
    found = list(Initiative.objects.filter(Q(slug__in=slugs) | same_title | Q(pk__in=by_alias))[:5])
    found.sort(key=lambda i: (i.slug not in slugs, i.title.lower() not in names, i.pk))
    return found[0] if found else None


def _new_slug(title):
    """The title's slug; a title with no letters or digits to slug gets one from its hash."""
    return slugify(title)[:200] or "initiative-" + hashlib.sha1(title.encode()).hexdigest()[:10]


def initiative_record_save(record, *, publish=False, slug=None, extra=None):
    """Save `record` as a draft initiative, or update the one it matches (keeping its state,
    slug and every fact a description does not carry)."""
    existing = initiative_record_existing(record) if slug is None else None
    if slug is not None:
        existing = Initiative.objects.filter(slug=slug).first()
    values = {}
    if existing is not None:
        values = {
            "aliases": existing.aliases,
            "introduction": existing.introduction,
            "status": existing.status,
            "website": existing.website,
            "lead_agency": existing.lead_agency,
            "contact_organisation": existing.contact_organisation,
            "contact_email": existing.contact_email,
            "apec_project_number": existing.apec_project_number,
            "source_url": existing.source_url,
            "themes": list(existing.themes.values_list("slug", flat=True)),
            "outputs": [(o.title, o.year, o.url) for o in existing.outputs.all()],
        }
        publish = publish or existing.is_published
    read = {
        "title": record.value("title", "").strip(),
        "subtitle": record.value("subtitle") or "",
        "proposer": record.value("proposer") or None,
        "co_implementers": list(record.value("co_implementers") or []),
        "start_year": record.value("start_year"),
        "end_year": record.value("end_year"),
        "objectives": list(record.value("objectives") or []),
        "activities": [tuple(pair) for pair in record.value("activities") or []],
    }
    for name in ("introduction", "themes", "source_url"):
        if record.value(name):
            read[name] = record.value(name)
    values.update(read)
    values.update(extra or {})
    slug = slug or (existing.slug if existing else _new_slug(values["title"]))
    return initiative_upsert(slug=slug, publish=publish, **values)
