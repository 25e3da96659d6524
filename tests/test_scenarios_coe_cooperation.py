"""Council of Europe cooperation conventions (ETS 24, ETS 30 and their Protocols): dated facts added from the
depositary's declaration lists and national treaty series, through the CLI, with dates on both sides of each
boundary.

Each test names the source key of data/coe-cooperation.yaml that gives the expected answer and what it says,
so that a reviewer can check the fact without reading the data file. The tests read the shipped data only.
"""

from __future__ import annotations

from tests.scenario import party as _party
from tests.scenario import qualifications as _qualifications

# -- ETS 24 --------------------------------------------------------------------------------------------------

def test_hungary_deposited_ets24_on_1993_07_13_and_is_bound_from_1993_10_11():
    # coe-024-decl-hun (Treaty Office): declarations handed over "lors du dépôt de l'instrument de ratification,
    # le 13 juillet 1993", period covered from 1993-10-11; uk-si-1993-2667: "Hungary ratified the Convention on
    # 13th July 1993".
    assert _party("ets-024", "HUN", "1993-07-12") is None
    pending = _party("ets-024", "HUN", "1993-10-10")
    assert pending is not None and pending["state"] == "consent-pending" and pending["consent"] == "1993-07-13"
    bound = _party("ets-024", "HUN", "1993-10-11")
    assert bound is not None and bound["state"] == "bound" and bound["act"] == "ratification"


def test_hungarys_declaration_on_nationals_changes_on_1999_02_25():
    # coe-024-decl-hun: the first art. 6 declaration (no extradition of Hungarian nationals) covers 1993-10-11 to
    # 1999-02-25; the Note verbale registered 1999-02-25 replaces it with one that allows dual nationals
    # permanently resident abroad to be extradited.
    old = "la Hongrie n'accordera pas l'extradition de ses propres ressortissants."
    new = "à l'exception du cas où la personne recherchée"
    before = _qualifications("hungary", "austria", "1999-02-24", "ets-024", "extradition")
    assert any(old in q for q in before) and not any(new in q for q in before)
    after = _qualifications("hungary", "austria", "1999-02-25", "ets-024", "extradition")
    assert any(new in q for q in after) and not any(q.endswith(old + '"') for q in after)


def test_iceland_deposited_ets24_on_1984_06_20_in_force_1984_09_18():
    # coe-024-res-isl (Treaty Office): "Réserve contenue dans l'instrument de ratification, déposé le 20 juin
    # 1984", period covered from 1984-09-18 (the Dutch Verdragenbank table, inview-ets-024-parties, agrees).
    pending = _party("ets-024", "ISL", "1984-09-17")
    assert pending is not None and pending["state"] == "consent-pending" and pending["consent"] == "1984-06-20"
    bound = _party("ets-024", "ISL", "1984-09-18")
    assert bound is not None and bound["state"] == "bound"


def test_icelands_nordic_nationals_declaration_is_quoted_for_a_pair():
    # uk-si-1990-1507-isl: Iceland's declaration on art. 6 counts nationals of Denmark, Finland, Norway and
    # Sweden and persons domiciled there as "nationals".
    quals = _qualifications("iceland", "italy", "2000-01-01", "ets-024", "extradition")
    assert any("a national of Denmark, Finland, Norway or Sweden" in q for q in quals)


# -- ETS 30 --------------------------------------------------------------------------------------------------

def test_germany_deposited_ets30_on_1976_10_02_and_is_bound_from_1977_01_01():
    # zaki-ets030-2011-decl (copy of the Treaty Office list of declarations, status 2011-01-24): Germany's
    # declarations were made "at the time of deposit of the instrument of ratification on 2 October 1976",
    # period covered from 1977-01-01.
    pending = _party("ets-030", "DEU", "1976-12-31")
    assert pending is not None and pending["state"] == "consent-pending" and pending["consent"] == "1976-10-02"
    bound = _party("ets-030", "DEU", "1977-01-01")
    assert bound is not None and bound["state"] == "bound"


def test_germanys_one_month_summons_time_limit_is_quoted_under_ets30():
    # zaki-ets030-2011-decl: Germany's art. 7 declaration: a summons is executed only if received at the latest
    # one month before the date set for appearance.
    quals = _qualifications("germany", "albania", "2005-01-01", "ets-030", "mla")
    assert any("at the latest one month before the date set for the appearance" in q for q in quals)


def test_liechtenstein_acceded_to_ets30_on_1969_10_28():
    # zaki-ets030-2011-decl: "Declaration contained in the instrument of accession deposited on 28 October
    # 1969", period covered from 1970-01-26.
    pending = _party("ets-030", "LIE", "1970-01-25")
    assert pending is not None and pending["state"] == "consent-pending" and pending["act"] == "accession"
    bound = _party("ets-030", "LIE", "1970-01-26")
    assert bound is not None and bound["state"] == "bound" and bound["consent"] == "1969-10-28"


def test_finland_acceded_to_ets30_on_1981_01_29_in_force_1981_04_29():
    # finlex-sops-1981-30 (Finnish treaty series): Finland's instrument of accession deposited with the
    # Secretary General on 1981-01-29; in force for Finland on 1981-04-29.
    pending = _party("ets-030", "FIN", "1981-04-28")
    assert pending is not None and pending["state"] == "consent-pending" and pending["consent"] == "1981-01-29"
    bound = _party("ets-030", "FIN", "1981-04-29")
    assert bound is not None and bound["state"] == "bound" and bound["act"] == "accession"


def test_estonia_asks_for_an_english_translation_under_ets30():
    # zaki-ets030-2011-decl: Estonia's art. 16(2) declaration, instrument deposited 1997-04-28, period covered
    # from 1997-07-27; signed 1993-11-04 (nl-trb-1996-63, round 14): a signatory the day before its deposit.
    assert _party("ets-030", "EST", "1997-04-27")["state"] == "signed-only"
    quals = _qualifications("estonia", "france", "2000-01-01", "ets-030", "mla")
    assert any("accompanied by a translation into English" in q for q in quals)


# -- CETS 212 ------------------------------------------------------------------------------------------------

def test_austria_is_bound_by_cets212_from_2016_06_01():
    # at-ris-cets212 (RIS, BGBl. III 42/2016): instrument of ratification deposited 2016-02-01; in force for
    # Austria on 2016-06-01.
    pending = _party("cets-212", "AUT", "2016-05-31")
    assert pending is not None and pending["state"] == "consent-pending" and pending["consent"] == "2016-02-01"
    bound = _party("cets-212", "AUT", "2016-06-01")
    assert bound is not None and bound["state"] == "bound"


def test_ukraine_deposited_cets212_on_2018_11_13():
    # at-bgbl-2018-iii-205-cets212: "hat die Ukraine am 13. November 2018 ihre Ratifikationsurkunde ...
    # hinterlegt".
    assert _party("cets-212", "UKR", "2018-11-12") is None
    row = _party("cets-212", "UKR", "2018-11-13")
    assert row is not None and row["consent"] == "2018-11-13" and row["act"] == "ratification"


# -- Portugal's own treaty record (pt-gddc-*) ----------------------------------------------------------------

def test_portugal_deposited_ets24_on_1990_01_25_and_is_bound_from_1990_04_25():
    # pt-gddc-ets024 (Procuradoria-Geral da República, GDDC): signed by Portugal 27/04/1977, instrument of
    # ratification deposited 25/01/1990, in force for Portugal 25/04/1990.
    signed = _party("ets-024", "PRT", "1990-01-24")
    assert signed is not None and signed["state"] == "signed-only"
    pending = _party("ets-024", "PRT", "1990-04-24")
    assert pending is not None and pending["state"] == "consent-pending" and pending["consent"] == "1990-01-25"
    bound = _party("ets-024", "PRT", "1990-04-25")
    assert bound is not None and bound["state"] == "bound" and bound["signature"] == "1977-04-27"


def test_portugal_does_not_extradite_its_citizens_under_ets24():
    # pt-gddc-ets024: "Artigo 6.º, n.º 1: Portugal não concederá a extradição de cidadãos portugueses."
    quals = _qualifications("portugal", "austria", "2000-01-01", "ets-024", "extradition")
    assert any("Portugal não concederá a extradição de cidadãos portugueses" in q for q in quals)


def test_portugal_wants_portuguese_or_french_translations_under_ets30():
    # pt-gddc-ets030: deposit 27/09/1994, in force 26/12/1994; reservation: requests and annexed documents to be
    # accompanied by a translation into Portuguese or French.
    pending = _party("ets-030", "PRT", "1994-12-25")
    assert pending is not None and pending["state"] == "consent-pending" and pending["consent"] == "1994-09-27"
    quals = _qualifications("portugal", "austria", "1995-01-01", "ets-030", "mla")
    assert any("tradução para português ou para francês" in q for q in quals)


def test_portugal_is_bound_by_ets182_from_2007_05_01():
    # pt-gddc-ets182: signed 08/11/2001, deposit 16/01/2007, in force for Portugal 01/05/2007.
    pending = _party("ets-182", "PRT", "2007-04-30")
    assert pending is not None and pending["state"] == "consent-pending" and pending["consent"] == "2007-01-16"
    bound = _party("ets-182", "PRT", "2007-05-01")
    assert bound is not None and bound["state"] == "bound" and bound["signature"] == "2001-11-08"


# -- ETS 30: Malta -------------------------------------------------------------------------------------------

def test_malta_ratified_ets30_on_1994_03_03_with_a_50_day_summons_limit():
    # zaki-ets030-2011-decl page 35: declarations made at signature (1993-09-06) and confirmed at the deposit of
    # the instrument of ratification on 1994-03-03, period covered from 1994-06-01; art. 7(3): 50 days.
    pending = _party("ets-030", "MLT", "1994-05-31")
    assert pending is not None and pending["state"] == "consent-pending" and pending["consent"] == "1994-03-03"
    assert _party("ets-030", "MLT", "1994-06-01")["state"] == "bound"
    quals = _qualifications("malta", "italy", "1995-01-01", "ets-030", "mla")
    assert any("at least 50 days before the date set for appearance" in q for q in quals)


# -- ETS 182: United Kingdom, Spain --------------------------------------------------------------------------

def test_united_kingdom_ratified_ets182_on_2010_06_30_in_force_2010_10_01():
    # coe-notif-182-36-gbr (Treaty Office notification of 2010-07-09): date of ratification 30 June 2010, entry
    # into force in respect of the United Kingdom 1 October 2010; coe-182-decl-gbr agrees.
    assert _party("ets-182", "GBR", "2010-06-29") is None
    pending = _party("ets-182", "GBR", "2010-09-30")
    assert pending is not None and pending["state"] == "consent-pending" and pending["consent"] == "2010-06-30"
    assert _party("ets-182", "GBR", "2010-10-01")["state"] == "bound"


def test_spain_signed_ets182_on_2015_10_09():
    # es-boe-2018-7292: "El día 9 de octubre de 2015 el Plenipotenciario de España firmó en Estrasburgo el
    # Segundo Protocolo Adicional"; entry into force for Spain 01/07/2018. With no deposit date the row counts
    # as a party from the newest source that lists it (nl-inview-182-parties, 2021).
    row = _party("ets-182", "ESP", "2022-01-01")
    assert row is not None and row["state"] == "bound" and row["signature"] == "2015-10-09"


# -- ETS 98, ETS 99, CETS 212 --------------------------------------------------------------------------------

def test_turkiye_ratified_ets98_on_1992_07_10_in_force_1992_10_08():
    # pt-aviso-138-92: the Secretariat General notified that Turkey ratified ETS 98 on 1992-07-10; the entry
    # into force 1992-10-08 (inview-ets-098-parties) is 90 days later (art. 5(3)); the notice's 8 August 1992
    # is kept as a conflict, not as the date.
    assert _party("ets-098", "TUR", "1992-07-09") is None
    pending = _party("ets-098", "TUR", "1992-10-07")
    assert pending is not None and pending["state"] == "consent-pending" and pending["consent"] == "1992-07-10"
    assert _party("ets-098", "TUR", "1992-10-08")["state"] == "bound"


def test_spain_is_bound_by_ets99_from_1991_09_11_with_a_fiscal_reservation():
    # es-boe-1991-19739: signed for Spain 1985-04-12, in force for Spain 11/09/1991; art. 8(2) reservation on
    # letters rogatory for search or seizure in fiscal matters.
    # The instrument was published on 1991-08-02, so Spain counts as having consented by then.
    pending = _party("ets-099", "ESP", "1991-09-10")
    assert pending is not None and pending["state"] == "consent-pending"
    row = _party("ets-099", "ESP", "1991-09-11")
    assert row is not None and row["state"] == "bound" and row["signature"] == "1985-04-12"
    quals = _qualifications("spain", "austria", "2000-01-01", "ets-099", "mla")
    assert any("embargo de objetos en materia fiscal" in q for q in quals)


def test_russian_federation_deposited_cets212_on_2017_05_29():
    # at-bgbl-2017-iii-111-cets212: "hat die Russische Föderation am 29. Mai 2017 ihre Ratifikationsurkunde ...
    # hinterlegt".
    assert _party("cets-212", "RUS", "2017-05-28")["state"] == "signed-only"  # signed 2015-02-24 (ru-volodin-cets212, coecoop12)
    row = _party("cets-212", "RUS", "2017-05-29")
    assert row is not None and row["consent"] == "2017-05-29" and row["act"] == "ratification"
