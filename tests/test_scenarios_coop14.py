"""Round 14 (coop14): deposits, entries into force and declarations under the European Conventions on Extradition
(ETS 24) and on Mutual Assistance in Criminal Matters (ETS 30) and their Protocols (ETS 86, 98, 99), on the shipped
data.

The expected answers come from Spain's periodic lists of the treaty communications it received (art. 32 of Decree
801/1972), section E.D, read in the legalize-dev/legalize-es index: es-boe-2012-5842 (communications of 2011-09-01
to 2012-03-31) and es-boe-2010-2882 (2009-09-01 to 2009-12-31); and from the Dutch treaty series, Tractatenblad
1996, 140 (nl-trb-1996-140). Each test asks on both sides of the day of deposit and of entry into force.
"""

from __future__ import annotations

import pytest

from .scenario import consent_then_bound as _consent_then_bound
from .scenario import day_before as _day_before
from .scenario import party as _party
from .scenario import qualifications as _qualifications


def _deposit_then_bound(iid: str, country: str, deposit: str, in_force: str, source: str) -> None:
    _consent_then_bound(iid, country, deposit, _day_before(deposit), in_force, _day_before(in_force))
    row = _party(iid, country, in_force)
    assert row is not None and source in row["sources"].split()


@pytest.mark.parametrize("iid", ["ets-086", "ets-098", "ets-099"])
def test_korea_acceded_to_the_1975_and_1978_protocols_on_2011_09_29_in_force_2011_12_29(iid):
    # es-boe-2012-5842, under the headings of ETS 86, ETS 98 and ETS 99: "REPÚBLICA DE COREA. ADHESIÓN:
    # 29-09-2011. ENTRADA EN VIGOR: 29-12-2011"
    _deposit_then_bound(iid, "KOR", "2011-09-29", "2011-12-29", "es-boe-2012-5842")
    assert _party(iid, "KOR", "2011-12-29")["act"] == "accession"


def test_korea_acceded_to_ets30_on_2011_09_29_in_force_2011_12_29():
    # es-boe-2012-5842, ETS 30: "REPÚBLICA DE COREA. ADHESIÓN: 29-09-2011. ENTRADA EN VIGOR: 29-12-2011" (the
    # Austrian notice BGBl. III Nr. 45/2012 had the deposit day without the act or the entry into force)
    _deposit_then_bound("ets-030", "KOR", "2011-09-29", "2011-12-29", "es-boe-2012-5842")
    assert _party("ets-030", "KOR", "2011-12-29")["act"] == "accession"


def test_malta_ratified_ets99_on_2012_03_29_in_force_2012_06_28():
    # es-boe-2012-5842, under the heading of ETS 99: "MALTA. RATIFICACIÓN: 29-03-2012. ENTRADA EN VIGOR:
    # 28-06-2012" (Malta was not in the table before)
    _deposit_then_bound("ets-099", "MLT", "2012-03-29", "2012-06-28", "es-boe-2012-5842")


def test_monaco_signed_and_ratified_ets98_on_2009_01_30_in_force_2009_05_01():
    # es-boe-2010-2882: "MONACO. Firma y ratificación: 30-01-2009. Entrada en vigor: 01-05-2009"
    _deposit_then_bound("ets-098", "MCO", "2009-01-30", "2009-05-01", "es-boe-2010-2882")


def test_monacos_ets98_reservation_limits_fiscal_offences_to_indirect_taxes():
    # es-boe-2010-2882: Monaco accepts Chapter II (fiscal offences) only for indirect taxes, in particular VAT,
    # customs and exchange, and does not accept Chapter I; quoted for a pair on ETS 98 from its entry into force.
    quals = _qualifications("MCO", "NOR", "2009-05-01", "ets-098", "extradition")
    assert any("impuestos indirectos" in q and "art. 9(2)(b)" in q for q in quals)
    assert any("no aceptar el Título I" in q for q in quals)
    # before its entry into force Monaco was no party, so ETS 98 was no shared basis
    assert _party("ets-098", "MCO", "2009-01-29") is None


def test_koreas_ets98_declaration_on_channels_is_quoted():
    # es-boe-2012-5842: requests through diplomatic channels in principle, directly between Ministries of Justice
    # in urgent cases (art. 5 of ETS 98)
    quals = _qualifications("KOR", "NOR", "2011-12-29", "ets-098", "extradition")
    assert any("vía diplomática" in q and "art. 5" in q for q in quals)


def test_koreas_ets30_declaration_sets_45_days_for_summonses():
    # es-boe-2012-5842, ETS 30, art. 7(3): «dicho plazo» será de 45 días
    quals = _qualifications("KOR", "NOR", "2011-12-29", "ets-030", "mla")
    assert any("45 días" in q and "art. 7(3)" in q for q in quals)


def test_chiles_ets30_declaration_sets_50_days_for_summonses():
    # es-boe-2012-5842, ETS 30 (Chile's accession of 2011-05-30, in force 2011-08-28), art. 7(3): fifty days
    quals = _qualifications("CHL", "NOR", "2011-08-28", "ets-030", "mla")
    assert any("cincuenta (50) días" in q for q in quals)


def test_koreas_ets24_declaration_on_provisional_arrest_channels():
    # es-boe-2012-5842, ETS 24, art. 16(3): provisional arrest requests by diplomatic channel or between Ministries
    # of Justice, not through INTERPOL
    quals = _qualifications("KOR", "NOR", "2011-12-29", "ets-024", "extradition")
    assert any("Organización Internacional de Policía Criminal" in q for q in quals)


def test_malta_signed_and_ratified_ets24_on_1996_03_19_in_force_1996_06_17():
    # nl-trb-1996-140 (Tractatenblad 1996, 140): signed for Malta 1996-03-19 (section B) and its instrument of
    # ratification deposited 1996-03-19 (section E); entry into force 1996-06-17 (Verdragenbank)
    _deposit_then_bound("ets-024", "MLT", "1996-03-19", "1996-06-17", "nl-trb-1996-140")
