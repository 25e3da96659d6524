"""Scenarios from the round-6 independent audit (audit7): a seeded random sample (random.seed(7)) of 60 dated facts,
each held against an official source the row did not cite (/work/research/audit7.csv). Where the new source agrees,
the row now carries it as a second source; each test names that source (a key of the data files, where its URL, date
and the words quoted are kept) and checks both sides of the boundary the fact sets."""

from __future__ import annotations

import pytest

from .scenario import party


def _sources(iid: str, country: str, day: str) -> list[str]:
    row = party(iid, country, day)
    assert row is not None, (iid, country, day)
    return row["sources"].split()


# Sources: zmjones-untc-2014 (UN status table VI-19: Ghana signed 20 Dec 1988, ratified 10 Apr 1990; Jordan signed
# 20 Dec 1988, ratified 16 Apr 1990); unts-1582-27627 (UN Treaty Series vol. 1582, No. 27627, the footnote listing
# the first twenty deposits: "Ghana ...... 10 April 1990", "Jordan ...... 16 April 1990").
@pytest.mark.parametrize("country,before,deposit", [
    ("GHA", "1990-04-09", "1990-04-10"),
    ("JOR", "1990-04-15", "1990-04-16"),
])
def test_1988_convention_deposits_agree_with_the_un_treaty_series(country, before, deposit):
    assert party("drugs-1988", country, before)["state"] == "signed-only"
    row = party("drugs-1988", country, deposit)
    assert row["consent"] == deposit
    assert "unts-1582-27627" in row["sources"].split()


# Sources: zmjones-untc-2014-xviii (UN status table XVIII-11); at-bgbl-xcheck (Austrian Federal Law Gazette, scope
# notice for ICSFT, from the Secretary-General's communications: "Armenia 16 March 2004", "Bosnia and Herzegovina
# 10 June 2003", "Ghana 6 September 2002").
@pytest.mark.parametrize("country,before,deposit", [
    ("ARM", "2004-03-15", "2004-03-16"),
    ("BIH", "2003-06-09", "2003-06-10"),
    ("GHA", "2002-09-05", "2002-09-06"),
])
def test_financing_convention_deposits_agree_with_the_austrian_gazette(country, before, deposit):
    assert party("icsft", country, before)["state"] == "signed-only"
    row = party("icsft", country, deposit)
    assert row["consent"] == deposit
    assert "at-bgbl-xcheck" in row["sources"].split()


# Sources: nl-inview-182-parties (the Verdragenbank party list: Liechtenstein in force 01-01-2021);
# li-regierung-2020-ets182 (the Government of Liechtenstein: signed June 2020; its release of December 2020 says the
# Protocol enters into force for Liechtenstein on 2021-01-01).
def test_liechtenstein_second_mla_protocol_from_2021_per_its_government():
    row = party("ets-182", "LIE", "2021-01-01")
    assert row is not None and row["state"] == "bound" and row["in_force"] == "2021-01-01"
    assert "li-regierung-2020-ets182" in row["sources"].split()
    before = party("ets-182", "LIE", "2020-12-31")
    assert before is None or before["state"] != "bound"


# Sources: ejn-eio-status-bg (EJN: Germany, Act of 05/01/2017, BGBl. 2017 I 31); de-bgbl-2017-i-31 (the Fourth Act
# amending the IRG, Article 1 "ändert mWv. 22. Mai 2017 IRG", the EIO sections 91a-91j).
def test_germany_applies_the_eio_from_22_may_2017_per_its_own_act():
    row = party("eio", "DEU", "2017-05-22")
    assert row is not None and row["state"] == "bound"
    assert "de-bgbl-2017-i-31" in row["sources"].split()
    before = party("eio", "DEU", "2017-05-21")
    assert before is None or before["state"] != "bound"


# Sources: zmjones-untc-2014-xviii (UN status tables XVIII-12 and XVIII-14); at-bgbl-xcheck (BGBl. 2012 III 176, the
# Austrian notice of UNTOC's scope: "Côte d'Ivoire 25 October 2012"); at-bgbl-iii-59-uncac (the Austrian notice of
# UNCAC's scope: "Ukraine 2 December 2009").
@pytest.mark.parametrize("iid,country,before,deposit,key", [
    ("untoc", "CIV", "2012-10-24", "2012-10-25", "at-bgbl-xcheck"),
    ("uncac", "UKR", "2009-12-01", "2009-12-02", "at-bgbl-iii-59-uncac"),
])
def test_un_deposits_agree_with_the_austrian_scope_notices(iid, country, before, deposit, key):
    assert party(iid, country, before)["state"] == "signed-only"
    row = party(iid, country, deposit)
    assert row["consent"] == deposit
    assert key in row["sources"].split()


# Sources: juridica-2004-8-eaw and riigiteataja-krmsrs-2004 (the Code of Criminal Procedure carries the Framework
# Decision, in force 1 July 2004); riigiteataja-krms-en-2016 (the State Gazette's English text of the Code: "Passed
# 12.02.2003 RT I 2003, 27, 166 Entry into force 01.07.2004").
def test_estonia_applies_the_eaw_from_1_july_2004_per_the_state_gazette():
    row = party("eaw", "EST", "2004-07-01")
    assert row is not None and row["state"] == "bound"
    assert "riigiteataja-krms-en-2016" in row["sources"].split()
    before = party("eaw", "EST", "2004-06-30")
    assert before is None or before["state"] != "bound"


# Sources: nl-trb-2005-294 (the Dutch treaty series: the Netherlands notified 02-04-04, in force 05-10-05);
# eu-dec-2007-763-mla (Council Decision 2007/763/EC, recital 2: the Protocol "entered into force on 5 October 2005").
def test_netherlands_bound_by_the_2001_mla_protocol_from_its_entry_into_force():
    row = party("eu-mla-2001-protocol", "NLD", "2005-10-05")
    assert row is not None and row["state"] == "bound" and row["in_force"] == "2005-10-05"
    assert "eu-dec-2007-763-mla" in row["sources"].split()
    assert party("eu-mla-2001-protocol", "NLD", "2005-10-04")["state"] != "bound"
