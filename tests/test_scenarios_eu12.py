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
    1 December 2007: 23. Since round 16 the table's count is held against the list of parties in Austria's RIS
    record instead (at-ris-20004101-mla: 22 States with a notice of the Protocol's scope, "P", and Austria, as of
    its last notice BGBl. III Nr. 218/2017), the same 23 States as the rows, all bound in 2017."""
    assert _instrument("eu-mla-2001-protocol")["coverage"] == "23 of 23 stated by at-ris-20004101-mla as of 2017"
    on = parties("eu-mla-2001-protocol", "2007-12-01")
    assert {"BGR", "ROU", "CZE", "CYP", "GBR"} <= set(on)
    assert not {"GRC", "ITA", "IRL", "EST"} & set(on)


def _sections(a: str, b: str, day: str, purpose: str) -> dict[str, str]:
    from tests.scenario import link
    return {r["instrument"]["id"]: r["section"] for r in link(a, b, day, purpose)["results"]
            if (r.get("instrument") or {}).get("id")}


def test_tca_surrender_displaces_ets24_between_uk_and_member_states_from_2021():
    """ejn-2021-eu-uk-tca (data/eu.yaml): the TCA's surrender rules "replace the corresponding provisions of the
    European Convention on Extradition of 1957 and its additional protocols" between the United Kingdom and the
    Member States; the day before, the European arrest warrant governed and displaced ETS 24 (FD art. 31(1))."""
    after = _sections("germany", "united kingdom", "2021-01-01", "extradition")
    assert after["eu-gbr-tca"] == "shared"
    assert after["ets-024"] == "displaced"
    assert after["ets-098"] == "displaced"  # a Protocol goes with its Convention
    before = _sections("germany", "united kingdom", "2020-12-31", "extradition")
    assert before["eaw"] == "shared" and before["ets-024"] == "displaced"


def test_tca_supplements_ets30_for_mutual_assistance():
    """ejn-2021-eu-uk-tca: for mutual legal assistance the TCA "supplements the provisions of the European
    Convention on Mutual Assistance in Criminal Matters of 1959" and its Protocols, so ETS 30 stays beside it."""
    after = _sections("germany", "united kingdom", "2021-01-01", "mla")
    assert after["eu-gbr-tca"] == "shared"
    assert after["ets-030"] == "shared"


def test_uk_leaves_the_2000_convention_with_the_transition_period():
    """ukleg-wa-art62-mla (data/regional.yaml): the Withdrawal Agreement keeps the 2000 Convention between the
    United Kingdom and the Member States only for requests received before the end of the transition period;
    the Dutch table (nl-verdragenbank-mla-2000) still lists the UK, so the data counts 25 of its 26 and the UK as
    listed after leaving (coverage still_lists, round 13)."""
    assert "GBR" in parties("eu-mla-2000", "2020-12-31")
    assert "GBR" not in parties("eu-mla-2000", "2021-01-01")
    assert _instrument("eu-mla-2000")["coverage"] == (
        "25 (+1 listed after leaving: GBR) of 26 stated by nl-verdragenbank-mla-2000 as of 2021")


def test_denmark_bound_by_the_nordic_arrest_warrant_by_15_february_2020():
    """dk-lov-2020-117-naw (data/regional.yaml): Denmark's Extradition Act of 2020, § 9, surrenders to Finland,
    Iceland, Norway and Sweden on the basis of a Nordic arrest warrant, in force on 15 February 2020 (§ 55); the
    day of Denmark's ratification is not found, so the day before Denmark is still uncertain."""
    from tests.scenario import parties_answer
    on = parties("nordic-arrest-warrant", "2020-02-15")
    assert on["DNK"]["state"] == "bound"
    before = parties_answer("nordic-arrest-warrant", "2020-02-14")
    [dnk] = [u for u in before["uncertain"] if u["country"] == "DNK"]
    assert dnk["in_force"] == {"date": None, "earliest": "2012-10-16", "latest": "2020-02-15"}


def test_eu_iceland_norway_mla_agreement_supplements_ets30():
    """lv-vestnesis-119368-eu-isl-nor-mla (data/regional.yaml): the Agreement is "RESOLVED to supplement the
    European Convention on Mutual Assistance in Criminal Matters of 20 April 1959", whose provisions "remain
    applicable for all matters not covered by this Agreement": ETS 30 stays beside it between Germany and Iceland;
    stjr-2003-12-19-isl-mla: Iceland signed on 19 December 2003; in force from 1 January 2013
    (fi-sdk-64-2013-eu-isl-nor-mla)."""
    on = _sections("germany", "iceland", "2014-01-01", "mla")
    assert on["eu-isl-nor-mla"] == "shared"
    assert on["ets-030"] == "shared"
    row = parties("eu-isl-nor-mla", "2013-01-01")["ISL"]
    assert row["signature"] == "2003-12-19" and row["in_force"]["date"] == "2013-01-01"
