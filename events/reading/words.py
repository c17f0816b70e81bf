"""Words of the event reader: limits, kind words and the cue patterns built from plain words."""

import functools
import re

from events.models import EventKind

EXPECTED = (
    "a news release, article or event page naming an event and its date, e.g. “The APEC "
    "SME Digital Forum was held in Lima on 5 May 2021”"
)
LIMITS = {"title": 300, "city": 100, "venue": 200}
OFFICIAL_LIMITS = (200, 300)  # name, title (EventOfficial.name, .role)
LONGEST = 1500  # a sentence is read up to this many characters (keeps every pattern linear)
# An event's facts (place, hosts, officials, initiative, chair) are read from at most this many
# sentences of each scan, its own sentences first: a release has tens, so only a huge text
# (1 MB of one repeated sentence) is cut, and the per-sentence extractors stay bounded.
FACT_SENTENCES = 200
# How many namings of one further event are tried for days of its own: a headline naming it
# without a date does not hide the body's dated naming, and a name repeated many times is not
# read again and again.
NAMINGS_TRIED = 3
# A letter or a digit: a line or sentence without one ("• - * ▪", "1.") holds no field, date,
# place or event name, so the readers for those are not tried on it.
WORD_CHARACTER_RE = re.compile(r"[^\W_]")


# APEC's name spelled out as older press writes it (round c39): "Asia-Pacific Economic
# Cooperation", "Asia Pacific Economic Cooperation" (no hyphen, AP, Reuters), "Asia-Pacific
# Economic Co-operation" (BBC, The Independent, The Irish Times).
APEC_SPELLED = r"Asia[- ]Pacific\s+Economic\s+Co-?operation"


KIND_WORDS = {
    "forum": EventKind.FORUM,
    "fora": EventKind.FORUM,
    "conference": EventKind.CONFERENCE,
    "symposium": EventKind.CONFERENCE,
    "congress": EventKind.CONFERENCE,
    "workshop": EventKind.WORKSHOP,
    "seminar": EventKind.SEMINAR,
    "webinar": EventKind.SEMINAR,
    "summit": EventKind.SUMMIT,
    "dialogue": EventKind.DIALOGUE,
    "dialog": EventKind.DIALOGUE,
    "roundtable": EventKind.DIALOGUE,
    "training": EventKind.TRAINING,
    "course": EventKind.TRAINING,
    "bootcamp": EventKind.TRAINING,
    "meeting": EventKind.OTHER,
    # "the APEC Leaders' Retreat held at the Lima Convention Center", "the virtual APEC
    # Informal Leaders' Retreat on Friday, July 16" (c36): the leaders' closed session, an
    # event of its own
    "retreat": EventKind.OTHER,
    "expo": EventKind.OTHER,
    "fair": EventKind.OTHER,
    "exhibition": EventKind.OTHER,
    "hackathon": EventKind.OTHER,
    # "the 2043 APEC App Challenge", "APEC Youth Pitch Competition 2044", "a start-up contest"
    # (c12): named contests were refused as naming no event.
    "challenge": EventKind.OTHER,
    "competition": EventKind.OTHER,
    "contest": EventKind.OTHER,
    "showcase": EventKind.OTHER,
    "clinic": EventKind.OTHER,
    "award": EventKind.OTHER,
    # "the Palawan State University hosted the APEC 101 Roadshow on December 4, 2015" (d4): a
    # host year's outreach tour, an event of its own at each stop
    "roadshow": EventKind.OTHER,
}
KIND_NAMES = {
    EventKind.FORUM: "forum",
    EventKind.CONFERENCE: "conference",
    EventKind.WORKSHOP: "workshop",
    EventKind.SEMINAR: "seminar",
    EventKind.SUMMIT: "summit",
    EventKind.DIALOGUE: "dialogue",
    EventKind.TRAINING: "training",
    EventKind.MINISTERIAL_MEETING: "meeting",
}
PLURAL_KINDS = {
    "events": None,
    "forums": EventKind.FORUM,
    "fora": EventKind.FORUM,
    "conferences": EventKind.CONFERENCE,
    "workshops": EventKind.WORKSHOP,
    "seminars": EventKind.SEMINAR,
    "webinars": EventKind.SEMINAR,
    "summits": EventKind.SUMMIT,
    "dialogues": EventKind.DIALOGUE,
    "trainings": EventKind.TRAINING,
    "meetings": None,
}
# Also "the 2042 APEC Ministers Responsible for Trade Meeting" (i28l8).
MINISTERIAL_RE = re.compile(
    r"Ministerial\s+Meeting|Ministers['’]?\s+Meeting|\bSMEMM\b|Meeting\s+of\s+(?:the\s+)?"
    r"(?:APEC\s+)?(?:SME\s+)?Ministers|Ministers\s+Responsible\s+for\s+[A-Za-z]+\s+Meeting",
    re.I,
)
SME_BUILT_TITLE = "APEC SME Ministerial Meeting"
# Small firms named in everyday words: "small business", "small firms", "small companies".
SMALL_FIRMS = (
    r"small(?:\s+and\s+medium(?:[\s-]+sized)?)?\s+(?:firms|business(?:es)?|companies|enterprises?)"
)
MINISTERS_MET_RE = re.compile(
    r"(?:\b(?:SME|MSME|small\s+and\s+medium[\w\s-]{0,25}?|small[\s-]business)\s+ministers\b|\bministers\s+"
    # "Ministers in charge of small business in the … group met here" (a wire, c16)
    r"(?:and\s+(?:their\s+)?representatives\s+)?(?:responsible\s+for|in\s+charge\s+of)\s+"
    r"(?:M?SMEs?|small\s+and\s+medium[\w\s-]{0,25}?"
    rf"|{SMALL_FIRMS}))[^.]{{0,150}}?"
    r"\b(?:met|gathered|convened|meet|will\s+meet)\b",
    re.I,
)
# Also a statement page's opening "We, the APEC Ministers, met in San Francisco … on November
# 14-15" (any sector: "We, the APEC Tourism Ministers … met"): the ministerial meeting's own
# sentence, its days over the page's date line (i28l8).
MINISTERS_MEET_RE = re.compile(
    rf"{MINISTERS_MET_RE.pattern}|\b(?:APEC|[Tt]he)\s+Ministers\s+will\s+(?:gather|meet|convene)\b"
    r"|\bWe,?\s+the\s+(?:APEC\s+)?(?:[A-Z][\w-]*\s+){0,3}?Ministers\b[^.]{0,150}?"
    r"\b(?:met|gathered|convened)\b",
    re.I,
)
# Senior officials meeting in a place now: "APEC Senior Officials are meeting in Palm Springs,
# February 14-28", "Senior Officials met in Lima on …": the senior officials' meeting's own
# sentence (not "will continue to meet ahead of …", their later meetings).
OFFICIALS_MEETING_IN_RE = re.compile(
    r"\b(?:APEC\s+)?[Ss]enior\s+[Oo]fficials\s+(?:are\s+meeting|met|gathered|convened|meet)\s+in\s+"
    r"(?=[A-Z])"
)
# A meeting named only by who meets: "a two-day meeting of energy ministers … got under way in
# Daegu Thursday", "The ministers on Friday opened their annual meeting". The sector names the
# title; "last met", "ago" or "last year" before the verb make it a past meeting, not the event.
# A sentence going on about the meeting the one before it named: "The meeting will run …".
MET_HERE_RE = re.compile(r"\b(?:met|gathered|convened|opened|began)\s+here\b")
# A name glossed as a standing body: "the Pacific Business Forum, an APEC suborgan", "…, an
# advisory body of business leaders".
ORGANISATION_GLOSS_RE = re.compile(
    r",\s+(?:an?|the)\s+(?:[\w-]+\s+){0,4}?(?:suborgan|organ|body|organi[sz]ation|network"
    r"|council|panel|association)\b"
)
HEADLINE_MINISTERS_WORDS = {"ministers", "ministerial"}
IT_BY_RE = re.compile(
    r"It\s+(?:is|was|will\s+be|has\s+been)\s+(?:being\s+)?(?:jointly\s+)?(?:co-?)?"
    r"(?:organi[sz]ed|hosted|run|convened|held)\b"
)
NEXT_MEETING_RE = re.compile(r"\b(?:again|next\s+(?:year|time))\b", re.I)
# "A series of related meetings will take place during the event such as the …, … and …":
# the meetings named after this cue are listed as part of the page's own meeting's programme
# (round i29a, `_programme_item`).
PROGRAMME_CUE_RE = re.compile(
    r"\b(?:related|side|parallel|associated|accompanying)\s+(?:meetings|events)\b"
    r"(?P<between>[^.;:]{0,120}?)\b(?:such\s+as|including|includes?|namely)"
    # "The 33rd … Leaders' Meeting will be held in Shenzhen on Nov. 18 and 19 next year,
    # accompanied by the APEC CEO Summit and …": the meetings of its week (round c2)
    r"|,\s+accompanied\s+by\b"
)
# The sentence after a named event that goes on about it alone (round c37 widened it from "The
# meeting" and "It will"): "It is scheduled for Oct. 16 and 17 in Niigata", "The two-day forum
# will take place at the Harbour Hotel", "This event is set for …".
FOLLOW_UP_RE = re.compile(
    r"\s*(?:The|This|That)\s+(?:(?:one|two|three|four|five|\d)-day\s+)?"
    r"(?P<noun>meeting|gathering|forum|summit|conference|workshop|symposium|event|ministerial)\b"
    r"|\s*It\s+(?:will\b|is\s+(?:scheduled|set|slated|due|planned|to\s+be\s+held)\b"
    r"|was\s+(?:held|scheduled)\b)"
)
# the words of FOLLOW_UP_RE that stand for any event; the others ("The forum", "The workshop")
# go on about an event whose name holds them only (c37)
FOLLOW_UP_ANY = frozenset({"meeting", "gathering", "event"})
SECTOR_MINISTERS_RE = re.compile(
    r"\b(?:(?P<mrt>ministers\s+responsible\s+for\s+trade)"
    r"|(?P<sme>(?:SME|MSME|small[\s-]business)\s+ministers"
    rf"|ministers\s+responsible\s+for\s+(?:M?SMEs?|{SMALL_FIRMS}))"
    r"|(?P<amm>(?:foreign|trade)(?:,|\s+and)\s+(?:foreign|trade)\s+ministers|APEC\s+ministers(?!\s+responsible)"
    r"|ministers\s+(?:from|of)\s+(?:the\s+|all\s+)?(?:21|twenty-one|1[2-9]|20)\b"
    r"|ministers\s+from\s+(?:across\s+)?(?:APEC|the\s+Asia[- ]Pacific)\b)"
    r"|(?P<sector>trade|tourism|energy|finance|women|health|transport(?:ation)?|mining"
    r"|telecommunications|forestry|food\s+security|education|oceans?|agriculture|foreign"
    r"|structural\s+reform)\s+ministers|(?P<officials>senior\s+officials))\b"
    r"(?P<gap>[^.]{0,150}?)\b(?:met|gathered|convened|opened|kicked\s+off|got\s+under\s+way"
    r"|began|started|wrapped\s+up|will\s+(?:meet|gather|convene)|(?:are|were)\s+meeting"
    r"|(?:ended|concluded|closed)\s+(?:their|the|a)\s+(?:annual\s+|two-day\s+)?(?:meeting|talks))\b"
    r"|\b(?:the|APEC)\s+ministers\b(?P<bare_gap>[^.]{0,40}?)\b(?:opened|began|started)\s+"
    r"(?:their|an?|the)\s+(?:annual\s+|two-day\s+)?meeting\b"
    r"|\b(?P<leaders>[Ll]eaders)\b(?P<leaders_gap>[^.]{0,150}?)\b(?:opened|began|started)\s+"
    r"(?:their|an?|the)\s+(?:annual\s+|yearly\s+|two-day\s+)?(?:meeting|summit)\b",
    re.I,
)
# APEC's leaders named as those who meet, in a newspaper's words (round c27): "Leaders of the
# Asia Pacific Economic Cooperation (APEC) forum gather here today", "Leaders from the … (APEC)
# forum who will meet on Nov. 19 in Osaka", "Yesterday's meeting of APEC leaders in Bogor",
# "the third informal meeting of the leaders of the … (APEC) forum". The APEC link is part of
# the words ("business leaders", "Asia-Pacific leaders" alone are not APEC's); a past meeting
# ("last met", "ago") is left to PAST_MEETING_RE on the gap.
_APEC_FORUM = (
    r"(?:APEC|Apec|Asia[- ]Pacific\s+Economic\s+Co-?operation(?:\s+\((?:APEC|Apec)\))?)"
    r"(?:\s+(?:forum|grouping|group))?"
)
LEADERS_MEET_RE = re.compile(
    rf"\b(?:{_APEC_FORUM}\s+leaders|[Ll]eaders\s+(?:of|from)\s+(?:the\s+)?{_APEC_FORUM})\b"
    r"(?P<gap>[^.]{0,80}?)\b(?:met|gathered|gather|meet|will\s+meet|convened|convene"
    r"|(?:are|were)\s+meeting)\b"
    rf"|\bmeeting\s+of\s+(?:the\s+)?(?:{_APEC_FORUM}\s+leaders|leaders\s+of\s+(?:the\s+)?{_APEC_FORUM})\b"
)
# "Ministerial" as a noun after "the"/"this" and up to three capitalised words: "this Tourism
# Ministerial", "the Ministerial" (not followed by a noun it qualifies: "the Ministerial
# Statement", "the ministerial meeting", "the ministerial level").
MINISTERIAL_NOUN_RE = re.compile(
    r"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:[A-Z][\w-]*\s+){0,3}?Ministerial\b"
    r"(?!\s+(?:[A-Z]|(?i:meetings?|statements?|declarations?|conferences?|level|talks"
    r"|sessions?|dialogues?|retreats?|week|track|process)\b))"
)
# A sentence opening on a participle of meeting ("Meeting as part of the first …, delegates
# …") goes on about the meeting the sentence before it reports ("… met in Guangzhou") (i28l8).
PARTICIPLE_LEAD_RE = re.compile(
    r"(?:Meeting|Gathering|Convening)\s+(?:virtually\s+|online\s+)?"
    r"(?:as\s+part\s+of|during|on\s+the\s+sidelines\s+of|alongside|at|for|in)\b"
)
# A sentence whose subject is those who met in the sentence before: "They participated in
# the …", "They attended the …" (i28l11).
THEY_TOOK_PART_RE = re.compile(
    r"They\s+(?:(?:then|also|later)\s+)?(?:participated\s+in|took\s+part\s+in|attended|joined)\b"
)
MET_VERB_RE = re.compile(r"\b(?:met|gathered|convened|(?:are|were)\s+meeting)\b")
# An umbrella event and the meeting that opened it: "… is the first meeting of the four-day
# <umbrella>", "<umbrella> opened with the …".
UMBRELLA_BEFORE_RE = re.compile(
    r"\b(?:is|was|will\s+be)\s+the\s+(?:first|opening)\s+(?:\w+\s+)?(?:meeting|event|session)"
    r"\s+(?:of|at|in)\s+(?:the\s+)?(?:[\w-]+-day\s+)?(?:ongoing\s+)?$"
)
OPENED_WITH_RE = re.compile(r"\s*(?:\w+\s+){0,2}?(?:opened|kicked\s+off|began|started)\s+with\b")
# A meeting named only as where work goes next, not one the text reports: "will be presented
# to the APEC Economic Leaders' Meeting in November", "in preparation for the …", "a final
# review of the agenda for Friday and Saturday's Economic Leaders' Meeting", "in order to move
# forward towards the Leaders' Summit …".
ONLY_MENTIONED_RE = re.compile(
    # (a speech "delivered to the SME Summit" was given there: that is its event, c22)
    r"\b(?:(?:presented|submitted|reported|forwarded|(?<!speech\s)(?<!address\s)(?<!remarks\s)"
    r"delivered)\s+to|(?:preparations?|prepare"
    r"|preparing)\s+for|in\s+preparation\s+for|ahead\s+of|agenda\s+for|(?:forward|way)\s+towards?"
    r"|(?:prepared|prepares?|preparing)\s+(?:the|a|its|their)\s+(?:reports?|documents?"
    r"|recommendations)\s+for)\s+(?:the\s+)?(?:upcoming\s+)?"
    r"(?:\w+day(?:\s+and\s+\w+day)?['’]s\s+)?$",
    re.I,
)
# A meeting named as the one just ahead, after its name: "With the APEC Economic Leaders'
# Meeting just around the corner, Thailand recently concluded the Third … (SOM3)" (a host-year
# site's feature, c35): not the meeting the text reports.
COMING_AFTER_RE = re.compile(
    r"\s*(?:\([^()]{1,20}\)\s*)?(?:(?:is|being)\s+)?(?:just\s+)?(?:a)?round\s+the\s+corner\b",
    re.I,
)
# A headline's report after its name and a colon: "…: First preparatory meeting has begun in
# Peru", "…: Ministers open talks in Lima".
HEADLINE_REPORT_RE = re.compile(
    r"\b(?:has|have|had|is|are|was|were|will)\s+(?:\w+\s+)?(?:begun|began|opened|started|ended"
    r"|concluded|closed|held|kicked|wrapped|gathered|met)\b"
    r"|\b(?:begins?|opens?|starts?|ends|concludes?|closes?|kicks?\s+off|wraps?\s+up|meet|gather"
    r"|gets?\s+under\s*way)\b"
)
# A meeting's own relative clause announcing it: "… Ministerial Meeting that will take place
# tomorrow and Friday", "… which will be held on 5-6 May".
OWN_DAY_VERB_RE = re.compile(
    r"\b(?:that|which)\s+will\s+(?:take\s+place|be\s+held|run|open|convene)\b"
    # "the APEC Economic Leaders' Meeting (AELM) slated for November 14-15": its own days
    # (round c2; "submitted to the … Meeting on Nov. 18-19" still gives no record)
    r"|\b(?:slated|scheduled|set)\s+(?:for|on)\b"
    # "… preparations for the APEC Economic Leaders' Meeting (AELM), to be held in Manila from
    # November 18 to 19": its own days (d2)
    r"|\bto\s+be\s+(?:held|convened|hosted)\b"
)
# "Before the meeting, …", "Prior to the meeting, …": a sentence about what came before it.
# A meeting named in a person's office: "Chair of the Senior Officials' Meeting … Bui Thanh Son".
OFFICE_OF_RE = re.compile(r"\b[Cc]hair(?:man|person|woman)?\s+of\s+(?:the\s+)?$")
# A further meeting named as what the host hosts ("the first event organized by China as the
# host of 2026 APEC Economic Leaders' Meeting") gives no record of its own; the text's own
# event may still be named so ("As the host of the 40th … Leaders' Meeting, China …").
HOST_OF_RE = re.compile(r"\b[Hh]ost\s+of\s+(?:the\s+)?$")
BEFORE_IT_RE = re.compile(r"\b(?:[Bb]efore|[Pp]rior\s+to|[Aa]head\s+of)\s+$")
PAST_MEETING_RE = re.compile(r"\blast\b|\bago\b|\bprevious\b|\bearlier\b", re.I)
NOT_EVENT_RE = re.compile(
    r"\b(?:Initiative|Statement|Declaration|Report|Agenda|Strategy|Plan|Network|Project"
    r"|Programme|Program|Framework|Roadmap|Principles|Guidebook|Theme)\b"
)
ATTEND_RE = re.compile(r"\bto\s+(?:attend|join|participate\s+in|take\s+part\s+in)\s", re.I)
PARTICIPANT_RE = re.compile(
    r"\b(?:observers?|representatives?|guests?)\s+(?:from|of)\b|\bparticipation\s+(?:of|by)\b"
    r"|\bobservers\s*(?:[—–:]|\s-\s)",  # "APEC's official observers—the …, the … Council"
    re.I,
)
CONNECTORS = {"of", "on", "for", "and", "the", "to", "&", "de", "del", "la", "y", "in", "with"}
ARTICLES = {"the", "this", "that", "a", "an", "its", "their", "our", "these", "those"}
NOT_NAME_START = ARTICLES | {"today", "yesterday", "on", "in", "at", "as", "during", "and"}
# After an event word, an office or its staff: "APEC Senior Officials' Meeting Chair's Office".
OFFICE_WORDS = {"chair's", "chair’s", "office", "secretariat"}
# Words of a title-case headline that end its report and begin what it looks ahead to.
HEADLINE_BREAKS = {"Ahead", "Before", "Towards", "Toward"}
# Verbs of a title-case headline's report before the name it reports ("Officials Begin
# Technical Meeting Cluster", "Economies Convene APEC … Forum"): the name starts after the
# verb (c38).
HEADLINE_VERBS = frozenset(
    [
        "Begin",
        "Begins",
        "Agree",
        "Agrees",
        "Convene",
        "Convenes",
        "Gather",
        "Gathers",
        "Discuss",
        "Discusses",
        "Attend",
        "Attends",
        "Hold",
        "Holds",
        "Opens",
        "Concludes",
        "Conclude",
        "Kick",
        "Kicks",
        "Wrap",
        "Wraps",
        "Welcome",
        "Welcomes",
        "Endorse",
        "Endorses",
        "Join",
        "Joins",
        "Start",
        "Starts",
    ]
)
# Words of a title-case headline's report after the name ("… Advisory Board Successfully
# Held in Bangkok", "… Focal Points Meeting Opens"): the name's "of" part ends before them.
HEADLINE_REPORT_WORDS = frozenset(
    [
        "Held",
        "Successfully",
        "Opens",
        "Opened",
        "Begins",
        "Began",
        "Concludes",
        "Concluded",
        "Closes",
        "Closed",
        "Ends",
        "Ended",
        "Kicks",
        "Kicked",
        "Wraps",
        "Wrapped",
        "Underway",
        "Convenes",
        "Convened",
        "Starts",
        "Started",
        "Gets",
    ]
)
# A verb in a title-case headline before an event word: "… Mitigate Pandemic Challenge by
# Hosting Virtual Workshop to …" names no event "Hosting Virtual Workshop".
VERB_ING_RE = re.compile(
    r"(?:Co-)?(?:Hosting|Holding|Organi[sz]ing|Attending|Joining|Convening|Staging|Opening)"
)
SUBTITLE_RE = re.compile(r"^(?P<series>.+?)(?:\s*:\s+|\s+[–—-]\s+)(?P<sub>\S.*)$")
QUOTED_THEME_RE = re.compile(
    r"(?P<joiner>\s(?:on|for|of)\s+)[“\"](?P<theme>[A-Z][^“”\"]{1,200})[”\"]$"
)
QUOTED_RE = re.compile(r"[“\"]([^“”\"\n]{4,600})[”\"]")
YEAR_WORD_RE = re.compile(r"(?<![\d-])((?:19[89]|20[0-4])\d)(?![\d-])")
FUTURE_RE = re.compile(
    r"\bwill\b|\bnext\s+year\b|\bplans?\s+to\b|\bto\s+be\s+(?:held|implemented)\b|\bupcoming\b"
    r"|\bforthcoming\b"
    # a headline's infinitive: "Senior APEC Business Leaders to Meet in Seattle from Sunday" (d4)
    r"|\bto\s+(?:meet|gather|convene)\s+(?:in|on|from|at|this|next)\b"
    # "the APEC Ministerial Meeting beginning on Friday are expected here on Thursday"
    r"|\b(?:beginning|starting)\s+(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b"
    r"|\b(?:is|are)\s+expected\s+(?:here|there|to\s+arrive)\b",
    re.I,
)

# A schedule said in the present or as reported future, next to a weekday: "Senior officials
# meet on Tuesday and Wednesday", "the leaders would meet on Saturday", "Tuesday and Wednesday
# Senior Officials meet": the days after the release's, as with "will".
SCHEDULE_RE = re.compile(
    r"\b(?:would|(?:is|are)\s+(?:to|due\s+to|set\s+to|scheduled\s+to)|meet|meets|gather|gathers"
    r"|convene|convenes|(?:is|are)\s+(?:meeting|gathering|convening))\b"
)


@functools.lru_cache(maxsize=8)
def _words_re_cached(words):
    # The first letter in either case (and the Kelvin sign, whose lower case is "k"), the
    # rest in any case: a superset of what the tokens match, and a pattern that starts with
    # a set of letters is searched much faster than one ignoring case throughout.
    def first(letter):
        kelvin = "\u212a" if letter == "k" else ""
        return f"[{letter.upper()}{letter}{kelvin}]"

    return re.compile(
        "|".join(
            first(w[0]) + (f"(?i:{re.escape(w[1:])})" if w[1:] else "")
            for w in sorted(words, key=len, reverse=True)
        )
    )


KIND_WORDS_RE = _words_re_cached(frozenset(KIND_WORDS))
