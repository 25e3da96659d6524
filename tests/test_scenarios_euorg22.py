"""Round 22 (euorg22): Europol, Eurojust, SELEC, the EAW/EIO and the EU MLA Convention.

Each case names the source of the fact it asks about. This round found no new day of entry into force for the
undated rows; it recorded two facts that must not move an answer:

- the EU-Ecuador agreement with Europol (personal data) was concluded by Council Decision (EU) 2026/828 of
  2026-03-30 and published on 2026-04-15 (euorg22-cambioslegales-2026-828-ecu-europol,
  euorg22-cambioslegales-2026-ecu-europol-agreement), its entry into force "Not specified": Ecuador stays a
  working-arrangement partner on both sides of those days, never an operational partner;
- Austria's legal information system lists Malta among the Europol Convention's parties in the notice of scope
  BGBl. III Nr. 127/2004 (euorg22-legalize-at-ris-10006071-europol), whose days were not read: Malta's
  membership stays uncertain until its bound of 2007-10-31 (org-bbj-2007-europol), bound from then.
"""

from __future__ import annotations

import pytest

from .scenario import day_before, party

# (instrument, country, day, state, role, source of the fact the day asks about)
CASES = [
    # Council Decision (EU) 2026/828 of 2026-03-30 concludes the EU-Ecuador agreement: no operational period
    ("europol", "ECU", day_before("2026-03-30"), "partner", "working-arrangement",
     "org-eltelegrafo-2023-ecuador-europol"),
    ("europol", "ECU", "2026-03-30", "partner", "working-arrangement", "euorg22-cambioslegales-2026-828-ecu-europol"),
    # the agreement's text published in the Official Journal of 2026-04-15, its entry into force not given
    ("europol", "ECU", "2026-04-15", "partner", "working-arrangement",
     "euorg22-cambioslegales-2026-ecu-europol-agreement"),
    ("europol", "ECU", "2026-04-16", "partner", "working-arrangement",
     "euorg22-cambioslegales-2026-ecu-europol-agreement"),
    # Malta: named in Austria's notice of scope of 2004, its days not read: still uncertain at the end of 2004
    ("europol", "MLT", "2004-12-31", "uncertain", "member", "euorg22-legalize-at-ris-10006071-europol"),
    ("europol", "MLT", day_before("2007-10-31"), "uncertain", "member", "org-bbj-2007-europol"),
    ("europol", "MLT", "2007-10-31", "bound", "member", "org-bbj-2007-europol"),
]


@pytest.mark.parametrize(("iid", "country", "day", "state", "role", "source"), CASES)
def test_sourced_state(iid: str, country: str, day: str, state: str, role: str, source: str) -> None:
    row = party(iid, country, day)
    assert row is not None, (iid, country, day, source)
    assert row["state"] == state, (row, source)
    assert row["role"] == role, (row, source)


def test_ecuador_sources_name_the_eu_agreement() -> None:
    # The Ecuadorian row cites the concluding decision and the agreement's publication (round 22).
    row = party("europol", "ECU", "2026-04-16")
    assert row is not None
    assert "euorg22-cambioslegales-2026-828-ecu-europol" in row["sources"].split()
    assert "euorg22-cambioslegales-2026-ecu-europol-agreement" in row["sources"].split()


def test_malta_bound_is_not_moved_by_the_austrian_notice() -> None:
    # The Austrian record is kept out of the Maltese row's sources, so the row's bound stays 2007-10-31.
    row = party("europol", "MLT", "2007-10-31")
    assert row is not None
    assert row["in_force"] == "2007-10-31" and row["in_force_qualifier"] == "by"
    assert "euorg22-legalize-at-ris-10006071-europol" not in row["sources"].split()
