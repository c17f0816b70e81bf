"""Forum events: forums, conferences, workshops, summits and ministerial meetings."""

import reversion
from django.contrib.postgres.indexes import GinIndex
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.models import PublicationStatus, PublicRecord, PublicRecordQuerySet
from core.search import SearchText
from core.translation import add_translations
from events.dates import DatePrecision, event_dates, last_day_problem
from initiatives.models import HISTORY_EXCLUDE, Economy, Initiative, Theme


class EventKind(models.TextChoices):
    FORUM = "forum", _("Forum")
    CONFERENCE = "conference", _("Conference")
    WORKSHOP = "workshop", _("Workshop")
    SEMINAR = "seminar", _("Seminar")
    SUMMIT = "summit", _("Summit")
    DIALOGUE = "dialogue", _("Dialogue")
    TRAINING = "training", _("Training")
    MINISTERIAL_MEETING = "ministerial_meeting", _("Ministerial meeting")
    OTHER = "other", _("Other")


class EventFormat(models.TextChoices):
    IN_PERSON = "in_person", _("In person")
    VIRTUAL = "virtual", _("Virtual")
    HYBRID = "hybrid", _("Hybrid")


class EventQuerySet(PublicRecordQuerySet):
    def for_list(self):
        return self.select_related("host", "initiative").prefetch_related("co_hosts", "themes")

    def for_economies(self, codes):
        """Events that any of the economies hosted or co-hosted (each event once)."""
        co_hosted = Event.co_hosts.through.objects.filter(economy__in=codes).values("event_id")
        return self.filter(Q(host__in=codes) | Q(pk__in=co_hosted))


class Event(PublicRecord):
    detail_url_name = "events:detail"

    title = models.CharField(_("title"), max_length=300)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    kind = models.CharField(_("kind"), max_length=20, choices=EventKind, default=EventKind.FORUM)
    start_date = models.DateField(_("start date"))
    end_date = models.DateField(
        _("end date"), null=True, blank=True, help_text=_("Empty for a one-day event.")
    )
    date_precision = models.CharField(
        _("date precision"),
        max_length=5,
        choices=DatePrecision.choices,
        default=DatePrecision.DAY,
        help_text=_("Use 'Month only' or 'Year only' when the sources do not give the day."),
    )
    city = models.CharField(_("city"), max_length=100, blank=True)
    venue = models.CharField(_("venue"), max_length=200, blank=True)
    format = models.CharField(
        _("format"),
        max_length=10,
        choices=EventFormat,
        blank=True,
        help_text=_("In person, virtual or hybrid; empty when the sources do not say."),
    )
    website = models.URLField(
        _("website or registration link"),
        max_length=500,
        blank=True,
        help_text=_("Where to register or read more about the event."),
    )
    host = models.ForeignKey(
        Economy,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="events_hosted",
        verbose_name=_("host economy"),
    )
    co_hosts = models.ManyToManyField(
        Economy, blank=True, related_name="events_co_hosted", verbose_name=_("co-host economies")
    )
    initiative = models.ForeignKey(
        Initiative,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="events",
        verbose_name=_("initiative"),
    )
    themes = models.ManyToManyField(
        Theme, blank=True, related_name="events", verbose_name=_("themes")
    )
    summary = models.TextField(_("summary"), blank=True)
    # What search reads (and the spelling vocabulary collects): core.search.SEARCHABLE.
    search_text = SearchText(
        ("title", "A"),
        ("summary", "B"),
        ("city", "C"),
        ("venue", "C"),
        translated=(("title", "A"), ("summary", "B")),
    )
    search_vector = search_text.generated_field()

    objects = EventQuerySet.as_manager()

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")
        ordering = ["-start_date", "title"]
        indexes = [
            GinIndex(fields=["search_vector"], name="event_search_gin"),
            # The translations' search columns (core/search.py, added below the class).
            GinIndex(fields=["search_translated"], name="event_translated_gin"),
            GinIndex(
                fields=["search_trigram"], opclasses=["gin_trgm_ops"], name="event_trigram_gin"
            ),
            # Two-character terms of those texts (core.search.Bigrams).
            GinIndex(fields=["search_bigrams"], name="event_bigram_gin"),
            models.Index(fields=["publication_status", "start_date"], name="event_pub_start"),
            models.Index(fields=["start_date"], name="event_start"),
            models.Index(fields=["kind"], name="event_kind"),
            # The public list's two main orders, over published events only, ending
            # with the key as the orderings do: the first page of either order is read
            # straight off the index, and a deep page reads its range of it
            # (core/keyset.py).
            models.Index(
                fields=["-start_date", "title", "id"],
                condition=Q(publication_status=PublicationStatus.PUBLISHED),
                name="event_published_newest",
            ),
            models.Index(
                fields=["title", "start_date", "id"],
                condition=Q(publication_status=PublicationStatus.PUBLISHED),
                name="event_published_title",
            ),
            # The co-hosting network (apec_portal/cohosting.py) reads each published
            # event's key, year and host from this index alone (an index-only scan),
            # never the wide rows.
            models.Index(
                fields=["start_date", "id"],
                include=["host"],
                condition=Q(publication_status=PublicationStatus.PUBLISHED),
                name="event_published_hosts",
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(end_date__isnull=True) | Q(end_date__gte=F("start_date")),
                name="event_ends_after_start",
                violation_error_message="An event cannot end before it starts.",
            ),
        ]
        permissions = [("publish_event", "Can publish and unpublish events")]

    def clean(self):
        super().clean()
        problem = last_day_problem(self.date_precision, self.end_date)
        if problem:
            raise ValidationError({"end_date": problem})

    @property
    def city_and_host(self):
        """Where it was held, in short: "Lima, Peru", "Peru", "Lima" or ""."""
        host = self.host.name if self.host_id else ""
        return ", ".join(part for part in (self.city, host) if part)

    def card_co_hosts(self):
        """The co-hosts' names for a card: the list query's array, else the relation's."""
        names = getattr(self, "co_host_names", None)
        return names if names is not None else [economy.tr.name for economy in self.co_hosts.all()]

    def shown_by(self):
        """The statement whose public pages show this meeting's date, city and host
        (core.publication.is_public and rule_problem)."""
        try:
            return [self.statement]
        except models.ObjectDoesNotExist:
            return []

    @property
    def year(self):
        return self.start_date.year

    @property
    def virtual(self):
        """Held online: the `format` says so (one field, so the two can never disagree)."""
        return self.format == EventFormat.VIRTUAL

    @property
    def dates(self):
        """The dates read once for every display and export (events/dates.py)."""
        return event_dates(self.start_date, self.end_date, self.date_precision)

    @property
    def dates_display(self):
        """The dates as precisely as the sources give them: "2018", "August 2019",
        "4–6 June 2013", "30 June – 2 July 2019" or "5 September 2014"."""
        return self.dates.text

    @property
    def is_past(self):
        """Over by today: its last day (or only day) is before today."""
        return (self.end_date or self.start_date) < timezone.localdate()

    @property
    def is_virtual(self):
        return self.format == EventFormat.VIRTUAL

    @property
    def is_ministerial_meeting(self):
        return self.kind == EventKind.MINISTERIAL_MEETING


# Translations beside the English (core/translation.py): title_es, summary_zh_hans, ...
add_translations(Event, "title", "summary")
# Search in every language (core/search.py): the stored columns over those translations.
Event.search_text.add_translated_columns(Event)


class EventOfficial(models.Model):
    """A person who opened or addressed the event, as the source names them."""

    event = models.ForeignKey(
        Event, on_delete=models.CASCADE, related_name="officials", verbose_name=_("event")
    )
    position = models.PositiveSmallIntegerField(_("position"), default=1)
    name = models.CharField(_("name"), max_length=200)
    role = models.CharField(
        _("role"), max_length=300, blank=True, help_text=_("Title and organisation.")
    )

    class Meta:
        verbose_name = _("event official")
        verbose_name_plural = _("event officials")
        ordering = ["event", "position"]
        constraints = [
            models.UniqueConstraint(fields=["event", "position"], name="official_position_unique"),
        ]

    def __str__(self):
        return self.name


reversion.register(EventOfficial)
reversion.register(Event, follow=("officials",), exclude=HISTORY_EXCLUDE)
