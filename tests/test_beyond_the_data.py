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


# a day beside a year that holds it: the data is current to the day, not to "2026" (round 14: a source dated only
# "2026" made every answer say "sources up to 2026" and the note fire from 2026-01-02, though the data's newest
# dated source was of 2026-08-20)
BESIDE = """schema: 1
sources:
  day-src: {title: a dated statement, url: https://example.org/day, as_of: "2026-07-15"}
  year-src: {title: a statement of some day of the year, url: https://example.org/year, as_of: "2026"}
instruments: []
"""


@pytest.mark.parametrize("day, noted", [("2026-07-15", False), ("2026-07-16", True), ("2026-01-02", False)])
def test_a_year_beside_a_newer_day_leaves_the_data_current_to_that_day(tmp_path, day, noted):
    folder = mini_with(tmp_path, "beside.yaml", BESIDE)
    r = invoke("link", "albania", "italy", "--data-dir", str(folder), "--as-of", day, "--format", "json")
    assert ("is after the data's newest source (2026-07-15)" in r.stderr) is noted
    assert '"data_as_of":"2026-07-15"' in r.stdout.replace(" ", "").replace("\n", "")


def test_of_a_day_and_a_month_that_start_together_the_day_is_the_datas_date(tmp_path):
    folder = mini_with(tmp_path, "same.yaml", """schema: 1
sources:
  day-src: {title: a dated statement, url: https://example.org/day, as_of: "2026-09-01"}
  month-src: {title: a statement of some day of the month, url: https://example.org/month, as_of: "2026-09"}
instruments: []
""")
    r = invoke("link", "albania", "italy", "--data-dir", str(folder), "--as-of", "2026-09-02", "--format", "json")
    assert "is after the data's newest source (2026-09-01)" in r.stderr
