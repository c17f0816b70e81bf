"""What statement lists export: the columns of `/statements/?format=csv|json`."""

from django.utils.translation import gettext_noop

from core.exports import (
    PUBLISHED_AT,
    SOURCE_URL,
    UPDATED_AT,
    Column,
    Export,
    PermalinkColumn,
    economy_column,
    themes_column,
)


def published_meeting(statement):
    """The meeting's event when it is public; a draft event's page is not linked."""
    meeting = statement.meeting
    return meeting if meeting.is_published else None


STATEMENT_EXPORT = Export(
    "statements",
    prefetch=("themes",),
    columns=[
        Column(
            "slug",
            gettext_noop(
                "The record's short name in its URL; stable, unique among records of its kind."
            ),
            example="2019-apec-sme-ministerial-meeting",
        ),
        Column(
            "title",
            gettext_noop("The statement's title."),
            example="2017 APEC SME Ministerial Meeting Joint Statement",
        ),
        Column(
            "meeting_number",
            gettext_noop(
                "Number of the SME Ministerial Meeting that issued it (e.g. 24 for the 24th)."
            ),
            type="integer",
            example="24",
        ),
        Column(
            "date",
            gettext_noop("Date of the meeting (ISO 8601)."),
            type="date",
            example="2017-09-21",
            source="meeting.start_date",
        ),
        Column("year", gettext_noop("Year of the meeting."), type="integer", example="2017"),
        Column(
            "city",
            gettext_noop("City of the meeting."),
            example="Ho Chi Minh City",
            source="meeting.city",
        ),
        economy_column(
            "host_economy",
            gettext_noop("The economy that hosted the meeting"),
            "meeting.host",
            example="Viet Nam",
            key_example="VNM",
        ),
        Column(
            "meeting_theme",
            gettext_noop("Theme of the meeting, as the statement gives it."),
            example="Strengthening MSMEs’ Competitiveness and Innovation in the Digital Age",
        ),
        Column("chair", gettext_noop("Who chaired the meeting."), example=""),
        Column(
            "incomplete",
            gettext_noop("true when the portal holds only part of the statement's text."),
            type="boolean",
            example="false",
        ),
        themes_column(),
        PermalinkColumn(
            "meeting_url",
            gettext_noop(
                "Link to the meeting's event page on this portal (empty until that page is public)."
            ),
            source=published_meeting,
        ),
        SOURCE_URL,
        PUBLISHED_AT,
        UPDATED_AT,
        PermalinkColumn(),
    ],
)
