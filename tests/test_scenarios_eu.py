"""EU law and the EU's agreements with third states over time, on the shipped data, through the CLI.

Each scenario asks `link` on both sides of a boundary (the day before and the day a regime
began or ended) and names in its docstring the source of the expected answer; the source
keys are those of data/eu.yaml.
"""

from __future__ import annotations

import json

from tests.conftest import invoke
from tests.scenario import link
from tests.scenario import sections as rows

# --- The United Kingdom: the European arrest warrant to its last day, the TCA from the next ---

def test_uk_germany_eaw_on_the_last_day_of_the_transition_period():
    """5SAH (fivesah-tca-2021): "Until 31 December 2020, the United Kingdom was a participating
    Member State in the European Arrest Warrant (EAW) system"; FD 2002/584/JHA art. 31(1)
    displaces ETS 24 between Member States (eurlex-fd-2002-584)."""
    r = rows(link("germany", "united kingdom", "2020-12-31", "extradition"))
    assert r["eaw"] == ("shared", "bound", "bound", "2004-08-23")
    assert r["ets-024"][0] == "displaced"
    assert r["eu-gbr-tca"][0] == "one-sided"
    assert r["eu-gbr-tca"][1] == "not-party"


def test_uk_germany_tca_from_the_first_day_after_the_transition_period():
    """Fietta (fiettalaw-tca-2021): the EU and the UK applied the TCA provisionally from
    1 January 2021; 6KBW (sixkbw-tca-2021): Part Three, Title VII governs surrender; the UK's
    EAW row ends with withdrawal 2021-01-01, the first day no longer bound."""
    answer = link("germany", "united kingdom", "2021-01-01", "extradition")
    r = rows(answer)
    assert r["eu-gbr-tca"] == ("shared", "bound", "bound", "2021-01-01")
    assert r["eaw"] == ("one-sided", "bound", "withdrawn", None)
    # the EJN (ejn-2021-eu-uk-tca): the TCA's surrender rules "replace the corresponding provisions of the
    # European Convention on Extradition of 1957 and its additional protocols" (eu12)
    assert r["ets-024"][0] == "displaced"


def test_uk_ireland_eaw_began_on_1_january_2004():
    """DPP Ireland annual report 2006 (dpp-ireland-ar-2006): "The European Arrest Warrant Act,
    2003 came into operation on 1 January 2004"; UK Extradition Act 2003 designation orders in
    force 1 January 2004 (ukleg-si-2003-3334)."""
    before = rows(link("ireland", "united kingdom", "2003-12-31", "extradition"))
    assert "eaw" not in before  # neither side bound yet: not even a one-sided row
    after = rows(link("ireland", "united kingdom", "2004-01-01", "extradition"))
    assert after["eaw"] == ("shared", "bound", "bound", "2004-01-01")
    assert after["ets-024"][0] == "displaced"


def test_uk_germany_eio_ends_with_the_transition_period():
    """legislation.gov.uk, S.I. 2017/730 (ukleg-si-2017-730): the EIO Regulations came into
    force on 31 July 2017, version superseded 31/12/2020."""
    last = rows(link("germany", "united kingdom", "2020-12-31", "mla"))
    assert last["eio"] == ("shared", "bound", "bound", "2017-07-31")
    first_after = rows(link("germany", "united kingdom", "2021-01-01", "mla"))
    assert first_after["eio"] == ("one-sided", "bound", "withdrawn", None)
    assert first_after["eu-gbr-tca"] == ("shared", "bound", "bound", "2021-01-01")


# --- Norway and Iceland: the surrender agreement from 1 November 2019 ---

def test_norway_germany_surrender_agreement_not_before_1_november_2019():
    """EJN news 664 (ejn-news-2019-664): the EU-Iceland/Norway surrender agreement "will enter
    into force on 1 November 2019"."""
    r = rows(link("germany", "norway", "2019-10-31", "extradition"))
    # not yet in force for anyone: certainly no basis, so not listed at all (not even as one-sided)
    assert "eu-nor-isl-surrender" not in r


def test_norway_germany_surrender_agreement_from_1_november_2019():
    """eucrim (eucrim-2020-eu-no-is-surrender): after Italy's notifications of 29 August 2019
    "the Agreement entered into force on 1 November 2019"; Germany is bound as an EU member
    state (art. 216(2) TFEU)."""
    r = rows(link("germany", "norway", "2019-11-01", "extradition"))
    assert r["eu-nor-isl-surrender"] == ("shared", "bound", "bound", "2019-11-01")
    assert r["eaw"] == ("one-sided", "bound", "not-party", None)


def test_iceland_spain_surrender_agreement_from_1_november_2019():
    """EJN news 664 (ejn-news-2019-664): all EU Member States, Iceland and Norway had deposited
    their declarations; in force 1 November 2019."""
    before = rows(link("spain", "iceland", "2019-10-31", "extradition"))
    assert "eu-nor-isl-surrender" not in before
    after = rows(link("spain", "iceland", "2019-11-01", "extradition"))
    assert after["eu-nor-isl-surrender"] == ("shared", "bound", "bound", "2019-11-01")


# --- The United States: the 2003 agreements from 1 February 2010 ---

def test_us_france_extradition_agreement_not_before_1_february_2010():
    """Council Decision 2009/933/CFSP, recital 4 (lexaris-dec-2009-933): "Both Agreements will
    enter into force on 1 February 2010"."""
    r = rows(link("france", "united states", "2010-01-31", "extradition"))
    assert r["eu-usa-extradition"][0] == "one-sided"
    assert r["eu-usa-extradition"][1] == "not-party"


def test_us_france_extradition_agreement_from_1_february_2010():
    """European Commission Treaties Office (ec-treaties-eu-usa-extradition): signed 25/06/2003,
    date of entry into force 01/02/2010."""
    r = rows(link("france", "united states", "2010-02-01", "extradition"))
    assert r["eu-usa-extradition"] == ("shared", "bound", "bound", "2010-02-01")
    assert "eu-usa-mla" not in r  # an MLA agreement is not a basis for extradition


def test_us_germany_mla_agreement_from_1_february_2010():
    """Council Decision 2009/933/CFSP (lexaris-dec-2009-933): instruments of approval of both
    Agreements exchanged on 28 October 2009; both in force 1 February 2010."""
    before = rows(link("germany", "united states", "2010-01-31", "mla"))
    assert before["eu-usa-mla"][0] == "one-sided"
    after = rows(link("germany", "united states", "2010-02-01", "mla"))
    assert after["eu-usa-mla"] == ("shared", "bound", "bound", "2010-02-01")


# --- Japan: the MLA agreement from 2 January 2011 ---

def test_japan_belgium_mla_agreement_from_2_january_2011():
    """EUR-Lex summary of Council Decision 2010/616/EU (eurlex-summary-2010-616): "The agreement,
    which entered into force on 2 January 2011"; it binds Japan and the 27 Member States
    (zjapanr-eu-jpn-mla). Japan's Ministry of Justice (moj-jp-2010-12-eu-mla): the notes for its
    entry into force were exchanged on 3 December 2010, so the day before Japan's consent is
    given but not yet in force."""
    before = rows(link("belgium", "japan", "2011-01-01", "mla"))
    assert before["eu-jpn-mla"] == ("one-sided", "not-party", "consent-pending", None)
    after = rows(link("belgium", "japan", "2011-01-02", "mla"))
    assert after["eu-jpn-mla"] == ("shared", "bound", "bound", "2011-01-02")


# --- Late transposers and the 2004 accession ---

def test_italy_germany_eaw_not_before_14_may_2005():
    """Law No 69 of 22 April 2005, Gazzetta Ufficiale No 98 of 29 April 2005
    (avvocatinovara-it-law-69-2005), in force after fifteen days: ETS 24 still governs on
    13 May 2005."""
    r = rows(link("italy", "germany", "2005-05-13", "extradition"))
    assert r["eaw"][0] == "one-sided"
    assert r["eaw"][1] == "consent-pending"
    assert r["ets-024"][0] == "shared"


def test_italy_germany_eaw_from_14_may_2005():
    """Law No 69/2005 in force 14 May 2005 (avvocatinovara-it-law-69-2005, with
    impala-eaw-italy-2005: "sixteen months later than the appointed date"); ETS 24 displaced
    (FD art. 31(1), eurlex-fd-2002-584)."""
    r = rows(link("italy", "germany", "2005-05-14", "extradition"))
    assert r["eaw"] == ("shared", "bound", "bound", "2005-05-14")
    assert r["ets-024"][0] == "displaced"


def test_germany_spain_eaw_from_23_august_2004():
    """Hamburger Abendblatt (abendblatt-euhbg-2005): the German European Arrest Warrant Act
    "trat in Deutschland am 23. August 2004 in Kraft"; Spain applied it from 1 January 2004
    (vlex-es-ley-3-2003, fiscalia-prontuario-oede)."""
    before = rows(link("germany", "spain", "2004-08-22", "extradition"))
    assert before["eaw"][0] == "one-sided"
    after = rows(link("germany", "spain", "2004-08-23", "extradition"))
    assert after["eaw"] == ("shared", "bound", "bound", "2004-08-23")


def test_poland_austria_eaw_from_accession_on_1_may_2004():
    """Serzysko (serzysko-ena-pl): the Polish amendment of 18 March 2004 applies from 1 May 2004;
    EJN status table (ejn-eaw-status-2024): Austria, 1 May 2004."""
    before = rows(link("poland", "austria", "2004-04-30", "extradition"))
    assert before["eaw"][0] == "one-sided"
    after = rows(link("poland", "austria", "2004-05-01", "extradition"))
    assert after["eaw"] == ("shared", "bound", "bound", "2004-05-01")


# --- Opt-outs and undated rows ---

def test_denmark_germany_no_eio_denmark_opted_out():
    """EJN EIO status table (ejn-eio-status-bg): "Denmark is not bound by the Directive
    2014/41/EU"; COM(2021) 409 (com-2021-409): binding on all Member States except Ireland and
    Denmark."""
    r = rows(link("denmark", "germany", "2020-06-01", "mla"))
    assert r["eio"][0] == "one-sided"
    assert r["eio"][1] == "not-party"


def test_ratified_lists_the_uk_eaw_with_its_withdrawal():
    """The UK's EAW row (fivesah-tca-2021): bound from 2004-01-01, no longer bound from 2021-01-01."""
    out = json.loads(invoke("ratified", "united kingdom", "--as-of", "2020-12-31", "--format", "json").stdout)
    eaw = [r for r in out["results"] if (r.get("instrument") or {}).get("id") == "eaw"
           or r.get("id") == "eaw" or r.get("instrument") == "eaw"]
    assert len(eaw) == 1
    flat = json.dumps(eaw[0])
    assert '"2004-01-01"' in flat and '"2021-01-01"' in flat


# --- Dates declared to the Council of Europe under art. 28(3) of ETS 24 ---

def test_france_belgium_eaw_from_12_march_2004():
    """French declaration under ETS 24 art. 28(3), published as Portuguese Aviso 247/2007
    (dre-aviso-247-2007-fra): the EAW replaces ETS 24 "since the 12th of March 2004 regarding
    Paris"; Belgium applied it from 1 January 2004 (ejn-eaw-status-2024)."""
    before = rows(link("france", "belgium", "2004-03-11", "extradition"))
    assert before["eaw"] == ("one-sided", "consent-pending", "bound", None)
    after = rows(link("france", "belgium", "2004-03-12", "extradition"))
    assert after["eaw"] == ("shared", "bound", "bound", "2004-03-12")


def test_malta_ireland_eaw_from_7_june_2004():
    """Council of Europe Treaty Office, ETS 24 declarations of Malta (coe-024-decl-mlt-eaw):
    the Framework Decision applies "effective as from 7th June 2004"; Ireland from 1 January
    2004 (dpp-ireland-ar-2006)."""
    before = rows(link("malta", "ireland", "2004-06-06", "extradition"))
    assert before["eaw"][0] == "one-sided"
    assert before["ets-024"][0] == "shared"
    after = rows(link("malta", "ireland", "2004-06-07", "extradition"))
    assert after["eaw"] == ("shared", "bound", "bound", "2004-06-07")
    assert after["ets-024"][0] == "displaced"


def test_czechia_germany_eaw_from_1_november_2004():
    """Czech declaration under ETS 24 art. 28(3), Portuguese Aviso 186/2007
    (dre-aviso-186-2007-cze): "as from 1 November 2004" it applies its EAW legislation; Act
    No 539/2004 Coll. in effect from 1 November 2004 (novyepis-cz-539-2004)."""
    before = rows(link("czechia", "germany", "2004-10-31", "extradition"))
    assert before["eaw"][0] == "one-sided"
    after = rows(link("czechia", "germany", "2004-11-01", "extradition"))
    assert after["eaw"] == ("shared", "bound", "bound", "2004-11-01")


def test_netherlands_belgium_eaw_from_12_may_2004():
    """Agence Europe, bulletin of Tuesday 11 May 2004 (agenceeurope-2004-05-11-nld): the
    Netherlands are "ce mercredi" the seventeenth Member State to implement the EAW."""
    before = rows(link("netherlands", "belgium", "2004-05-11", "extradition"))
    assert before["eaw"][0] == "one-sided"
    assert before["ets-024"][0] == "shared"
    after = rows(link("netherlands", "belgium", "2004-05-12", "extradition"))
    assert after["eaw"] == ("shared", "bound", "bound", "2004-05-12")
    assert after["ets-024"][0] == "displaced"


# --- An undated row is not read as "not bound" ---

def test_luxembourg_eaw_from_26_march_2004_the_day_legilux_records():
    """Legilux's own record of the Law of 17 March 2004 (lu-legilux-loi-2004-03-17-meta, -record): published
    in Mémorial A of 22 March 2004, in force 2004-03-26 (the EJN's 20 March, before the publication, is kept
    as a conflict); the day before, the transposition is not yet in force for Luxembourg (Belgium from
    1 January 2004, ejn-eaw-status-2024)."""
    within = rows(link("luxembourg", "belgium", "2004-03-25", "extradition"))
    assert within["eaw"] == ("one-sided", "consent-pending", "bound", None)
    after = rows(link("luxembourg", "belgium", "2004-04-01", "extradition"))
    assert after["eaw"][0:3] == ("shared", "bound", "bound")


def test_sweden_germany_eaw_from_23_august_2004():
    """Regeringskansliet (regeringen-se-eaw): Sweden applies Lag (2003:1156) towards the other
    Member States "sedan den 1 januari 2004"; Germany from 23 August 2004 (abendblatt-euhbg-2005)."""
    r = rows(link("sweden", "germany", "2004-08-23", "extradition"))
    assert r["eaw"] == ("shared", "bound", "bound", "2004-08-23")


# --- The European Investigation Order from each state's transposition ---

def test_italy_germany_eio_from_28_july_2017():
    """eDotto (edotto-dlgs-108-2017): D.Lgs. 21 giugno 2017, n. 108 "entrerà in vigore il 28
    luglio 2017"; Germany from 22 May 2017 (ejn-eio-status-bg); the EIO displaces ETS 30
    between them (Directive 2014/41/EU art. 34(1), eurlex-dir-2014-41)."""
    before = rows(link("italy", "germany", "2017-07-27", "mla"))
    assert before["eio"] == ("one-sided", "consent-pending", "bound", None)
    assert before["ets-030"][0] == "shared"
    after = rows(link("italy", "germany", "2017-07-28", "mla"))
    assert after["eio"] == ("shared", "bound", "bound", "2017-07-28")
    assert after["ets-030"][0] == "displaced"


def test_spain_germany_eio_from_2_july_2018():
    """Sepin (sepin-es-ley-3-2018): Ley 3/2018 regulates the EIO "a partir del día 2 de julio de
    2018 en que entra en vigor"."""
    before = rows(link("spain", "germany", "2018-07-01", "mla"))
    assert before["eio"][0] == "one-sided"
    after = rows(link("spain", "germany", "2018-07-02", "mla"))
    assert after["eio"] == ("shared", "bound", "bound", "2018-07-02")


def test_uk_us_extradition_agreement_binds_the_uk_through_the_transition_period():
    """UK Parliament written statement of 30 January 2020 (ukparl-ws-2020-01-30-art129):
    "article 129 of the withdrawal agreement specifies that, for the duration of the transition
    period, the UK will remain bound by the obligations under existing EU-third country
    international agreements"; the transition period ended on 31 December 2020
    (eurelationslaw-art129)."""
    during = rows(link("united kingdom", "united states", "2020-06-01", "extradition"))
    assert during["eu-usa-extradition"] == ("shared", "bound", "bound", "2010-02-01")
    last = rows(link("united kingdom", "united states", "2020-12-31", "extradition"))
    assert last["eu-usa-extradition"][0] == "shared"
    after = rows(link("united kingdom", "united states", "2021-01-01", "extradition"))
    assert after["eu-usa-extradition"] == ("one-sided", "withdrawn", "bound", None)


def test_uk_norway_surrender_agreement_during_the_transition_period_only():
    """EU-Iceland/Norway surrender agreement in force 1 November 2019 (ejn-news-2019-664); the
    UK bound through the Union and, after 31 January 2020, by Withdrawal Agreement art. 129(1)
    until the end of the transition period (eurelationslaw-art129)."""
    during = rows(link("united kingdom", "norway", "2020-06-01", "extradition"))
    assert during["eu-nor-isl-surrender"] == ("shared", "bound", "bound", "2019-11-01")
    after = rows(link("united kingdom", "norway", "2021-01-01", "extradition"))
    assert after["eu-nor-isl-surrender"] == ("one-sided", "withdrawn", "bound", None)


def test_romania_bulgaria_eaw_from_accession_on_1_january_2007():
    """Ionescu (ionescu-eaw-romania): Law No 302/2004 as amended by Law No 224/2006 "entered into
    force in first of January 2007"; EJN status table (ejn-eaw-status-2024): Bulgaria, 1 Jan 2007."""
    before = rows(link("romania", "bulgaria", "2006-12-31", "extradition"))
    assert "eaw" not in before
    after = rows(link("romania", "bulgaria", "2007-01-01", "extradition"))
    assert after["eaw"] == ("shared", "bound", "bound", "2007-01-01")
