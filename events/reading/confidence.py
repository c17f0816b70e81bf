"""How sure a text is a news release or event page (event_document_score)."""

import re

from core.importing import (
    ImportRefused,
    find_dates,
)
from events.reading.chrome import (
    MONTH_PHRASE_RE,
    PARTIAL_DATES,
)
from events.reading.document import (
    _kind_of,
)
from events.reading.reader import (
    event_document_read,
)
from events.reading.words import (
    KIND_WORDS,
    MINISTERS_MET_RE,
    QUOTED_RE,
)

STATEMENT_LIKE_RE = re.compile(  # a statement's numbered paragraphs and labels, not news
    r"^\s*(?:\(\d{1,2}\)|\d{1,2}[.)])?\s*(?:We,?\s+(?:the\s+)?(?:APEC\s+)?Ministers\b|We\s+[a-z]+"
    r"|(?:The\s+)?"
    r"Ministers?\s+(?:\w+\s+){0,3}?(?:welcomed|noted|agreed|recognised|recognized|endorsed"
    r"|reaffirmed|encouraged|acknowledged|instructed|called|looked))"
    r"|^\s*(?:Joint\s+)?(?:Ministerial\s+)?Statement(?:\s+of\s+the\s+Chair)?\s*$"
    r"|^\s*Chair['’]?s\s+Statement\s*$",
    re.I | re.M,
)
SCORE_FIELDS_RE = re.compile(r"^(?:event|event\s+name|venue|where|when|location)\s*:", re.I | re.M)
NEWS_WORDS_RE = re.compile(
    r"\b(?:press\s+release|news\s+release|media\s+release|latest\s+news|for\s+further\s+details"
    r"|please\s+contact|media\s+contact|kicked\s+off|opening\s+remarks|took\s+place|was\s+held"
    r"|will\s+be\s+held|co-?hosted|participants|attended|delegates|registration|venue\s*:)",
    re.I,
)


def event_document_score(text):
    """0 when `text` does not read like a news release or event page; higher the surer.

    It looks at the first 20,000 characters only; a bug in the reader raises (no blanket
    except hides it). Event words and dates
    alone are no evidence (a price list has both): the reader must find an event's name
    and a date for it there, as it must to import the text.
    """
    sample = str(text)[:20_000]
    kinds = len(re.findall(r"\b(?:" + "|".join(KIND_WORDS) + r")s?\b", sample, re.I))
    kinds += len(SCORE_FIELDS_RE.findall(sample)) + len(MINISTERS_MET_RE.findall(sample))
    if not kinds:
        # "Officials of the APEC … Working Group met in Iloilo on October 3-4": no kind word,
        # yet an APEC gathering the reader reads from who met; only such a text is read here
        # (the reader loads the economies: a text of another kind costs no query)
        if "APEC" in sample and GATHERED_RE.search(sample):
            return _dateless_score(sample)
        return 0
    dates = len(find_dates(sample)) + sum(len(p.findall(sample)) for p in PARTIAL_DATES[2:])
    dates += len(MONTH_PHRASE_RE.findall(sample))
    if not dates:
        return _dateless_score(sample)
    score = min(kinds, 5) + min(dates, 3)
    score += 3 * min(len(NEWS_WORDS_RE.findall(sample)), 4)
    score += 3 * sum(1 for q in QUOTED_RE.finditer(sample) if _kind_of(q.group(1)))
    if re.search(r"^[A-Z][A-Z .'’-]{2,30}(?:,[^\n—–]{0,40})?\s*(?:—|–|--)", sample, re.M):
        score += 3
    score -= 4 * len(STATEMENT_LIKE_RE.findall(sample))
    if score <= 0:
        return 0
    try:
        event_document_read(sample)
    except ImportRefused:
        return 0
    return score


# A verb of gathering and where or when: who met, without a kind word for what they held
# ("met in Iloilo"; not "the rules exporters meet").
GATHERED_RE = re.compile(
    r"\b(?:met|meets?|gather(?:ed|s)?|convene[ds]?)\s+(?:here|in|at|on|virtually|online)\b", re.I
)


def _dateless_score(sample):
    """1 for a text the reader reads as an APEC event although it gives no date or no kind
    word (read with warnings), else 0: event words alone are no evidence."""
    try:
        records = event_document_read(sample).records
    except ImportRefused:
        return 0
    return 1 if any("APEC" in str(record.value("title")) for record in records) else 0
