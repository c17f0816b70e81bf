from django.urls import path

from events import views

app_name = "events"
# The detail page (`<slug>/`) links the meeting's statement, so the top layer adds it
# (`apec_portal.urls`).
urlpatterns = [
    path("", views.EventListView.as_view(), name="list"),
    path("feed/", views.LatestEventsFeed(), name="feed"),
    path("<slug:slug>.ics", views.EventCalendarView.as_view(), name="ics"),
]
