"""Accessible names for the admin's form fields that Django leaves without one.

A tabular inline shows each field's name once, as a column heading, and its inputs have
no label: a screen reader announces "edit text" for every cell. `NamedRowsTabularInline`
names each input after its row and column ("Activity 2: Kind"), the way the heading and
the row read to a sighted user. (The autocomplete fields get their names in the browser:
static/js/admin_names.js.)
"""

from django.contrib import admin
from django.utils.text import capfirst
from django.utils.translation import gettext as _


def name_fields(form, row):
    """Give each visible field of `form` the name "<row>: <label>"."""
    for name, field in form.fields.items():
        if field.widget.is_hidden:
            continue
        label = field.label if field.label is not None else capfirst(name.replace("_", " "))
        widget = field.widget
        while hasattr(widget, "widget"):  # the widget a related-object wrapper renders
            widget = widget.widget
        widget.attrs["aria-label"] = f"{row}: {label}"


class _NamedRowsFormSet:
    def _construct_form(self, i, **kwargs):
        form = super()._construct_form(i, **kwargs)
        name_fields(form, f"{capfirst(self.model._meta.verbose_name)} {i + 1}")
        return form

    @property
    def empty_form(self):
        form = super().empty_form
        name_fields(form, _("New %(name)s") % {"name": self.model._meta.verbose_name})
        return form


class NamedRowsTabularInline(admin.TabularInline):
    """A tabular inline whose inputs carry their row and column as their accessible name."""

    def get_formset(self, request, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)
        return type(formset.__name__, (_NamedRowsFormSet, formset), {})
