"""Scenario tests on the shipped data: UN tables refreshed in round 4 of issue 12.

Each test names the source of its expected answer (the source keys are defined in
data/instruments.yaml). Dates sit on both sides of the boundary each fact sets.
"""

from __future__ import annotations

from tests.scenario import coverage, party


# --- 1988 Convention: South Sudan ------------------------------------------------------------
# Source: onecitizen-2023-ssd (the ceremony at UN Headquarters on Friday 2023-10-20, the
# depositary confirming the act of that day; the Convention was closed for signature in 1989,
# so the act is an accession), in force 90 days later under art. 29(2).

def test_south_sudan_acceded_to_the_1988_convention_on_2023_10_20():
    assert party("drugs-1988", "SSD", "2023-10-19") is None
    pending = party("drugs-1988", "SSD", "2023-10-20")
    assert pending["state"] == "consent-pending"
    assert pending["consent"] == "2023-10-20"
    bound = party("drugs-1988", "SSD", "2024-01-18")
    assert bound["state"] == "bound"
    assert bound["in_force"] == "2024-01-18"


# --- Trafficking in Persons Protocol: the count -----------------------------------------------
# Source: un-sgsm-22926-2025 (the Secretary-General's remarks of 2025-11-24: "185 States Parties").

def test_trafficking_protocol_counted_against_the_secretary_generals_185():
    assert coverage("untoc-tip") == "180 (+1 undated) of 185 stated by un-sgsm-22926-2025 as of 2025-11-24"
