from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path

from apec_portal import opendata, views
from apec_portal.sitemaps import SITEMAPS

urlpatterns = [
    path("", views.home, name="home"),
    path("healthz", views.healthz, name="healthz"),
    path("search/", views.search, name="search"),
    path("initiatives/", include("initiatives.urls")),
    path("economies/", include("initiatives.economy_urls")),
    path("events/", include("events.urls")),
    path("statements/", include("statements.urls")),
    path("data/", opendata.data_page, name="data"),
    path("data/dataset.json", opendata.dataset_download, name="dataset"),
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
    path("robots.txt", opendata.robots_txt, name="robots"),
    path("admin/", admin.site.urls),
]

handler500 = "apec_portal.errors.server_error"
