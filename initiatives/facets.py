"""The economy and theme facets every list offers (their options are this app's models)."""

from core.facets import EconomyCodeFacet, RelatedFacet
from initiatives.models import Economy, Theme


def economy_facet(*paths):
    """`economy=<ISO3>` counted over the lookups from a record to its economies."""
    return EconomyCodeFacet(
        "economy",
        options=Economy.objects.all(),
        value_field="code",
        label_field="name",
        paths=paths,
    )


def theme_facet():
    """`theme=<slug>` counted over the record's themes."""
    return RelatedFacet(
        "theme",
        options=Theme.objects.all(),
        value_field="slug",
        label_field="name",
        paths=("themes",),
    )
