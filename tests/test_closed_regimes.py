"""Closed regimes that are not EU law (Instrument.closed): the Nordic Arrest Warrant comes first between the Nordic
States, ahead of the EAW and the EU-Iceland/Norway surrender agreement, and what both it and the EAW replace is
said to be displaced by the one that governs; the EU's own 2000 mutual assistance Convention is a regional
convention, displaced by the EIO between the member states bound by both (Directive 2014/41/EU art. 34(1)(c)).

Sources (data/regional.yaml): fi-sdk-515-2012-naw (the Finnish decree: the Convention in force on 2012-10-16),
dk-bemaerkninger-naw (between the Nordic countries it replaces the EAW), FD 2002/584/JHA art. 31(2);
nl-trb-2013-14 (the 2000 Convention's Dutch table: Germany in force 2006-02-02, Denmark 2005-08-23).
"""

from __future__ import annotations

import json

from tests.conftest import invoke


def _why(a: str, b: str, *args: str) -> dict:
    return json.loads(invoke("why", a, b, "--format", "json", *args).stdout)


def _step(answer: dict, n: int) -> list[str]:
    return next(s["sentences"] for s in answer["explanation"] if s["step"] == n)


def test_the_closed_property(shipped):
    closed = {i: shipped.instruments[i].closed for i in
              ("nordic-arrest-warrant", "eaw", "eu-nor-isl-surrender", "eu-mla-2000", "ets-024", "untoc")}
    assert closed == {"nordic-arrest-warrant": True, "eaw": True, "eu-nor-isl-surrender": True,
                      "eu-mla-2000": False, "ets-024": False, "untoc": False}


def test_between_finland_and_iceland_the_nordic_arrest_warrant_comes_first():
    # both dated: Finland's approval in force 2012-10-16, Iceland from the same day (is-lagasafn notice A 106/2012)
    answer = _why("finland", "iceland", "--for", "extradition", "--as-of", "2020-01-01")
    assert "a closed regime comes first: Nordic Arrest Warrant" in answer["summary"]
    step = _step(answer, 2)
    assert step[0].startswith("Both are bound by the Nordic Arrest Warrant on 2020-01-01 (linked since 2012-10-16): "
                              "between its parties it comes first (the Convention of 15 December 2005")
    displaced = {s.split(" binds both")[0].removeprefix("The "): s for s in step[1:] if "binds both but" in s}
    # ETS 86 binds only Iceland as far as the data shows (Finland has no row), so it is not among the shared bases
    assert set(displaced) == {"EU-Iceland/Norway Surrender Agreement", "ETS 24 Extradition",
                              "ETS 98 Extradition 2nd Protocol"}
    assert all("displaced between these two by the Nordic Arrest Warrant" in s for s in displaced.values())


def test_before_the_nordic_convention_the_eaw_comes_first_between_finland_and_sweden():
    # 2012-10-15: the Nordic Convention not yet in force; Finland and Sweden are EU member states
    answer = _why("finland", "sweden", "--for", "extradition", "--as-of", "2012-10-15")
    assert "EU law comes first: European Arrest Warrant" in answer["summary"]
    assert "Nordic Arrest Warrant" not in answer["summary"]


def test_what_the_eaw_and_the_nordic_convention_both_replace_is_displaced_by_the_one_that_governs():
    # Finland and Norway on 2020-01-01: the Nordic Convention binds both (in force 2012-10-16 for each), so ETS 24 is
    # displaced by it, not by the EU-Iceland/Norway agreement it displaces too
    step = _step(_why("finland", "norway", "--for", "extradition", "--as-of", "2020-01-01"), 2)
    ets24 = next(s for s in step if s.startswith("The ETS 24 Extradition binds both"))
    assert "displaced between these two by the Nordic Arrest Warrant" in ets24


def test_a_nordic_convention_the_data_cannot_confirm_names_only_what_binds_both():
    # Denmark's row is known only by 2025-02-21 (fi-sdk-1383-2007-naw): on 2013-01-01 it may bind Finland and Denmark
    step = _step(_why("finland", "denmark", "--for", "extradition", "--as-of", "2013-01-01"), 2)
    maybe = next(s for s in step if s.startswith("The Nordic Arrest Warrant may bind both"))
    assert "displaces the European Arrest Warrant and ETS 24 Extradition between them" in maybe


def test_denmark_and_germany_mutual_assistance_runs_under_the_2000_convention_a_regional_one():
    # Denmark is outside the EIO: the 2000 Convention is not displaced between it and Germany, and it is listed
    # among the regional conventions (step 4), not the global ones
    answer = _why("denmark", "germany", "--for", "mla", "--as-of", "2020-01-01")
    regional = _step(answer, 4)
    assert any(s.startswith("EU MLA Convention 2000: both bound since 2006-02-02") for s in regional)
    assert not any(s.startswith("EU MLA Convention") for s in _step(answer, 5))  # (named in UNTOC art. 18(7))
    assert not any("EU MLA Convention" in s for s in _step(answer, 2))


def test_between_germany_and_france_the_eio_displaces_the_2000_convention():
    step = _step(_why("germany", "france", "--for", "mla", "--as-of", "2020-01-01"), 2)
    conv = next(s for s in step if s.startswith("The EU MLA Convention 2000 binds both"))
    assert "displaced between these two by the European Investigation Order (Directive 2014/41/EU art. 34(1))" in conv


def test_a_member_state_is_shown_bound_through_the_union_not_by_an_undated_membership():
    # fiettalaw-tca-2021: the Union concluded the TCA; France has no act of its own, so no "date not found"
    text = invoke("brief", "france", "uk", "--for", "extradition", "--as-of", "2021-06-01", "--format",
                  "markdown").stdout
    assert "| EU-UK TCA | through the European Union; in force 2021-01-01 | ratification 2020-12-30; in force " \
           "2021-01-01 |" in text
    table = invoke("link", "france", "uk", "--for", "extradition", "--as-of", "2021-06-01", "--format",
                   "table").stdout
    assert "through the" in table and "membership (date not found)" not in table
