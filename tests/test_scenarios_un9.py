"""Scenario tests on the shipped data: facts added by branch un9 for issue 12.

Each test names the source of its expected answer (the source keys are defined in
data/instruments.yaml). Dates sit on both sides of the boundary each fact sets.
"""

from __future__ import annotations

from tests.scenario import parties_answer as _parties
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


# Source: wiki-uncc-2026-capture (the encyclopedia's list of the 74 participants "as of January 2026", taken from
# the UN Treaty Collection archived on 2025-12-29) names Fiji; verdragen-cybercrime-2025 (the Dutch treaty
# database, which already records Mauritius's signature of 2025-11-19) and untc-xviii16-2025 (the depositary's
# table after the Hanoi ceremony) do not: Fiji signed after 2025-11-19, its day unknown.

def test_fiji_had_not_signed_the_cybercrime_convention_on_19_november_2025():
    assert party("cybercrime-2024", "FJI", "2025-11-19") is None


def test_fiji_is_a_signatory_of_the_cybercrime_convention_by_january_2026():
    row = party("cybercrime-2024", "FJI", "2026-01-31")
    assert row is not None
    assert row["state"] == "signed-only"
    assert row["signature"] == ""
    # round 15 adds Fiji's national broadcaster on the signature in New York as the 74th (fbc-2026-fji-cybercrime)
    assert row["sources"].split() == ["wiki-uncc-2026-capture", "fbc-2026-fji-cybercrime"]


def test_the_seventy_four_participants_of_january_2026():
    """The encyclopedia's 74 participants as of January 2026 (wiki-uncc-2026-capture, from the UNTC) are the
    table's signatories on 2026-01-31: the 72 of Hanoi, Mauritius and Fiji (Qatar and Viet Nam among them, each
    with a ratification reported later and undated, so uncertain)."""
    answer = _parties("cybercrime-2024", "2026-01-31", "--all")
    signed = {r["country"] for r in answer["results"] + answer["uncertain"]}
    assert len(signed) == 74
    assert {"FJI", "MUS", "SWE", "GBR", "UGA"} <= signed
    assert "CAN" not in signed
