from django.contrib.syndication.views import Feed
from django.db.models import F, Prefetch
from django.http import HttpResponse, JsonResponse
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.views.generic import DetailView, ListView

from statements.citations import statement_data, statement_text
from statements.models import Paragraph, Statement

FEED_SIZE = 20


class StatementListView(ListView):
    template_name = "statements/statement_list.html"
    paginate_by = 20

    def get_queryset(self):
        return Statement.objects.visible_to(self.request.user).for_list()


class StatementDetailView(DetailView):
    template_name = "statements/statement_detail.html"

    def get_queryset(self):
        paragraphs = Paragraph.objects.select_related("section").prefetch_related("initiatives")
        return (
            Statement.objects.visible_to(self.request.user)
            .for_list()
            .prefetch_related("sections", Prefetch("paragraphs", queryset=paragraphs))
        )


class StatementTextView(StatementDetailView):
    """The whole statement as plain text, headings and numbered paragraphs in order."""

    def render_to_response(self, context, **response_kwargs):
        statement = self.object
        url = self.request.build_absolute_uri(statement.get_absolute_url())
        response = HttpResponse(
            statement_text(statement, url), content_type="text/plain; charset=utf-8"
        )
        response["Content-Disposition"] = f'inline; filename="{statement.slug}.txt"'
        return response


class StatementJsonView(StatementDetailView):
    """The whole statement as JSON: metadata, sections and every paragraph with its link."""

    def render_to_response(self, context, **response_kwargs):
        statement = self.object
        data = statement_data(statement, self.request.build_absolute_uri)
        response = JsonResponse(data, json_dumps_params={"ensure_ascii": False, "indent": 1})
        response["Content-Disposition"] = f'inline; filename="{statement.slug}.json"'
        return response


class LatestStatementsFeed(Feed):
    """Atom feed of the most recently published statements."""

    feed_type = Atom1Feed
    title = "APEC SME Ministerial statements: newly published"
    subtitle = "Joint statements of the APEC SME Ministerial Meetings, newest publication first."

    def link(self):
        return reverse("statements:list")

    def items(self):
        return (
            Statement.objects.published()
            .for_list()
            .order_by(F("published_at").desc(nulls_last=True), "-pk")[:FEED_SIZE]
        )

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        meeting = item.meeting
        place = ", ".join(
            part for part in (meeting.city, meeting.host.name if meeting.host_id else "") if part
        )
        theme = f" Theme: “{item.meeting_theme}”." if item.meeting_theme else ""
        return f"{place}, {meeting.start_date:%-d %B %Y}.{theme}"

    def item_pubdate(self, item):
        return item.published_at or item.created_at

    def item_updateddate(self, item):
        return item.updated_at
