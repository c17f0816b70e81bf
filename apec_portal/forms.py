"""Forms of the site-wide pages."""

from django import forms
from django.utils.translation import gettext_lazy as _

from apec_portal.search import Filters, Kind
from core.content_cache import content_cached
from core.economy_names import economy_aliases, economy_code
from core.filters import FIRST_YEAR, LAST_YEAR, MAX_QUERY_LENGTH
from core.list_params import reject_repeats
from core.search import validate_search_text
from initiatives.models import Economy


class SearchForm(forms.Form):
    q = forms.CharField(
        label=_("Search for"),
        required=False,
        validators=[validate_search_text],
        max_length=MAX_QUERY_LENGTH,
        error_messages={
            "max_length": _(
                "Searches are limited to %(limit_value)d characters (this one has "
                "%(show_value)d). Shorten it to the words that matter most."
            )
        },
    )
    type = forms.ChoiceField(
        label=_("Record type"), required=False, choices=[("", _("All types")), *Kind.choices]
    )
    year = forms.IntegerField(
        label=_("Year"),
        required=False,
        min_value=FIRST_YEAR,
        max_value=LAST_YEAR,
        error_messages={"invalid": _("Enter a year as four digits, e.g. 2017.")},
    )
    economy = forms.ChoiceField(label=_("Economy"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Also what search reads economy names in the query from (one query for both).
        # Each economy's names in the portal's other languages count as aliases too
        # (core/economy_names.py): 泰国, ประเทศไทย and Tailandia name Thailand. Kept per
        # content token (a renamed economy makes a new one).
        rows = content_cached(
            ("economy-names-aliases",),
            lambda: list(Economy.objects.values_list("code", "name", "aliases")),
        )
        self.economies = [
            (code, name, [*(aliases or []), *economy_aliases(code)]) for code, name, aliases in rows
        ]
        self.fields["economy"].choices = [
            ("", _("All economies")),
            *((code, name) for code, name, _aliases in self.economies),
        ]

    def full_clean(self):
        # Economy codes arrive in any case (economy=phl); the choices are upper case.
        if self.data.get("economy"):
            self.data = self.data.copy()
            self.data.setlist(
                "economy", [economy_code(code) for code in self.data.getlist("economy")]
            )
        super().full_clean()

    def clean(self):
        # A parameter given twice (q=a&q=b) would silently lose one value.
        reject_repeats(self, _("Give “%(label)s” only once."))
        return super().clean()

    def clean_q(self):
        return " ".join(self.cleaned_data["q"].split())

    def filters(self):
        data = self.cleaned_data
        return Filters(kind=data["type"], year=data["year"], economy=data["economy"])
