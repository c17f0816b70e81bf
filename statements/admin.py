from datetime import MAXYEAR, MINYEAR

from django import forms
from django.contrib import admin
from django.contrib.admin.widgets import AutocompleteSelectMultiple
from django.forms.models import BaseInlineFormSet
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from core.admin_input import AdminInputMixin
from core.admin_labels import NamedRowsTabularInline
from core.editorial import EditorialAdmin
from initiatives.models import Initiative
from statements.models import Paragraph, Section, Statement


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
    # "Import a document" (apec_portal/document_import.py) sits beside the list's buttons.
    change_list_template = "admin/import_document_change_list.html"


@admin.register(Paragraph)
class ParagraphAdmin(AdminInputMixin, admin.ModelAdmin):
    """Find a paragraph by its text; paragraphs are edited inside their statement."""

    list_display = ["__str__", "statement", "section", "edit_in_statement"]
    list_filter = ["statement"]
    list_select_related = ["statement", "section"]
    search_fields = ["text"]

    @admin.display(description=_("edit"))
    def edit_in_statement(self, obj):
        url = reverse("admin:statements_statement_change", args=[obj.statement_id])
        return format_html('<a href="{}#paragraphs-group">Edit in its statement</a>', url)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
