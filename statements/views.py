from django.db.models import F, Prefetch, Q
from django.db.models.functions import ExtractYear
from django.views.generic import DetailView

from initiatives.listing import EconomyCodeFacet, FilteredListView, RelatedFacet, ValueFacet
from initiatives.models import Economy, Theme
from statements.filters import StatementFilterSet
from statements.models import Paragraph, Statement


class StatementListView(FilteredListView):
    model = Statement
    filterset_class = StatementFilterSet
    template_name = "statements/statement_list.html"
    title = "Ministerial statements"
    noun = "statements"
    singular = "statement"
    description = (
        "Joint statements of the APEC SME Ministerial Meetings, to read and cite paragraph "
        "by paragraph. Filter by year, host economy, theme and words."
    )
    facets = [
        EconomyCodeFacet(
            "economy",
            options=Economy.objects.all(),
            value_field="code",
            label_field="name",
            matches=lambda ref: Q(meeting__host=ref),
        ),
        ValueFacet("year", expression=ExtractYear(F("meeting__start_date")), descending=True),
        RelatedFacet(
            "theme",
            options=Theme.objects.all(),
            value_field="slug",
            label_field="name",
            matches=lambda ref: Q(themes=ref),
        ),
    ]

    def get_queryset(self):
        return super().get_queryset().for_list()


class StatementDetailView(DetailView):
    template_name = "statements/statement_detail.html"

    def get_queryset(self):
        paragraphs = Paragraph.objects.order_by("number").prefetch_related("initiatives")
        return (
            Statement.objects.visible_to(self.request.user)
            .for_list()
            .prefetch_related("sections", Prefetch("paragraphs", queryset=paragraphs))
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["blocks"] = statement_blocks(self.object, self.request.user)
        return context


def statement_blocks(statement, user):
    """The statement in reading order: each section with its paragraphs.

    Paragraphs before the first heading form a block without a section. Each
    paragraph carries the initiatives it names that the visitor may see.
    """
    staff = user.is_authenticated and user.is_staff
    sections = {
        section.pk: {"section": section, "paragraphs": []} for section in statement.sections.all()
    }
    preamble = {"section": None, "paragraphs": []}
    for paragraph in statement.paragraphs.all():
        paragraph.visible_initiatives = [
            initiative
            for initiative in paragraph.initiatives.all()
            if staff or initiative.is_published
        ]
        block = sections.get(paragraph.section_id, preamble)
        block["paragraphs"].append(paragraph)
    blocks = [preamble] if preamble["paragraphs"] else []
    blocks.extend(sections.values())
    for block in blocks:
        section = block["section"]
        if section is None:
            block["anchor"] = "opening"
        elif section.number is not None:
            # A numbered heading shares the paragraphs' anchor scheme, so #p<n> always works.
            block["anchor"] = f"p{section.number}"
        else:
            block["anchor"] = f"s{section.position}"
        numbers = [paragraph.number for paragraph in block["paragraphs"]]
        block["first"], block["last"] = (min(numbers), max(numbers)) if numbers else (None, None)
    return blocks
