"""Structured logging: one JSON object per line on stdout."""

import datetime
import json
import logging
import os

# Attributes every LogRecord has; anything else was passed with extra={...}.
_STANDARD = set(vars(logging.LogRecord("", 0, "", 0, "", None, None))) | {"message", "asctime"}


class JsonLineFormatter(logging.Formatter):
    """Format a record as one line of JSON: time, level, logger, message,
    every field passed through ``extra``, and a traceback as a single string."""

    def format(self, record):
        entry = {
            "time": datetime.datetime.fromtimestamp(record.created, datetime.UTC).isoformat(
                timespec="milliseconds"
            ),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        for key, value in vars(record).items():
            if key not in _STANDARD and not key.startswith("_") and key != "request":
                entry[key] = value
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, default=str, ensure_ascii=False)


def logging_config(level="INFO", loggers=()):
    """The dictConfig for JSON lines on stdout, used by Django's settings and by gunicorn.

    `manage.py` sets LOG_STREAM=stderr: a command's standard output is its result (the
    JSON of `import_document --json`, say), so its log lines go to standard error.

    `loggers` names loggers that write there themselves rather than through the root
    (gunicorn's own), so their lines are not written twice.
    """
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"json": {"()": f"{__name__}.JsonLineFormatter"}},
        "handlers": {
            "stdout": {
                "class": "logging.StreamHandler",
                "stream": f"ext://sys.{os.environ.get('LOG_STREAM', 'stdout')}",
                "formatter": "json",
            }
        },
        "root": {"handlers": ["stdout"], "level": level},
        "loggers": {
            name: {"handlers": ["stdout"], "level": level, "propagate": False} for name in loggers
        },
    }
