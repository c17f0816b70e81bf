"""Joint statements of the APEC SME Ministerial Meetings, section by section."""

import reversion
from django.contrib.postgres.indexes import GinIndex
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from core.models import PublicationStatus, PublicRecord, PublicRecordQuerySet, VisibleQuerySet
from core.search import SearchText, web_search_query
from events.models import Event
from initiatives.models import HISTORY_EXCLUDE, Initiative, Theme


class StatementQuerySet(PublicRecordQuerySet):
    def published(self):
        """Published statements whose meeting event is published too: the publication
        service keeps the two together (core.publication.rule_problem), and every public
        output (lists, pages, exports, feeds, search, sitemap, dataset) reads this one
        definition, so none can show a statement another leaves out."""
        return self.filter(
            publication_status=PublicationStatus.PUBLISHED,
            meeting__publication_status=PublicationStatus.PUBLISHED,
        )

    def for_list(self):
        return self.select_related("meeting__host").prefetch_related("themes")

    def search(self, text):
        """Statements whose meeting or any of whose paragraphs match the words: what /search/
        finds as the meeting's event or as the statement's paragraphs. The meeting's words
        count only once its event is published (a draft's summary must not be findable)."""
        query = web_search_query(text)
        return self.filter(
            Q(
                meeting__search_vector=query,
                meeting__publication_status=PublicationStatus.PUBLISHED,
            )
            | Q(pk__in=Paragraph.objects.filter(search_vector=query).values("statement_id"))
        )


class Statement(PublicRecord):
    detail_url_name = "statements:detail"

    title = models.CharField(_("title"), max_length=300)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    meeting = models.OneToOneField(
        Event,
        on_delete=models.PROTECT,
        related_name="statement",
        help_text=_(
            "The ministerial meeting that issued the statement; it holds date, city and host."
        ),
        verbose_name=_("meeting"),
    )
    meeting_number = models.PositiveSmallIntegerField(
        _("meeting number"),
        null=True,
        blank=True,
        help_text=_("E.g. 24 for the 24th SME Ministerial Meeting."),
    )
    meeting_theme = models.CharField(_("meeting theme"), max_length=300, blank=True)
    chair = models.CharField(_("chair"), max_length=300, blank=True)
    incomplete = models.BooleanField(
        _("incomplete text"),
        default=False,
        db_default=False,
        help_text=_(
            "The text held is only part of the statement (a partial copy); the public "
            "page says so until a full copy is imported."
        ),
    )
    themes = models.ManyToManyField(
        Theme, blank=True, related_name="statements", verbose_name=_("themes")
    )

    objects = StatementQuerySet.as_manager()

    class Meta:
        verbose_name = _("statement")
        verbose_name_plural = _("statements")
        ordering = ["-meeting__start_date"]
        permissions = [("publish_statement", "Can publish and unpublish statements")]

    @property
    def date(self):
        return self.meeting.start_date

    def publication_needs(self):
        """The statement shows its meeting's date, city and host: it is published only
        while the meeting is (core.publication.rule_problem)."""
        return [self.meeting] if self.meeting_id else []

    @property
    def meeting_ordinal(self):
        """ "24th" for meeting number 24; empty when the number is unknown."""
        n = self.meeting_number
        if not n:
            return ""
        suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return f"{n}{suffix}"

    @property
    def year(self):
        return self.meeting.start_date.year

    def reading_order(self):
        """The statement as it is read: [(section, [paragraphs]), ...].

        Paragraphs that come before the first heading form a first group whose section
        is None; then each section in position order with its paragraphs by number.
        Reads the prefetched `sections` and `paragraphs`; the page, the plain text and
        every other whole-statement view share this one order.
        """
        groups = {section.pk: (section, []) for section in self.sections.all()}
        opening = (None, [])
        for paragraph in sorted(self.paragraphs.all(), key=lambda p: p.number):
            groups.get(paragraph.section_id, opening)[1].append(paragraph)
        return ([opening] if opening[1] else []) + list(groups.values())


class Section(models.Model):
    """A heading in a statement; some sources number their headings like paragraphs."""

    statement = models.ForeignKey(
        Statement, on_delete=models.CASCADE, related_name="sections", verbose_name=_("statement")
    )
    position = models.PositiveSmallIntegerField(_("position"))
    heading = models.CharField(_("heading"), max_length=300)
    number = models.PositiveIntegerField(
        _("number"),
        null=True,
        blank=True,
        help_text=_("The heading's number when the source numbers headings like paragraphs."),
    )
    label = models.CharField(
        _("label"),
        max_length=10,
        blank=True,
        default="",
        db_default="",
        help_text=_("The heading's label as written: '4', 'II', 'B'."),
    )

    class Meta:
        verbose_name = _("section")
        verbose_name_plural = _("sections")
        ordering = ["statement", "position"]
        constraints = [
            models.UniqueConstraint(
                fields=["statement", "position"], name="section_position_unique"
            ),
            models.UniqueConstraint(
                fields=["statement", "number"],
                condition=Q(number__isnull=False),
                name="section_number_unique",
            ),
        ]

    def __str__(self):
        return self.heading

    @property
    def display_label(self):
        """The heading's label as written, else its number (headings entered in the admin)."""
        return self.label or ("" if self.number is None else str(self.number))


class ParagraphQuerySet(VisibleQuerySet):
    """Paragraphs are visible with their statement."""

    def published(self):
        return self.filter(
            statement__publication_status=PublicationStatus.PUBLISHED,
            statement__meeting__publication_status=PublicationStatus.PUBLISHED,
        )


class Paragraph(models.Model):
    statement = models.ForeignKey(
        Statement, on_delete=models.CASCADE, related_name="paragraphs", verbose_name=_("statement")
    )
    section = models.ForeignKey(
        Section,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="paragraphs",
        verbose_name=_("section"),
    )
    number = models.PositiveIntegerField(
        _("number"),
        help_text=_(
            "The paragraph's place in the statement: the source's number when the source "
            "numbers its paragraphs once through, otherwise the count in reading order."
        ),
    )
    label = models.CharField(
        _("label"),
        max_length=20,
        blank=True,
        default="",
        db_default="",
        help_text=_("The paragraph's number as the source writes it (empty when it has none)."),
    )
    anchor_override = models.CharField(
        _("anchor override"),
        max_length=20,
        blank=True,
        default="",
        db_default="",
        help_text=_(
            "Empty for the ordinary link #p<number>; set where the source restarts its "
            "numbering (p2.3: paragraph 3 of the second run) or leaves paragraphs unnumbered."
        ),
    )
    numbered_by_portal = models.BooleanField(
        _("numbered by portal"),
        default=False,
        db_default=False,
        help_text=_("The source gives no number; the portal numbered it in order."),
    )
    text = models.TextField(_("text"))
    initiatives = models.ManyToManyField(
        Initiative,
        blank=True,
        related_name="paragraphs",
        help_text=_("Initiatives the paragraph names."),
        verbose_name=_("initiatives"),
    )
    # What search reads (and the spelling vocabulary collects): core.search.SEARCHABLE.
    search_text = SearchText(("text", "B"))
    search_vector = search_text.generated_field()

    objects = ParagraphQuerySet.as_manager()

    class Meta:
        verbose_name = _("paragraph")
        verbose_name_plural = _("paragraphs")
        ordering = ["statement", "number"]
        indexes = [GinIndex(fields=["search_vector"], name="paragraph_search_gin")]
        constraints = [
            models.UniqueConstraint(fields=["statement", "number"], name="paragraph_number_unique"),
            models.UniqueConstraint(
                fields=["statement", "anchor_override"],
                condition=~Q(anchor_override=""),
                name="paragraph_anchor_unique",
            ),
        ]

    def __str__(self):
        return f"¶{self.number}"

    def get_absolute_url(self):
        return f"{self.statement.get_absolute_url()}#{self.anchor}"

    @property
    def anchor(self):
        """The paragraph's link on its page: #p<number>, unless the source's numbering
        restarts (p2.3) or is missing before the numbered paragraphs (p0.1)."""
        return self.anchor_override or f"p{self.number}"

    @property
    def cited_label(self):
        """How a citation names the paragraph: the source's label, else the portal's number."""
        return self.label or str(self.number)


reversion.register(Section)
reversion.register(Paragraph, exclude=HISTORY_EXCLUDE)
reversion.register(Statement, follow=("sections", "paragraphs"), exclude=HISTORY_EXCLUDE)
