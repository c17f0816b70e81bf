from django import forms
from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from reversion.admin import VersionAdmin

from core.admin_input import AdminInputMixin
from core.admin_labels import NamedRowsTabularInline
from core.editorial import EditorialAdmin, EditorialForm
from core.translation import TranslationFieldsetsAdmin, translation_columns
from initiatives.models import (
    Economy,
    Initiative,
    InitiativeActivity,
    InitiativeObjective,
    InitiativeOutput,
    Theme,
)


@admin.register(Economy)
class EconomyAdmin(TranslationFieldsetsAdmin, AdminInputMixin, VersionAdmin):
    """Reference data: changed by Publishers (and administrators) only, with history."""

    list_display = ["name", "code", "joined"]
    search_fields = ["name", "code", "aliases"]
    ordering = ["name"]


@admin.register(Theme)
class ThemeAdmin(TranslationFieldsetsAdmin, AdminInputMixin, VersionAdmin):
    """The controlled vocabulary every public record shows: a rename is public at once, so
    only Publishers add, change or delete themes (Editors pick them), and each change is
    kept in the theme's history (docs/editors.md)."""

    list_display = ["name", "slug"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}


class InitiativeObjectiveInline(admin.StackedInline):
    """Each objective's English, then its translations folded away: a row of ten text
    boxes would not fit a tabular inline."""

    model = InitiativeObjective
    extra = 1
    fieldsets = [
        (None, {"fields": ["position", "text"]}),
        (
            _("Translations"),
            {"classes": ["collapse"], "fields": translation_columns(InitiativeObjective)},
        ),
    ]


class InitiativeActivityInline(NamedRowsTabularInline):
    model = InitiativeActivity
    extra = 1


class InitiativeOutputInline(NamedRowsTabularInline):
    model = InitiativeOutput
    extra = 1
    verbose_name = _("output (report, publication)")
    verbose_name_plural = _("outputs (reports, publications)")


class InitiativeForm(EditorialForm):
    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start_year"), cleaned.get("end_year")
        if start and end and end < start:
            self.add_error(
                "end_year", f"An initiative cannot end before it starts (it starts in {start})."
            )
        return cleaned


@admin.register(Initiative)
class InitiativeAdmin(TranslationFieldsetsAdmin, EditorialAdmin):
    # "Import a document" (apec_portal/document_import.py) sits beside the list's buttons.
    change_list_template = "admin/import_document_change_list.html"
    form = InitiativeForm
    list_display = [
        "title",
        "publication_status",
        "proposer",
        "start_year",
        "status_shown",
        "updated_at",
    ]
    list_filter = ["publication_status", "status", "start_year", "themes", "proposer"]
    list_select_related = ["proposer"]
    search_fields = ["title", "subtitle", "introduction", "slug"]
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["proposer", "co_implementers", "themes"]
    inlines = [InitiativeObjectiveInline, InitiativeActivityInline, InitiativeOutputInline]

    @admin.display(description=_("status"), ordering="status")
    def status_shown(self, obj):
        shown = obj.get_effective_status_display()
        if not shown:
            return "—"
        return shown if obj.status else _("%(status)s (from its years)") % {"status": shown}

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "aliases":
            kwargs["widget"] = forms.TextInput(attrs={"size": 80})
        return super().formfield_for_dbfield(db_field, request, **kwargs)
