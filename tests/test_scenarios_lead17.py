"""Round 17's engine fixes asked of the shipped data, each with the source that gives the fact."""

from __future__ import annotations

import pytest

from .scenario import bilateral, csv_rows, day_before


def _eurojust(day: str) -> list[str]:
    return [r["state"] for r in csv_rows("ratified", "united states", "--as-of", day) if r["instrument"] == "eurojust"]


def test_eurojust_usa_not_before_the_month_of_its_signature():
    # ej-eurojust-lp-usa: the agreement was "signed ... in November 2006"; ej-eurojust-ar2020-usa: "in place since
    # 2006". Known to the year, its entry into force was shown as possible from 2006-01-01: not before the signature.
    # Round 21: org21-lawnet-2008-eurojust-ar2007 (Eurojust: "In 2007 the Eurojust – US co-operation agreement entered
    # into force") makes the year of entry into force 2007: signed only in 2006, possible in 2007, certain at its end.
    assert _eurojust("2006-10-31") == []
    assert _eurojust("2006-11-01") == ["not-party"]
    assert _eurojust("2006-12-31") == ["signed-only"]
    assert _eurojust("2007-01-01") == ["uncertain"]
    assert _eurojust("2007-12-30") == ["uncertain"]
    assert _eurojust("2007-12-31") == ["partner"]


@pytest.mark.parametrize(("other", "treaty", "bound_both_from"), [
    # uk-treaties-online-2022: the 1873 Treaty with Italy and the 1876 Treaty with France ended on 1991-05-14, when
    # ETS 24 entered into force for the United Kingdom (ukts-1991-97); ETS 24 itself has been in force since 1960
    ("ITA", "bilateral-gbr-ita-1873-extradition", "1991-05-14"),
    ("FRA", "bilateral-fra-gbr-1876-extradition", "1991-05-14"),
])
def test_a_treaty_replaced_by_a_convention_applies_until_the_convention_binds_both(other, treaty, bound_both_from):
    # it was hidden from `link` from 1960, the day ETS 24 entered into force, though the UK was not bound by it
    for day in ("1960-04-18", "1980-01-01", day_before(bound_both_from)):
        assert treaty in bilateral("GBR", other, "--as-of", day, "--for", "extradition"), day
    assert treaty not in bilateral("GBR", other, "--as-of", bound_both_from, "--for", "extradition")
