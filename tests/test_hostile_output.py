"""Issue 11, class 3: what the data, file names and arguments hold cannot act on the terminal,
the spreadsheet, the Markdown viewer or the XML reader that shows octreaty's output."""

from __future__ import annotations

import csv
import io
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from octreaty import sanitize
from octreaty.brief import brief
from octreaty.export import mermaid_label
from octreaty.load import load
from octreaty.query import Queries

from .conftest import DAY, invoke

# YAML double-quoted escapes: ESC, BEL, CR, C1 CSI, a right-to-left override, a new line
EVIL_NAME = r'"Ital\e]0;pwned\a\e[2J\roctreaty: error: forged\x9b31m\u202ey\nnext"'
EVIL_TEXT = "Ital\x1b]0;pwned\x07\x1b[2J\roctreaty: error: forged\x9b31m\u202ey\nnext"
SHOWN = "Ital\\x1b]0;pwned\\x07\\x1b[2J\\x0doctreaty: error: forged\\x9b31m\\u202ey"
RAW_CONTROLS = ("\x1b", "\x07", "\r", "\x9b", "\u202e")


@pytest.fixture()
def evil(mini_copy: Path) -> Path:
    """The mini data with a country name full of escapes, a formula for a short name, and a
    source whose title is HTML and whose URL is javascript."""
    c = mini_copy / "countries.yaml"
    c.write_text(c.read_text(encoding="utf-8").replace("name: Italy", f"name: {EVIL_NAME}"), encoding="utf-8")
    i = mini_copy / "instruments.yaml"
    text = i.read_text(encoding="utf-8")
    text = text.replace("short: UNTOC", 'short: "=HYPERLINK(\\"http://evil\\",\\"UNTOC\\")"', 1)
    text = text.replace('title: "UNTC status: UNTOC (XVIII-12)"',
                        'title: "<img src=x onerror=alert(1)> [click](javascript:alert(1)) & \\n# Heading"', 1)
    text = text.replace("url: https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XVIII-12&chapter=18",
                        'url: "javascript:alert(1)"', 1)
    i.write_text(text, encoding="utf-8")
    return mini_copy


def _run(d: Path, *args: str, expect: int = 0):
    return invoke(*args, "--data-dir", str(d), "--as-of", DAY.isoformat(), expect=expect)


# --- the terminal ----------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["table", "markdown", "csv"])
def test_no_control_character_reaches_stdout(evil, fmt):
    r = _run(evil, "link", "albania", "ITA", "--format", fmt)
    for ch in RAW_CONTROLS:
        assert ch not in r.stdout
    if fmt == "table":
        assert SHOWN in r.stdout.replace("\n", "")
    elif fmt == "markdown":  # a line break is a space there, so that it starts no heading
        assert "Ital\\x1b]0;pwned\\x07\\x1b[2J octreaty: error: forged\\x9b31m\\u202ey next" in r.stdout


@pytest.mark.parametrize("args", [["ratified", "ITA"], ["countries"], ["parties", "untoc"], ["channels", "ITA"],
                                  ["why", "albania", "ITA"], ["path", "albania", "ITA"], ["matrix"],
                                  ["instruments"], ["show", "untoc"], ["sources"]])
def test_every_command_neutralises_the_data(evil, args):
    for fmt in ("table", "markdown", "csv"):
        r = invoke(*args, "--data-dir", str(evil), "--format", fmt)
        for ch in RAW_CONTROLS:
            assert ch not in r.stdout, (args, fmt)


def test_json_keeps_the_value_and_escapes_the_controls(evil):
    r = _run(evil, "link", "albania", "ITA", "--format", "json")
    for ch in RAW_CONTROLS:
        assert ch not in r.stdout
    assert "\\u009b" in r.stdout and "\\u202e" in r.stdout and "\\u001b" in r.stdout
    assert json.loads(r.stdout)["countries"]["ITA"] == EVIL_TEXT  # the value itself is intact


def test_batch_json_lines_escape_the_controls(evil, tmp_path):
    pairs = tmp_path / "pairs.txt"
    pairs.write_text("albania,ITA\nalbania,\u202e\x1b[2Jatlantis\n", encoding="utf-8")
    r = invoke("link", "--batch", str(pairs), "--data-dir", str(evil), "--as-of", DAY.isoformat(), expect=3)
    for ch in RAW_CONTROLS:
        assert ch not in r.stdout
    first, second = (json.loads(line) for line in r.stdout.splitlines())
    assert first["countries"]["ITA"] == EVIL_TEXT
    assert second["input"] == "albania,\u202e\x1b[2Jatlantis"


def test_arguments_and_file_names_are_neutralised_in_messages(tmp_path):
    r = invoke("link", "\x1b]0;pwned\x07albania", "italy", expect=3)
    assert r.stderr.splitlines()[0].startswith("octreaty: error: unknown country '\\x1b]0;pwned\\x07albania'")
    r = invoke("countries", "--data-dir", str(tmp_path / "x\x1b[2J\rfake"), expect=4)
    assert r.stderr.splitlines()[0] == (
        f"octreaty: error: data directory {tmp_path}/x\\x1b[2J\\x0dfake does not exist")
    r = invoke("link", "--batch", str(tmp_path / "p\x9b1m\nq"), expect=2)
    assert r.stderr.splitlines()[0] == (
        f"octreaty: error: cannot read the batch file {tmp_path}/p\\x9b1m\\x0aq: No such file or directory")


def test_a_message_is_one_line_whatever_the_name_holds(tmp_path):
    r = invoke("ratified", "a\nb\roctreaty: fine", expect=3)
    assert len(r.stderr.splitlines()) == 2
    assert r.stderr.splitlines()[0].startswith("octreaty: error: unknown country 'a\\nb\\roctreaty: fine'")


def test_colour_codes_of_the_table_itself_survive():
    """Only the data's control characters are neutralised, not rich's own styling."""
    text = sanitize.terminal("\x1b[1mbold\x1b[0m")
    assert text == "\\x1b[1mbold\\x1b[0m"


# --- spreadsheets ----------------------------------------------------------------------------


@pytest.mark.parametrize("cell, safe", [
    ("=1+2", "'=1+2"), ("+1", "'+1"), ("-1", "'-1"), ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\tx"), ("\rx", "'\rx"),
    ("plain", "plain"), ("", ""), ("a=b", "a=b"), ("2003-09-29", "2003-09-29"),
])
def test_csv_cell(cell, safe):
    assert sanitize.csv_cell(cell) == safe


def test_csv_formulas_are_defused_by_default_and_kept_with_raw_csv(evil):
    r = _run(evil, "ratified", "albania", "--format", "csv")
    rows = list(csv.reader(io.StringIO(r.stdout)))
    assert rows[1][1] == "'=HYPERLINK(\"http://evil\",\"UNTOC\")"
    raw = _run(evil, "ratified", "albania", "--format", "csv", "--raw-csv")
    rows = list(csv.reader(io.StringIO(raw.stdout)))
    assert rows[1][1] == "=HYPERLINK(\"http://evil\",\"UNTOC\")"


def test_raw_csv_keeps_the_data_exactly(evil):
    raw = invoke("countries", "--format", "csv", "--raw-csv", "--data-dir", str(evil))
    names = {row[0]: row[2] for row in csv.reader(io.StringIO(raw.stdout))}
    assert names["ITA"] == EVIL_TEXT


def test_raw_csv_is_offered_wherever_csv_is(evil):
    for args in (["link", "albania", "ITA"], ["matrix"], ["sources"], ["diff", "--since", "2000-01-01"]):
        invoke(*args, "--data-dir", str(evil), "--format", "csv", "--raw-csv")


# --- Markdown (brief) -----------------------------------------------------------------------


@pytest.fixture()
def evil_brief(evil) -> str:
    data = load(evil)
    return brief(Queries(data).link("ALB", "ITA", DAY, explain="full"), data)


def test_brief_escapes_html(evil_brief):
    assert "<img" not in evil_brief
    assert "&lt;img src=x onerror=alert(1)&gt;" in evil_brief


def test_brief_makes_no_javascript_link(evil_brief):
    assert "<javascript:" not in evil_brief
    assert not re.search(r"(?<!\\)\]\(javascript:", evil_brief)
    assert "javascript:alert(1) (not a web address, so not a link)" in evil_brief
    assert "\\[click\\](javascript:alert(1))" in evil_brief or "[click\\](javascript:alert(1))" in evil_brief


def test_brief_name_with_a_new_line_starts_no_heading(evil_brief):
    headings = [line for line in evil_brief.splitlines() if line.startswith("#")]
    assert all(h.startswith(("# Cooperation between Albania and Ital", "## ")) for h in headings)
    assert not any(line.startswith(("next", "# Heading", "octreaty:")) for line in evil_brief.splitlines())


def test_brief_table_headers_are_escaped(evil_brief):
    header = next(line for line in evil_brief.splitlines() if line.startswith("| Instrument | Albania |"))
    assert header.count("|") == 7  # the pipe-free name did not add or remove a column
    assert "Ital" in header and "\n" not in header


def test_brief_through_the_cli_has_no_controls(evil):
    r = _run(evil, "brief", "albania", "ITA")
    for ch in RAW_CONTROLS:
        assert ch not in r.stdout


def test_brief_code_spans_hold_any_key():
    from octreaty.brief import _code, _md

    assert _code("a`b") == "`` a`b ``"
    assert _md("[x](y) [k]. <b> & | *e*") == "[x\\](y) [k]. &lt;b&gt; &amp; \\| \\*e\\*"
    assert _md("line\n# heading\r\n- item") == "line # heading - item"


# --- XML and Mermaid ---------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_graph_exports_stay_xml_with_control_characters(evil, fmt):
    r = _run(evil, "export", "--format", fmt)
    root = ET.fromstring(r.stdout.encode("utf-8"))  # well-formed
    assert root is not None
    assert "Ital\\x1b]0;pwned\\x07" in r.stdout


@pytest.mark.parametrize("fmt", ["dot", "mermaid", "json"])
def test_other_exports_have_no_controls(evil, fmt):
    r = _run(evil, "export", "--format", fmt)
    for ch in RAW_CONTROLS:
        assert ch not in r.stdout
    if fmt == "json":
        doc = json.loads(r.stdout)
        labels = {n["id"]: n["label"] for n in doc["nodes"]}
        assert labels["c:ITA"] == EVIL_TEXT


def test_mermaid_labels_escape_html_and_markdown_strings():
    assert mermaid_label('<b>"x"</b> `md` #1 & y') == '"#lt;b#gt;#quot;x#quot;#lt;/b#gt; #96;md#96; #35;1 #38; y"'


def test_markdown_output_of_every_command_is_text_not_markup(evil):
    r = invoke("sources", "--format", "markdown", "--data-dir", str(evil))
    assert "<img" not in r.stdout and "&lt;img src=x onerror=alert(1)&gt;" in r.stdout
    assert not re.search(r"(?<!\\)\]\(javascript:", r.stdout)
    assert not any(line.startswith("# Heading") for line in r.stdout.splitlines())


def test_completion_offers_no_name_with_control_characters(evil, monkeypatch):
    from octreaty.cli import complete_country

    monkeypatch.setenv("OCTREATY_DATA", str(evil))
    offered = complete_country("Ital")
    for value, help_text in offered:
        for ch in RAW_CONTROLS:
            assert ch not in value and ch not in help_text
    assert ("ITA", "Ital\\x1b]0;pwned\\x07\\x1b[2J\\x0doctreaty: error: forged\\x9b31m\\u202ey\\x0anext") in \
        complete_country("IT")


def test_styled_keeps_colour_and_escapes_the_rest():
    assert sanitize.styled("\x1b[1mTitle\x1b[0m \x1b]0;x\x07 \x1b[2J \x9b1m \r") == (
        "\x1b[1mTitle\x1b[0m \\x1b]0;x\\x07 \\x1b[2J \\x9b1m \\x0d")


def test_a_coloured_table_on_a_terminal_has_no_data_escapes(evil, monkeypatch):
    import io as _io

    from octreaty import cli

    buf = _io.StringIO()
    monkeypatch.setattr(cli.sys, "stdout", buf)
    monkeypatch.setattr(buf, "isatty", lambda: True, raising=False)
    cli._emit("\x1b[1mItal\x1b]0;pwned\x07y\x1b[0m\n", "styled")
    assert buf.getvalue() == "\x1b[1mItal\\x1b]0;pwned\\x07y\x1b[0m\n"


def test_csv_rows_of_any_document_are_defused_whoever_writes_them(evil):
    from octreaty import render

    data = load(evil)
    result = Queries(data).ratified("ALB", DAY)
    safe = render.document(result, data, "csv")
    raw = render.document(result, data, "csv", raw_csv=True)
    assert [r[1] for r in safe.csv_rows][0] == "'=HYPERLINK(\"http://evil\",\"UNTOC\")"
    assert [r[1] for r in raw.csv_rows][0] == "=HYPERLINK(\"http://evil\",\"UNTOC\")"
    assert sanitize.csv_cell(sanitize.csv_cell("=1")) == "'=1"  # applying it twice changes nothing


def test_brief_html_page_has_no_markup_from_the_data(evil):
    r = _run(evil, "brief", "albania", "ITA", "--format", "html")
    page = r.stdout
    assert "<img" not in page and "<script>alert" not in page
    assert not re.search(r"href=\"\s*javascript:", page, re.IGNORECASE)
    for ch in RAW_CONTROLS:
        assert ch not in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page


def test_brief_gantt_names_cannot_close_the_fence():
    from octreaty.brief import _gantt_name

    assert _gantt_name("a ``` <b>: x; #1\nnext") == "a ''' (b) x, No.1 next"
