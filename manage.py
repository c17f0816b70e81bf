#!/usr/bin/env python
"""Django's command-line utility for administrative tasks.

Production always sets SECRET_KEY and ALLOWED_HOSTS (the settings refuse to start without
them while DEBUG is off, and the server, gunicorn through apec_portal/wsgi.py, never gets
past that). A shell where none of DEBUG, SECRET_KEY and ALLOWED_HOSTS is set is a
developer's checkout: there manage.py runs with the development settings, as scripts/setup
and scripts/serve do, and says so on stderr, so the commands in the docs work as written.
"""

import os
import sys

PRODUCTION_VARIABLES = ("DEBUG", "SECRET_KEY", "ALLOWED_HOSTS")


def development_defaults(environ):
    """Turn DEBUG on when the environment says nothing about how the portal is run."""
    if any(environ.get(name) for name in PRODUCTION_VARIABLES):
        return
    environ["DEBUG"] = "1"
    sys.stderr.write(
        "manage.py: DEBUG, SECRET_KEY and ALLOWED_HOSTS are not set, so this runs with the "
        "development settings (DEBUG=1). A production environment sets SECRET_KEY and "
        "ALLOWED_HOSTS.\n"
    )


def main():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "apec_portal.settings")
    development_defaults(os.environ)
    # A command's standard output is its result; its log lines go to standard error.
    os.environ.setdefault("LOG_STREAM", "stderr")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
