from django.http import Http404
from django.views.generic import DetailView, ListView

from initiatives.models import Economy, Initiative


class InitiativeListView(ListView):
    template_name = "initiatives/initiative_list.html"
    paginate_by = 20

    def get_queryset(self):
        return Initiative.objects.visible_to(self.request.user).for_list()


class InitiativeDetailView(DetailView):
    template_name = "initiatives/initiative_detail.html"

    def get_queryset(self):
        return Initiative.objects.visible_to(self.request.user).for_list()


class EconomyListView(ListView):
    template_name = "initiatives/economy_list.html"
    queryset = Economy.objects.all()


class EconomyDetailView(DetailView):
    template_name = "initiatives/economy_detail.html"

    def get_object(self, queryset=None):
        code = self.kwargs["code"]
        if code != code.lower():
            raise Http404("Economy codes in URLs are lower case.")
        try:
            return Economy.objects.get(code=code.upper())
        except Economy.DoesNotExist as exc:
            raise Http404("No APEC member economy has that code.") from exc
