"""An entry into force for a party known only to the year or month is not before the party signed: Eurojust's
agreement with the United States, "signed ... in November 2006" and "in place since 2006", was shown as possibly in
force from 2006-01-01. On data of the test's own (tests/test_timeline.py), then on the shipped data.
"""

from __future__ import annotations

import pytest

from .scenario import csv_rows
from .test_timeline import INSTRUMENTS, variant

_EU_DNK = '      - {party: DNK, act: membership, date: "1973-01-01", role: member, sources: [s]}\n'


def _row(signature: str, in_force: str) -> str:
    return ('      - {party: NOR, act: agreement, signature: "%s", date: null, entry_into_force: "%s", '
            'role: member, sources: [s]}\n' % (signature, in_force))


def _eu(where, signature: str, in_force: str, day: str) -> list[dict[str, str]]:
    assert INSTRUMENTS.count(_EU_DNK) == 1
    variant(where, INSTRUMENTS.replace(_EU_DNK, _EU_DNK + _row(signature, in_force)))
    return [r for r in csv_rows("ratified", "NOR", "--as-of", day, "--data-dir", str(where)) if r["instrument"] == "eu"]


@pytest.mark.parametrize(("signature", "in_force", "day", "state"), [
    ("2006-11", "2006", "2006-10-31", None),           # not before the month it was signed
    ("2006-11", "2006", "2006-11-01", "uncertain"),
    ("2006-11", "2006", "2006-12-30", "uncertain"),
    ("2006-11", "2006", "2006-12-31", "bound"),       # by the end of the year the source gives
    ("2006-11-15", "2006-11", "2006-11-14", None),     # a signature's day bounds an entry into force's month
    ("2006-11-15", "2006-11", "2006-11-15", "uncertain"),
    ("2006-11-15", "2006-11", "2006-11-30", "bound"),
    ("2006-11-15", "2006-11-20", "2006-11-19", "signed-only"),  # an exact day is the source's: kept as it is
    ("2006-11-15", "2006-11-20", "2006-11-20", "bound"),
])
def test_entry_into_force_known_to_the_year_or_month_not_before_the_signature(tmp_path, signature, in_force, day,
                                                                                 state):
    rows = _eu(tmp_path, signature, in_force, day)
    assert [r["state"] for r in rows] == ([state] if state else [])


@pytest.mark.parametrize(("day", "state"), [
    ("2005-04-28", "signed-only"),  # signed subject to approval: a source shows it not in force that day
    ("2005-04-29", "uncertain"),    # the year's window opens the day after
    ("2005-12-31", "bound"),
])
def test_a_year_of_entry_into_force_is_not_before_a_day_a_source_shows_it_not_yet_consented(tmp_path, day, state):
    """Norway's Eurojust agreement (ej-eu-norway-2005, ej-eucrim-2023-norway-lp): signed 2005-04-28 subject to the
    Storting's consent, in force in 2005. The row's not_before bound the consent; the year of entry into force was
    read from the signature day itself, so the day of signature was "uncertain"."""
    row = ('      - {party: NOR, act: agreement, signature: "2005-04-28", date: null, entry_into_force: "2005", '
           'not_before: {date: "2005-04-28", sources: [s]}, role: member, sources: [s]}\n')
    variant(tmp_path, INSTRUMENTS.replace(_EU_DNK, _EU_DNK + row))
    rows = [r for r in csv_rows("ratified", "NOR", "--as-of", day, "--data-dir", str(tmp_path)) if r["instrument"] == "eu"]
    assert [r["state"] for r in rows] == [state]
