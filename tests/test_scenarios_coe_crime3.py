"""Council of Europe crime conventions, third round (data/coe-crime.yaml): counts and dated facts
added from sources the earlier rounds had not used, through the CLI on the shipped data, with dates on
both sides of each boundary a fact sets.

Each test names the source key of the expected answer and what it says."""

from __future__ import annotations

from tests.scenario import coverage as _coverage
from tests.scenario import link_rows as _link_rows
from tests.scenario import parties as _parties
from tests.scenario import party as _party

# --- CETS 197 (Trafficking in Human Beings) ---------------------------------------------------


def test_cets197_counted_against_gretas_14th_general_report():
    # eucrim-2025-greta-14th-report: no new ratification in 2024, "the total number of Parties at 48
    # (46 Council of Europe member states plus Israel and Belarus)"
    assert _coverage("cets-197").endswith("of 48 stated by eucrim-2025-greta-14th-report as of 2024-12-31")


def test_cets197_ukraine_in_force_1_march_2011():
    # univd-visnyk-ukr-197: the Convention "came into force on March 1, 2011 for Ukraine"; ua-rada-994-858:
    # signed on behalf of Ukraine 17.11.2005, in force for Ukraine 01.03.2011; no deposit day
    # the deposit, 2010-11-29, from an IOM Moldova / Government announcement of 2015 (crime6's source)
    assert _party("cets-197", "UKR", "2011-02-28")["state"] == "consent-pending"
    row = _party("cets-197", "UKR", "2011-03-01")
    assert (row["state"], row["signature"], row["consent"], row["in_force"]) == (
        "bound", "2005-11-17", "2010-11-29", "2011-03-01")


# --- ETS 141 (Laundering, 1990) ----------------------------------------------------------------


def test_ets141_entry_into_force_from_the_verdragenbank_party_list():
    # nl-inview-141-parties: "Partij | Datum inwerkingtreding" (Verdragenbank) for parties whose deposit
    # day no source gives
    # (Luxembourg, also in that list with 2002-01-01, has since a deposit day: see the test below)
    expected = {"LTU": "1995-10-01", "MLT": "2000-03-01", "MDA": "2002-09-01",
                "MKD": "2000-09-01", "NOR": "1995-03-01", "POL": "2001-04-01",
                "ROU": "2002-12-01", "RUS": "2001-12-01"}
    # San Marino (2001-02-01) has since a deposit day, 2000-10-12, and Portugal (1999-02-01) one of 1998-10-19
    # (pt-gddc-ets141, test_scenarios_coecrime10.py); Serbia (2004-02-01) its ratification of 2003-10-09 and
    # Montenegro (2006-06-06) its succession declaration of 2006-10-13 (at-bgbl-2011-iii-62, coecrime12)
    got = {c: _party("ets-141", c, "2026-11-30") for c in expected}
    assert {c: (r["in_force"], r["consent"]) for c, r in got.items()} == {c: (d, "") for c, d in expected.items()}


def test_ets141_norway_bound_from_1_march_1995_only():
    # nl-inview-141-parties: Noorwegen in force 01-03-1995; before it Norway is no party
    assert _party("ets-141", "NOR", "1995-02-28") is None
    assert _party("ets-141", "NOR", "1995-03-01")["state"] == "bound"


def test_ets141_romania_not_bound_before_1_december_2002():
    # nl-trb-1998-267: signed 1997-03-18; nl-inview-141-parties: in force 01-12-2002 (its undated deposit
    # lies before that day, so on the eve Romania's consent is pending, not in force)
    before = _party("ets-141", "ROU", "2002-11-30")
    assert (before["state"], before["signature"], before["in_force"]) == ("consent-pending", "1997-03-18", "2002-12-01")
    assert _party("ets-141", "ROU", "2002-12-01")["state"] == "bound"


# --- cooperation declarations quoted from official journals -------------------------------------


def _qualifications(iid: str, a: str, b: str, day: str) -> list[str]:
    return _link_rows(a, b, day, "mla")[iid]["qualifications"]


def test_cets198_portugal_central_authority_and_language_declarations():
    # pt-dpr-78-2009-cets198: Decreto do Presidente da República n.º 78/2009, art. 2 c) and d); dated from
    # the deposit of 2010-04-22 (pt-aviso-77-2010-cets198)
    quals = _qualifications("cets-198", "PRT", "ESP", "2020-01-01")
    assert any(q.startswith("Portugal (other, art. 33, 2010-04-22)") and "Procuradoria-Geral da República" in q
               for q in quals)
    assert any(q.startswith("Portugal (other, art. 35(3), 2010-04-22)") and "língua portuguesa" in q for q in quals)
    assert any(q.startswith("Portugal (other, art. 31(2), 2010-04-22)") for q in quals)


def test_ets141_andorra_service_only_through_its_central_authority():
    # at-bgbl-1999-iii-191-ets141: Andorra's declaration under art. 21(2), deposited 1999-07-28
    quals = _qualifications("ets-141", "AND", "AUT", "2005-01-01")
    assert any(q.startswith("Andorra (other, art. 21(2), 1999-07-28)") and "Zentrale Behörde" in q for q in quals)
    assert any(q.startswith("Andorra (reservation, art. 14(3), 1999-07-28)") for q in quals)


def test_ets173_portugal_deposit_confirmed_by_the_portuguese_notice():
    # pt-aviso-60-2002-ets173: deposited 7 May 2002; nl-trb-2006-3: in force 01-09-02
    row = _party("ets-173", "PRT", "2002-09-01")
    assert (row["state"], row["consent"], row["in_force"]) == ("bound", "2002-05-07", "2002-09-01")
    assert "pt-aviso-60-2002-ets173" in row["sources"]
    assert _party("ets-173", "PRT", "2002-08-31")["state"] == "consent-pending"


def test_ets141_united_kingdom_among_the_first_three_in_force_1_september_1993():
    # riksdagen-juu10-1995-96: "Sedan tre stater - Storbritannien, Nederländerna och Schweiz - ratificerat
    # konventionen trädde den i kraft den 1 september 1993"
    # its ratification of 1992-09-28 (test_scenarios_coecrime12.py) pends until then
    assert _party("ets-141", "GBR", "1993-08-31")["state"] == "consent-pending"
    row = _party("ets-141", "GBR", "1993-09-01")
    assert (row["state"], row["in_force"]) == ("bound", "1993-09-01")


def test_cets197_slovenia_deposited_3_september_2009_in_force_1_january_2010():
    # si-pp-coe-2009-197: "je 3. septembra ... deponirala listino o ratifikaciji ... Konvencija bo za
    # Slovenijo začela veljati 1. januarja 2010"; signed 2006-04-03
    assert _party("cets-197", "SVN", "2009-12-31")["state"] == "consent-pending"
    row = _party("cets-197", "SVN", "2010-01-01")
    assert (row["state"], row["signature"], row["consent"], row["in_force"]) == (
        "bound", "2006-04-03", "2009-09-03", "2010-01-01")


def test_cets197_iceland_ratified_23_february_2012_in_force_1_june_2012():
    # is-stjr-2012-06-08-197: "tók gildi á Íslandi 1. júní 2012 ... fullgiltur fyrir Íslands hönd 23. febrúar"
    assert _party("cets-197", "ISL", "2012-05-31")["state"] == "consent-pending"
    row = _party("cets-197", "ISL", "2012-06-01")
    assert (row["state"], row["consent"], row["in_force"]) == ("bound", "2012-02-23", "2012-06-01")


def test_cets197_croatia_deposit_confirmed_by_its_foreign_ministry():
    # hr-mvep-2007-197: instruments of ratification handed over on 5 September 2007
    row = _party("cets-197", "HRV", "2008-02-01")
    assert (row["consent"], row["in_force"]) == ("2007-09-05", "2008-02-01")
    assert "hr-mvep-2007-197" in row["sources"]


# --- Slovak Foreign Ministry notices (Collection of Laws) ---------------------------------------


def test_ets141_slovakia_deposited_7_may_2001_in_force_1_september_2001():
    # sk-zz-109-2002-ets141: "Ratifikačná listina bola uložená 7. mája 2001 ... pre Slovenskú republiku
    # nadobudol platnosť 1. septembra 2001"; nl-trb-2002-196: signed 1999-09-08
    assert _party("ets-141", "SVK", "2001-08-31")["state"] == "consent-pending"
    row = _party("ets-141", "SVK", "2001-09-01")
    assert (row["state"], row["act"], row["signature"], row["consent"], row["in_force"]) == (
        "bound", "ratification", "1999-09-08", "2001-05-07", "2001-09-01")


def test_cets197_slovakia_deposited_27_march_2007_among_the_first_ten():
    # sk-zz-487-2008-cets197: signed 19 May 2006, deposited 27 March 2007, in force for Slovakia with the
    # Convention, 1 February 2008
    assert _party("cets-197", "SVK", "2008-01-31")["state"] == "consent-pending"
    row = _party("cets-197", "SVK", "2008-02-01")
    assert (row["state"], row["signature"], row["consent"], row["in_force"]) == (
        "bound", "2006-05-19", "2007-03-27", "2008-02-01")


def test_cets198_slovakia_signature_from_its_notice():
    # sk-zz-91-2009-cets198: signed 12 November 2007, deposited 16 September 2008, in force 1 January 2009
    row = _party("cets-198", "SVK", "2009-01-01")
    assert (row["signature"], row["consent"], row["in_force"]) == ("2007-11-12", "2008-09-16", "2009-01-01")


# --- ETS 173 (Criminal Law Convention on Corruption) --------------------------------------------


def test_ets173_monaco_ratified_19_march_2007():
    # mc-gbmlf-173: "ratifiée le 19 mars 2007 et ... en vigueur à l'égard de Monaco depuis le 1er juillet 2007"
    assert _party("ets-173", "MCO", "2007-06-30")["state"] == "consent-pending"
    row = _party("ets-173", "MCO", "2007-07-01")
    assert (row["state"], row["act"], row["consent"], row["in_force"]) == (
        "bound", "ratification", "2007-03-19", "2007-07-01")


def test_ets173_switzerland_jurisdiction_reservation_tied_to_non_extradition():
    # lu-memorial-2018-a313-che-173: reservation on art. 17(1)(b) and (c) renewed in 2018, quoted by the
    # Secretariat's note
    quals = _qualifications("ets-173", "CHE", "FRA", "2020-01-01")
    assert any(q.startswith("Switzerland (reservation, art. 17(1)(b), (c), 2006-03-31)") and "ne sera pas extradé" in q
               for q in quals)


def test_cets197_romania_signed_at_warsaw_16_may_2005():
    # ro-lege-300-2006-cets197: the ratification law names the Convention "semnată de România la Varșovia
    # la 16 mai 2005"; loc-gov-2008: in force for Romania 2008-02-01; deposit 2006-08-21 (coe19-li-konso-cets197-2016:
    # "Rumänien 21.8.2006")
    row = _party("cets-197", "ROU", "2008-02-01")
    assert (row["state"], row["act"], row["signature"], row["consent"], row["in_force"]) == (
        "bound", "ratification", "2005-05-16", "2006-08-21", "2008-02-01")


# --- CETS 198 (Warsaw Convention) ---------------------------------------------------------------

_EU_2025 = {"AUT", "BEL", "BGR", "CYP", "CZE", "DEU", "DNK", "ESP", "EST", "FIN", "FRA", "GRC", "HRV", "HUN",
            "IRL", "ITA", "LTU", "LUX", "LVA", "MLT", "NLD", "POL", "PRT", "ROU", "SVK", "SVN", "SWE"}


def test_cets198_twenty_three_eu_member_states_bound_in_august_2025():
    # fi-eduskunta-u33-2025 (Finnish Ministry of Justice, 2025-08-14): 23 EU member states have ratified;
    # the EU (2009-04-02) and Finland (2005-12-16) only signed
    bound = {c for c, r in _parties("cets-198", "2025-08-14").items() if r["state"] == "bound"}
    assert len(bound & _EU_2025) == 23
    assert "FIN" not in bound and "EUU" not in bound
    fin = _party("cets-198", "FIN", "2025-08-14")
    assert (fin["state"], fin["signature"]) == ("signed-only", "2005-12-16")
    assert "fi-eduskunta-u33-2025" in fin["sources"]


def test_ets141_signatures_from_tractatenblad_2002_196():
    # nl-trb-2002-196: "Het Verdrag is voorts nog ondertekend voor": Malta and Poland 5 November 1998,
    # Russia 7 May 1999, North Macedonia 14 December 1999
    expected = {"MLT": "1998-11-05", "POL": "1998-11-05", "RUS": "1999-05-07", "MKD": "1999-12-14"}
    assert {c: _party("ets-141", c, "2026-11-30")["signature"] for c in expected} == expected


def test_cets197_lithuania_a_party_at_the_latest_by_the_may_2014_report():
    # stopvaw-2014-ltu-197 (2014-05-22): "which Lithuania ratified in 2012"; round 13 found the deposit, 2012-07-26,
    # in force 2012-11-01, in the Spanish treaty list of the BOE: bound well before the report
    assert _party("cets-197", "LTU", "2012-10-31")["state"] == "consent-pending"
    assert _party("cets-197", "LTU", "2012-11-01")["state"] == "bound"
    assert _party("cets-197", "LTU", "2014-05-21")["state"] == "bound"


def test_ets141_luxembourg_deposited_12_september_2001_with_service_reservation():
    # coe-141-res-lux: reservations "déposée avec l'instrument de ratification le 12 septembre 2001",
    # period covered from 2002-01-01; art. 21(2): service only where another MLA treaty provides for it
    assert _party("ets-141", "LUX", "2001-12-31")["state"] == "consent-pending"
    row = _party("ets-141", "LUX", "2002-01-01")
    assert (row["state"], row["act"], row["consent"], row["in_force"]) == (
        "bound", "ratification", "2001-09-12", "2002-01-01")
    quals = _qualifications("ets-141", "LUX", "BEL", "2010-01-01")
    assert any(q.startswith("Luxembourg (reservation, art. 21(2), 2001-09-12)") for q in quals)


def test_cets198_armenia_requests_with_an_english_translation():
    # coe-198-decl-list-2014: declaration under art. 35(3) in the instrument deposited on 2 June 2008
    quals = _qualifications("cets-198", "ARM", "FRA", "2020-01-01")
    assert any(q.startswith("Armenia (other, art. 35(3), 2008-06-02)") and "traduction en anglais" in q for q in quals)
    assert any(q.startswith("Armenia (reservation, art. 24(3), 2008-06-02)") for q in quals)


def test_cets198_albania_central_authority_and_fiu_from_their_dates():
    # verdragen-nl-011299b: Albania's art. 33(1) declaration dated 22-11-2016 (Ministry of Justice central
    # authority) and art. 46(13) declaration dated 26-10-2017 (General Directorate for the Prevention of
    # Money Laundering as FIU); each applies from its date
    before = _qualifications("cets-198", "ALB", "ITA", "2016-11-21")
    assert not any(q.startswith("Albania (other, art. 33(1)") for q in before)
    quals = _qualifications("cets-198", "ALB", "ITA", "2017-01-01")
    assert any(q.startswith("Albania (other, art. 33(1), 2016-11-22)") and "Ministry of justice" in q for q in quals)
    assert not any(q.startswith("Albania (other, art. 46(13)") for q in quals)
    later = _qualifications("cets-198", "ALB", "ITA", "2018-01-01")
    assert any(q.startswith("Albania (other, art. 46(13), 2017-10-26)") and "General Directorate" in q for q in later)


def test_cets197_moldova_ratified_by_law_67_of_2006():
    # md-antitrafic-197: "Moldova ratified by Law no. 67-XVI of 30 March 2006"; in force with the
    # Convention on 2008-02-01 (loc-gov-2008); no deposit day is known, so none is shown
    # its deposit, 2006-05-19, from the Government's announcement (crime6); the Convention in force 2008-02-01
    assert _party("cets-197", "MDA", "2008-01-31")["state"] == "consent-pending"
    row = _party("cets-197", "MDA", "2008-02-01")
    assert (row["state"], row["act"], row["consent"], row["in_force"]) == (
        "bound", "ratification", "2006-05-19", "2008-02-01")


def test_cets197_france_a_ratification_in_force_1_may_2008():
    # fr-senat-qe-2746-2008: "La France compte parmi les premiers pays à l'avoir ratifiée" (the answer of
    # 2008-12-25); in force for France 2008-05-01 (loc-gov-2008); no deposit day
    # its deposit, 2008-01-09, from the Treaty Office's page (crime6)
    assert _party("cets-197", "FRA", "2008-04-30")["state"] == "consent-pending"
    row = _party("cets-197", "FRA", "2008-05-01")
    assert (row["state"], row["act"], row["signature"], row["consent"], row["in_force"]) == (
        "bound", "ratification", "2006-05-22", "2008-01-09", "2008-05-01")


def test_cets197_georgia_ratified_at_the_end_of_2006():
    # ge-pog-thb-197: the Parliament of Georgia ratified the Convention "at the end of 2006", the fifth
    # State party; in force with the Convention on 2008-02-01 (loc-gov-2008); deposit 2007-03-14
    # (coe19-li-konso-cets197-2016: "Georgien* 14.3.2007"), so consent-pending the day before the entry into force
    assert _party("cets-197", "GEO", "2008-01-31")["state"] == "consent-pending"
    row = _party("cets-197", "GEO", "2008-02-01")
    assert (row["state"], row["act"], row["consent"], row["in_force"]) == (
        "bound", "ratification", "2007-03-14", "2008-02-01")


def test_cets198_turkiye_signed_28_march_2007():
    # tr-masak-198: "Türkiye Sözleşmeyi 28 Mart 2007 tarihinde imzalamıştır"; in force 2016-09-01
    # (nl-inview-198-parties)
    row = _party("cets-198", "TUR", "2016-09-01")
    assert (row["state"], row["signature"], row["in_force"]) == ("bound", "2007-03-28", "2016-09-01")


def test_cets198_san_marino_signed_14_november_2006():
    # smrtv-2006-198: "14 novembre 2006: San Marino firma la Convenzione ... sull'antiriciclaggio"; in force
    # for San Marino 2010-11-01 (nl-inview-198-parties)
    row = _party("cets-198", "SMR", "2010-11-01")
    assert (row["state"], row["signature"], row["in_force"]) == ("bound", "2006-11-14", "2010-11-01")


def test_ets173_counted_against_the_austrian_bill_of_2013():
    # at-rv-2364-2013: "Bisher haben 43 Staaten ratifiziert" (Austrian government bill, 2013), the only dated
    # count found; the data has 44 in force at the end of 2013 (Italy from 2013-10-01), so check reports it
    # round 19: the stated count is now the 47 of Liechtenstein's table of 2017-04-01 (coe19-li-konso-ets173-2017)
    assert _coverage("ets-173").endswith("of 47 stated by coe19-li-konso-ets173-2017 as of 2017-04-01")
