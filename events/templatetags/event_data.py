import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from events.models import DatePrecision

register = template.Library()

# The characters that could end a <script> data block early, written as JSON escapes.
SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def _schema_date(date, precision):
    """ISO 8601 with only the known part: 2019-06-14, 2019-06 or 2019."""
    if precision == DatePrecision.YEAR:
        return f"{date.year:04d}"
    if precision == DatePrecision.MONTH:
        return f"{date.year:04d}-{date.month:02d}"
    return date.isoformat()


def event_schema(event, url):
    """schema.org Event data for an event page."""
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": event.title,
        "url": url,
        "startDate": _schema_date(event.start_date, event.date_precision),
        "eventStatus": "https://schema.org/EventScheduled",
        "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
    }
    if event.end_date and event.date_precision == DatePrecision.DAY:
        data["endDate"] = event.end_date.isoformat()
    if event.summary:
        data["description"] = event.summary
    if event.city or event.venue:
        address = {"@type": "PostalAddress"}
        if event.city:
            address["addressLocality"] = event.city
        if event.host_id:
            address["addressRegion"] = event.host.name
        data["location"] = {
            "@type": "Place",
            "name": event.venue or event.city,
            "address": address,
        }
    if event.host_id:
        data["organizer"] = {"@type": "Organization", "name": event.host.name}
    return data


@register.simple_tag(takes_context=True)
def event_json_ld(context, event):
    """A `<script type="application/ld+json">` data block (not executable) for the event."""
    url = context["request"].build_absolute_uri(event.get_absolute_url())
    payload = json.dumps(event_schema(event, url), cls=DjangoJSONEncoder, ensure_ascii=False)
    return format_html(
        '<script type="application/ld+json">{}</script>',
        mark_safe(payload.translate(SCRIPT_ESCAPES)),
    )
