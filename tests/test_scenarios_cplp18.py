"""Scenarios for round 18's CPLP conventions in data/regional.yaml: the Convention on Extradition and the Convention
on Mutual Legal Assistance in Criminal Matters between the Member States of the Community of Portuguese-Speaking
Countries, both signed at Praia on 2005-11-23, with each party's entry into force as Portugal's Public Prosecution
Service and Portugal's Aviso n.º 110/2018 give it, and their articles superseding bilateral treaties between their
parties (art. 25(1), art. 20(1)). Each test names the source of the answer it expects (keys of the data files, where
each carries its URL, date and the words quoted) and checks both sides of the boundary the fact sets."""

from __future__ import annotations

import pytest

from octreaty import load_data

from .scenario import agreement, consent_then_bound, coverage, day_before, link_rows, party, sides

EXT = "cplp-extradition-2005"
MLA = "cplp-mla-2005"


def _bound_from(iid: str, country: str, day: str) -> dict[str, str]:
    """Not in the table the day before (no deposit day is known), bound from the day; returns the row."""
    assert party(iid, country, day_before(day)) is None
    row = party(iid, country, day)
    assert row is not None and row["state"] == "bound" and row["in_force"] == day
    return row


# Source: mp-santarem-cplp-extradition-convention (Portugal's Public Prosecution Service, treaty page): "De acordo com o
# Aviso n.º 183/2011, de 11/08/2011, a Convenção já se encontra em vigor para a República de Moçambique, para a
# República Democrática de São Tomé e Príncipe e para a República Federativa do Brasil desde 01/06/2009, para a
# República de Angola desde 01/01/2011 e para a República Democrática de Timor-Leste desde 01/05/2011."
@pytest.mark.parametrize("country, day", [
    ("MOZ", "2009-06-01"), ("STP", "2009-06-01"), ("BRA", "2009-06-01"), ("AGO", "2011-01-01"), ("TLS", "2011-05-01"),
])
def test_extradition_convention_in_force_for_each_state_from_the_day_the_prosecution_service_gives(country, day):
    row = _bound_from(EXT, country, day)
    assert row["act"] == "party" and row["consent"] == ""
    assert "mp-santarem-cplp-extradition-convention" in row["sources"].split()


# Source: pt-aviso-110-2018-cplp (Aviso n.º 110/2018): "Nos termos dos n.os 2 e 3 do artigo 19.º da Convenção de Auxílio
# Judiciário em Matéria Penal [...] a mesma encontra-se em vigor na República de Moçambique, na República Democrática
# de São Tomé e Príncipe e na República Federativa do Brasil desde 1 de agosto de 2009; na República de Angola desde 1
# de janeiro de 2011"; mp-coimbra-cplp-mla-convention: "[...] e para a República Democrática de Timor-Leste, desde
# 01/05/2011".
@pytest.mark.parametrize("country, day, source", [
    ("MOZ", "2009-08-01", "pt-aviso-110-2018-cplp"), ("STP", "2009-08-01", "pt-aviso-110-2018-cplp"),
    ("BRA", "2009-08-01", "pt-aviso-110-2018-cplp"), ("AGO", "2011-01-01", "pt-aviso-110-2018-cplp"),
    ("TLS", "2011-05-01", "mp-coimbra-cplp-mla-convention"),
])
def test_mla_convention_in_force_for_each_state_from_the_day_the_notices_give(country, day, source):
    row = _bound_from(MLA, country, day)
    assert row["act"] == "party"
    assert source in row["sources"].split()


# Source: mp-santarem-cplp-extradition-convention: "Data de depósito de instrumento de ratificação: 01/02/2010";
# "Início de vigência relativamente a Portugal: 01/03/2010".
def test_portugal_deposited_on_2010_02_01_and_is_bound_by_the_extradition_convention_from_2010_03_01():
    consent_then_bound(EXT, "PRT", "2010-02-01", "2010-01-31", "2010-03-01", "2010-02-28")
    assert party(EXT, "PRT", "2010-03-01")["act"] == "ratification"


# Source: pt-aviso-110-2018-cplp: "As três Convenções entraram em vigor na República Portuguesa em 1 de março de 2010."
# (the day of Portugal's deposit of this one is not read: absent the day before, bound from the day)
def test_portugal_bound_by_the_mla_convention_from_2010_03_01():
    row = _bound_from(MLA, "PRT", "2010-03-01")
    assert (row["act"], row["consent"]) == ("ratification", "")


# Source: pt-aviso-110-2018-cplp: Cabo Verde "depositou, no dia 22 de agosto de 2018, junto do Secretariado Executivo
# [...] os instrumentos de ratificação" of both conventions; mp-santarem-cplp-extradition-convention / mp-coimbra-cplp-
# mla-convention: "De acordo com o Aviso n.º 110/2018, de 02/10, esta Convenção encontra-se em vigor [...] Cabo Verde
# desde 01/09/2018".
@pytest.mark.parametrize("iid", [EXT, MLA])
def test_cabo_verde_deposited_on_2018_08_22_and_is_bound_from_2018_09_01(iid):
    consent_then_bound(iid, "CPV", "2018-08-22", "2018-08-21", "2018-09-01", "2018-08-31")
    assert "pt-aviso-110-2018-cplp" in party(iid, "CPV", "2018-09-01")["sources"].split()


# Sources: mp-santarem-cplp-extradition-convention and mp-coimbra-cplp-mla-convention name seven States bound (the
# newest by Aviso n.º 110/2018 of 2018-10-02); Guinea-Bissau and Equatorial Guinea are not among them.
@pytest.mark.parametrize("iid, first", [(EXT, "2009-06-01"), (MLA, "2009-08-01")])
def test_seven_parties_and_not_guinea_bissau_or_equatorial_guinea(iid, first):
    inst = load_data().instruments[iid]
    assert (str(inst.entry_into_force), str(inst.adopted)) == (first, "2005-11-23")
    assert {p.party for p in inst.parties} == {"AGO", "BRA", "CPV", "MOZ", "PRT", "STP", "TLS"}
    assert (inst.coverage.stated, str(inst.coverage.as_of)) == (7, "2018-10-02")
    assert coverage(iid).startswith("7")
    for country in ("GNB", "GNQ"):
        assert party(iid, country, "2026-12-01") is None
    assert party(iid, "MOZ", day_before(first)) is None


# The articles by which they replace bilateral treaties: mp-santarem-cplp-extradition-convention "Nos termos do n.º 1
# do artigo 25.º, a Convenção substitui [...] as disposições de tratados, convenções ou acordos bilaterais que, entre
# dois Estados Contratantes, regulem a matéria da extradição"; gddc-cplp-mla-convention "Nos termos do n.º 1 do artigo
# 20.º [...] regulem o auxílio judiciário em matéria penal".
def test_the_articles_superseding_bilateral_treaties():
    insts = load_data().instruments
    assert insts[EXT].supersedes_bilateral == "art. 25(1)"
    assert insts[MLA].supersedes_bilateral == "art. 20(1)"
    assert insts[MLA].mla_treaty is True and insts[EXT].mla_treaty is False


# Portugal-Cabo Verde: the 1976 Judicial Agreement (extradition) and its 1982 Protocol, uncertain for want of an entry
# into force, carry the supersession note from the day the Convention bound both: Cabo Verde's 2018-09-01
# (mp-santarem-cplp-extradition-convention), Portugal bound since 2010-03-01.
@pytest.mark.parametrize("iid", ["bilateral-cpv-prt-1976-judicial-agreement",
                                 "bilateral-cpv-prt-1982-judicial-agreement-protocol-2"])
def test_portugal_cabo_verde_judicial_agreement_superseded_from_2018_09_01(iid):
    before = agreement("PRT", "CPV", iid, "2018-08-31", "extradition")
    assert sides(before) == ("uncertain", "uncertain") and before["qualifications"] == []
    after = agreement("PRT", "CPV", iid, "2018-09-01", "extradition")
    assert sides(after) == ("uncertain", "uncertain")
    assert after["qualifications"] == [
        "if it was ever in force, the CPLP Extradition (art. 25(1)) has superseded it between them since "
        "2018-09-01, for the same matters"]
    shared = link_rows("PRT", "CPV", "2018-09-01", "extradition", section="shared")
    assert sides(shared[EXT]) == ("bound", "bound")
    assert EXT not in link_rows("PRT", "CPV", "2018-08-31", "extradition", section="shared")


# Portugal-Mozambique: the legal and judicial cooperation agreement (mla, undated) gets the note from 2010-03-01, the
# day Portugal was bound (pt-aviso-110-2018-cplp); Mozambique bound since 2009-08-01.
def test_portugal_mozambique_cooperation_agreement_gets_the_mla_supersession_note_from_2010_03_01():
    iid = "bilateral-moz-prt-legal-judicial-cooperation"
    before = agreement("PRT", "MOZ", iid, "2010-02-28", "mla")
    assert sides(before) == ("uncertain", "uncertain") and before["qualifications"] == []
    after = agreement("PRT", "MOZ", iid, "2010-03-01", "mla")
    assert sides(after) == ("uncertain", "uncertain")
    assert after["qualifications"] == [
        "CPLP MLA art. 20(1) binds both: it supersedes earlier bilateral treaties on the same matter between its "
        "parties, and later bilateral agreements may only supplement it or facilitate its application"]


# Brazil-Portugal: the 1991 extradition and MLA treaties, in force since 1994-12-01 (br-decreto-1325-1994-bra-prt-y17,
# br-decreto-1320-1994-bra-prt), are superseded from 2010-03-01, when the Conventions bound Portugal too.
@pytest.mark.parametrize("iid, purpose, short, article", [
    ("bilateral-bra-prt-1991-extradition", "extradition", "CPLP Extradition", "art. 25(1)"),
    ("bilateral-bra-prt-1991-mla", "mla", "CPLP MLA", "art. 20(1)"),
])
def test_brazil_portugal_1991_treaties_superseded_from_2010_03_01(iid, purpose, short, article):
    assert sides(agreement("BRA", "PRT", iid, "2010-02-28", purpose)) == ("bound", "bound")
    after = agreement("BRA", "PRT", iid, "2010-03-01", purpose)
    assert sides(after) == ("uncertain", "uncertain")
    assert after["a"]["reason"].startswith(
        f"in force since 1994-12-01, but superseded between them by the {short} ({article}) since 2010-03-01")


# A treaty of mutual legal assistance: between Portugal and Mozambique UNTOC art. 18(7) points to it once it binds both.
def test_untoc_art_18_7_names_the_cplp_mla_convention_between_portugal_and_mozambique():
    before = link_rows("PRT", "MOZ", "2010-02-28", "mla", section="shared")
    assert MLA not in before and before["untoc"]["qualifications"] == []
    after = link_rows("PRT", "MOZ", "2010-03-01", "mla", section="shared")
    assert any("(CPLP MLA)" in q for q in after["untoc"]["qualifications"])
