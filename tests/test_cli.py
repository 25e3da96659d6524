"""The CLI end to end: exit codes one by one, the stdout/stderr split, golden output."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from octreaty.cli import app

from .conftest import MINI, MINI_NOTE, invoke, mini

GOLDEN = Path(__file__).parent / "golden"
COMMANDS = ["link", "why", "path", "ratified", "parties", "channels", "instruments", "countries", "show", "sources",
            "matrix", "check", "export", "brief", "diff"]


def golden(name: str, text: str) -> None:
    """Compare with tests/golden/NAME; OCTREATY_REGEN=1 rewrites the file instead."""
    path = GOLDEN / name
    if os.environ.get("OCTREATY_REGEN") == "1":
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8")


# --- golden output, one per format ----------------------------------------------------


@pytest.mark.parametrize("fmt, ext", [("table", "txt"), ("json", "json"), ("csv", "csv"), ("markdown", "md")])
def test_link_golden(fmt, ext):
    r = mini("link", "albania", "italy", "--format", fmt)
    assert r.stderr == MINI_NOTE
    golden(f"link-alb-ita.{ext}", r.stdout)


@pytest.mark.parametrize("fmt, ext", [("table", "txt"), ("json", "json"), ("csv", "csv"), ("markdown", "md")])
def test_link_kosovo_golden(fmt, ext):
    golden(f"link-xkx-hun.{ext}", mini("link", "kosovo", "hungary", "--format", fmt).stdout)


@pytest.mark.parametrize("args, name", [
    (["ratified", "albania", "--format", "csv"], "ratified-alb.csv"),
    (["parties", "untoc", "--format", "csv", "--as-of", "2010-01-01"], "parties-untoc-2010.csv"),
    (["channels", "XK", "--format", "markdown"], "channels-xkx.md"),
    (["show", "palermo", "--format", "table"], "show-untoc.txt"),
    (["instruments", "--format", "csv"], "instruments.csv"),
    (["countries", "--format", "csv"], "countries.csv"),
    (["sources", "untoc", "--format", "json"], "sources-untoc.json"),
])
def test_other_commands_golden(args, name):
    golden(name, mini(*args).stdout)


# --- machine formats -------------------------------------------------------------------


def test_json_is_compact_when_piped():
    r = invoke("countries", "--format", "json", "--data-dir", str(MINI))
    assert len(r.stdout.splitlines()) == 1
    assert json.loads(r.stdout)["results"][0]["id"] == "ALB"


def test_json_envelope():
    doc = json.loads(mini("link", "AL", "IT", "--format", "json").stdout)
    assert list(doc)[:4] == ["schema", "command", "query", "data_as_of"]
    assert (doc["schema"], doc["command"], doc["query"]) == (
        2, "link", {"a": "ALB", "b": "ITA", "as_of": "2026-11-29", "for": "all"})
    untoc = doc["results"][0]
    assert untoc["instrument"]["id"] == "untoc"
    assert (untoc["a"]["consent"], untoc["b"]["consent"]) == ("2002-08-21", "2006-08-02")
    assert untoc["linked_since"] == {"date": "2006-09-01", "earliest": "2006-09-01", "latest": "2006-09-01"}
    assert doc["sources"]["untc-untoc"]["as_of"] == "2024-05-04"


def test_csv_parses_with_accents_and_commas():
    rows = list(csv.reader(io.StringIO(mini("countries", "--format", "csv").stdout)))
    assert rows[0] == ["id", "iso2", "name", "status", "parent", "exists_from", "exists_until", "bilateral", "also"]
    assert ["CIV", "CI", "Côte d'Ivoire", "un-member", "", "", "", "none in the data; no search recorded",
            "Ivory Coast"] in rows


def test_default_format_when_piped_is_csv():
    r = mini("ratified", "albania")
    assert r.stdout.splitlines()[0].startswith("instrument,short,kind,state,")


# --- exit codes, one by one -------------------------------------------------------------


def test_exit_0_ok():
    assert mini("link", "albania", "italy", "--format", "csv").exit_code == 0


def test_exit_1_unexpected_error_is_one_line(monkeypatch):
    from octreaty import query

    def boom(*_a, **_k):
        raise RuntimeError("kaboom")

    monkeypatch.setattr(query.Queries, "link", boom)
    r = mini("link", "albania", "italy", expect=1)
    assert r.stdout == ""
    assert r.stderr.splitlines() == [
        "octreaty: unexpected error: RuntimeError: kaboom",
        "octreaty: hint: run again with --debug for the traceback, and please report it",
    ]
    debug = mini("link", "albania", "italy", "--debug", expect=1)
    assert "Traceback (most recent call last)" in debug.stderr


@pytest.mark.parametrize("args, message", [
    (["link", "albania", "italy", "--as-of", "2024-13-01"], "octreaty: error: --as-of '2024-13-01' is not a date"),
    (["link", "albania", "italy", "--as-of", "yesterday"], "octreaty: error: --as-of 'yesterday' is not a date"),
    (["link", "albania", "italy", "--format", "xml"], "octreaty: error: unknown format 'xml'"),
])
def test_exit_2_usage(args, message):
    r = mini(*args, expect=2)
    assert r.stdout == ""
    assert r.stderr.splitlines()[0] == message


def test_exit_2_unknown_option():
    r = invoke("link", "albania", "italy", "--colour", expect=2)
    assert "No such option: --colour" in r.stderr


def test_exit_3_unknown_name():
    r = mini("link", "kosovo", "hungry", expect=3)
    assert r.stdout == ""
    assert r.stderr.splitlines() == [
        "octreaty: error: unknown country 'hungry'. Did you mean 'Hungary'?",
        "octreaty: hint: list the known names with 'octreaty countries'",
    ]
    r = mini("parties", "palermoo", expect=3)
    assert r.stderr.splitlines()[0] == "octreaty: error: unknown instrument 'palermoo'. Did you mean 'untoc'?"


def test_exit_4_broken_yaml_names_file_and_line(mini_copy):
    path = mini_copy / "instruments.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("kind: convention", "kind: [convention", 1), encoding="utf-8")
    r = invoke("link", "albania", "italy", "--data-dir", str(mini_copy), expect=4)
    assert r.stdout == ""
    first = r.stderr.splitlines()[0]
    assert first.startswith(f"octreaty: error: {path}:")
    assert "YAML syntax error" in first


def test_exit_4_missing_data_dir(tmp_path):
    r = invoke("countries", "--data-dir", str(tmp_path / "nope"), expect=4)
    assert r.stderr.splitlines()[0] == f"octreaty: error: data directory {tmp_path / 'nope'} does not exist"


def test_exit_5_empty_with_check():
    r = mini("link", "kosovo", "italy", "--as-of", "2001-06-01", "--check", "--format", "csv", expect=5)
    assert "No treaty basis in the data" in r.stdout
    assert r.stderr.splitlines()[0] == "octreaty: error: the answer is empty (--check)"
    mini("link", "kosovo", "italy", "--as-of", "2001-06-01", "--format", "csv")  # exit 0 without --check
    mini("link", "kosovo", "hungary", "--check", "--format", "csv")  # not empty: exit 0


def test_data_dir_from_environment():
    r = invoke("countries", "--format", "csv", env={"OCTREATY_DATA": str(MINI)})
    assert len(r.stdout.splitlines()) == 6


# --- help, version, entry points ---------------------------------------------------------


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_examples(command):
    r = invoke(command, "--help")
    assert "Examples:" in r.stdout
    assert f"octreaty {command}" in r.stdout.split("Examples:")[1]


def test_import_untc_help_has_examples():
    r = invoke("import", "untc", "--help")
    assert "octreaty import untc" in r.stdout.split("Examples:")[1]


def test_no_arguments_prints_help():
    r = invoke(expect=2)
    assert "Usage: octreaty" in r.stdout + r.stderr


def test_version():
    r = invoke("--version")
    assert r.stdout.startswith("octreaty 0.1.0")


def test_python_dash_m():
    r = subprocess.run([sys.executable, "-m", "octreaty", "link", "albania", "italy", "--data-dir", str(MINI),
                        "--format", "csv", "--as-of", "2026-11-29"], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines()[1].startswith("shared,untoc,UNTOC,convention,ALB,bound,ratification,2000-12-12,2002-08-21")


def test_closed_pipe_is_quiet():
    code = (
        "import subprocess, sys;"
        "p = subprocess.Popen([sys.executable, '-m', 'octreaty', 'countries', '--format', 'csv'], "
        "stdout=subprocess.PIPE, stderr=subprocess.PIPE);"
        "p.stdout.readline(); p.stdout.close(); err = p.stderr.read(); p.wait();"
        "sys.stdout.write(repr((p.returncode, err)))"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert r.stdout == "(0, b'')"


def test_app_is_the_typer_app():
    assert app.info.name == "octreaty"


def test_a_day_after_the_datas_newest_source_is_answered_with_a_note():
    """The mini data's newest source is of 2024-05-04: a question about a later day is answered (what was known,
    carried forward) and stderr says so; a day the sources cover, or no --as-of at all, gets no note."""
    later = invoke("ratified", "italy", "--data-dir", str(MINI), "--as-of", "2030-01-01", "--format", "csv")
    assert later.stderr == MINI_NOTE.replace("2026-11-29", "2030-01-01")
    covered = invoke("ratified", "italy", "--data-dir", str(MINI), "--as-of", "2024-05-04", "--format", "csv")
    assert covered.stderr == "" and covered.stdout.splitlines()[1:] == later.stdout.splitlines()[1:]
    assert invoke("ratified", "italy", "--data-dir", str(MINI), "--format", "csv").stderr == ""  # today, by default
    batch = CliRunner().invoke(app, ["ratified", "--batch", "-", "--data-dir", str(MINI), "--as-of", "2030-01-01"],
                               input="italy\n", catch_exceptions=False)
    assert batch.exit_code == 0 and batch.stderr == MINI_NOTE.replace("2026-11-29", "2030-01-01")
