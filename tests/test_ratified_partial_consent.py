"""`ratified` on a day inside the month or year of an act no source dates to the day.

The act may already be done on such a day, so `ratified` shows the row, not bound, with the reason, as `parties`
lists the country among those the sources cannot place; it left the row out before, as if the act certainly came
later (round 13's case: Palau's accession to the Trafficking Protocol, known then to the year 2019 only; round 14
found its day, so the year-only case is now held on a table of the test's own).
"""

from __future__ import annotations

import json

from .conftest import invoke, mini_with
from .scenario import answer

# an accession known to the year, under a rule of entry into force 30 days after the deposit
TABLE = """schema: 1
sources:
  year-src: {title: a year, url: https://example.org/year, as_of: "2021"}
instruments:
  - id: conv-y
    short: Convention Y
    name: Convention Y
    kind: convention
    adopted: "2011-01-01"
    entry_into_force: "2012-01-01"
    eif_rule: {days_after_deposit: 30, article: "art. 9"}
    who_may_join: un-all-states
    purposes: {mla: "art. 1"}
    sources: [year-src]
    parties:
      - {party: ALB, act: accession, date: "2019", sources: [year-src]}
"""


def _row(folder, day: str) -> dict | None:
    out = invoke("ratified", "albania", "--data-dir", str(folder), "--as-of", day, "--format", "json").stdout
    rows = [r for r in json.loads(out)["results"] if r["instrument"]["id"] == "conv-y"]
    return rows[0] if rows else None


def test_an_act_known_to_the_year_before_and_inside_its_year(tmp_path):
    folder = mini_with(tmp_path, "y.yaml", TABLE)
    assert _row(folder, "2018-12-31") is None
    row = _row(folder, "2019-01-02")
    assert (row["state"], row["consent"]) == ("not-party", "2019")
    assert row["reason"] == ("not yet bound: in force for it no earlier than 2019-01-31; the date of its accession "
                             "is not in the data")
    out = invoke("parties", "conv-y", "--data-dir", str(folder), "--as-of", "2019-01-02", "--format", "json").stdout
    assert '"uncertain"' in out and '"ALB"' in out


def test_once_it_may_be_in_force_it_is_uncertain(tmp_path):
    folder = mini_with(tmp_path, "y.yaml", TABLE)
    assert _row(folder, "2019-01-30")["state"] == "not-party"
    assert _row(folder, "2019-01-31")["state"] == "uncertain"
    assert _row(folder, "2020-01-30")["state"] == "bound"  # deposited by 2019-12-31: in force by the 30th day after


def _cets209(day: str) -> dict | None:
    rows = [r for r in answer("ratified", "turkey", "--as-of", day)["results"] if r["instrument"]["id"] == "cets-209"]
    return rows[0] if rows else None


def test_an_act_known_to_the_month_under_a_first_of_the_month_rule():
    """CETS 209, Türkiye: ratified in July 2016, the day of deposit not in the data (es-boe-2017-4969); the Protocol enters into
    force on the first day of the month after three months from the deposit (art. 11(2)), so whatever the day
    of July: 2016-11-01. Shown from the first day of the month, pending once the month is over, bound on that day."""
    assert _cets209("2016-06-30") is None
    inside = _cets209("2016-07-02")
    assert (inside["state"], inside["consent"]) == ("not-party", "2016-07")
    assert inside["reason"] == ("not yet bound: in force for it only from 2016-11-01; the date of its ratification "
                                "is not in the data")
    assert _cets209("2016-10-31")["state"] == "consent-pending"
    bound = _cets209("2016-11-01")
    assert (bound["state"], bound["in_force"]["date"]) == ("bound", "2016-11-01")
