"""A per-party rule whose depositary publishes a later day than the article counts (`days_after_deposit_latest`),
and a convention written as an organisation whose memberships take effect by its rule: the PCC SEE, art. 40(2),
"on the ninetieth day after deposit", published by the depositary as the 91st. On data of the test's own
(tests/test_timeline.py): a police convention in force 2007-10-10; France deposits on 2012-09-11.
"""

from __future__ import annotations

import pytest

from octreaty.errors import DataError
from octreaty.load import load
from octreaty.model import ordinal

from .scenario import answer, csv_rows
from .test_timeline import INSTRUMENTS, variant

_POL = '''  - id: pol
    short: POL
    name: Test police convention
    kind: organisation
    entry_into_force: "2007-10-10"
    eif_rule: {days_after_deposit: 90, days_after_deposit_latest: 91, article: "art. 40(2)"}
    purposes: {police: "all"}
    sources: [s]
    parties:
      - {party: DEU, act: membership, date: "2007-10-10", entry_into_force: "2007-10-10", role: member, sources: [s]}
      - {party: FRA, act: membership, date: "2012-09-11", role: member, sources: [s]}
      - {party: NOR, act: membership, date: "2011-07-11", entry_into_force: "2011-10-10", role: member, sources: [s]}
      - {party: GBR, act: agreement, date: "2012-09-11", role: operational-partner, sources: [s]}
'''


def _row(where, cid: str, day: str) -> dict[str, str] | None:
    rows = [r for r in csv_rows("ratified", cid, "--as-of", day, "--data-dir", str(where)) if r["instrument"] == "pol"]
    return rows[0] if rows else None


@pytest.fixture(scope="module")
def pdir(tmp_path_factory):
    return variant(tmp_path_factory.mktemp("eif-latest"), INSTRUMENTS + _POL)


@pytest.mark.parametrize(("day", "state", "reason"), [
    ("2012-09-10", None, None),
    ("2012-09-11", "consent-pending", "membership 2012-09-11; in force only from 2012-12-10 or 2012-12-11"),
    ("2012-12-09", "consent-pending", "membership 2012-09-11; in force only from 2012-12-10 or 2012-12-11"),
    ("2012-12-10", "uncertain", "membership 2012-09-11; entry into force date uncertain (2012-12-10 or 2012-12-11)"),
    ("2012-12-11", "bound", "member since 2012-12-10 or 2012-12-11"),
])
def test_a_membership_takes_effect_by_the_rule_between_its_two_days(pdir, day, state, reason):
    row = _row(pdir, "FRA", day)
    assert (row and row["state"], row and row["reason"]) == (state, reason)
    if row is not None:  # a script reads the latest day, marked "by"
        assert (row["consent"], row["in_force"], row["in_force_qualifier"]) == ("2012-09-11", "2012-12-11", "by")


def test_a_day_the_source_gives_is_kept(pdir):
    assert _row(pdir, "NOR", "2011-10-09")["state"] == "consent-pending"
    row = _row(pdir, "NOR", "2011-10-10")
    assert (row["state"], row["in_force"], row["in_force_qualifier"], row["reason"]) == (
        "bound", "2011-10-10", "", "member since 2011-10-10")


def test_the_rule_is_for_memberships_only(pdir):
    # a partner's agreement takes effect on its day, as for any organisation
    assert _row(pdir, "GBR", "2012-09-10") is None
    row = _row(pdir, "GBR", "2012-09-11")
    assert (row["state"], row["reason"]) == ("partner", "operational-partner since 2012-09-11")


def test_show_describes_the_rule(pdir):
    out = answer("show", "pol", "--data-dir", str(pdir))
    assert out["results"][0]["eif_rule"] == "90th day after deposit (published by the depositary as the 91st) (art. 40(2))"


@pytest.mark.parametrize(("rule", "message"), [
    ("{days_after_deposit: 90, days_after_deposit_latest: 90}", "days_after_deposit_latest 90 needs days_after_deposit below it"),
    ("{months_then_first_of_month: 3, days_after_deposit_latest: 91}", "days_after_deposit_latest 91 needs days_after_deposit below it"),
])
def test_the_latest_day_must_follow_the_count(tmp_path, rule, message):
    bad = INSTRUMENTS + _POL.replace('{days_after_deposit: 90, days_after_deposit_latest: 91, article: "art. 40(2)"}', rule)
    with pytest.raises(DataError, match=message):
        load(variant(tmp_path, bad))


@pytest.mark.parametrize(("n", "text"), [(1, "1st"), (2, "2nd"), (3, "3rd"), (4, "4th"), (11, "11th"), (12, "12th"),
                                         (13, "13th"), (21, "21st"), (30, "30th"), (91, "91st"), (111, "111th"),
                                         (122, "122nd")])
def test_ordinal(n, text):
    assert ordinal(n) == text
