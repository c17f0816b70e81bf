"""The readers' accuracy over their development sets never falls (docs/importing.md, Accuracy).

`manage.py import_accuracy --verbose` prints each field's share and every miss. Raise a
floor when a change reads more; never lower one to let a change in.
"""

import pytest

from apec_portal.import_accuracy import DEVSETS, measure, report

pytestmark = pytest.mark.django_db

FLOORS = {"statement": 1.0, "event": 1.0, "initiative": 1.0}


@pytest.mark.parametrize("kind", sorted(DEVSETS))
def test_accuracy_over_the_development_set_does_not_fall(kind):
    accuracy = measure(kind)
    print("\n".join(report(accuracy, verbose=True)))
    assert sum(accuracy.total.values()) >= 20  # the set is there and read
    assert accuracy.overall >= FLOORS[kind]


def test_a_refused_text_counts_every_field_wrong(tmp_path):
    (tmp_path / "empty.txt").write_text("   \n", encoding="utf-8")
    (tmp_path / "expected.json").write_text(
        '{"empty.txt": [["APEC SME Forum", "2024-01-01", "Lima", "Lima Convention Center", "PER", ["CHL"]]]}',
        encoding="utf-8",
    )
    accuracy = measure("event", tmp_path)
    assert accuracy.overall == 0
    assert accuracy.total["title"] == 1
