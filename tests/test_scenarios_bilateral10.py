"""Bilateral agreements added or dated in the tenth round of issue 12, on the shipped data.

Each test names the source key (data/bilateral.yaml) of its expected answer and asks on both sides of the day the
source states. An agreement whose entry into force no source gives stays uncertain (or, with in_force_by, in force
from the day a source shows it applied), whatever its exchange of ratifications: no day is worked out from it.
"""

from __future__ import annotations

from .scenario import bilateral as _bilateral
from .scenario import sides as _sides


def _row(a: str, b: str, iid: str, day: str, purpose: str = "all") -> dict:
    """The agreement's row in `link A B --for PURPOSE` on the day."""
    return _bilateral(a, b, "--as-of", day, "--for", purpose)[iid]


def _in_force_from(a: str, b: str, iid: str, day_before: str, day: str, purpose: str) -> dict:
    """Asserts the agreement is pending the day before and binds both from the day; returns the row on the day."""
    before = _row(a, b, iid, day_before, purpose)
    assert _sides(before) == ("consent-pending", "consent-pending")
    after = _row(a, b, iid, day, purpose)
    assert _sides(after) == ("bound", "bound")
    assert after["linked_since"]["date"] == day
    return after


def test_liechtenstein_united_states_mla_treaty_in_force_2003_08_01():
    # li-lgbl-2003-149-lie-usa-mla: LGBl. 2003 Nr. 149, "Abgeschlossen in Vaduz am 8. Juli 2002 ... Inkrafttreten:
    # 1. August 2003"; li-pafl-2003-06-17-lie-usa-mla: ratifications exchanged in Washington 2003-06-05
    row = _in_force_from("LIE", "USA", "bilateral-lie-usa-2002-mla", "2003-07-31", "2003-08-01", "mla")
    assert row["instrument"]["signed"] == "2002-07-08"
    assert {"li-lgbl-2003-149-lie-usa-mla", "li-pafl-2003-06-17-lie-usa-mla"} <= set(row["sources"])


def test_liechtenstein_united_states_extradition_treaty_1936_in_force_by_2003():
    # us-stat-50-1337-lie-usa-extradition: running head "LIECHTENSTEIN-EXTRADITION-MAY 20, 1936";
    # li-pafl-2003-06-17-lie-usa-mla: "Für Auslieferungsfragen besteht ein eigener bilateraler Vertrag von 1936"
    iid = "bilateral-lie-usa-1936-extradition"
    before = _row("USA", "liechtenstein", iid, "2003-06-16", "extradition")
    assert before["a"]["state"] != "bound"
    after = _row("USA", "liechtenstein", iid, "2003-06-17", "extradition")
    assert _sides(after) == ("bound", "bound")
    assert after["instrument"]["signed"] == "1936-05-20"
    assert after["instrument"]["entry_into_force"] is None


def test_austria_liechtenstein_extradition_supplement_in_force_1983_09_01():
    # at-ris-10002634-aut-lie-extradition: BGBl. Nr. 353/1983, ratifications exchanged 1983-06-09, "der Vertrag tritt
    # gemäß seinem Art. XV Abs. 2 am 1. September 1983 in Kraft"; done at Vaduz 1982-06-04
    row = _in_force_from("AUT", "LIE", "bilateral-aut-lie-1982-extradition-supplementary", "1983-08-31", "1983-09-01",
                         "extradition")
    assert row["instrument"]["signed"] == "1982-06-04"
