"""Economies, themes and initiatives: the base of the portal's domain."""

import datetime
import uuid

import reversion
from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex
from django.db import models
from django.db.models import F, Q
from django.urls import reverse

from core.models import PublicationStatus, PublicRecord, PublicRecordQuerySet
from core.search import SearchText


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
    # What search reads (and the spelling vocabulary collects): core.search.SEARCHABLE.
    search_text = SearchText(("title", "A"), ("subtitle", "A"), ("introduction", "B"))
    search_vector = search_text.generated_field()

    objects = InitiativeQuerySet.as_manager()

    class Meta:
        ordering = ["-start_year", "title"]
        indexes = [
            GinIndex(fields=["search_vector"], name="initiative_search_gin"),
            models.Index(fields=["publication_status", "start_year"], name="initiative_pub_year"),
            models.Index(fields=["status"], name="initiative_status"),
            # The public list's default order (newest first, undated last, then title
            # and key) over published initiatives: the first page is read straight off
            # the index instead of sorting every row, and a deep page skips its offset
            # in an index-only scan (core/pagination.py).
            models.Index(
                F("start_year").desc(nulls_last=True),
                F("title"),
                F("id"),
                condition=Q(publication_status=PublicationStatus.PUBLISHED),
                name="initiative_published_newest",
            ),
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

    def card_co_implementers(self):
        """The co-implementers' names for a card: the list query's array, else the relation's."""
        names = getattr(self, "co_implementer_names", None)
        if names is None:
            names = [economy.name for economy in self.co_implementers.all()]
        return names

    def card_themes(self):
        """The themes' names for a card: the list query's array, else the relation's."""
        names = getattr(self, "theme_names", None)
        return names if names is not None else [theme.name for theme in self.themes.all()]

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

    #: The search page offers suggestions from it, so a write here changes the content token.
    shown_on_public_pages = True

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


class ContentToken(models.Model):
    """The content token: one row whose token changes, in the same transaction, with every
    content write.

    A statement-level trigger on every content table (installed by the
    `InstallContentTriggers` migration operations; `core.content_cache.content_tables`
    says which tables, and the `core.E001` check insists) gives the row a new
    random token whenever a statement writes to one of them, so the token a
    reader sees always belongs to the data that reader sees. Caches key what
    they keep by it (`core.content_cache`): a save or a publish makes every
    older entry unreachable the moment it commits. (Not to be confused with a
    record's edit number, `PublicRecord.version`, or its history, django-reversion.)
    """

    token = models.UUIDField(default=uuid.uuid4)
    changed_at = models.DateTimeField(auto_now=True)

    class Meta:
        db_table = "initiatives_contentversion"  # its name before it was called a token
        constraints = [
            models.CheckConstraint(condition=Q(id=1), name="content_version_single_row"),
        ]

    def __str__(self):
        return str(self.token)
