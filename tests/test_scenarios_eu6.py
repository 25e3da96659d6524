"""EU law and the regional conventions: facts added in round 6 (branch eu6), on the shipped data.

Each scenario asks on both sides of the boundary a sourced fact sets and names in its docstring
the source of the expected answer; the source keys are those of data/eu.yaml and
data/regional.yaml.
"""

from __future__ import annotations

from tests.scenario import link
from tests.scenario import sections as rows

# --- Luxembourg: the European arrest warrant and the European Investigation Order to the day ---

def test_luxembourg_eaw_applies_from_26_march_2004():
    """Legilux's record of the Law of 17 March 2004 (lu-legilux-loi-2004-03-17-meta): published
    2004-03-22, "dateEntryInForce" 2004-03-26; the EJN's 20 March (ejn-status-lux-2024) is kept
    as a conflict. Belgium applies the EAW from 1 January 2004 (ejn-eaw-status-2024)."""
    before = rows(link("luxembourg", "belgium", "2004-03-25", "extradition"))
    assert before["eaw"] == ("one-sided", "consent-pending", "bound", None)
    assert before["ets-024"][0] == "shared"
    after = rows(link("luxembourg", "belgium", "2004-03-26", "extradition"))
    assert after["eaw"] == ("shared", "bound", "bound", "2004-03-26")
    assert after["ets-024"][0] == "displaced"


def test_luxembourg_eio_applies_from_15_september_2018():
    """Legilux's consolidated Code of Criminal Procedure (lu-legilux-cpp-2018-09-15): the
    version applicable from 15 September 2018 is the first to cite the EIO Law of 1 August 2018
    (Mémorial A 787), and the articles it amended apply from that day; the version of 3 August
    2018 does not cite it. Germany applies the EIO from 22 May 2017 (ejn-eio-status-bg)."""
    before = rows(link("luxembourg", "germany", "2018-09-14", "mla"))
    assert before["eio"] == ("one-sided", "consent-pending", "bound", None)
    assert before["ets-030"][0] == "shared"
    after = rows(link("luxembourg", "germany", "2018-09-15", "mla"))
    assert after["eio"] == ("shared", "bound", "bound", "2018-09-15")
    assert after["ets-030"][0] == "displaced"


# --- Slovakia: the European arrest warrant from its act's own commencement article ---

def test_slovakia_eaw_applies_from_1_august_2004():
    """Act No 403/2004 Coll., Art. VII (sk-zz-403-2004-text): "Tento zákon nadobúda účinnosť
    1. augusta 2004"; Austria applies the EAW from 1 May 2004 (dre-aviso-74-2007-aut)."""
    before = rows(link("slovakia", "austria", "2004-07-31", "extradition"))
    assert before["eaw"] == ("one-sided", "consent-pending", "bound", None)
    assert before["ets-024"][0] == "shared"
    after = rows(link("slovakia", "austria", "2004-08-01", "extradition"))
    assert after["eaw"] == ("shared", "bound", "bound", "2004-08-01")
    assert after["ets-024"][0] == "displaced"


def test_slovakia_2001_protocol_in_force_from_1_october_2006():
    """Notice 572/2006 Z. z. (sk-zz-572-2006-text): the Protocol "pre Slovenskú republiku
    nadobudol platnosť 1. októbra 2006 v súlade s článkom 14 ods. 4"; accession deposited on
    3 July 2006 (sk-zz-572-2006-mla)."""
    from tests.scenario import party
    pending = party("eu-mla-2001-protocol", "SVK", "2006-09-30")
    assert pending is not None and pending["state"] == "consent-pending"
    bound = party("eu-mla-2001-protocol", "SVK", "2006-10-01")
    assert bound is not None and bound["state"] == "bound"


# --- Norway under the Nordic Arrest Warrant: its Act and regulation from 16 October 2012 ---

def test_norway_nordic_arrest_warrant_in_force_from_16_october_2012_not_from_its_newest_source():
    """Lovdata's record of the Arrest Warrant Act (no-lovdata-lov-2012-01-20-4, 2026 snapshot): in force
    from 2012-10-16; its regulation "Ikrafttredelse 16.10.2012" (no-lovdata-for-2012-09-21-896). The
    2026 source keeps the table current without moving Norway's day to the snapshot's date."""
    from tests.scenario import party
    assert party("nordic-arrest-warrant", "NOR", "2012-10-15") is None or \
        party("nordic-arrest-warrant", "NOR", "2012-10-15")["state"] != "bound"
    row = party("nordic-arrest-warrant", "NOR", "2013-01-01")
    assert row["state"] == "bound" and row["in_force"] == "2012-10-16"
    assert "no-lovdata-lov-2012-01-20-4" in row["sources"]
