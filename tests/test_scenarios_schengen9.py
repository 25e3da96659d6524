"""Scenario tests on the shipped data: the Convention implementing the Schengen Agreement (`cisa`, data/schengen.yaml).

Each test names the source key (defined in data/schengen.yaml) that gives the expected answer. A State's
row is the day from which the Executive Committee's or the Council's decision put the Convention into
effect for it; dates sit on both sides of each boundary.
"""

from __future__ import annotations

import pytest

from octreaty.load import load
from tests.scenario import coverage, link_rows, party, ratified
from tests.scenario import parties as _listed


def parties(iid: str, day: str) -> dict[str, dict]:
    """The rows of `parties` that are bound on the day (those pending or partial participants left out)."""
    return {c: r for c, r in _listed(iid, day).items() if r["state"] == "bound"}

# eurlex-comex-1994-29: "in all its parts on 26 March 1995" for Belgium, Germany, France, Luxembourg,
# the Netherlands and the acceding States Spain and Portugal.
ORIGINAL_SEVEN = ["BEL", "DEU", "FRA", "LUX", "NLD", "ESP", "PRT"]


def test_the_seven_from_26_march_1995_and_none_the_day_before():
    """eurlex-comex-1994-29 (Executive Committee decision of 22 December 1994)."""
    assert parties("cisa", "1995-03-25") == {}
    on = parties("cisa", "1995-03-26")
    assert sorted(on) == sorted(ORIGINAL_SEVEN)
    assert all(r["in_force"]["date"] == "1995-03-26" for r in on.values())


@pytest.mark.parametrize("country, day", [("ITA", "1997-10-26"), ("AUT", "1997-12-01")])
def test_italy_and_austria_from_the_day_the_executive_committee_set(country, day):
    """camera-comex-1997-10-07: put into application for Italy on 26 October 1997, for Austria on
    1 December 1997 (xinhua-2007-12-21-schengen lists the same days)."""
    before = ratified(country, "cisa", _day_before(day))
    assert before is None or before["state"] != "bound"
    row = ratified(country, "cisa", day)
    assert row is not None and row["state"] == "bound" and row["in_force"] == day


@pytest.mark.parametrize("country", ["DNK", "FIN", "SWE", "ISL", "NOR"])
def test_nordic_states_from_25_march_2001(country):
    """eurlex-dec-2000-777 (Council Decision 2000/777/EC); the day from xinhua-2007-12-21-schengen and
    norwayexports-2000-schengen ("starting March 25, 2001")."""
    assert country not in parties("cisa", "2001-03-24")
    assert parties("cisa", "2001-03-25")[country]["in_force"]["date"] == "2001-03-25"


@pytest.mark.parametrize("country", ["CZE", "EST", "LVA", "LTU", "HUN", "MLT", "POL", "SVN", "SVK"])
def test_the_nine_of_2004_from_21_december_2007(country):
    """eurlex-dec-2007-801 (Council Decision 2007/801/EC); cvce-schengen-2007-12-20: land and sea
    borders on 21 December 2007 (air borders 30 March 2008, in the note)."""
    assert country not in parties("cisa", "2007-12-20")
    row = ratified(country, "cisa", "2007-12-21")
    assert row is not None and row["state"] == "bound" and row["in_force"] == "2007-12-21"


def test_czechia_partial_application_from_accession_is_in_the_note():
    """euroskop-cz-schengen-phases: from 1 May 2004 the Czech Republic applied the Schengen rules on mutual
    cooperation in criminal matters and police assistance; the row is dated by the full application."""
    row = ratified("CZE", "cisa", "2008-01-01")
    assert row["in_force"] == "2007-12-21"
    [cze] = [p for p in load().instruments["cisa"].parties if p.party == "CZE"]
    assert "1 May 2004" in cze.note and "euroskop-cz-schengen-phases" in cze.note


@pytest.mark.parametrize("country, day", [("CHE", "2008-12-12"), ("LIE", "2011-12-19"), ("HRV", "2023-01-01"),
                                          ("BGR", "2024-03-31"), ("ROU", "2024-03-31")])
def test_later_states_from_the_day_the_council_set(country, day):
    """Switzerland: euroskop-2008-che-schengen (Decision 2008/903/EC); Liechtenstein:
    consilium-2011-lie-schengen (Decision 2011/842/EU); Croatia: traveltomorrow-2022-hrv-schengen
    (Decision (EU) 2022/2451); Bulgaria and Romania: vreemdelingenrecht-2024-bgr-rou and
    capa-2023-12-30-bgr-rou (Decision (EU) 2024/210, air and sea borders)."""
    assert country not in parties("cisa", _day_before(day))
    assert parties("cisa", day)[country]["in_force"]["date"] == day


def test_greece_undated_but_bound_by_the_1998_decisions():
    """eurlex-comex-1998-43-grc (partially brought into force by the decision of 7 October 1997) and
    eurlex-comex-1998-49-grc (16 December 1998: police and judicial cooperation requirements met): no source
    read gives the day, so Greece is a party by 1998-12-16 and not among the parties listed before."""
    row = party("cisa", "GRC", "1999-01-01")
    assert row["state"] == "bound"
    assert row["in_force"] == "1998-12-16" and row["in_force_qualifier"] == "by"
    assert "GRC" not in parties("cisa", "1998-12-15")


def test_united_kingdom_partial_participant_until_the_end_of_the_transition_period():
    """eurlex-dec-2004-926-gbr (parts put into effect by Decision 2004/926/EC "as from 1 January 2005", its art. 1,
    ukleg-eudn-2004-926-art1, read in round 14; before, the row was undated and read "by 2004-12-22") and the
    end on 31 December 2020 (kingsleynapley-2021, fivesah-tca-2021): shown as a party, gone from 1 January 2021."""
    during = ratified("GBR", "cisa", "2020-12-31")
    assert during["state"] == "bound" and during["in_force"] == "2005-01-01" and during["in_force_qualifier"] == ""
    after = ratified("GBR", "cisa", "2021-01-01")
    assert after["state"] == "withdrawn" and after["withdrawal"] == "2021-01-01"
    assert "GBR" in parties("cisa", "2020-12-31") and "GBR" not in parties("cisa", "2021-01-01")


def test_cyprus_partial_participant_from_its_accession():
    """consilium-2011-lie-schengen: Cyprus, Ireland and the United Kingdom "participate in some of the
    Schengen rules" (13 December 2011); round 13 dated Cyprus's participation from its accession on 2004-05-01
    (eurlex-act-2003-art3: the 2003 Act of Accession, art. 3(1), binds the new Member States by the provisions
    its Annex I lists "from the date of accession")."""
    row = ratified("CYP", "cisa", "2026-01-01")
    assert row["state"] == "bound" and row["in_force"] == "2004-05-01" and row["in_force_qualifier"] == ""
    assert "CYP" in parties("cisa", "2004-05-01")
    assert "CYP" not in parties("cisa", "2004-04-30")


def test_twenty_nine_in_full_and_two_partial_participants():
    """ec-schengen-history-2025: "From 5 countries to 29" (2025-03-24); the data counts Cyprus
    (consilium-2011-lie-schengen) and Ireland (oireachtas-2021-09-29-schengen) beside them as partial participants,
    listed and bound by the parts they take part in, not counted against the 29 (role partial-participant)."""
    on = parties("cisa", "2025-03-24")
    assert len(on) == 31
    assert {c: on[c]["role"] for c in ("CYP", "IRL")} == {"CYP": "partial-participant", "IRL": "partial-participant"}
    assert coverage("cisa") == "29 of 29 stated by ec-schengen-history-2025 as of 2025-03-24"


def test_germany_poland_share_it_for_police_cooperation_from_2007():
    """eurlex-comex-1994-29 (Germany 1995-03-26) and eurlex-dec-2007-801 (Poland 2007-12-21): the pair is
    linked from the later day, usable for police cooperation (arts. 39-47)."""
    rows = link_rows("DEU", "POL", "2026-01-01", "police", section="shared")
    assert "cisa" in rows
    assert "cisa" not in link_rows("DEU", "POL", "2007-12-20", "police", section="shared")


def _day_before(day: str) -> str:
    from datetime import date, timedelta
    return (date.fromisoformat(day) - timedelta(days=1)).isoformat()


def test_ireland_partial_participant_by_the_ministers_answer():
    """oireachtas-2021-09-29-schengen: Ireland's participation "is limited to some of the policing co-operation
    agreements" (29 September 2021); no source read gives the day, so it is a party by then, not listed before."""
    row = ratified("IRL", "cisa", "2026-01-01")
    assert row["state"] == "bound"
    assert row["in_force"] == "2021-09-29" and row["in_force_qualifier"] == "by"
    assert "IRL" not in parties("cisa", "2021-09-28")
