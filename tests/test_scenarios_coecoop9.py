"""Council of Europe cooperation conventions, round 9 (issue 12): deposit days from sources the earlier rounds had
not used (the Polish Journal of Laws' Government statements, which list the other parties with their deposit days),
through the CLI, with dates on both sides of each boundary.

Each test names the source key of data/coe-cooperation.yaml that gives the expected answer and what it says. The
tests read the shipped data only.
"""

from __future__ import annotations

import pytest

from tests.scenario import consent_then_bound as _consent_then_bound
from tests.scenario import party as _party

# -- ETS 24 ----------------------------------------------------------------------------------------------------

# pl-dzu-1994-70-308 (Dziennik Ustaw 1994 nr 70 poz. 308, the Polish Government statement of 1994-03-31): "Następujące
# państwa stały się jej stronami, składając dokumenty ratyfikacyjne lub przystąpienia w niżej podanych datach":
# "Hiszpania 7 maja 1982 r.", "Turcja 7 stycznia 1960 r.", "Izrael 27 września 1967 r.". Art. 29(3): in force 90 days
# after the deposit, and never before the Convention itself (1960-04-18, art. 29(2), the same statement).


@pytest.mark.parametrize("country, deposit, day_before, in_force, day_before_force", [
    ("ESP", "1982-05-07", "1982-05-06", "1982-08-05", "1982-08-04"),
    ("TUR", "1960-01-07", "1960-01-06", "1960-04-18", "1960-04-17"),
    ("ISR", "1967-09-27", "1967-09-26", "1967-12-26", "1967-12-25"),
])
def test_ets24_deposit_days_from_the_polish_government_statement(country, deposit, day_before, in_force,
                                                                 day_before_force):
    _consent_then_bound("ets-024", country, deposit, day_before, in_force, day_before_force)
    row = _party("ets-024", country, in_force)
    # the statement does not say which instrument was a ratification and which an accession
    assert row["act"] == "party"
    assert "pl-dzu-1994-70-308" in row["sources"].split()


def test_ets24_polish_statement_agrees_with_the_other_deposit_days():
    # pl-dzu-1994-70-308 lists, among others, "Dania 13 września 1962 r.", "Włochy 6 sierpnia 1963 r." and
    # "Zjednoczone Królestwo Wielkiej Brytanii i Północnej Irlandii 13 lutego 1991 r.": the same days as the data's
    # earlier sources, which it now backs as a second official source.
    for country, deposit in [("DNK", "1962-09-13"), ("ITA", "1963-08-06"), ("GBR", "1991-02-13")]:
        row = _party("ets-024", country, "1994-03-31")
        assert row["consent"] == deposit
        assert "pl-dzu-1994-70-308" in row["sources"].split()


# -- ETS 182 ---------------------------------------------------------------------------------------------------


def test_norway_signed_ets182_on_2001_11_08_in_force_2013_02_01():
    # no-prop-97-ls-2011-2012 (the Norwegian Government's bill to the Storting, Prop. 97 LS (2011-2012), ch. 11):
    # "Annen tilleggsprotokoll av 8. november 2001 ... ble undertegnet 8. november 2001. Begge avtaler ble
    # undertegnet med forbehold om Stortingets samtykke." Entry into force 2013-02-01 (nl-inview-182-parties).
    # the day before, a signatory whose act may already be done: listed as signed only, not yet bound
    assert _party("ets-182", "NOR", "2013-01-31")["state"] == "signed-only"
    row = _party("ets-182", "NOR", "2013-02-01")
    assert row["state"] == "bound" and row["signature"] == "2001-11-08" and row["in_force"] == "2013-02-01"
    assert "no-prop-97-ls-2011-2012" in row["sources"].split()


# -- CETS 212 --------------------------------------------------------------------------------------------------


def test_azerbaijan_signed_cets212_on_2019_10_15():
    # kmetro0-2019-10-15-aze-cets212: "Il giorno 15 ottobre 2019, il Ministro della Giustizia dell'Azerbaigian,
    # Fikrat Mammadov, ha firmato il Quarto Protocollo addizionale alla Convenzione europea di estradizione";
    # at-bgbl-2023-iii-124-cets212 (round 10): its deposit of 2023-01-10, so on 2020-10-31 it had only signed
    row = _party("cets-212", "AZE", "2020-10-31")
    assert (row["signature"], row["state"], row["consent"]) == ("2019-10-15", "signed-only", "2023-01-10")
    assert "kmetro0-2019-10-15-aze-cets212" in row["sources"].split()


# ch-sr-0-353-1-scope-2013 (the Swiss Classified Compilation, SR 0.353.1, "Champ d'application le 13 mai 2013"):
# "Afrique du Sud* 12 février 2003 A, 13 mai 2003"; "Corée (Sud)* 29 septembre 2011 A, 29 décembre 2011";
# "Bulgarie* 17 juin 1994, 14 septembre 1994" (Tractatenblad 2006, 168: 1994-09-15, which the row keeps).


def test_south_africa_acceded_to_ets24_on_2003_02_12_in_force_2003_05_13():
    _consent_then_bound("ets-024", "ZAF", "2003-02-12", "2003-02-11", "2003-05-13", "2003-05-12")
    row = _party("ets-024", "ZAF", "2003-05-13")
    assert row["act"] == "accession"
    assert "ch-sr-0-353-1-scope-2013" in row["sources"].split()


def test_korea_bound_by_ets24_from_the_stated_2011_12_29():
    # the day the Swiss table states, not the 90-day count from the 2011-09-29 deposit (2011-12-28)
    _consent_then_bound("ets-024", "KOR", "2011-09-29", "2011-09-28", "2011-12-29", "2011-12-28")


def test_bulgaria_ets24_entry_into_force_conflict_is_named_by_show():
    from tests.conftest import invoke
    out = invoke("show", "ets-024").stdout
    assert "1994-09-14" in out and "ch-sr-0-353-1-scope-2013" in out
    assert _party("ets-024", "BGR", "1994-09-15")["in_force"] == "1994-09-15"


# -- Romania (ETS 30, ETS 98, ETS 99) --------------------------------------------------------------------------

# ro-lege-80-1997 (Law no. 80 of 1997-05-09, Monitorul Oficial no. 89 of 1997-05-14): "Se ratifica ... al doilea
# Protocol adiţional la Convenţia europeană de extrădare"; ro-lege-236-1998 (Law no. 236 of 1998-12-09, Monitorul
# Oficial no. 492 of 1998-12-21): "Se ratifica Convenţia europeană de asistenţa judiciară în materie penală ... şi
# Protocolul adiţional". Neither gives the day of deposit, which stays undated.


def test_romania_ets98_is_a_ratification_after_its_law_of_1997_05_09():
    row = _party("ets-098", "ROU", "1997-12-09")
    assert row["state"] == "bound" and row["act"] == "ratification" and row["consent"] == ""
    assert "ro-lege-80-1997" in row["sources"].split()


def test_romania_ets99_ratification_is_unconfirmed_after_its_law_of_1998_12_09():
    # a signatory only on the day the law was adopted; uncertain (no deposit read) later, never bound by a day
    assert _party("ets-099", "ROU", "1998-12-09")["state"] == "signed-only"
    row = _party("ets-099", "ROU", "2000-10-19")
    assert row["state"] == "uncertain" and row["act"] == "ratification" and row["signature"] == "1996-02-15"
    assert "ro-lege-236-1998" in row["sources"].split()


def test_portugal_ets24_and_ets86_rows_cite_its_deposit_notice_of_1990_03_31():
    # pt-aviso-dd1875-90 (Diário da República n.º 76 of 1990-03-31): "Portugal depositou ... os instrumentos de
    # ratificação da Convenção Europeia de Extradição ..., do Protocolo Adicional ... e do Segundo Protocolo
    # Adicional"; the rows keep their deposit day (1990-01-25, pt-gddc-ets024 and Tractatenblad 2006, 170).
    for iid in ("ets-024", "ets-086"):
        row = _party(iid, "PRT", "1990-04-25")
        assert row["act"] == "ratification" and row["consent"] == "1990-01-25"
        assert "pt-aviso-dd1875-90" in row["sources"].split()
