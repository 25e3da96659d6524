"""The note that an answer is asked about a day after the data's newest source, where that source is dated only
to a month or a year.

Such a source may speak for the first day of its period: the data cannot vouch for the days after it, so the
note is owed from the day after that first day, not only after the period's last day (a source dated "2026"
would otherwise have silenced the note for every day of 2026, today included).
"""

from __future__ import annotations

import pytest

from .conftest import invoke, mini_with

NEWER = """schema: 1
sources:
  newer-src: {title: a newer statement, url: https://example.org/newer, as_of: "2026-07"}
instruments: []
"""
NOTE = "is after the data's newest source (2026-07)"


@pytest.fixture()
def folder(tmp_path):
    return mini_with(tmp_path, "newer.yaml", NEWER)


@pytest.mark.parametrize("day, noted", [("2026-07-01", False), ("2026-07-02", True), ("2026-07-31", True),
                                        ("2026-08-01", True), ("2026-06-30", False)])
def test_the_note_is_owed_from_the_day_after_the_periods_first_day(folder, day, noted):
    r = invoke("link", "albania", "italy", "--data-dir", str(folder), "--as-of", day, "--format", "csv")
    assert (NOTE in r.stderr) is noted
    assert r.stdout.startswith("section,instrument,")  # the note never reaches the machine output
