"""README's coverage table and `octreaty check` tell the same story (issue 12).

The table under "How current and complete it is" is replayed by
test_usability_readme; this test holds it against `check` on the same day: the
instruments whose count falls short of (or exceeds) its stated count are
exactly those `check` warns about (with those that have no dated count to be held
against), and the tables older than 12 months are
exactly those it asks to refresh. Either side drifting fails here.
"""

from __future__ import annotations

import calendar
import csv
import io
import re
from datetime import date
from pathlib import Path

from .conftest import invoke

README = Path(__file__).resolve().parent.parent / "README.md"
COMMAND = re.compile(r"^\$ octreaty instruments --multilateral --as-of (\d{4}-\d{2}-\d{2}) --format markdown\n"
                     r"(.*?)^```", re.M | re.S)
# "25 of 26", "180 (+2 undated) of 185", "43 to 45 of 43", "25 (+1 listed after leaving: GBR) of 26"
_ONE = r"(\d+)(?: \(\+(\d+) undated\))?(?: \(\+(\d+) listed after leaving: [A-Z, ]+\))?"
COUNT = re.compile(rf"^(?:{_ONE} to )?{_ONE} of (\d+) stated")


def _end(partial: str) -> date:
    """The last day a partial date ("2025", "2025-03", "2025-03-05") can mean."""
    parts = [int(p) for p in partial.split("-")]
    if len(parts) == 3:
        return date(*parts)
    if len(parts) == 2:
        return date(parts[0], parts[1], calendar.monthrange(parts[0], parts[1])[1])
    return date(parts[0], 12, 31)


def _readme_table() -> tuple[str, list[dict[str, str]]]:
    m = COMMAND.search(README.read_text(encoding="utf-8"))
    assert m, "README has no coverage table (octreaty instruments --multilateral --as-of D --format markdown)"
    lines = [ln for ln in m.group(2).splitlines() if ln.startswith("| ") and not ln.startswith("| ---")]
    head = [c.strip().lower().replace(" ", "_") for c in lines[0].strip("|").split(" | ")]
    rows = [dict(zip(head, (c.strip() for c in ln.strip("|").split(" | ")), strict=True)) for ln in lines[1:]]
    return m.group(1), rows


def _warned(day: str) -> tuple[set[str], set[str]]:
    out = invoke("check", "--as-of", day, "--format", "csv").stdout
    coverage, stale = set(), set()
    for row in csv.DictReader(io.StringIO(out)):
        iid, _, field = row["key"].partition(".")
        if row["severity"] == "warning" and field == "coverage":
            coverage.add(iid)
        if row["severity"] == "warning" and field == "sources" and "refresh it" in row["problem"]:
            stale.add(iid)
    return coverage, stale


def test_readme_coverage_table_names_what_check_warns_about():
    day, rows = _readme_table()
    assert len(rows) > 30 and {"eaw", "ets-024", "untoc", "interpol"} <= {r["id"] for r in rows}
    short, old = set(), set()
    for r in rows:
        m = COUNT.match(r["coverage"])
        if r["kind"] not in ("bilateral", "eu-agreement") and (not m or " as of " not in r["coverage"]):
            short.add(r["id"])  # no stated count, or one with no date: nothing to hold the table against
        if m:
            # a count stated for a period ("43 to 45 of 43 ... as of 2013"): ours on its first and last day
            # (the former parties a count still lists are held against it beside the parties)
            stated = int(m.group(7))
            ends = [(int(m.group(4)), int(m.group(5) or 0), int(m.group(6) or 0))]
            if m.group(1):
                ends.append((int(m.group(1)), int(m.group(2) or 0), int(m.group(3) or 0)))
            if all(c + u + lst < stated for c, u, lst in ends) or all(c + lst > stated for c, _, lst in ends):
                short.add(r["id"])
        if r["kind"] not in ("bilateral", "eu-agreement") and (
                not r["as_of"] or (date.fromisoformat(day) - _end(r["as_of"])).days > 365):
            old.add(r["id"])
    coverage, stale = _warned(day)
    assert coverage == short
    assert stale == old
