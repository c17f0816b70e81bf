"""Writes that span an initiative and its related rows."""

import reversion
from django.db import transaction

from core.publication import put_in_state
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
    if created or publish != initiative.is_published:
        put_in_state(initiative, publish=publish)
    initiative.full_clean(validate_unique=False)
    initiative.save()
    initiative.co_implementers.set(Economy.objects.filter(code__in=co_implementers))
    initiative.themes.set(Theme.objects.filter(slug__in=themes))
    initiative.objectives.all().delete()
    initiative.objectives.bulk_create(
        initiative.objectives.model(initiative=initiative, position=position, text=text)
        for position, text in enumerate(objectives, start=1)
    )
    initiative.activities.all().delete()
    initiative.activities.bulk_create(
        initiative.activities.model(initiative=initiative, position=position, kind=kind, text=text)
        for position, (kind, text) in enumerate(activities, start=1)
    )
    initiative.outputs.all().delete()
    initiative.outputs.bulk_create(
        initiative.outputs.model(
            initiative=initiative, position=position, title=title, year=year, url=url
        )
        for position, (title, year, url) in enumerate(outputs, start=1)
    )
    # Record the finished state, inline rows included (bulk_create sends no signals).
    reversion.add_to_revision(initiative)
    return initiative
