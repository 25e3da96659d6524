"""Slovakia's bilateral extradition, legal-assistance and police agreements, dated from the notices of the Slovak
Ministry of Foreign Affairs in the Collection of Laws (Zbierka zákonov), on the shipped data.

Each test names the notice (and its source key in data/bilateral.yaml, ``sk-zz-YEAR-NUMBER-mzv``: the notice read in
the legalize-dev/legalize-sk mirror, file sk/ZZ-YEAR-NUMBER.md, commit 2b28237a5 of 2026-04-14) whose stated days of
signature and entry into force are the expected answer, and asks on both sides of the day of entry into force.
"""

from __future__ import annotations

import pytest

from .scenario import agreement as _agreement
from .scenario import agreement_in_force_from as _in_force_from
from .scenario import bilateral as _bilateral
from .scenario import sides as _sides


def _dated(a: str, b: str, iid: str, day_before: str, day: str, purpose: str, signed: str, notice: str) -> dict:
    row = _in_force_from(a, b, iid, day_before, day, purpose)
    assert row["instrument"]["signed"] == signed
    assert row["instrument"]["entry_into_force"] == day
    assert notice in row["sources"]
    return row


def test_czech_slovak_legal_assistance_treaty_of_1992_applied_from_1993_01_01_in_force_1993_04_05():
    # Oznámenie MZV SR č. 193/1993 Z. z. (sk-zz-1993-193-mzv): signed at Prague 1992-10-29, "predbežne vykonateľná
    # od 1. januára 1993 a nadobudla platnosť 5. aprílom 1993"; art. 28 legal assistance under ETS 30, art. 30
    # extradition under ETS 24. Provisional application is recorded as the day each party applied it (docs/DATA.md).
    iid = "bilateral-cze-svk-1992-mla"
    for purpose in ("mla", "extradition"):
        row = _agreement("CZE", "SVK", iid, "1993-01-01", purpose)
        assert _sides(row) == ("bound", "bound")
        assert row["linked_since"]["date"] == "1993-01-01"
        assert row["instrument"]["signed"] == "1992-10-29"
        assert row["instrument"]["entry_into_force"] == "1993-04-05"
        assert "sk-zz-1993-193-mzv" in row["sources"]


def test_czech_slovak_protocol_of_2012_in_force_2014_12_01():
    # Oznámenie MZV SR č. 302/2014 Z. z. (sk-zz-2014-302-mzv): signed at Uherské Hradiště 2012-10-29, ratifications
    # exchanged at Prague 2014-09-11, "Protokol nadobudne platnosť 1. decembra 2014"
    _dated("CZE", "SVK", "bilateral-cze-svk-2012-mla-protocol", "2014-11-30", "2014-12-01", "mla", "2012-10-29",
           "sk-zz-2014-302-mzv")


@pytest.mark.parametrize(("iid", "purpose", "notice"), [
    ("bilateral-aut-svk-1994-extradition-supplementary", "extradition", "sk-zz-1996-50-mzv"),
    ("bilateral-aut-svk-1994-mla-supplementary", "mla", "sk-zz-1996-51-mzv"),
])
def test_austria_slovakia_ets_supplements_signed_1994_06_20_in_force_1996_02_01(iid, purpose, notice):
    # Oznámenia MZV SR č. 50/1996 and 51/1996 Z. z.: signed at Vienna 1994-06-20, "t. j. 1. februára 1996"
    _dated("AUT", "SVK", iid, "1996-01-31", "1996-02-01", purpose, "1994-06-20", notice)


def test_poland_slovakia_ets_supplements_in_force_1997_07_01_and_1998_02_01():
    # Oznámenie MZV SR č. 270/1997 Z. z. (sk-zz-1997-270-mzv): signed at Tatranská Javorina 1996-08-23, in force
    # 1997-07-01; č. 28/1998 Z. z. (sk-zz-1998-28-mzv): signed at Warsaw 1997-03-25, "t. j. 1. februára 1998"
    _dated("POL", "SVK", "bilateral-pol-svk-1996-extradition-supplementary", "1997-06-30", "1997-07-01",
           "extradition", "1996-08-23", "sk-zz-1997-270-mzv")
    _dated("POL", "SVK", "bilateral-pol-svk-1997-mla-supplementary", "1998-01-31", "1998-02-01", "mla",
           "1997-03-25", "sk-zz-1998-28-mzv")


def test_slovakia_seychelles_apply_the_1924_treaty_from_2013_08_29():
    # Oznámenie MZV SR č. 97/2015 Z. z. (sk-zz-2015-97-mzv): exchange of notes of 2013-08-28 and 2013-08-29,
    # "s účinnosťou od 29. augusta 2013 potvrdené vykonávanie" of the Czechoslovak-British treaty of 1924-11-11
    iid = "bilateral-svk-syc-2013-extradition-continuation"
    row = _agreement("SVK", "SYC", iid, "2013-08-29", "extradition")
    assert _sides(row) == ("bound", "bound")
    assert row["linked_since"]["date"] == "2013-08-29"
    assert "sk-zz-2015-97-mzv" in row["sources"]
    assert iid not in _bilateral("SVK", "SYC", "--as-of", "2013-08-28", "--for", "extradition")


def test_moldova_and_montenegro_protocols_to_the_czechoslovak_legal_assistance_treaties():
    # Oznámenie MZV SR č. 243/2019 Z. z. (sk-zz-2019-243-mzv): signed at Chișinău 2017-07-19, in force 2019-01-01;
    # č. 46/2016 Z. z. (sk-zz-2016-46-mzv): signed at Podgorica 2014-05-29, "nadobudne platnosť 1. januára 2016"
    _dated("MDA", "SVK", "bilateral-mda-svk-2017-mla-protocol", "2018-12-31", "2019-01-01", "mla", "2017-07-19",
           "sk-zz-2019-243-mzv")
    _dated("MNE", "SVK", "bilateral-mne-svk-2014-mla-protocol", "2015-12-31", "2016-01-01", "mla", "2014-05-29",
           "sk-zz-2016-46-mzv")


POLICE = [
    # (other party, id, signed, day before, in force, notice) from each Oznámenie MZV SR's opening paragraph
    ("SVN", "bilateral-svk-svn-1994-crime", "1994-09-14", "1995-05-23", "1995-05-24", "sk-zz-1995-123-mzv"),
    ("HUN", "bilateral-hun-svk-1995-crime", "1995-06-28", "1995-10-12", "1995-10-13", "sk-zz-1996-39-mzv"),
    ("TUR", "bilateral-svk-tur-1996-crime", "1996-06-06", "1996-09-03", "1996-09-04", "sk-zz-1997-170-mzv"),
    ("LVA", "bilateral-lva-svk-1999-crime", "1999-05-24", "1999-06-03", "1999-06-04", "sk-zz-1999-216-mzv"),
    ("BGR", "bilateral-bgr-svk-1999-police-cooperation", "1999-11-04", "2000-08-31", "2000-09-01",
     "sk-zz-2000-303-mzv"),
    ("TKM", "bilateral-svk-tkm-1996-crime", "1996-08-08", "1998-07-02", "1998-07-03", "sk-zz-2000-52-mzv"),
    ("ESP", "bilateral-esp-svk-1999-organised-crime", "1999-03-03", "2000-01-28", "2000-01-29", "sk-zz-2000-94-mzv"),
    ("HRV", "bilateral-hrv-svk-2000-organised-crime", "2000-11-30", "2001-06-08", "2001-06-09",
     "sk-zz-2001-278-mzv"),
    ("UKR", "bilateral-svk-ukr-2000-organised-crime", "2000-12-05", "2001-02-28", "2001-03-01",
     "sk-zz-2001-282-mzv"),
    ("MLT", "bilateral-mlt-svk-2000-organised-crime", "2000-05-16", "2001-05-15", "2001-05-16",
     "sk-zz-2001-362-mzv"),
    ("BEL", "bilateral-bel-svk-2000-police-cooperation", "2000-06-29", "2002-09-30", "2002-10-01",
     "sk-zz-2002-568-mzv"),
    ("BLR", "bilateral-blr-svk-2001-crime", "2001-11-14", "2003-09-01", "2003-09-02", "sk-zz-2003-407-mzv"),
    ("ROU", "bilateral-rou-svk-2003-crime", "2003-10-16", "2004-07-07", "2004-07-08", "sk-zz-2004-425-mzv"),
    ("EGY", "bilateral-egy-svk-2004-crime", "2004-01-20", "2005-06-20", "2005-06-21", "sk-zz-2005-233-mzv"),
    ("AUT", "bilateral-aut-svk-2004-police-cooperation", "2004-02-13", "2005-06-30", "2005-07-01",
     "sk-zz-2005-252-mzv"),
    ("CZE", "bilateral-cze-svk-2004-police-cooperation", "2004-01-27", "2005-02-23", "2005-02-24",
     "sk-zz-2005-35-mzv"),
    ("CYP", "bilateral-cyp-svk-2004-crime", "2004-02-26", "2005-11-23", "2005-11-24", "sk-zz-2005-509-mzv"),
    ("POL", "bilateral-pol-svk-2004-police-cooperation", "2004-03-23", "2006-12-17", "2006-12-18",
     "sk-zz-2006-638-mzv"),
    ("HUN", "bilateral-hun-svk-2006-police-cooperation", "2006-10-02", "2007-04-30", "2007-05-01",
     "sk-zz-2007-248-mzv"),
    ("ITA", "bilateral-ita-svk-2002-crime", "2002-04-19", "2002-11-05", "2002-11-06", "sk-zz-2007-339-mzv"),
    ("MDA", "bilateral-mda-svk-2007-organised-crime", "2007-06-20", "2007-09-15", "2007-09-16",
     "sk-zz-2007-423-mzv"),
    ("KAZ", "bilateral-kaz-svk-2007-crime", "2007-11-21", "2008-05-31", "2008-06-01", "sk-zz-2008-222-mzv"),
    ("LTU", "bilateral-ltu-svk-2008-crime", "2008-06-10", "2009-03-13", "2009-03-14", "sk-zz-2009-129-mzv"),
    ("USA", "bilateral-svk-usa-2008-serious-crime", "2008-10-08", "2009-04-16", "2009-04-17", "sk-zz-2009-161-mzv"),
    ("BIH", "bilateral-bih-svk-2006-crime", "2006-06-05", "2009-04-23", "2009-04-24", "sk-zz-2009-178-mzv"),
    ("SRB", "bilateral-srb-svk-2007-crime", "2007-11-16", "2009-08-14", "2009-08-15", "sk-zz-2009-295-mzv"),
    ("MKD", "bilateral-mkd-svk-2009-police-cooperation", "2009-10-05", "2010-07-28", "2010-07-29",
     "sk-zz-2010-326-mzv"),
    ("HRV", "bilateral-hrv-svk-2010-police-cooperation", "2010-11-17", "2011-06-14", "2011-06-15",
     "sk-zz-2011-169-mzv"),
    ("MNE", "bilateral-mne-svk-2012-police-cooperation", "2012-06-05", "2012-07-04", "2012-07-05",
     "sk-zz-2012-204-mzv"),
    ("ALB", "bilateral-alb-svk-2015-crime", "2015-05-04", "2015-09-21", "2015-09-22", "sk-zz-2015-183-mzv"),
    ("GEO", "bilateral-geo-svk-2015-crime", "2015-11-13", "2016-02-02", "2016-02-03", "sk-zz-2016-189-mzv"),
    ("ISR", "bilateral-isr-svk-2010-public-security", "2010-11-02", "2012-07-10", "2012-07-11",
     "sk-zz-2012-205-mzv"),
    ("UZB", "bilateral-svk-uzb-2016-drugs", "2016-09-20", "2017-02-22", "2017-02-23", "sk-zz-2017-37-mzv"),
    ("POL", "bilateral-pol-svk-2010-police-amendment", "2010-05-12", "2011-07-30", "2011-07-31",
     "sk-zz-2011-240-mzv"),
    ("AUT", "bilateral-aut-svk-2014-police-amendment", "2014-02-14", "2015-09-30", "2015-10-01",
     "sk-zz-2015-232-mzv"),
    ("HUN", "bilateral-hun-svk-2014-police-amendment", "2014-12-05", "2015-10-31", "2015-11-01",
     "sk-zz-2016-80-mzv"),
]


@pytest.mark.parametrize(("other", "iid", "signed", "day_before", "day", "notice"), POLICE,
                         ids=[p[1] for p in POLICE])
def test_slovak_police_agreement_in_force_on_the_day_its_notice_states(other, iid, signed, day_before, day, notice):
    _dated("SVK", other, iid, day_before, day, "police", signed, notice)


@pytest.mark.parametrize(("other", "iid", "day", "notice"), [
    ("VNM", "bilateral-svk-vnm-2017-crime", "2017-03-06", "sk-zz-2017-62-mzv"),
    ("RUS", "bilateral-rus-svk-2010-drugs", "2010-04-07", "sk-zz-2010-182-mzv"),
    ("ARE", "bilateral-are-svk-2015-security-mou", "2015-04-05", "sk-zz-2015-116-mzv"),
    ("USA", "bilateral-svk-usa-2013-serious-crime-implementing-protocol", "2013-05-31", "sk-zz-2013-169-mzv"),
])
def test_slovak_police_agreements_in_force_on_signature(other, iid, day, notice):
    # Oznámenia MZV SR č. 62/2017, 182/2010, 116/2015 and 169/2013 Z. z.: signed and in force the same day
    row = _agreement("SVK", other, iid, day, "police")
    assert _sides(row) == ("bound", "bound")
    assert row["instrument"]["signed"] == day and row["instrument"]["entry_into_force"] == day
    assert notice in row["sources"]


def test_croatian_organised_crime_agreement_of_2000_uncertain_once_the_police_agreement_of_2010_binds():
    # sk-zz-2001-278-mzv (in force 2001-06-09) and sk-zz-2011-169-mzv (in force 2011-06-15): a later principal
    # agreement on the same matter makes the older one uncertain (docs/DATA.md, VCLT art. 59), not terminated
    old = "bilateral-hrv-svk-2000-organised-crime"
    assert _sides(_agreement("HRV", "SVK", old, "2011-06-14", "police")) == ("bound", "bound")
    assert _sides(_agreement("HRV", "SVK", old, "2011-06-15", "police")) == ("uncertain", "uncertain")


def test_us_slovak_mla_instrument_signed_2006_02_06_in_force_2010_02_01():
    # Oznámenie MZV SR č. 28/2010 Z. z. (sk-zz-2010-28-mzv): signed at Bratislava 2006-02-06, in force 2010-02-01
    row = _in_force_from("SVK", "USA", "bilateral-svk-usa-2010-mla-eu-instrument", "2010-01-31", "2010-02-01", "mla")
    assert row["instrument"]["signed"] == "2006-02-06"
    assert "sk-zz-2010-28-mzv" in row["sources"]
