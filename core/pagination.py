"""A paginator for large lists: a count kept per content token, and cheap deep pages.

- `count` is `core.content_cache.cached_count`: exact, and counted once per
  content token instead of on every request (a COUNT over 100,000 events
  costs tens of milliseconds).
- Its pages offer `elided_page_range` for the page links.
- A page far from the start (offset >= DEEP_OFFSET) is read by key when it
  can be (`core.keyset`: the page ends are kept per content token, and the
  page is the rows between the previous page's end and its own), so however
  deep the page the database reads about one page of index entries. Without the
  query cache, or for an ordering that does not end with the primary key, it is
  fetched in two steps: first only the primary keys of the page's rows, which an
  index-only scan of an index that matches the ordering skips through with
  OFFSET, then those rows with everything the list needs. A plain OFFSET would
  read and throw away every full row before the page.
"""

from dataclasses import dataclass

from django.contrib.postgres.expressions import ArraySubquery
from django.core.paginator import Page, Paginator
from django.db.models import OuterRef, QuerySet
from django.utils.functional import cached_property

from core.content_cache import cached_count
from core.keyset import page_range_rows
from core.translation import active_language, translated_expression

DEEP_OFFSET = 1000


class LargeListPage(Page):
    @cached_property
    def elided_page_range(self):
        """The page numbers to link: the ends and the neighbourhood of this page, with
        `Paginator.ELLIPSIS` for the gaps (not all 5,000 pages of a long list)."""
        return list(self.paginator.get_elided_page_range(self.number, on_each_side=2, on_ends=1))


class LargeListPaginator(Paginator):
    def __init__(self, object_list, per_page, *args, reader=None, count_key=None, **kwargs):
        """`reader`: `reader_key(request)`, the cache-key parts naming who the list is for,
        kept in the key of the page ends of deep pages (core/keyset.py); without it no page
        ends are kept and deep pages skip by key with OFFSET. `count_key`: cache-key parts
        naming the list's rows exactly (reader and validated filters), so the count is
        found without compiling its SQL; without it the SQL names the count."""
        super().__init__(object_list, per_page, *args, **kwargs)
        self.reader = reader
        self.count_key = count_key

    @cached_property
    def count(self):
        if isinstance(self.object_list, QuerySet):
            return cached_count(self.object_list, self.count_key)
        return super().count

    def page(self, number):
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        top = bottom + self.per_page
        if top + self.orphans >= self.count:
            top = self.count
        if bottom and bottom >= DEEP_OFFSET and isinstance(self.object_list, QuerySet):
            rows = None
            if not self.orphans and self.reader is not None:
                rows = page_range_rows(self.object_list, number, self.per_page, self.reader)
            if rows is None:
                rows = keyed_slice(self.object_list, bottom, top)
        else:
            rows = self.object_list[bottom:top]
        return self._get_page(rows, number, self)

    def _get_page(self, *args, **kwargs):
        return LargeListPage(*args, **kwargs)


@dataclass(frozen=True)
class PageLink:
    """One item of the pagination bar: a page number with its link, or a gap."""

    number: int | None  # None for the gap ("…")
    url: str = ""
    current: bool = False


@dataclass(frozen=True)
class PageLinks:
    previous: str
    next: str
    pages: list


def page_links(page, links):
    """The pagination bar of `page` with every link written once (`links`: the page's
    `core.querylinks.QueryLinks`); None when there is only one page."""
    if page is None or page.paginator.num_pages <= 1:
        return None
    numbers = getattr(page, "elided_page_range", None) or page.paginator.page_range
    items = []
    for number in numbers:
        if number == page.paginator.ELLIPSIS:
            items.append(PageLink(number=None))
        elif number == page.number:
            items.append(PageLink(number=number, current=True))
        else:
            items.append(PageLink(number=number, url=links(page=number)))
    return PageLinks(
        previous=links(page=page.previous_page_number()) if page.has_previous() else "",
        next=links(page=page.next_page_number()) if page.has_next() else "",
        pages=items,
    )


def with_related_names(queryset, relations):
    """`queryset` with, per many-to-many relation, the related rows' names as an array.

    `relations` maps an attribute to a relation of the model, e.g.
    {"co_host_names": "co_hosts"}: each row gets `co_host_names`, the `name` of
    its co-hosts in the related model's own order, read by a subquery of the
    main query. The queryset's prefetches are dropped: a page of cards then costs
    one query and no related model instances, instead of one prefetch query and
    a model per related row for each relation.
    """
    annotations = {}
    for attribute, relation in relations.items():
        field = queryset.model._meta.get_field(relation)
        related = field.related_model
        rows = related._default_manager.filter(
            **{field.related_query_name(): OuterRef("pk")}
        ).order_by(*(related._meta.ordering or ["pk"]))
        if active_language() and "name" in getattr(related, "translated_fields", {}):
            # The name in the page's language, else the English (core/translation.py).
            rows = rows.annotate(shown_name=translated_expression("name")).values("shown_name")
        else:
            rows = rows.values("name")
        annotations[attribute] = ArraySubquery(rows)
    return queryset.prefetch_related(None).annotate(**annotations)


def keyed_slice(queryset, bottom, top):
    """`list(queryset[bottom:top])`, skipping the rows before `bottom` by key only."""
    keys = list(queryset.values_list("pk", flat=True)[bottom:top])
    rows = {
        # A values_list() queryset (a page read as keys, core/record_refs.py) gives tuples
        # that start with the primary key.
        (row[0] if isinstance(row, tuple) else row.pk): row
        for row in queryset.order_by().filter(pk__in=keys)
    }
    return [rows[key] for key in keys if key in rows]
