"""Issue 14, item 5: contracts for scripts (CSV dates, the JSON envelope and its schemas, batches)."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest

from octreaty.outschema import COMMANDS, schema
from octreaty.schema_check import _check

from .conftest import MINI, invoke, mini

ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
DATE_COLUMNS = re.compile(r"(^|_)(signature|consent|in_force|linked_since|withdrawal|date|as_of)$")


@pytest.mark.parametrize("args", [
    ["link", "kosovo", "hungary"], ["link", "germany", "france"], ["ratified", "albania"],
    ["parties", "untoc", "--all"], ["channels", "kosovo"], ["sources"], ["diff", "--since", "2019-01-01"],
])
def test_csv_date_columns_hold_iso_dates_only(args):
    """On the shipped data: every date column parses as an ISO date (or a year or month),
    and its qualifier column says 'by' or 'unknown' where the date is not exact."""
    rows = list(csv.DictReader(io.StringIO(invoke(*args, "--as-of", "2026-04-25", "--format", "csv").stdout)))
    assert rows
    seen = 0
    for row in rows:
        for col, value in row.items():
            if DATE_COLUMNS.search(col) and value:
                assert ISO.match(value), (col, value)
                seen += 1
            if col.endswith("_qualifier"):
                assert value in ("", "by", "unknown"), (col, value)
                if value == "unknown":
                    assert row[col.removesuffix("_qualifier")] == ""
    assert seen


def test_a_date_known_only_as_a_latest_date_is_split():
    # Kosovo-Hungary 2013 agreement: no date of entry into force in the mini data (decree)
    rows = list(csv.DictReader(io.StringIO(mini("link", "kosovo", "hungary", "--format", "csv").stdout)))
    bilateral = next(r for r in rows if r["section"] == "bilateral")
    assert (bilateral["a_in_force"], bilateral["a_in_force_qualifier"]) == ("", "unknown")
    untoc = next(r for r in rows if r["instrument"] == "untoc")
    # Hungary: ratification 2006-12-22, in force 2007-01-21 (untc-untoc)
    assert (untoc["b_in_force"], untoc["b_in_force_qualifier"]) == ("2007-01-21", "")


CALLS = {
    "link": ["link", "albania", "italy"], "why": ["why", "kosovo", "hungary"], "brief": ["brief", "albania", "italy"],
    "ratified": ["ratified", "albania"], "channels": ["channels", "kosovo"], "parties": ["parties", "untoc"],
    "path": ["path", "kosovo", "italy"], "matrix": ["matrix"], "show": ["show", "untoc"],
    "instruments": ["instruments"], "countries": ["countries"], "sources": ["sources", "untoc"],
    "diff": ["diff", "--since", "2000-01-01"], "groups": ["groups"], "check": ["check"], "export": ["export"],
}


def test_every_schema_has_a_call():
    assert set(CALLS) == set(COMMANDS)


@pytest.mark.parametrize("command", sorted(CALLS))
def test_json_output_has_the_envelope_and_fits_its_published_schema(command):
    args = CALLS[command]
    extra = [] if command in ("check",) else ["--as-of", "2026-11-29"]
    out = invoke(*args, *extra, "--format", "json", "--data-dir", str(MINI)).stdout
    doc = json.loads(out)
    assert list(doc)[:4] == ["schema", "command", "query", "data_as_of"]
    assert doc["command"] == command and "results" in doc
    published = json.loads(invoke("schema", command).stdout)
    assert published == schema(command)
    problems: list = []
    _check(doc, published, published, "", problems)
    assert problems == []


def test_schema_lists_the_commands_and_refuses_others():
    assert invoke("schema").stdout.split() == list(COMMANDS)
    bad = invoke("schema", "nope", expect=2)
    assert bad.stderr.startswith("octreaty: error: no JSON Schema for 'nope'")


def test_batch_takes_a_date_and_purpose_per_line_and_answers_in_csv(tmp_path):
    lines = tmp_path / "pairs.txt"
    # UNTOC binds Albania and Italy from 2006-09-01 (untc-untoc): before it, only INTERPOL
    lines.write_text("albania,italy,2005-01-01\nalbania,italy,2010-01-01,police\nalbania,narnia\n", encoding="utf-8")
    r = invoke("link", "--batch", str(lines), "--format", "csv", "--data-dir", str(MINI), expect=3)
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert list(rows[0])[:3] == ["line", "section", "instrument"]
    shared = {(row["line"], row["instrument"]) for row in rows if row["section"] == "shared"}
    assert ("1", "untoc") not in shared and ("1", "interpol") in shared
    assert ("2", "untoc") in shared
    assert r.stderr.startswith("octreaty: link --batch: line 3: unknown country 'narnia'")


@pytest.mark.parametrize("command, line, key", [
    ("ratified", "albania,2005-01-01", "country"), ("channels", "kosovo", "country"),
    ("why", "kosovo,hungary", "a"),
])
def test_batch_for_ratified_channels_and_why(command, line, key):
    from typer.testing import CliRunner

    from octreaty.cli import app

    res = CliRunner().invoke(app, [command, "--batch", "-", "--data-dir", str(MINI), "--as-of", "2026-11-29"],
                             input=line + "\n# a comment\n")
    assert res.exit_code == 0, res.stderr
    [answer] = [json.loads(x) for x in res.stdout.splitlines()]
    assert (answer["line"], answer["command"]) == (1, command)
    assert key in answer["query"]
    if "," in line and line.split(",")[-1][:1].isdigit():
        assert answer["query"]["as_of"] == line.split(",")[-1]


def test_batch_refuses_a_format_it_cannot_stream():
    bad = invoke("ratified", "--batch", "-", "--format", "markdown", "--data-dir", str(MINI), expect=2)
    assert bad.stderr.startswith("octreaty: error: --batch answers in JSON Lines or CSV, not 'markdown'")


def test_published_schema_files_match_the_command():
    """docs/schemas/COMMAND.schema.json, for readers who do not install octreaty, are what
    'octreaty schema COMMAND' prints (OCTREATY_REGEN=1 rewrites them)."""
    import os
    from pathlib import Path

    folder = Path(__file__).resolve().parent.parent / "docs" / "schemas"
    if os.environ.get("OCTREATY_REGEN") == "1":
        folder.mkdir(parents=True, exist_ok=True)
        for old in folder.glob("*.schema.json"):
            old.unlink()
        for command in COMMANDS:
            text = json.dumps(schema(command), ensure_ascii=False, indent=2) + "\n"
            (folder / f"{command}.schema.json").write_text(text, encoding="utf-8")
    assert sorted(p.name for p in folder.glob("*.schema.json")) == sorted(f"{c}.schema.json" for c in COMMANDS)
    for command in COMMANDS:
        assert json.loads((folder / f"{command}.schema.json").read_text(encoding="utf-8")) == schema(command)
