"""Bilateral agreements of Switzerland, Hungary and Italy with their partners, added in round 17 (helper bilb17):
data/bilateral.yaml.

Each case names the source (its key in the data) and quotes the words that give the expected answer, and asks on
both sides of the boundary the fact sets: the day before entry into force (pending) and the day (in force); for an
agreement whose entry into force no source gives, the day before signature (absent) and from signature (uncertain).
"""

from __future__ import annotations

import pytest

from octreaty.load import load

from .scenario import agreement as _row
from .scenario import agreement_signed_then_in_force as _signed_then_in_force
from .scenario import agreement_signed_uncertain as _signed_uncertain
from .scenario import bilateral as _bilateral
from .scenario import sides as _sides


@pytest.mark.parametrize("purpose", ["police", "mla"])
def test_swiss_german_police_treaty_of_2022_in_force_on_1_may_2024(purpose):
    # ch-sr-0-360-136-1-2022-y17: 'Geschehen zu Berlin am 5. April 2022'; art. 64(1) 'Der Vertrag tritt am ersten Tag
    # des zweiten Monats nach Austausch der Ratifikationsurkunden in Kraft'; Fedlex's record: entry_into_force 2024-05-01
    _signed_then_in_force("CHE", "DEU", "bilateral-che-deu-2022-police-cooperation", "2022-04-05", "2024-05-01",
                          purpose, "ch-sr-0-360-136-1-2022-y17")


def test_swiss_german_police_treaty_of_2022_takes_over_from_the_treaty_of_1999():
    # ch-sr-0-360-136-1-2022-y17, art. 64(4): 'Mit Inkrafttreten dieses Vertrages tritt der Vertrag ... vom 27. April
    # 1999 ausser Kraft'; the 1999 row already ends on 2024-05-01 (strafrechtonline-2024-polizeivertrag)
    before = _bilateral("CHE", "DEU", "--as-of", "2024-04-30", "--for", "police")
    assert _sides(before["bilateral-che-deu-1999-police-cooperation"]) == ("bound", "bound")
    assert _sides(before["bilateral-che-deu-2022-police-cooperation"]) == ("consent-pending", "consent-pending")
    after = _bilateral("CHE", "DEU", "--as-of", "2024-05-01", "--for", "police")
    assert _sides(after["bilateral-che-deu-2022-police-cooperation"]) == ("bound", "bound")
    old = after.get("bilateral-che-deu-1999-police-cooperation")
    assert old is None or "bound" not in _sides(old)


def test_switzerland_cote_divoire_bound_by_the_1869_treaty_from_independence():
    # ch-sr-0-353-928-9-y17: the two Governments are bound by the Swiss-French extradition treaty of 1869 'vom 7. August
    # 1960 an – Datum der Unabhängigkeitserlangung der Republik Côte d'Ivoire'; Fedlex's record: entry_into_force
    # 1960-08-07
    iid = "bilateral-che-civ-1988-extradition-continuation"
    assert iid not in _bilateral("CHE", "CIV", "--as-of", "1960-08-06", "--for", "extradition")
    on_day = _row("CHE", "CIV", iid, "1960-08-07", "extradition")
    assert _sides(on_day) == ("bound", "bound")
    assert on_day["linked_since"]["date"] == "1960-08-07"
    assert on_day["instrument"]["entry_into_force"] == "1960-08-07"
    assert "ch-sr-0-353-928-9-y17" in on_day["sources"]
    assert _sides(_row("CHE", "CIV", iid, "2026-08-20", "extradition")) == ("bound", "bound")


def test_swiss_us_narcotics_notes_of_1929_bind_both_from_16_november_1929():
    # ch-sr-0-812-121-933-6-y17: 'Mit Notenwechsel vom 15. und 16. November 1929 ist mit den Vereinigten Staaten von
    # Amerika eine Vereinbarung getroffen worden'; Fedlex's record: entry_into_force 1929-11-16
    iid = "bilateral-che-usa-1929-narcotics-information"
    assert iid not in _bilateral("CHE", "USA", "--as-of", "1929-11-14", "--for", "police")
    us_note = _row("CHE", "USA", iid, "1929-11-15", "police")
    assert _sides(us_note) == ("not-party", "consent-pending")
    on_day = _row("CHE", "USA", iid, "1929-11-16", "police")
    assert _sides(on_day) == ("bound", "bound")
    assert on_day["instrument"]["entry_into_force"] == "1929-11-16"
    assert "ch-sr-0-812-121-933-6-y17" in on_day["sources"]


def test_italy_mexico_extradition_treaty_of_1870_uncertain_from_signature():
    # mx-1870-ita-mex-extradition-gbooks-y17: 'el dia diezisiete de Diciembre del año de mil ochocientos setenta fué
    # concluido y firmado en la ciudad de México ... un Tratado de extradicion de criminales, entre los Estados Unidos
    # Mexicanos y Su Majestad el Rey de Italia'; no entry into force is given
    _signed_uncertain("ITA", "MEX", "bilateral-ita-mex-1870-extradition", "1870-12-17", "extradition",
                      {"mx-1870-ita-mex-extradition-gbooks-y17"})


@pytest.mark.parametrize(("iid", "purpose"), [("bilateral-ita-per-1994-mla", "mla"),
                                             ("bilateral-ita-per-1994-transfer-of-sentenced-persons", "all")])
def test_italy_peru_treaties_of_24_november_1994_uncertain_from_signature(iid, purpose):
    # it-legge-1998-ita-per-mla-transfer-vlex-y17: 'accordi internazionali tra il Governo della Repubblica italiana ed il
    # Governo della Repubblica del Peru', fatti a Roma il 24 novembre 1994: trattato di assistenza giudiziaria in materia
    # penale; trattato sul trasferimento di persone condannate'; no day of entry into force is given
    _signed_uncertain("ITA", "PER", iid, "1994-11-24", purpose, {"it-legge-1998-ita-per-mla-transfer-vlex-y17"})


@pytest.mark.parametrize(
    ("iid", "signed", "source"),
    [
        # pe-1874-fra-per-extradition-blog-y17: 'se celebró por los respectivos Plenipotenciarios en treinta de Setiembre
        # de mil ochocientos setenta y cuatro, la siguiente: CONVENCION DE EXTRADICION'
        ("bilateral-fra-per-1874-extradition", "1874-09-30", "pe-1874-fra-per-extradition-blog-y17"),
        # rpp-2016-fra-per-extradition-y17: 'el tratado de extradición que el Gobierno peruano había suscrito con Francia
        # el 21 de febrero del 2013'
        ("bilateral-fra-per-2013-extradition", "2013-02-21", "rpp-2016-fra-per-extradition-y17"),
    ],
)
def test_france_peru_extradition_treaties_uncertain_from_signature(iid, signed, source):
    _signed_uncertain("FRA", "PER", iid, signed, "extradition", {source})


@pytest.mark.parametrize("other", ["HUN", "AUT"])
def test_austria_hungary_italy_extradition_convention_of_1869_uncertain_from_signature(other):
    # hu-ki-1869-1060-aut-hun-ita-y17: 'Köttetett Turinban 1869. évi február hó 27-én ... a megerősítések kölcsönösen
    # kicseréltettek Florenczben 1869. évi május hó 17-én'; no day of entry into force is given
    on_day, _today = _signed_uncertain(other, "ITA", "trilateral-aut-hun-ita-1869-extradition", "1869-02-27",
                                       "extradition", {"hu-ki-1869-1060-aut-hun-ita-y17"})
    assert on_day["instrument"]["entry_into_force"] is None


@pytest.mark.parametrize(
    ("iid", "signed", "purpose", "source"),
    [
        # hu-1000ev-1930-23-hun-yug-y17: 'a bűntettesek kiadatása és a bírósági bűnügyi jogsegély tárgyában 1928. évi
        # február hó 22-én Belgrádban kelt magyar-jugoszláv Egyezmény'
        ("bilateral-hun-yug-1928-extradition-mla", "1928-02-22", "extradition", "hu-1000ev-1930-23-hun-yug-y17"),
        ("bilateral-hun-yug-1928-extradition-mla", "1928-02-22", "mla", "hu-1000ev-1930-23-hun-yug-y17"),
        # hu-njt-1988-1-tvr-hun-yug-y17: 'a kölcsönös jogsegélyről szóló Belgrádban, az 1968. évi március hó 7. napján
        # aláírt szerződés'; '... módosításáról és kiegészítéséről szóló Budapesten, 1986. évi április hó 25. napján
        # aláírt szerződés'; '(A szerződés megerősítő okiratait Belgrádban, 1987. november 5-én cserélték ki.)'
        ("bilateral-hun-yug-1968-legal-assistance", "1968-03-07", "mla", "hu-njt-1988-1-tvr-hun-yug-y17"),
        ("bilateral-hun-yug-1986-legal-assistance-amendment", "1986-04-25", "mla", "hu-njt-1988-1-tvr-hun-yug-y17"),
    ],
)
def test_hungary_yugoslavia_treaties_uncertain_from_signature(iid, signed, purpose, source):
    # Yugoslavia has ceased to exist, so the check stops at 1991-12-31 rather than today
    day_before = {"1928-02-22": "1928-02-21", "1968-03-07": "1968-03-06", "1986-04-25": "1986-04-24"}[signed]
    assert iid not in _bilateral("HUN", "YUG", "--as-of", day_before, "--for", purpose)
    for day in (signed, "1991-12-31"):
        row = _row("HUN", "YUG", iid, day, purpose)
        assert _sides(row) == ("uncertain", "uncertain")
        assert row["instrument"]["signed"] == signed
        assert row["instrument"]["entry_into_force"] is None
        assert source in row["sources"]


def test_hungary_yugoslavia_1928_convention_serves_extradition_the_1968_treaty_does_not_claim_it():
    # hu-1000ev-1930-23-hun-yug-y17: chapter I 'A bűntettesek kiadatása'; the 1968 treaty's text was not read, so the
    # data claims mutual legal assistance only for it
    rows = _bilateral("HUN", "YUG", "--as-of", "1990-01-01", "--for", "extradition")
    assert "bilateral-hun-yug-1928-extradition-mla" in rows
    assert "bilateral-hun-yug-1968-legal-assistance" not in rows


def test_library_reads_the_round_17_rows_with_their_dates():
    # the same facts through the library: ch-sr-0-360-136-1-2022-y17 (entry_into_force 2024-05-01),
    # hu-njt-1988-1-tvr-hun-yug-y17 (the amendment of 1986 supplements the treaty of 1968; no entry into force given)
    data = load()
    deu = data.instruments["bilateral-che-deu-2022-police-cooperation"]
    assert str(deu.signed) == "2022-04-05"
    assert str(deu.entry_into_force) == "2024-05-01"
    assert {p.party for p in deu.parties} == {"CHE", "DEU"}
    amendment = data.instruments["bilateral-hun-yug-1986-legal-assistance-amendment"]
    assert amendment.supplements == "bilateral-hun-yug-1968-legal-assistance"
    assert amendment.entry_into_force is None
    trilateral = data.instruments["trilateral-aut-hun-ita-1869-extradition"]
    assert {p.party for p in trilateral.parties} == {"AUT", "HUN", "ITA"}


def test_brazil_portugal_extradition_treaty_of_1991_in_force_on_1_december_1994():
    # br-decreto-1325-1994-bra-prt-y17 (Brazil's promulgating decree): 'assinaram em 7 de maio de 1991, em Brasília, o
    # Tratado de Extradição'; 'Considerando que o Tratado entrou em vigor 1º de dezembro de 1994, nos termos do
    # parágrafo 2º de seu artigo XXV'
    after = _signed_then_in_force("BRA", "PRT", "bilateral-bra-prt-1991-extradition", "1991-05-07", "1994-12-01",
                                  "extradition", "br-decreto-1325-1994-bra-prt-y17")
    assert "pt-rar-5-94-prt-bra" in after["sources"]
