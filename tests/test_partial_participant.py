"""A partial participant (Ireland and Cyprus in the Schengen Convention: bound by the parts they take part in) is
bound for the answers, with its declarations saying which parts, but not counted among the parties: the
depositary's count, `check`'s coverage and a group's members are the full parties. On a copy of the mini data
with an invented convention between Hungary, Italy and Albania."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from octreaty.load import load
from octreaty.query import Queries

from .conftest import invoke, mini_with

PARTIAL = """
sources:
  test-partial:
    title: "Invented for the test"
    url: https://example.invalid/partial
    as_of: "2024-01-01"
instruments:
  - id: conv-p
    short: Convention P
    name: Convention P on police cooperation
    kind: convention
    adopted: "1990-01-01"
    entry_into_force: "1995-01-01"
    who_may_join: named-parties
    purposes: {police: "arts. 1-10"}
    sources: [test-partial]
    coverage: {stated: 2, stated_by: test-partial, as_of: "2024-01-01", complete: true}
    parties:
      - {party: HUN, act: ratification, date: "1994-06-01", sources: [test-partial]}
      - {party: ITA, act: ratification, date: "1994-07-01", sources: [test-partial]}
      - party: ALB
        act: party
        date: "2010-01-01"
        role: partial-participant
        declarations:
          - {type: other, article: partial participation, text: "Takes part in arts. 1-5 only.", sources: [test-partial]}
        sources: [test-partial]
"""


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory) -> Path:
    return mini_with(tmp_path_factory.mktemp("partial"), "partial.yaml", PARTIAL)


def test_the_partial_participant_is_listed_but_not_counted(data_dir):
    out = json.loads(invoke("parties", "conv-p", "--as-of", "2020-01-01", "--format", "json",
                            "--data-dir", str(data_dir)).stdout)
    assert [(r["country"], r["role"]) for r in out["results"]] == [("ALB", "partial-participant"), ("HUN", None),
                                                                   ("ITA", None)]
    assert Queries(load(data_dir)).parties("conv-p", date(2020, 1, 1)).count == 2


def test_check_holds_the_full_parties_against_the_stated_count(data_dir):
    out = invoke("check", "--data-dir", str(data_dir), "--format", "csv").stdout
    assert "conv-p.coverage" not in out


def test_between_it_and_a_full_party_the_convention_binds_both_with_its_declaration(data_dir):
    out = json.loads(invoke("link", "albania", "italy", "--as-of", "2020-01-01", "--for", "police", "--format",
                            "json", "--data-dir", str(data_dir)).stdout)
    [row] = [r for r in out["results"] if r.get("instrument", {}).get("id") == "conv-p"]
    assert (row["section"], row["a"]["state"], row["a"]["role"]) == ("shared", "bound", "partial-participant")
    assert row["qualifications"] == ['Albania (other, partial participation): "Takes part in arts. 1-5 only."']


def test_a_group_of_the_conventions_members_is_its_full_parties(data_dir):
    assert Queries(load(data_dir)).group_members("conv-p", date(2020, 1, 1)) == ["HUN", "ITA"]
