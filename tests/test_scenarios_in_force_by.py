"""Scenario tests on the shipped data: agreements whose entry into force is not found but which a source
shows applied on a day (``in_force_by``): uncertain before that day, in force from it, never a day worked out.

Each test names the source key (data/bilateral.yaml) that gives the expected answer.
"""

from __future__ import annotations

import pytest

from tests.conftest import invoke
from tests.scenario import bilateral as _bilateral
from tests.scenario import csv_rows
from tests.scenario import sides as _sides


def _row(a: str, b: str, iid: str, day: str) -> dict:
    """The agreement's row in `link A B --for extradition` on the day."""
    return _bilateral(a, b, "--as-of", day, "--for", "extradition")[iid]


# vijesti-2011-05-15-mne-extradition: Montenegro's Ministry of Justice reported on 2011-05-15 the results of
# applying its agreements on extraditing own nationals with Croatia and Serbia (requests sent and granted).
@pytest.mark.parametrize("other, iid", [("croatia", "bilateral-hrv-mne-extradition"),
                                        ("serbia", "bilateral-mne-srb-2009-extradition")])
def test_montenegros_extradition_agreements_applied_by_2011_05_15(other, iid):
    before = _row("montenegro", other, iid, "2011-05-14")
    assert _sides(before) == ("uncertain", "uncertain")
    assert before["a"]["reason"].startswith("signed; in force by 2011-05-15, as a source shows")
    after = _row("montenegro", other, iid, "2011-05-15")
    assert _sides(after) == ("bound", "bound")
    assert after["a"]["in_force"]["latest"] == "2011-05-15" and after["a"]["in_force"]["date"] is None
    assert "vijesti-2011-05-15-mne-extradition" in after["a"]["sources"]


def test_us_mexico_extradition_1978_in_force_by_its_un_registration_of_1980_12_09():
    # extradition-co-usa-mex-1978: registered by the United States with the UN on 1980-12-09 (UNTS I-19462); a
    # treaty is registered only once in force (GA regulations on registration, art. 1(2))
    iid = "bilateral-mex-usa-1978-extradition"
    assert _sides(_row("united states", "mexico", iid, "1980-12-08")) == ("uncertain", "uncertain")
    assert _sides(_row("united states", "mexico", iid, "1980-12-09")) == ("bound", "bound")


def test_swiss_italian_extradition_1868_in_force_in_1961_when_the_federal_court_applied_it():
    # ch-bge-87-i-195: the Federal Supreme Court applied the treaty of 1868-07-22 in BGE 87 I 195 (1961)
    iid = "bilateral-che-ita-1868-extradition"
    assert _sides(_row("switzerland", "italy", iid, "1961-06-30")) == ("uncertain", "uncertain")
    assert _sides(_row("switzerland", "italy", iid, "1962-01-01")) == ("bound", "bound")


def test_show_and_link_say_in_force_by_where_the_entry_into_force_is_not_found():
    facts = {r["field"]: r["value"] for r in csv_rows("show", "bilateral-mex-usa-1978-extradition")}
    assert facts["entry into force"] == "not found; in force by 1980-12-09"
    table = [ln for ln in invoke("link", "usa", "mexico", "--format", "markdown", "--as-of", "2026-12-01").stdout
             .splitlines() if ln.startswith("| Extradition Treaty between the United States of America and the United Mexican")]
    assert [ln.split(" | ")[2] for ln in table] == ["not found; in force by 1980-12-09"]
