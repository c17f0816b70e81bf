from django import template

from statements.citations import paragraph_citation, statement_citation

register = template.Library()


@register.simple_tag(takes_context=True)
def cite_paragraph(context, statement, paragraph):
    """`{% cite_paragraph statement paragraph as citation %}`: url, text and bibtex."""
    request = context["request"]
    url = request.build_absolute_uri(f"{statement.get_absolute_url()}#{paragraph.anchor}")
    return paragraph_citation(statement, paragraph, url)


@register.simple_tag(takes_context=True)
def cite_statement(context, statement):
    """`{% cite_statement statement as citation %}`: the whole statement's citation."""
    request = context["request"]
    return statement_citation(statement, request.build_absolute_uri(statement.get_absolute_url()))
