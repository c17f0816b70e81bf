"""Helpers that drive the Django admin with the test client the way a browser would."""

import datetime

from django.core.management import call_command


def staff_user(username, role):
    """A non-superuser staff account in a role, made by the same command the secretariat uses."""
    from django.contrib.auth import get_user_model

    call_command("create_staff_account", username, role=role, verbosity=0)
    return get_user_model().objects.get(username=username)


def _value(bound_field):
    field, value = bound_field.field, bound_field.value()
    if isinstance(value, bool) or getattr(field.widget, "input_type", None) == "checkbox":
        return "on" if value else None
    value = field.prepare_value(value)
    if isinstance(value, list | tuple):
        return [str(item) for item in value]
    if value is None:
        return ""
    if isinstance(value, datetime.date):
        return value.isoformat()
    return str(value)


def _add_form(data, form):
    for name in form.fields:
        value = _value(form[name])
        if value is not None:
            data[form.add_prefix(name)] = value


def change_form_data(response):
    """Everything the admin change form at `response` would post if saved unchanged."""
    data = {}
    _add_form(data, response.context["adminform"].form)
    for inline in response.context["inline_admin_formsets"]:
        formset = inline.formset
        _add_form(data, formset.management_form)
        for form in formset.forms:
            _add_form(data, form)
    return data
