"""Per-field accuracy of the readers over a development set of texts.

A development set is a folder of invented texts (`*.txt`) and an `expected.json` naming,
for each text, the facts a person reads in it (see tests/*/devset/ and docs/importing.md,
"Accuracy"). `manage.py import_accuracy` prints the share of each field read right; the
tests in tests/portal/test_import_accuracy.py keep it from falling.

A field counts as right when the reader gives the expected value; a record the reader
missed counts each of its fields as wrong; a text refused counts every field as wrong.
Titles compare loosely: letters and digits only, and one may contain the other; a
bracketed acronym restating the words before it is dropped.
"""

import itertools
import json
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from core.importing import EconomyNames, ImportRefused
from core.importing_places import gazetteer
from events.importer import event_document_read, event_record_json
from initiatives.importer import initiative_document_read, initiative_record_json
from initiatives.models import Economy
from statements.importer import statement_read

ROOT = Path(__file__).resolve().parent.parent
DEVSETS = {
    "statement": ROOT / "tests" / "statements" / "devset",
    "event": ROOT / "tests" / "events" / "devset",
    "initiative": ROOT / "tests" / "initiatives" / "devset",
}
EVENT_FIELDS = ("title", "start", "city", "venue", "host", "co_hosts")


@dataclass
class Accuracy:
    """Right and total counts per field, and what went wrong, for one development set."""

    kind: str
    right: Counter = field(default_factory=Counter)
    total: Counter = field(default_factory=Counter)
    misses: list = field(default_factory=list)  # (text, field, expected, read)
    extra_records: int = 0
    folder: Path | None = None

    def score(self, name, field_name, expected, read, made=True):
        """Count one field; a field of a record the reader did not make (`made` False) is
        wrong whatever it expects, an empty venue included."""
        self.total[field_name] += 1
        if made and _same(field_name, expected, read):
            self.right[field_name] += 1
        else:
            self.misses.append((name, field_name, expected, read))

    @property
    def overall(self):
        total = sum(self.total.values())
        return sum(self.right.values()) / total if total else 1.0

    def share(self, field_name):
        total = self.total[field_name]
        return self.right[field_name] / total if total else 1.0


# Spellings a person reads as the same words in a title: the SME spelled out or not (with or
# without "and", "sized" or the plural), APEC spelled out, written or left out (every event
# here is an APEC one), the short forms of APEC's standing meetings, and the article "the".
_TITLE_SPELLINGS = (
    (re.compile(r"\bsmall (?:and )?medium (?:sized )?enterprises?\b|\bsmes\b"), "sme"),
    (re.compile(r"\basia pacific economic co ?operation\b"), "apec"),
    (re.compile(r"\bsmewg\b"), "sme working group"),
    (re.compile(r"\bsmemm\b"), "sme ministerial meeting"),
    (re.compile(r"\bsom ?(?:1|i)\b"), "first senior officials meeting"),
    (re.compile(r"\bsom ?(?:2|ii)\b"), "second senior officials meeting"),
    (re.compile(r"\bsom ?(?:3|iii)\b"), "third senior officials meeting"),
    (re.compile(r"\bcsom\b"), "concluding senior officials meeting"),
    (re.compile(r"\bisom\b"), "informal senior officials meeting"),
    (re.compile(r"\bsom\b"), "senior officials meeting"),
    (re.compile(r"\bmrt\b"), "ministers responsible for trade"),
    (re.compile(r"\babac\b"), "business advisory council"),
    (re.compile(r"\bwln\b"), "women leaders network"),
    (re.compile(r"\bapec\b ?"), ""),
    (re.compile(r"\bthe\b ?"), ""),
    # "41st meeting of the SME Working Group" is the "41st SME Working Group meeting".
    (re.compile(r"^(\w+ )?meeting of (.+)$"), r"\1\2 meeting"),
)
# Names of APEC's standing meetings by who meets, compared as well as the spellings above (a
# title matching either way is the same): a subject read as a longer one ("… on Fisheries
# (Ocean Week)") still matches without them.
_WHO_MEETS = (
    # A ministerial meeting named by who meets or by its subject: "meeting of Ministers
    # Responsible for Trade", "Trade Ministers' Meeting", "ministerial meeting on food
    # security" are the "trade" and "food security ministerial meeting"; the foreign and
    # trade ministers' meeting is APEC's Ministerial Meeting (AMM), no trade ministers' one.
    (re.compile(r"\b(?:ministerial|ministers) meeting on (.+)$"), r"\1 ministerial meeting"),
    (re.compile(r"\bministers responsible for (.+?)(?: meeting)?$"), r"\1 ministerial meeting"),
    (re.compile(r"\bministers meeting\b"), "ministerial meeting"),
    (re.compile(r"\bforeign (?:affairs )?and trade ministerial meeting\b"), "amm"),
    (re.compile(r"^((?:\d{4} |\d+(?:st|nd|rd|th) )?)(?:annual )?ministerial meeting$"), r"\1amm"),
    # The Leaders' meeting as the press names it: "meeting of APEC leaders", "informal
    # leaders' meeting", "the 20th summit meeting of the APEC leaders", "the 2012 APEC summit"
    # (a year or a number before "summit" only: a CEO or youth summit is another event).
    (
        re.compile(r"\b(?:informal )?(?:summit )?meeting of (?:economic )?leaders(?: of)?$"),
        "economic leaders meeting",
    ),
    (
        re.compile(r"\b(?:informal )?(?:economic )?leaders (?:meeting|summit)\b"),
        "economic leaders meeting",
    ),
    (
        re.compile(r"^(\d{4} |\d+(?:st|nd|rd|th) |first |second |third )?summit$"),
        r"\1economic leaders meeting",
    ),
    (re.compile(r"^aelm$"), "economic leaders meeting"),
)
_WORDS = re.compile(r"[^\W_]+")


def _key(text):
    return " ".join(_WORDS.findall(str(text or "").lower()))


# "(SME)" after "Small and Medium Enterprises", "(MRT)" after "Ministers Responsible for
# Trade", "(SOM2)" after "Second SOM": a bracketed acronym (a plural "s" or a number after it
# allowed) restating the capitalised words just before it, or one of them.
_BRACKETED = re.compile(r"\s*\(([A-Z][A-Za-z]{1,9}\d{0,2}(?: [A-Z][A-Za-z]{0,9}\d{0,2}){0,3})\)")
_NAME_WORDS = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
_SMALL_WORDS = frozenset({"and", "of", "for", "the", "on", "in", "to"})


def _drop_restatement(text):
    def drop(match):
        before = _NAME_WORDS.findall(text[: match.start()])
        words = {word.upper() for word in before}
        initials = "".join(
            word[0] for word in before[-12:] if word.lower() not in _SMALL_WORDS
        ).upper()
        # "(SCSC)" after "Sub-Committee on Standards and Conformance": each part of a
        # hyphenated word gives its initial too (c38)
        parts = "".join(
            part[0]
            for word in before[-12:]
            if word.lower() not in _SMALL_WORDS
            for part in re.split(r"-", word)
            if part
        ).upper()
        shorts = [_short(token) for token in match.group(1).split()]
        if len(shorts) == 1:
            restated = (
                initials.endswith(shorts[0]) or parts.endswith(shorts[0]) or shorts[0] in words
            )
        else:  # "(APEC SME WG)": each a word before it or the initials of words before it
            restated = all(short in words or short in initials for short in shorts)
        return "" if restated else match.group(0)

    return _BRACKETED.sub(drop, text)


def _short(token):
    short = token.upper().rstrip("0123456789")
    return short[:-1] if short.endswith("S") and len(short) > 2 else short


def _title_key(text, spellings=_TITLE_SPELLINGS):
    text = re.sub(r"['’](?=s\b)", "", _drop_restatement(str(text or "")))  # "Leader's"
    key = _key(text)
    for pattern, spelling in spellings:
        key = pattern.sub(spelling, key).strip()
    return f" {key.strip()} "


def _same_title(expected, read):
    """Whole words of one inside the other, after the spellings, or after the spellings and
    the names by who meets: a number or a year added to the name still names the meeting;
    "meeting" is not inside "meetings"."""
    for spellings in (_TITLE_SPELLINGS, _TITLE_SPELLINGS + _WHO_MEETS):
        want, got = _title_key(expected, spellings), _title_key(read, spellings)
        if want.strip() and got.strip() and (want in got or got in want):
            return True
    return False


def _place_key(text):
    """A city or venue as a person compares them: case, punctuation, a leading "the" and a
    possessive "'s" aside ("The Green Sun Hotel", "Lima's Convention Center")."""
    text = re.sub(r"['’]s\b", "", str(text or ""))
    return re.sub(r"^the ", "", _key(text))


def _town_key(text):
    """A town with or without "City" ("Iloilo City", "Iloilo"), unless the name without it is
    a country or a province."""
    key = _place_key(text)
    town = key.removesuffix(" city")
    return key if town in _NOT_TOWNS else town


def _one_town(first, second):
    """Two spellings the gazetteer reads as one town ("HCM City", "Ho Chi Minh City")."""
    places = [gazetteer().city(name) for name in (first, second)]
    return places[0] is not None and places[0] == places[1]


_TRAILING_BRACKET = re.compile(r"\s*\([^()]*\)\s*$")

# Names that are a country or a province without "City": "Mexico City" is not "Mexico".
_NOT_TOWNS = frozenset({"mexico", "quezon", "panama", "guatemala", "kuwait", "vatican"})


def _same(field_name, expected, read):
    if field_name == "title":
        return _same_title(expected, read)
    if field_name in ("co_hosts", "co_implementers"):
        return sorted(expected or []) == sorted(read or [])
    if expected in (None, "") and read in (None, ""):
        return True
    if field_name == "city":
        return bool(expected and read) and (
            _town_key(expected) == _town_key(read) or _one_town(expected, read)
        )
    if field_name == "venue":
        # a bracket after the name restates it or adds an aside: "… Jeju (ICC JEJU)"
        expected, read = (_TRAILING_BRACKET.sub("", str(value or "")) for value in (expected, read))
        return bool(expected and read) and _place_key(expected) == _place_key(read)
    return expected == read


def _iso(value):
    return value.isoformat() if value else None


def _statement_facts(text):
    parsed = statement_read(text)
    # A meeting dated by its month or year only has no first day: its start is the month's
    # or the year's first day in the database, not a day the text gives.
    days = parsed.date_precision == "day"
    return {
        "year": parsed.start_date.year if parsed.start_date else None,
        "host": parsed.host.code if parsed.host else None,
        "city": parsed.city or "",
        "start": _iso(parsed.start_date) if days else None,
        "end": _iso(parsed.end_date) if days else None,
        "count": len(parsed.paragraphs),
        "number": parsed.meeting_number,
    }


def _event_records(text, names, source_url=""):
    result = event_document_read(text, names=names, source_url=source_url)
    records = []
    for record in result.records:
        data = event_record_json(record)
        # A meeting dated by its month or year only has no first day (as for statements): the
        # database keeps the month's first day with its precision; the text gives no day.
        days = data["date_precision"] in ("day", "")
        records.append(
            [
                data["title"],
                data["start_date"] if days else None,
                data["city"],
                data["venue"],
                data["host_economy"],
                data["co_host_economies"],
            ]
        )
    return records


def _initiative_facts(text, names):
    record = initiative_document_read(text, names=names).records[0]
    data = initiative_record_json(record)
    return {key: data[key] for key in ("title", "proposer", "co_implementers", "start_year")} | {
        "end_year": data["end_year"]
    }


def _economy_names():
    return EconomyNames.from_economies(Economy.objects.all())


def measure(kind, folder=None):
    """The Accuracy of the reader of `kind` over its development set (or `folder`)."""
    folder = Path(folder or DEVSETS[kind])
    expected_all = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    accuracy = Accuracy(kind, folder=folder)
    names = _economy_names() if kind != "statement" else None
    addresses = _addresses(expected_all.get("_about"))
    for name, expected in sorted(expected_all.items()):
        if name.startswith("_"):
            continue
        text = (folder / name).read_text(encoding="utf-8")
        if kind == "event":
            _score_event(accuracy, name, text, expected, names, addresses.get(name, ""))
        else:
            _score_one(accuracy, name, text, expected, kind, names)
    return accuracy


def _score_one(accuracy, name, text, expected, kind, names):
    try:
        read = _statement_facts(text) if kind == "statement" else _initiative_facts(text, names)
    except ImportRefused as refusal:
        read = dict.fromkeys(expected, f"refused: {refusal.reason}")
    for field_name, value in expected.items():
        accuracy.score(name, field_name, value, read.get(field_name))


def _addresses(about):
    """Each text's address, as staff give it beside the pasted text (the source URL), from a
    set's "_about" table ({file name: "address | source kind | year"}); none for the devset,
    whose "_about" is a description."""
    if not isinstance(about, dict):
        return {}
    addresses = {}
    for name, line in about.items():
        address = str(line).split(" | ")[0].strip()
        if re.match(r"https?://", address):
            addresses[name] = address
    return addresses


def _score_event(accuracy, name, text, expected, names, source_url=""):
    try:
        records = _event_records(text, names, source_url)
    except ImportRefused as refusal:
        records = []
        accuracy.misses.append((name, "refused", "", refusal.reason))
    accuracy.extra_records += max(0, len(records) - len(expected))
    for number, (want, got) in enumerate(zip(expected, _paired(expected, records), strict=True)):
        for field_name, value, read in zip(EVENT_FIELDS, want, got, strict=True):
            accuracy.score(f"{name}#{number + 1}", field_name, value, read, _made(got))


def _made(record):
    """False for the empty slot standing for a record the reader did not make."""
    return any(value is not None for value in record)


# Pairings are all tried while there are at most this many (4 expected and 6 read records:
# 5,040); beyond it the best one is found by the Hungarian method (until the tenth session
# each expected record took its closest read one in turn, which could slide a long
# schedule's records one slot down past an item the reader missed).
PAIRING_LIMIT = 50_000


def _agreement(want, got):
    if not _made(got):  # the empty slot: a missed record agrees in nothing
        return 0
    return sum(
        _same(f, value, read) for f, value, read in zip(EVENT_FIELDS, want, got, strict=True)
    )


def _paired(expected, records):
    """The read record scored against each expected one: the pairing that agrees in most
    fields over the page (the first of equals), so that an expected record the reader missed
    (a week around three meetings) does not take a meeting's record from its own."""
    records = list(records)
    empty = [None] * len(EVENT_FIELDS)
    slots = records + [empty] * len(expected)  # an expected record may be left unpaired
    if not records:
        return [empty for _ in expected]
    # Each expected record's agreement with each slot, worked out once: the pairings only add.
    agree = [[_agreement(want, slot) for slot in slots] for want in expected]
    if math.perm(len(slots), len(expected)) > PAIRING_LIMIT:
        # a long schedule: the best pairing found without trying each (the Hungarian method)
        return [slots[i] for i in _best_assignment(agree)]
    best, best_total = None, -1
    for order in itertools.permutations(range(len(slots)), len(expected)):
        total = sum(row[i] for row, i in zip(agree, order, strict=True))
        if total > best_total:
            best, best_total = order, total
    return [slots[i] for i in best]


def _best_assignment(agree):
    """For each row of `agree` (rows no more than columns) a distinct column, so that the sum
    of the chosen cells is the largest: the Hungarian method, in time cubic in the size."""
    rows, columns = len(agree), len(agree[0])
    inf = float("inf")
    row_potential, column_potential = [0] * (rows + 1), [0] * (columns + 1)
    owner, way = [0] * (columns + 1), [0] * (columns + 1)  # 1-based; column 0 is a sentinel
    for row in range(1, rows + 1):
        owner[0], column = row, 0
        slack, used = [inf] * (columns + 1), [False] * (columns + 1)
        while True:
            used[column] = True
            current, delta, next_column = owner[column], inf, 0
            for j in range(1, columns + 1):
                if used[j]:
                    continue
                cost = -agree[current - 1][j - 1] - row_potential[current] - column_potential[j]
                if cost < slack[j]:
                    slack[j], way[j] = cost, column
                if slack[j] < delta:
                    delta, next_column = slack[j], j
            for j in range(columns + 1):
                if used[j]:
                    row_potential[owner[j]] += delta
                    column_potential[j] -= delta
                else:
                    slack[j] -= delta
            column = next_column
            if owner[column] == 0:
                break
        while column:
            previous = way[column]
            owner[column] = owner[previous]
            column = previous
    chosen = [0] * rows
    for j in range(1, columns + 1):
        if owner[j]:
            chosen[owner[j] - 1] = j - 1
    return chosen


def report(accuracy, verbose=False):
    """The accuracy as lines of text: one per field, then the overall share."""
    lines = [f"{accuracy.kind}: {accuracy.folder or DEVSETS.get(accuracy.kind, '')}"]
    for field_name in accuracy.total:
        lines.append(
            f"  {field_name:16} {accuracy.right[field_name]:3}/{accuracy.total[field_name]:<3} "
            f"{accuracy.share(field_name):6.1%}"
        )
    lines.append(f"  {'all fields':16} {accuracy.overall:14.1%}")
    if accuracy.kind == "event":
        lines.append(f"  records read but not expected: {accuracy.extra_records}")
    if verbose:
        for name, field_name, want, got in accuracy.misses:
            lines.append(f"    {name} {field_name}: expected {want!r}, read {got!r}")
    return lines
