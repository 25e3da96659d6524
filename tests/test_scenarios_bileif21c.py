"""Scenarios for round 21's days of entry into force of bilateral agreements (helper bileif21c): agreements that had a
signature and neither an entry into force nor an in_force_by. Each case names the source of the answer it expects (a key
of the data files, where each carries its URL, date and the words quoted) and asks both sides of the boundary the fact
sets: pending (signed, not yet in force) the day before a dated entry into force and bound on the day; uncertain the day
before an in_force_by bound and bound "by" it on the day."""

from __future__ import annotations

import pytest

from .scenario import agreement, agreement_signed_then_in_force, day_before, sides

# (a, b, agreement id, signed, entry into force, purpose, source)
DATED = [
    # Adilet (Kazakh text of the Supreme Council's resolution of 1994-06-22, read on tengrinews.kz): "(Келісім 1994
    # жылғы 18 тамызда күшіне енді - Қазақстан Республикасының халықаралық шарттары бюллетені, 2004 ж., N 2, 7-құжат)".
    ("KAZ", "MNG", "bilateral-kaz-mng-1993-legal-assistance", "1993-10-22", "1994-08-18", "mla",
     "bileif21c-tengrinews-b940002300-kaz-mng-legal-assistance"),
    # Adilet (Kazakh text of Law No. 43-II of 2000-04-28): "(2000 жылғы 21 шілдеде күшіне енді - ҚР халықаралық
    # шарттары бюллетені, 2001 ж., N 5, 48-құжат)".
    ("KAZ", "UKR", "bilateral-kaz-ukr-1999-transfer-of-sentenced-persons", "1999-09-17", "2000-07-21", "all",
     "bileif21c-adilet-kaz-z000000043-kaz-ukr"),
]

# (a, b, agreement id, signed, in force by, purpose, source)
BOUND_BY = [
    # latestlaws-gsr-297e-2018-bhr-ind-transfer: India's notification G.S.R. 297(E) of 2018-03-28 applies the
    # Repatriation of Prisoners Act 2003 to Bahrain with the agreement's text (ratified 2017-03-10 and 2017-05-18).
    ("BHR", "IND", "bilateral-bhr-ind-2016-transfer-of-sentenced-persons", "2016-01-23", "2018-03-28", "all",
     "latestlaws-gsr-297e-2018-bhr-ind-transfer"),
    # bs-pti-2018-04-11-ind-vnm-transfer: PTI (Business Standard, 2018-04-11), the pact "has come into effect" as the
    # Home Ministry's gazette notification of the week before says.
    ("IND", "VNM", "bilateral-ind-vnm-2013-transfer-of-sentenced-persons", "2013-11-01", "2018-04-11", "all",
     "bs-pti-2018-04-11-ind-vnm-transfer"),
]


@pytest.mark.parametrize("a, b, iid, signed, day, purpose, source", DATED, ids=[c[2] for c in DATED])
def test_pending_the_day_before_its_entry_into_force_and_in_force_on_the_day(a, b, iid, signed, day, purpose, source):
    row = agreement_signed_then_in_force(a, b, iid, signed, day, purpose, source)
    assert row["instrument"].get("in_force_by") is None


@pytest.mark.parametrize("a, b, iid, signed, day, purpose, source", BOUND_BY, ids=[c[2] for c in BOUND_BY])
def test_uncertain_until_a_source_shows_it_in_force_then_bound_by_that_day(a, b, iid, signed, day, purpose, source):
    on_signature = agreement(a, b, iid, signed, purpose)
    assert sides(on_signature) == ("uncertain", "uncertain")
    assert on_signature["instrument"]["entry_into_force"] is None
    before = agreement(a, b, iid, day_before(day), purpose)
    assert sides(before) == ("uncertain", "uncertain")
    on_day = agreement(a, b, iid, day, purpose)
    assert sides(on_day) == ("bound", "bound")
    # the day it entered into force is not known: in force at the latest on the bound, not from it
    assert on_day["linked_since"] == {"date": None, "earliest": signed, "latest": day}
    assert on_day["a"]["in_force"] == {"date": None, "earliest": signed, "latest": day}
    assert source in on_day["sources"]
