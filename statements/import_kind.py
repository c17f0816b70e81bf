"""Ministerial statements as a kind of document (core.importing.kinds).

A statement is one record: its meeting's facts are correctable like any other kind's,
and its sections and paragraphs come with it. Reading and saving are the statement
reader's public functions (statements/importer.py).
"""

import hashlib
import re

from django.utils.translation import gettext_lazy as _

from core.importing import FactField, ImportRefused
from core.importing.kinds import DocumentKind
from events.models import EventFormat
from statements.importer import (
    FACT_CHECKS,
    ParsedParagraph,
    ParsedSection,
    StatementParseError,
    check_lengths,
    fact_fields,
    statement_existing,
    statement_read,
    statement_save,
)
from statements.models import Statement

# Ministers speaking as the statement's authors: "We, the APEC SME Ministers, …", or
# paragraphs opening "Ministers welcomed …" (two at least: a news report may have one).
WE_MINISTERS_RE = re.compile(r"\bwe,?\s+the\b[^.]{0,80}\bministers?\b", re.I)
MINISTERS_SAY_RE = re.compile(
    r"^\s*(?:\(?\d{1,2}[.)]\s*)?(?:the\s+)?(?:APEC\s+)?(?:M?SME\s+)?ministers?\s+(?:\w+\s+)?"
    r"(?:welcomed|noted|agreed|recognised|recognized|endorsed|reaffirmed|encouraged"
    r"|acknowledged|instructed|committed|call(?:ed)?\s+on)\b",
    re.I | re.M,
)
MINISTERS_RE = re.compile(r"\bministers?\b|\bministerial\b", re.I)


def statement_score(text):
    """How much `text` looks like a ministerial statement; 0 unless the statement reader
    reads it AND the text shows a statement's own evidence: a ministerial meeting's title
    as a heading, ministers speaking as its authors, or numbered paragraphs in a text about
    ministers (the reader alone reads almost any prose as paragraphs)."""
    try:
        parsed = statement_read(text)
    except ImportRefused:
        return 0
    sample = text[:20000]
    title = parsed.facts.get("title")
    titled = title is not None and title.confidence == "high"
    speaking = bool(WE_MINISTERS_RE.search(sample)) or len(MINISTERS_SAY_RE.findall(sample)) >= 2
    numbered = sum(1 for p in parsed.paragraphs if not p.numbered_by_portal) >= 3
    numbered = numbered and MINISTERS_RE.search(sample) is not None
    if not (titled or speaking or numbered):
        return 0
    return 1 + 10 * titled + 10 * speaking + (10 if titled or speaking else 3) * numbered


def paragraphs_digest(texts):
    """The paragraphs as the re-import diff compares them: their count and a short digest
    of their text (staff edits to any paragraph change it)."""
    texts = [text.strip() for text in texts]
    digest = hashlib.sha1("\n\n".join(texts).encode()).hexdigest()[:8]
    return f"{len(texts)} paragraphs (text {digest})"


def rows_as_read(statement):
    """The statement's current sections and paragraphs in the reader's shape, so that a
    save that keeps them writes them back unchanged."""
    sections = {
        section.pk: ParsedSection(
            section.position, section.heading, section.number, 0, section.label
        )
        for section in statement.sections.order_by("position")
    }
    paragraphs = [
        ParsedParagraph(
            paragraph.number,
            paragraph.text,
            sections.get(paragraph.section_id),
            0,
            paragraph.label,
            paragraph.anchor,
            paragraph.numbered_by_portal,
            initiatives=list(paragraph.initiatives.all()),
        )
        for paragraph in statement.paragraphs.order_by("number").prefetch_related("initiatives")
    ]
    return list(sections.values()), paragraphs


class StatementKind(DocumentKind):
    name = "statement"
    label = _("Ministerial statement")
    model = Statement
    required = ("title", "start_date", "host")
    looked_for = ("title", "meeting_number", "start_date", "city", "host", "meeting_theme", "chair")
    checks = FACT_CHECKS

    def score(self, text):
        return statement_score(text)

    def read(self, text, *, source_url=""):
        parsed = statement_read(text)
        check_lengths(parsed, text, facts=False)  # a heading too long cannot be corrected here
        record = parsed.result
        record.parsed = parsed
        record.source_url = source_url
        record.records = [record]
        return record

    def fact_fields(self):
        return fact_fields()

    def correct(self, record, cleaned, specs):
        return record.parsed.correct(cleaned, specs)

    def existing(self, record):
        return statement_existing(record.parsed)

    def current_facts(self, obj):
        meeting = obj.meeting
        return {
            "title": obj.title,
            "meeting_number": obj.meeting_number,
            "start_date": meeting.start_date,
            "end_date": meeting.end_date,
            "city": meeting.city,
            "host": meeting.host_id,
            "virtual": meeting.format == EventFormat.VIRTUAL,
            "meeting_theme": obj.meeting_theme,
            "chair": obj.chair,
            "paragraphs": paragraphs_digest(
                obj.paragraphs.order_by("number").values_list("text", flat=True)
            ),
        }

    def diff_fields(self):
        return (FactField("paragraphs", "Paragraphs and headings"),)

    def diff_value(self, record, name):
        if name == "paragraphs":
            if record.facts.get("paragraphs"):  # kept: the current rows
                return record.value("paragraphs")
            return paragraphs_digest(p.text for p in record.parsed.paragraphs)
        return record.value(name)

    def save(self, record, *, existing, publish):
        kept = record.facts.get("paragraphs")
        if existing is not None and kept is not None and kept.confidence == "staff":
            # Staff's paragraphs are kept: the save writes the current rows back.
            record.parsed.sections, record.parsed.paragraphs = rows_as_read(existing)
        try:
            return statement_save(
                parsed=record.parsed, source_url=record.source_url, publish=publish
            )
        except StatementParseError as exc:
            raise ImportRefused(exc.line, exc.reason) from exc

    def related(self, obj):
        return [obj.meeting]

    def record_json(self, record):
        parsed = record.parsed
        host = parsed.host
        return {
            "title": parsed.title,
            "meeting_number": parsed.meeting_number,
            "start_date": parsed.start_date,
            "end_date": parsed.end_date,
            "date_precision": parsed.date_precision,
            "city": parsed.city,
            "host_economy": host.code if host else None,
            "virtual": parsed.virtual,
            "meeting_theme": parsed.meeting_theme,
            "chair": parsed.chair,
            "incomplete": parsed.incomplete,
            "sections": [
                {"label": s.label, "heading": s.heading, "line": s.line} for s in parsed.sections
            ],
            "paragraphs": [
                {"label": p.label, "number": p.number, "line": p.line, "text": p.text}
                for p in parsed.paragraphs
            ],
            "initiatives": [initiative.slug for initiative in parsed.initiatives],
        }

    def summary(self, record):
        parsed = record.parsed
        return (
            f"{len(parsed.sections)} sections, {len(parsed.paragraphs)} paragraphs, "
            f"{len(parsed.initiatives)} initiatives named"
        )
