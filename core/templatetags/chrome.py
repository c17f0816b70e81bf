"""`{% chrome "template" part ... %}`: the page's fixed frame (header, footer) rendered once.

The site header and footer are the same on every page in a language, but for the menu
item of the current section: a dozen `{% url %}` reversals and two dozen translations,
rendered again on every request, about a sixth of a cached list page's Python time. They
show no content (nothing a write can change) and nothing about the reader, so this tag
keeps each rendering in the process's memory under the template, the active language,
the URL prefix and URL configuration in force, and the `part`s given (the current
section), and renders it only the first time. With DEBUG on every request renders
afresh, so that an edited template shows at once.
"""

import threading

from django import template
from django.conf import settings
from django.urls import get_script_prefix, get_urlconf
from django.utils import translation
from django.utils.safestring import SafeString

register = template.Library()

_rendered = {}
_lock = threading.Lock()
#: A bound the frame cannot reach in practice (templates x languages x sections).
MAX_ENTRIES = 1000


def clear():
    with _lock:
        _rendered.clear()


@register.simple_tag(takes_context=True)
def chrome(context, template_name, *parts):
    key = (
        template_name,
        translation.get_language(),
        get_script_prefix(),
        str(get_urlconf()),
        *(str(part) for part in parts),
    )
    html = None if settings.DEBUG else _rendered.get(key)
    if html is None:
        html = SafeString(context.template.engine.get_template(template_name).render(context))
        if not settings.DEBUG:
            with _lock:
                if len(_rendered) >= MAX_ENTRIES:
                    _rendered.clear()
                _rendered[key] = html
    return html
