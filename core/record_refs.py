"""A page of records read as primary keys and edit numbers; full records built only when needed.

With the query cache on, a list page's cards are mostly found in the cache
(core/templatetags/record_cards.py), and a card's key needs only the record's kind,
primary key and edit number (`version`). Building twenty model instances with their
related host, initiative and name arrays, to render none of them, was a large part of
a list page's Python time. So the list reads its page as `values_list("pk", "version")`
(the same filters, order and page bounds, so exactly the same rows), wraps the rows in
`RecordRefs`, and the `record_cards` tag asks it for the full records of the cards the
cache lacks: one query for all of them, from the list's own queryset (what the reader
may see, with its `select_related` and name arrays), so a draft can never be rendered
for a reader who may not see it.

A `RecordRef` stands in for its record anywhere else: any attribute it does not hold
itself (`title`, `get_absolute_url`, ...) loads the full records of the whole page in
one query and answers from its own. A record that left the queryset between the two
queries (unpublished meanwhile) loads as None and its card is left out.
"""

_UNLOADED = object()


class RecordRef:
    """A record known by its primary key and edit number; the full record on demand."""

    __slots__ = ("_group", "_meta", "_record", "pk", "version")

    def __init__(self, meta, pk, version, group):
        self.pk = pk
        self.version = version
        self._meta = meta
        self._group = group
        self._record = _UNLOADED

    @property
    def record(self):
        """The full record (loaded with the rest of the page's), or None if it is gone."""
        if self._record is _UNLOADED:
            self._group.load()
        return self._record

    def __getattr__(self, name):
        # Only reached for names not in __slots__ (each slot is set in __init__).
        if name.startswith("__"):
            raise AttributeError(name)
        record = self.record
        if record is None:
            raise AttributeError(name)
        return getattr(record, name)

    def __str__(self):
        return str(self.record)

    def __repr__(self):
        return f"<RecordRef {self._meta.label_lower} {self.pk} v{self.version}>"


class RecordRefs(list):
    """The page's `RecordRef`s in the list's order; `queryset` builds the full records."""

    def __init__(self, queryset, rows):
        self.queryset = queryset
        meta = queryset.model._meta
        super().__init__(RecordRef(meta, pk, version, self) for pk, version in rows)

    def load(self, refs=None):
        """Build the full records of `refs` (default: the whole page) not built yet, in one
        query; a record the queryset no longer gives becomes None."""
        wanted = [ref for ref in (self if refs is None else refs) if ref._record is _UNLOADED]
        if not wanted:
            return
        found = {
            record.pk: record
            for record in self.queryset.order_by().filter(pk__in=[ref.pk for ref in wanted])
        }
        for ref in wanted:
            ref._record = found.get(ref.pk)


def full_record(record):
    """The record itself, or the full record a `RecordRef` stands for (None if gone)."""
    return record.record if isinstance(record, RecordRef) else record


def load_refs(records):
    """Build the full records of the `RecordRef`s among `records`, one query per list of
    refs they come from; records that are full already are left as they are."""
    groups = {}
    for record in records:
        if isinstance(record, RecordRef):
            groups.setdefault(id(record._group), (record._group, []))[1].append(record)
    for group, refs in groups.values():
        group.load(refs)
