from django.conf import settings
from django.db.models import F, Prefetch, prefetch_related_objects
from django.db.models.functions import ExtractYear
from django.http import HttpResponse, JsonResponse
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from django.views.generic import DetailView

from core.content_cache import content_key, reader_key
from core.exports import open_data
from core.facets import ValueFacet
from core.feeds import NewlyPublishedFeed
from core.list_params import page_number
from core.list_view import FilteredListView
from initiatives.facets import economy_facet, theme_facet
from statements.citations import csl_json, ris, statement_data, statement_text
from statements.exports import STATEMENT_EXPORT
from statements.filters import StatementFilterSet
from statements.models import Paragraph, Statement


class StatementListView(FilteredListView):
    model = Statement
    filterset_class = StatementFilterSet
    template_name = "statements/statement_list.html"
    export_columns = STATEMENT_EXPORT
    title = _("Ministerial statements")
    noun = _("statements")
    singular = _("statement")
    description = _(
        "Joint statements of the APEC SME Ministerial Meetings, to read and cite paragraph "
        "by paragraph. Filter by year, host economy, theme and words."
    )
    facets = [
        economy_facet("meeting__host"),
        ValueFacet("year", expression=ExtractYear(F("meeting__start_date")), descending=True),
        theme_facet(),
    ]

    def get_queryset(self):
        return super().get_queryset().for_list()


def text_prefetches():
    """What a whole statement's text needs: its sections, and its paragraphs in number
    order with the initiatives each names."""
    paragraphs = Paragraph.objects.order_by("number").prefetch_related("initiatives")
    return ("sections", Prefetch("paragraphs", queryset=paragraphs))


class StatementDetailView(DetailView):
    template_name = "statements/statement_detail.html"
    #: Whether the statement is fetched with its text (the downloads below); the page reads
    #: the text only when its cached contents and body are missing (`blocks`).
    with_text = False

    def get_queryset(self):
        queryset = Statement.objects.visible_to(self.request.user).for_list()
        return queryset.prefetch_related(*text_prefetches()) if self.with_text else queryset

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["blocks"] = SimpleLazyObject(self.blocks)
        context.update(self.body_cache())
        return context

    def blocks(self):
        """`statement_blocks`, its sections and paragraphs fetched first: called by the
        template only when the contents or the body are not in the cache, so a page whose
        fragments are cached reads no paragraph."""
        prefetch_related_objects([self.object], *text_prefetches())
        return statement_blocks(self.object, self.request.user)

    def body_cache(self):
        """The paragraphs' HTML and the contents beside them are kept in the query cache,
        rendered once per content token (any edit: the statement, a paragraph, an
        initiative a paragraph names), language, audience (staff see the draft initiatives
        a paragraph names), statement and its edit number, and the address the citations
        give (scheme and host)."""
        if not settings.QUERY_CACHE_SECONDS:
            return {"body_key": ""}
        statement = self.object
        key = content_key(
            reader_key(
                self.request,
                "statement-body",
                str(statement.pk),
                str(statement.version),
                self.request.build_absolute_uri("/"),
            )
        )
        return {
            "body_key": key,
            "fragment_seconds": settings.QUERY_CACHE_SECONDS,
            "query_cache": settings.QUERY_CACHE_ALIAS,
        }


def statement_blocks(statement, user):
    """The statement in reading order: each section with its paragraphs and an anchor.

    Each paragraph carries the initiatives it names that the visitor may see.
    """
    blocks = []
    for section, paragraphs in statement.reading_order():
        for paragraph in paragraphs:
            paragraph.visible_initiatives = [
                initiative
                for initiative in paragraph.initiatives.all()
                if initiative.is_visible_to(user)
            ]
        if section is None:
            anchor = "opening"
        elif section.number is not None:
            # A numbered heading shares the paragraphs' anchor scheme, so #p<n> always works.
            anchor = f"p{section.number}"
        else:
            anchor = f"s{section.position}"
        ordered = sorted(paragraphs, key=lambda paragraph: paragraph.number)
        first, last = (ordered[0].cited_label, ordered[-1].cited_label) if ordered else (None, None)
        blocks.append(
            {
                "section": section,
                "paragraphs": paragraphs,
                "anchor": anchor,
                "first": first,
                "last": last,
            }
        )
    return blocks


class StatementTextView(StatementDetailView):
    """The whole statement as plain text, headings and numbered paragraphs in order."""

    with_text = True

    def render_to_response(self, context, **response_kwargs):
        statement = self.object
        url = self.request.build_absolute_uri(statement.get_absolute_url())
        response = HttpResponse(
            statement_text(statement, url), content_type="text/plain; charset=utf-8"
        )
        response["Content-Disposition"] = f'inline; filename="{statement.slug}.txt"'
        return open_data(response)


class StatementJsonView(StatementDetailView):
    """The whole statement as JSON: metadata, sections and every paragraph with its link."""

    with_text = True

    def render_to_response(self, context, **response_kwargs):
        statement = self.object
        data = statement_data(statement, self.request.build_absolute_uri)
        response = JsonResponse(data, json_dumps_params={"ensure_ascii": False, "indent": 1})
        response["Content-Disposition"] = f'inline; filename="{statement.slug}.json"'
        return open_data(response)


CITATION_FORMATS = {
    # extension: (renderer, content type)
    "ris": (ris, "application/x-research-info-systems; charset=utf-8"),
    "csl.json": (csl_json, "application/vnd.citationstyles.csl+json; charset=utf-8"),
}


class StatementCitationView(StatementDetailView):
    """The statement, or one paragraph of it (`?p=<number>`), as a reference-manager file.

    `/statements/<slug>.ris` and `/statements/<slug>.csl.json`; a paragraph that
    is not a number answers 400, one the statement does not have 404.
    """

    citation_format = None
    with_text = True

    def get(self, request, *args, **kwargs):
        self.object = self.get_object()
        statement = self.object
        render, content_type = CITATION_FORMATS[self.citation_format]
        url = request.build_absolute_uri(statement.get_absolute_url())
        paragraph = None
        wanted = request.GET.getlist("p")
        if len(wanted) > 1:
            return citation_error("Give one paragraph (p) at most.", 400)
        if wanted:
            number = page_number(wanted[0].strip().removeprefix("p"))
            if number is None:
                return citation_error(
                    f"“{wanted[0][:30]}” is not a paragraph number: use p=5 for paragraph 5.",
                    400,
                )
            paragraph = next((p for p in statement.paragraphs.all() if p.number == number), None)
            if paragraph is None:
                return citation_error(f"This statement has no paragraph {number}.", 404)
            url = f"{url}#{paragraph.anchor}"
        name = statement.slug + (f"-p{paragraph.number}" if paragraph else "")
        response = HttpResponse(render(statement, url, paragraph), content_type=content_type)
        response["Content-Disposition"] = f'attachment; filename="{name}.{self.citation_format}"'
        return response


def citation_error(message, status):
    return HttpResponse(message + "\n", status=status, content_type="text/plain; charset=utf-8")


class LatestStatementsFeed(NewlyPublishedFeed):
    """Atom feed of the most recently published statements."""

    model = Statement
    list_url_name = "statements:list"
    title = _("APEC SME Ministerial statements: newly published")
    subtitle = "Joint statements of the APEC SME Ministerial Meetings, newest publication first."

    def item_description(self, item):
        meeting = item.meeting
        theme = f" Theme: “{item.meeting_theme}”." if item.meeting_theme else ""
        when = ", ".join(part for part in (meeting.city_and_host, meeting.dates_display) if part)
        return f"{when}.{theme}"
