"""Council of Europe cooperation conventions, round 10 (issue 12): signature days and other dated facts read in round
10, through the CLI, with dates on both sides of each boundary.

Each test names the source key of data/coe-cooperation.yaml that gives the expected answer and what it says. The
tests read the shipped data only.
"""

from __future__ import annotations

import pytest

from tests.scenario import party as _party

# -- ETS 98 ----------------------------------------------------------------------------------------------------

# nl-trb-1997-285 (Tractatenblad 1997, 285, section B): "is het Protocol nog ondertekend in overeenstemming met
# artikel 6, eerste lid, voor: Bulgarije 30 september 1993, Slovenië 31 maart 1994, Litouwen 9 november 1994,
# Roemenië 30 juni 1995, Tsjechië 18 december 1995, Slowakije 14 februari 1996, Estland 3 mei 1996, Letland 30 oktober
# 1996, de Russische Federatie 7 november 1996, Oekraïne 29 mei 1997". The Treaty Office's list of declarations
# (coe-098-decl-2017) says the same of Bulgaria: "Reservation made at the time of signature, on 30 September 1993".


@pytest.mark.parametrize("country, signed", [
    ("BGR", "1993-09-30"), ("SVN", "1994-03-31"), ("LTU", "1994-11-09"), ("ROU", "1995-06-30"),
    ("CZE", "1995-12-18"), ("SVK", "1996-02-14"), ("EST", "1996-05-03"), ("LVA", "1996-10-30"),
    ("RUS", "1996-11-07"), ("UKR", "1997-05-29"),
])
def test_ets98_signature_days_from_the_tractatenblad(country, signed):
    row = _party("ets-098", country, signed)
    assert row is not None and row["state"] == "signed-only" and row["signature"] == signed
    assert "nl-trb-1997-285" in row["sources"].split()


@pytest.mark.parametrize("country, day_before", [("UKR", "1997-05-28"), ("RUS", "1996-11-06")])
def test_ets98_not_yet_signed_the_day_before(country, day_before):
    # the same source: no act of these States before their signature (their deposits are later and undated)
    assert _party("ets-098", country, day_before) is None


def test_ets98_bulgaria_signed_then_deposited():
    # nl-trb-1997-285 and coe-098-decl-2017: signed 1993-09-30, instrument of ratification deposited 1994-06-17,
    # in force 1994-09-15 (90 days, art. 6(3))
    assert _party("ets-098", "BGR", "1993-09-29") is None
    assert _party("ets-098", "BGR", "1994-06-16")["state"] == "signed-only"
    assert _party("ets-098", "BGR", "1994-06-17")["state"] == "consent-pending"
    assert _party("ets-098", "BGR", "1994-09-15")["state"] == "bound"
    assert "coe-098-decl-2017" in _party("ets-098", "BGR", "1994-09-15")["sources"].split()


# -- ETS 30 ----------------------------------------------------------------------------------------------------

# nl-trb-2001-165 (Tractatenblad 2001, 165): section B, "Het Verdrag is voorts nog in overeenstemming met artikel 27,
# eerste lid, ondertekend voor de volgende staten: Albanië 19 mei 1998, Slovenië 26 februari 1999, Georgië 27 april
# 1999, Kroatië 7 mei 1999, de Voormalige Joegoslavische Republiek Macedonië 28 juli 1999, San Marino 29 september
# 2000, Armenië 11 mei 2001"; section E, instruments of ratification deposited by "Roemenië 17 maart 1999", "de
# Voormalige Joegoslavische Republiek Macedonië 28 juli 1999", "Slovenië 29 juli 2001" (and Moldova, Ukraine,
# Croatia, Georgia, Russia, Cyprus, Albania on the days the data already gave). nl-trb-1997-280: signed for Cyprus
# 1996-03-27, Moldova 1996-05-02, Russia 1996-11-07, Ukraine 1997-05-29; nl-trb-2002-204: "Azerbeidzjan 7 november
# 2001". Art. 27(3): in force 90 days after the deposit.


@pytest.mark.parametrize("country, signed, source", [
    ("ALB", "1998-05-19", "nl-trb-2001-165"), ("SVN", "1999-02-26", "nl-trb-2001-165"),
    ("GEO", "1999-04-27", "nl-trb-2001-165"), ("HRV", "1999-05-07", "nl-trb-2001-165"),
    ("MKD", "1999-07-28", "nl-trb-2001-165"), ("SMR", "2000-09-29", "nl-trb-2001-165"),
    ("ARM", "2001-05-11", "nl-trb-2001-165"), ("CYP", "1996-03-27", "nl-trb-1997-280"),
    ("MDA", "1996-05-02", "nl-trb-1997-280"), ("RUS", "1996-11-07", "nl-trb-1997-280"),
    ("UKR", "1997-05-29", "nl-trb-1997-280"), ("AZE", "2001-11-07", "nl-trb-2002-204"),
])
def test_ets30_signature_days_from_the_tractatenblad(country, signed, source):
    row = _party("ets-030", country, signed)
    assert row is not None and row["signature"] == signed
    assert source in row["sources"].split()


@pytest.mark.parametrize("country, signed, deposit, in_force", [
    ("ROU", None, "1999-03-17", "1999-06-15"),
    ("SVN", "1999-02-26", "2001-07-29", "2001-10-27"),
])
def test_ets30_deposit_days_from_trb_2001_165(country, signed, deposit, in_force):
    # the deposit day from nl-trb-2001-165; the entry into force is art. 27(3)'s 90 days (computed, not read)
    from datetime import date, timedelta
    day_before = (date.fromisoformat(deposit) - timedelta(days=1)).isoformat()
    before = _party("ets-030", country, day_before)
    assert before is None or before["state"] == "signed-only"
    if signed:
        assert before["signature"] == signed
    pending = _party("ets-030", country, deposit)
    assert pending["state"] == "consent-pending" and pending["consent"] == deposit
    assert pending["act"] == "ratification"
    assert "nl-trb-2001-165" in pending["sources"].split()
    assert _party("ets-030", country, in_force)["state"] == "bound"


def test_ets30_north_macedonia_ratified_on_the_day_it_signed():
    # nl-trb-2001-165: signed and ratified on 1999-07-28; in force 1999-10-26 (inview-ets-030-parties)
    assert _party("ets-030", "MKD", "1999-07-27") is None
    row = _party("ets-030", "MKD", "1999-07-28")
    assert row["state"] == "consent-pending" and row["act"] == "ratification" and row["signature"] == "1999-07-28"
    assert _party("ets-030", "MKD", "1999-10-25")["state"] == "consent-pending"
    assert _party("ets-030", "MKD", "1999-10-26")["state"] == "bound"


# -- ETS 24 ----------------------------------------------------------------------------------------------------

# nl-trb-1997-71 (Tractatenblad 1997, 71, section B): "Het Verdrag is voorts nog ondertekend voor: Letland 30 oktober
# 1996, Rusland 7 november 1996". Russia's deposit (1999-12-10) is nl-trb-2000-53's.


@pytest.mark.parametrize("country, signed", [("LVA", "1996-10-30"), ("RUS", "1996-11-07")])
def test_ets24_signature_days_from_trb_1997_71(country, signed):
    from datetime import date, timedelta
    assert _party("ets-024", country, (date.fromisoformat(signed) - timedelta(days=1)).isoformat()) is None
    row = _party("ets-024", country, signed)
    assert row["state"] == "signed-only" and row["signature"] == signed
    assert "nl-trb-1997-71" in row["sources"].split()


def test_ets24_russia_signed_in_1996_then_ratified_in_1999():
    assert _party("ets-024", "RUS", "1999-12-09")["state"] == "signed-only"
    assert _party("ets-024", "RUS", "1999-12-10")["state"] == "consent-pending"


# -- CETS 212 --------------------------------------------------------------------------------------------------

# at-bgbl-2023-iii-124-cets212 (BGBl. III Nr. 124/2023): "Nach Mitteilungen der Generalsekretärin des Europarats haben
# folgende weitere Staaten ihre Ratifikations- bzw. Genehmigungsurkunden zum Vierten Zusatzprotokoll ... hinterlegt:
# Aserbaidschan 10. Jänner 2023, Frankreich 10. Juni 2021, Portugal 28. Juli 2021". The entry into force is the
# rule's (the first day of the month after three months from the deposit), computed, not read.


@pytest.mark.parametrize("country, deposit, in_force", [
    ("AZE", "2023-01-10", "2023-05-01"),
    ("FRA", "2021-06-10", "2021-10-01"),
    ("PRT", "2021-07-28", "2021-11-01"),
])
def test_cets212_deposits_from_the_austrian_notice_of_2023(country, deposit, in_force):
    from datetime import date, timedelta
    before = _party("cets-212", country, (date.fromisoformat(deposit) - timedelta(days=1)).isoformat())
    assert before is None or before["state"] == "signed-only"
    pending = _party("cets-212", country, deposit)
    assert pending["state"] == "consent-pending" and pending["consent"] == deposit
    assert "at-bgbl-2023-iii-124-cets212" in pending["sources"].split()
    assert _party("cets-212", country, (date.fromisoformat(in_force) - timedelta(days=1)).isoformat())["state"] \
        == "consent-pending"
    assert _party("cets-212", country, in_force)["state"] == "bound"


def test_cets212_azerbaijan_was_a_signatory_only_in_2020():
    # kmetro0-2019-10-15-aze-cets212: signed on 2019-10-15; at-bgbl-2023-iii-124-cets212: deposit on 2023-01-10. The
    # Verdragenbank's list of 2020 (nl-012799-decl), which names it with its declarations made at signature, is no
    # statement that it was bound.
    row = _party("cets-212", "AZE", "2020-10-31")
    assert row["state"] == "signed-only" and row["signature"] == "2019-10-15"


# -- ETS 182 ---------------------------------------------------------------------------------------------------

# lu-loi-2021-07-23-ets182 (Loi du 23 juillet 2021, Mémorial A n° 594): "Est approuvé le Deuxième Protocole
# additionnel ..."; "Lors du dépôt de l'instrument de ratification, le Gouvernement est autorisé à faire les
# déclarations suivantes": a ratification, deposited after 2021-07-23; in force 2022-02-01 (the Verdragenbank list).


def test_ets182_luxembourg_ratified_after_its_law_of_2021_07_23():
    row = _party("ets-182", "LUX", "2021-07-23")
    assert row["state"] == "signed-only" and row["act"] == "ratification" and row["signature"] == "2008-01-30"
    assert "lu-loi-2021-07-23-ets182" in row["sources"].split()
    assert _party("ets-182", "LUX", "2022-02-01")["state"] == "bound"


# -- ETS 99 ----------------------------------------------------------------------------------------------------

# si-ul-1999-84-mekppkz (Uradni list RS 84/1999): "Ratificirata se Evropska konvencija o medsebojni pravni pomoči v
# kazenskih zadevah ... in Dodatni protokol ...", adopted 1999-09-22; no deposit of the Protocol read: an
# unconfirmed ratification, uncertain afterwards and never bound by a day.


def test_ets99_slovenia_ratified_domestically_in_1999_deposit_unread():
    assert _party("ets-099", "SVN", "1999-09-22") is None
    row = _party("ets-099", "SVN", "2002-01-01")
    assert row["state"] == "uncertain" and row["act"] == "ratification" and row["consent"] == ""
    assert "si-ul-1999-84-mekppkz" in row["sources"].split()
