"""An event's dates."""

import datetime
import re

from core.importing import (
    Memo,
    find_dates,
    find_dates_in_year,
)
from events.reading.chrome import (
    ANOTHER_EVENT_RE,
    BARE_DAYS_RES,
    CLOSING_RE,
    EVENT_DATE_RE,
    KIND_WORD_RE,
    LATER_STEP_RE,
    MONTH_FULL,
    MONTH_NAMES,
    MONTH_NUMBERS,
    MONTH_PHRASE_RE,
    NUMERIC_DATE_RE,
    PARTIAL_DATES,
    PUBLICATION_RE,
    RANGE_JOIN_RE,
    RECALLED_RE,
    RELATIVE_RE,
    UNTIL_RE,
    WEEKDAY_BEFORE_RE,
    WEEKDAY_PAIR_RE,
    WEEKDAYS,
    YEAR_PHRASE_RE,
)
from events.reading.cues import (
    PAST_SPAN_RE,
    RECALLED_PAST_RE,
)
from events.reading.document import (
    Context,
    DateFound,
    Sentence,
    _day,
    _digits,
    _month_day,
    _release_dates,
)
from events.reading.standing import numbered_meeting
from events.reading.words import (
    FUTURE_RE,
    LONGEST,
    SCHEDULE_RE,
    YEAR_WORD_RE,
)


def _context(doc, main_sentences):
    """The release's date (field, date line, dateline, the page's address) or, failing it,
    the latest year named."""
    if doc.numeric_order is None:  # asked by each record's context: worked out once per page
        doc.numeric_order = _numeric_order(doc.text)
    context = Context(numeric_order=doc.numeric_order)
    context.list_year = _list_year(doc)
    if not _release_found(doc, context):
        _year_of_text(doc, main_sentences, context)
        _dateline_in_year(doc, context)
    return context


def _release_found(doc, context):
    """Set the release's date from the page's own words or its address; whether it did."""
    # A later dateline without a day ("Khanh Hoa (VNA) –") may have replaced the header's
    # place and day: then there is no header day to read.
    header_day = doc.header_day and doc.dateline and doc.dateline[2]
    if header_day and _dateline_release(doc, context):
        return True  # a speech's header day before the day a page published it
    lines = _release_lines_in_order(doc)
    if _dateline_over_lines_above(doc, lines, context):
        return True
    for sentence in lines:
        dates = _release_dates(sentence.text)
        if dates:
            context.release, context.release_line = dates[0][0], sentence.line
            context.release_how = "the release's date"
            context.anchor = _dateline_day(doc, context)
            return True
    if doc.dateline and doc.dateline[2] and _dateline_release(doc, context):
        return True
    return _address_release(doc, context)


def _year_of_text(doc, main_sentences, context):
    """Set the year of a page with no release date: a field's, the latest the text names, the
    headline's, the address's, or a numbered standing meeting's."""
    context.year, context.year_line = _field_year(doc) or _text_year(doc, main_sentences)
    if context.year is None and doc.headline and YEAR_WORD_RE.search(doc.headline.text):
        context.year = int(YEAR_WORD_RE.search(doc.headline.text).group(1))
        context.year_line = doc.headline.line
    if context.year is None and doc.address is not None:
        # "/news-releases/2022/…": the year of a page whose text names none
        context.year, context.year_line = doc.address.year, None
        context.year_how = "the year in the page's address"
    if context.year is None:
        # "At the 30th APEC Ministerial Meeting … on November 15": a page naming no year at
        # all, the year of the numbered standing meeting it names (round f5)
        context.year, context.year_line = _numbered_meeting_year(doc.text)
        context.year_numbered = context.year is not None


def _dateline_in_year(doc, context):
    """ "MEXICO CITY, March 8 —": the dateline's day, in the year the text names, is the
    release's date."""
    if not (doc.dateline and doc.dateline[2] and context.year):
        return
    dates = _dates_in(doc.dateline[2], context)
    if dates and dates[0].precision == "day":
        context.release, context.release_line = dates[0].start, doc.dateline[3]
        context.release_end = dates[0].end
        context.release_how = "the dateline (its year from the year the text names)"


# A number before a name ending in "Meeting" or "Summit" ("the 30th APEC Ministerial
# Meeting"): a candidate for `numbered_meeting` (round f5).
NUMBERED_NAME_RE = re.compile(
    r"(?<![\w-])\d{1,2}(?:st|nd|rd|th)\s+[A-Za-z'’()\s-]{3,90}?\b(?:[Mm]eeting|[Ss]ummit)\b"
)


def _numbered_meeting_year(text):
    """(year, line) of the first numbered standing meeting `text` names whose year
    core/data/standing_meeting_numbers.csv gives, else (None, None)."""
    for match in NUMBERED_NAME_RE.finditer(text):
        numbered = numbered_meeting(match.group(0))
        if numbered is not None:
            return numbered.year, text.count("\n", 0, match.start()) + 1
    return None, None


# "Since its inception in 1989", "Established in 1989, APEC comprises …", "founded in 1989":
# the year APEC (or an organiser) was founded, said in a page's closing lines; never the
# year of the event the page reports.
# A crawl may glue the word before to it ("APEC wasestablished in 1989"): "founded" and
# "established" are read after a letter too.
# "Vietnam joined APEC in 1998", "Since joining APEC in 1991", "a member since 1993" (i29b):
# the year an economy joined; "the first time in 20 years since 2005 (Daegu)": "since" names
# a time before the text's event, never its year.
FOUNDED_BEFORE_RE = re.compile(
    r"(?:(?:\b|(?<=[a-z]))(?:[Ii]nception|[Ff]ounded|[Ee]stablished)"
    r"|\b(?:[Ss]et\s+up|[Cc]reated|[Ff]ormed|[Ff]ounding)"
    r"|\b(?:[Jj]oin(?:ed|ing|s)?|[Aa]ccession\s+to)\s+(?:the\s+)?(?:APEC|Apec|[A-Z]{2,6})"
    r"|\b[Ss]ince)(?:\s+in)?\s+$"
)


# "the APEC Putrajaya Vision 2040", "Agenda 2030", "the Bogor Goals": a plan named by the year
# it aims at; "until the end of 2015", "by 2020", "The Roadmap runs to 2030" (i28l8): a
# deadline. Neither is when anything is held.
# "the Bogor Goals on liberalizing trade and investment in 2020" (e2): a deadline too.
TARGET_YEAR_BEFORE_RE = re.compile(
    r"(?:\b(?:Vision|Agenda|Goals?|Roadmap|Plan|Strategy|Targets?|Blueprint)"
    # "by the year 2020" (a 1995 newspaper, c27)
    # "no later than 2010/2020" (the Bogor Goals in a 1997 foreign ministry's yearbook, d4)
    r"|\b(?:until|till|by|through|(?:runs?|lasts?)\s+to|(?:no|not)\s+later\s+than)"
    r"(?:\s+the\s+end\s+of|\s+the\s+year)?"
    # "the Bogor Goals on liberalizing trade and investment in 2020" (e2)
    r"|\bGoals\s+(?:on|of|for)\s[^.;:,]{0,50}\sin)\s+$"
)
# The second year of a pair ("2010/2020") is said as the first is.
YEAR_PAIR_BEFORE_RE = re.compile(r"\b(?:19|20)\d\d/$")


def _not_the_events_year(text, start):
    """Whether the year at text[start:] is the year something was founded, a plan's target
    year ("Putrajaya Vision 2040") or a deadline ("until the end of 2015")."""
    pair = YEAR_PAIR_BEFORE_RE.search(text, max(0, start - 5), start)
    if pair:
        return _not_the_events_year(text, pair.start())
    return bool(
        FOUNDED_BEFORE_RE.search(text, max(0, start - 40), start)
        or TARGET_YEAR_BEFORE_RE.search(text, max(0, start - 70), start)
    )


# "ahead of the 2046 … Meeting", "to prepare for APEC 2046", "will report to ministers in
# 2046", "by 2046": the year of a later event or step, not the year of the text's event.
AHEAD_BEFORE_RE = re.compile(
    r"\b(?:ahead\s+of|towards?|prepar(?:e|es|ed|ing|ation)\s+for|will|would|next|until"
    r"|leading\s+up\s+to|in\s+the\s+run[\s-]up\s+to)\b[^,;:.]{0,50}$|\bby\s+(?:the\s+end\s+of\s+)?$",
    re.I,
)
# A report's cover date: a line of its own above the body holding only a year or a month and
# a year ("2043", "January 2044").
COVER_DATE_RE = re.compile(rf"^(?:{MONTH_FULL}\s+)?((?:19[89]|20[0-4])\d)$", re.I)


def _field_year(doc):
    """(year, line) of the page's labelled "Date: 14-15 June, 2018", or None: the year a day
    written without one in the body ("will be held in June 14-15") takes first."""
    field = doc.fields.get("date")
    spans = find_dates(field.text) if field is not None else []
    return (spans[0].start.year, field.line) if spans else None


def _text_year(doc, main_sentences):
    """(year, line) a day or a month without its year takes when the release has no date: a
    report's cover date, else the latest year the event's sentences name, else the body's
    (those not looking ahead first); a year of a later step counts only when no other is named
    ("ahead of the 2046 … Meeting"), a recalled meeting's never. (None, None) without one."""
    cover = _cover_year(doc)
    if cover:
        return cover
    years_of = Memo(_event_years_of)  # asked of the same sentences up to six times
    # only the sentences naming a year are looked at again (a long text has few of them)
    body = [sentence for sentence in doc.body if years_of[sentence.text]]
    sources = [main_sentences, [s for s in body if not FUTURE_RE.search(s.text)], body]
    for ahead in (False, True):
        for sentences in sources:
            years = _years_named(sentences, ahead, years_of)
            if years:
                return max(years)
    return None, None


def _years_named(sentences, ahead=False, years_of=None):
    """(year, line) of each year the sentences name, but the year something was founded, a
    plan's target year or a deadline (`_not_the_events_year`), the year a recalled earlier
    meeting was held ("the first such meeting, held in Seoul on 3 June
    2041") and, unless `ahead`, the year of a later event or step ("ahead of the 2046 …")."""
    years_of = years_of if years_of is not None else Memo(_event_years_of)
    return [
        (year, sentence.line)
        for sentence in sentences
        for year, later in years_of[sentence.text]
        if ahead or not later
    ]


def _event_years_of(text):
    """(year, of a later step) for each year `text` names that can be its event's."""
    years = []
    for found in YEAR_WORD_RE.finditer(text[:LONGEST]):
        start = found.start()
        if _not_the_events_year(text, start):
            continue  # founded in, a plan's target year, a deadline
        if _recalled_before(text, start):
            continue
        later = bool(AHEAD_BEFORE_RE.search(text, max(0, start - 60), start))
        years.append((int(found.group(1)), later))
    return tuple(years)


def _cover_year(doc):
    """(year, line) of a report's cover date ("January 2044", "2043" on a line of its own
    between the title and the body), or None: the document's own date, whose year a day
    without one takes before any year the body names."""
    body_line = doc.paragraphs[0][0].line if doc.paragraphs and doc.paragraphs[0] else None
    for heading in doc.headings:
        if body_line is not None and heading.line > body_line:
            break
        match = COVER_DATE_RE.match(heading.text.strip())
        if match:
            return int(match.group(1)), heading.line
    return None


def _dateline_over_lines_above(doc, lines, context):
    """Set the release's date from the dateline when every date line stands above the
    headline ("Monday, September 2, 2019" over "Puerto Varas, August 30, 2019." opening the
    article: the dateline's full date is the article's own); whether it did."""
    if not lines or doc.headline is None or not (doc.dateline and doc.dateline[2]):
        return False
    if any(sentence.line >= doc.headline.line for sentence in lines):
        return False
    if not _dateline_release(doc, context):
        return False
    context.anchor = _dateline_day(doc, context)
    return True


def _address_release(doc, context):
    """Set the release's date from the day in the page's address ("…/2016-11/09/…",
    "…/2004/1002_…") when the text gives none; whether it did. A dateline's day without its
    year ("LIMA, Nov. 9 -") is the day the report was filed, a weekday is counted from."""
    if doc.address is None or doc.address.date is None:
        return False
    context.release, context.release_line = doc.address.date, None
    context.release_how = "the day in the page's address"
    context.anchor = _dateline_day(doc, context)
    return True


def _dateline_day(doc, context):
    """The day a dateline gives ("Nov. 5", its year from the release's date), when it is
    within a month of the release's date; else None."""
    if not (doc.dateline and doc.dateline[2]):
        return None
    days = [d for d in _dates_in(doc.dateline[2], context) if d.precision == "day"]
    if days and abs((days[0].start - context.release).days) <= 31:
        return days[0].start
    return None


def _dateline_release(doc, context):
    """Set the release's date from the dateline ("LIMA, 5 May 2021 —"), or from a release
    line "07/03/2034" read in the order the dateline's "March 7" gives; whether it did."""
    spans = find_dates(doc.dateline[2].text)
    if spans:
        context.release, context.release_line = spans[0].start, doc.dateline[3]
        context.release_end = spans[0].end
        context.release_how = "the dateline"
        return True
    agreed = _numeric_release_by_dateline(doc)
    if agreed:
        context.release, context.release_line = agreed
        context.release_how = "the release's date (its order of day and month from the dateline)"
    return bool(agreed)


def _numeric_release_by_dateline(doc):
    """(date, line) of a release line "07/03/2034" whose day and month could be either, read
    in the order that gives the dateline's day ("HOBART, March 7 (AAP) -"), or None."""
    for sentence in doc.unsure_release_lines:
        for match in NUMERIC_DATE_RE.finditer(sentence.text):
            if not match.group("a"):
                continue
            a, b, year = int(match.group("a")), int(match.group("b")), int(match.group("y2"))
            days = {span.start for span in find_dates_in_year(doc.dateline[2].text, year)}
            for month, day in ((b, a), (a, b)):
                date = _day(day, MONTH_NAMES[month - 1], year) if month <= 12 else None
                if date in days:
                    return date, sentence.line
    return None


def _release_lines_in_order(doc):
    """The release's date lines, those from the headline on first: a date line above the
    headline ("Thứ hai 27/05/2019", a site's clock or the day a page was crawled) gives the
    release's date only when the page has no other. A browser title line the page repeats as
    its headline lower down counts from the repeated headline."""
    if doc.headline is None:
        return doc.release_lines
    top = doc.headline.line
    # A browser title ("APEC ministers to meet … | world | Hindustan Times") that the page
    # repeats lower down as its headline: the date lines between the two are the site's.
    title = doc.headline.text.partition(" | ")[0].strip()
    if title != doc.headline.text:
        top = next((h.line for h in doc.headings if h.line > top and h.text == title), top)
    after = [sentence for sentence in doc.release_lines if sentence.line >= top]
    return after + [sentence for sentence in doc.release_lines if sentence.line < top]


# A headline over a list of a year's meetings: "Malaysia's Key 2020 APEC Meetings", "APEC
# Meetings 2047", "Calendar 2019". Its rows' days ("SOM3 Aug 1-15 Penang") are in that year,
# however far from the day the list was posted (c17).
LIST_YEAR_RE = re.compile(
    r"\b(?P<y1>(?:19|20)\d\d)\s+(?:APEC\s+)?(?:Meetings|Calendar|Events)\b"
    r"|\b(?:Meetings|Calendar)\s+(?P<y2>(?:19|20)\d\d)\b"
)


def _list_year(doc):
    """The year a headline over a list of meetings names, or None."""
    match = LIST_YEAR_RE.search(doc.headline.text) if doc.headline else None
    return int(match.group("y1") or match.group("y2")) if match else None


def _year_for(month, day, context, weekday=None, future=False):
    """(year, where from) for a day written without its year; a day the sentence says is
    still to come ("will be held … on Nov 18") is on or after the release's date; a day of
    a list of a year's meetings is in that year."""
    if context.list_year and _day(day, month, context.list_year):
        return context.list_year, "the year the page's list of meetings names"
    if context.release:
        base = context.release
        candidates = [base.year - 1, base.year, base.year + 1]
    elif context.year:
        base = None
        candidates = [context.year, context.year - 1, context.year + 1]
    else:
        return None, ""
    dated = [(year, _day(day, month, year)) for year in candidates]
    dated = [(year, d) for year, d in dated if d]
    if weekday is not None:
        fitting = [(year, d) for year, d in dated if d.weekday() == weekday]
        dated = fitting or dated
    if not dated:
        return None, ""
    if base:
        if future:
            dated = [(year, d) for year, d in dated if d >= base] or dated
        year = min(dated, key=lambda item: abs((item[1] - base).days))[0]
        return year, context.release_how
    return dated[0][0], context.year_how


def _taken(spans, start, end):
    return any(start < e and s < end for s, e in spans)


def _dates_in(sentence, context):
    """Every date in a sentence, in reading order, with its precision and the year's source."""
    text = sentence.text[:LONGEST]
    found, taken = [], []
    # a clause of a list whose sentence says its tense before the list ("China will be
    # hosting the three … Meetings; SOM I in Beijing …, and SOM III in Dalian 16-24 August"):
    # its days are still to come too (round c2)
    ahead = bool(sentence.lead) and FUTURE_BEFORE_RE.search(sentence.lead[-LONGEST:]) is not None
    for extractor in DATE_EXTRACTORS:
        extra = {"ahead": ahead} if extractor is _partial_dates else {}
        if extractor is _relative_dates:
            # "… will conclude with a meeting of APEC Senior Officials on Friday": the clause's
            # tense said before its name (round c31)
            extra = {
                "ahead": bool(sentence.lead) and FUTURE_RE.search(sentence.lead[-60:]) is not None
            }
        found += extractor(text, sentence.line, context, taken, **extra)
    found.sort(key=lambda item: item[0])
    if found or sentence.lead:
        found = _bare_days(sentence, text, found, context)
    for position, date in found:
        if UNTIL_RE.search(text[max(0, position - 25) : position]):
            date.ending = True
        _tie(date, text, position, context)
    return _joined_ranges(text, found)


def _bare_days(sentence, text, found, context):
    """`found` with the days written without their month ("on 17-18", "from 17 to 19"), each
    in the month and year of the day written before it in the sentence (or in the clause's
    sentence before it)."""
    matches = [
        m
        for pattern in BARE_DAYS_RES
        for m in pattern.finditer(text)
        if not any(p <= m.start("d1") < p + len(d.written) for p, d in found)
    ]
    lead = None
    for match in matches:
        if match.group("d2") is None and not match.group(0).startswith("on"):
            continue  # one day alone only after "on": "the Leaders' Meeting on 20"
        earlier = [d for p, d in found if p < match.start() and _written_day(d)]
        if not earlier:
            lead = _lead_days(sentence, context) if lead is None else lead
            earlier = lead
        date = _bare_day(match, earlier[-1]) if earlier else None
        if date:
            found.append((match.start("d1"), date))
    found.sort(key=lambda item: item[0])
    return found


def _written_day(date):
    return date.precision == "day" and not date.relative


def _lead_days(sentence, context):
    """The days written in the clause's sentence before the clause."""
    if not sentence.lead:
        return []
    return [
        d for d in _dates_in(Sentence(sentence.lead, sentence.line), context) if _written_day(d)
    ]


def _bare_day(match, before):
    """The DateFound of a bare day range in the month and year of `before`, or None."""
    last = before.end or before.start
    month, year = last.month, last.year
    first = _month_day(match.group("d1"), month, year)
    end = _month_day(match.group("d2"), month, year) if match.group("d2") else None
    if first is None or (match.group("d2") and (end is None or end < first)):
        return None
    written = match.group(0)[match.start("d1") - match.start() :].rstrip(".")
    return DateFound(first, end, "day", written, before.line, before.year_from)


def _full_dates(text, line, context, taken):
    """Dates written with their year ("5 May 2021", "May 5-6, 2021")."""
    found = []
    for span in find_dates(text):
        taken.append((span.position, span.position + len(span.written)))
        found.append((span.position, DateFound(span.start, span.end, "day", span.written, line)))
    return found


def _numeric_order(text):
    """ "dmy" or "mdy": the order of day and month a text writes its numeric dates in, when
    one of them shows it (30/06/2043: a first number over 12; 06/30/2043: a second) and none
    shows the other; else ""."""
    orders = set()
    for match in NUMERIC_DATE_RE.finditer(text):
        if match.group("a"):
            a, b = int(match.group("a")), int(match.group("b"))
            if a > 12 >= b:
                orders.add("dmy")
            elif b > 12 >= a:
                orders.add("mdy")
    return orders.pop() if len(orders) == 1 else ""


def _numeric_dates(text, line, context, taken):
    """Days written in numbers ("30/06/2043", "2043-06-30"; "02/07/2043" in the order the
    text's other numeric dates show, else not read: it could be either day)."""
    found = []
    for match in NUMERIC_DATE_RE.finditer(text):
        if _taken(taken, match.start(), match.end()):
            continue
        if match.group("y1"):
            year, month, day = (int(match.group(g)) for g in ("y1", "m1", "d1"))
        else:
            a, b, year = (int(match.group(g)) for g in ("a", "b", "y2"))
            order = "dmy" if a > 12 else "mdy" if b > 12 else context.numeric_order
            if not order:
                continue
            day, month = (a, b) if order == "dmy" else (b, a)
        try:
            date = datetime.date(year, month, day)
        except ValueError:
            continue
        taken.append((match.start(), match.end()))
        found.append((match.start(), DateFound(date, None, "day", match.group(0), line)))
    return found + _short_numeric_dates(text, line, context, taken)


# "on 26/9": a day and its month in numbers after "on", without a year (a Vietnamese local
# paper, e2); read in the order the text's dated numeric days show ("27/09/2017"), its year
# as a day written without one takes it.
SHORT_NUMERIC_RE = re.compile(r"\b[Oo]n\s+(?P<a>\d{1,2})/(?P<b>\d{1,2})\b(?![/.,]?\d)")


def _short_numeric_dates(text, line, context, taken):
    found = []
    for match in SHORT_NUMERIC_RE.finditer(text):
        if _taken(taken, match.start(), match.end()):
            continue
        a, b = int(match.group("a")), int(match.group("b"))
        order = "dmy" if a > 12 else "mdy" if b > 12 else context.numeric_order
        if not order:
            continue
        day, month = (a, b) if order == "dmy" else (b, a)
        if not 1 <= month <= 12:
            continue
        name = MONTH_NAMES[month - 1]
        year, year_from = _year_for(name, str(day), context)
        date = _day(str(day), name, year) if year else None
        if date is None:
            continue
        taken.append((match.start(), match.end()))
        written = match.group(0)[match.start("a") - match.start() :]
        found.append(
            (match.start("a"), DateFound(date, None, "day", written, line, year_from=year_from))
        )
    return found


def _partial_dates(text, line, context, taken, ahead=False):
    """Days written without a year ("5 May", "October 3-4"); the year from the context (a
    day still to come when `ahead`: the clause's sentence said so before it)."""
    found = []
    written = list(taken)  # the dates written with their year (read first)
    for pattern in PARTIAL_DATES:
        for match in pattern.finditer(text):
            if _taken(taken, match.start(), match.end()):
                continue
            date = _partial_date(
                match, text, line, context, _year_written_before(text, written, match), ahead
            )
            if date:
                taken.append((match.start(), match.end()))
                found.append((match.start(), date))
    return found


# "will be held in Shenzhen on Nov 18": the day is still to come when the text was written.
FUTURE_BEFORE_RE = re.compile(
    r"\bwill\s+(?:be\s+held|take\s+place|run|open|convene|be\s+hosting)\b", re.I
)


# "the second ABAC Meeting (ABAC 2) of 2041 from April 3 – 6", "Sydney Workshop for 2045 on
# Nov. 24 and 25" (i28m): the meeting of that year, on days written right after it without
# their year.
OF_YEAR_BEFORE_RE = re.compile(r"\b(?:of|for|in)\s+((?:19|20)\d\d)\s+(?:from|on|between)\s+$")


def _year_written_before(text, written, match):
    """The year of the last date written with its year before `match` in the same sentence
    ("Starting on August 17, 2035, … ending on August 29 and 30 with …": 2035), else a year
    right before the days ("… Meeting of 2041 from April 3 – 6"), or None."""
    spans = [(s, e) for s, e in written if e <= match.start()]
    if not spans:
        of_year = OF_YEAR_BEFORE_RE.search(text, max(0, match.start() - 20), match.start())
        return int(of_year.group(1)) if of_year else None
    start, end = max(spans)
    years = re.findall(r"\b(?:19|20)\d\d\b", text[start:end])
    return int(years[-1]) if years else None


def _partial_date(match, text, line, context, year_written=None, ahead=False):
    parts = match.groupdict()
    month_1 = parts.get("m1") or parts.get("m2")
    month_2 = parts.get("m2") or month_1
    before = WEEKDAY_BEFORE_RE.search(text[max(0, match.start() - 14) : match.start()])
    weekday = WEEKDAYS.index(before.group(1).lower()) if before else None
    if year_written and _day(_digits(parts["d1"]), month_1, year_written):
        year, how = year_written, ""  # the sentence's own year, written before the day
    else:
        future = ahead or FUTURE_BEFORE_RE.search(text, max(0, match.start() - 120), match.start())
        year, how = _year_for(month_1, _digits(parts["d1"]), context, weekday, bool(future))
    if year is None:
        return None
    start = _day(_digits(parts["d1"]), month_1, year)
    end = _day(_digits(parts["d2"]), month_2, year) if parts.get("d2") else None
    if start is None or (parts.get("d2") and end is None):
        return None
    if end and end < start:
        end = _day(_digits(parts["d2"]), month_2, year + 1)
    return DateFound(start, end, "day", match.group(0).rstrip("."), line, how)


def _month_dates(text, line, context, taken):
    """Months ("in May 2021", "next October"); the year written, else from the context."""
    found = []
    for match in MONTH_PHRASE_RE.finditer(text):
        if _taken(taken, match.start(), match.end()):
            continue
        month = match.group("m1") or match.group("m2")
        number = MONTH_NUMBERS[month[:3].lower()]
        year, how = _month_year(match, number, context)
        if year is None:
            continue
        taken.append((match.start(), match.end()))
        start = datetime.date(year, number, 1)
        found.append((match.start(), DateFound(start, None, "month", match.group(0), line, how)))
    return found


def _month_year(match, number, context):
    """(year, how it was found) for a month phrase, or (None, "") when nothing gives one."""
    written_year = match.group("y") or match.group("y2")
    if written_year:
        return int(written_year), ""
    if context.release:
        rel = (match.group("rel") or "").lower()
        year = context.release.year
        if rel == "last" and number >= context.release.month:
            year -= 1
        elif rel == "next" and number <= context.release.month:
            year += 1
        return year, context.release_how
    if context.year:
        return context.year, context.year_how
    return None, ""


def _year_dates(text, line, context, taken):
    """Years alone ("in 2021")."""
    found = []
    for match in YEAR_PHRASE_RE.finditer(text):
        if _not_the_events_year(text, match.start("y")):
            continue  # "was founded in 1989", "by 2040": not the event's year
        if not _taken(taken, match.start(), match.end()):
            start = datetime.date(int(match.group("y")), 1, 1)
            found.append((match.start(), DateFound(start, None, "year", match.group(0), line)))
    return found


def _relative_dates(text, line, context, taken, ahead=False):
    """Days counted from the release ("today", "on Thursday", "on Thursday and Friday")."""
    if not context.release:
        return []
    found = []
    for match in RELATIVE_RE.finditer(text):
        if _taken(taken, match.start(), match.end()):
            continue
        weekday = bool(match.group("weekday"))
        if weekday and any(0 <= start - match.end() <= 20 for start, _ in taken):
            continue  # "Tuesday (Oct 4)": the weekday of a written date
        # A weekday counts from the dateline's day when there is one, "today" from the release.
        day = _relative_day(match, (weekday and context.anchor) or context.release, text, ahead)
        if not day:
            continue
        date = DateFound(day, None, "day", match.group(0), line, "", True, weekday)
        pair = WEEKDAY_PAIR_RE.match(text, match.end()) if weekday else None
        if pair:
            # "on Thursday and Friday": two days, the second counted from the first.
            first = WEEKDAYS.index(match.group("weekday").lower())
            days = (WEEKDAYS.index(pair.group("weekday").lower()) - first) % 7
            date.end = day + datetime.timedelta(days=days)
            date.written = match.group(0) + pair.group(0)
            taken.append((pair.start(), pair.end()))
        found.append((match.start(), date))
    return found


# Read in this order: each later kind skips the text an earlier one took.
DATE_EXTRACTORS = (
    _full_dates,
    _numeric_dates,
    _partial_dates,
    _month_dates,
    _year_dates,
    _relative_dates,
)


def _joined_ranges(text, found):
    """The dates in order, two written days joined by a dash read as one range."""
    merged = []
    for position, date in found:
        # "12 May 2021 – 14 May 2021": two written days joined by a dash are one range.
        if merged and date.precision == "day" and not date.relative:
            first_position, first = merged[-1]
            between = text[first_position + len(first.written) : position]
            joined = first.precision == "day" and first.end is None and not first.relative
            if joined and RANGE_JOIN_RE.match(between) and date.start > first.start:
                first.end, first.written = date.start, f"{first.written}{between}{date.written}"
                date.ending = True
                continue
        merged.append((position, date))
    return [date for _, date in merged]


# A comma right after a day, then who said it ("…, Whiri told reporters", "…, the minister said"),
# and the words that may open a sentence before a day that is the saying's ("On Monday, …").
ATTRIBUTION_AFTER_RE = re.compile(r"\s*,\s")
DATE_OPENS_RE = re.compile(r"\s*(?:(?:On|Last|This|Early|Late|By)\s*)?")


def _tie(date, text, position, context):
    """Mark a date as the event's (an event verb just before it, in its clause) or as the
    release's own day (its date, or a speech verb next to it with no event verb before)."""
    before = text[max(0, position - 60) : position]
    date.another = bool(ANOTHER_EVENT_RE.search(re.split(r"[,;:—–(]\s?", before)[-1]))
    date.another = date.another or _of_another_meeting(date, text, position)
    date.another = date.another or _said_of_a_step_ahead(date, text, position)
    date.another = date.another or _names_a_happening(date, text, position)
    clause = re.split(r"[,;:—–(]\s?", text[max(0, position - 120) : position])[-1]
    date.later = bool(LATER_STEP_RE.search(clause)) or _recalled_before(text, position)
    # "paves the way for a summit of the organisation's leaders on Wednesday and Thursday": the
    # day of one more meeting the sentence introduces, not of the page's own (round f1)
    date.later = date.later or bool(
        A_SUMMIT_BEFORE_RE.search(text, max(0, position - 100), position)
    )
    before = re.split(r"[,;:—–]\s|\s[-–—]\s", before)[-1] if date.relative else before
    closed_by_name = _closed_by_name(text, position)
    # "the two-day … Meeting (AELM), starting tomorrow": the event's first day
    starting = STARTING_BEFORE_RE.search(text, max(0, position - 20), position)
    if EVENT_DATE_RE.search(before) or closed_by_name or starting:
        date.attached = True
        date.closing = bool(CLOSING_RE.search(before)) or closed_by_name
        return
    after = text[position + len(date.written) : position + len(date.written) + 40]
    said_after = re.split(r"[;:]|\bthat\b", after)[0]
    if ATTRIBUTION_AFTER_RE.match(after) and not DATE_OPENS_RE.fullmatch(text[:position]):
        # "… goes to the leaders on Sept. 8 and 9, Whiri told reporters": the words after the
        # comma say who said it, the day is of what was said (round d5); "On Monday, the
        # minister said …" is the day of the saying
        said_after = ""
    near = before[-40:] + " " + said_after
    own_day = context.release == date.start and not date.end and not date.relative
    date.publication = bool(PUBLICATION_RE.search(near)) or own_day


# A day right after a summit a sentence introduces with "a" (`mentions.OWN_WEEKDAY_OF_LEADERS_RE`).
A_SUMMIT_BEFORE_RE = re.compile(
    r"\b[Aa]\s+(?:[A-Z][\w’'-]*\s+){0,2}summit"
    r"(?:\s+of\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?(?:leaders|heads\s+of\s+state))?\s+$"
)


# "Officials held a full rehearsal yesterday at the … Center ahead of the APEC Economic Leaders'
# Meeting, which opens on Saturday" (c32): a day said of a step before the event its clause
# names after "ahead of", no event named before it; that step's day, not the event's.
MEET_VERB_RE = re.compile(r"\b(?:meet|meets|met|gather(?:s|ed)?|convene[sd]?)\b", re.I)
AHEAD_OF = r"(?:ahead\s+of|in\s+preparation\s+for|in\s+the\s+run[\s-]up\s+to|to\s+prepare\s+for)"
AHEAD_OF_AFTER_RE = re.compile(rf"[^.;]{{0,80}}?\b{AHEAD_OF}\s")
# "… ahead of the Leaders' Meeting, which opens on Saturday": the weekday of the event a step
# is taken ahead of, still to come ("Ahead of the summit, officials met on Monday" is past).
AHEAD_OF_WHICH_RE = re.compile(rf"\b{AHEAD_OF}\s[^.;]{{0,120}}?,?\s(?:which|that)\s[^.;,]{{0,40}}$")


def _said_of_a_step_ahead(date, text, position):
    """Whether the day at `position` is said of a step taken ahead of the event ("held a
    rehearsal yesterday … ahead of the … Meeting"): "ahead of" follows it in its clause, and
    no event is named before "ahead of", nor a meeting by its verb ("ministers met")."""
    end = position + len(date.written)
    ahead = AHEAD_OF_AFTER_RE.match(text, end)
    if not ahead:
        return False
    # "Trade ministers will meet in Xiamen on Saturday to prepare for November's summit": who
    # meets names the meeting the day is of
    return not (KIND_WORD_RE.search(text[: ahead.end()]) or MEET_VERB_RE.search(text, 0, position))


# ", starting tomorrow", ", starting on 5 May" after the event's name (not a sentence opening
# "Starting on June 2, …", which may date a programme before the event).
STARTING_BEFORE_RE = re.compile(r",\s+starting\s+(?:on\s+|from\s+)?$")
# "as they ended the two-day 12th APEC Tourism Ministerial Meeting here on Friday": the verb
# closing the event, its name between the verb and the day; no verb opening or holding an
# event after it ("… concluded, and the forum opened on Monday" is the forum's first day).
CLOSED_BY_NAME_RE = re.compile(
    r"\b(?:concluded|concludes|ended|ends|closed|closes|wrapped\s+up)\s+(?:the|their|its)\s"
    r"(?P<named>[^.;]{0,100})$",
    re.I,
)
OPENING_VERB_RE = re.compile(
    r"\b(?:opened|opens|began|begins?|start(?:s|ed|ing)?|kicked\s+off|convened|held|met)\b", re.I
)


def _closed_by_name(text, position):
    """Whether the day at `position` closes the event a closing verb names before it ("ended
    the two-day 12th APEC Tourism Ministerial Meeting here on Friday")."""
    window = text[max(0, position - 120) : position]
    closing = CLOSED_BY_NAME_RE.search(window)
    return bool(closing) and not OPENING_VERB_RE.search(closing.group("named"))


# A month or a year written inside another meeting's phrase (c1): "commitments made during a
# March 2039 APEC meeting" (the text's event is another, described or named elsewhere).
OF_ANOTHER_MEETING_RE = re.compile(
    r"\s+(?:APEC\s+|Asia-Pacific\s+Economic\s+Cooperation\s+)?(?:[a-z][\w-]*\s+){0,2}"
    r"(?:meeting|forum|workshop|seminar|conference|summit|dialogue|symposium)s?\b"
)


def _of_another_meeting(date, text, position):
    """Whether the date at `position` is written inside an indefinite meeting's phrase ("a
    March 2039 APEC meeting"): that meeting's, not the text's event's."""
    if not re.search(r"\b[Aa]n?\s$", text[max(0, position - 3) : position]):
        return False
    return bool(OF_ANOTHER_MEETING_RE.match(text, position + len(date.written)))


# A day standing between "the" and a noun names that happening ("shortly after the Sept. 11
# attacks", "since the 11 September attacks", "the March 11 earthquake", "the Nov. 3
# election"): its day, not the event's, unless the noun is an event's kind word or its opening
# ("the Nov. 12-13 meeting", "the 20 November opening").
NAMING_DAY_BEFORE_RE = re.compile(r"\b[Tt]he\s+$")
NAMING_DAY_AFTER_RE = re.compile(
    r"\s+(?!(?:to|and|or|in|at|on|of|from|for|with|by|as|through|till|until|is|was|were|will"
    r"|when|where|which|that|this|next|last|but|\d)\b)(?P<words>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})"
)
OWN_DAY_NOUN_RE = re.compile(r"\b(?:opening|start|launch|kick-?off|session|plenary)s?\b")


def _names_a_happening(date, text, position):
    """Whether the day at `position` is written as the name of something that happened ("the
    Sept. 11 attacks"): "the" before it and a noun after it that is no event's."""
    if date.precision != "day" or date.relative or date.weak:
        return False
    if not NAMING_DAY_BEFORE_RE.search(text, max(0, position - 5), position):
        return False
    after = NAMING_DAY_AFTER_RE.match(text, position + len(date.written))
    if not after:
        return False
    words = after.group("words")
    return not (KIND_WORD_RE.search(words) or OWN_DAY_NOUN_RE.search(words))


def _recalled_before(text, position):
    """Whether the date at `position` is said of an earlier meeting the sentence recalls ("…
    builds on the first such meeting, held in Seoul on 3 June 2041"): a recalling phrase before
    it, and no other meeting named between the two ("After the previous meeting in Lima, the
    48th … Meeting was held in Busan on 5 May": the 48th meeting's day)."""
    window = text[max(0, position - 120) : position]
    recalls = list(RECALLED_RE.finditer(window))
    if not recalls:
        return False
    between = window[recalls[-1].end() :]
    return not KIND_WORD_RE.search(between)


# "this Saturday", "next Monday", "this coming Friday": a weekday looked forward to.
THIS_WEEKDAY_RE = re.compile(r"\b(?:this|next|coming)\s+$", re.I)

# The tense of the clause a weekday stands in, which says on which side of the report's day the
# weekday falls (round f1): a verb said of the future, a schedule or the present ("will meet on
# Friday", "the Leaders' Meeting, scheduled for Saturday", "are meeting in Peru on Friday",
# "leaves for Hanoi on Monday") counts forward, the day itself included; a past one ("met
# Tuesday", "opened in Santiago Saturday", "called Saturday for …") backward. A clause ends at
# a stop, a semicolon, a colon, a dash between spaces or a comma before a new clause's word
# ("…, and the agenda for heads of state Saturday and Sunday").
CLAUSE_BREAK_RE = re.compile(
    r"[.;:!?(]|,\s+(?:and|but|while|which|who|whereas|as|after|before|when|where)\b"
    r"|\s[—–-]\s|\s--\s"
)
# An auxiliary takes the verb after it ("will be held" is future, "is being held" present).
_FUTURE_TENSE = (
    r"(?:will|would|shall)(?:\s+not)?(?:\s+(?:also|then|now|soon|again))?(?:\s+be)?(?:\s+[a-z]+)?"
    r"|going\s+to|(?:is|are|was|were)\s+(?:due|set|scheduled|slated|expected|planned|to)"
    r"(?:\s+to)?(?:\s+be)?(?:\s+[a-z]+)?"
    r"|to\s+be\s+held|scheduled|slated|planned|upcoming|forthcoming|awaits?"
)
_PRESENT_TENSE = (
    r"(?:is|are)\s+(?:now\s+|currently\s+|being\s+){0,2}[a-z]+|opens|begins|starts|meets?"
    r"|gathers?|convenes?|kicks\s+off|takes\s+place|gets\s+under\s?way|runs|leaves|heads"
    r"|arrives"
)
# "held" and "hosted" alone are past only before what was held ("held an event", "hosted a
# dinner"); "the meeting, held at … from Thursday" is a participle, no tense.
_PAST_TENSE = (
    r"(?:was|were|had|has\s+been|have\s+been)(?:\s+[a-z]+)?|did|met|opened|began|started"
    r"|ended|closed|concluded|gathered|convened|kicked\s+off|wrapped\s+up|took|said|told"
    r"|called|agreed|announced|warned|issued|adopted|pledged|signed|arrived|left|launched"
    r"|attended|welcomed|released|urged|endorsed|discussed|marked|canceled|cancelled"
    r"|(?:held|hosted)(?=\s+(?:an?|the|their|its|his|her|our|talks|meetings?|discussions)\b)"
)
TENSE_RE = re.compile(
    rf"\b(?:(?P<future>{_FUTURE_TENSE})|(?P<present>{_PRESENT_TENSE})|(?P<past>{_PAST_TENSE}))\b",
    re.I,
)
# After a past verb, a step taken for what comes ("arriving to take part in preparations for a
# … summit on Tuesday", "met ahead of the summit on Saturday"): the weekday is of what is
# prepared, on or after the report's day ("held an event to promote … on Wednesday" is past).
FOR_WHAT_COMES_RE = re.compile(
    r"\b(?:ahead\s+of|before|prepar\w*\s+for|agenda\s+for"
    r"|in\s+the\s+run[\s-]up\s+to|leading\s+up\s+to)\b",
    re.I,
)


ATTRIBUTED_RE = re.compile(
    r",\s+(?:[\w’'-]+\s+){0,4}?(?:said|says|told|added|reported|announced|noted)\b", re.I
)


def _clause_tense(text, match):
    """1 when the clause of the weekday at `match` is said of the future, a schedule or the
    present, -1 when it is said in the past, 0 when its clause has no verb with a tense. The
    last verb before the weekday in its clause decides, else the first after it ("On Saturday,
    leaders will meet …"); a past verb followed by a step taken for what comes counts forward."""
    start, end = match.start(), match.end()
    before = text[max(0, start - 120) : start]
    breaks = list(CLAUSE_BREAK_RE.finditer(before))
    before = before[breaks[-1].end() :] if breaks else before
    verbs = list(TENSE_RE.finditer(before))
    if verbs:
        verb = verbs[-1]
        if not verb.group("past"):
            return 1
        return 1 if FOR_WHAT_COMES_RE.search(before, verb.end()) else -1
    after = text[end : end + 80]
    cut = CLAUSE_BREAK_RE.search(after)
    after = after[: cut.start() if cut else len(after)]
    # ", officials said": who said it, after a comma, is no tense of the clause's
    after = ATTRIBUTED_RE.split(after)[0]
    verb = TENSE_RE.search(after)
    if verb:
        return -1 if verb.group("past") else 1
    return 0


def _relative_day(match, release, text, ahead=False):
    word = (match.group("word") or "").lower()
    if word:
        offset = {"yesterday": -1, "tomorrow": 1}.get(word.split()[0], 0)
        return release + datetime.timedelta(days=offset)
    weekday = WEEKDAYS.index(match.group("weekday").lower())
    forward = (weekday - release.weekday()) % 7
    back = (release.weekday() - weekday) % 7
    coming = THIS_WEEKDAY_RE.search(text, max(0, match.start() - 8), match.start())
    # "… ahead of the Leaders' Meeting, which opens on Saturday": the event still to come (c32)
    coming = coming or AHEAD_OF_WHICH_RE.search(text, max(0, match.start() - 200), match.start())
    tense = 1 if coming else _clause_tense(text, match)
    if not tense:
        # no tense in its clause: the sentence's said before it (a list's lead, round c31), a
        # future or a schedule the sentence names, else the nearer of the two
        near = text[max(0, match.start() - 50) : match.end() + 50]
        if ahead or FUTURE_RE.search(text) or SCHEDULE_RE.search(near):
            tense = 1
        else:
            tense = 1 if forward < back else -1
    if tense > 0:
        return release + datetime.timedelta(days=forward)
    return release - datetime.timedelta(days=back)


def _best_date(sentences, context, main=True, name=""):
    """The first day found (written, or "yesterday" against the release's date; not one
    after "until"), else a weekday ("on Monday"), else the first month; sentences in the order
    given, each read only when needed. A year alone is no date of the event (`_year_only`);
    for the text's own event (`main`), neither is a later step's or a recalled meeting's (a
    month long before the release); nor, for the event `name`, a step's day before the
    sentence names it as still to come (`_still_to_come`)."""
    read = {}

    def dates():
        for sentence in sentences:
            if id(sentence) not in read:
                read[id(sentence)] = [
                    d
                    for d in _dates_in(sentence, context)
                    if not _still_to_come(sentence.text[:LONGEST], name, d.written)
                ]
            yield from read[id(sentence)]

    passes = (
        # A day said of the event wins over one said of the release ("announced today").
        lambda d: d.precision == "day" and not d.weak and not d.ending and d.attached,
        lambda d: d.precision == "day" and not d.weak and not d.ending and not d.publication,
        lambda d: d.precision == "day" and d.weak and not d.publication,
        # The speaker's weekday ("Malacañang on Thursday assured …") gives way to a month the
        # text gives the event ("… the APEC Summit in Manila this November").
        lambda d: d.precision == "day" and not d.ending and not (d.publication and d.relative),
        lambda d: d.precision == "month",
        lambda d: d.precision == "day" and not d.ending,
    )
    for wanted in passes:
        for date in dates():
            if _usable(date, context, main) and wanted(date):
                return _range_closing_on(date, dates(), context, main) or date
    return None


# "Experts on Tuesday discuss … the upcoming APEC 2042 Summit", "the minister today arrives in
# Lima, where he will take part in the 24th … Meeting" (round i3): after the day's own step,
# the sentence names the event as still to come; that day is the step's, not the event's,
# and neither is the release's (`_fallback_date`).
STILL_TO_COME_RE = re.compile(
    r"\b(?:upcoming|forthcoming)\s"
    r"|,\s+(?:where|when)\s+(?:[\w’'-]+\s+){1,2}?will\s+(?:also\s+)?"
    r"(?:take\s+part\s+in|attend|participate\s+in|join)\s"
)


def _still_to_come(text, name, written=""):
    """Whether `text` names the event `name` as still to come ("the upcoming …", ", where he
    will take part in the …") after the day `written` (after any day when none is given), in
    the same sentence, no meeting met by its verb before the day ("ministers met on Monday
    ahead of the upcoming …" dates the ministers' meeting)."""
    words = re.findall(r"[\w’'-]+", name or "")[:2]
    if len(words) < 2:
        return False
    start = 0
    if written:
        position = text.find(written)
        if position < 0 or MEET_VERB_RE.search(text, 0, position):
            return False
        start = position + len(written)
    for cue in STILL_TO_COME_RE.finditer(text, start):
        if re.search(r"[.;]", text[start : cue.start()]) or cue.start() - start > 100:
            return False
        named = re.match(
            rf"(?:the\s+)?{re.escape(words[0])}\s+{re.escape(words[1])}\b",
            text[cue.end() : cue.end() + 60],
            re.I,
        )
        if named:
            return True
    return False


def _range_closing_on(date, candidates, context, main):
    """A written range that ends on the closing day `date` ("concluded today in Lima" and, a
    sentence on, "The meetings took place from February 24 to March 8"): the event's days,
    where the closing day alone gives no first day; else None."""
    if not date.closing:
        return None
    for other in candidates:
        if (
            other.end == date.start
            and other.start < other.end
            and other.precision == "day"
            and _usable(other, context, main)
        ):
            return other
    return None


def _usable(date, context, main):
    """Whether `date` may be the event's: not another event's; for the page's own event
    (`main`) neither a later step's nor a month long before the release, the past the page
    recalls; that month is the date of a further record made from that past meeting's own
    sentence ("the third meeting … in September 2033")."""
    if date.another:
        return False
    return not (main and (date.later or _history(date, context)))


def _year_only(sentences, context):
    """(year, line) of the first year alone said of the event ("in 2047", "the APEC SME Forum
    2047"), else of the year the text names (a speech dated "2043"), else None: kept for the
    warning, never a first day (no 1 January is invented)."""
    for sentence in sentences:
        for date in _dates_in(sentence, context):
            usable = not (_history(date, context) or date.another or date.later)
            if date.precision == "year" and usable:
                return date.start.year, date.line
    if context.year:
        return context.year, context.year_line
    return None


def _day_in(sentence, context):
    """Whether the sentence gives a day (not a weekday alone, nor a last day only)."""
    return any(
        d.precision == "day" and not d.weak and not d.ending for d in _dates_in(sentence, context)
    )


def _named_for_later_year(title, context):
    """Whether the event's name holds a year after the release's ("2043 APEC Summit" on a
    page of November 2042): the release's day is then no day of the event."""
    year = re.search(r"\b(?:19|20)\d{2}\b", title or "")
    return bool(year and context.release and int(year.group(0)) > context.release.year)


# "opens in Lima this week", "later this month", "next week": a span around the release's
# day, no day of it; the release's day is then not the event's first day (c4).
WEEK_OR_MONTH_SPAN_RE = re.compile(
    r"\b(?:this|next|later\s+this|(?:early|later)\s+next)\s+(?:week|month)\b", re.I
)


def _recalled_past(text):
    """Whether the sentence opens with a span of the past ("In the late 1980s, officials
    suggested …", "Ten years ago, ministers gathered in …", "Last year, …"): the meeting it
    names is one the page recalls, not one held on the release's day (round i7). A span after
    the sentence's first comma ("…, which hosted ministers in the 1990s") is another clause's."""
    match = RECALLED_PAST_RE.search(text, 0, 60)
    return bool(match) and not re.search(r"[,;:]", text[: match.start()])


def _fallback_date(sources, context, fallback_page, body=(), name=""):
    """The day `body` (the page's sentences) gives a gathering it does not name, else the
    release's day, when the text gives none for the event (not for "the workshop in Port
    Moresby last week": that was before it, nor for "the upcoming … Summit" `name`: after it);
    else None (a year alone is no first day)."""
    first = sources[0].text[:LONGEST] if sources else ""
    if PAST_SPAN_RE.search(first) or WEEK_OR_MONTH_SPAN_RE.search(first):
        fallback_page = False
    if _recalled_past(first):
        fallback_page = False
    if _still_to_come(first, name):
        fallback_page = False
    gathering = _gathering_day(body, context) if fallback_page else None
    if gathering:
        return gathering
    if fallback_page and context.release:
        return DateFound(
            context.release, context.release_end, "day", "", context.release_line, "page"
        )
    return None


# "More than 1,000 delegates gathered in Guangzhou from Feb. 1 to 10", "attendees are
# scheduled to converge on Hawaii for the Nov. 12-13, 2011, meeting": the page's gathering,
# dated but not named there (its name is said elsewhere, with no day).
GATHERING_VERB_RE = re.compile(
    r"\b(?:gather(?:s|ed)?|convene[sd]?|converge[sd]?|assembled|met)\s+(?:in|at|on)\s", re.I
)
NAMED_BY_DAY_AFTER_RE = re.compile(r",?\s+(?:[a-z][\w-]*\s+)?(?P<kind>[a-z]+)\b")


def _gathering_day(body, context):
    """The first day the page gives a gathering it does not name ("delegates gathered in
    Guangzhou from Feb. 1 to 10", "for the Nov. 12-13, 2011, meeting"), else None: the
    event's day before the release's when the event's own sentences give none."""
    for sentence in body:
        text = sentence.text[:LONGEST]
        for date in _dates_in(sentence, context):
            if date.precision != "day" or date.weak or date.relative or date.ending:
                continue
            if date.another or date.later or date.publication:
                continue
            position = text.find(date.written)
            if position < 0:
                continue
            if _named_by_its_day(text, position, date) or (
                GATHERING_VERB_RE.search(text, 0, position) and not KIND_WORD_RE.search(text)
            ):
                return date
    return None


def _named_by_its_day(text, position, date):
    """Whether the day stands between "the" and a meeting's kind word ("the Nov. 12-13
    meeting")."""
    if not NAMING_DAY_BEFORE_RE.search(text, max(0, position - 5), position):
        return False
    after = NAMED_BY_DAY_AFTER_RE.match(text, position + len(date.written))
    return bool(after and KIND_WORD_RE.fullmatch(after.group("kind")))


def _history(date, context):
    """A month or a year more than a year from the release's date ("hosted the sixth
    meeting in 1999", "since 1994"): the past the release recalls, not the event's date."""
    release = context.release
    return bool(release) and date.precision != "day" and abs(date.start.year - release.year) > 1
