"""Round 14 (eu14): the Schengen Convention, the EU's mutual assistance conventions and the arrest warrants.

Each test names the source of the expected answer and asserts the answer on both sides of the boundary
the fact sets.
"""

from __future__ import annotations

from .scenario import day_before, party


def test_united_kingdom_took_part_in_the_schengen_convention_from_1_january_2005():
    """Council Decision 2004/926/EC, art. 1: the provisions of Decision 2000/365/EC art. 1(a)(i), (b), (c)(i)
    and (d)(i) "shall be put into effect for the United Kingdom as from 1 January 2005" (legislation.gov.uk,
    ukleg-eudn-2004-926-art1); a partial participant to the end of the transition period (last day
    2020-12-31)."""
    assert party("cisa", "GBR", day_before("2005-01-01")) is None
    row = party("cisa", "GBR", "2005-01-01")
    assert row is not None
    assert (row["state"], row["role"], row["in_force"]) == ("bound", "partial-participant", "2005-01-01")
    assert "ukleg-eudn-2004-926-art1" in row["sources"].split()
    assert party("cisa", "GBR", "2020-12-31")["state"] == "bound"
    assert party("cisa", "GBR", "2021-01-01") is None
