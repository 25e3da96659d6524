"""Round 22 (helper bileif22e): the entry into force of bilateral agreements of Russia, the CIS, the Baltic, Balkan
and Central European states that were signed but carried no day of entry into force. Each case names its source."""

from __future__ import annotations

import pytest

from .scenario import agreement, agreement_signed_then_in_force, day_before, sides

SIGNED_THEN_IN_FORCE = [
    # Kazakhstan's Law No. 327-V of 2015-06-24 ratifying the treaty, English translation on zakonpravo.kz
    # (bileif22e-zakonpravo-kz-law-327-v-bgr-kaz): 'signed in Sofia on November 14, 2014'; under the treaty's
    # title: 'Entered into force on August 14, 2015 - Bulletin of International Treaties of the Republic of
    # Kazakhstan 2015, No. 5, art. 46'
    ("KAZ", "BGR", "bilateral-bgr-kaz-2014-extradition", "2014-11-14", "2015-08-14", "extradition",
     "bileif22e-zakonpravo-kz-law-327-v-bgr-kaz"),
]


@pytest.mark.parametrize(("a", "b", "iid", "signed", "in_force", "purpose", "source"), SIGNED_THEN_IN_FORCE,
                         ids=[row[2] for row in SIGNED_THEN_IN_FORCE])
def test_pending_from_signature_and_in_force_on_the_day_the_source_gives(a, b, iid, signed, in_force, purpose,
                                                                        source):
    agreement_signed_then_in_force(a, b, iid, signed, in_force, purpose, source)


@pytest.mark.parametrize(("a", "b", "iid", "signed", "in_force", "purpose", "source"), SIGNED_THEN_IN_FORCE,
                         ids=[row[2] for row in SIGNED_THEN_IN_FORCE])
def test_asked_the_other_way_round_the_answer_is_the_same(a, b, iid, signed, in_force, purpose, source):
    assert sides(agreement(b, a, iid, day_before(in_force), purpose)) == ("consent-pending", "consent-pending")
    row = agreement(b, a, iid, in_force, purpose)
    assert sides(row) == ("bound", "bound")
    assert row["linked_since"]["date"] == in_force
    # the earlier source, the Government's resolution sending the bill to the Mazhilis, is still cited
    assert "kz-adilet-p1500000178-bgr-kaz" in row["sources"]
