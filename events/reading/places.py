"""An event's city and venue, its host and co-host economies."""

import re

from core.importing_places import gazetteer
from events.reading.chrome import (
    DD,
    MON,
    MONTH_NUMBERS,
    WEEKDAYS,
)
from events.reading.cues import (
    A_YEARS_APEC_RE,
    ALONE_NO_VENUE,
    AS_CO_HOST_RE,
    BY_CUT_RE,
    BY_RE,
    CHAIR_AFTER_RE,
    CHAIR_RE,
    CO_VERB_RE,
    CO_WITH_RE,
    INITIATIVE_OF_RE,
    LOWER_VENUE_RE,
    NOT_PLACE_WORDS,
    OFFICE_NAME_WORDS,
    OFFICE_RE,
    OTHER_YEARS_HOST_RE,
    PLACE_KIND_WORDS,
    POSSESSIVE_RE,
    REGION_AFTER_RE,
    REGION_NAME_RE,
    ROLE_AFTER_RE,
    ROLE_BEFORE_RE,
    SECRETARIAT_VENUE_RE,
    STREET_WORDS,
    SUBJECT_RE,
    VENUE_BRANDS,
    VENUE_WINGS,
    VENUE_WORDS,
)
from events.reading.document import (
    _clean,
)
from events.reading.names import (
    TOKEN_RE,
    _capitalised,
    _names_in,
)
from events.reading.words import (
    ARTICLES,
    CONNECTORS,
    KIND_WORDS,
    LONGEST,
    QUOTED_RE,
)


def _venue_in(text, rooms=True):
    """The venue `_first_venue_in` reads, but a host that opens the clause ("the Palawan
    State University hosted the … Roadshow on December 4 at the Performing Arts Center")
    gives way to the place the sentence then says the event is at (d4)."""
    found = _first_venue_in(text, rooms)
    if found is None or not HOSTS_AFTER_RE.match(text, found[1]):
        return found
    rest = text[found[1] : LONGEST]
    later = _first_venue_in(rest, rooms)
    if later is None or not AT_BEFORE_RE.search(rest, 0, later[2]):
        return found
    return later[0], found[1] + later[1], found[1] + later[2]


AT_BEFORE_RE = re.compile(r"\bat\s+(?:the\s+)?$")


def _first_venue_in(text, rooms=True):
    """ "held at the Lima Convention Center in Lima" -> ("Lima Convention Center", end).

    A venue ends in a venue word ("… Hotel", "… Sands") or holds a hotel brand ("the JW
    Marriott Lima"); a name holding "APEC" or an event word is the event, not its venue. A
    room of a house ("the Grand Ballroom of the … Hotel") gives the house (`rooms`, c32).
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
        owner, first = _owner_and_first(tokens, first, index)
        last = _venue_end(tokens, first, index, brand)
        if first == last and bare in ALONE_NO_VENUE:
            continue
        words = [t.rstrip(",.").lower() for t, _, _ in tokens[first : last + 1]]
        if _no_venue(words, tokens, last):
            continue
        if words[0].endswith("-based"):
            continue  # "of the Bangkok-based … Center": where a speaker works (c24)
        name_end, end = _venue_name_end(text, tokens[last][2])
        if subject and not HOSTS_AFTER_RE.match(text, end):
            continue  # a venue that opens the clause is one only as the subject of "hosted"
        name = text[tokens[first][1] : name_end].rstrip(",.")
        if owner and set(words) <= VENUE_WORDS | PLACE_KIND_WORDS | CONNECTORS:
            name = f"{owner} {name}"  # "Lima's Convention Center" is the Lima Convention Center
        house = _house_of_room(name, text, tokens[first][1], name_end) if rooms else None
        if house:
            return house
        return name, end, tokens[first][1]
    named = LOWER_VENUE_RE.search(text, 0, LONGEST) or SECRETARIAT_VENUE_RE.search(text, 0, LONGEST)
    return (named.group("name"), named.end(), named.start("name")) if named else None


def _owner_and_first(tokens, first, index):
    """(the town owning the venue or None, the venue's first token): "at Lima's Pacific
    Convention Center", "Port Moresby's International Convention Centre" are the city's,
    not part of the name."""
    owned = _possessive_owner(tokens, first, index)
    if owned is None:
        return None, first
    return " ".join(t for t, _, _ in tokens[first : owned + 1])[:-2], owned + 1


# "in the Grand Ballroom of the Paradise Hotel", "Hall B of BEXCO" (c32): a room of a venue,
# the venue being the house it is in (a venue's name, a brand or a short name in capitals);
# "the Great Hall of the People" is a venue's own name.
ROOM_OF_RE = re.compile(
    r"^(?:[A-Z][\w’'-]*\s+){0,2}(?:Ballroom|Hall|Room|Suite|Salon)(?:\s+[A-Z0-9]{1,2})?"
    r"(?P<of>\s+of\s+(?:the\s+)?)(?P<rest>.*)$",
    re.S,
)
ROOM_ALONE_RE = re.compile(
    r"^(?:[A-Z][\w’'-]*\s+){0,2}(?:Ballroom|Hall|Room|Suite|Salon)(?:\s+[A-Z0-9]{1,2})?$"
)
ROOM_OF_AFTER_RE = re.compile(r"\s+of\s+(?:the\s+)?(?=[A-Z])")
SHORT_NAME_RE = re.compile(r"(?!APEC\b)[A-Z]{3,8}\b")


def _house_of_room(name, text, name_start, name_end):
    """(venue, end, start) of the house a room (`name`, at `name_start`-`name_end` in `text`) is
    in ("the Grand Ballroom of the Paradise Hotel Busan" -> "Paradise Hotel"), or None when
    `name` is no room of a named house."""
    room = ROOM_OF_RE.match(name)
    if room:
        start = name_start + room.start("rest")
    elif ROOM_ALONE_RE.match(name):
        after = ROOM_OF_AFTER_RE.match(text, name_end)
        if not after:
            return None
        start = after.end()
    else:
        return None
    house = _venue_in(f"at {text[start:]}", rooms=False)
    if house and house[2] == len("at "):
        return house[0], start + house[1] - len("at "), start
    short = SHORT_NAME_RE.match(text, start)
    return (short.group(0), short.end(), start) if short else None


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
    "Office" ("the White House Office of Science …") is an office, one before "for APEC" a
    body."""
    if "apec" in words or any(w in KIND_WORDS and w not in PLACE_KIND_WORDS for w in words):
        return True
    after = [t.rstrip(",.") for t, _, _ in tokens[last + 1 : last + 3]]
    if after[:1] == ["for"] and after[1:] == ["APEC"]:
        return True  # "the US National Center for APEC": a body named for APEC (d2)
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
        if _after_capitals(tokens, first):
            return first, False  # "… WORKING GROUP Crown Regency Resort …" (c17)
        if previous.endswith((",", ".")) or previous in ("at", "in", "At", "In"):
            break
        if not (_capitalised(previous) or previous in ("of", "and", "&", "de")):
            break
        first -= 1
    lead = tokens[first - 1][0] if first else ""
    subject = not lead or lead.endswith(",")
    if not subject and lead.lower() not in ("at", "in", "the"):
        return None, False
    if lead.lower() == "the" and _organisation_lead(tokens, first - 1):
        return None, False
    while first < index and tokens[first][0].lower() in CONNECTORS | ARTICLES:
        if tokens[first][0] == "The" and lead in ("at", "in"):
            break  # "at The Green Sun Hotel": a capital article inside a sentence is the name's (c8)
        first += 1
    return first, subject


# Who does something, not where: "chaired by the Philippine Institute for Development
# Studies", "the regional director of the Institute for Agricultural Development" (c28).
ROLE_OF_WORDS = {
    "director", "directors", "president", "chair", "chairman", "chairwoman", "head", "dean",
    "rector", "secretary", "member", "members", "staff", "officials", "representative",
    "representatives", "researcher", "researchers", "professor", "founder", "experts",
}  # fmt: skip


# Who hosts or organises, named before "was"/"were" ("The main hosts of the Conference were
# the Philippine Institute for Development Studies", d4).
HOST_NOUNS = {
    "host", "hosts", "co-host", "co-hosts", "organiser", "organisers", "organizer",
    "organizers", "co-organisers", "co-organizers", "sponsor", "sponsors", "convenor",
    "convenors", "convener", "conveners",
}  # fmt: skip
LOOK_BACK = 14  # tokens


def _organisation_lead(tokens, article):
    """Whether the "the" at token `article` follows "by" or a role and "of", or names a second
    organiser ("hosted by the … Council and the International Study Centre of …") or who the
    hosts were: the name after it is who chairs, organises or employs, an organisation,
    never the venue (c28, d4)."""
    before = tokens[article - 1][0].lower() if article else ""
    if before == "by":
        return True
    if before in ("and", "were", "was", "are", "is"):
        words = [t[0].lower() for t in tokens[max(0, article - 1 - LOOK_BACK) : article - 1]]
        for word in reversed(words):
            if word.rstrip(",") in ("at", "in") or word.endswith((".", ";")):
                break  # "held at the X and the Y Hall": places, not hosts
            if (word == "by" and before == "and") or (word in HOST_NOUNS and before != "and"):
                return True
    return (
        before == "of"
        and article > 1
        and tokens[article - 2][0].rstrip(",").lower() in ROLE_OF_WORDS
    )


def _after_capitals(tokens, first):
    """Whether the token at `first`, in mixed case, comes right after a name written in
    capitals (three words or more): a meeting paper's header names its meeting in capitals
    and then its venue, "… OCEAN AND FISHERIES WORKING GROUP Crown Regency Resort …"."""
    if first < 3 or tokens[first][0].isupper() or not tokens[first][0][:1].isupper():
        return False
    return all(len(t) > 1 and t.isupper() for t, _, _ in tokens[first - 3 : first])


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


# A month's name after a town's, the day cut off with the full stop: "in Taipei City Aug" (c8).
GLUED_MONTH_RE = re.compile(r"\s+(?P<month>[A-Z][a-z]{2,8})$")


def _place_before_month(place, names):
    """`place` without a month's name after it: "held in Taipei City Aug. 12" (the day cut
    off with the full stop) is in Taipei City; "Viña del Mar" is a town's whole name."""
    month = GLUED_MONTH_RE.search(place)
    if month and month.group("month").lower() in MONTH_NUMBERS and not names.city(place):
        return place[: month.start()]
    return place


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
    place = _unglued_place(_place_before_month(place, names), names)
    island = ISLAND_AFTER_RE.sub("", place)
    if island != place and names.city(island):
        if not _town_named_for_island(island):
            return place, names.city(island), True  # "Boracay Island": no town of that name
        place = island  # "held on Jeju Island": the town the island is named for (i28l8)
    named_region = REGION_NAME_RE.match(place)
    if named_region:
        # "in Fukui Prefecture": a region, no town; its economy still counts for the host
        rest = named_region.group("rest")
        code = names.region(rest) or names.city(rest) or names.economy(region or "")
        return "", code, bool(code)
    region_code = (names.economy(region) or names.region(region)) if region else None
    place, region_code = _owned_place(place, region_code, names)
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
    return _region_alone(place, region, names) or (place, region_code, bool(region_code))


def _region_alone(place, region, names):
    """("", economy, True) for a state or province named alone where a town would stand
    ("will be held in Hawai'i"): no town, its economy counts for the host (d4); else None."""
    if region or not names.region(place) or gazetteer().town(place):
        return None
    return "", names.region(place), True


def _owned_place(place, region_code, names):
    """(place, economy code) of a place written after its owner in the possessive: "Chile's
    Los Lagos" (the economy's), "Khanh Hoa's Nha Trang city", "Bali's Nusa Dua" (a town in
    the province or island written before it, e2); else `place` and `region_code`."""
    owner = POSSESSIVE_RE.match(place)
    if owner is None:
        return place, region_code
    if names.economy(owner.group("economy")):
        return place[owner.end() :], region_code or names.economy(owner.group("economy"))
    town = _town_of_region(place[owner.end() :], owner.group("economy"), names)
    if town:
        return town, region_code or names.city(town)
    return place, region_code


CITY_WORD_AFTER_RE = re.compile(r"\s+(?:city|town)$")


def _town_of_region(place, region, names):
    """The town `place` names ("Nha Trang" of "Nha Trang city") when the gazetteer knows it
    and `region` is a province or region it knows; else None (e2)."""
    if not names.region(region):
        return None
    town = CITY_WORD_AFTER_RE.sub("", place)
    return town if names.city(town) else None


def _small_town(place, code, known):
    """(code, known) of a place read after a strong cue ("held in Big Sky", "took place in
    Whistler"): a place `_place_of` did not know, found among the small towns, resorts and
    islands' towns of the member economies, takes that town's economy. The gazetteer's
    cities leave such towns out, many bearing words of prose; the cue says the word is a
    place, so the GeoNames list down to 500 people is asked only here (c21)."""
    if not place or known:
        return code, known
    town = gazetteer().town(place)
    return (town, True) if town else (code, known)


def _region_held_in(match, text, names):
    """(region, code) of the region a HELD_IN_RE `match` holds the event in: "in Chile's
    Biobío region", "in Hainan Province", "in the province of Hainan"; the region's name only
    when the gazetteer knows it ("in the Asia-Pacific region" gives none). None for a place
    that is no region (c3)."""
    place = match.group("place").rstrip(".,")
    owner = POSSESSIVE_RE.match(place)
    if owner and _town_of_region(place[owner.end() :], owner.group("economy"), names):
        return None  # "in the southern province of Khanh Hoa's Nha Trang city": its town (e2)
    if match.group("kind") or REGION_AFTER_RE.match(text, match.end("place")):
        code = names.region(place)
        return (place if code else None), code or _place_of(place, "", names)[1]
    named = REGION_NAME_RE.match(place)
    code = names.region(named.group("rest")) if named else None
    return (named.group("rest"), code) if code else None


# A copy that lost the blank after a place glues the next small word to it: "held in Ho Chi
# Minh Cityon September 15" (c3).
GLUED_SMALL_WORD_RE = re.compile(r"(?<=[a-z])(?:on|in|at|of|and|for|from|to|by|with|the)$")


def _unglued_place(place, names):
    """A place the gazetteer does not know that is a known town once a small word glued to
    its end is taken off ("Ho Chi Minh Cityon" -> "Ho Chi Minh City"); else `place`."""
    glued = GLUED_SMALL_WORD_RE.search(place)
    if glued is None or names.city(place) or names.economy(place):
        return place
    town = place[: glued.start()]
    return town if names.city(town) else place


# "Jeju Island": a known town with "Island" after it (i28l8).
ISLAND_AFTER_RE = re.compile(r"\s+Island$")


def _town_named_for_island(island):
    """Whether the gazetteer knows a town named for the island ("Jeju": Jeju City), so that
    "Jeju Island" is read as the town; an island with no town of its name ("Boracay
    Island", a resort island the host cities list as "Boracay") keeps the name the page
    gives it (c15)."""
    places = gazetteer()
    return bool(places.city(island) or places.city(f"{island} City"))


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
    if PERSON_BEFORE_RE.search(before) or CLOCK_BEFORE_RE.search(before):
        return True
    # "Reyes Tagle indicated that …": a town and another capitalised name, the subject of a
    # speech verb, are a person's surnames; so are they before a role in apposition ("by Long
    # Yongtu, chief representative for trade negotiations", c28).
    return bool(following) and bool(
        SAID_AFTER_RE.match(text, match.end()) or ROLE_APPOSITION_RE.match(text, match.end())
    )


# "at 08:00 (Singapore) or 13:00 (New Zealand)", "5:00 a.m. Singapore local time": a town right
# after a clock time names a time zone, not where the event is (a media advisory's times, c35).
CLOCK_BEFORE_RE = re.compile(r"\b\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?\s*\(?$")
# "Ramon Lopez", "Ramon M. Lopez", "Albert del Rosario": a given name or an initial (and a
# particle of a surname) right before a town's name make it a surname.
PERSON_BEFORE_RE = re.compile(
    r"(?:\b[A-Z]\.|\b[A-Z][a-z]+)\s+(?:(?:de|del|dela|de\s+la|da|dos|van|von|bin|binti)\s+)?$"
)
SAID_AFTER_RE = re.compile(
    r"\s+(?:said|says|told|added|noted|stated|indicated|announced|explained|stressed"
    r"|remarked|highlighted|underscored|emphasi[sz]ed)\b"
)

# ", chief representative for …", ", the deputy minister of …": a person's role after the name.
ROLE_APPOSITION_RE = re.compile(
    r",\s+(?:the\s+|a\s+)?(?:[a-z-]+\s+){0,2}(?:representative|minister|director|president"
    r"|chair(?:man|woman|person)?|head|secretary|spokes(?:person|man|woman)|ambassador|governor"
    r"|mayor|deputy|professor|officer|envoy|commissioner|negotiator|advis[eo]r|founder)\b"
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


def _economies(text, names):
    found = [(start, code) for code, _, start in names.find(text)]
    found += [
        (m.start(), ECONOMY_ADJECTIVES[m.group("adjective")])
        for m in DEMONYM_BODY_RE.finditer(text)
    ]
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


# Also in lower case, "the Korean government will host …", "the Chilean ministry" (c33), and
# "the Chinese / Philippine Government" (ECONOMY_ADJECTIVES; "Chinese Taipei" is a name).
DEMONYM_BODY_RE = re.compile(
    r"\b(?P<adjective>" + "|".join(ECONOMY_ADJECTIVES) + r")\s+(?:[Gg]overnment|[Mm]inistry"
    r"|Department|Agency|Embassy|Office|Secretariat|Council|Chamber|Corporation)\b"
)


def _adjective_economies(text):
    """The economies named by their adjectives in `text`, in order."""
    codes = []
    for match in ECONOMY_ADJECTIVE_RE.finditer(text):
        code = ECONOMY_ADJECTIVES[match.group("adjective")]
        if code not in codes:
            codes.append(code)
    return codes


def _office_economies(text, names):
    """The economies of the ministers' offices in `text` whose ministry the data know as an
    agency ("Minister of Planning and Investment": the Ministry of Planning and Investment,
    Viet Nam's; "Entrepreneur Development and Cooperatives Minister": Malaysia's), the longest
    portfolio first, in reading order (c3)."""
    codes = []
    for match in OFFICE_RE.finditer(text):
        words = (match.group("portfolio") or match.group("before")).split()
        sizes = range(len(words), 0, -1)
        if match.group("before"):  # "… Development and Cooperatives Minister": its last words
            spans = [words[-size:] for size in sizes]
        else:  # "Minister of Planning and Investment Pham …": its first words
            spans = [words[:size] for size in sizes]
        for span in spans:
            portfolio = " ".join(span).strip(",")
            code = names.agency(f"Ministry of {portfolio}")
            if code:
                codes.append(code)
                break
    return codes


def _chair_who(text):
    """The words naming the chair in `text`: after "chaired by", "under the chairmanship of",
    or before "…, the chair of the meeting", "… chaired the meeting" (c3); else ""."""
    match = CHAIR_RE.search(text)
    if match:
        return match.group("who")
    after = CHAIR_AFTER_RE.search(text)
    return text[max(0, after.start() - 200) : after.start()] if after else ""


# The host's leader named by the economy's adjective, as wires write it: "The meeting's host,
# South Korean President Roh …", "host Malaysian Prime Minister …" (round c39).
HOST_LEADER_RE = re.compile(
    r"\bhost,?\s+(?:South\s+|New\s+)?(?P<adjective>"
    + "|".join(sorted(ECONOMY_ADJECTIVES, key=len, reverse=True))
    + r")\s+(?:President|Prime\s+Minister|Premier|Sultan|leader)\b"
)


def _economy_in_hosts_role(text, names):
    """The economy `text` names in the host's role, right before or after it ("Chile, this
    year's APEC chair, …", "As host, Chile …", "the host economy, Viet Nam"), another year's
    host left out ("last year's APEC host, Peru"), or by its leader's adjective ("The
    meeting's host, South Korean President …", c39); else None (c3)."""
    if "host" not in text and "chair" not in text:
        return None
    leader = HOST_LEADER_RE.search(text) if "host" in text else None
    if leader and not OTHER_YEARS_HOST_RE.search(text, max(0, leader.start() - 30), leader.start()):
        return ECONOMY_ADJECTIVES[leader.group("adjective")]
    for code, spelling, start in names.find(text):
        before = ROLE_BEFORE_RE.search(text, max(0, start - 60), start)
        after = ROLE_AFTER_RE.match(text, start + len(spelling))
        other = before and OTHER_YEARS_HOST_RE.search(
            text, max(0, before.start() - 30), before.start()
        )
        if (before or after) and not other:
            return code
    return None


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
        _initiative_of(text, names, line, organisers)
        _pair_co_hosts(text, names, line, co_hosts)
        _noun_co_hosts(text, names, line, co_hosts)
    return hosts, co_hosts, organisers


# "A joint statement issued by cohosts Japan and the United States said …" (c1): the
# economies written after "cohosts" co-host (the one where the event is held is its host).
NOUN_CO_HOSTS_RE = re.compile(
    r"\bco-?\s?hosts\s+(?P<who>(?:the\s+)?[A-Z][^,.;:]{1,80}?)(?=\s+(?:said|say|have|has|had"
    r"|were|are|agreed|issued|will|noted|stressed)\b|\s*[,.;:])"
)


def _noun_co_hosts(text, names, line, co_hosts):
    if "hosts " not in text:
        return
    for match in NOUN_CO_HOSTS_RE.finditer(text):
        co_hosts.extend((code, line) for code in _economies(match.group("who"), names))


def _economy_possessive(place, names):
    """The economy's code when `place` is an economy's possessive ("in Viet Nam’s reform",
    "Chile's"), which is no town; else None (c1)."""
    owner = re.fullmatch(r"(?P<economy>.+?)['’]s", place.strip().rstrip(".,"))
    return names.economy(owner.group("economy")) if owner else None


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
        if A_YEARS_APEC_RE.match(text, match.end()):
            continue  # "Vietnam hosted the APEC Year 2017": a host year's (f5)
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


def _initiative_of(text, names, line, organisers):
    """The economy whose initiative the event is ("an initiative of Russia with China … as
    co-sponsors"): it organises the event; the co-sponsors after "with" are read by
    `_as_co_hosts` (c20)."""
    if "initiative" not in text:
        return
    for match in INITIATIVE_OF_RE.finditer(text):
        codes = _economies(_who(match.group("who"), names), names)
        organisers.extend((code, line) for code in codes[:1])


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


# Economies that are one city: a meeting they host in person is in that city.
CITY_ECONOMIES = {"HKG": "Hong Kong", "SGP": "Singapore"}


def _city_of_city_economy(result, host, line):
    """ "Hong Kong, China is honoured to host …": the city is Hong Kong when no city was read
    and the meeting is not online; kept to pages naming no venue either (low, cue "the host
    economy")."""
    placed = result.value("city") or result.value("venue") or result.value("virtual")
    if host in CITY_ECONOMIES and not placed:
        result.fact("city", CITY_ECONOMIES[host], line, "low", cue="the host economy")


# "APEC Leaders Gather in Lima …", "Apec ministers meet in Bangkok with …", "Officials
# convene in Cebu": a headline saying where the page's participants meet, in the present
# (only the headline: in prose "the leaders, who gather in Beijing in November" is another
# meeting's) (c29).
HEADLINE_GATHER_IN_RE = re.compile(
    r"\b(?i:gathers?|convenes?|meets?|assembles?)\s+in\s+"
    r"(?P<place>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2})"
)
# "Sydney Workshop for 2045 …": a headline opening with a town and a kind word.
TOWN_KIND_HEADLINE_RE = re.compile(
    r"(?P<town>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s(?P<kind>[A-Z][a-z]+)\b"
)
