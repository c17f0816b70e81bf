"""The pages a public portal owes its readers: about, accessibility, privacy, contact."""

from collections import Counter
from urllib.parse import urlsplit

from django.conf import settings
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_safe

from events.models import Event
from initiatives.models import Initiative
from statements.models import Statement

PAGES = {
    "about": _("About the portal"),
    "accessibility": _("Accessibility statement"),
    "privacy": _("Privacy and cookies"),
    "contact": _("Contact"),
}


def source_sites():
    """The websites published records cite as their source, most cited first: (site, count)."""
    sites = Counter()
    for model in (Initiative, Event, Statement):
        for url in (
            model.objects.published().exclude(source_url="").values_list("source_url", flat=True)
        ):
            sites[urlsplit(url).hostname or url] += 1
    return sorted(sites.items(), key=lambda item: (-item[1], item[0]))


def site_page(name):
    @require_safe
    def view(request):
        context = {"page_title": PAGES[name], "contact_email": settings.CONTACT_EMAIL}
        if name == "about":
            context["source_sites"] = source_sites()
        return render(request, f"pages/{name}.html", context)

    view.__name__ = f"{name}_page"
    return view


about = site_page("about")
accessibility = site_page("accessibility")
privacy = site_page("privacy")
contact = site_page("contact")
