"""`check` holds a table against a count stated for a month or a year as the source states it: the count
held on some day of that period, so the table disagrees only where it disagrees on the first and on the
last day of it.

The case: ETS 173, whose Austrian government bill of 2013 says "Bisher haben 43 Staaten ratifiziert"
(at-rv-2364-2013, dated only to the year). The data counts 43 parties on 2013-01-01 and 45 on 2013-12-31
(Austria's and another deposit fall in that year), so 43 held during 2013 and no row is out of date.
"""

from __future__ import annotations

import json

import pytest

from .conftest import invoke, mini_with

TABLE = """schema: 1
sources:
  count-src: {{title: a count, url: https://example.org/count, as_of: "{as_of}"}}
instruments:
  - id: conv-x
    short: Convention X
    name: Convention X
    kind: convention
    adopted: "2011-01-01"
    entry_into_force: "2012-01-01"
    who_may_join: un-all-states
    purposes: {{mla: "art. 1"}}
    sources: [count-src]
    coverage: {{stated: {stated}, stated_by: count-src, as_of: "{as_of}"}}
    parties:
      - {{party: ALB, act: ratification, date: "2012-05-01", entry_into_force: "2012-05-01", sources: [count-src]}}
      - {{party: HUN, act: ratification, date: "2013-06-01", entry_into_force: "2013-06-01", sources: [count-src]}}
      - {{party: ITA, act: ratification, date: "2013-09-01", entry_into_force: "2013-09-01", sources: [count-src]}}
"""


def _coverage_warnings(tmp_path, stated: int, as_of: str) -> list[str]:
    d = mini_with(tmp_path, "x.yaml", TABLE.format(stated=stated, as_of=as_of))
    out = invoke("check", "--data-dir", str(d), "--format", "csv").stdout
    return [line.split(",", 5)[5] for line in out.splitlines()[1:] if ",conv-x.coverage," in line]


@pytest.mark.parametrize("stated", [1, 2, 3])
def test_a_count_that_held_during_the_year_is_no_disagreement(tmp_path, stated):
    # one party on 2013-01-01, three on 2013-12-31
    assert _coverage_warnings(tmp_path, stated, "2013") == []


def test_a_count_below_the_tables_at_both_ends_of_the_year_is_one(tmp_path):
    assert _coverage_warnings(tmp_path, 0, "2013") == [
        '"coverage: 3 parties in the data, more than the 0 stated by count-src as of 2013: the count or a row is '
        'out of date"']


def test_a_count_above_the_tables_at_both_ends_is_one(tmp_path):
    assert _coverage_warnings(tmp_path, 4, "2013") == ['"coverage: 3 parties in the data, 4 stated by count-src as of 2013"']


def test_a_count_stated_for_a_day_is_held_on_that_day(tmp_path):
    assert _coverage_warnings(tmp_path, 2, "2013-12-31") == [
        '"coverage: 3 parties in the data, more than the 2 stated by count-src as of 2013-12-31: the count or a row '
        'is out of date"']
    assert _coverage_warnings(tmp_path / "b", 2, "2013-07-01") == []


def test_ets173_against_the_austrian_bills_43_of_2013():
    out = invoke("check", "--format", "csv").stdout
    assert ",ets-173.coverage," not in out
    counts = [json.loads(invoke("parties", "ets-173", "--as-of", day, "--format", "json").stdout)["count"]
              for day in ("2013-01-01", "2013-12-31")]
    assert counts == [43, 45]
