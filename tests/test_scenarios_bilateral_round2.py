"""Entry-into-force dates of bilateral agreements found in the second round of issue 12, on the shipped data.

Each test names the source of its expected answer and asks on both sides of the boundary the date sets:
before it the agreement is signed but not in force (or, for a date known only to the month, uncertain
inside that month), from it both sides are bound.
"""

from __future__ import annotations

from .scenario import bilateral as _bilateral
from .scenario import sides as _states


def test_us_costa_rica_extradition_1922_in_force_on_the_exchange_of_ratifications_1923_04_27():
    # wikisource-43-stat-1621: ratifications exchanged at San José 1923-04-27; art. XIV: in effect from that day
    iid = "bilateral-cri-usa-1922-extradition"
    before = _bilateral("united states", "costa rica", "--as-of", "1923-04-26")[iid]
    assert _states(before) == ("consent-pending", "consent-pending")
    after = _bilateral("united states", "costa rica", "--as-of", "1923-04-27")[iid]
    assert _states(after) == ("bound", "bound")
    assert after["linked_since"]["date"] == "1923-04-27"
    assert after["usable_for"].keys() == {"extradition"}


def test_us_barbados_mla_in_force_2000_03_03():
    # docslib-tias-00-303-1 (TIAS 00-303.1): instruments exchanged at Washington and in force 2000-03-03
    iid = "bilateral-brb-usa-1996-mla"
    before = _bilateral("united states", "barbados", "--as-of", "2000-03-02")[iid]
    assert _states(before) == ("consent-pending", "consent-pending")
    after = _bilateral("united states", "barbados", "--as-of", "2000-03-03")[iid]
    assert _states(after) == ("bound", "bound")
    assert after["linked_since"]["date"] == "2000-03-03"
    assert after["usable_for"].keys() == {"mla"}


def test_us_romania_extradition_2007_in_force_may_2009_replacing_the_1924_treaty():
    # roconsulboston-2009-05-rou-usa: ratifications exchanged in Washington 'on Friday' before the 2009-05-11
    # report, the new treaty in effect from then and replacing the 1924 convention; only the month is recorded
    new, old = "bilateral-rou-usa-2007-extradition", "bilateral-rou-usa-1924-extradition"
    april = _bilateral("united states", "romania", "--as-of", "2009-04-30")
    assert _states(april[new]) == ("consent-pending", "consent-pending")
    inside = _bilateral("united states", "romania", "--as-of", "2009-05-15")
    assert _states(inside[new]) == ("uncertain", "uncertain")
    june = _bilateral("united states", "romania", "--as-of", "2009-06-01")
    assert _states(june[new]) == ("bound", "bound")
    assert june[new]["linked_since"] == {"date": None, "earliest": "2009-05-01", "latest": "2009-05-31"}
    assert old not in june


def test_us_norway_extradition_1893_in_force_1893_12_08_until_the_1977_treaty():
    # wikisource-28-stat-1187: ratifications exchanged 1893-11-08; art. XII: in effect on the thirtieth day after;
    # gbooks-us-treaties-compilation-nor-swe: it superseded the 1860 convention as to Norway on 1893-12-08
    iid = "bilateral-nor-usa-1893-extradition"
    before = _bilateral("united states", "norway", "--as-of", "1893-12-07")[iid]
    assert _states(before) == ("consent-pending", "consent-pending")
    assert before["instrument"]["signed"] == "1893-06-07"
    after = _bilateral("united states", "norway", "--as-of", "1893-12-08")[iid]
    assert after["linked_since"]["date"] == "1893-12-08"
    # extraditionblog-usa-nor: superseded by the 1977 treaty on its entry into force, 1980-03-07
    assert iid not in _bilateral("united states", "norway", "--as-of", "1980-03-07")


def test_us_sweden_extradition_1893_in_force_1893_04_17():
    # gbooks-us-treaties-compilation-nor-swe: the 1893 treaty superseded the 1860 convention as to Sweden on
    # 1893-04-17; wikisource-27-stat-972: ratifications exchanged 1893-03-18
    iid = "bilateral-swe-usa-1893-extradition"
    before = _bilateral("united states", "sweden", "--as-of", "1893-04-16")[iid]
    assert _states(before) == ("consent-pending", "consent-pending")
    after = _bilateral("united states", "sweden", "--as-of", "1893-04-17")[iid]
    assert _states(after) == ("bound", "bound")
    assert after["linked_since"]["date"] == "1893-04-17"


def test_us_switzerland_1990_treaty_in_force_1997_09_10_ends_the_1900_treaty_and_its_supplements():
    # ch-sr-0.353.933.6-lexaris: instruments exchanged 1997-03-14, in force 1997-09-10;
    # ch-bbl-1990-che-usa: it repeals the treaty of 1900 and the supplementary treaties of 1935 and 1940
    new = "bilateral-che-usa-1990-extradition"
    old = {"bilateral-che-usa-1900-extradition", "bilateral-che-usa-1935-extradition-supplementary",
           "bilateral-che-usa-1940-extradition-supplementary"}
    before = _bilateral("united states", "switzerland", "--as-of", "1997-09-09")
    assert _states(before[new]) == ("consent-pending", "consent-pending")
    assert old <= before.keys()
    after = _bilateral("united states", "switzerland", "--as-of", "1997-09-10")
    assert _states(after[new]) == ("bound", "bound")
    assert after[new]["linked_since"]["date"] == "1997-09-10"
    assert not old & after.keys()


def test_us_switzerland_1935_supplement_in_force_1935_05_16():
    # ch-bbl-1940-i-zusatzvertrag-usa: 'am 16. Mai 1935 in Kraft getreten (A. S. 51, 405)'
    iid = "bilateral-che-usa-1935-extradition-supplementary"
    before = _bilateral("united states", "switzerland", "--as-of", "1935-05-15")[iid]
    assert _states(before) == ("consent-pending", "consent-pending")
    after = _bilateral("united states", "switzerland", "--as-of", "1935-05-16")[iid]
    assert after["linked_since"]["date"] == "1935-05-16"


def test_us_italy_1868_convention_from_the_exchange_of_ratifications_and_the_1946_notes():
    # wikisource-15-stat-629: ratifications exchanged 1868-09-17, art. VII counts its force from that day;
    # wikisource-61-stat-3687: the notes of 16 and 17 April 1946 'entered into force April 17, 1946'
    conv, notes = "bilateral-ita-usa-1868-extradition", "bilateral-ita-usa-1946-extradition-protocol"
    assert _states(_bilateral("united states", "italy", "--as-of", "1868-09-16")[conv]) == (
        "consent-pending", "consent-pending")
    assert _bilateral("united states", "italy", "--as-of", "1868-09-17")[conv]["linked_since"]["date"] == "1868-09-17"
    assert _states(_bilateral("united states", "italy", "--as-of", "1946-04-16")[notes]) == (
        "consent-pending", "consent-pending")
    after = _bilateral("united states", "italy", "--as-of", "1946-04-17")[notes]
    assert _states(after) == ("bound", "bound")
    assert after["linked_since"]["date"] == "1946-04-17"
