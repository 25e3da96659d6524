"""Scenarios for round 19's African regional instrument in data/africa.yaml: the Southern African Development
Community (SADC) Protocol on Extradition of 3 October 2002, in force on 1 September 2006 as South Africa's Government
Gazette gives it, with South Africa (ratification, its day not found) and Zimbabwe, whose Cabinet approved its
accession on 4 October 2023. Each test names the source of the answer it expects (keys of the data files, where each
carries its URL, date and the words quoted) and checks both sides of the boundary the fact sets."""

from __future__ import annotations

from octreaty import load_data

from .scenario import coverage, day_before, link_rows, party, ratified, sides

SADC = "sadc-extradition-2002"


# Source: afr-za-gg-35368-sadc-extradition (Government Gazette No. 35368, 2012-05-25, Notice 405): "The Protocol
# entered into force on 1 September 2006"; afr-africanlii-sadc-extradition-2002: "[This is the version of this
# document at 3 October 2002.]"; art. 2: "Each State Party agrees to extradite to the other".
def test_the_protocol_dated_2002_10_03_in_force_2006_09_01_for_extradition():
    inst = load_data().instruments[SADC]
    assert (str(inst.adopted), str(inst.entry_into_force)) == ("2002-10-03", "2006-09-01")
    assert inst.eif_rule is None and inst.supersedes_bilateral is None  # arts. 19 and 25 were not read
    purposes = dict(inst.purposes)
    assert set(purposes) == {"extradition"} and purposes["extradition"].startswith('art. 2 ("Each State Party agrees')
    assert {p.party for p in inst.parties} == {"ZAF"}
    assert coverage(SADC) == ""  # no count of parties found


# Source: afr-za-gg-35368-sadc-extradition: "the Parliament of the Republic of South Africa has on 14 April 2003
# agreed to the ratification of the Southern African Development Community Protocol on Extradition [...] The
# Protocol entered into force on 1 September 2006." The day of South Africa's deposit is not given: uncertain from the
# Protocol's entry into force, never bound; not in the table before it.
def test_south_africa_ratified_on_a_day_not_found_uncertain_from_2006_09_01():
    assert party(SADC, "ZAF", day_before("2006-09-01")) is None
    row = party(SADC, "ZAF", "2006-09-01")
    assert row is not None
    assert (row["state"], row["act"], row["consent"], row["in_force"], row["in_force_qualifier"]) == (
        "uncertain", "ratification", "", "", "unknown")
    assert row["sources"] == "afr-za-gg-35368-sadc-extradition"
    later = ratified("ZAF", SADC, "2025-06-01")
    assert later is not None and (later["state"], later["act"]) == ("uncertain", "ratification")
    assert later["reason"] == "ratification date not found; entry into force date uncertain (date unknown)"


# Source: afr-pindula-2023-10-04-zwe-sadc-extradition: "The Cabinet on Wednesday, 04 October, considered and approved
# Zimbabwe's Accession to the SADC Protocol on Extradition." Not a party on that day; the table being incomplete, the
# day before and the day after prove nothing. The pair's row is one-sided, South Africa uncertain.
def test_zimbabwe_not_a_party_on_2023_10_04_and_the_pair_with_south_africa():
    before = link_rows("ZAF", "ZWE", day_before("2023-10-04"), "extradition")[SADC]
    assert before["section"] == "one-sided" and sides(before) == ("uncertain", "not-in-data")
    on = link_rows("ZAF", "ZWE", "2023-10-04", "extradition")[SADC]
    assert on["section"] == "one-sided" and sides(on) == ("uncertain", "not-party")
    assert on["b"]["sources"] == ["afr-pindula-2023-10-04-zwe-sadc-extradition"]
    assert on["a"]["in_force"] == {"date": None, "earliest": "2006-09-01", "latest": None}
    after = link_rows("ZAF", "ZWE", "2023-10-05", "extradition")[SADC]
    assert sides(after) == ("uncertain", "not-in-data")
    assert party(SADC, "ZWE", "2023-10-04") is None


# The Protocol is no basis between the two before its entry into force (afr-za-gg-35368-sadc-extradition: "entered
# into force on 1 September 2006"): absent from the pair's answer the day before, listed from the day.
def test_the_pair_sees_the_protocol_only_from_its_entry_into_force():
    assert SADC not in link_rows("ZAF", "ZWE", day_before("2006-09-01"), "extradition")
    row = link_rows("ZAF", "ZWE", "2006-09-01", "extradition")[SADC]
    assert row["section"] == "one-sided" and row["a"]["state"] == "uncertain"
