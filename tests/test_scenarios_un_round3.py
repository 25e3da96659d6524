"""Scenario tests on the shipped data: UN facts added in the third round of issue 12.

Each test names the source of its expected answer (the source keys are defined in
data/instruments.yaml). Dates sit on both sides of the boundary each fact sets.
"""

from __future__ import annotations

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

def test_palau_acceded_to_the_trafficking_protocol_in_2019():
    """vlex-unts-39574-tip: Palau is among the UNTS participants of the Protocol, while the UNTC
    table of January 2018 (untc-xml-2018-xviii) lists it neither as signatory nor as party: an
    accession after it. Round 13 dated it to the year 2019 (usmission-ge-2021-plw-upr, usdos-tip-2020-palau); round
    14 to the day, 2019-05-27 (es-boe-a-2019-10595-un): never uncertain, bound from the thirtieth day after."""
    assert [u for u in _parties_answer("untoc-tip", "2019-05-26")["uncertain"] if u["country"] == "PLW"] == []
    assert "PLW" not in _rows("untoc-tip", "2019-05-26")
    bound = _rows("untoc-tip", "2019-06-26")["PLW"]
    assert (bound["state"], bound["consent"], bound["in_force"]["date"]) == ("bound", "2019-05-27", "2019-06-26")
