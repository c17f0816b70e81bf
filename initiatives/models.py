"""Economies, themes and initiatives: the base of the portal's record.

The shared pieces every public record uses (publication state, source link,
timestamps, full-text helpers) live here too, because `events` and
`statements` build on this app and nothing may import upwards.
"""

import datetime
import re
import uuid

import reversion
from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector, SearchVectorField
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q, Value
from django.urls import reverse

SEARCH_CONFIG = "english"
_HAS_WORD = re.compile(r"\w")


class PublicationStatus(models.TextChoices):
    DRAFT = "draft", "Draft"
    REVIEW = "review", "In review"
    PUBLISHED = "published", "Published"


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

    def by_relevance(self, text):
        """The records matching `text`, most relevant first (ranks every match: lists only)."""
        return (
            self.search(text)
            .annotate(search_rank=search_rank(web_search_query(text)))
            .order_by("-search_rank", "pk")
        )


class PublicRecordQuerySet(SearchableQuerySet):
    def published(self):
        return self.filter(publication_status=PublicationStatus.PUBLISHED)

    def newest_published(self):
        """Published records, the most recently published first."""
        return self.published().order_by(models.F("published_at").desc(nulls_last=True), "-pk")

    def visible_to(self, user):
        """Staff preview drafts; everyone else sees only what is published."""
        if user is not None and user.is_authenticated and user.is_staff:
            return self.all()
        return self.published()


class PublicRecord(models.Model):
    """Fields every public record carries."""

    publication_status = models.CharField(
        max_length=10,
        choices=PublicationStatus.choices,
        default=PublicationStatus.DRAFT,
    )
    published_at = models.DateTimeField(null=True, blank=True)
    source_url = models.URLField(
        "source link", max_length=500, blank=True, help_text="Where the record's facts come from."
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    version = models.PositiveIntegerField(
        default=0,
        help_text="Goes up by one on every save; the admin refuses a save made over a stale one.",
    )

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        # Bookkeeping like auto_now: every write is a new version, whoever makes it.
        self.version = (self.version or 0) + 1
        update_fields = kwargs.get("update_fields")
        if update_fields is not None:
            kwargs["update_fields"] = {*update_fields, "version"}
        super().save(*args, **kwargs)

    @property
    def is_published(self):
        return self.publication_status == PublicationStatus.PUBLISHED


class EconomyQuerySet(models.QuerySet):
    def search(self, text):
        """Economies whose name or one of whose aliases contains `text` (any case)."""
        text = text.strip()
        alias_text = models.Func(
            models.F("aliases"),
            models.Value(" | "),
            function="array_to_string",
            output_field=models.TextField(),
        )
        return self.alias(alias_text=alias_text).filter(
            Q(name__icontains=text) | Q(alias_text__icontains=text) | Q(code__iexact=text)
        )

    def matching_name(self, text):
        """The economy whose official name or one of whose aliases is `text` (any case)."""
        wanted = text.strip().lower()
        for economy in self.all():
            if wanted in economy.names_lower():
                return economy
        return None


class Economy(models.Model):
    """An APEC member economy, named as APEC names it."""

    code = models.CharField(
        "ISO 3166-1 alpha-3 code", max_length=3, primary_key=True, help_text="Upper case, e.g. PHL."
    )
    name = models.CharField(max_length=100, unique=True)
    joined = models.PositiveSmallIntegerField("year joined APEC")
    aliases = ArrayField(
        models.CharField(max_length=100),
        default=list,
        blank=True,
        help_text="Other names the source texts use, e.g. 'the Philippines'.",
    )

    objects = EconomyQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "economies"
        constraints = [
            models.CheckConstraint(
                condition=Q(code__regex=r"^[A-Z]{3}$"), name="economy_code_iso3"
            ),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("economies:detail", args=[self.code.lower()])

    def names_lower(self):
        return {self.name.lower(), *(alias.lower() for alias in self.aliases)}


class Theme(models.Model):
    """A term of the controlled vocabulary that classifies initiatives, events and statements."""

    name = models.CharField(max_length=100, unique=True)
    slug = models.SlugField(max_length=100, unique=True)
    description = models.TextField(blank=True)

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name


class InitiativeStatus(models.TextChoices):
    PLANNED = "planned", "Planned"
    ONGOING = "ongoing", "Ongoing"
    COMPLETED = "completed", "Completed"


def active_in_year(year, today=None):
    """The condition "the initiative was or is active in `year`".

    Active from `start_year` to `end_year`; with no end year, up to the current
    year (an open-ended initiative runs on), and always in its start year (a
    planned initiative counts in the year it is due to start).
    """
    this_year = (today or datetime.date.today()).year
    open_ended = Q(end_year__isnull=True) if year <= this_year else Q(pk__in=[])
    return Q(start_year=year) | (Q(start_year__lt=year) & (Q(end_year__gte=year) | open_ended))


class InitiativeQuerySet(PublicRecordQuerySet):
    def for_list(self):
        return self.select_related("proposer").prefetch_related("co_implementers", "themes")

    def active_in(self, year):
        return self.filter(active_in_year(year))

    def for_economies(self, codes):
        """Initiatives any of the economies proposed or co-implement (each once)."""
        co_implemented = Initiative.co_implementers.through.objects.filter(
            economy__in=codes
        ).values("initiative_id")
        return self.filter(Q(proposer__in=codes) | Q(pk__in=co_implemented))


class Initiative(PublicRecord):
    """An APEC SME initiative: proposed by one economy, co-implemented by others."""

    title = models.CharField(max_length=300)
    subtitle = models.CharField(max_length=300, blank=True)
    slug = models.SlugField(max_length=200, unique=True)
    aliases = ArrayField(
        models.CharField(max_length=300),
        default=list,
        blank=True,
        help_text="Other names statements use for it; a paragraph naming one is linked to it.",
    )
    introduction = models.TextField(blank=True)
    proposer = models.ForeignKey(
        Economy,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="initiatives_proposed",
        verbose_name="proposing economy",
    )
    co_implementers = models.ManyToManyField(
        Economy,
        blank=True,
        related_name="initiatives_co_implemented",
        verbose_name="co-implementing economies",
    )
    themes = models.ManyToManyField(Theme, blank=True, related_name="initiatives")
    start_year = models.PositiveSmallIntegerField(null=True, blank=True)
    end_year = models.PositiveSmallIntegerField(null=True, blank=True)
    status = models.CharField(max_length=10, choices=InitiativeStatus.choices, blank=True)
    search_vector = models.GeneratedField(
        expression=weighted_vector(("title", "A"), ("subtitle", "A"), ("introduction", "B")),
        output_field=SearchVectorField(),
        db_persist=True,
    )

    objects = InitiativeQuerySet.as_manager()

    class Meta:
        ordering = ["-start_year", "title"]
        indexes = [
            GinIndex(fields=["search_vector"], name="initiative_search_gin"),
            models.Index(fields=["publication_status", "start_year"], name="initiative_pub_year"),
            models.Index(fields=["status"], name="initiative_status"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(end_year__isnull=True)
                | Q(start_year__isnull=True)
                | Q(end_year__gte=models.F("start_year")),
                name="initiative_years_in_order",
                violation_error_message="An initiative cannot end before it starts.",
            ),
        ]
        permissions = [("publish_initiative", "Can publish and unpublish initiatives")]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("initiatives:detail", args=[self.slug])

    @property
    def full_title(self):
        return f"{self.title}: {self.subtitle}" if self.subtitle else self.title

    def names(self):
        """Every name a statement may use for this initiative, longest first."""
        return sorted({self.title, *self.aliases}, key=len, reverse=True)


class InitiativeObjective(models.Model):
    initiative = models.ForeignKey(Initiative, on_delete=models.CASCADE, related_name="objectives")
    position = models.PositiveSmallIntegerField()
    text = models.TextField()

    class Meta:
        ordering = ["initiative", "position"]
        constraints = [
            models.UniqueConstraint(
                fields=["initiative", "position"], name="objective_position_unique"
            ),
        ]

    def __str__(self):
        return f"{self.position}) {self.text[:60]}"


class ActivityKind(models.TextChoices):
    ACTIVITY = "activity", "Activity"
    OUTPUT = "output", "Output"


class InitiativeActivity(models.Model):
    """A planned activity (a forum series) or output (a report) of an initiative."""

    initiative = models.ForeignKey(Initiative, on_delete=models.CASCADE, related_name="activities")
    position = models.PositiveSmallIntegerField()
    kind = models.CharField(
        max_length=10, choices=ActivityKind.choices, default=ActivityKind.ACTIVITY
    )
    text = models.TextField()

    class Meta:
        ordering = ["initiative", "position"]
        verbose_name_plural = "activities and outputs"
        constraints = [
            models.UniqueConstraint(
                fields=["initiative", "position"], name="activity_position_unique"
            ),
        ]

    def __str__(self):
        return f"{self.position}) {self.text[:60]}"


class SearchWord(models.Model):
    """One word of the searchable texts: the vocabulary spelling suggestions come from.

    Database triggers (see the `search_words` migrations) add the words of every
    initiative, event and paragraph row that is inserted or updated, by whatever
    path (admin, importer, bulk loads), one statement at a time. Words are only
    ever added, never counted or removed, so writes stay cheap; a word an edit
    removed may linger, which is why a suggestion is checked against the live
    search index (and the reader's visibility) before it is offered.
    """

    word = models.CharField(max_length=40, primary_key=True)

    class Meta:
        indexes = [GinIndex(fields=["word"], opclasses=["gin_trgm_ops"], name="search_word_trgm")]

    def __str__(self):
        return self.word


# History: every save made inside a revision (admin, services, importer) keeps a
# version of the record with its inline rows, so a whole record can be restored.
HISTORY_EXCLUDE = ("search_vector",)
reversion.register(InitiativeObjective)
reversion.register(InitiativeActivity)
reversion.register(Initiative, follow=("objectives", "activities"), exclude=HISTORY_EXCLUDE)


class ContentVersion(models.Model):
    """One row whose token changes, in the same transaction, with every content write.

    Statement-level database triggers on every table of the content apps
    (attached by `initiatives.versioning.content_triggers_install` after each
    migrate) give the row a new random token whenever a statement writes to
    one of them, so the token a reader sees always belongs to the data that
    reader sees. Caches key what they keep by it (`initiatives.versioning`):
    a save or a publish makes every older entry unreachable the moment it
    commits.
    """

    token = models.UUIDField(default=uuid.uuid4)
    changed_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.CheckConstraint(condition=Q(id=1), name="content_version_single_row"),
        ]

    def __str__(self):
        return str(self.token)
