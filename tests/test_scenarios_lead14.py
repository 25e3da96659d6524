"""Round 14, lead: entries into force from the notes of Peru's legal database (SPIJ) on its approving acts.

bil14 added these agreements from the records of Peru's approving acts and read no entry into force; bilb14 found
SPIJ's note on each record ("entró en vigencia el ..."), which the lead checked in the same mirror
(dalessandro07/legalize-pe, commit 2232765b) and applied. Each agreement is pending the day before and in force on
the day the note gives.
"""

from __future__ import annotations

import pytest

from .scenario import agreement_in_force_from, bilateral, day_before

CASES = [
    # (a, b, id, purpose, entry into force, source)
    ("PER", "CHN", "bilateral-chn-per-2001-extradition", "extradition", "2003-04-05", "pe-rl-27732-2002"),
    ("PER", "KOR", "bilateral-kor-per-2003-extradition", "extradition", "2005-11-16", "pe-rl-28432-2004"),
    ("PER", "PRY", "bilateral-per-pry-1997-extradition", "extradition", "2005-11-29", "pe-rl-28247-2004"),
    ("PER", "PAN", "bilateral-pan-per-2003-extradition", "extradition", "2005-07-08", "pe-rl-28387-2004"),
    ("PER", "ARG", "bilateral-arg-per-2004-extradition", "extradition", "2006-07-19", "pe-rl-28433-2004"),
    ("PER", "PAN", "bilateral-pan-per-2002-transfer-of-sentenced-persons", "all", "2004-01-29", "pe-ds-041-2003-re"),
    ("PER", "PRY", "bilateral-per-pry-2001-transfer-of-sentenced-persons", "all", "2002-11-05", "pe-ds-061-2001-re"),
    ("PER", "SLV", "bilateral-per-slv-2005-transfer-of-sentenced-persons", "all", "2011-10-20", "pe-ds-028-2006-re"),
    ("PER", "CUB", "bilateral-cub-per-2002-enforcement-of-sentences", "all", "2003-11-12", "pe-ds-034-2002-re"),
]


@pytest.mark.parametrize("a, b, iid, purpose, in_force, source", CASES, ids=[c[2] for c in CASES])
def test_in_force_on_the_day_spij_gives(a, b, iid, purpose, in_force, source):
    row = agreement_in_force_from(a, b, iid, day_before(in_force), in_force, purpose)
    assert source in row["sources"]


def test_argentina_peru_transfer_keeps_infoleg_day_with_spij_as_a_conflict():
    """ar-ley-25178-arg-per (Infoleg): in force 2001-03-31; pe-ds-020-99-re-1999 (SPIJ): 2001-05-31, citing a notice
    of 2001-03-20. The answers use the row's day; check names the other."""
    iid = "bilateral-arg-per-1998-transfer-of-sentenced-persons"
    before = bilateral("ARG", "PER", "--as-of", "2001-03-30").get(iid)
    assert before is None or before["a"]["state"] != "bound"
    assert bilateral("ARG", "PER", "--as-of", "2001-03-31")[iid]["a"]["state"] == "bound"
