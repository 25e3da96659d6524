"""Facts added by the second round of issue 12 ("every party, every date, current to the
depositary"), each checked through the CLI with the exact value its source gives.

Every test names the source key of the expected answer; the keys are defined in data/*.yaml."""

from __future__ import annotations

import csv
import io
import json

from .conftest import invoke


def _rows(*args: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(invoke(*args, "--format", "csv").stdout)))


def _ratified(country: str, instrument: str, day: str = "2026-11-29") -> dict[str, str]:
    rows = [r for r in _rows("ratified", country, "--as-of", day) if r["instrument"] == instrument]
    assert len(rows) == 1, rows
    return rows[0]


def _coverage(instrument: str) -> str:
    rows = [r for r in _rows("instruments") if r["id"] == instrument]
    assert len(rows) == 1, rows
    return rows[0]["coverage"]


# --- Council of Europe: ETS 24 ---------------------------------------------------------------

def test_ets024_count_is_the_chilean_ministrys_51_on_chiles_accession():
    # chiletrends-2025-ets024: "51 Estados" on 2025-03-05, Chile included (46 CoE members + 5)
    assert _coverage("ets-024") == "51 of 51 stated by chiletrends-2025-ets024 as of 2025-03-05"


def test_ets024_chile_deposit_and_entry_into_force():
    # at-bgbl-2025-iii-73-ets024: deposit 2025-03-03; chiletrends-2025-ets024: in force 1 June 2025
    row = _ratified("chile", "ets-024")
    assert (row["act"], row["consent"], row["in_force"]) == ("accession", "2025-03-03", "2025-06-01")


def test_ets024_had_50_parties_in_march_2022_not_51():
    # the April 2021 mirrors of wikipedia-024 say 50; Chile (at-bgbl-2025-iii-73-ets024) came in 2025
    out = json.loads(invoke("parties", "ets-024", "--as-of", "2022-03-31", "--format", "json").stdout)
    assert out["count"] == 50
    assert "CHL" not in {r["country"] for r in out["results"]}
