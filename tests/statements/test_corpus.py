"""Every text of our statement corpus gives exactly the facts its row in expected.py lists."""

from pathlib import Path

import pytest

from statements.importer import statement_parse
from tests.statements.corpus.expected import EXPECTED

pytestmark = pytest.mark.django_db

CORPUS = Path(__file__).resolve().parent / "corpus"


def test_every_text_has_a_row_and_there_are_at_least_25():
    names = sorted(path.name for path in CORPUS.glob("*.txt"))
    assert names == sorted(EXPECTED)
    assert len(names) >= 25


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_corpus_text_gives_its_expected_facts(name):
    expected = EXPECTED[name]
    parsed = statement_parse((CORPUS / name).read_text(encoding="utf-8"))
    read = {
        "title": parsed.title,
        "number": parsed.meeting_number,
        "start": parsed.start_date.isoformat(),
        "end": parsed.end_date.isoformat() if parsed.end_date else None,
        "city": parsed.city,
        "host": parsed.host.code if parsed.host else None,
        "virtual": parsed.virtual,
        "theme": parsed.meeting_theme,
        "chair": parsed.chair,
        "incomplete": parsed.incomplete,
        "count": len(parsed.paragraphs),
        "paragraphs": [(p.label, p.anchor) for p in parsed.paragraphs],
        "sections": [(s.label, s.heading) for s in parsed.sections],
        # "No city found" and the like: test_every_empty_fact_is_named_in_a_warning.
        "warnings": [
            (w.code, w.line) for w in parsed.warnings if not w.code.startswith("not-found-")
        ],
    }
    texts = expected.get("texts", {})
    assert read == {key: value for key, value in expected.items() if key != "texts"}
    by_anchor = {p.anchor: p.text for p in parsed.paragraphs}
    assert {anchor: by_anchor[anchor] for anchor in texts} == texts
    # The portal marks exactly the paragraphs the source left unnumbered.
    assert [p.numbered_by_portal for p in parsed.paragraphs] == [
        not label for label, _ in expected["paragraphs"]
    ]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_empty_fact_is_named_in_a_note(name):
    """The one list of facts not found (core.importing.pipeline.facts_not_found) names each
    fact the statement kind looks for that the text does not give, and no other."""
    from core.importing.pipeline import facts_not_found, kind_named

    kind = kind_named("statement")
    looked_for = {"city", "chair", "meeting_theme", "meeting_number"}
    assert looked_for <= set(kind.looked_for)
    labels = {spec.name: spec.label.lower() for spec in kind.fact_fields()}
    result = kind.read((CORPUS / name).read_text(encoding="utf-8"))
    named = set(facts_not_found(kind, result))
    for fact in looked_for:
        empty = result.value(fact) in (None, "", [], ())
        assert (f"No {labels[fact]} found" in named) == empty, fact
