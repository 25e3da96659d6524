"""Round 10 of the organisations' tables (INTERPOL, Europol, SELEC, PCC SEE, Council of Europe): each test names
the source of its expected answer, with days on both sides of the boundary the fact sets where a date is added."""

from __future__ import annotations

from .scenario import coverage, party


# Source: org-arabnews-2026-interpol-liberterra (the Associated Press, updated 2026-01-26, on INTERPOL's release of
# that Monday about Operation Liberterra III: "the agency headquartered in France that helps police in 196 member
# countries"). The count of 196 is the same as at the 93rd General Assembly (2025-11-24), now dated 2026-01-26.
def test_interpol_196_members_as_of_2026_01_26():
    assert coverage("interpol") == "196 of 196 stated by org-arabnews-2026-interpol-liberterra as of 2026-01-26"
