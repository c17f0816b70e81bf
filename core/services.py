"""What every app's upsert (`events.services.event_upsert`,
`initiatives.services.initiative_upsert`) does once it has set a record's own fields."""

import reversion

from core.publication import put_in_state


def save_upserted(record, *, created, publish, links=(), rows=()):
    """Save `record` with exactly the related rows given, in the history.

    `links`: (many-to-many relation name, objects) pairs, set to exactly those objects.
    `rows`: (reverse foreign-key relation name, [fields, ...]) pairs: the relation's rows
    are replaced by one row per dict of fields, numbered by `position` from 1 in order.
    Runs inside the caller's `reversion.create_revision()` and transaction.
    """
    if created or publish != record.is_published:
        put_in_state(record, publish=publish)
    record.full_clean(validate_unique=False)
    record.save()
    for name, objects in links:
        getattr(record, name).set(objects)
    for name, items in rows:
        manager = getattr(record, name)
        manager.all().delete()
        manager.bulk_create(
            manager.model(**{manager.field.name: record, "position": position, **fields})
            for position, fields in enumerate(items, start=1)
        )
    # Record the finished state, inline rows included (bulk_create sends no signals).
    reversion.add_to_revision(record)
    return record
