"""Scenario tests on the shipped data: UN facts added in the third round of issue 12.

Each test names the source of its expected answer (the source keys are defined in
data/instruments.yaml). Dates sit on both sides of the boundary each fact sets.
"""

from __future__ import annotations

from datetime import timedelta

from octreaty.model import PartialDate
from tests.scenario import parties as _rows
from tests.scenario import parties_answer as _parties_answer
from tests.scenario import party as _party

# --- The UN Statement of Treaties of 2018 (un-mss-2018) ---------------------------------------
# ST/LEG/SER.A/854, 855 and 860, Annex A: each accession registered ex officio on the day of its
# deposit with the Secretary-General, with its date of effect (the 30th day, as each treaty says).


def test_samoa_acceded_to_uncac_on_2018_04_16():
    """un-mss-2018 (ST/LEG/SER.A/854): accession deposited 16 April 2018, in effect 16 May 2018."""
    assert _party("uncac", "WSM", "2018-04-15") is None
    row = _party("uncac", "WSM", "2018-04-16")
    assert (row["act"], row["consent"], row["state"]) == ("accession", "2018-04-16", "consent-pending")
    assert _party("uncac", "WSM", "2018-05-15")["state"] == "consent-pending"
    assert _party("uncac", "WSM", "2018-05-16")["state"] == "bound"


def test_equatorial_guinea_acceded_to_uncac_on_2018_05_30():
    """un-mss-2018 (ST/LEG/SER.A/855): accession deposited 30 May 2018, in effect 29 June 2018."""
    assert "GNQ" not in _rows("uncac", "2018-05-29")
    row = _party("uncac", "GNQ", "2018-06-28")
    assert (row["consent"], row["state"]) == ("2018-05-30", "consent-pending")
    assert _rows("uncac", "2018-06-29")["GNQ"]["in_force"]["date"] == "2018-06-29"


def test_sudan_acceded_to_the_firearms_protocol_on_2018_10_04():
    """un-mss-2018 (ST/LEG/SER.A/860): accession deposited 4 October 2018, in effect 3 November 2018."""
    assert _party("untoc-firearms", "SDN", "2018-10-03") is None
    assert _party("untoc-firearms", "SDN", "2018-11-02")["state"] == "consent-pending"
    row = _rows("untoc-firearms", "2018-11-03")["SDN"]
    assert (row["act"], row["consent"], row["in_force"]["date"]) == ("accession", "2018-10-04", "2018-11-03")


def test_sudan_acceded_to_the_smuggling_protocol_on_2018_10_09():
    """un-mss-2018 (ST/LEG/SER.A/860): accession "with reservation" deposited 9 October 2018,
    in effect 8 November 2018 (five days after its Firearms Protocol accession)."""
    assert _party("untoc-som", "SDN", "2018-10-08") is None
    assert _party("untoc-som", "SDN", "2018-11-07")["state"] == "consent-pending"
    row = _rows("untoc-som", "2018-11-08")["SDN"]
    assert (row["consent"], row["in_force"]["date"]) == ("2018-10-09", "2018-11-08")


# --- Trafficking Protocol: Palau, a UNTS participant after January 2018 ------------------------

def test_palau_is_an_undated_trafficking_protocol_party():
    """vlex-unts-39574-tip: Palau is among the UNTS participants of the Protocol, while the UNTC
    table of January 2018 (untc-xml-2018-xviii) lists it neither as signatory nor as party: an
    accession after it, with no day found, so the tool reports it as uncertain up to the data's newest source
    (the undated UNTS record speaks for the data as a whole), and bound only by 30 days later: that day moves
    with the newest source of any file, so it is computed from the answer's own data_as_of."""
    answer = _parties_answer("untoc-tip", "2026-05-20")
    plw = [u for u in answer["uncertain"] if u["country"] == "PLW"]
    assert len(plw) == 1
    assert (plw[0]["act"], plw[0]["consent"], plw[0]["sources"]) == ("accession", None, ["vlex-unts-39574-tip"])
    assert "PLW" not in _rows("untoc-tip", "2026-05-20")
    bound = _rows("untoc-tip", "2026-11-30")["PLW"]
    newest = PartialDate.parse(_parties_answer("untoc-tip", "2026-11-30")["data_as_of"]).end()
    assert (bound["consent"], bound["in_force"]["latest"]) == (None, (newest + timedelta(days=30)).isoformat())
