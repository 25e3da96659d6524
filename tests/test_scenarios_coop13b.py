"""Round 13b scenarios for the Council of Europe extradition and mutual assistance treaties (data/coe-cooperation.yaml),
from Spain's official gazette (BOE) read in the GitHub mirror legalize-dev/legalize-es.

Two kinds of BOE document: Spain's instrument of ratification of CETS 209 as published (BOE-A-2015-792), which ends
with a table of States parties (signature, consent, entry into force) on 2015-01-22; and the Secretaría General
Técnica's periodic lists of the treaty communications Spain receives (art. 24.2 of Law 25/2014), which give each new
ratification as "DD-MM-YYYY RATIFICACIÓN. DD-MM-YYYY ENTRADA EN VIGOR". Each test names the document it rests on.
"""

from __future__ import annotations

import pytest

from .scenario import consent_then_bound, coverage, day_before, party, qualifications


def _sources(iid: str, country: str, day: str) -> set[str]:
    row = party(iid, country, day)
    assert row is not None
    return set(row["sources"].split())


# -- CETS 209: the table of States parties of Spain's instrument (es-boe-2015-792) -----------------------------------
# "| Albania | 10/11/2010 | 09/09/2011 R | 01/05/2012 |" ... "| Serbia | 10/11/2010 | 01/06/2011 R | 01/05/2012 |";
# the Netherlands' instrument is one "de aceptación depositado el 6 de julio de 2012".

CETS209_TABLE = [
    # (country, signature, deposit, entry into force)
    ("ALB", "2010-11-10", "2011-09-09", "2012-05-01"),
    ("BIH", "2014-03-24", "2014-12-01", "2015-04-01"),
    ("CYP", "2011-09-08", "2014-02-07", "2014-06-01"),
    ("SVN", "2010-11-10", "2014-04-11", "2014-08-01"),
    ("ESP", "2013-11-27", "2014-12-18", "2015-04-01"),
    ("LVA", "2010-11-10", "2012-01-26", "2012-05-01"),
    ("MKD", "2010-11-10", "2013-11-21", "2014-03-01"),
    ("NLD", "2011-12-20", "2012-07-06", "2012-11-01"),
    ("GBR", "2014-01-06", "2014-09-23", "2015-01-01"),
    ("CZE", "2012-04-04", "2013-01-17", "2013-05-01"),
    ("SRB", "2010-11-10", "2011-06-01", "2012-05-01"),
]


@pytest.mark.parametrize("country, signature, deposit, in_force", CETS209_TABLE)
def test_cets209_spanish_table_of_states_parties_dates_each_deposit(country, signature, deposit, in_force):
    consent_then_bound("cets-209", country, deposit, day_before(deposit), in_force, day_before(in_force))
    assert party("cets-209", country, day_before(deposit))["signature"] == signature
    assert "es-boe-2015-792" in _sources("cets-209", country, in_force)


def test_cets209_netherlands_accepted_rather_than_ratified():
    assert party("cets-209", "NLD", "2012-11-01")["act"] == "acceptance"


# -- CETS 209: later parties from Spain's lists of treaty communications ---------------------------------------------

CETS209_LISTS = [
    # (country, deposit, entry into force, the list) -- quoted in the rows' notes
    ("LTU", "2017-01-02", "2017-05-01", "es-boe-2017-4969"),   # "02-01-2017 RATIFICACIÓN. 01-05-2017 ENTRADA EN VIGOR"
    ("ROU", "2017-09-18", "2018-01-01", "es-boe-2018-1680"),   # "18-9-2017 Ratificación. 1-1-2018 Entrada en vigor"
    ("MDA", "2018-01-29", "2018-05-01", "es-boe-2018-5533"),   # "29-01-2018 RATIFICACIÓN. 01-05-2018 ENTRADA EN VIGOR"
    ("FRA", "2021-06-10", "2021-10-01", "es-boe-2021-16963"),  # "10-06-2021 APROBACIÓN. 1-10-2021 ENTRADA EN VIGOR"
    ("MNE", "2026-01-14", "2026-05-01", "es-boe-2026-7040"),   # "Ratificación: 14-01-2026. Entrada en vigor: 01-05-2026"
]


@pytest.mark.parametrize("country, deposit, in_force, source", CETS209_LISTS)
def test_cets209_party_from_spains_list_of_treaty_communications(country, deposit, in_force, source):
    consent_then_bound("cets-209", country, deposit, day_before(deposit), in_force, day_before(in_force))
    assert source in _sources("cets-209", country, in_force)


def test_cets209_france_approved_after_signing_in_2018():
    assert party("cets-209", "FRA", "2021-06-09")["state"] == "signed-only"
    assert party("cets-209", "FRA", "2021-10-01")["act"] == "approval"


def test_cets209_lithuania_reservation_on_art_2_1_is_quoted_from_2017_05_01():
    # es-boe-2017-4969: "la República de Lituania declara que se acoge al derecho de no aceptar el apartado 1 del
    # artículo 2 del Protocolo"
    def lithuanian(day: str) -> list[str]:
        return [q for q in qualifications("LTU", "CHE", day, "cets-209", "extradition")
                if "apartado 1 del artículo 2" in q]

    assert party("cets-209", "LTU", "2017-04-30")["state"] == "consent-pending"  # not yet in force for it
    assert len(lithuanian("2017-05-01")) == 1


def test_cets209_ukraine_deposit_2018_11_13_from_the_list_of_2019_01_17():
    # es-boe-2019-1060: "UCRANIA. 13-11-2018 RATIFICACIÓN. 13-03-2019 ENTRADA EN VIGOR" -- the printed day is not a
    # first of a month as art. 14(3) requires, so the row records only the deposit.
    assert party("cets-209", "UKR", "2018-11-12") is None
    row = party("cets-209", "UKR", "2018-11-13")
    assert row["state"] == "consent-pending" and row["consent"] == "2018-11-13"
    assert "es-boe-2019-1060" in row["sources"].split()


def test_cets209_turkiye_ratified_in_july_2016_not_on_a_guessed_day():
    # es-boe-2017-4969: Cyprus's objection to "la declaración depositada por la República de Turquía en el momento de
    # la ratificación [...] de 11 de julio de 2016, registrada en la Secretaría General del Consejo de Europa el 13 de
    # julio de 2016": the month is certain, the day of deposit is not stated.
    assert party("cets-209", "TUR", "2016-06-30") is None
    row = party("cets-209", "TUR", "2016-08-01")
    assert row["consent"] == "2016-07" and "es-boe-2017-4969" in row["sources"].split()


def test_cets209_count_of_2018_now_met_but_for_germany_undated():
    # fr-rp-coe-2018-ets024-protocols: 19 States had ratified on 2018-10-02.
    assert coverage("cets-209").startswith("18 (+1 undated) of 19 ")


# -- ETS 182 -----------------------------------------------------------------------------------------------------------


def test_ets182_france_deposit_2012_02_06_from_its_own_declaration():
    # es-boe-2021-16963: France withdrew its art. 9 declaration "consignada en su instrumento de ratificación depositado
    # el 6 de febrero de 2012"; the Verdragenbank gives the entry into force, 2012-06-01.
    consent_then_bound("ets-182", "FRA", "2012-02-06", "2012-02-05", "2012-06-01", "2012-05-31")


def test_ets182_luxembourg_deposit_2021_10_21():
    # es-boe-2022-858: "LUXEMBURGO. 21-10-2021 RATIFICACIÓN. 01-02-2022 ENTRADA EN VIGOR".
    consent_then_bound("ets-182", "LUX", "2021-10-21", "2021-10-20", "2022-02-01", "2022-01-31")


def test_ets182_iceland_a_signatory_until_its_ratification_of_2026():
    # es-boe-2026-15456: "ISLANDIA. Ratificación: 14-04-2026. Entrada en vigor: 01-08-2026".
    consent_then_bound("ets-182", "ISL", "2026-04-14", "2026-04-13", "2026-08-01", "2026-07-31")
    assert "es-boe-2026-15456" in _sources("ets-182", "ISL", "2026-08-01")


# -- ETS 98 and ETS 99: France -----------------------------------------------------------------------------------------


def test_ets98_france_deposit_2021_06_10():
    # es-boe-2021-16963: "FRANCIA. 10-06-2021 APROBACIÓN. 8-09-2021 ENTRADA EN VIGOR".
    consent_then_bound("ets-098", "FRA", "2021-06-10", "2021-06-09", "2021-09-08", "2021-09-07")


def test_ets99_france_ratified_1991_02_01_by_its_own_statement():
    # es-boe-2021-16963: "sus dos protocolos adicionales, ratificados por Francia, respectivamente, el 1 de febrero de
    # 1991 (STE n.º 99) y el 6 de febrero de 2012 (STE n.º 182)".
    assert party("ets-099", "FRA", "1991-01-31") is None
    row = party("ets-099", "FRA", "1991-02-01")
    assert row["consent"] == "1991-02-01" and "es-boe-2021-16963" in row["sources"].split()


# -- ETS 30: Mongolia; Norway's central authority ----------------------------------------------------------------------


def test_ets30_mongolia_accession_2025_05_26():
    # es-boe-2025-26356: "MONGOLIA. Adhesión: 26-05-2025. Entrada en vigor: 24-08-2025".
    consent_then_bound("ets-030", "MNG", "2025-05-26", "2025-05-25", "2025-08-24", "2025-08-23")
    assert party("ets-030", "MNG", "2025-08-24")["act"] == "accession"


def test_ets30_norway_riksadvokaten_central_authority_from_2026_01_01():
    # es-boe-2026-7040: "el Riksadvokaten (Director del Ministerio Público de Noruega) es la autoridad central
    # designada de Noruega desde el 1 de enero de 2026".
    def norwegian(day: str) -> list[str]:
        return [q for q in qualifications("NOR", "DEU", day, "ets-030", "mla") if "Riksadvokaten" in q]

    assert norwegian("2025-12-31") == []
    assert len(norwegian("2026-01-01")) == 1


# -- ETS 24: Austria on Chile's art. 11 reservation --------------------------------------------------------------------


def test_ets24_austria_interprets_chiles_life_imprisonment_reservation_from_2025_07_30():
    # es-boe-2025-26356: "El Gobierno de Austria interpreta la reserva en el sentido de que la extradición solo se
    # denegará si la persona condenada a prisión permanente no tiene ninguna posibilidad [...] de que se le conceda
    # mediante resolución judicial la libertad condicional"; it concerns Chile only.
    def austrian(a: str, b: str, day: str) -> list[str]:
        return [q for q in qualifications(a, b, day, "ets-024", "extradition") if "prisión permanente" in q]

    assert austrian("AUT", "CHL", "2025-07-29") == []
    assert len(austrian("AUT", "CHL", "2025-07-30")) == 1
    assert austrian("AUT", "CHE", "2025-07-30") == []


def test_ets182_liechtenstein_ratified_2020_09_25():
    # es-boe-2021-1856: "LIECHTENSTEIN. 25-09-2020 RATIFICACIÓN. 1-01-2021 ENTRADA EN VIGOR", with its declaration
    # that "los tribunales de justicia y la Fiscalía General se considerarán autoridades judiciales".
    consent_then_bound("ets-182", "LIE", "2020-09-25", "2020-09-24", "2021-01-01", "2020-12-31")
    quoted = [q for q in qualifications("LIE", "CHE", "2021-01-01", "ets-182", "mla") if "Fiscalía General" in q]
    assert len(quoted) == 1


def test_ets182_russian_federation_deposit_2019_09_16():
    # es-boe-2019-16073: "RUSIA. 16-09-2019 RATIFICACIÓN. 01-01-2020 ENTRADA EN VIGOR", with reservations under art.
    # 33(2); it had signed on 2017-12-01 (ru-poyasn-2019-683904-7).
    consent_then_bound("ets-182", "RUS", "2019-09-16", "2019-09-15", "2020-01-01", "2019-12-31")


def test_ets30_united_kingdom_ratified_1991_08_29_by_its_own_letter():
    # es-boe-2020-911: the United Kingdom's letter of 2019-07-29 on Gibraltar: "el Convenio de Asistencia Judicial en
    # Materia Penal, que el Reino Unido de Gran Bretaña e Irlanda del Norte ratificó el 29 de agosto de 1991".
    assert party("ets-030", "GBR", "1991-08-28") is None
    row = party("ets-030", "GBR", "1991-08-29")
    assert row["consent"] == "1991-08-29" and "es-boe-2020-911" in row["sources"].split()


def test_cets209_portugal_ratified_2019_04_08():
    # es-boe-2019-10595: "PORTUGAL. 08-04-2019 RATIFICACIÓN. 01-08-2019 ENTRADA EN VIGOR".
    consent_then_bound("cets-209", "PRT", "2019-04-08", "2019-04-07", "2019-08-01", "2019-07-31")
