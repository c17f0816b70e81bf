"""The command lines in the README and docs/*.md work as written.

Every `manage.py create_staff_account` line is run as written, in a separate process with the
environment of a fresh checkout (no DEBUG, SECRET_KEY or ALLOWED_HOSTS: manage.py then uses
the development settings) against the test database, and the account it makes is checked:
staff, not a superuser, in exactly the group of its role. Every other documented
`manage.py` line must name a command that exists with options it accepts (they are parsed,
not run: some rebuild or fill the database), and every `scripts/` path must exist.
"""

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path
from urllib.parse import quote

import pytest
from django.contrib.auth import get_user_model
from django.core.management import get_commands, load_command_class
from django.db import connection

from core.publication import ROLES

ROOT = Path(__file__).resolve().parents[2]
FENCE = re.compile(r"^```[^\n]*\n(.*?)^```", re.MULTILINE | re.DOTALL)
SPAN = re.compile(r"`([^`]+)`")
OPTIONAL = re.compile(r"\[[^\]]*\]")
SCRIPT = re.compile(r"(?<![\w/.])scripts/[\w.-]+")
# A password the docs leave to the reader ('...'), replaced by one that passes the checks.
PLACEHOLDER_PASSWORDS = {"...", "…"}
TEST_PASSWORD = "a-documented-account-passphrase-42"
# From the test process, only what finds programs and sets the locale.
INHERITED = ("PATH", "LANG", "LC_ALL", "TZ", "HOME")


def documents():
    return [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


def code_lines(text):
    """(line, inline) for each line of the fenced code blocks, continuations joined, and each
    inline code span (a mention in the prose, which may leave out required arguments)."""
    lines = []
    for block in FENCE.findall(text):
        lines.extend((line, False) for line in block.replace("\\\n", " ").splitlines())
    for span in SPAN.findall(FENCE.sub("", text)):
        lines.append((" ".join(span.split()), True))
    return lines


SHELL_OPERATORS = {"|", "||", "&", "&&", ";", "<", ">", ">>"}


def shell_words(line):
    """The words of a shell command line up to its first operator (a pipe, a redirection)."""
    lexer = shlex.shlex(line, posix=True, punctuation_chars=True)
    lexer.whitespace_split = True
    lexer.commenters = "#"
    words = []
    for word in lexer:
        if word in SHELL_OPERATORS:
            break
        words.append(word)
    return words


class CommandLine:
    """One documented `manage.py` command line: its environment, python and arguments."""

    def __init__(self, document, line, inline):
        self.document, self.line, self.inline = document, line, inline
        tokens = shell_words(OPTIONAL.sub("", line))
        at = next(i for i, token in enumerate(tokens) if token.endswith("manage.py"))
        before = tokens[:at]
        self.python = before.pop() if before and before[-1].endswith("python") else None
        self.env = dict(token.split("=", 1) for token in before if "=" in token)
        self.name, *self.args = tokens[at + 1 :]

    def __repr__(self):
        return f"{self.document.name}: {self.line}"

    def parser(self):
        app = get_commands()[self.name]
        return load_command_class(app, self.name).create_parser("manage.py", self.name)

    def parse(self):
        return self.parser().parse_args(self.args)

    def check(self):
        """Parse a command line; of a mention, check only the options it names."""
        if not self.inline:
            return self.parse()
        known = self.parser()._option_string_actions
        unknown = [a for a in self.args if a.startswith("-") and a.split("=")[0] not in known]
        if unknown:
            raise ValueError(f"unknown options {unknown}")
        return None


def documented_commands():
    found = []
    for document in documents():
        for line, inline in code_lines(document.read_text(encoding="utf-8")):
            if re.search(r"(^|[\s/])manage\.py\s+\w", line):
                found.append(CommandLine(document, line, inline))
    return found


def test_the_docs_name_only_commands_and_options_that_exist():
    commands = documented_commands()
    unknown = [command for command in commands if command.name not in get_commands()]
    assert unknown == []
    refused = []
    for command in commands:
        try:
            command.check()
        except Exception as error:  # any refusal, reported with its line
            refused.append((command, str(error)))
    assert refused == []
    names = {command.name for command in commands}
    assert {"create_staff_account", "load_demo_data", "import_document"} <= names


def test_the_docs_name_only_scripts_that_exist():
    named = set()
    for document in documents():
        for line, _ in code_lines(document.read_text(encoding="utf-8")):
            named.update(path.rstrip(".") for path in SCRIPT.findall(line))
    missing = sorted(path for path in named if not (ROOT / path).is_file())
    assert missing == []
    not_runnable = sorted(
        path for path in named if not path.endswith(".py") and not os.access(ROOT / path, os.X_OK)
    )
    assert not_runnable == []
    assert {"scripts/setup", "scripts/test"} <= named


def test_the_editors_guide_says_how_to_create_an_editor_and_a_publisher():
    guide = ROOT / "docs" / "editors.md"
    text = guide.read_text(encoding="utf-8")
    assert "\n## Staff accounts\n" in f"\n{text}"
    lines = [c for c in documented_commands() if c.document == guide]
    roles = {c.parse().role for c in lines if c.name == "create_staff_account" and not c.inline}
    assert roles == {"editor", "publisher"}


def database_url():
    """The test database as a DATABASE_URL, for another process."""
    settings = connection.settings_dict
    auth = ""
    if settings["USER"]:
        auth = quote(settings["USER"], safe="")
        if settings["PASSWORD"]:
            auth += ":" + quote(settings["PASSWORD"], safe="")
        auth += "@"
    host = quote(settings["HOST"] or "", safe="")
    port = f":{settings['PORT']}" if settings["PORT"] else ""
    return f"postgres://{auth}{host}{port}/{quote(settings['NAME'], safe='')}"


def fresh_checkout_env(**extra):
    """A developer's shell: nothing of DEBUG, SECRET_KEY or ALLOWED_HOSTS."""
    env = {key: os.environ[key] for key in INHERITED if key in os.environ}
    env.update(extra)
    env["DATABASE_URL"] = database_url()  # whatever a line names, the test database
    return env


def run_as_written(command):
    args = [TEST_PASSWORD if arg in PLACEHOLDER_PASSWORDS else arg for arg in command.args]
    python = ROOT / command.python if command.python else None
    python = str(python) if python and python.is_file() else sys.executable
    return subprocess.run(
        [python, "manage.py", command.name, *args],
        cwd=ROOT,
        env=fresh_checkout_env(**command.env),
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.slow  # a separate Python process per documented command
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_every_documented_create_staff_account_line_works_as_written():
    lines = [c for c in documented_commands() if c.name == "create_staff_account" and not c.inline]
    assert len(lines) >= 2
    made = []
    for command in lines:
        options = command.parse()
        # Each line as on a fresh database (the README and the guide both make "maria").
        get_user_model().objects.filter(username=options.username).delete()
        result = run_as_written(command)
        assert result.returncode == 0, (command, result.stderr)
        assert f"Created {options.username} as {options.role}." in result.stdout, command
        user = get_user_model().objects.get(username=options.username)
        password = options.password or command.env.get("STAFF_PASSWORD")
        made.append(
            (
                user.username,
                list(user.groups.values_list("name", flat=True)),
                user.is_staff,
                user.is_superuser,
                user.email,
                user.has_usable_password(),
            )
        )
        assert made[-1] == (
            options.username,
            [ROLES[options.role]],
            True,
            False,
            options.email,
            bool(password),
        ), command
    assert {name for name, *_ in made} >= {"maria", "li"}


@pytest.mark.slow  # separate Python processes
def test_manage_py_in_a_fresh_checkout_uses_the_development_settings_and_says_so():
    result = subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=ROOT,
        env=fresh_checkout_env(),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines()[0] == (
        "manage.py: DEBUG, SECRET_KEY and ALLOWED_HOSTS are not set, so this runs with the "
        "development settings (DEBUG=1). A production environment sets SECRET_KEY and "
        "ALLOWED_HOSTS."
    )


@pytest.mark.slow  # separate Python processes
@pytest.mark.parametrize(
    "args, env",
    [
        (["-c", "import apec_portal.wsgi"], {}),  # the server: never a development default
        (["manage.py", "check"], {"DEBUG": "0"}),
        (["manage.py", "check"], {"ALLOWED_HOSTS": "portal.example.org"}),
    ],
)
def test_without_secret_key_the_server_and_a_production_shell_still_refuse_to_start(args, env):
    result = subprocess.run(
        [sys.executable, *args],
        cwd=ROOT,
        env=fresh_checkout_env(DJANGO_SETTINGS_MODULE="apec_portal.settings", **env),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1
    assert result.stderr.splitlines()[-1] == (
        "django.core.exceptions.ImproperlyConfigured: SECRET_KEY must be set in the "
        "environment when DEBUG is off."
    )
