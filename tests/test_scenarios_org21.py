"""Scenarios for round 21 (issue 12): INTERPOL, Europol, Eurojust and SELEC dates to the day where sources give them.
The round searched again for day-level INTERPOL admissions, the entries into force of the Europol and Eurojust
agreements known only by their signature, and the SELEC partners' agreements (each instrument's coverage note lists
what was searched). It found two sourced facts, which these tests pin on both sides of the boundary each sets:
Eurojust's own statement that its agreement with the United States entered into force in 2007 (the row gave 2006, kept
as a conflict), and a Saudi daily's report that the SELEC-Saudi Arabia cooperation agreement was signed in 2021. Each
test names the sources of the answer it expects (keys of data/eurojust.yaml and data/organisations.yaml, where each
carries its URL, date and the words quoted)."""

from __future__ import annotations

import pytest

from .scenario import answer, csv_rows, day_before, link_rows, party


def _ratified_eurojust(day: str) -> list[dict[str, str]]:
    return [r for r in csv_rows("ratified", "united states", "--as-of", day) if r["instrument"] == "eurojust"]


# Sources: ej-eurojust-lp-usa (Eurojust's page for the United States: "signed a Cooperation Agreement in November
# 2006"), org21-lawnet-2008-eurojust-ar2007 (Eurojust's release of 2008-05-06 on its Annual Report 2007, a copy on
# lawnet.gr: "In 2007 the Eurojust – US co-operation agreement entered into force"), ej-eurojust-ar2020-usa ("in
# place since 2006", kept as a conflict). Signed only to the end of 2006; possibly a partner through 2007 (no day of
# entry into force is given); certainly one on the year's last day.
@pytest.mark.parametrize(("day", "state"), [
    ("2006-10-31", None),
    ("2006-12-31", "signed-only"),
    ("2007-01-01", "uncertain"),
    ("2007-12-30", "uncertain"),
    ("2007-12-31", "partner"),
    ("2026-12-03", "partner"),
])
def test_eurojust_united_states_in_force_in_2007(day, state):
    row = party("eurojust", "USA", day)
    assert (None if row is None else row["state"]) == state
    if row is not None:
        assert row["signature"] == "2006-11"
        assert "org21-lawnet-2008-eurojust-ar2007" in row["sources"].split()


# Same sources: `ratified united states` says the same on both sides of 2007-01-01, and the reason on the last day of
# 2006 is the year of entry into force, not the signature.
def test_eurojust_united_states_ratified_before_and_after_the_year_of_entry_into_force():
    [signed] = _ratified_eurojust("2006-12-31")
    assert signed["state"] == "signed-only"
    assert "in force for it only from 2007" in signed["reason"]
    [possible] = _ratified_eurojust("2007-01-01")
    assert possible["state"] == "uncertain"
    [bound] = _ratified_eurojust("2007-12-31")
    assert bound["state"] == "partner"


# Same sources: the 2006 of the Annual Report 2020 is a recorded conflict, and `parties` gives the window of entry into
# force as the whole of 2007.
def test_eurojust_united_states_window_and_conflict():
    out = answer("parties", "eurojust", "--as-of", "2007-06-01", "--all")
    [usa] = [u for u in out["uncertain"] if u["country"] == "USA"]
    assert usa["in_force"] == {"date": None, "earliest": "2007-01-01", "latest": "2007-12-31"}
    shown = answer("show", "eurojust")
    assert "2006" in str(shown) and "ej-eurojust-ar2020-usa" in str(shown)


# Sources: org21-okaz-selec-sau (Okaz: the Saudi Director General of Narcotics Control at SELEC "in the light of the
# agreement signed with the Kingdom 2021"), org-selec-operational-partners (Saudi Arabia an Operational Partner,
# undated page), org-selec-2016-council (the text still discussed on 2016-05-04). Signed in 2021 (no day): absent to
# the end of 2020, an uncertain operational partner from 2021-01-01.
@pytest.mark.parametrize(("day", "state"), [
    ("2016-05-05", None),
    ("2020-12-31", None),
    ("2021-01-01", "uncertain"),
    ("2025-01-01", "uncertain"),
])
def test_selec_saudi_arabia_signed_in_2021(day, state):
    row = party("selec", "SAU", day)
    assert (None if row is None else row["state"]) == state
    if row is not None:
        assert (row["role"], row["signature"]) == ("operational-partner", "2021")
        assert "org21-okaz-selec-sau" in row["sources"].split()


# Same sources: for a police question between Saudi Arabia and Romania (a SELEC member since 2011-10-07, selec-about),
# SELEC is one-sided with Saudi Arabia not a party on the last day of 2020 and one-sided and uncertain on its side
# from 2021-01-01; a partner is never counted among the members.
def test_selec_link_saudi_arabia_romania_around_the_year_of_signature():
    before = link_rows("SAU", "ROU", day_before("2021-01-01"), "police")["selec"]
    assert before["section"] == "one-sided"
    assert (before["a"]["state"], before["b"]["state"]) == ("not-party", "bound")
    after = link_rows("SAU", "ROU", "2021-01-01", "police")["selec"]
    assert after["section"] == "one-sided"
    assert (after["a"]["state"], after["b"]["state"]) == ("uncertain", "bound")
    out = answer("parties", "selec", "--as-of", "2021-01-01")
    assert "SAU" not in {r["country"] for r in out["results"] if r["role"] == "member"}
