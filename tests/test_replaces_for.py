"""A regime that displaces another instrument's provisions for some purposes only (`replaces_for`: the EAW
displaces the Schengen Convention's extradition chapter, not its police cooperation): displaced when all the
instrument serves for the question is among them, a note when only part is, nothing when none is; the matrix
counts as link does. On a copy of the mini data with two invented instruments between Hungary and Italy."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from octreaty.load import load
from octreaty.query import Queries

from .conftest import invoke, mini_with

REGIMES = """
sources:
  test-regimes:
    title: "Invented for the test"
    url: https://example.invalid/regimes
    as_of: "2024-01-01"
instruments:
  - id: conv-x
    short: Convention X
    name: Convention X on extradition and police cooperation
    kind: convention
    adopted: "1990-01-01"
    entry_into_force: "1995-01-01"
    who_may_join: named-parties
    purposes: {extradition: "arts. 1-10", police: "arts. 11-20"}
    sources: [test-regimes]
    coverage: {stated: 2, stated_by: test-regimes, as_of: "2024-01-01", complete: true}
    parties:
      - {party: HUN, act: ratification, date: "1994-06-01", sources: [test-regimes]}
      - {party: ITA, act: ratification, date: "1994-07-01", sources: [test-regimes]}
  - id: regime-x
    short: Regime X
    name: Framework decision X
    kind: eu-law
    adopted: "2002-06-13"
    replaces_for: {conv-x: [extradition]}
    replaces_article: "art. 31(1)"
    purposes: {extradition: "the whole act"}
    sources: [test-regimes]
    coverage: {stated: 2, stated_by: test-regimes, as_of: "2024-01-01", complete: true}
    parties:
      - {party: HUN, act: transposition, date: "2004-05-01", sources: [test-regimes]}
      - {party: ITA, act: transposition, date: "2005-05-14", sources: [test-regimes]}
"""


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory) -> Path:
    return mini_with(tmp_path_factory.mktemp("regimes"), "regimes.yaml", REGIMES)


def _rows(data_dir: Path, purpose: str, day: str = "2020-01-01") -> dict[str, dict]:
    out = json.loads(invoke("link", "hungary", "italy", "--as-of", day, "--for", purpose, "--format", "json",
                            "--data-dir", str(data_dir)).stdout)
    return {r["instrument"]["id"]: r for r in out["results"] if r.get("instrument")}


def test_asked_about_extradition_the_convention_is_displaced(data_dir):
    row = _rows(data_dir, "extradition")["conv-x"]
    assert row["section"] == "displaced"
    assert row["note"] == ("displaced between these two by the Regime X (art. 31(1)) for extradition, which binds "
                           "both; it still governs what the newer instrument does not cover")


def test_asked_about_police_cooperation_it_stands_untouched(data_dir):
    row = _rows(data_dir, "police")["conv-x"]
    assert row["section"] == "shared"
    assert row["qualifications"] == []


def test_asked_about_any_purpose_it_stands_with_a_note_on_the_part_displaced(data_dir):
    row = _rows(data_dir, "all")["conv-x"]
    assert row["section"] == "shared"
    assert row["qualifications"] == ["its extradition provisions are displaced between these two by the Regime X "
                                     "(art. 31(1)), which binds both"]


def test_before_the_regime_bound_both_nothing_is_displaced(data_dir):
    row = _rows(data_dir, "extradition", "2005-01-01")["conv-x"]
    assert row["section"] == "shared" and row["qualifications"] == []


@pytest.mark.parametrize("purpose", ["all", "extradition", "police"])
def test_the_matrix_counts_what_link_counts(data_dir, purpose):
    q = Queries(load(data_dir))
    day = date(2020, 1, 1)
    [row] = [r for r in q.matrix(day, members=["HUN", "ITA"], purpose=purpose).rows]
    link = q.link("HUN", "ITA", day, purpose=purpose)
    assert (row[-2], len(link.displaced)) == ({"all": 0, "extradition": 1, "police": 0}[purpose],) * 2


def test_a_purpose_replaces_for_does_not_know_is_refused(tmp_path):
    d = mini_with(tmp_path, "regimes.yaml", REGIMES.replace("conv-x: [extradition]", "conv-x: [extradiction]"))
    r = invoke("link", "hungary", "italy", "--data-dir", str(d), expect=4)
    assert "unknown purpose 'extradiction' in replaces_for 'conv-x'" in r.stderr
    assert "did you mean 'extradition'" in r.stderr


@pytest.mark.parametrize(("value", "message"), [
    ("{conv-x: [null]}", "'conv-x' must be a list of names, not a list holding an empty item"),
    ("{conv-x: [[extradition]]}", "'conv-x' must be a list of names, not a list holding a list"),
    ("[conv-x]", "replaces_for must be a mapping, not a list"),
    ("{conv-x: []}", "replaces_for 'conv-x' names no purpose"),
    ("{nope: [extradition]}", "unknown instrument 'nope' in replaces_for"),
])
def test_a_malformed_replaces_for_is_named(tmp_path, value, message):
    d = mini_with(tmp_path, "regimes.yaml", REGIMES.replace("replaces_for: {conv-x: [extradition]}",
                                                            f"replaces_for: {value}"))
    r = invoke("link", "hungary", "italy", "--data-dir", str(d), expect=4)
    assert message in r.stderr and "Traceback" not in r.stderr
