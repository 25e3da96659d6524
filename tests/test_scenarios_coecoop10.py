"""Council of Europe cooperation conventions, round 10 (issue 12): signature days and other dated facts read in round
10, through the CLI, with dates on both sides of each boundary.

Each test names the source key of data/coe-cooperation.yaml that gives the expected answer and what it says. The
tests read the shipped data only.
"""

from __future__ import annotations

import pytest

from tests.scenario import party as _party

# -- ETS 98 ----------------------------------------------------------------------------------------------------

# nl-trb-1997-285 (Tractatenblad 1997, 285, section B): "is het Protocol nog ondertekend in overeenstemming met
# artikel 6, eerste lid, voor: Bulgarije 30 september 1993, Slovenië 31 maart 1994, Litouwen 9 november 1994,
# Roemenië 30 juni 1995, Tsjechië 18 december 1995, Slowakije 14 februari 1996, Estland 3 mei 1996, Letland 30 oktober
# 1996, de Russische Federatie 7 november 1996, Oekraïne 29 mei 1997". The Treaty Office's list of declarations
# (coe-098-decl-2017) says the same of Bulgaria: "Reservation made at the time of signature, on 30 September 1993".


@pytest.mark.parametrize("country, signed", [
    ("BGR", "1993-09-30"), ("SVN", "1994-03-31"), ("LTU", "1994-11-09"), ("ROU", "1995-06-30"),
    ("CZE", "1995-12-18"), ("SVK", "1996-02-14"), ("EST", "1996-05-03"), ("LVA", "1996-10-30"),
    ("RUS", "1996-11-07"), ("UKR", "1997-05-29"),
])
def test_ets98_signature_days_from_the_tractatenblad(country, signed):
    row = _party("ets-098", country, signed)
    assert row is not None and row["state"] == "signed-only" and row["signature"] == signed
    assert "nl-trb-1997-285" in row["sources"].split()


@pytest.mark.parametrize("country, day_before", [("UKR", "1997-05-28"), ("RUS", "1996-11-06")])
def test_ets98_not_yet_signed_the_day_before(country, day_before):
    # the same source: no act of these States before their signature (their deposits are later and undated)
    assert _party("ets-098", country, day_before) is None


def test_ets98_bulgaria_signed_then_deposited():
    # nl-trb-1997-285 and coe-098-decl-2017: signed 1993-09-30, instrument of ratification deposited 1994-06-17,
    # in force 1994-09-15 (90 days, art. 6(3))
    assert _party("ets-098", "BGR", "1993-09-29") is None
    assert _party("ets-098", "BGR", "1994-06-16")["state"] == "signed-only"
    assert _party("ets-098", "BGR", "1994-06-17")["state"] == "consent-pending"
    assert _party("ets-098", "BGR", "1994-09-15")["state"] == "bound"
    assert "coe-098-decl-2017" in _party("ets-098", "BGR", "1994-09-15")["sources"].split()
