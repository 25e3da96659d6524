"""Round 14 (bil14): bilateral extradition, legal-assistance and transfer-of-sentenced-persons agreements of the
countries named in issue 12's round-14 brief (Switzerland, the Netherlands, ...), on the shipped data.

Each test names the source of its expected answer (a source key of data/bilateral.yaml) and asks on both sides of
the boundary the fact sets: the day before entry into force the agreement is signed and pending, on the day it
binds both; an agreement whose entry into force no source gives is uncertain from its signature on.
"""

from __future__ import annotations

import pytest

from .scenario import agreement_in_force_from as _in_force_from
from .scenario import agreement_signed_uncertain as _signed_uncertain
from .scenario import day_before as _day_before


def _dated(a: str, b: str, iid: str, day: str, purpose: str, signed: str, source: str) -> dict:
    row = _in_force_from(a, b, iid, _day_before(day), day, purpose)
    assert row["instrument"]["signed"] == signed
    assert row["instrument"]["entry_into_force"] == day
    assert source in row["sources"]
    return row


@pytest.mark.parametrize(("other", "iid", "signed", "in_force", "source"), [
    # Fedlex, the Swiss classified compilation, read in the legalize-dev/legalize-ch mirror (snapshot 2026-04-17):
    # the day in each title and the record's entry_into_force.
    ("CUB", "bilateral-che-cub-2006-transfer-of-sentenced-persons", "2006-07-27", "2011-07-01", "ch-sr-0-344-294-legalize"),
    ("DOM", "bilateral-che-dom-2013-transfer-of-sentenced-persons", "2013-01-16", "2014-10-01", "ch-sr-0-344-318-legalize"),
    ("MAR", "bilateral-che-mar-2000-transfer-of-sentenced-persons", "2000-07-14", "2002-10-01", "ch-sr-0-344-549-legalize"),
    ("PRY", "bilateral-che-pry-2009-transfer-of-sentenced-persons", "2009-06-30", "2010-11-15", "ch-sr-0-344-632-legalize"),
    ("PER", "bilateral-che-per-2010-transfer-of-sentenced-persons", "2010-11-18", "2012-05-08", "ch-sr-0-344-641-legalize"),
    ("THA", "bilateral-che-tha-1997-transfer-of-sentenced-persons", "1997-11-17", "2000-10-10", "ch-sr-0-344-745-legalize"),
])
def test_swiss_transfer_of_sentenced_persons_agreements(other, iid, signed, in_force, source):
    _dated("CHE", other, iid, in_force, "all", signed, source)


def test_swiss_barbados_reciprocity_on_transfer_binds_from_the_exchange_of_notes_2004_02_23():
    # Fedlex SR 0.344.168 (ch-sr-0-344-168-legalize): exchange of notes of 2004-02-23, in force the same day, so the
    # day before it is not there at all
    from .scenario import agreement, bilateral, sides
    iid = "bilateral-brb-che-2004-transfer-of-sentenced-persons"
    assert iid not in bilateral("CHE", "BRB", "--as-of", "2004-02-22", "--for", "all")
    row = agreement("CHE", "BRB", iid, "2004-02-23", "all")
    assert sides(row) == ("bound", "bound")
    assert "ch-sr-0-344-168-legalize" in row["sources"]
