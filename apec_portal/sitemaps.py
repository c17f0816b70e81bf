"""sitemap.xml: every published record and the list pages."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from events.models import Event
from initiatives.models import Economy, Initiative
from statements.models import Statement


class ListPagesSitemap(Sitemap):
    changefreq = "weekly"

    def items(self):
        return [
            "home",
            "initiatives:list",
            "events:list",
            "statements:list",
            "economies:list",
            "data",
        ]

    def location(self, item):
        return reverse(item)


class PublishedSitemap(Sitemap):
    model = None

    def items(self):
        return self.model.objects.published().order_by("pk")

    def lastmod(self, item):
        return item.updated_at


class InitiativeSitemap(PublishedSitemap):
    model = Initiative


class EventSitemap(PublishedSitemap):
    model = Event


class StatementSitemap(PublishedSitemap):
    model = Statement


class EconomySitemap(Sitemap):
    def items(self):
        return Economy.objects.order_by("code")


SITEMAPS = {
    "pages": ListPagesSitemap,
    "initiatives": InitiativeSitemap,
    "events": EventSitemap,
    "statements": StatementSitemap,
    "economies": EconomySitemap,
}
