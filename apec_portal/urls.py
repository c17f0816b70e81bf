from django.contrib import admin
from django.urls import include, path

from apec_portal import views

urlpatterns = [
    path("", views.home, name="home"),
    path("healthz", views.healthz, name="healthz"),
    path("search/", views.search, name="search"),
    path("initiatives/", include("initiatives.urls")),
    path("economies/", include("initiatives.economy_urls")),
    path("events/", include("events.urls")),
    path("statements/", include("statements.urls")),
    path("admin/", admin.site.urls),
]

handler500 = "apec_portal.errors.server_error"
