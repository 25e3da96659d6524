"""`ratified` on a day inside the month or year of an act no source dates to the day.

Palau acceded to the Trafficking Protocol in 2019, the day not found (usmission-ge-2021-plw-upr and
usdos-tip-2020-palau, round 13). On 2019-01-02 it cannot be bound yet (the Protocol enters into force for it on
the thirtieth day after its deposit), but the accession may already have been deposited. `ratified` left the row
out, as if the act certainly came later; it now shows it, not bound, with the reason, as `parties` lists Palau
among those the sources cannot place on that day.
"""

from __future__ import annotations

from .scenario import answer


def _row(day: str) -> dict | None:
    rows = [r for r in answer("ratified", "palau", "--as-of", day)["results"] if r["instrument"]["id"] == "untoc-tip"]
    return rows[0] if rows else None


def test_before_the_year_nothing_is_shown():
    assert _row("2018-12-31") is None


def test_inside_the_year_before_any_entry_into_force_the_act_is_shown_not_bound():
    row = _row("2019-01-02")
    assert (row["state"], row["consent"]) == ("not-party", "2019")
    assert row["reason"] == ("not yet bound: in force for it no earlier than 2019-01-31; the date of its accession "
                             "is not in the data")
    assert "PLW" in [r["country"] for r in answer("parties", "untoc-tip", "--as-of", "2019-01-02")["uncertain"]]


def test_once_it_may_be_in_force_it_is_uncertain():
    assert _row("2019-02-01")["state"] == "uncertain"
