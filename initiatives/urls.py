from django.urls import path

from initiatives import views

app_name = "initiatives"
# The detail page (`<slug>/`) lists events and statement paragraphs, so the top layer adds
# it (`apec_portal.urls`).
urlpatterns = [
    path("", views.InitiativeListView.as_view(), name="list"),
]
