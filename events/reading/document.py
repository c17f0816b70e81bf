"""The reading: sentences, mentions, dates found, the context and the document the extractors share."""

import datetime
import functools
import itertools
import re
from dataclasses import dataclass

from core.importing import (
    Memo,
    content_lines,
    find_dates,
)
from events.models import EventKind
from events.reading.chrome import (
    BARE_FIELD_LABELS,
    BRACKETED_AFTER_RE,
    BULLET_RE,
    BY_FIELD_RE,
    BYLINE_GROUP_RE,
    BYLINE_PLACE_RE,
    BYLINE_RE,
    CAPTION_RE,
    CREDIT_LINE_RE,
    DATE_LABEL_RE,
    DATE_ONLY_RE,
    DATED_BYLINE_RE,
    DD,
    DELIVERED_RE,
    FIELD_LABELS,
    FIELD_RE,
    MON,
    MONTH_FULL,
    MONTH_NUMBERS,
    NEWS_FURNITURE_RE,
    NUMERIC_DATE_RE,
    ORDINAL_TOKEN_RE,
    ORDINAL_WORDS,
    PARTIAL_DATES,
    RELEASE_OVER_RE,
    RELEASE_RE,
    SECTION_NAME_RE,
    SENTENCE_END,
    SOURCE_BEFORE_RE,
    SOURCE_ONLY_RE,
    STAMP_LINE_RE,
    TIME_BAR_RE,
    TO,
    TOWN_AGENCY_LINE_RE,
    YYYY,
    markup_pieces,
)
from events.reading.cues import (
    ABBREVIATIONS,
    HONORIFIC,
    SESSIONS_HELD_RE,
    VIRTUAL_MARK_RE,
)
from events.reading.words import (
    BEFORE_IT_RE,
    FUTURE_RE,
    KIND_WORDS,
    KIND_WORDS_RE,
    LEADERS_MEET_RE,
    LONGEST,
    MINISTERIAL_RE,
    MINISTERS_MEET_RE,
    NEXT_MEETING_RE,
    NOT_EVENT_RE,
    OFFICIALS_MEETING_IN_RE,
    PAST_MEETING_RE,
    SECTOR_MINISTERS_RE,
    SME_BUILT_TITLE,
    SUBTITLE_RE,
    WORD_CHARACTER_RE,
)


@dataclass(eq=False, slots=True)
class Sentence:
    text: str
    line: int
    paragraph: int = -1  # -1: headline, field or dateline, not prose
    # A clause's sentence before it ("the … Meeting on November 14-15; " before "the … Meeting
    # on 17-18"): where days written without their month take it from.
    lead: str = ""


@dataclass
class Mention:
    """A name of an event in the text."""

    name: str
    sentence: Sentence
    position: int
    source: str  # "quote", "field", "headline", "body"
    # the name a record of it takes where the words as written are short of it: a list's
    # "the third meeting" is the list's "third APEC ministerial meeting" (round i4)
    title: str = ""

    @property
    def series(self):
        return _series(self.name)

    @property
    def key(self):
        return _key(self.series)


@dataclass
class DateFound:
    start: datetime.date
    end: datetime.date | None
    precision: str
    written: str
    line: int
    year_from: str = ""  # "" when the year is written; else where it was taken from
    relative: bool = False
    weak: bool = False  # a weekday alone ("on Monday")
    ending: bool = False  # the last day only ("until 1 June")
    attached: bool = False  # said of the event ("held on …", "will take place from …")
    publication: bool = False  # the release's own day ("announced today", "On 6 March, … said")
    closing: bool = False  # the last day, said by "concluded", "ended" ("concluded today")
    another: bool = False  # another event's ("with Valparaiso hosting another forum in June")
    # a later step's ("will be published in October", "a follow-up webinar on …", "the next
    # meeting … on 5 May") or a recalled earlier meeting's ("the first such meeting, held in
    # Seoul on 3 June 2041"): never the first day of the text's own event
    later: bool = False
    last_only: bool = False  # a closing day with no length said: no first day follows from it


@dataclass
class Context:
    """What the whole text tells about time: the release's date, or the years it names."""

    release: datetime.date | None = None
    release_line: int | None = None
    release_how: str = ""
    release_end: datetime.date | None = None  # a dateline may give the event's days
    year: int | None = None
    year_line: int | None = None
    # The dateline's day ("HONOLULU, Nov. 11 (Xinhua) --"): a weekday ("on Friday") is counted
    # from the day the report was filed, not from the day a copy of it was posted.
    anchor: datetime.date | None = None
    # "dmy" or "mdy": the order of day and month the text's numeric dates show (30/06/2043)
    numeric_order: str = ""
    # "Malaysia's Key 2020 APEC Meetings": the year of the meetings a page lists (c17)
    list_year: int | None = None
    # `year` is the year of a numbered standing meeting on a page naming no year (f5)
    year_numbered: bool = False
    # where `year` was read when the text names none: "the year in the page's address"
    year_how: str = "the latest year the text names"


# A site's section line above the headline: "In Second Senior Officials' Meeting".
SECTION_LINE_RE = re.compile(r"^In\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,7}$")
SPACES_RE = re.compile(r"\s+")
APEC_SPELLED_LOWER_RE = re.compile(r"\basia[- ]pacific economic co-?operation\b")
ACRONYM_GLOSS_RE = re.compile(
    r"\s\((?:[A-Z][A-Za-z]{0,2}){1,4}[A-Z]s?(?:\s[1-9])?\)(?=[\s,.;:’'])"
)  # "(APEC)", "(SMEWG)", "(PPWE 2)"


# An ordinal glued to the next word by a lost blank (a PDF's copy): "the 14thAPEC SME …",
# "the 20thmeeting", "18th– 20thMay" (a capital, or a lower-case word of four letters or more)
GLUED_ORDINAL_RE = re.compile(r"(?<![\w-])(\d{1,3}(?:st|nd|rd|th))(?=[A-Z]|[a-z]{4})")
# Hyphens a word processor writes between two days ("18‐20 May": U+2010, U+2011, U+2012) and
# the minus sign, read as the plain hyphen every range pattern knows (c16).
TYPOGRAPHIC_HYPHENS = str.maketrans("\u2010\u2011\u2012\u2212", "----")
# A paragraph's number glued to its first word by a lost blank: "1.The Fourth APEC …" (c16).
GLUED_PARAGRAPH_NUMBER_RE = re.compile(r"^(\d{1,3}\.)(?=[A-Z][a-z])")
# A possessive split by a stray blank, as some wire copies write it: "at Hanoi' s National
# Convention Center" is "at Hanoi's National Convention Center" (c28).
SPLIT_POSSESSIVE_RE = re.compile(r"(?<=[A-Za-z])(['’]) s(?= )")


def _clean(text):
    """One line as the reader sees it: blanks as single spaces, typographic hyphens as plain
    ones, an ordinal or a paragraph's number glued to the next word set apart ("14thAPEC":
    "14th APEC", "1.The": "1. The"), a possessive split by a blank joined ("Hanoi' s":
    "Hanoi's"), and the acronym written after a name in brackets left
    out ("Economic Cooperation (APEC) Small …"), so that a name reads as one run of words."""
    text = SPACES_RE.sub(" ", text.replace("\u00a0", " ")).strip().translate(TYPOGRAPHIC_HYPHENS)
    text = GLUED_PARAGRAPH_NUMBER_RE.sub(r"\1 ", GLUED_ORDINAL_RE.sub(r"\1 ", text))
    if "' s " in text or "’ s " in text:
        text = SPLIT_POSSESSIVE_RE.sub(r"\1s", text)
    return ACRONYM_GLOSS_RE.sub("", text) if " (" in text else text


@functools.lru_cache(maxsize=4096)
def _key(text):
    """A title's letters and digits only, lower case: what makes two titles the same."""
    text = text.replace("’", "'").replace("&", " and ").lower()
    text = APEC_SPELLED_LOWER_RE.sub("apec", text)  # "Asia-Pacific Economic Cooperation's"
    text = re.sub(r"\bapec's\b", "apec", text)  # "APEC's X Forum" is the APEC X Forum
    # "Women Leader's Network Meeting" is the "Women Leaders' Network Meeting" (c16)
    text = POSSESSIVE_BEFORE_KIND_RE.sub("s", text)
    return " ".join(re.findall(r"[^\W_]+", text))


# A singular possessive right before a body's or a meeting's word, spelled for the plural one.
POSSESSIVE_BEFORE_KIND_RE = re.compile(
    r"(?<=[a-z])'s\b(?=\s+(?:network|meeting|summit|forum|council|dialogue)\b)"
)


SEQUELS = {"ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "part", "phase", "session"}


def _same(key, other):
    """Two names of one event: equal, or one the other with more words ("… Seminar for SMEs");
    not a numbered sequel ("… Workshop II", "… Workshop 2" is another event)."""
    if key == other:
        return True
    shorter, longer = sorted((key, other), key=len)
    if not longer.startswith(shorter + " "):
        return False
    extra = longer[len(shorter) + 1 :].split()[0]
    return not (extra in SEQUELS or (extra.isdigit() and len(extra) <= 2))


# A leading ordinal, in digits or a word ("ninth", "twelfth"), or a year.
NUMBER_PREFIX_RE = re.compile(
    r"^(?:\d{1,3}(?:st|nd|rd|th)|(?:19|20)\d{2}|first|second|third|fourth|fifth|sixth|seventh"
    r"|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth"
    r"|seventeenth|eighteenth|nineteenth|twentieth) "
)


KEY_TRAILING_YEAR_RE = re.compile(r" (?:19|20)\d{2}$")


def _same_unnumbered(key, other):
    """The same name, or the same once a leading number is left out ("33rd apec sme
    ministers meeting" and "apec sme ministers meeting for the first time", "2029 apec sme
    ministerial meeting" and "36th apec sme ministerial meeting"); two ordinals or two years
    that differ ("11th …", "12th …") are two meetings. A leading "annual" is no part of a
    name ("Annual APEC Ministerial Meeting" and "APEC Ministerial Meeting", i28l9)."""
    if _same(key, other):
        return True
    if key.startswith("annual ") or other.startswith("annual "):
        return _same_unnumbered(key.removeprefix("annual "), other.removeprefix("annual "))
    first, second = NUMBER_PREFIX_RE.match(key), NUMBER_PREFIX_RE.match(other)
    ordinal = lambda match: match.group(0).strip()[-2:].isalpha()  # noqa: E731
    # "first apec ceo summit" and "apec ceo summit 2046": an edition counted and an edition
    # of a year named after the series, two meetings (c18)
    for numbered, plain in ((first, other), (second, key)):
        if numbered and ordinal(numbered) and KEY_TRAILING_YEAR_RE.search(plain):
            return False
    if first and second and ordinal(first) == ordinal(second):
        return False  # both ordinals ("11th ") or both years ("2029 ")
    return _same(NUMBER_PREFIX_RE.sub("", key), NUMBER_PREFIX_RE.sub("", other))


LOOSE_SKIP = {"apec", "the", "s"}
KEY_YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")
SME_WORDS_RE = re.compile(r"\bsmall and medium(?: sized)? enterprises?\b|\bsmes\b")


RESPONSIBLE_FOR_KEY_RE = re.compile(r"\bministers responsible for (\w+)")
# "apec summit" (a headline's, "at APEC Summit in Da Nang") is the leaders' meeting the body
# names ("apec economic leaders meeting", "apec leaders meeting"); not "apec ceo summit".
# Matched on the loose words (without "apec" and a leading ordinal).
LEADERS_KEY_RE = re.compile(r"^(?:economic )?leaders (?:meeting|summit)$|^summit$")


def _leaders_own_name(name, mentions):
    """ "… at APEC Summit" and the body's "APEC Economic Leaders' Meeting": the meeting's own
    name (LEADERS_KEY_RE), the longest the mentions give; else `name`."""
    if _key(name) != "apec summit":
        return name
    own = [mention.name for mention in mentions if _key(mention.name) != "apec summit"]
    return max(own, key=len, default=name)


def _same_spelled_out(key, other):
    """A headline's short name and the body's spelled-out one ("eighth apec sme ministerial
    meeting", "eighth apec small and medium sized enterprises ministerial meeting"); an
    ordinal word or an "APEC" the headline adds or loses does not count."""

    def loose(text):
        # "43rd Ministerial Meeting of APEC" is the "43rd APEC Ministerial Meeting": an article,
        # a possessive's "s" and where "APEC" stands do not count.
        # "apec trade ministers meeting" (a headline) is the body's "apec ministers
        # responsible for trade meeting": who meets, in either word order
        text = RESPONSIBLE_FOR_KEY_RE.sub(r"\1 ministers", text)
        words = [w for w in SME_WORDS_RE.sub("sme", text).split() if w not in LOOSE_SKIP]
        # "apec 2048 leaders meeting" (a headline) is the "2048 apec economic leaders meeting":
        # where a year both names hold stands does not count (c24); two years are two
        # meetings (below); a year one name lacks still tells an edition from the first
        if all(years):
            words = [w for w in words if not KEY_YEAR_RE.fullmatch(w)]
        if text.endswith(" of apec") and words[-1:] == ["of"]:
            words = words[:-1]
        while words and (words[0] in ORDINAL_WORDS or ORDINAL_TOKEN_RE.fullmatch(words[0])):
            words = words[1:]  # "Eighth APEC …", "50th APEC …" over the headline's name
        if words[:2] == ["meeting", "of"] and len(words) > 2:
            words = [*words[2:], "meeting"]  # "58th Meeting of the SME Working Group"
        return LEADERS_KEY_RE.sub("economic leaders meeting", " ".join(words))

    if key == other:
        return False
    years = [set(KEY_YEAR_RE.findall(name)) for name in (key, other)]
    if all(years) and years[0] != years[1]:
        return False  # "2047 …" and "2048 …": two meetings of a series
    numbers = ORDINAL_KEY_RE.match(key), ORDINAL_KEY_RE.match(other)
    if all(numbers) and numbers[0].group(1) != numbers[1].group(1):
        return False  # "11th …" and "12th …": two meetings of a series
    firsts = {key.split()[0], other.split()[0]} if key and other else set()
    if len(firsts) == 2 and firsts <= set(ORDINAL_WORDS):
        return False  # "first …" and "second …": two meetings of a chronology
    if _two_ordinals(key, other):
        return False  # "first …" and "48th …": a past meeting of the series recalled
    # "2015 apec small and medium enterprises ministerial meeting" (a statement page's title)
    # and "22nd apec sme ministerial meeting" (its body): a year and an ordinal of one series.
    sme = _sme_first(key), _sme_first(other)
    if loose(key) == loose(other) or (sme != (key, other) and _same_unnumbered(*sme)):
        return True
    # "SME Ministerial Meeting and Related Meetings" over the page's "48th APEC SME
    # Ministerial Meeting 5–6 September": "APEC" and the number the headline leaves out
    numbered = [bool(NUMBER_PREFIX_RE.match(loose(name))) for name in (key, other)]
    unnumbered = [NUMBER_PREFIX_RE.sub("", loose(name)) for name in (key, other)]
    return numbered[0] != numbered[1] and unnumbered[0] == unnumbered[1]


# "twelfth apec ministerial meeting on small and medium enterprises" names the series of the
# "2005 apec sme ministerial meeting": the SME words after "on" go before the kind words.
SME_TOPIC_RE = re.compile(r"\b(ministerial meeting|ministers meeting) on sme$")


def _sme_first(key):
    """The key with the SME words shortened and put before "ministerial meeting"."""
    return SME_TOPIC_RE.sub(r"sme \1", SME_WORDS_RE.sub("sme", key))


ORDINAL_KEY_RE = re.compile(r"^(\d{1,3}(?:st|nd|rd|th)) ")


def _two_ordinals(key, other):
    """Whether one name's ordinal word and the other's ordinal in digits differ ("first apec
    sme ministerial meeting", "48th apec sme ministerial meeting"): two meetings."""
    numbers = []
    for name in (key, other):
        first = name.split()[0] if name else ""
        digits = ORDINAL_KEY_RE.match(name)
        numbers.append(int(digits.group(1)[:-2]) if digits else ORDINAL_WORDS.get(first))
    return None not in numbers and numbers[0] != numbers[1]


ACRONYM_SKIP = {"apec", "the", "of", "meeting", "and"}
# Words that stand whole in a group's acronym: "sme working group" is "smewg" (round c2).
SHORT_WORDS = {"sme": "sme", "smes": "sme", "msme": "msme", "msmes": "msme"}


def _month_only_mention(result, clause):
    """Whether a further meeting named with a month and no day is only mentioned ("findings
    for the APEC Economic Leaders' Meeting in November") or recalled ("The previous … Meeting
    took place in Cusco, Peru, in February 2031"): a record of it would be one an editor
    deletes. One announced with a place of its own ("the 5th … Fair to be held in Arequipa in
    June") is kept."""
    if result.value("date_precision") != "month":
        return False
    return not (FUTURE_RE.search(clause.text[:LONGEST]) and result.value("city"))


def _same_glued(key, other):
    """The same letters but for blanks a capitals heading lost ("apec sme weekbusiness
    forum", "apec sme week business forum")."""
    return key != other and key.replace(" ", "") == other.replace(" ", "")


def _same_meeting(key, other):
    """Two names of one meeting: the same up to a number the other lacks, the SME spelling,
    an article, a possessive, where "APEC" stands or where the topic stands."""
    return (
        _same_unnumbered(key, other) or _same_spelled_out(key, other) or _same_reordered(key, other)
    )


# Words left out when two names of one event are compared word by word (`_same_reordered`).
REORDER_SKIP = {"apec", "the", "and", "s"}
TOPIC_JOINERS = ("on", "for", "of")


def _same_reordered(key, other):
    """One event named with its topic before its kind word and after it ("apec e commerce and
    paperless trading symposium", a section heading, and the body's "apec symposium on e
    commerce and paperless trading", round c2): the same words, "APEC", articles and "and"
    left out, once the "on / for / of" after the other's kind word is; at least two words
    of topic, and a number in one name only is another meeting."""
    for first, second in ((key, other), (other, key)):
        words = first.split()
        if len(words) < 3 or words[-1] not in KIND_WORDS:
            continue
        kind = words[-1]
        rest = second.split()
        at = next((i for i, w in enumerate(rest[:-1]) if w == kind), None)
        if at is None or rest[at + 1] not in TOPIC_JOINERS or rest[-1] == kind:
            continue
        topic = sorted(w for w in words if w not in REORDER_SKIP)
        if len(topic) > 2 and topic == sorted(
            w for i, w in enumerate(rest) if w not in REORDER_SKIP and i != at + 1
        ):
            return True
    return False


def _same_by_acronym(key, other):
    """One numbered meeting named by a group's acronym and by its words ("29th apec smewg
    meeting", "29th meeting of the small and medium enterprises working group")."""
    first, second = ORDINAL_KEY_RE.match(key), ORDINAL_KEY_RE.match(other)
    if not (first and second and first.group(1) == second.group(1)):
        return False

    def short(text):
        words = [w for w in text[first.end() :].split() if w not in ACRONYM_SKIP]
        return words[0] if len(words) == 1 else "".join(SHORT_WORDS.get(w, w[0]) for w in words)

    return len(short(key)) > 2 and short(key) == short(other)


@functools.lru_cache(maxsize=4096)
def _series(title):
    """The name without its subtitle ("APEC X Forum: Enhancing …" -> "APEC X Forum") nor
    a closing "(Virtual)", so that the body's "The X Meeting convened virtually" is its own."""
    title = VIRTUAL_MARK_RE.sub("", title)
    match = SUBTITLE_RE.match(title)
    return match.group("series").strip() if match else title.strip()


# The series of a text's own meeting, and the meeting who meets names (`_title_of_who_meets`):
# a sentence where they meet is about that meeting.
WHO_MEETS_SERIES = (("apec ministerial meeting", "APEC Ministerial Meeting"),)


def _about_main(text, anaphora, series, kind):
    """Whether a body sentence is about the main event: it refers back to it ("the forum",
    not "Before the meeting, …": what came before it), names its series, or is "We, the
    Ministers responsible for SMEs, met …", "Senior Officials are meeting in …" (a senior
    officials' meeting) or "plenary sessions were held at …"."""
    referred = anaphora.search(text)
    if referred and BEFORE_IT_RE.search(text, max(0, referred.start() - 12), referred.start()):
        return False
    if referred or series in _key(text) or _series_with_words_between(series, text):
        return True
    if SME_WORDS_RE.search(series) and _sme_first(series) in _sme_first(_key(text)):
        # "The first APEC SME ministerial meeting was held … in Osaka" under a statement
        # page's heading "… APEC Small and Medium Enterprises Ministerial Meeting" (c24)
        return True
    if _numbered_short_name(series, text):
        return True
    if "senior officials" in series and OFFICIALS_MEETING_IN_RE.search(text):
        return True
    if kind == EventKind.MINISTERIAL_MEETING and MINISTERS_MEET_RE.search(text):
        # also a lede's "APEC Ministers will gather in Lima on Friday"; not their next
        # meeting ("The ministers will meet again next year in Chile")
        return not NEXT_MEETING_RE.search(text)
    who_meets = next((pair for pair in WHO_MEETS_SERIES if series.endswith(pair[0])), None)
    if who_meets:
        # "Ministers from the 21 … economies are meeting virtually …" in a text whose own
        # meeting is the APEC Ministerial Meeting, named later (i28m)
        who = _title_of_who_meets(text)
        return who == who_meets[1] and not NEXT_MEETING_RE.search(text)
    return bool(SESSIONS_HELD_RE.search(text))


def _numbered_short_name(series, text):
    """Whether `text` names the numbered series `series` ("55th apec sme working group
    meeting") by its number, a few of its words and its kind word ("the 55th Working Group
    meeting"): the same number, so the same meeting."""
    ordinal, _, rest = series.partition(" ")
    if not re.fullmatch(r"\d+(?:st|nd|rd|th)", ordinal) or not rest:
        return False
    last = rest.split()[-1]
    found = re.search(rf"\bthe {ordinal}((?: \w+){{0,5}}) {last}\b", _key(text))
    return found is not None and set(found.group(1).split()) <= set(rest.split())


def _series_with_words_between(series, text):
    """Whether `text` names the numbered series `series` ("first senior officials meeting")
    with words between its ordinal and the rest ("The first Asia-Pacific Economic Cooperation
    (Apec) 2035 Senior Officials' meeting"): the same meeting, the same ordinal. A series led
    by its year or ordinal is also named by its words in order with a few put between them
    ("2016 apec summit" in "The 2016 Asia-Pacific Economic Cooperation (APEC) Forum's Leaders
    Summit will be held …", round h2), none of them another meeting's kind word."""
    ordinal, _, rest = series.partition(" ")
    if not rest:
        return False
    key = _key(text)
    if ordinal in ORDINAL_WORDS and rest in key:
        before = key[: key.index(rest)].split()[-9:]
        if ordinal in before:
            return True
    if not NUMBER_FIRST_RE.fullmatch(ordinal):
        return False
    wanted = rest.split()
    words = key.split()
    for start in (i for i, word in enumerate(words) if word == ordinal):
        window = words[start + 1 : start + 1 + len(wanted) + WORDS_PUT_BETWEEN]
        if wanted[-1] not in window:
            continue
        window = window[: window.index(wanted[-1]) + 1]
        extra = list(window)
        for word in wanted:
            if word not in extra:
                break
            extra.remove(word)
        else:
            if not set(extra) & OTHER_MEETING_WORDS and _in_order(wanted, window):
                return True
    return False


# A series' first word that numbers it: a year or an ordinal, in words or digits.
NUMBER_FIRST_RE = re.compile(
    r"(?:19|20)\d\d|\d+(?:st|nd|rd|th)|" + "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True))
)
# How many words a page puts between a series' own ("(APEC) Forum's Leaders").
WORDS_PUT_BETWEEN = 4
# Words that, put between a series' own, name another meeting than the series'.
OTHER_MEETING_WORDS = {"meeting", "meetings", "ministers", "ministerial", "and", "before", "of"}


def _in_order(wanted, window):
    """Whether the words `wanted` come in `window` in their order."""
    rest = iter(window)
    return all(word in rest for word in wanted)


def _title_of_who_meets(text):
    """ "APEC Energy Ministers Meeting" for "energy ministers … got under way", "APEC Senior
    Officials' Meeting" for "senior officials … met", "APEC Ministerial Meeting" for "the
    ministers … opened their annual meeting"; None for a past meeting ("last met … ago")."""
    match = SECTOR_MINISTERS_RE.search(text)
    gap = match and (match.group("gap") or match.group("bare_gap") or match.group("leaders_gap"))
    if not match:
        leaders = LEADERS_MEET_RE.search(text)
        past = leaders and PAST_MEETING_RE.search(leaders.group("gap") or "")
        return "APEC Economic Leaders' Meeting" if leaders and not past else None
    if PAST_MEETING_RE.search(gap or ""):
        return None
    if match.group("mrt"):
        return "APEC Ministers Responsible for Trade Meeting"
    if match.group("sme"):
        return SME_BUILT_TITLE
    if match.group("leaders"):
        return "APEC Economic Leaders' Meeting"
    if match.group("sector"):
        return f"APEC {' '.join(match.group('sector').split()).title()} Ministers Meeting"
    return (
        "APEC Senior Officials' Meeting" if match.group("officials") else "APEC Ministerial Meeting"
    )


def _kind_of(name):
    """The kind the name says (its last event word), or None when it says none."""
    series = _series(name)
    if MINISTERIAL_RE.search(series):
        return EventKind.MINISTERIAL_MEETING
    kind = None
    for word in re.findall(r"[A-Za-z]+", series):
        if word[:1].isupper() and word.lower() in KIND_WORDS:
            found = KIND_WORDS[word.lower()]
            if found != EventKind.OTHER or kind is None:
                kind = found
    if kind is None and re.search(r"\bRound\s+Table\b", series):
        kind = EventKind.DIALOGUE
    rest = name[len(series) :].lstrip(" :–—-")  # "Women Exporters: An APEC Workshop"
    if (
        kind is None
        and series != name
        and len(rest) < len(name)
        and not NOT_EVENT_RE.search(series)
    ):
        return _kind_of(rest)  # never the same name again ("\xa0 " has no series at all)
    return kind


def _kind_word(text):
    """The kind a "Type: Workshop" field names, in any case, or None."""
    if MINISTERIAL_RE.search(text):
        return EventKind.MINISTERIAL_MEETING
    for word in re.findall(r"[A-Za-z]+", text):
        if word.lower() in KIND_WORDS:
            return KIND_WORDS[word.lower()]
    return None


# A stop, then blanks, then what may start a sentence. The lookbehinds after the first leave
# out, in C, the stops that end an initial or an abbreviation written after a blank ("A. ",
# "Mr. "); _sentences decides the rest (a text of "A. A. A. …" is then not 300,000 Python
# steps).
_NOT_SENTENCE_ENDS = "".join(
    "(?<!\\s(?i:{})[.!?])".format(
        "|".join(re.escape(w) for w in sorted(ABBREVIATIONS) if len(w) == n)
    )
    for n in sorted({len(w) for w in ABBREVIATIONS})
)  # one lookbehind per length of word (a lookbehind's alternatives have one width)
SENTENCE_STOP_RE = re.compile(
    rf"(?<=[.!?])(?<!\s[A-Za-z][.!?]){_NOT_SENTENCE_ENDS}[”\"’)]?\s+(?=[“\"‘(]?[A-Z0-9])"
    # A copy that lost the blank after a full stop: "… Ministerial Meeting.Our host city …"
    # (a word of two lower-case letters or more, the stop, a capitalised word and a blank).
    r"|(?<=[a-z][a-z][.!?])(?=[A-Z][a-z]+\s)"
)


def _sentences(text, line, paragraph, split=None):
    """Split a paragraph into sentences (not after "Mr." or "Oct."); `split` is the
    document's Memo of `_sentence_pieces` when it has one."""
    pieces = split[text] if split is not None else _sentence_pieces(text)
    return [Sentence(piece, line, paragraph) for piece in pieces]


# Meetings listed one after another in a sentence: a name, then ", ", " and " or ", and "
# (and "the") before the next one, which starts at most LISTED_GAP characters after it.
HEADLINE_WORDS = 30
LIST_JOINER_RE = re.compile(
    r"(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?(?:(?:inaugural|annual)\s+)?$"
)
LISTED_GAP = 160
NAME_SMALL_WORDS = frozenset({"of", "on", "for", "and", "the", "to", "in", "sized"})


def _listed_after(gap):
    """Whether `gap` (from one meeting's name to the next's) is that name and a joiner only:
    no lower-case word but a name's own small words ("… Meeting on Women, the …"), unlike
    "SOM2 will be the focus on May 14 and 15 and the …", and no day ("… Summit 17–19, the")."""
    if len(gap) > LISTED_GAP or not LIST_JOINER_RE.search(gap):
        return False
    if re.search(r"\d(?!\d*(?:st|nd|rd|th)\b)", gap):
        return False  # "the APEC CEO Summit 17–19, the …": days of its own end the list
    words = re.findall(r"\b[a-z]+\b", gap)
    return all(word in NAME_SMALL_WORDS or word in LISTED_ADJECTIVES for word in words)


# Words that may stand before the next name of a list ("…, and the inaugural Joint Meeting of
# …"), and the kind word of a name written in lower case before it ("the APEC meeting of
# Ministers Responsible for Trade, and the …", i28l9): they say nothing of their own.
LISTED_ADJECTIVES = frozenset({"inaugural", "annual", "meeting"})


# A theme quoted as a slogan (“Open. Connect. Balance.”) holds full stops that end no
# sentence: a stop less than this many characters after an opening curly quote and before
# its closing one. A longer quotation is a quoted speech, whose sentences are sentences.
SHORT_QUOTE = 30


def _inside_short_quote(text, start, stop):
    """Whether a stop at `stop` lies inside a short curly quotation opened after `start`."""
    opened = text.rfind("“", start, stop)
    if opened < 0 or text.find("”", opened, stop) >= 0:
        return False
    return text.find("”", stop, stop + SHORT_QUOTE) >= 0


def _sentence_pieces(text):
    """The sentences of a paragraph as strings, without blanks around them nor empty ones."""
    pieces, start = [], 0
    for match in SENTENCE_STOP_RE.finditer(text):
        # Only the last word before the stop matters; looking at a short window keeps the
        # split linear when no stop ends a sentence ("A. A. A. …", "Mr. Mr. …").
        stop = match.start()
        # Whether a letter comes just before the stops (only then can the word be an
        # abbreviation or an initial); written out here, as a call per stop is dear.
        position = stop - 1
        while position > start and text[position] in ".!?":
            position -= 1
        if position < start or not text[position].isalpha():
            pieces.append(text[start : match.end()].strip())  # "… in 2021. The", "1. 2."
            start = match.end()
            continue
        before = text[max(start, stop - 24) : stop].split()
        last = before[-1].rstrip(".!?").lower() if before else ""
        if last in ABBREVIATIONS or (len(last) == 1 and last.isalpha()):
            continue
        if last.startswith("(") and ")" not in last:
            continue  # "(R.O.C. Taiwan)": no sentence ends inside a bracket its word opened
        if _inside_short_quote(text, max(start, stop - SHORT_QUOTE), stop):
            continue  # a slogan, “Open. Connect. Balance.”: one sentence holds it
        pieces.append(text[start : match.end()].strip())
        start = match.end()
    pieces.append(text[start:].strip())
    return tuple(piece for piece in pieces if piece)


# A crawled page's headline glued to its first paragraph: "… Opens in ShanghaiIn his opening
# speech, …" (a lower-case letter, then a capitalised word that starts a sentence).
GLUED_HEADLINE_RE = re.compile(
    r"(?<=[a-z])(?=(?:In|The|On|At|An?|As|For|With|After|During|According|Ministers|APEC)\s)"
)


# A page's date line glued to the paragraph under it: "October 7, 2013The leaders from …".
DATE_GLUED_TO_PARAGRAPH_RE = re.compile(
    rf"^(?:{MON}\s+{DD},?\s+|{DD}\s+{MON},?\s+){YYYY}(?=[A-Z][a-z])"
)


def _date_line_unglued(lines):
    """The lines with a date line glued to the paragraph under it ("October 7, 2013The
    leaders …", among the first six) split in two: the date, then the paragraph."""
    for index, (number, line) in enumerate(lines[:6]):
        glued = DATE_GLUED_TO_PARAGRAPH_RE.match(line)
        if glued:
            split = [(number, glued.group(0)), (number, line[glued.end() :])]
            return [*lines[:index], *split, *lines[index + 1 :]]
    return lines


# A label alone on its line, its value on the next ("Date:" over "5-7 September 2043"), or a
# site's label with nothing after it ("Auther :", "Shortlink :").
LABEL_ALONE_RE = re.compile(r"^(?P<label>[A-Za-z][A-Za-z -]{0,24}?)\s*[:：]$")


# A wire's dateline alone on its line, closed by a dash, its paragraph on the next line:
# "TOKYO, March 5 Kyodo -" (a town, a day, the agency's bare name) (c4).
# Or a town and its agency in brackets: "Bangkok (NNT/VNA) -" (e2).
DATELINE_DASH_ENDS_RE = re.compile(
    rf"^[A-Z][\w .'’-]{{1,40}},\s*(?:{MON}\s+{DD}|{DD}\s+{MON})\s+[A-Z][a-z]{{2,15}}\s*(?:—|–|--|-)$"
    r"|^[A-Z][\w.'’-]{1,30}(?: [A-Z][\w.'’-]{1,30}){0,3}\s*\([A-Z][A-Za-z .&/-]{1,30}\)\s*(?:—|–|--|-)$"
)


def _datelines_joined(lines):
    """The lines with a dateline closed by a dash at the end of its line joined to the
    paragraph on the next line ("TOKYO, March 5 Kyodo -" over "Trade ministers …")."""
    joined, skip = [], False
    for index, (number, line) in enumerate(lines):
        if skip:
            skip = False
            continue
        if DATELINE_DASH_ENDS_RE.match(line) and index + 1 < len(lines):
            joined.append((number, f"{line} {lines[index + 1][1]}"))
            skip = True
            continue
        joined.append((number, line))
    return joined


# A calendar of stacked lines: a row's days alone on a line ("7 – 8 Jan", "25 Jan – 3 Feb"),
# its place on the next ("Jakarta, Indonesia", "APEC Secretariat, Singapore"), its event on
# the one after ("HRD WG: Labour Market Information Technical Meeting") (c17).
DAYS_LINE_RE = re.compile(rf"{DD}(?:\s+{MON})?(?:{TO}{DD})?\s+{MON};?")
STACKED_PLACE_RE = re.compile(r"[A-Z][\w .'’-]{1,40}(?:,\s*[A-Z][\w .'’-]{1,40}){0,2}")


def _stacked_rows(lines):
    """The lines with each stacked row (days, place, event) joined into one list item,
    "<event> – <days>, <place>", read as the rows of a one-line calendar are."""
    joined, index = [], 0
    while index < len(lines):
        number, line = lines[index]
        row = lines[index : index + 3]
        if len(row) == 3 and DAYS_LINE_RE.fullmatch(line) and _stacked_row(row):
            days, place, event = (text for _, text in row)
            joined.append((row[2][0], f"{event} – {days.rstrip(';')}, {place}"))
            index += 3
            continue
        joined.append((number, line))
        index += 1
    return joined


def _stacked_row(row):
    """Whether a days line's next two lines are a place alone and an event's name."""
    place, event = row[1][1], row[2][1]
    if not STACKED_PLACE_RE.fullmatch(place) or KIND_WORDS_RE.search(place):
        return False
    return bool(KIND_WORDS_RE.search(event)) and not DAYS_LINE_RE.match(event)


def _labels_read(lines):
    """The lines with each field label alone on its line ("Date:", "Venue:") joined to the
    value on the next line ("Date: 5-7 September 2043"), and other labels alone ("Auther :",
    a site's empty field) left out: page furniture, no paragraph."""
    read, skip = [], False
    for index, (number, line) in enumerate(lines):
        if skip:
            skip = False
            continue
        alone = LABEL_ALONE_RE.match(line)
        if line.strip().lower() in BARE_FIELD_LABELS and index + 1 < len(lines):
            label = re.sub(r"y\(ies\)$", "ies", line.strip())  # "Economy(ies)"
            read.append((number, f"{label}: {lines[index + 1][1]}"))
            skip = True
        elif not alone:
            read.append((number, line))
        elif _clean(alone.group("label")).lower() in FIELD_LABELS and index + 1 < len(lines):
            read.append((number, f"{line} {lines[index + 1][1]}"))
            skip = True
    return read


def _unglued(lines):
    """The first line split in two where a headline (of at most twenty words) was glued to
    the paragraph under it; other lines as they are. A site's rows with bars above it ("Help |
    Sitemap | …", "Thursday, August 30, 2001, updated at … | |||") do not count as the first
    line."""
    lines = _date_line_unglued(lines)
    rows = (i for i, (_, line) in enumerate(lines[:4]) if "|" not in line or len(line) > 120)
    index = next(rows, None)
    if index is None:
        return lines
    number, first = lines[index]
    glued = GLUED_HEADLINE_RE.search(first, 0, 200)
    if not glued or len(first[: glued.start()].split()) > 20:
        return lines
    split = [(number, first[: glued.start()]), (number, first[glued.start() :])]
    return [*lines[:index], *split, *lines[index + 1 :]]


# A bar line naming only the APEC Secretariat and its seat: the release's author and date,
# not the place of the meetings it announces (a speaker's line, "Remarks by …, APEC
# Secretariat Lima, Peru", is the speech's place).
SECRETARIAT_SEAT_RE = re.compile(r"^APEC\s+Secretariat,?\s+Singapore$")


# A line of a text wrapped at a fixed width ends inside its sentence: after a word, a number,
# a comma or a bracket, not after a full stop, a colon or a closing quote.
WRAPPED_END_RE = re.compile(r"[\w,;)(-]$")
WRAPPED_NEXT_RE = re.compile(r"^(?:\d{1,2}[.)]\s|[•·▪◦‣*]|[-–]\s)")


# A meeting paper's cover line: the meeting's name, ended by a kind word, then its place
# (one to three parts), with or without a blank between them (see _Document._take_cover_line).
COVER_LINE_RE = re.compile(
    r"^(?P<name>[\w'’ -]{3,110}?(?:Meeting|Dialogue|Forum|Conference|Symposium|Workshop|"
    r"Seminar|Summit))\s?(?P<place>[A-Z][\w'’ .-]{1,40}(?:,\s?[A-Z][\w'’ .-]{1,40}){0,2})$"
)


def _unwrapped(lines):
    """The lines of a text wrapped at a fixed width (a wire or a document copied with a
    line break every 70-80 characters) joined back into its paragraphs; other texts as
    they are. A text is wrapped when four or more of its lines reach to within twelve
    characters of its longest line (of at most 100) and end inside a sentence."""
    width = _wrap_width([line for _, line in lines])
    if width is None:
        return _rejoined(lines)
    joined, last = [], ""
    for number, line in lines:
        wraps = len(last) >= width / 2 and WRAPPED_END_RE.search(last)
        dateline = DATELINE_LINE_RE.match(line) is not None
        if joined and wraps and not WRAPPED_NEXT_RE.match(line) and not dateline:
            glue = "" if last.endswith("-") and last[-2:-1].isalpha() else " "
            joined[-1] = (joined[-1][0], joined[-1][1] + glue + line)
        else:
            joined.append((number, line))
        last = line
    return joined


def _wrap_width(lines):
    """The width a text is wrapped at, or None when it is not wrapped: its longest line (of
    at most 100) when four or more lines reach to within twelve characters of it and end
    inside a sentence. A wire copied with some paragraphs left whole ("BEIJING, Nov 9
    (Bernama) --" wrapped at 72, a quoted paragraph of 121 on one line) is wrapped at its
    longest line ending inside a sentence, when more lines reach it than are longer and the
    lines after at least half of them go on in lower case."""
    width = max((len(line) for line in lines), default=0)
    if 40 <= width <= 100 and len(_full_lines(lines, width)) >= 4:
        return width
    inside = [len(line) for line in lines if len(line) <= 100 and WRAPPED_END_RE.search(line)]
    width = max(inside, default=0)
    if width < 40:
        return None
    full = set(_full_lines(lines, width))
    # the line after a full one goes on with the sentence, in lower case ("arrived here …")
    going_on = sum(1 for a, b in itertools.pairwise(lines) if a in full and b[:1].islower())
    longer = sum(1 for line in lines if len(line) > width)
    return width if going_on >= max(3, len(full) / 2) and len(full) > longer else None


def _full_lines(lines, width):
    """The lines that reach to within twelve characters of `width` and end inside a sentence."""
    return [line for line in lines if len(line) >= width - 12 and WRAPPED_END_RE.search(line)]


# A line broken inside a sentence, after a word no sentence ends with ("… met in Hobart on"
# over "8-9 March 2007 for the 14th APEC SME Ministerial Meeting."): one line.
DANGLING_END_RE = re.compile(r"\s(?:on|in|at|of|the|and|for|to|from|by|with)$")


def _rejoined(lines):
    """The lines of a text with each line that ends on a dangling word ("on", "in", "the")
    joined to the next one of prose (not a bullet or a numbered item), and a dateline alone
    on its line joined to the paragraph its dash opens."""
    joined = []
    for number, line in lines:
        last = joined[-1][1] if joined else ""
        dangling = len(last.split()) >= PROSE_WORDS and DANGLING_END_RE.search(last)
        if DATELINE_ALONE_RE.match(last) and DASH_OPENS_RE.match(line):
            # "HCM City (VNA)" over "– Prime Minister …": a dateline and its paragraph (c3)
            joined[-1] = (joined[-1][0], f"{last} {line}")
            continue
        if dangling and line[:1].isalnum() and not WRAPPED_NEXT_RE.match(line):
            joined[-1] = (joined[-1][0], f"{last} {line}")
            continue
        if _heading_cut(last, line):
            joined[-1] = (joined[-1][0], f"{last} {line}")
            continue
        joined.append((number, line))
    return joined


# A meeting report's title broken over two lines after "APEC" or a small word: "Report of
# the First APEC" over "Sub-Committee on Standards and Conformance (SCSC) Meeting" (c38).
HEADING_CUT_END_RE = re.compile(r"\s(?:APEC|of|of the|on|for|and|to)$")


def _heading_cut(last, line):
    """Whether a short heading line ending on "APEC" or a small word goes on in the next
    line, a heading that starts with a capital, the two holding an event's kind word."""
    return (
        bool(HEADING_CUT_END_RE.search(last))
        and _is_heading(last)
        and line[:1].isupper()
        and not line.endswith((".", "!", "?", ":", ";"))  # (an acronym's bracket may end it)
        and len(last.split()) + len(line.split()) <= 20
        and KIND_WORDS_RE.search(f"{last} {line}") is not None
    )


# A wire headline's speaker after a dash at its end: a role, perhaps after the economy or the
# body it serves ("- PNG Prime Minister", "– Trade Minister", "- Chile's Foreign Minister")
# (e2).
HEADLINE_SPEAKER_RE = re.compile(
    r"\s+[–—-]\s+(?:[A-Z][\w.'’]*\s+){0,3}(?:Vice\s+|Deputy\s+)?(?:Prime\s+Minister|Minister|President"
    r"|PM|Premier|Secretary|Ambassador|Spokes(?:man|woman|person)|Envoy|Governor|Mayor|Chancellor"
    r"|Chief|Official|Officials|Chair|Chairman|Chairwoman|CEO|Leader)$"
)
# A dateline alone on its line, the dash that opens its paragraph on the next one (a copy
# that kept the page's line break): a town (and its region or a day), then the agency in
# brackets ("HCM City (VNA)", "Kuala Lumpur, 3 Oct (Bernama)") (c3).
DATELINE_ALONE_RE = re.compile(
    r"^[A-Z][\w .'’-]{1,40}(?:,\s*[\w .'’-]{1,40}){0,2}\s*\([A-Z][A-Za-z .&/-]{1,30}\)$"
)
DASH_OPENS_RE = re.compile(r"^(?:—|–|--|-)\s*\S")

PROSE_WORDS = 8  # a sentence of prose is longer than a menu item or a short heading
PROSE_END = (".", "!", "?", "”", '"')


def _prose(line):
    """Whether a line is prose: a sentence of some words ended by a stop, not a title cut
    short by an ellipsis ("Transcript of 2018 Yearly Review Framework for the APEC...")."""
    line = line.rstrip()
    cut = line.endswith(("...", "…"))
    return len(line.split()) >= PROSE_WORDS and line.endswith(PROSE_END) and not cut


def _content_pieces(text):
    """The text's content lines as (number, line), a line of HTML source split into the
    lines it showed (each keeps the number of the line it came from)."""
    for number, line in content_lines(text):
        for piece in markup_pieces(line):
            yield number, piece


def _line_reading(line):
    """(page furniture?, the end of the release?, the line cleaned) of a content line."""
    return (
        NEWS_FURNITURE_RE.match(line) is not None,
        RELEASE_OVER_RE.match(line) is not None,
        _clean(line),
    )


def _is_heading(line):
    words = line.split()
    return len(words) <= 14 and not line.endswith(SENTENCE_END) and not re.search(r"[.!?]\s", line)


def _day(day, month, year):
    try:
        return datetime.date(int(year), MONTH_NUMBERS[month.rstrip(".").lower()], int(day))
    except (ValueError, KeyError):
        return None


def _month_day(day, month, year):
    """The day (written "17" or "17th") of a month given by its number, or None."""
    try:
        return datetime.date(year, month, int(_digits(day)))
    except ValueError:
        return None


def _digits(day):
    return re.match(r"\d+", day).group(0)


LONG_TITLE_WORDS = 40  # a title over a bar line may run this long (a speech's, with its speaker)
DATE_FIRST_DATELINE_RE = re.compile(
    r"^(?P<date>[\w ,.]{6,30}?(?:19|20)\d{2}),\s+(?P<city>[A-Z][A-Za-z .'’-]{1,40}?)"
    r"(?:,\s*(?P<region>[A-Z][A-Za-z .'’-]{1,40}?))?\s*(?:—|–|--|-|:)\s*(?=\S)"
)
# "August 20, 2019.- The …": a date alone, closed by a full stop and a dash (c28).
DATE_ONLY_DATELINE_RE = re.compile(
    r"^(?P<date>(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?|\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?)\s+(?:19|20)\d{2})"
    r"\.\s?[-–]\s*(?=\S)"
)


def _without_date_only_dateline(line):
    """`line` without its opening date closed by ".-" ("August 20, 2019.- The …"), or None."""
    dated = DATE_ONLY_DATELINE_RE.match(line)
    if dated and find_dates(dated.group("date")):
        return line[dated.end() :]
    return None


BRACKETED_DATELINE_RE = re.compile(
    r"^\((?P<city>[A-Z][A-Za-z .'’-]{1,40}?)(?:,\s*(?P<region>[A-Z][A-Za-z .'’-]{1,40}?))?\)\s+"
    r"(?=[A-Z])"
)


# A dateline's two words of a province's name around a spaced dash, the dateline's own dash
# after them: "THỪA THIÊN – HUẾ — …" (c21).
REGION_DASH_RE = re.compile(
    r"^(?P<first>[^\W\d_]+(?: [^\W\d_]+){0,2}) [–-] (?P<second>[^\W\d_]+(?: [^\W\d_]+){0,2})"
    r"(?=\s*(?:—|--|–\s))"
)
# A dateline's economy or region in brackets or between slashes after its town, before the
# day or the dateline's dash: "GYEONGJU (South Korea), Oct 30 (Bernama) --", "DANANG
# (Vietnam) •" (c29). Read as "GYEONGJU, South Korea, …" when the gazetteer knows the region.
REGION_BRACKET_RE = re.compile(
    r"^(?P<town>[^\W\d_](?:[^\W\d_]|[.'’-]){1,30}(?: [^\W\d_](?:[^\W\d_]|[.'’-]){0,30}){0,3})"
    r"\s*\((?P<region>[A-Z][^()\n]{1,30})\)(?=\s*(?:,|•|—|–|--|-\s|:))"
)
# A wire's dateline opening a line of a copy wrapped at a fixed width, never joined to the
# line above (a headline in capitals, a source's line): a town in capitals closed by a dash
# ("MANILA - The …"), or a town, its day and the agency ("Christchurch, April 26 NZPA - …")
# (c29).
DATELINE_LINE_RE = re.compile(
    r"^\s*(?:[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}(?:,\s*[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2})?"
    r"(?:\s*\([A-Za-z .&/-]{2,30}\))?"
    rf"|[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){{0,3}},\s+{MON}\s+{DD}(?:,?\s+{YYYY})?"
    r"\s+(?:\([A-Za-z .&/-]{2,30}\)|[A-Z]{2,6}))\s*(?:—|–|--|-)\s+[A-Z]"
)
# A speaker's honorific opening a speech's title line ("MR. LAVOIE - ADDRESS TO …", c22).
HONORIFIC_START_RE = re.compile(rf"^{HONORIFIC}\.?\s", re.I)
# The top of a minister's speech notes and the line naming the occasion (c22).
ADDRESS_BY_RE = re.compile(
    r"^(?:NOTES\s+FOR\s+(?:AN?\s+)?)?(?:ADDRESS|SPEECH|REMARKS|STATEMENT)\s+BY\b"
)
ADDRESS_TITLE_RE = re.compile(
    r"\bADDRESS\s+(?:TO|AT)\b[^<>]{0,300}?\s[-–]\s+(?P<place>[A-Z][A-Z .,'’]{1,60})$"
)
OCCASION_RE = re.compile(r"^(?:TO|AT|BEFORE)\s+THE\b\s*(?P<rest>.*)$")
# The same header in mixed case, one line each (c34): "Address of Ambassador … / At The Sir
# Hermann Black Lecture / On Tuesday, 5 May 1998 / Sydney, Australia".
ADDRESS_OF_RE = re.compile(
    r"^(?:Address|Speech|Remarks|Statement|Keynote\s+(?:Address|Speech))\s+(?:of|by)\s+\S",
    re.I,
)
MIXED_OCCASION_RE = re.compile(
    r"(?:^|\s)(?:To|At|Before)\s+[Tt]he\s+(?P<rest>[A-Z][^.:;!?]{2,100})$"
)


class _Document:
    """The text split into what a news page holds: headline, fields, dateline, paragraphs."""

    def __init__(self, text, names):
        self.text = text
        self.names = names
        self.headline = None  # Sentence
        self.fields = {}  # kind -> Sentence (value only)
        self.release_lines = []  # Sentence (rest of a "Published: …" line, or a date line)
        self.unsure_release_lines = []  # "Published 07/03/2034": day and month either way
        self.dateline = None  # (city, Sentence of the date part or None, line)
        # what the page's address says of its publication day (`core.importing.address_date`)
        self.address = None
        self._dateline_strong = False  # the last dateline read is a wire's, in capitals
        self.dateline_by_byline = False  # the dateline's town is a byline's ("By … in Lima")
        self.header_day = False  # the dateline is a header line's place and day (a speech's)
        self._first_line = None  # (text, number) of the first paragraph's line
        self._captions = 0  # photo captions among the paragraphs so far
        self.paragraphs = []  # lists of Sentence
        self.headings = []  # Sentence: short lines without a full stop, between paragraphs
        self.prose = False  # a paragraph of prose read (a header's short lines are none)
        self.previous = None  # the number of the line read last
        self.header_day = False  # the dateline's date is a header's date under its place
        self.blocks = []  # (name, {kind: value}): a programme's meetings and their own labels
        self.programme = []  # (name, Sentence): each meeting of a programme and its item
        self.cover = False  # a meeting paper's cover line named the text's event
        self._row_lead = False  # the paragraph above leads a list of rows ("… are:")
        self._row_after_lead = False  # the line read last was such a row
        self.byline_group = None  # Sentence: an APEC group named before the bar line's place
        self._occasion = None  # a speech's notes: None, or the occasion's lines read so far
        self._title_place = None  # (place, line) ending a speech's title line in capitals
        self._split = Memo(_sentence_pieces)  # a text may repeat a paragraph many times
        self._body = None  # the body's sentences, kept once the text is read
        self.numeric_order = None  # "dmy", "mdy" or "" once a date step asks (dates.py)
        self._read()
        self._body = tuple(sentence for paragraph in self.paragraphs for sentence in paragraph)

    def _read(self):
        self.in_body = False
        readers = (
            self._speech_notes_line,
            self._take_time_line,
            self._take_bar_line,
            self._field_line,
            self._delivered_line,
            self._take_cover_line,
            self._take_place_line,
            self._release_line,
            self._date_line,
            self._town_agency_line,
        )
        for number, line in self._release_lines():
            if not WORD_CHARACTER_RE.search(line):
                self._text_line(line, number)  # every other reader needs a word or a date
                continue
            for read in readers:
                if read(line, number):
                    break
            else:
                self._text_line(line, number)
            self.previous = number
        self._programme()
        self._headline_unattributed()

    def _headline_unattributed(self):
        """The headline without the speaker a wire's headline credits its words to after a
        dash ("Chile To Host 2019 APEC Summit - PNG Prime Minister"): who said it is no part
        of an event's name (e2)."""
        if self.headline is None:
            return
        said = HEADLINE_SPEAKER_RE.search(self.headline.text)
        if said and said.start() > 0:
            self.headline = Sentence(self.headline.text[: said.start()], self.headline.line)

    def _release_lines(self):
        """The lines of the release, without page furniture, up to a contact block."""
        lines = []
        read = Memo(_line_reading)  # a text may repeat a line many times
        begun = False  # a line of prose read: before it, "About the Department" is a menu item
        for number, line in _content_pieces(self.text):
            furniture, over, clean = read[line]
            if furniture:
                continue
            if begun and over:
                break  # a contact block, "About …" or notes to editors: the release is over
            lines.append((number, clean))
            begun = begun or (len(clean.split()) >= PROSE_WORDS and clean.endswith(PROSE_END))
        return _unwrapped(_unglued(_stacked_rows(_datelines_joined(_labels_read(lines)))))

    def _speech_notes_line(self, line, number):
        """A minister's speech notes in capitals, "NOTES FOR AN ADDRESS BY / THE HONOURABLE … /
        TO THE APEC SME WEEK / BUSINESS FORUM LUNCHEON / OTTAWA, Ontario": the lines from "TO
        THE" (or "AT THE") to the place line name the occasion, the speech's event whatever
        its words ("TO THE BREAKFAST FOR APEC SPONSORS"), read as a "Title:" field (c22). Reads
        no line away from the other readers."""
        if self.prose:
            self._occasion_read(number)
            return False
        if not line.isupper():
            return self._mixed_speech_line(line, number)
        titled = ADDRESS_TITLE_RE.search(line)
        if titled:
            self._title_place = (titled.group("place"), number)
        if ADDRESS_BY_RE.match(line):
            self._occasion = []
        elif self._occasion is not None:
            occasion = OCCASION_RE.match(line)
            if re.search(r"\d", line) or self._place_in_parts(line, whole=True):
                self._occasion_read(number)
            elif occasion or self._occasion:
                self._occasion.append((occasion.group("rest") if occasion else line, number))
        return False

    def _mixed_speech_line(self, line, number):
        """A speech's header in mixed case (c34): under "Address of …" (or "Speech by …"), a
        short line "At The Sir Hermann Black Lecture" is the occasion, read as a "Title:"
        field when it names no event by a kind word (a lecture, a luncheon; "At the opening
        of the 4th … Meeting" is left to the names). Reads no line away from the others."""
        heading = ADDRESS_OF_RE.match(line) and len(line) <= 200
        if heading:
            self._occasion = []  # the occasion on the next line, or on this one when joined
        occasion = MIXED_OCCASION_RE.search(line) if self._occasion == [] else None
        if occasion and (heading or occasion.start() == 0):
            rest = occasion.group("rest").strip()
            if not re.search(r"\d", rest) and not KIND_WORDS_RE.search(rest):
                self._occasion.append((rest, number))
            self._occasion_read(number)
        elif not heading:
            self._occasion_read(number)
        return False

    def _occasion_read(self, number):
        """The occasion of speech notes, once its lines are over: the "Title:" field."""
        parts, self._occasion = self._occasion or [], None
        name = " ".join(part for part, _ in parts).strip(" ,")
        if not name:
            return
        self.fields.setdefault("title", Sentence(name, parts[0][1]))
        if self.dateline is None and self._title_place:
            # no place line under the notes: the town ending the title line ("… - OTTAWA,
            # ONTARIO"), as a header's place
            place, line = self._title_place
            found = self._place_in_parts(place, whole=True)
            if found:
                city, region = found
                self.dateline = (city or region, region if city else "", None, line)

    def _field_line(self, line, number):
        """ "Venue: …", "Date: …", "Organised by: …": a labelled field."""
        field_match = FIELD_RE.match(line) or BY_FIELD_RE.match(line)
        label = _clean(field_match.group("label")).lower() if field_match else ""
        if label not in FIELD_LABELS:
            return False
        if ">" in field_match.group("value"):
            return True  # "Location: HOME>>Gender in APEC>>…": a breadcrumb, no place
        text = field_match.group("value").strip()
        if FIELD_LABELS[label] == "date":
            text = DAY_GLUED_TO_MONTH_RE.sub(" ", text)  # "16-17October 2044"
        value = Sentence(text, number)
        self._block_field(FIELD_LABELS[label], value)
        self.fields.setdefault(FIELD_LABELS[label], value)
        return True

    def _delivered_line(self, line, number):
        """ "[Delivered at Makati Shangri-la on December 8, 2041]" under a speech's heading:
        its place and day, as the labelled fields "Venue:" (a known town: "City:") and
        "Date:"."""
        match = DELIVERED_RE.match(line) if "elivered" in line[:20] else None
        if not match or not find_dates(match.group("date")):
            return False
        place = match.group("place").strip()
        self.fields.setdefault(
            "city" if self.names.city(place) else "venue", Sentence(place, number)
        )
        self.fields.setdefault("date", Sentence(match.group("date"), number))
        return True

    def _block_field(self, kind, value):
        """A programme's meeting: its name on a line of its own right above its own "Date:"
        label, then its "Location:" or "Venue:" right under it."""
        if kind not in ("date", "venue", "city"):
            return
        heading = self.headings[-1] if self.headings else None
        if kind == "date" and heading is not None and heading.line == self.previous:
            self.blocks.append((heading, {"date": value}))
        elif self.blocks and self.previous in {s.line for s in self.blocks[-1][1].values()}:
            self.blocks[-1][1].setdefault(kind, value)

    def _town_in(self, place):
        """The known town a place label names as one of its parts ("Singapore", "Raffles
        City Convention Centre, Singapore"), or None."""
        towns = [part.strip() for part in place.split(",") if self.names.city(part.strip())]
        return towns[-1] if towns else None

    def _programme(self):
        """A page listing two or more meetings, each a name over its own "Date:" and
        "Location:" labels (a summit week's agenda): each meeting is read as the list item
        it stands for, "<name> – <date>, at <place>", and the labels are no longer the
        page's own fields. When the programme's labels name one town only, a meeting whose
        place is a venue alone ("Suntec Convention Centre") is in that town."""
        if len(self.blocks) < 2:
            return
        for kind in ("date", "venue", "city"):
            self.fields.pop(kind, None)
        names = {id(heading) for heading, _ in self.blocks}
        self.headings = [heading for heading in self.headings if id(heading) not in names]
        places = [labels.get("venue") or labels.get("city") for _, labels in self.blocks]
        towns = {self._town_in(place.text) for place in places if place} - {None}
        for (heading, labels), place in zip(self.blocks, places, strict=True):
            item = f"{heading.text} – {labels['date'].text}"
            item += f", at {place.text}" if place else ""
            if len(towns) == 1 and (place is None or self._town_in(place.text) is None):
                item += f", {next(iter(towns))}"  # the one town the programme's places name
            sentences = _sentences(item, heading.line, len(self.paragraphs), self._split)
            self.programme.append((heading.text, sentences[0]))
            self.paragraphs.append(sentences)
        self.in_body = True

    def _release_line(self, line, number):
        """ "Published: 3 March 2021" and the like; "date 2021-10-09 <first line>"."""
        label = DATE_LABEL_RE.match(line) if not self.in_body else None
        if label and _release_dates(label.group("date")):
            self.release_lines.append(Sentence(label.group("date"), number))
            if label.group("more"):
                self._text_line(label.group("more"), number)
            return True
        stamp = STAMP_LINE_RE.match(line) if not self.in_body else None
        if stamp and _release_dates(stamp.group("date")):
            self.release_lines.append(Sentence(stamp.group("date"), number))
            return True
        # "(Xinhua) Updated: 2014-09-30 19:34": the source's name before the label
        release = RELEASE_RE.match(SOURCE_BEFORE_RE.sub("", line, count=1))
        short_line = not self.in_body or len(line) <= 80
        if short_line and release and NUMERIC_DATE_RE.search(release.group("rest")):
            self.unsure_release_lines.append(Sentence(release.group("rest"), number))
        if not (short_line and release and _release_dates(release.group("rest"))):
            return self._credit_line(line, number)
        self.release_lines.append(Sentence(release.group("rest"), number))
        return True

    def _credit_line(self, line, number):
        """ "(Xinhua News Agency 08/26/2001)" above or under the body: the source's credit and
        the day it published the text, whose year a day without one ("August 27-30") takes."""
        if not self.paragraphs and (BYLINE_RE.match(line) or SOURCE_ONLY_RE.match(line)):
            return True  # a byline or the source alone: who wrote it, no paragraph
        if not self.paragraphs and self._byline_town(line, number):
            return True
        dated = DATED_BYLINE_RE.match(line) if not self.paragraphs else None
        if dated and _release_dates(dated.group("date")):
            self.release_lines.append(Sentence(dated.group("date"), number))
            return True
        credit = CREDIT_LINE_RE.match(line) if len(line) <= 80 else None
        if not credit or not (line.startswith("(") or ")" in line):
            return False
        dates = _release_dates(credit.group("date"))
        if not dates or dates[0][1] != credit.group("date").strip(" ,."):
            return False
        self.release_lines.append(Sentence(dates[0][1], number))
        return True

    def _byline_town(self, line, number):
        """ "By the BBC's Adam Brookes in Shanghai", "By Ana Ruiz, reporting from Lima": a
        byline written in a town the gazetteer knows is a dateline without a day (weaker than
        a wire's: its town is read with low confidence) when the page has no dateline; whether
        the line is such a byline (c29)."""
        match = BYLINE_PLACE_RE.match(line)
        if not match or not self.names.city(match.group("town")):
            return False
        if self.dateline is None:
            town = _city_spelling(match.group("town"), self.names)
            self.dateline = (town, "", None, number)
            self.dateline_by_byline = True
        return True

    def _town_agency_line(self, line, number):
        """ "Honolulu - Xinhua" alone on its line above the body: a dateline without a day (no
        headline), when the town is one the gazetteer knows and the name after the dash no
        economy or region ("Lima - Peru" may be a page's title); whether it is one (c29)."""
        first = self.dateline is None and not self.paragraphs
        match = TOWN_AGENCY_LINE_RE.match(line) if first else None
        if not match or not self.names.city(match.group("town")):
            return False
        agency = match.group("agency")
        if self.names.economy(agency) or self.names.region(agency):
            return False  # (an agency may share a town's name: "Xinhua")
        self.dateline = (_city_spelling(match.group("town"), self.names), "", None, number)
        return True

    def _date_line(self, line, number):
        """A line holding only a date: the release's date, before the body or after it
        ("25 September 2015" under the last paragraph, "2022/09/10" under the first)."""
        if self._date_under_place_line(line, number):
            return True
        if self.in_body and self.release_lines:
            return False
        # "10/30/2025 | Press release | Distributed by …": a distributor's header, its date
        # first; only the part before the first bar is read.
        line = line.partition("|")[0].rstrip() if not self.paragraphs else line
        if len(line) > 60 or not DATE_ONLY_RE.match(line):
            return False
        dates = _release_dates(line)
        if not dates:
            return self._unsure_date_line(line, number)
        rest = line.replace(dates[0][1], "")
        # "Thursday, August 30, 2001, updated at 22:47(GMT+8)": a news site's date line
        rest = re.sub(r"(?i)\bupdated(?:\s+at)?\b|\(GMT[+-]\d{1,2}\)", "", rest)
        if re.search(r"[A-Za-z]{4,}", re.sub(r"(?i)\b\w+day\b|\bam\b|\bpm\b", "", rest)):
            return False
        self.release_lines.append(Sentence(line, number))
        return True

    def _unsure_date_line(self, line, number):
        """A site's date line whose day and month could be either ("Tue, 11/09/2010 - 22:42",
        above the body): kept to be read in the order the dateline's day gives ("YOKOHAMA,
        Nov. 9 Kyodo -", `_numeric_release_by_dateline`); whether it was one."""
        numeric = NUMERIC_DATE_RE.search(line)
        if self.paragraphs or not (numeric and numeric.group("a")):
            return False
        if re.search(r"[A-Za-z]{4,}", re.sub(r"(?i)\b\w+day\b|\bam\b|\bpm\b", "", line)):
            return False
        self.unsure_release_lines.append(Sentence(line, number))
        return True

    def _date_under_place_line(self, line, number):
        """A date alone right under a header place line without one ("Auckland, New Zealand"
        over "September 9, 1999", a speech's or a meeting paper's header) is the dateline's
        date: the day of the speech or the meeting, before the day a page published it
        ("Published: Fri 10 Sep 1999", see _context)."""
        dateline = self.dateline
        if not dateline or dateline[2] is not None or dateline[3] != self.previous:
            return False
        if len(line) > 60 or not DATE_ONLY_RE.match(line) or not find_dates(line):
            return False
        self.dateline = (*dateline[:2], Sentence(line, number), dateline[3])
        self.header_day = True
        return True

    def _text_line(self, line, number):
        """A bullet item, the headline, a subheading or a paragraph."""
        bullet = BULLET_RE.match(line)
        if bullet and (self.in_body or self.headline is not None):
            # "• APEC Workshop on … – 14 August 2025, Busan": each item is prose of its
            # own (a heading would hide the event it names).
            self.in_body = True
            self.paragraphs.append(
                _sentences(line[bullet.end() :], number, len(self.paragraphs), self._split)
            )
            return
        short = self._short_line(line)
        if self._section_line_above(line):
            self.headline = Sentence(line, number)  # the headline under a site's section line
            return
        if self.headline is None and not self.in_body and short:
            self.headline = Sentence(line, number)
            return
        if self._under_section_line(line, short):
            self.headline = Sentence(line, number)  # "APEC Summit" above it was the section
            return
        if self.in_body and self._listed_row(line, number):
            return  # "Tourism Ministers  Apr 14-16  Langkawi" under "Key Ministerial Meetings are:"
        if _is_heading(line) and (self.in_body or self.headline is not None):
            if self.in_body and _dated_item(line):
                # "APEC SME Working Group Meeting 2–3 September": a table's row naming a
                # meeting and its days is a list item, prose of its own (e123)
                self.paragraphs.append([Sentence(line, number, len(self.paragraphs))])
                return
            self.headings.append(Sentence(line, number))
            return  # a subheading inside the release
        line = self._opening_dateline_taken(line, number)
        self.in_body = True
        self.prose = self.prose or _prose(line)
        self.paragraphs.append(_sentences(line, number, len(self.paragraphs), self._split))

    def _opening_dateline_taken(self, line, number):
        """`line` without the dateline opening it when it is the first paragraph, or the
        one after a deck. A photo's caption ("… (Photo: VNA)") is no paragraph there: the
        dateline may open the line under it (e2)."""
        if CAPTION_RE.match(line):
            self._captions += 1
            if not self.paragraphs:
                self._first_line = (line, number)
            return line
        if not self.paragraphs:
            self._first_line = (line, number)
        if len(self.paragraphs) == self._captions:
            return self._take_dateline(line, number)
        if len(self.paragraphs) == self._captions + 1 and self.dateline is None:
            return self._dated_dateline_after_deck(line, number)
        return line

    def _listed_row(self, line, number):
        """A row of a list its lead line introduces by a plural kind ("Key Ministerial
        Meetings are:", "High-level Dialogues (…) are:"): a name, its days, perhaps a place
        ("Food Security  Aug 8-9  Penang"). The name before the days is the meeting's, kind
        word or not; the row is a list item of its own (c17)."""
        last = self.paragraphs[-1] if self.paragraphs else None
        if last and LIST_LEAD_RE.search(last[-1].text):
            self._row_lead = True
        elif not self._row_after_lead:
            self._row_lead = False
        self._row_after_lead = False
        if len(line) > 120:
            return False
        # a calendar's rows one under another ("APEC Symposium December 12th, 2018 Santiago"
        # over "SMEs Week: High-Level Dialogue … and Ministerial Meeting September 2nd-6th,
        # 2019 Concepción"): a row under a row is named by its words before its days
        calendar = last is not None and len(last) == 1 and _calendar_row(last[0].text)
        name = _row_name(line) if self._row_lead else None
        name = name or (_row_name(line, loose=True) if calendar else None)
        if name is None:
            return False
        sentence = Sentence(line, number, len(self.paragraphs))
        self.programme.append((name, sentence))
        self.paragraphs.append([sentence])
        self._row_after_lead = True
        return True

    def _short_line(self, line):
        """Whether `line` may be a heading: short, without a final full stop; before the
        headline and the body, a first line without a sentence's end however long ("Canada –
        Minister Ng reports on APEC trade ministers meeting and highlights …", i28l9)."""
        if _is_heading(line) or (len(line.split()) <= 20 and not line.endswith(".")):
            return True
        return (
            self.headline is None
            and not self.in_body
            and len(line.split()) <= HEADLINE_WORDS
            and not line.rstrip().endswith(SENTENCE_END)
        )

    def _section_line_above(self, line):
        """Whether the headline read so far is a site's section line ("In Second Senior
        Officials' Meeting": "In" and a name, no verb) and `line`, a heading right under it,
        the page's own headline; the section names where the page is filed, not its event."""
        headline = self.headline
        return (
            headline is not None
            and not self.in_body
            and not self.headings
            and _is_heading(line)
            and SECTION_LINE_RE.match(headline.text) is not None
        )

    def _under_section_line(self, line, short):
        """Whether `line` is the headline under a site's section line ("APEC Summit", "APEC
        Forums": "APEC" and a kind word alone, right above a headline of some words)."""
        headline = self.headline
        if headline is None or self.in_body or self.headings or not short:
            return False
        return bool(SECTION_NAME_RE.match(headline.text)) and len(line.split()) >= 4

    def _take_time_line(self, line, number):
        """ "14:26 | Lima, Nov. 19." (a news agency's time, place and day) as the dateline;
        "08:42 | 25/09/2017 Business" (time, date and section) as the release's date."""
        match = TIME_BAR_RE.match(line)
        if not match:
            return False  # (a photo caption may come before it: no "before the body" test)
        rest = match.group("rest").strip(" .")
        dates = _release_dates(rest)
        if dates:
            self.release_lines.append(Sentence(dates[0][1], number))
            return True
        place, comma, when = rest.partition(",")
        # "Arequipa (Arequipa region), Feb. 21.": the region in brackets after the town
        place = BRACKETED_AFTER_RE.sub("", place)
        if not comma or self.dateline or not self.names.city(place.strip()):
            return False
        self.dateline = (
            _city_spelling(place, self.names),
            "",
            Sentence(when.strip(), number),
            number,
        )
        return True

    def _take_bar_line(self, line, number):
        """Read "Arequipa, Peru | 14 May 2024" (a news page's place and date) as the dateline;
        "Remarks by …, APEC Secretariat Taipei, Chinese Taipei | 7 March 2005" too (the place
        is the known city and economy at the end of the part before the bar)."""
        place, bar, when = line.partition("|")
        if not bar or self.dateline or len(line) > 240:
            return False
        if self.paragraphs and not self._long_title_above():
            return False
        if not _release_dates(when):
            return False
        found = self._place_in_parts(place)
        if found is None:
            return False
        if self.paragraphs:
            # "Remarks by …, Chair of … At the Conclusion of the 17th SMEWG Meeting" over the
            # bar line: a title too long for a heading, read as the headline.
            self.paragraphs.pop()
            self.headline = Sentence(*self._first_line)
            self.in_body = False
        if SECRETARIAT_SEAT_RE.match(place.strip()):
            # "APEC Secretariat Singapore | 8 February 2001": who wrote it, and when
            self.release_lines.append(Sentence(when.strip(), number))
            return True
        self.dateline = (*found, Sentence(when.strip(), number), number)
        before = place[: place.rfind(found[0])].strip(" ,") if found[0] else ""
        if before and not self.paragraphs and _kind_word(before):
            # "Second APEC Senior Officials' Meeting Arequipa, Peru | 15 May 2016": the
            # meeting the page is about, named before its place.
            self.headings.append(Sentence(before, number))
        elif before and not self.paragraphs and BYLINE_GROUP_RE.fullmatch(before):
            self.byline_group = Sentence(before, number)  # the group that issued it (c14)
        return True

    def _long_title_above(self):
        """Whether the one paragraph read so far is a title too long for a heading: the first
        line, with no dateline and no full stop ("Remarks by Mr. …, Chair of the … Working
        Group At the Conclusion of the 17th SMEWG Meeting"), right above a bar line."""
        first = self._first_line
        return (
            self.headline is None
            and len(self.paragraphs) == 1
            and first is not None
            and self.dateline is None
            and not first[0].endswith(SENTENCE_END)
            and len(first[0].split()) <= LONG_TITLE_WORDS
        )

    def _take_place_line(self, line, number):
        """A header line naming only a place, "Vancouver, Canada" or "Seattle, Washington",
        or a place and a date, "Hobart, Tasmania, Australia, 08 March 2007": a meeting
        paper's or a speech's place (and date), read as a dateline. "Viña del Mar, May 11,
        2019.-" (a dateline closed by ".-" on a line of its own) is one too."""
        line = line[:-2].rstrip() if line.endswith((".-", ".–")) else line
        if self._no_place_line(line):
            return False
        parts = [part.strip() for part in line.split(",") if part.strip()]
        when = None
        dates = find_dates(line)
        if dates and line.endswith(dates[-1].written):
            when = Sentence(dates[-1].written, number)
            parts = [
                part.strip() for part in line[: -len(dates[-1].written)].split(",") if part.strip()
            ]
            if parts and _release_dates(parts[-1]):  # "August 21, 2023": "August 21" is left
                return False
        if len(parts) < 2 and not when:
            return False  # one word alone ("Singapore") is a heading, not a place line
        if any(len(part.split()) > 5 for part in parts):
            return False
        found = self._place_in_parts(", ".join(parts), whole=True)
        if found is None:
            return False
        self.dateline = (*found, when, number)
        self.header_day = when is not None
        return True

    def _no_place_line(self, line):
        """Whether `line` cannot be a header place line: prose read already, a dateline
        taken, a sentence, a label, a bar line or an agency in brackets, or a calendar's row
        ("SOM1 Feb 3-22 Putrajaya, Malaysia", c17)."""
        if self.prose or self.dateline or len(line) > 100 or line.endswith(SENTENCE_END):
            return True
        return bool(re.search(r"[:|()]", line)) or _acronym_row(line)

    def _take_cover_line(self, line, number):
        """A meeting paper's cover line, the meeting's name and then its place: "Concluding
        Senior Officials' Meeting Port Moresby, Papua New Guinea", also glued as a PDF's text
        layer writes it ("… MeetingPort Moresby, …", "16th Chemical DialogueLima, Peru") or
        with the economy alone ("29th … Working Group Meeting Chinese Taipei"). Before any
        prose, the place is read as the dateline and the name as the text's event."""
        if self.prose or self.dateline or len(line) > 160:
            return False
        match = COVER_LINE_RE.match(line)
        if not match:
            return False
        found = self._place_in_parts(match.group("place"), whole=True)
        if found is None or not _kind_word(match.group("name")):
            return False
        city, region = found
        # "… Meeting Chinese Taipei": the economy alone is the place (no town)
        self.dateline = (city or region, region if city else "", None, number)
        # the meeting the paper was written for is the text's event, as a "Title:" field
        # is (the paper's own title, "… Post-Workshop Report", above it is not)
        self.fields.setdefault("title", Sentence(match.group("name").strip(), number))
        self.cover = True
        return True

    def _place_in_parts(self, place, whole=False):
        """(city, region) of "Lima, Peru", "Hobart, Tasmania, Australia" or "… Secretariat
        Daegu, Republic of Korea", or None when no known place ends the text. With `whole`,
        every part must be the place (no words before the city)."""
        parts = [part.strip() for part in place.split(",") if part.strip()]
        regions = []
        while len(parts) > 1 and (self.names.economy(parts[-1]) or self.names.region(parts[-1])):
            regions.insert(0, parts.pop())
        if not parts or (whole and len(parts) > 1):
            return None
        words = parts[-1].split()
        if whole and self._office_initials(parts[-1], regions):
            return regions[-1], ""  # "MITI, Japan": an office's initials, its economy (c8)
        sizes = [len(words)] if whole else range(min(4, len(words)), 0, -1)
        for size in sizes:
            candidate = " ".join(words[-size:])
            if self.names.economy(candidate) and not self.names.city(candidate):
                return ("", candidate) if len(parts) == 1 and (whole or not regions) else None
            if self._known_city(candidate, regions, whole):
                return _city_spelling(candidate, self.names), regions[-1] if regions else ""
        return None

    def _office_initials(self, place, regions):
        """Whether `place`, written over an economy's name, is an office's initials (a short
        run of capitals no town has): "MITI, Japan" is a ministry's place line (c8)."""
        return bool(regions) and _initials(place) and not self.names.city(place)

    def _known_city(self, candidate, regions, whole):
        """Whether `candidate` is a city; a whole place line may name a small town by its
        region ("Big Sky, Montana"), words before a place may not."""
        if not whole:
            return bool(self.names.city(candidate))
        with_region = f"{candidate}, {regions[0]}" if regions else candidate
        return bool(self.names.city(with_region)) and bool(regions or self.names.city(candidate))

    def _dated_dateline_after_deck(self, line, number):
        """A dateline with its date opening the paragraph after a deck (the standfirst under
        the headline): "Puerto Varas, August 30, 2019. With a focus on …", "August 20,
        2019.- The …"."""
        rest = _without_date_only_dateline(line)
        if rest is not None:
            return rest
        self._dateline_strong = False
        rest = self._city_first_dateline(line, number)
        if self.dateline is not None and self.dateline[2] is None and not self._dateline_strong:
            # a town alone there may be the sentence's own subject; a wire's dateline in
            # capitals with its region or agency under a photo caption ("SANTIAGO, Chile --
            # Pacific Rim leaders …") is the dateline (c29)
            self.dateline = None
            return line
        return rest

    def _take_dateline(self, line, number):
        """Take the dateline off the first paragraph: "LIMA, Peru, 5 May 2021 (Agency) —",
        "13 September 2017, Ho Chi Minh City, Viet Nam –", "(ILOILO CITY, Iloilo)"; a date
        alone closed by ".-" ("August 20, 2019.- The …", a Chilean ministry's release) is the
        release's dateline without a town: it is taken off and gives no place (c28)."""
        rest = _without_date_only_dateline(line)
        if rest is not None:
            return rest
        for reader in (self._date_first_dateline, self._bracketed_dateline):
            rest = reader(line, number)
            if rest is not None:
                return rest
        return self._city_first_dateline(line, number)

    def _date_first_dateline(self, line, number):
        match = DATE_FIRST_DATELINE_RE.match(line)
        if not match or not find_dates(match.group("date")):
            return None
        return self._dateline_of(match, line, number)

    def _bracketed_dateline(self, line, number):
        match = BRACKETED_DATELINE_RE.match(line)
        if not match:
            return None
        return self._dateline_of(match, line, number)

    def _dateline_of(self, match, line, number):
        city = match.group("city").strip()
        region = (match.group("region") or "").strip()
        if not (
            self.names.city(f"{city}, {region}" if region else city) or self.names.economy(region)
        ):
            return None
        date = match.groupdict().get("date")
        self.dateline = (
            _city_spelling(city, self.names),
            region,
            Sentence(date, number) if date else None,
            number,
        )
        return line[match.end() :]

    def _city_first_dateline(self, line, number):
        line = self._region_bracket_joined(self._region_dash_joined(line))
        match = re.match(
            # the first letter may bear an accent: "ĐÀ NẴNG —" (c21)
            rf"^(?P<city>[^\W\d_](?:[^\W\d_]|[ .'’-]){{1,40}}?)(?:,\s*(?:the\s+)?(?P<region>[A-Z](?:[^\W\d_]|[ .'’-]){{1,40}}?))?"
            rf"(?:[,.]?\s+\(?(?P<date>(?:{MON}\s+{DD}(?:\s*[-–]\s*{DD})?|{DD}(?:\s*[-–]\s*{DD})?\s+{MON})"
            rf"(?:,?\s+{YYYY})?)\)?)?\s*"
            # the agency in brackets, or between slashes ("MOSCOW, August 3 /TASS/. …", "OTTAWA
            # /CNW/ - …"), after a comma too ("NUSA DUA, Indonesia, (PNA/Kyodo) —") (c3)
            r"(?:,?\s*\((?P<agency>[A-Za-z .&/-]{2,30})\)|\s*/(?P<slash>[A-Z][A-Za-z .-]{1,12})/"
            # after the day, the agency's name alone: "YOKOHAMA, Nov. 9 Kyodo - …" (c4)
            # or its initials ("Christchurch, April 26 NZPA - …", c29)
            r"|(?(date)\s+[A-Z](?:[a-z]{2,15}|[A-Z]{1,5})(?=\s*(?:—|–|--|-)\s)|(?!)))?\s*"
            # (a hyphen between two letters joins a name: "THỪA THIÊN-HUẾ —"); a bullet
            # ("DANANG (Vietnam) • …"); a dash the page's encoding turned into a question mark,
            # glued to the next word ("SHANGHAI, China?Pacific Rim ministers …") (c29)
            r"(?:(?:—|–|--|-(?![^\W\d_])|:|•|(?<=/)\.)\s*(?=\S)|(?<=[^\W\d_])\?(?=[A-Z])"
            # "Puerto Varas, August 30, 2019. With a focus on …": a full stop after the year
            # (and "Viña del Mar, May 16, 2019.- APEC's …")
            r"|(?<=\d{4})\.(?:\s+(?=[A-Z])|-\s*(?=\S)))",
            line,
        )
        if not match:
            return line
        city = match.group("city").strip()
        if not city[:1].isupper():
            return line
        upper = city.replace(" ", "").replace(".", "").isupper()
        known = self.names.city(city) or self.names.economy(city)
        if not (upper or known) or len(city.split()) > 4:
            return line
        bare = not (known or match.group("region") or match.group("date"))
        if bare and _no_bare_dateline(city, match, line):
            return line
        date = Sentence(match.group("date"), number) if match.group("date") else None
        self.dateline = (
            _city_spelling(city, self.names),
            match.group("region") or "",
            date,
            number,
        )
        # a wire's dateline: the town in capitals with its region or its agency (c29)
        # or a town in any case with its agency in brackets or between slashes ("Bangkok
        # (NNT/VNA) - …"): no sentence's subject is written so (e2)
        self._dateline_strong = bool(match.group("agency") or match.group("slash")) or (
            upper and bool(match.group("region"))
        )
        return line[match.end() :]

    def _region_bracket_joined(self, line):
        """`line` with a dateline's economy or region in brackets after its town written after
        a comma ("GYEONGJU (South Korea), Oct 30 …" -> "GYEONGJU, South Korea, Oct 30 …") when
        the gazetteer knows it; an agency in brackets ("SINGAPORE (Reuters) -") stays (c29)."""
        match = REGION_BRACKET_RE.match(line)
        if not match:
            return line
        region = match.group("region").strip()
        if not (self.names.economy(region) or self.names.region(region)):
            return line
        return f"{match.group('town')}, {region}{line[match.end() :]}"

    def _region_dash_joined(self, line):
        """`line` with a province's name written with a spaced dash joined ("THỪA THIÊN – HUẾ
        — The …" -> "THỪA THIÊN-HUẾ — The …") when the joined name is a region the gazetteer
        knows; else `line` as it is (c21)."""
        match = REGION_DASH_RE.match(line)
        if match and self.names.region(f"{match.group('first')}-{match.group('second')}"):
            return f"{match.group('first')}-{match.group('second')}{line[match.end() :]}"
        return line

    @property
    def body(self):
        """Every sentence of the paragraphs, in reading order (a new list each time)."""
        if self._body is not None:  # the paragraphs no longer change once the text is read
            return list(self._body)
        return [sentence for paragraph in self.paragraphs for sentence in paragraph]


# A labelled date whose day is glued to its month's name: "Date: 16-17October 2044".
DAY_GLUED_TO_MONTH_RE = re.compile(rf"(?<=\d)(?={MONTH_FULL}\b)", re.I)
GLUED_DATE_RE = re.compile(rf"\b(?P<m>{MON})\s*(?P<d>0[1-9]|[12]\d|3[01])(?P<y>(?:19|20)\d{{2}})\b")


def _no_bare_dateline(city, match, line):
    """Whether a town the gazetteer does not know, written without region or day before a
    dash, is no dateline: the text after it opens in lower case, it is an agency's initials
    ("PANO - …"), a speaker ("MS. OKAFOR - ADDRESS TO …", c22) or a label or an organiser
    ("CNCPEC: Virtual Symposium …")."""
    if not line[match.end() :][:1].isupper():
        return True
    if " " not in city and len(city) <= 5:
        return True
    return bool(HONORIFIC_START_RE.match(city)) or match.group(0).rstrip().endswith(":")


def _initials(word):
    """Whether `word` is a short run of capitals that may be an office's initials ("MITI")."""
    return word.isalpha() and word.isupper() and len(word) <= 5


def _dated_item(line):
    """Whether a short line names an event and a day of it: "48th APEC SME Ministerial
    Meeting 5–6 September", "17-18 November: APEC Ministerial Meeting", or a calendar's row
    led by a meeting's acronym ("SOM2      Apr 8-19      Kota Kinabalu", c17)."""
    if _acronym_row(line):
        return True
    if not KIND_WORDS_RE.search(line):
        return False
    return bool(find_dates(line)) or any(pattern.search(line) for pattern in PARTIAL_DATES)


# A list's lead line naming the kind of its rows: "Key Ministerial Meetings are:", "High-level
# Dialogues (intended to …) are:", "The meetings of the year include:" (c17).
LIST_LEAD_RE = re.compile(
    r"\b(?:[Mm]eetings|[Dd]ialogues|[Ff]orums|[Ww]orkshops|[Ss]eminars|[Cc]onferences)\b"
    r"[^:]{0,120}\b(?:are|include)(?:\s+as\s+follows)?\s*:$"
)
# A row's name before its days: capitalised words ("Structural Reform Ministers", "Health and
# the Economy", "SME Week").
ROW_NAME_RE = re.compile(r"[A-Z][\w’'&/-]*(?:\s+(?:[A-Z][\w’'&/-]*|and|the|of|for|on|in)){0,7}")


# A calendar row's days not fixed yet: "Women in the Economy Forum (WEF) TBC TBC" (c17).
UNDECIDED_DAYS_RE = re.compile(r"\b(?:TBC|TBA|TBD)\b|\(?\bto be (?:confirmed|advised|announced)\b")


def _row_name(line, loose=False):
    """The name of a list's row, the words before its days, or None when the row is not a
    name and then days. Loose: any words opening with a capital and holding a kind word
    ("SMEs Week: High-Level Dialogue in digital and innovation and Ministerial Meeting")."""
    starts = [m.start() for pattern in PARTIAL_DATES for m in pattern.finditer(line)]
    starts += [line.find(span.written) for span in find_dates(line)]
    starts += [m.start() for m in UNDECIDED_DAYS_RE.finditer(line)] if loose else []
    starts = [start for start in starts if start > 0]
    if not starts:
        return None
    name = line[: min(starts)].strip(" –-:,")
    if loose:
        # the name ends in its kind word (a gloss after it aside); a sentence's subject
        # ("The second … Meeting took place in …") is prose, no row
        bare = re.sub(r"\s*\([A-Z]{2,8}\)$", "", name)
        words = bare.split()
        fits = 0 < len(words) <= 16 and bare[:1].isupper() and words[0] not in ("The", "A", "An")
        return name if fits and KIND_WORDS_RE.fullmatch(words[-1]) else None
    return name if name and ROW_NAME_RE.fullmatch(name) else None


def _calendar_row(text):
    """Whether a paragraph is one calendar row: a short line naming an event and its days,
    no sentence ("Ministerial Meeting on Fisheries (Ocean Week) August 10th-14th, 2049 …")."""
    return len(text.split()) <= 20 and not text.endswith(SENTENCE_END) and _dated_item(text)


# A calendar's row: a meeting's acronym, then its days ("SOM1  Feb 3-22  Putrajaya, Malaysia",
# "CSOM Nov 6-7 Kuala Lumpur"), a host year's table copied with its columns.
ROW_ACRONYM_RE = re.compile(r"[A-Z][A-Z0-9]{2,7}\s+")


def _acronym_row(line):
    """Whether `line` is a calendar's row led by an acronym and the days right after it."""
    match = ROW_ACRONYM_RE.match(line)
    if match is None or len(line) > 100:
        return False
    return any(pattern.match(line, match.end()) for pattern in PARTIAL_DATES)


def _release_dates(text):
    """[(date, written)] of a release's date line: written dates, ISO dates, 30/05/2022.

    A numeric date whose day and month could be either (05/06/2022) is not read.
    """
    found = [(span.start, span.written) for span in find_dates(text)]
    if found:
        return found
    for match in GLUED_DATE_RE.finditer(text):
        # "Feb 052015": a site's date line with the year glued to a two-digit day.
        date = _day(int(match.group("d")), match.group("m"), int(match.group("y")))
        if date:
            found.append((date, match.group(0)))
    for match in NUMERIC_DATE_RE.finditer(text):
        if match.group("y1"):
            parts = [(int(match.group("y1")), int(match.group("m1")), int(match.group("d1")))]
        else:
            a, b, year = int(match.group("a")), int(match.group("b")), int(match.group("y2"))
            parts = [(year, b, a)] if a > 12 else [(year, a, b)] if b > 12 else []
        for year, month, day in parts:
            try:
                found.append((datetime.date(year, month, day), match.group(0)))
            except ValueError:
                continue
    return found


def _city_spelling(city, names):
    """ "TAIPEI" -> "Taipei", "HO CHI MINH CITY" -> "Ho Chi Minh City"."""
    city = _clean(city).strip(" ,")
    if city.replace(" ", "").replace(".", "").isupper() and len(city) > 3:
        city = " ".join(word.capitalize() for word in city.split())
    return city
