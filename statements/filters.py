"""Filters of the statement list (`/statements/`)."""

import django_filters

from initiatives.listing import EconomyFilter, ListFilterSet, SearchFilter, SortFilter, YearFilter
from initiatives.models import Economy, Theme
from statements.models import Statement

STATEMENT_ORDERINGS = {
    "-date": ("Newest first", ["-meeting__start_date"]),
    "date": ("Oldest first", ["meeting__start_date"]),
}


class StatementFilterSet(ListFilterSet):
    q = SearchFilter()
    year = YearFilter(field_name="meeting__start_date", lookup_expr="year", label="Year")
    economy = EconomyFilter(
        field_name="meeting__host",
        lookup_expr="exact",  # one condition per economy given, OR-ed
        queryset=Economy.objects.all(),
        to_field_name="code",
        label="Host economy",
    )
    theme = django_filters.ModelChoiceFilter(
        field_name="themes",
        lookup_expr="exact",
        to_field_name="slug",
        queryset=Theme.objects.all(),
        label="Theme",
        empty_label="Any theme",
    )
    sort = SortFilter(orderings=STATEMENT_ORDERINGS)

    class Meta:
        model = Statement
        fields = []
