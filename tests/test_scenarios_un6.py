"""Scenario tests on the shipped data: round-6 facts and cross-checks for the United Nations conventions.

Each expectation names its source: unodc-ctoc-cop-2018-2 (the Secretariat's report to the ninth session of the
Conference of the Parties to UNTOC, CTOC/COP/2018/2 of 2018-07-23), unodc-2020-cop10 (UNODC's release of
2020-10-12 with its counts of the parties to UNTOC and its Protocols), unis-cp-1167-2023 (the Deputy
Secretary-General's count of the parties to UNCAC on 2023-12-11).
"""

from __future__ import annotations

import pytest

from tests.scenario import parties_answer as _answer
from tests.scenario import party


def _count(iid: str, day: str) -> tuple[int, list[str]]:
    """The parties the table counts on the day and, apart, those that may have joined by then (undated)."""
    out = _answer(iid, day, "--all")
    counted = [r for r in out["results"] if r["state"] in ("bound", "consent-pending")]
    return len(counted), sorted(r["country"] for r in out["uncertain"] if r["state"] == "uncertain")


def test_trafficking_protocol_has_the_secretariats_173_parties_in_july_2018():
    """CTOC/COP/2018/2 para. 2: 173 parties, Fiji, Japan, Maldives and the State of Palestine among the newest."""
    counted, _ = _count("untoc-tip", "2018-07-23")
    assert counted == 173
    for country, deposit in (("FJI", "2017-09-19"), ("JPN", "2017-07-11"), ("MDV", "2016-09-14"),
                             ("PSE", "2017-12-29")):
        row = party("untoc-tip", country, "2018-07-23")
        assert row is not None and row["state"] == "bound" and row["consent"] == deposit
        assert "unodc-ctoc-cop-2018-2" in row["sources"]
        before = party("untoc-tip", country, "2016-01-01")
        assert before is None or before["state"] == "signed-only"  # Japan signed in 2002


@pytest.mark.parametrize("iid, stated, undated", [
    # Palau dated 2019-05-13 (es-boe-a-2019-10595-un, round 14); Palestine: consent known by 2015-01-07 (un12);
    # Samoa dated 2014-12-17 (es-boe-a-2015-1014-un, round 15)
    ("untoc", 190, ["PRK"]),
    ("untoc-tip", 178, []),  # Palau's accession of 2019 (usdos-tip-2020-palau, round 13) is counted
    ("untoc-firearms", 119, []),  # Palau dated 2019-05-27 (es-boe-a-2019-10595-un, round 14)
])
def test_the_table_adds_up_to_unodcs_cop10_counts(iid, stated, undated):
    """unodc-2020-cop10: 190 parties to UNTOC, 178 to the Trafficking and 119 to the Firearms Protocol on
    2020-10-12. The dated parties and the undated ones that may have joined by then make the count; Comoros and
    Germany, known for the Firearms Protocol by an entry into force after that day (2021-07-04, 2021-11-13), are
    not among them."""
    counted, uncertain = _count(iid, "2020-10-12")
    assert uncertain == undated
    assert counted + len(undated) == stated
    if iid == "untoc-firearms":
        later = {r["country"]: (r["state"], r["in_force"]["date"])
                 for r in _answer(iid, "2020-10-12", "--all")["uncertain"] if r["country"] in ("COM", "DEU")}
        # Germany's deposit, 2021-10-14, is dated since round 13 (the Spanish treaty list es-boe-a-2022-858): a
        # signatory that day, no longer among the rows the sources cannot place; Comoros's, 2021-06-04, since round
        # 17 (es-boe-a-2021-12314-un: "COMORAS. 04-06-2021 ADHESIÓN. 04-07-2021 ENTRADA EN VIGOR."): not yet a
        # party that day, so no longer among them either
        assert later == {}
        assert party(iid, "COM", "2020-10-12") is None


def test_smuggling_protocol_adds_up_to_unodcs_cop10_count():
    """unodc-2020-cop10 gives 149 parties on 2020-10-12; Comoros, the 150th by 2020-12-24
    (unodc-2020-comoros-som; its deposit of 2020-12-15 is dated since round 13 by the Spanish treaty list
    es-boe-a-2021-1856), cannot be one of them. Round 14 found the two the table lacked in Spain's list
    es-boe-a-2019-10595-un (Gabon 2019-05-10, Palau 2019-05-27): the dated parties make the 149."""
    counted, uncertain = _count("untoc-som", "2020-10-12")
    assert counted == 149 and uncertain == []
    assert "COM" not in _count("untoc-som", "2020-12-14")[1]


def test_uncac_has_the_deputy_secretary_generals_190_parties_on_2023_12_11():
    """unis-cp-1167-2023: "near-universal adherence by 190 Parties" at COSP10 (New Zealand, undated before
    round 13, ratified on 2015-12-01: nz-moj-bribery-corruption)."""
    counted, uncertain = _count("uncac", "2023-12-11")
    assert counted + len(uncertain) == 190 and uncertain == []
