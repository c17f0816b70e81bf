"""Read news releases, articles and event pages into draft events, and save them.

The shared machinery is `core.importing`: every fact keeps the line it came from, a fact
the reader inferred is marked "low" with a warning, and staff correct any fact in the
preview before saving. What the reader takes, per event:

- the name as written: a quoted name holding an event word ("Forum", "Workshop", …) and
  its subtitle after a colon or dash; else an "Event:"/"Title:" field, the headline, or an
  unquoted name in the body ("the 5th APEC SME Digital Forum");
- the dates: full dates, ranges in either order, a day without its year ("on 12 August",
  "began Tuesday (Oct 4)", the year from the release's date, its dateline, or the latest
  year the text speaks of, with a "year-inferred" warning), a month ("this June": month
  precision), "today"/"yesterday" against the release's date;
- city and venue ("held at the … Convention Center in …", "Venue:" fields, the headline's
  "… Held in Taipei", the dateline "LIMA, Peru —" when nothing else says);
- host and co-hosts under any press name or agency (`core/data/agencies.csv`);
- whether it was held online; the initiative (matched by title or alias); the officials
  who spoke; a short summary; the kind (a text about an SME Ministerial Meeting gives a
  ministerial meeting).

A text announcing several named events, each with its own date, gives one record each
(each read from its part of the sentence when one sentence names several);
a sentence such as "events were held in Tomsk and Taipei this June, and in Bangkok this
August" gives one record per city, named after the main event's series ("… Forum in
Tomsk"), with month precision.

This module is the public face of the reader; each extractor lives in its own module of
events/reading/ (see docs/importing.md, "Where each fact is read").
"""

from events.reading.confidence import (
    event_document_score,
)
from events.reading.reader import (
    event_document_read,
)
from events.reading.saving import (
    EVENT_FACT_CHECKS,
    event_fact_fields,
    event_record_existing,
    event_record_json,
    event_record_save,
)

__all__ = [
    "EVENT_FACT_CHECKS",
    "event_document_read",
    "event_document_score",
    "event_fact_fields",
    "event_record_existing",
    "event_record_json",
    "event_record_save",
]
