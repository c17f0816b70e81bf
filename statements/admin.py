from datetime import MAXYEAR, MINYEAR

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.widgets import AutocompleteSelectMultiple
from django.core.exceptions import PermissionDenied
from django.forms.models import BaseInlineFormSet
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html
from reversion.revisions import set_comment

from core.admin_input import AdminInputMixin
from core.admin_labels import NamedRowsTabularInline
from core.editorial import EditorialAdmin
from core.importing import correction_data, correction_form, evidence_rows
from initiatives.models import Initiative
from statements.forms import StatementImportForm
from statements.importer import (
    FACT_CHECKS,
    fact_fields,
    length_problems,
    statement_existing,
    statement_save,
)
from statements.models import Paragraph, Section, Statement

IMPORT_TEMPLATE = "admin/statements/statement/import.html"
FACT_PREFIX = "fact"


class NumberedFormSet(BaseInlineFormSet):
    """Checks that the numbers kept in this statement's inline rows are unique."""

    def clean(self):
        seen = {}
        for form in self.forms:
            if not hasattr(form, "cleaned_data") or form.cleaned_data.get("DELETE"):
                continue
            number = form.cleaned_data.get("number")
            if number is None:
                continue
            if number in seen:
                form.add_error(
                    "number",
                    f"Number {number} is already used by another "
                    f"{self.model._meta.verbose_name} of this statement; a number is unique in "
                    "its statement.",
                )
            seen[number] = form
        super().clean()


class KnownLabelsAutocomplete(AutocompleteSelectMultiple):
    """Renders the selected options from labels read once for the whole page, rather than
    one query per row as the stock widget does; falls back to it for anything else."""

    known = None

    def optgroups(self, name, value, attr=None):
        wanted = [str(v) for v in value if str(v) not in self.choices.field.empty_values]
        if self.known is None or any(pk not in self.known for pk in wanted):
            return super().optgroups(name, value, attr)
        options = [
            self.create_option(name, pk, self.known[pk], True, index)
            for index, pk in enumerate(wanted)
        ]
        return [(None, options, 0)]


class SectionInline(NamedRowsTabularInline):
    model = Section
    formset = NumberedFormSet
    extra = 0


class ParagraphInline(admin.StackedInline):
    model = Paragraph
    formset = NumberedFormSet
    extra = 0
    fields = ["number", "section", "text", "initiatives"]
    autocomplete_fields = ["initiatives"]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("initiatives")

    def get_formset(self, request, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)
        fields = formset.form.base_fields
        fields["text"].widget = forms.Textarea(attrs={"rows": 3, "cols": 100})
        # The statement's own headings only, read once for every paragraph row.
        sections = Section.objects.filter(statement=obj) if obj else Section.objects.none()
        fields["section"].queryset = sections
        fields["section"].choices = [("", "---------")] + [(s.pk, str(s)) for s in sections]
        fields["section"].widget = forms.Select(choices=fields["section"].choices)
        named = Initiative.objects.filter(paragraphs__statement=obj).distinct() if obj else []
        inner = getattr(fields["initiatives"].widget, "widget", fields["initiatives"].widget)
        if isinstance(inner, AutocompleteSelectMultiple):
            known = KnownLabelsAutocomplete(inner.field, inner.admin_site, attrs=inner.attrs)
            known.choices = inner.choices
            known.known = {str(i.pk): str(i) for i in named}
            if inner is fields["initiatives"].widget:
                fields["initiatives"].widget = known
            else:
                fields["initiatives"].widget.widget = known
        return formset


class StatementYearFilter(admin.SimpleListFilter):
    title = "year"
    parameter_name = "year"

    def lookups(self, request, model_admin):
        years = model_admin.get_queryset(request).dates("meeting__start_date", "year", "DESC")
        return [(str(d.year), str(d.year)) for d in years]

    def queryset(self, request, queryset):
        # A year a date can have; anything else (no link makes it) leaves the list unfiltered.
        value = self.value() or ""
        if value.isascii() and value.isdigit() and MINYEAR <= int(value) <= MAXYEAR:
            return queryset.filter(meeting__start_date__year=int(value))
        return queryset


@admin.register(Statement)
class StatementAdmin(EditorialAdmin):
    list_display = ["title", "publication_status", "meeting_number", "meeting", "updated_at"]
    list_filter = ["publication_status", StatementYearFilter, "themes", "meeting__host"]
    list_select_related = ["meeting"]
    search_fields = ["title", "meeting_theme", "chair", "slug"]
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["meeting", "themes"]
    inlines = [SectionInline, ParagraphInline]
    change_list_template = "admin/statements/statement/change_list_import.html"

    def get_urls(self):
        opts = self.model._meta
        return [
            path(
                "import/",
                self.admin_site.admin_view(self.import_view),
                name=f"{opts.app_label}_{opts.model_name}_import",
            ),
            *super().get_urls(),
        ]

    def import_view(self, request):
        """Paste or upload a statement's text, preview what was read, confirm to save a draft."""
        if not (self.has_add_permission(request) and self.has_change_permission(request)):
            raise PermissionDenied
        form = StatementImportForm(request.POST or None, request.FILES or None)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": "Import a statement from its text",
            "form": form,
        }
        if request.method != "POST" or not form.is_valid():
            status = 400 if request.method == "POST" else 200
            return TemplateResponse(request, IMPORT_TEMPLATE, context, status=status)
        parsed = form.cleaned_data["parsed"]
        specs = fact_fields()
        evidence = evidence_rows(parsed.result, specs)
        evidence.append(("Incomplete text", parsed.facts.get("incomplete")))
        # The facts as read fill the correction form; once staff have seen it, their values
        # (sent back with the confirmation) are what is saved.
        corrected = "confirm" in request.POST and f"{FACT_PREFIX}-title" in request.POST
        data = request.POST if corrected else correction_data(parsed.result, specs, FACT_PREFIX)
        corrections = correction_form(specs, FACT_CHECKS)(data, prefix=FACT_PREFIX)
        if corrections.is_valid():
            parsed.correct(corrections.cleaned_data, specs)
        existing = statement_existing(parsed)
        confirm = StatementImportForm(
            initial={
                "text": form.cleaned_data["text"],
                "source_url": form.cleaned_data["source_url"],
                "expected_version": (
                    form.cleaned_data["expected_version"]
                    if corrected
                    else (existing.version if existing else None)
                ),
            }
        )
        context.update(
            parsed=parsed,
            existing=existing,
            confirm_form=confirm,
            corrections=corrections,
            evidence=evidence,
        )
        if "confirm" not in request.POST:
            return TemplateResponse(request, IMPORT_TEMPLATE, context)
        if not corrections.is_valid():
            problems = [] if corrected else length_problems(parsed, form.cleaned_data["text"])
            if problems:
                # Saved straight from the paste, without the preview: say which fact is too long.
                line, reason = problems[0]
                form.add_error(None, f"Line {line or 1}: {reason}")
            context["title"] = "Correct the facts marked below, then save"
            return TemplateResponse(request, IMPORT_TEMPLATE, context, status=400)
        expected = form.cleaned_data["expected_version"]
        if existing is not None and existing.version != expected:
            form.add_error(
                None,
                f"“{existing.title}” was changed after your preview (by someone else or an "
                "earlier import); nothing was saved. Preview again to see the current state.",
            )
            return TemplateResponse(request, IMPORT_TEMPLATE, context, status=409)
        with self.create_revision(request):
            set_comment("Imported from the statement's text in the admin.")
            statement = statement_save(
                parsed=parsed, source_url=form.cleaned_data["source_url"], publish=False
            )
        state = statement.get_publication_status_display().lower()
        self.message_user(
            request,
            format_html(
                "Imported “{}”: {} sections, {} paragraphs, {} initiatives named. It is {}.",
                statement.title,
                len(parsed.sections),
                len(parsed.paragraphs),
                len(parsed.initiatives),
                state if existing else "a draft",
            ),
            messages.SUCCESS,
        )
        opts = self.model._meta
        return redirect(
            reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[statement.pk])
        )


@admin.register(Paragraph)
class ParagraphAdmin(AdminInputMixin, admin.ModelAdmin):
    """Find a paragraph by its text; paragraphs are edited inside their statement."""

    list_display = ["__str__", "statement", "section", "edit_in_statement"]
    list_filter = ["statement"]
    list_select_related = ["statement", "section"]
    search_fields = ["text"]

    @admin.display(description="edit")
    def edit_in_statement(self, obj):
        url = reverse("admin:statements_statement_change", args=[obj.statement_id])
        return format_html('<a href="{}#paragraphs-group">Edit in its statement</a>', url)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
