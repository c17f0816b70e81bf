"""Site-wide pages: home and the health check."""

from django.db import DatabaseError, connection
from django.http import HttpResponse
from django.shortcuts import render
from django.utils import timezone

from events.models import Event
from initiatives.models import Economy, Initiative
from statements.models import Statement


def home(request):
    events = Event.objects.published()
    today = timezone.localdate()
    context = {
        "counts": {
            "initiatives": Initiative.objects.published().count(),
            "events": events.count(),
            "statements": Statement.objects.published().count(),
            "economies": Economy.objects.count(),
        },
        "latest_events": events.filter(start_date__lte=today).for_list()[:5],
        "upcoming_events": events.filter(start_date__gt=today)
        .for_list()
        .order_by("start_date")[:5],
        "featured_initiatives": Initiative.objects.published()
        .for_list()
        .filter(start_year__isnull=False)
        .order_by("-start_year", "title")[:3],
    }
    return render(request, "home.html", context)


def healthz(request):
    """200 when PostgreSQL answers a query, 503 when it does not."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return HttpResponse("database unavailable\n", status=503, content_type="text/plain")
    return HttpResponse("ok\n", content_type="text/plain")
