"""Scenarios for round 19's Asian regional conventions in data/asia.yaml: the ASEAN Treaty on Mutual Legal Assistance
in Criminal Matters (Kuala Lumpur, 2004), the ASEAN Extradition Treaty (Manila, 2025), the SAARC Regional Convention on
Suppression of Terrorism (Kathmandu, 1987) with its Additional Protocol (2004) and the SAARC Convention on Mutual
Assistance in Criminal Matters (Colombo, 2008). Each test names the source of the answer it expects (keys of the data
files, where each carries its URL, date and the words quoted) and checks both sides of the boundary the fact sets."""

from __future__ import annotations

import pytest

from octreaty import load_data

from .scenario import day_before, link_rows, party, sides

MLAT = "asean-mlat-2004"
AET = "asean-extradition-2025"
TERR = "saarc-terrorism-1987"
TERR_P = "saarc-terrorism-2004-protocol"
SMLA = "saarc-mla-2008"
SEVEN = ["BGD", "BTN", "IND", "MDV", "NPL", "PAK", "LKA"]


# Source: asia-ipcs-saarc-ct: the Convention, signed at Kathmandu on 4 November 1987, "came into force on 22 August 1988
# following its ratification by all Member States"; asia-aljazeera-2003-07-saarc: "SAARC includes Bangladesh, Bhutan,
# Maldives, Nepal, Sri Lanka, India and Pakistan."
@pytest.mark.parametrize("country", SEVEN)
def test_saarc_terrorism_convention_binds_the_seven_from_1988_08_22(country):
    before = party(TERR, country, "1988-08-21")
    assert before is None or before["state"] == "signed-only"
    row = party(TERR, country, "1988-08-22")
    assert row is not None
    assert (row["state"], row["act"], row["consent"], row["in_force"]) == ("bound", "ratification", "", "1988-08-22")
    assert "asia-ipcs-saarc-ct" in row["sources"].split()


# Source: asia-in-act-36-1993 (India's Act No. 36 of 1993): "a Convention on the Suppression of Terrorism was signed on
# behalf of the Government of India at Kathmandu on the 4th day of November, 1987".
def test_india_signed_the_saarc_terrorism_convention_on_1987_11_04():
    assert party(TERR, "IND", "1987-11-03") is None
    row = party(TERR, "IND", "1987-11-04")
    assert (row["state"], row["signature"]) == ("signed-only", "1987-11-04")
    assert party(TERR, "IND", "1988-08-21")["state"] == "signed-only"


# Source: asia-nepalnews-2004-01-06-saarc: at the close of the 12th Summit (Tuesday 6 January 2004,
# asia-dawn-2004-01-07-saarc) "the foreign ministers of SAARC inked ... the Additional Protocol to the 1987 SAARC
# Convention on Suppression of Terrorism"; asia-ipcs-saarc-ct: it "came into force on 12 January 2006 following
# ratification by all Member States" (the seven; Afghanistan joined SAARC in 2007).
@pytest.mark.parametrize("country", SEVEN)
def test_saarc_additional_protocol_signed_2004_01_06_binds_the_seven_from_2006_01_12(country):
    assert party(TERR_P, country, "2004-01-05") is None
    assert party(TERR_P, country, "2004-01-06")["state"] == "signed-only"
    assert party(TERR_P, country, "2006-01-11")["state"] == "signed-only"
    row = party(TERR_P, country, "2006-01-12")
    assert (row["state"], row["act"], row["in_force"]) == ("bound", "ratification", "2006-01-12")
    assert party(TERR_P, "AFG", "2025-06-01") is None


# Source: asia-ipcs-saarc-ct (entry into force 1988-08-22) and asia-in-act-36-1993, s. 5: an offence "specified in
# Article I of the Convention, shall not be considered to be an offence of a political character" for extradition to a
# "Convention country".
def test_india_pakistan_share_the_terrorism_convention_for_extradition_from_1988_08_22():
    assert TERR not in link_rows("IND", "PAK", day_before("1988-08-22"), "extradition")
    row = link_rows("IND", "PAK", "1988-08-22", "extradition")[TERR]
    assert row["section"] == "shared" and sides(row) == ("bound", "bound")
    assert row["linked_since"] == {"date": "1988-08-22", "earliest": "1988-08-22", "latest": "1988-08-22"}
    assert list(row["usable_for"]) == ["extradition"]
    # the Protocol's articles were not read: no extradition purpose is recorded for it
    assert TERR_P not in link_rows("IND", "PAK", "2025-06-01", "extradition")


# Source: asia-id-uu-15-2008 (Indonesia's Law No. 15 of 2008): Brunei, Cambodia, Indonesia, Laos, Malaysia, the
# Philippines, Singapore and Viet Nam signed "pada tanggal 29 November 2004 di Kuala Lumpur"; asia-okezone-2019-04-06-mlat:
# "Thailand dan Myanmar baru menandatangani perjanjian tersebut pada 17 Januari 2006".
@pytest.mark.parametrize("country, signed", [
    ("IDN", "2004-11-29"), ("MYS", "2004-11-29"), ("SGP", "2004-11-29"), ("VNM", "2004-11-29"),
    ("THA", "2006-01-17"), ("MMR", "2006-01-17"),
])
def test_asean_mlat_signatures(country, signed):
    assert party(MLAT, country, day_before(signed)) is None
    row = party(MLAT, country, signed)
    assert (row["state"], row["signature"]) == ("signed-only", signed)


# Source: asia-aseanmlatsec-stats-2019 (the Treaty's secretariat, "UPDATED AS OF: 19 APRIL 2019"): all ten ASEAN States
# are listed as "Treaty Party"; asia-asean-org-mlat-overview: "The MLAT entered into force in 2013". No deposit day is
# known: the Treaty in force by 2013 at the latest, and for each State on its deposit (art. 31(1)), so uncertain
# from the day after each State's signature to the day before the secretariat's list, a party by its date.
# (Since round 20 only Cambodia, the Philippines and Thailand: asarab20-cand-2008-09-asean-mlat has six States ratified
# by September 2008 and asarab20-mdn-2023-11-amag-mlat dates Myanmar's act to 2009, see test_scenarios_asarab20.)
@pytest.mark.parametrize("country", ["KHM", "PHL", "THA"])
def test_asean_mlat_parties_are_bound_by_2019_04_19(country):
    assert party(MLAT, country, "2012-12-31")["state"] == "uncertain"
    assert party(MLAT, country, "2019-04-18")["state"] == "uncertain"
    row = party(MLAT, country, "2019-04-19")
    assert (row["state"], row["act"], row["in_force"], row["in_force_qualifier"]) == ("bound", "party", "2019-04-19",
                                                                                        "by")
    assert "asia-aseanmlatsec-stats-2019" in row["sources"].split()


# Source: asia-aseanmlatsec-stats-2019 (Malaysia and Singapore "Treaty Party" as of 2019-04-19); the Treaty is one of
# mutual legal assistance (art. 1), so UNTOC art. 18(7) points to it.
def test_malaysia_singapore_mla_lists_the_asean_mlat_in_2025():
    rows = link_rows("MYS", "SGP", "2025-06-01", "mla")
    row = rows[MLAT]
    assert row["section"] == "shared" and sides(row) == ("bound", "bound")
    # round 20: both among the six that had ratified by September 2008 (asarab20-cand-2008-09-asean-mlat)
    assert row["linked_since"] == {"date": None, "earliest": "2004-11-30", "latest": "2008-09-30"}
    assert list(row["usable_for"]) == ["mla"]
    assert row["sources"] == ["asarab20-cand-2008-09-asean-mlat", "asia-id-uu-15-2008", "asia-asean-org-mlat-overview"]
    assert ("UNTOC art. 18(7): the two are bound by a treaty of mutual legal assistance (ASEAN MLAT), whose "
            "corresponding provisions apply in place of art. 18(9)-(29) unless they agree to apply those instead"
            ) in rows["untoc"]["qualifications"]
    # not usable for extradition (asia-nhandan-2004-mlat-signing: it does not apply to extradition)
    assert MLAT not in link_rows("MYS", "SGP", "2025-06-01", "extradition")


# Source: asia-tribune-2025-11-14-aet: "The Philippines' Acting Justice Secretary Fredderick Vida was the first to sign
# the AET" (14 November 2025); no ratification found, so it is not in force.
def test_asean_extradition_treaty_signed_by_the_philippines_on_2025_11_14_not_in_force():
    assert party(AET, "PHL", "2025-11-13") is None
    row = party(AET, "PHL", "2025-11-14")
    assert (row["state"], row["act"], row["signature"], row["in_force"]) == ("signed-only", "signature", "2025-11-14",
                                                                              "")
    inst = load_data().instruments[AET]
    assert inst.entry_into_force is None and str(inst.adopted) == "2025-11-14"


# Source: asia-lkguardian-2008-08-27-saarc-mla: "signed by the Foreign Ministers of the eight SAARC Member States" at the
# 15th Summit in Colombo, which on its closing day, Sunday 3 August 2008, "signed a key agreement" and saw "firming up
# the SAARC Convention on Mutual Legal Assistance in Criminal Matters" (asia-indianexpress-2008-08-03-saarc);
# asia-ipcs-saarc-ct: "yet to come into force pending ratification by all Member".
@pytest.mark.parametrize("country", ["AFG", "BGD", "BTN", "IND", "MDV", "NPL", "PAK", "LKA"])
def test_saarc_mla_convention_signed_by_the_eight_on_2008_08_03(country):
    assert party(SMLA, country, "2008-08-02") is None
    row = party(SMLA, country, "2008-08-03")
    assert (row["state"], row["act"], row["signature"]) == ("signed-only", "signature", "2008-08-03")
    assert load_data().instruments[SMLA].entry_into_force is None
