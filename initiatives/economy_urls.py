from django.urls import path

from initiatives import views

app_name = "economies"
urlpatterns = [
    path("", views.EconomyListView.as_view(), name="list"),
    path("<str:code>/", views.EconomyDetailView.as_view(), name="detail"),
]
