"""`manage.py import_document FILE --json | python -m json.tool` works for every text the
project keeps: the corpora, the development sets, the demo descriptions and the seed
documents, read as their own kind and as "auto".

Standard output must hold the JSON alone (or nothing, when the text is refused): the test
captures the process's file descriptors, so a log line written to the real standard output
would be caught too. The slow test runs the command as a separate process through a real
pipe into `python -m json.tool` for one text of each kind.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from core.importing.pipeline import facts_not_found, kind_named, read_as_written
from tests.portal.test_documented_commands import fresh_checkout_env

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parents[2]
# Each folder of texts and the kind its texts are ("auto" for the seed documents).
FOLDERS = {
    "tests/events/import_corpus": "event",
    "tests/events/devset": "event",
    "tests/statements/corpus": "statement",
    "tests/statements/devset": "statement",
    "tests/initiatives/devset": "initiative",
    "apec_portal/demo/initiatives": "initiative",
    "tests/portal/documents": "auto",
}
TEXTS = [
    (kind, path)
    for folder, kind in FOLDERS.items()
    for path in sorted((ROOT / folder).glob("*.txt"))
]
# The event development set holds most of the texts, and each dry run saves and rolls back:
# plain `pytest` reads every tenth of them, `scripts/test` (and CI) all of them.
QUICK_SHARE = 10
EVENT_DEVSET = ROOT / "tests/events/devset"


def _params(texts):
    devset = [path for _, path in texts if path.parent == EVENT_DEVSET]
    quick = set(devset[::QUICK_SHARE])
    slow = set(devset) - quick
    return [
        pytest.param(
            kind,
            path,
            marks=[pytest.mark.slow] if path in slow else [],
            id=path.name,
        )
        for kind, path in texts
    ]


def test_every_folder_has_texts():
    for folder in FOLDERS:
        assert list((ROOT / folder).glob("*.txt")), folder
    assert len(TEXTS) >= 70


def _json_or_refusal(capfd, path, kind):
    """The command's standard output parsed as JSON, or None when it refused the text."""
    capfd.readouterr()
    try:
        call_command("import_document", str(path), kind=kind, json=True, dry_run=True)
    except CommandError as refused:
        out, err = capfd.readouterr()
        assert out == "", out[:300]  # a refusal prints no half JSON
        assert "nothing was saved" in str(refused)
        return None
    out, err = capfd.readouterr()
    assert out.endswith("\n") and out.count("\n") >= 1
    shape = json.loads(out)  # what `python -m json.tool` reads: one JSON value, nothing else
    assert not err.lstrip().startswith("{") or '"shape"' not in err  # the JSON is not on stderr
    return shape


def _check_shape(shape, path, wanted):
    assert shape["shape"] == 1 and shape["dry_run"] is True
    if wanted != "auto":
        assert shape["kind"] == wanted
    assert shape["records"], path.name
    for record in shape["records"]:
        assert record["type"] == shape["kind"]
        for fact in record["facts"].values():
            assert set(fact) == {"value", "line", "span", "cue", "confidence"}
            assert fact["span"] is None or 0 <= fact["span"][0] <= fact["span"][1]
        assert all(text.startswith("No ") for text in record["not_found"])
        assert all({"message", "line", "code"} == set(w) for w in record["warnings"])


@pytest.mark.parametrize(("kind", "path"), _params(TEXTS))
def test_json_alone_on_stdout(capfd, kind, path):
    """Read as "auto", then as the text's own kind. When "auto" chose the text's own kind,
    the command read it with that kind's reader already (the same call as `--kind KIND`
    after the choice), so the second run is made only when the choice differs."""
    shape = _json_or_refusal(capfd, path, "auto")
    if shape is not None:
        _check_shape(shape, path, "auto")
    if kind == "auto" or (shape is not None and shape["kind"] == kind):
        return
    shape = _json_or_refusal(capfd, path, kind)
    if shape is None:
        assert path.stem.startswith(("10_no_event", "23_event_without")), path.name
        return
    _check_shape(shape, path, kind)


@pytest.mark.parametrize(("kind", "path"), _params([(k, p) for k, p in TEXTS if k != "auto"]))
def test_read_as_written_only_when_nothing_is_missing_inferred_or_warned(kind, path):
    """ "Every fact was read as written" is said only when it is true: no warning, every
    fact read with high confidence, and nothing the kind looks for missing."""
    reader = kind_named(kind)
    try:
        result = reader.read(path.read_text(encoding="utf-8"))
    except Exception:  # a refused text has no record to say it of
        return
    for record in result.records:
        empty = [
            name
            for name in (*reader.required, *reader.looked_for)
            if record.value(name) in (None, "", [], ())
        ]
        inferred = [f.name for f in record.facts.values() if f.confidence != "high"]
        said = read_as_written(reader, record)
        assert said == (not record.warnings and not inferred and not empty), path.name
        assert bool(facts_not_found(reader, record)) == bool(empty)


@pytest.mark.slow  # separate Python processes
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.parametrize(
    "relative",
    [
        "tests/events/devset/e01_apec_release_bar_today.txt",
        "tests/statements/devset/d01_bar_header_numbered.txt",
        "tests/initiatives/devset/i01_project_database_labels.txt",
    ],
)
def test_a_real_pipe_into_json_tool(relative):
    manage = subprocess.Popen(
        [sys.executable, "manage.py", "import_document", relative, "--json", "--dry-run"],
        cwd=ROOT,
        env=fresh_checkout_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    tool = subprocess.run(
        [sys.executable, "-m", "json.tool"],
        stdin=manage.stdout,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ},
    )
    manage.stdout.close()
    assert manage.wait(timeout=120) == 0
    assert tool.returncode == 0, tool.stderr
    assert json.loads(tool.stdout)["shape"] == 1
