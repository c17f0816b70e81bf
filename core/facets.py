"""Facets: the number of matching records beside each option of a list's filters.

A `Facet` counts, for each option of one filter, how many records the current
filters *other than that one* would give with the option chosen. Each facet is
exactly one grouped SQL query whatever the number of options; the list view
keeps its counts in the content cache (`core.content_cache`).
"""

from dataclasses import dataclass

from django.db import connection
from django.db.models import CharField, Count, F, IntegerField, Subquery, TextField, Window
from django.db.models.functions import Collate, RowNumber

from core.economy_names import economy_code
from core.filters import language_collation
from core.translation import active_language, translated, translated_expression


@dataclass
class FacetOption:
    value: str
    label: str
    count: int | None  # None where no count was made (the 400 page)
    selected: bool


class SubqueryCount(Subquery):
    """The number of distinct rows a correlated subquery returns, as one integer column."""

    template = "(SELECT count(*) FROM (%(subquery)s) _facet)"
    output_field = IntegerField()


class Facet:
    """Counts per option of the filter `param`, in one query.

    Subclasses implement `counts(records)`, where `records` is the queryset
    narrowed by every current filter except this one, returning plain
    [(value, label, count)] rows (which the view may keep in the query cache);
    `options(records, selected)` turns them into `FacetOption`s.
    """

    def __init__(self, param, *, show_empty=False):
        self.param = param
        self.show_empty = show_empty

    def counts(self, records):
        raise NotImplementedError

    def options(self, records, selected, counts=None):
        rows = self.counts(records) if counts is None else counts
        options = [
            FacetOption(value=value, label=label, count=count, selected=value in selected)
            for value, label, count in rows
        ]
        return self.keep(options, selected)

    def normalise(self, value):
        """The form in which a query-string value is compared with option values."""
        return value.strip()

    def complete(self, options, selected, cleaned):
        """Options to render, given the filter's cleaned value (hook; unchanged here)."""
        return options

    def keep(self, options, selected):
        if self.show_empty:
            return options
        return [option for option in options if option.count or option.value in selected]


def _ordering_expressions(queryset):
    """The options' order; text (names) in the page language's collation, read in that
    language where translated (economies and themes sort as the reader's language shows
    and sorts them; English keeps the database's order and query)."""
    fields = queryset.query.order_by or queryset.model._meta.ordering or ["pk"]
    collation = language_collation()
    translated_fields = getattr(queryset.model, "translated_fields", {})
    expressions = []
    for field in fields:
        name = field.removeprefix("-")
        expression = F(name)
        if collation and _is_text(queryset.model, name):
            # The name as the page shows it (its translation, else the English).
            if name in translated_fields:
                expression = translated_expression(name)
            expression = Collate(expression, collation)
        expressions.append(expression.desc() if field.startswith("-") else expression.asc())
    return expressions


def _is_text(model, name):
    try:
        field = model._meta.get_field(name)
    except Exception:  # a lookup path, an annotation: left as it is
        return False
    return isinstance(field, CharField | TextField)


class RelatedFacet(Facet):
    """Options are rows of another model (economies, themes), each with its count.

    `paths` are the lookups from a record to the option row, e.g.
    `("host", "co_hosts")` for "hosted or co-hosted by": one grouped query
    counts, for every option at once, the distinct records that reach it by
    any of the paths.
    """

    def __init__(self, param, *, options, value_field, label_field, paths, **kwargs):
        super().__init__(param, **kwargs)
        self.options_queryset = options
        self.value_field = value_field
        self.label_field = label_field
        self.paths = tuple(paths)

    def label_annotation(self):
        """In another language than English, the label as its translation, else the
        English (core/translation.py); English reads the column itself."""
        if not active_language():
            return {}
        return {"facet_label": translated_expression(self.label_field)}

    def label_name(self):
        return "facet_label" if active_language() else self.label_field

    def links(self, records):
        """SQL of (option key, record key) pairs, one SELECT per path, and its parameters."""
        scope = records.model.objects.filter(pk__in=records.values("pk")).order_by()
        links, link_params = [], []
        for path in self.paths:
            sql, params = scope.values_list(path, "pk").query.sql_with_params()
            links.append(sql)
            link_params.extend(params)
        return links, link_params

    def counts(self, records):
        links, link_params = self.links(records)
        # The label in the page's language (its translation, else the English), the
        # options in the model's order read in that language (`_ordering_expressions`).
        choices = self.options_queryset.all().annotate(
            **self.label_annotation(),
            facet_position=Window(
                RowNumber(), order_by=_ordering_expressions(self.options_queryset)
            ),
        )
        choices_sql, choices_params = choices.values_list(
            self.value_field, self.label_name(), "pk", "facet_position"
        ).query.sql_with_params()
        union = " UNION ALL ".join(f"({sql})" for sql in links)
        sql = (
            "SELECT o.value, o.label, COALESCE(c.matches, 0) "
            f"FROM ({choices_sql}) AS o (value, label, key, position) "
            "LEFT JOIN (SELECT option, count(DISTINCT record) AS matches "
            f"FROM ({union}) AS link (option, record) "
            "WHERE option IS NOT NULL GROUP BY option) AS c ON c.option = o.key "
            "ORDER BY o.position"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [*choices_params, *link_params])
            return [(str(value), label, count) for value, label, count in cursor.fetchall()]


class EconomyCodeFacet(RelatedFacet):
    """Economy options: the query string may give codes in any case."""

    def normalise(self, value):
        return economy_code(value)


class ValueFacet(Facet):
    """Options are the values of one expression on the records (a year, a kind), grouped."""

    def __init__(self, param, *, expression, labels=None, descending=False, **kwargs):
        super().__init__(param, **kwargs)
        self.expression = expression
        self.labels = dict(labels or {})
        self.descending = descending

    def counts(self, records):
        model = records.model
        rows = (
            model.objects.filter(pk__in=records.values("pk"))
            .order_by()
            .annotate(facet_value=self.expression)
            .values("facet_value")
            .annotate(facet_count=Count("pk"))
            .values_list("facet_value", "facet_count")
        )
        counts = {value: count for value, count in rows if value is not None}
        keys = list(self.labels) if self.labels else sorted(counts, reverse=self.descending)
        return [(str(key), str(self.labels.get(key, key)), counts.get(key, 0)) for key in keys]


class ConditionalFacet(Facet):
    """Options whose matches are arbitrary conditions, counted by one aggregate query.

    `conditions(records)` returns [(value, label, Q)], e.g. one Q per year for
    "active in that year" ranges.
    """

    def __init__(self, param, *, conditions, **kwargs):
        super().__init__(param, **kwargs)
        self.conditions = conditions

    def counts(self, records):
        conditions = self.conditions()
        if not conditions:
            return []
        model = records.model
        totals = model.objects.filter(pk__in=records.values("pk")).aggregate(
            **{f"o{index}": Count("pk", filter=q) for index, (_v, _l, q) in enumerate(conditions)}
        )
        return [
            (str(value), str(label), totals[f"o{index}"])
            for index, (value, label, _q) in enumerate(conditions)
        ]


class FacetOptions(list):
    """A facet's options, and how many there are in all when only the first were kept."""

    def __init__(self, options=(), total=None):
        super().__init__(options)
        self.total = len(self) if total is None else total

    @property
    def capped(self):
        return self.total > len(self)


class MatchingRelatedFacet(RelatedFacet):
    """Options are the rows of another model that some matching record reaches (an
    initiative that has matching events), with counts, the `limit` with the most
    matches first and then by label. For option sets too large to list (ten thousand
    initiatives): only options with matches are read, and at most `limit` of them.

    A chosen option that the other filters leave without matches is kept, with a
    count of 0, labelled from the filter's cleaned value (`complete`)."""

    def __init__(self, param, *, limit=200, **kwargs):
        super().__init__(param, **kwargs)
        self.limit = limit

    def counts(self, records):
        links, link_params = self.links(records)
        choices_sql, choices_params = (
            self.options_queryset.all()
            .annotate(**self.label_annotation())
            .order_by()
            .values_list(self.value_field, self.label_name(), "pk")
            .query.sql_with_params()
        )
        union = " UNION ALL ".join(f"({sql})" for sql in links)
        sql = (
            "SELECT o.value, o.label, c.matches, count(*) OVER () "
            f"FROM ({choices_sql}) AS o (value, label, key) "
            "JOIN (SELECT option, count(DISTINCT record) AS matches "
            f"FROM ({union}) AS link (option, record) "
            "WHERE option IS NOT NULL GROUP BY option) AS c ON c.option = o.key "
            "ORDER BY c.matches DESC, o.label, o.value LIMIT %s"
        )
        # The options kept are shown in label order: the page language's collation
        # (`core.filters.language_collation`), else case-insensitive as before.
        collation = language_collation()
        if collation:
            quoted = connection.ops.quote_name(collation)
            sql = (
                f"SELECT * FROM ({sql}) AS kept (value, label, matches, total) "
                f"ORDER BY label COLLATE {quoted}, value"
            )
        with connection.cursor() as cursor:
            cursor.execute(sql, [*choices_params, *link_params, self.limit])
            rows = cursor.fetchall()
        total = rows[0][3] if rows else 0
        kept = [(str(value), label, count) for value, label, count, _total in rows]
        if not collation:
            kept.sort(key=lambda row: (row[1].casefold(), row[0]))
        # The total rides along as a last row so the cached counts stay plain data.
        return [*kept, ("", "", total)]

    def options(self, records, selected, counts=None):
        rows = self.counts(records) if counts is None else counts
        *rows, (_value, _label, total) = rows
        options = [
            FacetOption(value=value, label=label, count=count, selected=value in selected)
            for value, label, count in rows
        ]
        return FacetOptions(options, total=total)

    def complete(self, options, selected, cleaned):
        """Add the chosen option when the counts left it out (no match, or past `limit`)."""
        present = {option.value for option in options}
        chosen = cleaned if isinstance(cleaned, list | tuple) else [cleaned]
        for record in chosen:
            if record is None:
                continue
            value = str(getattr(record, self.value_field))
            if value in selected and value not in present:
                options.append(
                    FacetOption(
                        value=value,
                        label=str(translated(record, self.label_field)),
                        count=0,
                        selected=True,
                    )
                )
        return options
