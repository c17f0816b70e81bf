"""The documentation stays true: every command line in it parses, every link in it resolves.

A command line is a line of a ```sh block, or an inline `code` span that runs
`manage.py`, a script of `scripts/`, `pytest` or a tool of the virtual environment;
each command of it is checked (`a && b; c`, behind `time` or VAR=value assignments).
`manage.py` commands are parsed by the command's own parser (an unknown command or
option fails); the Python scripts by theirs, run up to the end of argument parsing
and stopped there; other tools of `.venv/bin` answer `--help`. Tools of the system
(`pg_dump`, `createdb`, ...) are not checked.
"""

import re
import shlex
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from django.core.management import get_commands, load_command_class

ROOT = Path(__file__).resolve().parent.parent
DOCS = [
    ROOT / "README.md",
    *sorted((ROOT / "docs").glob("*.md")),
    ROOT / "benchmark-results" / "journal.md",
]
# The bash wrappers that hand their arguments to a Python script, after their own.
WRAPPED = {
    "scripts/bench": (
        "scripts/bench.py",
        ["--database-url", "postgres:///bench", "--dataset", "x"],
    ),
    "scripts/drill": ("scripts/drill.py", []),
}
# Runs a script until its arguments are parsed, then stops (exit 0), so nothing else runs.
PARSE_ONLY = """
import argparse, runpy, sys
parse = argparse.ArgumentParser.parse_args
def parse_then_stop(self, *args, **kwargs):
    parse(self, *args, **kwargs)
    raise SystemExit(0)
argparse.ArgumentParser.parse_args = parse_then_stop
script = sys.argv.pop(1)
sys.argv[0] = script
runpy.run_path(script, run_name="__main__")
"""


def _command_lines():
    for doc in DOCS:
        text = doc.read_text()
        for block in re.findall(r"```(?:sh|bash)\n(.*?)```", text, re.S):
            for line in block.replace("\\\n", " ").splitlines():
                if line.strip() and not line.lstrip().startswith("#"):
                    yield doc, line
        for span in re.findall(r"`([^`\n]+)`", text):
            if re.search(r"(^|[\s/])(manage\.py|pytest|scripts/\w+|\.venv/bin/\S+)(\s|$)", span):
                yield doc, span


def _commands(line):
    """The line's commands (`a && b; c` is three), each as its words without the comment,
    the leading VAR=value assignments and a leading `time`; of a pipeline, the first
    command alone (the portal's); a synopsis's [optional] brackets dropped."""
    words = [*shlex.split(line, comments=True), ";"]
    command = []
    for word in words:
        if word not in ("&&", "||", ";"):
            command.append(word)
            continue
        if "|" in command:
            command = command[: command.index("|")]
        while command and (re.fullmatch(r"[A-Z_]+=\S*", command[0]) or command[0] == "time"):
            command.pop(0)
        command = [word.strip("[]") for word in command if word.strip("[]")]
        if command:
            yield command
        command = []


def _alternatives(words):
    """`--kind auto|event` in a synopsis: one line per alternative."""
    for index, word in enumerate(words):
        if "|" in word and not word.startswith(("/", "http")):
            return [
                line
                for choice in word.split("|")
                for line in _alternatives([*words[:index], choice, *words[index + 1 :]])
            ]
    return [words]


CASES = [
    pytest.param(doc, line, id=f"{doc.name}: {line.strip()[:70]}")
    for doc, line in dict.fromkeys(_command_lines())
]


def _check_manage(args):
    name, rest = args[0], args[1:]
    commands = get_commands()
    assert name in commands, f"no manage.py command {name!r}"
    if rest:  # `manage.py name` alone names the command in prose
        command = load_command_class(commands[name], name)
        command.create_parser("manage.py", name).parse_args(rest)


def _check_script(script, rest):
    path = ROOT / script
    assert path.exists(), f"{script} does not exist"
    if script == "scripts/bench" and rest[:1] == ["--profile"]:  # handed to its own script
        script, rest = "scripts/profile_page.py", rest[1:]
    script, first = WRAPPED.get(script, (script, []))
    rest = [*first, *rest]
    if not script.endswith(".py"):
        return  # a shell script taking no options of its own (serve, setup, test, lock)
    result = subprocess.run(
        [sys.executable, "-c", PARSE_ONLY, str(ROOT / script), *rest],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr[-2000:]


def _check_pytest(rest):
    markers = {
        entry.split(":")[0]
        for entry in tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["pytest"][
            "ini_options"
        ]["markers"]
    }
    words = iter(rest)
    for word in words:
        if word == "-m":
            expression = next(words)
            unknown = set(re.findall(r"\w+", expression)) - markers - {"and", "or", "not"}
            assert not unknown, f"unregistered markers {unknown}"
        elif word.startswith("tests/"):
            assert (ROOT / word.split("::")[0]).exists(), f"{word} does not exist"


@pytest.mark.parametrize(("doc", "line"), CASES)
def test_every_command_line_in_the_docs_parses(doc, line):
    for words in _commands(line):
        _check_command(words)


def _check_command(words):
    if len(words) < 2 and words[:1] in (["manage.py"], ["pytest"]):
        return  # a name in prose, not a command line
    for alternative in _alternatives(words):
        program, rest = alternative[0], alternative[1:]
        if program == "manage.py" or (program.endswith("python") and rest[:1] == ["manage.py"]):
            _check_manage(rest[1:] if program != "manage.py" else rest)
        elif program.endswith("python") and rest and rest[0].startswith("scripts/"):
            _check_script(rest[0], rest[1:])
        elif program.startswith("scripts/"):
            _check_script(program, rest)
        elif program.endswith("pytest"):
            _check_pytest(rest)
        elif program.startswith(".venv/bin/"):
            tool = ROOT / program
            assert tool.exists(), f"{program} is not installed"
            result = subprocess.run(
                [tool, *rest, "--help"], cwd=ROOT, capture_output=True, timeout=60
            )
            assert result.returncode == 0, result.stderr[-2000:]


def _anchors(path):
    """GitHub's anchors for a Markdown file's headings."""
    anchors = set()
    in_code = False
    for line in path.read_text().splitlines():
        if line.startswith("```"):
            in_code = not in_code
        elif not in_code and line.startswith("#"):
            title = line.lstrip("#").strip().lower()
            anchors.add(re.sub(r"[^\w\- ]", "", title).replace(" ", "-"))
    return anchors


def _links():
    for doc in DOCS:
        text = re.sub(r"```.*?```", "", doc.read_text(), flags=re.S)
        for target in re.findall(r"\]\(([^)\s]+)\)", text):
            if not re.match(r"[a-z]+:", target):
                yield pytest.param(doc, target, id=f"{doc.name} -> {target}")


@pytest.mark.parametrize(("doc", "target"), list(_links()))
def test_every_internal_link_resolves(doc, target):
    path, _, anchor = target.partition("#")
    destination = (doc.parent / path).resolve() if path else doc
    assert destination.exists(), f"{doc.name}: {target} does not exist"
    if anchor:
        assert anchor in _anchors(destination), (
            f"{doc.name}: no heading #{anchor} in {path or doc.name}"
        )


def test_the_docs_are_all_linked_from_the_readme():
    readme = (ROOT / "README.md").read_text()
    for doc in DOCS[1:]:
        assert f"({doc.relative_to(ROOT)})" in readme, (
            f"the README does not link {doc.relative_to(ROOT)}"
        )
    assert len(readme.splitlines()) <= 150


def test_the_lock_file_pins_every_requirement_within_its_range():
    """requirements.lock is regenerated (scripts/lock) whenever requirements.txt changes."""
    from packaging.requirements import Requirement
    from packaging.utils import canonicalize_name

    pinned = {}
    for line in (ROOT / "requirements.lock").read_text().splitlines():
        match = re.match(r"([A-Za-z0-9_.\-]+)==(\S+)", line)
        if match:
            pinned[canonicalize_name(match[1])] = match[2]
    for line in (ROOT / "requirements.txt").read_text().splitlines():
        line = line.split("#")[0].strip()
        if not line:
            continue
        requirement = Requirement(line)
        name = canonicalize_name(requirement.name)
        assert name in pinned, f"{requirement.name} is not in requirements.lock: run scripts/lock"
        assert requirement.specifier.contains(pinned[name], prereleases=True), (
            f"requirements.lock pins {requirement.name} {pinned[name]}, outside {requirement.specifier}:"
            " run scripts/lock"
        )
