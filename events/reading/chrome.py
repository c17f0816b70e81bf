"""Page chrome of news sites, fields, release dates and datelines, and the date words they use."""

import re

from events.reading.words import (
    KIND_WORDS,
)

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
    "places": "venue",
    "venues": "venue",
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
    # a project database page's labels (c20): "Proposing Economy(ies)", "Co-Sponsoring Economies"
    "proposing economy": "organiser",
    "proposing economies": "organiser",
    "proposing economy(ies)": "organiser",
    "co-sponsors": "co_host",
    "co-sponsored by": "co_host",
    "co-sponsoring economy": "co_host",
    "co-sponsoring economies": "co_host",
    "co-sponsoring economy(ies)": "co_host",
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
# Labels a project database page writes alone on their line, without a colon, the value on
# the next line ("Proposing Economy(ies)" / "Viet Nam") (c20).
BARE_FIELD_LABELS = frozenset(
    label for label in FIELD_LABELS if label.startswith(("proposing econom", "co-sponsoring"))
)
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
# A photo's caption, the credit closing its line: "Ministers at the opening (Photo: VNA)",
# "A group photo of delegates (Source: VNA)", "… at the media centre on Thursday. — VNA/VNS
# Photo" (e2). A caption between the headline and the lede is not the page's first paragraph:
# the dateline may open the paragraph under it.
CAPTION_RE = re.compile(
    r"^[^\n]{0,300}?(?:\((?:photo|image|source|file\s+photo)(?:\s*[:：]|\s+(?:by|courtesy)\b)"
    r"[^()\n]{1,60}\)|\s[—–]\s*[\w/.&]{2,20}(?:\s[\w/.&]{2,20}){0,2}\s+photo)$",
    re.I,
)
# Each set of patterns as one, tried once a line (all but NAV_ROW_RE ignore case, which
# changes nothing in it).
NEWS_FURNITURE_RE = re.compile(
    "|".join(f"(?:{p.pattern})" for p in (NEWS_CHROME_RE, SHARE_ROW_RE, NAV_ROW_RE, SECTION_RE)),
    re.I,
)
RELEASE_OVER_RE = re.compile(
    "|".join(f"(?:{p.pattern})" for p in (CONTACT_RE, RELATED_END_RE)), re.I
)
# "12-08-2016" (a wire site's stamp, c32): day and month joined by dashes too, the same mark
# both times, so that a range of days before a year ("12-13 2016") is never one.
NUMERIC_DATE_RE = re.compile(
    r"\b(?:(?P<y1>(?:19|20)\d{2})[/.-](?P<m1>\d{1,2})[/.-](?P<d1>\d{1,2})"
    r"|(?P<a>\d{1,2})(?P<mark>[/.-])(?P<b>\d{1,2})(?P=mark)(?P<y2>(?:19|20)\d{2}))\b"
)
# A programme page may number its fields: "2. Date: 16-17 October 2044", "3) Venue: …".
FIELD_RE = re.compile(
    r"^(?:\d{1,2}[.)]\s*)?(?P<label>[A-Za-z][A-Za-z -]{1,24}?)\s*[:：]\s*(?P<value>\S.*)$"
)
# A site's section word may come first: "world Updated: Jun 17, 2010 14:43 IST".
RELEASE_RE = re.compile(
    r"^(?:[a-z]{2,15}\s+(?=(?i:updated|published|posted)\b))?(?:published|posted|released|release\s+date|date\s+of\s+release|issued|date\s+issued"
    # "For Immediate Release November 3, 1997": a government press office's release line (c32)
    r"|for\s+immediate\s+release"
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
# "By the BBC's Adam Brookes in Shanghai", "By Ana Ruiz, reporting from Lima", "Ana Ruiz
# reporting from Busan": a byline written in a town, its town a dateline without a day (c29).
_BYLINE_NAME = r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,4},?\s+"
BYLINE_PLACE_RE = re.compile(
    rf"^(?:By\s+(?:the\s+)?{_BYLINE_NAME}(?:in|(?:reporting|writing)\s+from)"
    rf"|{_BYLINE_NAME}(?:reporting|writing)\s+from)\s+"
    r"(?P<town>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2})$"
)
# "Honolulu - Xinhua": a wire's dateline alone on its line above the body, its town and the
# agency's name after a dash (c29).
TOWN_AGENCY_LINE_RE = re.compile(
    r"^(?P<town>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2})\s+(?:—|–|--|-)\s+"
    r"(?P<agency>[A-Z][A-Za-z]{1,15}(?: [A-Z][A-Za-z]{1,15})?)$"
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
    # "12-08-2016 14:26 BJT": a time, then its zone's short name (c32)
    r"(?:\s*\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*\(GMT[+-]\d{1,2}\)|\s+[A-Z]{2,4}T\b)?)?(?:\s*\|.*)?$",
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
WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
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
# APEC where a lower-case name of its meeting begins: the acronym, the forum spelled out (its
# bracketed acronym is gone from the line, `document.ACRONYM_GLOSS_RE`: "the 30th Asia-Pacific
# Economic Cooperation (APEC) ministerial meeting"), or the acronym glossed in brackets ("The
# APEC (Asia-Pacific Economic Cooperation) summit conference"), as wires and newspapers write
# it (round i1). `APEC_GLOSS_RE` is the gloss a name leaves out.
APEC_WRITTEN = (
    r"(?:APEC(?:\s+\(Asia[- ]Pacific\s+Economic\s+Co-?operation\))?"
    r"|Asia[- ]Pacific\s+Economic\s+Co-?operation)"
)
APEC_GLOSS_RE = re.compile(r"(?<=APEC)\s+\(Asia[- ]Pacific\s+Economic\s+Co-?operation\)")
ORDINAL_TOKEN_RE = re.compile(r"\d{1,3}(?:st|nd|rd|th)", re.I)
# Ordinal words and the number each says ("the fifth meeting": 5); a membership test and the
# one word-to-number table of the reader.
ORDINAL_WORDS = {
    word: number
    for number, word in enumerate(
        (
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
        ),
        start=1,
    )
}
APEC_SPELLED_RE = re.compile(r"Asia[- ]Pacific Economic Co-?operation(?:\s+\(APEC\))?")
_GROUP = (
    r"(?P<group>(?:Asia[- ]Pacific Economic Cooperation(?:\s+\(APEC\))?|APEC)"
    r"\s+[A-Z][\w,&\s-]{0,80}?Working Group)"
)
# An APEC group named alone before a release's "Place, Economy | date" line ("APEC Small and
# Medium Enterprise Working Group Ho Chi Minh City, Viet Nam | 04 May 2016"): the group that
# issued the release, whose meeting it reports when the body speaks of talks in that city (c14).
BYLINE_GROUP_RE = re.compile(
    r"(?:Asia[- ]Pacific Economic Cooperation|APEC)(?:\s+[A-Z][\w&,-]*|\s+(?:and|on|for|of)){1,12}?"
    r"\s+(?:Working\s+Group|Sub-?[Gg]roup|Committee|Network|Task\s+Force|Partnership)"
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
# A group's meeting named by the group's possessive (round c30): "The APEC Policy Partnership
# on Women and the Economy's second meeting in Seattle advanced …", "the APEC Tourism Working
# Group's 60th meeting": "second APEC Policy Partnership on Women and the Economy meeting".
_GROUP_NAME = (
    r"(?:Asia[- ]Pacific Economic Cooperation(?:\s+\(APEC\))?|APEC)"
    r"(?:\s+[A-Z][\w&-]*){0,6}?\s+(?P<body>Working\s+Group|Sub-?[Gg]roup|Steering\s+Group"
    r"|Task\s+Force|Partnership|Network|Committee|Council)"
    r"(?:\s+(?:on|for)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+(?:and\s+(?:the\s+)?)?[A-Z][\w-]*){0,4})?"
)
# An APEC group named in full ("the APEC Tourism Working Group"), its last word in `body`.
GROUP_NAME_RE = re.compile(rf"\b{_GROUP_NAME}")
# Also without the possessive, the ordinal and "meeting" in lower case right after the name
# ("APEC Policy Partnership on Women and the Economy second meeting"; d3: "the Policy
# Partnership on Women and the Economy second meeting (PPWE 2)", "APEC" left out as the
# page's APEC words allow).
_GROUP_NAME_APEC_OPTIONAL = (
    r"(?:(?:Asia[- ]Pacific Economic Cooperation(?:\s+\(APEC\))?|APEC)\s+)?"
    r"[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,5}?\s+(?:Working\s+Group|Sub-?[Gg]roup"
    r"|Steering\s+Group|Task\s+Force|Partnership|Network|Committee|Council)"
    r"(?:\s+(?:on|for)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+(?:and\s+(?:the\s+)?)?[A-Z][\w-]*){0,4})?"
)
GROUP_POSSESSIVE_MEETING_RE = re.compile(
    rf"\b(?P<group>{_GROUP_NAME_APEC_OPTIONAL})"
    r"(?:\s+\([A-Z]{2,10}\))?(?:['’]s)?\s+(?P<ordinal>first|second|third|fourth|fifth|sixth|seventh"
    r"|eighth|ninth|tenth|\d{1,3}(?:st|nd|rd|th))\s+meeting\b"
)
# A page's second meeting named in lower case: "The 61st tourism meeting will be held before
# the ministerial", "the first meeting of the SME Sub-Group on Home-based Enterprises was held",
# "the 13th meeting of the Women Leaders Network" (a network's, c16).
# Kept as written (no "APEC" added): the name is the text's own.
AS_WRITTEN_MEETING_RES = (
    re.compile(
        r"\b\d{1,3}(?:st|nd|rd|th)\s+(?:tourism|trade|energy|finance|health|transport"
        r"|mining|forestry|education|oceans?|agriculture|SME|women)\s+meeting\b"
    ),
    re.compile(
        r"\b(?:first|second|third|fourth|fifth|\d{1,3}(?:st|nd|rd|th))\s+meeting\s+of\s+the\s+"
        r"(?:APEC\s+)?(?:[A-Z][\w&-]{0,20}\s+){0,5}"
        r"(?:Sub-?[Gg]roup|Task\s+Force|[Ww]orking\s+Group|Policy\s+Partnership|Network)"
        r"(?:\s+on\s+[A-Z][\w-]{0,30}"
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
    # "the 24th SMEMM", "the 2017 SMEMM": a meeting's number or year before it (c3)
    r"(?<![(\w/-])(?:(?P<before>\d{1,3}(?:st|nd|rd|th)|(?<=\bthe\s)(?:19|20)\d\d)\s+)?(?:APEC\s+)?(?P<acronym>[A-Z][A-Z0-9]{1,7})(?:\s(?P<number>[1-9]|I{1,3}(?=\s)))?(?![\w)/-])"
    # "the Apec ISOM symposium", "the PPWE workshop": a lower-case kind word other than
    # "meeting" names a gathering of its own, held beside that meeting (c11)
    r"(?:\s+(?P<kind>symposium|workshop|seminar|dialogue|forum)\b)?"
    r"(?P<how>\s+[Mm]eetings?\b"
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
    # "Yesterday's meeting of APEC leaders in Bogor" opening a newspaper's lede (c27)
    r"\b(?P<word>today|[Yy]esterday|[Tt]omorrow|this\s+morning|this\s+afternoon|tonight)\b"
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
    r"|concluded|concludes|ended|ends|wrapped\s+up|will\s+(?:conclude|end|close)"
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
    # "from their last meeting in Seattle, Washington, last year" (c27)
    r"\b(?:first\s+such|last\s+such|previous|preceding|inaugural|(?:their|its|our)\s+last)\s+"
    r"(?:[A-Za-z][\w-]*\s+)?"
    rf"(?:{'|'.join(sorted(KIND_WORDS))})s?\b"
    r"|\breport(?:ed|s|ing)?\s+(?:on\s+)?the\s+(?:results|outcomes?)\s+of\s+(?:the\s+)?"
    rf"(?:[A-Za-z][\w'’-]*\s+){{0,6}}?(?:{'|'.join(sorted(KIND_WORDS))})s?\b",
    re.I,
)
KIND_WORD_RE = re.compile(rf"\b(?:{'|'.join(sorted(KIND_WORDS))})s?\b", re.I)
# "… will conclude on Tuesday" says the last day too (c28).
CLOSING_RE = re.compile(
    r"\b(?:concluded|concludes|ended|ends|closed|closes|wrapped\s+up"
    r"|will\s+(?:conclude|end|close))\b[^.;]{0,40}$",
    re.I,
)
NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
NUMBER_WORDS.update({str(n): n for n in range(1, 6)})
DURATION_RE = re.compile(
    r"\b(?P<n>one|two|three|four|five|[1-5])[\s-]day\b|\b(?:following|after|over|for)\s+"
    r"(?P<m>two|three|four|five|[2-5])\s+days\b",
    re.I,
)
# "… issued at the conclusion of their first day of meetings" on the release's day, before
# "The … Meeting concludes in Cairns tomorrow": a two-day meeting that began today (i28l8).
FIRST_DAY_RE = re.compile(r"\bfirst\s+day\s+of\s+(?:the\s+|their\s+|its\s+)?(?:meetings?|talks)\b")
# "The second day of the 11th APEC Women Leaders' Network Meeting continued in Ha Noi" under a
# dateline: the day read is the meeting's second (third, …), not its first (c16).
# A host-year site's report of one day of a cluster of meetings: "The fourth working day of
# SOM 2 and related meetings began with …", "APEC SOM 2 and related meetings continued their
# fifth working day with ten activities" (c35).
NTH = r"(?P<nth>(?i:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)|(?:[2-9]|1[0-4])(?:nd|rd|th))"
NTH_DAY_OF_RE = re.compile(
    rf"\b{NTH}\s+(?:working\s+)?day\s+of\s+"
    r"(?:the\s+|its\s+|their\s+)?(?=\d{1,3}(?:st|nd|rd|th)\s|APEC\b|[A-Z][a-z]|[A-Z]{2,}\b"
    r"|(?:two|three|four|five)[\s-]day\b)"
    rf"|\b(?:continued|continues|entered|enters|began|begins|started|starts)\s+(?:its|their|the)\s+{NTH.replace('nth', 'nth2')}"
    r"\s+working\s+day\b"
)
NTH_DAYS = {
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
}


# A host-year site's report of one day of a cluster (c35): its headline ("Day 5 of SOM 2 and
# related meetings", "Results from Day 4 of …", "Halfway through SOM 2 …", "APEC in Lima: SOM1,
# Day 13") or its lede ("… continued their fifth working day with ten activities").
DAY_REPORT_RE = re.compile(
    r"^(?:(?:Results|Highlights|Outcomes)\s+(?:from|of)\s+)?Day\s+\d{1,2}\s+of\b"
    r"|^Halfway\s+through\b|,\s+Day\s+\d{1,2}$"
)
# A day report's headline before its cluster's name: "Results from Day 4 of SOM 2 and …".
DAY_PREFIX_RE = re.compile(
    r"^(?:(?:Results|Highlights|Outcomes)\s+(?:from|of)\s+)?Day\s+\d{1,2}\s+of\s+(?:the\s+)?"
)
WORKING_DAY_RE = re.compile(r"\bworking\s+day\b", re.I)
# What a day report says of a meeting held that day: "… organized “APEC Dialogue on …”", "the
# Workshop on … was held", "began with the opening of the … Meeting"; "At the Workshop on …,
# delegates discussed …" (the sentence opening at it).
HELD_THAT_DAY_RE = re.compile(
    r"\b(?:held|organi[sz]ed|opened|opening|began|started|took\s+place|kicked\s+off)\b"
)


def nth_day_number(match):
    """The day's number of an `NTH_DAY_OF_RE` match ("fifth" or "12th")."""
    word = (match.group("nth") or match.group("nth2")).lower()
    return NTH_DAYS.get(word) or int(word[:-2])


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


# A page saved with its HTML source (an archived speech: "<title>MR. X - ADDRESS TO THE …
# </title> … <p align="CENTER"><font …>TO THE APEC SME WEEK</font></p> …" on one line, c22):
# a block tag ends a line as the browser showed it, an inline tag is no text. One tag is at
# most MARKUP_TAG characters and holds no other "<" or ">" (linear time).
MARKUP_HINT_RE = re.compile(r"</?(?:p|title|br|div|h[1-6]|li|tr|td|body|head|html)\b", re.I)
MARKUP_BLOCK_RE = re.compile(
    r"<(?:/?(?:p|title|br|div|h[1-6]|li|tr|td|body|head|html|table|ul|ol)\b)[^<>]{0,400}>",
    re.I,
)
MARKUP_TAG_RE = re.compile(r"<[/!]?[A-Za-z][^<>]{0,400}>")
MARKUP_HEAD_RE = re.compile(r"<meta\b[^<>]{0,400}>", re.I)


def markup_pieces(line):
    """The lines a line of HTML source showed (block tags end a line, other tags go), or
    [line] when it holds no block tag."""
    if "<" not in line or not MARKUP_HINT_RE.search(line):
        return [line]
    line = MARKUP_HEAD_RE.sub("", line)
    pieces = (MARKUP_TAG_RE.sub("", piece).strip() for piece in MARKUP_BLOCK_RE.split(line))
    return [re.sub(r"\s+", " ", piece) for piece in pieces if piece]
