from core.facets import ConditionalFacet, EconomyCodeFacet, RelatedFacet
from core.list_view import FilteredListView
from initiatives.exports import INITIATIVE_EXPORT
from initiatives.filters import InitiativeFilterSet, initiative_years
from initiatives.models import Economy, Initiative, Theme, active_in_year


def year_conditions():
    return [(year, year, active_in_year(year)) for year in initiative_years()]


class InitiativeListView(FilteredListView):
    model = Initiative
    filterset_class = InitiativeFilterSet
    template_name = "initiatives/initiative_list.html"
    export_columns = INITIATIVE_EXPORT
    title = "Initiatives"
    noun = "initiatives"
    singular = "initiative"
    description = (
        "APEC SME innovation initiatives: what each is for, which economies propose and "
        "co-implement it, and the years it runs. Filter by economy, theme, year and status."
    )
    facets = [
        EconomyCodeFacet(
            "economy",
            options=Economy.objects.all(),
            value_field="code",
            label_field="name",
            paths=("proposer", "co_implementers"),
        ),
        ConditionalFacet("year", conditions=year_conditions),
        RelatedFacet(
            "theme",
            options=Theme.objects.all(),
            value_field="slug",
            label_field="name",
            paths=("themes",),
        ),
    ]

    card_names = {"co_implementer_names": "co_implementers", "theme_names": "themes"}

    def get_queryset(self):
        return super().get_queryset().for_list()
