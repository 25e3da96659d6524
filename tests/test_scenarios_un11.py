"""Scenario tests on the shipped data: round-11 facts for the United Nations conventions.

Each expectation names its source: unodc-eaf-2020-comoros-tip (UNODC Eastern Africa, Moroni, 23 July 2020: Comoros
"has today become the 179th State Party" to the Trafficking Protocol).
"""

from __future__ import annotations

from tests.scenario import party


def test_comoros_bound_by_the_trafficking_protocol_from_23_july_2020():
    """unodc-eaf-2020-comoros-tip and inview-untoc-tip-parties: a party from 2020-07-23, not the day before; the
    deposit day is stated by neither, so the row carries no consent date."""
    assert party("untoc-tip", "COM", "2020-07-22") is None or \
        party("untoc-tip", "COM", "2020-07-22")["state"] != "bound"
    row = party("untoc-tip", "COM", "2020-07-23")
    assert row is not None and row["state"] == "bound" and row["in_force"] == "2020-07-23"
    assert row["consent"] == ""
    assert "unodc-eaf-2020-comoros-tip" in row["sources"]
