"""Translated record content: one column per language beside the English (issue 25).

Records are written in English, in their own columns (`title`, `summary`, ...). Each
translatable field gains one column per other language of the portal, on the same
table: `title_es`, `title_zh_hans`, `summary_ru`, ... (the language code with "-"
written "_"). An empty column means "not yet translated": the English shows, with the
page's "Not yet translated" note.

This is django-modeltranslation's layout (a column per language, no join, no extra
query), written as plain model fields: the library's query rewriting would also have
moved every English query to new `title_en` columns (docs/languages.md, "Translated
content", says why and what was measured).

- `add_translations(Model, "title", "summary")` adds the columns to a model (called
  right after the class); the migrations are ordinary `AddField`s.
- `translated(record, "title")` is the value in the active language, else the English.
- `untranslated(record, names)` says whether any of those fields that has English
  lacks the active language's translation.
"""

from django.conf import settings
from django.db import models
from django.db.models.functions import Coalesce, NullIf
from django.utils import translation
from django.utils.text import format_lazy
from django.utils.translation import gettext

#: The languages records are translated into: every language but English, in the
#: switcher's order.
LANGUAGES = tuple(code for code, _ in settings.LANGUAGES if code != settings.LANGUAGE_CODE)


def suffix(language):
    """The column suffix of `language`: "es", "zh_hans"."""
    return language.replace("-", "_").lower()


def column(name, language):
    """The column holding field `name` in `language`: "title_es"; `name` for English."""
    if not language or language == settings.LANGUAGE_CODE:
        return name
    return f"{name}_{suffix(language)}"


def active_language():
    """The active language if records are translated into it, else None (English)."""
    language = translation.get_language()
    return language if language in LANGUAGES else None


def add_translations(model, *names):
    """Add to `model` a column per language for each of the fields `names`.

    Each column is a copy of the English field, optional (blank, default ""), not
    unique and not indexed, named `<name>_<suffix>`, labelled "<label> [es]".
    """
    translated_fields = dict(getattr(model, "translated_fields", {}))
    for name in names:
        english = model._meta.get_field(name)
        _, _, args, kwargs = english.deconstruct()
        for key in ("primary_key", "unique", "db_index", "null", "help_text", "choices"):
            kwargs.pop(key, None)
        for language in LANGUAGES:
            kwargs.update(
                blank=True,
                default="",
                verbose_name=format_lazy("{} [{}]", english.verbose_name, language),
            )
            field = type(english)(*args, **kwargs)
            model.add_to_class(column(name, language), field)
        translated_fields[name] = tuple(column(name, language) for language in LANGUAGES)
    model.translated_fields = translated_fields
    model.tr = property(Translated)


class Translated:
    """`record.tr`: the record's translated fields in the active language, each falling
    back to its English (`{{ initiative.tr.title }}`), and `missing`: whether any of
    them shows English for want of a translation (the page's "Not yet translated" note)."""

    __slots__ = ("record",)

    def __init__(self, record):
        self.record = record

    def __getattr__(self, name):
        if name not in type(self.record).translated_fields:
            raise AttributeError(name)
        return translated(self.record, name)

    @property
    def full_title(self):
        title, subtitle = self.title, self.subtitle
        return f"{title}: {subtitle}" if subtitle else title

    @property
    def missing(self):
        return untranslated(self.record, type(self.record).translated_fields)


def translation_columns(model):
    """Every translation column of `model`, field by field: ["title_zh_hans", ...]."""
    return [name for columns in model.translated_fields.values() for name in columns]


def translated(record, name, language=None):
    """`record`'s field `name` in `language` (default: the active one), else its English."""
    language = language or active_language()
    if language and language in LANGUAGES:
        value = getattr(record, column(name, language), "")
        if value:
            return value
    return getattr(record, name)


def untranslated(record, names, language=None):
    """True when one of the fields `names` has English but no `language` translation."""
    language = language or active_language()
    if not language:
        return False
    return any(
        getattr(record, name) and not getattr(record, column(name, language), "") for name in names
    )


def translated_expression(name, language=None, prefix=""):
    """SQL for field `name` in `language` (default: the active one), else the English:
    `COALESCE(NULLIF(name_es, ''), name)`; the plain column for English. `prefix` is a
    relation path ("host__")."""
    language = language or active_language()
    english = models.F(prefix + name)
    if not language:
        return english
    return Coalesce(NullIf(models.F(prefix + column(name, language)), models.Value("")), english)


class TranslationFieldsetsAdmin:
    """A ModelAdmin mixin: the English fields as before, then one folded section per
    language holding that language's translations ("Translation: español (es)"), so staff
    edit a translation beside the record's English. The sections are ordinary fields of
    the change form: an Editor's translation of a published record is a change that
    waits for a Publisher, kept in the history and shown in the review's diff."""

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        columns = set(translation_columns(self.model))
        english = [
            (name, {**options, "fields": [f for f in options["fields"] if f not in columns]})
            for name, options in fieldsets
        ]
        names = dict(settings.LANGUAGES)
        for language in LANGUAGES:
            english.append(
                (
                    gettext("Translation: %(language)s (%(code)s)")
                    % {"language": names[language], "code": language},
                    {
                        "classes": ["collapse"],
                        "fields": [column(name, language) for name in self.model.translated_fields],
                    },
                )
            )
        return english


def other_languages_deferred(queryset):
    """`queryset` without the translation columns a page in the active language never
    reads: every other language's, on the model and on the relations it selects with
    `select_related` (an event's host and initiative). A list page then reads the
    English and at most one translation per field, as wide as before the translations
    plus one column each, instead of nine."""
    active = active_language()

    def others(model, prefix=""):
        translated_fields = getattr(model, "translated_fields", {})
        return [
            prefix + column(name, language)
            for name in translated_fields
            for language in LANGUAGES
            if language != active
        ]

    deferred = others(queryset.model)
    related = queryset.query.select_related
    if isinstance(related, dict):
        for name in related:
            field = queryset.model._meta.get_field(name)
            deferred += others(field.related_model, f"{name}__")
    return queryset.defer(*deferred) if deferred else queryset
