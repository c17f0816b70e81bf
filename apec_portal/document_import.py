"""One way in for any document: the admin page "Import a document" and what it shares with
`manage.py import_document`.

The kind of a pasted text (a news release → events, a description → an initiative, a
ministerial statement) is recognised by asking each reader how much the text looks like
its kind (`detect_kind`); staff may change it. Events and initiatives are previewed here,
one correction form per record (prefix `rec-<n>`), each fact with the line it came from;
a record matching an existing one updates it (or is skipped), never duplicates it.
Statements keep their own import page (sections and paragraphs need its preview): the
text is handed to it with a 307 redirect, which makes the browser post it there again.
"""

import re
from dataclasses import dataclass

import reversion
from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import HttpResponseRedirect
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import format_html

from core.import_input import MAX_IMPORT_LABEL
from core.importing import (
    ImportRefused,
    apply_corrections,
    correction_data,
    correction_form,
    evidence_rows,
)
from core.publication import can_publish
from events.importer import (
    EVENT_FACT_CHECKS,
    event_document_read,
    event_document_score,
    event_fact_fields,
    event_record_existing,
    event_record_json,
    event_record_save,
)
from events.models import Event
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
from statements.forms import ImportTextField, StatementImportForm
from statements.importer import StatementParseError, statement_read
from statements.models import Statement

TEMPLATE = "admin/document_import.html"
KIND_CHOICES = [
    ("auto", "Recognise it"),
    ("event", "News release or event page (events)"),
    ("initiative", "Initiative description"),
    ("statement", "Ministerial statement"),
]
# Ministers speaking as the statement's authors: "We, the APEC SME Ministers, …", or
# paragraphs opening "Ministers welcomed …" (two at least: a news report may have one).
# That ministers met is news, not this.
WE_MINISTERS_RE = re.compile(r"\bwe,?\s+the\b[^.]{0,80}\bministers?\b", re.I)
MINISTERS_SAY_RE = re.compile(
    r"^\s*(?:\(?\d{1,2}[.)]\s*)?(?:the\s+)?(?:APEC\s+)?(?:M?SME\s+)?ministers?\s+(?:\w+\s+)?"
    r"(?:welcomed|noted|agreed|recognised|recognized|endorsed|reaffirmed|encouraged"
    r"|acknowledged|instructed|committed|call(?:ed)?\s+on)\b",
    re.I | re.M,
)
MINISTERS_RE = re.compile(r"\bministers?\b|\bministerial\b", re.I)


@dataclass(frozen=True)
class Kind:
    name: str
    model: type
    read: object = None
    score: object = None
    fields: object = None
    checks: tuple = ()
    existing: object = None
    save: object = None
    json: object = None


KINDS = {
    "event": Kind(
        "event",
        Event,
        event_document_read,
        event_document_score,
        event_fact_fields,
        EVENT_FACT_CHECKS,
        event_record_existing,
        lambda record, slug, publish: event_record_save(record, publish=publish, slug=slug),
        event_record_json,
    ),
    "initiative": Kind(
        "initiative",
        Initiative,
        initiative_document_read,
        initiative_document_score,
        initiative_fact_fields,
        INITIATIVE_FACT_CHECKS,
        initiative_record_existing,
        lambda record, slug, publish: initiative_record_save(record, publish=publish, slug=slug),
        initiative_record_json,
    ),
    "statement": Kind("statement", Statement),
}


def statement_score(text):
    """How much `text` looks like a ministerial statement; 0 unless the statement reader
    reads it AND the text shows a statement's own evidence: a ministerial meeting's title
    as a heading, ministers speaking as its authors, or numbered paragraphs in a text about
    ministers. The statement reader is tolerant (it reads almost any prose as paragraphs),
    so its reading alone is no evidence. Numbered paragraphs alone score low: an
    initiative's description has them too."""
    try:
        parsed = statement_read(text)
    except (StatementParseError, ImportRefused):
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


def kind_scores(text):
    """Each kind's score for `text` (0: not that kind); a reader's slip counts as 0."""
    scores = {}
    for name, score in (
        ("initiative", initiative_document_score),
        ("event", event_document_score),
        ("statement", statement_score),
    ):
        try:
            scores[name] = int(score(text) or 0)
        except (ValueError, TypeError, IndexError, KeyError, ImportRefused):
            scores[name] = 0
    return scores


def detect_kind(text):
    """The kind with the highest score (initiative, event, statement on a tie), or None."""
    scores = kind_scores(text)
    best = max(scores, key=lambda name: scores[name])
    return (best if scores[best] > 0 else None), scores


def may_import(user, kind):
    opts = KINDS[kind].model._meta
    return user.has_perm(f"{opts.app_label}.add_{opts.model_name}") and user.has_perm(
        f"{opts.app_label}.change_{opts.model_name}"
    )


def kinds_allowed(user):
    return [name for name in KINDS if may_import(user, name)]


class DocumentImportForm(StatementImportForm):
    """The statement import's text, file and source link checks (core/import_input.py),
    plus the kind; the text is read by the kind's reader in the view, not here."""

    text = ImportTextField(
        label="Text",
        required=False,
        strip=False,
        widget=forms.Textarea(attrs={"rows": 18, "cols": 100}),
        help_text=(
            "Paste a news release, an event page, an initiative's description or a "
            f"ministerial statement as published (at most {MAX_IMPORT_LABEL})."
        ),
    )
    kind = forms.ChoiceField(label="Kind of document", choices=KIND_CHOICES, initial="auto")

    field_order = ["text", "file", "kind", "source_url"]

    def clean(self):
        cleaned = forms.Form.clean(self)
        if self.errors:
            return cleaned
        text, file_text = cleaned.get("text", ""), cleaned.get("file")
        if text.strip() and file_text:
            raise forms.ValidationError("Paste the text or upload a file, not both.")
        text = file_text if file_text else text
        if not text.strip():
            raise forms.ValidationError("Paste the document's text or choose a .txt file.")
        cleaned["text"] = text
        return cleaned


class RecordPreview:
    """One record of the preview: its facts, corrections, the existing record it matches."""

    def __init__(self, index, record, kind, data, specs, user):
        self.index = index
        self.prefix = f"rec-{index}"
        self.record = record
        self.kind = kind
        self.specs = specs
        self.corrections = correction_form(specs, kind.checks)(data, prefix=self.prefix)
        if self.corrections.is_valid():
            apply_corrections(record, self.corrections.cleaned_data, specs)
        self.evidence = evidence_rows(record, specs)
        self.existing = kind.existing(record)
        # An Editor's change to a live record waits for a Publisher (core/editorial.py); an
        # import cannot hold one, so it offers only to skip a published record it matches.
        self.may_update = (
            self.existing is None or not self.existing.is_published or can_publish(user, kind.model)
        )
        self.action = data.get(f"{self.prefix}-action", "save" if self.may_update else "skip")
        self.expected = data.get(f"{self.prefix}-expected")
        if self.expected is None:
            self.expected = self.version_key
        self.warnings = record.warnings

    @property
    def version_key(self):
        return f"{self.existing.pk}:{self.existing.version}" if self.existing else "new"

    @property
    def existing_url(self):
        if self.existing is None:
            return ""
        opts = self.kind.model._meta
        return reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[self.existing.pk])


def _render(request, context, status=200):
    return TemplateResponse(request, TEMPLATE, context, status=status)


def document_import_view(request):
    """Paste or upload a document, see each record read from it, correct, save drafts."""
    allowed = kinds_allowed(request.user)
    if not allowed:
        raise PermissionDenied
    form = DocumentImportForm(request.POST or None, request.FILES or None)
    context = {
        **admin.site.each_context(request),
        "title": "Import a document",
        "form": form,
        "allowed": allowed,
    }
    if request.method != "POST" or not form.is_valid():
        return _render(request, context, 400 if request.method == "POST" else 200)
    text = form.cleaned_data["text"]
    kind_name = form.cleaned_data["kind"]
    scores = None
    if kind_name == "auto":
        kind_name, scores = detect_kind(text)
        if kind_name is None:
            form.add_error(
                None,
                "This text is not a document the portal can import: no event, initiative "
                "description or ministerial statement was found in it. Nothing was saved.",
            )
            return _render(request, context, 400)
    if not may_import(request.user, kind_name):
        raise PermissionDenied
    if kind_name == "statement":
        # The statement import reads the same form fields; 307 has the browser post them there.
        return HttpResponseRedirect(reverse("admin:statements_statement_import"), status=307)
    kind = KINDS[kind_name]
    try:
        result = kind.read(text, source_url=form.cleaned_data["source_url"])
    except ImportRefused as exc:
        form.add_error(None, f"{exc} Nothing was saved.")
        context["kind_name"] = kind_name
        return _render(request, context, 400)
    confirming = "confirm" in request.POST and "rec-0-title" in request.POST
    specs = kind.fields()
    previews = []
    for index, record in enumerate(result.records):
        prefix = f"rec-{index}"
        data = request.POST if confirming else correction_data(record, specs, prefix)
        previews.append(RecordPreview(index, record, kind, data, specs, request.user))
    context.update(
        kind_name=kind_name,
        kind_label=dict(KIND_CHOICES)[kind_name],
        kind_choices=[(v, label) for v, label in KIND_CHOICES[1:] if v in allowed],
        scores=scores,
        result=result,
        previews=previews,
        confirm_form=DocumentImportForm(
            initial={
                "text": text,
                "kind": kind_name,
                "source_url": form.cleaned_data["source_url"],
            }
        ),
    )
    if not confirming:
        return _render(request, context)
    if any(not p.corrections.is_valid() for p in previews):
        context["title"] = "Correct the facts marked below, then save"
        return _render(request, context, 400)
    blocked = [p for p in previews if p.action != "skip" and not p.may_update]
    if blocked:
        form.add_error(
            None,
            f"“{blocked[0].existing.title}” is published: only a Publisher may update it from "
            "a document (or edit it in the admin, where your change waits for review). "
            "Choose “skip” for it; nothing was saved.",
        )
        return _render(request, context, 403)
    stale = [p for p in previews if p.action != "skip" and p.expected != p.version_key]
    if stale:
        names = ", ".join(
            f"“{p.existing.title if p.existing else p.record.value('title')}”" for p in stale
        )
        form.add_error(
            None,
            f"{names} changed after your preview (edited by someone else, or an existing "
            "record now matches); nothing was saved. Look at the preview again and save.",
        )
        for preview in stale:
            preview.expected = preview.version_key
        return _render(request, context, 409)
    saved = []
    try:
        with transaction.atomic(), reversion.create_revision():
            reversion.set_user(request.user)
            reversion.set_comment(f"Imported from a document ({kind_name}) in the admin.")
            for preview in previews:
                if preview.action == "skip":
                    continue
                existing = preview.existing
                # An update keeps the record's state: publishing stays a Publisher's act.
                keep_live = existing is not None and existing.is_published
                record = kind.save(preview.record, existing.slug if existing else None, keep_live)
                saved.append((record, preview.existing is not None))
    except ValidationError as error:
        # A rule of the model the preview's form does not know: say it, save nothing.
        problems = "; ".join(error.messages)
        form.add_error(
            None, f"The portal cannot keep this as it is: {problems}. Nothing was saved."
        )
        return _render(request, context, 400)
    if not saved:
        messages.info(request, "Every record was skipped; nothing was saved.")
        return redirect("admin_document_import")
    messages.success(
        request,
        format_html(
            "Saved {} {}: {}. New records are drafts; updated ones keep their state.",
            len(saved),
            kind_name + ("s" if len(saved) > 1 else ""),
            "; ".join(
                f"{obj.title} ({'updated' if updated else 'new draft'})" for obj, updated in saved
            ),
        ),
    )
    opts = kind.model._meta
    if len(saved) == 1:
        return redirect(f"admin:{opts.app_label}_{opts.model_name}_change", saved[0][0].pk)
    return redirect(f"admin:{opts.app_label}_{opts.model_name}_changelist")
