"""Round-19 scenarios for the Council of Europe crime conventions (data/coe-crime.yaml).

Sources: Liechtenstein's consolidated texts of the Criminal Law Convention on Corruption (ETS 173, LR 0.311.55,
coe19-li-konso-ets173-2017: its table "Geltungsbereich des Übereinkommens am 1. April 2017") and of the Convention on
Action against Trafficking in Human Beings (CETS 197, LR 0.311.543, coe19-li-konso-cets197-2016: its table
"Geltungsbereich des Übereinkommens am 1. Mai 2016"), read in the GitHub data set Ansvar-Systems/Liechtenstein-law-mcp.
Each table gives every State's "Hinterlegung der Ratifikations-, Annahme-, Genehmigungs- oder Beitrittsurkunde".
Each test asks on both sides of the boundary the fact sets. Helpers are in tests/scenario.py.
"""

from __future__ import annotations

from .scenario import consent_then_bound, coverage, day_before, parties, party, ratified


def test_san_marino_ets_173_deposit_2016_08_30_in_force_2016_12_01():
    # coe19-li-konso-ets173-2017: "San Marino* 30.08.2016"; in force 2016-12-01 (nl-inview-173-parties; art. 32(4):
    # the first day of the month after three months from the deposit). Signed 2003-05-15, so signed-only before.
    consent_then_bound("ets-173", "SMR", "2016-08-30", day_before("2016-08-30"), "2016-12-01",
                       day_before("2016-12-01"))
    assert party("ets-173", "SMR", day_before("2016-08-30"))["state"] == "signed-only"
    # the deposit day is no longer open: not uncertain on the day after GRECO's call of 2016-07-12
    assert party("ets-173", "SMR", "2016-07-13")["state"] == "signed-only"


def test_san_marino_ets_173_through_ratified():
    # the same fact through `ratified SMR`: not bound the day before 2016-12-01, bound on it
    before = ratified("SMR", "ets-173", day_before("2016-12-01"))
    assert before is not None and before["state"] == "consent-pending"
    on = ratified("SMR", "ets-173", "2016-12-01")
    assert on is not None and on["state"] == "bound"


def test_ets_173_count_of_47_on_2017_04_01():
    # coe19-li-konso-ets173-2017: 47 States in "Geltungsbereich des Übereinkommens am 1. April 2017", the last of them
    # "Liechtenstein* 09.12.2016" (in force for it 2017-04-01, li-lgbl-2017-002-ets173)
    assert coverage("ets-173") == "47 of 47 stated by coe19-li-konso-ets173-2017 as of 2017-04-01"
    on = {c for c, r in parties("ets-173", "2017-04-01").items() if r["state"] == "bound"}
    assert len(on) == 47 and "LIE" in on and "DEU" not in on and "MEX" not in on
    before = {c: r["state"] for c, r in parties("ets-173", day_before("2017-04-01")).items()}
    assert sum(s == "bound" for s in before.values()) == 46 and before["LIE"] == "consent-pending"


def test_austria_and_liechtenstein_ets_173_days_from_the_official_table():
    # coe19-li-konso-ets173-2017: "Österreich* 25.09.2013", "Liechtenstein* 09.12.2016"
    assert party("ets-173", "AUT", "2013-09-25")["consent"] == "2013-09-25"
    assert party("ets-173", "AUT", day_before("2013-09-25"))["state"] == "signed-only"
    assert party("ets-173", "LIE", "2016-12-09")["state"] == "consent-pending"
    assert party("ets-173", "LIE", day_before("2016-12-09"))["state"] == "signed-only"


def test_georgia_cets_197_deposit_2007_03_14_bound_with_the_convention_2008_02_01():
    # coe19-li-konso-cets197-2016: "Georgien* 14.3.2007"; the Convention entered into force 2008-02-01 (loc-gov-2008),
    # and for Georgia with it. Georgia did not sign before its ratification in the data: no row the day before.
    consent_then_bound("cets-197", "GEO", "2007-03-14", day_before("2007-03-14"), "2008-02-01",
                       day_before("2008-02-01"))
    assert parties("cets-197", day_before("2008-02-01"))["GEO"]["state"] == "consent-pending"
    assert parties("cets-197", "2008-02-01")["GEO"]["state"] == "bound"


def test_romania_cets_197_deposit_2006_08_21_bound_from_2008_02_01():
    # coe19-li-konso-cets197-2016: "Rumänien 21.8.2006"; signed at Warsaw 2005-05-16 (ro-lege-300-2006-cets197)
    consent_then_bound("cets-197", "ROU", "2006-08-21", day_before("2006-08-21"), "2008-02-01",
                       day_before("2008-02-01"))
    assert party("cets-197", "ROU", day_before("2006-08-21"))["state"] == "signed-only"
    before = ratified("ROU", "cets-197", day_before("2008-02-01"))
    assert before is not None and before["state"] == "consent-pending"
    on = ratified("ROU", "cets-197", "2008-02-01")
    assert on is not None and on["state"] == "bound"
