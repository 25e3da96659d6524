"""Round-10 scenarios for the Council of Europe crime conventions (ETS 141, 173, 185, CETS 197, 198).

Each test names the source of the answer it expects; the helpers are in tests/scenario.py.
"""

from __future__ import annotations

from .scenario import consent_then_bound, party, qualifications


def test_portugal_ets141_deposit_1998_10_19():
    # Procuradoria-Geral da República, GDDC treaty database (pt-gddc-ets141): Portugal signed 08/11/1990,
    # deposited its instrument of ratification on 19/10/1998, in force for Portugal 01/02/1999.
    consent_then_bound("ets-141", "PRT", "1998-10-19", "1998-10-18", "1999-02-01", "1999-01-31")
    assert party("ets-141", "PRT", "1998-10-18")["state"] == "signed-only"


def test_switzerland_ets173_signed_2001_02_26_in_force_2006_07_01():
    # Tractatenblad 2002, 109: "voorts nog ondertekend voor ... Zwitserland 26 februari 2001"; SR 0.311.55's head
    # note: in force for Switzerland on 1 July 2006 (deposit 2006-03-31).
    assert party("ets-173", "CHE", "2001-02-25") is None
    assert party("ets-173", "CHE", "2001-02-26")["state"] == "signed-only"
    consent_then_bound("ets-173", "CHE", "2006-03-31", "2006-03-30", "2006-07-01", "2006-06-30")


def test_russia_cets198_signed_2009_01_26():
    # Government of the Russian Federation (2017, presenting the Convention for ratification) and TASS
    # (2017-06-26, 2017-07-19): signed on behalf of the Russian Federation at Strasbourg on 26 January 2009;
    # deposit 2017-09-27 (the depositary's reservations page), in force 2018-01-01.
    assert party("cets-198", "RUS", "2009-01-25") is None
    signed = party("cets-198", "RUS", "2009-01-26")
    assert signed["state"] == "signed-only" and signed["signature"] == "2009-01-26"
    consent_then_bound("cets-198", "RUS", "2017-09-27", "2017-09-26", "2018-01-01", "2017-12-31")


def test_portugal_cets197_signed_on_opening_day_in_force_2008_06_01():
    # Resolução da Assembleia da República n.º 1/2008: the Convention "aberta à assinatura em Varsóvia em 16 de Maio
    # de 2005 e assinada por Portugal na respectiva data de abertura"; GDDC's list of Council of Europe criminal-law
    # conventions: "Entrada em vigor para Portugal: 01-06-2008"; deposit 2008-02-27 (BGBl. III Nr. 54/2009).
    assert party("cets-197", "PRT", "2005-05-15") is None
    assert party("cets-197", "PRT", "2005-05-16")["state"] == "signed-only"
    consent_then_bound("cets-197", "PRT", "2008-02-27", "2008-02-26", "2008-06-01", "2008-05-31")


def test_serbia_ets173_political_offence_reservation_quoted_for_mla():
    # Aviso n.º 79/2006 (Portugal): the Federal Republic of Yugoslavia acceded on 18 December 2002, reserving under
    # art. 37(3) the right to refuse legal assistance under art. 26(1) for offences its legislation deems political.
    # es-boe-2010-12135-partes (round 15) adds Serbia's art. 29 central authorities, as updated by the letter
    # registered on 2006-07-20.
    q, authorities = qualifications("SRB", "ITA", "2020-01-01", "ets-173", "mla")
    assert q.startswith("Serbia (reservation, art. 37(3), 2002-12-18):") and "political offence" in q
    assert authorities.startswith("Serbia (other, arts. 26, 27, 29, 2006-07-20):")


def test_armenia_ets141_ratification_with_language_and_speciality_reservations():
    # Aviso n.º 18/2006 (Portugal): Armenia deposited its instrument of ratification on 24 November 2003, with
    # reservations under art. 25(3) (translation into Armenian or a Council of Europe language) and art. 32(2).
    row = party("ets-141", "ARM", "2004-03-01")
    assert (row["state"], row["act"], row["consent"], row["in_force"]) == ("bound", "ratification", "2003-11-24", "2004-03-01")
    quoted = qualifications("ARM", "FRA", "2010-01-01", "ets-141", "mla")
    # Round 16b: Austria's consolidated RIS text of BGBl. III Nr. 153/1997 (at-ris-10003489-ets141-decl) adds the
    # reservations Armenia made on the same deposit under arts. 2(2), 6(4) and 14(3) ("Gemäß Art. 14 Abs. 3 erklärt
    # die Republik Armenien, dass Art. 14 Abs. 2 nur vorbehaltlich ihrer Verfassungsgrundsätze ... angewandt wird").
    assert [q.split(":")[0] for q in quoted] == ["Armenia (reservation, art. 25(3), 2003-11-24)",
                                                   "Armenia (reservation, art. 32(2), 2003-11-24)",
                                                   "Armenia (reservation, art. 2(2), 2003-11-24)",
                                                   "Armenia (reservation, art. 6(4), 2003-11-24)",
                                                   "Armenia (reservation, art. 14(3), 2003-11-24)"]


def test_portugal_ets173_central_authority_quoted_for_mla():
    # Resolução da AR n.º 68/2001, point 3: under art. 29 Portugal designates the Procuradoria-Geral da República;
    # Aviso 60/2002: the instrument deposited on 2002-05-07 contains a declaration under art. 29.
    quoted = qualifications("PRT", "ALB", "2010-01-01", "ets-173", "mla")
    assert any(q.startswith("Portugal (other, art. 29, 2002-05-07)") and "Procuradoria-Geral" in q for q in quoted)
