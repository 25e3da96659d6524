"""Council of Europe crime conventions, third round (data/coe-crime.yaml): counts and dated facts
added from sources the earlier rounds had not used, through the CLI on the shipped data, with dates on
both sides of each boundary a fact sets.

Each test names the source key of the expected answer and what it says."""

from __future__ import annotations

from tests.scenario import coverage as _coverage
from tests.scenario import party as _party

# --- CETS 197 (Trafficking in Human Beings) ---------------------------------------------------


def test_cets197_counted_against_gretas_14th_general_report():
    # eucrim-2025-greta-14th-report: no new ratification in 2024, "the total number of Parties at 48
    # (46 Council of Europe member states plus Israel and Belarus)"
    assert _coverage("cets-197").endswith("of 48 stated by eucrim-2025-greta-14th-report as of 2024-12-31")


def test_cets197_ukraine_in_force_1_march_2011():
    # univd-visnyk-ukr-197: the Convention "came into force on March 1, 2011 for Ukraine"; no deposit day
    assert _party("cets-197", "UKR", "2011-02-28") is None
    row = _party("cets-197", "UKR", "2011-03-01")
    assert (row["state"], row["consent"], row["in_force"]) == ("bound", "", "2011-03-01")
