"""A bilateral agreement's party rows record its conclusion (act ``agreement``, dated by its signing), not each
side's consent to be bound: answers show the signing as the signature and no consent, never the signing day
copied into the consent column (usability review 2026-12, problem 8)."""

from __future__ import annotations

import json

from tests.conftest import invoke


def _ratified(country: str, iid: str) -> dict:
    rows = json.loads(invoke("ratified", country, "--format", "json").stdout)["results"]
    return next(r for r in rows if r["instrument"]["id"] == iid)


def test_albania_italy_extradition_2007_signed_then_in_force_with_no_consent_day():
    # camera-it-2007 (signed at Tirana 2007-12-03), gu-it-2011-011G0138 (in force 2011-08-01)
    row = _ratified("albania", "bilateral-alb-ita-2007-extradition")
    assert (row["act"], row["signature"], row["consent"]) == ("agreement", "2007-12-03", None)
    assert row["in_force"] == {"date": "2011-08-01", "earliest": "2011-08-01", "latest": "2011-08-01"}


def test_the_csv_leaves_consent_empty_for_an_agreement():
    out = invoke("ratified", "albania", "--format", "csv").stdout.splitlines()
    head = out[0].split(",")
    row = next(line.split(",") for line in out if line.startswith("bilateral-alb-ita-2007-extradition,"))
    assert (row[head.index("signature")], row[head.index("consent")]) == ("2007-12-03", "")


def test_a_succession_to_an_agreement_is_not_shown_as_its_signing():
    # at-ris-20012200-aut-bih: the Austrian treaty register gives the 1982 Austria-Yugoslavia agreement in force
    # for Bosnia and Herzegovina since 1992-03-01, its succession; the 1982 signing is Yugoslavia's, not its own
    rows = json.loads(invoke("ratified", "bosnia", "--format", "json").stdout)["results"]
    row = next(r for r in rows if r["act"] == "succession" and r["instrument"]["kind"] == "bilateral")
    assert row["in_force"]["date"] == "1992-03-01"
    assert row["consent"] is None


def test_a_succession_known_only_by_a_sources_date_says_so_in_words():
    # uk-treaties-online-2022 (as of 2022-03-11) lists Bosnia and Herzegovina under the UK-Serbia treaty of 1900,
    # from a date it does not give
    rows = json.loads(invoke("ratified", "bosnia", "--format", "json").stdout)["results"]
    row = next(r for r in rows if r["instrument"]["id"] == "bilateral-gbr-srb-1900-extradition")
    assert (row["state"], row["act"]) == ("bound", "succession")
    assert row["reason"] == "in force by 2022-03-11 (the day is not given)"
