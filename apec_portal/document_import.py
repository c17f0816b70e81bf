"""The admin page "Import a document" (/admin/import/): every kind, one page.

Paste or upload a text; the pipeline (core/importing/pipeline.py) recognises its kind
(staff may change it), reads it under the time limit and shows one preview per record:
the text with each fact's span marked and labelled, beside a correction form; for a
record that matches an existing one, the current value against the newly read one per
fact, staff's own values kept unless the new one is ticked. Saving writes drafts, or
updates; an Editor's update of a published record waits for a Publisher.
"""

import dataclasses

import reversion
from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.validators import ProhibitNullCharactersValidator
from django.db import transaction
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _t
from django.utils.translation import gettext_lazy as _
from django.utils.translation import gettext_noop

from core.import_input import (
    MAX_IMPORT_BYTES,
    MAX_IMPORT_LABEL,
    ImportInputError,
    clean_import_text,
    too_large_message,
)
from core.importing import ImportRefused, correction_data, correction_form
from core.importing.kinds import all_kinds
from core.importing.pipeline import (
    ImportTimeout,
    detect_kind,
    facts_not_found,
    facts_to_check,
    keep_staff_values,
    may_import,
    may_publish,
    read_as_written,
    read_document,
    reimport_diff,
    remember_import,
    version_key,
    with_time_limit,
)
from core.importing.review import ProposalRefused, save_as_proposals

TEMPLATE = "admin/document_import.html"


class ImportTextField(forms.CharField):
    """A CharField that leaves NUL characters to `clean_import_text`, so that pasted text
    and uploaded files are refused with the same message, naming the line."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.validators = [
            v for v in self.validators if not isinstance(v, ProhibitNullCharactersValidator)
        ]


class DocumentImportForm(forms.Form):
    text = ImportTextField(
        label=_("Text"),
        required=False,
        strip=False,
        widget=forms.Textarea(attrs={"rows": 18, "cols": 100}),
    )
    file = forms.FileField(
        label=_("…or a .txt file"),
        required=False,
    )
    kind = forms.ChoiceField(label=_("Kind of document"), initial="auto")
    source_url = forms.URLField(
        label=_("Source link"), required=False, max_length=500, assume_scheme="https"
    )

    def __init__(self, *args, kinds=None, **kwargs):
        super().__init__(*args, **kwargs)
        # Worded when the form is made, in the staff member's language.
        size = {"size": MAX_IMPORT_LABEL}
        self.fields["text"].help_text = (
            _t(
                "Paste a news release, an event page, an initiative's description or a "
                "ministerial statement as published (at most %(size)s)."
            )
            % size
        )
        self.fields["file"].help_text = _t("Plain text in UTF-8, up to %(size)s.") % size
        kinds = kinds or all_kinds()
        self.fields["kind"].choices = [("auto", _("Recognise it"))] + [
            (name, kind.label) for name, kind in kinds.items()
        ]

    def clean_text(self):
        try:
            return clean_import_text(self.cleaned_data.get("text") or "")
        except ImportInputError as exc:
            raise forms.ValidationError(exc.message, code="input") from exc

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload is None:
            return None
        if not upload.name.lower().endswith(".txt"):
            raise forms.ValidationError(_("Upload a plain-text file ending in .txt."))
        if upload.size > MAX_IMPORT_BYTES:
            raise forms.ValidationError(too_large_message(upload.size), code="input")
        try:
            return clean_import_text(upload.read())
        except ImportInputError as exc:
            raise forms.ValidationError(exc.message, code="input") from exc

    def clean(self):
        cleaned = super().clean()
        if self.errors:
            return cleaned
        text, file_text = cleaned.get("text", ""), cleaned.get("file")
        if text.strip() and file_text:
            raise forms.ValidationError(_("Paste the text or upload a file, not both."))
        text = file_text if file_text else text
        if not text.strip():
            raise forms.ValidationError(_("Paste the document's text or choose a .txt file."))
        cleaned["text"] = text
        return cleaned


#: The fact names the import kinds declare (`kind.fact_fields()`, `kind.diff_fields()`),
#: English in the readers' code and translated here, on the page that shows them
#: (`translated_specs`); tests/portal/test_catalogues.py fails when a kind has one this
#: list or a catalogue lacks.
FACT_LABELS = (
    gettext_noop("Title"),
    gettext_noop("Subtitle"),
    gettext_noop("Proposing economy"),
    gettext_noop("Co-implementing economies"),
    gettext_noop("First year"),
    gettext_noop("Last year"),
    gettext_noop("Introduction"),
    gettext_noop("Objectives"),
    gettext_noop("Activities and outputs"),
    gettext_noop("Themes"),
    gettext_noop("Kind"),
    gettext_noop("First day"),
    gettext_noop("Last day"),
    gettext_noop("Date precision"),
    gettext_noop("City"),
    gettext_noop("Venue"),
    gettext_noop("Host economy"),
    gettext_noop("Co-host economies"),
    gettext_noop("Held online"),
    gettext_noop("Initiative"),
    gettext_noop("Officials who spoke"),
    gettext_noop("Summary"),
    gettext_noop("Source link"),
    gettext_noop("Meeting number"),
    gettext_noop("Theme"),
    gettext_noop("Chair"),
    gettext_noop("Paragraphs and headings"),
)


def translated_specs(specs):
    """The fact fields with their labels in the staff member's language."""
    return [dataclasses.replace(spec, label=_t(spec.label)) for spec in specs]


class RecordPreview:
    """One record of the preview: facts, corrections, the record it matches, the diff."""

    def __init__(self, index, record, kind, data, specs, user):
        self.index = index
        self.prefix = f"rec-{index}"
        self.record = record
        self.kind = kind
        self.corrections = correction_form(specs, kind.checks)(data, prefix=self.prefix)
        corrected = set()
        if self.corrections.is_valid():
            corrected = set(kind.correct(record, self.corrections.cleaned_data, specs))
        self.not_found = facts_not_found(kind, record, specs)
        self.read_as_written = read_as_written(kind, record, specs)
        self.inferred, self.corrected = facts_to_check(kind, record, specs)
        self.warnings = record.warnings
        self.summary = kind.summary(record)
        self.existing = kind.existing(record)
        self.diff = reimport_diff(kind, record, self.existing, specs)
        for field in self.diff or ():
            field.label = _t(field.label)  # a kind's `diff_fields` (statement paragraphs)
        confirming = f"{self.prefix}-expected" in data
        # A fact is taken from the text when its box is ticked, or when staff corrected
        # it in the form (a correction is a choice too).
        ticked = {
            field.name
            for field in self.diff or ()
            if (
                data.get(f"{self.prefix}-take-{field.name}")
                if confirming
                else field.take_by_default
            )
        }
        self.taken = {
            field.name
            for field in self.diff or ()
            if field.offered and field.name in ticked | corrected
        }
        # An Editor's update touching a published record (the record, or a statement's
        # meeting) waits for a Publisher.
        self.proposes = self.existing is not None and any(
            obj.is_published and not may_publish(user, type(obj))
            for obj in [self.existing, *kind.related(self.existing)]
        )
        self.action = data.get(f"{self.prefix}-action", "save")
        self.expected = data.get(f"{self.prefix}-expected") or self.version_key

    @property
    def version_key(self):
        return version_key(self.existing)

    @property
    def existing_url(self):
        if self.existing is None:
            return ""
        opts = self.kind.model._meta
        return reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[self.existing.pk])

    @property
    def diff_rows(self):
        return [field for field in self.diff or () if field.differs]


# A span longer than this is a whole paragraph, not the words a fact was read from: it is
# not marked (the fact's line is still in the form's warnings and the JSON).
LONGEST_MARK = 300


def _mark_candidates(text, records, specs):
    """(start, end) -> the labels of the facts read there, for every short enough span."""
    labels = {spec.name: spec.label for spec in specs}
    found = {}
    for number, record in enumerate(records, start=1):
        for fact in record.facts.values():
            if not fact.span or fact.confidence == "staff":
                continue
            start, end = fact.span
            if not 0 <= start < end <= len(text) or end - start > LONGEST_MARK:
                continue
            # A fact the correction form does not list is named after itself ("Proposing
            # economy"), in the staff member's language when the catalogue has it.
            label = labels.get(fact.name) or _t(fact.name.replace("_", " ").capitalize())
            if len(records) > 1:
                label = _t("%(fact)s (record %(number)s)") % {"fact": label, "number": number}
            found.setdefault((start, end), []).append(label)
    return found


def _nests(start, end, chosen):
    """Whether [start, end) overlaps no chosen span, or nests properly with each it meets."""
    for taken_start, taken_end, _kind in chosen:
        overlap = start < taken_end and taken_start < end
        inside = taken_start <= start and end <= taken_end
        around = start <= taken_start and taken_end <= end
        if overlap and not (inside or around):
            return False
    return True


def marked_text(text, records, specs):
    """The text as a list of ("text", piece), ("open", label) and ("close", "") parts:
    each fact's span is a mark labelled with its fact's name (and its record's number when
    there are several). Narrow spans are chosen first; a wider one is kept when it holds
    them whole (a title holding its kind word), and dropped when it crosses one."""
    chosen = []
    candidates = _mark_candidates(text, records, specs)
    for (start, end), labels in sorted(candidates.items(), key=lambda i: (i[0][1] - i[0][0], i[0])):
        if _nests(start, end, chosen):
            chosen.append((start, end, "; ".join(dict.fromkeys(labels))))
    parts, position, open_ends = [], 0, []
    for start, end, label in sorted(chosen, key=lambda span: (span[0], -span[1])):
        while open_ends and open_ends[-1] <= start:
            position = _close(parts, text, position, open_ends.pop())
        parts.append(("text", text[position:start]))
        parts.append(("open", label))
        position = start
        open_ends.append(end)
    while open_ends:
        position = _close(parts, text, position, open_ends.pop())
    parts.append(("text", text[position:]))
    return [part for part in parts if part[0] != "text" or part[1]]


def _close(parts, text, position, end):
    parts.append(("text", text[position:end]))
    parts.append(("close", ""))
    return end


def _render(request, context, status=200):
    return TemplateResponse(request, TEMPLATE, context, status=status)


def _choose_kind(form, text, kinds):
    """The kind's name, or None with the form's error said."""
    name = form.cleaned_data["kind"]
    if name != "auto":
        return name, None
    try:
        name, scores = with_time_limit(detect_kind, text, kinds)
    except ImportTimeout as exc:
        form.add_error(None, str(exc))
        return None, None
    if name is None:
        form.add_error(
            None,
            "This text is not a document the portal can import: no event, initiative "
            "description or ministerial statement was found in it. Nothing was saved.",
        )
    return name, scores


def _read(form, kind, text):
    try:
        return read_document(kind, text, source_url=form.cleaned_data["source_url"])
    except (ImportRefused, ImportTimeout) as exc:
        form.add_error(None, f"{exc} Nothing was saved.")
    return None


def document_import_view(request):
    """Paste or upload a document, see each record read from it, correct, save."""
    kinds = all_kinds()
    allowed = [name for name, kind in kinds.items() if may_import(request.user, kind)]
    if not allowed:
        raise PermissionDenied
    form = DocumentImportForm(request.POST or None, request.FILES or None, kinds=kinds)
    context = {
        **admin.site.each_context(request),
        "title": "Import a document",
        "form": form,
        "allowed": allowed,
    }
    if request.method != "POST" or not form.is_valid():
        return _render(request, context, 400 if request.method == "POST" else 200)
    text = form.cleaned_data["text"]
    kind_name, scores = _choose_kind(form, text, kinds)
    if kind_name is None:
        return _render(request, context, 400)
    if kind_name not in allowed:
        raise PermissionDenied
    kind = kinds[kind_name]
    result = _read(form, kind, text)
    if result is None:
        context["kind_name"] = kind_name
        return _render(request, context, 400)
    confirming = "confirm" in request.POST and "rec-0-expected" in request.POST
    specs = translated_specs(kind.fact_fields())
    previews = [
        RecordPreview(
            index,
            record,
            kind,
            request.POST if confirming else correction_data(record, specs, f"rec-{index}"),
            specs,
            request.user,
        )
        for index, record in enumerate(result.records)
    ]
    context.update(
        kind_name=kind_name,
        kind_label=kind.label,
        kind_choices=[(name, kinds[name].label) for name in allowed],
        scores=scores,
        result=result,
        previews=previews,
        marked=marked_text(text, result.records, specs),
        confirm_form=DocumentImportForm(
            initial={
                "text": text,
                "kind": kind_name,
                "source_url": form.cleaned_data["source_url"],
            },
            kinds=kinds,
        ),
    )
    if not confirming:
        return _render(request, context)
    return _confirm(request, context, form, kind, previews, specs)


def _refusal(previews):
    """(status, message) when the posted previews cannot be saved as they are, else None."""
    if any(not p.corrections.is_valid() for p in previews if p.action != "skip"):
        return 400, "Correct the facts marked below, then save. Nothing was saved."
    stale = [p for p in previews if p.action != "skip" and p.expected != p.version_key]
    if stale:
        for preview in stale:
            preview.expected = preview.version_key
        names = ", ".join(
            f"“{p.existing.title if p.existing else p.record.value('title')}”" for p in stale
        )
        return 409, (
            f"{names} changed after your preview (edited by someone else, or an existing "
            "record now matches); nothing was saved. Look at the preview again and save."
        )
    return None


def _save_one(request, kind, preview):
    """Save one kept record; return (the saved object, what happened to it)."""
    existing = preview.existing
    keep_staff_values(preview.record, preview.diff, preview.taken)

    def save():
        live = existing is not None and existing.is_published
        return kind.save(preview.record, existing=existing, publish=live)

    if preview.proposes:
        targets = [existing, *kind.related(existing)]
        saved, proposed = save_as_proposals(request, targets, save)
        return saved, ("waits for a Publisher's review" if proposed else "unchanged")
    saved = save()
    remember_import(saved, kind.baseline(preview.record))
    return saved, ("updated" if existing else "new draft")


def _confirm(request, context, form, kind, previews, specs):
    refused = _refusal(previews)
    if refused:
        status, message = refused
        form.add_error(None, message)
        return _render(request, context, status)
    saved = []
    try:
        with transaction.atomic(), reversion.create_revision():
            reversion.set_user(request.user)
            reversion.set_comment(f"Imported from a document ({kind.name}) in the admin.")
            for preview in previews:
                if preview.action != "skip":
                    saved.append(_save_one(request, kind, preview))
    except (ValidationError, ImportRefused, ProposalRefused) as error:
        problems = "; ".join(getattr(error, "messages", None) or [str(error)])
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
            "{} {}: {}. New records are drafts; updates keep the record's state.",
            len(saved),
            kind.name + ("s" if len(saved) > 1 else ""),
            "; ".join(f"{obj.title} ({what})" for obj, what in saved),
        ),
    )
    opts = kind.model._meta
    if len(saved) == 1:
        return redirect(f"admin:{opts.app_label}_{opts.model_name}_change", saved[0][0].pk)
    return redirect(f"admin:{opts.app_label}_{opts.model_name}_changelist")
