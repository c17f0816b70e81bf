"""Writes that span an initiative and its related rows."""

import reversion
from django.db import transaction

from core.services import save_upserted
from initiatives.models import Economy, Initiative, Theme


@transaction.atomic
@reversion.create_revision()
def initiative_upsert(
    *,
    slug,
    title,
    subtitle="",
    aliases=(),
    introduction="",
    proposer=None,
    co_implementers=(),
    themes=(),
    start_year=None,
    end_year=None,
    status="",
    objectives=(),
    activities=(),
    outputs=(),
    website="",
    lead_agency="",
    contact_organisation="",
    contact_email="",
    apec_project_number="",
    source_url="",
    publish=False,
):
    """Create or update the initiative `slug` with exactly the given related rows.

    Economies are given by ISO3 code, themes by slug, activities as (kind, text),
    outputs as (title, year, url).
    """
    initiative, created = Initiative.objects.get_or_create(slug=slug, defaults={"title": title})
    initiative.title = title
    initiative.subtitle = subtitle
    initiative.aliases = list(aliases)
    initiative.introduction = introduction
    initiative.proposer = Economy.objects.get(code=proposer) if proposer else None
    initiative.start_year = start_year
    initiative.end_year = end_year
    initiative.status = status
    initiative.website = website
    initiative.lead_agency = lead_agency
    initiative.contact_organisation = contact_organisation
    initiative.contact_email = contact_email
    initiative.apec_project_number = apec_project_number
    initiative.source_url = source_url
    return save_upserted(
        initiative,
        created=created,
        publish=publish,
        links=[
            ("co_implementers", Economy.objects.filter(code__in=co_implementers)),
            ("themes", Theme.objects.filter(slug__in=themes)),
        ],
        rows=[
            ("objectives", [{"text": text} for text in objectives]),
            ("activities", [{"kind": kind, "text": text} for kind, text in activities]),
            (
                "outputs",
                [{"title": title, "year": year, "url": url} for title, year, url in outputs],
            ),
        ],
    )
