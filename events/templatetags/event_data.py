import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.safestring import mark_safe

register = template.Library()

# The characters that could end a <script> data block early, written as JSON escapes.
SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def event_schema(event, url):
    """schema.org Event data for an event page."""
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": event.title,
        "url": url,
        "startDate": event.dates.start_iso,
        "eventStatus": "https://schema.org/EventScheduled",
        "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
    }
    if event.dates.end_iso:
        data["endDate"] = event.dates.end_iso
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
