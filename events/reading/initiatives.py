"""The initiative an event belongs to."""

import re
from dataclasses import dataclass

from events.reading.document import (
    _key,
    _series,
)
from events.reading.names import (
    _names_in,
)
from events.reading.words import (
    FACT_SENTENCES,
    FUTURE_RE,
    LONGEST,
    QUOTED_RE,
)
from initiatives.models import Initiative


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
