"""The scorer pairs a page's expected and read records over the whole page (eleventh round,
i28l1): a record the reader missed does not take another meeting's record."""

import json

import pytest

from apec_portal.import_accuracy import _economy_names, _event_records, measure

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
