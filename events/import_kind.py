"""News releases and event pages as a kind of document (core.importing.kinds).

Reading, scoring and saving are the event reader's public functions (events/importer.py);
this class only joins them to the pipeline.
"""

from django.utils.translation import gettext_lazy as _

from core.importing.kinds import DocumentKind
from events.importer import (
    EVENT_FACT_CHECKS,
    event_document_read,
    event_document_score,
    event_fact_fields,
    event_record_existing,
    event_record_json,
    event_record_save,
)
from events.models import Event, EventFormat


class EventKind(DocumentKind):
    name = "event"
    label = _("News release or event page (events)")
    model = Event
    required = ("title", "kind", "start_date")
    looked_for = (
        "title",
        "start_date",
        "city",
        "venue",
        "host_economy",
        "co_host_economies",
        "officials",
        "initiative",
    )
    checks = EVENT_FACT_CHECKS

    def score(self, text):
        return event_document_score(text)

    def read(self, text, *, source_url=""):
        return event_document_read(text, source_url=source_url)

    def fact_fields(self):
        return event_fact_fields()

    def existing(self, record):
        return event_record_existing(record)

    def current_facts(self, obj):
        return {
            "title": obj.title,
            "kind": obj.kind,
            "start_date": obj.start_date,
            "end_date": obj.end_date,
            "date_precision": obj.date_precision,
            "city": obj.city,
            "venue": obj.venue,
            "host_economy": obj.host_id,
            "co_host_economies": sorted(e.code for e in obj.co_hosts.all()),
            "virtual": obj.format == EventFormat.VIRTUAL,
            "initiative": obj.initiative.slug if obj.initiative_id else "",
            "officials": [(o.name, o.role) for o in obj.officials.all()],
            "summary": obj.summary,
            "source_url": obj.source_url,
        }

    def record_json(self, record):
        return event_record_json(record)

    def save(self, record, *, existing, publish):
        if existing is None:
            return event_record_save(record, publish=publish)
        # Every fact is in `record` (the pipeline kept staff's values); what an event has
        # and a text never carries (themes, website, a hybrid format) stays as it is.
        virtual = bool(record.value("virtual"))
        kept_format = "" if existing.format == EventFormat.VIRTUAL else existing.format
        return event_record_save(
            record,
            publish=publish or existing.is_published,
            slug=existing.slug,
            themes=[theme.slug for theme in existing.themes.all()],
            extra={
                "website": existing.website,
                "format": EventFormat.VIRTUAL if virtual else kept_format,
            },
        )
