"""A protocol open only to the parties of its convention (`who_may_join: parent-parties`): CETS 224 art. 16(1),
"open for signature by the Parties to the Convention". A state that is not one is told so, on the day asked, and
an unknown standing under the convention stays unknown. On data of the test's own (tests/test_timeline.py): France
ratifies the test extradition convention on 1986-02-10, in force 1986-05-11; the convention's table is incomplete,
so Peru's absence from it proves nothing; the protocol's only party is Norway, bound from 1981-01-01.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from octreaty.errors import DataError
from octreaty.load import load

from .conftest import invoke
from .test_timeline import INSTRUMENTS, variant

_PROTOCOL = '''  - id: prot
    short: Test protocol
    name: Test protocol open to the convention's parties
    kind: protocol
    parent: ext
    adopted: "1980-06-01"
    entry_into_force: "1981-01-01"
    who_may_join: parent-parties
    purposes: {mla: "art. 8"}
    sources: [s]
    coverage: {stated: 1, stated_by: s, as_of: "2024-01-01", complete: true}
    parties:
      - {party: NOR, act: ratification, date: "1980-12-01", entry_into_force: "1981-01-01", sources: [s]}
'''


@pytest.fixture(scope="module")
def pdir(tmp_path_factory) -> Path:
    return variant(tmp_path_factory.mktemp("parent-parties"), INSTRUMENTS + _PROTOCOL)


def _reason(where: Path, country: str, day: str) -> tuple[str, str]:
    out = json.loads(invoke("link", country, "NOR", "--as-of", day, "--format", "json",
                            "--data-dir", str(where)).stdout)
    [row] = [r for r in out["results"] if r["instrument"]["id"] == "prot"]
    return row["a"]["state"], row["a"]["reason"]


@pytest.mark.parametrize("day, reason", [
    ("1986-05-10", "not among the 1 parties listed as of 2024-01-01; not a party to the ETS 24 on 1986-05-10: only "
                   "its parties may join"),  # ratified, not yet in force
    ("1986-05-11", "not among the 1 parties listed as of 2024-01-01; eligible: a party to the ETS 24"),
])
def test_a_state_is_eligible_from_the_day_the_convention_binds_it(pdir, day, reason):
    assert _reason(pdir, "FRA", day) == ("not-party", reason)


def test_an_absence_from_an_incomplete_convention_table_leaves_eligibility_unknown(pdir):
    assert _reason(pdir, "PER", "2024-06-01") == (
        "not-party", "not among the 1 parties listed as of 2024-01-01; whether it was a party to the ETS 24 on "
                     "2024-06-01 is not in the data: only its parties may join")


def test_the_rule_needs_a_parent(tmp_path):
    bad = variant(tmp_path, INSTRUMENTS + _PROTOCOL.replace("    parent: ext\n", ""))
    with pytest.raises(DataError, match="who_may_join 'parent-parties' needs a parent instrument"):
        load(user_dir=bad, shipped=None)


def test_cets_224_is_open_to_the_parties_of_the_budapest_convention():
    """coe-cets224-text (preamble: "the other States Parties to the Convention on Cybercrime ... signatories
    hereto"): Brazil acceded to the Budapest Convention (in force 2023-03-01, coe-185-chart-2026); Russia never
    joined it."""
    def reason(a: str) -> str:
        out = json.loads(invoke("link", a, "japan", "--as-of", "2026-12-01", "--format", "json").stdout)
        [row] = [r for r in out["results"] if r["instrument"]["id"] == "cets-224"]
        return row["a"]["reason"]

    assert reason("brazil").endswith("; eligible: a party to the Budapest Convention")
    assert reason("russia").endswith("; not a party to the Budapest Convention on 2026-12-01: only its parties may join")
