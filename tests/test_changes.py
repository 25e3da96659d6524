"""octreaty.changes on the mini data."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from octreaty.changes import changes
from octreaty.graph import build
from octreaty.model import PartialDate


@pytest.fixture(scope="module")
def g(mini_data):
    return build(mini_data)


def rows(cs):
    return [(str(c.date), c.kind, c.instrument, c.country, c.partial, c.text) for c in cs]


def test_period(mini_data, g):
    assert rows(changes(mini_data, g, date(2003, 1, 1), date(2013, 12, 31))) == [
        ("2003-09-29", "entry-into-force", "untoc", None, False, "UNTOC enters into force"),
        ("2003-12-25", "entry-into-force", "untoc-tip", None, False, "Trafficking Protocol enters into force"),
        ("2006-08-02", "new-party", "untoc", "ITA", False, "Italy: ratification of UNTOC"),
        ("2006-08-02", "new-party", "untoc-tip", "ITA", False, "Italy: ratification of Trafficking Protocol"),
        ("2006-12-22", "new-party", "untoc", "HUN", False, "Hungary: ratification of UNTOC"),
        ("2012-10-25", "new-party", "untoc", "CIV", False, "Côte d'Ivoire: ratification of UNTOC"),
        ("2013-07-31", "new-agreement", "bilateral-xkx-hun-2013", None, False,
         ("Agreement between Kosovo and Hungary on Cooperation in Preventing and Combating Crime signed "
         "(Kosovo, Hungary)")),
    ]
    [agreement] = [c for c in changes(mini_data, g, date(2013, 7, 31), date(2013, 7, 31))]
    assert agreement.parties == ("XKX", "HUN") and agreement.sources == ("decree",)


def test_partial_dates(mini_data, g):
    # Albania joined INTERPOL in "1991": inside a period holding the whole year, partial when it holds part
    assert rows(changes(mini_data, g, date(1991, 1, 1), date(1991, 12, 31))) == [
        ("1991", "new-party", "interpol", "ALB", False, "Albania: membership of INTERPOL (dated only to the year)")]
    assert rows(changes(mini_data, g, date(1991, 6, 1), date(2002, 8, 21))) == [
        ("2002-08-21", "new-party", "untoc", "ALB", False, "Albania: ratification of UNTOC"),
        ("2002-08-21", "new-party", "untoc-tip", "ALB", False, "Albania: ratification of Trafficking Protocol"),
        ("1991", "new-party", "interpol", "ALB", True, "Albania: membership of INTERPOL (dated only to the year)"),
    ]
    assert changes(mini_data, g, date(1992, 1, 1), date(2002, 8, 20)) == []


def test_withdrawal(mini_data):
    inst = mini_data.instruments["untoc"]
    parties = tuple(replace(p, withdrawal=PartialDate.parse("2020-05")) if p.party == "HUN" else p
                    for p in inst.parties)
    data = replace(mini_data, instruments={**mini_data.instruments, "untoc": replace(inst, parties=parties)})
    assert rows(changes(data, build(data), date(2020, 1, 1), date(2020, 12, 31))) == [
        ("2020-05", "withdrawal", "untoc", "HUN", False,
         "Hungary: withdrawal from UNTOC takes effect (dated only to the month)")]
    assert [c.partial for c in changes(data, build(data), date(2020, 5, 15), date(2020, 12, 31))] == [True]


def test_bad_period(mini_data, g):
    with pytest.raises(ValueError, match="after"):
        changes(mini_data, g, date(2020, 1, 2), date(2020, 1, 1))
