"""Deep pages read by key: where each page of a sorted list ends, kept per content token.

`/events/?page=900` used to skip 17,980 rows with OFFSET (even in an index-only
scan, every index entry before the page is read and thrown away). Here the
sort keys of the last row of every page ("page ends") are computed once per
content token, list query and sort, in one SQL pass (`row_number()` over the
sort keys only), and kept in the query cache in blocks of `BLOCK` pages. A page
is then the rows after the previous page's end, up to and including its own:

    WHERE start_date <= '2019-05-01' AND start_date >= '2019-03-12'   -- the index range
      AND (start_date, title, id) after (previous end) and not after (this end)
    ORDER BY start_date DESC, title, id LIMIT 20

so the database reads about one page of index entries however deep the page.
The rows and their order are exactly OFFSET's, because the ordering is total:
only an ordering that ends with the primary key is read by key (`sort_keys`).
Ties in the other keys, mixed directions and NULLs (first or last) are handled
(tests/core/test_keyset.py and tests/events/test_list_pages_by_key.py compare
every page of every sort with OFFSET's).

Who it was made for: the page ends are computed from the list's own queryset,
which holds only what the reader may see, and the cache key holds the reader's
audience (`core.content_cache.reader_key`) and the query's SQL; a page is still
read from that queryset, so a draft cannot reach a page that does not show it.
"""

from dataclasses import dataclass

from django.conf import settings
from django.core.cache import caches
from django.core.exceptions import FieldDoesNotExist
from django.db import connections
from django.db.models import BooleanField, Expression, F, OrderBy

from core.content_cache import content_key

#: Page ends kept per cache entry (a deep page reads one entry of about this many rows).
BLOCK = 100


@dataclass(frozen=True)
class SortKey:
    name: str  # a field path, e.g. "start_date", "meeting__start_date", "pk"
    descending: bool
    nulls_first: bool  # where NULLs come in this key's order (PostgreSQL's default if unsaid)
    nullable: bool


def _nullable(model, name):
    """Whether the field path `name` of `model` may read NULL (a nullable field or relation
    on the way); raises FieldDoesNotExist for anything but a plain field path."""
    if name == "pk":
        return False
    nullable = False
    parts = name.split("__")
    for index, part in enumerate(parts):
        field = model._meta.get_field(part)
        nullable = nullable or field.null
        if index < len(parts) - 1:
            if not field.is_relation or field.many_to_many or field.one_to_many:
                raise FieldDoesNotExist(name)
            model = field.related_model
    if field.is_relation:
        raise FieldDoesNotExist(name)  # a relation orders by its model's own ordering
    return nullable


def sort_keys(queryset):
    """The ordering of `queryset` as `SortKey`s, or None when it cannot be read by key:
    random or raw orderings, expressions other than a field, or an ordering that does
    not end with the primary key (then rows that tie on every key have no defined
    order, and a page read by key could differ from the same page read by OFFSET)."""
    query = queryset.query
    model = queryset.model
    if query.extra_order_by or query.distinct_fields:
        return None
    ordering = query.order_by or (model._meta.ordering if query.default_ordering else ())
    keys = []
    for item in ordering:
        if isinstance(item, str):
            if item == "?" or "." in item:
                return None
            descending, name = item.startswith("-"), item.lstrip("-")
            nulls_first = descending
        elif isinstance(item, OrderBy) and isinstance(item.expression, F):
            name, descending = item.expression.name, item.descending
            if item.nulls_first:
                nulls_first = True
            elif item.nulls_last:
                nulls_first = False
            else:
                nulls_first = descending
        elif isinstance(item, F):
            name, descending, nulls_first = item.name, False, False
        else:
            return None
        try:
            nullable = _nullable(model, name)
        except FieldDoesNotExist:
            return None
        keys.append(SortKey(name, descending, nulls_first, nullable))
    if not keys or keys[-1].name not in ("pk", model._meta.pk.name):
        return None
    return keys


# --- Conditions ---------------------------------------------------------------------------
# Written as SQL text by one expression: as Q objects the same condition (a score of
# comparisons) cost more Python to build and compile than the rows cost to read.
# Each helper returns (sql, params), or None for "no row".


def _equal(column, value):
    if value is None:
        return f"{column} IS NULL", []
    return f"{column} = %s", [value]


def _beyond(column, key, value, *, after, or_equal):
    """Rows strictly after (or before) `value` in this key's own order, or equal to it."""
    if value is None:
        # NULLs are all together at one end: after them (or before) is every other value.
        parts = [f"{column} IS NOT NULL"] if key.nulls_first == after else []
        if or_equal:
            parts.append(f"{column} IS NULL")
        return (f"({' OR '.join(parts)})", []) if parts else None
    operator = ("<" if key.descending == after else ">") + ("=" if or_equal else "")
    sql = f"{column} {operator} %s"
    if key.nullable and key.nulls_first != after:
        sql = f"({sql} OR {column} IS NULL)"
    return sql, [value]


def _lexicographic(columns, keys, values, *, after, inclusive):
    """Rows after (or before) the row whose sort keys are `values`, key by key:
    `a > x OR (a = x AND (b > y OR (b = y AND c >= z)))` for (a, b, c) and (x, y, z)."""
    condition = None
    last = len(keys) - 1
    for position in range(last, -1, -1):
        column, key, value = columns[position], keys[position], values[position]
        # Inclusive: the row itself too, i.e. the last key compared with "or equal".
        beyond = _beyond(column, key, value, after=after, or_equal=inclusive and position == last)
        if condition is not None:
            equal_sql, equal_params = _equal(column, value)
            condition = (f"({equal_sql} AND {condition[0]})", equal_params + condition[1])
            if beyond is not None:
                condition = (f"({beyond[0]} OR {condition[0]})", beyond[1] + condition[1])
        else:
            condition = beyond
    return condition


def _first_key_range(column, key, lower, upper):
    """A condition on the first key alone that the database reads as an index range:
    from the previous page's end to this page's end (each inclusive, in the key's order)."""
    if lower is None and upper is None:
        return f"{column} IS NULL", []
    low, high = ("<=", ">=") if key.descending else (">=", "<=")
    if lower is not None and upper is not None:
        return f"{column} {low} %s AND {column} {high} %s", [lower, upper]
    # The page runs from the values into the NULLs (or out of them).
    value, operator = (lower, low) if upper is None else (upper, high)
    return f"({column} {operator} %s OR {column} IS NULL)", [value]


class Between(Expression):
    """True for the rows after the row `lower` (exclusive) up to the row `upper`
    (inclusive) in the order of `keys`; their values compared as SQL parameters."""

    conditional = True
    output_field = BooleanField()

    def __init__(self, keys, lower, upper):
        super().__init__()
        self.keys, self.lower, self.upper = keys, tuple(lower), tuple(upper)
        self.columns = [F(key.name) for key in keys]

    def get_source_expressions(self):
        return self.columns

    def set_source_expressions(self, expressions):
        self.columns = expressions

    def as_sql(self, compiler, connection):
        columns = []
        for column in self.columns:
            sql, params = compiler.compile(column)
            if params:
                raise ValueError("A sort key must be a column.")
            columns.append(sql)
        parts = [
            _first_key_range(columns[0], self.keys[0], self.lower[0], self.upper[0]),
            _lexicographic(columns, self.keys, self.lower, after=True, inclusive=False),
            _lexicographic(columns, self.keys, self.upper, after=False, inclusive=True),
        ]
        if any(part is None for part in parts):
            return "FALSE", []
        return "(" + " AND ".join(sql for sql, _ in parts) + ")", [
            param for _, params in parts for param in params
        ]


def between(keys, lower, upper):
    """Rows after the row `lower` (exclusive) up to the row `upper` (inclusive)."""
    return Between(keys, lower, upper)


# --- Page ends ----------------------------------------------------------------------------


def _ends_sql(queryset, keys, per_page):
    """SQL for the sort keys of the last row of every page (and of the last row)."""
    names = [f"keyset_{index}" for index in range(len(keys))]
    inner = (
        queryset.order_by()
        .annotate(**{name: F(key.name) for name, key in zip(names, keys, strict=True)})
        .values_list(*names)
    )
    sql, params = inner.query.sql_with_params()
    quote = connections[queryset.db].ops.quote_name
    columns = ", ".join(quote(name) for name in names)
    order = ", ".join(
        f"{quote(name)} {'DESC' if key.descending else 'ASC'} "
        f"NULLS {'FIRST' if key.nulls_first else 'LAST'}"
        for name, key in zip(names, keys, strict=True)
    )
    # The last row is the one with no next row (`lead`): a count over the whole window
    # would keep every row in memory, or on disk, until the end.
    return (
        f"SELECT {columns} FROM (SELECT {columns}, "
        "row_number() OVER keyset_order AS keyset_position, "
        "lead(true) OVER keyset_order AS keyset_more "
        f"FROM ({sql}) AS keyset_rows WINDOW keyset_order AS (ORDER BY {order})) "
        "AS keyset_numbered "
        "WHERE keyset_position %% %s = 0 OR keyset_more IS NULL "
        "ORDER BY keyset_position",
        (*params, per_page),
    )


def page_range_rows(queryset, number, per_page, parts):
    """The rows of page `number` (from 2) of `queryset` read by key, or None when the query
    cache is off, the ordering cannot be read by key, or the page ends are not known.

    `parts`: cache-key parts naming the reader (`reader_key(request)`). The first deep
    page after an edit costs one query more (the page ends); every other costs none.
    """
    seconds = settings.QUERY_CACHE_SECONDS
    keys = sort_keys(queryset)
    if not seconds or keys is None or number < 2:
        return None
    sql, params = _ends_sql(queryset, keys, per_page)
    base = content_key((*parts, "page ends", queryset.db, sql, repr(params)))
    index = number - 1  # this page's end; the previous page's is index - 1
    block = index // BLOCK
    start = max(block * BLOCK - 1, 0)
    cache = caches[settings.QUERY_CACHE_ALIAS]
    ends = cache.get(f"{base}:{block}")
    if ends is None:
        with connections[queryset.db].cursor() as cursor:
            cursor.execute(sql, params)
            every = [tuple(row) for row in cursor.fetchall()]
        cache.set_many(
            {
                f"{base}:{each}": every[max(each * BLOCK - 1, 0) : (each + 1) * BLOCK]
                for each in range((len(every) + BLOCK - 1) // BLOCK)
            },
            seconds,
        )
        ends = every[start : (block + 1) * BLOCK]
    if not 0 < index - start < len(ends):
        return None  # the list changed under a pinned token; OFFSET answers
    return queryset.filter(between(keys, ends[index - 1 - start], ends[index - start]))[:per_page]
