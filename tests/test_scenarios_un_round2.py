"""Scenario tests on the shipped data: UN facts added in the second round of issue 12.

Each test names the source of its expected answer (the source keys are defined in
data/instruments.yaml). Dates sit on both sides of the boundary each fact sets.
"""

from __future__ import annotations

import json

from tests.conftest import invoke


def _parties(instrument: str, day: str, *extra: str) -> dict:
    """The whole `parties` answer (json) for an instrument on a day."""
    return json.loads(invoke("parties", instrument, "--as-of", day, "--format", "json", *extra).stdout)


def _rows(instrument: str, day: str, *extra: str) -> dict[str, dict]:
    return {r["country"]: r for r in _parties(instrument, day, *extra)["results"]}


# --- Trafficking Protocol: accessions of 2019-2022 dated to the month ------------------------

def test_bangladesh_joined_the_trafficking_protocol_in_september_2019():
    """fe-2019-bgd-tip: the Foreign Secretary said on 2019-09-15 that the instrument had been
    sent; newagebd-2019-bgd-tip: Bangladesh would be the 174th party; inview-untoc-tip-parties:
    in force for Bangladesh on 2019-10-12."""
    assert "BGD" not in _rows("untoc-tip", "2019-08-31")
    row = _rows("untoc-tip", "2019-09-30")["BGD"]
    assert (row["act"], row["consent"]) == ("accession", "2019-09")
    assert row["state"] == "consent-pending"
    assert _rows("untoc-tip", "2019-10-12")["BGD"]["state"] == "bound"


def test_the_173_parties_before_bangladesh():
    """newagebd-2019-bgd-tip (2019-09-16): Bangladesh would be the 174th party."""
    assert _parties("untoc-tip", "2019-08-31")["count"] == 173
    assert _parties("untoc-tip", "2019-09-30")["count"] == 174


def test_nepal_joined_the_trafficking_protocol_in_june_2020():
    """asiafoundation-npl-tip: "Nepal ratified the Palermo Protocol in June 2020"."""
    assert "NPL" not in _rows("untoc-tip", "2020-05-31")
    assert _rows("untoc-tip", "2020-06-30")["NPL"]["consent"] == "2020-06"


def test_andorra_acceded_to_the_trafficking_protocol_in_september_2022():
    """forum-ad-2022-and-tip: instrument of accession deposited at the General Assembly's Treaty
    Event; inview-untoc-tip-parties: in force for Andorra on 2022-10-21."""
    assert "AND" not in _rows("untoc-tip", "2022-08-31")
    row = _rows("untoc-tip", "2022-09-30")["AND"]
    assert (row["act"], row["consent"], row["state"]) == ("accession", "2022-09", "consent-pending")
    assert _rows("untoc-tip", "2022-10-21")["AND"]["state"] == "bound"


def test_pakistan_is_a_trafficking_protocol_party_by_the_2023_report():
    """gvnet-usdos-tip-2023-pak: the US TIP Report 2023 says Pakistan acceded in its reporting
    period (to March 2023); the row stays undated, so Pakistan counts from the report's date."""
    assert "PAK" in _rows("untoc-tip", "2023-07-01")
    assert "PAK" not in _rows("untoc-tip", "2022-10-28")
