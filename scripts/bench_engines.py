"""Django templates vs Jinja2 on the hottest template, the event card, on the same records.

    DATABASE_URL=postgres:///apec_i26_big .venv/bin/python scripts/bench_engines.py

A measurement only: Jinja2 is not a dependency of the portal (install it in the virtual
environment to run this). Takes the first page of /events/ (20 events, with the list's
own query), renders every card with templates/includes/_event_item.html (Django) and with
the same markup written for Jinja2 (autoescape on, Django's gettext installed as its i18n),
checks both give the same HTML, and prints the median ms per page of cards.
"""

import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import bench_inprocess  # noqa: E402

JINJA_CARD = (
    '<li class="card">\n'
    '  <h3 class="card-title"><a href="{{ event.get_absolute_url() }}">{{ event.title }}</a></h3>\n'
    '  <p class="meta"><span class="tag">{{ event.get_kind_display() }}</span> '
    '{% set dates = event.dates %}<time datetime="{{ dates.start_iso }}">{{ dates.text }}</time>'
    "{% if event.city %} · {{ event.city }}{% endif %}"
    "{% if event.host %} · {{ event.host.name }}{% endif %}"
    "{% set co_hosts = event.card_co_hosts() %}{% if co_hosts %} {{ _('with') }} "
    "{{ co_hosts|join(', ') }}{% endif %}</p>\n"
    '  {% if event.initiative and event.initiative.is_published %}<p class="meta">'
    "{{ _('Part of') }} "
    '<a href="{{ event.initiative.get_absolute_url() }}">{{ event.initiative.title }}</a></p>'
    "{% endif %}\n</li>\n"
)


def timed(render, rounds=200):
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        render()
        times.append(1000 * (time.perf_counter() - started))
    return statistics.median(times)


def main():
    bench_inprocess.setup()
    try:
        import jinja2
    except ImportError:
        raise SystemExit(
            "Install jinja2 in the virtual environment to run this measurement."
        ) from None
    from django.template.loader import get_template
    from django.test import Client
    from django.test.utils import setup_test_environment
    from django.utils import translation

    setup_test_environment()  # the test client keeps the response's context
    response = Client().get("/events/")
    events = list(response.context["object_list"])
    django_card = get_template("includes/_event_item.html")
    env = jinja2.Environment(autoescape=True, extensions=["jinja2.ext.i18n"])
    env.install_gettext_callables(translation.gettext, translation.ngettext, newstyle=True)
    jinja_card = env.from_string(JINJA_CARD)
    with translation.override("en"):
        for event in events:  # same HTML, but for whitespace and how a quote is escaped
            a = " ".join(django_card.render({"event": event}).split())
            b = " ".join(jinja_card.render(event=event).split()).replace("&#39;", "&#x27;")
            assert a == b, (a, b)
        d = timed(lambda: [django_card.render({"event": event}) for event in events])
        j = timed(lambda: [jinja_card.render(event=event) for event in events])
    load = os.getloadavg()[0]
    print(
        f"{len(events)} event cards: Django {d:.2f} ms, Jinja2 {j:.2f} ms per page "
        f"(median of 200; load average {load:.1f})"
    )


if __name__ == "__main__":
    main()
