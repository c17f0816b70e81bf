"""An event's name as written, and the other events a text names."""

import csv
import functools
import itertools
import re

from core.importing import (
    DATA,
    Memo,
)
from events.reading.chrome import (
    ACRONYM_MEETING_RE,
    APEC_SPELLED_RE,
    AS_WRITTEN_MEETING_RES,
    DAY_PREFIX_RE,
    DD,
    FOREIGN_TRADE_MEETING_RE,
    GROUP_MEETING_RES,
    GROUP_MET_RE,
    GROUP_NAME_RE,
    GROUP_POSSESSIVE_MEETING_RE,
    ITS_ORDINAL_RE,
    JOINT_MEETINGS_RE,
    LIST_ITEM_REST_RE,
    LOWER_CASE_DATED_NAMES,
    LOWER_CASE_DATED_RE,
    LOWER_CASE_MEETING_RE,
    MEETING_OF_MINISTERS_RE,
    MEETING_OF_WHO_RE,
    MON,
    MONTH_NUMBERS,
    MONTH_PHRASE_RE,
    ORDINAL_TOKEN_RE,
    ORDINAL_WORDS,
    WEEKDAY,
    WEEKDAYS,
    WHOSE_MEETING_RE,
    YEAR_ORDINAL_GROUP_RE,
    YYYY,
)
from events.reading.cues import (
    CEREMONY_RE,
    LEADERS_SUMMIT_RE,
    OF_APEC_GROUP_RE,
    PLAIN_APEC_EVENT_RE,
    POSSESSIVE_STOPS,
    SECTOR_MEETING_RE,
    THIS_MINISTERIAL_RE,
    TRAILING_ACRONYM_RE,
    VENUE_AFTER_RE,
    VENUE_WORDS,
)
from events.reading.dates import (
    _taken,
)
from events.reading.document import (
    SME_WORDS_RE,
    Mention,
    _key,
    _kind_of,
    _series,
)
from events.reading.standing import numbered_acronym_re, who_meets_meeting
from events.reading.words import (
    APEC_SPELLED,
    ARTICLES,
    ATTEND_RE,
    COMING_AFTER_RE,
    CONNECTORS,
    FACT_SENTENCES,
    HEADLINE_BREAKS,
    HEADLINE_REPORT_RE,
    HEADLINE_REPORT_WORDS,
    HEADLINE_VERBS,
    HOST_OF_RE,
    KIND_WORDS,
    KIND_WORDS_RE,
    LONGEST,
    NOT_NAME_START,
    OFFICE_OF_RE,
    OFFICE_WORDS,
    ONLY_MENTIONED_RE,
    ORGANISATION_GLOSS_RE,
    PARTICIPANT_RE,
    QUOTED_RE,
    SMALL_FIRMS,
    SME_BUILT_TITLE,
    VERB_ING_RE,
    WORD_CHARACTER_RE,
    _words_re_cached,
)

# A plural's apostrophe glued to the next capitalised word by a crawl ("Leaders'Meeting")
# ends its token, so that the kind word after it is read.
TOKEN_RE = re.compile(
    r"(?:[\w&./-]|(?<![sS])['’]|['’](?![A-Z][a-z]))+(?:(?<=[sS])['’](?=[A-Z][a-z]))?|[^\w\s]"
)
GLUED_POSSESSIVE_RE = re.compile(r"(?<=[sS]['’])(?=[A-Z][a-z])")
# Two capitalised words a copy glued together ("MediumEnterprises", "DigitalEconomy"), and
# "APEC" glued to the next word ("APECOnline").
GLUED_WORDS_RE = re.compile(r"\b([A-Z][a-z]{2,})([A-Z][a-z]{2,})\b|\bAPEC(?=[A-Z][a-z]{2,}\b)")
# Words of event names a reader knows without the text spelling them apart.
NAME_WORDS = frozenset(
    re.findall(
        r"\S+",
        "small medium enterprises enterprise business economy economic digital trade women "
        "innovation ministerial ministers officials senior leaders working group start-up startup "
        "online offline policy partnership cooperation development",
    )
)


def _unglued(title, text):
    """`title` with each glued pair of capitalised words split ("Small and MediumEnterprises"
    -> "Small and Medium Enterprises") when both halves are words the reader knows: words the
    text writes apart, or words of event names (NAME_WORDS); a name like "WeChat" or
    "LinkedIn" stays (c7)."""
    if not GLUED_WORDS_RE.search(title):
        return title
    known = NAME_WORDS | {w.lower() for w in re.findall(r"\b[A-Za-z][a-z]+\b", text)}

    def split(match):
        if match.group(1) is None:
            return "APEC "
        halves = [match.group(1).lower(), match.group(2).lower()]
        if all(half in known or half.rstrip("s") in known for half in halves):
            return f"{match.group(1)} {match.group(2)}"
        return match.group(0)

    return GLUED_WORDS_RE.sub(split, title)


def _capitalised(token):
    return token[:1].isupper() or token[:1].isdigit()


def _words_re(words):
    """One pattern finding any of `words` in any case, anywhere (a cheap test before the
    tokens are made: a name needs one of its kind words)."""
    if words is KIND_WORDS:
        return KIND_WORDS_RE
    return _words_re_cached(frozenset(words))


def _names_in(text, words, *, headline=False):
    """Unquoted names in `text` ending in (or built around) one of `words`, as (name, start)."""
    if not _words_re(words).search(text, 0, LONGEST):
        return []  # no kind word at all (most sentences of a long text): nothing to tokenise
    tokens = [(m.group(0), m.start(), m.end()) for m in TOKEN_RE.finditer(text[:LONGEST])]
    found = []
    index = floor = 0
    while index < len(tokens):
        bare = tokens[index][0].rstrip(".,")
        if not _kind_token(bare, words):
            index += 1
            continue
        following = tokens[index + 1][0].rstrip(".,").lower() if index + 1 < len(tokens) else ""
        if following in VENUE_WORDS or following in OFFICE_WORDS:
            index += 1  # "… Meeting Chair's Office Lima, Peru | date": who wrote the release
            continue
        first = _name_start(tokens, index, headline)
        # A name starts after the one before it ("… Meeting on Women and the Women in the
        # Economy Forum": the forum's name is not walked back into the meeting's).
        while first < floor or (first < index and tokens[first][0].lower() in CONNECTORS):
            first += 1
        last = _name_end(tokens, index, words)
        end = tokens[last][2]
        rest = re.match(r"\s*\(([A-Z][\w&-]{1,15})\)", text[end:LONGEST])
        if rest:
            end += rest.end()
        name = text[tokens[first][1] : end].rstrip(".,")
        lone = _lone_plural(bare, words, tokens[max(0, first - 1) : index])
        if lone and not _edition_after(tokens, index):
            index += 1  # "the APEC Meetings": several gatherings, not one joint name
            continue
        significant = [t for t, _, _ in tokens[first:index] if _capitalised(t)]
        # "Meeting of the Micro Enterprises Sub Group": the kind word leads, its "of …" names it
        if significant or (first == index and last > index):
            found.append((name, tokens[first][1]))
            floor = last + 1
        index = last + 1
    return found


def _kind_token(word, words):
    """Whether a capitalised `word` is one of `words`, or a kind word in the plural
    ("Meetings") that may end a joint name (`_lone_plural`)."""
    return word[:1].isupper() and (word.lower() in words or _plural_kind(word, words))


def _plural_kind(word, words):
    return words is KIND_WORDS and word[-1:] == "s" and word[:-1].lower() in KIND_WORDS


def _edition_after(tokens, index):
    """Whether a year or a Roman number follows the kind word at `index` ("CEO Dialogues
    2020"): the name of one edition of a series (c30)."""
    after = tokens[index + 1][0] if index + 1 < len(tokens) else ""
    return bool(re.fullmatch(r"(?:19|20)\d{2}|[IVX]{1,4}", after))


def _lone_plural(word, words, before):
    """Whether a plural kind word ends no joint name: one of two gatherings joined by "and"
    inside the name ("the Third APEC Senior Officials' and Ministerial Meetings (SOM3)", c12)
    is kept, and so are the senior officials' numbered meetings, one cluster ("the Third
    APEC Senior Official Meetings in Lima", a blog's headline, c34); "the APEC Meetings" and
    "First APEC 2045 Meetings" are several gatherings, not a name. A plural with a year or a
    number after it is an edition's name ("APEC CEO Dialogues 2020", c30): the caller keeps it."""
    if not _plural_kind(word, words):
        return False
    tokens = [token for token, _, _ in before]  # the name's words and the word before it
    cluster = bool(tokens) and OFFICIALS_TOKEN_RE.fullmatch(tokens[-1]) is not None
    numbered = cluster and any(_ordinal_token(t) for t in tokens[:2])
    return "and" not in tokens[1:] and not numbered


OFFICIALS_TOKEN_RE = re.compile(r"Officials?['’]?")


def _ordinal_token(token):
    """ "Third", "3rd": a number before a name."""
    return token.lower() in ORDINAL_WORDS or bool(ORDINAL_TOKEN_RE.fullmatch(token))


def _capitalised_run_start(tokens, index):
    """Walk back from `index` over capitalised words and joiners ("of", "and", "Women in
    STEM"); stop at a comma, a full stop or a possessive that starts another name."""
    first = index
    while first > 0:
        previous = tokens[first - 1][0]
        if previous.endswith((",", ".")) and previous.rstrip(".") not in ("U.S", "St"):
            break
        if previous.endswith(("'s", "’s")) and (
            not previous[:1].isupper()
            or previous[:-2] in POSSESSIVE_STOPS
            or previous[:-2].lower() in KIND_WORDS  # "APEC 2011 Forum's First … Meeting"
        ):
            break  # "Peru's APEC SME Forum", but "APEC Women's Business Summit"
        if _capitalised(previous) or previous in ("of", "and", "&", "de", "del"):
            first -= 1
            continue
        opening = _opening_quote(tokens, first - 1)
        if opening is not None:
            first = opening  # 'APEC Project “Sustainable …” Tokyo Workshop' (c7)
            continue
        step = _small_words_inside_name(tokens, first, previous)
        if not step:
            break
        first -= step
    return first


def _opening_quote(tokens, close):
    """The index of the quote opening the one closing at `close`, when a capitalised title of
    at most twelve tokens stands between them and a capitalised word before it ("APEC Project
    “Strategic Approach to …” Tokyo Workshop": a project's quoted title inside a name); else
    None."""
    if tokens[close][0] not in ('"', "”"):
        return None
    for index in range(close - 2, max(close - 14, 0), -1):
        if tokens[index][0] in ('"', "“"):
            inside = tokens[index + 1][0]
            named = index > 0 and _capitalised(tokens[index - 1][0])
            return index if named and inside[:1].isupper() else None
    return None


def _small_words_inside_name(tokens, first, previous):
    """How many lower-case tokens before `first` belong to the name (0: none, the name starts
    at `first`): "the" in "Women and the Economy Summit", "in the" in "Women in the Economy
    Forum", "in" in "Women in STEM Seminar"; not "for" in "Nanjing for the 21st …" nor in
    "… Republic of Korea for The Twelfth APEC …" (the name starts at "The")."""
    before = tokens[first - 2][0] if first > 1 else ""
    capital_before = first > 2 and _capitalised(tokens[first - 3][0])
    if previous == "the" and before in ("and", "&") and capital_before:
        # "a workshop on MSME Internationalization and the APEC 47th SME Working Group
        # Meeting": "the APEC …", "the 47th …" start another name (c11)
        starts_another = tokens[first][0] == "APEC" or tokens[first][0][:1].isdigit()
        return 0 if starts_another else 1
    if previous == "the" and before == "in" and capital_before:
        return 2
    if previous not in ("in", "for", "on") or not before[:1].isupper():
        return 0
    word = tokens[first][0]
    return 1 if word[:1].isupper() and word not in ("The", "A", "An") else 0


def _name_start(tokens, index, headline):
    """The first token of the name whose kind word is at `index`: the capitalised run
    before it, without a leading connector; in a headline, from its last "APEC"."""
    first = _capitalised_run_start(tokens, index)
    lead = [token[0].lower() for token in tokens[first : first + 4]]
    for words in (["summary", "report", "of"], ["report", "of"]):
        if lead[: len(words)] == words and first + len(words) < index:
            first += len(words)  # "Summary Report of the 22nd Meeting …": the meeting's name
            break
    while first < index and (
        tokens[first][0].lower() in CONNECTORS | NOT_NAME_START
        or not _capitalised(tokens[first][0])
        or VERB_ING_RE.fullmatch(tokens[first][0])  # "by Hosting Virtual Workshop to …"
        or DAY_NUMBER_RE.fullmatch(tokens[first][0])  # "Nov. 16-17 and the APEC …": days
        # "on 12 November and the 12th World … Conference": the day's month (i28l8)
        or tokens[first][0].lower().rstrip(".") in MONTH_NUMBERS
        or _date_number(tokens, first)  # "…, 2040 and the APEC …": a year
        or re.split(r"['’]", tokens[first][0].lower())[0] in WEEKDAYS  # "Friday's … Meeting"
    ):
        first += 1
    if first > 0 and first < index and tokens[first - 1][0] in ORDINAL_WORDS:
        first -= 1  # "the second APEC SME Ministerial Meeting" is another meeting
    first = _after_week(tokens, first, index)
    return _headline_name_start(tokens, first, index) if headline else first


def _after_week(tokens, first, index):
    """The first token of a name after a week joined to it by "and (the)": "the Food Security
    Week and the Agriculture Ministers Meeting" names two events, the week (read by the
    weeks' pass, "Week" being no kind word) and the meeting (round d1)."""
    for i in range(index - 2, first - 1, -1):
        if tokens[i][0] == "Week" and tokens[i + 1][0].lower() in ("and", "&"):
            first = i + 2
            while first < index and tokens[first][0].lower() in ARTICLES:
                first += 1
            break
    return first


def _date_number(tokens, index):
    """Whether the token is a date's year before the name, not its number: "2040" in
    "November 8 to 10, 2040 and the … Meeting" (a day, "on 19 and the …", is DAY_NUMBER_RE's)."""
    token = tokens[index][0]
    following = tokens[index + 1][0] if index + 1 < len(tokens) else ""
    return bool(re.fullmatch(r"\d{3,4}", token)) and following in ("and", "&")


def _headline_name_start(tokens, first, index):
    """In a headline, the name starts at its last "APEC" (with an ordinal before it), and
    after a word that ends the headline's report ("… Wraps Up Ahead of Ministers' Meeting")."""
    apec = [i for i in range(first, index) if tokens[i][0] == "APEC"]
    if apec:
        start, first = first, apec[-1]
        while first > start and tokens[first - 1][0].startswith("APEC-"):
            first -= 1  # "2nd APEC-PPSTI APEC Centers Cooperation Conference": one name
        if first > start and _headline_ordinal(tokens, first, index):
            first -= 1  # "11th APEC SME …", "Report of the First APEC Sub-Committee …" (c38)
    # "APEC SME Working Group Wraps Up Ahead of Ministers' Meeting": the headline's report
    # ends at "Ahead of"; the event word after it names another meeting
    breaks = [i for i in range(first, index) if tokens[i][0] in HEADLINE_BREAKS]
    # "Officials Begin Technical Meeting Cluster": the report's verb before the name (c38)
    breaks += [i for i in range(first, index - 1) if tokens[i][0] in HEADLINE_VERBS]
    if breaks:
        breaks.sort()
        first = breaks[-1] + 1
        while first < index and tokens[first][0] in ("of", "Of", "the", "The", "to", "To"):
            first += 1
    return first


def _headline_ordinal(tokens, apec, index):
    """Whether the word before a headline's "APEC" numbers the name: "11th", and an ordinal
    word ("First") but before a senior officials' meeting, named without its number (c38)."""
    before = tokens[apec - 1][0]
    if ORDINAL_TOKEN_RE.fullmatch(before):
        return True
    officials = any(OFFICIALS_TOKEN_RE.fullmatch(t) for t, _, _ in tokens[apec:index])
    return before.lower() in ORDINAL_WORDS and not officials


DAY_WORDS = set(WEEKDAYS) | set(MONTH_NUMBERS)
# A day or a range of days ("16-17" after "Nov."): the date before a name, never its start.
DAY_NUMBER_RE = re.compile(r"\d{1,2}(?:[-–]\d{1,2})?")


def _name_end(tokens, index, words):
    """The last token of the name: the kind word, or the end of an "on/for/of …" part
    ("Workshop on Coastal MSMEs"), and a number or year after it ("Forum II")."""
    last = index
    with_leaders = _with_leaders(tokens, index)
    if with_leaders:
        return with_leaders  # "ABAC Dialogue with APEC Leaders"
    # "… Meeting of APEC SMEWG", and in a heading in capitals "… MEETING OF APEC SMEWG"
    if index + 2 < len(tokens) and tokens[index + 1][0] in ("on", "for", "of", "ON", "FOR", "OF"):
        probe = index + 2
        if tokens[probe][0] in ("the", "THE"):
            probe += 1
        closing = _closing_quote(tokens, probe)
        if closing is not None:
            return closing  # 'Forum on "Entrepreneurship for the Future of Work"'
        day = probe < len(tokens) and tokens[probe][0].lower().rstrip(".") in DAY_WORDS
        if probe < len(tokens) and tokens[probe][0][:1].isupper() and not day:
            # (not "… Meeting on Saturday": a day, no part of the name)
            last = probe
            while last + 1 < len(tokens) and _name_goes_on(tokens, last, words):
                if _capitals_end(tokens, index, last):
                    break
                last += 1
            while tokens[last][0].lower() in CONNECTORS:
                last -= 1
    while last + 1 < len(tokens) and re.fullmatch(
        r"(?:[IVX]{1,4}|[2-9]|(?:19|20)\d{2})", tokens[last + 1][0]
    ):
        after = tokens[last + 2][0].lower().rstrip(".") if last + 2 < len(tokens) else ""
        if after in MONTH_NUMBERS or after in ("-", "–", "—", "to"):
            break  # "… Meeting 2–3 September", "… Forum 4 September": days, not a number
        last += 1
    return last


def _capitals_end(tokens, index, last):
    """Whether a name written in capitals ends after `last`: "… MEETING OF THE OCEAN AND
    FISHERIES WORKING GROUP Crown Regency Resort …", a meeting paper's header running on
    into its venue, in mixed case (c17)."""
    after = tokens[last + 1][0]
    return tokens[index][0].isupper() and tokens[last][0].isupper() and not after.isupper()


def _with_leaders(tokens, index):
    """The last token of "Dialogue with (APEC) Leaders" after a dialogue's kind word, or
    None: the business council's dialogue of a leaders' week is named so."""
    if tokens[index][0].lower() not in ("dialogue", "dialog") or index + 2 >= len(tokens):
        return None
    if tokens[index + 1][0] != "with":
        return None
    probe = index + 2 + (tokens[index + 2][0] == "APEC" and index + 3 < len(tokens))
    return probe if tokens[probe][0] in ("Leaders", "Leaders'", "Leaders’") else None


def _closing_quote(tokens, probe):
    """The index of the quote closing the one at `probe` when a capitalised theme of at most
    twelve tokens stands between them ("on “Entrepreneurship for the Future of Work”")."""
    if probe + 1 >= len(tokens) or tokens[probe][0] not in ('"', "“"):
        return None
    if not tokens[probe + 1][0][:1].isupper():
        return None
    for index in range(probe + 2, min(probe + 14, len(tokens))):
        if tokens[index][0] in ('"', "”"):
            return index
    return None


def _name_goes_on(tokens, last, words):
    """Whether the token after `last` still belongs to an "on/for/of …" part of a name."""
    if tokens[last][0] == "," and _listed_topic(tokens, last):
        return True  # a comma the topic's list goes on over (c38)
    if tokens[last][0].endswith((",", ".")):
        return False
    after = tokens[last + 1][0]
    following = tokens[last + 2][0] if last + 2 < len(tokens) else ""
    if after.rstrip(".").lower() in MONTH_NUMBERS and following[:1].isdigit():
        return False  # "… of Senior Finance Representatives October 13th, 2019": its day (c17)
    if after in HEADLINE_REPORT_WORDS:
        return False  # "… of the APSN Advisory Board Successfully Held in Bangkok" (c38)
    return (
        (after[:1].isupper() and after.lower() not in words)
        or after in ("of", "and", "for", "to", "&")
        # "… of the APEC Sub-Committee on Standards and Conformance", "… of Focal Points
        # within APEC Region": a body's own "on" or "within" part, not a day (c38)
        or (after in ("on", "within") and _titled_word(following))
        # "… Dialogue on Women, Trade and Digital Inclusion": a topic listed with commas
        or (after == "," and _listed_topic(tokens, last + 1))
        # "… on Coastal MSMEs and the Blue Economy", not "… Meeting on Women and the Women
        # in the Economy Forum": a second name, ending in its own kind word
        or (
            after == "the"
            and tokens[last][0] in ("and", "&")
            and following[:1].isupper()
            and not _kind_word_ahead(tokens, last + 2, words)
        )
        or (after == "in" and following == "the")
    )


def _titled_word(word):
    """A capitalised word that is no day, month or weekday ("Standards", not "Monday")."""
    return word[:1].isupper() and word.lower().rstrip(".") not in DAY_WORDS


def _listed_topic(tokens, comma):
    """Whether the comma at `comma` goes on a topic's list of capitalised words ended by
    "and" and a capitalised word: ", Trade and Digital Inclusion", ", Trade, and Jobs"."""
    index = comma
    for _ in range(4):  # at most four more items
        if index + 1 >= len(tokens) or tokens[index][0] != ",":
            return False
        index += 1
        if tokens[index][0] in ("and", "&"):  # the serial comma: ", and Jobs"
            return index + 1 < len(tokens) and _titled_word(tokens[index + 1][0])
        run = index
        while run < len(tokens) and _titled_word(tokens[run][0]) and run - index < 4:
            run += 1
        if run == index or run >= len(tokens):
            return False
        if tokens[run][0] in ("and", "&"):
            return run + 1 < len(tokens) and _titled_word(tokens[run + 1][0])
        index = run
    return False


def _hosts_role(mention):
    """Whether the meeting is named as what a host hosts ("as the host of 2026 APEC Economic
    Leaders' Meeting")."""
    before = mention.sentence.text[max(0, mention.position - 20) : mention.position]
    return HOST_OF_RE.search(before) is not None


def _kind_word_ahead(tokens, index, words):
    """Whether a kind word ends the capitalised run (with its small joiners) from `index`,
    looking at most eight tokens ahead."""
    for token, _, _ in tokens[index : index + 8]:
        bare = token.rstrip(".,")
        if bare.lower() in words and bare[:1].isupper():
            return True
        if not (bare[:1].isupper() or bare in ("of", "in", "the", "and", "on", "for", "&")):
            return False
        if token.endswith((",", ".")):
            return False
    return False


# 'this year's Business Forum includes "SME Exhibition" (102 booths …)': a quoted name after
# "includes", "including", "features" is a part of another event, not the text's own.
QUOTED_PART_RE = re.compile(r"\b(?:includes?|including|included|features?|featured|featuring)\W*$")


def _quoted_part(mention):
    """Whether a quoted name is given as a part another event includes."""
    before = mention.sentence.text[max(0, mention.position - 30) : mention.position]
    return QUOTED_PART_RE.search(before) is not None


def _only_mentioned(mention):
    """Whether the text names the meeting only as where its work goes next ("presented to the
    APEC Economic Leaders' Meeting", "preparing for the …"), or in a person's office ("Chair
    of the Senior Officials' Meeting (SOM) APEC 2017 Bui Thanh Son", a photo caption), not as
    one it reports."""
    before = mention.sentence.text[max(0, mention.position - 40) : mention.position]
    if COMING_AFTER_RE.match(mention.sentence.text, mention.position + len(mention.name)):
        return True  # "With the … Leaders' Meeting just around the corner, …" (c35)
    return ONLY_MENTIONED_RE.search(before) is not None or OFFICE_OF_RE.search(before) is not None


# "13 years after China hosted the", "since Santiago hosted the": a past meeting recalled;
# "the chair reported the results of the ABAC Meeting in Lima": a meeting reported on. Neither
# is the page's own event; each is one more event of the page when it has a day or a town
# (rounds c23 and, for recalled meetings, the seventh session's convention fix)
REPORTED_ON = r"\breport(?:ed|s|ing)?\s+(?:on\s+)?the\s+(?:results|outcomes?)\s+of\s+(?:the\s+)?$"
RECALLED_BEFORE_RE = re.compile(
    r"\b(?:after|since)\s+(?:[A-Z][\w’'-]*\s+){1,4}hosted\s+(?:the\s+)?$"
    r"|\byears\s+(?:after|since)\s+(?:the\s+)?$"
    rf"|{REPORTED_ON}"
    # "The PPWE was established at the second Senior Officials' Meeting in May 2011": where a
    # group began, history the page recalls (round c2)
    r"|\b(?:was|were)\s+(?:first\s+)?(?:established|founded|created|set\s+up)\s+(?:at|during)"
    r"\s+(?:the\s+)?$"
)
RECALLED_AFTER_RE = re.compile(r"[^.;]{0,60}?\b(?:years|decades?)\s+ago\b")


def _recalled(mention):
    """Whether a body mention names a past event the text recalls: after "… years after X
    hosted the", "since X hosted the", or with "… years ago" after it in its clause."""
    if mention.sentence.paragraph < 0:
        return False
    text = mention.sentence.text[:LONGEST]
    start = text.find(mention.name, mention.position)
    if start < 0:
        # a name built from what the text wrote ("the ABAC Meeting": "APEC Business Advisory
        # Council meeting"): only what stands before it
        before = mention.position
        return bool(RECALLED_BEFORE_RE.search(text, max(0, before - 60), before))
    end = start + len(mention.name)
    return bool(
        RECALLED_BEFORE_RE.search(text, max(0, start - 60), start)
        or RECALLED_AFTER_RE.match(text, end)
    )


# A sentence about a past year: "As many of you saw last year, … met … in Sun Valley at the
# 53rd SME Ministerial Meeting" (c22).
PAST_YEAR_RE = re.compile(
    r"\b(?:last|previous|past)\s+year\b|\ba\s+year\s+ago\b|\byears\s+ago\b", re.I
)


def _said_past(mention):
    """Whether a body mention's sentence speaks of last year (or years ago): a meeting the
    page looks back on, not the one a header names and dates (c22)."""
    return mention.sentence.paragraph >= 0 and _past_sentence(mention.sentence)


def _past_sentence(sentence):
    return PAST_YEAR_RE.search(sentence.text, 0, LONGEST) is not None


def _list_item(mention):
    """A line that is only the event's name and its dates: "APEC SME Forum - October 4-5"."""
    if mention.position != 0:
        return False
    rest = mention.sentence.text[len(mention.name) : LONGEST]
    return bool(LIST_ITEM_REST_RE.match(rest))


# A list item written date first: "14-15 November, APEC Concluding Senior Officials' Meeting".
DATE_FIRST_ITEM_RE = re.compile(
    rf"^\s*(?:{DD}(?:\s*[–—-]\s*{DD})?\s+{MON}|{MON}\s+{DD}(?:\s*[–—-]\s*{DD})?)"
    rf"(?:,?\s+{YYYY})?\s*(?:[,:|]|\s[–—-])\s*$"
)


def _dated_list_item(mention):
    """A line that is the event's days and then its name: "17-18 November, APEC Ministerial
    Meeting" (the name ends the line)."""
    text = mention.sentence.text
    end = mention.position + len(mention.name)
    if text[end:].strip(" .") or mention.position > 40:
        return False
    return bool(DATE_FIRST_ITEM_RE.match(text[: mention.position]))


def _dated_places(text, places):
    """Each place with the first month phrase after it, as (city, position, match)."""
    dates = [(m.start(), m) for m in MONTH_PHRASE_RE.finditer(text)]
    dated = []
    for city, position in places:
        after = [m for start, m in dates if start > position]
        if after:
            dated.append((city, position, after[0]))
    return dated


def _good_name(name, source):
    """Enough of a name to be an event's: "APEC SME Forum", "Women Entrepreneurs Summit"."""
    series = _series(name)
    words = re.findall(r"[\w’'-]+", series)
    if len(words) < 2 or len(series) > 600:  # over 300: read, and "too-long" says so
        return False
    if source == "quote":
        # "As the host of the 2029 APEC SME Ministerial Meeting, Chile wants …": a quoted
        # remark, not a quoted name (a name has few lower-case words besides joiners).
        lower = [w for w in words if w[:1].islower() and w not in CONNECTORS | ARTICLES]
        return _kind_of(name) is not None and len(lower) <= 3
    if APEC_ITSELF_RE.fullmatch(series.strip()):
        return False  # "the Asia- Pacific Economic Cooperation Forum": APEC itself (c1)
    if OFFICE_OF_TRAINING_RE.match(series.strip()):
        return False  # "General Department of Sports and Physical Training": an office (c7)
    capitals = [w for w in words if _capitalised(w)]
    apec = any(w == "APEC" or w.startswith("APEC-") for w in words)  # "APEC-VC Workshop"
    return apec or any(w[:1].isdigit() for w in words) or len(capitals) >= 3


# A government office whose name ends in a kind word that is also a field of work:
# "General Department of Sports and Physical Training", "Bureau of Vocational Training".
OFFICE_OF_TRAINING_RE = re.compile(
    r"(?:[A-Z]\w+\s+){0,2}(?:Department|Ministry|Bureau|Directorate|Agency|Administration"
    r"|Office|Institute|Council|Authority)\s+(?:for|of)\s+[^,;]*\b(?:Training|Courses?)$"
)


# APEC's own name, never an event's: "Asia-Pacific Economic Cooperation Forum", "APEC Forum"
# (a wire's "Trade ministers of 21 economies of the Asia- Pacific Economic Cooperation Forum";
# a briefing's "the Asia Pacific Economic Cooperation (APEC) Forum", no hyphen, c18).
# A year's forum is APEC in its host year too: "at the APEC 2022 Forum, the delegates from the
# 60th APEC Tourism Working Group Meeting are coming together" (c30).
APEC_ITSELF_RE = re.compile(
    r"(?i:(?:the\s+)?(?:APEC|Asia(?:-\s?|\s)Pacific\s+Economic\s+Co-?operation)(?:\s+\(APEC\))?"
    r"(?:\s+(?:19|20)\d{2})?\s+forum)"
)


# The line of a meeting paper's symbol and title ("2016/SOM1/CD/005 Agenda Item: 3A.i APEC Risk
# Assessment Training … Submitted by: Australia"): what the paper is, not the meeting it was
# written for (that is its cover line, see _Document._take_cover_line).
PAPER_LINE_RE = re.compile(r"\bAgenda\s+Item\s*:|\bSubmitted\s+by\s*:")


def _mentions(doc):
    """Every event name in the text, in order: fields, headline, then the body."""
    found = []
    if "title" in doc.fields:
        sentence = doc.fields["title"]
        found.append(Mention(sentence.text.strip(' “”"'), sentence, 0, "field"))
    for heading in [doc.headline, *doc.headings] if doc.headline else doc.headings:
        if doc.cover and PAPER_LINE_RE.search(heading.text):
            continue  # a meeting paper's own title and symbol line, not an event
        found += _heading_mentions(heading)
    found += _body_mentions(doc)
    return _ordinals_kept_in_chronology(found)


def _heading_mentions(heading):
    """The names in a headline or heading: its quoted names, then the others (with a
    subtitle after a colon or a dash that names no other event)."""
    found = []
    for quoted in QUOTED_RE.finditer(heading.text):
        if _good_name(quoted.group(1), "quote"):
            found.append(Mention(quoted.group(1).strip(), heading, quoted.start(), "quote"))
    named = _names_in(heading.text, KIND_WORDS, headline=True)
    # "At the Conclusion of the 17th SMEWG Meeting": a group's acronym is its full name
    spelled = {start: name for name, start, _ in _acronym_meetings(heading.text)}
    for name, start in named:
        prefix = DAY_PREFIX_RE.match(name)
        if prefix:
            # "Results from Day 4 of SOM 2 and Related Meetings": the cluster (c35)
            name, start = name[prefix.end() :], start + prefix.end()
        if _lead_phrase(heading.text, name, start, named):
            continue
        if OFFICE_OF_RE.search(heading.text, max(0, start - 40), start):
            continue  # a photo caption's "Chair of the Senior Officials' Meeting …": an office
        name = spelled.get(start, name)
        if _good_name(name, "headline") or _speech_occasion(heading.text, name, start):
            rest = heading.text[start + len(name) :]
            subtitle = re.match(r"^(\s*:\s+|\s+[–—-]\s+)(?P<sub>[A-Z].+)$", rest)
            # "APEC 2024 Leaders' Summit: First preparatory meeting has begun in Peru": a
            # report after the colon (a verb of what happened) is no part of the name
            report = subtitle and HEADLINE_REPORT_RE.search(subtitle.group("sub"))
            # "APEC CEO Summit 2046: Regional Forum": after a series' year, the subtitle is
            # that edition's, whatever kind word it holds (c18)
            dated = TRAILING_YEAR_RE.search(name) is not None
            if subtitle and not report and (dated or not _names_in(rest, KIND_WORDS)):
                name = name + subtitle.group(1) + subtitle.group("sub")
            found.append(Mention(name, heading, start, "headline"))
    found += _ceremony_heading(heading, named)
    return found + _heading_unnamed(heading, named, spelled)


def _heading_unnamed(heading, named, spelled):
    """The meetings a heading names without a kind word of their own where no name stands:
    by an acronym ("… as Liaison Officer in the 57th APEC SMEWG"), or as a group's meeting
    ("APEC Policy Partnership on Women and the Economy second meeting")."""
    spans = [(start, start + len(name)) for name, start in named]
    found = []
    for start, name in spelled.items():
        if not any(a <= start < b for a, b in spans) and _good_name(name, "headline"):
            found.append(Mention(name, heading, start, "headline"))
    for name, start, _ in _possessive_group_meetings(heading.text):
        if not any(a <= start < b for a, b in spans):
            found.append(Mention(name, heading, start, "headline"))
    return found


# A heading naming a ceremony or a launch, of a body no kind word names ("Founding Ceremony of
# the APEC SME Service Alliance", "Launch of the APEC Digital Skills Network"): that is the
# page's event, its name the whole heading (c22).
CEREMONY_HEADING_RE = re.compile(
    r"^(?:(?:Founding|Launching|Launch|Opening|Inauguration|Inaugural|Signing|Official)\s+)?"
    r"(?:Ceremony|Launch|Inauguration|Founding)\s+(?:of|for)\s+(?:the\s+)?APEC\b"
    r"(?:\s+[A-Z0-9][\w’'&-]*|\s+(?:of|for|and|on|in)(?=\s+[A-Z])){1,12}\s*$"
)


# The launch of an APEC body in a body sentence ("giving the thumbs-up to the launch of the APEC
# Skills Development Capacity Building Alliance last November in … Taichung City"): an event
# of its own, named so (c22).
LAUNCH_NAME_RE = re.compile(
    r"\b(?:launch|inauguration|founding)\s+of\s+the\s+APEC"
    r"(?:\s+[A-Z0-9][\w’'&-]*|\s+(?:of|for|and|on|in)(?=\s+[A-Z])){1,12}"
)


def _ceremony_heading(heading, named):
    """ "Founding Ceremony of the APEC SME Service Alliance" as a heading naming no event of a
    kind word: the ceremony is the page's event (c22). A list of none or that mention."""
    ceremony = CEREMONY_HEADING_RE.match(heading.text) if not named else None
    return [Mention(ceremony.group(0).strip(), heading, 0, "headline")] if ceremony else []


def _body_mentions(doc):
    """The names in the body's sentences, in the order written."""
    found = []
    names = Memo(_sentence_names)  # a text may repeat a sentence many times
    items = {id(sentence): name for name, sentence in doc.programme}
    for sentence in doc.body:
        if doc.cover and PAPER_LINE_RE.search(sentence.text):
            continue  # a meeting paper's own title and symbol line, not an event
        named = names[sentence.text]
        if id(sentence) in items and not any(start == 0 for _, start, _ in named):
            # a programme's meeting is named by its heading, a kind word or not ("Voices of
            # the Future" over its own "Date:" label)
            named = [(items[id(sentence)], 0, "body"), *named]
        for name, start, source in named:
            found.append(Mention(name, sentence, start, source))
    return found


# A quote said to be a theme, a motto or a slogan ("The main theme of this year's APEC forum
# is “Toward One Community: Meet the Challenge …”", "under the theme “…”", "the meeting
# themed “…”"): what it is about, never its name, whatever kind word the quote holds.
THEME_BEFORE_QUOTE_RE = re.compile(
    r"\b(?i:themes?|themed|mottos?|slogans?|taglines?)\b"
    r"(?:\s+(?:of|for)\s+[^“”\".;]{1,60})?\s*(?:is|was|will\s+be|reads|:|,)?\s*$"
)


def _quoted_names(text):
    """([(name, start, "quote")], [(start, end)]) of the quoted names of a sentence: a quote
    that is a name, or the title a kind word right before it gives (`_kind_before_quote`; a
    stop inside its quotes is no part of it: 'a workshop themed “Counting Green Jobs.”'). A
    quoted remark is prose: the names in it are read as the body's."""
    found, spans = [], []
    for quoted in QUOTED_RE.finditer(text[:LONGEST]):
        name = quoted.group(1).strip()
        titled = _kind_before_quote(text, quoted)
        if not titled and THEME_BEFORE_QUOTE_RE.search(
            text, max(0, quoted.start() - 90), quoted.start()
        ):
            spans.append((quoted.start(), quoted.end()))  # a theme: no name, nor one inside
            continue
        good = _good_name(name, "quote")
        if good or titled:
            spans.append((quoted.start(), quoted.end()))
            found.append((name if good else name.rstrip(".,;:"), quoted.start(), "quote"))
    return found, spans


def _sentence_names(text):
    """(name, start, source) of each event name in a body sentence: its quoted names, then
    the others in the order written."""
    if len(text) < 6 or not WORD_CHARACTER_RE.search(text, 0, LONGEST):
        return ()  # a name has two words, one a kind word of 4+ letters; a quote 4+ inside
    found, quoted_spans = _quoted_names(text)
    here, short = [], []
    named = _names_in(text, KIND_WORDS)
    for name, start in named:
        if _taken(quoted_spans, start, start + len(name)):
            continue
        if _lead_phrase(text, name, start, named):
            continue
        if VENUE_AFTER_RE.match(text[start + len(name) : LONGEST]):
            continue  # "the … International Exhibition and Convention Centre" is a place
        if _participant(text, start) and not _attended_after(text, name, start):
            continue  # "observers from …, the Pacific Island Forum": who came, not an event
        if ORGANISATION_GLOSS_RE.match(text, start + len(name)):
            continue  # "the Pacific Business Forum, an APEC suborgan": a body, not an event
        if _good_name(name, "body"):
            name = TRAILING_ACRONYM_RE.sub("", name)  # "… Meeting (SOM1)"
            here.append((name, start, "body"))
        elif _listed_short_name(text, name, start):
            short.append((name, start, "body"))
        elif _speech_occasion(text, name, start):
            here.append((name, start, "body"))  # "Speech delivered to the SME Summit at …
    here = _occasions_and_launches(text, here)
    if here:
        here.extend(short)  # "…, the CEO Summit 17–19, the Leaders' Meeting on 19–20" in a list
    else:
        # a schedule's item alone on its line: "Agri-Food Fair - October 3-5" (round f3)
        here.extend(
            item for item in short if SCHEDULE_ITEM_RE.fullmatch(text, item[1] + len(item[0]))
        )
    here.extend(_group_meetings(text))
    here.extend(_acronym_meetings(text))
    here.extend(_numbered_acronym_names(text, here))
    # a written-out name another rule already reads there ("… for Trade meeting in Jeju")
    here.extend(g for g in _glossed_meetings(text) if not any(abs(g[1] - h[1]) < 40 for h in here))
    here.extend(_joint_meetings(text))
    here.extend(_frame_weeks(text))
    called = _called_names(text)
    if called:
        return (*found, *_called_first(text, called, here))
    # In the order written: the group's meeting before "the One Data Forum" it mentions.
    return (*found, *sorted(here, key=lambda name: name[1]))


def _kind_before_quote(text, quoted):
    """Whether the quote `quoted` is the title of the gathering named by the kind word right
    before it (KIND_BEFORE_QUOTE_RE), a title of a capitalised word and more."""
    title = quoted.group(1).strip()
    if not title[:1].isupper() or len(title.split()) < 2:
        return False
    return bool(KIND_BEFORE_QUOTE_RE.search(text, max(0, quoted.start() - 40), quoted.start()))


# The occasion a speech was given to, named right after ("Speech delivered to the SME Summit
# at the 22nd APEC Ministerial Meeting"): a name of two words is the speech's event (c22).
SPEECH_OCCASION_RE = re.compile(
    r"\b(?:speech|address|remarks|keynote)(?:\s+(?:delivered|given|made))?\s+(?:to|at|before)"
    r"\s+the\s+$",
    re.I,
)


# A government's speech release: "Following is the speech by the Secretary …, Mr …, at the
# Asia-Pacific Economic Cooperation (APEC) Business Advisory Council (ABAC) luncheon today
# (January 29):": the occasion, a name whatever its words, right before "today (" (c22).
SPEECH_AT_TODAY_RE = re.compile(
    r"\bFollowing\s+is\s+the\s+(?:[a-z]+\s+)?(?:speech|remarks|address)\s+by\b[^:;]{0,300}?"
    r"\bat\s+the\s+(?P<name>(?:[A-Z][\w’'&.-]*|\([A-Z]{2,10}\))(?:\s+(?:[A-Z][\w’'&.-]*"
    r"|\([A-Z]{2,10}\)|of|for|and|on)){0,14}\s+[a-z]+)\s+(?:today|yesterday|tonight)\s+\("
)


def _speech_occasion(text, name, start):
    """Whether the capitalised `name` at `start` is what a speech was given to ("Speech
    delivered to the SME Summit"): a two-word name counts there (c22)."""
    return bool(SPEECH_OCCASION_RE.search(text[max(0, start - 40) : start])) and name[:1].isupper()


def _occasions_and_launches(text, here):
    """`here` with a speech release's occasion before "today (" (when the sentence names no
    other event) and each launch of an APEC body, whose name holds any name read inside it
    ("… Training Alliance" is no training) (c22)."""
    occasion = SPEECH_AT_TODAY_RE.search(text, 0, LONGEST) if not here else None
    if occasion and not _names_in(occasion.group("name"), KIND_WORDS):
        # "Following is the speech by …, at the … (ABAC) luncheon today (January 29):"
        here = [*here, (occasion.group("name"), occasion.start("name"), "body")]
    for launch in LAUNCH_NAME_RE.finditer(text, 0, LONGEST):
        here = [h for h in here if not launch.start() <= h[1] < launch.end()]
        here.append((launch.group(0), launch.start(), "body"))
    return here


def _called_first(text, called, here):
    """The names of a sentence giving its gathering's name after "called" (`_called_names`):
    the named gathering is the sentence's event, and a meeting the sentence places it in
    ("from 2 through 20 August during the Third APEC Senior Officials' Meeting (SOM3) …, Chile
    held a run of talks called APEC Data Fortnight") its frame, a further record after it
    (c14)."""
    taken = [(start, start + len(name)) for name, start, _ in called]
    here = [h for h in here if not _taken(taken, h[1], h[1] + len(h[0]))]
    framed = [h for h in here if FRAME_CUE_RE.search(text, max(0, h[1] - 30), h[1])]
    rest = [h for h in here if h not in framed]
    return (*sorted([*called, *rest], key=lambda name: name[1]), *framed)


# A page's own name for its gathering, given after a cue, a lower-case gathering before the cue
# in its clause ("a run of workshops and talks called APEC Data Fortnight: Public Data for Every
# Small Firm", "a series of events … called APEC Digital Month: …"); or a name glossed by its
# short form ("The annual APEC Family Enterprise Excellence Prize, known as the APEC FEE Prize,
# is an initiative of …") in a sentence speaking of a lower-case gathering ("this year's
# contest"). Neither needs a kind word in the name; a name after "called" with no gathering
# before it ("a handbook called APEC Data Basics") names none (c14).
_CALLED_NAME = (
    r"APEC(?:\s+[A-Z0-9][\w'’&-]*|\s+(?:a|an|the|of|for|and|to|in|on|with|by)(?=\s+[A-Z])"
    r"|:(?=\s+[A-Z])){1,16}"
)
_GATHERINGS = (
    r"events?|activities|contests?|competitions?|workshops|talks|dialogues|sessions|meetings"
    r"|gatherings?|festival"
)
# A body, not a gathering, when a short form glosses it ("the APEC Business Advisory Council,
# known as ABAC"): its name ends in one of these.
GLOSSED_BODY_RE = re.compile(
    r"\b(?:Council|Committee|Group|Network|Secretariat|Unit|Centre|Center|Fund|Partnership"
    r"|Force|Board|Association|Foundation|Initiative|Programme|Program|Agenda|Plan)$"
)
CALLED_NAME_RE = re.compile(
    rf"\b(?:{_GATHERINGS})\b[^.;:]{{0,80}}?\b(?:called|named|dubbed|titled|entitled"
    rf"|known\s+as)\s+(?:the\s+)?[“\"]?(?P<name>{_CALLED_NAME})"
)
GLOSSED_NAME_RE = re.compile(
    rf"(?P<name>{_CALLED_NAME}),\s+(?:also\s+)?known\s+as\s+(?:the\s+)?[A-Z][\w-]*"
)
GATHERING_WORD_RE = re.compile(rf"\b(?:{_GATHERINGS})\b")
FRAME_CUE_RE = re.compile(
    r"\b(?:during|on\s+the\s+(?:sidelines|margins)\s+of|as\s+(?:a\s+)?part\s+of|ahead\s+of)"
    r"\s+(?:the\s+)?$"
)
CALLED_TRAILING_RE = re.compile(r"(?:\s+(?:a|an|the|of|for|and|to|in|on|with|by))+$")


# Talks or a meeting the lede reports as held in a city (c14): "during two days of talks … that
# closed in Puerto Montt on Friday", "technical discussions … that just concluded in …".
GATHERED_IN_RE = re.compile(
    r"\b(?:talks|discussions|meetings?|dialogue|workshop|met|gathered|convened)\b"
    r"[^.;]{0,120}?\b(?:in|at)\s+(?P<city>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})"
)


def _byline_group_meeting(doc):
    """(name, sentence) of the meeting of the APEC group that issued a release ("APEC Small and
    Medium Enterprise Working Group Ho Chi Minh City, Viet Nam | 04 May 2016"), when one of
    the first three body sentences reports talks or a meeting in the bar line's city: the
    page names no event, but reports its group's meeting there; else None (c14)."""
    if doc.byline_group is None or doc.dateline is None or not doc.dateline[0]:
        return None
    city = doc.dateline[0]
    for sentence in doc.body[:3]:
        for match in GATHERED_IN_RE.finditer(sentence.text[:LONGEST]):
            if match.group("city").startswith(city):
                return f"{doc.byline_group.text} meeting", sentence
    return None


# A sentence opening on where a body met, the body right after ("Meeting in Shenzhen, the
# Council recommended …"): the body's meeting in that city (c14). "Meeting customers in …" is
# no gathering: the participle is followed by "in" at once.
MEETING_LEAD_RE = re.compile(
    r"^(?:Meeting|Gathering|Convening)\s+(?:in|at)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3},"
    r"\s+(?:the\s+)?(?P<who>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,5})\b"
)


# An APEC body placed at its meeting by a participle after its name (ninth session): "We, the
# Economic Leaders of APEC, meeting in Bandar Seri Begawan …" (how Leaders' declarations and
# many ministers' statements open), "business leaders in the APEC Business Advisory Council
# (ABAC), meeting this week in Ha Long, …": the body's meeting, in that town.
BODY_MEETING_IN_RE = re.compile(
    r"(?P<who>(?:APEC|Asia-Pacific\s+Economic\s+Cooperation|[A-Z][\w’'-]*)"
    r"(?:\s+(?:(?:of|for|on|and|the|responsible\s+for)\s+)?[A-Z][\w’'-]*){0,7})"
    r"(?:\s+\((?P<acronym>[A-Z]{2,8})\))?,\s+(?:meeting|gathered|gathering|convening)\s+"
    r"(?:(?:this|last)\s+week\s+|today\s+|here\s+)?in\s+[A-Z]"
)


def _body_meeting_in(sentence):
    """The name of the meeting `sentence` places an APEC body at (`BODY_MEETING_IN_RE`), or
    None when the body is no APEC one."""
    for match in BODY_MEETING_IN_RE.finditer(sentence.text[:LONGEST]):
        who = APEC_SPELLED_RE.sub("APEC", match.group("who"))
        who = re.sub(r"^(?:We|The|the)\s+", "", who)
        if "APEC" not in who.split():
            continue
        acronym = f" ({match.group('acronym')})" if match.group("acronym") else ""
        return f"{who}{acronym} meeting"
    return None


def _participle_meeting(doc):
    """(name, sentence) of the meeting a sentence places its subject at ("Meeting in
    Shenzhen, the Council recommended …"), the subject named in full in the text ("the APEC
    Business Advisory Council"); else None (c14). An APEC body with a participle after its
    name ("We, the Economic Leaders of APEC, meeting in …") is one too."""
    for sentence in doc.body[:FACT_SENTENCES]:
        lead = MEETING_LEAD_RE.match(sentence.text)
        if lead is None:
            name = _body_meeting_in(sentence)
            if name:
                return name, sentence
            continue
        last = lead.group("who").split()[-1]
        full = re.search(
            rf"\b(?:Asia-Pacific Economic Cooperation|APEC)(?:\s+[A-Z][\w&-]*){{0,6}}?\s+{re.escape(last)}\b",
            doc.text,
        )
        if full:
            return f"{APEC_SPELLED_RE.sub('APEC', full.group())} meeting", sentence
    return None


# An APEC project's title after its label, its number and forum before it ("Project number &
# title: CTI 13 2015A (SCSC) – Supporting … Through Standardization Activities Time period
# covered …"): a project report or page names its workshop by the project (c14).
PROJECT_TITLE_RE = re.compile(
    r"\bProject\s+(?:number\s+(?:&|and)\s+)?[Tt]itle\s*:?\s+"
    r"(?:[A-Z]{2,5}\s+\d{1,3}\s+\d{4}[A-Z]?\s+(?:\([A-Z]{2,10}\)\s+)?[–—-]\s+)?"
    r"(?P<title>[A-Z][\w’'-]*(?:,?\s+(?:[A-Z][\w’'-]*|\([A-Z]{2,10}\)"
    r"|(?:a|an|the|of|for|and|to|in|on|with|by)(?=\s+[A-Z(]))){1,30})"
)
# The project's gathering said to be held ("The workshop will be held in August …").
PROJECT_GATHERING_RE = re.compile(
    r"\b[Tt]he\s+(?:workshop|seminar|forum|symposium|conference|dialogue|training\s+course)"
    r"\s+(?:will\s+be|was|has\s+been|is\s+to\s+be)\s+(?:held|organi[sz]ed|conducted)\b"
)


def _project_gathering(doc):
    """(title, sentence) of the workshop (seminar, forum …) a project report says is or was
    held, named by the project's title, from the sentence saying so; else None (c14)."""
    title = None
    for sentence in doc.body[:FACT_SENTENCES]:
        match = title or PROJECT_TITLE_RE.search(sentence.text[:LONGEST])
        if match and title is None:
            words = match.group("title").split()
            # "… Standardization Activities Time period covered": the next label's first word
            if re.match(r"\s+[a-z]", sentence.text[match.end() :]) and len(words) > 2:
                words = words[:-1]
            title = " ".join(words).rstrip(",")
        if title and PROJECT_GATHERING_RE.search(sentence.text[:LONGEST]):
            return title, sentence
    return None


# "Experts attending the Bangkok meeting include …": a gathering named by its town (round c24).
TOWN_MEETING_RE = re.compile(
    r"\bthe\s+(?P<town>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+"
    r"(?P<kind>meeting|workshop|conference|forum|summit|seminar|symposium)\b(?!s)"
)


def _town_meeting(doc, city_of):
    """(title, town, sentence) of the first gathering the body names by a known town ("the
    Bangkok meeting") in a text naming APEC; else None. `city_of` is the gazetteer's lookup."""
    if "APEC" not in doc.text:
        return None
    for sentence in doc.body[:FACT_SENTENCES]:
        for match in TOWN_MEETING_RE.finditer(sentence.text[:LONGEST]):
            if city_of(match.group("town")):
                return f"{match.group('town')} {match.group('kind')}", match.group("town"), sentence
    return None


def _called_gathering(text, position):
    """The kind word of the lower-case gathering a name after "called" or a glossed name
    (`_called_names`) at `position` gives a name to ("this year's contest": "contest"), else
    None: the word a sentence before it may introduce the event with ("An APEC contest …
    will take place 14-15 November")."""
    if position not in {start for _, start, _ in _called_names(text)}:
        return None
    for match in GATHERING_WORD_RE.finditer(text[:LONGEST]):
        word = match.group().removesuffix("s")
        if word in KIND_WORDS:
            return word
    return None


def _called_names(text):
    """(name, start, "body") of the names `text` gives its gathering after "called" or as the
    long form a short one glosses (`CALLED_NAME_RE`, `GLOSSED_NAME_RE`)."""
    text = text[:LONGEST]
    if not (
        "called" in text
        or "named" in text
        or "dubbed" in text
        or "titled" in text
        or "known as" in text
    ):
        return []
    found = []
    for match in CALLED_NAME_RE.finditer(text):
        found.append((match.group("name"), match.start("name")))
    if GATHERING_WORD_RE.search(text):
        for match in GLOSSED_NAME_RE.finditer(text):
            if GLOSSED_BODY_RE.search(match.group("name")):
                continue
            if not any(start == match.start("name") for _, start in found):
                found.append((match.group("name"), match.start("name")))
    named = []
    for name, start in found:
        name = CALLED_TRAILING_RE.sub("", name)
        if len(name.split()) >= 2:
            named.append((name, start, "body"))
    return named


# A week the sentence's meeting is part of or leads up to, named right after the frame's cue
# ("…, being held today and tomorrow, as part of the APEC SME Week taking place in …"): "Week"
# is no kind word (a "summit week" is prose), but a named week after such a cue is the frame
# of the page's meeting (`week._frame_of`; c10). "… Week Business Forum" is a forum's name.
FRAME_WEEK_RE = re.compile(
    r"\b(?:as\s+(?:a\s+)?part\s+of|on\s+the\s+(?:sidelines|margins)\s+of|during|ahead\s+of"
    r"|leading\s+up\s+to)\s+(?:the\s+|this\s+year['’]s\s+)?(?:\d{4}\s+)?"
    r"(?P<name>(?:[A-Z][\w’'&-]*\s+){1,5}Week)\b(?!\s+[A-Z])"
)


def _frame_weeks(text):
    """(name, start, source) of each named week right after a frame's cue."""
    return [
        (match.group("name"), match.start("name"), "body")
        for match in FRAME_WEEK_RE.finditer(text[:LONGEST])
    ]


# Days right after a name: " 17–19", " on 19–20", " from 17 to 19", " on November 19".
DAYS_AFTER_NAME_RE = re.compile(rf"\s*(?:(?:on|from)\s+)?(?:the\s+)?(?:{MON}\s+)?{DD}(?!\w)")
# The rest of a schedule's item after its name: a dash or a comma, its days and nothing more
# ("Agri-Food Fair - October 3-5", "Business Forum, 4-5 August").
SCHEDULE_ITEM_RE = re.compile(
    rf"(?:\s+[–—-]\s+|,\s+)(?:{MON}\s+)?{DD}(?:\s*[–—-]\s*{DD})?(?:\s+{MON})?(?:,?\s+(?:19|20)\d{{2}})?\s*\.?"
)


def _listed_short_name(text, name, start):
    """A two-word name in capitals ("CEO Summit", "Leaders' Meeting") with its days right
    after it: in a sentence listing other named meetings, one of the list; alone on a
    schedule's line, after a dash or a comma, an item of the schedule (round f3)."""
    words = re.findall(r"[\w’'-]+", name)
    if len(words) != 2 or not all(_capitalised(word) for word in words):
        return False
    end = start + len(name)
    return bool(DAYS_AFTER_NAME_RE.match(text, end) or SCHEDULE_ITEM_RE.fullmatch(text, end))


def _lead_phrase(text, name, start, named):
    """Whether the name is a headline's lead phrase before a colon, the event named after it
    ("Post Pandemic Face-to-Face International Conference: The Youth … to Attend the 2022 APEC
    Forum on …"): a lead without "APEC", a year or a number, before a name holding one."""
    end = start + len(name)
    if not re.match(r"\s*:\s", text[end : end + 3]) or re.search(r"APEC|\d", name):
        return False
    return any(other > end and re.search(r"APEC|\d", later) for later, other in named)


def _attended_after(text, name, start):
    """Whether the sentence goes on to say the people attend the event by its kind word
    ("representatives from the APEC … Forum are expected to attend the forum"): they are the
    event's participants, so the name is the event."""
    kind = name.split()[-1].lower()
    after = text[start + len(name) : start + len(name) + 120]
    return re.search(rf"\b(?:attend|join)\s+the\s+{re.escape(kind)}\b", after, re.I) is not None


def _participant(text, start):
    """Whether the name at `start` is in a list of who took part ("observers from the
    Pacific Economic Cooperation Council, the Pacific Island Forum …", "representatives of
    the … Forum"): the cue, then only names, commas and joiners up to it."""
    before = text[max(0, start - 160) : start]
    cues = list(PARTICIPANT_RE.finditer(before))
    if not cues:
        return False
    between = re.findall(r"[\w’'-]+", before[cues[-1].end() :])
    if ATTEND_RE.search(before, cues[-1].end()):
        return False  # "Representatives from … Arrive … to Attend the … Forum" (title case)
    return not [w for w in between if w[:1].islower() and w not in CONNECTORS | ARTICLES]


def _group_meetings(text):
    """A working group's numbered meeting, named in prose rather than as a title: "the 55th
    Asia-Pacific Economic Cooperation (APEC) … Working Group (SMEWG) meeting", "the APEC …
    Working Group concluded its 41st meeting"; as (name, start, "body")."""
    text = text[:LONGEST]
    found = []
    if " met" in text or " gathered" in text or " convened" in text:
        for match in GROUP_MET_RE.finditer(text):
            group = APEC_SPELLED_RE.sub("APEC", match.group("group"))
            # "… Working Group gathered in Da Nang … for its 45th meeting": its number
            its = ITS_ORDINAL_RE.search(text, match.end(), match.end() + 120)
            name = f"{its.group('ordinal')} {group} meeting" if its else f"{group} meeting"
            found.append((name, match.start(), "body"))
    if "meeting" not in text:
        return found  # the other patterns end in "meeting"
    for pattern in GROUP_MEETING_RES:
        for match in pattern.finditer(text):
            bare = match.groupdict().get("bare") or ""
            group = match.groupdict().get("group") or f"APEC {bare.removeprefix('APEC ')}"
            group = APEC_SPELLED_RE.sub("APEC", group)
            ordinal = match.groupdict().get("ordinal")
            name = f"{ordinal} {group} meeting" if ordinal else f"{group} meeting"
            found.append((name, match.start(), "body"))
    for pattern in AS_WRITTEN_MEETING_RES:
        found.extend((match.group(), match.start(), "body") for match in pattern.finditer(text))
    found.extend(_possessive_group_meetings(text))
    if " its " in text:
        for match in GROUP_ITS_MEETING_RE.finditer(text):
            if not any(start == match.start() for _, start, _ in found):
                group = APEC_SPELLED_RE.sub("APEC", match.group("group"))
                found.append((f"{group} meeting", match.start(), "body"))
    return found + _meetings_in_prose(text)


def _possessive_group_meetings(text):
    """(name, start, "body") of each group's meeting named by the group's possessive ("the
    APEC Policy Partnership on Women and the Economy's second meeting", c30) or by its name
    and the meeting's ordinal ("the Policy Partnership on Women and the Economy second
    meeting", d3)."""
    if " meeting" not in text:
        return []
    found = []
    for match in GROUP_POSSESSIVE_MEETING_RE.finditer(text):
        group = APEC_SPELLED_RE.sub("APEC", " ".join(match.group("group").split()))
        if "'s" in match.group() or "’s" in match.group():
            found.append((f"{match.group('ordinal')} {group} meeting", match.start(), "body"))
        else:  # "… on Women and the Economy second meeting": as written, its ordinal kept
            found.append((f"{group} {match.group('ordinal')} meeting", match.start(), "body"))
    return found


# An APEC body named as the one whose meeting ended or opened (c1): "The APEC Small Business
# Counsellors Network ended its two-day meeting Thursday in Osaka" ("APEC Small Business
# Counsellors Network meeting"); a network, council, committee, partnership or group.
GROUP_ITS_MEETING_RE = re.compile(
    r"\b(?P<group>(?:Asia[- ]Pacific Economic Cooperation|APEC)\s+[A-Z][\w'’&-]*"
    r"(?:\s+[A-Z][\w'’&-]*){0,6}?\s+(?:Network|Council|Committee|Partnership|Sub-?[Gg]roup"
    r"|Task\s+Force|Group))(?:\s+\([A-Z]{2,10}\))?\s+(?:ended|concluded|opened|held|convened"
    r"|began|started|closed|wrapped\s+up)\s+its\s+(?:(?:one|two|three|four|five|[1-5])-day\s+"
    r"|annual\s+)?meeting\b"
)


# A sector's ministerial meeting named informally, in lower case (a wire story, a ministry's
# paper): "an APEC ministerial meeting on small firms", "a meeting of Apec business ministers"
# (c16), "the meeting of APEC ministers
# responsible for trade" (or "in charge of" it), "the APEC trade ministers' meeting", "a meeting of trade ministers of
# the Asia-Pacific Economic Cooperation". Read only in a sentence naming APEC.
_INFORMAL_SECTOR = (
    rf"(?:{SMALL_FIRMS}|M?SMEs?|trade|tourism|energy|finance|women|health|transport(?:ation)?|business"
    r"|mining|telecommunications|forestry|food\s+security|education|oceans?|agriculture"
    r"|structural\s+reform)"
)
INFORMAL_MEETING_RE = re.compile(
    rf"\bministerial\s+meeting\s+on\s+(?:the\s+)?(?P<on>(?i:{_INFORMAL_SECTOR}))\b"
    r"|\bmeeting\s+of\s+(?:the\s+)?(?:APEC\s+|Asia[- ]Pacific\s+Economic\s+Co-?operation\s+)?"
    r"(?:(?P<of>(?i:"
    + _INFORMAL_SECTOR
    + r"))\s+ministers|ministers\s+(?:responsible\s+for|in\s+charge\s+of)\s+(?P<rf>(?i:"
    + _INFORMAL_SECTOR
    + r")))\b"
    rf"|\bAPEC\s+(?P<apec>{_INFORMAL_SECTOR})\s+ministers['’]?\s+meeting\b"
    # "Apec's small and medium enterprise meeting", "APEC's SME ministerial meeting"
    rf"|\b(?:APEC|Apec)\s?['’]\s?s\s+(?P<poss>(?i:{_INFORMAL_SECTOR}))"
    r"\s+(?:ministers['’]?\s+|ministerial\s+)?meeting\b"
    # "the small and medium enterprises Ministerial meeting of the … (APEC) forum": the sector
    # in lower case, "Ministerial" capitalised (all in lower case it is a description, c1; c16)
    rf"|\b(?P<min>{SMALL_FIRMS})\s+Ministerial\s+[Mm]eeting\b"
)


def _informal_meetings(text, taken):
    """(name, start, "body") of each sector's meeting named informally (INFORMAL_MEETING_RE)
    in a sentence naming APEC, not inside a name already found at `taken`: the small firms'
    is "APEC SME Ministerial Meeting", trade's with "responsible for" "APEC Ministers
    Responsible for Trade Meeting", another "APEC <Sector> Ministers Meeting"."""
    if "meeting" not in text or not (
        "APEC" in text or "Apec" in text or APEC_SPELLED_RE.search(text)
    ):
        return []
    found = []
    for match in INFORMAL_MEETING_RE.finditer(text):
        if any(start <= match.start() < end for start, end in taken):
            continue
        sides = match.group("on", "of", "rf", "apec", "poss", "min")
        sector = " ".join(next(filter(None, sides)).split())
        if re.fullmatch(SMALL_FIRMS, sector, re.I) or sector.lower().rstrip("s") in ("sme", "msme"):
            name = SME_BUILT_TITLE
        elif match.group("rf"):
            name = f"APEC Ministers Responsible for {sector.title()} Meeting"
        else:
            name = f"APEC {sector.title()} Ministers Meeting"
        # "the 24th APEC ministerial meeting on SMEs": its number or year kept (c3)
        number = NUMBER_BEFORE_RE.search(text, max(0, match.start() - 24), match.start())
        found.append((f"{number.group(1)} {name}" if number else name, match.start(), "body"))
    return found


# A meeting's number or year right before its informal name ("the 24th APEC ministerial
# meeting on SMEs", "the 2041 meeting of APEC ministers responsible for trade").
NUMBER_BEFORE_RE = re.compile(
    r"\b[Tt]he\s+(\d{1,3}(?:st|nd|rd|th)|(?:19|20)\d\d)\s+(?:(?:APEC|Apec)\s+)?$"
)


def _meetings_in_prose(text):
    """Meetings named in prose, as (name, start, "body"): "the Apec Ministers Responsible for
    Trade meeting" ("APEC Ministers Responsible for Trade Meeting"), "a meeting of APEC Senior
    Officials" ("APEC Senior Officials' Meeting"). Not a group's meeting nor an acronym's."""
    found = []
    for match in LOWER_CASE_MEETING_RE.finditer(text):
        words = " ".join(match.group("words").split())
        if words.endswith(("Group", "Partnership")) or words.isupper():
            continue  # "the APEC SME Working Group meeting", "the APEC MRT meeting"
        ordinal = f"{match.group('ordinal')} " if match.group("ordinal") else ""
        found.append((f"{ordinal}APEC {words} Meeting", match.start(), "body"))
    for match in FOREIGN_TRADE_MEETING_RE.finditer(text):
        found.append(("APEC Ministerial Meeting", match.start(), "body"))
    for match in MEETING_OF_WHO_RE.finditer(text):
        who = " ".join(match.group("who").split())
        name = "Senior Officials' Meeting" if who == "Senior Officials" else f"{who} Meeting"
        found.append((f"APEC {name}", match.start(), "body"))
    for match in YEAR_ORDINAL_GROUP_RE.finditer(text):
        found.append((f"{match.group('group')} meeting", match.start(), "body"))
    if "inisters" in text:
        for match in MEETING_OF_MINISTERS_RE.finditer(text):
            who = " ".join(re.sub(r"\s+\([A-Z]{2,6}\)", "", match.group("who")).split())
            found.append((f"APEC meeting of {who}", match.start(), "body"))
    if "whose meeting" in text:
        for match in WHOSE_MEETING_RE.finditer(text):
            found.append((_who_meets_name(match.group("who")), match.start(), "body"))
    if " on " in text or " from " in text:
        for match in LOWER_CASE_DATED_RE.finditer(text):
            kind = re.sub(r"['’]", "", " ".join(match.group("kind").lower().split()))
            kind = kind.removeprefix("economic ")
            found.append((_lower_case_dated_name(match, kind), match.start(), "body"))
    taken = [(start, start + len(name)) for name, start, _ in found]
    return found + _informal_meetings(text, taken)


def _lower_case_dated_name(match, kind):
    """The name of a meeting LOWER_CASE_DATED_RE found: its number kept ("26th APEC
    Ministerial Meeting"), the week's final senior officials' meeting the concluding one."""
    name = LOWER_CASE_DATED_NAMES[kind]
    if match.group("final") and kind == "senior officials meeting":
        return "Concluding Senior Officials' Meeting"
    if match.group("ordinal") and name.startswith("APEC "):
        return f"{match.group('ordinal')} {name}"
    return name


def _plain_name(text):
    """(name, position) of an event a text names only in plain words, else None: the leaders'
    summit in lower case ("APEC Economic Leaders' Meeting", its year kept: "the 2041 Papua New
    Guinea APEC summit" is the "2041 APEC Economic Leaders' Meeting", LEADERS_SUMMIT_RE), a speech's "this
    Ministerial Meeting" ("APEC Ministerial Meeting"), a founding or opening ceremony of an APEC
    body (as written, CEREMONY_RE), an event named only by its kind ("at the opening of the
    APEC symposium in Port Moresby last week", PLAIN_APEC_EVENT_RE); read rather than refuse
    the text."""
    summit = LEADERS_SUMMIT_RE.search(text) if "ummit" in text else None
    if summit:
        year = f"{summit.group('year')} " if summit.group("year") else ""
        return f"{year}APEC Economic Leaders' Meeting", summit.start()
    sector = SECTOR_MEETING_RE.search(text) if "inisters" in text else None
    if sector:
        return _who_meets_name(_sector_who(sector.group("sector"))), sector.start()
    this = THIS_MINISTERIAL_RE.search(text) if "inisterial" in text else None
    if this:
        return "APEC Ministerial Meeting", this.start()
    ceremony = CEREMONY_RE.search(text) if "eremony" in text else None
    if ceremony:
        return ceremony.group(0), ceremony.start()
    # The pattern holds "APEC" in capitals: a substring test first, in C. "an Asia-Pacific
    # Economic Cooperation (APEC) meeting" is "APEC meeting".
    if "APEC" not in text and "Economic Cooperation" not in text:
        return None
    for plain in PLAIN_APEC_EVENT_RE.finditer(text):
        # "Hosting the Asia-Pacific Economic Cooperation forum in 2042 …": APEC itself (c1)
        if plain.group("kind") != "forum" or plain.group(0)[:1] in "Aa":
            return f"APEC {plain.group('kind')}", plain.start("name")
    of_group = OF_APEC_GROUP_RE.search(text)  # "the meeting of the APEC group" (c39)
    if of_group:
        return f"APEC {of_group.group('kind')}", of_group.start("kind")
    return None


def _sector_who(sector):
    """Who meets for a sector's meeting: "Ministers Responsible for Trade" for trade (APEC's
    name for its trade ministers' meeting), else "Tourism Ministers"."""
    if sector == "trade":
        return "Ministers Responsible for Trade"
    return f"{sector.title()} Ministers"


def _who_meets_name(who):
    """The meeting's name from who meets: "Ministers responsible for Trade" gives "APEC
    Ministers Responsible for Trade Meeting", "Leaders" "APEC Economic Leaders' Meeting"."""
    words = " ".join(who.split())
    lower = words.lower()
    listed = who_meets_meeting(lower)  # core/data/standing_meetings.csv (c26)
    if listed:
        return listed
    if lower == "leaders":
        return "APEC Economic Leaders' Meeting"
    if lower == "senior officials":
        return "APEC Senior Officials' Meeting"
    if lower.startswith("ministers responsible for "):
        return f"APEC Ministers Responsible for {words.split()[-1]} Meeting"
    return f"APEC {words.split()[0]} Ministers Meeting"


@functools.cache
def _meeting_acronyms():
    """{acronym: (name, "meeting" or "group")} from core/data/meeting_acronyms.csv."""
    with (DATA / "meeting_acronyms.csv").open(encoding="utf-8") as handle:
        rows = csv.reader(line for line in handle if not line.startswith("#"))
        next(rows, None)
        return {row[0].strip(): (row[1].strip(), row[2].strip()) for row in rows if row}


def _acronym_meetings(text):
    """Meetings named by an acronym, as (name, start, "body"): a meeting's acronym alone or
    before "meeting" ("SOM2 will be the focus on …", "the MRT meeting"); a group's only with
    its meeting ("the SMEWG held its 50th meeting": "50th APEC SME Working Group meeting";
    "the PPWE meeting", "the SMEWG met"). An acronym in brackets after a name is a gloss."""
    acronyms = _meeting_acronyms()
    found = []
    for match in ACRONYM_MEETING_RE.finditer(text[:LONGEST]):
        acronym, ordinal = _acronym_of(text, match, acronyms)
        name, what = acronyms.get(acronym, (None, None))
        how = match.group("how")
        before = match.group("before") or ""
        # "the 57th APEC SMEWG": a group with its meeting's number names that meeting
        ordinal = ordinal or (before if before[-1:] in ("t", "d", "h") else None)
        if name is None:
            continue  # an unknown acronym
        if match.group("kind"):
            # "the Apec ISOM symposium": a gathering beside a known meeting, named as written
            written = match.group(0)[match.start("acronym") - match.start() :]
            kind = match.group("kind")
            name = f"APEC {written[: -len(kind)]}{kind.title()}"
            found.append((" ".join(name.split()), match.start(), "body"))
            continue
        if what == "group" and how is None and ordinal is None:
            continue  # a group named without its meeting
        if how is None and len(acronym) < 4 and not match.group(0).startswith("APEC"):
            continue  # "the MRT" alone may be a railway: "the MRT meeting", "APEC MRT" are not
        if what == "group":  # "the 45th APEC SMEWG meeting", "the SMEWG held its 45th meeting"
            ordinal = ordinal or match.group("before") or match.group("ordinal")
            name = f"{ordinal} {name} meeting" if ordinal else f"{name} meeting"
        elif match.group("before") and name.startswith("APEC "):
            # "the 24th SMEMM", "the 2017 SMEMM": the meeting of that number or year, one with
            # its name written out in full ("the 2017 APEC SME Ministerial Meeting, the 24th
            # SMEMM": `_same` joins a year's and a number's name of one series) (c3)
            name = f"{match.group('before')} {name}"
        found.append((name, match.start(), "body"))
    return found


def _numbered_acronym_names(text, here):
    """A standing meeting's acronym with its number after it, as written, where no other name
    of `here` stands: "ABAC 1 2060", "ABAC II", "SOM-II" (the acronyms of
    core/data/standing_meetings.csv, round c26)."""
    found = []
    for match in numbered_acronym_re().finditer(text[:LONGEST]):
        if not any(start <= match.start() <= start + len(name) for name, start, _ in here):
            found.append((match.group(0), match.start(), "body"))
    return found


# "the 24th Ministers Responsible for Trade (MRT) meeting", "the Policy Partnership on
# Women and the Economy meeting": a known meeting's or group's name written out in capitals,
# its kind word after it in lower case (the document drops the bracketed gloss; c11).
GLOSSED_MEETING_RE = re.compile(
    r"(?P<name>(?:\b\d{1,3}(?:st|nd|rd|th)\s+)?(?:APEC\s+)?[A-Z][\w’'-]*"
    r"(?:\s+(?:[A-Z][\w’'-]*|for|and|of|on|the|in|to)){0,11}?)"
    r"(?:\s+\([A-Z][A-Z0-9]{1,7}\))?\s+(?P<kind>meetings?|symposium|workshop|forum)\b"
)
GLOSS_SMALL_WORDS = frozenset(("for", "and", "of", "on", "the", "in", "to"))


def _glossed_meetings(text):
    """Names of known meetings and groups written out, a lower-case kind word after them, as
    (name, start, "body"): "24th Ministers Responsible for Trade Meeting". The capitalised
    words' initials must spell an acronym of core/data/meeting_acronyms.csv (MRT, PPWE); the
    name starts at the words that spell it, with an ordinal or "APEC" right before them."""
    if "eeting" not in text and not re.search(r"symposium|workshop|forum", text):
        return []
    acronyms = {re.sub(r"\d+$", "", acronym) for acronym in _meeting_acronyms()}
    found = []
    for match in GLOSSED_MEETING_RE.finditer(text[:LONGEST]):
        words = list(re.finditer(r"[\w’'-]+", match.group("name")))
        for first, word in enumerate(words):
            if word.group(0)[:1].isupper() and word.group(0) != "APEC":
                spelled = "".join(
                    w.group(0)[0] for w in words[first:] if w.group(0) not in GLOSS_SMALL_WORDS
                )
                if spelled in acronyms and len(spelled) >= 3:
                    break
        else:
            continue  # no known acronym spelled: not a meeting the portal knows
        while first and re.fullmatch(r"APEC|\d{1,3}(?:st|nd|rd|th)", words[first - 1].group(0)):
            first -= 1
        start = match.start("name") + words[first].start()
        name = text[start : match.end("name")]
        found.append((f"{name} {match.group('kind').rstrip('s').title()}", start, "body"))
    return found


SERIES_ORDINALS = ("first", "second", "third", "fourth")
# A group's acronym with its meeting's number glued on ("SMEWG57").
GROUP_NUMBER_RE = re.compile(r"([A-Z]{3,})(\d{1,3})")


def _acronym_of(text, match, acronyms):
    """(acronym, ordinal) of an ACRONYM_MEETING_RE match: "SOM 2" and "SOM II" are SOM2,
    "the first SOM" is SOM1, "SMEWG57" the SMEWG's 57th meeting."""
    number = match.group("number") or ""
    number = str(len(number)) if number.startswith("I") else number  # "SOM II": SOM2
    acronym, ordinal = _group_number(match.group("acronym") + number, number, acronyms)
    if acronym not in acronyms and not number:
        # "the first SOM": an ordinal word before a series' acronym names its numbered one
        word = ORDINAL_WORD_BEFORE_RE.search(text, max(0, match.start() - 12), match.start())
        if word:
            acronym += str(SERIES_ORDINALS.index(word.group(1).lower()) + 1)
    return acronym, ordinal


def _group_number(acronym, number, acronyms):
    """(acronym, ordinal): "SMEWG57" -> ("SMEWG", "57th"), a group's acronym with its
    meeting's number glued on; else (acronym, None). "SOM 2" (a spaced number) is a meeting's
    own acronym, not a group's numbered meeting."""
    glued = None if number else GROUP_NUMBER_RE.fullmatch(acronym)
    if glued and acronyms.get(glued.group(1), ("", ""))[1] == "group":
        return glued.group(1), _ordinal_of(glued.group(2))
    return acronym, None


def _ordinal_of(number):
    """ "57th" for "57", "41st", "22nd", "13th"."""
    value = int(number)
    suffix = "th" if 10 <= value % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(value % 10, "th")
    return f"{value}{suffix}"


ORDINAL_WORD_BEFORE_RE = re.compile(rf"\b({'|'.join(SERIES_ORDINALS)})\s+$", re.I)


def _joint_meetings(text):
    """Each sector's meeting of "meetings of APEC Ministers Responsible for SMEs and APEC
    Transportation Ministers": "APEC SME Ministerial Meeting" and "APEC Transportation
    Ministers Meeting", as (name, start, "body"). Both start where the phrase does, so each
    one's clause is the whole phrase with the date and place after it."""
    if "eetings" not in text:
        return []
    found = []
    for match in JOINT_MEETINGS_RE.finditer(text[:LONGEST]):
        for side in ("a", "b"):
            sector = " ".join((match.group(side) or match.group(side + "r")).split())
            if SME_WORDS_RE.fullmatch(_key(sector)) or _key(sector).rstrip("s") in ("sme", "msme"):
                name = SME_BUILT_TITLE
            else:
                name = f"APEC {sector.title()} Ministers Meeting"
            found.append((name, match.start(), "body"))
    return found


# A year written after a series' name: "APEC CEO Summit 2046" (and "…  2046: Forum").
TRAILING_YEAR_RE = re.compile(r"\s((?:19|20)\d{2})(?=\s*(?::|$))")


def _ordinals_kept_in_chronology(found):
    """Keep "second" in "the second APEC SME Ministerial Meeting" only where the text also
    names another of the series by its ordinal (a chronology, or the page's "48th" meeting
    beside a recalled "first"); else it is dropped."""
    ordinals = {}
    for mention in found:
        word, _, rest = mention.name.partition(" ")
        # "the 48th APEC SME Ministerial Meeting" and "The first APEC SME Ministerial Meeting
        # was held in Osaka": a digit ordinal names another of the series too
        if word in ORDINAL_WORDS or ORDINAL_TOKEN_RE.fullmatch(word):
            ordinals.setdefault(_key(rest), set()).add(word.lower())
        # "the first APEC CEO Summit was held in Manila" beside the page's "APEC CEO Summit
        # 2046": the year after the name numbers another of the series (c18)
        year = TRAILING_YEAR_RE.search(mention.name)
        if year:
            ordinals.setdefault(_key(mention.name[: year.start()]), set()).add(year.group(1))
    kept = []
    for mention in found:
        word, _, rest = mention.name.partition(" ")
        # "first meeting of the SME Sub-Group on …" counts the group's meetings, and "the third
        # APEC Senior Officials Meeting" the year's (SOM1 to SOM3): kept.
        counts = rest[:11] == "meeting of " or "senior officials" in _key(rest)
        if word in ORDINAL_WORDS and len(ordinals[_key(rest)]) < 2 and not counts:
            mention = Mention(
                rest, mention.sentence, mention.position + len(word) + 1, mention.source
            )
        kept.append(mention)
    return kept


# --- An event described, not named (thirteenth round, c1) ----------------------------------
#
# "an APEC seminar on digital tools for small firms opened in Hanoi", "a two-day workshop on
# flood readiness that concluded on Friday", "a recent APEC SME meeting in Brunei Darussalam",
# "the recently concluded APEC digital trade officials meeting": a gathering the text never
# gives a capitalised name. The title is formed from the phrase ("APEC Seminar on Digital
# Tools for Small Firms"), and the record says so (warning `title-from-description`).

DESCRIBED_KINDS = (
    "workshop|seminar|forum|dialogue|meeting|conference|training|symposium|roundtable|summit"
    "|exhibition|expo|fair|course|webinar|briefing|ceremony"
)
# Words that cannot stand between "APEC" and the kind word: articles, prepositions, verbs of
# what happened ("the APEC economies wrapped up a meeting" describes no "economies … meeting").
_NOT_A_MODIFIER = (
    r"(?:a|an|the|its|their|his|her|of|to|in|on|for|at|with|by|from|as|or|is|was|were"
    r"|are|be|been|will|has|have|had|this|that|which|who)\b"
)
DESCRIBED_EVENT_RE = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Tt]his)\s+"
    # "the upcoming leaders' meeting": when it is, no word of its name (c30)
    r"(?:(?:recent(?:ly)?(?:[\s-](?:concluded|held|ended))?|just[\s-]concluded|upcoming|forthcoming"
    r"|(?:one|two|three|four|five|[1-5])-day|annual|regional|virtual|online|high-level"
    r"|capacity[\s-]building|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
    r"|tenth|\d{1,2}(?:st|nd|rd|th)))\s+){0,3}"
    # "an APEC-funded workshop on …": the sponsor's word goes with "APEC"
    rf"(?:(?P<apec>APEC|{APEC_SPELLED})(?:['’]s|-(?:funded|sponsored"
    r"|backed|led|supported))?\s+)?"
    rf"(?P<mods>(?:(?:(?!{_NOT_A_MODIFIER})[a-z][a-z'’-]*(?<!ed)|[A-Z]{{2,6}}s?)\s+){{0,5}}?)"
    rf"(?P<kind>{DESCRIBED_KINDS})\b(?![-’'])"
    # "an APEC training programme on …", "a seminar series on …": the second word goes with it
    r"(?:\s+(?P<second>programme|program|course|session|series|workshop)\b(?![-’']))?"
)
# A gathering's own title in quotes right after its kind word (round c30): "The workshop
# “Linking Education and Start-ups: Youth, Women and Athletes”, held by …", "at the seminar
# entitled “…”", "a workshop themed “…”": the quote is the name, a kind word in it or not (a
# meeting, forum or summit "themed" has a theme, not a name).
KIND_BEFORE_QUOTE_RE = re.compile(
    rf"\b(?:[Tt]he|[Aa]n?)\s+(?:APEC\s+)?(?:(?:{DESCRIBED_KINDS})(?:\s+(?:titled|entitled))?"
    r"|(?:workshop|seminar|webinar|training|symposium|dialogue|roundtable)\s+themed)\s*$"
)
# A time's possessive among a described gathering's words ("this year's meeting"): when, not
# what (c34).
TIME_POSSESSIVE_RE = re.compile(r"(?:year|month|week|season)['’]s")
# The APEC body whose gathering a description names, right after its kind word: "this year's
# meeting of the APEC Studies Centres Consortium" (a university's page, c34).
OF_APEC_BODY_RE = re.compile(
    rf"\s+of\s+the\s+(?P<body>(?:APEC|{APEC_SPELLED})"
    r"(?:\s+(?:[A-Z][\w’'-]*|and|for|on|of)){0,6}\s+(?:Consortium|Network|Council|Committee"
    r"|Alliance|Association|Partnership|Task\s+Force|Centres?|Centers?))\b"
)
# What the gathering is about, right after its kind word: "on …", "for …", "about …", "to …"
# ("a meeting … to promote business continuity planning"), or a quoted theme.
TOPIC_JOINER_RE = re.compile(r"\s+(?P<joiner>on|for|about|to)\s+")
QUOTED_TOPIC_RE = re.compile(r"\s+(?P<joiner>on|about)\s+[“\"](?P<topic>[^”\"]{3,160})[”\"]")
TOPIC_TOKEN_RE = re.compile(r"[^\s,.;:()“”\"—–!?]+|[,.;:()“”\"—–!?]")
# The words that end a topic: a relative word, a verb of what happened, a time word.
TOPIC_STOPS = frozenset(
    re.findall(
        r"\w+",
        "that which who whose where when while held was were is are will would be been being "
        "has have had by at with from said says as organised organized hosted opened ended "
        "concluded attended took takes gathered this last next yesterday today tomorrow met "
        "began started closed ran drew brought heard discussed focused aimed saw featured "
        "highlighted kicked wrapped got went came attracted included covered looked explored "
        "examined called urged agreed noted sought",
    )
)
# After "and", a word that starts another phrase, not the topic's next word.
TOPIC_NOT_AFTER_AND = frozenset(
    re.findall(r"\w+", "a an the its their this these those other called agreed said will")
)
TOPIC_TRAILING = frozenset(re.findall(r"\w+", "a an the of and for to in on"))
TITLE_SMALL_WORDS = frozenset(
    re.findall(r"\w+", "a an and as at by for from in of on or the to with")
)
APEC_NAMED_RE = re.compile(rf"\bAPEC\b|{APEC_SPELLED}")
# A headline's verb before what its gathering is about: "APEC workshop looks at paperless
# trade", "… discusses …", "… focuses on …".
HEADLINE_TOPIC_VERB_RE = re.compile(
    r"\s+(?:looks?\s+at|discuss(?:es|ed)?|explores?|examines?|focus(?:es|ed)?\s+on|tackles?"
    r"|addresses)\s+"
)
HEADLINE_KIND_RE = re.compile(rf"(?i:\b(?P<apec>APEC\s+)?(?P<kind>{DESCRIBED_KINDS})\b)(?![-’'])")


# A described gathering's own title in quotes: "a workshop themed “…”", "entitled “…”".
TITLED_RE = re.compile(
    r"[,\s]+(?:themed|titled|entitled|called|named)\s+[“\"](?P<title>[A-Z][^”\"]{2,160})[”\"]"
)


def _described_event(text, apec_near):
    """(title, start, kind word, whether the phrase holds "APEC" or a topic) of the first gathering `text` describes without a name ("a two-day
    workshop on flood readiness for small manufacturers", "a recent APEC SME meeting", "the
    recently concluded APEC digital trade officials meeting"), tied to APEC by the phrase or
    by `apec_near` (APEC named in the headline or the lede); else None. A phrase with neither
    words before its kind word nor a topic after it ("a meeting", "the workshop") describes
    nothing; "an APEC meeting" alone is left to `_plain_name`; "the APEC forum" alone is APEC
    itself."""
    if not apec_near and not APEC_NAMED_RE.search(text):
        return None
    for match in DESCRIBED_EVENT_RE.finditer(text):
        mods, kind, apec = match.group("mods").split(), match.group("kind"), match.group("apec")
        mods = [word for word in mods if not TIME_POSSESSIVE_RE.fullmatch(word)]
        body = None if apec or mods else OF_APEC_BODY_RE.match(text, match.end())
        if body:  # "this year's meeting of the APEC Studies Centres Consortium" (c34)
            return (
                f"{kind} of the {' '.join(body.group('body').split())}",
                match.start(),
                kind,
                True,
            )
        topic = _topic(text, match.end())
        if "and" in mods[:1] + mods[-1:]:
            continue  # "a workshop and meeting …": two gatherings, not one described
        head = _described_by_head(text, match, mods, kind)
        if head == "none":
            continue
        if head:
            return head
        if not (mods or topic):
            if apec:
                return None  # "an APEC meeting": the plain name, its lede and its day
            continue
        return _described_title(match, mods, kind, topic), match.start(), kind, bool(apec or topic)
    return None


def _described_title(match, mods, kind, topic):
    """The title formed from a described gathering's words: "APEC", its modifiers, its kind
    word (and the second, "Training Programme") and its topic ("APEC Seminar on Digital Tools
    for Small Firms")."""
    second = [match.group("second").title()] if match.group("second") else []
    words = ["APEC", *(_title_word(word) for word in mods), kind.title(), *second]
    if topic:
        joiner, about, quoted = topic
        if not quoted:
            about = " ".join(_title_word(w, i == 0) for i, w in enumerate(about.split()))
        words += [joiner, about]
    return " ".join(words)


def _described_by_head(text, match, mods, kind):
    """What the words around a described gathering's kind word make of it, before its topic:
    a possessive's group ("the group's meeting": the meeting of the group named before; any
    other possessive, "none"), a title after "themed", "titled" … ("a workshop themed
    “Developing the Methodology …”": its own title, c7); else None."""
    if any(word.endswith(("'s", "’s")) for word in mods):
        group = _group_referred(text[: match.start()], mods)
        return (f"{group} {kind}", match.start(), kind, True) if group else "none"
    titled = TITLED_RE.match(text, match.end())
    if titled:
        title = " ".join(titled.group("title").split()).rstrip(".,;:")
        return title, match.start(), kind, True
    return None


def _group_referred(before, mods):
    """The APEC group "the group's" (… "partnership's", "council's") refers back to, the last
    one named in `before` whose name ends with that word ("the APEC Tourism Working Group, …
    opened the group's meeting": "APEC Tourism Working Group"); else None (c30)."""
    word = re.sub(r"['’]s$", "", mods[-1]).lower()
    groups = [
        match.group()
        for match in GROUP_NAME_RE.finditer(before)
        if match.group("body").split()[-1].lower() == word
    ]
    return APEC_SPELLED_RE.sub("APEC", " ".join(groups[-1].split())) if groups else None


def _headline_event(headline, apec_near):
    """(title, start, kind word, True) of the gathering a headline speaks of by its kind word alone ("APEC
    workshop looks at paperless trade for small firms", "Workshop seeks ways to …"): "APEC
    Workshop", with the headline's topic when it gives one ("APEC Workshop on Paperless Trade
    for Small Firms"); else None. Tied to APEC by the headline or the lede."""
    match = HEADLINE_KIND_RE.search(headline) if apec_near else None
    if not match:
        return None
    kind = match.group("kind").lower()
    topic = _topic(headline, match.end())
    if topic is None:
        verb = HEADLINE_TOPIC_VERB_RE.match(headline, match.end())
        about = _topic_words(headline, verb.end()) if verb else []
        topic = ("on", " ".join(about), False) if about else None
    if kind == "forum" and match.group("apec") and topic is None:
        return None  # "… discussed in APEC forum": APEC itself
    words = ["APEC", kind.title()]
    if topic:
        joiner, about, quoted = topic
        if not quoted:
            about = " ".join(_title_word(w, i == 0) for i, w in enumerate(about.split()))
        words += [joiner, about]
    return " ".join(words), match.start(), kind, True


def _topic(text, end):
    """(joiner, topic, quoted) said right after a kind word ending at `end` ("… workshop on
    flood readiness for small manufacturers that concluded …": "on", "flood readiness for
    small manufacturers"), else None."""
    rest = text[end : end + 400]
    quoted = QUOTED_TOPIC_RE.match(rest)
    if quoted:
        return quoted.group("joiner"), " ".join(quoted.group("topic").split()), True
    joiner = TOPIC_JOINER_RE.match(rest)
    words = _topic_words(rest, joiner.end()) if joiner else []
    return (joiner.group("joiner"), " ".join(words), False) if words else None


def _topic_words(text, start):
    """A topic's words from `start`: lower-case words and acronyms ("SME", "MSMEs'") up to a
    stop, a word of `TOPIC_STOPS`, a number or a capitalised word (a place or a day: "in
    Bangkok", "on Friday", "on the Thai island of …"); at most twelve, without a trailing
    article or preposition."""
    words = []
    tokens = [token.group(0) for token in TOPIC_TOKEN_RE.finditer(text, start)][:13]
    for index, word in enumerate(tokens):
        following = tokens[index + 1] if index + 1 < len(tokens) else ""
        if word == "," and words[-1:] == ["micro"] and following == "small":
            words[-1] = "micro,"  # "for micro, small and medium enterprises": one phrase (c30)
            continue
        if len(words) == 12 or not word[0].isalpha() or word.lower() in TOPIC_STOPS:
            break
        if word[0].isupper() and not _acronym(word) and not _titled_after_acronym(words, word):
            break
        if word == "and" and (not following[:1].isalpha() or following in TOPIC_NOT_AFTER_AND):
            break  # "… on trade and investment" goes on; "… on X and a forum on Y" stops
        words.append(word)
    while words and words[-1].lower() in TOPIC_TRAILING:
        words.pop()
    return words


def _titled_after_acronym(words, word):
    """Whether a capitalised word goes on a topic that an acronym started ("on the MSME Supply
    Chain Resilience Toolkit", "on MSME Internationalization"): a run of capitalised words right
    after the acronym, no month or weekday (c11)."""
    if word.lower().rstrip(".") in MONTH_NUMBERS or word.lower() in WEEKDAYS:
        return False
    run = list(itertools.takewhile(lambda w: w[:1].isupper(), reversed(words)))
    return bool(run) and any(_acronym(w) for w in run)


def _acronym(word):
    core = word.rstrip("’'").removesuffix("s")
    return len(core) >= 2 and core.isupper()


def _title_word(word, first=False):
    """A title's spelling of a described word: "public-private" "Public-Private", an
    acronym as written, a joiner in lower case unless it starts the topic."""
    if any(c.isupper() for c in word):
        return word
    if word in TITLE_SMALL_WORDS and (not first or word == "the"):
        return word  # "Workshop on the MSME Supply Chain Toolkit" (c11)
    return "-".join(part[:1].upper() + part[1:] for part in word.split("-"))


# A social occasion of an APEC meeting named only as such (round c27): "a welcome ceremony
# taking place on Wellington's waterfront", "hosted a grand banquet for guests to attend the
# 22nd … Leaders' Meeting", "The welcome reception of APEC CEO Summit 2009 was held at …",
# "the leader's working dinner on Nov. 14". Its words are its title.
OCCASION_RE = re.compile(
    r"\b(?:(?:grand|warm|official|formal|gala|state|opening)\s+){0,2}"
    r"(?:(?:welcome|welcoming)\s+(?:reception|dinner|banquet|ceremony|luncheon|lunch|gala)"
    r"|banquet|gala\s+dinner|state\s+dinner|working\s+dinner)\b(?!s)",
    re.I,
)
# What an occasion's guests attend: "for guests to attend the …", "leaders … attending the …".
ATTENDED_BEFORE_RE = re.compile(r"\b(?:attending|to\s+attend|attend(?:ed)?)\s+(?:the\s+)?$", re.I)


# A speaker addressing a body at its meeting, in a speech's lede: "… in addressing the Asia
# Pacific Labour Network at its annual meeting" (c34). The body's words are capitalised.
ADDRESSED_AT_RE = re.compile(
    r"\baddress(?:ing|ed)?\s+the\s+(?P<body>[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|and|of|for|on)){0,7})"
    r"\s+at\s+its\s+(?P<which>annual|\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth)"
    r"\s+(?P<kind>meeting|conference|congress|forum|assembly|convention|summit)\b"
)
# The meeting a speech's lede only approaches: "as we approach the 14th … Meeting next week".
APPROACHED_BEFORE_RE = re.compile(r"\bapproach(?:es|ing)?\s+(?:the\s+)?$", re.I)


# A page opening with the founding of an APEC body on a day, its ceremony in the same or the
# next sentence: "China APEC Academy was officially established on April 26, 2002. The
# inauguration ceremony was held at the Great Hall of the People in Beijing." (c34)
FOUNDED_ON_RE = re.compile(
    r"^(?:The\s+)?(?P<body>(?:[A-Z][\w’'-]*\s+){0,4}(?:APEC|Asia-Pacific\s+Economic\s+Cooperation)"
    r"(?:\s+[A-Z][\w’'-]*){1,5})\s+was\s+(?:officially\s+|formally\s+)?"
    r"(?:established|founded|launched|inaugurated)\s+on\s"
)
FOUNDING_CEREMONY_RE = re.compile(
    r"\b[Tt]he\s+(?P<word>inauguration|inaugural|founding|launch|launching|opening)\s+ceremony\b"
)


def _founding_in(sentence, following):
    """(title, position) of the founding ceremony of the APEC body `sentence` says was
    established on a day, the ceremony named in it or in `following` (the next sentence):
    "inauguration ceremony of China APEC Academy"; else None (c34)."""
    match = FOUNDED_ON_RE.match(sentence.text[:LONGEST])
    if match is None:
        return None
    texts = [sentence.text[:LONGEST], following.text[:LONGEST] if following else ""]
    ceremony = next(filter(None, (FOUNDING_CEREMONY_RE.search(t) for t in texts)), None)
    if ceremony is None:
        return None
    body = " ".join(match.group("body").split())
    return f"{ceremony.group('word')} ceremony of {body}", match.start("body")


# A gathering a sentence reports as held by someone, introduced by "a/an" right after the
# organiser's verb (d2): "the Department … this morning held an embassy briefing on …",
# "… hosted Friday night a welcome dinner for senior officials …", "Malaysia held a ceremony
# in Cyberjaya town on December 4 to launch …", "… convened in a two-day interactive
# workshop to discuss …". The time said between the verb and the article is skipped.
HELD_GATHERING_RE = re.compile(
    r"\b(?:held|hosted|convened(?:\s+in)?|organi[sz]ed|staged|conducted)\s+"
    rf"(?:(?:on\s+)?{WEEKDAY}(?:\s+(?:morning|afternoon|evening"
    r"|night))?\s+|(?:this|last)\s+(?:morning|afternoon|evening|night)\s+|yesterday\s+)?"
    r"(?=an?\s)"
)
BARE_KIND_RE = re.compile(rf"an?\s+(?P<kind>{DESCRIBED_KINDS})\b(?![-’'])")
# The headline's event, held in the body as "an event" (d2): "The Vietnamese Embassy …
# held an event to promote Vietnam's APEC Year 2017 in Washington on Wednesday".
HELD_EVENT_RE = re.compile(
    r"\b(?:held|hosted|organi[sz]ed|staged)\s+an?\s+(?:(?:special|public|promotional|outreach)\s+)?"
    r"(?:event|gathering|activity)\b(?!s)"
)
# A delegation's own business on the margins is no gathering of the page (the devset's
# convention): "held a bilateral meeting with …", "held a press conference …".
NOT_HELD_GATHERING_RE = re.compile(r"\b(?:bilateral|trilateral|press|media|courtesy)\b", re.I)
# What a bare ceremony or gathering is held for: "… to launch the APEC 2020".
HELD_FOR_RE = re.compile(
    r"\bto\s+(?P<verb>launch|mark|celebrate|open|kick\s+off|commemorate)\s+(?:the\s+)?"
    r"(?P<what>[A-Z][^,.;:()]{1,60}?)(?=\s*[,.;:(]|\s+(?:themed|with|at|in|on)\b|$)"
)


def _held_gathering_in(sentence, apec_near):
    """(title, start, kind word, True) of the gathering `sentence` says someone held
    (HELD_GATHERING_RE): a social occasion ("welcome dinner"), a described gathering ("APEC
    Embassy Briefing on …", `_described_event`), or a bare kind word with what it was held for
    ("ceremony to launch APEC 2020"); not a delegation's own business ("a bilateral meeting
    with …", NOT_HELD_GATHERING_RE); else None (d2)."""
    text = sentence.text[:LONGEST]
    for match in HELD_GATHERING_RE.finditer(text):
        found = _gathering_at(text, match.end(), apec_near)
        if found is not None and not NOT_HELD_GATHERING_RE.search(found[0]):
            return found
    return None


def _gathering_at(text, start, apec_near):
    """The gathering `_held_gathering_in` reads from its article at `start`, else None."""
    article = re.match(r"an?\s+", text[start:])
    occasion = OCCASION_RE.match(text, start + article.end())
    if occasion:
        words = " ".join(occasion.group().split())
        return words[:1].lower() + words[1:], start, words.split()[-1].lower(), True
    found = _described_event(text[start:], apec_near)
    if found is not None and found[1] == 0:
        return found[0], start, found[2], True
    bare = BARE_KIND_RE.match(text, start)
    purpose = HELD_FOR_RE.search(text, bare.end()) if bare else None
    if purpose is None:
        return None
    what = " ".join(purpose.group("what").split())
    verb = " ".join(purpose.group("verb").split())
    return f"{bare.group('kind')} to {verb} {what}", start, bare.group("kind"), True


def _addressed_in(sentence):
    """(title, position) of the meeting a speaker addresses in `sentence` (ADDRESSED_AT_RE):
    "annual meeting of the Asia Pacific Labour Network", else None (c34)."""
    text = sentence.text[:LONGEST]
    match = ADDRESSED_AT_RE.search(text) if "address" in text else None
    if match is None:
        return None
    body = " ".join(match.group("body").split())
    return f"{match.group('which')} {match.group('kind')} of the {body}", match.start("body")


def _occasion_in(sentence):
    """(title, position) of the first social occasion `sentence` names (OCCASION_RE), else
    None: the occasion's own words only ("welcome reception" of "The welcome reception of
    APEC CEO Summit 2009"), lower-cased first."""
    text = sentence.text[:LONGEST]
    match = OCCASION_RE.search(text)
    if match is None:
        return None
    words = " ".join(match.group().split())
    return words[:1].lower() + words[1:], match.start()
