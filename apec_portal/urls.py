from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path

import events.urls
import initiatives.urls
from apec_portal import (
    api,
    api_reference,
    cohosting,
    detail_pages,
    economies,
    i18n,
    opendata,
    release_pages,
    site_pages,
    views,
)
from apec_portal.document_import import document_import_view
from apec_portal.sitemaps import sitemap_index, sitemap_section
from core.desk import notification_settings_view

# The domain apps' own routes, plus the pages that combine apps (they live up here).
initiative_patterns = [
    *initiatives.urls.urlpatterns,
    path("<slug:slug>/", detail_pages.InitiativeDetailView.as_view(), name="detail"),
]
event_patterns = [
    *events.urls.urlpatterns,
    path("<slug:slug>/", detail_pages.EventDetailView.as_view(), name="detail"),
]
economy_patterns = [
    path("", economies.EconomyListView.as_view(), name="list"),
    path("co-hosting/", cohosting.CoHostingView.as_view(), name="co-hosting"),
    path("co-hosting.csv", cohosting.CoHostingView.as_view(fmt="csv"), name="co-hosting-csv"),
    path("co-hosting.json", cohosting.CoHostingView.as_view(fmt="json"), name="co-hosting-json"),
    path("<str:code>/", economies.EconomyDetailView.as_view(), name="detail"),
]

# Pages for readers, in every language: English unprefixed, the others under /<code>/.
page_patterns = [
    path("", views.home, name="home"),
    path("search/", views.search, name="search"),
    path("initiatives/", include((initiative_patterns, "initiatives"))),
    path("economies/", include((economy_patterns, "economies"))),
    path("events/", include((event_patterns, "events"))),
    path("statements/", include("statements.urls")),
    path("data/", opendata.data_page, name="data"),
    path("about/", site_pages.about, name="about"),
    path("accessibility/", site_pages.accessibility, name="accessibility"),
    path("privacy/", site_pages.privacy, name="privacy"),
    path("contact/", site_pages.contact, name="contact"),
]

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("language/<str:code>/", i18n.choose_language, name="choose_language"),
    # The API and its reference keep one address whatever the reader's language.
    path("api/v1/", api.api.urls),
    path("api/v1/reference/", api_reference.reference_page, name="api-reference"),
    path("data/dataset.json", opendata.dataset_download, name="dataset"),
    path("data/releases/", release_pages.release_list, name="data-releases"),
    path("data/releases/<int:number>/", release_pages.release_detail, name="data-release"),
    path(
        "data/releases/<int:number>/<str:name>",
        release_pages.release_file,
        name="data-release-file",
    ),
    path("sitemap.xml", sitemap_index, name="sitemap"),
    path("sitemap-<slug:section>.xml", sitemap_section, name="sitemap-section"),
    path("robots.txt", opendata.robots_txt, name="robots"),
    path("favicon.ico", views.favicon, name="favicon"),
    path(
        "admin/import/",
        admin.site.admin_view(document_import_view),
        name="admin_document_import",
    ),
    path(
        "admin/notifications/",
        admin.site.admin_view(notification_settings_view),
        name="admin_notifications",
    ),
    path("admin/", admin.site.urls),
    *i18n_patterns(*page_patterns, prefix_default_language=False),
]

handler400 = "apec_portal.errors.bad_request"
handler500 = "apec_portal.errors.server_error"
