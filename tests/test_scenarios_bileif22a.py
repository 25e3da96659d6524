"""Round 22 (helper bileif22a): the entry into force of bilateral agreements of Latin American states that were
signed but carried no day of entry into force. Each case names its source key and asks both sides of the boundary
its day sets (pending the day before, in force on the day), both ways round."""

from __future__ import annotations

import pytest

from .scenario import agreement, agreement_signed_then_in_force, bilateral, day_before, sides

SIGNED_THEN_IN_FORCE = [
    # Argentina's Supreme Court, Fallos 318:2168 (bileif22a-csjn-fallos-318-2168-arg-ita-extradition, a copy of the
    # reports): the convention approved by Ley 23.719 ... 'en virtud de lo cual su vigencia se remonta al 1° de
    # diciembre de 1992'
    ("ARG", "ITA", "bilateral-arg-ita-1987-extradition", "1987-12-09", "1992-12-01", "extradition",
     "bileif22a-csjn-fallos-318-2168-arg-ita-extradition"),
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
    assert source in row["sources"]


def test_argentina_italy_1886_convention_ends_when_the_1987_convention_enters_into_force():
    # Fallos 318:2168 (bileif22a-csjn-fallos-318-2168-arg-ita-extradition) quotes art. 25, fifth paragraph, of the
    # 1987 convention: on its entry into force 'terminará la convención de extradición ... firmada en Roma el 16 de
    # junio de 1886'; the 1886 convention is replaced_by the 1987 one, which is in force from 1992-12-01
    old = "bilateral-arg-ita-1886-extradition"
    before = bilateral("ITA", "ARG", "--as-of", "1992-11-30", "--for", "extradition")
    assert sides(before[old]) == ("uncertain", "uncertain")
    assert sides(before["bilateral-arg-ita-1987-extradition"]) == ("consent-pending", "consent-pending")
    on_day = bilateral("ARG", "ITA", "--as-of", "1992-12-01", "--for", "extradition")
    assert old not in on_day
    assert sides(on_day["bilateral-arg-ita-1987-extradition"]) == ("bound", "bound")


def test_brazil_ecuador_extradition_treaty_of_1937_in_force_since_8_august_1938():
    # El Universo, editorial of 2025 (bileif22a-eluniverso-2025-bra-ecu-extradition; a newspaper, not an official
    # source): 'En el caso de Brasil, el Tratado de Extradición está vigente desde el 8 de agosto de 1938'. The treaty
    # is dated to its year only (1937, aras-blog-br-cooperation-treaties): pending at the end of 1937 and on the day
    # before, in force from the day, asked both ways round
    iid = "bilateral-bra-ecu-1937-extradition"
    source = "bileif22a-eluniverso-2025-bra-ecu-extradition"
    signed = agreement("BRA", "ECU", iid, "1937-12-31", "extradition")
    assert signed["instrument"]["signed"] == "1937"
    assert sides(signed) == ("consent-pending", "consent-pending")
    assert sides(agreement("ECU", "BRA", iid, "1938-08-07", "extradition")) == ("consent-pending", "consent-pending")
    for a, b in (("BRA", "ECU"), ("ECU", "BRA")):
        row = agreement(a, b, iid, "1938-08-08", "extradition")
        assert sides(row) == ("bound", "bound")
        assert row["instrument"]["entry_into_force"] == "1938-08-08"
        assert row["linked_since"]["date"] == "1938-08-08"
        assert source in row["sources"]
    assert sides(agreement("BRA", "ECU", iid, "2026-12-02", "extradition")) == ("bound", "bound")
