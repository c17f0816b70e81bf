"""What the initiatives app exports: the columns of `/initiatives/?format=csv|json`."""

from core.exports import (
    PUBLISHED_AT,
    SLUG,
    SOURCE_URL,
    UPDATED_AT,
    Column,
    Export,
    PermalinkColumn,
    economy_column,
    themes_column,
)

INITIATIVE_EXPORT = Export(
    "initiatives",
    prefetch=("co_implementers", "themes"),
    columns=[
        SLUG,
        Column(
            "title",
            "The initiative's name.",
            example="APEC Local Innovation Ecosystem Initiative",
        ),
        Column(
            "subtitle",
            "The rest of the name, after the colon (empty if none).",
            example="Revitalization for Inclusive Growth and a Sustainable Future",
        ),
        economy_column(
            "proposer_economy",
            "The economy that proposed the initiative",
            "proposer",
            example="Chinese Taipei",
            key_example="TWN",
        ),
        economy_column(
            "co_implementing_economies",
            "The economies that co-implement the initiative",
            "co_implementers",
            many=True,
            example="Philippines; Russia; Thailand",
            key_example="PHL; RUS; THA",
        ),
        themes_column(),
        Column("start_year", "Year the initiative started.", type="integer", example="2019"),
        Column("end_year", "Year the initiative ended or ends.", type="integer", example="2019"),
        Column(
            "status",
            "Lifecycle: planned, ongoing or completed (empty when not recorded).",
            example="completed",
        ),
        SOURCE_URL,
        PUBLISHED_AT,
        UPDATED_AT,
        PermalinkColumn(),
    ],
)
