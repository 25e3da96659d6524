"""Round 13: EU judicial cooperation instruments (data/eu.yaml, data/regional.yaml, data/schengen.yaml).

Each test names the source of the expected answer and asserts it on both sides of the boundary the fact sets.
"""

from __future__ import annotations

from .scenario import parties, ratified


def test_cyprus_partial_schengen_participant_from_its_accession():
    """eurlex-act-2003-art3: art. 3(1) of the 2003 Act of Accession makes the Schengen provisions listed in its
    Annex I binding on and applicable in the new Member States "from the date of accession"; Cyprus acceded on
    1 May 2004 (org-eurlex-oj-l236-2003). So Cyprus is a partial participant in the Schengen Convention from that
    day, not before, and still only partial (not counted among the Schengen States) in 2025."""
    assert ratified("CYP", "cisa", "2004-04-30") is None
    assert "CYP" not in parties("cisa", "2004-04-30")
    row = ratified("CYP", "cisa", "2004-05-01")
    assert row["state"] == "bound" and row["in_force"] == "2004-05-01" and row["in_force_qualifier"] == ""
    assert row["role"] == "partial-participant"
    assert "eurlex-act-2003-art3" in row["sources"].split()
    assert parties("cisa", "2025-03-24")["CYP"]["role"] == "partial-participant"
