"""A last pass over a page's noun phrases headed by an event noun (round i6).

The mention finders (`mentions.py`, `names.py`) each know particular shapes of a name; a
further event the page names in lower case or by a description of another shape ("the group's
summit in Kuala Lumpur", "a gala dinner at the palace on Friday") has no mention. This pass
finds every noun phrase headed by an event noun, in any case, where no mention stands, with
words of its own (not "the meeting", "the two-day summit": the page's events named again) and
a link to APEC; the reader makes a record of it only when its own clause gives it a fact
(`reader._phrase_records`).

Token walks only: each head looks at a bounded number of words before and after it.
"""

import re
from dataclasses import replace

from .document import Mention
from .mentions import (
    APEC_WORD_RE,
    DURATIONS,
    NO_DESCRIPTION,
    NOT_EVENT_WORDS,
    NOT_REPORTED_BEFORE_RE,
    OTHER_OF_SERIES,
    QUOTES,
    SERIES_AFTER_RE,
    _words_of,
)
from .names import APEC_ITSELF_RE, _hosts_role, _quoted_part
from .words import OFFICE_OF_RE, ORGANISATION_GLOSS_RE

# The nouns that head the name of an event, in any case. Not a session (a part of a meeting:
# "plenary sessions were held at …", "a discussion session … of the CEO Summit"), talks (who
# meets: "began talks here on Wednesday") nor a week (a frame, read by `WEEK_NAME_RE`).
EVENT_HEAD_RE = re.compile(
    r"\b(?:meetings?|summits?|forums?|dialogues?|dialogs?|conferences?|workshops?"
    r"|symposium|symposia|seminars?|roundtables?|retreats?|dinners?|luncheons?|receptions?"
    r"|gatherings?|trainings?|fairs?|expos?)\b",
    re.I,
)
# A word (a possessive, a hyphenated or an ordinal one), a short bracket ("(APEC)", "(ALEM)")
# or one mark of punctuation.
TOKEN_RE = re.compile(r"\([^()\n]{1,40}\)|[\w’'&-]+|\S")


def _word_set(text):
    return frozenset(text.split())


DETERMINERS = frozenset(
    {"the", "a", "an", "its", "their", "this", "that", "these", "those", "his", "her", "our"}
)
# Words that end a phrase read backwards from its head: a preposition, a conjunction, a verb
# or a pronoun stands before the phrase, not in it.
STOP_BEFORE = _word_set(
    """
    in at on of for to with by from between during after before about into over under since
    until through via among amid and or but nor as than then so if while when where which
    who whom whose what is are was were be been being will would shall should can could may
    might must do does did has have had having said says say told attend attends attending
    attended host hosts hosting hosted hold holds holding held join joins joining joined
    chair chairs chairing chaired open opens opening opened close closes closed lead leads
    led including include includes ahead also not it he she they we you i there here such
    each every all both other another any some many several most more first second third
    final last next previous upcoming forthcoming recent began begin begins begun start
    starts started continue continues continued resume resumed get gets following towards
    toward january february march april may june july august september october november
    december monday tuesday wednesday thursday friday saturday sunday
    """
)
# Words before a phrase that make it the point another clause's event goes to or comes from
# ("ahead of the annual gathering of APEC ministers in Osaka", "following this week's business
# forum", "will feed into the Leaders' Meeting", "lay the groundwork for the leaders' informal
# meeting"): no fact of the phrase's own follows.
POINTED_TO = frozenset(
    {"following", "follow", "follows", "towards", "toward", "into", "before", "after", "ahead"}
    | {"groundwork"}
)
# "a year of preparatory meetings", "a series of workshops": a series, not one event.
SERIES_OF = frozenset({"series", "year", "number", "range", "couple", "lot", "week", "month"})
# Words that judge an event, not name it: "the high-profile meeting" is the page's own.
JUDGING = frozenset(
    {"high-profile", "historic", "important", "key", "major", "successful", "constructive"}
    | {"landmark", "crucial", "productive", "fruitful", "big", "main", "planned"}
)
# A complement that says which, not what: "meetings of the year", "meetings of the series".
WHICH_COMPLEMENT = frozenset({"year", "series", "week", "day", "month", "season", "process"})
# Words that end a complement read forwards ("meeting of APEC ministers | in Lima"): a place,
# a time or a verb starts the clause's facts.
STOP_AFTER = _word_set(
    """
    in at from during on since until through by is are was were be been will would shall
    should can could may might has have had held hosted organised organized convened
    scheduled slated set planned due which that who where when while to this today tomorrow
    yesterday tonight later earlier last next as after before where whereas but or with
    monday tuesday wednesday thursday friday saturday sunday january february march april
    june july august september october november december jan feb mar apr jun jul aug sep
    sept oct nov dec said says also
    """
)
COMPLEMENT_OPENERS = frozenset({"of", "on", "for", "between"})
COMPLEMENT_RE = re.compile(r"\s(?:" + "|".join(sorted(COMPLEMENT_OPENERS)) + r")\s")
# the words a complement may not end on
DANGLING = frozenset({"of", "on", "for", "between", "and", "the", "a", "an", "its", "their"})
MODIFIERS_LOOKED_AT = 6
COMPLEMENT_LOOKED_AT = 10
HEADS_LOOKED_AT = 40  # per sentence
# A page names a few dozen events at most: the phrases a page gives the reader are bounded
# (as `mentions.MENTIONS_LOOKED_AT`), so a text repeating "meeting" thousands of times costs no
# more than a long release.
PHRASES_LOOKED_AT = 120
LONGEST = 2000


def _tokens(text):
    return [(m.start(), m.end(), m.group(0)) for m in TOKEN_RE.finditer(text[:LONGEST])]


def _adjacent(text, first, second):
    """Whether only spaces stand between two tokens."""
    return not text[first[1] : second[0]].strip()


def _modifiers(text, tokens, head):
    """(index of the phrase's first token, its determiner or the word that ended the walk)
    walking back from `head`."""
    first, det = head, ""
    for i in range(head - 1, max(-1, head - 1 - MODIFIERS_LOOKED_AT), -1):
        token = tokens[i]
        if not _adjacent(text, token, tokens[i + 1]):
            break
        word = token[2]
        lower = word.lower()
        if lower in DETERMINERS:
            det = lower
            break
        if word.startswith("("):
            first = i
            continue
        if not re.match(r"[\w’']", word):
            break
        if lower in STOP_BEFORE or re.fullmatch(r"\d{1,2}", word):
            det = lower  # a preposition, a verb, a day's number: the phrase starts after it
            break
        if word.islower() and lower.endswith("ed") and lower not in ("related", "expanded"):
            break  # "ministers attended meetings": a verb
        first = i
    return first, det


def _complement(text, tokens, head):
    """Index of the phrase's last token walking forward from `head`: a bracket right after it
    ("(ALEM)"), and its of / on / for / between complement up to a fact or a verb."""
    last = head
    n = len(tokens)
    bracket = tokens[last + 1][2] if last + 1 < n else ""
    own = bracket.startswith("(") and not re.search(r"\d", bracket)
    if own and _adjacent(text, tokens[last], tokens[last + 1]):
        last += 1  # "(ALEM)"; not "(14-15 November)", its days
    if last + 1 >= n or tokens[last + 1][2].lower() not in COMPLEMENT_OPENERS:
        return last
    opener = last + 1
    end = opener
    for i in range(opener + 1, min(n, opener + 1 + COMPLEMENT_LOOKED_AT)):
        word = tokens[i][2]
        lower = word.lower()
        if not _adjacent(text, tokens[i - 1], tokens[i]):
            break
        if not (re.match(r"[\w’']", word) or word.startswith("(")):
            break
        if lower in STOP_AFTER or word[:1].isdigit():
            break
        if lower == "and" and tokens[opener][2].lower() != "between":
            break
        end = i
    while end > opener and tokens[end][2].lower() in DANGLING:
        end -= 1
    return end if end > opener else last


# The words a phrase's predicate may put between its head and its "between" complement ("A
# dialogue is also scheduled later this afternoon between the leaders and …", round i8): a
# verb of planning and words of time only.
SPLIT_WORDS = _word_set(
    """
    is are was were will be also scheduled set planned slated due expected to take place
    later earlier this today tonight tomorrow morning afternoon evening
    """
)
SPLIT_LOOKED_AT = 8


def _split_complement(text, tokens, head):
    """(start, end) of a "between" complement its predicate splits from a head ("A dialogue is
    also scheduled later this afternoon between the leaders and ABAC"), or None."""
    n = len(tokens)
    for i in range(head + 1, min(n, head + 2 + SPLIT_LOOKED_AT)):
        word = tokens[i][2].lower()
        if word == "between" and i > head + 1:
            last = _complement(text, tokens, i - 1)
            if last <= i or not any(t[2] == "and" for t in tokens[i:last]):
                return None
            return tokens[i][0], tokens[last][1]
        if word not in SPLIT_WORDS or not _adjacent(text, tokens[i - 1], tokens[i]):
            return None
    return None


# Words before a head that say which, not what: a day's possessive ("Saturday's meeting",
# "yesterday's session"): the page's event of that day named again.
WHICH_POSSESSIVE_RE = re.compile(
    r"(?:week|year|month|day|meeting|summit|forum|conference)[’']s?", re.I
)
WHICH_DAY_RE = re.compile(
    r"(?:today|tomorrow|yesterday|tonight|(?:mon|tues|wednes|thurs|fri|satur|sun)day)[’']s?",
    re.I,
)
# Words of a plural head that name no event of their own: "APEC meetings", "relevant meetings".
NO_SERIES_WORDS = frozenset({"apec", "relevant", "various", "several", "other", "many", "such"})
# Another body's events ("the 12th WTO ministerial conference", "the G20 summit").
OTHER_BODY_RE = re.compile(
    r"\b(?:ASEAN|G-?20|G-?7|G-?8|WTO|OECD|PECC|EAS|IMF|UN|WEF|SCO|BRICS|United\s+Nations)\b"
)


def own_words(words, plural=False):
    """The words of a phrase that say what it is, not which one: none for "the meeting", "the
    two-day summit", "this week", "Saturday's meeting"; nor, before a plural head, "APEC"
    ("APEC meetings are scheduled in 10 cities": the year's meetings)."""
    generic = NO_DESCRIPTION | DURATIONS | DETERMINERS | (NO_SERIES_WORDS if plural else set())
    return [w for w in words if w.lower() not in generic and not WHICH_DAY_RE.fullmatch(w)]


def phrase_mentions(doc, taken_by_sentence):
    """Mentions of source "phrase" for each noun phrase of the body headed by an event noun
    where no mention stands (`taken_by_sentence`: sentence id → (start, end) spans), with words
    of its own besides its head and linked to APEC: APEC in the phrase or its sentence. A
    definite phrase keeps its determiner in `definite` (a set of mention ids)."""
    found, definite = [], set()
    previous = []  # the three sentences before: the APEC week they tell of (round g1)
    for sentence in doc.body:
        if len(found) >= PHRASES_LOOKED_AT:
            break
        text = sentence.text[:LONGEST]
        linked = any(APEC_WORD_RE.search(t) for t in (text, *previous[-3:]))
        previous.append(text)
        if not linked:
            continue
        taken = taken_by_sentence.get(id(sentence), ())
        for start, end, det, title in _sentence_phrases(text, taken):
            mention = Mention(text[start:end], sentence, start, "phrase", title=title)
            found.append(mention)
            if det in DETERMINERS - {"a", "an"}:
                definite.add(id(mention))
    return found, definite


def _sentence_phrases(text, taken):
    """(start, end, determiner, title) of each phrase of `text` headed by an event noun that
    stands for an event of its own, where no span of `taken` stands; the title is the phrase
    with its complement split from it ("a dialogue … between the leaders and ABAC"), else ""."""
    tokens = _tokens(text)
    heads = [i for i, t in enumerate(tokens) if EVENT_HEAD_RE.fullmatch(t[2])]
    for head in heads[:HEADS_LOOKED_AT]:
        first, det = _modifiers(text, tokens, head)
        last = _complement(text, tokens, head)
        start, end = tokens[first][0], tokens[last][1]
        if any(a < end and start < b for a, b in taken):
            continue
        if _pointed_elsewhere(text, tokens, first, head, last, det):
            continue
        split = _split_complement(text, tokens, head) if last == head else None
        if not _words_of_its_own(text, tokens, first, head, last, split):
            continue
        name = text[start:end]
        title = f"{name} {text[split[0] : split[1]]}" if split else ""
        if OTHER_BODY_RE.search(title or name) or APEC_ITSELF_RE.fullmatch(name):
            continue  # another body's meeting; "the APEC forum": APEC itself
        yield start, end, det, title


def _pointed_elsewhere(text, tokens, first, head, last, det):
    """Whether the phrase is no event's name of its own: a noun before another head, another
    of a series, something pointed to ("ahead of …"), a quoted brand."""
    following = tokens[last + 1][2] if last + 1 < len(tokens) else ""
    if last == head and (EVENT_HEAD_RE.fullmatch(following) or following[:1].isupper()):
        return True  # "policy dialogue workshop", "Hanoi Trade Fair Centre": not its head
    if det in OTHER_OF_SERIES:
        return True  # "the last technical meeting": another of its series
    if det == "of" and first > 1 and tokens[first - 2][2].lower() in SERIES_OF:
        return True  # "a year of preparatory meetings"
    if {t[2].lower() for t in tokens[max(0, first - 3) : first]} & POINTED_TO:
        return True  # "ahead of the annual gathering of …", "following this week's …"
    start = tokens[first][0]
    return text[max(0, start - 1) : start] in QUOTES  # a brand ("“Startup Week in …”")


def _words_of_its_own(text, tokens, first, head, last, split):
    """Whether the phrase says which event it is: not "this year's APEC summit", "meetings of
    the year", "a press conference", "the meeting", "a two-day summit" (unless a complement
    split from it says it: `split`)."""
    before = [t[2] for t in tokens[first:head]]
    if any(WHICH_POSSESSIVE_RE.fullmatch(w) for w in before):
        return False  # "this year's APEC summit", "this week's business forum"
    complement = {w.lower() for w in text[tokens[head][1] : tokens[last][1]].split()}
    if last > head and complement <= WHICH_COMPLEMENT | DANGLING:
        return False  # "meetings of the year": no words of its own
    lowered = {w.lower() for w in before}
    if lowered & (JUDGING | NOT_EVENT_WORDS | OTHER_OF_SERIES):
        return False  # "a press conference": no event of APEC's
    word = tokens[head][2].lower()
    plural = word.endswith(("s", "symposia")) and not word.endswith("ss")
    return bool(own_words(before, plural)) or last > head or split is not None


def phrase_refers_back(name, said):
    """Whether a definite phrase refers back to a name of the page (`said`: each name's words,
    `mentions._words_of`): all its words but those that say which stand in one name ("the APEC
    summit" after "the APEC Leaders' Summit"), or one with its head holding most of its words
    ("the policy dialogue workshop on SME Internationalization" after "a policy dialogue
    workshop on MSME Internationalization")."""
    words = _words_of(name) - NO_DESCRIPTION - DURATIONS
    head = _words_of(EVENT_HEAD_RE.findall(name)[-1])
    for other in said:
        if words <= other:
            return True
        shared = words & other
        if head <= other and len(shared - head - LINK_WORDS) >= 2 and 2 * len(shared) > len(words):
            return True
    return False


LINK_WORDS = frozenset({"apec", "of", "on", "for", "between", "and", "the", "with"})


def phrase_candidate(mention):
    """Whether a phrase may stand for a further event: not a series held every year, the
    group a person chairs, what a host hosts, a quoted part of another event."""
    after = mention.sentence.text[mention.position + len(mention.name) :][:80]
    before = mention.sentence.text[max(0, mention.position - 40) : mention.position]
    if SERIES_AFTER_RE.search(after) or OFFICE_OF_RE.search(before):
        return False
    if ORGANISATION_GLOSS_RE.match(after):
        return False  # "the Pacific Business Forum, an APEC body of …": a body, not an event
    if before.rstrip().endswith(":"):
        return False  # "the APEC CEO Summit 2046: Regional Forum": a name's subtitle
    capitalised = all(w[:1].isupper() or w[:1] == "(" for w in mention.name.split())
    if capitalised and not APEC_WORD_RE.search(mention.sentence.text):
        # a name in capitals is the name finders' ("A Youth Summit on 20 November will
        # follow"); this pass links it to APEC only by its own sentence
        return False
    if NOT_REPORTED_BEFORE_RE.search(before):
        return False
    return not (_hosts_role(mention) or _quoted_part(mention))


# Where a phrase's own clause ends: a relative or a subordinate clause after it says another
# event's facts ("a dialogue … before the ministers meet in May", "the APEC talks which will
# climax with today's … Meeting").
CLAUSE_BREAK_RE = re.compile(
    r";|\s(?:that|before|after|when|while|until|unless|which|who|whose|whom|where|because|since"
    r"|although|though|whereas|ahead\s+of|following|but|leading\s+up\s+to|towards?)\s",
    re.I,
)


def own_clause(mention):
    """The mention with its sentence cut where its own clause ends (`CLAUSE_BREAK_RE`)."""
    text = mention.sentence.text
    end = mention.position + len(mention.name)
    cut = CLAUSE_BREAK_RE.search(text, end)
    if cut is not None and cut.start() == end and text[cut.end() : cut.end() + 1].islower():
        # "the senior officials meetings that will be taking place there on …": its own
        # relative clause (not "the … dialogue that APEC was able to achieve during …")
        cut = CLAUSE_BREAK_RE.search(text, cut.end())
    if cut is None:
        return mention
    return replace(mention, sentence=replace(mention.sentence, text=text[: cut.start()]))


def head_noun(name):
    """The event noun heading a name, singular: its last before an of / on / for / between
    complement ("meeting" of "73 technical meetings", "summit" of "annual summit of the APEC
    forum"), or ""."""
    name = COMPLEMENT_RE.split(name or "", maxsplit=1)[0]
    heads = EVENT_HEAD_RE.findall(name)
    if not heads:
        return ""
    head = heads[-1].lower()
    return head[:-1] if head.endswith("s") and not head.endswith(("ss", "talks")) else head


def part_of_main(record, main_record):
    """Whether a phrase's record lies within the days of the page's own event, spanning more
    than a day, in its town or none ("remarks at the high-level policy dialogue on June 4" on
    the page of a summit held 3-4 June): a part of that event, not one more."""
    if main_record is None or not record.value("start_date"):
        return False
    first, last = main_record.value("start_date"), main_record.value("end_date")
    if not first or not last or last <= first:
        return False
    town = record.value("city")
    if town and town != main_record.value("city"):
        return False
    end = record.value("end_date") or record.value("start_date")
    return first <= record.value("start_date") and end <= last


def same_by_facts(record, others):
    """Whether a phrase's record is one of `others` named again: the same event noun, the same
    first day, and no other town ("the Asian Pacific Economic Cooperation (APEC) meeting" on
    the day and in the town of the page's "APEC Economic Leaders' Meeting")."""
    day, town = record.value("start_date"), record.value("city")
    head = head_noun(record.value("title"))
    for other in others:
        if other is None or not day or other.value("start_date") != day:
            continue
        if town and other.value("city") and town != other.value("city"):
            continue
        if head and head == head_noun(other.value("title")) and not _other_rank(record, other):
            return True
    return False


# Who meets, as a name's words say it: "Ministerial Meeting" is not the "Leaders Meeting" of
# its day.
RANK_WORDS = frozenset(
    {"leaders", "leader", "ministerial", "ministers", "minister", "officials", "senior", "ceo"}
    | {"business", "abac", "trade", "finance", "deputies", "spouses", "youth", "women"}
)


def _other_rank(record, other):
    """Whether a phrase's record names who meets by a word the other record's title lacks."""
    words = _words_of(record.value("title")) & RANK_WORDS
    return not words <= _words_of(other.value("title"))


# A town right after a phrase: "summit in Kuala Lumpur", "meetings will be held in Putrajaya".
ADJACENT_PLACE_RE = re.compile(
    r"\s*(?:\([^()]{0,40}\)\s*)?(?:(?:was|were|is|are|will\s+be|to\s+be)\s+)?"
    r"(?:(?:held|hosted|convened|taking\s+place|scheduled)\s+)?(?:here\s+)?(?:in|at)\s+"
    r"(?:[a-z][\w’'-]*\s+){0,2}(?:[A-Z][\w-]*[’']s\s+)?[A-Z]"
)


def own_fact(record, mention):
    """Whether a phrase's record has a fact of its own: a day (a weekday or "today" counted as
    the date reader does), a venue, or a town said right after the phrase. A month alone
    ("the planned … conference in December") or a town elsewhere in the sentence is not; nor
    a town alone after a plural head ("Senior Officials' Meetings will be held in Kunming,
    Shanghai and Qingdao": one town of a series, `mentions._listed_towns`)."""
    if record.value("start_date") and record.value("date_precision") == "day":
        return True
    if record.value("venue"):
        return True
    if head_noun(mention.name) != EVENT_HEAD_RE.findall(mention.name)[-1].lower():
        return False  # plural
    town = record.value("city")
    if not town:
        return False
    text = mention.sentence.text
    after = text[mention.position + len(mention.name) :]
    lead = text[max(0, mention.position - 200) : mention.position]
    hosted = HOSTS_BEFORE_RE.search(lead)
    # "Kaohsiung City in southern Taiwan is set to host an SME O2O summit": the town hosting it
    return ADJACENT_PLACE_RE.match(after) is not None or bool(hosted and town in lead)


HOSTS_BEFORE_RE = re.compile(r"\b(?:host|hosts|hosted|hosting)\s+(?:an?|the)\s+$")


# A time fronted before the phrase's clause (round i8): the sentence opens with it, up to a
# comma ("On Saturday evening, the leaders will attend a gala dinner …", "From 3 to 5 May,
# the first set of technical meetings …"), or with "later" / "earlier" right before the
# phrase ("Later this afternoon a dialogue is scheduled …"). Words of time only
# (`TIME_WORDS`, a day's number, a month, a weekday).
FRONTED_TIME_RE = re.compile(
    r"\s*(?P<time>(?:on|from|in|during|between|this|(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
    r"\b(?:\s+[\w.–-]+){0,6}?)\s*,\s*"
    r"|\s*(?P<later>(?:later|earlier)(?:\s+[\w.–-]+){0,3}?)\s+(?:an?|the)\s*$",
    re.I,
)
TIME_WORDS = _word_set(
    """
    on from in during between this next later earlier the of to and until morning afternoon
    evening night today tomorrow tonight
    """
)
TIME_WORD_RE = re.compile(
    r"\d{1,4}(?:st|nd|rd|th)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|–|-",
    re.I,
)


def fronted_time(lead):
    """The words of time that open a phrase's sentence before it (`FRONTED_TIME_RE`), or ""."""
    found = FRONTED_TIME_RE.match(lead[:200])
    if found is None:
        return ""
    time = found.group("time") or found.group("later")
    words = [w.rstrip(".").lower() for w in time.split()]
    if not all(w in TIME_WORDS or TIME_WORD_RE.fullmatch(w) for w in words):
        return ""
    return time
