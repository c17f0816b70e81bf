"""Economies, themes and initiatives: the base of the portal's domain."""

import uuid
from urllib.parse import quote

import reversion
from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Case, F, Q, Value, When
from django.db.models.functions import Coalesce
from django.db.models.lookups import GreaterThan, GreaterThanOrEqual, IsNull
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.models import PublicationStatus, PublicRecord, PublicRecordQuerySet
from core.search import STORED_SEARCH_COLUMNS, SearchText
from core.translation import add_translations


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
        _("ISO 3166-1 alpha-3 code"),
        max_length=3,
        primary_key=True,
        help_text=_("Upper case, e.g. PHL."),
    )
    name = models.CharField(_("name"), max_length=100, unique=True)
    joined = models.PositiveSmallIntegerField(_("year joined APEC"))
    aliases = ArrayField(
        models.CharField(max_length=100),
        verbose_name=_("aliases"),
        default=list,
        blank=True,
        help_text=_("Other names the source texts use, e.g. 'the Philippines'."),
    )

    objects = EconomyQuerySet.as_manager()

    class Meta:
        verbose_name = _("economy")
        ordering = ["name"]
        verbose_name_plural = _("economies")
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


# The economy's official name in each of the portal's other languages (core/translation.py).
add_translations(Economy, "name")


class Theme(models.Model):
    """A term of the controlled vocabulary that classifies initiatives, events and statements."""

    name = models.CharField(_("name"), max_length=100, unique=True)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    description = models.TextField(_("description"), blank=True)

    class Meta:
        verbose_name = _("theme")
        verbose_name_plural = _("themes")
        ordering = ["name"]

    def __str__(self):
        return self.name


add_translations(Theme, "name")


class InitiativeStatus(models.TextChoices):
    PLANNED = "planned", _("Planned")
    ONGOING = "ongoing", _("Ongoing")
    COMPLETED = "completed", _("Completed")


def active_in_year(year, today=None):
    """The condition "the initiative was or is active in `year`".

    Active from `start_year` to `end_year`. An initiative with only a start
    year is active in that year alone: the sources that give one year (an
    endorsement, a launch) say nothing about the years after it. `today` is
    accepted for symmetry with `effective_status_expression` and not needed.
    """
    return Q(start_year=year) | (Q(start_year__lt=year) & Q(end_year__gte=year))


def derived_status(start_year, end_year, today=None):
    """The status the years give on `today`: planned before the first year, ongoing
    up to the last (the start year when no end is recorded), completed after it;
    "" when no year is recorded."""
    first = start_year if start_year is not None else end_year
    if first is None:
        return ""
    last = end_year if end_year is not None else start_year
    this_year = (today or timezone.localdate()).year
    if this_year < first:
        return InitiativeStatus.PLANNED
    if this_year <= last:
        return InitiativeStatus.ONGOING
    return InitiativeStatus.COMPLETED


def effective_status_expression(today=None):
    """`derived_status` in SQL, with a status staff set taking precedence."""
    this_year = (today or timezone.localdate()).year
    first = Coalesce(F("start_year"), F("end_year"))
    last = Coalesce(F("end_year"), F("start_year"))
    return Case(
        When(~Q(status=""), then=F("status")),
        When(IsNull(first, True), then=Value("")),
        When(GreaterThan(first, this_year), then=Value(InitiativeStatus.PLANNED)),
        When(GreaterThanOrEqual(last, this_year), then=Value(InitiativeStatus.ONGOING)),
        default=Value(InitiativeStatus.COMPLETED),
        output_field=models.CharField(),
    )


# APEC's project database, searched by project number (e.g. "SME 01 2019A"). The one
# place the pattern lives; settings.APEC_PROJECT_URL overrides it ("" turns links off).
APEC_PROJECT_URL = "https://aimp2.apec.org/sites/PDB/_layouts/15/osssearchresults.aspx?k={number}"
APEC_PROJECT_NUMBER = RegexValidator(
    r"^[A-Z]{2,6} \d{2} \d{4}[A-Z]?$",
    "An APEC project number looks like “SME 01 2019A”: forum code, serial, year, "
    "and an optional session letter, separated by spaces.",
)


def apec_project_url(number):
    """The APEC project database address for `number`, or "" when it cannot be built."""
    pattern = getattr(settings, "APEC_PROJECT_URL", APEC_PROJECT_URL)
    if not number or not pattern:
        return ""
    return pattern.format(number=quote(number))


class InitiativeQuerySet(PublicRecordQuerySet):
    def for_list(self):
        return self.select_related("proposer").prefetch_related("co_implementers", "themes")

    def active_in(self, year):
        return self.filter(active_in_year(year))

    def with_status(self, status, today=None):
        """Initiatives whose effective status (staff's or the years') is `status`."""
        return self.alias(effective=effective_status_expression(today)).filter(effective=status)

    def for_economies(self, codes):
        """Initiatives any of the economies proposed or co-implement (each once)."""
        co_implemented = Initiative.co_implementers.through.objects.filter(
            economy__in=codes
        ).values("initiative_id")
        return self.filter(Q(proposer__in=codes) | Q(pk__in=co_implemented))


class Initiative(PublicRecord):
    """An APEC SME initiative: proposed by one economy, co-implemented by others."""

    detail_url_name = "initiatives:detail"

    title = models.CharField(_("title"), max_length=300)
    subtitle = models.CharField(_("subtitle"), max_length=300, blank=True)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    aliases = ArrayField(
        models.CharField(max_length=300),
        verbose_name=_("aliases"),
        default=list,
        blank=True,
        help_text=_("Other names statements use for it; a paragraph naming one is linked to it."),
    )
    introduction = models.TextField(_("introduction"), blank=True)
    proposer = models.ForeignKey(
        Economy,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="initiatives_proposed",
        verbose_name=_("proposing economy"),
    )
    co_implementers = models.ManyToManyField(
        Economy,
        blank=True,
        related_name="initiatives_co_implemented",
        verbose_name=_("co-implementing economies"),
    )
    themes = models.ManyToManyField(
        Theme, blank=True, related_name="initiatives", verbose_name=_("themes")
    )
    start_year = models.PositiveSmallIntegerField(_("start year"), null=True, blank=True)
    end_year = models.PositiveSmallIntegerField(_("end year"), null=True, blank=True)
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=InitiativeStatus,
        blank=True,
        help_text=_(
            "Leave empty to let the years decide (planned before the start year, ongoing "
            "until the end year, completed after). Set it only to overrule them."
        ),
    )
    website = models.URLField(_("website"), max_length=500, blank=True)
    lead_agency = models.CharField(
        _("lead agency"),
        max_length=300,
        blank=True,
        help_text=_("The agency that runs it, as the sources name it."),
    )
    contact_organisation = models.CharField(_("contact organisation"), max_length=300, blank=True)
    contact_email = models.EmailField(_("contact email"), blank=True)
    apec_project_number = models.CharField(
        _("APEC project number"),
        max_length=20,
        blank=True,
        validators=[APEC_PROJECT_NUMBER],
        help_text=_("E.g. SME 01 2019A; the page links it to APEC's project database."),
    )
    # What search reads (and the spelling vocabulary collects): core.search.SEARCHABLE.
    search_text = SearchText(
        ("title", "A"),
        ("subtitle", "A"),
        ("introduction", "B"),
        translated=(("title", "A"), ("subtitle", "A"), ("introduction", "B")),
    )
    search_vector = search_text.generated_field()

    objects = InitiativeQuerySet.as_manager()

    class Meta:
        verbose_name = _("initiative")
        verbose_name_plural = _("initiatives")
        ordering = ["-start_year", "title"]
        indexes = [
            GinIndex(fields=["search_vector"], name="initiative_search_gin"),
            # The translations' search columns (core/search.py, added below the class).
            GinIndex(fields=["search_translated"], name="initiative_translated_gin"),
            GinIndex(
                fields=["search_trigram"],
                opclasses=["gin_trgm_ops"],
                name="initiative_trigram_gin",
            ),
            # Two-character terms of those texts (core.search.Bigrams).
            GinIndex(fields=["search_bigrams"], name="initiative_bigram_gin"),
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
            # Sorted by title: the first page off the index, a deep page its range.
            models.Index(
                F("title"),
                F("id"),
                condition=Q(publication_status=PublicationStatus.PUBLISHED),
                name="initiative_published_title",
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

    def card_co_implementers(self):
        """The co-implementers' names for a card: the list query's array, else the relation's."""
        names = getattr(self, "co_implementer_names", None)
        if names is None:
            names = [economy.tr.name for economy in self.co_implementers.all()]
        return names

    def card_themes(self):
        """The themes' names for a card: the list query's array, else the relation's."""
        names = getattr(self, "theme_names", None)
        return names if names is not None else [theme.tr.name for theme in self.themes.all()]

    def translation_missing(self):
        """Whether the page shows some English for want of a translation in the active
        language: a field of its own or an objective's text (core/translation.py)."""
        return self.tr.missing or any(objective.tr.missing for objective in self.objectives.all())

    @property
    def full_title(self):
        return f"{self.title}: {self.subtitle}" if self.subtitle else self.title

    def names(self):
        """Every name a statement may use for this initiative, longest first."""
        return sorted({self.title, *self.aliases}, key=len, reverse=True)

    @property
    def status_set_by_staff(self):
        return bool(self.status)

    @property
    def effective_status(self):
        """Staff's status when set, otherwise what the years give today ("" when unknown)."""
        return self.status or derived_status(self.start_year, self.end_year)

    def get_effective_status_display(self):
        return InitiativeStatus(self.effective_status).label if self.effective_status else ""

    @property
    def status_source(self):
        """ "staff" (set explicitly), "years" (derived) or "" (no status)."""
        if self.status:
            return "staff"
        return "years" if self.effective_status else ""

    @property
    def apec_project_url(self):
        return apec_project_url(self.apec_project_number)

    @property
    def has_take_part(self):
        return bool(
            self.website
            or self.lead_agency
            or self.contact_organisation
            or self.contact_email
            or self.apec_project_number
        )


class InitiativeObjective(models.Model):
    initiative = models.ForeignKey(
        Initiative,
        on_delete=models.CASCADE,
        related_name="objectives",
        verbose_name=_("initiative"),
    )
    position = models.PositiveSmallIntegerField(_("position"))
    text = models.TextField(_("text"))

    class Meta:
        verbose_name = _("initiative objective")
        verbose_name_plural = _("initiative objectives")
        ordering = ["initiative", "position"]
        constraints = [
            models.UniqueConstraint(
                fields=["initiative", "position"], name="objective_position_unique"
            ),
        ]

    def __str__(self):
        return f"{self.position}) {self.text[:60]}"


# Translations beside the English (core/translation.py): title_es, introduction_zh_hans, ...
add_translations(Initiative, "title", "subtitle", "introduction")
# Search in every language (core/search.py): the stored columns over those translations.
Initiative.search_text.add_translated_columns(Initiative)
add_translations(InitiativeObjective, "text")


class ActivityKind(models.TextChoices):
    ACTIVITY = "activity", _("Activity")
    OUTPUT = "output", _("Output")


class InitiativeActivity(models.Model):
    """A planned activity (a forum series) or output (a report) of an initiative."""

    initiative = models.ForeignKey(
        Initiative,
        on_delete=models.CASCADE,
        related_name="activities",
        verbose_name=_("initiative"),
    )
    position = models.PositiveSmallIntegerField(_("position"))
    kind = models.CharField(
        _("kind"), max_length=10, choices=ActivityKind, default=ActivityKind.ACTIVITY
    )
    text = models.TextField(_("text"))

    class Meta:
        verbose_name = _("initiative activity")
        ordering = ["initiative", "position"]
        verbose_name_plural = _("activities and outputs")
        constraints = [
            models.UniqueConstraint(
                fields=["initiative", "position"], name="activity_position_unique"
            ),
        ]

    def __str__(self):
        return f"{self.position}) {self.text[:60]}"


class InitiativeOutput(models.Model):
    """Something an initiative produced: a report, a publication, a toolkit."""

    initiative = models.ForeignKey(
        Initiative, on_delete=models.CASCADE, related_name="outputs", verbose_name=_("initiative")
    )
    position = models.PositiveSmallIntegerField(_("position"), default=1)
    title = models.CharField(_("title"), max_length=300)
    year = models.PositiveSmallIntegerField(_("year"), null=True, blank=True)
    url = models.URLField(_("link"), max_length=500, blank=True)

    class Meta:
        verbose_name = _("initiative output")
        verbose_name_plural = _("initiative outputs")
        ordering = ["initiative", "position"]
        constraints = [
            models.UniqueConstraint(
                fields=["initiative", "position"], name="output_position_unique"
            ),
        ]

    def __str__(self):
        return self.title


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
HISTORY_EXCLUDE = STORED_SEARCH_COLUMNS
# Reference data keeps its history too; only Publishers change it (docs/editors.md).
reversion.register(Theme)
reversion.register(Economy)
reversion.register(InitiativeObjective)
reversion.register(InitiativeActivity)
reversion.register(InitiativeOutput)
reversion.register(
    Initiative, follow=("objectives", "activities", "outputs"), exclude=HISTORY_EXCLUDE
)


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
