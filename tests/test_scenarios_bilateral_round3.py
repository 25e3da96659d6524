"""Entry-into-force dates of bilateral agreements found in the third round of issue 12, on the shipped data.

Each test names the source of its expected answer and asks on both sides of the boundary the date sets:
before it the agreement is signed but not in force (or, for a date known only to the year, uncertain
inside that year), from it both sides are bound.
"""

from __future__ import annotations

from .scenario import bilateral as _bilateral
from .scenario import sides as _states


def test_us_czech_mla_1998_in_force_2000_05_07():
    # cz-sbms-2000-40-cze-usa (Czech notice 40/2000 Sb. m. s.): ratifications exchanged at Prague 2000-03-06,
    # in force under art. 23(2) on 2000-05-07
    iid = "bilateral-cze-usa-1998-mla"
    before = _bilateral("united states", "czechia", "--as-of", "2000-05-06")[iid]
    assert _states(before) == ("consent-pending", "consent-pending")
    after = _bilateral("united states", "czechia", "--as-of", "2000-05-07")[iid]
    assert _states(after) == ("bound", "bound")
    assert after["linked_since"]["date"] == "2000-05-07"
    assert after["usable_for"].keys() == {"mla"}


def test_czech_swiss_police_treaty_signed_2005_05_31_in_force_2006_11_01():
    # cz-sbms-2006-105-cze-che (Czech notice 105/2006 Sb. m. s.): signed at Prague 2005-05-31, ratifications
    # exchanged at Bern 2006-10-12, in force under art. 13(1) on 2006-11-01
    iid = "bilateral-che-cze-police-cooperation"
    before = _bilateral("switzerland", "czechia", "--as-of", "2006-10-31")[iid]
    assert _states(before) == ("consent-pending", "consent-pending")
    assert before["instrument"]["signed"] == "2005-05-31"
    after = _bilateral("switzerland", "czechia", "--as-of", "2006-11-01")[iid]
    assert _states(after) == ("bound", "bound")
    assert after["linked_since"]["date"] == "2006-11-01"
    assert after["usable_for"].keys() == {"police"}


def test_swiss_albanian_police_agreement_in_force_since_2007():
    # ejpd-2024-06-18-che-alb: the Swiss Justice and Police Department's release of 2024-06-18 says a police
    # cooperation agreement has existed between the two since 2007; only the year is recorded
    iid = "bilateral-alb-che-2005-police-cooperation"
    before = _bilateral("switzerland", "albania", "--as-of", "2006-12-31")[iid]
    assert _states(before) == ("consent-pending", "consent-pending")
    inside = _bilateral("switzerland", "albania", "--as-of", "2007-06-30")[iid]
    assert _states(inside) == ("uncertain", "uncertain")
    after = _bilateral("switzerland", "albania", "--as-of", "2008-01-01")[iid]
    assert _states(after) == ("bound", "bound")
    assert after["linked_since"] == {"date": None, "earliest": "2007-01-01", "latest": "2007-12-31"}


def test_uk_austria_hungary_extradition_1873_in_force_1874_03_30_until_1938():
    # uk-treaties-online-2022 (record 75105): entry into force effective 1874-03-30; terminated 1938-09-10
    iid = "trilateral-aut-gbr-hun-1873-extradition"
    before = _bilateral("united kingdom", "austria", "--as-of", "1874-03-29")[iid]
    assert _states(before) == ("consent-pending", "consent-pending")
    after = _bilateral("united kingdom", "austria", "--as-of", "1874-03-30")[iid]
    assert _states(after) == ("bound", "bound")
    assert after["linked_since"]["date"] == "1874-03-30"
