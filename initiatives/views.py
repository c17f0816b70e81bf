from django.utils.translation import gettext_lazy as _

from core.facets import ConditionalFacet
from core.list_view import FilteredListView
from initiatives.exports import INITIATIVE_EXPORT
from initiatives.facets import economy_facet, theme_facet
from initiatives.filters import InitiativeFilterSet, initiative_years
from initiatives.models import Initiative, active_in_year


def year_conditions():
    return [(year, year, active_in_year(year)) for year in initiative_years()]


class InitiativeListView(FilteredListView):
    model = Initiative
    filterset_class = InitiativeFilterSet
    template_name = "initiatives/initiative_list.html"
    export_columns = INITIATIVE_EXPORT
    title = _("Initiatives")
    noun = _("initiatives")
    singular = _("initiative")
    description = _(
        "APEC SME innovation initiatives: what each is for, which economies propose and "
        "co-implement it, and the years it runs. Filter by economy, theme, year and status."
    )
    facets = [
        economy_facet("proposer", "co_implementers"),
        ConditionalFacet("year", conditions=year_conditions),
        theme_facet(),
    ]

    card_names = {"co_implementer_names": "co_implementers", "theme_names": "themes"}
    cards_by_key = True

    def get_queryset(self):
        return super().get_queryset().for_list()
