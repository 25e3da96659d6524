"""Scenario tests on the shipped data: undated UN rows bounded by the depositary's own complete tables.

A state absent from a depositary's complete participant table had not joined by the newest act that table
records (``not_before``): asked about an earlier day, the answer is "not a party", not "uncertain". Sources:
zmjones-untc-2014-xviii and zmjones-untc-2014 (UNTC tables scraped in 2014), untc-xml-2018-xviii (UNTC XML of
January 2018), dailynk-2016-dprk (the DPRK's domestic ratification of UNTOC on 2016-06-16, deposit to follow).
"""

from __future__ import annotations

import pytest

from tests.scenario import csv_rows
from tests.scenario import parties_answer as _answer


def _uncertain(iid: str, day: str) -> list[str]:
    return [r["country"] for r in _answer(iid, day, "--all")["uncertain"]]


def test_no_untoc_party_is_left_uncertain_in_2010():
    """The review's case: DPRK, Palau, Samoa, Somalia and Palestine all joined after the 2014 table."""
    assert _uncertain("untoc", "2010-01-01") == []
    assert _uncertain("untoc", "2013-10-17") == []
    # Palestine's instrument was handed over on 2015-01-01 (radioalgerie-2015-pse-treaties, un12): no party before
    # Palau's accession is dated since round 14 (2019-05-13, es-boe-a-2019-10595-un): no longer undated
    # Round 15: Samoa acceded on 2014-12-17 and Palestine on 2015-01-02 (es-boe-a-2015-1014-un): dated, never uncertain
    assert set(_uncertain("untoc", "2013-10-18")) == set()
    assert "PSE" not in _uncertain("untoc", "2014-12-31") and "PSE" not in _uncertain("untoc", "2015-01-01")
    assert "WSM" not in _uncertain("untoc", "2014-12-16") and "WSM" not in _uncertain("untoc", "2015-01-16")
    # Somalia: its instrument of accession was signed in Mogadishu on 2024-11-23 (goobjoog-2024-som-untoc,
    # allafrica-2024-som) and deposited on 2025-03-25 (the Spanish treaty list es-boe-a-2025-26356, round 13): never
    # an undated row
    assert "SOM" not in _uncertain("untoc", "2024-11-23") and "SOM" not in _uncertain("untoc", "2026-06-01")
    assert "PRK" not in _uncertain("untoc", "2016-06-16") and "PRK" in _uncertain("untoc", "2020-01-01")


@pytest.mark.parametrize("iid, country, last_day_absent", [
    ("uncac", "NZL", "2014-04-02"), ("uncac", "NIU", "2014-04-02"), ("uncac", "TUV", "2014-04-02"),
    ("icsft", "GMB", "2014-05-27"), ("drugs-1988", "PSE", "2014-06-03"),
])
def test_an_undated_row_is_no_party_while_the_depositarys_table_lacks_it(iid, country, last_day_absent):
    assert country not in _uncertain(iid, last_day_absent)
    assert country in _uncertain(iid, "2019-01-01") + [r["country"] for r in _answer(iid, "2019-01-01")["results"]]


def test_parties_all_in_csv_lists_the_undated_parties_as_uncertain():
    """JSON names them under "uncertain" and the table in a sentence; a CSV reader sees them only with --all,
    each with its state, so a script counting the depositary's parties (no --all) counts the same rows as before."""
    listed = {r["country"]: r["state"] for r in csv_rows("parties", "untoc", "--all", "--as-of", "2020-01-01")}
    assert listed["PRK"] == "uncertain"
    assert listed["WSM"] == "bound"  # acceded 2014-12-17, in force 2015-01-16 (es-boe-a-2015-1014-un, round 15)
    assert listed["PSE"] == "bound"  # accepted for deposit by 2015-01-07 (un12)
    assert listed["PLW"] == "bound"  # acceded 2019-05-13, in force 2019-06-12 (es-boe-a-2019-10595-un, round 14)
    assert "SOM" not in listed  # its accession was signed only in 2024 (goobjoog-2024-som-untoc)
    counted = [r["country"] for r in csv_rows("parties", "untoc", "--as-of", "2020-01-01")]
    assert len(counted) == 189 and "PRK" not in counted and "WSM" in counted and "PSE" in counted and "PLW" in counted
