from django.contrib import admin

from statements.models import Paragraph, Section, Statement


class SectionInline(admin.TabularInline):
    model = Section
    extra = 0


class ParagraphInline(admin.StackedInline):
    model = Paragraph
    extra = 0
    fields = ["number", "section", "text", "initiatives"]
    autocomplete_fields = ["initiatives"]


@admin.register(Statement)
class StatementAdmin(admin.ModelAdmin):
    list_display = ["title", "meeting_number", "meeting", "publication_status", "updated_at"]
    list_filter = ["publication_status", "themes", "meeting__host"]
    search_fields = ["title", "meeting_theme", "chair"]
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["meeting", "themes"]
    inlines = [SectionInline, ParagraphInline]
    readonly_fields = ["created_at", "updated_at", "published_at"]


@admin.register(Paragraph)
class ParagraphAdmin(admin.ModelAdmin):
    list_display = ["__str__", "statement", "section"]
    list_filter = ["statement"]
    search_fields = ["text"]
    autocomplete_fields = ["initiatives"]
