"""`page`, `page_size` and `format`: the parameters every list, export and search shares.

One form reads them the same way everywhere:

- absent: the default (page 1, the export's page size, format "html");
- a whole number is ASCII digits with an optional sign, surrounding spaces
  ignored; it must be at least 1 (and `page_size` at most its limit);
  `page` has at most nine digits (no result set is that long);
- `format` is matched without regard to case or surrounding spaces, and must be
  one the caller offers;
- given twice (`page=1&page=2`), any single-valued parameter is an error, not
  a silent choice: `reject_repeats` is that rule, and filter forms use it too.

Each caller names the fields it reads (`fields=`) and may word the messages
for its readers (`messages=`, by field and error code: "repeated", "invalid",
"min_value", "max_value", "unknown"); the parsing never differs.
"""

import re

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

_WHOLE_NUMBER = re.compile(r"[+-]?[0-9]+")
PAGE_MAX_DIGITS = 9

REPEATED = _("Give this only once.")

#: The default wording, written for a person reading a list page.
MESSAGES = {
    "page": {
        "repeated": _("Give one page number only."),
        "invalid": _("The page number must be a whole number from 1."),
        "min_value": _("The page number must be a whole number from 1."),
        "max_value": _("The page number must be a whole number from 1."),
    },
    "page_size": {
        "repeated": _("Give one page size only."),
        "invalid": _("The page size must be a whole number from 1."),
        "min_value": _("The page size must be a whole number from 1."),
        "max_value": _("The page size can be at most %(limit)s."),
    },
    "format": {
        "repeated": _("Give one format only."),
        "unknown": _("Unknown format “%(value)s”. This list answers: %(known)s."),
    },
}


def whole_number(raw):
    """`raw` as a whole number, read the one way (ASCII digits with an optional sign,
    surrounding spaces ignored), or None when it is not one."""
    raw = raw.strip()
    return int(raw) if _WHOLE_NUMBER.fullmatch(raw) else None


def page_number(raw):
    """A page number (`page`, the sitemaps' `p`): a whole number from 1 with at most
    PAGE_MAX_DIGITS digits, or None."""
    number = whole_number(raw)
    if number is None or number < 1 or len(str(number)) > PAGE_MAX_DIGITS:
        return None
    return number


def requested_format(value):
    """`format` as asked for, read the one way: without regard to case or surrounding spaces."""
    return value.strip().lower()


def repeated(form):
    """The single-valued fields of `form` that its query string gives more than once."""
    getlist = getattr(form.data, "getlist", None)
    if getlist is None:
        return []
    return [
        name
        for name, field in form.fields.items()
        if not isinstance(field, forms.MultipleChoiceField | forms.ModelMultipleChoiceField)
        and len(getlist(name)) > 1
    ]


def reject_repeats(form, message=REPEATED):
    """The rule for a repeated parameter: an error beside the field (and so a 400).

    `message` may name the field as %(label)s or %(name)s. Whatever else was
    wrong with the field is replaced by this, the first thing to fix.
    """
    for name in repeated(form):
        label = form.fields[name].label or name
        error = ValidationError(message, code="repeated", params={"label": label, "name": name})
        reject_repeats_field(form, name, error)


def reject_repeats_field(form, name, error):
    form.errors.pop(name, None)
    form.add_error(name, error)


class ListParamsForm(forms.Form):
    """The shared parameters, read one way; see the module's docstring."""

    format = forms.CharField(required=False, strip=True)
    page = forms.CharField(required=False, strip=True)
    page_size = forms.CharField(required=False, strip=True)

    def __init__(
        self,
        data,
        *,
        fields=("page", "format"),
        formats=("html",),
        page_size=50,
        max_page_size=500,
        messages=None,
    ):
        super().__init__(data)
        for name in list(self.fields):
            if name not in fields:
                del self.fields[name]
        self.formats = tuple(formats)
        self.default_page_size = page_size
        self.max_page_size = max_page_size
        self.messages = {
            name: {**MESSAGES[name], **(messages or {}).get(name, {})} for name in MESSAGES
        }

    def error(self, name, code, **params):
        params = {"name": name, **params}
        return ValidationError(self.messages[name][code], code=code, params=params)

    def given(self, name):
        """Whether the query string holds `name` at all (an empty value counts)."""
        return name in self.data

    def whole_number(self, name, *, default, maximum=None, max_digits=None):
        if not self.given(name):
            return default
        raw = self.cleaned_data[name]
        shown = raw[:50]
        value = whole_number(raw)
        if value is None:
            raise self.error(name, "invalid", value=shown)
        if value < 1:
            raise self.error(name, "min_value", value=value)
        if max_digits is not None and len(str(value)) > max_digits:
            raise self.error(name, "max_value", value=shown, limit=10**max_digits - 1)
        if maximum is not None and value > maximum:
            raise self.error(name, "max_value", value=value, limit=maximum)
        return value

    def clean_page(self):
        return self.whole_number("page", default=1, max_digits=PAGE_MAX_DIGITS)

    def clean_page_size(self):
        return self.whole_number(
            "page_size", default=self.default_page_size, maximum=self.max_page_size
        )

    def clean_format(self):
        if not self.given("format"):
            return "html"
        value = requested_format(self.cleaned_data["format"])
        if value not in self.formats:
            raise self.error("format", "unknown", value=value[:30], known=", ".join(self.formats))
        return value

    def full_clean(self):
        super().full_clean()
        for name in repeated(self):
            reject_repeats_field(self, name, self.error(name, "repeated"))

    def first_errors(self):
        """{field: its first message}: what a page shows beside each parameter."""
        return {name: errors[0] for name, errors in self.errors.items()}

    def first_message(self):
        """All the problems in one sentence each, for a plain-text or JSON answer."""
        return " ".join(errors[0] for errors in self.errors.values())
