"""Round 21 (crime21, issue 12): the gaps searched again and left open.

No new day was found this round for the EIO and EAW transpositions of Croatia, Cyprus, Latvia, Romania and
Slovenia, for the undated ETS 141 deposits, for Denmark's CETS 198 deposit or for a CETS 224 ratification after
Hungary's. These tests hold both sides of the boundaries the sources do set, so that a later round that dates
a row has to say so (and change these tests) rather than slip a day in.
"""

from __future__ import annotations

from .scenario import coverage, day_before, party


def test_eio_romania_not_before_17_december_2017_uncertain_until_15_september_2018():
    # legex-ro-236-2017: Law No 236 of 5 December 2017 published in Monitorul Oficial No 993 of 2017-12-14 (the
    # row's not_before: not applied on 2017-12-16); ejn-eio-2018-09: from 15 September 2018 every Member State
    # but Denmark and Ireland takes part. Round 21 found no day in between.
    assert party("eio", "ROU", "2017-12-16") is None
    assert party("eio", "ROU", "2017-12-17")["state"] == "uncertain"
    assert party("eio", "ROU", day_before("2018-09-15"))["state"] == "uncertain"
    bound = party("eio", "ROU", "2018-09-15")
    assert (bound["state"], bound["in_force"], bound["in_force_qualifier"]) == ("bound", "2018-09-15", "by")


def test_eio_slovenia_published_4_april_2018_uncertain_until_15_september_2018():
    # uradni-list-22-2018-zskzdceu-1b: ZSKZDČEU-1B published in Uradni list RS 22/2018 of 2018-04-04 (promulgated
    # 2018-03-30, its final provisions not read in round 21 either); ejn-eio-2018-09 bounds it by 2018-09-15.
    assert party("eio", "SVN", day_before("2018-04-04")) is None
    assert party("eio", "SVN", "2018-04-04")["state"] == "uncertain"
    assert party("eio", "SVN", day_before("2018-09-15"))["state"] == "uncertain"
    assert party("eio", "SVN", "2018-09-15")["state"] == "bound"


def test_eio_croatia_and_cyprus_bound_only_by_15_september_2018():
    # ejn-eio-2018-09: the only dated statement for Croatia (NN 102/2017 not read) and Cyprus (Law 181(I)/2017,
    # its Gazette day not read): both uncertain the day before, bound from 2018-09-15 at the latest.
    for country in ("HRV", "CYP"):
        assert party("eio", country, day_before("2018-09-15"))["state"] == "uncertain", country
        row = party("eio", country, "2018-09-15")
        assert (row["state"], row["in_force_qualifier"]) == ("bound", "by"), row


def test_eaw_latvia_and_slovenia_bound_by_the_end_of_2005_cyprus_by_the_end_of_2004():
    # impala-eaw-italy-2005: Italy's law of April 2005 was the last of the 25 Member States' (Latvia, Slovenia:
    # bound by 2005, their own days not found in round 21); cylaw-133-2004: Cyprus's Law 133(I)/2004, dated to
    # its year only (the Gazette issue Αρ. 3850 is still undated).
    for country in ("LVA", "SVN"):
        assert party("eaw", country, day_before("2005-12-31"))["state"] == "uncertain", country
        assert party("eaw", country, "2005-12-31")["state"] == "bound", country
    assert party("eaw", "CYP", "2004-12-30")["state"] == "uncertain"
    assert party("eaw", "CYP", "2004-12-31")["state"] == "bound"


def test_cets198_denmark_in_force_1_june_2018_after_its_approval_of_12_february_2018():
    # nl-inview-198-parties: in force for Denmark on 2018-06-01. Round 22 (coe22) read its deposit in Spain's list
    # of treaty communications of 2018-04-16 (coe22-es-boe-2018-5533: "DINAMARCA. 12-02-2018 APROBACIÓN.
    # 01-06-2018 ENTRADA EN VIGOR"), so consent is pending from 2018-02-12 (round 21 had no deposit day).
    assert party("cets-198", "DNK", day_before("2018-02-12")) is None
    assert party("cets-198", "DNK", day_before("2018-06-01"))["state"] == "consent-pending"
    row = party("cets-198", "DNK", "2018-06-01")
    assert (row["state"], row["in_force"], row["consent"], row["act"]) == ("bound", "2018-06-01", "2018-02-12",
                                                                          "approval")


def test_ets141_turkiye_in_force_1_february_2005_without_a_deposit_day():
    # coe-141-res-tur: in force for Türkiye on 2005-02-01; nl-trb-2002-196: signed 2001-09-27; its deposit day is
    # still not read, so the day before it stands signed only.
    before = party("ets-141", "TUR", day_before("2005-02-01"))
    assert before["state"] == "signed-only" and before["signature"] == "2001-09-27"
    bound = party("ets-141", "TUR", "2005-02-01")
    assert (bound["state"], bound["in_force"], bound["consent"]) == ("bound", "2005-02-01", "")


def test_counts_left_as_they_were_stated():
    # nl-004283-decl: 49 parties, still undated; nl-inview-198-parties: 39 as of 2023-01-01, no later consent
    # found; eucrim-2025-greta-14th-report: 48 as of 2024-12-31, no 2025-26 statement found.
    assert coverage("ets-141").startswith("49 of 49 stated by nl-004283-decl")
    assert "as of" not in coverage("ets-141")
    assert coverage("cets-198") == "39 of 39 stated by nl-inview-198-parties as of 2023-01-01"
    assert coverage("cets-197") == "48 of 48 stated by eucrim-2025-greta-14th-report as of 2024-12-31"
