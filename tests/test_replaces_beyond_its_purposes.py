"""A regime that ends another between its parties does so whatever the purpose asked.

The Chisinau Convention of 2002 ends the Minsk Convention of 1993 between its parties (art. 120(3)), the Minsk
Convention's extradition chapter included, even where the data reads no extradition purpose in the newer one. So
`link --for extradition` weighs such a regime and does not list it: the older convention is displaced where the
newer binds both, "may be displaced" where it may bind both, and untouched where one side is outside it. On the
shipped data the Chisinau Convention now serves extradition too (round 20 read its table of contents), so these
cases rest on data of the test's own (tests/test_timeline.py's countries): `old` serves extradition and mutual
assistance; `new` serves mutual assistance only and replaces `old`. Germany and France are bound by `new` from
2000-01-01, Norway is listed without a date (uncertain), Denmark is not a party.
"""

from __future__ import annotations

from datetime import date

import pytest

from octreaty.load import load
from octreaty.query import Queries

from .test_timeline import variant

_INSTRUMENTS = """
schema: 1
instruments:
  - id: old
    short: OLD
    name: Test older convention
    kind: convention
    adopted: "1979-01-01"
    entry_into_force: "1980-01-01"
    purposes: {extradition: "arts. 50-60", mla: "arts. 1-49"}
    sources: [s]
    parties:
      - {party: DEU, act: ratification, date: "1980-01-01", sources: [s]}
      - {party: FRA, act: ratification, date: "1980-01-01", sources: [s]}
      - {party: NOR, act: ratification, date: "1980-01-01", sources: [s]}
      - {party: DNK, act: ratification, date: "1980-01-01", sources: [s]}
  - id: new
    short: NEW
    name: Test newer convention
    kind: convention
    adopted: "1999-01-01"
    entry_into_force: "2000-01-01"
    replaces: [old]
    replaces_article: "art. 120(3)"
    purposes: {mla: "arts. 1-30"}
    sources: [s]
    coverage: {stated: 3, stated_by: s, as_of: "2024-01-01", complete: true}
    parties:
      - {party: DEU, act: ratification, date: "2000-01-01", sources: [s]}
      - {party: FRA, act: ratification, date: "2000-01-01", sources: [s]}
      - {party: NOR, act: ratification, date: null, sources: [s]}
"""


@pytest.fixture(scope="module")
def q(tmp_path_factory) -> Queries:
    return Queries(load(variant(tmp_path_factory.mktemp("beyond"), _INSTRUMENTS)))


def _old(ans):
    rows = [x for x in (*ans.shared, *ans.displaced) if x.instrument.id == "old"]
    assert len(rows) == 1
    return rows[0]


def test_bound_by_both_the_older_one_is_displaced_for_a_purpose_the_newer_does_not_serve(q):
    ans = q.link("DEU", "FRA", date(2000, 1, 1), "extradition")
    assert [x.instrument.id for x in ans.displaced] == ["old"]
    assert _old(ans).note == ("displaced between these two by the NEW (art. 120(3)), which binds both; it still "
                              "governs what the newer instrument does not cover")
    # weighed, not listed: the newer one serves no extradition
    assert "new" not in [x.instrument.id for x in (*ans.shared, *ans.one_sided, *ans.displaced)]


def test_the_day_before_the_newer_one_binds_both_the_older_one_stands(q):
    ans = q.link("DEU", "FRA", date(1999, 12, 31), "extradition")
    assert [x.instrument.id for x in ans.shared] == ["old"]
    assert ans.displaced == ()
    assert not any("NEW" in n for n in _old(ans).notes)


def test_where_the_newer_one_may_bind_both_the_older_one_may_be_displaced(q):
    ans = q.link("DEU", "NOR", date(2001, 1, 1), "extradition")
    row = _old(ans)
    assert row.section == "shared"
    assert [n for n in row.notes if "NEW" in n] == [
        "may be displaced between these two by the NEW (art. 120(3)): the data cannot tell whether it bound both on "
        "this date"]


def test_where_one_side_is_outside_the_newer_one_the_older_one_is_untouched(q):
    ans = q.link("DEU", "DNK", date(2001, 1, 1), "extradition")
    row = _old(ans)
    assert row.section == "shared"
    assert not any("NEW" in n for n in row.notes)


def test_for_the_purpose_the_newer_one_serves_it_is_listed_and_displaces(q):
    ans = q.link("DEU", "FRA", date(2000, 1, 1), "mla")
    assert [x.instrument.id for x in ans.shared] == ["new"]
    assert [x.instrument.id for x in ans.displaced] == ["old"]
