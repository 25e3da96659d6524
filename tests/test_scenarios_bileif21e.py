"""Round 21 (helper bileif21e): the entry into force of bilateral agreements of Central and Eastern Europe and the
former Soviet Union that were signed but carried no day of entry into force. Each case names its source key."""

from __future__ import annotations

import pytest

from .scenario import agreement, agreement_signed_then_in_force, agreement_signed_uncertain, day_before, sides

SIGNED_THEN_IN_FORCE = [
    # Ukraine's treaty database card (bileif21e-advokatvpolshe-ua-616-pol-ukr-1993, a law firm's copy):
    # "Дата підписання: 24.05.1993 ... Дата набуття чинності: 14.08.1994"
    ("POL", "UKR", "bilateral-pol-ukr-1993-legal-assistance", "1993-05-24", "1994-08-14", "mla",
     "bileif21e-advokatvpolshe-ua-616-pol-ukr-1993"),
    # Kazakhstan's register, ratification law No. 331-V of 2015 (bileif21e-adilet-z1500000331-kaz-usa-mla):
    # "2016 жылғы 6 желтоқсанда күшіне енді" (entered into force on 6 December 2016)
    ("KAZ", "USA", "bilateral-kaz-usa-2015-mla", "2015-02-20", "2016-12-06", "mla",
     "bileif21e-adilet-z1500000331-kaz-usa-mla"),
    # Moldova's "Tratate internaţionale" 1999 vol. 19 (bileif21e-md-tratate-19-lva-mda-1993, a copy):
    # "Semnat la Riga, la 14 aprilie 1993. În vigoare din 18 iunie 1996."
    ("LVA", "MDA", "bilateral-lva-mda-1993-legal-assistance", "1993-04-14", "1996-06-18", "mla",
     "bileif21e-md-tratate-19-lva-mda-1993"),
]


@pytest.mark.parametrize(("a", "b", "iid", "signed", "in_force", "purpose", "source"), SIGNED_THEN_IN_FORCE)
def test_pending_from_signature_and_in_force_on_the_day_the_source_gives(a, b, iid, signed, in_force, purpose,
                                                                        source):
    agreement_signed_then_in_force(a, b, iid, signed, in_force, purpose, source)


@pytest.mark.parametrize(("a", "b", "iid", "signed", "in_force", "purpose", "source"), SIGNED_THEN_IN_FORCE)
def test_asked_the_other_way_round_the_answer_is_the_same(a, b, iid, signed, in_force, purpose, source):
    assert sides(agreement(b, a, iid, day_before(in_force), purpose)) == ("consent-pending", "consent-pending")
    row = agreement(b, a, iid, in_force, purpose)
    assert sides(row) == ("bound", "bound")
    assert row["linked_since"]["date"] == in_force


def test_india_kazakhstan_transfer_agreement_in_force_by_the_gazette_notification_applying_it():
    # India, G.S.R. 518(E) dated 2017-05-26 (bileif21e-in-gsr-518e-2017-ind-kaz-transfer, a copy): the Repatriation
    # of Prisoners Act applied to Kazakhstan, the agreement of 08.07.2015 printed; no day of entry into force in its
    # words, so uncertain until that day and in force by it
    iid = "bilateral-ind-kaz-2015-transfer-of-sentenced-persons"
    assert sides(agreement("IND", "KAZ", iid, "2017-05-25")) == ("uncertain", "uncertain")
    row = agreement("IND", "KAZ", iid, "2017-05-26")
    assert sides(row) == ("bound", "bound")
    assert row["instrument"]["entry_into_force"] is None
    assert "bileif21e-in-gsr-518e-2017-ind-kaz-transfer" in row["sources"]
    assert sides(agreement("KAZ", "IND", iid, "2016-03-04")) == ("uncertain", "uncertain")


def test_moldova_sweden_law_enforcement_agreement_signed_on_6_february_2017_entry_into_force_unknown():
    # Moldova, Government Decision No. 136 of 2017-03-09 (bileif21e-md-hg-136-2017-mda-swe): the agreement "semnat la
    # Chişinău la 6 februarie 2017"; its entry into force is in no source read
    agreement_signed_uncertain("MDA", "SWE", "bilateral-mda-swe-2017-police-cooperation", "2017-02-06", "police",
                               {"bileif21e-md-hg-136-2017-mda-swe", "bild20-regeringen-2017-02-mda-swe"})
