"""Scenarios for round 20 (issue 12): SELEC, Europol, Eurojust and INTERPOL. The round searched again for the
entries into force of the Europol and Eurojust agreements known only by their signature (each instrument's coverage
note lists what was searched) and found no further day; it found SELEC's own release on the United Kingdom as its new
Operational Partner and added the United Kingdom as one, uncertain from the SELEC Council's approval of its
application on 2019-06-04. These tests pin that row on both sides of its boundary, and that it is counted beside the
members, never among them. Each test names the sources of the answer it expects (keys of data/organisations.yaml,
where each carries its URL, date and the words quoted)."""

from __future__ import annotations

from .scenario import answer, day_before, link_rows, party

APPROVAL = "2019-06-04"


# Sources: org-selec-2019-council19 (the 19th Council session, 2019-06-04: "Following the request of United Kingdom to
# become Operational partner with SELEC the Council members approved the application"; the UK attended among the
# partner countries), org20-selec-uk-op (SELEC's release "United Kingdom - the new Operational Partner of SELEC",
# undated: the UK, through the National Crime Agency, "recently concluded a Cooperation Agreement, being granted by the
# SELEC Council the Operational Partner status"; an Observer "until now"), org20-aa-selec-akin (the Turkish Ministry
# of Trade via Anadolu Ajansı, year not given: the United Kingdom among SELEC's five operational partners). No source
# gives the agreement's day: absent the day before the approval, an uncertain operational partner from it.
def test_selec_united_kingdom_operational_partner_uncertain_from_the_council_approval():
    assert party("selec", "GBR", day_before(APPROVAL)) is None
    row = party("selec", "GBR", APPROVAL)
    assert (row["state"], row["act"], row["role"]) == ("uncertain", "agreement", "operational-partner")
    assert {"org20-selec-uk-op", "org20-aa-selec-akin"} <= set(row["sources"].split())
    later = party("selec", "GBR", "2025-01-01")
    assert (later["state"], later["role"]) == ("uncertain", "operational-partner")


# Same sources: for a police question between the United Kingdom and Romania (a SELEC member since 2011-10-07,
# selec-about), SELEC is one-sided the day before the approval with the UK not a party, and one-sided and uncertain on
# the UK's side from it; it never binds the pair as members.
def test_selec_link_united_kingdom_romania_before_and_after_the_approval():
    before = link_rows("GBR", "ROU", day_before(APPROVAL), "police")["selec"]
    assert before["section"] == "one-sided"
    assert (before["a"]["state"], before["b"]["state"]) == ("not-party", "bound")
    row = link_rows("GBR", "ROU", APPROVAL, "police")["selec"]
    assert row["section"] == "one-sided"
    assert (row["a"]["state"], row["b"]["state"]) == ("uncertain", "bound")


# Sources: org-selec-2019-council19 ("its 11 Member States", the stated count), selec-about (the 11 member States),
# org20-selec-uk-op. The new partner is shown beside the members and not counted among them: still 11 on the day of
# the round, the coverage unchanged.
def test_selec_count_unchanged_by_the_new_partner():
    out = answer("parties", "selec", "--as-of", "2026-12-03")
    assert out["count"] == 11
    assert "GBR" not in {r["country"] for r in out["results"] if r["role"] == "member"}
