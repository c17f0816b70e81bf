"""The shared shape of the portal's Atom feeds of newly published records."""

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed

from core.exports import open_data


class NewlyPublishedFeed(Feed):
    """An Atom feed of a public model's most recently published records.

    Subclasses name the `model`, the `list_url_name` the feed links to, a `title`
    and `subtitle`, and describe each item with `item_description`.
    """

    feed_type = Atom1Feed
    model = None
    list_url_name = None
    size = 20

    def __call__(self, request, *args, **kwargs):
        # A feed is open data: readable by web apps on any site.
        return open_data(super().__call__(request, *args, **kwargs))

    def link(self):
        return reverse(self.list_url_name)

    def items(self):
        return self.model.objects.newest_published().for_list()[: self.size]

    def item_title(self, item):
        return item.title

    def item_pubdate(self, item):
        return item.published_at or item.created_at

    def item_updateddate(self, item):
        return item.updated_at
