"""Values in the admin's addresses and posts that no link or form of ours produces.

Stock Django answers most malformed admin addresses itself: a missing or malformed id
redirects to the index with "doesn't exist", an unknown filter or page redirects to the
list with `?e=1`, an unknown version is a 404. A few values it hands straight to the
database, where PostgreSQL refuses them and the page would fail with a 500:

- the records a list action is applied to (`_selected_action=abc`): refused here with a
  message and a redirect back to the list, as Django answers an empty selection;
- a related record named in an add form's address (`add/?themes=abc`, which fills the form
  in): a value that cannot be an id of that model is left out of the form, as a link to a
  deleted record would be;
- a date in the list's date links too large for a date (`?start_date__year=99999999999`):
  redirected to the list with `?e=1`, as Django answers any other date it cannot read.

Every admin class of the portal's own models takes `AdminInputMixin` first.
"""

from django.contrib import messages
from django.contrib.admin import helpers
from django.contrib.admin.views.main import ERROR_FLAG
from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db import models
from django.http import HttpResponseRedirect


def _is_id_of(field, value):
    """Whether `value` can be a value of `field` (a primary key or other related key)."""
    try:
        field.to_python(value)
    except ValidationError:
        return False
    return "\x00" not in str(value)


class AdminInputMixin:
    def changelist_view(self, request, extra_context=None):
        if self.date_hierarchy:
            for part in ("year", "month", "day"):
                value = request.GET.get(f"{self.date_hierarchy}__{part}")
                if value is None:
                    continue
                if not (value.isascii() and value.isdigit() and len(value) <= 4):
                    return HttpResponseRedirect(f"{request.path}?{ERROR_FLAG}=1")
        return super().changelist_view(request, extra_context)

    def response_action(self, request, queryset):
        selected = request.POST.getlist(helpers.ACTION_CHECKBOX_NAME)
        if not all(_is_id_of(self.model._meta.pk, value) for value in selected):
            self.message_user(
                request,
                "The selection was not understood, so no action was taken. Select the "
                "records again.",
                messages.WARNING,
            )
            return HttpResponseRedirect(request.get_full_path())
        return super().response_action(request, queryset)

    def get_changeform_initial_data(self, request):
        initial = super().get_changeform_initial_data(request)
        for name, value in list(initial.items()):
            try:
                field = self.opts.get_field(name)
            except FieldDoesNotExist:
                continue
            if not isinstance(field, models.ForeignKey | models.ManyToManyField):
                continue
            target = field.target_field
            if isinstance(value, list):
                initial[name] = [item for item in value if _is_id_of(target, item)]
            elif not _is_id_of(target, value):
                del initial[name]
        return initial
