"""`{% max_query_length %}`: the longest search text the portal reads, for the
`maxlength` of a search box written in a template (the forms take it from the same
constant, `core.filters.MAX_QUERY_LENGTH`)."""

from django import template

from core.filters import MAX_QUERY_LENGTH

register = template.Library()


@register.simple_tag
def max_query_length():
    return MAX_QUERY_LENGTH
