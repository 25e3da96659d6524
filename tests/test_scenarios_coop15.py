"""Round 15 (coop15): who was not a party to the 1978 Protocol to the European Convention on Mutual Assistance
(ETS 99), a second source for Bulgaria's ratification of the Second Additional Protocol to the European Convention
on Extradition (ETS 98), and cooperation declarations under ETS 30, ETS 98, ETS 99, ETS 182 and CETS 212, quoted
and dated, on the shipped data.

The expected answers come from the Swiss Federal Council's message of 2003-03-26 (ch-bbl-2003-3267, BBl 2003 3267),
the Liechtenstein Government's report BuA 39/2020 (li-bua-2020-39), Portugal's Aviso 270/94 (pt-aviso-270-94), the
Dutch treaty database's declarations pages (nl-000882-decl, nl-000883-decl, nl-012799-decl) and the Council of
Europe Treaty Office's lists of declarations (coe-030-decl-2014, coe-099-decl-2014, coe-182-decl-fr-2014,
coe-182-decl-gbr). Each test asks on both sides of the day the fact sets.
"""

from __future__ import annotations

import pytest

from .scenario import consent_then_bound as _consent_then_bound
from .scenario import day_before as _day_before
from .scenario import link_rows as _link_rows
from .scenario import party as _party
from .scenario import qualifications as _qualifications


def _standing(country: str, other: str, iid: str, day: str, purpose: str) -> dict:
    """The country's side of the instrument's row in `link COUNTRY OTHER` (the other side a party)."""
    row = _link_rows(country, other, day, purpose)[iid]
    assert row["section"] == "one-sided"
    return row["a"]


def _quoted(a: str, b: str, day: str, iid: str, purpose: str, *words: str) -> bool:
    """Whether `link A B` quotes, on the shared basis ``iid``, a declaration holding all ``words``."""
    return any(all(w in q for w in words) for q in _qualifications(a, b, day, iid, purpose))


# --- ETS 99: Switzerland and Liechtenstein not parties --------------------------------------------------------


@pytest.mark.parametrize("country", ["CHE", "LIE"])
def test_ets99_switzerland_and_liechtenstein_not_parties_on_2003_03_26(country):
    # ch-bbl-2003-3267 (the Federal Council's message on ETS 182 of 2003-03-26): "Die Schweiz hat dieses
    # Zusatzabkommen neben Liechtenstein und acht anderen Staaten nicht ratifiziert." On that day: not a party, with
    # the message as the reason; before it and after it the incomplete table proves nothing either way.
    on_day = _standing(country, "ITA", "ets-099", "2003-03-26", "mla")
    assert on_day["state"] == "not-party"
    assert "ch-bbl-2003-3267" in on_day["sources"]
    assert "acht anderen Staaten" in on_day["reason"]
    assert _standing(country, "ITA", "ets-099", "2003-03-25", "mla")["state"] == "not-in-data"
    after = _standing(country, "ITA", "ets-099", "2003-03-27", "mla")
    assert after["state"] == "not-in-data"
    assert "whether it became a party since is not in the data" in after["reason"]


def test_ets99_liechtenstein_neither_signatory_nor_party_on_2020_04_28():
    # li-bua-2020-39 (BuA 39/2020, adopted 2020-04-28): "Liechtenstein hat dieses erste Zusatzprotokoll bis anhin
    # weder unterzeichnet noch ratifiziert."
    on_day = _standing("LIE", "ITA", "ets-099", "2020-04-28", "mla")
    assert on_day["state"] == "not-party"
    assert "li-bua-2020-39" in on_day["sources"]
    assert _standing("LIE", "ITA", "ets-099", "2020-04-27", "mla")["state"] == "not-in-data"
    assert _standing("LIE", "ITA", "ets-099", "2020-04-29", "mla")["state"] == "not-in-data"
    # Switzerland has no statement of that day: the 2003 one no longer speaks for it
    assert _standing("CHE", "ITA", "ets-099", "2020-04-28", "mla")["state"] == "not-in-data"


# --- ETS 98: Bulgaria, a second source ----------------------------------------------------------------------


def test_ets98_bulgaria_ratified_on_1994_06_17_by_two_sources():
    # nl-trb-1997-285: "Bulgarije 17 juni 1994"; pt-aviso-270-94: "por notificação de 21 de Junho de 1994, o
    # Secretário-Geral do Conselho da Europa informou que a Bulgária ratificou, a 17 de Junho de 1994, o Segundo
    # Protocolo Adicional à Convenção Europeia de Extradição" (in force 90 days later, art. 6(3): 1994-09-15)
    _consent_then_bound("ets-098", "BGR", "1994-06-17", "1994-06-16", "1994-09-15", "1994-09-14")
    row = _party("ets-098", "BGR", "1994-09-15")
    assert {"nl-trb-1997-285", "pt-aviso-270-94"} <= set(row["sources"].split())
    assert _party("ets-098", "BGR", "1994-06-16")["state"] == "signed-only"  # signed 1993-09-30


# --- ETS 98 and ETS 99: declarations from the Verdragenbank ---------------------------------------------------


def test_ets98_azerbaijans_statement_on_the_occupied_territories_is_quoted_from_its_entry_into_force():
    # nl-000883-decl, Azerbeidzjan "28-06-2002": "unable to guarantee the application of the provisions of the
    # Convention and its Additional Protocols in the territories occupied by the Republic of Armenia"
    assert _link_rows("AZE", "ITA", "2002-09-25", "extradition")["ets-098"]["section"] == "one-sided"
    assert _quoted("AZE", "ITA", "2002-09-26", "ets-098", "extradition",
                   "Azerbaijan (other, 2002-06-28)", "territories occupied by the Republic of Armenia")


def test_ets98_chiles_declaration_on_judgments_in_absentia():
    # nl-000883-decl, Chili "03-03-2025": for a sentence rendered in absentia "the Republic of Chile shall request
    # all of the information laid out in the reservation made to Article 12 of the Convention"; Chile's accession of
    # 2025-03-03 (cl-decreto-77-2025) takes effect 90 days later, 2025-06-01
    assert _link_rows("CHL", "ITA", "2025-05-31", "extradition")["ets-098"]["section"] == "one-sided"
    assert _quoted("CHL", "ITA", "2025-06-01", "ets-098", "extradition",
                   "Chapter III", "in absentia", "reservation made to Article 12")


def test_ets99_azerbaijans_statement_and_reservation_dated_2003_07_04():
    # nl-000882-decl, Azerbeidzjan "04-07-2003": "unable to guarantee compliance with the provisions of the Protocol
    # in its territories occupied by the Republic of Armenia"; coe-099-decl-2014: "Declaration contained in the
    # instrument of ratification deposited on 4 July 2003"
    assert _link_rows("AZE", "ITA", "2003-10-01", "mla")["ets-099"]["section"] == "one-sided"
    assert _quoted("AZE", "ITA", "2003-10-02", "ets-099", "mla", "Azerbaijan (other, 2003-07-04)",
                   "unable to guarantee compliance")
    assert _quoted("AZE", "ITA", "2003-10-02", "ets-099", "mla", "Azerbaijan (reservation, art. 8(2), 2003-07-04)")


def test_ets99_belgiums_eppo_declaration_applies_from_2021_02_16():
    # nl-000882-decl, België "16-02-2021": the European Public Prosecutor's Office "shall be deemed to be a
    # judicial authority" (art. 24 ETS 30 as amended by art. 6 ETS 182)
    words = ("Belgium (other, art. 24 ETS 30", "European Public Prosecutor")
    assert not _quoted("BEL", "ARM", "2021-02-15", "ets-099", "mla", *words)
    assert _quoted("BEL", "ARM", "2021-02-16", "ets-099", "mla", *words)


# --- ETS 182: Armenia and the United Kingdom ------------------------------------------------------------------


def test_ets182_armenias_declarations_from_its_entry_into_force_2011_04_01():
    # coe-182-decl-fr-2014: three declarations "contained in the instrument of ratification deposited on
    # 8 December 2010", "Période d'effet : 1/4/2011 -", among them art. 26(5): "without the prior consent of the
    # Republic of Armenia, the personal data [...] may not be used"
    assert _link_rows("ARM", "ALB", "2011-03-31", "mla")["ets-182"]["section"] == "one-sided"
    for article in ("art. 4(8), 2011-04-01", "art. 26(5), 2011-04-01", "art. 6 (art. 24 ETS 30 as replaced), 2011-04-01"):
        assert _quoted("ARM", "ALB", "2011-04-01", "ets-182", "mla", f"Armenia (other, {article})")
    assert _quoted("ARM", "ALB", "2011-04-01", "ets-182", "mla", "art. 26(5)", "personal data", "prior consent")


def test_ets182_united_kingdoms_judicial_authorities_2010_to_2013():
    # coe-182-decl-gbr: declaration "deposited jointly with the instrument of ratification, on 30 June 2010",
    # judicial authorities under art. 24 ETS 30 as inserted by art. 6, "Period covered: 01/10/2010 - 07/02/2013"
    # (replaced by a declaration dated 7 February 2013)
    words = ("United Kingdom", "art. 6", "Serious Fraud Office")
    assert _link_rows("GBR", "ALB", "2010-09-30", "mla")["ets-182"]["section"] == "one-sided"
    assert _quoted("GBR", "ALB", "2010-10-01", "ets-182", "mla", *words)
    assert _quoted("GBR", "ALB", "2013-02-06", "ets-182", "mla", *words)
    assert not _quoted("GBR", "ALB", "2013-02-08", "ets-182", "mla", *words)


# --- CETS 212: Austria and Azerbaijan -----------------------------------------------------------------------------


def test_cets212_austrias_art14_declaration_applies_on_reciprocity():
    # nl-012799-decl, Austria "01-02-2016": "a requesting Party which has made the same declaration may restrict the
    # personal freedom of an extradited person in the circumstances set out in Article 14, paragraph 3"; Switzerland,
    # which made the same declaration, is bound from 2016-11-01 (coe-212-decl-che: deposit 2016-07-15), so the pair
    # shares the Protocol from then
    assert _link_rows("AUT", "CHE", "2016-10-31", "extradition")["cets-212"]["section"] == "one-sided"
    quals = _qualifications("AUT", "CHE", "2016-11-01", "cets-212", "extradition")
    assert any("Austria (other, art. 14(3)" in q and "which has made the same declaration" in q
               and q.endswith("; applied on reciprocity") for q in quals)


def test_cets212_azerbaijans_reservations_on_limitation_and_original_documents():
    # nl-012799-decl, Azerbaijan "15-10-2019": reservations under art. 10(3) (not to apply art. 10(2)) and art. 6(3)
    # ("to require the original or authenticated copy of the request and supporting documents"); its instrument of
    # 2023-01-10 (at-bgbl-2023-iii-124-cets212) takes effect on 2023-05-01 (art. 9(3))
    assert _link_rows("AZE", "ITA", "2023-04-30", "extradition")["cets-212"]["section"] == "one-sided"
    assert _quoted("AZE", "ITA", "2023-05-01", "cets-212", "extradition",
                   "Azerbaijan (reservation, art. 6(3), 2019-10-15)", "original or authenticated copy")
    assert _quoted("AZE", "ITA", "2023-05-01", "cets-212", "extradition",
                   "Azerbaijan (reservation, art. 10(3)", "Article 10, paragraph 2")


# --- ETS 30: Albania ----------------------------------------------------------------------------------------------


def test_ets30_albanias_judicial_authorities_from_2006_08_02():
    # coe-030-decl-2014: "Declaration contained in a Note Verbale from the Permanent Representation of Albania, dated
    # 27 July 2006, registered at the Secretariat General on 2 August 2006": under art. 24 the Supreme Court, the
    # Courts of Appeal and of First Instance and the Prosecutor Offices are judicial authorities
    words = ("Albania (other, art. 24, 2006-08-02)", "The General Prosecutor Office")
    assert not _quoted("ALB", "ITA", _day_before("2006-08-02"), "ets-030", "mla", *words)
    assert _quoted("ALB", "ITA", "2006-08-02", "ets-030", "mla", *words)


# --- ETS 99: Norway, a party by 2012 ------------------------------------------------------------------------------


def test_ets99_norway_a_party_by_2012_from_its_governments_bill():
    # no-prop-97-ls-2011-2012, chapter 11: the instruments build on "konvensjoner og avtaler Norge allerede er
    # tilsluttet, herunder 1959-konvensjonen og dens tilleggsprotokoll av 17. mars 1978" (a bill of the 2011-2012
    # session, dated "2012"): bound by the end of that year, uncertain before, no deposit day invented
    assert _party("ets-099", "NOR", "2012-12-30")["state"] == "uncertain"
    row = _party("ets-099", "NOR", "2012-12-31")
    assert (row["state"], row["consent"], row["in_force"], row["in_force_qualifier"]) == ("bound", "", "2012-12-31", "by")
    assert row["sources"] == "no-prop-97-ls-2011-2012"


# --- ETS 24 and ETS 86: Ukraine's declarations dated by its instrument; ETS 30: Portugal's judicial authority -------


def test_ukraines_ets24_and_ets86_declarations_are_those_of_its_instrument_of_1998_03_11():
    # pt-aviso-193-98: the Secretariat General notified that Ukraine "em 11 de Março de 1998, depositado o seu
    # instrumento de ratificação da mencionada Convenção, com as seguintes declarações e reservas" (ETS 24);
    # pt-aviso-194-98, the same day, for ETS 86 "com a seguinte declaração"; in force for Ukraine 1998-06-09
    assert _link_rows("UKR", "NOR", "1998-06-08", "extradition")["ets-024"]["section"] == "one-sided"
    for article in ("art. 1", "art. 2(1)", "art. 4", "art. 21(5)", "art. 23"):
        assert _quoted("UKR", "NOR", "1998-06-09", "ets-024", "extradition", "Ukraine (", f"{article}, 1998-03-11)")
    assert _quoted("UKR", "NOR", "1998-06-09", "ets-024", "extradition", "art. 6(1)(a), (b), 1998-03-11)",
                   "will not extradite citizens of Ukraine")
    assert _quoted("UKR", "NOR", "1998-06-09", "ets-086", "extradition", "Ukraine (reservation, art. 6(1), 1998-03-11)",
                   "does not accept chapter I")


def test_ets30_portugal_deems_the_public_prosecution_service_a_judicial_authority():
    # pt-rar-39-94, art. 4: "Nos termos do artigo 24.º, Portugal declara que, para os fins da presente Convenção, o
    # Ministério Público deverá ser considerado autoridade judiciária" (pt-gddc-ets030: a declaration made at
    # ratification; in force for Portugal 1994-12-26)
    assert _link_rows("PRT", "NOR", "1994-12-25", "mla")["ets-030"]["section"] == "one-sided"
    assert _quoted("PRT", "NOR", "1994-12-26", "ets-030", "mla", "Portugal (other, art. 24, 1994-12-26)",
                   "Ministério Público deverá ser considerado autoridade judiciária")


def test_cets212_ukraines_reservation_on_original_requests():
    # at-bgbl-2018-iii-205-cets212: Ukraine deposited its instrument on 2018-11-13 with a reservation under art. 6(3):
    # "sich die Ukraine das Recht vorbehält, das ursprüngliche Ersuchen sowie beglaubigte Abschriften der begleitenden
    # Unterlagen anzufordern"; in force for it 2019-03-01 (art. 9(3)), when it first shares the Protocol with Switzerland
    assert _link_rows("UKR", "CHE", "2019-02-28", "extradition")["cets-212"]["section"] == "one-sided"
    assert _quoted("UKR", "CHE", "2019-03-01", "cets-212", "extradition",
                   "Ukraine (reservation, art. 6(3), 2018-11-13)", "beglaubigte Abschriften")


def test_ets24_czechoslovakias_transit_reservation_1992():
    # pt-aviso-93-92: the CSFR deposited its instrument on 1992-04-15 "com a seguinte reserva: Under the terms of
    # article 21.5, the transit of a person within the meaning of article 21 will be granted only on conditions
    # apllied in cases of extradition"; in force for it 1992-07-14, until the federation ended (1993-01-01)
    assert _link_rows("CSK", "AUT", "1992-07-13", "extradition")["ets-024"]["section"] == "one-sided"
    assert _quoted("CSK", "AUT", "1992-07-14", "ets-024", "extradition",
                   "Czechoslovakia (reservation, art. 21(5), 1992-04-15)", "conditions apllied [sic] in cases of extradition")
    assert "ets-024" not in _link_rows("CSK", "AUT", "1993-01-01", "extradition")
