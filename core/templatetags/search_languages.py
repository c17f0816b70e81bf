"""Search hits that say which language matched (issue 25, "Search in every language").

`record_cards.search_hits` renders each hit's heading and facts once per record edit and
puts in the highlighted title and excerpt on every page; which language matched depends
on the words searched too, so it is added here, after the excerpt, to each hit's `<li>`.
"""

from django import template
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.translation import gettext

from core.templatetags.record_cards import search_hits

register = template.Library()

#: How `search_hits` ends each hit's `<li>`.
_HIT_END = "\n    </li>\n"


@register.simple_tag(takes_context=True)
def search_hits_in_languages(context, hits, template_name):
    """`search_hits`, with "Matched in Spanish" (`Hit.matched_in`) at the end of each hit
    whose matching text is not (only) in the page's language."""
    hits = list(hits)
    html = search_hits(context, hits, template_name)
    parts = html.split(_HIT_END)
    if len(parts) != len(hits) + 1:  # not the layout expected: the hits as they are
        return html
    out = []
    for part, hit in zip(parts, hits, strict=False):
        note = ""
        if hit.matched_in:
            note = format_html(
                '\n      <p class="matched-in">{}</p>',
                gettext("Matched in %(languages)s") % {"languages": hit.matched_in},
            )
        out.append(part + note + _HIT_END)
    return SafeString("".join(out))
