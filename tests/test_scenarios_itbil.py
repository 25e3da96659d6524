"""Italy's and Hungary's bilateral agreements dated in round 16b (helper itbil): data/bilateral.yaml.

Each case names the source (its key in the data) and quotes the words that give the expected answer, and asks on
both sides of the day the fact sets: the day before entry into force (pending) and the day (in force); for an
agreement whose entry into force no source gives, the day before signature (absent) and from signature (uncertain).
"""

from __future__ import annotations

import pytest

from octreaty.load import load

from .scenario import agreement as _row
from .scenario import agreement_in_force_from as _in_force_from
from .scenario import agreement_signed_uncertain as _signed_uncertain
from .scenario import bilateral as _bilateral
from .scenario import sides as _sides

ITA_MAR_1971 = "bilateral-ita-mar-1971-legal-assistance-extradition"


@pytest.mark.parametrize("purpose", ["extradition", "mla"])
def test_italy_morocco_convention_of_1971_pending_the_day_before_and_in_force_on_22_may_1975(purpose):
    # it-camera-dossier-428-2016-ita-mar-itbil: 'firmata a Roma il 12 febbraio 1971, è stata ratificata dal nostro
    # Paese ai sensi della legge n. 1043 del 12 dicembre 1973 ed è in vigore a livello internazionale dal 22 maggio
    # 1975'
    assert ITA_MAR_1971 not in _bilateral("ITA", "MAR", "--as-of", "1971-02-11", "--for", purpose)
    on_signature = _row("ITA", "MAR", ITA_MAR_1971, "1971-02-12", purpose)
    assert _sides(on_signature) == ("consent-pending", "consent-pending")
    after = _in_force_from("ITA", "MAR", ITA_MAR_1971, "1975-05-21", "1975-05-22", purpose)
    assert after["instrument"]["entry_into_force"] == "1975-05-22"
    assert "it-camera-dossier-428-2016-ita-mar-itbil" in after["sources"]


def test_italy_morocco_convention_of_1971_keeps_the_moroccan_ministers_1976_as_a_conflict():
    # maroc-ma-2014-04-01-ita-mar-itbil: 'Quarante après l'entrée en vigueur de ladite convention en 1976'; the row
    # keeps the Chamber dossier's day and lists the year under conflicts on both parties
    inst = load().instruments[ITA_MAR_1971]
    assert str(inst.entry_into_force) == "1975-05-22"
    for party in inst.parties:
        assert [(c.field, c.value) for c in party.conflicts] == [("entry_into_force", "1976")]
        assert party.conflicts[0].sources == ("maroc-ma-2014-04-01-ita-mar-itbil",)
        assert party.conflicts[0].backed_by == ("it-camera-dossier-428-2016-ita-mar-itbil",)


def test_italy_morocco_additional_agreement_of_2014_still_undated_beside_the_dated_convention():
    # isgi-larassegna-l-152-2016-ita-mar-x16: 'Accordo aggiuntivo ... fatto a Rabat il 1° aprile 2014'; no source read
    # dates its entry into force, so it stays uncertain while the convention it supplements binds both
    row = _row("ITA", "MAR", "bilateral-ita-mar-2014-additional-agreement", "2026-12-02", "extradition")
    assert _sides(row) == ("uncertain", "uncertain")
    convention = _row("ITA", "MAR", ITA_MAR_1971, "2026-12-02", "extradition")
    assert _sides(convention) == ("bound", "bound")


@pytest.mark.parametrize(
    ("iid", "purpose", "act_source"),
    [
        # infomediaire-2020-mar-hun-itbil: 'projet de loi n° 14.20 portant approbation d'une convention d'extradition
        # des criminels, signée le 21 octobre 2019 à Marrakech, entre le Royaume du Maroc et la Hongrie'
        ("bilateral-hun-mar-extradition", "extradition", "hu-act-2019-91-hun-mar-extradition-x16"),
        # infomediaire-2020-mar-hun-itbil: 'projet de loi n°15.20, approuvant une convention portant sur le transfert
        # des personnes condamnées entre le Maroc et la Hongrie, signée le 21 octobre 2019 à Marrakech'
        ("bilateral-hun-mar-transfer-of-sentenced-persons", "all", "hu-act-2019-90-hun-mar-transfer-x16"),
    ],
)
def test_hungary_morocco_conventions_absent_before_21_october_2019_and_uncertain_from_it(iid, purpose, act_source):
    # the entry into force is left by the Hungarian Acts XC/XCI of 2019 to a foreign minister's notice not found
    on_day, today = _signed_uncertain("HUN", "MAR", iid, "2019-10-21", purpose,
                                      {"infomediaire-2020-mar-hun-itbil", act_source})
    assert on_day["a"]["state"] == "uncertain"
    assert today["instrument"]["entry_into_force"] is None


def test_hungary_morocco_initialling_of_june_2019_is_not_taken_for_the_signature():
    # lavieeco-2019-06-mar-hun-itbil: 'signés ce mercredi 19 juin à Budapest ... Ils ont été paraphés par le ministre de
    # la Justice'; the approval bills give the signature at Marrakech on 2019-10-21
    for iid in ("bilateral-hun-mar-extradition", "bilateral-hun-mar-transfer-of-sentenced-persons"):
        assert iid not in _bilateral("HUN", "MAR", "--as-of", "2019-06-19", "--for", "all")
        row = _row("HUN", "MAR", iid, "2019-10-21", "all")
        assert row["instrument"]["signed"] == "2019-10-21"
        assert "lavieeco-2019-06-mar-hun-itbil" in row["sources"]
