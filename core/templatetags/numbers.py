"""`{{ value|grouped }}`: a whole number with its digits grouped as the active language
writes them (CLDR, through Babel): 10,000 in English, 10.000 in Spanish and Indonesian,
10 000 in Russian (a narrow no-break space). Years and codes are not passed through it."""

from functools import cache, lru_cache

from babel import Locale
from babel.numbers import format_decimal
from django import template
from django.conf import settings
from django.utils import translation

register = template.Library()


@cache
def _locale(language):
    return Locale.parse(translation.to_locale(language))


def grouped_number(value, language=None):
    """`value` (a whole number) grouped for `language` (default: the active one); anything
    that is not a whole number comes back as it was."""
    if isinstance(value, bool) or value is None:
        return value
    try:
        number = int(value)
    except (TypeError, ValueError):
        return value
    if number != value and str(number) != str(value):
        return value
    language = language or translation.get_language() or settings.LANGUAGE_CODE
    return _formatted(number, language)


@lru_cache(maxsize=4096)
def _formatted(number, language):
    """Babel's formatting, remembered: a list page groups the same few hundred numbers
    (counts, years' totals) on every request, at about 30 µs each."""
    return format_decimal(number, locale=_locale(language))


@register.filter
def grouped(value):
    return grouped_number(value)
