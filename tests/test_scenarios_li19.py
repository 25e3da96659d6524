"""Scenarios for round 19 (li19): Liechtenstein's consolidated texts of the Council of Europe cooperation treaties,
read in the GitHub data set Ansvar-Systems/Liechtenstein-law-mcp (commit 115a266e, 2026-07-22): the table
"Geltungsbereich des Zusatzprotokolls am 1. Januar 2021" of LR 0.351.12 (ETS 182) gives eight deposit days the data
lacked and disagrees with Malta's; the table "... am 4. Mai 2004" of LR 0.353.11 (ETS 86) disagrees with Hungary's.
Each test names the source of the answer it expects (keys of data/coe-cooperation.yaml, where each carries its URL,
date and the words quoted) and checks both sides of the boundary the fact sets."""

from __future__ import annotations

import pytest

from octreaty import load_data

from .scenario import answer, consent_then_bound, coverage, day_before, party

SCOPE_182 = "li19-lr-0-351-12-scope-2021"
SCOPE_086 = "li19-lr-0-353-11-scope-2004"


# Source: li19-lr-0-351-12-scope-2021, column "Hinterlegung der Ratifikations- oder Beitrittsurkunde": "Georgien* 10.
# Januar 2014", "Irland* 26. Juli 2011", "Moldau* 8. August 2013", "Serbien* 26. April 2007", "Slowenien* 26. März
# 2013", "Türkei* 11. Juli 2016", "Ukraine* 14. September 2011", "Ungarn 9. Januar 2018"; the entry into force is the
# Verdragenbank's (nl-inview-182-parties) as the rows held it before.
@pytest.mark.parametrize("country, deposit, in_force", [
    ("GEO", "2014-01-10", "2014-05-01"),
    ("IRL", "2011-07-26", "2011-11-01"),
    ("MDA", "2013-08-08", "2013-12-01"),
    ("SRB", "2007-04-26", "2007-08-01"),
    ("SVN", "2013-03-26", "2013-07-01"),
    ("TUR", "2016-07-11", "2016-11-01"),
    ("UKR", "2011-09-14", "2012-01-01"),
    ("HUN", "2018-01-09", "2018-05-01"),
])
def test_ets182_deposit_day_from_liechtensteins_table(country, deposit, in_force):
    consent_then_bound("ets-182", country, deposit, day_before(deposit), in_force, day_before(in_force))
    row = party("ets-182", country, deposit)
    assert row is not None and row["consent"] == deposit
    assert SCOPE_182 in row["sources"].split()


# Source: li19-lr-0-351-12-scope-2021: "Malta* 12. April 2012"; pt-aviso-28-2012 dates Malta's deposit 2012-04-13,
# which the row keeps: the Liechtenstein day is a recorded conflict.
def test_ets182_malta_keeps_its_day_and_records_liechtensteins():
    assert party("ets-182", "MLT", "2012-04-12") is None
    row = party("ets-182", "MLT", "2012-04-13")
    assert row is not None and row["state"] == "consent-pending" and row["consent"] == "2012-04-13"
    [mlt] = [p for p in load_data().instruments["ets-182"].parties if p.party == "MLT"]
    assert [(c.field, c.value, c.sources) for c in mlt.conflicts] == [("date", "2012-04-12", (SCOPE_182,))]
    [line] = [c for c in answer("show", "ets-182")["results"][0]["conflicts"] if c.startswith("Malta")]
    assert "2012-04-12" in line


# Source: li19-lr-0-351-12-scope-2021 gives "Norwegen* 6. November 2012", which art. 30(3) would put in force on
# 2013-03-01, not the 2013-02-01 of nl-inview-182-parties: the deposit day stays unknown, bound from 2013-02-01.
def test_ets182_norway_deposit_still_undated():
    assert party("ets-182", "NOR", "2013-01-31")["state"] == "signed-only"
    row = party("ets-182", "NOR", "2013-02-01")
    assert row["state"] == "bound" and row["consent"] == "" and row["in_force"] == "2013-02-01"


# Source: li19-lr-0-351-12-scope-2021 lists 41 Contracting States on 2021-01-01 but not Italy (it-gu-2019-278-ets182:
# deposit 2019-08-30, in force 2019-12-01), so the stated count stays li-regierung-2020-ets182's 41 of 2020-06.
def test_ets182_coverage_not_taken_from_liechtensteins_table():
    inst = load_data().instruments["ets-182"]
    assert (inst.coverage.stated, inst.coverage.stated_by, str(inst.coverage.as_of)) == (
        41, "li-regierung-2020-ets182", "2020-06")
    assert "stated by li-regierung-2020-ets182 as of 2020-06" in coverage("ets-182")
    assert party("ets-182", "ITA", "2021-01-01")["state"] == "bound"


# Source: li19-lr-0-353-11-scope-2004: "Ungarn 18. April 1990"; nl-trb-2006-170 and hu-tv-1994-xviii ("letétbe
# helyezése ... 1993. július 13. napján") give 1993-07-13, kept: Hungary is not in the table on 1990-04-18, consent on
# 1993-07-13, bound from 1993-10-11 (90 days, art. 3(3)).
def test_ets086_hungary_keeps_1993_and_records_liechtensteins_1990():
    assert party("ets-086", "HUN", "1990-04-18") is None  # signed only on 1991-11-19
    consent_then_bound("ets-086", "HUN", "1993-07-13", "1993-07-12", "1993-10-11", "1993-10-10")
    [hun] = [p for p in load_data().instruments["ets-086"].parties if p.party == "HUN"]
    assert [(c.field, c.value, c.sources) for c in hun.conflicts] == [("date", "1990-04-18", (SCOPE_086,))]


# Source: li19-lr-0-353-11-scope-2004 is of 2004-05-04 and li19-lr-0-351-12-scope-2021 of 2021-01-01: both older than
# 2025-12-03, so neither refreshes its instrument's table (neither is among the instrument's sources).
def test_old_liechtenstein_tables_do_not_refresh_the_tables():
    insts = load_data().instruments
    assert SCOPE_086 not in insts["ets-086"].sources
    assert SCOPE_182 not in insts["ets-182"].sources
