"""When a per-party rule counts: from any deposit after the one that brought the instrument into force (UNTOC art.
38(2), the default), or only from deposits made after the instrument's own entry into force (the Arms Trade Treaty,
art. 22(2): "subsequent to the entry into force of this Treaty"; `after_entry_into_force: true`).

Modelled on the ATT (50th deposit 2014-09-25, in force 2014-12-24, 90 days) on data of the test's own.
"""

from __future__ import annotations

import json
from datetime import date

import pytest

from octreaty.errors import DataError
from octreaty.load import load
from octreaty.model import When
from octreaty.query import Queries

from .conftest import invoke
from .test_timeline import variant

_INSTRUMENTS = """
schema: 1
instruments:
  - id: arms
    short: ATT-like
    name: Test arms treaty
    kind: convention
    adopted: "2013-04-02"
    entry_into_force: "2014-12-24"
    eif_rule: {days_after_deposit: 90, article: "art. 22(2)"RULE}
    who_may_join: un-all-states
    purposes: {other: "art. 15"}
    sources: [s]
    parties:
      - {party: DEU, act: ratification, date: "2014-04-02", sources: [s]}
      - {party: FRA, act: ratification, date: "2014-10-21", sources: [s]}
      - {party: GBR, act: ratification, date: "2014-12-24", sources: [s]}
      - {party: NOR, act: ratification, date: "2015-01-10", sources: [s]}
      - {party: PER, act: ratification, date: "2014-09-24", sources: [s]}
"""


def _q(where, rule: str) -> Queries:
    where.mkdir()
    return Queries(load(variant(where, _INSTRUMENTS.replace("RULE", rule))))


@pytest.mark.parametrize(("cid", "default", "after"), [
    ("DEU", "2014-12-24", "2014-12-24"),  # long before: with the treaty under either reading
    ("PER", "2014-12-24", "2014-12-24"),  # 90 days after 2014-09-24 is 2014-12-23: the treaty's own day comes later
    ("FRA", "2015-01-19", "2014-12-24"),  # between: 90 days after the deposit, or with the treaty (ATT)
    ("GBR", "2015-03-24", "2015-03-24"),  # on the day: not before it, so the rule counts (subsequent = from then)
    ("NOR", "2015-04-10", "2015-04-10"),  # after: the rule under either reading
])
def test_a_deposit_before_entry_into_force_takes_effect_with_the_treaty_only_where_the_rule_says_so(
        tmp_path, cid, default, after):
    assert _q(tmp_path / "a", "").standing(cid, "arms", date(2026, 1, 1)).in_force == When.exactly(
        date.fromisoformat(default))
    assert _q(tmp_path / "b", ", after_entry_into_force: true").standing(
        cid, "arms", date(2026, 1, 1)).in_force == When.exactly(date.fromisoformat(after))


def test_the_day_before_and_the_day_itself(tmp_path):
    where = variant(tmp_path, _INSTRUMENTS.replace("RULE", ", after_entry_into_force: true"))
    for day, state in (("2014-12-23", "consent-pending"), ("2014-12-24", "bound")):
        out = json.loads(invoke("ratified", "FRA", "--as-of", day, "--format", "json", "--data-dir", str(where)).stdout)
        [row] = [r for r in out["results"] if r["instrument"]["id"] == "arms"]
        assert row["state"] == state


def test_show_says_which_deposits_the_rule_is_for(tmp_path):
    where = variant(tmp_path, _INSTRUMENTS.replace("RULE", ", after_entry_into_force: true"))
    out = json.loads(invoke("show", "arms", "--format", "json", "--data-dir", str(where)).stdout)
    assert out["results"][0]["eif_rule"] == ("90th day after deposit made after its entry into force "
                                             "(a deposit before it: its entry into force) (art. 22(2))")


def test_the_flag_is_true_or_false(tmp_path):
    with pytest.raises(DataError, match="'after_entry_into_force' must be true or false, not"):
        load(variant(tmp_path, _INSTRUMENTS.replace("RULE", ", after_entry_into_force: yes please")))
