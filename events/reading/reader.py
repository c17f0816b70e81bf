"""The reader: a text into event records (event_document_read)."""

import collections
import dataclasses
import datetime
import functools
import re

from core.importing import (
    EconomyNames,
    ImportRefused,
    ImportResult,
    address_date,
    apec_host_years,
    without_gc_pauses,
)
from core.importing_places import place_key
from events.models import EventKind
from events.reading.chrome import (
    APEC_SPELLED_RE,
    DAY_REPORT_RE,
    DAYS_IN_BRACKETS_BEFORE_RE,
    DURATION_RE,
    FIRST_DAY_RE,
    HELD_THAT_DAY_RE,
    ISSUED_AT_CLOSE_RE,
    NTH_DAY_OF_RE,
    NUMBER_WORDS,
    ORDINAL_TOKEN_RE,
    WEEK_VENUE_RE,
    WHOSE_MEETING_RE,
    WORKING_DAY_RE,
    _first_day_today,
    nth_day_number,
)
from events.reading.cues import (
    AGO_RE,
    ALL_MEETINGS_ONLINE_RE,
    ALONGSIDE_RE,
    APEC_IN_TEXT_RE,
    APEC_YEAR_CUE,
    AT_NAME_RE,
    BANNER_CUE,
    BANNER_LINES,
    BANNER_RE,
    CHAIRED_FROM_RE,
    CORE_MEETING_RE,
    EVENT_VERBS,
    GOES_ON_TO_RE,
    GROUP_MEETING_RE,
    HELD_IN_RE,
    HOST_CITY_BEFORE_RE,
    HOST_CITY_OF_RE,
    HOST_CITY_RE,
    HOST_NAME_CUE,
    HOST_ROLE_CUE,
    HOST_YEAR_CUE,
    HOST_YEAR_NAME_RE,
    HOST_YEAR_RE,
    HOST_YEAR_TAIL_RE,
    HOSTS_APEC_RE,
    HYBRID_RE,
    INFORMAL_SOM_RE,
    INSTITUTION_WORD_RE,
    JOINED_PART_RE,
    LEDE_PLACE_RE,
    MEETING_BEGAN_RE,
    MINISTER_RE,
    NAME_GOES_ON_RE,
    NOT_STANDING_RE,
    OPENING_DATELINE_RE,
    ORGANISER_NAME_RE,
    PARTICIPANTS_ACTED_IN_RE,
    PARTICIPANTS_CUE,
    PARTICIPANTS_IN_RE,
    PLACE,
    PLACE_BEFORE_RE,
    PLACE_OF_RE,
    PLACE_WELCOMED_RE,
    PLAYS_HOST_RE,
    PROPOSED_RE,
    REFERRED_GATHERS_IN_RE,
    REFERRED_IN_RE,
    REGION_AFTER_RE,
    REGION_OF_BEFORE_RE,
    ROLE_RE,
    RUN_ONLINE_FROM_RE,
    SECTORAL_HOST_YEARS_FROM,
    SOM_NAMED_RE,
    STANDING_MEETING_RE,
    TOWN_OWNING_REGION_RE,
    TRAILING_ACRONYM_RE,
    VENUE_BRANDS,
    VENUE_ECONOMY_CUE,
    VENUE_NAME_CUE,
    VIRTUAL_MARK_RE,
    VIRTUAL_RE,
    WELCOME_TO_RE,
    YEAR_TWICE_RE,
    _may_be_virtual,
)
from events.reading.dates import (
    _best_date,
    _context,
    _dates_in,
    _day_in,
    _fallback_date,
    _named_for_later_year,
    _recalled_before,
    _taken,
    _year_only,
)
from events.reading.document import (
    SME_WORDS_RE,
    DateFound,
    Mention,
    Sentence,
    _about_main,
    _clean,
    _Document,
    _key,
    _kind_of,
    _kind_word,
    _leaders_own_name,
    _listed_after,
    _month_only_mention,
    _same,
    _same_by_acronym,
    _same_glued,
    _same_meeting,
    _same_spelled_out,
    _same_unnumbered,
    _series,
    _title_of_who_meets,
)
from events.reading.initiatives import (
    _initiative,
    _Initiatives,
)
from events.reading.mentions import (
    BARE_DAY_AFTER_RE,
    BARE_MONTH_AFTER_RE,
    DAY_FOR_RE,
    FRONTED_DATE_RE,
    JOINED_HELD_RE,
    QUALIFIED_NAME_RE,
    SOCIAL_KIND_RE,
    WEEK_HELD_AFTER_RE,
    WEEK_NAME_RE,
    _candidate,
    _city_of,
    _day_fronted,
    _frames,
    _fronted_year,
    _group_read,
    _in_named_year,
    _inner_kind,
    _kind_in,
    _listed_towns,
    _lower_case_mentions,
    _mention_groups,
    _no_year_of_its_own,
    _numbered_mentions,
    _own_city,
    _standing_mentions,
    _subject_read,
    _town_in_name,
    _town_named,
    _words_of,
    _written_end,
    _written_year,
    _year_of,
    subject_dated,
    week_held,
)
from events.reading.names import (
    APEC_NAMED_RE,
    APPROACHED_BEFORE_RE,
    ATTENDED_BEFORE_RE,
    DAY_WORDS,
    FRAME_CUE_RE,
    GLUED_POSSESSIVE_RE,
    HELD_EVENT_RE,
    _addressed_in,
    _byline_group_meeting,
    _called_gathering,
    _dated_list_item,
    _dated_places,
    _described_event,
    _founding_in,
    _headline_event,
    _held_gathering_in,
    _hosts_role,
    _list_item,
    _mentions,
    _occasion_in,
    _only_mentioned,
    _participle_meeting,
    _past_sentence,
    _plain_name,
    _project_gathering,
    _quoted_part,
    _recalled,
    _said_past,
    _town_meeting,
    _unglued,
)
from events.reading.officials import (
    _add_officials,
    _officials_in,
)
from events.reading.phrases import (
    fronted_time,
    own_clause,
    own_fact,
    part_of_main,
    phrase_candidate,
    phrase_mentions,
    phrase_refers_back,
    same_by_facts,
)
from events.reading.places import (
    CAPITAL_AFTER_RE,
    CAPITALS,
    CAPITALS_VENUE_RE,
    ECONOMY_ADJECTIVES,
    HEADLINE_GATHER_IN_RE,
    LETTERS_RE,
    LONG_WORD_RE,
    OWN_CLAUSE_END_RE,
    OWN_DAYS_RE,
    POSSESSIVE_BEFORE_RE,
    TOWN_KIND_HEADLINE_RE,
    _acronym_owners,
    _adjective_economies,
    _chair_who,
    _city_of_city_economy,
    _economies,
    _economy_in_hosts_role,
    _economy_possessive,
    _headline_hosts,
    _host_facts,
    _host_of_co_hosts,
    _joined_name_words,
    _no_town,
    _not_a_town,
    _office_economies,
    _opens_with_venue,
    _partners,
    _place_of,
    _region_held_in,
    _small_town,
    _subject,
    _unique,
    _unquoted,
    _venue_in,
)
from events.reading.saving import (
    _announces_read,
    _city_of_main,
    _host_of_year,
    _own_day_said,
    _programme_item,
    _recalled_year,
    _undated_now,
    event_check_lengths,
)
from events.reading.standing import OWN_WEEKDAY_RE, numbered_meeting, standing_meeting
from events.reading.week import (
    WEEK_DAYS,
    _frame_of,
    _other_year,
    _own_clause,
    _own_place_only,
    _own_plural_series,
    _respective_places,
)
from events.reading.words import (
    EXPECTED,
    FACT_SENTENCES,
    FOLLOW_UP_ANY,
    FOLLOW_UP_RE,
    FUTURE_RE,
    HEADLINE_MINISTERS_WORDS,
    IT_BY_RE,
    KIND_NAMES,
    KIND_WORDS,
    LEADERS_MEET_RE,
    LONGEST,
    MET_HERE_RE,
    MET_VERB_RE,
    MINISTERIAL_NOUN_RE,
    MINISTERS_MET_RE,
    NAMINGS_TRIED,
    OFFICIAL_LIMITS,
    OPENED_WITH_RE,
    PARTICIPLE_LEAD_RE,
    PLURAL_KINDS,
    QUOTED_THEME_RE,
    SECTOR_MINISTERS_RE,
    SME_BUILT_TITLE,
    THEY_TOOK_PART_RE,
    UMBRELLA_BEFORE_RE,
    YEAR_WORD_RE,
)
from initiatives.models import Economy, Initiative


def _default_names():
    names = EconomyNames.from_economies(Economy.objects.all())
    return names


# The facts the reader looks for in every record, named in a warning when it finds none.
@without_gc_pauses
def event_document_read(text, *, source_url="", names=None):
    """Read a news release or event page into a document result holding one record per event.

    Raises ImportRefused when the text names no event with a date.
    """
    text = text if isinstance(text, str) else str(text)
    document = ImportResult("event", text)
    names = names or _default_names()
    # A newspaper's "Apec" is APEC: the same letters, so every position in the text holds
    # (c7: "the Apec ISOM symposium in Port Moresby yesterday").
    doc = _Document(NEWSPAPER_APEC_RE.sub("APEC", text), names)
    doc.address = address_date(source_url)
    if not doc.paragraphs and not doc.headline and not doc.fields:
        raise ImportRefused(1, "the text is empty (or holds only page furniture)", EXPECTED)
    mentions = _mentions(doc)
    reader = _Reader(doc, document, names, source_url, mentions)
    reader.read()
    if not document.records:
        line = doc.headline.line if doc.headline else (doc.body[0].line if doc.body else 1)
        if reader.main is None:
            raise ImportRefused(line, "no event name and date found", EXPECTED)
        raise ImportRefused(
            reader.main.sentence.line,
            f"the text names the event “{reader.main.name[:120]}” but gives no date for it, "
            "nor a date of the release",
            EXPECTED,
        )
    if len(document.records) > 1:
        document.warn(
            f"The text describes {len(document.records)} events; each is a separate draft to "
            "check.",
            code="several-events",
        )
    return document


_YEAR_RE = re.compile(r"\b(?:19|20)\d{2}\b")
# A capitalised run of one or two words in a title, a town's name if the gazetteer knows it.
_TITLE_TOWN_RE = re.compile(
    r"(?<![\w’'-])(?P<town>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\s+(?P<kind>[A-Z][a-z]+)\b"
)


def _town_in_title(title, names):
    """(town, economy) of a known town, no economy's name, written right before the kind word
    of a title ("2005 APEC Busan Summit": Busan; not "Local and Central Government Finance"),
    or (None, None) (f2)."""
    for match in _TITLE_TOWN_RE.finditer(title):
        if match.group("kind").lower() not in KIND_WORDS:
            continue
        words = match.group("town").split()
        for start in range(len(words)):
            name = " ".join(words[start:])
            code = names.city(name)
            if code and not names.economy(name):
                return name, code
    return None, None


def _joined(sentences, more):
    """`sentences`, then those of `more` not among them, at most FACT_SENTENCES."""
    taken = {id(sentence) for sentence in sentences}
    return [*sentences, *(s for s in more if id(s) not in taken)][:FACT_SENTENCES]


# A year written between an event verb and its place: "launched in 1994 in Osaka" (c8).
YEAR_IN_GAP_RE = re.compile(r"\b(?:1[89]|20)\d\d\b")


def _no_town_of_this_event(match, found, names):
    """Whether the place of a HELD_IN_RE `match` is no town of this event: an economy owning
    a thing ("a strategic place in Viet Nam’s reform": the economy counts, no town) or the
    town of another year's meeting ("first launched in 1994 in Osaka", c8) or of a meeting the
    sentence recalls ("… one step further forward from their last meeting in Seattle", c27)."""
    economy = _economy_possessive(match.group("place"), names)
    if economy:
        found.add_code(economy)
        return True
    return _other_year_before(match, found.year) or _recalled_before(
        match.string, match.start("place")
    )


def _other_year_before(match, year):
    """Whether a year other than the event's `year` is written between the verb of a
    HELD_IN_RE `match` and its place: the place of another year's meeting ("has been held
    seven times since it was first launched in 1994 in Osaka", "began by hosting a meeting in
    1991 in Seoul")."""
    if year is None:
        return False
    gap = match.string[match.start() : match.start("place")]
    return any(int(found) != year for found in YEAR_IN_GAP_RE.findall(gap))


# A document named by the town where it was adopted: "the Bogor Declaration", "the Osaka
# Action Agenda", "the Bangkok Goals on …" (c27): the town is no place of the text's event.
DOCUMENT_AFTER_TOWN_RE = re.compile(
    r"\s+(?:Declaration|Goals?|(?:Action\s+)?Agenda|Vision|Action\s+Plan|Plan\s+of\s+Action"
    r"|Principles|Roadmap|Blueprint|Statement|Consensus)\b"
)


# "of" and a capitalised word after a place read: the place is a longer name's start.
OF_NAME_AFTER_RE = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")


def _longer_name_at(match, found, names):
    """Whether the unknown place of a HELD_IN_RE `match` starts a longer name, no town: an
    event's ("participation in the Asia-Pacific Economic Cooperation (APEC) Leaders' Meeting",
    i28l9) or one going on with "of" ("arrive in the Republic of China", "at the University of
    …"); an economy so named still counts for the host (c8)."""
    if OF_NAME_AFTER_RE.match(match.string, match.end("place")):
        found.add_code(_economy_opening(match, names))
        return True
    return bool(NAME_GOES_ON_RE.match(match.string, match.end("place")))


def _economy_opening(match, names):
    """The code of an economy whose name opens the place of a HELD_IN_RE `match` and goes on
    past it ("Republic of China", "Republic of Korea"): what was read as a town ("Republic")
    is the first word of the economy's name."""
    place = match.group("place")
    found = names.find(match.string[match.start("place") : match.start("place") + 60])
    if found and found[0][2] == 0 and len(found[0][1]) > len(place.rstrip(".,")):
        return found[0][0]
    return None


# A labelled place written as a town and its venue in brackets: "Tokyo (Hotel New Otani)".
TOWN_BRACKETED_VENUE_RE = re.compile(r"^(?P<town>[^(),]{2,40}?)\s*\((?P<venue>[^()]{3,100})\)$")


class _PlaceFound:
    """What the place readers have found so far: (city, line, confidence), (venue, line) and
    the economy code; each fact is kept from the first reader that finds it."""

    def __init__(self):
        self.city = None
        self.venue = None
        self.code = None
        self.region = None  # the province or region the event is held in (c3)
        self.year = None  # the event's year, when its first day is read (c8)

    def add_code(self, code):
        self.code = self.code or code


def _city_in_venue_name(record):
    """Whether the record's city was read from within its venue's name."""
    city, venue = record.value("city"), record.value("venue")
    return bool(city and venue and city in venue)


def _other_date_sources(clause, sentence, listed, context):
    """Where a further event's day is read: its own clause when the clause gives a day or a
    month, else its whole sentence; a programme's item (`listed`) only from a day its clause
    says of it, never from a day said of anything else ("…, accompanied by the … CEO Summit
    and …, a spokesperson announced on Friday": the briefing's day, round c2)."""
    dates = _dates_in(clause, context)
    if listed:
        return [clause] if any(d.attached for d in dates) else []
    own = any(d.precision in ("day", "month") for d in dates)
    return [clause] if own else [clause, sentence]


# The kind words by which a text that describes its event refers back to it (c1).
# The first body sentences read for a gathering someone held (`_held_main`, d2).
HELD_SENTENCES = 6
DESCRIBED_BACK_WORDS = "workshop|seminar|symposium|conference|dialogue|training|course|webinar"
# A gathering of talks, which a page may call "the conference" later on (c28).
TALKS_WORDS = {"forum", "dialogue", "summit", "symposium"}


# What follows a name as part of it: its acronym in brackets and the year of APEC it
# belongs to ("… Meeting (SOM3) of APEC 2024").
NAME_TRAILER_RE = re.compile(
    r"(?:\s*\([A-Z][A-Za-z0-9 ]{1,12}\))?(?:\s+(?:of|for)\s+APEC\s+\d{4}\b)?"
)


# "the first APEC CEO Summit was held in Manila": where a series began, a past meeting the
# page places (convention: past meetings with their cities count, c18)
FIRST_HELD_RE = re.compile(r"\s+(?:was|were)\s+(?:first\s+)?(?:held|hosted|convened)\s+in\s+[A-Z]")


def _undated_naming(dates, mention):
    """Whether a further naming has neither day nor month and is no first edition the
    sentence places ("the first APEC CEO Summit was held in Manila", c18)."""
    dated = any(d.precision in ("day", "month") for d in dates)
    return not dated and not _first_edition_held(mention)


def _warn_named_beside(result, line):
    """The warning of a further record read from a page that only names the event beside its
    own: staff check that it deserves a record."""
    result.warn(
        "The text only names this event beside its own, with a day, a month or a place of "
        "its own; check that it is worth a record of its own.",
        line,
        "named-beside",
    )


def _warn_first_edition(result, mention, dates):
    """A series' first edition placed but undated (c18) is flagged as a mention's record is."""
    if _first_edition_held(mention) and not any(d.precision in ("day", "month") for d in dates):
        _warn_named_beside(result, mention.sentence.line)


def _first_edition_held(mention):
    """Whether `mention` is a series' first edition the sentence says was held in a place."""
    if not mention.name.lower().startswith("first "):
        return False
    end = mention.position + len(mention.name)
    return FIRST_HELD_RE.match(mention.sentence.text, end) is not None


def _outside_name(mention):
    """The mention's sentence without the bracketed acronym and the "of APEC 2024" after
    the name: a year there names the APEC year the meeting belongs to, it recalls no past
    (c7). A year inside a name ("APEC 2040 Women and the Economy Forum") still counts."""
    text = mention.sentence.text[:LONGEST]
    end = mention.position + len(mention.name)
    if text[mention.position : end] != mention.name:
        return text
    return text[:end] + text[NAME_TRAILER_RE.match(text, end).end() :]


NEWSPAPER_APEC_RE = re.compile(r"\bApec\b")
# A headline speaking of an event to come ("… promises functional APEC Summit", "… to host
# …", "… prepares for …"), and a lede reporting one as happening ("at the opening of …
# yesterday", "… concluded today"): see `_headline_coming` (c11).
HEADLINE_COMING_RE = re.compile(
    r"\b(?:promis(?:es?|ed|ing)|vows?|pledges?|will|to\s+host|prepar(?:es?|ing)|readies|ready"
    r"|gears?\s+up|set\s+to|ahead\s+of|plans?\s+for|looks?\s+forward)\b",
    re.I,
)
HAPPENING_RE = re.compile(
    r"\b(?:opening|opened|closing|closed|held|concluded|convened|began|yesterday|today"
    r"|this\s+(?:morning|afternoon|week))\b",
    re.I,
)
# A name opened by a year: "2025 apec sme ministerial meeting" (a key).
YEAR_NAME_RE = re.compile(r"(?:19|20)\d\d ")


# The warning for each way a host is inferred when no text names it and no chair gives it.
HOST_INFERRED = {
    "host-from-banner": "No host was named; {host} is the economy of the page's banner (a host "
    "year's site). Check the host.",
    "host-from-host-year": "No host was named; {host} is the economy whose host year the text "
    "names for the event's year. Check the host.",
    "host-from-venue": "No host, city or economy is named; {host} is read from the venue's name "
    "(“{venue}”). Check the host.",
    "host-from-apec-year": "No host, town or host year was named; {host} is APEC's host economy "
    "of the meeting's year (core/data/apec_host_years.csv), where APEC's standing meetings are "
    "held. Check the host.",
}


# How a first day's year is told when it is a numbered standing meeting's (round f5).
NUMBERED_YEAR = "numbered: "


def _in_numbered_year(date, numbered):
    """`date`, whose year was not written, moved into the year of the numbered standing
    meeting the record is ("26th APEC Economic Leaders' Meeting … November 17-18" on a page
    whose latest year is 2017: 2018), its year told by the meeting's number (round f5)."""
    shift = numbered.year - date.start.year
    try:
        start = date.start.replace(year=numbered.year)
        end = date.end.replace(year=date.end.year + shift) if date.end else None
    except ValueError:  # 29 February
        return date
    how = f"{NUMBERED_YEAR}{numbered.number} {numbered.name}"
    return dataclasses.replace(date, start=start, end=end, year_from=how)


def _apec_year_of(title, start, text):
    """The year whose APEC host holds the meeting `title` starting on `start`, named in `text`:
    one of APEC's standing meetings (`STANDING_MEETING_RE`, not `NOT_STANDING_RE`) on a page
    naming APEC; a sectoral ministerial meeting from `SECTORAL_HOST_YEARS_FROM` on; a working
    group's meeting only on a page naming the senior officials' meeting it meets beside; an
    informal senior officials' meeting in December is the next year's. Else None (c25)."""
    if not STANDING_MEETING_RE.search(title) or NOT_STANDING_RE.search(title):
        return None
    if not APEC_IN_TEXT_RE.search(text):
        return None
    if not CORE_MEETING_RE.search(title):
        if start.year < SECTORAL_HOST_YEARS_FROM:
            return None
        if GROUP_MEETING_RE.search(title) and not SOM_NAMED_RE.search(text):
            return None
    return start.year + (start.month == 12 and bool(INFORMAL_SOM_RE.search(title)))


def _placed_as(record, other, cue, line=None):
    """`record` takes `other`'s town, and its host when it has none of its own (low
    confidence, with `cue` saying why): the one step of every rule that places a record where
    another is (f2, g1)."""
    if other.value("city"):
        record.fact("city", other.value("city"), line, "low", cue=cue)
    host = other.value("host_economy")
    if host and not record.value("host_economy"):
        record.fact("host_economy", host, line, "low", cue=cue)


def _place_from_naming(naming, mention, read, owners, year):
    """A record read from one naming of an event ("11th APEC SME Ministerial Meeting - October
    6-7", a list item) that has no town takes the town, and the host that goes with it, that
    another naming of the same event gives in its own clause ("… the 11th APEC Small and
    Medium Enterprises (SME) Ministerial Meeting in Santiago on October 6-7") (f2): the first
    record read for the mention's event, when the two give no different first days."""
    city = naming.value("city")
    if not city:
        return
    for entry, owner in zip(read, owners, strict=True):
        if owner is None or not _group_read([mention], [entry], year, city):
            continue
        if owner.value("city") or owner.value("virtual"):
            return
        days = (owner.value("start_date"), naming.value("start_date"))
        if all(days) and days[0] != days[1]:
            return
        _placed_as(owner, naming, "another naming of the event", naming.facts["city"].line)
        return


def _said_alongside(mention):
    """Whether a further event's sentence holds it beside the page's own event: a cue
    (`ALONGSIDE_RE`) after its name ("the APEC CEO Summit, a parallel business forum", "…
    Forum, held on the sidelines") or opening the sentence ("During the week, …"), not one
    before its name that tells of another event ("The SMEMM will be held in conjunction with
    the … Senior Officials' Meeting") (g3)."""
    text = mention.sentence.text[:LONGEST]
    if ALONGSIDE_RE.search(text, mention.position + len(mention.name)):
        return True
    return ALONGSIDE_RE.match(text.lstrip("“\"'(").lower().removeprefix("meanwhile, ")) is not None


def _days_of(record):
    """(first, last) day of a record dated to the day, or None."""
    start, end = record.value("start_date"), record.value("end_date")
    if not start or record.value("date_precision") not in ("day", "", None):
        return None
    return start, end or start


def _held_within(records):
    """A record with no town of its own whose days lie within the longer span of days of
    another record of the page that has a town or a host (a week, a cluster of meetings: "APEC
    Leaders Week … from November 12-18" and "the APEC CEO Summit … from November 15 to 17") is
    held where that one is: its town and host (f2). Not a record that merely follows the page's
    meeting by a few days (a side event, the Leaders' Meeting the ministers' work goes to), nor
    one that shares a first day with a shorter meeting."""
    spans = [(r, _days_of(r)) for r in records]
    _frame_of_one_town(spans)
    frames = [
        (r, days)
        for r, days in spans
        if days and days[1] > days[0] and (r.value("city") or r.value("host_economy"))
    ]
    for record, days in spans:
        if not days or record.value("city") or record.value("virtual"):
            continue
        for frame, (first, last) in frames:
            inside = first <= days[0] and days[1] <= last
            if frame is record or not inside or (days[1] - days[0]) >= (last - first):
                continue
            _placed_as(record, frame, "the days of the page's longer event")
            break


def _frame_of_one_town(spans):
    """A longer record with no town whose days hold two or more records of the page, all in
    one town ("APEC Leaders Week … from November 12-18" and the senior officials' and the
    ministers' meetings in Port Moresby on November 12 and 15) is held in that town: the
    inverse of `_held_within` (i5)."""
    for record, days in spans:
        if not days or days[1] <= days[0] or record.value("city") or record.value("virtual"):
            continue
        held = [
            other
            for other, inner in spans
            if other is not record
            and other.value("city")
            and inner
            and days[0] <= inner[0]
            and inner[1] <= days[1]
        ]
        if len(held) >= 2 and len({other.value("city") for other in held}) == 1:
            _placed_as(record, held[0], "the town of the meetings within its days")


def _own_day_by_weekday(main_record, record):
    """The page's own meeting, dated by the release's day only (no day of its own found), takes
    the day its naming in another sentence gives by a weekday or "today" against the report's
    day ("On Saturday, leaders from 21 APEC member countries will meet in Port Moresby" on the
    page of "The APEC Summit", round f1)."""
    if main_record is None or not _warned(main_record, "date-from-page"):
        return
    if not (_warned(record, "date-relative") and record.value("start_date")):
        return
    for name in ("start_date", "end_date", "date_precision"):
        fact = record.facts.get(name)
        if fact is not None:
            main_record.fact(name, fact.value, fact.line, "low")
    main_record.warnings = [w for w in main_record.warnings if w.code != "date-from-page"]
    main_record.warnings += [w for w in record.warnings if w.code == "date-relative"]


def _warned(record, code):
    return any(w.code == code for w in record.warnings)


def _held_where(record, main_record):
    """A week the page's own meeting is held in, or one the page reports as opening, that names
    no place of its own is held where that meeting is: its city, venue and host (round c36)."""
    if main_record is None or record.value("city"):
        return
    cue = "the week of the page's own meeting"
    for field in ("city", "venue", "host_economy"):
        value = main_record.value(field)
        if value and not record.value(field):
            record.fact(field, value, None, "low", cue=cue)


def _in_week_town(record, records):
    """A dinner or a joined event of the week with no town of its own is held in the town of
    the first record the page tells before it with one, its host too (round g1); when it has a
    day, only in the town of a record held within a week of it (not "a corporate luncheon … on
    March 15" on the page of a November summit)."""
    day = record.value("start_date")
    for other in records[: records.index(record)]:
        if not other.value("city"):
            continue
        start = other.value("start_date")
        if day is not None and (start is None or abs((start - day).days) > 7):
            continue
        _placed_as(record, other, "the town of the week the page reports")
        return


def _of_the_week(mention):
    """Whether a described event is one of the week the page reports (round g1): a dinner, a
    luncheon or a reception ("an official Gala Dinner at the new Hilton Hotel"), or one joined
    by "and" to the subject of its sentence's verb of holding ("The summit and APEC Business
    Advisory Council dialogue with leaders will be held on Nov 9 and 10")."""
    if mention.source != "described":
        return False
    if SOCIAL_KIND_RE.search(mention.name):
        return True
    joined = JOINED_HELD_RE.search(mention.sentence.text)
    return joined is not None and joined.start("name") == mention.position


def _social_venue(mention, after):
    """The venue right after a dinner, a luncheon or a reception a page describes ("a gala
    dinner at the Royal Thai Navy Convention Hall"): a fact of its own (round g1), or None."""
    if mention.source != "described" or not SOCIAL_KIND_RE.search(mention.name):
        return None
    if not re.match(r"\s+at\s", after):
        return None
    venue = _venue_in(after)
    return venue[0] if venue else None


def _standing_weekday(mention, after):
    """Whether one of APEC's standing meetings has a weekday or the weekend of its own right
    after its name ("the APEC Leaders' Meeting on the weekend", round e1)."""
    return bool(OWN_WEEKDAY_RE.match(after)) and standing_meeting(mention.name) is not None


def _dated_itself(dates, after):
    """Whether a further event's own clause gives it a day or a month ("… Week in November")."""
    if any(d.precision in ("day", "month") and not d.publication for d in dates):
        return True
    return bool(BARE_MONTH_AFTER_RE.match(after) or BARE_DAY_AFTER_RE.match(after))


def _kicked_off_by(record, main_record):
    """A week opened by the page's own meeting in one sentence ("The Concluding Senior
    Officials' Meeting opened on Saturday, kicking off the APEC Leaders' Week") starts on that
    meeting's first day when it gives none of its own (round c36)."""
    if main_record is None or record.value("start_date"):
        return
    fact = main_record.facts.get("start_date")
    if fact is not None and fact.value:
        record.fact("start_date", fact.value, fact.line, "low", cue="the meeting opening it")


# "last year's Leaders' Week", "next year's SOM1": another year's meeting, not the page's (c33).
OTHER_YEARS_BEFORE_RE = re.compile(
    r"\b(?:last|next|previous|past|former|coming)\s+year['’]s\s+(?:APEC\s+)?$", re.I
)


def _host_of_pages_core_meeting(result, main_record, lead):
    """The host of the page's own meeting for a further one of APEC's core meetings (Leaders',
    senior officials', the APEC Ministerial, trade ministers') named without a year, a day or a
    town of its own ("make preparations for Leaders' Week in November" on the SOM1 page, "SOM1"
    on the SOM2 page) when the page's own meeting is a core meeting too: the same host year's,
    held by its host; not another year's ("last year's …"); else None (c33)."""
    if main_record is None or result.value("start_date") or OTHER_YEARS_BEFORE_RE.search(lead):
        return None
    titles = (result.value("title") or "", main_record.value("title") or "")
    if not all(CORE_MEETING_RE.search(t) and not NOT_STANDING_RE.search(t) for t in titles):
        return None
    return main_record.value("host_economy") or None


# Words a title shares with the text that supports it, in one spelling ("ministerial",
# "ministers": "minister"), without APEC's own name and the words every meeting has.
_SUPPORT_SKIP = frozenset(
    {"apec", "asia", "pacific", "economic", "cooperation", "co", "operation", "meeting"}
    | {"meetings", "the", "of", "and", "for", "on", "in", "a", "an", "to", "from", "all"}
    | {"across", "their", "its", "this", "by", "at", "with"}
)
_SUPPORT_STEMS = {"ministerial": "minister", "ministers": "minister", "leaders": "leader"}
_SUPPORT_WORD_RE = re.compile(r"[A-Za-z]+")
# A headline's present tense in the past tense a body sentence uses ("APEC trade ministers
# meet in Darwin"): read by the same rules of who met.
_HEADLINE_PRESENT_RE = re.compile(r"\b(meet|gather|convene|open|begin|start)s?\b", re.I)
_HEADLINE_PAST = {
    "meet": "met",
    "gather": "gathered",
    "convene": "convened",
    "open": "opened",
    "begin": "began",
    "start": "started",
}


def _support_words(text):
    """The words of `text` that say what a gathering is, in one spelling."""
    words = (w.lower() for w in _SUPPORT_WORD_RE.findall(text))
    return {_SUPPORT_STEMS.get(w, w) for w in words if w not in _SUPPORT_SKIP and len(w) > 1}


# Who meets, referred back to ("The ministers on Tuesday opened …"), and ministers named by
# their portfolios ("their foreign and trade ministers", "the trade ministers").
ANAPHOR_WHO_RE = re.compile(r"(?i:the|their|these|those)\s+(?i:ministers|officials|leaders)")
MINISTERS_NAMED_RE = re.compile(r"\b(?:[a-z]+(?:,\s*|\s+and\s+))?[a-z]+\s+ministers\b")


def _who_meets_phrase(text):
    """The words naming who meets in `text` ("foreign and trade ministers", "APEC
    ministers", "leaders of the … (APEC) forum"), as `_title_of_who_meets` reads them; or ""."""
    match = SECTOR_MINISTERS_RE.search(text)
    if match is None:
        match = LEADERS_MEET_RE.search(text)
        if match is None:
            return ""
    gaps = [match.start(g) for g in ("gap", "bare_gap", "leaders_gap") if g in match.re.groupindex]
    ends = [at for at in gaps if at >= 0]
    return text[match.start() : min(ends) if ends else match.end()]


def _titles_made(text, apec_near, headline=False):
    """(title, words saying what it is) of every title the rules make of one sentence: who
    meets there (in a headline's present tense too: "APEC trade ministers meet in Darwin"),
    what it describes."""
    made = []
    past = _HEADLINE_PRESENT_RE.sub(lambda m: _HEADLINE_PAST[m.group(1).lower()], text)
    for said in (text, past) if headline else (text,):
        title = _title_of_who_meets(said)
        if title:
            made.append((title, _support_words(_who_meets_phrase(said)) or _support_words(title)))
    described = _described_event(text, apec_near)
    if described:
        made.append((described[0], _support_words(described[0])))
    return made


def _best_supported(found, heads, apec_near, earlier=()):
    """The title of the page's own event built from its text: `found`'s, or another one the
    headline or `found`'s sentence makes that says more of the same ("APEC Trade Ministers
    Meeting" from "APEC trade ministers meet" over "APEC Ministerial Meeting" from "Cabinet
    ministers … met here"; not "APEC ministers" over "Transport ministers"), or that says
    something else the headline and that sentence support better, each of its words in both
    ("APEC Ministerial Meeting" from "APEC ministerial meeting kicks off" over "APEC Economic
    Leaders' Meeting" from "The ministerial meeting of the … (APEC) leaders kicked off")."""
    sentence = found.sentence.text[:LONGEST]
    texts = [sentence, *(h.text[:LONGEST] for h in heads)]
    if len(texts) < 2:
        return found.name
    supports = [_support_words(text) for text in texts]
    own = [words for title, words in _titles_made(sentence, apec_near) if title == found.name]
    best, best_words = found.name, own[0] if own else _support_words(found.name)
    if ANAPHOR_WHO_RE.fullmatch(_who_meets_phrase(sentence).strip()):
        # "The ministers on Tuesday opened their annual meeting": those named before ("their
        # foreign and trade ministers kept their attention on …")
        named = [m for text in earlier for m in MINISTERS_NAMED_RE.finditer(text[:LONGEST])]
        best_words = best_words | _support_words(named[-1].group()) if named else best_words
    for index, text in enumerate(texts):
        for title, words in _titles_made(text, apec_near, headline=index > 0):
            if best_words < words:
                best, best_words = title, words  # the same, said more fully
            elif not words <= best_words:
                mine = sum(best_words <= support for support in supports)
                if sum(words <= support for support in supports) > mine:
                    best, best_words = title, words
    return best


# A release's line naming who issued it: "Issued by the APEC Senior Officials' Meeting".
ISSUED_BY_RE = re.compile(r"\s*Issued\s+by\b")
# A headline's week said to open, in a headline's capitals ("… Leaders' Week Opens in Manila").
HEADLINE_WEEK_HELD_RE = re.compile(WEEK_HELD_AFTER_RE.pattern, re.I)


def _phrase_venue(record, mention):
    """The venue a phrase's own clause gives after it ("a formal dialog … on November 9 at the
    Furama Resort", round i6), when none was read."""
    if record.value("venue"):
        return
    after = mention.sentence.text[mention.position + len(mention.name) :]
    at = AT_VENUE_RE.search(after)
    venue = _venue_in(after[at.start() :]) if at else None
    if venue:
        record.fact("venue", venue[0], mention.sentence.line, "low")


AT_VENUE_RE = re.compile(r"\b(?:at|in)\s+(?:the\s+)?[A-Z]")


def _read_already(mention, record, year, read, owners):
    """Whether the event `record` was read from `mention` is one of `read` (key, year, town;
    the page's own meeting first) already; the page's own meeting's record then takes the
    day a weekday gives it, and a record read takes the town this naming gives (`owners`:
    the record of each entry of `read`)."""
    main_record, town = owners[0], _city_of(record)
    if mention.source == "listed":
        # a town of a plural head's list is one meeting of the series: read already when a
        # record was read in that town (round f3)
        return town in [other for *_, other in read]
    if mention.source == "subject":
        # who meets as the subject of a verb of meeting: another meeting of its standing
        # meeting unless read in its town already (round f4)
        if not _subject_read(mention, read, year, town):
            return False
        if _subject_read(mention, read[:1], year, town):
            _own_day_by_weekday(main_record, record)
        return True
    if not _group_read([mention], read, year, town):
        return False
    if _group_read([mention], read[:1], year, town):
        _own_day_by_weekday(main_record, record)
    _place_from_naming(record, mention, read, owners, year)
    return True


def _distinct_texts(sentences):
    """The sentences, each text once (the first of those writing it): where the answer
    depends on a sentence's words only, a text repeating a line is not read again."""
    seen = set()
    for sentence in sentences:
        if sentence.text not in seen:
            seen.add(sentence.text)
            yield sentence


class _Reader:
    def __init__(self, doc, document, names, source_url, mentions):
        self.doc = doc
        self.document = document
        self.names = names
        self.source_url = source_url
        self.mentions = mentions
        self.main = None
        self.main_record = None  # the page's own event's record, once read
        self.opening = None  # the meeting that opened the umbrella event read as the main
        self._order = None  # each body sentence's place in the text (`_at`)
        self.recalled = []  # meetings whose results the text reports: further events only
        self._umbrella = None
        self._host_city_found = None  # (city found or None,) once read
        self._participants_city_found = None  # likewise
        self._now = set()  # ids of further records under way now, undated (`_undated_now`)
        self._framed = set()  # ids of further records named as the page's frame (`_frame_of`)
        self._coming = set()  # ids of coming events the page's meeting leads up to (`_frame_of`)
        self.initiatives = None
        # (title, sentence id) of events read from a description: their kind words
        self._descriptions = {}
        # the further events' mentions named in lower case or described, whose names end the
        # clause of a name before them as a name does (`_mentioned_records`, round d1)
        self._further = []

    # Which sentences are about which event.

    def _choose_main(self):
        by_source = {}
        for mention in self.mentions:
            by_source.setdefault(mention.source, []).append(mention)
        quoted_body = [
            m
            for m in by_source.get("quote", [])
            if m.sentence.paragraph >= 0 and not _quoted_part(m)
        ]
        headline = by_source.get("field", []) + [
            m for m in self.mentions if m.sentence.paragraph < 0 and m.source != "field"
        ]
        groups = [quoted_body, headline]
        if self._day_report_headline():
            groups.reverse()  # a day report's cluster, not one of its day's meetings (c35)
        body = [m for m in by_source.get("body", []) if not self._issuer_only(m)]
        for group in (*groups, self._dated_first(body)):
            if group:
                main = group[0]
                if main.sentence.paragraph < 0:
                    main = self._headline_in_body(main)
                    if self._headline_only_ahead(main, by_source.get("body", [])):
                        continue
                    if self._headline_coming(main, by_source.get("body", [])):
                        continue
                # A fuller form of the same name (with its subtitle) elsewhere wins.
                for other in self.mentions:
                    fuller = other.key == main.key and len(other.name) > len(main.name)
                    if fuller and other.source in ("quote", "field"):
                        main = Mention(other.name, main.sentence, main.position, main.source)
                return self._apec_first(self._numbered_form(main))
        return None

    def _issuer_only(self, mention):
        """Whether `mention` only says who issued the release ("Issued by the APEC Concluding
        Senior Officials' Meeting") while the headline reports a week opening ("2015 APEC
        Economic Leaders' Week Opens in Manila"): the headline's week is what the page reports;
        the issuer is no event of the page."""
        if not ISSUED_BY_RE.match(mention.sentence.text) or self.doc.headline is None:
            return False
        headline = self.doc.headline.text
        week = WEEK_NAME_RE.search(headline)
        return week is not None and bool(HEADLINE_WEEK_HELD_RE.match(headline[week.end() :]))

    def _day_report_headline(self):
        """Whether the headline reports one day of a cluster of meetings ("Day 5 of SOM 2 and
        related meetings", "Halfway through SOM 2 …"): a host-year site's day report (c35)."""
        return bool(self.doc.headline and DAY_REPORT_RE.search(self.doc.headline.text))

    def _report_day(self, context):
        """The day a day report tells of (its release's day), or None when the text is none:
        its headline says so, or its lede counts the cluster's working days ("… continued
        their fifth working day")."""
        if context.release is None:
            return None
        lede = self.doc.body[0].text[:LONGEST] if self.doc.body else ""
        if self._day_report_headline() or WORKING_DAY_RE.search(lede):
            return context.release
        return None

    def _held_on_report_day(self, other, context):
        """Whether a day report says a further meeting was held on its day: "… organized “APEC
        Dialogue on …”", "the Workshop on … was held", "At the Workshop on …, delegates …"."""
        if self._report_day(context) is None:
            return False
        text = other.sentence.text
        opens_at = re.fullmatch(r"\s*At\s+(?:the\s+)?", text[: other.position]) is not None
        return opens_at or bool(HELD_THAT_DAY_RE.search(text[:LONGEST]))

    def _date_of_report_day(self, result, other, context):
        """A further meeting a day report says was held that day, with no day of its own: the
        report's day (low confidence, with a warning), counted back when its sentence says
        which of its days that was ("… started the second working day")."""
        day = self._report_day(context)
        match = NTH_DAY_OF_RE.search(other.sentence.text[:LONGEST])
        if match and match.group("nth2"):  # not "the fourth working day of SOM 2": SOM 2's
            day -= datetime.timedelta(days=nth_day_number(match) - 1)
        result.fact("start_date", day, context.release_line, "low")
        result.fact("date_precision", "day", context.release_line, "low")
        result.warn(
            "The text reports this meeting among those of the day it tells of; its day is read "
            f"as {day:%-d %B %Y}. Check the first day.",
            other.sentence.line,
            "date-of-report-day",
        )

    def _headline_only_ahead(self, main, body):
        """Whether the headline's event is one the body names only as where work goes next
        ("APEC 2024 Leaders' Summit: First preparatory meeting has begun in Peru" over "… began
        today, in order to move forward towards the Leaders' Summit …, to be held in Peru in
        November"), while the body reports another meeting: that one is the text's event."""
        if main.sentence.paragraph < 0:
            # not matched to a body name: the body's naming holding all its words but "APEC"
            # and numbers ("APEC 2024 Leaders' Summit", "the Leaders' Summit of the …")
            words = {w for w in main.key.split() if w != "apec" and not w[:1].isdigit()}
            namings = [m for m in body if words and words <= set(m.key.split())]
            if not namings or not all(map(_only_mentioned, namings)):
                return False
        elif not _only_mentioned(main):
            return False
        return any(not _only_mentioned(m) and not _same_meeting(m.key, main.key) for m in body)

    def _headline_coming(self, main, body):
        """Whether the headline names a coming event the body never names ("… promises
        functional APEC Summit") while the lede reports another one happening ("Speaking at the
        opening of the APEC ISOM Symposium in Port Moresby yesterday"): that one is the page's
        event, the headline's at most a further record (c11)."""
        if main.sentence.paragraph >= 0 or not HEADLINE_COMING_RE.search(main.sentence.text):
            return False
        words = {w for w in main.key.split() if w != "apec" and not w[:1].isdigit()}
        if any(words <= set(m.key.split()) for m in body):
            return False  # the body names the headline's event too
        lede = {id(s) for s in self.doc.body[:3]}
        return any(
            id(m.sentence) in lede
            and not _only_mentioned(m)
            and HAPPENING_RE.search(m.sentence.text)
            for m in body
        )

    def _apec_first(self, main):
        """ "43rd APEC Ministerial Meeting" for "43rd Ministerial Meeting of APEC" when the text
        also writes it so: the name the portal lists meetings under."""
        if not main.name.endswith(" of APEC"):
            return main
        for other in self.mentions:
            apec_first = "APEC" in other.name and not other.name.endswith(" of APEC")
            if apec_first and other.key != main.key and _same_meeting(other.key, main.key):
                return Mention(other.name, main.sentence, main.position, main.source)
        return main

    def _headline_in_body(self, main):
        """The headline's event, as the body names it: read from there. A headline in
        capitals may glue two words ("APEC SME WEEKBUSINESS FORUM"); the body's spelling of
        the same letters is the name."""
        capitals = main.name.isupper()
        in_body = [other for other in self.mentions if self._body_naming(other, main, capitals)]
        if not in_body:
            in_body = (
                self._named_in_body(main)
                or self._qualified_in_body(main)
                or self._topic_after_kind_in_body(main)
            )
        if not in_body:
            numbered = self._numbered_in_body(main)
            if numbered is not None:
                return numbered
            held = self._held_as_event(main)
            if held is not None:
                return held
            return self._unglued_heading(main) if capitals else main
        # A list item giving the event its own date beats prose mentioning it; the same
        # name beats one the same but for its number.
        in_body.sort(key=lambda other: (not _list_item(other), not _same(other.key, main.key)))
        other = in_body[0]
        name = max(main.name, other.name, key=len)  # "29th APEC SMEWG Meeting": the fuller
        if capitals and other.key.replace(" ", "") in main.key.replace(" ", ""):
            name = other.name  # the body's spelling of the capitals' words
        numbered_headline = ORDINAL_TOKEN_RE.match(main.key) and not ORDINAL_TOKEN_RE.match(
            other.key
        )
        if not (_same(other.key, main.key) or _same_by_acronym(other.key, main.key)):
            # "33rd APEC SME Ministers' Meeting" in the body; the headline's when it alone
            # has the number ("The 31st APEC … Meeting" over the body's "2025 APEC SME …").
            name = main.name if numbered_headline else other.name
        return Mention(
            _leaders_own_name(name, in_body), other.sentence, other.position, other.source
        )

    def _held_as_event(self, main):
        """The headline's event read from the first body sentence (of the first three) saying
        someone held "an event" ("… held an event to promote Vietnam's APEC Year 2017 in
        Washington on Wednesday" under "Workshop on APEC Year 2017 in the US"), when no body
        sentence names it; else None (d2)."""
        for sentence in self.doc.body[:3]:
            held = HELD_EVENT_RE.search(sentence.text[:LONGEST])
            if held is not None:
                return Mention(main.name, sentence, held.start(), "body")
        return None

    def _body_naming(self, other, main, capitals):
        """Whether the body mention `other` names the headline's event `main` (not last
        year's meeting a speech under a dateline recalls, c22)."""
        if other.sentence.paragraph < 0 or (self.doc.dateline and _said_past(other)):
            return False
        return (
            _same_unnumbered(other.key, main.key)
            or _same_by_acronym(other.key, main.key)
            or _same_spelled_out(other.key, main.key)
            or (capitals and _same_glued(other.key, main.key))
        )

    def _ordinal_over_year(self, main):
        """The series number the text also gives its event ("the 31st APEC Small and Medium
        Enterprises Ministerial Meeting" in the headline, "the 2025 APEC SME Ministerial
        Meeting" in the body): a meeting named by its year is named by its number, the name
        the portal lists a series under (c7). Else `main`."""
        if not YEAR_NAME_RE.match(main.key):
            return main
        for other in self.mentions:
            same = _same_unnumbered(other.key, main.key) or _same_spelled_out(other.key, main.key)
            if ORDINAL_TOKEN_RE.match(other.key) and same:
                return Mention(other.name, main.sentence, main.position, main.source)
        return main

    def _numbered_in_body(self, main):
        """The headline's numbered meeting named by its acronym ("the 57th APEC SMEWG") read
        from the first body sentence giving the same number before the name's last words
        ("the 57th … Small Medium Enterprises Working Group (APEC SMEWG)"), when no body name
        matches it (a copy glitch in the name); else None (c7)."""
        ordinal = ORDINAL_TOKEN_RE.match(main.key)
        tail = re.search(r"(\w+ \w+)(?: meeting)?$", main.key)
        if not ordinal or not tail or main.name in main.sentence.text:
            return None  # only a name the headline gives by its acronym
        pattern = re.compile(
            rf"\b{re.escape(ordinal.group(0).strip())}\s[^.;]{{0,120}}?\b{tail.group(1)}\b", re.I
        )
        for sentence in self.doc.body:
            found = pattern.search(sentence.text[:LONGEST])
            if found:
                return Mention(main.name, sentence, found.start(), "body")
        return None

    def _unglued_heading(self, main):
        """A capitals heading's glued word split where both halves are words of the body
        ("WEEKBUSINESS" when the body says "week" and "business"); else `main`."""
        words = set(re.findall(r"[a-z]{3,}", " ".join(s.text for s in self.doc.body).lower()))
        tokens = main.name.split(" ")
        for index, token in enumerate(tokens):
            lower = token.lower()
            if len(token) < 7 or not token.isalpha() or lower in words:
                continue
            cut = next(
                (i for i in range(3, len(lower) - 2) if {lower[:i], lower[i:]} <= words), None
            )
            if cut:
                tokens[index] = f"{token[:cut]} {token[cut:]}"
        name = " ".join(tokens)
        return (
            main if name == main.name else Mention(name, main.sentence, main.position, main.source)
        )

    def _named_in_body(self, main):
        """A headline naming its event only as "APEC" and a kind word ("Minister Attends APEC
        Meeting …"): the body's first name of that kind ("the … Ministers Responsible for
        Trade meeting"), as a list; else []."""
        generic = re.fullmatch(r"apec (\w+)", main.key)
        if not generic or generic.group(1) not in KIND_WORDS:
            return []
        kind = generic.group(1)
        for other in self.mentions:
            if other.sentence.paragraph >= 0 and other.key.rsplit(" ", 1)[-1] == kind:
                return [other]
        return []

    def _qualified_in_body(self, main):
        """A headline's short form of the body's qualified name ("… leads the first fully
        virtual APEC Senior Officials' Meeting" over "the APEC Virtual Extraordinary Senior
        Officials' Meeting (VESOM) on COVID-19"): the first body name holding the headline's
        words but "APEC", in a row, with words before them, as a list; else [] (c18)."""
        words = main.key.removeprefix("apec ").split()
        if len(words) < 2 or words[-1] not in KIND_WORDS or words[0][:1].isdigit():
            return []
        run = re.compile(rf"^apec(?: \w+){{1,3}} {re.escape(' '.join(words))}(?: |$)")
        for other in self.mentions:
            if other.sentence.paragraph >= 0 and run.match(other.key):
                return [other]
        return []

    def _topic_after_kind_in_body(self, main):
        """A headline's short form whose topic stands before its kind word ("APEC SME Forum
        opens in Lima") of the body's name giving the topic after it ("the APEC Forum on Small
        and Medium Enterprises and Innovation for Inclusive Growth"): the first body name "APEC
        <kind> on/for …" holding every topic word (SME spelled out or not), as a list; else []
        (c30)."""
        words = main.key.removeprefix("apec ").split()
        if not 2 <= len(words) <= 4 or words[-1] not in KIND_WORDS or words[0][:1].isdigit():
            return []
        kind, topic = words[-1], set(words[:-1])
        after = re.compile(rf"^apec {re.escape(kind)} (?:on|for) (?P<topic>.+)$")
        for other in self.mentions:
            found = after.match(other.key) if other.sentence.paragraph >= 0 else None
            if found and topic <= set(SME_WORDS_RE.sub("sme", found.group("topic")).split()):
                return [other]
        return []

    def _numbered_form(self, main):
        """The body's numbered name of the main event ("36th APEC SME Ministerial Meeting"
        for "the 2029 APEC SME Ministerial Meeting" of a quoted remark), read from there."""
        if ORDINAL_TOKEN_RE.match(main.key):
            return main
        for other in self.mentions:
            numbered = other.sentence.paragraph >= 0 and ORDINAL_TOKEN_RE.match(other.key)
            if self.doc.dateline and _said_past(other):
                continue  # a header's meeting, not last year's the body recalls (c22)
            if numbered and (
                _same_unnumbered(other.key, main.key) or _same_spelled_out(other.key, main.key)
            ):
                return other
        return main

    def _dated_first(self, mentions):
        """Body mentions, the first whose sentence does more than recall years put first
        ("The 32nd … Meeting was held in Temuco, 3–4 September 2026" before "… since the 1993
        Leaders' Meeting …, held every year since 1994"): a past the text recalls is not its
        event. Sentences are read only until one is found (a sentence with no year is)."""
        context = None
        # A meeting named only as where work goes next comes after those the text reports.
        mentions = sorted(mentions, key=_only_mentioned)
        for index, mention in enumerate(mentions):
            sentence = mention.sentence
            if YEAR_WORD_RE.search(_outside_name(mention)):
                context = context or _context(self.doc, [])
                precisions = {d.precision for d in _dates_in(sentence, context)}
                if not precisions & {"day", "month"}:
                    continue
            rest = [*mentions[:index], *mentions[index + 1 :]]
            return [self._dated_mention(mention, rest), *rest]
        return mentions

    def _dated_mention(self, mention, others):
        """The same name in a sentence giving its day ("The First … Meeting opened in Hanoi
        on May 9") when `mention`'s sentence gives none (a photo caption, "Scene at the First
        … Meeting"): the event is read from the sentence that dates it."""
        if not (_list_item(mention) or _dated_list_item(mention)):
            for other in others:
                # "…, the meetings will end on …, with the APEC Economic Leaders' Meeting" and
                # the list item "19-20 November, APEC Economic Leaders' Meeting" below it
                if other.key == mention.key and (_list_item(other) or _dated_list_item(other)):
                    return other
        context = _context(self.doc, [])
        if _day_in(mention.sentence, context):
            return mention
        for other in others:
            if other.key == mention.key and _day_in(other.sentence, context):
                return other
        return mention

    def _anaphora(self, kind_word, ministerial=False):
        words = "event|gathering|meeting" + (f"|{kind_word}" if kind_word else "")
        back = (
            rf"(?i:\b(?:the|this|that|their|today's|yesterday's)\s+(?:(?:\w+|\d+)-day\s+)?"
            rf"(?:(?:ministerial|plenary|annual|yearly|virtual|closed-door)\s+)?(?:{words})\b(?!s))"
        )
        if ministerial:
            # "with this Tourism Ministerial taking place in Urubamba": "Ministerial" as a
            # noun, its sector before it, is the ministerial meeting (not "the Ministerial
            # Statement", "the ministerial level").
            back += f"|{MINISTERIAL_NOUN_RE.pattern}"
        return re.compile(back)

    def read(self):
        doc = self.doc
        main, built_title = self._main_or_built()
        if main is None:
            return
        main = self._ordinal_over_year(main)
        self.main = main
        self.initiatives = _Initiatives.load()
        others = [
            m
            for m in self.mentions
            # "81st MEETING OF APEC SMEWG" and "the 81st meeting of the SME Working Group"
            # are one meeting named by its group's acronym and by its words
            if not self._same_as_main(m, main) and m.sentence.paragraph >= 0
        ]
        siblings = self._sibling_sentences(main, others)
        other_sentences = {id(m.sentence) for m in others} | {id(s) for s, _ in siblings}
        other_sentences |= {id(s) for s in map(self._follow_up, others) if s is not None}
        # "WES will take place in conjunction with the third … Meeting in San Francisco,
        # September 13-16": a sentence whose subject is the main event's own acronym is the
        # main event's, whatever else it names.
        own = self._acronym_sentences(main) + self._short_name_subjects(main)
        other_sentences -= {id(sentence) for sentence in own}
        self._other_sentences = other_sentences
        kind = self._main_kind(main, built_title)
        sources = _joined(self._main_sources(main, kind, other_sentences), own)
        if self.opening is not None and self.opening.sentence not in sources:
            sources.append(self.opening.sentence)  # the umbrella's first day and place
        fields = [doc.fields[k] for k in ("date", "venue", "city", "format") if k in doc.fields]
        context = _context(doc, sources)

        main_record = self._record_main(
            main, kind, sources, fields, context, other_sentences, built_title
        )
        self.main_record = main_record
        records = [(self._at(main.sentence), self._main_position(main, others), main_record)]
        records = records if main_record else []
        records += self._other_records(main, others, context, main_record)
        if main_record:
            records += self._sibling_records(main, main_record, kind, siblings, context, records)
        self._placeless = []
        records += self._mentioned_records(main, context, main_record, records)
        records += self._phrase_records(main, context, main_record, records)
        self.document.records = [record for _, _, record in sorted(records, key=lambda r: r[:2])]
        self._week_venue(self.document.records)
        _held_within(self.document.records)
        for record in self._placeless:
            _in_week_town(record, self.document.records)

    @staticmethod
    def _main_position(main, others):
        """Where the main record sorts in its sentence: before a meeting the sentence names
        as its frame ("from 2 through 20 August during the Third … Meeting (SOM3) in …,
        Chile held … called APEC Data Fortnight"), which is a further record (c14), and
        before a meeting of its series the sentence recalls first ("After the previous
        meeting in Lima, the 48th … Meeting was held in Busan …", round d5): the page's own
        event leads the records of its sentence."""
        text = main.sentence.text
        framed = [
            m.position
            for m in others
            if m.sentence is main.sentence
            and m.position < main.position
            and FRAME_CUE_RE.search(text, max(0, m.position - 30), m.position)
        ]
        recalled = [match.start() for match in QUALIFIED_NAME_RE.finditer(text, 0, main.position)]
        return min([main.position, *(p - 1 for p in framed + recalled)])

    def _sibling_records(self, main, main_record, kind, siblings, context, records):
        """(where, position, record) of each event a sentence names by city and month, but
        not one that is only the meetings the page names ("… in Lima in November")."""
        read = [record for _, _, record in records]
        found = []
        for sentence, places in siblings:
            for position, record in self._record_siblings(
                main, main_record, kind, sentence, places, context
            ):
                if not _announces_read(record, read):
                    found.append((self._at(sentence), position, record))
        return found

    def _mentioned_records(self, main, context, main_record, records):
        """(where, position, record) of each further event the page names with a day, a month
        or a city of its own that no step above read (`mentions.py`, round c13). Every body
        naming counts, the page's own meeting's too ("since the last SME Ministerial Meeting
        in September 2005" on the page of this year's is another meeting), and the meetings
        named in lower case."""
        # a meeting whose results the text reports is no candidate for its own event, yet one
        # more event of the page when it has a fact of its own ("… reported the results of the
        # ABAC Meeting in Seoul, Korea, from 26 - 29 April", round c23)
        others = [
            m for m in self.mentions + self.recalled if m.sentence.paragraph >= 0 and m is not main
        ]
        others = sorted(
            _town_named(
                self.doc,
                _numbered_mentions(self.doc, others + self._unnamed_mentions(main_record)),
                self.names,
            ),
            key=lambda m: (m.sentence.line, m.position),
        )
        self._further = [m for m in others if m.source == "described"]
        self._looked_at = others
        read = [(main.key, _year_of(main_record), _city_of(main_record))]
        read += [
            (_key(_series(r.value("title") or "")), _year_of(r), _city_of(r)) for *_, r in records
        ]
        owners = [main_record] + [r for *_, r in records]  # the record of each entry of `read`
        found = []
        for group in _mention_groups(others):
            for mention in filter(_candidate, group):
                record, year = self._record_mentioned(mention, context, main_record)
                if record is None or _read_already(mention, record, year, read, owners):
                    continue
                if _frames(mention, record, main_record, self.doc.headline):
                    # the week the page's own meeting is held in: its frame, one more event of
                    # the page held where that meeting is (round c36)
                    _held_where(record, main_record)
                found.append((self._at(mention.sentence), mention.position, record))
                read.append((mention.key, _year_of(record), _city_of(record)))
                owners.append(record)
                break
        return found

    def _phrase_records(self, main, context, main_record, records):
        """(where, position, record) of each further event named by a noun phrase headed by an
        event noun that no mention covers (`phrases.phrase_mentions`, round i6): not one that
        refers back to a name of the page ("the APEC summit" after "the APEC Leaders' Summit"),
        one with a fact of its own in its own clause, not read already."""
        named = [*self.mentions, *self.recalled, *getattr(self, "_looked_at", [])]
        spans = {}
        for m in named:
            spans.setdefault(id(m.sentence), []).append((m.position, m.position + len(m.name)))
        phrases, definite = phrase_mentions(self.doc, spans)
        # what a definite phrase may refer back to: the page's own event, a record made so far
        titles = [main.name] + [r.value("title") or "" for *_, r in records]
        said = [_words_of(t) for t in titles if t]
        read = [(main.key, _year_of(main_record), _city_of(main_record))]
        read += [
            (_key(_series(r.value("title") or "")), _year_of(r), _city_of(r)) for *_, r in records
        ]
        owners = [main_record] + [r for *_, r in records]
        # each phrase ends the clause of a name before it, as a name does
        self._further += phrases
        found = []
        for mention in phrases:
            if id(mention) in definite and phrase_refers_back(mention.name, said):
                continue
            if not phrase_candidate(mention):
                continue
            record, year = self._record_mentioned(own_clause(mention), context, main_record)
            if record is None or not own_fact(record, mention) or same_by_facts(record, owners):
                continue
            if part_of_main(record, main_record):
                continue
            _phrase_venue(record, own_clause(mention))
            if _read_already(mention, record, year, read, owners):
                continue
            found.append((self._at(mention.sentence), mention.position, record))
            read.append((mention.key, _year_of(record), _city_of(record)))
            owners.append(record)
        return found

    def _unnamed_mentions(self, main_record):
        """The meetings the body names in lower case or as weeks (`_lower_case_mentions`),
        and the standing meetings it writes in a way the other passes do not read
        (`_standing_mentions`, round c26), where no mention stands."""
        lower = _lower_case_mentions(self.doc, self.mentions)
        own_town = main_record.value("city") or None
        lower += _listed_towns(self.doc, self.mentions + lower, self.names, own_town)
        named = self.mentions + self.recalled + lower
        return lower + _standing_mentions(self.doc, named, self.names)

    def _record_mentioned(self, mention, context, main_record):
        """A candidate record of a further event from one mention: its day or month and its
        city from its own clause only, its host from that city or, for an event of the page's
        year with no city, the host year's; None when the clause gives neither."""
        # its own clause only: not the days of the sentence before its name (`lead`)
        own = self._clause(mention)
        lead = mention.sentence.text[: mention.position]
        # after the name as written ("SOM 1 in Trujillo" read as "First Senior Officials'
        # Meeting"), up to the clause's end
        after = mention.sentence.text[_written_end(mention) : len(own.lead) + len(own.text)]
        city, code, town_code = self._mentioned_town(mention, after, lead)
        clause, dates = self._mentioned_dates(mention, own, lead, context)
        dated = _dated_itself(dates, after)
        # "… will also host the … Ministerial Meeting. It is scheduled for Oct. 16 and 17 in
        # Niigata": what its clause leaves out, the next sentence says of it (c37)
        follow, (clause, dates, dated, city, code) = self._with_follow_up(
            mention, clause, (dates, dated, city, code), context
        )
        held = week_held(mention, lead, after)  # a week said to open: the page's own (c36)
        held = held or _standing_weekday(mention, after) or subject_dated(mention)
        venue = _social_venue(mention, after)
        alongside = None
        if city is None and not town_code:
            alongside = self._held_alongside(mention, main_record, context)
        if not (dated or held or venue or alongside) and city is None:
            return None, None  # an economy alone is no fact of its own: it names the host year
        kind = _kind_in(mention.name) or _inner_kind(mention.name) or EventKind.OTHER
        result = self._new(mention.title or mention.name, mention.sentence.line, kind, "low")
        self._fact_date(result, [clause], context, fallback_page=False, main=False)
        _in_named_year(result, mention.name, dates)
        _no_year_of_its_own(result, mention.name, dates, context)
        result.fact("city", city or "", mention.sentence.line, "low")
        result.fact("venue", "")
        self._venue_of_follow_up(result, follow, mention)
        placed = (city, town_code, venue, alongside)
        code = self._mentioned_place(result, mention, main_record, context, placed) or code
        code = self._week_facts(result, mention, after, held and not city, main_record) or code
        code = code or self._mentioned_host(result, clause, city is None, main_record, lead)
        result.fact("host_economy", code or "", mention.sentence.line, "low")
        self._mentioned_rest(result, mention)
        return result, _written_year(dates) or _fronted_year(lead)

    def _mentioned_town(self, mention, after, lead):
        """(city, its economy, the economy of a town in the name) of a further event: the
        first known town after a place cue in its clause, or the town it is named by."""
        city, code = _own_city(after, self.names, lead)
        town, town_code = _town_in_name(mention, self.names)  # "the 2005 Daegu conference"
        if town and (city is None or mention.source in ("town", "listed")):
            # the town it is named by, before a town said after it ("… then in Bogor, West
            # Java, in 1994, in Osaka, …": the Bogor summit, round d5)
            city, code = town, town_code
        return city, code, town_code

    def _mentioned_dates(self, mention, own, lead, context):
        """(clause, its dates) of a further event: its own clause's, else with a day fronted
        before its name ("On 5 May, the … Forum …") or a day "for" it ("join us on March 15th
        for a corporate luncheon …", round g1)."""
        clause = Sentence(own.text, mention.sentence.line)
        dates = _dates_in(clause, context)
        if not dates and (FRONTED_DATE_RE.match(lead) or _day_fronted(mention, self.mentions)):
            clause = Sentence(f"{lead}{own.text}", mention.sentence.line)
            dates = _dates_in(clause, context)
        fronted = fronted_time(lead) if mention.source == "phrase" else ""
        if not dates and fronted and self._first_named(mention):
            # "On Saturday evening, the leaders will attend a gala dinner …" (round i8)
            clause = Sentence(f"{fronted}, {own.text}", mention.sentence.line)
            dates = _dates_in(clause, context)
        day_for = DAY_FOR_RE.search(lead) if mention.source in ("described", "phrase") else None
        if not dates and day_for:
            clause = Sentence(f"{day_for.group(0)}{own.text}", mention.sentence.line)
            dates = _dates_in(clause, context)
        return clause, dates

    def _first_named(self, mention):
        """Whether no other event is named before the mention in its sentence."""
        return not any(
            m.sentence is mention.sentence and m.position < mention.position
            for m in [*self.mentions, *self._further]
        )

    def _mentioned_place(self, result, mention, main_record, context, placed):
        """A further event's venue (a dinner's, g1) and, with no town of its own, the town of
        the page's own event it is held beside (g3) or of the week the page reports; its host
        when that gave one, else None."""
        city, town_code, venue, alongside = placed
        if venue:
            # "a gala dinner at the Royal Thai Navy Convention Hall": held at its venue (g1)
            result.fact("venue", venue, mention.sentence.line, "low")
        if city is None and not town_code and not alongside:
            alongside = self._held_alongside(mention, main_record, context, _days_of(result))
        if alongside and not city:
            cue = "held beside the page's own event"
            result.fact("city", alongside[0], mention.sentence.line, "low", cue=cue)
            return alongside[1]
        if city is None and _of_the_week(mention):
            # in the town of the week the page reports, placed once its records are (`read`)
            self._placeless.append(result)
        return None

    def _mentioned_rest(self, result, mention):
        """The facts of a further event read from its mention that the page does not give it:
        no co-hosts, officials or summary of its own beyond its sentence."""
        result.fact("co_host_economies", [], None, "high")
        # its initiative from its own name and sentence only, not the page's
        slug, line, known = _initiative(mention.name, [mention.sentence], [], self.initiatives)
        result.fact("initiative", slug if known else "", line)
        result.fact("virtual", False)
        result.fact("officials", [])
        result.fact("summary", mention.sentence.text, mention.sentence.line)
        result.fact("source_url", self.source_url)
        _warn_named_beside(result, mention.sentence.line)
        event_check_lengths(result)

    def _held_alongside(self, mention, main_record, context, days=None):
        """(town, host) of the page's own event for a further event its sentence holds where
        that one is (g3): said to be held in its week, on its sidelines, beside it or "here"
        ("Meanwhile, in the APEC CEO Summit, a parallel business forum, …", "officials met
        here on Friday"), or with `days` (first, last) within the own event's days or, under a
        dateline, in the week up to the report's day ("Senior government officials met Tuesday"
        in a Wednesday's wire from Cabo San Lucas). Not an event the page's work goes on to
        ("will be submitted to", "ahead of", "paves the way for"), one dated after the report,
        nor one in a sentence that names another town or economy."""
        town = self._beside_town(mention, main_record)
        if town is None:
            return None
        host = main_record.value("host_economy") or None
        if days is None:
            return (town, host) if _said_alongside(mention) else None
        own = _days_of(main_record)
        if own and own[0] <= days[0] and days[1] <= own[1]:
            return town, host  # within the days of the page's own event
        release = getattr(context, "release", None)
        if release and self.doc.dateline and 0 <= (release - days[0]).days < WEEK_DAYS:
            return (town, host) if days[1] <= release else None  # the dateline's week so far
        return None

    def _beside_town(self, mention, main_record):
        """The town of the page's own event a further event may be held beside, or None: no
        town, an online meeting, a sentence the page's work goes on from ("ahead of", "…
        ago"), or one naming another town, economy or year."""
        if main_record is None or main_record.value("virtual"):
            return None
        town = main_record.value("city")
        if not town:
            return None
        text = mention.sentence.text[:LONGEST]
        if GOES_ON_TO_RE.search(text) or AGO_RE.search(text):
            return None
        host = main_record.value("host_economy") or None
        other, economy = _own_city(text, self.names)
        economy = economy or self._economy_in_clause(mention.sentence)
        if (other and place_key(other) != place_key(town)) or (economy and economy != host):
            return None
        own_year = _year_of(main_record)
        if own_year and any(int(y) != own_year for y in _YEAR_RE.findall(text)):
            return None  # "the 2015 APEC Week": another year's
        return town

    def _week_facts(self, result, mention, after, placeless, main_record):
        """A week's own venue ("The … Week opened on Monday at the Chiang Rai Convention
        Hall"); a week said to open with no town of its own is held where the page's own
        meeting is (`_held_where`), and one opened by that meeting in the same sentence starts
        on its day (`_kicked_off_by`, round c36). The week's host, if these gave one."""
        if mention.source != "week":
            return None
        venue = _venue_in(after)
        if venue:
            result.fact("venue", venue[0], mention.sentence.line, "low")
        if placeless:
            _held_where(result, main_record)
        lead = mention.sentence.text[: mention.position]
        same = self.main is not None and self.main.sentence is mention.sentence
        if same and week_held(mention, lead, after):
            _kicked_off_by(result, main_record)
        return result.value("host_economy") if placeless else None

    def _mentioned_host(self, result, clause, no_city, main_record, lead):
        """The host of a further event read from a mention that names no town's economy: the
        host year the page names for the event's year ("Singapore as APEC 2041 host"), else
        for one of APEC's standing meetings the host of its year (c25), else for a core meeting
        named without year or town the host of the page's core meeting (c33); else None."""
        code = self._economy_of_host_year(result)[0]
        code = code or self._host_of_apec_year(result, [clause])[0]
        if not code and no_city:
            code = _host_of_pages_core_meeting(result, main_record, lead)
        return code

    def _week_venue(self, records):
        """The venue a sentence naming no event gives all the meetings ("All meetings will be
        held at the Biobío Convention Centre", "the meetings will be held at the Lima
        Convention Center"): each record of a meeting in the city of the page's own meeting
        that names no venue of its own takes it (low confidence, cue "the meetings' venue")."""
        if len(records) < 2:
            return
        named = {id(m.sentence) for m in self.mentions}
        for sentence in self.doc.body:
            if id(sentence) in named:
                continue
            match = WEEK_VENUE_RE.search(sentence.text[:LONGEST])
            venue = _venue_in(sentence.text[match.end() : LONGEST]) if match else None
            if venue:
                break
        else:
            return
        city = records[0].value("city")
        for record in records:
            if not record.value("venue") and record.value("city") == city:
                record.fact("venue", venue[0], sentence.line, "low", cue="the meetings' venue")

    def _at(self, sentence):
        """Where a sentence stands in the text, for listing the records in reading order: its
        line, then its place among the body's sentences (two sentences may share a line)."""
        if self._order is None:
            self._order = {id(s): index for index, s in enumerate(self.doc.body)}
        return sentence.line, self._order.get(id(sentence), -1)

    def _main_or_built(self):
        """The main event's mention, else one built from "ministers met" (and whether built).
        An event the text recalls ("20 years after China hosted the 9th APEC Economic Leaders'
        Meeting", "since Lima hosted …", "… in Osaka 28 years ago") is not its event, but a
        further one when it has a fact of its own (`self.recalled`)."""
        self.recalled = [m for m in self.mentions if _recalled(m)]
        self.mentions = [m for m in self.mentions if not _recalled(m)]
        self.main = self._choose_main()
        self.opening = self._opening_of_umbrella(self.main)
        if self.opening is not None:
            self.main = self._umbrella
            return self.main, False
        # the occasion over a named event; a meeting built from who meets comes first
        occasion = self._occasion_main(self.main) if self.main is not None else None
        occasion = occasion or self._addressed_main(self.main) or self._founding_main(self.main)
        occasion = occasion or self._held_main(self.main)
        if occasion is not None:
            self.main = occasion
            return occasion, False
        if self.main is not None:
            ministers = self._ministers_of_headline(self.main)
            if ministers is not None:
                return ministers, ministers.source == "built"
            built = self._who_meets_before(self.main)
            if built:
                return built, True
            described = self._described_held_before(self.main)
            if described is not None:
                return described, False
            return self._described_lede(self.main) or self.main, False
        return self._built_or_occasion()

    def _built_or_occasion(self):
        """The main event when the text names none: one built from who met or from a
        description, else a social occasion or a gathering someone held; a description yields
        to a gathering held with its day (d2)."""
        built = self._built_main()
        if built[0] is None:
            occasion = self._occasion_main(None) or self._held_main(None)
        elif self._is_described(built[0]):
            occasion = self._held_main(built[0])
        else:
            occasion = None
        if occasion is None:
            return built
        self.main = occasion
        return occasion, False

    def _held_main(self, main):
        """The gathering one of the first six body sentences says someone held, with a day
        ("The Department … this morning held an embassy briefing on … preparations for the
        APEC Economic Leaders' Meeting", "… hosted Friday night a welcome dinner for senior
        officials and delegates attending the two-day Senior Officials' Meeting here", "On
        Thursday and Friday, government agencies … convened in a two-day interactive
        workshop"): the page's own event when no event was chosen, when the chosen one is
        named after it in that sentence (what it serves, what its guests attend), named only in
        a later sentence and not by the headline, or a gathering described without a day (a
        photo caption's "press conference"). Else None (d2)."""
        context = _context(self.doc, [])
        apec_near = self._apec_near()
        for sentence in self.doc.body[:HELD_SENTENCES]:
            found = _held_gathering_in(sentence, apec_near)
            if found is None:
                continue
            if not any(d.precision == "day" for d in _dates_in(sentence, context)):
                return None
            if main is None or self._held_over(main, sentence, found):
                return self._described(found, sentence)
            return None
        return None

    def _held_over(self, main, sentence, found):
        """Whether the gathering `found` held in `sentence` is the page's event over `main`."""
        if _same_meeting(_key(found[0]), main.key):
            return False  # "held a workshop themed “…”": the quoted title names it
        if main.sentence is sentence:
            return main.position > found[1]
        if main.sentence.paragraph < 0 or main.source in ("quote", "field"):
            return False  # the headline's event, a quoted or labelled name
        if self._is_described(main):
            return not any(
                d.precision == "day" for d in _dates_in(main.sentence, _context(self.doc, []))
            )
        return self._at(main.sentence) > self._at(sentence)

    def _occasion_main(self, main):
        """The social occasion the headline or the lede names with its day ("New Zealand
        kicked off its APEC host year on Tuesday, with a welcome ceremony …", "In the evening
        of November 10, 2014, President Xi … held a banquet …, welcoming leaders … attending
        the 22nd … Meeting"): the page's own event when no event was chosen, when the chosen
        one is what the guests attend, or when it is named after the occasion only as coming
        or in passing ("The first … meeting, the Informal Senior Officials Meeting, will be
        held on Dec. 9"). Else None (round c27)."""
        if not APEC_NAMED_RE.search(self.doc.text[: LONGEST * 4]):
            return None
        heads = [self.doc.headline] if self.doc.headline is not None else []
        context = _context(self.doc, [])
        for sentence in [*heads, *self.doc.body[:3]]:
            found = _occasion_in(sentence)
            if found is None:
                continue
            if not any(d.precision == "day" for d in _dates_in(sentence, context)):
                continue
            if main is None or self._occasion_over(main, sentence):
                return Mention(found[0], sentence, found[1], "body")
            return None
        return None

    def _addressed_main(self, main):
        """The meeting a speech's first sentence addresses ("… in addressing the Asia Pacific
        Labour Network at its annual meeting"): the page's own event when no event was
        chosen or when the chosen one is named in that sentence only as approaching ("as we
        approach the 14th APEC Economic Leaders' Meeting next week"). Else None (c34)."""
        lede = self.doc.body[0] if self.doc.body else None
        found = _addressed_in(lede) if lede is not None else None
        if found is None:
            return None
        if main is not None:
            if main.sentence is not lede:
                return None
            text = lede.text
            if not APPROACHED_BEFORE_RE.search(text, max(0, main.position - 24), main.position):
                return None
        return Mention(found[0], lede, found[1], "body")

    def _founding_main(self, main):
        """The founding ceremony of an APEC body the first sentence dates ("China APEC Academy
        was officially established on April 26, 2002. The inauguration ceremony was held at
        …"): the page's own event unless the chosen one is the headline's or named in that
        sentence (c34)."""
        body = self.doc.body
        if not body:
            return None
        lede = body[0]
        following = body[1] if len(body) > 1 and body[1].paragraph == lede.paragraph else None
        found = _founding_in(lede, following)
        if found is None:
            return None
        if main is not None and (main.sentence.paragraph < 0 or main.sentence is lede):
            return None
        return Mention(found[0], lede, found[1], "body")

    def _occasion_over(self, main, sentence):
        """Whether the occasion in `sentence` is the page's event rather than `main`."""
        text = main.sentence.text
        if ATTENDED_BEFORE_RE.search(text, max(0, main.position - 24), main.position):
            return True  # "… for guests to attend the 22nd … Leaders' Meeting"
        if main.sentence.paragraph < 0 or self._at(main.sentence) <= self._at(sentence):
            return False  # the headline's event, or one the lede names first
        return bool(FUTURE_RE.search(text)) or _only_mentioned(main)

    def _not_read_as_other(self, main, other, listed):
        """Whether `other` is read from elsewhere: a meeting a list names with its own days
        (read from its list item), or the meeting the page's occasion's guests attend."""
        in_list = _list_item(other) or _dated_list_item(other)
        if not in_list and any(_same_meeting(other.key, key) for key in listed):
            return True
        return self._attended_at_occasion(main, other)

    def _attended_at_occasion(self, main, other):
        """Whether `other` is the meeting the page's occasion's guests attend, named in the
        occasion's sentence ("hosted a grand banquet for guests to attend the 22nd … Meeting"):
        the occasion's day and place are not that meeting's (c27)."""
        if main.sentence is not other.sentence or _occasion_in(main.sentence) is None:
            return False
        text = other.sentence.text
        return bool(ATTENDED_BEFORE_RE.search(text, max(0, other.position - 24), other.position))

    def _apec_near(self):
        """Whether the headline or the lede names APEC: a gathering the text describes is
        then an APEC one."""
        heads = [self.doc.headline] if self.doc.headline is not None else []
        return any(APEC_NAMED_RE.search(s.text[:LONGEST]) for s in [*heads, *self.doc.body[:1]])

    def _described(self, found, sentence):
        """The mention of an event read from a description, `found` from `_described_event`."""
        self._descriptions[(found[0], id(sentence))] = found[2]
        return Mention(found[0], sentence, found[1], "body")

    def _described_lede(self, main):
        """The gathering the lede describes without a name ("A three-day meeting on cold chain
        resilience by the Asia-Pacific Economic Cooperation forum economies wrapped up
        Wednesday"), when the event chosen is named only in a later paragraph, by a name without
        the described kind word (the "… Officials Forum" the results go to), and the description
        holds "APEC" or a topic (not a programme's "a youth gathering and a business summit");
        else None. A later name holding the kind word ("the Workshop on the Path to …" after a
        caption's "the workshop on inclusive energy transition") names the described event: it
        stays (c1)."""
        lede = self.doc.body[0] if self.doc.body else None
        if main.source != "body" or lede is None:
            return None
        before = self._described_before(main)
        if before is not None:
            return before
        if main.sentence.paragraph <= lede.paragraph:
            return None
        found = _described_event(lede.text[:LONGEST], self._apec_near())
        if found is None or not found[3] or re.search(rf"\b{found[2]}\b", main.name, re.I):
            return None  # no description, one without "APEC" or a topic, or the name's own
        if self._headline_kind_of(main) and not self._headline_kind_of(
            self._described(found, lede)
        ):
            # "APEC dialogue on food security, blue economy kicks off" over "… convened Sunday
            # for a two-day forum …" and "… at the APEC High Level Policy Dialogue held in
            # Iloilo": the headline's kind word is the name's, so the name is the event
            return None
        return self._described(found, lede)

    def _headline_kind_of(self, mention):
        """Whether the headline speaks of a gathering by the kind word `mention`'s name ends
        with ("APEC dialogue on … kicks off" for "APEC High Level Policy Dialogue")."""
        headline = self.doc.headline
        found = _headline_event(headline.text[:LONGEST], True) if headline is not None else None
        last = mention.name.split()[-1].lower() if mention.name.split() else ""
        return found is not None and found[2] == last

    def _described_before(self, main):
        """The gathering an early sentence describes before the name it also gives ("…
        facilitated a policy dialogue workshop on MSME Internationalization and the APEC 47th SME
        Working Group Meeting"): the first event the text reports; else None (c11)."""
        early = [id(sentence) for sentence in self.doc.body[:3]]
        # the same name in an early sentence (the main one may be read where it is dated)
        naming = next(
            (
                m
                for m in self.mentions
                if id(m.sentence) in early and _same_meeting(m.key, main.key)
            ),
            None,
        )
        if naming is None:
            return None
        found = _described_event(naming.sentence.text[:LONGEST], self._apec_near())
        if found is None or not found[3] or found[1] >= naming.position:
            return None
        if re.search(rf"\b{found[2]}\b", main.name, re.I):
            return None  # the name holds the described kind word: the same gathering
        return self._described(found, naming.sentence)

    def _ministers_of_headline(self, main):
        """The ministers' meeting when the headline speaks of ministers or their meeting and
        names no event ("APEC ministers pledge help for small firms"), and the body's first
        event is no ministerial meeting (a forum of business people the text also names): the
        body's first ministerial meeting, else one built from "ministers … met"; else None."""
        headline = self.doc.headline
        if (
            main.source != "body"
            or headline is None
            or _kind_of(main.name) == (EventKind.MINISTERIAL_MEETING)
        ):
            return None
        first = self.doc.body[0].line if self.doc.body else headline.line
        # The headline and the headings above the body ("Pacific Business Wire" above it).
        heads = [headline, *(h for h in self.doc.headings if h.line < first)]
        words = set(re.findall(r"[a-z]+", " ".join(h.text[:LONGEST] for h in heads).lower()))
        if not words & HEADLINE_MINISTERS_WORDS or words & set(KIND_WORDS) - {"meeting"}:
            return None
        for mention in self.mentions:
            ministerial = _kind_of(mention.name) == EventKind.MINISTERIAL_MEETING
            if ministerial and mention.sentence.paragraph >= 0 and not _only_mentioned(mention):
                return mention
        built, _ = self._built_main()
        return built if built is not None and built.source == "built" else None

    def _built_main(self):
        """The page's own event when the text names none: of the titles its sentences make
        (`_built_in_text`) and the others the headline and that sentence make, the one they
        support best (`_best_supported`)."""
        found, built = self._built_in_text()
        if found is None or found.source not in ("body", "built"):
            return found, built
        heads = [self.doc.headline] if self.doc.headline is not None else []
        at = next((i for i, s in enumerate(self.doc.body) if s is found.sentence), 0)
        earlier = [s.text for s in self.doc.body[:at]]
        title = _best_supported(found, heads, self._apec_near(), earlier)
        if title == found.name:
            return found, built
        return Mention(title, found.sentence, found.position, found.source), built

    def _built_in_text(self):
        """A meeting built from who met ("SME ministers met", "trade ministers gathered") or
        an event named only by its kind ("the APEC symposium"), else (None, False)."""
        for sentence in self.doc.body:
            # The shortest text the pattern takes, "SME ministers met", has 17 characters.
            if len(sentence.text) >= 17 and MINISTERS_MET_RE.search(sentence.text[:LONGEST]):
                return Mention(SME_BUILT_TITLE, sentence, 0, "built"), True
        for sentence in _distinct_texts(self.doc.body):
            title = _title_of_who_meets(sentence.text[:LONGEST])
            if title:
                return Mention(title, sentence, 0, "built"), True
        heads = [self.doc.headline] if self.doc.headline is not None else []
        apec_near = self._apec_near()
        for sentence in _distinct_texts([*self.doc.body, *heads]):
            plain = _plain_name(sentence.text[:LONGEST])
            # "a two-day workshop on flood readiness …", "a recent APEC SME meeting": a
            # described gathering says more than "an APEC meeting" (c1)
            described = _described_event(sentence.text[:LONGEST], apec_near)
            if described and (plain is None or re.fullmatch(r"APEC [a-z]+", plain[0])):
                return self._described(described, sentence), False
            if plain:
                name = plain[0]
                lede = self._meeting_began_lede() if re.fullmatch(r"APEC [a-z]+", name) else None
                if lede is not None:  # "an APEC meeting": its own day and place are said there
                    return Mention(name, lede, 0, "body"), False
                return Mention(name, sentence, plain[1], "body"), False
        found = self._headline_kind_main(heads, apec_near)
        if found is None:
            # a release its working group issued, reporting the group's talks; a project
            # report's workshop, named by the project; "Meeting in Shenzhen, the Council …"
            # (c14)
            byline = (
                _byline_group_meeting(self.doc)
                or _project_gathering(self.doc)
                or _participle_meeting(self.doc)
            )
            found = Mention(byline[0], byline[1], 0, "body") if byline else None
        return found or self._town_meeting(), False

    def _town_meeting(self):
        """The gathering a body names by its town ("Experts attending the Bangkok meeting
        include …"), read from the first sentence saying who met in that town on a day
        ("Disaster experts met in Bangkok on 5-6 December …"), else from its own sentence; or
        None (round c24)."""
        found = _town_meeting(self.doc, self.names.city)
        if found is None:
            return None
        title, town, sentence = found
        context = _context(self.doc, [])
        met_in = re.compile(rf"\bin\s+{re.escape(town)}\b")
        for other in self.doc.body[:FACT_SENTENCES]:
            text = other.text[:LONGEST]
            if met_in.search(text) and any(d.precision == "day" for d in _dates_in(other, context)):
                return Mention(title, other, 0, "body")
        return Mention(title, sentence, 0, "body")

    def _headline_kind_main(self, heads, apec_near):
        """The gathering a headline names by its kind word ("APEC workshop looks at paperless
        trade for small firms"), read from the body's first sentence referring back to it ("The
        workshop, held at …"), else from the lede; or None (c1)."""
        found = _headline_event(heads[0].text[:LONGEST], apec_near) if heads else None
        if found is None or not self.doc.body:
            return None
        back = re.compile(rf"(?i:\b(?:the|this)\s+(?:[\w-]+\s+)?{found[2]}\b)")
        body = self.doc.body
        sentence = next((s for s in body if back.search(s.text[:LONGEST])), body[0])
        return self._described(found, sentence)

    def _meeting_began_lede(self):
        """The body's first sentence, among its first three, that says APEC people began or
        opened a meeting ("Senior APEC energy officials began meeting in … Darwin on Sunday"):
        where a text naming its event only by its kind ("the APEC meeting") says its day and
        place; or None."""
        for sentence in self.doc.body[:3]:
            if "APEC" in sentence.text and MEETING_BEGAN_RE.search(sentence.text[:LONGEST]):
                return sentence
        return None

    def _opening_of_umbrella(self, main):
        """`main` when it opened an umbrella event the text names ("PPWE 2 is the first
        meeting of the four-day APEC 2040 Women and the Economy Forum", "the Forum opened
        with the PPWE 2 Meeting"), the umbrella kept in self._umbrella; else None. The umbrella
        is the text's event; the meeting that opened it is a record of its own and gives the
        umbrella its first day and place when the umbrella's sentences give none."""
        if main is None or main.source not in ("body", "headline"):
            return None
        for mention in self.mentions:
            if mention.sentence.paragraph < 0 or _same_unnumbered(mention.key, main.key):
                continue
            text = mention.sentence.text
            before = text[max(0, mention.position - 80) : mention.position]
            after = text[
                mention.position + len(mention.name) : mention.position + len(mention.name) + 40
            ]
            if UMBRELLA_BEFORE_RE.search(before) or OPENED_WITH_RE.match(after):
                self._umbrella = mention
                return main
        return None

    def _who_meets_before(self, main):
        """A meeting named by who meets ("Ministers from the 21 APEC member economies met in
        Trujillo on Wednesday") in a body sentence before the one naming `main`, when that
        sentence gives a place and a day and main's sentence gives no day ("The APEC
        Economic Leaders' Meeting will be held in Lima in November"): an event whose sentence
        gives its own place and days beats one only mentioned. Else None."""
        if main.source != "body" or main.sentence.paragraph < 0:
            return None
        context = _context(self.doc, [])
        for sentence in self.doc.body:
            if sentence is main.sentence:
                return None
            text = sentence.text[:LONGEST]
            title = _title_of_who_meets(text) if len(text) >= 17 else None
            if title is None:
                continue
            days = [d for d in _dates_in(sentence, context) if d.precision == "day"]
            # "met here on Friday" under a dateline: the dateline's city is the place
            here = self.doc.dateline is not None and MET_HERE_RE.search(text)
            own = days and (HELD_IN_RE.search(text) or here)
            mentioned = _only_mentioned(main) or not any(
                d.precision == "day" for d in _dates_in(main.sentence, context)
            )
            return Mention(title, sentence, 0, "built") if own and mentioned else None
        return None

    def _described_held_before(self, main):
        """A gathering a body sentence before `main`'s describes with a day of its own ("On
        Thursday and Friday, government agencies … convened in a two-day interactive workshop
        to discuss … the hosting process"), tied to APEC or with a topic, when `main` is named
        with no day in its sentence ("the APEC Economic Leaders' Meeting, coming at the
        tail-end of …"): the event the page reports beats one it only mentions. Else None."""
        if main.source != "body" or main.sentence.paragraph < 0:
            return None
        context = _context(self.doc, [])
        if any(d.precision == "day" for d in _dates_in(main.sentence, context)):
            return None
        if self._headline_kind_of(main):
            return None  # the headline speaks of the named gathering's kind: it is the event
        apec_near = self._apec_near()
        for sentence in self.doc.body:
            if sentence is main.sentence:
                return None
            found = _described_event(sentence.text[:LONGEST], apec_near)
            if found is None or not found[3] or re.search(rf"\b{found[2]}\b", main.name, re.I):
                continue
            if any(d.precision == "day" for d in _dates_in(sentence, context)):
                return self._described(found, sentence)
        return None

    def _names_a_conference(self, main):
        """Whether the page names a conference other than its own event (c28)."""
        return any(
            "conference" in m.key for m in self.mentions if not _same_meeting(m.key, main.key)
        )

    def _main_kind(self, main, built_title):
        type_field = self.doc.fields.get("type")
        named = _kind_of(main.name)
        return (
            (named if named != EventKind.OTHER else None)  # "Type: workshop" beats "… Clinic"
            or (_kind_word(type_field.text) if type_field else None)
            or named
            or (EventKind.MINISTERIAL_MEETING if built_title else EventKind.OTHER)
        )

    def _main_sources(self, main, kind, other_sentences):
        """The main event's sentence, the rest of its paragraph up to another event's, and
        every body sentence referring back to it ("the forum") or naming its series."""
        doc = self.doc
        kind_word = KIND_NAMES.get(kind)
        own_words = [w.lower() for w in re.findall(r"[A-Za-z]+", main.series)]
        own_words = [w for w in own_words if w in KIND_WORDS]
        if own_words and kind_word != own_words[-1]:
            kind_word = "|".join(filter(None, (kind_word, own_words[-1])))
        # "the 45th SME Working Group meeting and the policy dialogue workshop on …": a part
        # named in lower case and joined to the meeting is held with it, so "The workshop
        # took place in …" later says where the meeting is.
        joined = JOINED_PART_RE.search(main.sentence.text[:LONGEST], main.position)
        if joined:
            kind_word = "|".join(filter(None, (kind_word, joined.group("kind"))))
        called = _called_gathering(main.sentence.text, main.position)
        if called:
            # "An APEC contest … will take place 14-15 November." before "The annual APEC …
            # Prize, known as …, is an initiative of … this year's contest" (c14)
            kind_word = "|".join(filter(None, (kind_word, called)))
        if own_words and own_words[-1] in TALKS_WORDS and not self._names_a_conference(main):
            # "… Dialogue on Women and the Economy 2017 Forum" and, later, "The conference will
            # be held at the Indochine Palace Hotel": a forum of talks is the page's conference
            # when the page names no other conference (c28)
            kind_word = "|".join(filter(None, (kind_word, "conference")))
        if self._is_described(main):
            # "A three-day meeting on …" and, later, "the workshop, held in Sendai": a text
            # describing its event names it by more than one kind word (c1)
            kind_word = "|".join(filter(None, (kind_word, DESCRIBED_BACK_WORDS)))
        anaphora = self._anaphora(kind_word, kind == EventKind.MINISTERIAL_MEETING)
        sources = [main.sentence]
        if main.sentence.paragraph >= 0:
            paragraph = doc.paragraphs[main.sentence.paragraph]
            following = paragraph[paragraph.index(main.sentence) + 1 :]
            for sentence in following:
                if id(sentence) in other_sentences:
                    break
                sources.append(sentence)
        sources += self._introducing_sentence(main, kind_word, other_sentences)
        sources += self._other_namings(main, sources)
        return self._sentences_about_main(sources, other_sentences, anaphora, main, kind)

    def _sentences_about_main(self, sources, other_sentences, anaphora, main, kind):
        """`sources` and each further body sentence about the main event (`_about_main`), or
        going on about it with "It is organised by …" right after one of its sentences in the
        same paragraph ("The forum will discuss … It is organised by …")."""
        series = _key(main.series)
        source_ids = {id(sentence) for sentence in sources}
        previous = None
        for sentence in self.doc.body:
            if id(sentence) in source_ids or id(sentence) in other_sentences:
                previous = sentence
                continue
            after_own = (
                previous is not None
                and previous.paragraph == sentence.paragraph
                and id(previous) in source_ids
                and IT_BY_RE.match(sentence.text)
            )
            if self.doc.dateline and main.sentence.paragraph < 0 and _past_sentence(sentence):
                pass  # last year's meeting the body recalls is not a header's (c22)
            elif after_own or _about_main(sentence.text[:LONGEST], anaphora, series, kind):
                sources.append(sentence)
                source_ids.add(id(sentence))
            previous = sentence
            if len(sources) >= FACT_SENTENCES:
                break
        return sources[:FACT_SENTENCES]

    def _own_part(self, main):
        """The main event's sentence with the clause of each other event named in it blanked
        up to the next comma, or for one named before it up to its name ("…, ahead of the 39th
        APEC Economic Leaders' Meeting set for Nov. 22-23"): that event's days are not the main
        event's."""
        text = main.sentence.text[:LONGEST]  # as far as the dates are read
        others = [
            m
            for m in self.mentions
            if m.sentence is main.sentence
            and m.position != main.position
            and m.position < len(text)
            and not _same_meeting(m.key, main.key)
        ]
        # An event named before the main one keeps its clause up to the main event's name.
        spans = [
            (
                m.position,
                min(
                    OWN_CLAUSE_END_RE.search(text, m.position).start(),
                    main.position if m.position < main.position else len(text),
                ),
            )
            for m in others
        ]
        if not spans:
            return main.sentence
        for start, end in spans:
            text = text[:start] + " " * (end - start) + text[end:]
        return Sentence(text, main.sentence.line, main.sentence.paragraph)

    def _other_namings(self, main, sources):
        """The clauses of the body's other names of the main event ("The 43rd APEC Ministerial
        Meeting got under way … at …" after "The 43rd Ministerial Meeting of APEC opens …"):
        one meeting, one record holding the facts of both. The clause stops at the next event
        the sentence names, so that event's days ("… the Leaders' Meeting set for Nov. 22-23")
        stay its own."""
        taken = {id(sentence) for sentence in sources}
        namings = []
        for mention in self.mentions:
            if len(namings) >= FACT_SENTENCES:
                break  # as many as the facts are read from: a huge text is not read again
            if mention.sentence.paragraph < 0 or id(mention.sentence) in taken:
                continue
            if self.doc.dateline and main.sentence.paragraph < 0 and _said_past(mention):
                continue  # a header's meeting, not last year's the body recalls (c22)
            if _same_meeting(mention.key, main.key):
                taken.add(id(mention.sentence))
                namings.append(self._clause(mention))
        return namings

    def _short_name_subjects(self, main):
        """Body sentences whose subject is the main event by a few of its own words ("The APEC
        leaders' meeting will be held in Shenzhen on Nov 18 and 19, along with … the APEC CEO
        Summit"): the events named after it go along with it, the days are the main event's."""
        own = set(_key(main.series).split()) | {"apec"}
        subject = re.compile(
            r"(?:The|This year's)\s+((?:[\w’'-]+\s+){1,4}?)(meeting|forum|summit)\s+will\b"
        )
        found = []
        for sentence in self.doc.body[:FACT_SENTENCES]:
            match = subject.match(sentence.text)
            words = _key(match.group(1)).split() if match else []
            if (
                words
                and set(words) <= own
                and match.group(2) in own
                and len(set(words) - {"apec"}) >= 1
            ):
                found.append(sentence)
        return found

    def _acronym_sentences(self, main):
        """Body sentences whose subject is the main event's acronym, when the text defines it
        in brackets after the name ("… Women and the Economy Summit (WES). WES will take place
        …"): the initials of the name's capitalised words, "APEC" left out."""
        series = APEC_SPELLED_RE.sub("APEC", main.series)
        words = [w for w in re.findall(r"[\w’'-]+", series) if w[:1].isupper() and w != "APEC"]
        acronym = "".join(w[0] for w in words)
        if len(acronym) < 2 or f"({acronym})" not in self.doc.text:
            return []
        subject = re.compile(rf"(?:The\s+)?{acronym}\s+(?!and\b|or\b)[a-z]")
        return [s for s in self.doc.body if subject.match(s.text)][:FACT_SENTENCES]

    def _introducing_sentence(self, main, kind_word, other_sentences):
        """[the sentence right before the event's] when it introduces the event unnamed
        ("… will gather at a ministerial meeting beginning in Darwin today." before "The 6th
        APEC Oceans Ministerial Meeting will …"), else []."""
        body = self.doc.body
        index = next((i for i, s in enumerate(body) if s is main.sentence), 0)
        before = body[index - 1] if index > 0 else None
        if before is None or id(before) in other_sentences:
            return []
        words = "meeting" + (f"|{kind_word}" if kind_word else "")
        introduces = re.search(
            rf"\ban?\s+(?:APEC\s+)?(?:(?:\w+|\d+)-day\s+)?(?:(?:ministerial|plenary|annual|regional)\s+)?"
            rf"(?:{words})\b(?!s)",
            before.text[:LONGEST],
            re.I,
        )
        # "Trade and foreign ministers … convened in Gyeongju." before "… set the stage for
        # the APEC Ministerial Meeting on Thursday.": the ministers meeting is this meeting.
        who = None if introduces else _title_of_who_meets(before.text[:LONGEST])
        same = who is not None and _same_meeting(_key(who), main.key)
        # "APEC economies met in Guangzhou this week …" before "Meeting as part of the first
        # APEC Senior Officials' Meeting, delegates …": the sentence goes on about that
        # meeting (i28l8).
        # "Health ministers … convened in Lima, Peru, from August 14-18." before "They
        # participated in a …, the … and the 14th High-Level Meeting …": those who met
        # took part in it there (i28l11).
        lead = PARTICIPLE_LEAD_RE.match(main.sentence.text) or THEY_TOOK_PART_RE.match(
            main.sentence.text
        )
        goes_on = bool(lead and MET_VERB_RE.search(before.text[:LONGEST]))
        return [before] if introduces or same or goes_on else []

    def _other_records(self, main, others, context, main_record=None):
        """(where, position, record) of each further named event with its own date."""
        records = []
        # a described gathering's words may hold the named event it serves ("an embassy
        # briefing on … preparations for the APEC Economic Leaders' Meeting"): not the same
        seen = set() if self._is_described(main) else {main.key}
        tries = collections.Counter()
        # "…, the meetings will end on Wednesday, November 20, with the APEC Economic Leaders'
        # Meeting" above the list item "19-20 November, APEC Economic Leaders' Meeting": the
        # meeting is read from its list item, which gives its own days.
        listed = [m.key for m in others if _list_item(m) or _dated_list_item(m)]
        # A naming as the frame of the page's meeting ("ahead of the upcoming SOM2") is read
        # after the others: a sentence of its own about that event ("The SOM2, scheduled to
        # take place in …") gives its facts first.
        for other in sorted(others, key=lambda m: bool(_frame_of(m, self._names_main_at))):
            # "the 62nd SMEWG Meeting" is also read as "62nd APEC SME Working Group meeting":
            # one meeting named by its group's acronym and by its words (c17)
            if any(_same_meeting(other.key, k) or _same_by_acronym(other.key, k) for k in seen):
                continue
            if self._not_read_as_other(main, other, listed):
                continue
            tries[other.key] += 1
            if tries[other.key] > NAMINGS_TRIED:
                continue  # a name repeated without days of its own: not read again
            record = self._record_other(other, context)
            if record and _recalled_year(record, main_record):
                continue  # "Last year, the … Meeting was held in Da Nang on November 8-9, 2040"
            if record and id(record) in self._framed and _other_year(record, main_record):
                continue  # "ahead of the 2046 SME Ministerial Meeting" on a page of 2043
            if record:
                seen.add(other.key)  # a later naming with its own days still counts
                _city_of_main(record, main_record, now=id(record) in self._now)
                if id(record) in self._coming or self._in_lead_up_list(other, main):
                    _host_of_year(record, main_record)
                records.append((self._at(other.sentence), other.position, record))
        return records

    def _in_lead_up_list(self, other, main):
        """Whether `other` is an item of a list ("Meeting of Micro Enterprises Sub Group, 28
        August") whose line before names the page's own meeting ("In the lead-up to the SME
        Ministerial Meeting a number of supporting events are taking place …"): an item of
        that meeting's programme, hosted by its host when it names no place (c33)."""
        if not (_list_item(other) or _dated_list_item(other)):
            return False
        body = self.doc.body
        index = next((i for i, s in enumerate(body) if s is other.sentence), None)
        items = {id(m.sentence) for m in self.mentions if _list_item(m) or _dated_list_item(m)}
        while index and id(body[index - 1]) in items:
            index -= 1
        if not index:
            return False
        line = body[index - 1].line
        return any(
            m.sentence.line == line
            and (_same_meeting(m.key, main.key) or _same_by_acronym(m.key, main.key))
            for m in self.mentions
        )

    def _sibling_sentences(self, main, others):
        """Sentences naming further events of the series by city and month, with the places."""
        found = []
        plural = re.compile(r"\b(" + "|".join(PLURAL_KINDS) + r")\b", re.I)
        for sentence in self.doc.body:
            if sentence is main.sentence or any(m.sentence is sentence for m in others):
                continue
            text = sentence.text[:LONGEST]
            if not plural.search(text) or not re.search(rf"(?i:\b{EVENT_VERBS}\b)", text):
                continue
            dated = _respective_places(text, self.names.city) or [
                (c, p, m.group(0)) for c, p, m in _dated_places(text, self._sibling_places(text))
            ]
            if dated:
                kind_word = plural.search(text).group(1).lower()
                found.append((sentence, [(c, p, m, kind_word) for c, p, m in dated]))
        return found

    def _sibling_places(self, text):
        """The cities after "in"/"at" in `text`, and any further ones joined by "and"."""
        places = []
        for match in re.finditer(rf"\b(?:in|at)\s+(?P<place>{PLACE})", text):
            place = match.group("place")
            for part in re.split(r"\s+and\s+|,\s*", place):
                part = part.strip()
                if self.names.city(part):
                    places.append((part, match.start("place") + place.index(part)))
        if not places:
            return places
        # cities listed with "and" ("in Tomsk and Taipei") are all in the pattern above
        extra = re.finditer(r"\band\s+(?P<city>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})", text)
        for match in extra:
            city = match.group("city")
            if self.names.city(city) and not any(p == match.start("city") for _, p in places):
                places.append((city, match.start("city")))
        places.sort(key=lambda item: item[1])
        return places

    # Facts.

    def _fact_date(self, result, sources, context, fallback_page=True, main=True, header_day=False):
        name = result.value("title") or ""
        date = _best_date(sources, context, main, name)
        if header_day and context.release and (date is None or date.precision == "month"):
            # "Eighth APEC SME Ministerial Meeting" over "Shanghai, People's Republic of China,
            # 28 August 2001": a speech's or meeting paper's header gives the event's day; a
            # month the body says ("the Leaders Meeting in October") does not replace it.
            date = DateFound(context.release, context.release_end, "day", "", context.release_line)
        if date is None and _named_for_later_year(result.value("title"), context):
            fallback_page = False  # "the 2043 … Summit" on a page of 2042: not its day
        numbered = numbered_meeting(result.value("title"))
        if numbered is not None and date is None:
            # a page naming no year at all (round f5): the numbered meeting's year
            date = _best_date(
                sources, dataclasses.replace(context, list_year=numbered.year), main, name
            )
        date = date or _fallback_date(sources, context, fallback_page, self.doc.body, name)
        if date is None:
            return False
        if numbered is not None and date.year_from not in ("", "page"):
            date = _in_numbered_year(date, numbered)
        read_day = date.start  # "on Friday" as read, before a first day counted back from it
        self._count_back(result, date, sources)
        self._nth_day_back(result, date, sources, main)
        if date.last_only:
            self._last_day_only(result, date)
            return True
        low = bool(date.year_from) or date.relative
        confidence = "low" if low else "high"
        result.fact("start_date", date.start, date.line, confidence)
        result.fact("end_date", date.end, date.line if date.end else None, confidence)
        result.fact("date_precision", date.precision, date.line, confidence)
        self._date_warnings(result, date, context, read_day)
        return True

    @staticmethod
    def _date_warnings(result, date, context, read_day):
        """The warnings of a first day read: taken from the page, its year inferred, read
        against the release's date (`read_day`: the day a weekday or "today" was read as)."""
        # a release's date read from the page's address says so (`dates._address_release`)
        whose = "the release's date" + (
            " (the day in the page's address)" if "address" in context.release_how else ""
        )
        if date.year_from.startswith(NUMBERED_YEAR):
            result.warn(
                f"“{date.written}” gives no year; {date.start.year} is the year of the "
                f"{date.year_from.removeprefix(NUMBERED_YEAR)} "
                "(core/data/standing_meeting_numbers.csv). Check it.",
                date.line,
                "year-from-number",
            )
        elif date.year_from == "page":
            result.warn(
                f"No date of the event was found in the text; {whose} is used. "
                "Check the first day.",
                date.line,
                "date-from-page",
            )
        elif date.year_from:
            source = context.release_line if context.release else context.year_line
            how = date.year_from
            if context.year_numbered and not context.release:
                how = "the year of the numbered meeting the text names, which names no year"
            result.warn(
                f"“{date.written}” gives no year; {date.start.year} is taken from "
                f"{how}" + (f" (line {source})" if source else "") + ". Check it.",
                date.line,
                "year-inferred",
            )
        guessed_release = "year the text names" in context.release_how
        if (date.relative or date.year_from == "page") and guessed_release:
            result.warn(
                f"The release's date is the dateline's day in {context.release.year}, the year "
                "the text names; check the year.",
                context.release_line,
                "year-inferred",
            )
        if date.relative:
            result.warn(
                f"“{date.written}” is read against {whose} as {read_day:%-d %B %Y}; check it.",
                date.line,
                "date-relative",
            )

    @staticmethod
    def _last_day_only(result, date):
        """The text gives only the day the event closed ("concluded … here Thursday") and not
        how long it ran: no first day, with a warning naming the last."""
        result.fact("start_date", None)
        result.fact("end_date", date.start, date.line, "low")
        result.fact("date_precision", "day")
        result.warn(
            f"The text gives only the day the event closed, “{date.written}” "
            f"({date.start:%-d %B %Y}), not how long it ran; give the first day before saving.",
            date.line,
            "last-day-only",
        )

    def _no_date(self, result, main, year=None):
        """The event is named but no date is given for it, nor for the release: an empty
        first day to fill in the preview, with a warning (never a refusal). A year alone
        ("2043" under a speech's title, "in 2047") is named in the warning, never made a 1
        January: staff give the day, or save the year with year precision."""
        result.fact("start_date", None)
        result.fact("end_date", None)
        result.fact("date_precision", "day")
        if year:
            result.warn(
                f"The text gives only the year {year[0]} for “{main.name[:120]}”, no day or "
                "month; give the first day before saving (or the year, with year precision).",
                year[1] or main.sentence.line,
                "year-only",
            )
            return
        result.warn(
            f"No date was found for “{main.name[:120]}”, nor a date of the release; give the "
            "first day before saving.",
            main.sentence.line,
            "no-date",
        )

    def _main_date(self, result, main, date_sources, context, header_day):
        """The text's own event's first day (a month alone is read as a month, with month
        precision); none, with a warning, when the text gives none or a year alone."""
        if not self._fact_date(result, date_sources, context, header_day=header_day):
            self._no_date(result, main, _year_only(date_sources, context))
        elif self._first_day_unsaid(result, date_sources, context):
            for name in ("start_date", "end_date", "date_precision"):
                result.fact(name, None, None, "low")
            result.warn(
                "The text reports one day of this cluster of meetings, not its first day; give "
                "the first day before saving.",
                main.sentence.line,
                "no-date",
            )

    def _first_day_unsaid(self, result, sources, context):
        """ "Halfway through SOM 2 …": the day a day report tells of is one of its cluster's
        days, not its first, unless the text counts which one it is (c35)."""
        day = self._report_day(context)
        if day is None or result.value("start_date") != day:
            return False
        return not any(NTH_DAY_OF_RE.search(s.text[:LONGEST]) for s in sources)

    def _count_back(self, result, date, sources):
        """ "concluded today (May 5)" after "the two-day meeting": the first day is counted
        back from the last (4 May), with a warning."""
        if date.end is not None or date.precision != "day":
            return
        if not date.closing and not (date.year_from == "page" and self._issued_at_close(sources)):
            return
        first_day = (s for s in self.doc.body if _first_day_today(date, s.text[:LONGEST]))
        for sentence in [*sources, *first_day][: len(sources) + 1]:
            match = DURATION_RE.search(sentence.text[:LONGEST])
            if match:
                days = NUMBER_WORDS[(match.group("n") or match.group("m")).lower()]
            elif _first_day_today(date, sentence.text[:LONGEST]):
                match, days = FIRST_DAY_RE.search(sentence.text[:LONGEST]), 2
            if match:
                last = date.start
                date.start = last - datetime.timedelta(days=days - 1)
                date.end = last if days > 1 else None
                result.warn(
                    f"The text gives the last day ({last:%-d %B %Y}) and says “{match.group(0)}”; "
                    f"the first day is counted back to {date.start:%-d %B %Y}. Check it.",
                    date.line,
                    "date-counted-back",
                )
                return
        if date.closing:
            # "concluded its 41st meeting here Thursday", no length said: the last day only.
            date.last_only = True

    @staticmethod
    def _nth_day_back(result, date, sources, main=True):
        """ "The second day of the 30th … Meeting continued in Ha Noi" on the day read (the
        dateline's, or one the same sentence gives): that day is the meeting's second, and its
        first is counted back, with a warning (c16)."""
        if date.end is not None or date.precision != "day" or date.closing or date.last_only:
            return
        for sentence in sources:
            match = NTH_DAY_OF_RE.search(sentence.text[:LONGEST])
            if match and not main and match.group("nth"):
                continue  # "The fourth working day of SOM 2 began with the … Meeting": SOM 2's
            if match and (date.line == sentence.line or date.year_from == "page" or date.relative):
                day = date.start
                date.start = day - datetime.timedelta(days=nth_day_number(match) - 1)
                result.warn(
                    f"The text says “{match.group(0).strip()}” on {day:%-d %B %Y}; the first day "
                    f"is counted back to {date.start:%-d %B %Y}. Check it.",
                    date.line,
                    "date-counted-back",
                )
                return

    @staticmethod
    def _issued_at_close(sources):
        """Whether the text says it was issued at the event's close ("… issued a statement at
        the conclusion of a two-day gathering of …"): the release's day is then the last day."""
        return any(ISSUED_AT_CLOSE_RE.search(s.text[:LONGEST]) for s in sources)

    def _fact_place(self, result, sources, headline=True, clause=None, loose=()):
        """City and venue; the economy the place lies in (or None).

        Each step fills what is still missing, in this order (the place extractor: the one
        place a city is read): labelled fields; a venue and the city after it, "held in";
        "the island of …"; a known city in the event's clause; a sentence naming the
        meeting without its number; the venue's name; the dateline. The dateline says where
        the release was written: its city is the event's only when the event is not online
        (read `virtual` first); its economy still counts for the host.
        """
        found = _PlaceFound()
        start = result.value("start_date")
        found.year = start.year if start else None
        self._place_from_fields(found)
        scan = list(sources) + ([self.doc.headline] if headline and self.doc.headline else [])
        for sentence in scan:
            self._place_in_sentence(found, sentence)
        self._venue_town_over_unknown_place(found)
        steps = (
            lambda: self._place_of_phrase(scan, found),
            lambda: self._city_referred_in(scan, found),
            lambda: self._city_run_from(scan, found),
            lambda: (
                self._city_in_clause(clause, found, result.value("virtual"))
                if clause is not None
                else None
            ),
            lambda: self._city_in_loose(found, loose),
            lambda: self._town_ending_venue(found, scan),
            lambda: None if result.value("virtual") else self._participants_city(),
            lambda: self._city_in_venue_name(found.venue),
            lambda: self._town_naming_headline_event(headline),
            lambda: self._town_headline_gathers_in(headline),
            self._host_city,
            lambda: self._city_welcomed_to(result.value("virtual")),
            lambda: self._town_in_own_name(result, headline),
            lambda: self._city_referred_in_body(found, headline, result.value("virtual")),
        )
        for step in steps:
            if found.city is None:
                found.city = step()
        if found.city is None and found.code is None and clause is not None:
            found.add_code(self._economy_in_clause(clause))
        if found.city is None:
            self._page_place(found, result.value("virtual"))
        if found.city is None and found.code is None and not result.value("virtual"):
            self._place_of_organiser(result, found, scan)
        return self._place_facts(result, found)

    def _page_place(self, found, virtual):
        """The dateline's place (step 8), else the place a lede opens with: the page's own
        place, the city of an event held in person (an online event takes only its economy)."""
        if self.doc.dateline:
            dateline_city, region, _, line = self.doc.dateline
            place, place_code, known = _place_of(dateline_city, region, self.names)
            if not known and self.names.region(dateline_city):
                # "THỪA THIÊN-HUẾ —", "SABAH —": a province's dateline, no town; its economy
                # counts for the host (c21)
                place, place_code = "", self.names.region(dateline_city)
            # a dateline's town is not the event's when the text holds the event in a
            # province or region the dateline does not name ("BEIJING (Xinhua) -- … opened in
            # Hainan Province") (c3)
            elsewhere = found.region and place_key(found.region) != place_key(region)
            if place and not virtual and not elsewhere:
                # a byline's town ("By … in Shanghai") is where the reporter wrote (c29)
                sure = "low" if self.doc.dateline_by_byline else "high"
                found.city = (place, line, sure)
            found.add_code(place_code)
        if found.city is None and not virtual:
            self._lede_place(found)

    def _lede_place(self, found):
        """The place a lede opens with when no dateline gives one ("In China's port city of
        Qingdao, senior officials …", LEDE_PLACE_RE): where the text's events are."""
        lede = LEDE_PLACE_RE.match(self.doc.body[0].text) if self.doc.body else None
        if lede is None:
            return
        place, code, known = _place_of(lede.group("place") or lede.group("town"), None, self.names)
        if place and known:
            found.city = (place, self.doc.body[0].line, "high")
            found.add_code(code)

    def _venue_town_over_unknown_place(self, found):
        """ "hold discussions on … in the New Century" after "opened … at the Shanghai
        International Convention Center": a known town beginning the venue's name beats a
        place the gazetteer does not know (read low) in another line ("at the Riverside Hall
        in Puerto Almendro" keeps the town said after the venue)."""
        unknown = found.city and found.city[2] == "low"
        if unknown and found.venue and found.venue[1] != found.city[1]:
            found.city = self._city_in_venue_name(found.venue) or found.city

    def _town_ending_venue(self, found, scan):
        """A name after "at" that ends in a known town ("at Sono Calm Gyeongju", a resort or
        hotel named with its town): the town is the city, the whole name the venue; only
        when no venue was read."""
        if found.venue is not None:
            return None
        for sentence in scan:
            for match in AT_NAME_RE.finditer(sentence.text[:LONGEST]):
                words = match.group("name").split()
                if any(w.lower().rstrip(".,") in DAY_WORDS for w in words):
                    continue  # "at Lima Monday": a day, no part of a name
                town = self.names.city(words[-1])
                if town and not self.names.city(" ".join(words[:-1])):
                    found.venue = (match.group("name"), sentence.line)
                    found.add_code(town)
                    return (words[-1], sentence.line, "high")
        return None

    def _place_of_organiser(self, result, found, scan):
        """The last resort, when nothing else places an event held in person: a known town
        inside the name of its host or organiser ("hosted by National Taipei University of
        Technology (Taipei Tech)") as its city and, when that host is a university or an
        institute, the host as its venue; low confidence with a warning (a name is weak
        evidence of a place)."""
        for sentence in scan:
            text = sentence.text[:LONGEST]
            for match in ORGANISER_NAME_RE.finditer(text) if " by " in text else ():
                name = match.group("name")
                if any(map(self.names.economy, re.split(r"\s+and\s+(?:the\s+)?", name))):
                    continue  # "co-hosted by Chinese Taipei and the Philippines": economies
                words = re.findall(r"[A-Z][\w’'-]+", match.group(0))
                # a town of another economy than the one the name names is no place of the
                # host ("organised by SPRING Singapore": not Spring, USA) (c33)
                owners = {code for code, _, _ in self.names.find(name)}
                city = next(
                    (
                        w
                        for w in words
                        if self.names.city(w) in owners or (self.names.city(w) and not owners)
                    ),
                    None,
                )
                if city is None:
                    continue
                if INSTITUTION_WORD_RE.search(name):
                    found.venue = found.venue or (name, sentence.line, "low")
                found.city = (city, sentence.line, "low", HOST_NAME_CUE)
                result.warn(
                    f"No place is named; “{city}” is read from the name of the host, “{name}”. "
                    "Check the city and the venue.",
                    sentence.line,
                    "place-from-host-name",
                )
                return

    def _city_in_loose(self, found, loose):
        """A sentence naming the meeting without its number ("told an APEC SME ministerial
        meeting on the Thai island of Phuket"): better than the dateline, which says where
        the release was written."""
        for sentence in loose:
            self._city_held_in(found, sentence, sentence.text[:LONGEST])
            city = found.city or self._place_of_phrase([sentence], found)
            if city:
                return city
        return None

    def _place_from_fields(self, found):
        """Venue, city and economy from labelled "Venue:" and "City:" lines."""
        names = self.names
        field = self.doc.fields.get("venue")
        city_field = self.doc.fields.get("city")
        if field and self._town_and_venue_in_brackets(found, field):
            return
        parts = [p.strip() for p in field.text.split(",") if p.strip()] if field else []
        if parts:
            first_city, first_code, _ = _place_of(parts[0], "", names)
            # "Te Papa, Wellington": a first part the portal does not know as a place is
            # the venue — unless an economy follows it alone ("Nha Trang, Viet Nam").
            unknown = not names.city(parts[0]) and not names.economy(parts[0])
            city_of_economy = len(parts) == 2 and names.economy(parts[1])
            if (not first_city and not first_code) or (
                len(parts) > 1 and unknown and not city_of_economy
            ):
                found.venue = (parts[0], field.line)
                parts = parts[1:]
            for index, part in enumerate(parts):
                region = parts[index + 1] if index + 1 < len(parts) else ""
                place, place_code, _ = _place_of(part, region, names)
                if place and not found.city:
                    found.city = (place, field.line, "high")
                found.add_code(place_code)
        if city_field and not found.city:
            found.city = (city_field.text.strip(" ."), city_field.line, "high")
            found.add_code(names.city(city_field.text))

    def _town_and_venue_in_brackets(self, found, field):
        """Whether a labelled place is written "Tokyo (Hotel New Otani)": a known town, its
        venue in brackets after it (then both are read) (c8)."""
        match = TOWN_BRACKETED_VENUE_RE.match(field.text.strip())
        code = self.names.city(match.group("town")) if match else None
        if not code or self.names.economy(match.group("venue")):
            return False
        found.city = (match.group("town"), field.line, "high")
        found.venue = (match.group("venue").strip(), field.line)
        found.add_code(code)
        return True

    def _venue_and_city_after(self, found, sentence, text):
        """A venue in the sentence, and the city written right after it."""
        venue = _venue_in(_unquoted(text))
        if not venue:
            return
        found.venue = (venue[0], sentence.line)
        start = venue[2]
        owner = POSSESSIVE_BEFORE_RE.search(text[max(0, start - 40) : start])
        if owner and found.city is None and self.names.city(owner.group("place")):
            found.city = (owner.group("place"), sentence.line, "high")  # "Hanoi's … Center"
            found.add_code(self.names.city(owner.group("place")))
            return
        after = re.match(
            rf"\s*,?\s*(?P<in>in\s+)?(?P<place>{PLACE})(?:,\s*(?P<region>{PLACE}))?",
            text[venue[1] :],
        )
        owner = after and TOWN_OWNING_REGION_RE.match(after.group("place").rstrip(".,"))
        if owner and found.city is None and self.names.city(owner.group("town")):
            found.city = (owner.group("town"), sentence.line, "high")  # "in Incheon's … District"
            found.add_code(self.names.city(owner.group("town")))
            return
        if after and found.city is None:
            place, place_code, known = _place_of(
                after.group("place"), after.group("region"), self.names
            )
            if REGION_AFTER_RE.match(text, venue[1] + after.end("place")):
                place = ""  # "… Center in Chile's Biobío region": the region, no town
            if place and (known or after.group("in")):
                found.city = (place, sentence.line, "high" if known else "low")
            found.add_code(place_code)

    def _city_hosting(self, found, sentence, text):
        """The city opening one of the event's sentences as the subject of "will host"
        ("San Francisco will host the 2043 … Summit, …"): the event's, before a "held in" in
        a later sentence ("… is attending the summit in Bangkok", another year's)."""
        if " host" not in text:
            return
        match = HOST_CITY_RE.match(text)
        place = match.group("place") if match else ""
        if place and self.names.city(place) and not self.names.economy(place):
            found.city = (place, sentence.line, "high")
            found.add_code(self.names.city(place))

    def _place_in_sentence(self, found, sentence):
        """Steps 2 and 7 in one of the event's sentences: a venue and the city after it, the
        city that will host the event, the host city named before it, "held in"."""
        text = sentence.text[:LONGEST]
        if found.venue is None:
            self._venue_and_city_after(found, sentence, text)
        if found.venue is None and _opens_with_venue(sentence.lead[:LONGEST]):
            # "Port Moresby's … Centre will be the location for the … (CSOM) on …, and the
            # … (AMM) on …": the venue opening the sentence is each listed meeting's
            self._venue_and_city_after(found, sentence, sentence.lead[:LONGEST])
        if found.city is None:
            self._city_hosting(found, sentence, text)
        if found.city is None:
            self._host_city_before(found, sentence)
        if found.city is None:
            self._city_held_in(found, sentence, text)

    def _host_city_before(self, found, sentence):
        """The town named as the event's host city right before its name, in its clause's
        lead ("… to visit Qingdao, the host city of the 9th … Fair to be held in May"): the
        event's city, not the page's (round c2)."""
        match = HOST_CITY_BEFORE_RE.search(sentence.lead[-LONGEST:])
        place = match.group("place") if match else ""
        if place and self.names.city(place) and not self.names.economy(place):
            found.city = (place, sentence.line, "high")
            found.add_code(self.names.city(place))

    def _city_held_in(self, found, sentence, text):
        """The city of "held in Lima, Peru" or "at Te Papa, Wellington" (then the venue)."""
        names = self.names
        for match in HELD_IN_RE.finditer(_unquoted(text)):
            owner = TOWN_OWNING_REGION_RE.match(match.group("place").rstrip(".,"))
            if owner and names.city(owner.group("town")):
                # "in Incheon's Yeonsu-gu District": the town owning the district
                found.add_code(names.city(owner.group("town")))
                found.city = (owner.group("town"), sentence.line, "high")
                return
            adjective = ECONOMY_ADJECTIVES.get(match.group("place").rstrip(".,"))
            if adjective:
                # "started in the Peruvian capital on Wednesday" (i29b): an economy's adjective
                # is no town; before "capital" it names the economy's capital (Lima).
                found.add_code(adjective)
                capital = CAPITAL_AFTER_RE.match(text, match.end("place"))
                if capital:
                    found.city = (CAPITALS[adjective], sentence.line, "high")
                    return
                continue
            region = _region_held_in(match, text, names)
            if region:
                # "held in Chile's Biobío region", "in Hainan Province": a region, not a
                # town; the event is there, not in a dateline's town (c3)
                found.add_code(region[1])
                found.region = found.region or region[0]
                continue
            if _no_town_of_this_event(match, found, names):
                continue
            place, place_code, known = _place_of(match.group("place"), match.group("region"), names)
            if found.venue and place and place in found.venue[0]:
                continue
            if not known and _longer_name_at(match, found, names):
                continue
            alone = _place_of(match.group("place"), "", names)
            if match.group("prep") == "at" and not alone[2]:
                # "at Te Papa, Wellington", "at Casa Andina in Cusco": a venue, and the city
                # after it.
                if alone[0] and found.venue is None:
                    found.venue = (alone[0], sentence.line)
                place, place_code, known = self._city_after_venue(match, text)
            place_code, known = _small_town(place, place_code, known)
            found.add_code(place_code)
            if place:
                found.city = (place, sentence.line, "high" if known else "low")
                return

    def _city_after_venue(self, match, text):
        """(city, code, known) after "at <venue>": ", Wellington" (only a place it knows) or
        " in Cusco"."""
        names = self.names
        if match.group("region"):
            place, place_code, known = _place_of(match.group("region"), "", names)
            return (place if known else ""), place_code, known
        follow = re.match(
            rf"\s+in\s+(?P<place>{PLACE})(?:,\s*(?P<region>{PLACE}))?", text[match.end() :]
        )
        if follow and REGION_AFTER_RE.match(text, match.end() + follow.end("place")):
            return "", _place_of(follow.group("place"), "", names)[1], False
        if follow:
            return _place_of(follow.group("place"), follow.group("region"), names)
        return "", None, False

    def _city_in_clause(self, clause, found, virtual=False):
        """A known host city in the event's own clause ("(5 May, Cusco)"), scored by its cue:
        after "in"/"at" and before its economy ("in Concepción, Chile") beats after "in"
        alone, which beats a bare name; a capitalised word that begins a title ("Vice
        Minister") is no place."""
        best, venue = None, found.venue
        text = clause.text[:LONGEST]
        # "hosted by National Taipei University of Technology (Taipei Tech)": a town in the
        # organiser's name (or its short name after it) is not said to be where the event is.
        names = [m.span() for m in ORGANISER_NAME_RE.finditer(text)] if " by " in text else []
        joined = _joined_name_words(text)
        dateline = OPENING_DATELINE_RE.match(text)
        for match in re.finditer(rf"(?<![\w-])(?P<place>{PLACE})", text):
            if _taken(names, match.start(), match.start() + 1) or match.start() in joined:
                continue
            if dateline and match.start() < dateline.end():
                continue  # "WASHINGTON – Big Sky, Mont., will host …": where it was written
            run = match.group("place")
            if _recalled_before(text, match.start()) or DOCUMENT_AFTER_TOWN_RE.search(
                run + text[match.end() : match.end() + 20], len(run.split()[0])
            ):
                # "from their last meeting in Seattle": a recalled meeting's town; "the Bogor
                # Declaration": a document named by its town, no place of this event (c27)
                continue
            candidate = self._place_in_run(text, match, venue, virtual)
            if candidate and (best is None or candidate[0] > best[0]):
                best = candidate
        if best:
            found.add_code(best[2])
        return (best[1], clause.line, "high") if best else None

    def _place_in_run(self, text, match, venue, virtual):
        """(score, place, economy) of the known town that begins the capitalised run at
        `match` (its longest such start), or None."""
        words = match.group("place").split()
        offset = 0
        if REGION_OF_BEFORE_RE.search(text[max(0, match.start() - 20) : match.start()]):
            return None  # "the State of Washington": a region, not the town of that name
        if len(words) > 1 and words[0] == "The":
            words = words[1:]  # "The Arequipa Convention Center hosted …": the article is no town
        elif len(words) > 1 and words[0] in ("In", "At"):
            # "In Beijing, I will take part in the …": a sentence's opening "In" is the cue
            # before the town, not a word of it (i28l9)
            offset = len(words[0]) + 1
            words = words[1:]
        elif len(words) > 1 and self._owner_words(words):
            # "in central Taiwan's Taichung City": the economy owns the town after it (c22);
            # so does a province or an island ("in Bali's Nusa Dua", "Khanh Hoa's Nha
            # Trang", e2)
            owned = self._owner_words(words)
            offset = len(" ".join(words[:owned])) + 1
            words = words[owned:]
        for size in range(len(words), 0, -1):
            place = " ".join(words[:size]).rstrip(".,")
            known = self.names.city(place) or self._town_of_region(text, match, size)
            if not known or (venue and place in venue[0]):
                continue
            following = words[size] if size < len(words) else ""
            if (
                ROLE_RE.fullmatch(following.rstrip(".,"))
                or _not_a_town(text, match, words[size:])
                or (size == len(words) and REGION_AFTER_RE.match(text, match.end()))
            ):
                return None  # "Vice Minister", "Ramon M. Lopez", "Chino Roces Avenue": no town
            start = match.start() + offset
            score = self._place_cue_score(text, start, start + len(place))
            if virtual and score == 0:
                return None  # an online meeting has no city; a bare name is no evidence of one
            return score, place, known
        return None

    def _owner_words(self, words):
        """How many of `words` (up to two) name an economy, a province or an island in the
        possessive before the rest ("Taiwan's", "Khanh Hoa's"), or 0."""
        for size in (1, 2):
            owner = re.fullmatch(r"(?P<owner>[A-Z][\w .-]+)['’]s", " ".join(words[:size]))
            if owner and size < len(words):
                name = owner.group("owner")
                if self.names.economy(name) or self.names.region(name):
                    return size
        return 0

    def _town_of_region(self, text, match, size):
        """The economy of a town the gazetteer lacks written with its province or state
        ("in Clark, Pampanga": the whole capitalised run at `match`, `size` words of it,
        then a region), or None: the region gives the economy, the town is kept as the city."""
        town = match.group("place")
        if size != len(town.split()) or _no_town(town.rstrip(".,"), self.names):
            return None  # "(3 May, Lima)": a month is no town
        region = re.match(rf",\s*(?P<region>{PLACE})", text[match.end() : match.end() + 60])
        region = region.group("region").rstrip(".,") if region else ""
        if not region or self.names.city(region):
            return None  # a known city after the comma is the place itself, not a region
        return self.names.region(region)

    def _economy_in_clause(self, clause):
        """The economy of "… meeting of APEC March 26-28 in Brunei": an economy, not a town,
        after "in" in the event's own clause, or None."""
        for match in re.finditer(rf"\bin\s+(?:the\s+)?(?P<place>{PLACE})", clause.text[:LONGEST]):
            code = self.names.economy(match.group("place").rstrip(".,"))
            if code:
                return code
        return None

    def _place_cue_score(self, text, start, end):
        """2 for "in"/"at" before a place, 1 more for its economy after it ("…, Chile")."""
        score = (
            2
            if re.search(r"\b(?:[Ii]n|[Aa]t)\s+(?:the\s+)?$", text[max(0, start - 8) : start])
            else 0
        )
        after = re.match(rf",\s*(?P<region>{PLACE})", text[end : end + 60])
        if after and self.names.economy(after.group("region")):
            score += 1
        return score

    def _host_city(self):
        """ "Viña del Mar will host …" (a host-year page): a known city, the subject of "will
        host" or "hosts", is where the page's meetings are; better than the dateline, which
        says where the page was written. Cue "will host". Read once per text."""
        if self._host_city_found is None:
            self._host_city_found = (self._find_host_city(),)
        return self._host_city_found[0]

    def _participants_city(self):
        """ "Delegates … arrived in Cebu", "… endorsed by Ministers in Beijing", "The city of
        Iloilo welcomed ministers", "The host
        city of Hangzhou has …": a known city where the body says the participants are, in a
        sentence that need not name the event; better than the venue's name and the dateline. Cue "where the participants
        are". Read once per text."""
        if self._participants_city_found is None:
            self._participants_city_found = (self._find_participants_city(),)
        return self._participants_city_found[0]

    def _find_participants_city(self):
        for sentence in self.doc.body[:FACT_SENTENCES]:
            text = sentence.text[:LONGEST]
            patterns = (
                PARTICIPANTS_IN_RE,
                PARTICIPANTS_ACTED_IN_RE,
                PLACE_WELCOMED_RE,
                HOST_CITY_OF_RE,
            )
            for pattern in patterns:
                for match in pattern.finditer(text):
                    leaders = match.group(0)[:7].lower() == "leaders"
                    if leaders and _YEAR_RE.search(text, 0, match.start()):
                        continue  # "In 2040 the leaders met in Da Nang, …": another year's (f2)
                    place = match.group("place").rstrip(".")  # "… city of San Francisco."
                    if self.names.city(place) and not self.names.economy(place):
                        return place, sentence.line, "high", PARTICIPANTS_CUE
        return None

    def _find_host_city(self):
        for sentence in self.doc.body[:FACT_SENTENCES]:
            text = sentence.text[:LONGEST]
            if " host" not in text:
                continue
            for match in HOST_CITY_RE.finditer(text):
                if self.names.city(match.group("place")) and not self.names.economy(
                    match.group("place")
                ):
                    return match.group("place"), sentence.line, "high", "will host"
        return None

    def _town_naming_headline_event(self, for_headline):
        """ "Sydney Workshop for 2045 on Nov. 24 and 25": a known town opening the headline's
        name of an event (a town and a kind word) places the page's event, when no dateline
        names a place (round i28m)."""
        headline = self.doc.headline if for_headline else None
        if headline is None or self.doc.dateline:
            return None
        match = TOWN_KIND_HEADLINE_RE.match(headline.text)
        if not match or match.group("kind").lower() not in KIND_WORDS:
            return None
        town = match.group("town")
        if self.names.city(town) and not self.names.economy(town):
            return town, headline.line, "low"
        return None

    def _town_headline_gathers_in(self, for_headline):
        """ "APEC Leaders Gather in Lima Amid …": the known town where the headline says the
        page's participants meet, gather or convene, better than the dateline, which says
        where the page was written (c29)."""
        headline = self.doc.headline if for_headline else None
        match = HEADLINE_GATHER_IN_RE.search(headline.text) if headline else None
        words = match.group("place").split() if match else []
        for size in range(len(words), 0, -1):
            # a headline's capitals: "Lima Amid Global …" is the town Lima
            place, _, known = _place_of(" ".join(words[:size]), None, self.names)
            if place and known:
                return place, headline.line, "high"
        return None

    def _city_in_venue_name(self, venue):
        """ "Gyeongju Hwabaek Convention Center" -> ("Gyeongju", line, "low"): a known city
        that begins (or ends, or follows a hotel chain's name in) the venue's name, when
        nothing else names the city; None when the
        dateline names it ("LIMA, Peru —", "(ILOILO CITY, …)"), which then gives it."""
        words = venue[0].split() if venue else []
        dateline_city = _key(self.doc.dateline[0]) + " " if self.doc.dateline else ""
        # "CLARKFIELD, Pampanga — … at the Fontana Convention Center": a town of another
        # economy than the dateline's is a name, not the place.
        dateline_code = (
            _place_of(self.doc.dateline[0], self.doc.dateline[1], self.names)[1]
            if self.doc.dateline
            else None
        )
        # A city ending the name ("International Convention Center Jeju") counts as well, and
        # one right after a hotel chain's name ("Sheraton Hanoi Hotel") (c3).
        first = 1 if words and words[0].lower() in VENUE_BRANDS else 0
        sizes = range(min(3, len(words) - 1), 0, -1)
        starts = [" ".join(words[first : first + n]) for n in sizes]
        for place in starts + [" ".join(words[-n:]) for n in sizes]:
            if place.lower() in VENUE_BRANDS:
                continue  # "SHANGRI-LA HOTEL": a hotel chain's name, not the town
            if self.names.city(place) and not self.names.economy(place):
                if dateline_city.startswith(_key(place) + " "):
                    return None
                if dateline_code and self.names.city(place) != dateline_code:
                    return None
                return place, venue[1], "low", VENUE_NAME_CUE
        return None

    def _place_facts(self, result, found):
        """Record the city and venue found (warning of an unknown city, or of a city read
        from the venue's name); return the economy."""
        city, venue, code = found.city, found.venue, found.code
        if city:
            city = (self.names.city_name(city[0]), *city[1:])  # "HCM CITY": Ho Chi Minh City
            cue = city[3] if len(city) > 3 else ""
            result.fact("city", city[0], city[1], city[2], cue=cue)
            if code is None or code == self.names.city(city[0]):
                code = self._economy_of_town(city[0])  # the town's, as the dateline places it
            if cue == HOST_NAME_CUE:
                pass  # warned where it was read (_place_of_organiser)
            elif cue == VENUE_NAME_CUE:
                result.warn(
                    f"No city is named; “{city[0]}” is read from the venue's name. Check it.",
                    city[1],
                    "city-from-venue",
                )
            elif city[2] == "low":
                result.warn(
                    f"“{city[0]}” is not among the known host cities (core/data/host_cities.csv); "
                    "check the city.",
                    city[1],
                    "city-unknown",
                )
        else:
            result.fact("city", "")
        venue = self._venue_cased(venue)
        confidence = venue[2] if venue and len(venue) > 2 else "high"  # low: the host's name
        result.fact("venue", venue[0] if venue else "", venue[1] if venue else None, confidence)
        return code

    def _economy_of_town(self, town):
        """The economy `town` lies in: the dateline's region decides for the dateline's own
        town ("VICTORIA, British Columbia" is the Canadian town, not Hong Kong's, c22)."""
        dateline = self.doc.dateline
        if dateline and dateline[1] and place_key(dateline[0]) == place_key(town):
            return self.names.city(f"{town}, {dateline[1]}") or self.names.city(town)
        return self.names.city(town)

    def _venue_cased(self, venue):
        """A venue of two words or more in capitals, in a line written mostly in capitals
        ("… AT THE 16TH APEC SME MINISTERIAL NEWS CONFERENCE … at SHANGRI-LA HOTEL"), takes
        a capital at each word's start only ("Shangri-La Hotel"); in a line of ordinary case
        the venue's own capitals are kept ("COEX", "the ICC JEJU") (i29b)."""
        if not venue or not venue[1] or not CAPITALS_VENUE_RE.fullmatch(venue[0]):
            return venue
        lines = self.doc.text.split("\n", venue[1])
        line = lines[venue[1] - 1] if len(lines) >= venue[1] else ""
        words = LONG_WORD_RE.findall(line[:LONGEST])
        if sum(word.isupper() for word in words) * 2 <= len(words):
            return venue
        name = LETTERS_RE.sub(lambda m: m.group(0).capitalize(), venue[0])
        return (name, *venue[1:])

    def _city_referred_in(self, sentences, found):
        """The city of "the one-day event in Makati City, Manila", a sentence referring
        back to the event without naming it; its economy ("in Gyenongju, Korea": a town
        the gazetteer lacks, in Korea) counts for the host."""
        for sentence in sentences:
            for match in REFERRED_IN_RE.finditer(_unquoted(sentence.text[:LONGEST])):
                place, code, known = _place_of(
                    match.group("place"), match.group("region"), self.names
                )
                found.add_code(code)  # "the meeting in Fukui Prefecture": Japan, no town
                if place:
                    return place, sentence.line, "high" if known else "low"
        return None

    def _town_in_own_name(self, result, for_main):
        """ "2005 APEC Busan Summit": a known town (no economy) in the page's own event's name
        is its town, when nothing else places it (f2)."""
        if not for_main:
            return None
        town, _code = _town_in_title(result.value("title") or "", self.names)
        return (town, None, "low") if town else None

    def _city_referred_in_body(self, found, for_main, virtual):
        """The page's own event named again anywhere in the body by its kind word with its
        town ("the Asia-Pacific Economic Cooperation summit in Jakarta on November 15", "He
        then attends the APEC meeting in Kuala Lumpur", "The summit is taking place in
        Nara"), when its own sentences give none (f2): not in a sentence naming another
        event, recalling a past one ("… ago", "the previous meeting in …"), or naming two
        such towns (this year's summit and next year's)."""
        if not for_main or virtual:
            return None
        for sentence in self.doc.body:
            if id(sentence) in self._other_sentences:
                continue
            text = _unquoted(sentence.text[:LONGEST])
            if AGO_RE.search(text):
                continue
            places = []
            matches = [*REFERRED_IN_RE.finditer(text), *REFERRED_GATHERS_IN_RE.finditer(text)]
            for match in matches:
                if _recalled_before(text, match.start()):
                    continue
                named = match.groupdict().get("town")
                place, code, known = _place_of(
                    named or match.group("place"),
                    None if named else match.group("region"),
                    self.names,
                )
                if place and known:
                    places.append((place, code))
            if len({place_key(place) for place, _ in places}) == 1:
                found.add_code(places[0][1])
                return places[0][0], sentence.line, "low"
        return None

    def _city_run_from(self, sentences, found):
        """The known town an online meeting was chaired or hosted from ("… today chaired a
        virtual summit from Wellington for the … Meeting", "hosted virtually from Lima"): the
        host's seat, the meeting's town (round c24)."""
        for sentence in sentences:
            text = sentence.text[:LONGEST]
            if " from " not in text:
                continue
            for cue in (CHAIRED_FROM_RE, RUN_ONLINE_FROM_RE):
                match = cue.search(text)
                place, code, known = (
                    _place_of(match.group("place"), "", self.names) if match else ("", None, False)
                )
                if place and known:
                    found.add_code(code)
                    return place, sentence.line, "high"
        return None

    def _city_welcomed_to(self, virtual=False):
        """A known city the speaker says the audience is in, anywhere in the body ("Good
        morning, and welcome to Cebu", "here in Gifu City", "this beautiful city of Ningbo",
        "Greetings from Da Nang"): a speech names its event's city so, often in a sentence of
        its own."""
        if virtual:
            return None  # an online event's speaker is somewhere else
        for sentence in self.doc.body:
            text = sentence.text[:LONGEST]
            if AGO_RE.search(text):
                continue  # "… in the Indonesian city of Bogor three months ago": the past
            for match in WELCOME_TO_RE.finditer(text):
                place, _code, known = _place_of(match.group("place"), "", self.names)
                if place and known:
                    return place, sentence.line, "high"
        return None

    def _place_of_phrase(self, sentences, found):
        """A known city named as "the (Thai) island of Phuket" or "the city of Cebu"; not in
        a sentence recalling a past time ("At their second summit in the Indonesian city of
        Bogor three months ago, …": an earlier meeting's town)."""
        for sentence in sentences:
            if AGO_RE.search(sentence.text[:LONGEST]):
                continue
            for match in PLACE_OF_RE.finditer(sentence.text[:LONGEST]):
                place, code, known = _place_of(match.group("place"), "", self.names)
                if place and known:
                    found.add_code(code)
                    return place, sentence.line, "high"
        return None

    def _fact_hosts(self, result, sources, place_code, proposer, headline=False):
        hosts, co_hosts, organisers = self._host_candidates(sources, headline)
        host, host_line, others, confidence = None, None, [], "high"
        if hosts:
            host, host_line = hosts[0]
            others = [item for item in hosts[1:] + co_hosts if item[0] != host]
        elif co_hosts:
            host, co_hosts, confidence = _host_of_co_hosts(
                result, co_hosts, organisers, place_code, proposer
            )
            host_line = dict(co_hosts)[host]
            # An organiser named beside the co-hosts shares the event ("Chile's SERCOTEC, in
            # collaboration with Peru's PRODUCE, will run … in Arequipa").
            others = [item for item in co_hosts + organisers if item[0] != host]
        elif place_code:
            host = place_code
            city = result.facts.get("city")
            host_line = city.line if result.value("city") else None
            if city is not None and city.cue == HOST_NAME_CUE:
                confidence = "low"  # a town read from the host's name: as weak as that town
        elif organisers:
            host, host_line = organisers[0]
        cue = ""
        if host is None:
            host, host_line, confidence, cue = self._host_inferred(result, sources)
        result.fact("host_economy", host, host_line, confidence, cue=cue if host else "")
        _city_of_city_economy(result, host, host_line)
        lines = [line for _, line in others]
        result.fact("co_host_economies", [code for code, _ in others], lines[0] if lines else None)
        if host is None:
            result.warn(
                "No host economy was found; choose it before saving if the text implies one.",
                None,
                "no-host",
            )

    def _host_inferred(self, result, sources):
        """(code, line, confidence, cue) when no text names the host: an economy named in the
        host's role ("Chile, this year's APEC chair"), a ministerial meeting's chair's
        economy, else the economy of the page's banner, of the host year the text names for
        the event's year, or of the venue's name, in that order (each but the first warned)."""
        host, host_line = self._economy_in_hosts_role(sources)
        if host:
            return host, host_line, "high", HOST_ROLE_CUE
        ministerial = result.value("kind") == EventKind.MINISTERIAL_MEETING
        # a meeting a minister chairs is a ministerial one, even when its kind word is
        # misspelt ("Ministrial Meeting (Virtual)") (c15)
        host, host_line = self._chair_economy(sources, ministers_only=not ministerial)
        if host:
            result.warn(
                f"No host was named; {host} is the economy of the meeting's chair (a "
                "ministerial meeting is chaired by its host). Check the host.",
                host_line,
                "host-from-chair",
            )
            return host, host_line, "low", "the chair's ministry"
        inferred = (
            (self._economy_of_banner, "host-from-banner"),
            (self._economy_of_host_year, "host-from-host-year"),
            (self._economy_of_venue, "host-from-venue"),
        )
        for economy_of, code in inferred:
            host, host_line, confidence, cue = economy_of(result)
            if host:
                message = HOST_INFERRED[code].format(host=host, venue=result.value("venue"))
                result.warn(message, host_line, code)
                return host, host_line, confidence, cue
        host, host_line = self._host_of_apec_year(result, sources)
        if host:
            return host, host_line, "low", APEC_YEAR_CUE
        return None, None, "high", ""

    def _host_of_apec_year(self, result, sources):
        """`_economy_of_apec_year`, warned on `result` when found (`host-from-apec-year`)."""
        host, host_line = self._economy_of_apec_year(result, sources)
        if host:
            message = HOST_INFERRED["host-from-apec-year"].format(host=host)
            result.warn(message, host_line, "host-from-apec-year")
        return host, host_line

    def _economy_of_apec_year(self, result, sources):
        """(code, line) of APEC's host economy of the event's year (core/data/apec_host_years.csv)
        when the event is one of APEC's standing meetings (`STANDING_MEETING_RE`: Leaders',
        ministerial, senior officials', working-group meetings), held in that economy; else
        (None, None). Never when the page's town (its dateline's, its own event's) or an economy
        the event's sentences name as its place ("travel to Chile") lies elsewhere (c25)."""
        start, title = result.value("start_date"), result.value("title") or ""
        year = _apec_year_of(title, start, self.doc.text) if start else None
        code = apec_host_years().get(year)
        if code is None or any(place != code for place in self._places_of_page(result, sources)):
            return None, None
        title_fact = result.facts.get("title")
        return code, title_fact.line if title_fact is not None else None

    def _places_of_page(self, result, sources):
        """The economies of the page's towns (its dateline's, its own event's when `result` is
        a further event's) and those the event's sentences write as a place ("in Chile")."""
        towns = [self.doc.dateline[0]] if self.doc.dateline else []
        if self.main_record is not None and self.main_record is not result:
            towns.append(self.main_record.value("city"))
        codes = [self.names.city(town) or self.names.region(town) for town in towns if town]
        for sentence in sources[:FACT_SENTENCES]:
            text = sentence.text[:LONGEST]
            codes += [
                code
                for code, _, position in self.names.find(text)
                if PLACE_BEFORE_RE.search(text[max(0, position - 12) : position])
            ]
        return [code for code in codes if code]

    def _economy_of_banner(self, result):
        """(code, line, "low", cue) of a host year's banner ("APEC 2025 KOREA") at the top of
        the page, when the event is in that year; else Nones."""
        start = result.value("start_date")
        for number, line in enumerate(self.doc.text.splitlines()[:BANNER_LINES], 1):
            match = BANNER_RE.match(line.strip())
            if match and start and int(match.group("year")) == start.year:
                code = self.names.economy(match.group("who"))
                if code:
                    return code, number, "low", BANNER_CUE
        return None, None, "high", ""

    def _economy_of_host_year(self, result):
        """(code, line, "low", cue) of the economy whose host year of the event's year the
        text names ("since the start of Thailand's host year in 2022", "the U.S. APEC 2023
        host year"; "Singapore as APEC 2041 host", "… to play host for APEC 2041"), then of a
        host year's own name (`_economy_of_host_year_name`), else Nones."""
        start = result.value("start_date")
        found = self._host_years()
        # A hosting the text names without its year ("will once again host the APEC forum",
        # "since Russia assumed APEC's rotating presidency") is the page's own year's: it
        # counts when no host year of the event's year is named and it names one economy (c20).
        undated = [item for item in found if item[0] is None]
        if len({code for _, code, _ in undated}) != 1:
            undated = []
        if start:
            found = [item for item in found if item[0] == start.year] or undated
        elif len({code for _, code, _ in found}) != 1:
            # An event without a year: the host year the text names counts only when the text
            # names one economy's ("the tail end of Malaysia's host year", i28l9).
            found = undated
        if found:
            return found[0][1], found[0][2], "low", HOST_YEAR_CUE
        return self._economy_of_host_year_name(start) if start else (None, None, "high", "")

    def _host_years(self):
        """[(year or None, code, line)] of the host years the text names: "Thailand's host year
        in 2022", "the U.S. APEC 2023 host year" in the headline or the body, then
        `_economies_playing_host`; read once a text (each further record asks)."""
        if getattr(self, "_host_years_read", None) is None:
            self._host_years_read = self._find_host_years()
        return self._host_years_read

    def _find_host_years(self):
        found = []
        for sentence in ([self.doc.headline] if self.doc.headline else []) + self.doc.body:
            for match in HOST_YEAR_RE.finditer(sentence.text[:LONGEST]):
                year = match.group("year") or match.group("year_after")
                code = self.names.economy(match.group("who"))
                if code:
                    found.append((int(year) if year else None, code, sentence.line))
        return found + self._economies_playing_host() + self._economies_hosting_apec()

    def _economies_hosting_apec(self):
        """The `_host_years` of "Indonesia will once again host the APEC forum", "Peru hosted
        APEC in 2046" or "Since Russia assumed APEC's rotating presidency": the economy named
        right before the verb, with the year the sentence gives (else None); a past hosting
        without its year is none (c20)."""
        found = []
        for sentence in self.doc.body:
            text = sentence.text[:LONGEST]
            if "host" not in text and "presidency" not in text and "chair" not in text:
                continue
            for match in HOSTS_APEC_RE.finditer(text):
                year = match.group("year") or match.group("then")
                if match.group("past") and not year:
                    continue
                before = self.names.find(text[max(0, match.start() - 60) : match.start()])
                if before:
                    found.append((int(year) if year else None, before[-1][0], sentence.line))
        return found

    def _economies_playing_host(self):
        """The `_host_years` of "Singapore as APEC 2041 host" or "Singapore is given a chance to
        play host for APEC 2041" in the headline, a heading or the body: the economy named
        before it."""
        found = []
        headline = [self.doc.headline] if self.doc.headline else []
        for sentence in [*headline, *self.doc.headings, *self.doc.body]:
            text = sentence.text[:LONGEST]
            if "APEC" not in text or "host" not in text:
                continue
            for match in PLAYS_HOST_RE.finditer(text):
                year = next(year for year in match.groups() if year)
                before = self.names.find(text[max(0, match.start() - 80) : match.start()])
                if before:
                    found.append((int(year), before[-1][0], sentence.line))
        return found

    def _economy_of_host_year_name(self, start):
        """The `_economy_of_host_year` of a host year's own name, "APEC <economy>" ("The APEC
        New Zealand media team …", "(APEC Malaysia)"), when the text also names "APEC <the
        event's year>" and no other economy that way (i28l8); else Nones."""
        sentences = [*self.doc.headings, *self.doc.body]
        if not any(re.search(rf"\bAPEC\s+{start.year}\b", s.text[:LONGEST]) for s in sentences):
            return None, None, "high", ""
        found = {}
        for sentence in sentences:
            for match in HOST_YEAR_NAME_RE.finditer(sentence.text[:LONGEST]):
                words = match.group("who").split()
                code = self.names.economy(" ".join(words)) or self.names.economy(words[0])
                if code:
                    found.setdefault(code, sentence.line)
        if len(found) != 1:
            return None, None, "high", ""
        code, line = next(iter(found.items()))
        return code, line, "low", HOST_YEAR_CUE

    def _economy_of_venue(self, result):
        """(code, line, "low", cue) of the economy a venue's name begins with ("the
        Philippine International Convention Center"), else Nones: the last host rule."""
        words = result.value("venue").split() if result.value("venue") else []
        if words and words[0].lower() == "the":
            words = words[1:]
        sizes = range(min(3, len(words) - 1), 0, -1)
        code = next(filter(None, (self.names.economy(" ".join(words[:n])) for n in sizes)), None)
        if code is None:
            return None, None, "high", ""
        return code, result.facts["venue"].line, "low", VENUE_ECONOMY_CUE

    def _economy_in_hosts_role(self, sources):
        """(code, line) of the economy the event's sentences (then the body's) name in the
        host's role (`_economy_in_hosts_role`), else (None, None) (c3)."""
        taken = {id(sentence) for sentence in sources}
        scan = list(sources) + [s for s in self.doc.body if id(s) not in taken]
        for sentence in scan[:FACT_SENTENCES]:
            code = _economy_in_hosts_role(_unquoted(sentence.text[:LONGEST]), self.names)
            if code:
                return code, sentence.line
        return None, None

    def _chair_economy(self, sources, ministers_only=False):
        """(code, line) of the economy named in "chaired by New Zealand's Minister …",
        "under the chairmanship of …, Minister … of Malaysia" or "Minister of Production …
        chaired the meeting" (the office's ministry an agency the data know), else (None,
        None); with `ministers_only`, only a chair whose words name a minister."""
        taken = {id(sentence) for sentence in sources}
        scan = list(sources) + [s for s in self.doc.body if id(s) not in taken]
        for sentence in scan[:FACT_SENTENCES]:
            text = _unquoted(sentence.text[:LONGEST])
            who = _chair_who(text)
            if ministers_only and not MINISTER_RE.search(who):
                continue
            codes = (
                _economies(who, self.names)
                or _adjective_economies(who)
                or _office_economies(who, self.names)  # "Minister of Production Ana Ruiz"
            )
            if codes:
                return codes[0], sentence.line
            # "… today chaired a virtual summit from Wellington for the … Meeting": the town
            # the chair sat in is in the host economy (i28l9)
            match = CHAIRED_FROM_RE.search(text) if "chaired" in text else None
            code = self.names.city(match.group("place")) if match else None
            if code:
                return code, sentence.line
        return None, None

    def _host_candidates(self, sources, headline):
        """(hosts, co-hosts, organisers) as (code, line) lists: labelled fields first, then
        the sentences, then the headline."""
        names = self.names
        lines = [
            Sentence(line, 0)
            for line in self.doc.text.splitlines()[:60]
            if "’s " in line or "'s " in line
        ]
        hosts, co_hosts, organisers = _host_facts(sources, names, _acronym_owners(lines, names))
        if headline and self.doc.headline:
            # "Enterprise Singapore and New Zealand's MBIE to host SME financing dialogue":
            # after what the body says, so the body's host comes first.
            found = _headline_hosts(self.doc.headline, names)
            hosts += found[0]
            co_hosts += found[1]
        for kind, target in (("host", hosts), ("co_host", co_hosts), ("organiser", organisers)):
            if kind in self.doc.fields:
                sentence = self.doc.fields[kind]
                # "Organised by Chile in partnership with Peru's Ministry of Production": the
                # partner co-hosts, the rest of the field names its own kind.
                partners = []
                text = _partners(sentence.text, names, sentence.line, partners)
                co_hosts[:0] = [item for item in partners if item not in co_hosts]
                target[:0] = [(code, sentence.line) for code in _economies(text, names)]
        return _unique(hosts), _unique(co_hosts), _unique(organisers)

    def _proposer(self, initiative_slug):
        if initiative_slug:
            initiative = Initiative.objects.filter(slug=initiative_slug).only("proposer").first()
            if initiative and initiative.proposer_id:
                return initiative.proposer_id
        for sentence in self.doc.body[:FACT_SENTENCES]:
            text = _unquoted(sentence.text[:LONGEST])
            for match in PROPOSED_RE.finditer(text):
                codes = _economies(_subject(text, match.start()), self.names)
                if codes:
                    return codes[-1]
        return None

    def _fact_initiative(self, result, title, sources, use_field=True):
        field = self.doc.fields.get("initiative") if use_field else None
        if field:
            name = _series(field.text.strip(' “”".'))
            slug = self.initiatives.by_key.get(_key(name))
            slug, line, known = (slug, field.line, True) if slug else (name, field.line, False)
        else:
            slug, line, known = _initiative(title, sources, self.doc.body, self.initiatives)
        result.fact("initiative", slug, line, "high" if known or not slug else "low")
        if slug and not known:
            result.warn(
                f"No initiative in the portal is called “{slug}”; the name is kept as written. "
                "Choose an existing initiative (or add this one) before saving, or leave it empty.",
                line,
                "initiative-unknown",
            )
        return slug if known else ""

    def _fact_virtual(self, result, sources):
        scan = list(sources) + ([self.doc.headline] if self.doc.headline else [])
        if "format" in self.doc.fields:
            scan.insert(0, self.doc.fields["format"])
        for sentence in scan:
            text = _unquoted(sentence.text[:LONGEST])
            if not _may_be_virtual(text):
                continue
            if HYBRID_RE.search(text):
                result.fact("virtual", False, sentence.line)
                return
            if VIRTUAL_RE.search(text):
                result.fact("virtual", True, sentence.line)
                return
        year_online = self._all_meetings_online
        if year_online is not None:
            result.fact("virtual", True, year_online.line, "low")
            return
        result.fact("virtual", False)

    @functools.cached_property
    def _all_meetings_online(self):
        """The body's sentence saying the year's meetings are all (or mostly) held online
        ("convening a majority of APEC Meetings in a fully virtual-format"), else None."""
        return next(
            (
                s
                for s in self.doc.body
                if _may_be_virtual(s.text) and ALL_MEETINGS_ONLINE_RE.search(s.text[:LONGEST])
            ),
            None,
        )

    def _fact_officials(self, result, sentences):
        officials, first_line = [], None
        for sentence in sentences[:FACT_SENTENCES]:
            found = _officials_in(sentence, self.names)
            if found and first_line is None:
                first_line = sentence.line
            _add_officials(officials, found)
        officials = [(name, title) for name, title in officials if len(name) <= OFFICIAL_LIMITS[0]]
        result.fact("officials", officials, first_line)

    def _summary(self, sentences):
        chosen = []
        for sentence in sentences:
            if len(" ".join(s.text for s in chosen)) > 350:
                break
            chosen.append(sentence)
            if len(chosen) == 2:
                break
        return " ".join(s.text for s in chosen).strip(), (chosen[0].line if chosen else None)

    def _new(self, title, title_line, kind, confidence="high"):
        result = ImportResult("event", self.document.text)
        title = VIRTUAL_MARK_RE.sub("", _clean(title))  # "… Meeting (Virtual)": read as online
        title = APEC_SPELLED_RE.sub("APEC", title)  # the name the portal lists it under
        title = TRAILING_ACRONYM_RE.sub("", title)  # "… Meeting (SOM1)": the name without it
        title = HOST_YEAR_TAIL_RE.sub("", title)  # "… Meeting of APEC Chile 2019": its host year
        title = YEAR_TWICE_RE.sub("", title)  # "2020 APEC CEO Dialogues 2020": the year once
        title = re.sub(r"^APEC['’]s ", "APEC ", title)  # "APEC's X Forum" is the APEC X Forum
        title = GLUED_POSSESSIVE_RE.sub(" ", title)  # "Leaders'Meeting": "Leaders' Meeting"
        title = _unglued(title, self.document.text)  # "MediumEnterprises": two words
        # 'Forum on "Entrepreneurship for the Future of Work"': the theme without its quotes
        title = QUOTED_THEME_RE.sub(r"\g<joiner>\g<theme>", title)
        result.fact("title", title, title_line, confidence)
        result.fact("kind", kind, title_line, confidence)
        return result

    def _header_day_of(self, main):
        """Whether a header line's day ("Shanghai, People's Republic of China, 28 August
        2001") is the text's event's: the headline above it names that event."""
        if not self.doc.header_day:
            return False
        return main.source == "headline" or any(
            mention.source == "headline" and _same_meeting(mention.key, main.key)
            for mention in self.mentions
        )

    def _is_described(self, main):
        return (main.name, id(main.sentence)) in self._descriptions

    def _place_sources(self, main, clause, sources):
        """The sentences the main event's place is read from: its clause first; not the rest
        of its sentence when it is a gathering described as serving a named event ("held a
        diplomatic briefing on … for the APEC Economic Leaders' Meeting (AELM), to be held in
        Tarlac …": the town said after that name is that event's, d2)."""
        if self._is_described(main) and self._serves_named(main):
            return [clause, *(s for s in sources if s is not main.sentence)]
        return [clause, *sources]

    def _serves_named(self, main):
        """Whether a described main event's sentence names another event after it, not listed
        with it by "and" ("a briefing on … arrangements for the APEC Economic Leaders'
        Meeting", not "a workshop on … and the APEC 62nd SME Working Group Meeting in Manila"):
        what is said after that name is that event's (d2)."""
        text = main.sentence.text
        later = [
            m.position
            for m in self.mentions
            if m.sentence is main.sentence and m.position > main.position
        ]
        if not later:
            return False
        return not re.search(r"\band\s+(?:the\s+)?$", text[max(0, min(later) - 12) : min(later)])

    def _same_as_main(self, mention, main):
        """Whether `mention` names the page's own event: "81st MEETING OF APEC SMEWG" and "the
        81st meeting of the SME Working Group" are one meeting named by its group's acronym
        and by its words; a described gathering is a named one only by a name holding its
        kind word ("an embassy briefing on preparations for the APEC Economic Leaders'
        Meeting" is no leaders' meeting, d2)."""
        same = _same_meeting(mention.key, main.key) or _same_by_acronym(mention.key, main.key)
        kind = self._descriptions.get((main.name, id(main.sentence)))
        if same and kind is not None:
            return bool(re.search(rf"\b{kind}\b", mention.name, re.I))
        return same

    def _new_main(self, main, kind, built):
        """The main record with its title: "low" when built from who met or formed from a
        description, the latter with the warning `title-from-description` (c1)."""
        described = self._is_described(main)
        confidence = "low" if built or described else "high"
        result = self._new(main.name, main.sentence.line, kind, confidence)
        if described:
            result.warn(
                f"The text gives the event no name; the title “{main.name}” is formed from its "
                "description. Use the event's own name if it has one.",
                main.sentence.line,
                "title-from-description",
            )
        return result

    def _record_main(self, main, kind, sources, fields, context, other_sentences, built):
        result = self._new_main(main, kind, built)
        clause = self._clause(main) if main.sentence.paragraph >= 0 else main.sentence
        date_sources = [clause, self._own_part(main), *fields, *sources[1:]]
        if self.doc.headline and self.doc.headline not in date_sources:
            date_sources.append(self.doc.headline)
        listed = main.sentence.paragraph >= 0 and (_list_item(main) or _dated_list_item(main))
        if (clause.text != main.sentence.text or listed) and _day_in(clause, context):
            # "SOM2 will be the focus on May 15 and 16 and the MRT meeting will be held May
            # 17 and 18": a day in the event's own clause beats one said of the next event;
            # a list item's day ("19-20 November, APEC Economic Leaders' Meeting") is its own.
            date_sources = [clause]
        self._main_date(result, main, date_sources, context, self._header_day_of(main))
        if built and result.value("start_date"):
            # The SME ministers' meeting is named by its year; another sector's keeps the
            # name built from who meets ("APEC Energy Ministers Meeting").
            if main.name == SME_BUILT_TITLE:
                year = result.value("start_date").year
                result.fact("title", f"{year} {SME_BUILT_TITLE}", main.sentence.line, "low")
            result.warn(
                "The text names no meeting; the title is built from the year. Use the meeting's "
                "own name if it has one.",
                main.sentence.line,
                "title-built",
            )
        self._fact_virtual(result, sources)
        loose = self._series_sentences(main, sources, other_sentences)
        place_sources = self._place_sources(main, clause, sources)
        place_code = self._fact_place(result, place_sources, clause=clause, loose=loose)
        slug = self._fact_initiative(result, main.name, sources)
        proposer = self._proposer(slug)
        self._fact_hosts(result, sources, place_code, proposer, headline=True)
        body = [s for s in self.doc.body if id(s) not in other_sentences]
        in_sources = {id(s) for s in sources}
        self._fact_officials(result, sources + [s for s in body if id(s) not in in_sources])
        summary, line = self._summary(self.doc.paragraphs[0] if self.doc.paragraphs else [])
        result.fact("summary", summary, line)
        result.fact("source_url", self.source_url)
        event_check_lengths(result)
        self._proposer_code = proposer
        return result

    def _series_sentences(self, main, sources, other_sentences):
        """Body sentences naming the main event's series without its number or "APEC"
        ("an APEC SME ministerial meeting" for "28th APEC SME Ministerial Meeting")."""
        words = _key(main.series).split()
        while words and (words[0] == "apec" or ORDINAL_TOKEN_RE.fullmatch(words[0])):
            words = words[1:]
        if len(words) < 2 or not any(w in KIND_WORDS for w in words):
            return []
        core = " ".join(words)
        taken = {id(sentence) for sentence in sources} | set(other_sentences)
        return [
            sentence
            for sentence in self.doc.body
            if id(sentence) not in taken and core in _key(sentence.text[:LONGEST])
        ][:FACT_SENTENCES]

    def _clause(self, mention):
        """The part of the mention's sentence up to the next event named in it."""
        text = mention.sentence.text
        # "First Senior Officials' Meeting SOM1 and related meetings February 23rd - …": the
        # same meeting named again by its acronym goes on with its clause (c17)
        later = [
            m.position
            for m in [*self.mentions, *self._further]
            if m.sentence is mention.sentence
            and m.position > mention.position
            and not _same_meeting(m.key, mention.key)
        ]
        # Two meetings of one phrase ("meetings of … Ministers and … Ministers on Friday",
        # both at its start) share the sentence: its date, its tense and its place.
        joint = any(
            m is not mention and m.sentence is mention.sentence and m.position == mention.position
            for m in self.mentions
        )
        end = self._clause_end(mention, later)
        # The main event named after others in a list ("including the final senior officials'
        # meeting from Nov. 5 to 6, …, the 22nd APEC Economic Leaders' Meeting from Nov 10 to
        # 11"): its clause starts at its name, the days before it are the others'.
        listed_after = mention is self.main and self._listed_with_own_days(mention, end)
        start = mention.position if (mention is not self.main or listed_after) and not joint else 0
        # "During the week-long (September 10-15) 2041 APEC … Meeting, …": days in brackets
        # right before the name are its own
        days = DAYS_IN_BRACKETS_BEFORE_RE.search(text, max(0, start - 40), start) if start else None
        start = days.start() if days else start
        return Sentence(text[start:end], mention.sentence.line, lead=text[:start])

    def _listed_with_own_days(self, mention, end):
        """Whether its sentence names another meeting before it and gives it days of its own
        after its name ("…, the 22nd APEC Economic Leaders' Meeting from Nov 10 to 11"), as a
        list of meetings each with its days does; not "Ministers … gathered during 7-8 August
        in Chiang Mai for the Tenth … Meeting", whose days come before its name."""
        own = OWN_DAYS_RE.search(mention.sentence.text[mention.position : end][:LONGEST])
        return own is not None and any(
            m.sentence is mention.sentence
            and m.position < mention.position
            and not _same_meeting(m.key, mention.key)
            for m in self.mentions
        )

    def _clause_end(self, mention, later):
        """Where the mention's clause ends: at the next event its sentence names, unless that
        one is listed right after it ("hosting the 28th … Meeting, the 54th … Meeting and
        related activities … which will be held during 5 – 10 September"): meetings listed
        one after another share what the sentence says after the list."""
        text = mention.sentence.text
        end = mention.position
        for position in sorted(later):
            if not _listed_after(text[end:position]):
                return position
            end = position
        return len(text)

    def _follow_up(self, mention):
        """The sentence after the mention's in its paragraph when it goes on about that
        meeting ("The 61st tourism meeting will be held before the ministerial. The meeting
        will run from September 10 to 12 in …") and names no event of its own; else None."""
        if mention.sentence.paragraph < 0:
            return None
        paragraph = self.doc.paragraphs[mention.sentence.paragraph]
        index = next((i for i, s in enumerate(paragraph) if s is mention.sentence), None)
        if index is None or index + 1 >= len(paragraph):
            return None
        following = paragraph[index + 1]
        match = FOLLOW_UP_RE.match(following.text)
        if not match:
            return None
        noun = match.group("noun")
        if noun and noun not in FOLLOW_UP_ANY and noun not in mention.name.lower():
            return None  # "The workshop ran from 3-4 June" after a meeting's name: another's
        # an event it names as its frame ("The Forum took place as a side event of the APEC
        # CEO Summit 2017 … on November 8") is where it was held, not what it is about (d4)
        named = any(m.sentence is following and not _frame_of(m) for m in self.mentions)
        return None if named else following

    def _apposition_of_main(self, other):
        """Whether `other` is the main event named again in apposition, right before it: "the
        year-long APEC Summit, the 23rd Economic Leaders' Meeting (AELM) will be held …"."""
        main = self.main
        if main is None or other.sentence is not main.sentence or other.position > main.position:
            return False
        between = main.sentence.text[other.position + len(other.name) : main.position]
        return re.fullmatch(r"(?:\s*\([A-Z]{2,8}\))?,\s+(?:the\s+)?", between) is not None

    def _record_other(self, other, context):
        """A further named event with its own date in its own sentence, or in the sentence
        right after it that goes on about it ("The meeting will run from …")."""
        if _hosts_role(other) or self._apposition_of_main(other):
            return None  # "… as the host of 2047 APEC Economic Leaders' Meeting": not reported
        clause = self._clause(other)
        sentence = self._after_earlier_events(other)
        announced = WHOSE_MEETING_RE.match(other.sentence.text, other.position)
        # "… as part of the APEC SME Week", "leading up to the APEC Leaders' Meeting in
        # November": the frame of the page's own meeting, a candidate even with no day
        frame = _frame_of(other, self._names_main_at)
        announced = announced or frame
        if _only_mentioned(other) and not (announced or _own_day_said(clause, context)):
            # "… will be presented to the APEC Economic Leaders' Meeting in November"; but
            # "the report for the Ministers responsible for Trade, whose meeting begins
            # tomorrow" and "preparations for the … Meeting that will take place tomorrow"
            # announce that meeting's own day.
            return None
        dates = _dates_in(sentence, context)
        listed = _programme_item(other)
        now, report_day = self._other_now(other, dates, listed, frame, context)
        if _undated_naming(dates, other) and not (now or frame):
            clause = self._clause_with_follow_up(other, clause, context)
            if clause is None:
                return None
        kind = _kind_of(other.name) or EventKind.OTHER
        result = self._new(other.name, other.sentence.line, kind)
        # A day in the event's own clause is its day; the rest of the sentence (the days of an
        # event named later in it: "… Meeting co-chaired by … on Nov. 16-17 and the … Meeting on
        # Nov. 13-14") counts only when the clause gives none.
        # a frame's day is only one its clause says of it: the sentence's are the page's
        date_sources = _other_date_sources(clause, sentence, listed or frame, context)
        self._fact_date(result, date_sources, context, fallback_page=False, main=False)
        if report_day and result.value("start_date") is None:
            self._date_of_report_day(result, other, context)
        self._fact_virtual(result, [other.sentence])
        clause, place_code = self._place_of_other(result, clause, listed, frame)
        if not (listed or frame):
            self._venue_of_follow_up(result, self._follow_up(other), other)
        if _month_only_mention(result, clause) and not frame:
            return None
        slug = self._fact_initiative(result, other.name, [other.sentence], use_field=False)
        host_sources = [clause] if frame else [other.sentence]
        self._fact_hosts(result, host_sources, place_code, self._proposer(slug))
        self._fact_officials(result, [other.sentence])
        result.fact("summary", other.sentence.text, other.sentence.line)
        result.fact("source_url", self.source_url)
        _warn_first_edition(result, other, dates)
        event_check_lengths(result)
        self._mark(result, now, frame)
        return result

    def _after_earlier_events(self, other):
        """The further event's sentence without the clauses of the events named before it
        ("The … CEO Summit will take place from November 14-16, overlapping with the APEC
        Leaders' Summit"): a day said of an earlier name is that event's, never a later one's;
        what the sentence says before its first name, or after this one, stays (d4)."""
        earlier = [
            m.position
            for m in self.mentions
            if m.sentence is other.sentence
            and m.position < other.position
            and not _same_meeting(m.key, other.key)
        ]
        if not earlier:
            return other.sentence
        text, start = other.sentence.text, min(earlier)
        blanked = text[:start] + " " * (other.position - start) + text[other.position :]
        # days written without their month ("the … Meeting on 17-18") still take it from the
        # days before the name, as its clause does
        return Sentence(
            blanked, other.sentence.line, other.sentence.paragraph, text[: other.position]
        )

    def _other_now(self, other, dates, listed, frame, context):
        """(whether a further event is under way around the release or a day report says it
        was held on its day, whether the latter): a coming event the page's meeting prepares is not under
        way now, whatever the sentence's tense says of that meeting ("The meeting also
        finalised preparations for the … Meeting that will take place tomorrow"): no city of
        the page's meeting (c10)."""
        now = _undated_now(other.sentence, context) or listed or frame == "within"
        now = now and frame != "coming"
        report_day = _undated_naming(dates, other) and self._held_on_report_day(other, context)
        return now or report_day, report_day

    def _place_of_other(self, result, clause, listed, frame):
        """(clause, economy) after reading a further event's place. A programme's item is in
        its meeting's city (`_city_of_main`), not the dateline's; a frame's place is only one
        its own clause names before a comma ("… Working Group (SMEWG), where Malaysia made a
        presentation": no place of that meeting), and its clause is cut there."""
        if listed:
            return clause, None
        if frame:
            clause = Sentence(_own_clause(clause.text), clause.line)
        code = self._fact_place(result, [clause], False, clause=clause)
        if frame == "within" and _city_in_venue_name(result):
            # "as part of the APEC SME Week at the Riverside Convention Center": a town word
            # of the venue's name is no city of the week, held where the page's meeting is
            result.fact("city", "", clause.line, "low")
            return clause, None
        return clause, (_own_place_only(result, clause, code) if frame else code)

    def _names_main_at(self, sentence, position):
        """Whether the sentence names the page's own meeting at `position`."""
        main = self.main
        return main is not None and any(
            m.sentence is sentence
            and m.position == position
            and (_same_meeting(m.key, main.key) or _same_by_acronym(m.key, main.key))
            for m in self.mentions
        )

    def _with_follow_up(self, mention, clause, read, context):
        """(follow-up, (clause, dates, dated, city, code)) of a further event once the
        sentence after its name, which goes on about it alone (`_follow_up`), adds what its
        clause left out: its day or month, its town after a place cue ("It is scheduled for
        Oct. 16 and 17 in Niigata", c37). The follow-up is None when there is none or when the
        clause lacks nothing."""
        dates, dated, city, code = read
        if dated and city is not None:
            return None, (clause, dates, dated, city, code)
        follow = self._follow_up(mention)
        # else the later sentences that refer back to it by its kind word (round h1)
        later = [follow] if follow is not None else self._referred_back(mention)
        for sentence in later:
            if not dated:
                more = _dates_in(sentence, context)
                if any(d.precision in ("day", "month") and not d.publication for d in more):
                    clause = Sentence(f"{clause.text} {sentence.text}", clause.line)
                    dates, dated = _dates_in(clause, context), True
            if city is None:
                city, code = _own_city(sentence.text, self.names)
        return (later[0] if later else None), (clause, dates, dated, city, code)

    def _referred_back(self, mention):
        """The later sentences whose subject is a further event's kind word alone ("The summit
        will gather 1,500 … in Beijing", "The summit and APEC Business Advisory Council
        dialogue with leaders will be held on Nov 9 and 10", round h1): about the last event
        named with that word, when the page's own event has another kind word. A sentence
        naming another event is not, unless that event is joined to the subject by "and"; the
        next event named with that word ends the run."""
        word = _last_kind_word(mention.name)
        main = self.main
        if word is None or main is None or _last_kind_word(main.name) in (None, word):
            return []
        named = [m for m in self.mentions + self.recalled if m is not mention]
        body = self.doc.body
        start = next((i for i, s in enumerate(body) if s is mention.sentence), len(body))
        found = []
        for sentence in body[start + 1 :]:
            step = _refers_back(sentence, [m for m in named if m.sentence is sentence], word)
            if step == "stop":
                break  # another event of that word: the sentences after are about it
            if step == "take":
                found.append(sentence)
        return found

    def _venue_of_follow_up(self, result, follow, mention):
        """The venue the sentence after a further event's name gives it, when that sentence
        goes on about it alone ("The meeting will take place at the Harbour Hotel in Macau",
        c37): low confidence, cue "the next sentence"."""
        if result.value("venue"):
            return
        venue = _venue_in(follow.text) if follow is not None else None
        if venue:
            result.fact("venue", venue[0], follow.line, "low", cue="the next sentence")
            return
        # the same event named again further down with its venue ("… while the 45th Meeting
        # of the Tourism Working Group, which is …, will take place in the Four Seasons Hotel")
        for again in self._named_again(mention):
            venue = _venue_in(self._clause(again).text[len(again.name) :])
            if venue:
                result.fact("venue", venue[0], again.sentence.line, "low", cue="named again")
                return

    def _named_again(self, mention):
        """The later mentions of the same event in other sentences (c37)."""
        return [
            m
            for m in self.mentions
            if m.sentence is not mention.sentence
            and m.sentence.line >= mention.sentence.line
            and _same_meeting(m.key, mention.key)
        ]

    def _clause_with_follow_up(self, other, clause, context):
        """The clause of a further event with no day in its sentence joined with the sentence
        after it that goes on about it and dates it, or None when there is none."""
        follow_up = self._follow_up(other)
        if follow_up is None:
            return None
        if not any(d.precision in ("day", "month") for d in _dates_in(follow_up, context)):
            return None
        return Sentence(f"{clause.text} {follow_up.text}", other.sentence.line)

    def _mark(self, result, now, frame):
        """Note a further record under way now (`_undated_now`) or named as the page's frame
        (`_frame_of`) for `_other_records`, which places it after the main record is read."""
        if now:
            self._now.add(id(result))
        if frame:
            self._framed.add(id(result))
        if frame == "coming":
            self._coming.add(id(result))

    def _record_siblings(self, main, main_record, kind, sentence, places, context):
        """One record per city of a sentence such as "… held in Tomsk and Taipei this June"."""
        own = _own_plural_series(sentence.text[:LONGEST])
        for city, position, month_text, kind_word in places:
            sibling_kind = PLURAL_KINDS.get(kind_word) or kind
            series = main.series
            if own:
                series = own  # "Senior Officials' Meetings will be held in …": their own name
            elif sibling_kind != kind:
                word = KIND_NAMES.get(sibling_kind, "event")
                series = re.sub(
                    r"\b(" + "|".join(KIND_WORDS) + r")\b\s*$", "", series, flags=re.I
                ).strip()
                series = f"{series} {word.capitalize()}"
            title = f"{series} in {city}"
            result = self._new(title, sentence.line, sibling_kind, "low")
            result.warn(
                f"The text names this event only by its city and month; its title is built from "
                f"“{main.series}”. Use its own name if it has one.",
                sentence.line,
                "title-built",
            )
            probe = Sentence(month_text, sentence.line)
            self._fact_date(result, [probe], context, fallback_page=False, main=False)
            if "start_date" not in result.facts:
                continue
            result.fact("city", city, sentence.line)
            result.fact("venue", "")
            host = self.names.city(city)
            result.fact("host_economy", host, sentence.line)
            proposer = getattr(self, "_proposer_code", None)
            co_hosts = [proposer] if proposer and proposer != host else []
            result.fact("co_host_economies", co_hosts, None, "low" if co_hosts else "high")
            if co_hosts:
                result.warn(
                    f"{proposer} is taken as a co-host because it proposed the series the event "
                    "belongs to. Check the co-hosts.",
                    sentence.line,
                    "co-hosts-inferred",
                )
            initiative = main_record.facts["initiative"]
            result.fact("initiative", initiative.value, initiative.line, initiative.confidence)
            result.fact("virtual", False)
            result.fact("officials", [])
            result.fact("summary", sentence.text, sentence.line)
            result.fact("source_url", self.source_url)
            event_check_lengths(result)
            yield position, result


# The subject of a sentence that refers back to an event by its kind word alone, and what
# "and" joins to it ("The summit and APEC Business Advisory Council dialogue with leaders …",
# round h1).
REFERRED_SUBJECT_RE = re.compile(
    r"\s*(?:The|This)\s+(?:(?:one|two|three|four|five|\d)-day\s+)?"
    r"(?P<noun>summit|forum|conference|symposium|workshop|seminar|dialogue|meeting|fair|expo)\b"
    r"(?:\s+and\s+(?:the\s+)?)?"
)


def _refers_back(sentence, others, word):
    """ "take" when `sentence`'s subject is the kind word `word` alone, the events it names
    (`others`) joined to it by "and"; "stop" when it names another event of that word; else
    None (round h1)."""
    match = REFERRED_SUBJECT_RE.match(sentence.text)
    subject = match is not None and match.group("noun").lower() == word
    if subject and all(m.position == match.end() for m in others):
        return "take"
    if any(_last_kind_word(m.name) == word for m in others):
        return "stop"
    return None


def _last_kind_word(name):
    """The last kind word of an event's name, in lower case and singular ("ceo summit" →
    "summit"), or None."""
    words = [w for w in re.findall(r"[a-z]+", name.lower()) if w.rstrip("s") in KIND_WORDS]
    return words[-1].rstrip("s") if words else None
