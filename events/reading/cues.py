"""Cue patterns for places, hosts, online meetings and officials."""

import re

from events.reading.chrome import (
    ORDINAL_WORDS,
)
from events.reading.words import APEC_SPELLED

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
# "held on 08-09 June 2017 at the APEC Secretariat in Singapore" (c32): the Secretariat's
# house is a venue, though its name holds "APEC" and no venue word ("at the APEC Secretariat's
# invitation" is none).
SECRETARIAT_VENUE_RE = re.compile(r"\b(?:at|in)\s+the\s+(?P<name>APEC\s+Secretariat)\b(?!['’])")
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
# "… to visit Qingdao, the host city of the 9th … Fair": the town named as the host city right
# before a further meeting's name (`_Reader._host_city_before`, round c2).
HOST_CITY_BEFORE_RE = re.compile(
    rf"\b(?P<place>{PLACE}),\s+(?:the\s+|its\s+)?host\s+city\s+(?:of|for)\s+(?:the\s+)?$"
)
# Words describing a town before "city of" / "island of": "the (Thai) island of Phuket", "the
# northern Australian city of Darwin", "the far eastern Russian island of Yuzhno-Sakhalinsk";
# a nationality of two words and what the town is after it, as wires write it: "the South
# Korean port city of Pusan", "the West Java hill town of Bogor" (round c39).
PLACE_ADJECTIVES = r"(?:[a-z]{1,20}\s+){0,2}(?:[A-Z][\w’'-]*\s+){0,2}(?:[a-z]{1,12}\s+)?"
# Also "(following / upon conclusion of) their meeting in Arequipa on 17-18 May" and "held on
# Jeju Island" (i28l8).
GATHERED_FOR = r"(?:summit|meeting|forum|conference|dialogue|gathering)\b"
HELD_IN_RE = re.compile(
    # "is expected to arrive in Sydney today for the … Leaders Meeting": who comes for it
    rf"(?i:\b(?:{EVENT_VERBS}|underway|under\s+way|arrive[sd]?|arriving"
    # "business leaders gather this week in San Francisco for their annual summit": who
    # gathers for the event, not who gathers elsewhere ("the leaders, who gather in …") (d4)
    rf"|gather(?:s|ing)?(?=[^.;]{{0,60}}\bfor\s+(?:their|the|this|its)\s+(?:[a-z]+\s+)?{GATHERED_FOR})"
    rf"|(?:their|its|our)\s+(?:[a-z]+\s+)?(?:meeting|gathering))\b)(?:[^.;]|(?<=\b[A-Z][a-z]{{2}})\.){{0,120}}?\b(?:(?P<prep>in|at)|on(?=\s+[A-Z][\w’'-]*\s+Island\b))\s+(?:the\s+{PLACE_ADJECTIVES}(?:city|town|island|(?P<kind>province|region|prefecture))\s+of\s+|the\s+"
    # "in Vietnam's capital Hanoi", "in Vietnam's central port city of Da Nang", "in Russia's
    # Pacific Ocean port city of Vladivostok" (a sea's name among the words): the town
    rf"|(?P<owner>[A-Z][\w-]+(?:\s[A-Z][\w-]+)?)['’]s\s+(?:[A-Z][a-z]{{1,12}}\s+){{0,2}}(?:[a-z]{{1,12}}\s+){{0,2}}(?:capital|city|town)(?:\s+city)?(?:\s+of)?\s+)?"
    # "underway in northern Peru": a compass word before the place is no part of it (c33)
    rf"(?:(?:north|south)(?:-?(?:east|west))?ern\s+|(?:east|west)ern\s+|central\s+)?"
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
    # after a headline's kicker too: "APEC summit week: Vladivostok hosts Youth Forum" (c8)
    rf"(?:^|[.;]-?\s+|^[^:.]{{1,40}}:\s+"
    # after an opening phrase of time: "During the first three weeks of May, Viña del Mar
    # will host …" (c15)
    r"|(?:^|[.;]-?\s+)(?:During|In|Over|Throughout|From|Later|Early|Next|This)\s[^,.;:]{1,60},\s+)"
    rf"(?:The\s+city\s+of\s+)?(?P<place>{PLACE})\s+"
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
# "Finance chiefs of the 21 … economies gathered in Beijing", "leaders from 21 APEC member
# countries will meet in Port Moresby" (f2; a year named before leaders is another year's).
PARTICIPANTS = (
    r"(?i:delegates|delegations|ministers|officials|participants|representatives|chiefs|leaders)"
)
# A host's advance party (the economies' staff who inspect the venues before the meetings)
# "visited Da Nang city and Quang Nam province" or "arrives in Da Nang": where the meetings are.
# "Ministers in charge of SME policy … convened this week in Concepcion": where they meet.
PARTICIPANTS_IN_RE = re.compile(
    rf"\b(?:{PARTICIPANTS}\b[^.;]{{0,80}}?\b(?:arrived|arrives|arrive|arriving|gathered|converged"
    # "… Trade Ministers … when they meet in Jeju, Korea, on 2-3 June" (a Secretariat release
    # written in Seoul about a meeting elsewhere, c35)
    r"|flew|convened\s+this\s+week|(?:will\s+)?meet|meets|met)\s+(?:here\s+)?in|advance\s+(?:party|team)\b[^.;]{0,80}?\b(?:arrived|arrives|arrive"
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
# A further event said to be held where the page's own is: in its week, on its sidelines,
# beside it, "here" under a dateline (round g3).
ALONGSIDE_RE = re.compile(
    r"\b(?:during\s+the\s+(?:[\w’'-]+\s+){0,3}?week|on\s+the\s+(?:sidelines|margins|fringes?)\s+of"
    r"|parallel|alongside|in\s+conjunction\s+with"
    r"|(?:met|meets?|meeting|gathered|convened|held|opened|began|under\s*way|taking\s+place)\s+here)\b",
    re.I,
)
# A further event the page's work goes on to, later and elsewhere or not yet placed: "goes
# to", "will be submitted to", "ahead of", "paves the way for", "in the lead up to" (g3).
GOES_ON_TO_RE = re.compile(
    r"\b(?:go(?:es|ing)?|sent|submitted|presented|reported|forwarded|taken|carr(?:y|ied))\s+"
    r"(?:(?:[\w’'-]+\s+){0,3}?)(?:to|through\s+to)\b"
    r"|\b(?:ahead\s+of|paves?\s+the\s+way|lead(?:ing)?\s+up\s+to|in\s+the\s+run-up\s+to)\b",
    re.I,
)
PLACE_OF_RE = re.compile(
    rf"(?:\bthe\s+(?:{PLACE_ADJECTIVES}|capital\s+)(?:island|resort\s+island|resort\s+town|city|town)\s+of\s+"
    # a headline's "APEC summit in Russian port city Vladivostok gets underway": no article,
    # no "of" (i2)
    r"|\bin\s+(?:[A-Z][\w’'-]*\s+)?(?:[a-z]{1,12}\s+){0,3}(?:city|town)\s+(?=[A-Z]))"
    rf"(?P<place>{PLACE})"
)
# A lede opening with the scene's place, as a broadcast does where a wire has a dateline: "In
# China's port city of Qingdao, senior officials …", "In the coastal city of Weihai, …".
LEDE_PLACE_RE = re.compile(
    r"^In\s+(?:the|[A-Z][\w-]+(?:\s[A-Z][\w-]+)?['’]s)\s+(?:[a-z]{1,15}\s+){0,2}"
    rf"(?:city|town|island|port)\s+of\s+(?P<place>{PLACE}),"
    # "Meeting in Arequipa —a UNESCO world heritage site— senior officials …": a lede
    # opening with a participle of meeting and its town (c15)
    rf"|^(?:Meeting|Gathered|Gathering|Convening|Assembled)\s+in\s+(?P<town>{PLACE})\s*[,—–]"
)
# A place a sentence opens with, closed by a dash: a dateline inside the text ("WASHINGTON –
# Big Sky, Mont., will host …", "Santiago, April 30, 2019.- During …"): where the release was
# written, no evidence of where its event is (c15).
OPENING_DATELINE_RE = re.compile(r"^(?=[A-Z])[^–—.;:\n]{2,50}?(?:\s[–—]|\s--|\d\.-)\s+")
# "the State of Washington", "the Province of Aklan": a region written after its kind, no town.
REGION_OF_BEFORE_RE = re.compile(r"\b(?:State|Province|Prefecture|Region)\s+of\s+$")
# A speaker naming the city the audience is in: "welcome you all to Darwin", "welcome to Cebu",
# "the hospitality extended to us here in Gifu City", "to be here in China, in this beautiful
# city of Ningbo", "the hospitality we have received in Hobart", "Greetings from Da Nang"; the
# city may have two words before it after "this" ("this great Pacific city of San Francisco"),
# not after "the" ("the central city of Da Nang" is no speaker's here).
WELCOME_TO_RE = re.compile(
    # "… extend my warmest welcome to you to Hong Kong" (c18)
    r"\b(?:(?i:welcome)\s+(?:(?:to\s+)?you\s+(?:all\s+)?|all\s+of\s+you\s+|everyone\s+"
    r"|(?:our\s+)?delegates\s+)?"
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
PAST_SPAN_RE = re.compile(
    r"\b(?:last|earlier\s+this)\s+(?:week|month)\b"
    # "the APEC meeting in Lima, Peru about 2 days ago", a blog's post (c34): days before it
    r"|\b(?:\d{1,2}|two|three|four|five|six|a\s+few|several)\s+days\s+ago\b"
)
# "In the late 1980s, officials suggested … a forum", "Ten years ago, ministers gathered …",
# "Last year, …" (round i7): the past a speech or feature recalls, opening the sentence.
RECALLED_PAST_RE = re.compile(
    r"\b(?:19|20)\d0s\b|\blast\s+year\b"
    r"|\b(?:\d{1,2}|two|three|four|five|six|ten|twenty|thirty|a\s+few|several|many)"
    r"\s+years\s+ago\b",
    re.I,
)
# "the APEC symposium", "an APEC workshop": an event named by its kind alone, in lower case.
# "Senior APEC energy officials began meeting in …", "APEC delegates opened their talks …".
MEETING_BEGAN_RE = re.compile(
    r"\bAPEC\b[^.;]{0,60}?\b(?:began|opened|started|kicked\s+off)\s+(?:(?:a|an|the|their)\s+)?"
    r"(?:(?:one|two|three|four|five)-day\s+)?(?:meeting|talks)\b"
)
PLAIN_APEC_EVENT_RE = re.compile(
    rf"\b(?:[Tt]he|[Aa]n)\s+(?P<name>(?P<apec>APEC|{APEC_SPELLED})\s+"
    r"(?P<kind>symposium|workshop|seminar|forum|conference|summit|dialogue|roundtable|training"
    r"|meeting))\b"
)
# APEC's meeting named as the gathering of the forum or group, as older press writes it:
# "the meeting of the Asia-Pacific Economic Cooperation group", "the summit of the 21-member
# Asia Pacific Economic Co-operation forum (Apec)" ("APEC meeting", "APEC summit", round c39).
OF_APEC_GROUP_RE = re.compile(
    r"\b(?:[Tt]he|[Aa]n?)\s+(?:annual\s+)?(?P<kind>meeting|summit|conference)\s+of\s+the\s+"
    rf"(?:\d{{1,2}}-(?:member|nation)\s+)?(?:APEC|{APEC_SPELLED}(?:\s+\(APEC\))?)\s+"
    r"(?:forum|group)\b"
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
    rf"[Cc]eremony\s+(?:of|for)\s+(?:the\s+)?(?:APEC|{APEC_SPELLED})\b"
    r"[^.,;:()]{3,80}?(?=\s+(?:in|at|on|held|was|will|took|is)\b|[.,;:()]|$)"
)
# "The one-day event in Makati City, Manila, was organised by …": the event referred back to,
# and where it was.
REFERRED_IN_RE = re.compile(
    r"\b(?:[Tt]he|[Tt]his)\s+(?:[\w-]+-day\s+)?"
    # "the Asia-Pacific Economic Cooperation summit in Jakarta": APEC spelled out (f2)
    r"(?:(?:APEC|Asia[- ]Pacific\s+Economic\s+Co-?operation)(?:\s+\(APEC\))?\s+)?"
    r"(?:event|meeting|forum|workshop|gathering|conference|summit|seminar|symposium)\s+"
    # "The summit is taking place in Nara" (f2)
    r"(?:(?:is|was|will\s+be)\s+(?:being\s+)?(?:held|taking\s+place)\s+)?"
    rf"in\s+(?:the\s+city\s+of\s+)?(?P<place>{PLACE})(?:,\s*(?P<region>{PLACE}))?"
)
# "The summit will gather 1,500 APEC economic leaders, chief executives and scholars in
# Beijing", "The Kuala Lumpur get-together is about …": the page's own event said to gather its
# participants in a town, or named by its town (f2).
REFERRED_GATHERS_IN_RE = re.compile(
    r"\b(?:[Tt]he|[Tt]his)\s+(?:[\w-]+-day\s+)?(?:summit|meeting|forum|conference|gathering)\s+"
    r"(?:will\s+)?(?:gathers?|bring\s+together|brings\s+together)\b[^.;]{0,100}?\sin\s+"
    rf"(?P<place>{PLACE})(?:,\s*(?P<region>{PLACE}))?"
    rf"|\b[Tt]he\s+(?P<town>{PLACE})\s+(?:get-together|gathering)\b"
)
BY_RE = re.compile(
    r"\b(?P<co>co-?\s?|jointly\s+)?(?P<verb>hosted|host|organi[sz]ed|convened|held|run|sponsored"
    # "hosted virtually by", "organised jointly by": a manner word between (d4)
    r"|supported)\s+(?:[a-z]{2,12}ly\s+|online\s+)?by\s+(?P<who>(?:[^.;]|(?<=[A-Z])\.){1,300})",
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
# Whose initiative the event is: "is an initiative of Russia with China … as co-sponsors",
# "an initiative proposed by Peru": that economy organises it (c20).
INITIATIVE_OF_RE = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Ii]ts)\s+(?:[a-z]+\s+)?initiative\s+(?:of|from|(?:proposed|led)\s+by)\s+"
    r"(?P<who>(?:[^.;]|(?<=[A-Z])\.){1,200})"
)
# "with X as co-host", "an initiative of Russia with China and Viet Nam as co-sponsors" (c20)
AS_CO_HOST_RE = re.compile(r"\s+as\s+(?:its\s+)?co-?\s?(?:hosts?|sponsors?)\b", re.I)
CHAIR_RE = re.compile(
    r"\b(?:chaired\s+by|under\s+the\s+chair(?:man|woman|person)?ship\s+of"
    r"|chairing\s+the\s+(?:meeting|session)\s+(?:was|is|will\s+be)"
    # "Li Rongrong, chair of the meeting and minister of the Chinese State …", "the group
    # chair and Peruvian Minister of Production": the chair's own office after "and"
    r"|chair(?:man|woman|person)?\s+(?:of\s+the\s+(?:meeting|session)\s+)?and)\s+"
    r"(?P<who>(?:[^.;]|(?<=[A-Z])\.|(?<=\b[A-Z][a-z])\.|(?<=\b[A-Z][a-z][a-z])\.){1,200})",
    re.I,
)
# The chair's role said after the chair: "Minister … Dung, the chair of the meeting, …",
# "Minister … Ruiz chaired the meeting", "…, who chaired the meeting" (c3).
# A chair who is a minister ("The Honourable …, Minister for Small Business of New Zealand"):
# the meeting is a ministerial one, chaired by its host (c15).
MINISTER_RE = re.compile(r"\bMinister\b")
CHAIR_AFTER_RE = re.compile(
    r",?\s+(?:who\s+)?(?:chaired|chairs|will\s+chair)\s+the\s+(?:meeting|session)\b"
    r"|,\s+(?:the\s+)?chair(?:man|woman|person)?\s+of\s+the\s+(?:[\w'’-]+\s+){0,8}?[Mm]eeting\b"
    # "Vietnamese Deputy Minister … Son, Chair of SOM APEC 2017": the senior officials' chair,
    # the host year's own official (c33)
    r"|,\s+(?:the\s+)?[Cc]hair\s+of\s+(?:the\s+)?(?:APEC\s+)?(?:SOM|Senior\s+Officials['’]?\s+Meeting)s?\b"
)
# A minister's office named by its portfolio: "Minister of Planning and Investment", "the
# Minister for Small Business", "Entrepreneur Development and Cooperatives Minister" (c3); the
# portfolio's ministry may be an agency core/data/agencies.csv knows.
_PORTFOLIO = r"[A-Z][\w’'-]*(?:,?\s+(?:(?:and|of|for)\s+)?[A-Z][\w’'-]*){0,5}"
OFFICE_RE = re.compile(
    rf"\bMinist(?:er|ry)\s+(?:of|for)\s+(?P<portfolio>{_PORTFOLIO})"
    rf"|\b(?P<before>{_PORTFOLIO})\s+Minister\b"
)
CHAIRED_FROM_RE = re.compile(
    rf"\bchaired\s+(?:a|an|the)\s+(?:[a-z-]+\s+){{0,2}}(?:meeting|summit|session)\s+from\s+"
    rf"(?P<place>{PLACE})"
)
# "… hosted the … Meeting virtually from Wellington", "… held online from Lima": the town an
# online meeting was run from, its host's seat (round c24; "chaired a … summit from" above).
RUN_ONLINE_FROM_RE = re.compile(
    rf"\b(?:hosted|held|convened|chaired|ran|run)\s+(?:[^.;]{{0,120}}?\s)?(?:virtually|online)"
    rf"\s+from\s+(?P<place>{PLACE})"
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
# The host year a site writes after a meeting's name ("First Senior Officials' Meeting of APEC
# Chile 2019 Underway", "… Meeting for APEC 2031"): the year's frame, not the name (c30).
# A year written both before and after a name ("the 2020 APEC CEO Dialogues 2020"): once, after.
YEAR_TWICE_RE = re.compile(r"^((?:19|20)\d{2})\s+(?=.*\s\1$)")
HOST_YEAR_TAIL_RE = re.compile(
    r"(?<=\S)\s+(?:of|for)\s+APEC\s+(?:[A-Z][\w-]*\s+){0,3}(?:19|20)\d{2}$"
)
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
# to the Government of Viet Nam for hosting APEC 2041" (i28l9), and "Vietnam hosted the APEC
# Year 2017" (f5).
PLAYS_HOST_RE = re.compile(
    r"\b(?:as\s+(?:the\s+)?APEC\s+(?P<y1>(?:19|20)\d{2})\s+host"
    r"|play(?:s|ed|ing)?\s+host\s+(?:to|for)\s+APEC\s+(?P<y2>(?:19|20)\d{2})"
    r"|as\s+(?:the\s+)?host\s+(?:of|for)\s+APEC\s+(?P<y3>(?:19|20)\d{2})"
    r"|['’]s\s+hosting\s+of\s+APEC\s+(?P<y4>(?:19|20)\d{2})"
    r"|\sfor\s+hosting\s+APEC\s+(?P<y5>(?:19|20)\d{2})"
    # "Vietnam successfully hosted the APEC Year 2017" (round f5)
    r"|\shosted\s+(?:the\s+)?APEC\s+(?:[Yy]ear\s+)?(?P<y6>(?:19|20)\d{2}))\b"
)
# What a year's host hosted, after "hosted the" (round f5): "Vietnam successfully hosted the
# APEC Year 2017" names 2017's host (`PLAYS_HOST_RE`), not the host of an event of another year.
A_YEARS_APEC_RE = re.compile(r"\s+APEC\s+(?:[Yy]ear\s+)?(?:19|20)\d{2}\b")
# "Later this year Indonesia will once again host the APEC forum", "Peru hosted APEC in
# 2046", "Since Russia assumed APEC's rotating presidency", "… will assume the forum's rotating
# presidency in 2052": the economy named right before it hosts that year's meetings (c20). A
# past hosting counts only with its year ("Peru has hosted APEC twice" names no year).
# Also "Malaysia as the host of APEC this year has announced …" (c24).
HOSTS_APEC_RE = re.compile(
    r"\s(?:(?P<now>will\s+(?:once\s+again\s+|again\s+|also\s+)?host|is\s+hosting|hosts"
    r"|to\s+host|as\s+(?:the\s+)?host\s+of)|(?P<past>hosted))\s+(?:the\s+)?(?:APEC|Asia[-\s]Pacific\s+Economic\s+"
    r"Cooperation)(?:\s+\(APEC\))?(?:\s+(?:forum|summit|meetings|year))?(?![\w-])"
    r"(?!\s+(?:[A-Z]|\d{1,2}\b))(?:\s+in\s+(?P<year>(?:19|20)\d\d))?"
    r"|\s(?:assum(?:ed|es|ing)|will\s+assume|took\s+over)\s+(?:APEC|the\s+forum)['’]s\s+"
    r"(?:rotating\s+)?(?:presidency|chair(?:manship)?)(?:\s+in\s+(?P<then>(?:19|20)\d\d))?"
)
HOST_YEAR_CUE = "the host year"
APEC_YEAR_CUE = "APEC's host economy of the meeting's year"
# APEC's standing meetings, held in the economy of their year's host (round c25): the Leaders'
# meeting and week, ministerial meetings ("Ministers Responsible for Trade", "ministerial meeting
# on food security"), senior officials' meetings (SOM1, CSOM) and the meetings of a working
# group, committee or policy partnership, a high-level meeting ("on Health and the Economy"),
# the Women and the Economy Forum. A title naming one is read with `NOT_STANDING_RE`.
STANDING_MEETING_RE = re.compile(
    r"\bLeaders['’]?\s+(?:Meeting|Week|Summit)\b|\bMinisterial\b|\bMinisters['’]?(?![\w-])"
    r"|\bSenior\s+Officials['’]?\s+Meeting\b|\b[CI]?SOM\s?\d?\b"
    r"|\b(?:Working\s+Group|Sub-?\s?Group|Committee|Task\s+Force|Policy\s+Partnership)\b.*"
    r"\bMeeting\b|\bMeeting\s+of\s+the\b.*\b(?:Working\s+Group|Committee)\b"
    r"|\bHigh[-\s]Level\s+Meeting\b|\bWomen\s+and\s+the\s+Economy\s+Forum\b"
    # "the annual APEC summit": the Leaders' meeting as the press names it (rounds e1, f1)
    r"|\bAPEC\s+Summit\b",
    re.I,
)
# What is no standing meeting, or no APEC one, even with such words: workshops, trainings,
# projects, dialogues, symposiums and conferences, ABAC's meetings and the CEO Summit, another
# body's meetings (ASEAN, G20, the WTO …).
NOT_STANDING_RE = re.compile(
    r"\b(?:workshops?|trainings?|courses?|seminars?|symposi(?:um|ums|a)|projects?|dialogues?"
    r"|conferences?|ABAC|Business\s+Advisory\s+Council|CEO\s+Summit|ASEAN|G-?20|G-?7|WTO"
    r"|OECD|PECC|East\s+Asia|Pacific\s+Alliance|United\s+Nations|Commonwealth)\b",
    re.I,
)
# The meetings always held by their year's host, since 1989: the Leaders' meeting and week, the
# APEC Ministerial Meeting, the trade ministers', the senior officials'. Any other ministerial
# meeting counts from `SECTORAL_HOST_YEARS_FROM` on: before it, sectoral ministers met elsewhere
# (SME ministers in Osaka in 1994 and Adelaide in 1995, energy ministers in Manila in 2004).
CORE_MEETING_RE = re.compile(
    r"\bLeaders['’]?\s|\bSenior\s+Officials|\b[CI]?SOM\b|\bSOM\s?\d"
    r"|(?:^|APEC\s+)Ministerial\s+Meeting\b|\bMinisters\s+Responsible\s+for\s+Trade\b"
    r"|\bTrade\s+Ministers\b"
    # "the annual APEC summit": the Leaders' meeting as the press names it (round e1)
    r"|\bAPEC\s+Summit\b",
    re.I,
)
SECTORAL_HOST_YEARS_FROM = 2005
# A working group's (committee's …) meeting is held by the year's host only when it meets beside
# the senior officials' meeting, which the page then names: the SME Working Group met in
# Brunei in 2012 and in Canada in 2004, outside the host year's economy.
GROUP_MEETING_RE = re.compile(
    r"\b(?:Working\s+Group|Sub-?\s?Group|Committee|Task\s+Force|Policy\s+Partnership)\b", re.I
)
SOM_NAMED_RE = re.compile(r"\bSenior\s+Officials['’]?\s+Meeting|\b[CI]?SOM\s?\d?\b")
# An informal senior officials' meeting held in December opens the next year's host year.
INFORMAL_SOM_RE = re.compile(r"\bInformal\s+Senior\s+Officials|\bISOM\b", re.I)
APEC_IN_TEXT_RE = re.compile(r"\bAPEC\b|\bAsia[-\s]Pacific\s+Economic\s+Cooperation\b", re.I)
# An economy written as the place one goes to or meets in: "travel to Vietnam", "in Chile".
PLACE_BEFORE_RE = re.compile(r"\b(?:in|to|at)\s+(?:the\s+)?$", re.I)
HOST_ROLE_CUE = "the host's role"
# An economy named in the host's role (c3): "the host economy", "this year's APEC chair",
# "APEC 2044 host", "host". Another year's host ("last year's", "next year's") is none.
_HOST_ROLE = (
    r"(?:(?:this\s+year['’]s|the(?:\s+current)?)\s+)?(?:APEC\s+)?(?:(?:19|20)\d\d\s+)?"
    r"(?:APEC\s+)?(?:host|chair)(?:\s+economy)?(?![\w-])(?!\s+of\b)"
)
# The role right after the economy: "Chile, this year's APEC chair,", "Chile, as host
# economy,", "Chile is this year's APEC host", "Chile, which chairs APEC this year".
ROLE_AFTER_RE = re.compile(
    rf",?\s+(?:as\s+|(?:is|was|will\s+be)\s+)?{_HOST_ROLE}(?=[\s,.;])"
    r"|,\s+which\s+(?:chairs|hosts)\s+APEC\b"
    # "Malaysia successfully chaired the APEC … Meeting": an economy chairs what it hosts (c18);
    # so with any adverb or tense, "Chile will chair the 30th … Meeting" (c20)
    r"|\s+(?:[a-z]+ly\s+)?(?:chaired|chairs|will\s+chair|is\s+chairing)\s+"
    r"(?:the|this\s+year['’]s)\s+(?=APEC\b|[A-Z0-9]|(?:meeting|summit)\b)"
    # "the Philippines took the spotlight as host and chair of the APEC Leaders' Summit",
    # "Peru, as host of the 41st … Meeting, welcomed …": the host of a named meeting, a few
    # lower-case words after the economy at most; a chair alone ("as chair of the working
    # group") is none (c33)
    r"|(?:,\s+|\s+(?:[a-z]+\s+){0,4}?)as\s+(?:the\s+)?(?:host(?:\s+and\s+chair)?|chair\s+and\s+host)"
    r"(?:\s+economy)?\s+(?:of|for)\s+(?:the|this\s+year['’]s)\s+(?=APEC\b|Asia\b|[0-9]"
    r"|(?:first|second|third|[a-z]+(?:th|st|nd|rd))\s|(?:meeting|summit|forum)\b)"
)
# The role right before it: "As this year's APEC chair, Chile", "The host economy, Chile",
# "APEC 2044 host Chile", "As host, Chile".
ROLE_BEFORE_RE = re.compile(
    rf"(?:\b[Aa]s\s+{_HOST_ROLE},\s+|\b{_HOST_ROLE},\s+|\bAPEC\s+(?:19|20)\d\d\s+host\s+)$"
)
OTHER_YEARS_HOST_RE = re.compile(
    r"\b(?:last|next|previous|past|former|incoming|future|coming)\s+(?:year['’]s\s+)?$", re.I
)
HOST_NAME_CUE = "the host's name"
PARTICIPANTS_CUE = "where the participants are"
# Who hosts or organises the event, by name: "hosted by National Taipei University of Technology
# (Taipei Tech)", "organised by the Busan Ministry of …". A town inside such a name is weak
# evidence of the place (see _Reader._place_of_organiser).
ORGANISER_NAME_RE = re.compile(
    r"\b(?:co-?)?(?:hosted|organi[sz]ed|initiated|convened|run)\s+(?:[a-z]{2,12}ly\s+|online\s+)?"
    r"by\s+(?:the\s+)?"
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
    "oct", "nov", "dec", "co", "inc", "ltd", "corp", "gov", "sen", "rep", "gen", "mt", "ft", "mme",
}  # fmt: skip
