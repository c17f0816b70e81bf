"""The further events of a page that belong to its own meeting's week or list (round c2).

A page that reports on or announces several APEC events names them in a few recurring ways:
a ministerial week (the working group's meeting a few days before the ministers', the
leaders' meeting the ministers prepare), and a host year's list of meetings, each with its
city and month ("Senior Officials' Meetings will be held in Guangzhou, Shanghai and Dalian in
February, May and August next year, respectively"). This module answers, for such a page:

- whether a further event with no place of its own falls in the week of the page's own
  meeting, and so is held where that meeting is (`_in_week`, used by `_city_of_main`);
- which city goes with which month in a list paired by "respectively"
  (`_respective_places`);
- whether a further event is named as the frame of the page's own meeting (`_frame_of`):
  the event it is held within ("as part of the APEC SME Week", "on the sidelines of the …
  Summit": held where the page's meeting is) or the coming event it leads up to ("leading
  up to the APEC Leaders' Meeting in November", "ahead of ISOM": an event of the page's
  host year, its place its own). Such an event is one of the page's candidate records even
  without a day of its own (round c6);
- what a sentence calls the meetings it lists ("Senior Officials' Meetings": the series
  "Senior Officials' Meeting", `_own_plural_series`), so a listed meeting is named by its own
  series rather than by the page's meeting's.

Each fact is still set by the extractor that owns it (`_Reader._record_siblings`,
`saving._city_of_main`); the functions here only say which evidence belongs to which event.
"""

import datetime
import re

from events.reading.chrome import MONTH_FULL
from events.reading.cues import PLACE
from events.reading.places import OWN_CLAUSE_END_RE
from events.reading.words import COMING_AFTER_RE

# How many days before the page's own meeting's first day, or after its last, a further
# meeting with no place of its own still counts as one of that meeting's week.
WEEK_DAYS = 7

# "… in Guangzhou, Shanghai and Dalian in February, May and August next year, respectively"
RESPECTIVELY_RE = re.compile(r"\brespectively\b")
PLACE_LIST_RE = re.compile(rf"\b(?:in|at)\s+(?P<list>{PLACE}(?:,\s+{PLACE})*,?\s+and\s+{PLACE})")
MONTH_LIST_RE = re.compile(
    rf"\b(?P<list>{MONTH_FULL}(?:,\s+{MONTH_FULL})*,?\s+and\s+{MONTH_FULL})"
    r"(?P<next>\s+next\s+year)?"
)
# A plural kind word with its own capitalised name before it: "Senior Officials' Meetings".
OWN_PLURAL_SERIES_RE = re.compile(
    r"(?<![\w’'-])(?P<name>(?:[A-Z][\w’'-]*\s+){1,5})(?P<kind>Meetings|Forums|Fora|Conferences"
    r"|Workshops|Seminars|Summits|Dialogues)\b"
)

# The event the page's own meeting is held within, right before its name: "… Meeting, being
# held today and tomorrow, as part of the APEC SME Week …", "on the sidelines of the …".
WITHIN_RE = re.compile(
    r"\b(?:as\s+(?:a\s+)?part\s+of|on\s+the\s+(?:sidelines|margins)\s+of"
    # "took place as a side event of the APEC CEO Summit 2017", "held alongside the …" (d4)
    r"|as\s+(?:an?\s+)?(?:official\s+)?side[\s-]events?\s+(?:of|to)|alongside)"
    r"\s+(?:the\s+|this\s+year['’]s\s+)?(?:\d{4}\s+)?$",
    re.I,
)
# The coming event the page's own meeting leads up to: "… activities leading up to the APEC
# Leaders' Meeting in November", "ahead of the … Summit", "in the run-up to …".
COMING_RE = re.compile(
    r"\b(?:leading\s+up\s+to|(?:in\s+)?the\s+(?:lead|run)[\s-]?up\s+to|ahead\s+of)"
    r"\s+(?:the\s+|this\s+year['’]s\s+)?(?:upcoming\s+)?(?:\d{4}\s+)?$",
    re.I,
)
FRAME_WINDOW = 40
# A coming event the page announces right after its name, its day said in its own words
# ("… for the 13th … Ministerial Meeting that will take place tomorrow and Friday", "this
# year's … Leaders' Meeting scheduled for Nov. 18"): a candidate even when the page gives no
# year to date that day by (c10).
ANNOUNCED_AFTER_RE = re.compile(
    r"(?:\s*\([A-Z][\w-]{1,12}\))?\s+(?:(?:that|which)\s+will\s+(?:take\s+place|be\s+held"
    r"|open|convene)|(?:slated|scheduled|set)\s+(?:for|on|to\s+(?:take\s+place|be\s+held)))\b"
)
# A sentence about the days before the page's own meeting, opening with its name: "Preceding
# the SMEMM, officials also met for a two-day meeting of the … Working Group".
BEFORE_MAIN_RE = re.compile(
    r"\s*(?:Preceding|Before|Ahead\s+of|Prior\s+to|In\s+the\s+(?:lead|run)[\s-]?up\s+to)"
    r"\s+(?:the\s+)?"
)

# Words before a plural name that are no part of it: "The three Senior Officials' Meetings".
LEADING_COUNT_RE = re.compile(
    r"^(?:(?:The|These|Those|All|Both|Two|Three|Four|two|three|four)\s+)+"
)


def _in_week(record, main_record):
    """Whether the record's first day falls in the week of the page's own meeting: from
    `WEEK_DAYS` before its first day to `WEEK_DAYS` after its last day. A ministerial week's
    working-group meeting ("Earlier this week, on Monday 12 August, the … Sub-Group … was
    held" before a ministerial meeting of 15-16 August) and the leaders' meeting the
    ministers prepare ("slated for November 14-15") are held where the page's meeting is; a
    meeting dated by its month only, or weeks away, is not counted in."""
    start, first = record.value("start_date"), main_record.value("start_date")
    if not (start and first) or record.value("date_precision") in ("month", "year"):
        return False
    last = main_record.value("end_date") or first
    week = datetime.timedelta(days=WEEK_DAYS)
    return first - week <= start <= last + week


def _respective_places(text, is_city):
    """(city, position, month phrase) for each place of a list paired "respectively" with a
    list of months: the n-th place with the n-th month, and "next year" after the months
    going with each ("next February"). [] when the sentence says no "respectively", the two
    lists differ in length, or a listed place is no known city (`is_city`)."""
    if not RESPECTIVELY_RE.search(text):
        return []
    places, months = PLACE_LIST_RE.search(text), MONTH_LIST_RE.search(text)
    if not (places and months):
        return []
    towns = [
        (match.group(0), places.start("list") + match.start())
        for match in re.finditer(PLACE, places.group("list"))
    ]
    named = re.findall(MONTH_FULL, months.group("list"))
    if len(towns) != len(named) or not all(is_city(town) for town, _ in towns):
        return []
    word = "next" if months.group("next") else "in"
    return [(town, at, f"{word} {month}") for (town, at), month in zip(towns, named, strict=True)]


def _own_plural_series(text):
    """The series a sentence names its listed meetings by, in the singular ("Senior
    Officials' Meetings will be held in …": "Senior Officials' Meeting"), or "" when the
    sentence gives them no name of their own ("the meetings", "APEC events")."""
    match = OWN_PLURAL_SERIES_RE.search(text)
    if not match:
        return ""
    kind = "Forum" if match.group("kind") == "Fora" else match.group("kind")[:-1]
    name = LEADING_COUNT_RE.sub("", match.group("name").strip())
    return f"{name} {kind}" if name else ""


def _frame_of(mention, is_main=None):
    """How a further event is named as the frame of the page's own meeting: "within" when
    the page's meeting is part of it or held on its sidelines (it is held where the page's
    meeting is), "coming" when the page's meeting leads up to it (an event of the page's
    host year: its host is the page's host economy unless its own clause names a city), ""
    when neither. Only the words right before its name count, so a meeting the text merely
    names ("presented to the …", "the 2040 … in Lima") is no frame. A meeting named in a
    sentence that opens with what came before the page's own meeting ("Preceding the SMEMM,
    officials also met for … the 49th SME Working Group": `is_main` says whether a meeting
    named at a position of the sentence is the page's own) is "coming" too: an event of the
    host year, its city not said."""
    lead = BEFORE_MAIN_RE.match(mention.sentence.text)
    if lead and mention.position > lead.end() and is_main and is_main(mention.sentence, lead.end()):
        return "coming"
    before = mention.sentence.text[max(0, mention.position - FRAME_WINDOW) : mention.position]
    if WITHIN_RE.search(before):
        return "within"
    if COMING_RE.search(before):
        return "coming"
    text = mention.sentence.text
    if text.startswith(mention.name, mention.position):
        end = mention.position + len(mention.name)
        # "With the … Leaders' Meeting just around the corner, …" (c35)
        after = ANNOUNCED_AFTER_RE.match(text, end) or COMING_AFTER_RE.match(text, end)
        return "coming" if after else ""
    return ""


YEAR_IN_NAME_RE = re.compile(r"\b(?:19|20)\d{2}\b")


def _other_year(record, main_record):
    """Whether a frame's name holds a year other than the page's own meeting's ("ahead of
    the 2046 SME Ministerial Meeting" on a workshop's page of 2043): an event of another host
    year, no frame of the page's meeting."""
    year = YEAR_IN_NAME_RE.search(record.value("title") or "")
    start = main_record.value("start_date") if main_record else None
    return bool(year and start and int(year.group(0)) != start.year)


def _own_clause(text):
    """A frame's clause up to its first comma or semicolon: the words said of it."""
    return OWN_CLAUSE_END_RE.split(text, maxsplit=1)[0]


def _own_place_only(record, clause, code):
    """A frame's city and venue only as its own clause names them (not the page's dateline
    or participants, which are its meeting's): a place read from elsewhere is emptied. The
    economy the place lies in, or None when the place was emptied."""
    text = clause.text
    kept = code
    for name in ("city", "venue"):
        fact = record.facts.get(name)
        if fact is not None and fact.value and fact.value not in text:
            record.fact(name, "", clause.line, "low")
            kept = None if name == "city" else kept
    return kept
