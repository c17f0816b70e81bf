"""The officials who spoke at an event."""

import re

from events.reading.cues import (
    BY_NAME_RE,
    HONORIFIC,
    HONORIFIC_NAME_RE,
    NAME_TITLE_SAID_RE,
    ROLE_HONORIFICS,
    ROLE_RE,
    SAID_NAME_RE,
    SPEAKING_RE,
    TITLE_STOP_RE,
)
from events.reading.document import (
    SPACES_RE,
    _kind_of,
)
from events.reading.words import (
    LONGEST,
)


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
