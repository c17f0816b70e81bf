"""Forms of the site-wide pages."""

import re

from django import forms

from apec_portal.search import MAX_QUERY_LENGTH, Filters, Kind
from initiatives.models import Economy

_HAS_WORD = re.compile(r"\w")


class SearchForm(forms.Form):
    q = forms.CharField(
        label="Search for",
        required=False,
        max_length=MAX_QUERY_LENGTH,
        error_messages={
            "max_length": (
                "Searches are limited to %(limit_value)d characters (this one has "
                "%(show_value)d). Shorten it to the words that matter most."
            )
        },
    )
    type = forms.ChoiceField(
        label="Record type", required=False, choices=[("", "All types"), *Kind.choices]
    )
    year = forms.IntegerField(
        label="Year",
        required=False,
        min_value=1989,
        max_value=2100,
        error_messages={"invalid": "Enter a year as four digits, e.g. 2017."},
    )
    economy = forms.ChoiceField(label="Economy", required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["economy"].choices = [
            ("", "All economies"),
            *Economy.objects.values_list("code", "name"),
        ]

    def full_clean(self):
        # Economy codes arrive in any case (economy=phl); the choices are upper case.
        if self.data.get("economy"):
            self.data = self.data.copy()
            self.data["economy"] = self.data["economy"].upper()
        super().full_clean()

    def clean_q(self):
        text = " ".join(self.cleaned_data["q"].split())
        if text and not _HAS_WORD.search(text):
            raise forms.ValidationError(
                "Punctuation alone cannot be searched: type at least one word or number."
            )
        # websearch reads "-word" as NOT word; a query of exclusions only would match
        # (nearly) everything and cannot use the index.
        wanted = [t for t in text.split() if not t.startswith("-") and _HAS_WORD.search(t)]
        if text and not wanted:
            raise forms.ValidationError(
                "Say what to look for, not only what to leave out: add a word without a minus sign."
            )
        return text

    def filters(self):
        data = self.cleaned_data
        return Filters(kind=data["type"], year=data["year"], economy=data["economy"])
