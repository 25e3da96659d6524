"""Issue 14, items 1 and 2: tables that read at any width, and `why` that reasons in every format."""

from __future__ import annotations

import csv
import io
import json
import os
import pty
import re
import subprocess
import sys

import pytest

from octreaty import layout

from .conftest import MINI, drain, invoke, mini

# --- the layout on its own ------------------------------------------------------------


def test_wrap_breaks_at_spaces_and_keeps_long_tokens_whole():
    assert layout.wrap("ratification 2002-08-21 in force 2003-09-29", 12) == [
        "ratification", "2002-08-21", "in force", "2003-09-29"]
    url = "https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XVIII-12"
    assert layout.wrap(f"see {url} now", 20) == ["see", url, "now"]
    # a dashed name may break after its dash; a key or a date never does
    assert layout.wrap("Montenegro–Albania–Kosovo", 15) == ["Montenegro–", "Albania–Kosovo"]
    assert layout.wrap("(Montenegro-Albania-Kosovo)", 15) == ["(Montenegro-", "Albania-Kosovo)"]
    assert layout.wrap("nl-trb-2000-13 2000-12-12", 8) == ["nl-trb-2000-13", "2000-12-12"]
    georgia = "http://gtarchive.georgiatoday.ge/news/6247/Georgia-Becomes-Partner-of-Europol"
    assert layout.wrap(georgia, 30) == [georgia]


def test_table_shapes_as_the_width_shrinks():
    cols = ["Instrument", "Consent", "Sources"]
    rows = [["European Convention on Extradition", "1998-05-19", "nl-trb-2000-13 coe-024-decl-ita"]]
    wide = layout.table(cols, rows, 120)
    assert wide[0] == "  Instrument                          Consent     Sources"
    assert wide[2] == "  European Convention on Extradition  1998-05-19  nl-trb-2000-13 coe-024-decl-ita"
    # narrower: the sources move under the row rather than the name breaking into slivers
    narrow = layout.table(cols, rows, 50)
    assert narrow == [
        "  Instrument                          Consent",
        " " + "─" * 47,
        "  European Convention on Extradition  1998-05-19",
        "    Sources: nl-trb-2000-13 coe-024-decl-ita",
    ]
    # narrower still: one space between columns
    assert layout.table(cols, rows, 24)[:3] == ["  Instrument  Consent", " " + "─" * 23, "  European    1998-05-19"]
    # too narrow for any grid: one record per row
    assert layout.table(cols, rows, 20) == [
        "European Convention",
        "on Extradition",
        "    Consent: 1998-05-19",
        "    Sources: nl-trb-2000-13",
        "             coe-024-decl-ita",
    ]


def test_columns_empty_in_every_row_are_left_out():
    lines = layout.table(["Country", "Role", "Withdrawal"], [["Albania", "", ""], ["Italy", "", ""]], 80)
    assert lines[0] == "  Country"


# --- the CLI at 80 columns ----------------------------------------------------------


WHOLE = re.compile(r"^(\d{4}(-\d{2}(-\d{2})?)?|https?://\S+|[a-z0-9]+(-[a-z0-9]+)+)$")


def _whole_tokens(text: str) -> set[str]:
    """The dates, URLs and ids (source keys, instrument ids) of a text."""
    return {t for w in text.split() for t in {w, w.strip("[](),;:.")} if WHOLE.match(t)}


@pytest.mark.parametrize("args", [
    ["ratified", "albania"],
    ["parties", "untoc"],
    ["link", "kosovo", "hungary"],
    ["link", "albania", "italy"],
    ["sources"],
    ["diff", "--since", "2020-01-01"],
    ["channels", "kosovo"],
    ["instruments"],
])
def test_every_date_id_and_url_whole_at_80_columns(args):
    """The issue's check: at 80 columns every date, id and URL the table shows appears whole.

    The same table 1,000 columns wide wraps nothing: each of its dates, ids and
    URLs must be found, as a whole word, in the 80-column one."""
    narrow = invoke(*args, "--as-of", "2026-04-25", "--format", "table", env={"COLUMNS": "80"}).stdout
    wide = invoke(*args, "--as-of", "2026-04-25", "--format", "table", env={"COLUMNS": "1000"}).stdout
    assert sorted(_whole_tokens(wide) - _whole_tokens(narrow)) == []
    for line in narrow.splitlines():  # a line is longer only to keep one token whole
        assert len(line) <= 80 or len(line.split()[-1]) > 40, line


def test_no_title_printed_twice():
    out = mini("instruments", "--format", "table").stdout
    assert out.splitlines()[0] == "Instruments"
    assert out.count("Instruments") == 1
    md = mini("countries", "--format", "markdown").stdout
    assert md.count("Countries") == 1


def test_a_terminal_at_80_columns():
    """Under a pseudo-terminal 80 columns wide, a date is never cut and no line overflows."""
    master, slave = pty.openpty()
    env = {k: v for k, v in os.environ.items() if k != "COLUMNS"}
    env.update(TERM="dumb", NO_COLOR="1")
    import fcntl
    import struct
    import termios

    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    proc = subprocess.Popen([sys.executable, "-m", "octreaty", "ratified", "albania", "--as-of", "2026-04-25"],
                            stdout=slave, stderr=subprocess.PIPE, env=env)
    os.close(slave)
    raw = drain(master, proc)
    text = raw.decode("utf-8").replace("\r\n", "\n")
    assert "ETS 24" in text and "1998-05-19" in text  # Albania's ETS 24 ratification (nl-trb-2000-13)
    assert max(len(line) for line in text.splitlines()) <= 80
    assert not re.search(r"\d{4}-\d{2}\n\s*-\d{2}\b", text)  # no date cut after its month


# --- why reasons in every format -------------------------------------------------------


def test_why_piped_prints_the_reasoning():
    r = mini("why", "kosovo", "hungary")  # piped: CSV by default
    rows = list(csv.reader(io.StringIO(r.stdout)))
    assert rows[0] == ["step", "title", "sentence", "sources"]
    assert rows[1][:2] == ["1", "Who can join at all"]
    assert any(row[1] == "Bridges and fallback" and "UNMIK" in row[2] for row in rows[1:])


def test_why_json_results_are_the_steps():
    doc = json.loads(mini("why", "kosovo", "hungary", "--format", "json").stdout)
    assert doc["command"] == "why"
    assert [s["step"] for s in doc["results"]] == list(range(1, len(doc["results"]) + 1))
    assert doc["results"][0]["title"] == "Who can join at all"
    assert "un-sop" in doc["sources"]


def test_why_table_titles_are_not_squeezed():
    out = mini("why", "kosovo", "hungary", "--format", "table", env={"COLUMNS": "80"}).stdout
    assert "\n4. Regional conventions both are bound by\n" in out
    assert "\n  None.\n" in out


def test_why_markdown_is_paragraphs():
    out = mini("why", "kosovo", "hungary", "--format", "markdown").stdout
    assert "### 1. Who can join at all\n\nKosovo cannot join" in out
    assert "| Reasoning |" not in out


def test_a_large_answer_is_summarised_on_a_terminal(monkeypatch):
    from octreaty import render

    doc = render.Doc("T", {}, [], [], [], [render.Section("Pairs", ["A", "B"], [[str(n), "x"] for n in range(250)])])
    buf = io.StringIO()
    render.write_table(doc, buf, color=False, width=80, limit=200)
    text = buf.getvalue()
    assert "  199  x" in text and "  200  x" not in text
    assert "... and 50 more rows, not shown on a terminal: --format csv or json gives them\n  all" in text


def test_piped_table_honours_columns():
    out = invoke("countries", "--format", "table", "--data-dir", str(MINI), env={"COLUMNS": "40"}).stdout
    assert max(len(line) for line in out.splitlines()) <= 40


def test_a_grid_too_wide_is_cut_into_blocks_of_columns():
    from octreaty import render

    codes = [f"C{n:02d}" for n in range(30)]
    rows = [[f"{c} Country {c}", *("-" if c == d else "7" for d in codes)] for c in codes]
    doc = render.Doc("T", {}, [], [], [], [render.Section("G", ["", *codes], rows, grid=True)])
    buf = io.StringIO()
    render.write_table(doc, buf, color=False, width=80)
    lines = buf.getvalue().splitlines()
    assert max(len(line) for line in lines) <= 80
    assert sum(line.count("C00 Country C00") for line in lines) > 1  # every block repeats the row labels
    assert "C29" in buf.getvalue()


def test_progress_on_a_terminal_after_a_second(monkeypatch):
    import time

    from octreaty import cli

    class Tty(io.StringIO):
        def isatty(self):
            return True

    err = Tty()
    monkeypatch.setattr(sys, "stderr", err)
    monkeypatch.setattr(cli._Progress, "DELAY", 0.05)
    with cli._Progress():
        time.sleep(0.3)
    assert err.getvalue() == "octreaty: working... (a first run after a data change compiles the data)\n"
    quick = Tty()
    monkeypatch.setattr(sys, "stderr", quick)
    with cli._Progress():
        pass
    time.sleep(0.1)
    assert quick.getvalue() == ""


def test_a_table_under_an_ascii_locale_keeps_its_rule():
    env = {k: v for k, v in os.environ.items() if k not in ("LANG", "LC_ALL")}
    env.update(LC_ALL="C", PYTHONIOENCODING="ascii", PYTHONUTF8="0", PYTHONCOERCECLOCALE="0")
    r = subprocess.run([sys.executable, "-m", "octreaty", "countries", "--format", "table", "--data-dir", str(MINI)],
                       capture_output=True, env=env, timeout=60)
    lines = r.stdout.decode("ascii").splitlines()
    assert lines[3].strip().strip("-") == "" and "?" not in lines[3]
    assert "Cote d'Ivoire" in r.stdout.decode("ascii")
