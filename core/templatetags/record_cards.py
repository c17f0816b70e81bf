"""`{% record_cards records "template" "name" %}`: each record's card rendered once, then reused.

A list page, the home page and an economy page show the same record cards; rendering them
is most of such a page's Python time. This tag renders `template` once per record with the
record in the context as `name`, and keeps the HTML in the query cache (through its
fail-soft wrapper, core/cache_faults.py) under a key made of:

- the content token (core/content_cache.py), which every write to a content table
  changes: an edit of the record, of a theme, an economy's name or the initiative an
  event card names gives every card a new key, so no card is ever stale;
- the active language (the card's words and links are the language's own);
- the reader's audience (`reader_key`): a card rendered for staff, who may see drafts,
  never serves the public;
- the record's kind, primary key and edit number (`version`).

The cards of one page are read with one `get_many` and the missing ones written with one
`set_many`. With the query cache off (QUERY_CACHE_SECONDS = 0) every card is rendered.

`records` may be full records or a list page's `RecordRefs` (core/record_refs.py: primary
keys and edit numbers only); then the full records of the cards the cache lacks are built
in one query, and a page whose cards are all cached builds none.
"""

from dataclasses import replace

from django import template
from django.conf import settings
from django.core.cache import caches
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import SafeString

from core.content_cache import content_key, reader_key
from core.record_refs import RecordRefs, full_record, load_refs

register = template.Library()


def card_keys(request, records):
    """The cache keys of `records`' cards: one hashed prefix (content token, language,
    audience) per page, then each record's kind, primary key and edit number."""
    prefix = content_key(reader_key(request, "card"))
    return [
        f"{prefix}:{record._meta.label_lower}:{record.pk}:{getattr(record, 'version', '')}"
        for record in records
    ]


@register.simple_tag(takes_context=True)
def record_cards(context, records, template_name, name):
    refs = records if isinstance(records, RecordRefs) else None
    records = list(records)
    card = context.template.engine.get_template(template_name)

    def render(record):
        record = full_record(record)
        if record is None:  # left the list between its two queries: no card
            return ""
        with context.push(**{name: record}):
            return card.render(context)

    seconds = settings.QUERY_CACHE_SECONDS
    request = context.get("request")
    if not seconds or request is None or not records:
        return SafeString("".join(render(record) for record in records))
    cache = caches[settings.QUERY_CACHE_ALIAS]
    keys = card_keys(request, records)
    found = cache.get_many(keys)
    if refs is not None:
        refs.load([record for key, record in zip(keys, records, strict=True) if key not in found])
    missing = {}
    parts = []
    for key, record in zip(keys, records, strict=True):
        html = found.get(key)
        if html is None:
            html = str(render(record))
            if html:
                missing[key] = html
        parts.append(html)
    if missing:
        cache.set_many(missing, seconds)
    return SafeString("".join(parts))


#: What a search hit's cached block holds where its highlighted title goes. PostgreSQL text
#: cannot hold a NUL character, so no record's own words can contain it.
HIT_TITLE = SafeString("\x00hit-title\x00")


def hit_keys(request, hits):
    """The cache keys of search hits' blocks: as `card_keys`, with the hit's kind; a
    paragraph carries its statement's edit number."""
    prefix = content_key(reader_key(request, "hit"))
    keys = []
    for hit in hits:
        record = hit.ref  # the record, or a `RecordRef` (its key and edit number)
        version = getattr(record, "version", None)
        if version is None:
            version = getattr(getattr(record, "statement", None), "version", "")
        keys.append(f"{prefix}:{hit.kind}:{record.pk}:{version}")
    return keys


@register.simple_tag(takes_context=True)
def search_hits(context, hits, template_name):
    """`<li>` per search hit: its heading and facts (`template_name`, rendered with the hit
    as `hit`) kept per record edit like the cards, with the highlighted title and excerpt,
    which depend on the words searched, put in on every page."""
    hits = list(hits)
    block = context.template.engine.get_template(template_name)

    def render(hit):
        with context.push(hit=replace(hit, title=HIT_TITLE)):
            return str(block.render(context))

    seconds = settings.QUERY_CACHE_SECONDS
    request = context.get("request")
    if not seconds or request is None or not hits:
        found, keys = {}, [None] * len(hits)
    else:
        keys = hit_keys(request, hits)
        found = caches[settings.QUERY_CACHE_ALIAS].get_many(keys)
    # A kept page of hits holds `RecordRef`s: build the records of the blocks not kept, one
    # query per kind.
    load_refs(hit.ref for key, hit in zip(keys, hits, strict=True) if key not in found)
    missing = {}
    parts = []
    for key, hit in zip(keys, hits, strict=True):
        html = found.get(key) if key else None
        if html is None:
            if hit.record is None:  # gone since the page was kept: no block
                continue
            html = render(hit)
            if key:
                missing[key] = html
        parts.append(html.replace(HIT_TITLE, conditional_escape(hit.title)))
        if hit.excerpt:
            parts.append(format_html('\n      <p class="excerpt">{}</p>', hit.excerpt))
        parts.append("\n    </li>\n")
    if missing:
        caches[settings.QUERY_CACHE_ALIAS].set_many(missing, seconds)
    return SafeString("".join(parts))
