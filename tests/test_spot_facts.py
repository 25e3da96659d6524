"""Facts read from the source tables (UNTC, Council of Europe charts, organisations' releases),
checked against what the CLI prints: `ratified` row by row, `parties` for the same rows.

The values were copied from the source tables by hand when the data was built; the
tests do not read ../shared, so they hold the shipped data to those tables."""

from __future__ import annotations

import csv
import io

import pytest

from .conftest import invoke

DAY = "2026-11-29"

# instrument, country, act, signature, consent: as the depositary's table gives them
FACTS = [
    ("untoc", "JAM", "ratification", "2001-09-26", "2003-09-29"),
    ("untoc", "COK", "accession", "", "2004-03-04"),
    ("untoc", "MYS", "ratification", "2002-09-26", "2004-09-24"),
    ("untoc-tip", "TZA", "ratification", "2000-12-13", "2006-05-24"),
    ("untoc-tip", "BRB", "ratification", "2001-09-26", "2014-11-11"),
    ("untoc-tip", "BOL", "ratification", "2000-12-12", "2006-05-18"),
    ("untoc-som", "TTO", "ratification", "2001-09-26", "2007-11-06"),
    ("untoc-som", "KHM", "ratification", "2001-11-11", "2005-12-12"),
    ("untoc-som", "NAM", "ratification", "2000-12-13", "2002-08-16"),
    ("untoc-firearms", "NRU", "ratification", "2001-11-12", "2012-07-12"),
    ("untoc-firearms", "AZE", "accession", "", "2004-12-03"),
    ("untoc-firearms", "MDG", "ratification", "2001-11-13", "2005-09-15"),
    ("drugs-1961", "GUY", "accession", "", "2002-07-15"),
    ("drugs-1961", "BGD", "accession", "", "1975-04-25"),
    ("drugs-1961", "TCD", "ratification", "1961-03-30", "1963-01-29"),
    ("drugs-1961-amended", "MNE", "succession", "", "2006-10-23"),
    ("drugs-1961-amended", "MEX", "accession", "", "1977-04-27"),
    ("drugs-1961-amended", "BLZ", "accession", "", "2001-12-18"),
    ("drugs-1971", "GMB", "accession", "", "1996-04-23"),
    ("drugs-1971", "BRA", "ratification", "1971-02-21", "1973-02-14"),
    ("drugs-1971", "SEN", "accession", "", "1977-06-10"),
    ("drugs-1988", "MRT", "ratification", "1988-12-20", "1993-07-01"),
    ("drugs-1988", "BLR", "ratification", "1989-02-27", "1990-10-15"),
    ("drugs-1988", "SMR", "accession", "", "2000-10-10"),
    ("att", "BGR", "ratification", "2013-07-02", "2014-04-02"),
    ("att", "CZE", "ratification", "2013-06-03", "2014-09-25"),
    ("att", "NOR", "ratification", "2013-06-03", "2014-02-12"),
    ("uncac", "MKD", "ratification", "2005-08-18", "2007-04-13"),
    ("uncac", "ZAF", "ratification", "2003-12-09", "2004-11-22"),
    ("uncac", "BEL", "ratification", "2003-12-10", "2008-09-25"),
    ("icsft", "SGP", "ratification", "2001-12-18", "2002-12-30"),
    ("icsft", "SVN", "ratification", "2001-11-10", "2004-09-23"),
    ("icsft", "MLT", "ratification", "2000-01-10", "2001-11-11"),
    ("ets-185", "AZE", "ratification", "2008-06-30", "2010-03-15"),
    ("ets-185", "FRA", "ratification", "2001-11-23", "2006-01-10"),
    ("ets-185", "AUT", "ratification", "2001-11-23", "2012-06-13"),
    ("cets-197", "BGR", "ratification", "2006-11-22", "2007-04-17"),
    ("cets-197", "ARM", "ratification", "2005-05-16", "2008-04-14"),
    ("cets-197", "AZE", "ratification", "2010-02-25", "2010-06-23"),
    ("interpol", "VAT", "membership", "", "2008-10-07"),
    ("interpol", "FSM", "membership", "", "2021-11-23"),
    ("eu", "HRV", "membership", "", "2013-07-01"),
    ("pcc-see", "HUN", "membership", "", "2012-09-11"),  # the depositary's (Albania's) deposit, BGBl. III 33/2014
    ("selec", "ALB", "membership", "", "2011-10-07"),
]


def _rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


@pytest.mark.parametrize("iid, country, act, signature, consent", FACTS, ids=[f"{f[0]}-{f[1]}" for f in FACTS])
def test_ratified_prints_the_fact(iid, country, act, signature, consent):
    rows = [r for r in _rows(invoke("ratified", country, "--format", "csv", "--as-of", DAY).stdout)
            if r["instrument"] == iid]
    assert [(r["act"], r["signature"], r["consent"]) for r in rows] == [(act, signature, consent)]


@pytest.mark.parametrize("iid", sorted({f[0] for f in FACTS}))
def test_parties_prints_the_facts(iid):
    rows = {r["country"]: r for r in _rows(invoke("parties", iid, "--format", "csv", "--as-of", DAY).stdout)}
    for _, country, act, signature, consent in (f for f in FACTS if f[0] == iid):
        assert (rows[country]["act"], rows[country]["signature"], rows[country]["consent"]) == (act, signature, consent)


def test_the_council_of_europe_lost_russia_on_2022_03_16():
    def members(day: str) -> set[str]:
        rows = _rows(invoke("parties", "coe", "--format", "csv", "--as-of", day).stdout)
        return {r["country"] for r in rows if r["role"] == "member"}  # observers are listed, not counted

    on_15, on_16 = members("2022-03-15"), members("2022-03-16")
    assert "RUS" in on_15 and "RUS" not in on_16
    assert len(on_16) == 46


# UNTOC art. 38: the Convention's own entry into force (2003-09-29) for early deposits,
# the 30th day after deposit for later ones
@pytest.mark.parametrize("country, in_force", [
    ("ALB", "2003-09-29"),  # deposited 2002-08-21, before the Convention entered into force
    ("JAM", "2003-10-29"),  # deposited after the 40th instrument: the 30th day after its deposit
    ("ITA", "2006-09-01"),
    ("HUN", "2007-01-21"),
    ("USA", "2005-12-03"),
    ("DEU", "2006-07-14"),
    ("JPN", "2017-08-10"),
    ("BRB", "2014-12-11"),  # the Dutch treaty database gives 2014-12-11 too
    ("BTN", "2023-03-22"),  # Bhutan's foreign ministry gives 2023-03-22 too
    ("SSD", "2023-11-19"),  # the depositary statement quoted by One Citizen Daily gives 2023-11-19
])
def test_untoc_entry_into_force_per_party(country, in_force):
    [row] = [r for r in _rows(invoke("ratified", country, "--format", "csv", "--as-of", DAY).stdout)
             if r["instrument"] == "untoc"]
    assert row["in_force"] == in_force
