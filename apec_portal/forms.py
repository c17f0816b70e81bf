"""Forms of the site-wide pages."""

from django import forms
from django.contrib.postgres.fields import ArrayField
from django.db.models import CharField, F, Func, Value
from django.db.models.functions import Cast, Collate
from django.utils.translation import gettext_lazy as _

from apec_portal.search import Filters, Kind, ThemeNames
from core.content_cache import content_cached
from core.economy_names import economy_aliases, economy_code
from core.filters import FIRST_YEAR, LAST_YEAR, MAX_QUERY_LENGTH, language_collation
from core.list_params import reject_repeats
from core.search import validate_search_text
from core.translation import translated_expression
from initiatives.models import Economy, Theme


class _Array(Func):
    """ARRAY[a, b, ...] without its empty strings (a theme's names in other languages)."""

    template = "array_remove(ARRAY[%(expressions)s], '')"
    output_field = ArrayField(CharField())


def names_of_economies_and_themes():
    """(kind, key, name, shown, other names) of every economy ("economy", code, name, name
    in the page's language, aliases) and theme ("theme", pk, name, name in the page's
    language, its non-empty names in the other languages), economies first, each kind in
    the order of the shown names in the page language's collation: one query."""
    collation = language_collation()

    def shown():
        name = translated_expression("name")
        return Collate(name, collation) if collation else name

    economies = Economy.objects.annotate(
        k=Value("economy"), c=F("code"), n=F("name"), s=shown(), a=F("aliases")
    ).values_list("k", "c", "n", "s", "a")
    themes = Theme.objects.annotate(
        k=Value("theme"),
        c=Cast("pk", CharField()),
        n=F("name"),
        s=shown(),
        a=_Array(*Theme.translated_fields["name"]),
    ).values_list("k", "c", "n", "s", "a")
    return economies.union(themes, all=True).order_by("k", "s")


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
        # (core/economy_names.py): 泰国, ประเทศไทย and Tailandia name Thailand.
        # Themes are read the same way, by their names in every language (the same query).
        # Each is named as the page's language names it (`shown`); the English name is then
        # one more alias. Kept per content token and language (a renamed economy or theme
        # makes a new token).
        rows = content_cached(
            ("economy-and-theme-names",), lambda: list(names_of_economies_and_themes())
        )
        self.economies, self.themes = [], []
        for kind, key, name, shown, aliases in rows:
            others = [name] if shown != name else []
            if kind == "economy":
                others += [*(aliases or []), *economy_aliases(key)]
                self.economies.append((key, shown, others))
            else:
                self.themes.append(ThemeNames(int(key), shown, [*others, *aliases]))
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
