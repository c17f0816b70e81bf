"""The scorer pairs a page's expected and read records over the whole page (eleventh round,
i28l1): a record the reader missed does not take another meeting's record."""

import itertools
import json
import random

import pytest

from apec_portal.import_accuracy import (
    _best_assignment,
    _economy_names,
    _event_records,
    _paired,
    measure,
)

pytestmark = pytest.mark.django_db


def test_a_missed_record_first_in_the_list_does_not_take_another_meetings_record(tmp_path):
    text = (
        "MANILA, Philippines, 13 November 2041 - The APEC leaders' week has opened. It will "
        "end with the APEC Economic Leaders' Meeting on 18 November 2041 and begins with the "
        "APEC Concluding Senior Officials' Meeting on 13 November 2041.\n"
    )
    (tmp_path / "week.txt").write_text(text, encoding="utf-8")
    records = _event_records(text, _economy_names())
    assert len(records) == 2
    # The week (not read) comes first: it agrees with either meeting in city, venue, host and
    # co-hosts, and the page is still scored as two meetings right and one record missed.
    week = ["APEC Leaders' Week", "", "Manila", "", "PHL", []]
    expected = [week] + [list(record) for record in records]
    (tmp_path / "expected.json").write_text(json.dumps({"week.txt": expected}), encoding="utf-8")
    accuracy = measure("event", tmp_path)
    assert accuracy.total["title"] == 3
    assert accuracy.right["title"] == 2
    # each meeting's day; the week's empty start is not read right: the week was not read
    assert accuracy.right["start"] == 2
    assert accuracy.overall == 12 / 18


def _schedule(count):
    """`count` distinct expected records of a programme, each with its own day and town."""
    towns = ["Lima", "Cusco", "Arequipa", "Trujillo", "Piura", "Ica", "Puno", "Tacna", "Tumbes"]
    return [
        [f"Workshop number {n} on trade", f"2041-05-{n + 1:02d}", towns[n], "", "PER", []]
        for n in range(count)
    ]


def test_a_long_schedule_with_one_item_missed_keeps_every_other_item_on_its_own_record():
    # 9 expected and 8 read: far too many pairings to try each; before the tenth session each
    # expected record took its closest read one in turn, and the records after the missed
    # item could slide down a slot
    expected = _schedule(9)
    read = [list(record) for n, record in enumerate(expected) if n != 2]
    dinner = ["Closing dinner", "2041-05-01", "Lima", "", "PER", []]  # like item 0
    read.append(dinner)
    paired = _paired(expected, read)
    assert paired[2] in ([None] * 6, dinner)  # the missed item takes what is left
    for n, record in enumerate(expected):
        if n != 2:
            assert paired[n] == record


@pytest.mark.parametrize("seed", range(40))
def test_the_best_assignment_finds_the_largest_total_that_trying_every_pairing_finds(seed):
    rng = random.Random(seed)
    rows, columns = rng.randint(1, 4), rng.randint(4, 7)
    agree = [[rng.randint(0, 6) for _ in range(columns)] for _ in range(rows)]
    chosen = _best_assignment(agree)
    assert len(set(chosen)) == rows  # each row its own column
    best = max(
        sum(agree[r][c] for r, c in enumerate(order))
        for order in itertools.permutations(range(columns), rows)
    )
    assert sum(agree[r][c] for r, c in enumerate(chosen)) == best
