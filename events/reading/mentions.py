"""Further events of a page read as mentions (round c13).

A page names events besides its own: the coming SME ministerial meeting, the Leaders' Week a
speech looks ahead to, the past meetings of a newspaper's list with their cities. The steps of
`reader.py` read such an event when its sentence dates it the way a release dates its own
event; the ones named with only a month ("the last SME Ministerial Meeting in September
2005") or only a city ("the 3rd Senior Officials' Meeting will take place in Lima") were left
out. Here the mentions of one event are grouped (the same name up to a number, an article or
the SME spelling; an acronym with its expansion), and a group that no step read becomes a
candidate record when one of its mentions has a fact of its own: a day or a month in its own
clause, or a known city after a place cue ("in", "the northern city of") there.
"""

import datetime
import functools
import re

from events.models import EventKind
from events.reading.chrome import (
    APEC_GLOSS_RE,
    APEC_WRITTEN,
    DD,
    MON,
    MONTH_FULL,
    MONTH_NAMES,
    ORDINAL_WORDS,
    WEEKDAY,
)
from events.reading.cues import OF_APEC_GROUP_RE
from events.reading.document import (
    Mention,
    _key,
    _kind_of,
    _same_by_acronym,
    _same_meeting,
)
from events.reading.names import APEC_ITSELF_RE, _hosts_role, _ordinal_token, _quoted_part
from events.reading.standing import (
    AND_FINAL_RE,
    OWN_WEEKDAY,
    OWN_WEEKDAY_RE,
    _alternatives,
    numbered_acronym_re,
    numbered_meeting,
    standing_match,
    standing_meeting,
    standing_meetings,
    who_meets_meeting,
    who_meets_re,
    who_meets_verb_re,
    written_re,
)
from events.reading.week import WEEK_DAYS
from events.reading.words import KIND_WORDS, LEADERS_MEET_RE, LONGEST, OFFICE_OF_RE, PLURAL_KINDS

# A place cue and the capitalised words after it: "in Lima", "in Ha Noi, Viet Nam", "in the
# northern city of Trujillo", "on Blake Island" (round d5: only a town the gazetteer knows is
# one; "on Monday" is none), "at the capital, Canberra" is not read (no city word follows).
PLACE_CUE_RE = re.compile(
    r"\b(?:in|at|on)\s+(?:(?:the\s+)?(?:[a-z]+\s+|[A-Z][\w-]*\s+){0,2}(?:city|capital|town)"
    r"\s+(?:of\s+)?)?(?P<place>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})"
)
# Words before a name that make it something other than an event the page reports on: the
# group a person chairs, a meeting "such as" one of a kind.
NOT_REPORTED_BEFORE_RE = re.compile(r"\bsuch\s+as\s+(?:the\s+)?$", re.I)
# Words after a name that make it a series, not one meeting: "The SME Ministerial Meeting has
# been held eleven times since it was first launched in 2041 in Hanoi", "… held annually".
SERIES_AFTER_RE = re.compile(
    r"^\W*(?:\([^()]{0,20}\)\s*)?(?:has|have)\s+been\s+(?:held|convened|organi[sz]ed)\b"
    r"|^[^.;]{0,20}\b(?:held|convened|organi[sz]ed)\s+(?:every\s+year|annually|each\s+year)\b",
    re.I,
)


# A meeting named in lower case, as newspapers and speeches write it: with its number ("The
# second ministerial meeting was held in Singapore in July 1990", "the 12th APEC leaders'
# informal meeting") or after "APEC" ("this year's APEC leaders meeting in Honolulu"), APEC
# spelled out or glossed too (`APEC_WRITTEN`, round i1); a word between may end in an apostrophe
# ("the 12th APEC leaders' informal meeting", round c31).
_ORDINAL_WORD = "(?:" + "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True)) + ")"
_ORDINAL = rf"(?:{_ORDINAL_WORD}|\d{{1,2}}(?:st|nd|rd|th))"
# The word before the kind word says whose meeting it is: a bare "the 41st meeting" is the
# page's own meeting named again, "APEC member economies are meeting" no name at all.
LOWER_CASE_NAME_RE = re.compile(
    rf"\b(?:{_ORDINAL}\s+(?:(?:19|20)\d{{2}}\s+)?(?:{APEC_WRITTEN}\s+)?|{APEC_WRITTEN}\s+)"
    r"(?:[a-z]+['’]?\s+){0,2}?"
    r"(?:ministerial|ministers['’]?|leaders['’]?|officials['’]?|informal)\s+"
    r"(?:meeting|summit|conference|forum)\b"
)

# A meeting of the page's series named by its time rather than its name, as newspapers recall
# or announce one (round d5): "last year's gathering in Sydney", "the 2045 meeting in Hanoi",
# "next year's summit in Auckland", "the previous summit in Bangkok", "last year's ministerial
# in Auckland". The word before the noun
# says it is one meeting other than the page's own ("this year's summit" is the page's own
# named again, and is left out; so is "the last …", most often the final one of a kind: "the
# last technical meeting before the ministers meet in November"); with no town, day or month
# of its own it gives no record.
# The words between are lower case ("the 2006 APEC leaders meeting"), so another body's
# meeting written with capitals ("last year's G20 meeting") is none.
QUALIFIED_NAME_RE = re.compile(
    r"(?<![\w’'-])(?:(?:[Ll]ast|[Nn]ext)\s+year['’]s\s+|(?:the|The)\s+(?=(?:19|20)\d{2}\s"
    r"|previous\s|next\s))(?P<name>(?:(?:19|20)\d{2}\s+|previous\s+|next\s+)?"
    r"(?:APEC\s+)?(?:[a-z]+['’]?\s+){0,2}?"
    r"(?:meeting|summit|gathering|conference|ministerial(?!\s+[a-z])))\b"
)

# A week of a host year, named with capitals before "Week" (round c19): "the Leaders' Week in
# November", "The APEC 2049 High Level Week officially starts today". "Week" is no kind word
# of the other readers (it is mostly "this week", "next week"), so only this pass sees it; a
# run of capitals that is not a week's own name ("Next Week") gives none: the word before
# "Week" says whose week it is (leaders', a level, or a field such as "SME", "Security").
WEEK_NAME_RE = re.compile(
    r"(?<![\w’'-])(?:(?:APEC|(?!The\b)[A-Z][a-z]+|\d{4})\s+){0,4}"
    r"(?:Leaders['’]?|Level|SME|MSME|Security|Innovation|Startup|Digital)\s+Week\b"
)


# A week joined by "and" to a name after it ("the Ocean Economy Week and the Fisheries
# Ministers Meeting in March"): one of two events, whatever its words (round d1; the name
# after it starts after "and the", `names._after_week`).
WEEK_JOINED_RE = re.compile(
    r"(?<![\w’'-])(?!(?:The|This|Next|Last|That|Each|Every)\b)(?:[A-Z][\w’'-]*\s+){1,4}Week"
    r"(?=\s+(?:and|&)\s+(?:the\s+)?[A-Z]|$)"
)


# A week the page reports as opening or under way (round c36), its own event even with no day
# or town of its own: "The 2015 … Economic Leaders' Week hosted by the Philippines in Manila
# has opened", "The … Economic Leaders' Week began on Monday", "… Week (AELW) is currently
# taking place", and, before the name, "… opened in Singapore Sunday, kicking off the APEC
# Leaders' Week". It is held where the page's own meeting is when it names no town.
WEEK_HELD_AFTER_RE = re.compile(
    r"^[^.;:]{0,80}?\b(?:opens|opened|kick(?:s|ed)\s+off|beg(?:an|ins)|starts|started"
    r"|commence[sd]|gets\s+under\s?way|got\s+under\s?way|is\s+(?:currently\s+)?taking\s+place"
    r"|is\s+(?:now\s+)?under\s?way)\b"
)
WEEK_HELD_LEAD_RE = re.compile(
    r"\b(?:kick(?:ing|s|ed)\s+off|open(?:ing|s|ed)|start(?:ing|s|ed))\s+(?:the\s+)?$", re.I
)


def week_held(mention, lead, after):
    """Whether the page reports a week (`WEEK_NAME_RE`) as opening or under way
    (`WEEK_HELD_AFTER_RE`, `WEEK_HELD_LEAD_RE`, round c36)."""
    if mention.source != "week":
        return False
    return bool(WEEK_HELD_AFTER_RE.match(after) or WEEK_HELD_LEAD_RE.search(lead[-40:]))


QUOTES = {'"', "“", "‘", "'"}

# Meetings named in the plural, one gathering of a week's schedule when the page gives them a
# day of their own (round c31): "Thursday will see a full day of APEC Ministerial Meetings",
# "Japan will host the APEC ministerial meetings, set for Nov. 17-18". The name starts with a
# capital that is not an article ("The APEC …": the article is left out; "related meetings",
# "the meetings" are no names); without a day of its own it is a series ("The APEC Ministerial
# Meetings have shaped …") and no record.
PLURAL_NAME_RE = re.compile(
    r"(?<![\w’'-])(?!(?:The|These|Those|Its|Their|All|Other|Related|Both|Such)\b)"
    r"[A-Z][\w’'-]*\s+(?:(?:[A-Z][\w’'-]*|ministerial|leaders['’]?|officials['’]?|ministers['’]?)\s+){0,3}"
    r"[Mm]eetings\b"
)
# A day right after a plural name: ", set for Nov. 17-18", " on Thursday", " from Wednesday to
# Friday".
PLURAL_DAY_AFTER_RE = re.compile(
    rf"^\W{{0,3}}(?:(?:(?:to\s+be\s+)?held|slated|scheduled|set|due)\s+)?(?:on|for|from)\s+"
    rf"(?:{MON}\s+{DD}|{DD}\s+(?:of\s+)?{MON}|{WEEKDAY})"
)
# A day that opens the sentence before a name (round c31): an itinerary's "On Nov. 17, he will
# address a session … of the APEC CEO Summit", a venue's "On August 20 and 21, the Hotel Enjoy
# will host the …", a week's "Wednesday will see a full day of APEC Ministerial Meetings". It
# is the day of the event the sentence names first (`_day_fronted`).
# Also a part of the day (round g1): "On the evening of November 17, there will [be] an
# official Gala Dinner at …".
FRONTED_DAY_RE = re.compile(
    rf"^\s*(?:On\s+)?(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?(?:{WEEKDAY}|{MON}\s+{DD}(?:\s*(?:-|–|and|to)\s*{DD})?"
    rf"|{DD}(?:\s*(?:-|–|and|to)\s*{DD})?\s+{MON})"
    r"(?:\s*,|\s+(?:will\s+see|sees|saw)\b)"
)


# Further meetings a page describes rather than names (round c31), each a candidate only with a
# day, a month or a town of its own: a meeting of a named body ("a meeting of the APEC
# Business Advisory Council (ABAC) … will be held from Wednesday to Friday", "a meeting of
# APEC Senior Officials on Friday"), an APEC meeting after "an" ("an APEC conference in Tokyo
# on Dec. 9 and 10": "an" makes it one more event of the page), ministers gathering for their
# meeting ("APEC trade ministers gather for their two-day meeting beginning on July 21 in
# Singapore", named "APEC trade ministers meeting").
MEETING_OF_BODY_RE = re.compile(
    r"\b(?:[Aa]n?|[Tt]he)\s+(?P<name>meeting\s+of\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){0,5}"
    r"[A-Z][\w’'-]*(?:\s+\([A-Z][A-Za-z]{1,7}\))?)"
)
AN_APEC_EVENT_RE = re.compile(
    r"\b[Aa]n\s+(?P<name>APEC\s+(?:meeting|summit|conference|forum|symposium|workshop|seminar"
    r"|dialogue))\b"
)
MINISTERS_GATHER_RE = re.compile(
    r"\b(?P<who>APEC\s+(?:[a-z]+\s+){0,2}?ministers)\s+(?:gather|gathered|meet|met|convene"
    r"|convened)\s+for\s+(?:their|a)\s+(?:[\w-]+\s+){0,2}?(?P<kind>meeting|conference|summit)\b"
)


# A gathering described in lower case as the subject of a verb of holding or the object of
# hosting (round d1): "a workshop to be held in Manila in December", "the annual APEC summit
# will be held on Monday and Tuesday", "Two new workshops on … risk financing will be held on
# Thursday", "… will host the joint meeting between APEC Women and Foreign Trade Ministers".
# The kind word needs a word of its own before it or a subject after it ("the meeting will be
# held" is the page's own meeting named again); its facts are read like a name's.
_LOWER_KIND = (
    r"(?:meeting|summit|forum|conference|symposium|workshop|seminar|dialogue|training"
    r"|roundtable|course)s?"
)
# The social and business events of an APEC week (round g1): "an official Gala Dinner at the
# new Hilton Hotel", "a gala dinner at the Royal Thai Navy Convention Hall", "a corporate
# luncheon to discuss the principal themes for APEC Japan 2010", "a welcome reception in …".
# Capitalised too, as a programme writes them; a further event only where the page links it to
# APEC (its sentence or one of the three before names APEC).
_SOCIAL_KIND = r"(?:[Dd]inner|[Ll]uncheon|[Rr]eception|[Bb]anquet|[Bb]reakfast)s?"
_KIND = rf"(?:{_LOWER_KIND}|{_SOCIAL_KIND})"
SOCIAL_KIND_RE = re.compile(_SOCIAL_KIND)
# "dialogue with leaders", "a luncheon to discuss …": what a described event is about
_ABOUT = (
    r"(?:\s+(?:on|of|between|for|with|to\s+discuss)\s+(?:(?!(?:that|which|who|where|when|is|are|was|were|will"
    r"|has|have|had|got|gets|opened|began|ended|closed)\b)[\w’'-]+\s+){0,7}?"
    r"[\w’'-]+)?"
)
HELD_DESCRIBED_RE = re.compile(
    rf"\b(?P<article>[Aa]n?|[Tt]he|[Tt]heir|[Ii]ts|[Tt]wo|[Tt]hree|[Ff]our)\s+(?P<name>"
    rf"(?:[\w’'-]+\s+){{0,3}}?{_KIND}{_ABOUT})"
    r"\s+(?:(?:will|would|is\s+to|are\s+to|is\s+set\s+to|is\s+scheduled\s+to)\s+"
    r"(?:be\s+held|take\s+place|be\s+convened)|to\s+be\s+held|took\s+place|was\s+held"
    r"|were\s+held|(?:is|are)\s+(?:scheduled|slated|set|planned)\s+for)\b"
)
# One joined by "and" to the subject of a verb of holding (round g1): "The summit and APEC
# Business Advisory Council dialogue with leaders will be held on Nov 9 and 10": a body's name
# in capitals, then its kind word and what it is about; the verb's day is its own too.
JOINED_HELD_RE = re.compile(
    rf"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+[a-z]+\s+and\s+(?:the\s+)?(?P<article>)(?P<name>"
    rf"(?:[A-Z][\w’'-]*\s+){{1,5}}{_KIND}{_ABOUT})"
    r"\s+(?:will\s+be\s+held|are\s+to\s+be\s+held|were\s+held|took\s+place"
    r"|will\s+take\s+place)\b"
)
# A day before "for" a described event (round g1): "… are going to join us on March 15th for a
# corporate luncheon to discuss …"; the day is the event's.
_DAY_FOR = rf"\bon\s+(?:{MON}\s+{DD}|{DD}\s+{MON})(?:,?\s+\d{{4}})?\s+for\s+"
DAY_FOR_RE = re.compile(rf"{_DAY_FOR}(?:an?|the)\s+$")
DAY_FOR_DESCRIBED_RE = re.compile(
    rf"{_DAY_FOR}(?P<article>an?)\s+(?P<name>(?:[\w’'-]+\s+){{0,3}}?{_KIND}{_ABOUT})"
    r"(?=\s*[,.;:)]|\s*$)"
)
# An indefinite one with a fact right after it, as a list of a week's side events writes it:
# "a workshop on data flows on 2 June", "a public-private dialogue on cruise ports on 14
# March", "a training course in Cebu".
FACT_DESCRIBED_RE = re.compile(
    rf"\b(?P<article>[Aa]n?|[Tt]wo|[Tt]hree|[Ff]our)\s+(?P<name>(?:[\w’'-]+\s+){{0,3}}?"
    rf"{_KIND}{_ABOUT})"
    rf"(?=\s+(?:(?:on|from)\s+(?:{DD}\s+{MON}|{MON}\s+{DD}|{WEEKDAY})|in\s+[A-Z]"
    r"|at\s+the\s+(?:[a-z]+\s+)?[A-Z]))"
)
# An event a page announces as one more of its days (round g1): "there will also be an informal
# dialogue between APEC leaders and …", "there will [be] an official Gala Dinner at …".
THERE_WILL_BE_RE = re.compile(
    rf"\b[Tt]here\s+will\s+(?:also\s+)?(?:be\s+)?(?P<article>an?)\s+(?P<name>"
    rf"(?:[\w’'-]+\s+){{0,3}}?{_KIND}{_ABOUT})(?=\s*[,.;(]|\s+(?:in|at|on|from)\s)"
)
HOSTED_DESCRIBED_RE = re.compile(
    rf"\b(?:will\s+host|to\s+host|hosts|hosted|hosting)\s+(?P<article>the|an?)\s+(?P<name>"
    rf"(?:[a-z][\w’'-]*\s+){{0,3}}?{_KIND}{_ABOUT})(?=\s*[,.;]|\s+(?:in|at|from)\s)"
)
# A gathering said to be held at or during a named event: a part of that event (two leaders'
# "last meeting took place at the G20 Summit in Osaka").
AT_OTHER_EVENT_RE = re.compile(
    r"\s+(?:at|during|on\s+the\s+sidelines\s+of)\s+the\s+(?:[\w’'-]+\s+){0,5}?"
    r"(?:Summit|Meeting|Forum|Conference|Week|Dialogue)\b"
)
# "… of the", "… and the" right before a described name: part of a name or joined to one.
JOINED_BEFORE_RE = re.compile(r"\b(?:of|and)\s+$")


OTHER_OF_SERIES = frozenset({"next", "previous", "last"})
DURATIONS = frozenset({"one-day", "two-day", "three-day", "four-day", "five-day", "day-long"})
NOT_EVENT_WORDS = frozenset(
    # "a press conference in Lima": no event of APEC's; "a series of workshops in Lima": a series
    {
        "press",
        "news",
        "media",
        "video",
        "phone",
        "telephone",
        "series",
        "number",
        "range",
        "couple",
        "host",
        "lot",
        "set",
    }
)
# Words that say which meeting, not what it is: "the two-day meeting", "the next meeting".
NO_DESCRIPTION = frozenset(
    {
        "same",
        "next",
        "previous",
        "last",
        "first",
        "this",
        "that",
        "said",
        "new",
        "annual",
        "two-day",
        "three-day",
        "one-day",
        "four-day",
        "five-day",
        "day-long",
        "whole",
        "entire",
        "related",
        "recent",
        "upcoming",
        "forthcoming",
    }
)


APEC_WORD_RE = re.compile(r"\bAPEC\b", re.I)


def _held_described(text, taken, named=(), linked=False):
    """(name, start) of each gathering `text` describes in lower case (`HELD_DESCRIBED_RE`,
    `HOSTED_DESCRIBED_RE`, `FACT_DESCRIBED_RE`, `THERE_WILL_BE_RE`) where no mention stands,
    with words of its own, named without the words that say which (round d1). A dinner, a
    luncheon or a reception only where `linked`: its sentence or one of the three before
    names APEC (round g1)."""
    found = []
    patterns = (
        HELD_DESCRIBED_RE,
        HOSTED_DESCRIBED_RE,
        FACT_DESCRIBED_RE,
        THERE_WILL_BE_RE,
        JOINED_HELD_RE,
        DAY_FOR_DESCRIBED_RE,
    )
    for pattern in patterns:
        for match in pattern.finditer(text):
            name, start = match.group("name"), match.start("name")
            words = name.split()
            kind = next((i for i, w in enumerate(words) if re.fullmatch(_KIND, w)), 0)
            if SOCIAL_KIND_RE.fullmatch(words[kind]) and not linked:
                continue  # "a dinner for the attendees": an APEC event only where APEC is said
            if _not_described(text, match, pattern, words, kind):
                continue
            if match.group("article").lower() in DEFINITE and _refers_back(words, named):
                continue  # "The working group meeting will be held …": a name read already
            if _overlaps(start, start + len(name), taken):
                continue
            # "a two-day workshop on …", "a recent … meeting in Lima": named without the
            # words that say which, so that the page's own event named so is known again
            lead = 0
            while lead < kind and words[lead].lower() in NO_DESCRIPTION - OTHER_OF_SERIES:
                lead += 1
            cut = len(" ".join(words[:lead])) + 1 if lead else 0
            if (name[cut:], start + cut) not in found:  # two patterns read it
                found.append((name[cut:], start + cut))
    return found


DEFINITE = frozenset({"the", "their", "its"})


def _words_of(name):
    """The lower-case words of a name, a plural kind word as its singular."""
    words = {w.lower().strip("’'") for w in re.findall(r"[\w’'-]+", name)}
    return {w[:-1] if w[:-1] in KIND_WORDS else w for w in words}


def _refers_back(words, named):
    """Whether a definite description (its `words`) refers to an event
    the page names: all its words but those that say which stand in one name ("the working
    group meeting" after "the 45th APEC SME Working Group Meeting"); "next", "previous" or
    "last" make it another meeting of the series."""
    written = _words_of(" ".join(words))
    if written & OTHER_OF_SERIES:
        return False
    said = written - NO_DESCRIPTION
    return any(said <= name for name in named)


def _not_described(text, match, pattern, words, kind):
    """Whether a described gathering `match` (its name's `words`, its kind word at `kind`)
    is no further event: a part joined to a name, a numbered or a standing meeting the other
    passes read, the year's meetings, the page's own meeting named again, a press event."""
    article = match.group("article").lower()
    article = "the" if article in ("their", "its") else article  # "Their last meeting …"
    if article == "the" and JOINED_BEFORE_RE.search(
        text, max(0, match.start() - 12), match.start()
    ):
        return True  # "… Meeting and the policy dialogue workshop …": a part of it
    if AT_OTHER_EVENT_RE.match(text, match.end()):
        return True  # "Their last meeting took place at the G20 Summit in …": a part of that
    if any(_ordinal_token(w) for w in words) or APEC_ITSELF_RE.fullmatch(match.group("name")):
        return True  # "the second SCSC meeting": a numbered name the other passes read
    if words[kind][-1:] == "s" and article == "the":
        return True  # "the first APEC meetings for 2040": the year's meetings, a series
    if standing_meeting(" ".join(words[: kind + 1])) is not None:
        return True  # "the leaders' meeting to be held …": `_standing_mentions` reads it
    before = {w.lower() for w in words[:kind]}
    if NOT_EVENT_WORDS & before:
        return True  # "a press conference in Lima": no event of APEC's
    own = before - NO_DESCRIPTION
    if pattern is FACT_DESCRIBED_RE and before & DURATIONS:
        return True  # "A two-day meeting of energy ministers … in Lima": the page's own
    bare = not own and kind == len(words) - 1
    # "a workshop to be held …": the article makes it one more event of the page, and so does
    # "next" or "previous" ("The previous meeting was held in Iquique in …")
    one_more = article != "the" or bool(OTHER_OF_SERIES & before)
    # "the meeting will be held", "a two-day meeting on 3 June": the page's own named again
    return bare and (not one_more or pattern is FACT_DESCRIBED_RE)


def _overlaps(start, end, taken):
    """Whether the span start–end overlaps one of the (start, end) spans `taken`."""
    return any(a < end and start < b for a, b in taken)


def _described_mentions(sentence, text, taken, named=(), linked=False):
    """The meetings a sentence describes (`MEETING_OF_BODY_RE`, `AN_APEC_EVENT_RE`,
    `MINISTERS_GATHER_RE`) where no mention stands, of source "described" (round c31)."""
    found = []
    for pattern in (MEETING_OF_BODY_RE, AN_APEC_EVENT_RE):
        for match in pattern.finditer(text):
            start, end = match.start("name"), match.end("name")
            if LEADERS_MEET_RE.match(text, start):
                continue  # "meeting of APEC Leaders": the leaders' meeting built from who meets
            if OF_APEC_GROUP_RE.match(text, match.start()):
                continue  # "the meeting of the APEC group": APEC's own meeting (c39)
            if not _overlaps(start, end, taken):
                found.append(Mention(match.group("name"), sentence, start, "described"))
    for match in MINISTERS_GATHER_RE.finditer(text):
        start, end = match.start(), match.end()
        if not _overlaps(start, end, taken):
            name = f"{match.group('who')} {match.group('kind')}"
            found.append(Mention(name, sentence, start, "described"))
    taken = [*taken, *((m.position, m.position + len(m.name)) for m in found)]
    for name, start in _held_described(text, taken, named, linked):
        found.append(Mention(name, sentence, start, "described"))
    return found


def _qualified_mentions(sentence, text, taken):
    """The meetings a sentence names by their time (`QUALIFIED_NAME_RE`: "last year's
    gathering", "the 2045 meeting") where no mention stands, of source "lower" (round d5): the
    name as written after "the", a year's possessive kept ("last year's gathering")."""
    found = []
    for match in QUALIFIED_NAME_RE.finditer(text):
        start = match.start() if match.group(0)[:1] in "LlNn" else match.start("name")
        if not _overlaps(start, match.end(), taken):
            found.append(Mention(text[start : match.end()], sentence, start, "lower"))
    return found


def _plural_mentions(sentence, text, taken, mentions):
    """The meetings a sentence names in the plural with a day of their own
    (`PLURAL_NAME_RE`) where no mention stands, of source "plural" (round c31)."""
    found = []
    for match in PLURAL_NAME_RE.finditer(text):
        if _overlaps(match.start(), match.end(), taken):
            continue
        plural = Mention(match.group(0), sentence, match.start(), "plural")
        after = text[match.end() : match.end() + 60]
        if PLURAL_DAY_AFTER_RE.match(after) or _day_fronted(plural, mentions):
            found.append(plural)
    return found


def _day_fronted(mention, mentions):
    """Whether a day opens the mention's sentence (`FRONTED_DAY_RE`) and no other event is
    named before the mention in it: the day is then the mention's own (round c31)."""
    if not FRONTED_DAY_RE.match(mention.sentence.text[: mention.position]):
        return False
    return not any(
        m.sentence is mention.sentence and m.position < mention.position and m.key != mention.key
        for m in mentions
    )


# A meeting of a series named by its number in lower case before capitalised words ("In
# August 2032, the second Ministerial Meeting was held in …", "the third APEC Ministerial
# Meeting"): the number is part of its name, the one thing that tells it from the others of
# its list (round c23). Only after "the": "a first Ministerial Meeting" is none of a list. A
# number in digits ("the 22nd APEC … Meeting") is read with the name by `names.py`.
NUMBERED_NAME_RE = re.compile(
    rf"(?<![\w-])(?:the|The)\s+(?P<name>{_ORDINAL_WORD}\s+(?:and\s+(?:final|last)\s+)?"
    r"(?:(?:19|20)\d{2}\s+)?"
    r"(?:[A-Z][\w’'-]*\s+){0,5}?(?:Meeting|Summit|Conference|Forum|Dialogue)\b)"
)
# A meeting of a list named by its number only ("The third meeting held in Malaysian capital
# Kuala Lumpur …" after "The second ministerial meeting was held in Singapore …").
ELIDED_NAME_RE = re.compile(
    rf"(?<![\w-])(?:the|The)\s+(?P<name>{_ORDINAL}\s+(?P<kind>meeting|summit|conference))\b"
)
ORDINAL_START_RE = re.compile(rf"^{_ORDINAL}\s")
# A meeting named by its town, as newspapers and speeches recall one ("since the 2005 Daegu
# conference", "The Osaka APEC Leaders meeting is approaching"): the town is its fact, when
# the gazetteer knows it (round c23).
TOWN_NAMED_RE = re.compile(
    r"(?<![\w-])(?:the|The)\s+(?P<name>(?:(?:19|20)\d{2}\s+)?"
    r"(?P<town>[A-Z][\w’'-]+(?:\s+(?!APEC\b)[A-Z][\w’'-]+)?)\s+(?:APEC\s+)?"
    r"(?:(?:[A-Z][\w’'-]*|[a-z]+[’']?)\s+){0,2}?(?:[Mm]eeting|[Cc]onference|[Ss]ummit)\b)"
    r"(?!\s+[A-Z])"  # not a hall's name ("the Son Tra Conference Hall")
)


def _numbered_mentions(doc, mentions):
    """`mentions` with the lower-case number before a name joined to it, and the meetings a
    list names by their number (`NUMBERED_NAME_RE`, `ELIDED_NAME_RE`) where no mention stands
    (round c23)."""
    by_sentence = _by_sentence(mentions)
    widened = {}
    found = []
    for sentence in doc.body:
        text = sentence.text[:LONGEST]
        named = by_sentence.get(id(sentence), [])
        for match in NUMBERED_NAME_RE.finditer(text):
            start, end = match.start("name"), match.end("name")
            inside = [m for m in named if start < m.position < end]
            if inside:
                m = inside[0]
                # "the third and final APEC Senior Officials' Meeting": the third (c26)
                name = AND_FINAL_RE.sub("", text[start : m.position] + m.name)
                widened[id(m)] = Mention(name, sentence, start, m.source)
            elif not _within(start, named):
                name = AND_FINAL_RE.sub("", match.group("name"))
                found.append(Mention(name, sentence, start, "lower"))
    numbered = [widened.get(id(m), m) for m in mentions] + found
    return numbered + _elided(doc, numbered)


def _town_named(doc, mentions, names):
    """`mentions` with a known town before a name joined to it ("Osaka APEC Leaders meeting"),
    and the meetings named by their town where no mention stands ("the 2005 Daegu
    conference"), of source "town" (`TOWN_NAMED_RE`, round c23)."""
    widened = {}
    found = []
    by_sentence = _by_sentence(mentions)
    for sentence in doc.body:
        text = sentence.text[:LONGEST]
        named = by_sentence.get(id(sentence), [])
        for match in TOWN_NAMED_RE.finditer(text):
            if not names.city(match.group("town")):
                continue
            start, end = match.start("name"), match.end("name")
            inside = [m for m in named if start <= m.position < end]
            if inside:
                m = inside[0]
                widened[id(m)] = Mention(text[start : m.position] + m.name, sentence, start, "town")
            elif not _within(start, named):
                found.append(Mention(match.group("name"), sentence, start, "town"))
    return [widened.get(id(m), m) for m in mentions] + found


# A list of the towns a series was held in, each with its year, after the first meeting's
# "held in" (round d5): "The first summit was held on Blake Island in 1993, then in Bogor, West
# Java, in 1994, in Osaka, Japan, in 1995, and in Manila, the Philippines, last year". Each
# town after the first is one more meeting of the series (named "<town> <noun>", as a page
# naming a meeting by its town writes it: `TOWN_NAMED_RE`); the year or "last year" after it is
# what makes it an item of the list, not a place said of the first.
LIST_HEAD_RE = re.compile(
    r"\b(?P<noun>summit|meeting|conference|ministerial)s?\s+(?:was|were|had\s+been)\s+"
    r"(?:first\s+)?held\s+(?:in|on|at)\s+"
)
LISTED_TOWN_RE = re.compile(
    r"(?:,\s+(?:and\s+)?(?:then\s+)?|\s+and\s+(?:then\s+)?|\s+then\s+)in\s+"
    r"(?P<town>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})"
    r"(?:,\s+(?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})?,?\s+"
    r"(?:in\s+(?:19|20)\d{2}|last\s+year)\b"
)


# A plural head the towns of a series' meetings follow (round f3): "the four ABAC meetings
# will be held in Auckland (New Zealand) in February, Tokyo (Japan) in April, … and Port
# Moresby (Papua New Guinea) in November", "sequential meetings in 2014 planned to occur in
# Santiago, Chile; Seattle, USA and Beijing, China", "The three previous meetings took place in
# Bangkok, Thailand on February 19-23, Seoul, …". Every town, the first one too, is one
# meeting of the series, named by the group's acronym before the noun and its town ("ABAC
# meeting in Tokyo"), else by its town ("Santiago meeting", as `TOWN_NAMED_RE` reads one).
PLURAL_LIST_HEAD_RE = re.compile(
    r"(?:\b(?P<what>[A-Z]{2,12}[\w-]{0,12})\s+)?"  # the group's acronym: "the four ABAC meetings"
    r"\b(?P<noun>meeting|summit|conference)s\s+(?:in\s+(?:19|20)\d{2}\s+)?"
    r"(?:(?:will|are\s+to|were|are)\s+be\s+held|(?:will\s+be\s+|were\s+|are\s+)?held"
    r"|(?:will\s+)?(?:took|take)\s+place"
    r"|(?:planned|scheduled|set|due)\s+to\s+(?:occur|take\s+place|be\s+held))\s+in\s+(?=[A-Z])"
)
# One town of such a list: the town, its economy in brackets or after a comma, its month or
# year or days ("Tokyo (Japan) in April", "Seattle, USA", "Seoul, the Republic of Korea on
# April 26-29"), then what joins it to the next one.
PLURAL_LIST_ITEM_RE = re.compile(
    r"(?P<town>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})"
    r"(?:\s+\([A-Z][^()]{0,40}\)|,\s+(?:the\s+)?[A-Z][\w’'-]+(?:\s+(?:of\s+)?[A-Z][\w’'-]+){0,2})?"
    rf"(?:\s+(?:in|on)\s+(?:{MON}\s+{DD}(?:\s*[–-]\s*{DD})?|[A-Z][a-z]+|(?:19|20)\d{{2}}))?"
    r"(?P<joint>\s*[,;]\s+(?:and\s+)?|\s+and\s+)?"
)


def _plural_listed_towns(text, named, names, own_town):
    """(name, start) of each meeting a plural head lists by its town (`PLURAL_LIST_HEAD_RE`),
    where no mention stands: every town the gazetteer knows but the page's own meeting's,
    which is that meeting (round f3)."""
    head = PLURAL_LIST_HEAD_RE.search(text)
    if head is None:
        return []
    found = []
    position = head.end()
    while (item := PLURAL_LIST_ITEM_RE.match(text, position)) is not None:
        town = item.group("town")
        if names.city(town) and town != own_town and not _within(item.start("town"), named):
            what, noun = head.group("what"), head.group("noun")
            found.append(
                (f"{what} {noun} in {town}" if what else f"{town} {noun}", item.start("town"))
            )
        if not item.group("joint"):
            break
        position = item.end()
    return found


def _listed_towns(doc, mentions, names, own_town=None):
    """The meetings of a series a sentence lists by their towns after its first one
    (`LIST_HEAD_RE`, `LISTED_TOWN_RE`), where no mention stands, of source "town" (round d5);
    and those a plural head lists, the first one too, but the town of the page's own meeting
    (`own_town`, `_plural_listed_towns`), of source "listed" (round f3)."""
    by_sentence = _by_sentence(mentions)
    found = []
    for sentence in doc.body:
        text = sentence.text[:LONGEST]
        named = by_sentence.get(id(sentence), [])
        for name, start in _plural_listed_towns(text, named, names, own_town):
            found.append(Mention(name, sentence, start, "listed"))
        head = LIST_HEAD_RE.search(text)
        if head is None:
            continue
        position = head.end()
        while (item := LISTED_TOWN_RE.search(text, position)) is not None:
            position = item.end()
            town = item.group("town")
            if names.city(town) and not _within(item.start("town"), named):
                name = f"{town} {head.group('noun')}"
                found.append(Mention(name, sentence, item.start("town"), "town"))
    return found


def _town_in_name(mention, names):
    """(city, economy) of the town a mention of source "town" (or "standing", "listed") is named
    by, or (None, None)."""
    # "their Auckland summit" (c26); a town of a plural head's list (round f3)
    town_named = mention.source in ("town", "standing", "listed")
    if mention.source == "listed" and " in " in mention.name:  # "ABAC meeting in Tokyo"
        town = mention.name.rsplit(" in ", 1)[1]
        return (town, names.city(town)) if names.city(town) else (None, None)
    match = TOWN_NAMED_RE.match(f"the {mention.name}") if town_named else None
    code = names.city(match.group("town")) if match else None
    return (match.group("town"), code) if code else (None, None)


def _by_sentence(mentions):
    """The mentions of each sentence, by the sentence's id: one pass over the mentions."""
    by_sentence = {}
    for m in mentions:
        by_sentence.setdefault(id(m.sentence), []).append(m)
    return by_sentence


def _within(start, named):
    return any(m.position <= start < m.position + len(m.name) for m in named)


def _elided(doc, mentions):
    """The meetings named by their number and kind word only ("the third meeting"), when
    `mentions` number another meeting of that kind word with another number, as a list does:
    a bare "the 41st meeting" on a page of one meeting is that meeting named again. Each
    takes its list's name (`_elided_title`)."""
    numbers = {}
    tails = {}  # the words after the number of the list's names, by kind word
    for m in mentions:
        words = m.name.lower().split()
        if ORDINAL_START_RE.match(m.name.lower()):
            numbers.setdefault(words[-1], set()).add(words[0])
            tails.setdefault(words[-1], []).append(m.name.split(None, 1)[1])
    found = []
    by_sentence = _by_sentence(mentions)
    for sentence in doc.body:
        named = by_sentence.get(id(sentence), [])
        for match in ELIDED_NAME_RE.finditer(sentence.text[:LONGEST]):
            number = match.group("name").split()[0].lower()
            if _within(match.start("name"), named):
                continue
            if numbers.get(match.group("kind"), set()) - {number}:
                title = _elided_title(sentence.text, match, tails[match.group("kind")])
                found.append(
                    Mention(match.group("name"), sentence, match.start("name"), "lower", title)
                )
    return found


# Who meets, right after a list's number and kind word: "the first meeting of the Special
# Assistants to the Leaders of the Asia-Pacific Economic Cooperation (APEC) group": the
# meeting's name goes on with them, up to the forum's acronym and the noun a newspaper gives
# it ("group", "forum") (round i4).
BODY_AFTER_ELIDED_RE = re.compile(
    r"\s+of\s+(?:the\s+)?[A-Z][\w’'-]*(?:(?:\s+(?:of|to|for|and|on|the)){0,2}\s+[A-Z][\w’'-]*){0,8}"
    r"(?:\s+\([A-Z]{2,6}\))?(?:\s+(?:group|grouping|forum)\b)?"
)


def _elided_title(text, match, tails):
    """The name a meeting of a list named by its number and kind word only takes (round i4):
    its own name when who meets follows ("the first meeting of the Special Assistants to the
    Leaders"); else the list's name, the fullest the list writes, with its own number ("The
    third meeting held in Seoul" after "The first APEC ministerial meeting", "The second
    ministerial meeting": "third APEC ministerial meeting"), when the list's other names are
    all words of that one; else "" (the name as written)."""
    body = BODY_AFTER_ELIDED_RE.match(text, match.end("name"))
    if body:
        return f"{match.group('name')} {' '.join(body.group(0).split())}"
    fullest = max(tails, key=len)
    if len(fullest.split()) < 2 or any(_spaced(tail) not in _spaced(fullest) for tail in tails):
        return ""  # a bare "the 2nd meeting"; names of two series ("the 3rd SOM meeting")
    return f"{match.group('name').split()[0]} {' '.join(fullest.split())}"


def _spaced(words):
    """The words in lower case between single spaces, one at each end: a test of words inside
    others that no part of a word passes."""
    return f" {' '.join(words.lower().split())} "


# Capitalised words right before a standing meeting's other name: its town when the gazetteer
# knows it ("their Auckland summit"); else a word that leaves it APEC's (an article, a
# possessive, a month: "the September meeting of foreign affairs and trade ministers") or one
# that makes it another body's ("the WTO ministerial meeting", "the G20 summit", round c26).
TOWN_BEFORE_RE = re.compile(r"(?<![\w’'-])(?P<town>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})\s+$")
WORD_BEFORE_RE = re.compile(r"(?P<word>[\w’'-]+)\W*$")
# A bare "summit", whose leaders a complement may name, with a weekday of its own right after
# it (`OWN_WEEKDAY_RE`): "preparations for a Pacific Rim summit on Tuesday and Wednesday",
# "paves the way for a summit of the organisation's leaders on Wednesday and Thursday" (f1).
OWN_WEEKDAY_OF_LEADERS_RE = re.compile(
    r"(?:\s+of\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?(?:leaders|heads\s+of\s+state))?" + OWN_WEEKDAY
)
APEC_OWN_BEFORE = frozenset(
    [
        "rim",  # "a Pacific Rim summit": the press's name for APEC's members (f1)
        "the",
        "a",
        "an",
        "this",
        "that",
        "these",
        "its",
        "their",
        "his",
        "her",
        "our",
        "last",
        "next",
        "apec",
        "apec's",
        "apec’s",
    ]
) | {month.lower() for month in MONTH_NAMES}


def _standing_mentions(doc, mentions, names):
    """The standing meetings the body writes in a way no other pass reads (`standing.py`,
    core/data/standing_meetings.csv): another name or word order, an acronym with its number
    after it, who meets; where no mention of `mentions` stands (round c26)."""
    spans = {}
    for m in mentions:
        spans.setdefault(id(m.sentence), []).append((m.position, m.position + len(m.name)))
    found = []
    for sentence in doc.body:
        text = sentence.text[:LONGEST]
        taken = spans.get(id(sentence), ())
        for start, end, name, source in _standing_in(text, names):
            if not _overlaps(start, end, taken):
                found.append(Mention(name, sentence, start, source))
                taken = [*taken, (start, end)]
    return found


def _standing_in(text, names):
    """(start, end as written, name, source) of each standing meeting `text` writes."""
    found = []
    for match in numbered_acronym_re().finditer(text):
        # "SOM-II", "ABAC 1 2020", "ABAC III": named as written
        found.append((match.start(), match.end(), match.group(0), "standing"))
    for match in who_meets_re().finditer(text):
        name = who_meets_meeting(match.group("who") or match.group("members_who"))
        if name:  # a spelling the table's pattern takes but names no row: no meeting
            found.append((match.start(), match.end(), name, "standing"))
    for match in who_meets_verb_re().finditer(text):
        name = _who_meets_verb(text, match, names)
        if name:
            found.append((match.start(), match.end(), name, "subject"))
    for match in written_re().finditer(text):
        named = _written_standing(text, match, names)
        if named:
            found.append(named)
    return found


# Who meets as a sentence's or a clause's subject, "the" or "APEC" before it: the antecedent
# of "they" (round f4).
WHO_OPENING_RE = re.compile(
    r"\s*(?:(?:the|The|APEC|Apec)\s+)?(?P<who>(?i:"
    + _alternatives([w for row in standing_meetings() for w in row.who])
    + r"))(?![\w’'-])"
)
# A lede's dateline up to its dash ("May 12 — ", "HOBART, May 10 -- ").
DATELINE_DASH_RE = re.compile(r"[^—–\n]{0,60}?\s(?:[—–]|--)\s+")
# The word before who meets as the subject of a verb of meeting (round f4): an article,
# "APEC", a clause's opening ("when leaders meet", "as senior officials gathered"), the
# sentence's start; not a word that makes them others ("business leaders", "world leaders").
WHO_VERB_BEFORE = frozenset(
    [
        "the",
        "apec",
        "apec's",
        "apec’s",
        "when",
        "as",
        "after",
        "before",
        "once",
        "while",
        "where",
        "until",
        "and",
        "that",
        "since",
        "its",
        "their",
    ]
)
# A fact of its own in the clause after the verb: a day ("May 17-18", "on 12 September"), a
# weekday ("met Tuesday"), a month ("in November", "last May").
WHO_VERB_FACT_RE = re.compile(
    rf"\b(?:{MON}\s+{DD}|{DD}(?:\s*[-–]\s*{DD})?\s+(?:of\s+)?{MON}|{WEEKDAY}"
    rf"|(?:in|last|next|this|early|late|mid-?)\s+{MONTH_FULL})\b"
)
WHO_VERB_CLAUSE_END_RE = re.compile(r"[.;:!?]\s|\bto\s+(?!be\b)[a-z]+|\bwhere\b|\bwhich\b")


def subject_dated(mention):
    """Whether who meets as the subject of a verb of meeting (source "subject", round f4) has
    a day, a weekday or a month of its own in the clause after the verb: a fact of its own
    although a page with no date to count from gives it no first day ("Senior government
    officials met Tuesday")."""
    if mention.source != "subject":
        return False
    match = who_meets_verb_re().match(mention.sentence.text, mention.position)
    return match is not None and WHO_VERB_FACT_RE.search(_verb_clause(match)) is not None


def _verb_clause(match):
    """The clause after the verb of `who_meets_verb_re`'s match, up to its end."""
    after = match.string[match.end() : match.end() + 120]
    end = WHO_VERB_CLAUSE_END_RE.search(after)
    return after[: end.start() if end else len(after)]


def _antecedent(text, position):
    """Who meets that "they" at `position` stands for (round f4): the subject opening the
    sentence ("Trade ministers from the 21 economies … will examine progress … when they
    meet …"), or the one right after the clause "they" opens ("Last year when they met in
    Shanghai, APEC leaders issued …"); None when neither is a row's `who`."""
    dateline = DATELINE_DASH_RE.match(text)  # "May 12 — Trade ministers …"
    opening = WHO_OPENING_RE.match(text, dateline.end() if dateline else 0)
    if opening and opening.end() <= position:
        return opening.group("who")
    for comma in re.finditer(",", text[position : position + 160]):
        after = WHO_OPENING_RE.match(text, position + comma.end())
        if after:
            return after.group("who")
    return None


def _who_meets_verb(text, match, names):
    """The listed name of the standing meeting who meets as the subject of a verb of
    meeting names (`who_meets_verb_re`, round f4), when the word before makes them APEC's
    group and the clause after the verb gives a day, a month or a town the gazetteer knows of
    its own: "leaders meet again in November in Lima", "Senior government officials met
    Tuesday"; else None."""
    who = match.group("who") or _antecedent(text, match.start())
    name = who_meets_meeting(who) if who else None
    if not name:
        return None
    before = text[max(0, match.start() - 40) : match.start()]  # a bounded look back
    if before.strip() and not re.search(r"[,;:(—–]\s*$", before):
        word = WORD_BEFORE_RE.search(before)
        if not word or word.group("word").lower() not in WHO_VERB_BEFORE:
            return None
    clause = _verb_clause(match)
    if WHO_VERB_FACT_RE.search(clause) or _own_city(clause, names)[0] is not None:
        return name
    return None


def _written_standing(text, match, names):
    """(start, end, name, source) of a standing meeting written with another name
    (`written_re`), with the town the gazetteer knows before it; None when the words before it
    make it another body's, or when a name of one word ("summit") has no town, number, year
    or "APEC" with it."""
    before = text[max(0, match.start() - 80) : match.start()]  # a bounded look back
    town = TOWN_BEFORE_RE.search(before)
    start = match.start()
    if town:
        # the longest run of its last words the gazetteer knows ("The Kuala Lumpur": "Kuala
        # Lumpur")
        words = list(re.finditer(r"\S+", town.group("town")))
        for word in words:
            if names.city(town.group("town")[word.start() :]):
                start = match.start() - len(before) + town.start("town") + word.start()
                break
    numbered = match.group("ordinal") or match.group("year")
    if start == match.start() and not numbered:
        word = WORD_BEFORE_RE.search(before)
        word = word.group("word") if word and not match.group("apec") else ""
        if word[:1].isupper() and word.lower() not in APEC_OWN_BEFORE:
            return None  # "the WTO ministerial meeting": another body's
        if len(match.group("written").split()) == 1 and not match.group("apec"):
            if not OWN_WEEKDAY_OF_LEADERS_RE.match(text, match.end()):
                return None  # a bare "summit"
            # "a summit of the organisation's leaders on Wednesday and Thursday", "a Pacific
            # Rim summit on Tuesday and Wednesday": a weekday of its own, the Leaders' meeting
            # as the press names it, "APEC summit" (`CORE_MEETING_RE`, round f1)
            return start, match.end(), "APEC summit", "standing"
        if not _placed_or_dated(text[match.end() :], names):
            return None  # "results will feed into the leaders' summit in November"
    name = APEC_GLOSS_RE.sub("", AND_FINAL_RE.sub("", text[start : match.end()]))
    return start, match.end(), name, "standing"


# A day in a clause: "on Thursday, November 14", "on 12-13 September".
CLAUSE_DAY_RE = re.compile(rf"\b(?:{MON}\s+{DD}|{DD}(?:\s*[-–]\s*{DD})?\s+(?:of\s+)?{MON})")
CLAUSE_END_RE = re.compile(r"[,.;:]")
SENTENCE_POINT_RE = re.compile(r"\.(?=\s+[A-Z]|\s*$)")


def _placed_or_dated(after, names):
    """Whether the clause right after a standing meeting's bare name (up to its first comma)
    gives it a town or a day of its own ("a leaders meeting in Bogor, West Java", "a meeting
    of senior officials on Thursday, November 14"): a month alone most often points to the
    host year's leaders' meeting, which the page names only to frame its own (round c26)."""
    if OWN_WEEKDAY_RE.match(after):
        return True  # "the annual APEC summit will be held on Monday and Tuesday" (round e1)
    end = CLAUSE_END_RE.search(after)
    clause = after[: end.start() if end else LONGEST]
    # the day up to the sentence's end: the point of "Nov. 14" ends no sentence
    if CLAUSE_DAY_RE.search(SENTENCE_POINT_RE.split(after[:LONGEST])[0]) and re.match(
        r"\W*(?:on|from|starting)\b", clause
    ):
        return True
    return _own_city(clause, names)[0] is not None


SPELLED_FORUM_RE = re.compile(r"^.*\bCooperation\s+")


def _lower_case_mentions(doc, mentions):
    """The meetings the body names in lower case (`LOWER_CASE_NAME_RE`), the weeks it names
    (`WEEK_NAME_RE`) and the meetings it names in the plural with a day of their own
    (`PLURAL_NAME_RE`, round c31) where no mention of `mentions` stands: candidates of this
    pass only, never the page's own event."""
    spans = {}
    for m in mentions:
        spans.setdefault(id(m.sentence), []).append((m.position, m.position + len(m.name)))
    found = []
    named = [_words_of(m.name) for m in mentions]  # what a definite description may refer to
    previous = []  # the three sentences before: a dinner of the week they tell (round g1)
    for sentence in doc.body:
        text = sentence.text[:LONGEST]
        linked = any(APEC_WORD_RE.search(t) for t in (text, *previous[-3:]))
        previous.append(text)
        taken = spans.get(id(sentence), ())
        for match in LOWER_CASE_NAME_RE.finditer(text):
            if match.group(0)[:1].isupper() and not match.group(0).startswith(("APEC", "Asia")):
                continue  # a capitalised ordinal starts a name the other readers see
            if LEADERS_MEET_RE.match(text, max(0, match.end() - len("meeting"))):
                # "the third informal meeting of the leaders of the … (APEC) forum": the
                # leaders' meeting the reader builds from who meets (c27)
                continue
            if not _overlaps(match.start(), match.end(), taken):
                name = APEC_GLOSS_RE.sub("", match.group(0))  # "APEC (Asia-Pacific …) summit"
                found.append(Mention(name, sentence, match.start(), "lower"))
        found += _described_mentions(sentence, text, taken, named, linked)
        found += _qualified_mentions(sentence, text, taken)
        found += _plural_mentions(sentence, text, taken, mentions)
        weeks = [*WEEK_NAME_RE.finditer(text), *WEEK_JOINED_RE.finditer(text)]
        for match in weeks:
            if text[max(0, match.start() - 1) : match.start()] in QUOTES:
                continue  # a brand a series of events is held under ("“Startup Week in …”")
            # "Asia-Pacific Economic Cooperation (APEC) Economic Leaders' Week": the week's
            # name starts after the forum's spelled-out name
            name = SPELLED_FORUM_RE.sub("", match.group(0))
            start = match.end() - len(name)
            if not _overlaps(start, match.end(), taken):
                found.append(Mention(name, sentence, start, "week"))
                taken = [*taken, (start, match.end())]  # a week both patterns read: once
    return found


def _kind_in(name):
    """The kind of a mention's name, its words in any case; a plural name's is its singular's
    ("APEC Ministerial Meetings")."""
    if name.lower().endswith("meetings"):
        name = name[:-1]
    kind = _kind_of(name)
    if kind is None and "ministerial" in name.lower():
        return EventKind.MINISTERIAL_MEETING
    if kind is None and name.lower().endswith("gathering"):
        return EventKind.OTHER  # "last year's gathering" (round d5)
    week = WEEK_NAME_RE.fullmatch(name) or WEEK_JOINED_RE.fullmatch(name)
    if kind is None and (week or name.startswith("meeting of ")):
        return EventKind.OTHER  # a week; a meeting of a named body (`MEETING_OF_BODY_RE`)
    row = standing_meeting(name) if kind is None and name else None
    if row is not None:
        return EventKind(row.kind)  # "Wellington summit", "ABAC II" (round c26)
    return kind or KIND_WORDS.get(name.split()[-1].lower()) if name else None


def _inner_kind(name):
    """The kind of the first kind word inside a described name ("joint meeting between APEC
    Women and Foreign Trade Ministers": a meeting), or None."""
    for word in name.lower().split():
        kind = KIND_WORDS.get(word) or (KIND_WORDS.get(word[:-1]) if word[-1:] == "s" else None)
        if kind is not None:
            return kind
        if SOCIAL_KIND_RE.fullmatch(word):
            return EventKind.OTHER  # "official Gala Dinner" (round g1)
    return None


# A page names a few dozen events at most: the mentions this pass looks at are bounded, so
# that a text repeating a name thousands of times costs no more than a long release (the
# grouping compares each mention with the groups before it).
MENTIONS_LOOKED_AT = 120


def _mention_groups(mentions):
    """The mentions of one event together, in the order of their first naming: the same
    name up to a number, an article or the SME spelling (`_same_meeting`), or an acronym
    with its expansion (`_same_by_acronym`)."""
    groups = []
    for mention in mentions[:MENTIONS_LOOKED_AT]:
        # a standing meeting's other name ("the leaders' meeting to be held in Guangzhou")
        # joins only its own spellings: not the numbered meeting of another town (c26)
        for group in groups:
            if any(_grouped(mention, m) for m in group):
                group.append(mention)
                break
        else:
            groups.append([mention])
    return groups


def _grouped(mention, other):
    """Whether two mentions name one event; one of a standing meeting's other names
    (`_standing_mentions`) is only one with its own spellings (c26)."""
    if mention.key == other.key:
        return True
    if "listed" in (mention.source, other.source):
        return False  # one town of a plural head's list is one meeting (round f3)
    if "subject" in (mention.source, other.source):
        # who meets as the subject of a verb of meeting is one meeting with its own facts,
        # read already only where a record of its row stands in its town (`_subject_read`,
        # round f4)
        return False
    if "standing" in (mention.source, other.source):
        return _same_standing(mention.key, other.key)
    return _one_event(mention.key, other.key)


def _one_event(key, other):
    return _same_meeting(key, other) or _same_by_acronym(key, other) or _same_standing(key, other)


# A number in a name's key: an ordinal word or one in digits, or one after a standing
# meeting's acronym ("som iii", "abac 2").
KEY_ACRONYM_RE = re.compile(r"\b(?:som|abac)\s(?:iv|i{1,3}|[1-4])\b")
KEY_NUMBER_RE = re.compile(
    rf"\b(?:(?P<word>{_ORDINAL_WORD}|inaugural)|(?P<digits>\d{{1,2}})(?:st|nd|rd|th)"
    r"|(?:som|abac)\s(?P<after>iv|i{1,3}|[1-4]))\b",
    re.I,
)
ORDINAL_NUMBERS = ORDINAL_WORDS | {"inaugural": 1, "i": 1, "ii": 2, "iii": 3, "iv": 4}


def _key_number(key):
    """The number a name's key writes, or None."""
    match = KEY_NUMBER_RE.search(key)
    if not match:
        return None
    text = (match.group("word") or match.group("after") or match.group("digits")).lower()
    return ORDINAL_NUMBERS.get(text) or (int(text) if text.isdigit() else text)


def _same_standing(key, other):
    """Two names of one standing meeting (core/data/standing_meetings.csv, round c26): the
    same row and the same number, both numbered or one of them bare: "som iii" and "3rd apec
    senior officials meeting" are one, so are "meeting of senior officials" and "apec
    concluding senior officials meeting"; "wellington summit" and "kuala lumpur summit" are
    two."""
    row = _standing_row(key)
    if row is None or row is not _standing_row(other):
        return False
    if _key_number(key) != _key_number(other):
        return False
    numbered = KEY_NUMBER_RE.search(key) and KEY_NUMBER_RE.search(other)
    return bool(numbered) or _bare(key, row) or _bare(other, row)


BARE_SKIP = frozenset(["apec", "the", "a", "an", "of", "meeting", "s"])
STANDING_LAST_WORDS = frozenset(("meeting", "summit", "session"))


@functools.lru_cache(maxsize=1024)
def _standing_row(key):
    """The standing meeting a name's key names, for grouping: found by a phrase of two words
    or more or a numbered acronym, the key ending in a meeting's word or in the phrase
    ("meeting of senior officials"; "apec ceo summit" and "apec leaders week" name none)."""
    if KEY_ACRONYM_RE.search(key):
        return standing_meeting(key.upper())
    row, phrase = standing_match(key)
    if row is None or len(phrase.split()) < 2:
        return None
    ends = key.split()[-1] in STANDING_LAST_WORDS or key.endswith(_key(phrase))
    return row if ends else None


def _bare(key, row):
    """Whether a name's key holds only the words of its standing meeting's names ("meeting of
    senior officials"): no town, number or other word that tells one meeting of the series."""
    words = {w for phrase in (*row.written, *row.who) for w in _key(phrase).split()}
    return not set(key.split()) - words - BARE_SKIP


# A year before a numbered name ("2036 second senior officials meeting"): the "second senior
# officials meeting" of that year (round c23).
LEADING_YEAR_RE = re.compile(r"^(?:19|20)\d{2} (?=\w)")


def _group_read(group, read, year=None, city=None):
    """Whether a record read already stands for the group's event: `read` holds (key, year,
    city) of each record. The same name in another year is another meeting of the series
    ("Last year in Da Nang, the APEC Ministerial Meeting on November 8-9" on a page of this
    year's APEC Ministerial Meeting); so is a numbered one in another town ("the third APEC
    Ministerial Meeting was held in Seoul" beside the first, read in Canberra, round c23)."""
    return any(
        (
            _one_event(mention.key, key)
            or _one_event(mention.key, LEADING_YEAR_RE.sub("", key))
            or _numbered_here(mention.key, key, city, town)
        )
        and (year is None or other is None or year == other)
        and not _numbered_elsewhere(mention.key, key, city, town)
        for mention in group
        for key, other, town in read
    )


def _subject_read(mention, read, year, city):
    """Whether a record read already stands for a standing meeting named by who meets as the
    subject of a verb of meeting (source "subject", round f4): a record of its row in its town,
    or in any town when the clause names none, of its year when both have one ("when leaders
    meet again in November in Lima" is not the leaders' meeting read in Beijing; "leaders met
    on Saturday" on the page of the Leaders' Meeting is that meeting named again)."""
    return any(
        _one_event(mention.key, key)
        and (not city or not town or city == town)
        and (year is None or other is None or year == other)
        for key, other, town in read
    )


def _numbered_here(key, other, city, town):
    """Whether a numbered name (`key`, "second abac meeting") held in `city` is the meeting
    a record read in that town names without a number ("apec business advisory council
    meeting"): one meeting named twice (round d1)."""
    if city is None or city != town or _key_number(other) is not None:
        return False
    bare = " ".join(KEY_NUMBER_RE.sub(" ", key).split())
    return bare != key and _one_event(bare, other)


def _numbered_elsewhere(key, other, city, town):
    """Whether a numbered name (`key`, "third apec ministerial meeting") held in `city` is
    another meeting than an unnumbered one read in another town (`other`, `town`): the
    series' name read once ("apec ministerial meeting" in Canberra) does not stand for each
    numbered meeting of a list. Towns one inside the other ("Iloilo", "Iloilo City") are one."""
    if not (city and town) or city in town or town in city:
        return False
    numbered = ORDINAL_START_RE.match(key)
    return bool(numbered) and not ORDINAL_START_RE.match(other)


def _year_of(record):
    """The year of a record's first day, or None."""
    start = record.value("start_date") if record is not None else None
    return start.year if start else None


def _city_of(record):
    """A record's city, or "" (no record, no city)."""
    return (record.value("city") or "") if record is not None else ""


# The words of a name as written where it was read from an acronym ("SOM 1" for "First Senior
# Officials' Meeting", "ABAC Meeting"): capitalised words and a number, up to the first word
# in lower case.
WRITTEN_NAME_RE = re.compile(r"[A-Z][\w’'&-]*(?:\s+(?:\d{1,2}\b|[A-Z][\w’'&-]*|meeting\b))*")


def _written_end(mention):
    """Where the mention's name ends as written in its sentence (round c23): its clause goes
    on after the acronym it was read from, not after the expanded name's length."""
    text = mention.sentence.text
    if text.startswith(mention.name, mention.position):
        return mention.position + len(mention.name)
    # who meets as written ("the leaders of the 21 APEC member economies", round e1)
    who = who_meets_re().match(text, mention.position) if mention.source == "standing" else None
    if who:
        return who.end()
    # who meets as the subject of a verb of meeting (round f4): the name ends with who meets
    verb = (
        who_meets_verb_re().match(text, mention.position) if mention.source == "subject" else None
    )
    if verb:
        return verb.end("who") if verb.group("who") else verb.end("they")
    # "APEC (Asia-Pacific Economic Cooperation) summit": the name read without the gloss
    apec = mention.name.find("APEC ") + 4
    if apec >= 4 and text.startswith(mention.name[:apec], mention.position):
        gloss = APEC_GLOSS_RE.match(text, mention.position + apec)
        if gloss and text.startswith(mention.name[apec:], gloss.end()):
            return gloss.end() + len(mention.name) - apec
    written = WRITTEN_NAME_RE.match(text, mention.position)
    return written.end() if written else mention.position + len(mention.name)


# A month right after a name, written without a year on a page that writes none ("to the
# Leaders' Week in November" on a host-year site's day report): the date readers find no date
# to build, yet the month is the event's own fact (round c19).
BARE_MONTH_AFTER_RE = re.compile(rf"^\W{{0,3}}(?:held\s+|to\s+be\s+held\s+)?in\s+{MONTH_FULL}\b")
# So is a day right after a name on such a page ("the APEC Ministerial Meeting, slated on
# Sept 5-6, and the 15th APEC Economic Leaders Meeting, on Sept 8-9"; round c23): the event's
# own day, its year unknown, so no first day either.
BARE_DAY_AFTER_RE = re.compile(
    rf"^\W{{0,3}}(?:(?:(?:to\s+be\s+)?held|slated|scheduled|set|due)\s+)?(?:on|for|starting)\s+"
    rf"(?:{MON}\s+{DD}|{DD}\s+(?:of\s+)?{MON})"
)

# A date phrase that opens the sentence right before the name ("In August 2032, the second
# Ministerial Meeting was held in …"): the meeting's own date, although it stands before its
# name, where the days of another event usually stand.
FRONTED_DATE_RE = re.compile(
    r"^\s*(?:(?:in|on|during|by)\s+)?(?P<date>[\w ,.-]{4,40}?)\s*,\s*(?:the\s+)?$", re.I
)


def _frames(mention, record, main_record, headline):
    """Whether a week (`WEEK_NAME_RE`) is the frame of the page's own meetings rather than one
    more event (round c19): the headline names it ("APEC Economic Leaders' Week starts" over
    the week's meetings), or its days hold the page's meeting's first day ("the APEC
    Leaders' Week, which runs from November 14 to 20"; a week said only to begin holds the
    `WEEK_DAYS` after its first day)."""
    if mention.source != "week":
        return False
    core = " ".join(_key(mention.name).split()[-2:])  # "leaders week", "level week"
    if headline is not None and f" {core} " in f" {_key(headline.text)} ":
        return True
    first = record.value("start_date")
    own = main_record.value("start_date") if main_record is not None else None
    if not (first and own):
        return False
    last = record.value("end_date") or first + datetime.timedelta(days=WEEK_DAYS)
    return first <= own <= last


NAMED_YEAR_RE = re.compile(r"\b(?:19|20)\d{2}\b")


def _in_named_year(result, name, dates):
    """A further event whose name writes its year ("The APEC 2017 High Level Week officially
    starts today (Nov 6)") is dated in that year when its clause writes none: the year the
    page's other words lend its day ("Malaysia in 2020") is not its own (round c19)."""
    named = NAMED_YEAR_RE.search(name)
    start = result.value("start_date")
    if not named or start is None or _written_year(dates) is not None:
        return
    shift = int(named.group(0)) - start.year
    if shift == 0:
        return
    line = result.facts["start_date"].line
    end = result.value("end_date")
    try:
        moved = start.replace(year=start.year + shift)
        moved_end = end.replace(year=end.year + shift) if end else None
    except ValueError:  # 29 February in a year without one
        return
    result.fact("start_date", moved, line, "low")
    result.fact("end_date", moved_end, line if moved_end else None, "low")


def _no_year_of_its_own(result, name, dates, context):
    """A further event's day on a page with no release date, its clause writing no year ("the
    12th APEC leaders' informal meeting slated for Nov. 20-21" in a background piece): the
    year the date readers lend it is only the latest year the text names, often a recalled
    meeting's. The convention takes a left-out year from the release date or the dateline
    only, so the record has no first day, as a bare day's on a page writing no year
    (`BARE_DAY_AFTER_RE`; round c31)."""
    if context.release is not None or result.value("start_date") is None:
        return
    if _written_year(dates) is not None or NAMED_YEAR_RE.search(name):
        return  # its year written with its day, or in its name ("The APEC 2049 … Week")
    if numbered_meeting(name) is not None:
        return  # its number tells its year ("the 26th APEC Economic Leaders' Meeting", f5)
    result.fact("start_date", None)
    result.fact("end_date", None)


# A year opening the sentence before a name ("During the 2011 U.S. Host Year, Honolulu hosted
# the APEC Leaders' Meeting"): the year of the meeting it names, told from the coming one of
# the same name (round c31).
FRONTED_YEAR_RE = re.compile(
    r"^\s*(?:In|During)\s+(?:the\s+)?(?P<year>(?:19|20)\d{2})\b[^,;]{0,40},\s"
)


def _fronted_year(lead):
    """The year a phrase opening the sentence gives the mention after it (`FRONTED_YEAR_RE`),
    or None."""
    match = FRONTED_YEAR_RE.match(lead)
    return int(match.group("year")) if match else None


def _written_year(dates):
    """The year a mention's own clause writes with its day or month, or None when the year
    is only inferred (a day of another year is only told apart when written)."""
    return next((d.start.year for d in dates if not d.year_from and not d.publication), None)


def _candidate(mention):
    """Whether a body mention may stand for a further event of the page: a name with a kind
    word of an event, not the group a person chairs, what a host hosts, a part another
    event includes or one of an example list."""
    if mention.sentence.paragraph < 0:
        return False
    if _kind_in(mention.name) is None and (
        # a described name, a listed town's ("ABAC meeting in Tokyo"): its kind word inside
        mention.source not in ("described", "listed") or _inner_kind(mention.name) is None
    ):
        return False
    last = mention.name.split()[-1].lower()
    if last in PLURAL_KINDS and mention.source != "plural":
        return False  # "APEC Fora": the groups of a process, not one event
    after = mention.sentence.text[mention.position + len(mention.name) :][:80]
    if SERIES_AFTER_RE.search(after):
        return False
    before = mention.sentence.text[max(0, mention.position - 40) : mention.position]
    if OFFICE_OF_RE.search(before) or NOT_REPORTED_BEFORE_RE.search(before):
        return False
    return not (_hosts_role(mention) or _quoted_part(mention))


# A quoted name or brand ("… under the joint brand “Startup Week in Busan”"): a place in it
# is the name's, not where the event is.
QUOTED_SPAN_RE = re.compile(r"[\"“][^\"“”]{0,160}[\"”]")
# A place said before the first event of its sentence, for all it names: "Last year in Da
# Nang, the … Meeting was held on …", "In Lima, the … Meeting …".
# So is one a "where" joins to it: "… was held in Da Nang, Viet Nam, where the … Summit ran
# from …".
FRONTED_PLACE_RE = re.compile(
    r"^(?:[A-Z][a-z]+\s+){0,2}(?:[a-z]+\s+){0,2}in\s+(?P<place>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}),"
    r"|\bin\s+(?P<where>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})"
    r"(?:,\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})?,\s+where\b"
    # the town that hosted it, right before its name ("since Santiago hosted the 15th …")
    r"|\b(?P<host>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})\s+(?:hosted|had\s+hosted)\s+(?:the\s+)?$"
    # the town heading an item of a calendar ("Honolulu, Hawaiʻi – Informal Senior Officials'
    # Meeting (December 2022)", round c31)
    r"|^(?P<item>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})(?:,\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)?"
    r"\s+[–—-]\s+$"
)


def _own_city(text, names, lead=""):
    """(city, economy) of the first known city after a place cue in `text` (a mention's own
    clause), or (None, economy) when the cue names an economy only ("to be held in Chile in
    November"), or (None, None). The longest run of capitalised words the gazetteer knows
    counts ("in Kuala Lumpur, Malaysia", "in Washington, DC"). A place fronted in `lead`,
    the sentence before the mention, counts when the clause names none, and so does a town
    the lead links to the name (`_lead_linked_towns`: "Hong Kong has been appointed to host
    an …", "… Pucallpa, where the … will be held", "Meeting in Jeju during the …", d1)."""
    text = QUOTED_SPAN_RE.sub(" ", text[:LONGEST])
    economy = None
    places = [match.group("place") for match in PLACE_CUE_RE.finditer(text)]
    fronted = FRONTED_PLACE_RE.search(lead[:LONGEST])
    if fronted:
        places.append(
            fronted.group("place")
            or fronted.group("where")
            or fronted.group("host")
            or fronted.group("item")
        )
    places += _lead_linked_towns(lead)
    for place in places:
        words = _owner_cut(place.split())
        for size in range(len(words), 0, -1):
            name = " ".join(words[:size])
            code = names.city(name)
            if code:
                return name, code
            economy = economy or names.economy(name)
    return None, economy


def _owner_cut(words):
    """The words of a place run up to a town's possessive, without it ("at Bangkok's Queen
    Sirikit National Convention Centre": Bangkok, f2); all of them when none is possessive."""
    for index, word in enumerate(words):
        if word.endswith(("'s", "’s")):
            return [*words[:index], word[:-2]]
    return words


# A town said before a name in its sentence and linked to it (round d1): the town that hosts
# it ("Hong Kong has also been appointed to host an APEC Finance Ministers' Meeting in
# September", "the city of Urubamba …, was chosen as the third venue, which will host the
# bloc's Tourism Ministers Meeting"), the town a "where" refers to ("… will be Pucallpa, where
# the meetings of ministers … will be held") and the town an activity is in during it
# ("Meeting in Jeju during the Second … Senior Officials' Meeting"). The lead must end on the
# link, so the town names this name, not one said earlier in the sentence.
LEAD_LINK_RE = re.compile(
    r"(?:\b(?:will|would|shall|to|is\s+to|are\s+to)\s+host|\bhost(?:s|ed|ing)"
    r"|,\s+where|\bin\s+(?P<town>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})\s+(?:during"
    r"|on\s+the\s+sidelines\s+of|ahead\s+of))"
    r"\s+(?:(?:the|an?)\s+)?(?:(?:[A-Z][\w-]*|bloc|forum|region|city|year)['’]s?\s+)?$"
)
# A capitalised kind word: the end of a name the lead holds before the link.
NAME_END_RE = re.compile(
    r"\b(?:Meeting|Summit|Forum|Conference|Week|Dialogue|Workshop|Symposium|Seminar)s?\b"
)
PLACED_BEFORE_RE = re.compile(r"\b(?:in|at)\s+$")
# The capitalised runs of a lead, each a town the gazetteer may know ("the city of
# Urubamba", "Hong Kong", "Trujillo"); the first one it knows is the linked town.
LEAD_TOWN_RE = re.compile(r"(?<![\w’'-])[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}")


def _lead_linked_towns(lead):
    """The capitalised runs of `lead` before the link that ends it (`LEAD_LINK_RE`), in order,
    for `_own_city` to take the first known town of; none when the lead ends on no link."""
    lead = lead[-LONGEST:]
    link = LEAD_LINK_RE.search(lead)
    if not link:
        return []
    # after the last name the lead holds: a town before it is that event's ("After the Forum
    # in Lima, Chile will host the …")
    if link.group("town"):
        return [link.group("town")]  # "Meeting in Jeju during the …"
    named = [m.end() for m in NAME_END_RE.finditer(lead, 0, link.start())]
    start = named[-1] if named else 0
    # a town after "in" or "at" is where something else is ("… to be held in Guangzhou, 20
    # years after China hosted the …"), not the subject that hosts
    return [
        match.group(0)
        for match in LEAD_TOWN_RE.finditer(lead, start, link.end())
        if not PLACED_BEFORE_RE.search(lead, max(0, match.start() - 4), match.start())
    ]
