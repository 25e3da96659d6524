"""Council of Europe cooperation conventions, third round: deposits read from the Treaty Office's own
declarations pages and from Portugal's notices of other States' acts (Diário da República avisos), where
the data had an entry into force only, through the CLI, with dates on both sides of each boundary.

Each test names the source key of data/coe-cooperation.yaml that gives the expected answer and what it says.
The tests read the shipped data only.
"""

from __future__ import annotations

from tests.scenario import answer, csv_rows
from tests.scenario import consent_then_bound as _consent_then_bound
from tests.scenario import party as _party
from tests.scenario import qualifications as _qualifications

# -- ETS 24 ----------------------------------------------------------------------------------------------------

def test_monaco_and_san_marino_deposited_ets24_in_2009():
    # at-bgbl-2009-iii-105-ets024 (Austria's notice of the Secretary General's notifications): instruments of
    # ratification deposited by Monaco on 2009-01-30 and San Marino on 2009-03-18. Monaco is in force from
    # 2009-05-01 (inview-ets-024-parties); San Marino 90 days after its deposit (art. 29(3)).
    _consent_then_bound("ets-024", "MCO", "2009-01-30", "2009-01-29", "2009-05-01", "2009-04-30")
    _consent_then_bound("ets-024", "SMR", "2009-03-18", "2009-03-17", "2009-06-16", "2009-06-15")
    assert _party("ets-024", "SMR", "2009-03-17")["signature"] == "2000-09-29"


def test_norway_ratified_ets24_on_1960_01_19_in_force_with_the_convention():
    # no-udi-1957-12-13 (the Norwegian Directorate of Immigration's treaty record): "Ratifikasjonsdato:
    # 19.01.1960", "Ikrafttreden: 18.04.1960", the Convention's own entry into force.
    _consent_then_bound("ets-024", "NOR", "1960-01-19", "1960-01-18", "1960-04-18", "1960-04-17")


# -- ETS 30 ----------------------------------------------------------------------------------------------------

def test_monaco_deposited_ets30_on_2007_03_19_with_a_30_day_summons_limit():
    # at-bgbl-2007-iii-67-ets030: "hat Monaco am 19. März 2007 seine Ratifikationsurkunde ... hinterlegt", with
    # a declaration under art. 7(3) (summons at least 30 days before the appearance); in force 2007-06-17
    # (inview-ets-030-parties).
    _consent_then_bound("ets-030", "MCO", "2007-03-19", "2007-03-18", "2007-06-17", "2007-06-16")
    quals = _qualifications("monaco", "italy", "2008-01-01", "ets-030", "mla")
    assert any("innerhalb von nicht weniger als 30 Tagen" in q for q in quals)


def test_hungary_deposited_ets30_ets99_and_ets98_on_1993_07_13():
    # hu-tv-1994-xix: "megerősítésről szóló okiratának letétbe helyezése ... 1993. július 13. napján megtörtént",
    # ETS 30 and its Additional Protocol applied from 1993-10-11; hu-tv-1994-xviii says the same of the
    # extradition Convention and its two Protocols (ETS 98 in force 1993-10-11 per the Verdragenbank).
    for iid in ("ets-030", "ets-099", "ets-098"):
        _consent_then_bound(iid, "HUN", "1993-07-13", "1993-07-12", "1993-10-11", "1993-10-10")
    assert "hu-tv-1994-xviii" in _party("ets-098", "HUN", "1993-10-11")["sources"]


# -- ETS 99 ----------------------------------------------------------------------------------------------------

def test_georgia_and_serbia_and_montenegro_joined_ets99_in_2003():
    # at-bgbl-2004-iii-18-ets099: instruments deposited by Georgia on 2003-05-22 and by Serbia and Montenegro on
    # 2003-06-23 (Serbia as the continuing State); each in force 90 days later (art. 5(3), art. 6(2)).
    _consent_then_bound("ets-099", "GEO", "2003-05-22", "2003-05-21", "2003-08-20", "2003-08-19")
    _consent_then_bound("ets-099", "SRB", "2003-06-23", "2003-06-22", "2003-09-21", "2003-09-20")
    # coe-cm-2006-967-mne: Montenegro succeeded from 2006-06-06 to what Serbia and Montenegro had ratified.
    assert _party("ets-099", "MNE", "2006-06-05") is None
    assert _party("ets-099", "MNE", "2006-06-06")["state"] == "bound"


# -- ETS 182 ---------------------------------------------------------------------------------------------------

def test_germany_deposited_ets182_on_2015_02_20_in_force_2015_06_01():
    # coe-182-decl-fr-2017: Germany's declarations "déposée avec l'instrument de ratification le 20 février
    # 2015", period covered from 01/06/2015 (the Verdragenbank's entry into force, nl-inview-182-parties).
    _consent_then_bound("ets-182", "DEU", "2015-02-20", "2015-02-19", "2015-06-01", "2015-05-31")
    before = _party("ets-182", "DEU", "2015-02-19")
    assert before["signature"] == "2001-11-08"
    assert "coe-182-decl-fr-2017" in _party("ets-182", "DEU", "2015-06-01")["sources"]


def test_malta_deposited_ets182_on_2012_04_13_in_force_2012_08_01():
    # pt-aviso-28-2012: Malta acted with the Secretary General "a 13 de abril de 2012", its declaration
    # "depositada com o instrumento de ratificação do Segundo Protocolo Adicional"; in force 2012-08-01
    # per the Verdragenbank (nl-inview-182-parties).
    _consent_then_bound("ets-182", "MLT", "2012-04-13", "2012-04-12", "2012-08-01", "2012-07-31")
    assert _party("ets-182", "MLT", "2012-08-01")["act"] == "ratification"


def test_poland_deposited_ets182_on_2003_10_09_in_force_with_the_protocol():
    # pl-dzu-2004-139-1477 (Poland's government statement of 2004-02-10): "Dnia 9 października 2003 r. złożono
    # Sekretarzowi Generalnemu Rady Europy dokument ratyfikacyjny", in force 2004-02-01 (art. 30(2)), with a
    # reservation on cross-border observations (art. 17).
    _consent_then_bound("ets-182", "POL", "2003-10-09", "2003-10-08", "2004-02-01", "2004-01-31")
    assert "pl-dzu-2004-139-1477" in _party("ets-182", "POL", "2004-02-01")["sources"]



# -- CETS 212 --------------------------------------------------------------------------------------------------

def test_albania_latvia_serbia_slovenia_had_ratified_cets212_by_march_2016():
    # at-bgbl-2016-iii-42-cets212 (BGBl. III Nr. 42/2016, published 2016-03-03): the Secretary General had
    # notified Austria that Albania, Latvia, Serbia and Slovenia ratified the Fourth Additional Protocol; no
    # dates, so each is a party by that day (uncertain before it: the deposit may be earlier) and bound at the
    # latest three months later (art. 9(3)).
    for country in ("ALB", "LVA", "SRB", "SVN"):
        assert _party("cets-212", country, "2016-03-02")["state"] == "uncertain"
        row = _party("cets-212", country, "2016-07-01")
        assert row is not None and row["state"] == "bound" and row["act"] == "ratification"
        assert row["in_force"] == "2016-07-01" and row["in_force_qualifier"] == "by"
        assert "at-bgbl-2016-iii-42-cets212" in row["sources"]


def test_cets212_parties_on_the_day_france_counted_nine():
    # fr-rp-coe-2018-ets024-protocols: "A ce jour, 9 Etats ont ratifié ce traité" (2018-10-02). The data knows all
    # 9 that day: Austria, Switzerland, Türkiye, the Russian Federation and (round 21) the United Kingdom with
    # their deposits (the United Kingdom's of 2014-09-23, es-boe-2020-911 and coop21-uk-wq-2014-213185), and the
    # four of the Austrian gazette of March 2016 (at-bgbl-2016-iii-42-cets212).
    rows = [r["country"] for r in csv_rows("parties", "cets-212", "--as-of", "2018-10-02")]
    assert sorted(rows) == ["ALB", "AUT", "CHE", "GBR", "LVA", "RUS", "SRB", "SVN", "TUR"]


# -- CETS 209 --------------------------------------------------------------------------------------------------

def _cets209_ukr(day: str) -> dict | None:
    out = answer("parties", "cets-209", "--all", "--as-of", day)
    rows = [r for key in ("results", "uncertain") for r in out[key] if r["country"] == "UKR"]
    return rows[0] if rows else None


def test_ukraine_ratified_cets209_by_its_law_of_2017_06_07_deposit_undated():
    # ua-zakon-2090-viii: the Verkhovna Rada ratified the Third Additional Protocol on 2017-06-07 with a
    # declaration under art. 4(5); the Verdragenbank lists Ukraine with declarations (nl-012327-decl). The
    # deposit, 2018-11-13, is in the Spanish treaty list es-boe-2019-1060 (round 13), which prints an entry into
    # force of 13-03-2019 that is no first day of a month: art. 14(3) gives 2019-03-01, which the answer computes.
    assert _cets209_ukr("2017-06-07") is None
    assert _cets209_ukr("2018-11-12") is None
    row = _cets209_ukr("2018-11-13")
    assert (row["state"], row["act"], row["consent"]) == ("consent-pending", "ratification", "2018-11-13")
    assert row["in_force"]["date"] == "2019-03-01"


# -- ETS 30 ----------------------------------------------------------------------------------------------------

def test_united_kingdom_ratified_ets30_in_1991():
    # statewatch-1991-uk-ets030: a Home Office release of 1991, "The UK today ratified" the European Convention
    # on Mutual Assistance in Criminal Matters, in force for the UK ninety days later; the day, 1991-08-29, is in the
    # UK's own letter of 2019 on Gibraltar, as the Spanish treaty list es-boe-2020-911 prints it (round 13).
    assert _party("ets-030", "GBR", "1991-08-28") is None
    row = _party("ets-030", "GBR", "1992-06-30")
    assert row is not None and row["state"] == "bound" and row["consent"] == "1991-08-29"
    assert "statewatch-1991-uk-ets030" in row["sources"]
