from core.editorial import field_changes
from initiatives.models import Initiative


def test_field_changes_names_each_changed_field_and_skips_bookkeeping():
    older = {
        "title": "Old",
        "introduction": "Same",
        "version": 1,
        "co_implementers": ["PHL", "CHL"],
    }
    newer = {"title": "New", "introduction": "Same", "version": 2, "co_implementers": ["CHL"]}
    assert field_changes(Initiative, older, newer) == [
        "Title: “Old” → “New”",
        "Co-implementing economies: “CHL, PHL” → “CHL”",
    ]


def test_field_changes_shows_only_the_changed_stretch_of_a_long_text():
    # 40 characters either side of the words that differ.
    text = "Start. " + "x" * 300 + " the middle word " + "y" * 300
    changed = text.replace("the middle word", "the changed word")
    assert field_changes(Initiative, {"introduction": text}, {"introduction": changed}) == [
        "Introduction: “…"
        + "x" * 35
        + " the middle word "
        + "y" * 34
        + "…” → “…"
        + "x" * 35
        + " the changed word "
        + "y" * 34
        + "…”"
    ]
