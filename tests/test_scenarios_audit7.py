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
