"""Full-text search helpers every searchable record uses (PostgreSQL, English configuration)."""

import re

from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Value

SEARCH_CONFIG = "english"
_HAS_WORD = re.compile(r"\w")


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

    def __init__(self, *weighted_columns):
        self.weighted_columns = weighted_columns

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

    def words_expression(self):
        """The SQL text the vocabulary trigger splits into words: one column, or all joined."""
        columns = [column for column, _weight in self.weighted_columns]
        if len(columns) == 1:
            return columns[0]
        return f"concat_ws(' ', {', '.join(columns)})"


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


class SearchableQuerySet(models.QuerySet):
    """Full-text search over a model's stored, GIN-indexed `search_vector` column."""

    def search(self, text):
        """Records matching `text` read as a web search: all words, "phrases", or, -word."""
        return self.filter(search_vector=web_search_query(text))
