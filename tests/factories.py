"""factory_boy factories for the portal's models; economies and themes come from migrations."""

import datetime

import factory

from core.models import PublicationStatus
from events.models import Event
from initiatives.models import Economy, Initiative, Theme
from statements.models import Paragraph, Section, Statement


def economy(code):
    return Economy.objects.get(code=code)


def theme(slug):
    return Theme.objects.get(slug=slug)


class InitiativeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Initiative
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"APEC Test Initiative {n}")
    slug = factory.Sequence(lambda n: f"apec-test-initiative-{n}")
    introduction = "An initiative made for a test."
    proposer = factory.LazyFunction(lambda: economy("TWN"))
    start_year = 2019
    publication_status = PublicationStatus.PUBLISHED

    @factory.post_generation
    def co_implementers(self, create, extracted, **kwargs):
        if create and extracted:
            self.co_implementers.set(extracted)

    @factory.post_generation
    def themes(self, create, extracted, **kwargs):
        if create and extracted:
            self.themes.set(extracted)


class EventFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Event
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"APEC Test Forum {n}")
    slug = factory.Sequence(lambda n: f"apec-test-forum-{n}")
    kind = "forum"
    start_date = datetime.date(2019, 6, 1)
    city = "Taipei"
    host = factory.LazyFunction(lambda: economy("TWN"))
    publication_status = PublicationStatus.PUBLISHED

    @factory.post_generation
    def co_hosts(self, create, extracted, **kwargs):
        if create and extracted:
            self.co_hosts.set(extracted)

    @factory.post_generation
    def themes(self, create, extracted, **kwargs):
        if create and extracted:
            self.themes.set(extracted)


class StatementFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Statement
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"{2000 + n} APEC SME Ministerial Meeting")
    slug = factory.Sequence(lambda n: f"{2000 + n}-apec-sme-ministerial-meeting")
    meeting = factory.SubFactory(
        EventFactory, kind="ministerial_meeting", title=factory.SelfAttribute("..title")
    )
    meeting_number = 20
    publication_status = PublicationStatus.PUBLISHED


class SectionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Section

    statement = factory.SubFactory(StatementFactory)
    position = factory.Sequence(lambda n: n + 1)
    heading = "A section heading"


class ParagraphFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Paragraph
        skip_postgeneration_save = True

    statement = factory.SubFactory(StatementFactory)
    number = factory.Sequence(lambda n: n + 1)
    text = "We welcome the work of member economies on SME innovation."

    @factory.post_generation
    def initiatives(self, create, extracted, **kwargs):
        if create and extracted:
            self.initiatives.set(extracted)
