"""Round 9 of the organisations' tables (INTERPOL, Europol, SELEC, PCC SEE): each test names the source of its
expected answer, with days on both sides of the boundary the fact sets."""

from __future__ import annotations

from .scenario import party


# Sources: org-teraz-2023-svk-interpol (TASR, Bratislava, 2023-10-03, the Police Force Presidium's spokesperson:
# "V utorok 3. októbra uplynie 30 rokov od prijatia Slovenska do medzinárodnej organizácie Interpol"),
# org-minv-sk-2011-interpol (the Slovak Interior Ministry: admitted as the 170th member at the 62nd General
# Assembly session in Aruba in 1993). The row held only the Correlates of War year, 1993.
def test_slovakia_interpol_member_from_1993_10_03():
    assert party("interpol", "SVK", "1993-10-02") is None
    row = party("interpol", "SVK", "1993-10-03")
    assert row is not None
    assert (row["state"], row["role"], row["consent"]) == ("bound", "member", "1993-10-03")
    assert "org-teraz-2023-svk-interpol" in row["sources"]
