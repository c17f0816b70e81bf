"""An Editor's import into a published record becomes a change waiting for a Publisher.

The import is saved for real inside a savepoint; each published record it touched is
read back through its admin change form (inline rows included, as an Editor's admin
save would post it), the savepoint is rolled back, and what the form would have posted
is kept as a `PendingChange` (core/editorial.py). The Publisher reviews it field by
field on the record's review page, exactly like an Editor's edit in the admin, and
nothing public changes until they publish it.
"""

from django.contrib import admin
from django.db import transaction
from django.http import QueryDict

from core.editorial import _unbound_data
from core.models import PendingChange


class ProposalRefused(Exception):
    """Someone else's change to the record already waits for review."""


def _form_data(request, obj):
    model_admin = admin.site._registry[type(obj)]
    form, formsets = model_admin._forms_for(request, obj)
    prefixes = {fs.prefix: {str(row.instance.pk) for row in fs.forms if row.instance.pk}
                for fs in formsets}  # fmt: skip
    return _unbound_data(form, formsets), prefixes


def _rows(data, prefix):
    total = int(data.get(f"{prefix}-TOTAL_FORMS") or 0)
    rows = []
    for index in range(total):
        head = f"{prefix}-{index}-"
        rows.append({key[len(head) :]: data.getlist(key) for key in data if key.startswith(head)})
    return rows


def _rebuild_inline(proposed, before, prefix, live_ids):
    """The inline `prefix` as the review must post it: rows the save kept keep their id,
    rows it added are new (no id), rows it removed are posted with DELETE."""
    after_rows = _rows(proposed, prefix)
    kept = [row for row in after_rows if (row.get("id") or [""])[0] in live_ids]
    added = [
        {**row, "id": [""]} for row in after_rows if (row.get("id") or [""])[0] not in live_ids
    ]
    kept_ids = {row["id"][0] for row in kept}
    gone = [
        {**row, "DELETE": ["on"]}
        for row in _rows(before, prefix)
        if (row.get("id") or [""])[0] in live_ids - kept_ids
    ]
    for key in [key for key in proposed if key.startswith(f"{prefix}-")]:
        del proposed[key]
    rows = kept + gone + added
    for index, row in enumerate(rows):
        for name, values in row.items():
            proposed.setlist(f"{prefix}-{index}-{name}", values)
    for name, value in (
        ("TOTAL_FORMS", len(rows)),
        ("INITIAL_FORMS", len(kept) + len(gone)),
        ("MIN_NUM_FORMS", 0),
        ("MAX_NUM_FORMS", 1000),
    ):
        proposed.setlist(f"{prefix}-{name}", [str(value)])


def _same(first, second):
    skip = {"version"}
    one = {k: v for k, v in first.lists() if k not in skip}
    two = {k: v for k, v in second.lists() if k not in skip}
    return one == two


def save_as_proposals(request, records, save):
    """Run `save()`, but keep its effect on each of the published `records` as a change
    waiting for review instead; return (what save() returned, the records proposed).

    Raises ProposalRefused (nothing saved) when another user's change to one of them
    already waits for review.
    """
    before = {(type(obj), obj.pk): (obj, *_form_data(request, obj)) for obj in records}
    for obj, _, _ in before.values():
        waiting = PendingChange.objects.for_record(obj).pending().first()
        if waiting is not None and waiting.author_id != request.user.pk:
            raise ProposalRefused(
                f"Someone else's change to “{obj}” already waits for a Publisher's review; "
                "nothing was saved. Try again once it has been reviewed."
            )
    proposed = {}
    with transaction.atomic():
        point = transaction.savepoint()
        result = save()
        for key, (obj, _, _) in before.items():
            fresh = type(obj)._default_manager.get(pk=obj.pk)
            proposed[key] = _form_data(request, fresh)[0]
        transaction.savepoint_rollback(point)
    changed = []
    with transaction.atomic():
        for key, (obj, data, prefixes) in before.items():
            new = proposed[key].copy() if isinstance(proposed[key], QueryDict) else proposed[key]
            for prefix, live_ids in prefixes.items():
                _rebuild_inline(new, data, prefix, live_ids)
            if _same(new, data):
                continue
            live = type(obj)._default_manager.select_for_update().get(pk=obj.pk)
            waiting = PendingChange.objects.for_record(live).pending().first()
            waiting = waiting or PendingChange(record=live, author=request.user)
            waiting.data = {key: new.getlist(key) for key in new}
            waiting.base_edit = live.version
            waiting.save()
            changed.append(live)
    return result, changed
