"""Filters of the statement list (`/statements/`)."""

from django.utils.translation import gettext_lazy as _

from core.filters import EconomyFilter, ListFilterSet, SearchFilter, SortFilter, YearFilter
from initiatives.filters import ThemeFilter
from initiatives.models import Economy
from statements.models import Statement

STATEMENT_ORDERINGS = {
    # The key last, as on every list (core/keyset.py).
    "-date": (_("Newest first"), ["-meeting__start_date", "pk"]),
    "date": (_("Oldest first"), ["meeting__start_date", "pk"]),
}


class StatementFilterSet(ListFilterSet):
    q = SearchFilter()
    year = YearFilter(field_name="meeting__start_date", lookup_expr="year", label=_("Year"))
    economy = EconomyFilter(
        field_name="meeting__host",
        lookup_expr="exact",  # one condition per economy given, OR-ed
        queryset=Economy.objects.all(),
        to_field_name="code",
        label=_("Host economy"),
    )
    theme = ThemeFilter(field_name="themes", lookup_expr="exact")
    sort = SortFilter(orderings=STATEMENT_ORDERINGS)

    class Meta:
        model = Statement
        fields = []
