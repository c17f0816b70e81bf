from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from core.admin_labels import NamedRowsTabularInline
from core.editorial import EditorialAdmin, EditorialForm
from core.translation import TranslationFieldsetsAdmin
from events.models import Event, EventOfficial


class EventOfficialInline(NamedRowsTabularInline):
    model = EventOfficial
    extra = 1


class EventForm(EditorialForm):
    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start_date"), cleaned.get("end_date")
        if start and end and end < start:
            self.add_error(
                "end_date",
                f"An event cannot end before it starts (it starts on {start:%d %B %Y}).",
            )
        host, co_hosts = cleaned.get("host"), cleaned.get("co_hosts")
        if host is not None and co_hosts is not None and host in co_hosts:
            self.add_error(
                "co_hosts", f"{host} is the host economy; a co-host cannot also be the host."
            )
        return cleaned


@admin.register(Event)
class EventAdmin(TranslationFieldsetsAdmin, EditorialAdmin):
    # "Import a document" (apec_portal/document_import.py) sits beside the list's buttons.
    change_list_template = "admin/import_document_change_list.html"
    form = EventForm
    list_display = ["title", "publication_status", "kind", "dates", "city", "host"]
    list_filter = ["publication_status", "kind", "format", "host", "themes"]
    list_select_related = ["host"]
    search_fields = ["title", "summary", "city", "venue", "slug"]
    date_hierarchy = "start_date"
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["host", "co_hosts", "initiative", "themes"]
    inlines = [EventOfficialInline]

    @admin.display(description=_("Dates"), ordering="start_date")
    def dates(self, event):
        return event.dates_display
