"""Site-wide pages: home, the health check and the server-error page."""

import sys

from django.db import DatabaseError, connection
from django.http import HttpResponse, HttpResponseServerError
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils import timezone

from apec_portal.middleware import DATABASE_UNAVAILABLE, database_unavailable_response
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


def server_error(request):
    """handler500: 503 when the failure was the database going away, else 500.

    Django calls it while handling the exception, so ``sys.exc_info()`` still
    names it. Like Django's own handler, it renders without the request so that
    the page cannot fail the same way the request did.
    """
    if isinstance(sys.exc_info()[1], DATABASE_UNAVAILABLE):
        return database_unavailable_response(request)
    return HttpResponseServerError(render_to_string("500.html"))
