from django.contrib import admin

from events.models import Event, EventOfficial


class EventOfficialInline(admin.TabularInline):
    model = EventOfficial
    extra = 1


@admin.register(Event)
class EventAdmin(admin.ModelAdmin):
    list_display = ["title", "kind", "start_date", "city", "host", "publication_status"]
    list_filter = ["publication_status", "kind", "host", "themes"]
    search_fields = ["title", "summary", "city", "venue"]
    date_hierarchy = "start_date"
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["host", "co_hosts", "initiative", "themes"]
    inlines = [EventOfficialInline]
    readonly_fields = ["created_at", "updated_at", "published_at"]
