"""Scenarios for round 19's MERCOSUR conventions in data/mercosur.yaml: the Protocol of San Luis on mutual legal
assistance in criminal matters (1996, CMC Dec. 2/96), the Agreement on Extradition between the States Parties of
MERCOSUR (1998, CMC Dec. 14/98) and the Agreement on Extradition between the States Parties of MERCOSUR and
Bolivia and Chile (1998, CMC Dec. 15/98), with the parties' days as Brazil's promulgation decrees, Chile's Decreto
Supremo Nº 35 of 2012 and the 2002 MERCOSUR-Bolivia-Chile Agreement on mutual legal assistance give them. Each
test names the source of the answer it expects (keys of data/mercosur.yaml, where each carries its URL, date and
the words quoted) and checks both sides of the boundary the fact sets."""

from __future__ import annotations

import pytest

from octreaty import load_data

from .scenario import consent_then_bound, coverage, day_before, link_rows, party, sides

MLA = "mercosur-mla-1996"
EXT = "mercosur-extradition-1998"
BC = "mercosur-bol-chl-extradition-1998"


# Source: mcs-br-decreto-3468-2000 (Brazil, Decreto nº 3.468/2000): "o Governo brasileiro depositou o Instrumento de
# Ratificação do referido Protocolo em 28 de março de 2000; [...] o Ato em tela entrou em vigor para o Brasil, nos
# termos de seu art. 28, em 27 de abril de 2000"; signed "em 25 de junho de 1996".
def test_brazil_deposited_on_2000_03_28_and_is_bound_by_the_protocol_of_san_luis_from_2000_04_27():
    consent_then_bound(MLA, "BRA", "2000-03-28", "2000-03-27", "2000-04-27", "2000-04-26")
    row = party(MLA, "BRA", "2000-04-27")
    assert (row["act"], row["signature"]) == ("ratification", "1996-06-25")
    assert party(MLA, "BRA", "2000-03-27")["state"] == "signed-only"
    assert "mcs-br-decreto-3468-2000" in row["sources"].split()


# Source: mcs-ar-ley-26004 (the 2002 MERCOSUR-Bolivia-Chile Agreement, signed at Buenos Aires on 2002-02-18, as
# Argentina's Ley 26.004 publishes it): "CONSIDERANDO el Protocolo de Asistencia Jurídica Mutua en Asuntos Penales,
# aprobado en San Luis [...] por Decisión del Consejo del Mercado Común (CMC) N° 2/96, vigente entre los cuatro
# Estados Partes del MERCOSUR". No source read dates the deposits of Argentina, Paraguay or Uruguay: uncertain the
# day before, bound "by" that day.
@pytest.mark.parametrize("country", ["ARG", "PRY", "URY"])
def test_the_other_three_are_bound_by_2002_02_18_their_deposits_not_dated(country):
    before = party(MLA, country, "2002-02-17")
    assert (before["state"], before["act"], before["consent"]) == ("uncertain", "party", "")
    row = party(MLA, country, "2002-02-18")
    assert (row["state"], row["in_force"], row["in_force_qualifier"]) == ("bound", "2002-02-18", "by")
    assert "mcs-ar-ley-26004" in row["sources"].split()


# Sources: mcs-ar-ley-25095 (the Protocol's text, art. 28: "entrará en vigor con relación a los dos primeros Estados
# Partes que lo ratifiquen, treinta (30) días después que el segundo país proceda al depósito de su instrumento de
# ratificación. Para los demás ratificantes, entrará en vigor el trigésimo día posterior al depósito"; art. 30: it
# "no restringirá la aplicación de las Convenciones que sobre la misma materia hubieran sido suscriptas
# anteriormente [...] en tanto fueran más favorables"); its own entry into force is the first day a source gives
# (Brazil's, mcs-br-decreto-3468-2000); four parties, as the 2002 Agreement counts them (mcs-ar-ley-26004).
def test_the_protocol_of_san_luis_its_rule_and_its_four_parties():
    inst = load_data().instruments[MLA]
    # its own entry into force is not dated: Brazil's decree shows it in force for Brazil, so in force, by 2000-04-27
    assert (str(inst.adopted), inst.entry_into_force, str(inst.in_force_by.date)) == ("1996-06-25", None,
                                                                                      "2000-04-27")
    assert (inst.eif_rule.days_after_deposit, inst.eif_rule.article) == (30, "art. 28")
    assert inst.mla_treaty is True and inst.supersedes_bilateral is None
    assert {p.party for p in inst.parties} == {"ARG", "BRA", "PRY", "URY"}
    assert (inst.coverage.stated, str(inst.coverage.as_of)) == (4, "2002-02-18")
    assert coverage(MLA).startswith("4")
    assert party(MLA, "CHL", "2025-06-01") is None


# Argentina-Brazil on 2025-06-01: the Protocol binds both (Brazil since 2000-04-27, mcs-br-decreto-3468-2000;
# Argentina by 2002-02-18, mcs-ar-ley-26004), and as a treaty of mutual legal assistance it is the one UNTOC
# art. 18(7) defers to. The day before Brazil's entry into force, Brazil's ratification was pending and the
# Protocol is no shared basis; Argentina, whose deposit is not dated (its approval law was sanctioned 1999-04-21),
# may already have been bound then, the Protocol's own entry into force not being dated either.
def test_link_argentina_brazil_lists_the_protocol_in_2025_and_not_before_brazil_was_bound():
    rows = link_rows("ARG", "BRA", "2025-06-01", "mla", section="shared")
    row = rows[MLA]
    assert sides(row) == ("bound", "bound")
    assert row["a"]["reason"] == "party date not found; in force by 2002-02-18"
    assert row["b"]["in_force"]["date"] == "2000-04-27"
    assert row["linked_since"] == {"date": None, "earliest": "2000-04-27", "latest": "2002-02-18"}
    assert row["usable_for"] == {"mla": 'the whole protocol (art. 1(1): "El presente Protocolo tiene por finalidad '
                                        'la asistencia jurídica mutua en asuntos penales entre las autoridades '
                                        'competentes de los Estados Partes")'}
    # both are parties to the Inter-American Convention on Mutual Assistance as well (oas-a55)
    assert ("UNTOC art. 18(7): the two are bound by treaties of mutual legal assistance (Inter-American MLA "
            "Convention and MERCOSUR MLA Protocol), whose corresponding provisions apply in place of art. 18(9)-(29) "
            "unless they agree to apply those instead") in rows["untoc"]["qualifications"]
    before = link_rows("ARG", "BRA", "2000-04-26", "mla")
    assert sides(before[MLA]) == ("uncertain", "consent-pending")
    assert before[MLA]["section"] != "shared"


# Source: mcs-br-decreto-4975-2004 (Brazil, Decreto nº 4.975/2004): "o Governo brasileiro depositou o instrumento de
# ratificação em 2 de dezembro de 2003; Considerando que o Acordo entrou em vigor internacional, e para o Brasil, em
# 1º de janeiro de 2004"; signed at Rio de Janeiro on 1998-12-10 "pelos Governos da República Federativa do Brasil,
# da República Argentina, da República do Paraguai e da República Oriental do Uruguai"
# (mcs-br-em-156-1999-mercosur-extradition).
def test_brazil_deposited_on_2003_12_02_and_is_bound_by_the_mercosur_extradition_agreement_from_2004_01_01():
    consent_then_bound(EXT, "BRA", "2003-12-02", "2003-12-01", "2004-01-01", "2003-12-31")
    inst = load_data().instruments[EXT]
    assert (str(inst.adopted), str(inst.entry_into_force)) == ("1998-12-10", "2004-01-01")
    assert inst.eif_rule is None and inst.coverage.complete is False


# The other three signed on 1998-12-10 (mcs-br-em-156-1999-mercosur-extradition, of 1999-05-20); no deposit of theirs
# was found and the table is incomplete: uncertain, never "not a party". Argentina-Brazil on 2025-06-01: one-sided.
@pytest.mark.parametrize("country", ["ARG", "PRY", "URY"])
def test_the_other_signatories_of_the_mercosur_extradition_agreement_are_uncertain(country):
    assert party(EXT, country, day_before("1998-12-10")) is None
    row = party(EXT, country, "2025-06-01")
    assert (row["state"], row["act"], row["signature"]) == ("uncertain", "signature", "1998-12-10")
    rows = link_rows(country, "BRA", "2025-06-01", "extradition")
    assert rows[EXT]["section"] == "one-sided"
    assert sides(rows[EXT]) == ("uncertain", "bound")
    assert rows[EXT]["a"]["reason"] == ("signed 1998-12-10; not ratified as of 1999-05-20 per the source, and the "
                                        "table is incomplete: a later ratification would not show")


# Source: mcs-cl-ds-35-2012 (Chile, Decreto Supremo Nº 35 of 2012): "el instrumento de ratificación del señalado
# Acuerdo se depositó en el Ministerio de Relaciones Exteriores de la República del Paraguay con fecha 19 de
# diciembre de 2011 [...] de conformidad con el artículo 31 numeral 2 del referido Acuerdo, éste entró en vigor
# internacional para la República de Chile el 18 de enero de 2012".
def test_chile_deposited_on_2011_12_19_and_is_bound_by_the_bolivia_chile_agreement_from_2012_01_18():
    consent_then_bound(BC, "CHL", "2011-12-19", "2011-12-18", "2012-01-18", "2012-01-17")
    assert party(BC, "CHL", "2011-12-18") is None
    assert "mcs-cl-ds-35-2012" in party(BC, "CHL", "2012-01-18")["sources"].split()


# Source: mcs-br-decreto-5867-2006 (Brazil, Decreto nº 5.867 of 2006-08-03): "o Acordo entrou em vigor no plano
# internacional em 11 de abril de 2005, nos termos de seu art. 31"; the decree orders its execution and gives no day
# for Brazil's deposit: uncertain from the Agreement's entry into force, bound by the decree's day.
def test_brazil_bound_by_the_bolivia_chile_agreement_by_2006_08_03():
    inst = load_data().instruments[BC]
    assert (str(inst.adopted), str(inst.entry_into_force)) == ("1998-12-10", "2005-04-11")
    assert party(BC, "BRA", "2005-04-10") is None
    assert party(BC, "BRA", "2005-04-11")["state"] == "uncertain"
    assert party(BC, "BRA", "2006-08-02")["state"] == "uncertain"
    row = party(BC, "BRA", "2006-08-03")
    assert (row["state"], row["act"], row["in_force"], row["in_force_qualifier"]) == \
        ("bound", "party", "2006-08-03", "by")
    assert {p.party for p in inst.parties} == {"BRA", "CHL"}


# Brazil-Chile: the Bolivia-Chile Agreement is a shared basis for extradition from Chile's day (2012-01-18,
# mcs-cl-ds-35-2012), Brazil bound by then (mcs-br-decreto-5867-2006); the day before, Chile's ratification was
# pending.
def test_link_brazil_chile_lists_the_bolivia_chile_agreement_from_2012_01_18():
    rows = link_rows("BRA", "CHL", "2025-06-01", "extradition", section="shared")
    row = rows[BC]
    assert sides(row) == ("bound", "bound")
    assert row["linked_since"] == {"date": "2012-01-18", "earliest": "2012-01-18", "latest": "2012-01-18"}
    assert set(row["sources"]) == {"mcs-br-decreto-5867-2006", "mcs-cl-ds-35-2012"}
    assert BC in link_rows("BRA", "CHL", "2012-01-18", "extradition", section="shared")
    before = link_rows("BRA", "CHL", "2012-01-17", "extradition")
    assert before[BC]["section"] == "one-sided"
    assert sides(before[BC]) == ("bound", "consent-pending")


MLA02 = "mercosur-bol-chl-mla-2002"


# Source: mcs-cl-ds-78-2009 (Chile, Decreto Supremo Nº 78 of 2009-05-07): "con fecha 30 de junio de 2008, la
# República del Ecuador se adhirió al Acuerdo [...] la República de Chile, la República Argentina, la República del
# Ecuador y la República del Paraguay dieron cumplimiento a lo dispuesto en el artículo 30 del mencionado Acuerdo y,
# en consecuencia, éste entró en vigor internacional entre esas Repúblicas el 8 de febrero de 2009".
@pytest.mark.parametrize("country", ["ARG", "CHL", "PRY"])
def test_the_2002_agreement_binds_argentina_chile_and_paraguay_from_2009_02_08(country):
    assert party(MLA02, country, "2009-02-07") is None  # no deposit day read: absent the day before
    row = party(MLA02, country, "2009-02-08")
    assert (row["state"], row["act"], row["in_force"], row["in_force_qualifier"]) == \
        ("bound", "party", "2009-02-08", "")
    assert "mcs-cl-ds-78-2009" in row["sources"].split()


# Same source: Ecuador's accession of 2008-06-30 took effect with the Agreement on 2009-02-08.
def test_ecuador_acceded_on_2008_06_30_and_is_bound_by_the_2002_agreement_from_2009_02_08():
    consent_then_bound(MLA02, "ECU", "2008-06-30", "2008-06-29", "2009-02-08", "2009-02-07")
    assert party(MLA02, "ECU", "2009-02-08")["act"] == "accession"


# Sources: mcs-ar-ley-26004 (the Agreement's text: art. 30 "Para los demás signatarios, entrará en vigor el trigésimo
# día posterior al depósito de su respectivo instrumento de ratificación"; art. 28 "El presente Acuerdo no implica la
# derogación, modificación, enmienda o restricción de las disposiciones del Protocolo [...] aprobado en San Luis");
# mcs-cl-ds-78-2009 (in force 2009-02-08). Brazil, Uruguay and Bolivia are not listed: no deposit of theirs was read.
def test_the_2002_agreement_its_rule_and_its_relation_to_the_protocol_of_san_luis():
    inst = load_data().instruments[MLA02]
    assert (str(inst.adopted), str(inst.entry_into_force)) == ("2002-02-18", "2009-02-08")
    assert (inst.eif_rule.days_after_deposit, inst.eif_rule.article) == (30, "art. 30")
    assert inst.mla_treaty is True and inst.supersedes_bilateral is None and inst.replaces == ()
    assert {p.party for p in inst.parties} == {"ARG", "CHL", "ECU", "PRY"}
    assert inst.coverage.complete is False


# Argentina-Paraguay on 2025-06-01: both treaties of mutual legal assistance bind them, the Protocol of San Luis
# (mcs-ar-ley-26004: "vigente entre los cuatro Estados Partes del MERCOSUR") and the 2002 Agreement
# (mcs-cl-ds-78-2009), which by its art. 28 does not restrict the Protocol: both are listed, and UNTOC art. 18(7)
# names both. Argentina-Chile: the 2002 Agreement only, from 2009-02-08; the day before, no shared MERCOSUR basis.
def test_link_argentina_paraguay_lists_both_mla_treaties_and_argentina_chile_the_2002_agreement():
    rows = link_rows("ARG", "PRY", "2025-06-01", "mla", section="shared")
    assert sides(rows[MLA]) == ("bound", "bound") and sides(rows[MLA02]) == ("bound", "bound")
    assert ("UNTOC art. 18(7): the two are bound by treaties of mutual legal assistance (Inter-American MLA "
            "Convention, MERCOSUR MLA Protocol and MERCOSUR-Bolivia-Chile MLA), whose corresponding provisions apply "
            "in place of art. 18(9)-(29) unless they agree to apply those instead") in rows["untoc"]["qualifications"]
    chl = link_rows("ARG", "CHL", "2025-06-01", "mla", section="shared")
    assert chl[MLA02]["linked_since"] == {"date": "2009-02-08", "earliest": "2009-02-08", "latest": "2009-02-08"}
    assert MLA not in chl
    assert MLA02 not in link_rows("ARG", "CHL", "2009-02-07", "mla", section="shared")
