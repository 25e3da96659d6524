"""Bilateral agreements of Hungary, Italy and the Netherlands added or sourced in round 17b (helper bilb17b):
data/bilateral.yaml (new agreements and one sourced end).

Each case names the source (its key in the data) and quotes the words that give the expected answer, and asks on
both sides of the boundary the fact sets: the day before entry into force (pending or absent) and the day (in force);
for an agreement whose entry into force no source gives, the day before signature (absent) and from signature
(uncertain).
"""

from __future__ import annotations

import pytest

from octreaty.load import load

from .scenario import agreement as _row
from .scenario import agreement_signed_then_in_force as _signed_then_in_force
from .scenario import agreement_signed_uncertain as _signed_uncertain
from .scenario import bilateral as _bilateral
from .scenario import parties as _parties
from .scenario import sides as _sides


def test_austria_hungary_extradition_treaty_of_1975_in_force_on_18_july_1976():
    # at-ris-10002751-art22-y17b: 'des Vertrages zwischen der Republik Österreich und der Ungarischen Volksrepublik
    # über die Auslieferung vom 25. Februar 1975'; at-ris-10002370-a1-lexis-y17b: 'Artikel 1 Auslieferung (Ungarn)
    # Aktuelle Fassung In Kraft seit 18.7.1976'
    _signed_then_in_force("AUT", "HUN", "bilateral-aut-hun-1975-extradition", "1975-02-25", "1976-07-18",
                          "extradition", "at-ris-10002751-art22-y17b")


def test_austria_hungary_extradition_treaty_of_1975_superseded_by_ets_24_from_11_october_1993():
    # the tool applies ETS 24 art. 28(1) itself: both bound by the Convention from 1993-10-11 (hu-tv-1994-xix-s4-
    # complex-y17b: 'az európai kiadatási egyezmény 28. Cikk 1. bekezdésére tekintettel 1993. október 11. napján')
    before = _row("AUT", "HUN", "bilateral-aut-hun-1975-extradition", "1993-10-10", "extradition")
    assert _sides(before) == ("bound", "bound")
    after = _row("AUT", "HUN", "bilateral-aut-hun-1975-extradition", "1993-10-11", "extradition")
    assert _sides(after) == ("uncertain", "uncertain")
    assert "ETS 24" in after["a"]["reason"]


@pytest.mark.parametrize(
    ("iid", "day", "purpose", "source"),
    [
        # at-ris-10002751-art1-y17b: 'In Kraft seit 01. Dezember 1986'
        ("bilateral-aut-hun-1986-transfer-of-sentenced-persons", "1986-12-01", "all", "at-ris-10002751-art1-y17b"),
        # at-ris-10003261-a16-lexis-y17b: 'Rechtshilfe in Strafsachen - Ergänzung und Erleichterung (Ungarn) Aktuelle
        # Fassung In Kraft seit 01.12.1994'
        ("bilateral-aut-hun-1994-mla-supplementary", "1994-12-01", "mla", "at-ris-10003261-a16-lexis-y17b"),
    ],
)
def test_austria_hungary_treaties_without_a_known_signature_bind_both_from_entry_into_force(iid, day, purpose,
                                                                                           source):
    day_before = {"1986-12-01": "1986-11-30", "1994-12-01": "1994-11-30"}[day]
    assert iid not in _bilateral("AUT", "HUN", "--as-of", day_before, "--for", purpose)
    row = _row("AUT", "HUN", iid, day, purpose)
    assert _sides(row) == ("bound", "bound")
    assert row["linked_since"]["date"] == day
    assert row["instrument"]["signed"] is None
    assert row["instrument"]["entry_into_force"] == day
    assert source in row["sources"]


def test_finland_hungary_legal_assistance_treaty_of_1981_uncertain_from_signature():
    # hu-njt-1982-25-tvr-fin-hun-y17b: 'a Magyar Népköztársaság és a Finn Köztársaság között Budapesten, az 1981. évi
    # május hó 22-én aláírt, a polgári, családjogi és büntető ügyekben nyújtandó jogvédelemről és jogsegélyről szóló
    # szerződés'; '(A Szerződés megerősítő okiratait Helsinkiben, 1982. év július hó 2. napján cserélték ki.)' - no
    # day of entry into force is given, and none is worked out from the exchange
    on_day, today = _signed_uncertain("FIN", "HUN", "bilateral-fin-hun-1981-legal-assistance", "1981-05-22", "mla",
                                      {"hu-njt-1982-25-tvr-fin-hun-y17b", "hu-tv-1994-xix-s4-complex-y17b"})
    assert on_day["instrument"]["entry_into_force"] is None
    # after the exchange of ratifications it is still not "in force": the exchange is not taken for it
    assert _sides(_row("FIN", "HUN", "bilateral-fin-hun-1981-legal-assistance", "1982-07-02", "mla")) == (
        "uncertain", "uncertain")


def test_netherlands_san_marino_extradition_convention_of_1902_uncertain_from_signature():
    # gh-laws-markdown-bwbv0006181-y17b: 'Fait, en double, le sept novembre 1902, à Rome'; art. 16: 'Elle entrera
    # en vigueur quatre mois après l'échange des ratifications' (a day the mirror does not give)
    _signed_uncertain("NLD", "SMR", "bilateral-nld-smr-1902-extradition", "1902-11-07", "extradition",
                      {"gh-laws-markdown-bwbv0006181-y17b"})


def test_netherlands_san_marino_convention_serves_letters_rogatory_too():
    # gh-laws-markdown-bwbv0006181-y17b, art. 11: 'une commission rogatoire sera envoyée à cet effet'
    row = _row("NLD", "SMR", "bilateral-nld-smr-1902-extradition", "1950-01-01", "mla")
    assert _sides(row) == ("uncertain", "uncertain")


def test_italy_uk_extradition_treaty_of_1873_binds_both_until_13_may_1991_only():
    # it-gu-1991-102-091a1964-ita-gbr-y17b: 'Da detta data [il 14 maggio 1991] cessera' di avere effetto nei
    # rapporti tra i due Paesi il trattato bilaterale di estradizione del 5 febbraio 1873'
    iid = "bilateral-gbr-ita-1873-extradition"
    before = _parties(iid, "1991-05-13", "--all")
    assert before["ITA"]["state"] == "bound" and before["GBR"]["state"] == "bound"
    assert _parties(iid, "1991-05-14", "--all") == {}


def test_library_reads_the_round_17b_rows_with_their_sources():
    # the same facts through the library: at-ris-10002370-a1-lexis-y17b (in force 1976-07-18);
    # it-gu-1991-102-091a1964-ita-gbr-y17b (the 1873 treaty ended 1991-05-14)
    data = load()
    ext = data.instruments["bilateral-aut-hun-1975-extradition"]
    assert str(ext.signed) == "1975-02-25"
    assert str(ext.entry_into_force) == "1976-07-18"
    assert "at-ris-10002370-a1-lexis-y17b" in ext.sources
    old = data.instruments["bilateral-gbr-ita-1873-extradition"]
    assert str(old.terminated) == "1991-05-14"
    assert "it-gu-1991-102-091a1964-ita-gbr-y17b" in old.sources
    sup = data.instruments["bilateral-aut-hun-1994-mla-supplementary"]
    assert sup.supplements == "ets-030"


@pytest.mark.parametrize(
    ("b", "iid", "signed", "purpose", "source"),
    [
        # hu-1925-v-tc-hun-rou-jogtar-y17b: 'a közönséges bűntettesek kölcsönös kiadatása és a bűnügyi jogsegély
        # tárgyában Romániával kötött, 1924. évi április hó 16-án Bukarestben kelt Egyezmény'
        ("ROU", "bilateral-hun-rou-1924-extradition-mla", "1924-04-16", "extradition",
         "hu-1925-v-tc-hun-rou-jogtar-y17b"),
        ("ROU", "bilateral-hun-rou-1924-extradition-mla", "1924-04-16", "mla", "hu-1925-v-tc-hun-rou-jogtar-y17b"),
        # hu-ogy-1947-200-hun-rou-1948-y17b: 'a bűntettesek kiadatása és a bűnügyi jogsegély tárgyában Budapesten,
        # az 1948. évi augusztus hó 28. napján kelt egyezmény'
        ("ROU", "bilateral-hun-rou-1948-extradition-mla", "1948-08-28", "extradition",
         "hu-ogy-1947-200-hun-rou-1948-y17b"),
        # hu-ngy-1922-938-hun-ita-1922-y17b: 'az állampolgárok kölcsönös törvényes védelme iránt Olaszországgal
        # kötött, 1922. évi április hó 6-án Rómában kelt Egyezmény'; art. 16 'commissions rogatoires en matière pénale'
        ("ITA", "bilateral-hun-ita-1922-legal-protection", "1922-04-06", "mla", "hu-ngy-1922-938-hun-ita-1922-y17b"),
    ],
)
def test_older_hungarian_conventions_uncertain_from_signature(b, iid, signed, purpose, source):
    _signed_uncertain("HUN", b, iid, signed, purpose, {source})


def test_hungary_italy_convention_of_1922_is_no_extradition_treaty():
    # hu-ngy-1922-938-hun-ita-1922-y17b: a convention on legal protection; the data claims no extradition for it
    rows = _bilateral("HUN", "ITA", "--as-of", "1930-01-01", "--for", "extradition")
    assert "bilateral-hun-ita-1922-legal-protection" not in rows


@pytest.mark.parametrize(
    ("a", "iid", "signed", "purpose", "source"),
    [
        # fr-jo-1992-11-18-maej9230064d-y17b: 'la convention entre la République populaire hongroise relative à
        # l'entraide judiciaire en matière civile et familiale, ... ainsi qu'à l'entraide judiciaire en matière pénale
        # et à l'extradition, signée à Budapest le 31 juillet 1980'
        ("FRA", "bilateral-fra-hun-1980-legal-assistance-extradition", "1980-07-31", "extradition",
         "fr-jo-1992-11-18-maej9230064d-y17b"),
        ("FRA", "bilateral-fra-hun-1980-legal-assistance-extradition", "1980-07-31", "mla",
         "fr-jo-1992-11-18-maej9230064d-y17b"),
        # hu-ki-1939-354-deu-hun-1940-y17b: 'a Budapesten, 1940. évi június hó 16. napján kelt magyar-német kiadatási
        # szerződés'
        ("DEU", "bilateral-deu-hun-1940-extradition", "1940-06-16", "extradition", "hu-ki-1939-354-deu-hun-1940-y17b"),
        # gr-n-1149-1981-grc-hun-anaconda-y17b: 'της εις Βουδαπέστην την 8ην Οκτωβρίου 1979 υπογραφείσης Συμβάσεως
        # Δικαστικής Αρωγής επί αστικών και ποινικών υποθέσεων'
        ("GRC", "bilateral-grc-hun-1979-legal-assistance", "1979-10-08", "mla", "gr-n-1149-1981-grc-hun-anaconda-y17b"),
    ],
)
def test_french_german_and_greek_treaties_with_hungary_uncertain_from_signature(a, iid, signed, purpose, source):
    _signed_uncertain(a, "HUN", iid, signed, purpose, {source})


def test_france_hungary_convention_of_1980_stays_uncertain_in_1993_and_cites_the_act_of_1994():
    # hu-tv-1994-xix-s4-complex-y17b: its arts. 29-30, 32-42 and 44-65 'hatályát veszíti' on 1993-10-11 with regard
    # to ETS 30 art. 26(1) and ETS 24 art. 28(1); no entry into force is known, so it stays uncertain either way
    row = _row("FRA", "HUN", "bilateral-fra-hun-1980-legal-assistance-extradition", "1993-10-11", "extradition")
    assert _sides(row) == ("uncertain", "uncertain")
    assert "hu-tv-1994-xix-s4-complex-y17b" in row["sources"]


def test_greece_hungary_convention_of_1979_claims_no_extradition():
    # gr-n-1149-1981-grc-hun-anaconda-y17b names legal assistance in civil and criminal matters only; what its
    # Chapter IV covers was not read, so the data claims mla alone
    rows = _bilateral("GRC", "HUN", "--as-of", "1985-01-01", "--for", "extradition")
    assert "bilateral-grc-hun-1979-legal-assistance" not in rows


def test_portugal_uruguay_extradition_treaty_of_2017_signature_confirmed_by_portugal():
    # pt-dar-2018-10-03-ppr-77-xiii-prt-ury-y17b: 'O Tratado de Extradição entre a República Portuguesa e a
    # República Oriental do Uruguai foi assinado em Lisboa, em 25 de outubro de 2017.' (no entry into force given)
    _signed_uncertain("PRT", "URY", "bilateral-prt-ury-2017-extradition", "2017-10-25", "extradition",
                      {"uy-ley-19704-ury-prt", "pt-dar-2018-10-03-ppr-77-xiii-prt-ury-y17b"})
