"""A convention open to accession by any State (`who_may_join: any-state`): the Inter-American Convention on Mutual
Assistance in Criminal Matters, art. 34, "quedará abierta a la adhesión de cualquier otro Estado" (the Czech
Republic, Kazakhstan and Ukraine acceded). A State not among its parties is told it may accede; an entity whose
statehood is disputed is not told it is eligible; an organisation is told only States may accede. On data of the
test's own (tests/test_timeline.py): the convention's only party is Peru, bound from 1996-04-14.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .conftest import invoke
from .test_timeline import INSTRUMENTS, variant

_OPEN = '''  - id: open
    short: Test open convention
    name: Test convention open to accession by any State
    kind: convention
    adopted: "1992-05-23"
    entry_into_force: "1996-04-14"
    who_may_join: any-state
    purposes: {mla: "art. 2"}
    sources: [s]
    coverage: {stated: 1, stated_by: s, as_of: "2024-01-01", complete: true}
    parties:
      - {party: PER, act: ratification, date: "1995-04-26", entry_into_force: "1996-04-14", sources: [s]}
'''

@pytest.fixture(scope="module")
def odir(tmp_path_factory) -> Path:
    return variant(tmp_path_factory.mktemp("any-state"), INSTRUMENTS + _OPEN)


def _side(where: Path, country: str) -> tuple[str, str]:
    out = json.loads(invoke("link", country, "PER", "--as-of", "2024-06-01", "--format", "json",
                            "--data-dir", str(where)).stdout)
    [row] = [r for r in out["results"] if r["instrument"]["id"] == "open"]
    return row["a"]["state"], row["a"]["reason"]


@pytest.mark.parametrize("country, reason", [
    ("FRA", "eligible: open to accession by any State"),
    ("XKX", "open to any State: whether the depositary would accept its instrument as a State's is not settled by "
            "the data"),
    ("EUU", "not a State: only States may accede"),
])
def test_who_may_accede_to_a_convention_open_to_any_state(odir, country, reason):
    assert _side(odir, country) == ("not-party", f"not among the 1 parties listed as of 2024-01-01; {reason}")


def test_the_party_itself_is_bound(odir):
    out = json.loads(invoke("link", "PER", "FRA", "--as-of", "2024-06-01", "--format", "json",
                            "--data-dir", str(odir)).stdout)
    [row] = [r for r in out["results"] if r["instrument"]["id"] == "open"]
    assert row["a"]["state"] == "bound"
