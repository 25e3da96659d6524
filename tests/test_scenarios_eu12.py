"""Scenario tests on the shipped data, round 12 (eu12): the Schengen Convention (data/schengen.yaml) and the
EU Member States' Convention on Mutual Assistance of 2000 and its 2001 Protocol (data/regional.yaml).

Each test names the source key that gives the expected answer (defined in the data file named).
"""

from __future__ import annotations

from tests.scenario import csv_rows, parties


def _instrument(iid: str) -> dict[str, str]:
    [row] = [r for r in csv_rows("instruments") if r["id"] == iid]
    return row


def test_schengen_table_refreshed_by_the_commission_notifications_of_december_2025():
    """ec-temporary-border-control-2025-12 (data/schengen.yaml): the Commission's page of internal border
    control notifications lists the Netherlands' controls from 9 December 2025; kiprinform-2026-02-23-cyp-schengen
    reports Cyprus still outside full application in February 2026. The count stays the Commission's 29."""
    row = _instrument("cisa")
    assert row["as_of"] == "2026-02-23"
    assert row["coverage"] == "29 of 29 stated by ec-schengen-history-2025 as of 2025-03-24"


def test_schengen_netherlands_belgium_germany_denmark_bound_in_december_2025_cyprus_partial():
    """ec-temporary-border-control-2025-12: the Netherlands' borders with Belgium and Germany are internal
    Schengen borders (temporary controls 9 December 2025 - 8 June 2026), Denmark's controls run from
    12 November 2025: all four apply the Convention then; Cyprus is bound only as a partial participant
    (kiprinform-2026-02-23-cyp-schengen: full implementation still pending)."""
    on = parties("cisa", "2025-12-10")
    for c in ("NLD", "BEL", "DEU", "DNK", "BGR", "ROU"):
        assert on[c]["state"] == "bound", c
    assert on["CYP"]["role"] == "partial-participant"


def test_2001_protocol_counted_against_statewatch_23_of_late_2007():
    """statewatch-mla-protocol-2001 (data/regional.yaml): twelve of the first fifteen Member States (all but
    Greece, Italy and Ireland), nine of the ten of 2004 (all but Estonia), Bulgaria and Romania from
    1 December 2007: 23; the data has 20 of them (Luxembourg, Portugal and Malta undated, no row)."""
    assert _instrument("eu-mla-2001-protocol")["coverage"] == (
        "20 of 23 stated by statewatch-mla-protocol-2001 as of 2007-11")
    on = parties("eu-mla-2001-protocol", "2007-12-01")
    assert {"BGR", "ROU", "CZE", "CYP", "GBR"} <= set(on)
    assert not {"GRC", "ITA", "IRL", "EST"} & set(on)
