"""Council of Europe cooperation conventions, fourth round: dates and declarations read from new source families
(the BOE's consolidated texts of Spain's instruments, read in a GitHub mirror), through the CLI, with dates on
both sides of each boundary.

Each test names the source key of data/coe-cooperation.yaml that gives the expected answer and what it says.
The tests read the shipped data only.
"""

from __future__ import annotations

from tests.scenario import consent_then_bound as _consent_then_bound
from tests.scenario import party as _party
from tests.scenario import qualifications as _qualifications

# -- ETS 182 ---------------------------------------------------------------------------------------------------

def test_spain_deposited_ets182_on_2018_03_26():
    # es-boe-2018-7292-con (the BOE's consolidated text): declarations "consignadas en una carta del Representante
    # permanente de España y en el instrumento de ratificación depositados simultáneamente el 26 de marzo de
    # 2018", "Fecha de efecto: 1/7/2018" (es-boe-2018-7292: "Entrada en vigor: 01/07/2018").
    _consent_then_bound("ets-182", "ESP", "2018-03-26", "2018-03-25", "2018-07-01", "2018-06-30")
    assert _party("ets-182", "ESP", "2018-07-01")["signature"] == "2015-10-09"


def test_spain_names_its_police_authorities_for_observation_and_controlled_delivery():
    # es-boe-2018-7292-con: the authorities competent under arts. 17(4), 18(4) and 19(4) of ETS 182 are the
    # Secretaría de Estado de Seguridad, the Dirección General de la Policía and the Dirección General de la
    # Guardia Civil (in effect from 2018-07-01); Norway is bound by ETS 182 from 2013-02-01 (nl-inview-182-parties).
    quals = _qualifications("spain", "norway", "2021-01-01", "ets-182", "mla")
    assert any("Dirección General de la Guardia Civil" in q for q in quals)


# -- ETS 30 ----------------------------------------------------------------------------------------------------

def test_spain_asks_a_summons_thirty_days_ahead_under_ets30():
    # es-boe-1982-23564-con: "España declara que, a los efectos de lo previsto en el artículo 7.º, 3 del
    # Convenio, la antelación de dicho precepto mencionada será de treinta días como mínimo", and reserves art.
    # 22 for cancelled criminal records of Spanish citizens.
    quals = _qualifications("spain", "norway", "2010-01-01", "ets-030", "mla")
    assert any("treinta días como mínimo" in q for q in quals)
    assert any("antecedentes penales cancelados" in q for q in quals)


# -- ETS 24 and ETS 98: Latvia -----------------------------------------------------------------------------------

def test_latvia_counts_its_non_citizens_as_nationals_under_ets24():
    # lv-vestnesis-1997-91-ets024 (Latvia's law of 1997-03-24 accepting ETS 24, 86 and 98): under art. 6 the term
    # "pilsonis" covers citizens and the non-citizens under the law on former USSR citizens; requests go to the
    # Prosecutor General's Office; Chapter V of ETS 98 is not accepted. Latvia is bound from 1997-07-31
    # (inview-ets-024-parties), Norway from 1960 (no-udi-1957-12-13).
    quals = _qualifications("latvia", "norway", "2000-01-01", "ets-024", "extradition")
    assert any("former USSR citizens" in q for q in quals)
    assert any("Prosecutor General" in q for q in quals)
    row = _party("ets-098", "LVA", "2000-01-01")
    assert row is not None and row["state"] == "bound" and row["consent"] == "1997-05-02"


# -- Declarations quoted in round 4 ------------------------------------------------------------------------------

def test_germany_reads_ets99_art8_as_no_duty_for_disproportionate_requests():
    # zaki-ets099-2011 (the CoE declarations list, copied): Germany's understanding on art. 8, period covered from
    # 1991-06-06; Austria is bound by ETS 99 from 1983-07-31 (coe-099-decl-2014).
    quals = _qualifications("germany", "austria", "1995-01-01", "ets-099", "mla")
    assert any("disproportionate to the subject-matter" in q for q in quals)


def test_italy_adds_post_sentencing_judges_to_its_judicial_authorities_under_ets99():
    # zaki-ets099-2011: Italy's declaration at its deposit of 1985-11-26, period covered from 1986-02-24.
    quals = _qualifications("italy", "austria", "1995-01-01", "ets-099", "mla")
    assert any("post-sentencing judge" in q for q in quals)


def test_georgia_does_not_accept_chapter_i_of_ets86():
    # nl-002093-decl (Verdragenbank, ETS 86 declarations): Georgia, 2001-06-15, does not accept Chapter I (war
    # crimes and crimes against humanity not political offences); in force for Georgia 2001-09-13
    # (nl-trb-2006-170), for Norway 1987-03-11.
    quals = _qualifications("georgia", "norway", "2005-01-01", "ets-086", "extradition")
    assert any("does not accept Chapter I" in q for q in quals)


def test_cyprus_waives_speciality_under_cets209_when_the_person_renounces_it():
    # nl-012327-decl (Verdragenbank, CETS 209 declarations): Cyprus, 2014-02-07, art. 5(b); Serbia was a party by
    # 2015 (at-bgbl-cets209).
    quals = _qualifications("cyprus", "serbia", "2020-01-01", "cets-209", "extradition")
    assert any("expressly renounced" in q for q in quals)


def test_armenia_wants_a_copy_of_direct_requests_under_ets182():
    # nl-009826-decl (Verdragenbank, ETS 182 declarations): Armenia, 2010-12-08, art. 4(8): a copy of requests at
    # the same time to its Ministry of Justice; art. 6: its judicial authorities. In force for Armenia 2011-04-01
    # (nl-inview-182-parties), for Norway 2013-02-01.
    quals = _qualifications("armenia", "norway", "2015-01-01", "ets-182", "mla")
    assert any("Ministry of Justice of the Republic of Armenia" in q for q in quals)
    assert any("National Security Service" in q for q in quals)


def test_austria_names_the_eppo_a_judicial_authority_under_ets99_from_2021():
    # coe-099-decl-2021 (the Treaty Office's declarations in force, status 2021-06-22): Austria's Note verbale of
    # 2021-02-04, registered 2021-02-09; Armenia is bound by ETS 99 from 2004-06-21 (coe-099-decl-2014).
    assert any("European Public Prosecutor" in q
               for q in _qualifications("austria", "armenia", "2021-03-01", "ets-099", "mla"))
    assert not any("European Public Prosecutor" in q
                   for q in _qualifications("austria", "armenia", "2021-02-08", "ets-099", "mla"))


def test_ukraine_will_not_extradite_its_citizens_under_ets24_and_wants_translations():
    # pt-aviso-193-98 (Portugal's official journal relaying the Secretary General's note of 1998-04-07): Ukraine's
    # instrument of ratification of ETS 24 deposited 1998-03-11, with declarations under art. 6(1)(a)-(b) (no
    # extradition of citizens) and art. 23 (translation into Ukrainian or an official CoE language);
    # pt-aviso-194-98: Chapter I of ETS 86 not accepted, in force for Ukraine 1998-06-09.
    quals = _qualifications("ukraine", "norway", "2005-01-01", "ets-024", "extradition")
    assert any("will not extradite citizens of Ukraine" in q for q in quals)
    assert any("translation into Ukrainian" in q for q in quals)
    quals86 = _qualifications("ukraine", "norway", "2005-01-01", "ets-086", "extradition")
    assert any("does not accept chapter I" in q for q in quals86)


def test_norway_malta_and_russia_limit_ets98_chapters():
    # uk-si-2001-1453-sch4 (UK SI 2001/1453, Schedule 4, quoting the reservations of the ETS 98 parties that
    # accepted Chapter II): Norway does not accept Chapters I and V; Malta does not apply Chapters I and III; the
    # Russian Federation names the Procurator-General's Office and does not apply Chapter V. In force for Norway
    # 1987-03-11, Malta 2001-02-18, the Russian Federation 2000-03-09 (inview-ets-098-parties).
    assert any("does not accept Chapters I and V" in q
               for q in _qualifications("norway", "russia", "2005-01-01", "ets-098", "extradition"))
    assert any("Procurator-General" in q
               for q in _qualifications("norway", "russia", "2005-01-01", "ets-098", "extradition"))
    assert any("Chapter I and Chapter III" in q
               for q in _qualifications("malta", "norway", "2005-01-01", "ets-098", "extradition"))


def test_moldova_ratified_ets98_on_2001_06_27():
    # uk-si-2003-436 (UK SI 2003/436, recitals): "Moldova ratified the Protocol on 27th June 2001"; in force for
    # Moldova 2001-09-25 (inview-ets-098-parties).
    _consent_then_bound("ets-098", "MDA", "2001-06-27", "2001-06-26", "2001-09-25", "2001-09-24")


def test_ets30_declarations_on_authorities_relatives_and_immunity():
    # zaki-ets030-2011-p10: Armenia's art. 24 list, the Police of the Republic of Armenia replacing the Ministry of
    # Internal Affairs from the amendment registered 2008-10-24; zaki-ets030-2011-p12: Azerbaijan executes letters
    # rogatory under art. 66 of its Constitution (no testimony against relatives); zaki-ets030-2011-p35: Malta wants
    # requests addressed to the Attorney General; zaki-ets030-2011-decl: Luxembourg's art. 26 Benelux reservation
    # holds towards Belgium and the Netherlands only.
    before = _qualifications("armenia", "norway", "2005-01-01", "ets-030", "mla")
    after = _qualifications("armenia", "norway", "2010-01-01", "ets-030", "mla")
    assert any("[the Ministry of Internal Affairs]" in q for q in before)
    assert not any("Police of the Republic of Armenia" in q for q in before)
    assert any("Police of the Republic of Armenia" in q for q in after)
    assert any("testifying against relatives" in q
               for q in _qualifications("azerbaijan", "norway", "2005-01-01", "ets-030", "mla"))
    assert any("Attorney General" in q for q in _qualifications("malta", "norway", "2000-01-01", "ets-030", "mla"))
    assert not any("Benelux" in q for q in _qualifications("luxembourg", "norway", "1990-01-01", "ets-030", "mla"))


def test_switzerland_deposited_cets209_on_2016_07_15():
    # ch-fedlex-cc-2016-606 (SR 0.353.13, head note): "Schweizerische Ratifikationsurkunde hinterlegt am 15. Juli
    # 2016; In Kraft getreten für die Schweiz am 1. November 2016", with the declarations the Federal Assembly set
    # (ch-ff-2016-1961-cets209-212).
    _consent_then_bound("cets-209", "CHE", "2016-07-15", "2016-07-14", "2016-11-01", "2016-10-31")
