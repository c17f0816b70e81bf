"""Read news releases, articles and event pages into draft events, and save them.

The shared machinery is `core.importing`: every fact keeps the line it came from, a fact
the reader inferred is marked "low" with a warning, and staff correct any fact in the
preview before saving. What the reader takes, per event:

- the name as written: a quoted name holding an event word ("Forum", "Workshop", …) and
  its subtitle after a colon or dash; else an "Event:"/"Title:" field, the headline, or an
  unquoted name in the body ("the 5th APEC SME Digital Forum");
- the dates: full dates, ranges in either order, a day without its year ("on 12 August",
  "began Tuesday (Oct 4)", the year from the release's date, its dateline, or the latest
  year the text speaks of, with a "year-inferred" warning), a month ("this June": month
  precision), "today"/"yesterday" against the release's date;
- city and venue ("held at the … Convention Center in …", "Venue:" fields, the headline's
  "… Held in Taipei", the dateline "LIMA, Peru —" when nothing else says);
- host and co-hosts under any press name or agency (`core/data/agencies.csv`);
- whether it was held online; the initiative (matched by title or alias); the officials
  who spoke; a short summary; the kind (a text about an SME Ministerial Meeting gives a
  ministerial meeting).

A text announcing several named events, each with its own date, gives one record each
(each read from its part of the sentence when one sentence names several);
a sentence such as "events were held in Tomsk and Taipei this June, and in Bangkok this
August" gives one record per city, named after the main event's series ("… Forum in
Tomsk"), with month precision.
"""

import collections
import csv
import datetime
import functools
import re
from dataclasses import dataclass

from django import forms
from django.utils.text import slugify

from core.importing import (
    DATA,
    EconomyNames,
    FactField,
    ImportRefused,
    ImportResult,
    Memo,
    check_date_order,
    content_lines,
    find_dates,
    find_dates_in_year,
)
from events.dates import last_day_problem
from events.models import DatePrecision, Event, EventFormat, EventKind
from events.services import event_upsert
from initiatives.models import Economy, Initiative

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

# --- Words ---------------------------------------------------------------------------------

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
    "expo": EventKind.OTHER,
    "fair": EventKind.OTHER,
    "exhibition": EventKind.OTHER,
    "hackathon": EventKind.OTHER,
    "showcase": EventKind.OTHER,
    "clinic": EventKind.OTHER,
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
    r"(?:and\s+(?:their\s+)?representatives\s+)?responsible\s+for\s+(?:M?SMEs?|small\s+and\s+medium[\w\s-]{0,25}?"
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
)
FOLLOW_UP_RE = re.compile(r"\s*(?:The|This|That)\s+(?:meeting|gathering)\b|\s*It\s+will\b")
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
    r"\b(?:(?:presented|submitted|reported|forwarded|delivered)\s+to|(?:preparations?|prepare"
    r"|preparing)\s+for|in\s+preparation\s+for|ahead\s+of|agenda\s+for|(?:forward|way)\s+towards?"
    r"|(?:prepared|prepares?|preparing)\s+(?:the|a|its|their)\s+(?:reports?|documents?"
    r"|recommendations)\s+for)\s+(?:the\s+)?(?:upcoming\s+)?"
    r"(?:\w+day(?:\s+and\s+\w+day)?['’]s\s+)?$",
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

# --- Page chrome of news sites, fields, release dates, datelines ------------------------------

# A site's name or section above the headline: "News", "Latest news", "Independent News".
NEWS_CHROME_RE = re.compile(
    r"^(?:latest\s+news|(?:[a-z]+\s+){0,2}news|news\s*(?:&|and)\s*events|press\s+releases?|media\s+releases?"
    r"|news\s+releases?|related\s+(?:news|articles|stories|posts)|more\s+news|back\s+to\s+news"
    r"|read\s+more|share\s+(?:this\s+)?(?:article|story|post|news)?\s*[:|]?.*"
    r"|(?:tags?|categor(?:y|ies)|keywords?|filed\s+under)\s*[:：].*"
    r"|(?:photo|image|picture|credit)s?\s*[:：].*|(?:photo|image)\s*[:：]?\s*\(?[\w\s]{0,40}\)?"
    r"|#{3,}|\*{3,}|-+\s*(?:end|ends|###)\s*-+|end|ends|(?:views?|hits|reads?)\s*\(\s*[\d,]+\s*\)"
    r"|[\d,.]+\s*(?:views|hits|reads)|posted\s+by\s+\S.{0,40}|(?:crawl|crawled|scraped)\b.{0,60})$",
    re.I,
)
# Lines after which a news page lists other stories: the release is over.
RELATED_END_RE = re.compile(
    r"^(?:related\s+(?:news|articles?|stories|posts|links|content|releases)|more\s+(?:news|stories)"
    r"|you\s+(?:may|might)\s+also\s+(?:like|be\s+interested\s+in)|see\s+also|other\s+news"
    r"|recent\s+(?:news|posts|stories)|latest\s+(?:stories|releases))\s*[:：]?$",
    re.I,
)
SOCIAL = r"(?:facebook|twitter|x|linkedin|email|e-mail|whatsapp|line|weibo|wechat|print|telegram)"
SHARE_ROW_RE = re.compile(rf"^(?:share\s*[:|]?\s*)?{SOCIAL}(?:[\s|·,/•]+{SOCIAL})+$", re.I)
CONTACT_RE = re.compile(
    r"^(?:for\s+(?:further|more)\s+(?:details|information|info)\b|media\s+(?:contacts?|enquiries"
    r"|inquiries)\b|press\s+(?:contacts?|enquiries|inquiries)\b|contacts?\s*[:：]|enquiries\s*[:：]"
    r"|notes?\s+to\s+editors?\b|.{0,80}\bplease\s+contact\s*:?\s*$|about\s+(?:the\s+)?[A-Z]"
    r"[\w\s&,.()-]{0,60}$)",
    re.I,
)
FIELD_LABELS = {
    "date": "date",
    "dates": "date",
    "when": "date",
    "event date": "date",
    "event dates": "date",
    "time": "time",
    "venue": "venue",
    "location": "venue",
    "where": "venue",
    "place": "venue",
    "city": "city",
    "host": "host",
    "hosts": "host",
    "host economy": "host",
    "hosted by": "host",
    "organiser": "organiser",
    "organizer": "organiser",
    "organisers": "organiser",
    "organizers": "organiser",
    "organised by": "organiser",
    "organized by": "organiser",
    "co-host": "co_host",
    "co-hosts": "co_host",
    "co-hosted by": "co_host",
    "co-host economies": "co_host",
    "co-organisers": "co_host",
    "co-organizers": "co_host",
    "co-organised by": "co_host",
    "co-organized by": "co_host",
    "in partnership with": "co_host",
    "in collaboration with": "co_host",
    "partner": "co_host",
    "partners": "co_host",
    "partner economy": "co_host",
    "partner economies": "co_host",
    "format": "format",
    "mode": "format",
    "event type": "type",
    "type": "type",
    "event": "title",
    "event name": "title",
    "title": "title",
    "name": "title",
    "initiative": "initiative",
    "project": "initiative",
}
BY_FIELD_RE = re.compile(
    r"^(?P<label>(?:co-)?hosted\s+by|organi[sz]ed\s+by)\s+(?P<value>[A-Z][^.]{1,80})$", re.I
)
# A speech's delivery line under its heading, "[Delivered at Makati Shangri-la on December 8,
# 2041]": where and when the speech was given, read as the labelled fields "Venue:" (or "City:",
# a known town) and "Date:" (i28l9).
DELIVERED_RE = re.compile(
    r"^\[?\s*(?:As\s+)?delivered\s+(?:at|in)\s+(?P<place>[A-Z][^\[\]]{1,80}?),?\s+on\s+"
    r"(?P<date>[^\[\]]{6,40}?)\s*\]?$",
    re.I,
)
BULLET_RE = re.compile(r"^(?:[•·▪◦‣*]|[-–](?=\s))\s*")
NAV_ROW_RE = re.compile(r"^[A-Za-z][\w &'’-]{0,24}(?:\s*[|»›/>]\s*[A-Za-z][\w &'’-]{0,24}){2,}$")
SECTION_NAME_RE = re.compile(r"^APEC\s+[A-Za-z]+s?$")
# "CHINA> APEC Summit", "World > Asia-Pacific": a site's section, not the headline.
SECTION_RE = re.compile(r"^[A-Za-z][\w &'’-]{0,24}\s*>\s*[A-Za-z][\w &'’-]{0,40}$")
# Each set of patterns as one, tried once a line (all but NAV_ROW_RE ignore case, which
# changes nothing in it).
NEWS_FURNITURE_RE = re.compile(
    "|".join(f"(?:{p.pattern})" for p in (NEWS_CHROME_RE, SHARE_ROW_RE, NAV_ROW_RE, SECTION_RE)),
    re.I,
)
RELEASE_OVER_RE = re.compile(
    "|".join(f"(?:{p.pattern})" for p in (CONTACT_RE, RELATED_END_RE)), re.I
)
NUMERIC_DATE_RE = re.compile(
    r"\b(?:(?P<y1>(?:19|20)\d{2})[/.-](?P<m1>\d{1,2})[/.-](?P<d1>\d{1,2})"
    r"|(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<y2>(?:19|20)\d{2}))\b"
)
# A programme page may number its fields: "2. Date: 16-17 October 2044", "3) Venue: …".
FIELD_RE = re.compile(
    r"^(?:\d{1,2}[.)]\s*)?(?P<label>[A-Za-z][A-Za-z -]{1,24}?)\s*[:：]\s*(?P<value>\S.*)$"
)
# A site's section word may come first: "world Updated: Jun 17, 2010 14:43 IST".
RELEASE_RE = re.compile(
    r"^(?:[a-z]{2,15}\s+(?=(?i:updated|published|posted)\b))?(?:published|posted|released|release\s+date|date\s+of\s+release|issued|date\s+issued"
    r"|publication\s+date|press\s+release|news\s+release|media\s+release|news|updated"
    r"|last\s+updated|date\s+posted|post\s+date|ends\s*/)(?:\s+on)?\s*[:|–—-]?\s*(?P<rest>.*)$",
    re.I,
)
# "(Xinhua News Agency 08/26/2001)", "People's Daily Online) 18:54, December 23, 2022": a
# source's credit with the day it published the text (capitalised words, then a time and
# a date, nothing else).
CREDIT_LINE_RE = re.compile(
    r"^\(?(?P<source>[A-Z][\w’'&.]*(?:\s+(?:[A-Z][\w’'&.]*|of|&)){0,5})\)?\s*,?\s*"
    r"(?:\d{1,2}:\d{2}\s*,?\s*)?(?P<date>[\w ,./-]{6,30}?)\s*\)?$"
)
# "(Xinhua) Updated: 2014-09-30 19:34": the source's name in brackets before a release label.
SOURCE_BEFORE_RE = re.compile(r"^\([A-Z][\w .&’'-]{1,40}\)\s*(?=[A-Za-z])")
# "2014-05-16 12:21 Xinhua Web Editor: Qin Dexing": a portal's stamp above the body, the day
# and time it published the text, then the source's credit (capitalised words, an editor).
STAMP_LINE_RE = re.compile(
    r"^(?P<date>(?:19|20)\d{2}-\d{1,2}-\d{1,2})\s+\d{1,2}:\d{2}(?::\d{2})?\s+"
    r"[A-Z][\w’'&.]*(?:\s+[A-Z][\w’'&.]*){0,5}(?:\s*:\s*[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})?$"
)
# "By Tran Bao Ngoc (Pacific Rim Wire)": a wire's byline above the dateline, no paragraph.
BYLINE_RE = re.compile(
    r"^By\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,4}(?:\s*\([A-Z][\w .&’'-]{1,40}\))?$"
)
# "by VNA15 September 2043 Last updated at 15:51 PM": an agency's byline with the day it
# published the text, its initials glued to the day by the page's copy (round i28m).
DATED_BYLINE_RE = re.compile(
    r"^by\s+(?P<source>[A-Z][A-Za-z.&]{1,15})\s*,?\s*"
    r"(?P<date>\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+(?:19|20)\d{2})"
    r"(?:\s+(?:last\s+)?updated\b.{0,40})?$",
    re.I,
)
# "(Xinhua)", "(Pacific Rim Wire)": a line holding only the source's name in brackets.
SOURCE_ONLY_RE = re.compile(r"^\([A-Z][\w .&’'-]{1,40}\)$")
BRACKETED_AFTER_RE = re.compile(r"\s*\([^()]{1,40}\)\s*$")
TIME_BAR_RE = re.compile(r"^\d{1,2}:\d{2}\s*\|\s*(?P<rest>\S.{0,60})$")
# "date 2021-10-09 Ministers met …", "Date 2025.08.05 |": a date label a crawled news page
# puts before its first line; the text after the date is the release's own first line.
DATE_LABEL_RE = re.compile(
    r"^date\s*[:|]?\s*(?P<date>\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{4})"
    r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*\|?\s*(?P<more>.*)$",
    re.I,
)
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
DATE_ONLY_RE = re.compile(
    r"^(?:\d{1,2}:\d{2}(?:\s*,)?\s*)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s*)?[\w ,./-]{4,40}?"
    r"(?:\s*\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*\(GMT[+-]\d{1,2}\))?)?(?:\s*\|.*)?$",
    re.I,
)
SENTENCE_END = (".", "!", "?", "”", '"', ")", ":", ";")

MONTH_NAMES = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
]  # fmt: skip
MONTH_NUMBERS = {}
for _number, _name in enumerate(MONTH_NAMES, start=1):
    for _form in {_name, _name[:3], "Sept" if _number == 9 else _name[:3]}:
        MONTH_NUMBERS[_form.lower()] = _number
_month_forms = sorted({f for n in MONTH_NAMES for f in (n, n[:3])} | {"Sept"}, key=len)[::-1]
MON = "(?:" + "|".join([*_month_forms, *(f.upper() for f in _month_forms)]) + r")\.?"
MONTH_FULL = "(?:" + "|".join(MONTH_NAMES) + ")"
DD = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d:])"
YYYY = r"(?:19|20)\d{2}"
TO = r"\s*(?:-|–|—|to|until|till|through|and)\s*(?:the\s+)?"
NO_YEAR = rf"(?!,?\s*(?:of\s+)?{YYYY})"
PARTIAL_DATES = [
    # 29-30 October; from 3 to 5 March; 30 September - 1 October
    re.compile(rf"\b(?P<d1>{DD})(?:\s+(?:of\s+)?(?P<m1>{MON}))?{TO}(?P<d2>{DD})\s+(?:of\s+)?(?P<m2>{MON}){NO_YEAR}"),
    # October 29-30; Sept. 30 - Oct. 1
    re.compile(rf"\b(?P<m1>{MON})\s+(?P<d1>{DD}){TO}(?:(?P<m2>{MON})\s+)?(?P<d2>{DD})\b{NO_YEAR}"),
    # 12 August; the 8th of March
    re.compile(rf"\b(?P<d1>{DD})\s+(?:of\s+)?(?P<m1>{MON})(?![\w]){NO_YEAR}"),
    # March 8; Oct 4
    re.compile(rf"\b(?P<m1>{MON})\s+(?P<d1>{DD})\b{NO_YEAR}"),
]  # fmt: skip
# A month in the possessive ("this January's earthquake") names when something else
# happened, never the event's month.
MONTH_PHRASE_RE = re.compile(
    rf"\b(?:(?P<rel>this|last|next|[Tt]his|[Ll]ast|[Nn]ext)\s+|(?:in|during|from|[Ii]n)\s+"
    rf"(?:(?:early|mid|late)[\s-]+)?)(?P<m1>{MONTH_FULL})(?!['’]s\b)(?:,?\s+(?P<y>{YYYY}))?\b"
    rf"|\b(?P<m2>{MONTH_FULL}),?\s+(?P<y2>{YYYY})\b"
)
ORDINAL_TOKEN_RE = re.compile(r"\d{1,3}(?:st|nd|rd|th)", re.I)
ORDINAL_WORDS = {
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
}
APEC_SPELLED_RE = re.compile(r"Asia[- ]Pacific Economic Co-?operation(?:\s+\(APEC\))?")
_GROUP = (
    r"(?P<group>(?:Asia[- ]Pacific Economic Cooperation(?:\s+\(APEC\))?|APEC)"
    r"\s+[A-Z][\w,&\s-]{0,80}?Working Group)"
)
# "55th", or the year: "the 2023 Asia Pacific Economic Cooperation SME Working Group … meeting"
_ORDINAL = r"(?P<ordinal>\d{1,3}(?:st|nd|rd|th)|(?:19|20)\d{2})"
# The group's acronym in brackets: "(SMEWG)", "(APEC SMEWG)", "(APEC SME WG)".
_GROUP_ACRONYM = r"(?:\s+\((?:APEC\s+)?[A-Z]{2,12}(?:\s+[A-Z]{2,4})?\))?"
GROUP_MEETING_RES = (
    re.compile(rf"\b{_ORDINAL}\s+{_GROUP}{_GROUP_ACRONYM}\s+(?i:meeting)\b"),
    # "The APEC Small and Medium Enterprises Working Group (SMEWG) meeting concluded …"
    re.compile(rf"\b[Tt]he\s+{_GROUP}{_GROUP_ACRONYM}\s+meeting\b"),
    re.compile(
        rf"\b{_GROUP}{_GROUP_ACRONYM}\s+(?:concluded|opened|held|convened|began|started|closed)"
        rf"\s+its\s+{_ORDINAL}\s+meeting\b"
    ),
    # "the 46th Small and Medium Enterprises Working Group meeting of the Asia-Pacific
    # Economic Cooperation": the group named without "APEC" before it.
    re.compile(
        rf"\b{_ORDINAL}\s+(?P<bare>[A-Z][\w,&\s-]{{0,80}}?Working Group)\s+meeting\s+of\s+"
        r"(?:the\s+)?(?:Asia[- ]Pacific Economic Cooperation|APEC)\b"
    ),
    # "the opening of the Small and Medium Enterprises Working Group (SMEWG) meeting today":
    # no "APEC" before the group (its acronym in brackets is left out of the sentence).
    re.compile(r"\b[Tt]he\s+(?P<bare>[A-Z][\w,&\s-]{0,80}?Working Group)\s+meeting\b"),
    # "a two-day meeting of the 49th SME Working Group (SMEWG)": the meeting before the group.
    re.compile(
        rf"\bmeeting\s+of\s+the\s+{_ORDINAL}\s+(?P<bare>(?:APEC\s+)?[A-Z][\w&\s-]{{0,60}}?"
        r"Working Group)\b"
    ),
)
# A page's second meeting named in lower case: "The 61st tourism meeting will be held before
# the ministerial", "the first meeting of the SME Sub-Group on Home-based Enterprises was held".
# Kept as written (no "APEC" added): the name is the text's own.
AS_WRITTEN_MEETING_RES = (
    re.compile(
        r"\b\d{1,3}(?:st|nd|rd|th)\s+(?:tourism|trade|energy|finance|health|transport"
        r"|mining|forestry|education|oceans?|agriculture|SME|women)\s+meeting\b"
    ),
    re.compile(
        r"\b(?:first|second|third|fourth|fifth|\d{1,3}(?:st|nd|rd|th))\s+meeting\s+of\s+the\s+"
        r"(?:APEC\s+)?(?:[A-Z][\w&-]{0,20}\s+){0,5}"
        r"(?:Sub-?[Gg]roup|Task\s+Force|[Ww]orking\s+Group|Policy\s+Partnership)(?:\s+on\s+[A-Z][\w-]{0,30}"
        r"(?:\s+(?:and\s+(?:the\s+)?)?[A-Z][\w-]{0,30}){0,4})?"
    ),
)
# A group's meeting counted within a year: "the first meeting of the APEC Business Advisory
# Council (ABAC) in 2017" is the year's first, not the group's number: "APEC Business
# Advisory Council meeting".
YEAR_ORDINAL_GROUP_RE = re.compile(
    r"\b(?:first|second|third|fourth|fifth|final|last)\s+meeting\s+of\s+(?:the\s+)?"
    r"(?P<group>APEC\s+(?:[A-Z][\w-]*\s+){0,4}(?:Council|Committee|Working\s+Group|Sub-?[Gg]roup"
    r"|Task\s+Force))(?:\s+\([A-Z]{2,8}\))?\s+(?:in|for)\s+(?:19|20)\d{2}\b"
)
# A meeting named in prose with "meeting" in lower case after a capitalised APEC name: "The
# Apec Ministers Responsible for Trade meeting, held at … in Bangkok"; its name is "APEC …
# Meeting" (a group's meeting and an acronym's have their own patterns).
LOWER_CASE_MEETING_RE = re.compile(
    r"\b(?:(?P<ordinal>\d{1,3}(?:st|nd|rd|th))\s+)?"
    r"(?:APEC|Apec|Asia[- ]Pacific\s+Economic\s+Cooperation(?:\s+\(APEC\))?)"
    r"\s+(?P<words>(?:(?:[A-Z][\w’'-]*|for|of|and|on)\s+){0,6}[A-Z][\w’'-]*)"
    r"\s+meeting\b"
)
# A meeting named by who meets: "to conclude with a meeting of APEC Senior Officials on 23-24
# May", "a meeting of APEC Trade Ministers": "APEC Senior Officials' Meeting", "APEC Trade
# Ministers Meeting"; "the Asia-Pacific Economic Cooperation (APEC) meeting of Ministers
# Responsible for Trade" too ("APEC Ministers Responsible for Trade Meeting", i28l9).
MEETING_OF_WHO_RE = re.compile(
    r"\b(?:[Aa]|[Tt]he)\s+(?:(?:APEC|Asia[- ]Pacific\s+Economic\s+Cooperation)\s+meeting\s+of"
    r"\s+(?:the\s+)?(?:APEC\s+)?|meeting\s+of\s+(?:the\s+)?APEC\s+)(?P<who>Senior\s+Officials"
    r"|Ministers\s+Responsible\s+for\s+[A-Z][\w-]+|(?:[A-Z][\w-]+\s+){1,2}Ministers)\b"
)
# A meeting named in lower case by the ministers who meet: "the inaugural Asia-Pacific
# Economic Cooperation (APEC) meeting of digital and artificial intelligence (AI) ministers".
# Kept as written, its bracketed acronyms left out: "APEC meeting of digital and artificial
# intelligence ministers".
MEETING_OF_MINISTERS_RE = re.compile(
    r"\b(?:APEC|Asia[- ]Pacific Economic Cooperation(?:\s+\(APEC\))?)\s+meeting\s+of\s+"
    r"(?P<who>(?:[a-z][\w-]*(?:\s+\([A-Z]{2,6}\))?\s+){1,6}?ministers)\b"
)
# "The APEC joint meeting of foreign and trade Ministers (AMM) will be held …": foreign and
# trade ministers meeting give "APEC Ministerial Meeting", as when they meet in a sentence.
FOREIGN_TRADE_MEETING_RE = re.compile(
    r"\b(?:[Aa]|[Tt]he)\s+(?:APEC\s+)?(?:joint\s+)?meeting\s+of\s+(?:the\s+)?(?:APEC\s+)?"
    r"(?:[Ff]oreign\s+and\s+[Tt]rade|[Tt]rade\s+and\s+[Ff]oreign)\s+[Mm]inisters\b"
)
# Days in brackets right before a name: "the week-long (September 10-15) 2041 APEC …".
DAYS_IN_BRACKETS_BEFORE_RE = re.compile(
    rf"\((?:{MON}\.?\s*\d{{1,2}}|\d{{1,2}}\s*{MON})[^()]{{0,20}}\)\s+$"
)
# A week's meetings named in lower case, each with its own day: "The APEC meetings also include
# the annual ministerial meeting on Nov. 15-16, a CEO summit on Nov. 17-19 and …". Only with a
# day after "on" (a bare "the ministerial meeting" is the text's anaphora, not another meeting).
# Also with "from" and a number or "final" ("the final senior officials' meeting from Nov. 5
# to 6, the 26th ministerial meeting from Nov 7 to 8": "Concluding Senior Officials' Meeting",
# "26th APEC Ministerial Meeting").
LOWER_CASE_DATED_RE = re.compile(
    r"\b(?:[Tt]he|[Aa]n?)\s+(?:annual\s+|yearly\s+|(?P<final>final|concluding)\s+"
    r"|(?P<ordinal>\d{1,2}(?:st|nd|rd|th))\s+)?(?P<kind>ministerial\s+meeting|CEO\s+summit"
    r"|(?:economic\s+)?leaders['’]?\s+(?:meeting|summit)|senior\s+officials['’]?\s+meeting)"
    rf"\s+(?:on|from)\s+(?={MON}\s*{DD}|{DD}\s+{MON})"
)
# A meeting named by who meets and announced by its day: "prepared the report for the Ministers
# responsible for Trade, whose meeting begins tomorrow".
WHOSE_MEETING_RE = re.compile(
    r"\b(?:APEC\s+)?(?P<who>[Mm]inisters\s+[Rr]esponsible\s+for\s+[A-Z][\w-]+"
    r"|[A-Z][\w-]+\s+[Mm]inisters|[Ss]enior\s+[Oo]fficials|[Ll]eaders),?\s+whose\s+meeting\s+"
    r"(?=(?:begins|opens|starts|will\s+(?:begin|open|start|be\s+held)|is\s+(?:set|scheduled))\b)"
)
LOWER_CASE_DATED_NAMES = {
    "ministerial meeting": "APEC Ministerial Meeting",
    "ceo summit": "APEC CEO Summit",
    "leaders meeting": "APEC Economic Leaders' Meeting",
    "leaders summit": "APEC Economic Leaders' Meeting",
    "senior officials meeting": "APEC Senior Officials' Meeting",
}
# A working group named as the one that met: "The APEC Small and Medium Enterprises Working
# Group met in Iquique on …" (its meeting is the event, "APEC <group> meeting").
GROUP_MET_RE = re.compile(rf"\b{_GROUP}{_GROUP_ACRONYM}\s+(?:met|gathered|convened|will\s+meet)\b")
ITS_ORDINAL_RE = re.compile(rf"\bits\s+{_ORDINAL}\s+meeting\b")
# A group or a meeting named by its acronym (core/data/meeting_acronyms.csv), not in brackets
# after its name: "the SMEWG held its 50th meeting in …", "SOM2 will be the focus on May 15",
# "the MRT meeting will be held May 17 and 18", "the PPWE meeting opened".
ACRONYM_MEETING_RE = re.compile(
    r"(?<![(\w/-])(?:(?P<before>\d{1,3}(?:st|nd|rd|th))\s+)?(?:APEC\s+)?(?P<acronym>[A-Z][A-Z0-9]{1,7})(?:\s(?P<number>[1-9]|I{1,3}(?=\s)))?(?![\w)/-])"
    r"(?P<how>\s+[Mm]eeting\b"
    rf"|\s+(?:held|concluded|opened|convened|began|started|closed)\s+its\s+{_ORDINAL}\s+meeting\b"
    r"|(?=\s+(?:met|gathered|convened)\b))?"
)
# Two sectors' meetings in one phrase: "concurrent meetings of APEC Ministers Responsible for
# SMEs and APEC Transportation Ministers on Friday". Each is a meeting of its own, and both
# share the sentence's date and place (see _joint_meetings).
_SECTOR = (
    r"(?:SMEs?|MSMEs?|Small\s+and\s+Medium(?:[\s-]+Sized)?\s+Enterprises|Trade|Tourism|Energy"
    r"|Finance|Women|Health|Transport(?:ation)?|Mining|Telecommunications|Forestry"
    r"|Food\s+Security|Education|Oceans?|Agriculture|Foreign\s+Affairs|Structural\s+Reform)"
)
_SECTOR_MINISTERS = (
    rf"(?:APEC\s+)?(?:(?P<{{0}}>(?i:{_SECTOR}))\s+(?i:ministers)"
    rf"|(?i:ministers\s+responsible\s+for)\s+(?P<{{0}}r>(?i:{_SECTOR})))"
)
JOINT_MEETINGS_RE = re.compile(
    r"\b(?i:meetings\s+of)\s+(?:the\s+)?"
    + _SECTOR_MINISTERS.format("a")
    + r",?\s+and\s+(?:of\s+)?(?:the\s+)?"
    + _SECTOR_MINISTERS.format("b")
)
# "All meetings will be held at the …", "the meetings will be held at …", "All of the
# meetings will take place at …": the venue of every meeting the page lists.
WEEK_VENUE_RE = re.compile(
    r"\b(?:[Aa]ll\s+(?:of\s+)?(?:the\s+)?|[Tt]he\s+)(?:meetings|events)\s+"
    r"(?:will\s+(?:all\s+)?(?:be\s+held|take\s+place)|(?:are|were)\s+(?:being\s+)?held"
    r"|take\s+place|took\s+place)\s+(?=at\s)"
)
# Days written without their month in a list whose first day names it: "the Concluding Senior
# Officials' Meeting on November 14-15; the Ministerial Meeting on 17-18; the CEO Summit from
# 17 to 19". A range after "on", "from", a comma, a semicolon or a dash, or one day after "on",
# each followed by punctuation, "and" or the end: never "21 member economies".
_BARE_END = r"(?=\s*(?:[,;.)]|and\b|$))"
BARE_DAYS_RES = (
    re.compile(
        rf"(?:\b(?:on|from)\s+(?:the\s+)?|(?<=[,;:]\s)|(?<=\s[–—-]\s))"
        rf"(?P<d1>{DD})(?:{TO}(?P<d2>{DD}))?{_BARE_END}"
    ),
    # "the CEO Summit 17–19,": a range right after the name, joined by a dash
    re.compile(rf"(?<=[^\W\d]\s)(?P<d1>{DD})\s*[–—-]\s*(?P<d2>{DD}){_BARE_END}"),
)
LIST_ITEM_REST_RE = re.compile(
    rf"\s*(?:[,:|]|\s[–—-])\s*(?:{MONTH_FULL})\s+\d{{1,2}}\b"
    # "… Meeting, 2 October", "… Meeting 5–6 September" (a table's row)
    rf"|\s*(?:[,:|]|\s[–—-])?\s*\d{{1,2}}(?:\s*[–—-]\s*\d{{1,2}})?\s+(?:{MONTH_FULL})\b"
)
YEAR_PHRASE_RE = re.compile(rf"\b(?:in|during|for|[Ii]n)\s+(?:the\s+year\s+)?(?P<y>{YYYY})\b")
RELATIVE_RE = re.compile(
    r"\b(?P<word>today|yesterday|tomorrow|this\s+morning|this\s+afternoon|tonight)\b"
    r"|\b(?:on\s+)?(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b",
)
WEEKDAY_PAIR_RE = re.compile(
    r"\s*(?:and|to|through|until|-|–|—)\s*(?:on\s+)?"
    r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)
RANGE_JOIN_RE = re.compile(
    r"^\s*(?:-|–|—|to|until|till|through)\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s*)?$",
    re.I,
)
UNTIL_RE = re.compile(
    r"\b(?:until|till|through|to|ends?\s+on|closes?\s+on|runs?\s+to|deadline)\s+(?:on\s+)?$", re.I
)
# Words that tie a date to the event ("was held on 5 May", "will take place from April 11",
# "chaired the meeting on 16-17 May") or to the release ("announced today", "said Tuesday").
EVENT_DATE_RE = re.compile(
    r"\b(?:held|hold|holds|met|meet|meets|meeting|took\s+place|takes?\s+place|taking\s+place"
    r"|chaired|convened|convenes|opened|opens|runs?|ran|running|planned\s+for|scheduled\s+for"
    r"|set\s+for|slated\s+for|began|begins?|starts?|started|kicked\s+off|gathered|hosted"
    r"|concluded|concludes|ended|ends|wrapped\s+up"
    r"|hosts?|organi[sz]ed|staged|closed|took\s+part|attended|from)\b[^.;]{0,40}$",
    re.I,
)
# A date in the clause of another event of the series: "with Valparaiso hosting another forum in
# June", "another regional meeting on 3 May" (that event's day, not the one the text is about).
# In lower case: "Another APEC Forum opened on 5 May" names the text's own event.
ANOTHER_EVENT_RE = re.compile(
    rf"\b[Aa]nother\s+(?:[a-z][\w-]*\s+)?(?:{'|'.join(sorted(KIND_WORDS))})s?\b"
)
# A date said of a step after the event, in its own clause (eleventh round): "the
# recommendations will be presented to … in August", "a report will be published in October",
# "a follow-up webinar on 21 September", "comments are due by 30 October", "the group's next
# meeting will be held … on 5 May", "lay the groundwork for / make final preparations for the
# … Leaders' Meeting slated for Nov. 20-21". The later step's date, never the event's first day.
LATER_STEP_RE = re.compile(
    r"\b(?:follow(?:ed|s|ing)?[\s-](?:up|by)"
    r"|(?:will|would|to|shall)\s+(?:then\s+|later\s+|also\s+)?be\s+(?:presented|submitted"
    r"|published|released|circulated|reported|endorsed|finali[sz]ed|considered|tabled|shared"
    r"|reviewed|discussed|adopted)"
    r"|(?:will|would|to)\s+(?:present|submit|publish|release|circulate|report)"
    r"|groundwork\s+for|(?:final\s+)?preparations?\s+for|due|deadline"
    # "the first in a series of talks ahead of the annual gathering of APEC ministers in
    # Osaka in November": the later meeting's month
    r"|ahead\s+of)\b[^.;]{0,60}$"
    rf"|\bnext\s+(?:[a-z][\w-]*\s+)?(?:{'|'.join(sorted(KIND_WORDS))})s?\b[^.;]{{0,60}}$",
    re.I,
)
# An earlier meeting of the series the text recalls: "the first such meeting, held in Seoul on
# 3 June 2041", "the previous meeting, held in Lima on …", "the inaugural meeting took place …";
# or one whose results someone reports at the event ("the chair reported the results of the
# ABAC Meeting in Lima, Peru, from 20 - 23 May": that meeting's days, i28l8).
RECALLED_RE = re.compile(
    r"\b(?:first\s+such|last\s+such|previous|preceding|inaugural)\s+(?:[A-Za-z][\w-]*\s+)?"
    rf"(?:{'|'.join(sorted(KIND_WORDS))})s?\b"
    r"|\breport(?:ed|s|ing)?\s+(?:on\s+)?the\s+(?:results|outcomes?)\s+of\s+(?:the\s+)?"
    rf"(?:[A-Za-z][\w'’-]*\s+){{0,6}}?(?:{'|'.join(sorted(KIND_WORDS))})s?\b",
    re.I,
)
KIND_WORD_RE = re.compile(rf"\b(?:{'|'.join(sorted(KIND_WORDS))})s?\b", re.I)
CLOSING_RE = re.compile(
    r"\b(?:concluded|concludes|ended|ends|closed|closes|wrapped\s+up)\b[^.;]{0,40}$", re.I
)
NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "2": 2, "3": 3, "4": 4, "5": 5}
DURATION_RE = re.compile(
    r"\b(?P<n>two|three|four|five|[2-5])[\s-]day\b|\b(?:following|after|over|for)\s+"
    r"(?P<m>two|three|four|five|[2-5])\s+days\b",
    re.I,
)
# "… issued at the conclusion of their first day of meetings" on the release's day, before
# "The … Meeting concludes in Cairns tomorrow": a two-day meeting that began today (i28l8).
FIRST_DAY_RE = re.compile(r"\bfirst\s+day\s+of\s+(?:the\s+|their\s+|its\s+)?(?:meetings?|talks)\b")


def _first_day_today(date, text):
    """Whether the closing day `date` is "tomorrow" and `text` says today is the first day."""
    return date.relative and date.written.lower() == "tomorrow" and bool(FIRST_DAY_RE.search(text))


# A release issued when the event closed: its day is the event's last day.
ISSUED_AT_CLOSE_RE = re.compile(
    r"\b(?:issued|released|adopted|published)\b[^.;]{0,60}?\bat\s+the\s+(?:conclusion|close|end)"
    r"\s+of\s+(?:an?|the|their)\s+(?:two|three|four|five|[2-5])[\s-]day\b",
    re.I,
)
PUBLICATION_RE = re.compile(
    r"\b(?:announced|announces|said|says|stated|told|reported|released|published|posted"
    r"|issued|unveiled|confirmed|revealed|assured|assures|vowed|pledged|insisted|stressed)\b",
    re.I,
)
WEEKDAY_BEFORE_RE = re.compile(
    r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s*\(?\s*(?:the\s+)?$", re.I
)

# --- Places, hosts, online, officials ------------------------------------------------------------

VENUE_WORDS = {
    "center", "centre", "hall", "hotel", "resort", "auditorium", "building", "campus",
    "university", "palace", "plaza", "tower", "complex", "pavilion", "stadium", "museum",
    "library", "institute", "theatre", "theater", "ballroom", "headquarters", "club", "arena",
    "house", "gallery", "hub", "sands", "expo", "convention", "suites", "inn", "lodge",
    "residences", "dome",
}  # fmt: skip
# A compass word right after a venue word names a wing of the venue: "Moscone Center West".
VENUE_WINGS = {"West", "East", "North", "South"}
STREET_WORDS = {
    "avenue", "street", "road", "boulevard", "extension", "highway", "drive", "lane", "st",
    "ave", "blvd",
}  # fmt: skip
# Venue words that name no venue alone ("in the Convention on …", "the Hall").
ALONE_NO_VENUE = {"university", "hall", "house", "hub", "inn", "expo", "convention", "sands"}
# Also in venues' names ("… International Conference Center").
PLACE_KIND_WORDS = {"expo", "fair", "exhibition", "convention", "conference"}
# A capitalised venue word before one of these is an office's name ("the White House Office
# of Science and Technology Policy"), not a venue.
OFFICE_NAME_WORDS = {"Office", "Ministry", "Department", "Bureau", "Agency", "Secretariat"}
# A venue named after its kind in lower case: "at the convention center Songdo Convensia".
LOWER_VENUE_RE = re.compile(
    r"\b(?:at|in)\s+the\s+(?:convention|conference|exhibition|congress)\s+(?:center|centre|hall)\s+"
    r"(?P<name>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})"
)
# Hotel brands name a venue wherever they stand in it ("the Hilton Lima Miraflores").
VENUE_BRANDS = {
    "marriott", "hilton", "sheraton", "shangri-la", "hyatt", "intercontinental", "westin",
    "sofitel", "novotel", "pullman", "fairmont", "ritz-carlton", "swissotel", "mövenpick",
    "movenpick", "radisson", "kempinski", "langham",
}  # fmt: skip
VENUE_AFTER_RE = re.compile(
    r"\s+(?:and\s+|&\s+)?(?:[A-Z][\w’'-]*\s+){0,3}(?:"
    + "|".join(word.capitalize() for word in sorted(VENUE_WORDS))
    + r")\b"
)
EVENT_VERBS = (
    r"(?:held|hosted|took\s+place|takes\s+place|take\s+place|taking\s+place|opened|opens"
    r"|inaugurated|inaugurates|kicked\s+off|began"
    r"|begins|gathered|convened|met|meet|(?:are|is)\s+meeting|organi[sz]ed|staged|launched"
    r"|came\s+together|is\s+held"
    r"|was\s+held|will\s+be\s+held|be\s+held|run|ran|starts?|started|co-?hosted|hold|holds"
    r"|host|hosts|beginning|starting|wrap(?:s|ped)?\s+up|concluded|concludes|ended|ends|closed|closes|attended|attends)"
)
PLACE = r"[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|(?:de|del|da|do)\b))?(?:\s+[A-Z][\w’'.-]*){0,2}"
# Words describing a town before "city of" / "island of": "the (Thai) island of Phuket", "the
# northern Australian city of Darwin", "the far eastern Russian island of Yuzhno-Sakhalinsk".
PLACE_ADJECTIVES = r"(?:[a-z]{1,20}\s+){0,2}(?:[A-Z][\w’'-]*\s+)?"
# Also "(following / upon conclusion of) their meeting in Arequipa on 17-18 May" and "held on
# Jeju Island" (i28l8).
HELD_IN_RE = re.compile(
    # "is expected to arrive in Sydney today for the … Leaders Meeting": who comes for it
    rf"(?i:\b(?:{EVENT_VERBS}|underway|under\s+way|arrive[sd]?|arriving"
    rf"|(?:their|its|our)\s+(?:[a-z]+\s+)?(?:meeting|gathering))\b)(?:[^.;]|(?<=\b[A-Z][a-z]{{2}})\.){{0,120}}?\b(?:(?P<prep>in|at)|on(?=\s+[A-Z][\w’'-]*\s+Island\b))\s+(?:the\s+{PLACE_ADJECTIVES}(?:city|town|island)\s+of\s+|the\s+"
    # "in Vietnam's capital Hanoi", "in Vietnam's central port city of Da Nang", "in Russia's
    # Pacific Ocean port city of Vladivostok" (a sea's name among the words): the town
    rf"|(?P<owner>[A-Z][\w-]+(?:\s[A-Z][\w-]+)?)['’]s\s+(?:[A-Z][a-z]{{1,12}}\s+){{0,2}}(?:[a-z]{{1,12}}\s+){{0,2}}(?:capital|city|town)(?:\s+city)?(?:\s+of)?\s+)?"
    rf"(?P<place>{PLACE})"
    rf"(?:,\s*(?P<region>{PLACE}))?"
)
# An event's kind word right after what was read as a place: the place is the name's start.
NAME_GOES_ON_RE = re.compile(
    r"\s*(?:Meetings?|Summit|Forum|Conference|Dialogue|Workshop|Symposium|Week|Retreat)\b"
)
# A name after "at" of two to four capitalised words, the last maybe a town: "at Sono Calm
# Gyeongju" (`_Reader._town_ending_venue`).
AT_NAME_RE = re.compile(r"\bat\s+(?P<name>(?:[A-Z][\w’'-]*\s+){1,3}[A-Z][\w’'-]*)(?![\w’'-])")
# "Viña del Mar will host the …", "San Francisco next month will host the …": a city hosting
# the page's meetings (not "the next").
HOST_CITY_RE = re.compile(
    rf"(?:^|[.;]\s+)(?:The\s+city\s+of\s+)?(?P<place>{PLACE})\s+"
    # a time between the city and its verb: "San Francisco next month will host the …"
    r"(?:(?:next|this|later\s+this)\s+(?:week|month|year)\s+)?"
    r"(?:will\s+host|hosts|is\s+hosting|is\s+to\s+host)\s+"
    r"(?!(?:the\s+)?next\b)"
)
# A part named in lower case and joined to the meeting right after its name: "… Working
# Group meeting and the policy dialogue workshop on …".
JOINED_PART_RE = re.compile(
    r"\b(?:meeting|forum|conference|summit|dialogue)\s+and\s+the\s+(?:[a-z][\w-]*\s+){0,4}"
    r"(?P<kind>workshop|seminar|dialogue|symposium|training|session|forum)\b"
)
# Where the text says its participants are, in a sentence that need not name the event:
# "Delegates from 21 economies arrived in Cebu on Monday", "The city of Iloilo welcomed
# ministers …", "Cebu welcomes delegates".
PARTICIPANTS = r"(?i:delegates|delegations|ministers|officials|participants|representatives)"
# A host's advance party (the economies' staff who inspect the venues before the meetings)
# "visited Da Nang city and Quang Nam province" or "arrives in Da Nang": where the meetings are.
# "Ministers in charge of SME policy … convened this week in Concepcion": where they meet.
PARTICIPANTS_IN_RE = re.compile(
    rf"\b(?:{PARTICIPANTS}\b[^.;]{{0,80}}?\b(?:arrived|arrives|arrive|arriving|gathered|converged"
    r"|flew|convened\s+this\s+week)\s+(?:here\s+)?in|advance\s+(?:party|team)\b[^.;]{0,80}?\b(?:arrived|arrives|arrive"
    r"|visited|visits)(?:\s+in)?)\s+"
    rf"(?:the\s+(?:[a-z]{{1,20}}\s+)?(?:city|town|island|paradise)\s+of\s+)?"
    rf"(?P<place>{PLACE})"
)
# "… was endorsed by Ministers in Beijing": what the participants did, said where (i28l8).
PARTICIPANTS_ACTED_IN_RE = re.compile(
    r"\b(?:endorsed|adopted|agreed|approved|launched|signed)\s+by\s+(?:the\s+)?"
    rf"(?:[A-Z][a-z]+\s+)?{PARTICIPANTS}\s+(?:here\s+)?in\s+(?P<place>{PLACE})"
)
# "The host city of Hangzhou has …", "The host city, Hangzhou, has …".
HOST_CITY_OF_RE = re.compile(rf"\b(?i:host)\s+city\s*(?:of\s+|,\s*)(?P<place>{PLACE})")
PLACE_WELCOMED_RE = re.compile(
    rf"(?:^|[.;]\s+)(?:The\s+(?:city|town|island)\s+of\s+)?(?P<place>{PLACE})\s+"
    rf"(?:welcomed|welcomes|is\s+welcoming|will\s+welcome)\s+(?:the\s+)?(?:\w+\s+){{0,2}}?"
    rf"{PARTICIPANTS}\b"
)
# Words of a meeting's or an office's name, never of a town's: "the First Ministers …".
NOT_PLACE_WORDS = {
    "ministers", "minister", "ministerial", "officials", "senior", "meeting", "meetings",
    "forum", "group", "committee", "council", "secretariat", "summit", "workshop",
} | set(ORDINAL_WORDS)  # fmt: skip
# "Chile's Biobío region", "Lima province": a region, not a town, even when a town has its name.
REGION_AFTER_RE = re.compile(
    r"\s+(?:region|province|prefecture|state|department|district|county)\b", re.I
)
# A place named with its region word: "Fukui Prefecture", "Biobío Region" (a region, no town).
REGION_NAME_RE = re.compile(
    r"^(?P<rest>[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)?) (?:Prefecture|Province|Region|District|County)$"
)
# A town owning a district or a region: "Incheon's Yeonsu-gu District" is in Incheon.
TOWN_OWNING_REGION_RE = re.compile(
    r"(?P<town>[A-Z][\w-]+(?: [A-Z][\w-]+)?)['’]s\s+[A-Z][\w-]*\s+"
    r"(?:District|Region|Province|Prefecture|County|Ward)$"
)
POSSESSIVE_RE = re.compile(r"(?P<economy>[A-Z][\w .-]{1,30}?)['’]s\s+(?=[A-Z])")
AGO_RE = re.compile(r"\b(?:days?|weeks?|months?|years?|decades?)\s+ago\b", re.I)
PLACE_OF_RE = re.compile(
    rf"\bthe\s+(?:{PLACE_ADJECTIVES}|capital\s+)(?:island|resort\s+island|resort\s+town|city|town)\s+of\s+"
    rf"(?P<place>{PLACE})"
)
# A lede opening with the scene's place, as a broadcast does where a wire has a dateline: "In
# China's port city of Qingdao, senior officials …", "In the coastal city of Weihai, …".
LEDE_PLACE_RE = re.compile(
    r"^In\s+(?:the|[A-Z][\w-]+(?:\s[A-Z][\w-]+)?['’]s)\s+(?:[a-z]{1,15}\s+){0,2}"
    rf"(?:city|town|island|port)\s+of\s+(?P<place>{PLACE}),"
)
# A speaker naming the city the audience is in: "welcome you all to Darwin", "welcome to Cebu",
# "the hospitality extended to us here in Gifu City", "to be here in China, in this beautiful
# city of Ningbo", "the hospitality we have received in Hobart", "Greetings from Da Nang"; the
# city may have two words before it after "this" ("this great Pacific city of San Francisco"),
# not after "the" ("the central city of Da Nang" is no speaker's here).
WELCOME_TO_RE = re.compile(
    r"\b(?:(?i:welcome)\s+(?:you\s+(?:all\s+)?|all\s+of\s+you\s+|everyone\s+|(?:our\s+)?delegates\s+)?"
    r"(?:back\s+)?to|here\s+in|(?:to\s+be|being)\s+(?:here\s+)?in|hospitality\b[^.;]{0,60}?\bin"
    r"|[Gg]reetings\s+from|(?:this\s+(?:[a-z]{1,20}\s+|[A-Z][a-z]{1,20}\s+){0,2}|the\s+(?:beautiful\s+"
    r"|historic\s+|vibrant\s+)?)city\s+of)\s+"
    r"(?:(?:the|this)\s+(?:[a-z]{1,20}\s+|[A-Z][a-z]{1,20}\s+){0,2}city\s+of\s+)?"
    rf"(?P<place>{PLACE})"
)
# "On 28-29 August, plenary sessions were held at the … Center": the event's sessions, named
# without the event.
SESSIONS_HELD_RE = re.compile(
    r"\b(?:plenary|opening|closing|working|breakout|parallel)\s+sessions?\s+"
    r"(?:was|were|are|will\s+be)\s+held\b",
    re.I,
)
# "… last week", "earlier this month": the event was before the release, on a day not given.
PAST_SPAN_RE = re.compile(r"\b(?:last|earlier\s+this)\s+(?:week|month)\b")
# "the APEC symposium", "an APEC workshop": an event named by its kind alone, in lower case.
# "Senior APEC energy officials began meeting in …", "APEC delegates opened their talks …".
MEETING_BEGAN_RE = re.compile(
    r"\bAPEC\b[^.;]{0,60}?\b(?:began|opened|started|kicked\s+off)\s+(?:(?:a|an|the|their)\s+)?"
    r"(?:(?:one|two|three|four|five)-day\s+)?(?:meeting|talks)\b"
)
PLAIN_APEC_EVENT_RE = re.compile(
    r"\b(?:[Tt]he|[Aa]n)\s+(?P<name>(?P<apec>APEC|Asia-Pacific\s+Economic\s+Cooperation)\s+"
    r"(?P<kind>symposium|workshop|seminar|forum|conference|summit|dialogue|roundtable|training"
    r"|meeting))\b"
)
# The leaders' meeting named in lower case as a summit: "the APEC summit", "the APEC leaders'
# summit", "the annual Asia-Pacific summit meeting", "the Asia-Pacific Economic Cooperation
# (APEC) summit" ("APEC Economic Leaders' Meeting").
LEADERS_SUMMIT_RE = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|this\s+year['’]s)\s+(?:annual\s+)?"
    # its year and its host before it: "the 2041 APEC leaders summit", "the 2041 Papua New
    # Guinea APEC summit"
    r"(?:(?P<year>(?:19|20)\d{2})\s+)?(?:[A-Z][a-z]+\s+){0,3}?(?:APEC|Apec|Asia[- ]Pacific"
    r"(?:\s+Economic\s+Co-?operation(?:\s+\((?:APEC|Apec)\))?)?)\s+(?:economic\s+)?"
    r"(?:leaders['’]?\s+)?summit(?:\s+meeting)?\b"
)
# A sector's ministers' meeting in lower case, with a possessive: "this year's trade
# ministers' meeting", "the APEC tourism ministers' meeting" (i29b): "APEC Ministers
# Responsible for Trade Meeting" (APEC's name for its trade ministers' meeting), else "APEC
# Tourism Ministers Meeting", as when the ministers meet in a sentence.
SECTOR_MEETING_RE = re.compile(
    r"\b(?:[Tt]his\s+year['’]s|[Tt]he|APEC)\s+(?:APEC\s+|annual\s+)?(?P<sector>trade|tourism"
    r"|energy|finance|health|transport(?:ation)?|mining|forestry|education|agriculture)\s+"
    r"ministers['’]\s+meeting\b"
)
# A minister's speech at "this Ministerial Meeting", a schedule's "Friday's Ministerial
# Meeting" ("APEC Ministerial Meeting").
THIS_MINISTERIAL_RE = re.compile(
    r"\b(?:[Tt]his|the\s+present|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day['’]s)\s+(?:APEC\s+)?"
    r"[Mm]inisterial\s+[Mm]eeting\b"
)
# A ceremony founding or opening an APEC body: "Founding Ceremony of the APEC SME Service
# Alliance", "the opening ceremony of the APEC SME Crisis Management Center" (kept as written).
CEREMONY_RE = re.compile(
    r"\b(?:[Oo]pening|[Ff]ounding|[Ll]aunch(?:ing)?|[Ii]nauguration|[Ii]naugural|[Uu]nveiling)\s+"
    r"[Cc]eremony\s+(?:of|for)\s+(?:the\s+)?(?:APEC|Asia-Pacific\s+Economic\s+Cooperation)\b"
    r"[^.,;:()]{3,80}?(?=\s+(?:in|at|on|held|was|will|took|is)\b|[.,;:()]|$)"
)
# "The one-day event in Makati City, Manila, was organised by …": the event referred back to,
# and where it was.
REFERRED_IN_RE = re.compile(
    r"\b(?:[Tt]he|[Tt]his)\s+(?:[\w-]+-day\s+)?(?:APEC\s+)?(?:event|meeting|forum|workshop|gathering"
    rf"|conference|summit|seminar|symposium)\s+in\s+(?:the\s+city\s+of\s+)?(?P<place>{PLACE})"
    rf"(?:,\s*(?P<region>{PLACE}))?"
)
BY_RE = re.compile(
    r"\b(?P<co>co-?\s?|jointly\s+)?(?P<verb>hosted|host|organi[sz]ed|convened|held|run|sponsored"
    r"|supported)\s+(?:jointly\s+)?by\s+(?P<who>(?:[^.;]|(?<=[A-Z])\.){1,300})",
    re.I,
)
BY_CUT_RE = re.compile(
    r"\s(?:on|at|in|from|under|during|to|which|where|for|with|as|this|last|next|through|via"
    r"|between)\s|(?<![A-Z])\.|[;:(]|,\s+(?:which|where|with|on|in|at|to)\b|\s+(?:and\s+)?(?:co-?)?(?:hosted"
    r"|organi[sz]ed|held|attended)\b",
    re.I,
)
SUBJECT_RE = re.compile(  # the subject is the text before the verb (see _subject)
    r"\s(?P<verb>co-?\s?hosted|co-?\s?organi[sz]ed|jointly\s+(?:hosted"
    r"|organi[sz]ed|held|ran)|hosted|organi[sz]ed|held|convened|(?:will|to)\s+(?:co-?)?host"
    r"|(?:will|to)\s+(?:hold|organi[sz]e|convene|run)|holds|runs"
    r"|(?:co-?)?hosts|(?:co-?)?organi[sz]es)(?:\s+and\s+(?:support|sponsor|promote))?"
    r"\s+(?:the|this|a|an|its|their)\b",
    re.I,
)
CO_WITH_RE = re.compile(  # "co-organised with Vietnam's agency", "in partnership with MBIE"
    r"\b(?:co-?\s?(?:organi[sz]ed|hosted|convened|run)\s+(?:jointly\s+)?with"
    r"|(?:in\s+)?(?:partnership|cooperation|collaboration|conjunction)\s+with|(?:together|jointly)\s+with)"
    r"\s+(?P<who>(?:[^.;]|(?<=[A-Z])\.){1,300})",
    re.I,
)
CO_VERB_RE = re.compile(
    r"(?<=\S)\s(?:co-?\s?host|co-?\s?organi[sz]e|jointly\s+(?:host|organi[sz]e))(?=\s)", re.I
)
AS_CO_HOST_RE = re.compile(r"\s+as\s+(?:its\s+)?co-?\s?hosts?\b", re.I)  # "with X as co-host"
CHAIR_RE = re.compile(
    r"\b(?:chaired\s+by|under\s+the\s+chair(?:man|woman|person)?ship\s+of"
    r"|chairing\s+the\s+(?:meeting|session)\s+(?:was|is|will\s+be)"
    # "Li Rongrong, chair of the meeting and minister of the Chinese State …", "the group
    # chair and Peruvian Minister of Production": the chair's own office after "and"
    r"|chair(?:man|woman|person)?\s+(?:of\s+the\s+(?:meeting|session)\s+)?and)\s+"
    r"(?P<who>(?:[^.;]|(?<=[A-Z])\.|(?<=\b[A-Z][a-z])\.|(?<=\b[A-Z][a-z][a-z])\.){1,200})",
    re.I,
)
CHAIRED_FROM_RE = re.compile(
    rf"\bchaired\s+(?:a|an|the)\s+(?:[a-z-]+\s+){{0,2}}(?:meeting|summit|session)\s+from\s+"
    rf"(?P<place>{PLACE})"
)
PROPOSED_RE = re.compile(r"\s+proposed\b", re.I)
VIRTUAL_RE = re.compile(
    r"\b(?:held|hosted|organi[sz]ed|conducted|took\s+place|takes?\s+place|taking\s+place"
    r"|convened|met|run|runs|ran|was|is|will\s+be|be\s+held|went|kick(?:ed|s)?\s+off|opened|opens"
    r"|began|begins|meet|meets|meeting|convene|convenes|convening)\s+(?:\w+\s+){0,2}?"
    r"(?:online|virtually|in\s+(?:a\s+)?virtual"
    r"\s+(?:format|mode)|via\s+video[\s-]?conferenc\w*|via\s+zoom|on\s+zoom|by\s+video"
    r"[\s-]?conferenc\w*)\b|\b(?:virtual|online)\s+(?:event|forum|conference|workshop|seminar|"
    r"summit|dialogue|training|meeting|session|format|mode|edition|platform)\b|\bwebinars?\b"
    r"|\bvia\s+video[\s-]?conferenc|^(?:online|virtual)$"
    r"|(?:^|[,(–—]\s*)(?:online|virtual)(?:\s+only)?\s*(?:[,;)]|\.?$)"  # "– 21 October, online"
    # "will convene the … Meeting on Nov 20, 2040 virtually —": the adverb closing a clause
    # (not "virtually all economies", where it means "almost")
    r"|\bvirtually(?=\s*(?:[,;.:)–—]|\s-\s|$))",
    re.I,
)
VIRTUAL_WORDS = ("online", "virtual", "video", "zoom", "webinar", "hybrid")
# "convening a majority of APEC Meetings in a fully virtual-format", "all of the year's APEC
# meetings will be held online": the host's year of online meetings, said once in the text,
# holds for each meeting the text names (round i28m). Not "virtually all meetings".
ALL_MEETINGS_ONLINE_RE = re.compile(
    r"\b(?:all|most|(?:a\s+|the\s+)?majority)(?:\s+of)?\s*(?:the\s+|its\s+|this\s+year['’]s\s+"
    r"|the\s+year['’]s\s+)?(?:APEC\s+)?meetings\b[^.;]{0,40}?(?:\bin\s+a\s+(?:fully\s+)?"
    r"(?:virtual|online)[\s-](?:format|mode)\b|\b(?:virtually|online)(?=\s*(?:[,;.:)–—\"”]|$)))",
    re.I,
)


def _may_be_virtual(text):
    """Whether `text` holds a word without which neither VIRTUAL_RE nor HYBRID_RE can match
    (a cheap test: VIRTUAL_RE is slow on long sentences)."""
    lowered = text.lower()
    return any(word in lowered for word in VIRTUAL_WORDS)


TRAILING_ACRONYM_RE = re.compile(r"\s*\([A-Z][A-Z0-9&-]{1,11}\)$")
VENUE_ECONOMY_CUE = "the venue's name (its economy)"
VENUE_NAME_CUE = "the venue's name"
BANNER_CUE = "the page's banner"
# A host year's site names its year and economy at the top: "APEC 2025 KOREA".
BANNER_RE = re.compile(r"^APEC\s+(?P<year>(?:19|20)\d{2})\s+(?P<who>[A-Z][A-Za-z ,.'’-]{1,30})$")
BANNER_LINES = 15
# "Thailand's host year in 2022", "the U.S. APEC 2023 host year", "Peru's 2041 APEC host year":
# the economy hosting that year's meetings.
HOST_YEAR_RE = re.compile(
    r"(?P<who>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}?)(?:['’]s)?\s+(?:APEC\s+)?"
    r"(?:(?P<year>(?:19|20)\d\d)\s+)?(?:APEC\s+)?host(?:ing)?\s+year"
    r"(?:\s+(?:in|of)\s+(?P<year_after>(?:19|20)\d\d))?"
)
# A host year's own name: "the APEC New Zealand media team", "(APEC Malaysia)" (i28l8).
HOST_YEAR_NAME_RE = re.compile(r"\bAPEC\s+(?P<who>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\b")
# "Singapore as APEC 2041 host", "… to play host for APEC 2041": the economy named before it;
# so is "Malaysia as the host of APEC 2041", "Thailand's hosting of APEC 2041" and "(thank you)
# to the Government of Viet Nam for hosting APEC 2041" (i28l9).
PLAYS_HOST_RE = re.compile(
    r"\b(?:as\s+(?:the\s+)?APEC\s+(?P<y1>(?:19|20)\d{2})\s+host"
    r"|play(?:s|ed|ing)?\s+host\s+(?:to|for)\s+APEC\s+(?P<y2>(?:19|20)\d{2})"
    r"|as\s+(?:the\s+)?host\s+(?:of|for)\s+APEC\s+(?P<y3>(?:19|20)\d{2})"
    r"|['’]s\s+hosting\s+of\s+APEC\s+(?P<y4>(?:19|20)\d{2})"
    r"|\sfor\s+hosting\s+APEC\s+(?P<y5>(?:19|20)\d{2}))\b"
)
HOST_YEAR_CUE = "the host year"
HOST_NAME_CUE = "the host's name"
PARTICIPANTS_CUE = "where the participants are"
# Who hosts or organises the event, by name: "hosted by National Taipei University of Technology
# (Taipei Tech)", "organised by the Busan Ministry of …". A town inside such a name is weak
# evidence of the place (see _Reader._place_of_organiser).
ORGANISER_NAME_RE = re.compile(
    r"\b(?:co-?)?(?:hosted|organi[sz]ed|initiated|convened|run)\s+by\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w’'.-]*(?:\s+(?:(?:of|and|for|on)(?:\s+the)?\s+)?[A-Z][\w’'.-]*){0,7})"
    r"(?:\s+\([^()]{2,30}\))?"
)
# A host that is a place one can be at: its venue when nothing else names one.
INSTITUTION_WORD_RE = re.compile(r"\b(?:University|Institute|College|Polytechnic)\b")
VIRTUAL_MARK_RE = re.compile(r"\s*\((?:virtual|online)\)\s*$", re.I)
HYBRID_RE = re.compile(r"\bhybrid\b|\bboth\s+online\s+and\s+in[\s-]person\b", re.I)
HONORIFIC = (
    r"(?:Mr|Ms|Mrs|Miss|Mx|Dr|Prof|Professor|H\.\s?E|Hon|Sir|Dame|Madam|Ambassador|Minister"
    r"|Secretary|Vice\s+Minister|Deputy\s+Minister|Undersecretary|Governor|Mayor|Senator)"
)
NAME = r"[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|bin|binti|van|de|da|del|la)){0,4}"
HONORIFIC_NAME_RE = re.compile(rf"\b(?P<hon>{HONORIFIC})\.?\s+(?P<name>{NAME})")
SPEECH = (
    r"(?:said|says|noted|notes|added|stated|told|explained|highlighted|stressed|emphasi[sz]ed"
    r"|underlined|remarked|indicated|pointed\s+out|observed|announced|urged|shared)"
)
SPEAKING_RE = re.compile(rf"\b{SPEECH}\b|\bremarks\b|\bkicked\s+off\b|\bopened\b", re.I)
SAID_NAME_RE = re.compile(rf"\b{SPEECH}\s+(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{1,3}}),\s+")
BY_NAME_RE = re.compile(
    r"\b(?:kicked\s+off|opened|addressed|chaired|moderated|welcomed|remarks|speech|keynote"
    r"(?:\s+address)?|presentations?)\s+(?:(?:was|were)\s+)?(?:(?:given|delivered|made)\s+)?by"
    r"\s+(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3}),\s+",
    re.I,
)
NAME_TITLE_SAID_RE = re.compile(
    r"(?:^|[,;]\s+|\.\s+)(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3}),\s+(?P<title>[^,;]{3,200}"
    r"(?:,\s+[^,;]{2,120}){0,2}),\s+" + SPEECH + r"\b"
)
TITLE_STOP_RE = re.compile(
    rf",\s+and\s+(?={HONORIFIC}\.?\s|[A-Z][\w’'-]+\s+[A-Z])|\s+and\s+(?={HONORIFIC}\.?\s)"
    rf"|,?\s+(?:who|which|where|as\s+well\s+as)\b|,?\s+{SPEECH}\b|[;]|\.\s|\.$|\s+(?:in|at)\s+"
    r"(?:his|her|their)\b|,\s+(?:[a-z]+\s+){0,2}(?:on|at|in)\s+(?:the|a)\b"
    r"|,\s+(?!the\b|and\b)[a-z]",
)
ROLE_RE = re.compile(
    r"\b(?:minister|director|secretary|president|chair|chairman|chairperson|chairwoman|head"
    r"|chief|officer|governor|mayor|ambassador|deputy|commissioner|administrator|executive"
    r"|manager|adviser|advisor|counsellor|counselor|undersecretary|vice|ceo|cto|coo|founder"
    r"|co-founder|professor|dean|representative|coordinator|lead|senior|assistant|premier"
    r"|leader|envoy|economist|specialist|expert|partner|principal|analyst|researcher"
    r"|consultant|general|attaché|attache|delegate)\b",
    re.I,
)
ROLE_HONORIFICS = {
    "ambassador", "minister", "secretary", "vice minister", "deputy minister", "undersecretary",
    "governor", "mayor", "senator",
}  # fmt: skip
# Possessives that end a name instead of belonging to it: economies, cities, agencies.
POSSESSIVE_STOPS = {
    "Australia", "Brunei", "Canada", "Chile", "China", "Hong Kong", "Indonesia", "Japan",
    "Korea", "Malaysia", "Mexico", "Zealand", "Guinea", "Peru", "Philippines", "Russia",
    "Singapore", "Taipei", "Taiwan", "Thailand", "States", "America", "Nam", "Vietnam",
    "APEC", "SMEA", "DTI", "Lima", "Manila", "Bangkok", "Ministry", "Agency", "Government",
    "City", "Administration", "Department", "Secretariat",
    # "Friday and Saturday's Economic Leaders' Meeting": the days, no part of the name
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
}  # fmt: skip
ABBREVIATIONS = {
    "mr", "ms", "mrs", "mx", "dr", "prof", "h.e", "he", "hon", "st", "jr", "sr", "no", "vs",
    "e.g", "i.e", "u.s", "u.k", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
    "oct", "nov", "dec", "co", "inc", "ltd", "corp", "gov", "sen", "rep", "gen", "mt", "ft",
}  # fmt: skip


# --- The reading --------------------------------------------------------------------------------


@dataclass(eq=False)
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


# A site's section line above the headline: "In Second Senior Officials' Meeting".
SECTION_LINE_RE = re.compile(r"^In\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,7}$")
SPACES_RE = re.compile(r"\s+")
APEC_SPELLED_LOWER_RE = re.compile(r"\basia[- ]pacific economic co-?operation\b")
ACRONYM_GLOSS_RE = re.compile(
    r"\s\((?:[A-Z][A-Za-z]{0,2}){1,4}[A-Z]s?(?:\s[1-9])?\)(?=[\s,.;:’'])"
)  # "(APEC)", "(SMEWG)", "(PPWE 2)"


# An ordinal glued to the next word by a lost blank (a PDF's copy): "the 14thAPEC SME …"
GLUED_ORDINAL_RE = re.compile(r"(?<![\w-])(\d{1,3}(?:st|nd|rd|th))(?=[A-Z])")


def _clean(text):
    """One line as the reader sees it: blanks as single spaces, an ordinal glued to the next
    word set apart ("14thAPEC": "14th APEC"), and the acronym written after a name in
    brackets left out ("Economic Cooperation (APEC) Small …"), so that a name reads as one
    run of words."""
    text = SPACES_RE.sub(" ", text.replace("\u00a0", " ")).strip()
    text = GLUED_ORDINAL_RE.sub(r"\1 ", text)
    return ACRONYM_GLOSS_RE.sub("", text) if " (" in text else text


@functools.lru_cache(maxsize=4096)
def _key(text):
    """A title's letters and digits only, lower case: what makes two titles the same."""
    text = text.replace("’", "'").replace("&", " and ").lower()
    text = APEC_SPELLED_LOWER_RE.sub("apec", text)  # "Asia-Pacific Economic Cooperation's"
    text = re.sub(r"\bapec's\b", "apec", text)  # "APEC's X Forum" is the APEC X Forum
    return " ".join(re.findall(r"[^\W_]+", text))


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
    if first and second and ordinal(first) == ordinal(second):
        return False  # both ordinals ("11th ") or both years ("2029 ")
    return _same(NUMBER_PREFIX_RE.sub("", key), NUMBER_PREFIX_RE.sub("", other))


LOOSE_SKIP = {"apec", "the", "s"}
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
        if text.endswith(" of apec") and words[-1:] == ["of"]:
            words = words[:-1]
        while words and (words[0] in ORDINAL_WORDS or ORDINAL_TOKEN_RE.fullmatch(words[0])):
            words = words[1:]  # "Eighth APEC …", "50th APEC …" over the headline's name
        if words[:2] == ["meeting", "of"] and len(words) > 2:
            words = [*words[2:], "meeting"]  # "58th Meeting of the SME Working Group"
        return LEADERS_KEY_RE.sub("economic leaders meeting", " ".join(words))

    if key == other:
        return False
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
ORDINAL_WORD_NUMBERS = {
    word: number
    for number, word in enumerate(
        ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"),
        start=1,
    )
} | {"tenth": 10}


def _two_ordinals(key, other):
    """Whether one name's ordinal word and the other's ordinal in digits differ ("first apec
    sme ministerial meeting", "48th apec sme ministerial meeting"): two meetings."""
    numbers = []
    for name in (key, other):
        first = name.split()[0] if name else ""
        digits = ORDINAL_KEY_RE.match(name)
        numbers.append(int(digits.group(1)[:-2]) if digits else ORDINAL_WORD_NUMBERS.get(first))
    return None not in numbers and numbers[0] != numbers[1]


ACRONYM_SKIP = {"apec", "the", "of", "meeting", "and"}


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
    an article, a possessive or where "APEC" stands."""
    return _same_unnumbered(key, other) or _same_spelled_out(key, other)


def _same_by_acronym(key, other):
    """One numbered meeting named by a group's acronym and by its words ("29th apec smewg
    meeting", "29th meeting of the small and medium enterprises working group")."""
    first, second = ORDINAL_KEY_RE.match(key), ORDINAL_KEY_RE.match(other)
    if not (first and second and first.group(1) == second.group(1)):
        return False

    def short(text):
        words = [w for w in text[first.end() :].split() if w not in ACRONYM_SKIP]
        return words[0] if len(words) == 1 else "".join(w[0] for w in words)

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
    (Apec) 2035 Senior Officials' meeting"): the same meeting, the same ordinal."""
    ordinal, _, rest = series.partition(" ")
    if ordinal not in ORDINAL_WORDS or not rest or rest not in (key := _key(text)):
        return False
    before = key[: key.index(rest)].split()[-9:]
    return ordinal in before


def _title_of_who_meets(text):
    """ "APEC Energy Ministers Meeting" for "energy ministers … got under way", "APEC Senior
    Officials' Meeting" for "senior officials … met", "APEC Ministerial Meeting" for "the
    ministers … opened their annual meeting"; None for a past meeting ("last met … ago")."""
    match = SECTOR_MINISTERS_RE.search(text)
    gap = match and (match.group("gap") or match.group("bare_gap") or match.group("leaders_gap"))
    if not match or PAST_MEETING_RE.search(gap or ""):
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


def _unglued(lines):
    """The first line split in two where a headline (of at most twenty words) was glued to
    the paragraph under it; other lines as they are. A site's rows with bars above it ("Help |
    Sitemap | …", "Thursday, August 30, 2001, updated at … | |||") do not count as the first
    line."""
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
    width = max((len(line) for _, line in lines), default=0)
    if not 40 <= width <= 100:
        return _rejoined(lines)
    full = [line for _, line in lines if len(line) >= width - 12 and WRAPPED_END_RE.search(line)]
    if len(full) < 4:
        return _rejoined(lines)
    joined, last = [], ""
    for number, line in lines:
        wraps = len(last) >= width / 2 and WRAPPED_END_RE.search(last)
        if joined and wraps and not WRAPPED_NEXT_RE.match(line):
            glue = "" if last.endswith("-") and last[-2:-1].isalpha() else " "
            joined[-1] = (joined[-1][0], joined[-1][1] + glue + line)
        else:
            joined.append((number, line))
        last = line
    return joined


# A line broken inside a sentence, after a word no sentence ends with ("… met in Hobart on"
# over "8-9 March 2007 for the 14th APEC SME Ministerial Meeting."): one line.
DANGLING_END_RE = re.compile(r"\s(?:on|in|at|of|the|and|for|to|from|by|with)$")


def _rejoined(lines):
    """The lines of a text with each line that ends on a dangling word ("on", "in", "the")
    joined to the next one of prose (not a bullet or a numbered item)."""
    joined = []
    for number, line in lines:
        last = joined[-1][1] if joined else ""
        dangling = len(last.split()) >= PROSE_WORDS and DANGLING_END_RE.search(last)
        if dangling and line[:1].isalnum() and not WRAPPED_NEXT_RE.match(line):
            joined[-1] = (joined[-1][0], f"{last} {line}")
            continue
        joined.append((number, line))
    return joined


PROSE_WORDS = 8  # a sentence of prose is longer than a menu item or a short heading
PROSE_END = (".", "!", "?", "”", '"')


def _prose(line):
    """Whether a line is prose: a sentence of some words ended by a stop, not a title cut
    short by an ellipsis ("Transcript of 2018 Yearly Review Framework for the APEC...")."""
    line = line.rstrip()
    cut = line.endswith(("...", "…"))
    return len(line.split()) >= PROSE_WORDS and line.endswith(PROSE_END) and not cut


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
BRACKETED_DATELINE_RE = re.compile(
    r"^\((?P<city>[A-Z][A-Za-z .'’-]{1,40}?)(?:,\s*(?P<region>[A-Z][A-Za-z .'’-]{1,40}?))?\)\s+"
    r"(?=[A-Z])"
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
        self.header_day = False  # the dateline is a header line's place and day (a speech's)
        self._first_line = None  # (text, number) of the first paragraph's line
        self.paragraphs = []  # lists of Sentence
        self.headings = []  # Sentence: short lines without a full stop, between paragraphs
        self.prose = False  # a paragraph of prose read (a header's short lines are none)
        self.previous = None  # the number of the line read last
        self.header_day = False  # the dateline's date is a header's date under its place
        self.blocks = []  # (name, {kind: value}): a programme's meetings and their own labels
        self.programme = []  # (name, Sentence): each meeting of a programme and its item
        self.cover = False  # a meeting paper's cover line named the text's event
        self._split = Memo(_sentence_pieces)  # a text may repeat a paragraph many times
        self._read()

    def _read(self):
        self.in_body = False
        readers = (
            self._take_time_line,
            self._take_bar_line,
            self._field_line,
            self._delivered_line,
            self._take_cover_line,
            self._take_place_line,
            self._release_line,
            self._date_line,
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

    def _release_lines(self):
        """The lines of the release, without page furniture, up to a contact block."""
        lines = []
        read = Memo(_line_reading)  # a text may repeat a line many times
        begun = False  # a line of prose read: before it, "About the Department" is a menu item
        for number, line in content_lines(self.text):
            furniture, over, clean = read[line]
            if furniture:
                continue
            if begun and over:
                break  # a contact block, "About …" or notes to editors: the release is over
            lines.append((number, clean))
            begun = begun or (len(clean.split()) >= PROSE_WORDS and clean.endswith(PROSE_END))
        return _unwrapped(_unglued(lines))

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
            return False
        rest = line.replace(dates[0][1], "")
        # "Thursday, August 30, 2001, updated at 22:47(GMT+8)": a news site's date line
        rest = re.sub(r"(?i)\bupdated(?:\s+at)?\b|\(GMT[+-]\d{1,2}\)", "", rest)
        if re.search(r"[A-Za-z]{4,}", re.sub(r"(?i)\b\w+day\b|\bam\b|\bpm\b", "", rest)):
            return False
        self.release_lines.append(Sentence(line, number))
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
        if _is_heading(line) and (self.in_body or self.headline is not None):
            if self.in_body and _dated_item(line):
                # "APEC SME Working Group Meeting 2–3 September": a table's row naming a
                # meeting and its days is a list item, prose of its own (e123)
                self.paragraphs.append([Sentence(line, number, len(self.paragraphs))])
                return
            self.headings.append(Sentence(line, number))
            return  # a subheading inside the release
        if not self.paragraphs:
            self._first_line = (line, number)
            line = self._take_dateline(line, number)
        elif len(self.paragraphs) == 1 and self.dateline is None:
            line = self._dated_dateline_after_deck(line, number)
        self.in_body = True
        self.prose = self.prose or _prose(line)
        self.paragraphs.append(_sentences(line, number, len(self.paragraphs), self._split))

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
        if self.prose or self.dateline or len(line) > 100 or line.endswith(SENTENCE_END):
            return False
        if re.search(r"[:|()]", line):
            return False  # a label, a bar line or an agency in brackets: not a place line
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
        sizes = [len(words)] if whole else range(min(4, len(words)), 0, -1)
        for size in sizes:
            candidate = " ".join(words[-size:])
            if self.names.economy(candidate) and not self.names.city(candidate):
                return ("", candidate) if len(parts) == 1 and (whole or not regions) else None
            if self._known_city(candidate, regions, whole):
                return _city_spelling(candidate, self.names), regions[-1] if regions else ""
        return None

    def _known_city(self, candidate, regions, whole):
        """Whether `candidate` is a city; a whole place line may name a small town by its
        region ("Big Sky, Montana"), words before a place may not."""
        if not whole:
            return bool(self.names.city(candidate))
        with_region = f"{candidate}, {regions[0]}" if regions else candidate
        return bool(self.names.city(with_region)) and bool(regions or self.names.city(candidate))

    def _dated_dateline_after_deck(self, line, number):
        """A dateline with its date opening the paragraph after a deck (the standfirst under
        the headline): "Puerto Varas, August 30, 2019. With a focus on …"."""
        rest = self._city_first_dateline(line, number)
        if self.dateline is not None and self.dateline[2] is None:
            self.dateline = None  # a town alone there may be the sentence's own subject
            return line
        return rest

    def _take_dateline(self, line, number):
        """Take the dateline off the first paragraph: "LIMA, Peru, 5 May 2021 (Agency) —",
        "13 September 2017, Ho Chi Minh City, Viet Nam –", "(ILOILO CITY, Iloilo)"."""
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
        match = re.match(
            rf"^(?P<city>[A-Z](?:[^\W\d_]|[ .'’-]){{1,40}}?)(?:,\s*(?P<region>[A-Z](?:[^\W\d_]|[ .'’-]){{1,40}}?))?"
            rf"(?:[,.]?\s+\(?(?P<date>(?:{MON}\s+{DD}(?:\s*[-–]\s*{DD})?|{DD}(?:\s*[-–]\s*{DD})?\s+{MON})"
            rf"(?:,?\s+{YYYY})?)\)?)?\s*"
            r"(?:\((?P<agency>[A-Za-z .&-]{2,30})\))?\s*(?:(?:—|–|--|-|:)\s*(?=\S)"
            # "Puerto Varas, August 30, 2019. With a focus on …": a full stop after the year
            # (and "Viña del Mar, May 16, 2019.- APEC's …")
            r"|(?<=\d{4})\.(?:\s+(?=[A-Z])|-\s*(?=\S)))",
            line,
        )
        if not match:
            return line
        city = match.group("city").strip()
        upper = city.replace(" ", "").replace(".", "").isupper()
        known = self.names.city(city) or self.names.economy(city)
        if not (upper or known) or len(city.split()) > 4:
            return line
        bare = not (known or match.group("region") or match.group("date"))
        if bare and not line[match.end() :][:1].isupper():
            return line
        if bare and " " not in city and len(city) <= 5:
            return line  # "PANO - …": an agency's initials, not a town the portal does not know
        if bare and match.group(0).rstrip().endswith(":"):
            return line  # "CNCPEC: Virtual Symposium …": a label or an organiser, not a town
        date = Sentence(match.group("date"), number) if match.group("date") else None
        self.dateline = (
            _city_spelling(city, self.names),
            match.group("region") or "",
            date,
            number,
        )
        return line[match.end() :]

    @property
    def body(self):
        return [sentence for paragraph in self.paragraphs for sentence in paragraph]


# A labelled date whose day is glued to its month's name: "Date: 16-17October 2044".
DAY_GLUED_TO_MONTH_RE = re.compile(rf"(?<=\d)(?={MONTH_FULL}\b)", re.I)
GLUED_DATE_RE = re.compile(rf"\b(?P<m>{MON})\s*(?P<d>0[1-9]|[12]\d|3[01])(?P<y>(?:19|20)\d{{2}})\b")


def _dated_item(line):
    """Whether a short line names an event and a day of it: "48th APEC SME Ministerial
    Meeting 5–6 September", "17-18 November: APEC Ministerial Meeting"."""
    if not KIND_WORDS_RE.search(line):
        return False
    return bool(find_dates(line)) or any(pattern.search(line) for pattern in PARTIAL_DATES)


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


# --- Dates -------------------------------------------------------------------------------------


def _context(doc, main_sentences):
    """The release's date (field, date line, dateline) or, failing it, the latest year named."""
    context = Context()
    if doc.header_day and _dateline_release(doc, context):
        return context  # a speech's header day before the day a page published it
    lines = _release_lines_in_order(doc)
    if _dateline_over_lines_above(doc, lines, context):
        return context
    for sentence in lines:
        dates = _release_dates(sentence.text)
        if dates:
            context.release, context.release_line = dates[0][0], sentence.line
            context.release_how = "the release's date"
            context.anchor = _dateline_day(doc, context)
            return context
    if doc.dateline and doc.dateline[2] and _dateline_release(doc, context):
        return context
    context.year, context.year_line = _field_year(doc) or _text_year(doc, main_sentences)
    if context.year is None and doc.headline and YEAR_WORD_RE.search(doc.headline.text):
        context.year = int(YEAR_WORD_RE.search(doc.headline.text).group(1))
        context.year_line = doc.headline.line
    if doc.dateline and doc.dateline[2] and context.year:
        # "MEXICO CITY, March 8 —": the dateline's day, in the year the text names.
        dates = _dates_in(doc.dateline[2], context)
        if dates and dates[0].precision == "day":
            context.release, context.release_line = dates[0].start, doc.dateline[3]
            context.release_end = dates[0].end
            context.release_how = "the dateline (its year from the year the text names)"
    return context


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
TARGET_YEAR_BEFORE_RE = re.compile(
    r"(?:\b(?:Vision|Agenda|Goals?|Roadmap|Plan|Strategy|Targets?|Blueprint)"
    r"|\b(?:until|till|by|through|(?:runs?|lasts?)\s+to)(?:\s+the\s+end\s+of)?)\s+$"
)


def _not_the_events_year(text, start):
    """Whether the year at text[start:] is the year something was founded, a plan's target
    year ("Putrajaya Vision 2040") or a deadline ("until the end of 2015")."""
    return bool(
        FOUNDED_BEFORE_RE.search(text, max(0, start - 40), start)
        or TARGET_YEAR_BEFORE_RE.search(text, max(0, start - 25), start)
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
    sources = [main_sentences, [s for s in doc.body if not FUTURE_RE.search(s.text)], doc.body]
    for ahead in (False, True):
        for sentences in sources:
            years = _years_named(sentences, ahead)
            if years:
                return max(years)
    return None, None


def _years_named(sentences, ahead=False):
    """(year, line) of each year the sentences name, but the year something was founded, a
    plan's target year or a deadline (`_not_the_events_year`), the year a recalled earlier
    meeting was held ("the first such meeting, held in Seoul on 3 June
    2041") and, unless `ahead`, the year of a later event or step ("ahead of the 2046 …")."""
    found_years = []
    for sentence in sentences:
        text = sentence.text
        for found in YEAR_WORD_RE.finditer(text[:LONGEST]):
            start = found.start()
            if _not_the_events_year(text, start):
                continue  # founded in, a plan's target year, a deadline
            if _recalled_before(text, start):
                continue
            if not ahead and AHEAD_BEFORE_RE.search(text, max(0, start - 60), start):
                continue
            found_years.append((int(found.group(1)), sentence.line))
    return found_years


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


# Economies that are one city: a meeting they host in person is in that city.
CITY_ECONOMIES = {"HKG": "Hong Kong", "SGP": "Singapore"}


def _city_of_city_economy(result, host, line):
    """ "Hong Kong, China is honoured to host …": the city is Hong Kong when no city was read
    and the meeting is not online; kept to pages naming no venue either (low, cue "the host
    economy")."""
    placed = result.value("city") or result.value("venue") or result.value("virtual")
    if host in CITY_ECONOMIES and not placed:
        result.fact("city", CITY_ECONOMIES[host], line, "low", cue="the host economy")


def _year_for(month, day, context, weekday=None, future=False):
    """(year, where from) for a day written without its year; a day the sentence says is
    still to come ("will be held … on Nov 18") is on or after the release's date."""
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
    return dated[0][0], "the latest year the text names"


def _taken(spans, start, end):
    return any(start < e and s < end for s, e in spans)


def _dates_in(sentence, context):
    """Every date in a sentence, in reading order, with its precision and the year's source."""
    text = sentence.text[:LONGEST]
    found, taken = [], []
    for extractor in DATE_EXTRACTORS:
        found += extractor(text, sentence.line, context, taken)
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


def _partial_dates(text, line, context, taken):
    """Days written without a year ("5 May", "October 3-4"); the year from the context."""
    found = []
    written = list(taken)  # the dates written with their year (read first)
    for pattern in PARTIAL_DATES:
        for match in pattern.finditer(text):
            if _taken(taken, match.start(), match.end()):
                continue
            date = _partial_date(
                match, text, line, context, _year_written_before(text, written, match)
            )
            if date:
                taken.append((match.start(), match.end()))
                found.append((match.start(), date))
    return found


# "will be held in Shenzhen on Nov 18": the day is still to come when the text was written.
FUTURE_BEFORE_RE = re.compile(r"\bwill\s+(?:be\s+held|take\s+place|run|open|convene)\b", re.I)


# "Sydney Workshop for 2045 …": a headline opening with a town and a kind word.
TOWN_KIND_HEADLINE_RE = re.compile(
    r"(?P<town>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s(?P<kind>[A-Z][a-z]+)\b"
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


def _partial_date(match, text, line, context, year_written=None):
    parts = match.groupdict()
    month_1 = parts.get("m1") or parts.get("m2")
    month_2 = parts.get("m2") or month_1
    before = WEEKDAY_BEFORE_RE.search(text[max(0, match.start() - 14) : match.start()])
    weekday = WEEKDAYS.index(before.group(1).lower()) if before else None
    if year_written and _day(_digits(parts["d1"]), month_1, year_written):
        year, how = year_written, ""  # the sentence's own year, written before the day
    else:
        future = FUTURE_BEFORE_RE.search(text, max(0, match.start() - 120), match.start())
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
        return context.year, "the latest year the text names"
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


def _relative_dates(text, line, context, taken):
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
        day = _relative_day(match, (weekday and context.anchor) or context.release, text)
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
DATE_EXTRACTORS = (_full_dates, _partial_dates, _month_dates, _year_dates, _relative_dates)


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


def _tie(date, text, position, context):
    """Mark a date as the event's (an event verb just before it, in its clause) or as the
    release's own day (its date, or a speech verb next to it with no event verb before)."""
    before = text[max(0, position - 60) : position]
    date.another = bool(ANOTHER_EVENT_RE.search(re.split(r"[,;:—–(]\s?", before)[-1]))
    clause = re.split(r"[,;:—–(]\s?", text[max(0, position - 120) : position])[-1]
    date.later = bool(LATER_STEP_RE.search(clause)) or _recalled_before(text, position)
    before = re.split(r"[,;:—–]\s|\s[-–—]\s", before)[-1] if date.relative else before
    if EVENT_DATE_RE.search(before):
        date.attached = True
        date.closing = bool(CLOSING_RE.search(before))
        return
    after = text[position + len(date.written) : position + len(date.written) + 40]
    near = before[-40:] + " " + re.split(r"[;:]|\bthat\b", after)[0]
    own_day = context.release == date.start and not date.end and not date.relative
    date.publication = bool(PUBLICATION_RE.search(near)) or own_day


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


def _relative_day(match, release, text):
    word = (match.group("word") or "").lower()
    if word:
        offset = {"yesterday": -1, "tomorrow": 1}.get(word.split()[0], 0)
        return release + datetime.timedelta(days=offset)
    weekday = WEEKDAYS.index(match.group("weekday").lower())
    near = text[max(0, match.start() - 50) : match.end() + 50]
    coming = THIS_WEEKDAY_RE.search(text, max(0, match.start() - 8), match.start())
    # "gets underway this Saturday": the coming one; "officials meet on Tuesday": scheduled
    if coming or FUTURE_RE.search(text) or SCHEDULE_RE.search(near):
        ahead = (weekday - release.weekday()) % 7
        return release + datetime.timedelta(days=ahead)
    back = (release.weekday() - weekday) % 7
    return release - datetime.timedelta(days=back)


def _best_date(sentences, context, main=True):
    """The first day found (written, or "yesterday" against the release's date; not one
    after "until"), else a weekday ("on Monday"), else the first month; sentences in the order
    given, each read only when needed. A year alone is no date of the event (`_year_only`);
    for the text's own event (`main`), neither is a later step's or a recalled meeting's."""
    read = {}

    def dates():
        for sentence in sentences:
            if id(sentence) not in read:
                read[id(sentence)] = _dates_in(sentence, context)
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
            usable = not (_history(date, context) or date.another or (main and date.later))
            if usable and wanted(date):
                return date
    return None


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


def _fallback_date(sources, context, fallback_page):
    """The release's day when the text gives none for the event (not for "the workshop in
    Port Moresby last week": that was before it), else None (a year alone is no first day)."""
    if sources and PAST_SPAN_RE.search(sources[0].text[:LONGEST]):
        fallback_page = False
    if fallback_page and context.release:
        return DateFound(
            context.release, context.release_end, "day", "", context.release_line, "page"
        )
    return None


def _history(date, context):
    """A month or a year more than a year from the release's date ("hosted the sixth
    meeting in 1999", "since 1994"): the past the release recalls, not the event's date."""
    release = context.release
    return bool(release) and date.precision != "day" and abs(date.start.year - release.year) > 1


# --- Names --------------------------------------------------------------------------------------


# A plural's apostrophe glued to the next capitalised word by a crawl ("Leaders'Meeting")
# ends its token, so that the kind word after it is read.
TOKEN_RE = re.compile(
    r"(?:[\w&./-]|(?<![sS])['’]|['’](?![A-Z][a-z]))+(?:(?<=[sS])['’](?=[A-Z][a-z]))?|[^\w\s]"
)
GLUED_POSSESSIVE_RE = re.compile(r"(?<=[sS]['’])(?=[A-Z][a-z])")


def _capitalised(token):
    return token[:1].isupper() or token[:1].isdigit()


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


def _words_re(words):
    """One pattern finding any of `words` in any case, anywhere (a cheap test before the
    tokens are made: a name needs one of its kind words)."""
    if words is KIND_WORDS:
        return KIND_WORDS_RE
    return _words_re_cached(frozenset(words))


KIND_WORDS_RE = _words_re_cached(frozenset(KIND_WORDS))


def _names_in(text, words, *, headline=False):
    """Unquoted names in `text` ending in (or built around) one of `words`, as (name, start)."""
    if not _words_re(words).search(text, 0, LONGEST):
        return []  # no kind word at all (most sentences of a long text): nothing to tokenise
    tokens = [(m.group(0), m.start(), m.end()) for m in TOKEN_RE.finditer(text[:LONGEST])]
    found = []
    index = floor = 0
    while index < len(tokens):
        bare = tokens[index][0].rstrip(".,")
        if not (bare[:1].isupper() and bare.lower() in words):
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
        significant = [t for t, _, _ in tokens[first:index] if _capitalised(t)]
        # "Meeting of the Micro Enterprises Sub Group": the kind word leads, its "of …" names it
        if significant or (first == index and last > index):
            found.append((name, tokens[first][1]))
            floor = last + 1
        index = last + 1
    return found


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
        step = _small_words_inside_name(tokens, first, previous)
        if not step:
            break
        first -= step
    return first


def _small_words_inside_name(tokens, first, previous):
    """How many lower-case tokens before `first` belong to the name (0: none, the name starts
    at `first`): "the" in "Women and the Economy Summit", "in the" in "Women in the Economy
    Forum", "in" in "Women in STEM Seminar"; not "for" in "Nanjing for the 21st …" nor in
    "… Republic of Korea for The Twelfth APEC …" (the name starts at "The")."""
    before = tokens[first - 2][0] if first > 1 else ""
    capital_before = first > 2 and _capitalised(tokens[first - 3][0])
    if previous == "the" and before in ("and", "&") and capital_before:
        return 1
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
    return _headline_name_start(tokens, first, index) if headline else first


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
        if ORDINAL_TOKEN_RE.fullmatch(tokens[first - 1][0]):
            first -= 1  # "11th APEC SME Ministerial Meeting and Related Meetings"
    # "APEC SME Working Group Wraps Up Ahead of Ministers' Meeting": the headline's report
    # ends at "Ahead of"; the event word after it names another meeting
    breaks = [i for i in range(first, index) if tokens[i][0] in HEADLINE_BREAKS]
    if breaks:
        first = breaks[-1] + 1
        while first < index and tokens[first][0] in ("of", "Of", "the", "The", "to", "To"):
            first += 1
    return first


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
    if tokens[last][0].endswith((",", ".")):
        return False
    after = tokens[last + 1][0]
    following = tokens[last + 2][0] if last + 2 < len(tokens) else ""
    return (
        (after[:1].isupper() and after.lower() not in words)
        or after in ("of", "and", "for", "to", "&")
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
    return ONLY_MENTIONED_RE.search(before) is not None or OFFICE_OF_RE.search(before) is not None


# "13 years after China hosted the", "since Santiago hosted the": a past meeting recalled.
RECALLED_BEFORE_RE = re.compile(
    r"\b(?:after|since)\s+(?:[A-Z][\w’'-]*\s+){1,4}hosted\s+(?:the\s+)?$"
    r"|\byears\s+(?:after|since)\s+(?:the\s+)?$"
    # "the chair reported the results of the ABAC Meeting in Lima": a meeting reported on
    r"|\breport(?:ed|s|ing)?\s+(?:on\s+)?the\s+(?:results|outcomes?)\s+of\s+(?:the\s+)?$"
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
    capitals = [w for w in words if _capitalised(w)]
    apec = any(w == "APEC" or w.startswith("APEC-") for w in words)  # "APEC-VC Workshop"
    return apec or any(w[:1].isdigit() for w in words) or len(capitals) >= 3


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
        if _lead_phrase(heading.text, name, start, named):
            continue
        if OFFICE_OF_RE.search(heading.text, max(0, start - 40), start):
            continue  # a photo caption's "Chair of the Senior Officials' Meeting …": an office
        name = spelled.get(start, name)
        if _good_name(name, "headline"):
            rest = heading.text[start + len(name) :]
            subtitle = re.match(r"^(\s*:\s+|\s+[–—-]\s+)(?P<sub>[A-Z].+)$", rest)
            # "APEC 2024 Leaders' Summit: First preparatory meeting has begun in Peru": a
            # report after the colon (a verb of what happened) is no part of the name
            report = subtitle and HEADLINE_REPORT_RE.search(subtitle.group("sub"))
            if subtitle and not report and not _names_in(rest, KIND_WORDS):
                name = name + subtitle.group(1) + subtitle.group("sub")
            found.append(Mention(name, heading, start, "headline"))
    return found


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


def _sentence_names(text):
    """(name, start, source) of each event name in a body sentence: its quoted names, then
    the others in the order written."""
    if len(text) < 6 or not WORD_CHARACTER_RE.search(text, 0, LONGEST):
        return ()  # a name has two words, one a kind word of 4+ letters; a quote 4+ inside
    found, quoted_spans = [], []
    for quoted in QUOTED_RE.finditer(text[:LONGEST]):
        if _good_name(quoted.group(1), "quote"):
            quoted_spans.append((quoted.start(), quoted.end()))
            found.append((quoted.group(1).strip(), quoted.start(), "quote"))
        # A quoted remark is prose: the names in it are read as the body's.
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
    if here:
        here.extend(short)  # "…, the CEO Summit 17–19, the Leaders' Meeting on 19–20" in a list
    here.extend(_group_meetings(text))
    here.extend(_acronym_meetings(text))
    here.extend(_joint_meetings(text))
    # In the order written: the group's meeting before "the One Data Forum" it mentions.
    return (*found, *sorted(here, key=lambda name: name[1]))


# Days right after a name: " 17–19", " on 19–20", " from 17 to 19", " on November 19".
DAYS_AFTER_NAME_RE = re.compile(rf"\s*(?:(?:on|from)\s+)?(?:the\s+)?(?:{MON}\s+)?{DD}(?!\w)")


def _listed_short_name(text, name, start):
    """A two-word name in capitals ("CEO Summit", "Leaders' Meeting") with its days right
    after it: in a sentence listing other named meetings, one of the list."""
    words = re.findall(r"[\w’'-]+", name)
    if len(words) != 2 or not all(_capitalised(word) for word in words):
        return False
    return DAYS_AFTER_NAME_RE.match(text, start + len(name)) is not None


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
    return found + _meetings_in_prose(text)


# A sector's ministerial meeting named informally, in lower case (a wire story, a ministry's
# paper): "an APEC ministerial meeting on small firms", "the meeting of APEC ministers
# responsible for trade", "the APEC trade ministers' meeting", "a meeting of trade ministers of
# the Asia-Pacific Economic Cooperation". Read only in a sentence naming APEC.
_INFORMAL_SECTOR = (
    rf"(?:{SMALL_FIRMS}|M?SMEs?|trade|tourism|energy|finance|women|health|transport(?:ation)?"
    r"|mining|telecommunications|forestry|food\s+security|education|oceans?|agriculture"
    r"|structural\s+reform)"
)
INFORMAL_MEETING_RE = re.compile(
    rf"\bministerial\s+meeting\s+on\s+(?:the\s+)?(?P<on>(?i:{_INFORMAL_SECTOR}))\b"
    r"|\bmeeting\s+of\s+(?:the\s+)?(?:APEC\s+)?(?:(?P<of>(?i:"
    + _INFORMAL_SECTOR
    + r"))\s+ministers|ministers\s+responsible\s+for\s+(?P<rf>(?i:"
    + _INFORMAL_SECTOR
    + r")))\b"
    rf"|\bAPEC\s+(?P<apec>{_INFORMAL_SECTOR})\s+ministers['’]?\s+meeting\b"
    # "Apec's small and medium enterprise meeting", "APEC's SME ministerial meeting"
    rf"|\b(?:APEC|Apec)\s?['’]\s?s\s+(?P<poss>(?i:{_INFORMAL_SECTOR}))"
    r"\s+(?:ministers['’]?\s+|ministerial\s+)?meeting\b"
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
        sector = " ".join(next(filter(None, match.group("on", "of", "rf", "apec", "poss"))).split())
        if re.fullmatch(SMALL_FIRMS, sector, re.I) or sector.lower().rstrip("s") in ("sme", "msme"):
            name = SME_BUILT_TITLE
        elif match.group("rf"):
            name = f"APEC Ministers Responsible for {sector.title()} Meeting"
        else:
            name = f"APEC {sector.title()} Ministers Meeting"
        found.append((name, match.start(), "body"))
    return found


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
    apec = "APEC" in text or "Economic Cooperation" in text
    plain = apec and PLAIN_APEC_EVENT_RE.search(text)
    return (f"APEC {plain.group('kind')}", plain.start("name")) if plain else None


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
        number = match.group("number") or ""
        number = str(len(number)) if number.startswith("I") else number  # "SOM II": SOM2
        acronym = match.group("acronym") + number  # "SOM 2": SOM2
        if acronym not in acronyms and not number:
            # "the first SOM": an ordinal word before a series' acronym names its numbered one
            word = ORDINAL_WORD_BEFORE_RE.search(text, max(0, match.start() - 12), match.start())
            if word:
                acronym += str(SERIES_ORDINALS.index(word.group(1).lower()) + 1)
        name, what = acronyms.get(acronym, (None, None))
        how = match.group("how")
        if name is None or (what == "group" and how is None):
            continue  # an unknown acronym; a group named without its meeting
        if how is None and len(acronym) < 4 and not match.group(0).startswith("APEC"):
            continue  # "the MRT" alone may be a railway: "the MRT meeting", "APEC MRT" are not
        if what == "group":  # "the 45th APEC SMEWG meeting", "the SMEWG held its 45th meeting"
            ordinal = match.group("before") or match.group("ordinal")
            name = f"{ordinal} {name} meeting" if ordinal else f"{name} meeting"
        found.append((name, match.start(), "body"))
    return found


SERIES_ORDINALS = ("first", "second", "third", "fourth")
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


# --- Places -------------------------------------------------------------------------------------


def _venue_in(text):
    """ "held at the Lima Convention Center in Lima" -> ("Lima Convention Center", end).

    A venue ends in a venue word ("… Hotel", "… Sands") or holds a hotel brand ("the JW
    Marriott Lima"); a name holding "APEC" or an event word is the event, not its venue.
    """
    tokens = [(m.group(0), m.start(), m.end()) for m in TOKEN_RE.finditer(text[:LONGEST])]
    for index, (word, _, _) in enumerate(tokens):
        bare = word.rstrip(",.").lower()
        brand = bare in VENUE_BRANDS
        if not (word[:1].isupper() and (bare in VENUE_WORDS or brand)):
            continue
        first, subject = _venue_start(tokens, index)
        if first is None:
            continue
        owner = None
        owned = _possessive_owner(tokens, first, index)
        if owned is not None:
            # "at Lima's Pacific Convention Center", "Port Moresby's International Convention
            # Centre": the city's, not its name
            owner = " ".join(t for t, _, _ in tokens[first : owned + 1])[:-2]
            first = owned + 1
        last = _venue_end(tokens, first, index, brand)
        if first == last and bare in ALONE_NO_VENUE:
            continue
        words = [t.rstrip(",.").lower() for t, _, _ in tokens[first : last + 1]]
        if _no_venue(words, tokens, last):
            continue
        name_end, end = _venue_name_end(text, tokens[last][2])
        if subject and not HOSTS_AFTER_RE.match(text, end):
            continue  # a venue that opens the clause is one only as the subject of "hosted"
        name = text[tokens[first][1] : name_end].rstrip(",.")
        if owner and set(words) <= VENUE_WORDS | PLACE_KIND_WORDS | CONNECTORS:
            name = f"{owner} {name}"  # "Lima's Convention Center" is the Lima Convention Center
        return name, end, tokens[first][1]
    named = LOWER_VENUE_RE.search(text, 0, LONGEST)
    return (named.group("name"), named.end(), named.start("name")) if named else None


# What may stand before a venue opening its sentence: nothing, "The", a town's possessive.
VENUE_OPENER_RE = re.compile(r"(?:[Tt]he\s+)?(?:[A-Z][\w-]+\s+){0,2}(?:[A-Z][\w-]+['’]s\s+)?")


def _opens_with_venue(text):
    """Whether `text` (the part of a sentence before an event named in it) opens with a venue
    as its subject ("Port Moresby's International Convention Centre will be the location
    for …", "The Lima Convention Center hosts …"); a venue after "at" or "in" there is an
    earlier meeting's, not the sentence's."""
    venue = _venue_in(text) if text else None
    if not venue:
        return False
    opener = VENUE_OPENER_RE.match(text)
    return opener.end() >= venue[2] and HOSTS_AFTER_RE.match(text, venue[1]) is not None


def _possessive_owner(tokens, first, index):
    """The token ending a town's possessive ("Lima's", "Port Moresby's", up to three words)
    among the first words of a venue's run (before its venue word at `index`), or None."""
    for probe in range(first, min(first + 3, index)):
        if tokens[probe][0].endswith(("'s", "’s")):
            return probe
    return None


def _no_venue(words, tokens, last):
    """Whether the venue-like run (its lower-cased `words`, ending at token `last`) is
    something else: a name holding "APEC" or an event word is the event; a venue word before
    "Office" ("the White House Office of Science …") is an office."""
    if "apec" in words or any(w in KIND_WORDS and w not in PLACE_KIND_WORDS for w in words):
        return True
    return last + 1 < len(tokens) and tokens[last + 1][0] in OFFICE_NAME_WORDS


# A venue's short name after a dash ("Lima Convention Center – LCC") is left out of it.
DASH_ACRONYM_RE = re.compile(r"\s+[–—-]\s*[A-Z][A-Z&]{1,7}\b")
# A venue opening its clause is the place when it hosts: "Lima's Convention Center hosted …".
# So is one that "will be the location (venue) for" a meeting: "Port Moresby's International
# Convention Centre (ICC) will be the location for the … (CSOM)".
HOSTS_AFTER_RE = re.compile(
    r"\s+(?:hosted|hosts|will\s+host|is\s+hosting|welcomed|welcomes"
    r"|(?:will\s+be|is|was)\s+the\s+(?:location|venue)\s+for)\b"
)


def _venue_name_end(text, end):
    """(end of the name, end of what the text says of it): after a word the venue's bracketed
    short name repeats, and after that short name ("(ICC JEJU)", "(LCC)"); a short name after
    a dash ("… Center – LCC") is read past but left out of the name."""
    # "International Convention Center Jeju (ICC JEJU)": a word after the venue word that its
    # bracketed short name repeats is part of the name.
    named = re.match(
        r"\s+([A-Z][\w-]+)(?=\s*\(([A-Z][\w&-]*(?: [A-Z][\w&-]*){1,3})\))", text[end:LONGEST]
    )
    if named and named.group(1).upper() in named.group(2).upper().split():
        end += named.end()
    extra = re.match(r"\s*\(([A-Z][\w&-]{1,15})\)", text[end:LONGEST])
    if extra:
        end += extra.end()
    dash = DASH_ACRONYM_RE.match(text, end)
    return end, (dash.end() if dash else end)


def _venue_start(tokens, index):
    """(first token, subject) of the venue whose venue word is at `index`: written after
    "at", "in" or "the", or opening the text or a clause (after a comma; `subject`: then it
    is a venue only as the subject of "hosted", which the caller checks); (None, False) when
    nothing such leads it."""
    first = index
    while first > 0:
        previous = tokens[first - 1][0]
        if previous.endswith((",", ".")) or previous in ("at", "in", "At", "In"):
            break
        if not (_capitalised(previous) or previous in ("of", "and", "&", "de")):
            break
        first -= 1
    lead = tokens[first - 1][0] if first else ""
    subject = not lead or lead.endswith(",")
    if not subject and lead.lower() not in ("at", "in", "the"):
        return None, False
    while first < index and tokens[first][0].lower() in CONNECTORS | ARTICLES:
        first += 1
    return first, subject


def _venue_run(tokens, index):
    """The last token of the capitalised run the venue word stands in: "Marina Bay Sands Expo
    and Convention Centre" ends at its last venue word, "University of Chile" at its last name."""
    run = index
    while run + 1 < len(tokens) and not tokens[run][0].endswith((",", ".")) and run < index + 8:
        following = tokens[run + 1][0]
        name_word = following[:1].isupper() and following.rstrip(",.").lower() not in MONTH_NUMBERS
        joined = (
            following in ("of", "and", "&", "de")
            and run + 2 < len(tokens)
            and tokens[run + 2][0][:1].isupper()
        )
        if not (name_word or joined):
            break
        run += 1
    return run


def _venue_end(tokens, first, index, brand):
    """The venue's last token: its last venue word, or the whole run for a brand, a name that
    starts with the venue word, or "… of …"."""
    run = _venue_run(tokens, index)
    last = index
    for probe in range(index, run + 1):
        probe_word = tokens[probe][0].rstrip(",.").lower()
        if probe_word in VENUE_WORDS or probe_word in VENUE_BRANDS:
            last = probe
    named_of = last + 1 < len(tokens) and tokens[last + 1][0] in ("of", "de")
    if brand or first == index or named_of:
        last = run  # "the Hilton Lima Miraflores", "Hotel Nikko", "the University of Chile"
    elif last < run and tokens[last + 1][0].rstrip(",.") in VENUE_WINGS:
        last += 1  # "the Moscone Center West": a wing of the venue, part of its name
    while last > index and tokens[last][0].lower() in CONNECTORS:
        last -= 1
    return last


# Days after a meeting's name in a list: "… Meeting from Nov 10 to 11", "… on 17-18 May".
OWN_DAYS_RE = re.compile(rf"\b(?:on|from)\s+(?:the\s+)?(?:{MON}\s*{DD}|{DD}\s+{MON})")
# Where another event's clause ends in the main event's sentence: a comma, a semicolon, the end.
OWN_CLAUSE_END_RE = re.compile(r"[,;]|$")
# A town owning the venue, right before its name: "at Lima's Pacific Convention Center".
POSSESSIVE_BEFORE_RE = re.compile(r"\b(?P<place>[A-Z][\w-]+(?: [A-Z][\w-]+){0,2})['’]s $")


NAME_JOINED_WORD_RE = re.compile(r"\s(?:and|of|for|&)\s+(?=[A-Z])")


def _joined_name_words(text):
    """Where the words after a joiner inside an event's name start ("Finance and Central
    Bank Deputies Meeting": "Central"): a town's name there is a word of the name, no place."""
    starts = set()
    for name, start in _names_in(text, KIND_WORDS):
        starts.update(start + m.end() for m in NAME_JOINED_WORD_RE.finditer(name))
    return starts


def _place_of(place, region, names):
    """(city, economy code, known) for "Lima", "Lima, Peru", "Peru" or "Singapore"."""
    place = _clean(place).strip(" ,.")
    place = re.sub(
        r"\s+(?:on|from|in|at|this|last|next|today|tomorrow|yesterday|tonight"
        r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day)$",
        "",
        place,
        flags=re.I,
    )  # "the island of Phuket Saturday (Sept. 10)": the place ends before the day
    island = ISLAND_AFTER_RE.sub("", place)
    if island != place and names.city(island):
        place = island  # "held on Jeju Island": the town the island is named for (i28l8)
    named_region = REGION_NAME_RE.match(place)
    if named_region:
        # "in Fukui Prefecture": a region, no town; its economy still counts for the host
        rest = named_region.group("rest")
        code = names.region(rest) or names.city(rest) or names.economy(region or "")
        return "", code, bool(code)
    region_code = (names.economy(region) or names.region(region)) if region else None
    owner = POSSESSIVE_RE.match(place)
    if owner and names.economy(owner.group("economy")):
        # "Chile's Los Lagos": the place, in the economy written before it.
        region_code = region_code or names.economy(owner.group("economy"))
        place = place[owner.end() :]
    if region_code and names.city(f"{place}, {region}") == region_code:
        return place, region_code, True  # "St Petersburg, Russia": not the Florida town
    if names.city(place):
        return place, names.city(place), True
    code = names.economy(place)
    if code:
        if names.city(place):  # a city-state: Singapore, Hong Kong
            return place, code, True
        return "", code, True
    if _no_town(place, names):
        return "", None, False
    return place, region_code, bool(region_code)


# "Jeju Island": a known town with "Island" after it (i28l8).
ISLAND_AFTER_RE = re.compile(r"\s+Island$")
# "in the South of Korea": a part of an economy named by its compass point, not a town (i28l8).
COMPASS_WORDS = {
    "north", "south", "east", "west", "central", "northern", "southern", "eastern", "western",
}  # fmt: skip


def _no_town(place, names):
    """Whether an unknown capitalised phrase cannot be a town: a month or a weekday, an
    agency, words of a meeting's or an office's name ("the First Ministers Responsible …"),
    a venue ("… Hotel") or a street ("Lipa Avenue")."""
    words = [w.lower().rstrip(".") for w in place.split()]
    if not words:
        return True
    if place.lower().rstrip(".") in MONTH_NUMBERS or place.lower() in WEEKDAYS:
        return True
    if words == [words[0]] and words[0] in COMPASS_WORDS:
        return True
    first = re.sub(r"['’]s?$", "", place.split()[0])  # "Apec's small … meeting": no town
    if names.agency(place) or first in ("The", "SME", "SMEs", "MSMEs") or first.upper() == "APEC":
        return True
    if any(w in NOT_PLACE_WORDS or w in VENUE_WORDS or w in VENUE_BRANDS for w in words):
        return True
    return words[-1] in STREET_WORDS


def _not_a_town(text, match, following):
    """Whether a known town's name at `match` is part of something else: a person's surname
    ("Ramon Lopez", "Ramon M. Lopez": a name or an initial right before it), a street's
    name (a street word among the `following` words: "Roxas Garcia Avenue Extension") or a
    news agency credited for the report ("reports Xinhua news agency", "reported (AFP)")."""
    if any(word.rstrip(".,").lower() in STREET_WORDS for word in following):
        return True
    if _agency_credit(text, match.start(), match.end()):
        return True
    before = text[max(0, match.start() - 30) : match.start()]
    if PERSON_BEFORE_RE.search(before):
        return True
    # "Reyes Tagle indicated that …": a town and another capitalised name, the subject of a
    # speech verb, are a person's surnames.
    return bool(following) and bool(SAID_AFTER_RE.match(text, match.end()))


# "Ramon Lopez", "Ramon M. Lopez", "Albert del Rosario": a given name or an initial (and a
# particle of a surname) right before a town's name make it a surname.
PERSON_BEFORE_RE = re.compile(
    r"(?:\b[A-Z]\.|\b[A-Z][a-z]+)\s+(?:(?:de|del|dela|de\s+la|da|dos|van|von|bin|binti)\s+)?$"
)
SAID_AFTER_RE = re.compile(
    r"\s+(?:said|says|told|added|noted|stated|indicated|announced|explained|stressed"
    r"|remarked|highlighted|underscored|emphasi[sz]ed)\b"
)


# "reports Xinhua", "reported (AFP)", "according to Reuters": the source of the report.
CREDIT_BEFORE_RE = re.compile(
    r"\b(?:reports?|reported|reporting|according\s+to|quoted\s+by|cited\s+by|told)\s+"
    r"(?:the\s+)?\(?$",
    re.I,
)
CREDIT_AFTER_RE = re.compile(r"\s*(?:news\s+)?(?:agency|wire)\b|\)?\s+(?:reported|reports)\b", re.I)


def _agency_credit(text, start, end):
    """Whether the name at text[start:end] is a news agency credited for the report: after
    "reports"/"according to" (in brackets or not), or followed by "news agency" or
    "reported"."""
    return bool(
        CREDIT_BEFORE_RE.search(text[max(0, start - 30) : start])
        or CREDIT_AFTER_RE.match(text, end)
    )


# An economy's adjective before a government body names that economy ("organised by the
# Chilean Ministry of Economy", "the Peruvian Ministry of Production"); alone ("Japanese trade
# ministry officials said") it names none, so only this pairing is read.
DEMONYMS = {
    "Australian": "AUS",
    "Bruneian": "BRN",
    "Canadian": "CAN",
    "Chilean": "CHL",
    "Indonesian": "IDN",
    "Japanese": "JPN",
    "Korean": "KOR",
    "Malaysian": "MYS",
    "Mexican": "MEX",
    "Papua New Guinean": "PNG",
    "Peruvian": "PER",
    "Filipino": "PHL",
    "Russian": "RUS",
    "Singaporean": "SGP",
    "Thai": "THA",
    "American": "USA",
    "Vietnamese": "VNM",
}
# A venue written in capitals, two words or more ("SHANGRI-LA HOTEL"); words of three letters
# or more; a run of letters (i29b).
CAPITALS_VENUE_RE = re.compile(r"[A-Z][A-Z&'’-]*(?:\s[A-Z][A-Z&'’-]*)+")
LONG_WORD_RE = re.compile(r"[A-Za-z]{3,}")
LETTERS_RE = re.compile(r"[A-Za-z]+")
# Each economy's capital, for "the Peruvian capital" (i29b).
CAPITALS = {
    "AUS": "Canberra",
    "BRN": "Bandar Seri Begawan",
    "CAN": "Ottawa",
    "CHL": "Santiago",
    "CHN": "Beijing",
    "IDN": "Jakarta",
    "JPN": "Tokyo",
    "KOR": "Seoul",
    "MYS": "Kuala Lumpur",
    "MEX": "Mexico City",
    "NZL": "Wellington",
    "PNG": "Port Moresby",
    "PER": "Lima",
    "PHL": "Manila",
    "RUS": "Moscow",
    "SGP": "Singapore",
    "TWN": "Taipei",
    "THA": "Bangkok",
    "USA": "Washington",
    "VNM": "Hanoi",
}
CAPITAL_AFTER_RE = re.compile(r"\s+capital\b(?!\s+(?:city\s+of\s+)?[A-Z])")
DEMONYM_BODY_RE = re.compile(
    r"\b(?P<adjective>" + "|".join(DEMONYMS) + r")\s+(?:Government|Ministry|Department|Agency"
    r"|Embassy|Office|Secretariat|Council|Chamber|Corporation)\b"
)


def _economies(text, names):
    found = [(start, code) for code, _, start in names.find(text)]
    found += [(m.start(), DEMONYMS[m.group("adjective")]) for m in DEMONYM_BODY_RE.finditer(text)]
    codes = []
    for _, code in sorted(found):
        if code not in codes:
            codes.append(code)
    return codes


# An economy named by its adjective in a chair's office ("Peruvian Minister of Production",
# "minister of the Chinese State Economic and Trade Commission"): any adjective there names
# the chair's economy, not only one before a government body; "Chinese Taipei" is a name.
ECONOMY_ADJECTIVES = DEMONYMS | {"Chinese": "CHN", "Philippine": "PHL"}
ECONOMY_ADJECTIVE_RE = re.compile(
    rf"\b(?P<adjective>{'|'.join(sorted(ECONOMY_ADJECTIVES, key=len, reverse=True))})\b"
    r"(?!\s+Taipei)"
)


def _adjective_economies(text):
    """The economies named by their adjectives in `text`, in order."""
    codes = []
    for match in ECONOMY_ADJECTIVE_RE.finditer(text):
        code = ECONOMY_ADJECTIVES[match.group("adjective")]
        if code not in codes:
            codes.append(code)
    return codes


def _unquoted(text):
    return QUOTED_RE.sub(lambda m: " " * len(m.group(0)), text)


def _who(text, names):
    """The names after "hosted by", "in partnership with": up to the first word that ends
    them ("on", "in", "for", a full stop), unless it lies inside an agency's name
    ("Agency for Enterprise Development")."""
    inside = [(start, start + len(name)) for _, name, start in names.find(text)]
    clause = re.search(r",\s+(?!and\b|or\b)(?=[a-z])", text)  # ", will run …": the names end
    text = text[: clause.start()] if clause else text
    for cut in BY_CUT_RE.finditer(text):
        if not any(start < cut.end() and cut.start() < end for start, end in inside):
            return text[: cut.start()]
    return text


OWNED_ACRONYM_RE = re.compile(r"['’]s\s+([A-Z]{2,6})\b")


def _acronym_owners(sentences, names):
    """Acronyms the text gives an economy ("Taiwan's MOEA"): acronym -> the economy's name,
    so that "organised by MOEA and …" later names that economy."""
    owners = {}
    for sentence in sentences:
        text = sentence.text[:LONGEST]
        for _code, name, start in names.find(text):
            match = OWNED_ACRONYM_RE.match(text, start + len(name))
            if match:
                owners.setdefault(match.group(1), name)
    return owners


def _with_owners(text, owners):
    """ "by MOEA and …" -> "by Taiwan's MOEA and …" for the acronyms in `owners`."""
    if not owners:
        return text
    pattern = r"(?<!['’]s )\b(" + "|".join(map(re.escape, owners)) + r")\b"
    return re.sub(pattern, lambda m: f"{owners[m.group(1)]}'s {m.group(1)}", text)


def _host_facts(sentences, names, owners=None):
    """(hosts, co-hosts, organisers), each [(code, line)], read from `sentences`.

    Cues, each read by its own function: "co-organised with", "in partnership with" (co-hosts);
    "hosted by", "co-hosted by", "organised by" (by whom); "A hosts the …", "A and B co-host …"
    (the subject of the verb); "with A as co-host".
    """
    hosts, co_hosts, organisers = [], [], []
    for sentence in sentences:
        text = _with_owners(_unquoted(sentence.text[:LONGEST]), owners)
        line = sentence.line
        text = _partners(text, names, line, co_hosts)
        _by_whom(text, names, line, hosts, co_hosts, organisers)
        _subjects(text, names, line, hosts, co_hosts, organisers)
        _as_co_hosts(text, names, line, co_hosts)
        _pair_co_hosts(text, names, line, co_hosts)
    return hosts, co_hosts, organisers


# Two economies joined by a hyphen before the verb: "a U.S.-Japan co-hosted event".
PAIR_CO_RE = re.compile(
    r"(?<![\w.-])(?P<a>[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2})-(?P<b>[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2})"
    r"\s+(?:co-?\s?(?:hosted|organi[sz]ed|sponsored)|jointly\s+(?:hosted|organi[sz]ed))\b"
)


def _pair_co_hosts(text, names, line, co_hosts):
    if "-" not in text:
        return
    for match in PAIR_CO_RE.finditer(text):
        codes = [names.economy(match.group(side)) for side in ("a", "b")]
        if all(codes):
            co_hosts.extend((code, line) for code in codes)


def _partners(text, names, line, co_hosts):
    """Co-hosts after "co-organised with" or "in partnership with"; the text without them."""
    for match in CO_WITH_RE.finditer(text):
        who = _who(match.group("who"), names)
        co_hosts.extend((code, line) for code in _economies(who, names))
        # The partner is no subject of the sentence's verb ("MBIE, in partnership with
        # Australia's department, will host …": MBIE hosts).
        text = (
            text[: match.start()]
            + " " * (match.start("who") + len(who) - match.start())
            + text[match.start("who") + len(who) :]
        )
    return text


def _by_whom(text, names, line, hosts, co_hosts, organisers):
    for match in BY_RE.finditer(text):
        codes = _economies(_who(match.group("who"), names), names)
        verb = match.group("verb").lower()
        if verb in ("supported", "sponsored") and not match.group("co"):
            continue
        if match.group("co"):
            target = co_hosts
        elif verb in ("hosted", "host"):
            target = hosts
        else:
            target = organisers
        target.extend((code, line) for code in codes)


def _subjects(text, names, line, hosts, co_hosts, organisers):
    previous = 0
    for match in SUBJECT_RE.finditer(text):
        codes = _economies(_subject(text, match.start(), previous), names)
        previous = match.end()
        verb = match.group("verb").lower()
        # Two economies hosting or organising together co-host ("Japan and the United States
        # cooperated closely to organize and support the … Summit").
        if verb.startswith(("co", "jointly")) or len(codes) > 1:
            co_hosts.extend((code, line) for code in codes)
        elif "host" in verb:
            hosts.extend((code, line) for code in codes)
        else:
            organisers.extend((code, line) for code in codes)
    for match in CO_VERB_RE.finditer(text):  # "Chinese Taipei and Thailand co-host …"
        codes = _economies(_subject(text, match.start(), 0), names)
        if len(codes) > 1:
            co_hosts.extend((code, line) for code in codes)


def _as_co_hosts(text, names, line, co_hosts):
    for match in AS_CO_HOST_RE.finditer(text):  # "with X as co-host"
        with_ = text.rfind("with ", max(0, match.start() - 200), match.start())
        if with_ != -1:
            who = text[with_ + 5 : match.start()]
            co_hosts.extend((code, line) for code in _economies(who, names))


HEADLINE_HOST_RE = re.compile(
    r"^(?P<who>.{2,200}?)\s+(?P<verb>(?:to|will)\s+(?:co-?\s?)?host|(?:co-?\s?)?hosts|co-?\s?host"
    r"|(?:to|will)\s+(?:jointly\s+)?(?:hold|organi[sz]e|convene|stage)|(?:co-?)?organi[sz]es"
    r"|holds|convenes|welcomes?)\b",
    re.I,
)


def _host_of_co_hosts(result, co_hosts, organisers, place_code, proposer):
    """The host among economies named only as co-hosts: the place's economy, else the one
    that did not propose the initiative, else the first named (both with a warning).
    Returns (host, co-hosts, confidence)."""
    codes = [code for code, _ in co_hosts]
    organiser = organisers[0][0] if organisers else None
    if place_code in codes:
        return place_code, co_hosts, "high"
    if place_code or (organiser and organiser not in codes):
        # "co-hosted by Chile" for an event in Arequipa: Peru hosts, Chile co-hosts.
        host = place_code or organiser
        line = result.facts["city"].line if place_code else organisers[0][1]
        return host, [(host, line), *co_hosts], "high"
    if proposer in codes and len(codes) == 2:
        host = next(code for code in codes if code != proposer)
        result.warn(
            f"The text names {len(codes)} co-hosts; {host} is taken as the host because "
            f"{proposer} proposed the initiative the event belongs to. Check the host.",
            co_hosts[0][1],
            "host-inferred",
        )
        return host, co_hosts, "low"
    host = codes[0]
    result.warn(
        f"The text names {len(codes)} co-hosts and no host; the first named ({host}) "
        "is taken as the host. Check the host.",
        co_hosts[0][1],
        "host-inferred",
    )
    return host, co_hosts, "low"


# A count of events after the headline's verb: "to host 18 APEC events", "hosts 12 meetings".
COUNTED_EVENTS_RE = re.compile(
    r"\s+(?:more\s+than\s+|over\s+|some\s+)?\d{1,3}\s+(?:APEC\s+)?(?:[a-z-]+\s+)?"
    r"(?:events|meetings|forums|workshops|activities)\b",
    re.I,
)


def _headline_hosts(headline, names):
    """(hosts, co-hosts) a headline names: "A and B to host …" (both co-host), "A hosts …"."""
    text = _unquoted(headline.text[:LONGEST])
    match = HEADLINE_HOST_RE.match(text)
    if not match or COUNTED_EVENTS_RE.match(text, match.end()):
        # "Taiwan set to host 18 APEC events in 2041": a count of its own events, not the one
        # the text reports (i28l9)
        return [], []
    codes = _economies(match.group("who"), names)
    found = [(code, headline.line) for code in codes]
    if len(codes) > 1 or "co" in match.group("verb").lower().replace("convene", ""):
        return [], found
    return found, []


def _subject(text, verb_start, previous=0):
    """The words before a verb, back to the sentence's start, a semicolon or the last verb."""
    start = max(previous, verb_start - 300, text.rfind(";", 0, verb_start) + 1)
    return text[start:verb_start]


def _unique(pairs):
    seen, kept = set(), []
    for code, line in pairs:
        if code not in seen:
            seen.add(code)
            kept.append((code, line))
    return kept


# --- Officials ----------------------------------------------------------------------------------


def _title_after(text):
    """The title that follows a name and its comma, cut where the next name or verb begins."""
    stop = TITLE_STOP_RE.search(text)
    title = text[: stop.start()] if stop else text
    title = title.strip(" ,.;")
    if len(title) > 300 or not ROLE_RE.search(title) or not title[:1].isalpha():
        return ""
    return title


def _officials_in(sentence, names):
    """(name, title) of each person the sentence names with a title or as a speaker."""
    text = sentence.text[:LONGEST]
    found = [
        *_honorific_officials(text, names),
        *_said_officials(text, names),
        *_titled_officials(text, names),
    ]
    return [(name, title) for _, name, title in sorted(found)]


def _honorific_officials(text, names):
    """People written with an honorific ("Mr.", "Minister") who have a title or speak."""
    found = []
    speaking = None  # searched for once, when a name without a title needs it
    for match in HONORIFIC_NAME_RE.finditer(text):
        honorific = SPACES_RE.sub(" ", match.group("hon"))
        words = match.group("name").split()
        while words and (words[-1].lower() in ("and", "of", "the") or _kind_of(words[-1])):
            words.pop()
        if not words or names.economy(" ".join(words)) or names.agency(" ".join(words)):
            continue
        name = " ".join(words)
        rest = text[match.end() :]
        title = _title_after(rest[2:]) if rest.startswith(", ") else ""
        if honorific.lower() in ROLE_HONORIFICS:
            title = title or honorific
            written = name
        else:
            dot = "." if text[match.start() + len(match.group("hon")) :][:1] == "." else ""
            written = f"{honorific}{dot} {name}"
        if not title and speaking is None:
            speaking = SPEAKING_RE.search(text) is not None
        if title or speaking:
            found.append((match.start(), written, title))
    return found


def _said_officials(text, names):
    """ "…, said Jane Doe, Minister of …" and "… by Jane Doe, Minister of …"."""
    found = []
    for pattern in (SAID_NAME_RE, BY_NAME_RE):
        for match in pattern.finditer(text):
            title = _title_after(text[match.end() :])
            name = match.group("name")
            if title and not re.match(HONORIFIC, name) and not names.find(name):
                found.append((match.start("name"), name, title))
    return found


def _titled_officials(text, names):
    """ "Jane Doe, Minister of …, said"."""
    found = []
    for match in NAME_TITLE_SAID_RE.finditer(text):
        name, title = match.group("name"), match.group("title").strip()
        if re.match(HONORIFIC + r"\b", name) or names.find(name) or not ROLE_RE.search(title):
            continue
        if name.split()[0] in ("The", "This", "APEC", "In", "On", "At"):
            continue
        found.append((match.start("name"), name, title))
    return found


def _surname(name):
    return name.split()[-1].lower() if name.split() else ""


def _add_officials(officials, found):
    for name, title in found:
        same = [i for i, (known, _) in enumerate(officials) if _surname(known) == _surname(name)]
        if same:
            index = same[0]
            if not officials[index][1] and title:
                officials[index] = (officials[index][0], title)
            continue
        officials.append((name, title))


# --- Initiatives -------------------------------------------------------------------------------


@dataclass
class _Initiatives:
    """The portal's initiatives by every name: one pattern finds any of them in a sentence."""

    by_key: dict  # _key(name) -> slug
    pattern: re.Pattern | None

    @classmethod
    def load(cls):
        by_key, names = {}, set()
        for slug, title, aliases in Initiative.objects.values_list("slug", "title", "aliases"):
            for name in (title, *aliases):
                if len(name) >= 4:
                    by_key.setdefault(_key(name), slug)
                    names.add(name)
        names = sorted(names, key=len, reverse=True)
        alternatives = "|".join(re.escape(name).replace(r"\ ", r"\s+") for name in names)
        pattern = re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.I) if names else None
        return cls(by_key, pattern)

    def find(self, text):
        """(slug, position) of the first initiative named in `text`, or None."""
        if self.pattern is None:
            return None
        for match in self.pattern.finditer(text):
            slug = self.by_key.get(_key(match.group(0)))
            if slug:
                return slug, match.start()
        return None


def _initiative(event_title, sentences, all_sentences, initiatives):
    """(slug or name as written, line, known) of the initiative the event belongs to."""
    for key in (_key(event_title), _key(_series(event_title))):
        if key in initiatives.by_key:
            return initiatives.by_key[key], None, True
    for group in (sentences, [s for s in all_sentences if not FUTURE_RE.search(s.text)]):
        for sentence in group[:FACT_SENTENCES]:
            found = initiatives.find(sentence.text[:LONGEST])
            if found:
                return found[0], sentence.line, True
    for group in (sentences, [s for s in all_sentences if not FUTURE_RE.search(s.text)]):
        for sentence in group[:FACT_SENTENCES]:
            for quoted in QUOTED_RE.finditer(sentence.text[:LONGEST]):
                series = _series(quoted.group(1))
                if re.search(r"\bInitiative\b", series) and len(series.split()) >= 3:
                    return series.strip(), sentence.line, False
            for name, _ in _names_in(sentence.text, {"initiative"}):
                if len(name.split()) >= 3:
                    return name, sentence.line, False
    return "", None, False


# --- The reader ---------------------------------------------------------------------------------


def _default_names():
    names = EconomyNames.from_economies(Economy.objects.all())
    return names


# The facts the reader looks for in every record, named in a warning when it finds none.
def event_document_read(text, *, source_url="", names=None):
    """Read a news release or event page into a document result holding one record per event.

    Raises ImportRefused when the text names no event with a date.
    """
    text = text if isinstance(text, str) else str(text)
    document = ImportResult("event", text)
    names = names or _default_names()
    doc = _Document(text, names)
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


def _joined(sentences, more):
    """`sentences`, then those of `more` not among them, at most FACT_SENTENCES."""
    taken = {id(sentence) for sentence in sentences}
    return [*sentences, *(s for s in more if id(s) not in taken)][:FACT_SENTENCES]


class _PlaceFound:
    """What the place readers have found so far: (city, line, confidence), (venue, line) and
    the economy code; each fact is kept from the first reader that finds it."""

    def __init__(self):
        self.city = None
        self.venue = None
        self.code = None

    def add_code(self, code):
        self.code = self.code or code


class _Reader:
    def __init__(self, doc, document, names, source_url, mentions):
        self.doc = doc
        self.document = document
        self.names = names
        self.source_url = source_url
        self.mentions = mentions
        self.main = None
        self.opening = None  # the meeting that opened the umbrella event read as the main
        self._order = None  # each body sentence's place in the text (`_at`)
        self._umbrella = None
        self._host_city_found = None  # (city found or None,) once read
        self._participants_city_found = None  # likewise
        self._now = set()  # ids of further records under way now, undated (`_undated_now`)
        self.initiatives = None

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
        for group in (quoted_body, headline, self._dated_first(by_source.get("body", []))):
            if group:
                main = group[0]
                if main.sentence.paragraph < 0:
                    main = self._headline_in_body(main)
                    if self._headline_only_ahead(main, by_source.get("body", [])):
                        continue
                # A fuller form of the same name (with its subtitle) elsewhere wins.
                for other in self.mentions:
                    fuller = other.key == main.key and len(other.name) > len(main.name)
                    if fuller and other.source in ("quote", "field"):
                        main = Mention(other.name, main.sentence, main.position, main.source)
                return self._apec_first(self._numbered_form(main))
        return None

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
        in_body = [
            other
            for other in self.mentions
            if other.sentence.paragraph >= 0
            and (
                _same_unnumbered(other.key, main.key)
                or _same_by_acronym(other.key, main.key)
                or _same_spelled_out(other.key, main.key)
                or (capitals and _same_glued(other.key, main.key))
            )
        ]
        if not in_body:
            in_body = self._named_in_body(main)
        if not in_body:
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

    def _numbered_form(self, main):
        """The body's numbered name of the main event ("36th APEC SME Ministerial Meeting"
        for "the 2029 APEC SME Ministerial Meeting" of a quoted remark), read from there."""
        if ORDINAL_TOKEN_RE.match(main.key):
            return main
        for other in self.mentions:
            numbered = other.sentence.paragraph >= 0 and ORDINAL_TOKEN_RE.match(other.key)
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
            if YEAR_WORD_RE.search(sentence.text[:LONGEST]):
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
        self.main = main
        self.initiatives = _Initiatives.load()
        others = [
            m
            for m in self.mentions
            if not _same_meeting(m.key, main.key) and m.sentence.paragraph >= 0
        ]
        siblings = self._sibling_sentences(main, others)
        other_sentences = {id(m.sentence) for m in others} | {id(s) for s, _ in siblings}
        other_sentences |= {id(s) for s in map(self._follow_up, others) if s is not None}
        # "WES will take place in conjunction with the third … Meeting in San Francisco,
        # September 13-16": a sentence whose subject is the main event's own acronym is the
        # main event's, whatever else it names.
        own = self._acronym_sentences(main) + self._short_name_subjects(main)
        other_sentences -= {id(sentence) for sentence in own}
        kind = self._main_kind(main, built_title)
        sources = _joined(self._main_sources(main, kind, other_sentences), own)
        if self.opening is not None and self.opening.sentence not in sources:
            sources.append(self.opening.sentence)  # the umbrella's first day and place
        fields = [doc.fields[k] for k in ("date", "venue", "city", "format") if k in doc.fields]
        context = _context(doc, sources)

        main_record = self._record_main(
            main, kind, sources, fields, context, other_sentences, built_title
        )
        records = [(self._at(main.sentence), main.position, main_record)] if main_record else []
        records += self._other_records(main, others, context, main_record)
        if main_record:
            records += self._sibling_records(main, main_record, kind, siblings, context, records)
        self.document.records = [record for _, _, record in sorted(records, key=lambda r: r[:2])]
        self._week_venue(self.document.records)

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
        Meeting", "since Lima hosted …", "… in Osaka 28 years ago") is not its event."""
        self.mentions = [m for m in self.mentions if not _recalled(m)]
        self.main = self._choose_main()
        self.opening = self._opening_of_umbrella(self.main)
        if self.opening is not None:
            self.main = self._umbrella
            return self.main, False
        if self.main is not None:
            ministers = self._ministers_of_headline(self.main)
            if ministers is not None:
                return ministers, ministers.source == "built"
            built = self._who_meets_before(self.main)
            return (built, True) if built else (self.main, False)
        return self._built_main()

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
        """A meeting built from who met ("SME ministers met", "trade ministers gathered") or
        an event named only by its kind ("the APEC symposium"), else (None, False)."""
        for sentence in self.doc.body:
            # The shortest text the pattern takes, "SME ministers met", has 17 characters.
            if len(sentence.text) >= 17 and MINISTERS_MET_RE.search(sentence.text[:LONGEST]):
                return Mention(SME_BUILT_TITLE, sentence, 0, "built"), True
        for sentence in self.doc.body:
            title = _title_of_who_meets(sentence.text[:LONGEST])
            if title:
                return Mention(title, sentence, 0, "built"), True
        heads = [self.doc.headline] if self.doc.headline is not None else []
        for sentence in [*self.doc.body, *heads]:
            plain = _plain_name(sentence.text[:LONGEST])
            if plain:
                name = plain[0]
                lede = self._meeting_began_lede() if re.fullmatch(r"APEC [a-z]+", name) else None
                if lede is not None:  # "an APEC meeting": its own day and place are said there
                    return Mention(name, lede, 0, "body"), False
                return Mention(name, sentence, plain[1], "body"), False
        return None, False

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
            if after_own or _about_main(sentence.text[:LONGEST], anaphora, series, kind):
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
            rf"\ban?\s+(?:(?:\w+|\d+)-day\s+)?(?:(?:ministerial|plenary|annual|regional)\s+)?"
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
        seen = {main.key}
        tries = collections.Counter()
        # "…, the meetings will end on Wednesday, November 20, with the APEC Economic Leaders'
        # Meeting" above the list item "19-20 November, APEC Economic Leaders' Meeting": the
        # meeting is read from its list item, which gives its own days.
        listed = [m.key for m in others if _list_item(m) or _dated_list_item(m)]
        for other in others:
            if any(_same_meeting(other.key, key) for key in seen):
                continue
            in_list = _list_item(other) or _dated_list_item(other)
            if not in_list and any(_same_meeting(other.key, key) for key in listed):
                continue
            tries[other.key] += 1
            if tries[other.key] > NAMINGS_TRIED:
                continue  # a name repeated without days of its own: not read again
            record = self._record_other(other, context)
            if record and _recalled_year(record, main_record):
                continue  # "Last year, the … Meeting was held in Da Nang on November 8-9, 2040"
            if record:
                seen.add(other.key)  # a later naming with its own days still counts
                _city_of_main(record, main_record, now=id(record) in self._now)
                records.append((self._at(other.sentence), other.position, record))
        return records

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
            dated = _dated_places(text, self._sibling_places(text))
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
        date = _best_date(sources, context, main)
        if header_day and context.release and (date is None or date.precision == "month"):
            # "Eighth APEC SME Ministerial Meeting" over "Shanghai, People's Republic of China,
            # 28 August 2001": a speech's or meeting paper's header gives the event's day; a
            # month the body says ("the Leaders Meeting in October") does not replace it.
            date = DateFound(context.release, context.release_end, "day", "", context.release_line)
        if date is None and _named_for_later_year(result.value("title"), context):
            fallback_page = False  # "the 2043 … Summit" on a page of 2042: not its day
        date = date or _fallback_date(sources, context, fallback_page)
        if date is None:
            return False
        self._count_back(result, date, sources)
        low = bool(date.year_from) or date.relative
        confidence = "low" if low else "high"
        result.fact("start_date", date.start, date.line, confidence)
        result.fact("end_date", date.end, date.line if date.end else None, confidence)
        result.fact("date_precision", date.precision, date.line, confidence)
        if date.year_from == "page":
            result.warn(
                "No date of the event was found in the text; the release's own date is used. "
                "Check the first day.",
                date.line,
                "date-from-page",
            )
        elif date.year_from:
            source = context.release_line if context.release else context.year_line
            result.warn(
                f"“{date.written}” gives no year; {date.start.year} is taken from "
                f"{date.year_from}" + (f" (line {source})" if source else "") + ". Check it.",
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
                f"“{date.written}” is read against the release's date as "
                f"{date.start:%-d %B %Y}; check it.",
                date.line,
                "date-relative",
            )
        return True

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
                date.start, date.end = last - datetime.timedelta(days=days - 1), last
                result.warn(
                    f"The text gives the last day ({last:%-d %B %Y}) and says “{match.group(0)}”; "
                    f"the first day is counted back to {date.start:%-d %B %Y}. Check it.",
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
        self._place_from_fields(found)
        scan = list(sources) + ([self.doc.headline] if headline and self.doc.headline else [])
        for sentence in scan:
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
                self._city_held_in(found, sentence, text)
        self._venue_town_over_unknown_place(found)
        steps = (
            lambda: self._place_of_phrase(scan, found),
            lambda: self._city_referred_in(scan, found),
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
            self._host_city,
            lambda: self._city_welcomed_to(result.value("virtual")),
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
            place, place_code, _known = _place_of(dateline_city, region, self.names)
            if place and not virtual:
                found.city = (place, line, "high")
            found.add_code(place_code)
        if found.city is None and not virtual:
            self._lede_place(found)

    def _lede_place(self, found):
        """The place a lede opens with when no dateline gives one ("In China's port city of
        Qingdao, senior officials …", LEDE_PLACE_RE): where the text's events are."""
        lede = LEDE_PLACE_RE.match(self.doc.body[0].text) if self.doc.body else None
        if lede is None:
            return
        place, code, known = _place_of(lede.group("place"), None, self.names)
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
                city = next((word for word in words if self.names.city(word)), None)
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
            if REGION_AFTER_RE.match(text, match.end("place")):
                found.add_code(_place_of(match.group("place"), "", names)[1])
                continue  # "held in Chile's Biobío region": a region, not a town
            place, place_code, known = _place_of(match.group("place"), match.group("region"), names)
            if found.venue and place and place in found.venue[0]:
                continue
            if not known and NAME_GOES_ON_RE.match(text, match.end("place")):
                # "participation in the Asia-Pacific Economic Cooperation (APEC) Leaders'
                # Meeting": the words are the start of an event's name, no place (i28l9)
                continue
            alone = _place_of(match.group("place"), "", names)
            if match.group("prep") == "at" and not alone[2]:
                # "at Te Papa, Wellington", "at Casa Andina in Cusco": a venue, and the city
                # after it.
                if alone[0] and found.venue is None:
                    found.venue = (alone[0], sentence.line)
                place, place_code, known = self._city_after_venue(match, text)
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
        for match in re.finditer(rf"(?<![\w-])(?P<place>{PLACE})", text):
            if _taken(names, match.start(), match.start() + 1) or match.start() in joined:
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
        if len(words) > 1 and words[0] == "The":
            words = words[1:]  # "The Arequipa Convention Center hosted …": the article is no town
        elif len(words) > 1 and words[0] in ("In", "At"):
            # "In Beijing, I will take part in the …": a sentence's opening "In" is the cue
            # before the town, not a word of it (i28l9)
            offset = len(words[0]) + 1
            words = words[1:]
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

    def _city_in_venue_name(self, venue):
        """ "Gyeongju Hwabaek Convention Center" -> ("Gyeongju", line, "low"): a known city
        that begins (or ends) the venue's name, when nothing else names the city; None when the
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
        # A city ending the name ("International Convention Center Jeju") counts as well.
        sizes = range(min(3, len(words) - 1), 0, -1)
        for place in [" ".join(words[:n]) for n in sizes] + [" ".join(words[-n:]) for n in sizes]:
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
            code = code or self.names.city(city[0])
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
        """(code, line, "low", cue) when no text names the host: a ministerial meeting's
        chair's economy, else the economy a venue's name begins with (each warned)."""
        if result.value("kind") == EventKind.MINISTERIAL_MEETING:
            host, host_line = self._chair_economy(sources)
            if host:
                result.warn(
                    f"No host was named; {host} is the economy of the meeting's chair (a "
                    "ministerial meeting is chaired by its host). Check the host.",
                    host_line,
                    "host-from-chair",
                )
                return host, host_line, "low", "the chair's ministry"
        host, host_line, confidence, cue = self._economy_of_banner(result)
        if host:
            result.warn(
                f"No host was named; {host} is the economy of the page's banner (a host "
                "year's site). Check the host.",
                host_line,
                "host-from-banner",
            )
            return host, host_line, confidence, cue
        host, host_line, confidence, cue = self._economy_of_host_year(result)
        if host:
            result.warn(
                f"No host was named; {host} is the economy whose host year the text names for "
                "the event's year. Check the host.",
                host_line,
                "host-from-host-year",
            )
            return host, host_line, confidence, cue
        host, host_line, confidence, cue = self._economy_of_venue(result)
        if host:
            result.warn(
                f"No host, city or economy is named; {host} is read from the venue's name "
                f"(“{result.value('venue')}”). Check the host.",
                host_line,
                "host-from-venue",
            )
        return host, host_line, confidence, cue

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
        if start:
            found = [item for item in found if item[0] == start.year]
        elif len({code for _, code, _ in found}) != 1:
            # An event without a year: the host year the text names counts only when the text
            # names one economy's ("the tail end of Malaysia's host year", i28l9).
            return None, None, "high", ""
        if found:
            return found[0][1], found[0][2], "low", HOST_YEAR_CUE
        return self._economy_of_host_year_name(start) if start else (None, None, "high", "")

    def _host_years(self):
        """[(year or None, code, line)] of the host years the text names: "Thailand's host year
        in 2022", "the U.S. APEC 2023 host year" in the headline or the body, then
        `_economies_playing_host`."""
        found = []
        for sentence in ([self.doc.headline] if self.doc.headline else []) + self.doc.body:
            for match in HOST_YEAR_RE.finditer(sentence.text[:LONGEST]):
                year = match.group("year") or match.group("year_after")
                code = self.names.economy(match.group("who"))
                if code:
                    found.append((int(year) if year else None, code, sentence.line))
        return found + self._economies_playing_host()

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

    def _chair_economy(self, sources):
        """(code, line) of the economy named in "chaired by New Zealand's Minister …" or
        "under the chairmanship of …, Minister … of Malaysia", else (None, None)."""
        taken = {id(sentence) for sentence in sources}
        scan = list(sources) + [s for s in self.doc.body if id(s) not in taken]
        for sentence in scan[:FACT_SENTENCES]:
            text = _unquoted(sentence.text[:LONGEST])
            match = CHAIR_RE.search(text)
            who = match.group("who") if match else ""
            codes = _economies(who, self.names) or _adjective_economies(who)
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
        title = re.sub(r"^APEC['’]s ", "APEC ", title)  # "APEC's X Forum" is the APEC X Forum
        title = GLUED_POSSESSIVE_RE.sub(" ", title)  # "Leaders'Meeting": "Leaders' Meeting"
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

    def _record_main(self, main, kind, sources, fields, context, other_sentences, built):
        result = self._new(main.name, main.sentence.line, kind, "low" if built else "high")
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
        place_code = self._fact_place(result, [clause, *sources], clause=clause, loose=loose)
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
        later = [
            m.position
            for m in self.mentions
            if m.sentence is mention.sentence and m.position > mention.position
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
        if not FOLLOW_UP_RE.match(following.text):
            return None
        named = any(m.sentence is following for m in self.mentions)
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
        announced = WHOSE_MEETING_RE.match(other.sentence.text, other.position)
        if _only_mentioned(other) and not (announced or _own_day_said(clause, context)):
            # "… will be presented to the APEC Economic Leaders' Meeting in November"; but
            # "the report for the Ministers responsible for Trade, whose meeting begins
            # tomorrow" and "preparations for the … Meeting that will take place tomorrow"
            # announce that meeting's own day.
            return None
        dates = _dates_in(other.sentence, context)
        listed = _programme_item(other)
        now = _undated_now(other.sentence, context) or listed
        if not any(d.precision in ("day", "month") for d in dates) and not now:
            follow_up = self._follow_up(other)
            if follow_up is None:
                return None
            dates = _dates_in(follow_up, context)
            if not any(d.precision in ("day", "month") for d in dates):
                return None
            clause = Sentence(f"{clause.text} {follow_up.text}", other.sentence.line)
        kind = _kind_of(other.name) or EventKind.OTHER
        result = self._new(other.name, other.sentence.line, kind)
        # A day in the event's own clause is its day; the rest of the sentence (the days of an
        # event named later in it: "… Meeting co-chaired by … on Nov. 16-17 and the … Meeting on
        # Nov. 13-14") counts only when the clause gives none.
        own = any(d.precision in ("day", "month") for d in _dates_in(clause, context))
        date_sources = [clause] if own else [clause, other.sentence]
        self._fact_date(result, date_sources, context, fallback_page=False, main=False)
        self._fact_virtual(result, [other.sentence])
        # a programme's item is in its meeting's city (`_city_of_main`), not the dateline's
        place_code = None if listed else self._fact_place(result, [clause], False, clause=clause)
        if _month_only_mention(result, clause):
            return None
        slug = self._fact_initiative(result, other.name, [other.sentence], use_field=False)
        self._fact_hosts(result, [other.sentence], place_code, self._proposer(slug))
        self._fact_officials(result, [other.sentence])
        result.fact("summary", other.sentence.text, other.sentence.line)
        result.fact("source_url", self.source_url)
        event_check_lengths(result)
        if now:
            self._now.add(id(result))
        return result

    def _record_siblings(self, main, main_record, kind, sentence, places, context):
        """One record per city of a sentence such as "… held in Tomsk and Taipei this June"."""
        for city, position, month_match, kind_word in places:
            sibling_kind = PLURAL_KINDS.get(kind_word) or kind
            series = main.series
            if sibling_kind != kind:
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
            probe = Sentence(month_match.group(0), sentence.line)
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


# --- How sure a text is a news release or event page --------------------------------------------

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


def _dateless_score(sample):
    """1 for a text that names an APEC event but no date (read with an empty first day and a
    warning), else 0: event words alone are no evidence."""
    try:
        records = event_document_read(sample).records
    except ImportRefused:
        return 0
    return 1 if any("APEC" in str(record.value("title")) for record in records) else 0


# --- Correction, JSON, duplicates, saving -------------------------------------------------------

EVENT_FACT_FIELDS = [
    FactField("title", "Title", max_length=LIMITS["title"], required=True),
    FactField("kind", "Kind", kind="choice", required=True, choices=tuple(EventKind.choices)),
    FactField("start_date", "First day", kind="date", required=True),
    FactField("end_date", "Last day", kind="date", help_text="Empty for a one-day event."),
    FactField(
        "date_precision",
        "Date precision",
        kind="choice",
        required=True,
        choices=tuple(DatePrecision.choices),
        help_text="'Month only' when the text gives the month but not the day.",
    ),
    FactField("city", "City", max_length=LIMITS["city"]),
    FactField("venue", "Venue", max_length=LIMITS["venue"]),
    FactField("host_economy", "Host economy", kind="choice"),
    FactField("co_host_economies", "Co-host economies", kind="codes"),
    FactField("virtual", "Held online", kind="boolean"),
    FactField(
        "initiative",
        "Initiative",
        max_length=200,
        help_text="The address name (slug) of an initiative in the portal, or empty.",
    ),
    FactField(
        "officials",
        "Officials who spoke",
        kind="pairs",
        help_text="One a line: name | title.",
    ),
    FactField("summary", "Summary"),
    FactField("source_url", "Source link", max_length=500),
]


def event_fact_fields(economies=None):
    """The correctable facts of an event, with the economies as choices."""
    economies = Economy.objects.all() if economies is None else economies
    choices = tuple((economy.code, economy.name) for economy in economies)
    fields = []
    for spec in EVENT_FACT_FIELDS:
        if spec.name in ("host_economy", "co_host_economies"):
            spec = FactField(
                spec.name, spec.label, spec.kind, spec.max_length, spec.required, choices,
                spec.help_text,
            )  # fmt: skip
        fields.append(spec)
    return fields


def _check_initiative(cleaned):
    slug = (cleaned.get("initiative") or "").strip()
    if slug and not Initiative.objects.filter(slug=slug).exists():
        raise forms.ValidationError(
            f"No initiative in the portal has the address name “{slug}”: give an existing "
            "initiative's, or leave the initiative empty."
        )


def _check_precision(cleaned):
    precision = cleaned.get("date_precision")  # absent when its own field is wrong
    problem = precision and last_day_problem(precision, cleaned.get("end_date"))
    if problem:
        raise forms.ValidationError(problem)


EVENT_FACT_CHECKS = (check_date_order(), _check_initiative, _check_precision)


def _iso(value):
    return value.isoformat() if isinstance(value, datetime.date) else None


def event_record_json(record):
    """The record in the shape `import_document --json` prints (see docs/importing.md)."""
    value = record.value
    return {
        "type": "event",
        "title": value("title", ""),
        "kind": str(value("kind") or ""),
        "start_date": _iso(value("start_date")),
        "end_date": _iso(value("end_date")),
        "date_precision": str(value("date_precision") or ""),
        "city": value("city", ""),
        "venue": value("venue", ""),
        "host_economy": value("host_economy"),
        "co_host_economies": list(value("co_host_economies") or []),
        "virtual": bool(value("virtual")),
        "initiative": value("initiative", ""),
        "officials": [{"name": n, "title": t} for n, t in value("officials") or []],
        "summary": value("summary", ""),
        "source_url": value("source_url", ""),
    }


def _year_of(record):
    start = record.value("start_date")
    return start.year if isinstance(start, datetime.date) else None


def event_record_slug(record):
    """The slug a new event gets: its title, with its year when the title has none."""
    title, year = record.value("title", "") or "", _year_of(record)
    if year and str(year) not in title:
        title = f"{title} {year}"
    return slugify(title)[:200].strip("-") or "event"


def event_record_existing(record):
    """The event saving `record` would duplicate, or None when it is new.

    The same event is: the one with the record's slug (in the same year); else one whose
    title is the same
    (letters and digits, any case) and that starts on the same day, or in the same year
    when either date is only a month or a year; else one of the same series (the title
    before its subtitle) on the same day. Two events in different cities are never the
    same. Drafts count: a re-import updates a draft instead of adding a second one.
    """
    year = _year_of(record)
    city = (record.value("city") or "").lower()
    found = Event.objects.filter(slug=event_record_slug(record)).first()
    if found and found.start_date.year == year and not _other_city(found, city):
        return found
    if not year:
        return None
    candidates = []
    for event in Event.objects.filter(start_date__year=year).only(
        "id", "slug", "title", "start_date", "date_precision", "city"
    ):
        rank = None if _other_city(event, city) else _duplicate_rank(record, event)
        if rank is not None:
            candidates.append((rank, event))
    candidates.sort(key=lambda item: (item[0], item[1].pk))
    return candidates[0][1] if candidates else None


def _city_of_main(record, main_record, now=False):
    """A further meeting at a venue named without its city ("from September 10 to 12, in the
    Harbourview Grand Hotel") is in the city of the page's own meeting: take its city and
    host. So is a further meeting with no place at all held within the page's own meeting's
    days ("Meanwhile, Friday will see the … Symposium" during a meeting held "from Thursday
    to Sunday"), or under way now in an undated report from the page's meeting ("Meanwhile,
    yesterday marked the start of the … Meeting", `now`). A further meeting with a city of
    its own is left alone."""
    if not main_record or record.value("city") or not main_record.value("city"):
        return
    if not (record.value("venue") or now) and not _during(record, main_record):
        return
    for name in ("city", "host_economy"):
        fact = main_record.facts.get(name)
        if fact is not None:
            record.fact(name, fact.value, fact.line, "low")


def _announces_read(record, records):
    """Whether a record built from "… will host the last APEC meetings of the year in Lima in
    November" is only the meetings the page goes on to name: a record read already in that
    city and month."""
    start, city = record.value("start_date"), record.value("city")
    for other in records:
        day = other.value("start_date")
        same_month = day and start and (day.year, day.month) == (start.year, start.month)
        if same_month and other.value("city") == city:
            return True
    return False


def _programme_item(mention):
    """Whether a further meeting is named in a list of the page's own meeting's programme
    ("A series of related meetings will take place during the event such as the 63rd …
    Working Group Meeting, APEC Rural Startup Forum, and …"): a meeting of the text with no
    day of its own, held in the page's meeting's city and economy (round i29a)."""
    before = mention.sentence.text[: min(mention.position, LONGEST)]
    return any(True for _ in PROGRAMME_CUE_RE.finditer(before))


def _undated_now(sentence, context):
    """Whether a further meeting's sentence says it is under way around the release ("
    yesterday marked the start of the … Meeting", "the … Summit will also get under way today")
    when the release gives no date to count from: a meeting of the text, its day left empty
    (round i28m)."""
    if context.release:
        return False
    return any(m.group("word") for m in RELATIVE_RE.finditer(sentence.text[:LONGEST]))


def _own_day_said(clause, context):
    """Whether a meeting's own clause gives its day with an event verb ("preparations for the
    13th … Ministerial Meeting that will take place tomorrow and Friday"): a meeting the page
    announces, not only where its work goes next."""
    if not OWN_DAY_VERB_RE.search(clause.text[:LONGEST]):
        return False  # "submitted to the … Leaders' Meeting on Nov. 18-19": where work goes
    return any(d.precision == "day" and d.attached for d in _dates_in(clause, context))


def _recalled_year(record, main_record):
    """Whether a further meeting's day falls in a year before the page's own meeting's (the
    meetings of an earlier year the text recalls, "Last year, the … Meeting was held in Da
    Nang on November 8-9, 2040", or a list of past meetings as background): no event of the
    text. A chronology's later meetings are kept."""
    if not main_record or main_record.value("date_precision") != "day":
        return False
    start, first = record.value("start_date"), main_record.value("start_date")
    return bool(start and first) and start.year < first.year


def _during(record, main_record):
    """Whether the record's first day falls within the main record's first and last days."""
    start, first, last = (
        record.value("start_date"),
        main_record.value("start_date"),
        main_record.value("end_date"),
    )
    return bool(start and first and last) and first <= start <= last


def _other_city(event, city):
    """True when both the event and the record name a city and the two differ."""
    return bool(city and event.city and event.city.lower() != city)


def _duplicate_rank(record, event):
    """How surely `event` is the record's (0 same title and day, 1 same title and year with a
    loose date, 2 same series and day), or None when it is another event."""
    title = record.value("title", "") or ""
    same_day = event.start_date == record.value("start_date")
    exact = record.value("date_precision", "day") == "day"
    both_days = exact and event.date_precision == DatePrecision.DAY
    if _key(event.title) == _key(title) and (same_day or not both_days):
        return 0 if same_day else 1
    series = _key(_series(title))
    if same_day and series and _key(_series(event.title)) == series:
        return 2
    return None


def _too_long(record):
    problems = []
    for name, limit in LIMITS.items():
        value = record.value(name)
        if isinstance(value, str) and len(value) > limit:
            fact = record.facts[name]
            problems.append((fact.line, f"the {name} is {len(value):,} characters long; at most "
                             f"{limit:,} can be kept"))  # fmt: skip
    for name, title in record.value("officials") or []:
        if len(name) > OFFICIAL_LIMITS[0] or len(title) > OFFICIAL_LIMITS[1]:
            problems.append((record.facts["officials"].line, f"the official “{name[:60]}” has a "
                             "name or title too long to keep"))  # fmt: skip
    return problems


def event_check_lengths(record):
    """Warn ("too-long") about each fact longer than its column; True when any is.

    Run again after corrections: the warnings of an earlier run are replaced.
    """
    record.warnings = [warning for warning in record.warnings if warning.code != "too-long"]
    too_long = record.check_lengths(LIMITS)
    for name, title in record.value("officials") or []:
        if len(name) > OFFICIAL_LIMITS[0] or len(title) > OFFICIAL_LIMITS[1]:
            too_long = True
            record.warn(
                f"The official “{name[:60]}” has a name (at most {OFFICIAL_LIMITS[0]}) or title "
                f"(at most {OFFICIAL_LIMITS[1]} characters) too long to keep; shorten it.",
                record.facts["officials"].line,
                "too-long",
            )
    return too_long


def _unique_slug(base, existing=None):
    slug, number = base, 2
    while Event.objects.filter(slug=slug).exclude(pk=getattr(existing, "pk", None)).exists():
        suffix = f"-{number}"
        slug = base[: 200 - len(suffix)] + suffix
        number += 1
    return slug


def _saveable_start(record):
    """The record's first day; refuses a record with a too-long fact or no first day."""
    problems = _too_long(record)
    if problems:
        line, reason = problems[0]
        raise ImportRefused(line or 1, reason + "; shorten it before saving")
    start = record.value("start_date")
    if not isinstance(start, datetime.date):
        raise ImportRefused(1, "the event has no first day; give it before saving")
    return start


def _event_data(record, slug, start, themes):
    """The `event_upsert` arguments the record gives."""
    initiative = record.value("initiative") or ""
    if initiative and not Initiative.objects.filter(slug=initiative).exists():
        initiative = ""
    return {
        "slug": slug,
        "title": record.value("title"),
        "kind": record.value("kind") or EventKind.OTHER,
        "start_date": start,
        "end_date": record.value("end_date"),
        "date_precision": record.value("date_precision") or DatePrecision.DAY,
        "city": record.value("city") or "",
        "venue": record.value("venue") or "",
        "host": record.value("host_economy") or None,
        "co_hosts": list(record.value("co_host_economies") or []),
        "initiative": initiative or None,
        "themes": list(themes or []),
        "summary": record.value("summary") or "",
        "officials": list(record.value("officials") or []),
        "format": EventFormat.VIRTUAL if record.value("virtual") else "",
        "source_url": record.value("source_url") or "",
    }


def _keep_staff_facts(data, existing, *, virtual):
    """Fill each fact the text leaves empty with the existing event's value."""
    kept = {
        "city": existing.city,
        "venue": existing.venue,
        "host": existing.host_id,
        "co_hosts": [e.code for e in existing.co_hosts.all()],
        "initiative": existing.initiative.slug if existing.initiative_id else None,
        "themes": [t.slug for t in existing.themes.all()],
        "summary": existing.summary,
        "officials": [(o.name, o.role) for o in existing.officials.all()],
        "source_url": existing.source_url,
        "website": existing.website,
    }
    for name, value in kept.items():
        if not data.get(name):
            data[name] = value
    if not virtual and existing.format != EventFormat.VIRTUAL:
        data["format"] = existing.format


def event_record_save(record, *, publish=False, slug=None, themes=(), extra=None):
    """Save `record` as a draft event (or update the event it duplicates) and return it.

    A new event is a draft unless `publish`; an event updated in place keeps its state
    unless `publish`. On an update of the event `event_record_existing` finds, a fact the
    text leaves empty (no city, no officials, no themes given) keeps the event's value:
    nothing staff entered is lost. A caller that names the `slug` (the demo loader) gets
    the event exactly as the record says, replacing every fact. `extra`
    holds further `event_upsert` arguments (website, format, …). Raises ImportRefused
    when a fact is too long for its column (nothing is cut off) or the first day is missing.
    """
    start = _saveable_start(record)
    named = slug is not None
    existing = Event.objects.filter(slug=slug).first() if named else event_record_existing(record)
    if slug is None:
        slug = existing.slug if existing else _unique_slug(event_record_slug(record))
    data = _event_data(record, slug, start, themes)
    if existing and not named:
        _keep_staff_facts(data, existing, virtual=bool(record.value("virtual")))
    if existing:
        publish = publish or existing.is_published
    data.update(extra or {})
    return event_upsert(**data, publish=publish)
