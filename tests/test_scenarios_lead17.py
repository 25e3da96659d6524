"""Round 17's engine fixes asked of the shipped data, each with the source that gives the fact."""

from __future__ import annotations

from .scenario import csv_rows


def _eurojust(day: str) -> list[str]:
    return [r["state"] for r in csv_rows("ratified", "united states", "--as-of", day) if r["instrument"] == "eurojust"]


def test_eurojust_usa_not_before_the_month_of_its_signature():
    # ej-eurojust-lp-usa: the agreement was "signed ... in November 2006"; ej-eurojust-ar2020-usa: "in place since
    # 2006". Known to the year, its entry into force was shown as possible from 2006-01-01: not before the signature.
    assert _eurojust("2006-10-31") == []
    assert _eurojust("2006-11-01") == ["uncertain"]
    assert _eurojust("2006-12-30") == ["uncertain"]
    assert _eurojust("2006-12-31") == ["partner"]
