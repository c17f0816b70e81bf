"""Initiative descriptions as a kind of document (core.importing.kinds); the reading and
saving are the initiative reader's public functions (initiatives/importer.py)."""

from django.utils.translation import gettext_lazy as _

from core.importing.kinds import DocumentKind
from initiatives.importer import (
    INITIATIVE_FACT_CHECKS,
    initiative_document_read,
    initiative_document_score,
    initiative_fact_fields,
    initiative_record_existing,
    initiative_record_json,
    initiative_record_save,
)
from initiatives.models import Initiative


class InitiativeKind(DocumentKind):
    name = "initiative"
    label = _("Initiative description")
    model = Initiative
    required = ("title",)
    needed = ("title",)
    looked_for = ("title", "proposer", "co_implementers", "start_year", "objectives", "activities")
    checks = INITIATIVE_FACT_CHECKS

    def score(self, text):
        return initiative_document_score(text)

    def read(self, text, *, source_url=""):
        return initiative_document_read(text, source_url=source_url)

    def fact_fields(self):
        return initiative_fact_fields()

    def existing(self, record):
        return initiative_record_existing(record)

    def current_facts(self, obj):
        return {
            "title": obj.title,
            "subtitle": obj.subtitle,
            "proposer": obj.proposer_id,
            "co_implementers": sorted(e.code for e in obj.co_implementers.all()),
            "start_year": obj.start_year,
            "end_year": obj.end_year,
            "introduction": obj.introduction,
            "objectives": [o.text for o in obj.objectives.all()],
            "activities": [(a.kind, a.text) for a in obj.activities.all()],
            "themes": sorted(t.slug for t in obj.themes.all()),
        }

    def record_json(self, record):
        return initiative_record_json(record)

    def save(self, record, *, existing, publish):
        slug = existing.slug if existing is not None else None
        return initiative_record_save(record, publish=publish, slug=slug)
