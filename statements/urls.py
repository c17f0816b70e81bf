from django.urls import path

from statements import views

app_name = "statements"
urlpatterns = [
    path("", views.StatementListView.as_view(), name="list"),
    path("feed/", views.LatestStatementsFeed(), name="feed"),
    path("<slug:slug>/", views.StatementDetailView.as_view(), name="detail"),
    path("<slug:slug>.txt", views.StatementTextView.as_view(), name="text"),
    path("<slug:slug>.json", views.StatementJsonView.as_view(), name="json"),
    path(
        "<slug:slug>.ris",
        views.StatementCitationView.as_view(citation_format="ris"),
        name="ris",
    ),
    path(
        "<slug:slug>.csl.json",
        views.StatementCitationView.as_view(citation_format="csl.json"),
        name="csl_json",
    ),
]
