"""Scenarios for the organisation tables, round 7 (branch orgs6): PCC SEE's count held against the Secretariat's
own dated news, and Russia's exit from the Council of Europe resting on the Committee of Ministers' resolution.
Each test names the source of the answer it expects (keys of data/organisations.yaml, where each carries its URL
and date) and checks both sides of the boundary the fact sets where there is one."""

from __future__ import annotations

from .scenario import answer, coverage, party, ratified

# --- PCC SEE ----------------------------------------------------------------------------------------------------

# Source: org-pccsee-2021-ewg27 (the Secretariat's news of 2021-10-26: the 27th Expert Working Group in Skopje
# "brought together national members from the 12 PCC SEE Contracting Parties"): the count now has its date.
def test_pcc_see_counted_against_the_12_of_2021_10_26():
    assert coverage("pcc-see") == "12 of 12 stated by org-pccsee-2021-ewg27 as of 2021-10-26"


# Source: org-pccsee-2019-ewg21 (the Secretariat's news of 2019-06-26: "national members from 12 Contracting
# Parties, Croatia being the most recent to accede"): the table has the same 12 parties that day, Croatia
# included (its deposit of 2019-02-26, at-bgbl-2019-iii-88-pccsee), and 11 before Croatia's deposit.
def test_pcc_see_has_12_parties_on_2019_06_26_croatia_the_twelfth():
    on_day = answer("parties", "pcc-see", "--as-of", "2019-06-26")
    assert on_day["count"] == 12
    assert "HRV" in {r["country"] for r in on_day["results"]}
    before = answer("parties", "pcc-see", "--as-of", "2019-02-25")
    assert before["count"] == 11
    assert "HRV" not in {r["country"] for r in before["results"]}


# --- Council of Europe: Russia --------------------------------------------------------------------------------

# Sources: org-ielr-2022-coe-russia (the Committee of Ministers adopted Resolution CM/Res(2022)2 on 2022-03-16,
# Russia ceasing to be a member as of that day), interfax-2022-russia (quoting the resolution: "ceases to be a
# member of the Council of Europe as from today, 16 March 2022"), org-coe-cm-1426ter-2022 (the Deputies'
# suspension of 2022-02-25, confirmed by CM/Res(2022)1, org-coe-cm-res-2022-1).
def test_russia_expelled_from_the_council_of_europe_by_cm_res_2022_2():
    still = ratified("russia", "coe", "2022-03-15")
    assert (still["state"], still["role"]) == ("bound", "member")
    gone = ratified("russia", "coe", "2022-03-16")
    assert (gone["state"], gone["withdrawal"]) == ("withdrawn", "2022-03-16")
    assert {"org-ielr-2022-coe-russia", "interfax-2022-russia", "org-coe-cm-1426ter-2022",
            "org-coe-cm-res-2022-1"} <= set(gone["sources"].split())


# --- Europol: working arrangements signed on a day ---------------------------------------------------------------

# Sources: org-toi-2018-israel-europol (photo caption "The Hague, July 17, 2018 (courtesy Europol)"; Europol's
# release quoted: "Once it enters into force"), org-jpost-2018-israel-europol (signed "on Tuesday"),
# europol-jpsg-2020 (Israel connected to SIENA, its liaison bureau at Europol since September 2018): nothing on
# 2018-07-16, signed only on 2018-07-17, uncertain after it and a partner by 2020-05-29.
def test_israel_europol_working_arrangement_signed_2018_07_17():
    assert party("europol", "ISR", "2018-07-16") is None
    signed = party("europol", "ISR", "2018-07-17")
    assert (signed["state"], signed["role"], signed["signature"]) == ("signed-only", "working-arrangement",
                                                                      "2018-07-17")
    assert party("europol", "ISR", "2018-07-18")["state"] == "uncertain"
    assert party("europol", "ISR", "2020-05-29")["state"] == "partner"


# Sources: org-europol-2018-japan (Europol's release of 2018-12-03: the Working Arrangement with the National
# Police Agency "today signed"), org-eucrim-2019-japan-europol ("On 3 December 2018"), europol-jpsg-2020 (liaison
# bureau and SIENA connection from November 2019).
def test_japan_europol_working_arrangement_signed_2018_12_03():
    assert party("europol", "JPN", "2018-12-02") is None
    signed = party("europol", "JPN", "2018-12-03")
    assert (signed["state"], signed["signature"]) == ("uncertain", "2018-12-03")
    assert party("europol", "JPN", "2020-05-29")["state"] == "partner"


# --- Europol: a stated count ------------------------------------------------------------------------------------

# Sources: org-bbj-2007-europol ("Europol now consists of 27 member states" once Bulgaria and Romania joined),
# org-eurlex-2007-543 (Council Decision 2007/543/EC in force on 2007-08-01): the table has the same 27 members
# then, Bulgaria, Romania and Malta among them, and 25 before Bulgaria and Romania joined.
def test_europol_counted_against_its_27_member_states_of_2007():
    counted = answer("parties", "europol", "--as-of", "2007-10-31")
    members = {r["country"] for r in counted["results"] if r["role"] == "member"}
    assert counted["count"] == len(members) == 27
    assert {"BGR", "ROU", "MLT", "DNK", "GBR"} <= members
    before = answer("parties", "europol", "--as-of", "2007-07-31")
    assert not {"BGR", "ROU"} & {r["country"] for r in before["results"] if r["role"] == "member"}
    assert coverage("europol").endswith("of 27 stated by org-bbj-2007-europol as of 2007-10")


# --- Council of Europe: Belarus ----------------------------------------------------------------------------------

# Source: org-coe-pr-2022-belarus-de (the Council's release signed "Ministerkomitee Strassburg 17. März 2022": the
# Committee of Ministers broke off all relations with the Belarusian authorities): the statement on Belarus, never
# a member, is dated by the Council's own page, not only by the press.
def test_belarus_relations_suspended_on_2022_03_17_by_the_councils_own_release(shipped):
    [statement] = [n for n in shipped.instruments["coe"].non_parties
                   if n.party == "BLR" and n.status == "relations-suspended"]
    assert str(statement.date) == "2022-03-17"
    assert statement.sources[0] == "org-coe-pr-2022-belarus-de"
