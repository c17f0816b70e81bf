"""A written range that ends on the day a release says the event closed (ninth session).

"… concluded today in Cusco. The meetings took place from April 26 to May 9": the closing day
alone gives no first day, the range a sentence on gives both. Invented text.
"""

import datetime

from events.importer import event_document_read

D = datetime.date


CLOSING = (
    "Second officials' meeting of the year closes in Cusco\n\n"
    "Published: 9 May 2045\n\n"
    "The Second Senior Officials' Meeting of APEC 2045 and related meetings concluded today "
    "in Cusco. The meetings took place from April 26 to May 9 at the Cusco Convention Center.\n"
)


def test_a_range_ending_on_the_closing_day_gives_the_first_day(db):
    # "concluded today" alone gives the last day only; the range a sentence on gives both
    record = event_document_read(CLOSING).records[0]
    assert (record.value("start_date"), record.value("end_date")) == (D(2045, 4, 26), D(2045, 5, 9))


def test_a_closing_day_alone_still_gives_no_first_day(db):
    text = CLOSING.replace(" The meetings took place from April 26 to May 9", "")
    record = event_document_read(text).records[0]
    assert record.value("start_date") is None
    assert record.value("end_date") == D(2045, 5, 9)
