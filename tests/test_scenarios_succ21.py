"""Round 21 (succ21): successor states on Czechoslovak, Soviet and Yugoslav bilateral treaties.

Each successor row links the successor with the other original party only, from the day its source gives
(or, where the source gives no day, "uncertain" until the source's own date, and "bound" after it when the
source is dated). Each case names its source.
"""

from __future__ import annotations

import pytest

from .scenario import agreement, bilateral, day_before, sides

# (successor, partner, agreement, effective day, purpose, source key)
DATED = [
    # Austrian treaty register (RIS 10003027): 'Vollziehung gerichtlicher Entscheidungen in Strafsachen (Slowakei)',
    # 'In Kraft seit 01. Januar 1993'
    ("SVK", "AUT", "bilateral-aut-csk-1990-enforcement-of-criminal-judgments", "1993-01-01", "all",
     "succ21-at-ris-10003027-aut-svk-enforcement"),
    # Austrian treaty register (RIS 10002624): 'Auslieferung (Slowenien)', in force since 1993-11-01
    ("SVN", "AUT", "bilateral-aut-yug-1982-extradition", "1993-11-01", "extradition",
     "succ21-at-ris-10002624-aut-svn-extradition"),
]


@pytest.mark.parametrize(("successor", "partner", "iid", "day", "purpose", "source"), DATED,
                         ids=[f"{c[0]}-{c[1]}" for c in DATED])
def test_successor_bound_from_the_day_its_source_gives(successor: str, partner: str, iid: str, day: str,
                                                       purpose: str, source: str) -> None:
    before = bilateral(successor, partner, "--as-of", day_before(day), "--for", purpose).get(iid)
    assert before is None or before["a"]["state"] != "bound"
    row = agreement(successor, partner, iid, day, purpose)
    assert sides(row) == ("bound", "bound")
    assert row["linked_since"]["date"] == day
    assert row["a"]["act"] == "succession"
    assert source in row["sources"]


def test_slovakia_austria_enforcement_not_before_slovakia_existed() -> None:
    # Slovakia exists from 1993-01-01 (countries.yaml); the 1990 treaty bound Czechoslovakia and Austria from
    # 1992-03-01 (notice 113/1992 Zb.) and links Slovakia only as Czechoslovakia's successor.
    assert "bilateral-aut-csk-1990-enforcement-of-criminal-judgments" not in bilateral(
        "slovakia", "austria", "--as-of", "1992-12-31", "--for", "all")


def test_slovenia_is_not_linked_with_bosnia_under_the_austrian_treaty() -> None:
    # A successor is linked with the other original party only (Austria), never with another successor.
    assert "bilateral-aut-yug-1982-extradition" not in bilateral(
        "slovenia", "bosnia and herzegovina", "--as-of", "2000-01-01", "--for", "extradition")


# (successor, partner, agreement, purpose, source key): listed without a day
UNDATED = [
    # Serbian Ministry of Justice, 'Billateral agreements' (archived, undated): under Austria, the SFRY-Austria
    # extradition treaty of 1982-02-01 'came into effect in 1984'
    ("SRB", "AUT", "bilateral-aut-yug-1982-extradition", "extradition", "rs-mpravde-bilateral-agreements"),
    # the same list: under Belgium, the SFRY-Belgium convention of 1971-06-04 'came into effect in 1972'
    ("SRB", "BEL", "bilateral-bel-yug-1971-extradition-mla", "extradition", "rs-mpravde-bilateral-agreements"),
]


@pytest.mark.parametrize(("successor", "partner", "iid", "purpose", "source"), UNDATED,
                         ids=[f"{c[0]}-{c[1]}" for c in UNDATED])
def test_serbia_listed_without_a_day_is_uncertain(successor: str, partner: str, iid: str, purpose: str,
                                                 source: str) -> None:
    # the list is undated: from when Serbia applies the treaty is not given, so it is "uncertain" (checked on a
    # day before the data's newest source, after which an undated source is read as of that day)
    row = agreement(successor, partner, iid, "2020-01-01", purpose)
    assert sides(row) == ("uncertain", "bound")
    assert row["a"]["act"] == "succession"
    assert source in row["a"]["sources"]
    assert "successor" in row["a"]["reason"]


def test_russia_iraq_bound_by_the_1995_customs_table() -> None:
    # ГТК России, letter of 1995-05-17 No. 01-13/6885, Annex 2, row 'Ирак' (22 June 1973 / 22 April 1974), beside
    # Russia's own treaties of 1992: the Russian Federation applies the USSR-Iraq treaty as the USSR's continuator;
    # the day it did so first is not given, so it is bound by the table's date and uncertain before it.
    iid = "bilateral-irq-sun-1973-legal-assistance"
    before = agreement("russia", "iraq", iid, "1995-05-16", "mla")
    assert sides(before) == ("uncertain", "bound")
    row = agreement("russia", "iraq", iid, "1995-05-17", "mla")
    assert sides(row) == ("bound", "bound")
    assert row["linked_since"]["latest"] == "1995-05-17"
    assert row["a"]["act"] == "succession"
    assert "bilf20-consultant-gtk-1995-legal-assistance" in row["a"]["sources"]


def test_russia_not_linked_under_the_soviet_treaty_with_czechoslovakia() -> None:
    # No successor row is recorded for the Czech Republic or Russia on the 1982 Czechoslovakia-USSR treaty (a
    # successor is never linked with another successor): link czechia russia shows no such row.
    assert "bilateral-csk-sun-1982-legal-assistance" not in bilateral(
        "czechia", "russia", "--as-of", "2000-01-01", "--for", "mla")
