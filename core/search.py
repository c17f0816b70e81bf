"""Full-text search helpers every searchable record uses (PostgreSQL).

English texts are read with the `english` configuration (`search_vector`). A record
with translations (`SearchText(..., translated=...)`) has two more stored, indexed
columns over them:

- `search_translated`: a tsvector with each language read by its own text-search
  configuration where PostgreSQL has one (Spanish, Russian, Indonesian stemming;
  Vietnamese, whose syllables are separated by spaces, with `simple`);
- `search_trigram`: the Chinese (both scripts), Japanese, Korean and Thai texts,
  lower case, for substring matching through a pg_trgm GIN index: those languages
  write words without spaces (Korean attaches particles to them), so no parser
  finds their words;
- `search_bigrams`: that text's two-character pieces, for the two-character terms a
  trigram index cannot find (`Bigrams`).

`text_condition()` searches the three at once; `matched_languages()` says which
language's text matched a record.
"""

import re

from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.search import (
    SearchQuery,
    SearchRank,
    SearchVector,
    SearchVectorExact,
)
from django.core.exceptions import ValidationError
from django.db import DEFAULT_DB_ALIAS, models
from django.db.models import F, Func, Q, Value
from django.db.models.expressions import RawSQL
from django.db.models.functions import Coalesce

from core.translation import suffix

SEARCH_CONFIG = "english"
_HAS_WORD = re.compile(r"\w")

#: Languages whose translations are read by a PostgreSQL text-search configuration
#: (`\dF`: spanish, russian and indonesian stem; `simple` only lower-cases).
LANGUAGE_CONFIGS = {"es": "spanish", "ru": "russian", "id": "indonesian", "vi": "simple"}
#: Languages written without spaces between words: matched by trigram substring search.
TRIGRAM_LANGUAGES = ("zh-hans", "zh-hant", "ja", "ko", "th")
#: Characters of those scripts: Han, kana, Hangul, Thai (a query without any cannot
#: match the trigram column, so it is not searched).
_TRIGRAM_SCRIPT = re.compile(
    "[\u0e00-\u0e7f\u1100-\u11ff\u3040-\u30ff\u3131-\u318e\u3400-\u4dbf"
    "\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff66-\uff9f]"
)


def translated_column(field, language):
    """The column holding `field` in `language`, English included ("matched_en"); the
    naming is core.translation's."""
    return f"{field}_{suffix(language)}"


#: The stored columns a translated searchable model gains (`add_translated_columns`), and
#: with `search_vector` every stored search column: derived data, never shown or versioned.
TRANSLATED_SEARCH_COLUMNS = ("search_translated", "search_trigram", "search_bigrams")
STORED_SEARCH_COLUMNS = ("search_vector", *TRANSLATED_SEARCH_COLUMNS)

#: Every searchable model -> its `SearchText`, filled as the model classes are created.
SEARCHABLE = {}


class SearchText:
    """The one declaration of what a model's search reads: (column, weight) pairs.

    Declared once on the model, next to the generated column it feeds:

        class Event(PublicRecord):
            search_text = SearchText(("title", "A"), ("summary", "B"), ("city", "C"))
            search_vector = search_text.generated_field()

    and read by everything else that needs the same texts: the generated
    `search_vector` column (`generated_field`), the spelling-vocabulary triggers
    (`words_expression`, checked by `core.checks`) and the `rebuild_search_words`
    command (`SEARCHABLE`). Adding a searchable column is one more pair here; then
    `makemigrations` alters the column and `InstallSearchWords` (core.migrations_ops)
    re-attaches the vocabulary trigger, which the system check insists on.
    """

    def __init__(self, *weighted_columns, translated=()):
        self.weighted_columns = weighted_columns
        #: (field, weight) pairs that have a column per language (`translated_column`).
        self.translated = translated

    def contribute_to_class(self, model, name):
        setattr(model, name, self)
        if not model._meta.abstract:
            SEARCHABLE[model] = self

    def vector(self):
        return weighted_vector(*self.weighted_columns)

    def generated_field(self):
        """The stored tsvector column over these texts (with its GIN index, the search)."""
        from django.contrib.postgres.search import SearchVectorField

        return models.GeneratedField(
            expression=self.vector(), output_field=SearchVectorField(), db_persist=True
        )

    def add_translated_columns(self, model):
        """Add to `model` the stored search columns over its translations (after
        `add_translations` made the columns they read): `TRANSLATED_SEARCH_COLUMNS`."""
        model.add_to_class("search_translated", self.translated_vector_field())
        model.add_to_class("search_trigram", self.trigram_text_field())
        model.add_to_class("search_bigrams", self.bigram_field())

    def translated_vector_field(self):
        """The stored tsvector over the translations with a text-search configuration."""
        from django.contrib.postgres.search import SearchVectorField

        vector = None
        for language, config in LANGUAGE_CONFIGS.items():
            for field, weight in self.translated:
                part = SearchVector(
                    translated_column(field, language), weight=weight, config=config
                )
                vector = part if vector is None else vector + part
        return models.GeneratedField(
            expression=vector, output_field=SearchVectorField(), db_persist=True
        )

    def trigram_text_field(self):
        """The stored text (lower case, NULL when empty) of the translations searched by
        trigram: a NULL row is not in the GIN index at all."""
        return models.GeneratedField(
            expression=self._trigram_text(),
            output_field=models.TextField(null=True),
            db_persist=True,
        )

    def _trigram_text(self):
        parts = [
            Coalesce(F(translated_column(field, language)), Value(""))
            for language in TRIGRAM_LANGUAGES
            for field, _weight in self.translated
        ]
        return _JoinedLower(*parts)

    def bigram_field(self):
        """The stored two-character pieces of the trigram-searched text (`Bigrams`), NULL
        when there is none. A generated column cannot read another, so it is made from the
        same expression as `trigram_text_field`."""
        return models.GeneratedField(
            expression=Bigrams(self._trigram_text()),
            output_field=ArrayField(models.TextField(), null=True),
            db_persist=True,
        )

    def words_expression(self):
        """The SQL text the vocabulary trigger splits into words: one column, or all joined."""
        columns = [column for column, _weight in self.weighted_columns]
        if len(columns) == 1:
            return columns[0]
        return f"concat_ws(' ', {', '.join(columns)})"


class _JoinedLower(Func):
    """lower() of the texts joined by spaces, NULL when that is blank (immutable, so
    it can define a generated column; concat_ws() is only stable)."""

    template = "NULLIF(BTRIM(LOWER(%(expressions)s)), '')"
    arg_joiner = " || ' ' || "
    output_field = models.TextField()


def weighted_vector(*weighted_fields):
    """A tsvector expression over (field, weight) pairs, usable in a generated column."""
    vector = None
    for field, weight in weighted_fields:
        part = SearchVector(field, weight=weight, config=SEARCH_CONFIG)
        vector = part if vector is None else vector + part
    return vector


def web_search_query(text):
    """Parse what a person typed the way web search engines do (quotes, or, -word).

    `websearch_to_tsquery` never raises on odd input: stray quotes, operators and
    punctuation are dropped, so any text is safe here.
    """
    return SearchQuery(text, search_type="websearch", config=SEARCH_CONFIG)


def translated_search_query(text):
    """The query read by each translation's configuration, joined by "or"."""
    query = None
    for config in dict.fromkeys(LANGUAGE_CONFIGS.values()):
        part = SearchQuery(text, search_type="websearch", config=config)
        query = part if query is None else query | part
    return query


_QUOTE_CHARACTERS = '"“”「」『』«»'


def trigram_terms(text):
    """The lower-case terms a trigram search requires, or () when the query has no
    Chinese, Japanese, Korean or Thai character (nothing there to match). Quotes
    are dropped; excluded (-word) terms and "or" are left out."""
    if not _TRIGRAM_SCRIPT.search(text or ""):
        return ()
    terms = []
    for term in text.split():
        term = term.strip(_QUOTE_CHARACTERS)
        if term and not term.startswith("-") and term.lower() != "or" and _HAS_WORD.search(term):
            terms.append(term.lower())
    return tuple(dict.fromkeys(terms))


def is_translated(model):
    search_text = SEARCHABLE.get(model)
    return bool(search_text and search_text.translated)


class Bigrams(Func):
    """`portal_bigrams(text)`: the distinct two-character pieces of a text (spaces left out),
    an SQL function of migration `initiatives` 0015. `search_bigrams` stores the pieces of
    the trigram-searched text (`SearchText.bigram_field`), with a GIN index: it finds a
    two-character term, which has no trigram of its own, exactly (the term is in the text
    when it is one of its pieces), and checking a stored row costs no more than a `LIKE`."""

    function = "portal_bigrams"
    output_field = ArrayField(models.TextField())


def trigram_condition(terms):
    """Every term is in the record's trigram-searched text: a term of two characters among
    its stored pieces (`search_bigrams`, its own index), any other through the pg_trgm index
    (`LIKE '%term%'`). One character is too short for either and is checked on every row
    that has such a text."""
    condition = Q()
    pairs = [term for term in terms if len(term) == 2]
    if pairs:
        condition &= Q(search_bigrams__contains=pairs)
    for term in terms:
        if len(term) != 2:
            condition &= Q(search_trigram__contains=term)
    return condition


def text_condition(model, text):
    """Records of `model` whose English, or any translation, matches `text`."""
    condition = Q(search_vector=web_search_query(text))
    if not is_translated(model):
        return condition
    condition |= Q(search_translated=translated_search_query(text))
    terms = trigram_terms(text)
    if terms:
        condition |= trigram_condition(terms)
    return condition


def validate_search_text(text):
    """Refuse what cannot be a search: punctuation alone, or only excluded (-word) terms.

    Either would match nothing useful, and a query of exclusions alone matches
    nearly every row and cannot use the index. (Length is a field's max_length.)
    """
    if not text or not text.strip():
        return
    if not _HAS_WORD.search(text):
        raise ValidationError(
            "Punctuation alone cannot be searched: type at least one word or number.",
            code="no_words",
        )
    if not any(not term.startswith("-") and _HAS_WORD.search(term) for term in text.split()):
        raise ValidationError(
            "Say what to look for, not only what to leave out: add a word without a minus sign.",
            code="only_exclusions",
        )


def search_rank(query):
    """Relevance of the stored vector to `query`.

    Cover density rewards the query's words standing close together ("digital
    resilience" as a phrase beats the two words far apart); normalisation 1
    divides by the log of the document length so long texts do not win by size.
    Weights are PostgreSQL's defaults: titles (A) count most, body text (B) next.
    """
    return SearchRank(F("search_vector"), query, cover_density=True, normalization=Value(1))


def with_matched_languages(queryset, text):
    """`queryset` annotated with `matched_<code>` (True or False) for English and each
    language with a text-search configuration: whether that language's text matches.
    For a page of results only (it reads every text again)."""
    return queryset.annotate(**matched_language_annotations(queryset.model, text))


def matched_language_annotations(model, text):
    """The annotations of `with_matched_languages`, {name: expression}."""
    annotations = {
        "matched_en": models.Case(
            models.When(Q(search_vector=web_search_query(text)), then=Value(True)),
            default=Value(False),
            output_field=models.BooleanField(),
        )
    }
    search_text = SEARCHABLE.get(model)
    if not is_translated(model):
        return annotations
    for language, config in LANGUAGE_CONFIGS.items():
        columns = [translated_column(field, language) for field, _weight in search_text.translated]
        vector = SearchVector(*columns, config=config)
        query = SearchQuery(text, search_type="websearch", config=config)
        annotations[translated_column("matched", language)] = models.Case(
            models.When(SearchVectorExact(vector, query), then=Value(True)),
            default=Value(False),
            output_field=models.BooleanField(),
        )
    return annotations


#: What stands for the words searched while SQL is compiled once for every search of
#: words (`compiled_annotations`, `apec_portal.search._compiled_sql`): a character of
#: Unicode's private use area, which no query reaches the database with.
SAMPLE_WORDS = "\ue00fsample words"
_COMPILED = {}


def sample_params(params):
    """The parameters of SQL compiled with `SAMPLE_WORDS`, kept for `with_words`. A
    parameter holding the words inside other text (a pattern made of them) could not be
    filled in: that is a bug in the expression compiled, so it raises."""
    for param in params:
        if isinstance(param, str) and SAMPLE_WORDS in param and param != SAMPLE_WORDS:
            raise ValueError(f"a compiled search parameter changes the words: {param!r}")
    return tuple(params)


def with_words(params, text):
    """`sample_params`' parameters with `text` in place of the sample words."""
    return [text if param == SAMPLE_WORDS else param for param in params]


def compiled_annotations(model, key, build, text):
    """`build(text)`'s annotations ({name: expression} on `model`'s rows), compiled to SQL
    once per process and `key`, then given as `RawSQL` with `text` in its parameters.

    Search expressions (vectors, queries, headlines) are the same for every search but
    for the words, which reach the database only as parameters; building, resolving and
    compiling a dozen of them on each request cost more Python than the rest of the page
    query. They are compiled once with sample words, and each parameter equal to those
    words is replaced by `text`. `build` must use nothing of the request but `text`
    (the active language belongs in `key`)."""
    cache_key = (model, *key)
    compiled = _COMPILED.get(cache_key)
    if compiled is None:
        annotations = build(SAMPLE_WORDS)
        query = model.objects.annotate(**annotations).values(*annotations).query
        compiler = query.get_compiler(using=DEFAULT_DB_ALIAS)
        compiler.setup_query()
        compiled = {}
        for _expression, (sql, params), alias in compiler.select:
            if alias in annotations:
                compiled[alias] = (sql, sample_params(params), annotations[alias].output_field)
        _COMPILED[cache_key] = compiled
    return {
        name: RawSQL(sql, with_words(params, text), output_field=output_field)
        for name, (sql, params, output_field) in compiled.items()
    }


def matched_languages(record, text):
    """The language codes whose text of `record` matches `text`, English first, from
    `with_matched_languages`' annotations and the record's trigram-searched texts."""
    codes = [
        code
        for code in ("en", *LANGUAGE_CONFIGS)
        if getattr(record, translated_column("matched", code), False)
    ]
    search_text = SEARCHABLE.get(type(record))
    terms = trigram_terms(text)
    if search_text and search_text.translated and terms:
        for language in TRIGRAM_LANGUAGES:
            own = " ".join(
                getattr(record, translated_column(field, language), None) or ""
                for field, _weight in search_text.translated
            ).lower()
            if own.strip() and all(term in own for term in terms):
                codes.append(language)
    return codes


def translated_rank(text):
    """Relevance of the translations to `text`: their vector's rank, and a match of
    every term in the trigram text counts as much as a title word would."""
    # Most records have no translation: their empty vector is not ranked at all.
    has_translation = models.lookups.GreaterThan(
        Func(F("search_translated"), function="length", output_field=models.IntegerField()), 0
    )
    rank = models.Case(
        models.When(
            has_translation,
            then=SearchRank(
                F("search_translated"),
                translated_search_query(text),
                cover_density=True,
                normalization=Value(1),
            ),
        ),
        default=Value(0.0),
        output_field=models.FloatField(),
    )
    terms = trigram_terms(text)
    if terms:
        rank = rank + models.Case(
            models.When(trigram_condition(terms), then=Value(0.1)),
            default=Value(0.0),
            output_field=models.FloatField(),
        )
    return rank


def text_rank(model, text):
    """`search_rank` of the English text, plus the translations' for a translated model."""
    rank = search_rank(web_search_query(text))
    if is_translated(model):
        rank = rank + translated_rank(text)
    return rank


class SearchableQuerySet(models.QuerySet):
    """Full-text search over a model's stored, GIN-indexed search columns."""

    def search(self, text):
        """Records matching `text` read as a web search: all words, "phrases", or, -word;
        in English or in any translation (`text_condition`)."""
        return self.filter(text_condition(self.model, text))
