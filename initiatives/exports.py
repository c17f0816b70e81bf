"""What the initiatives app exports: the columns of `/initiatives/?format=csv|json`."""

from dataclasses import dataclass

from django.utils.translation import gettext_noop

from core.exports import (
    MULTI_VALUE_SEPARATOR,
    PUBLISHED_AT,
    SLUG,
    SOURCE_URL,
    UPDATED_AT,
    Column,
    Export,
    PermalinkColumn,
    economy_column,
    export_attribute,
    themes_column,
)


@dataclass(frozen=True)
class OutputsColumn(Column):
    """The initiative's outputs: "Title (year) <link>" joined by "; " in CSV, objects in JSON."""

    def rows(self, record):
        rows = getattr(record, export_attribute("outputs"), None)
        return rows if rows is not None else list(record.outputs.all())

    def csv_cells(self, record, context):
        cells = []
        for output in self.rows(record):
            text = output.title + (f" ({output.year})" if output.year else "")
            cells.append(text + (f" <{output.url}>" if output.url else ""))
        return [MULTI_VALUE_SEPARATOR.join(cells)]

    def json_value(self, record, context):
        return [
            {"title": output.title, "year": output.year, "url": output.url}
            for output in self.rows(record)
        ]

    def json_documentation(self):
        return (
            self.name,
            'list of {"title": …, "year": … or null, "url": …}',
            self.meaning,
            self.example,
        )


INITIATIVE_EXPORT = Export(
    "initiatives",
    prefetch=("co_implementers", "themes", "outputs"),
    columns=[
        SLUG,
        Column(
            "title",
            gettext_noop("The initiative's name."),
            example="APEC Local Innovation Ecosystem Initiative",
            translatable=True,
        ),
        Column(
            "subtitle",
            gettext_noop("The rest of the name, after the colon (empty if none)."),
            example="Revitalization for Inclusive Growth and a Sustainable Future",
            translatable=True,
        ),
        economy_column(
            "proposer_economy",
            gettext_noop("The economy that proposed the initiative"),
            "proposer",
            example="Chinese Taipei",
            key_example="TWN",
        ),
        economy_column(
            "co_implementing_economies",
            gettext_noop("The economies that co-implement the initiative"),
            "co_implementers",
            many=True,
            example="Philippines; Russia; Thailand",
            key_example="PHL; RUS; THA",
        ),
        themes_column(),
        Column(
            "start_year",
            gettext_noop("Year the initiative started."),
            type="integer",
            example="2019",
        ),
        Column(
            "end_year",
            gettext_noop("Year the initiative ended or ends."),
            type="integer",
            example="2019",
        ),
        Column(
            "status",
            gettext_noop(
                "Lifecycle: planned, ongoing or completed. Staff's status where they set one, "
                "otherwise worked out from the years on the day of the download: planned before "
                "the start year, ongoing to the end year (the start year when no end is given), "
                "completed after it; empty when no year is known."
            ),
            source="effective_status",
            example="completed",
        ),
        Column(
            "status_source",
            gettext_noop(
                "Where the status comes from: staff (set by the portal's editors), years "
                "(worked out from start_year and end_year) or empty (no status)."
            ),
            example="years",
        ),
        Column("website", gettext_noop("The initiative's own website."), type="URL"),
        Column(
            "lead_agency",
            gettext_noop("The agency that leads it, as the sources name it."),
            example="Small and Medium Enterprise Administration, Ministry of Economic Affairs",
        ),
        Column("contact_organisation", gettext_noop("Who to contact about taking part.")),
        Column("contact_email", gettext_noop("Contact email address."), type="email"),
        Column(
            "apec_project_number",
            gettext_noop("APEC's project number (forum code, serial, year, session)."),
            example="SME 01 2019A",
        ),
        Column(
            "apec_project_url",
            gettext_noop("The project's entry in APEC's project database, built from its number."),
            type="URL",
        ),
        OutputsColumn(
            "outputs",
            "Reports and publications it produced: title, year and link. CSV: "
            "“Title (year) <link>”, several joined by “; ”.",
            type="list",
            example="APEC Local Innovation Ecosystem Best Practices (2020)",
        ),
        SOURCE_URL,
        PUBLISHED_AT,
        UPDATED_AT,
        PermalinkColumn(),
    ],
)
