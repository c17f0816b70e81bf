from django.contrib import admin

from initiatives.models import Economy, Initiative, InitiativeActivity, InitiativeObjective, Theme


@admin.register(Economy)
class EconomyAdmin(admin.ModelAdmin):
    list_display = ["name", "code", "joined"]
    search_fields = ["name", "code", "aliases"]
    ordering = ["name"]


@admin.register(Theme)
class ThemeAdmin(admin.ModelAdmin):
    list_display = ["name", "slug"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}


class InitiativeObjectiveInline(admin.TabularInline):
    model = InitiativeObjective
    extra = 1


class InitiativeActivityInline(admin.TabularInline):
    model = InitiativeActivity
    extra = 1


@admin.register(Initiative)
class InitiativeAdmin(admin.ModelAdmin):
    list_display = ["title", "proposer", "start_year", "status", "publication_status", "updated_at"]
    list_filter = ["publication_status", "status", "start_year", "themes", "proposer"]
    search_fields = ["title", "subtitle", "introduction"]
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["proposer", "co_implementers", "themes"]
    inlines = [InitiativeObjectiveInline, InitiativeActivityInline]
    readonly_fields = ["created_at", "updated_at", "published_at"]
