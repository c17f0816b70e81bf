"""APEC's standing meetings as pages write them (round c26).

The senior officials' meetings, the leaders' meeting, the ministerial meetings and the business
council's meetings recur every year, and pages name them in many ways: in lower case ("the
meeting of trade ministers", "a leaders meeting in Bogor"), by their town ("their Auckland
summit"), by who meets ("APEC Economic Leaders on 12-13 September"), by a number after an
acronym ("SOM-II", "ABAC 1 2020", "ABAC III"). How each is written is data,
core/data/standing_meetings.csv: a new spelling is a row's new entry, not a rule. This module
reads the table and builds its patterns; `mentions.py` reads the mentions with them,
`names.py` the name of who meets.
"""

import csv
import functools
import re
from dataclasses import dataclass

from core.importing import DATA
from events.reading.chrome import APEC_WRITTEN, DD, MON, ORDINAL_WORDS, WEEKDAY


@dataclass(frozen=True)
class Standing:
    """One standing meeting: the name the portal lists, its kind, the acronyms a page numbers,
    who meets and its other names (lower case)."""

    name: str
    kind: str
    acronyms: tuple
    who: tuple
    written: tuple


def _entries(cell):
    return tuple(" ".join(entry.split()) for entry in cell.split(";") if entry.strip())


@functools.cache
def standing_meetings():
    """The rows of core/data/standing_meetings.csv."""
    with (DATA / "standing_meetings.csv").open(encoding="utf-8") as handle:
        rows = csv.DictReader(line for line in handle if not line.startswith("#"))
        return tuple(
            Standing(
                row["name"].strip(),
                row["kind"].strip(),
                tuple(row["acronyms"].split()),
                _entries(row["who"]),
                _entries(row["written"]),
            )
            for row in rows
        )


def _phrase(words):
    """A pattern of a lower-case phrase in any case: words apart by spaces or a hyphen, a word
    ending in "s" with an apostrophe or not ("leaders' summit", "Leaders Summit")."""
    parts = [re.escape(word) + ("['’]?" if word.endswith("s") else "") for word in words.split()]
    return r"[\s-]+".join(parts)


def _alternatives(phrases):
    return "|".join(_phrase(p) for p in sorted(set(phrases), key=len, reverse=True))


# A number before a name: an ordinal word or one in digits, "inaugural", and words a page puts
# inside it ("the third and final APEC Senior Officials' Meeting").
_ORDINAL = (
    "(?i:(?:"
    + "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True))
    + r"|inaugural|\d{1,2}(?:st|nd|rd|th))"
    r"(?:\s+and\s+(?:final|last))?)"
)
AND_FINAL_RE = re.compile(r"\s+and\s+(?:final|last)\b", re.I)


@functools.cache
def written_re():
    """A standing meeting written with its other names (the table's `written`), a number, a
    year and "APEC" before it allowed: "the inaugural leaders meeting", "the September meeting
    of foreign affairs and trade ministers", "Apec meeting on small and medium scale
    enterprises"; APEC spelled out or glossed ("Asia-Pacific Economic Cooperation summit",
    `APEC_WRITTEN`, round i1)."""
    phrases = [p for row in standing_meetings() for p in row.written]
    return re.compile(
        rf"(?<![\w’'-])(?:(?P<ordinal>{_ORDINAL})\s+)?(?:(?P<year>(?:19|20)\d{{2}})\s+)?"
        rf"(?:(?P<apec>{APEC_WRITTEN}|Apec)\s+)?(?P<written>(?i:{_alternatives(phrases)}))(?![\w’'-])"
    )


# A weekday or the weekend said of a meeting right after its name (round e1): "the APEC
# Leaders' Meeting on the weekend", "the Leaders' Meeting, scheduled for Saturday and Sunday",
# "the annual APEC summit will be held on Monday and Tuesday", "the leaders of the 21 APEC
# member economies on Saturday and Sunday": a fact of its own, as a day or a town is, though a
# page with no date to count from gives it no first day.
OWN_WEEKDAY = (
    r"\s*,?\s+(?:(?:will\s+be|to\s+be|is|are)\s+)?"
    r"(?:(?:held|scheduled|set|slated|due)\s+(?:to\s+be\s+held\s+)?)?"
    rf"(?:on|over|during|for|this|next)\s+(?:the\s+)?(?:{WEEKDAY}(?:\s+and\s+{WEEKDAY})?|weekend)\b"
)
OWN_WEEKDAY_RE = re.compile(OWN_WEEKDAY)


@functools.cache
def who_meets_re():
    """A standing meeting named by who meets, after "APEC" or before APEC's members, with a
    place or a day of its own: "the APEC Ministers Responsible for Trade, who will meet in
    Puerto Vallarta", "to APEC Economic Leaders on 12-13 September", "leaders of the 21 APEC
    member economies meet on Nov. 14" (round d5)."""
    who = _alternatives([w for row in standing_meetings() for w in row.who])
    return re.compile(
        rf"(?<![\w-])(?:(?:APEC|Apec)\s+(?P<who>(?i:{who}))"
        # who meets named by APEC's members (round d5): "the leaders of the 21 APEC member
        # economies on Saturday and Sunday", "Leaders from APEC's 21 member economies will
        # meet in Gyeongju"
        rf"|(?P<members_who>(?i:{who}))\s+(?:of|from)\s+(?:the\s+)?{_APEC_MEMBERS})"
        r"(?=(?:,?\s+who)?\s+(?:will\s+|would\s+|are\s+to\s+|to\s+)?"
        r"(?:meet|met|meets|gather|gathered|convene|convened)\s+(?:(?:in|at)\s+[A-Z]|on\s+"
        rf"(?:{MON}\s+{DD}|{DD}(?:\s*[-–]\s*{DD})?\s+(?:of\s+)?{MON}))"
        rf"|\s+on\s+(?:{MON}\s+{DD}|{DD}(?:\s*[-–]\s*{DD})?\s+(?:of\s+)?{MON})"
        # or a weekday or the weekend of its own (round e1)
        rf"|{OWN_WEEKDAY})"
    )


# A verb of meeting after who meets (round f4): "leaders meet again in November in Lima",
# "Senior government officials met Tuesday", "trade ministers will gather in Arequipa".
MEETING_VERB = r"(?:meet|meets|met|gather|gathers|gathered|convene|convenes|convened)"


@functools.cache
def who_meets_verb_re():
    """Who meets, without "APEC" before it, as the subject of a verb of meeting (round f4):
    "leaders meet again in November in Lima", "Senior government officials met Tuesday",
    "The trade ministers, who will meet in Arequipa", "finance ministers of the 21 APEC member
    economies convened in Bali". The caller checks the word before it (an article, "APEC", a
    clause's opening: not "business leaders") and the clause after the verb (a day, a month, a
    town of its own)."""
    who = _alternatives([w for row in standing_meetings() for w in row.who])
    return re.compile(
        rf"(?<![\w’'-])(?:(?P<who>(?i:{who}))"
        rf"(?:\s+(?:of|from)\s+(?:the\s+)?(?:{_APEC_MEMBERS}|{_APEC_SPELLED}))?"
        # or "they", who meets named by the sentence's subject ("Trade ministers … will
        # examine … when they meet May 17-18 in Arequipa"; `mentions._antecedent`)
        r"|(?P<they>[Tt]hey))"
        r"(?:,?\s+who)?\s+"
        r"(?:(?:will|would|are\s+to|to|also|again|have|had|all|then|first|last|finally"
        r"|are\s+(?:set|due|expected|scheduled|slated)\s+to)\s+){0,3}"
        rf"(?P<verb>{MEETING_VERB})(?![\w’'-])"
    )


# APEC's members as a page writes them after who meets (round d5): "the 21 APEC member
# economies", "APEC's 21 member economies", "APEC member economies", "the 21 member economies
# of APEC".
_APEC_MEMBERS = (
    r"(?:(?:(?:21|twenty-one)\s+)?(?:APEC|Apec)(?:['’]s)?\s+(?:(?:21|twenty-one)\s+)?"
    r"(?i:member\s+)?(?:economies|members|states|countries)\b"
    r"|(?:21|twenty-one)\s+(?:member\s+)?(?:economies|members)\s+(?:of|in)\s+(?:the\s+)?"
    r"(?:APEC|Apec)\b)"
)


# APEC spelled out after who meets (round f4): "Trade ministers from the Asia-Pacific
# Economic Cooperation (APEC) will meet in …", "… of the Asia-Pacific Economic Cooperation
# forum".
_APEC_SPELLED = r"Asia[\s-]Pacific\s+Economic\s+Co-?operation(?:\s+\((?:APEC|Apec)\))?(?:\s+forum)?"


@functools.cache
def numbered_acronym_re():
    """An acronym of the table with its number after it, a space or a hyphen between, and a
    year after that: "SOM-II", "ABAC 1 2020", "ABAC III"."""
    acronyms = "|".join(a for row in standing_meetings() for a in row.acronyms)
    return re.compile(
        rf"(?<![\w(-])(?P<acronym>{acronyms})[\s-](?P<number>[1-4]|IV|I{{1,3}})"
        r"(?:\s+(?P<year>(?:19|20)\d{2}))?(?![\w-])"
    )


def standing_meeting(name):
    """The row of the standing meeting `name` names (its acronym, who meets, another name or
    its listed name, the longest written form found), or None."""
    return standing_match(name)[0]


@functools.lru_cache(maxsize=1024)
def standing_match(name):
    """(row, phrase) of the standing meeting `name` names and the phrase found ("ABAC" for a
    numbered acronym), or (None, None)."""
    text = " ".join(name.replace("’", "'").split())
    best, found_phrase = None, None
    acronym = numbered_acronym_re().search(text)
    for row in standing_meetings():
        if acronym and acronym.group("acronym") in row.acronyms:
            return row, acronym.group("acronym")
        for phrase in (*row.written, *row.who, row.name.removeprefix("APEC ").lower()):
            found = re.search(rf"(?<![\w'-]){_phrase(phrase)}(?![\w'-])", text, re.I)
            if found and len(phrase) > len(found_phrase or ""):
                best, found_phrase = row, phrase
    return best, found_phrase


def _words(name):
    """A name's words as `_phrase` matches them: lower case, apart by spaces or hyphens, no
    apostrophe ("Leaders'" is "leaders")."""
    return " ".join(re.sub(r"['’]", "", name).replace("-", " ").lower().split())


def who_meets_meeting(who):
    """The listed name of the meeting `who` meet ("Leaders": "APEC Economic Leaders'
    Meeting"), or None when the table names none."""
    wanted = _words(who)
    return next(
        (
            row.name
            for row in standing_meetings()
            if wanted in {w.replace("'", "") for w in row.who}
        ),
        None,
    )


@functools.cache
def meeting_numbers():
    """{(acronym, number): year} of the numbered standing meetings
    (core/data/standing_meeting_numbers.csv, round f5): "the 26th APEC Economic Leaders'
    Meeting" is 2018's."""
    with (DATA / "standing_meeting_numbers.csv").open(encoding="utf-8") as handle:
        rows = csv.DictReader(line for line in handle if not line.startswith("#"))
        return {
            (row["meeting"].strip(), int(row["number"])): int(row["year"])
            for row in rows
            if row["meeting"].strip()
        }


# A title that is one standing meeting with its number (round f5): "26th APEC Economic
# Leaders' Meeting", "the 30th Asia-Pacific Economic Cooperation (APEC) Ministerial Meeting",
# "12th Economic Leaders' Meeting of the APEC forum", "10TH APEC ECONOMIC LEADERS' MEETING".
NUMBERED_TITLE_RE = re.compile(
    r"^(?:the\s+)?(?P<number>\d{1,2}(?:st|nd|rd|th)|"
    + "|".join(ORDINAL_WORDS)
    + r")\s+(?:annual\s+)?(?:(?P<apec>APEC|Asia[- ]Pacific\s+Economic\s+Co-?operation"
    r"(?:\s+\(APEC\))?)\s+)?(?P<name>[^()]{3,80}?)"
    r"(?:\s+of\s+(?:the\s+)?(?P<of_apec>APEC|Asia[- ]Pacific\s+Economic\s+Co-?operation)"
    r"(?:\s+\(APEC\))?(?:\s+forum)?)?$",
    re.I,
)


@dataclass(frozen=True)
class Numbered:
    """A numbered standing meeting's year: its number as written ("26th"), the name the
    portal lists and the year the table gives."""

    number: str
    name: str
    year: int


def numbered_meeting(title):
    """The `Numbered` of a title that is a numbered standing meeting whose year the table
    gives ("26th APEC Economic Leaders' Meeting": 2018), else None. The title must be the
    meeting's name alone (after its number and "APEC"): "11th APEC Tourism Ministerial
    Meeting" is another meeting; and name APEC unless it names the leaders ("Seventh
    Ministerial Meeting" may be the SME ministers')."""
    match = NUMBERED_TITLE_RE.match(" ".join((title or "").split()))
    if match is None:
        return None
    written = match.group("number")
    digits = re.match(r"\d+", written)
    number = int(digits.group(0)) if digits else ORDINAL_WORDS[written.lower()]
    name = _words(match.group("name"))
    if not (match.group("apec") or match.group("of_apec") or "leaders" in name.split()):
        return None  # "Seventh Ministerial Meeting": whose, the title does not say
    for row in standing_meetings():
        names = {_words(row.name.removeprefix("APEC ")), *map(_words, row.written)}
        if name not in names:
            continue
        for acronym in row.acronyms:
            year = meeting_numbers().get((acronym, number))
            if year:
                return Numbered(written, row.name, year)
    return None
