from django.db.models import Prefetch
from django.views.generic import DetailView, ListView

from statements.models import Paragraph, Statement


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
