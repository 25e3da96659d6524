"""Scenario tests on the shipped data: facts added by branch un9 for issue 12.

Each test names the source of its expected answer (the source keys are defined in
data/instruments.yaml). Dates sit on both sides of the boundary each fact sets.
"""

from __future__ import annotations

from tests.scenario import party


# --- UN Convention against Cybercrime: signatures after the Hanoi ceremony ----------------
# Source: gac-2026-can-cybercrime (Global Affairs Canada's release "Canada signs United Nations
# Convention against Cybercrime", July 2026, relayed by a news digest that gives the month, not
# the day); newshour-2025 (Canada was not among the Hanoi signatories of 25-26 October 2025).

def test_canada_signed_the_cybercrime_convention_in_july_2026():
    row = party("cybercrime-2024", "CAN", "2026-07-31")
    assert row is not None
    assert row["state"] == "signed-only"
    assert row["signature"] == "2026-07"
    assert row["consent"] == ""
    assert "gac-2026-can-cybercrime" in row["sources"].split()


def test_canada_had_not_signed_the_cybercrime_convention_before_july_2026():
    assert party("cybercrime-2024", "CAN", "2025-10-26") is None
    assert party("cybercrime-2024", "CAN", "2026-06-30") is None
