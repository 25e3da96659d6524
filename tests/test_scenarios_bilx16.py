"""Bilateral extradition, mutual legal assistance and crime-cooperation agreements of the Americas and of European
states with non-EU partners, added in round 16 (helper bilx16): data/bilateral-x16.yaml.

Each case names the source (its key in the data) and quotes the words that give the expected answer, and asks on
both sides of the boundary the fact sets: the day before entry into force (pending) and the day (in force); for an
agreement in force by a day a source shows it applied, the day before (uncertain) and the day (bound); for an
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


@pytest.mark.parametrize(
    ("a", "b", "iid", "signed", "day", "purpose", "source"),
    [
        # sk-zz-1978-106-csk-mng-x16: 'Dňa 15. októbra 1976 bola v Ulánbátare podpísaná Zmluva'; 'Podľa svojho článku
        # 90 Zmluva vstúpila do platnosti dňom 22. marca 1978'; part eight, art. 67 'Vydanie osôb' (extradition)
        ("CSK", "MNG", "bilateral-csk-mng-1976-legal-assistance", "1976-10-15", "1978-03-22", "extradition",
         "sk-zz-1978-106-csk-mng-x16"),
        ("CSK", "MNG", "bilateral-csk-mng-1976-legal-assistance", "1976-10-15", "1978-03-22", "mla",
         "sk-zz-1978-106-csk-mng-x16"),
        # sk-zz-1981-80-csk-cub-x16: 'Dňa 18. apríla 1980 bola v Prahe podpísaná Zmluva'; 'Podľa svojho článku 81
        # Zmluva nadobúda platnosť 11. júlom 1981'
        ("CSK", "CUB", "bilateral-csk-cub-1980-legal-assistance", "1980-04-18", "1981-07-11", "mla",
         "sk-zz-1981-80-csk-cub-x16"),
        # sk-zz-1983-44-afg-csk-x16: 'Dňa 24. júna 1981 bola v Prahe podpísaná Zmluva'; 'Zmluva na základe svojho
        # článku 52 nadobudla platnosť 8. decembrom 1982'
        ("CSK", "AFG", "bilateral-afg-csk-1981-legal-assistance", "1981-06-24", "1982-12-08", "mla",
         "sk-zz-1983-44-afg-csk-x16"),
        # sk-zz-1984-98-csk-vnm-x16: 'Dňa 12. októbra 1982 bola v Prahe podpísaná Zmluva'; 'Zmluva nadobudla platnosť
        # na základe svojho článku 81 dňa 16. apríla 1984'
        ("CSK", "VNM", "bilateral-csk-vnm-1982-legal-assistance", "1982-10-12", "1984-04-16", "mla",
         "sk-zz-1984-98-csk-vnm-x16"),
        # sk-zz-1989-93-csk-prk-x16: 'Dňa 11. septembra 1988 bola v Pchjongjangu podpísaná Zmluva'; 'Zmluva nadobudla
        # platnosť na základe svojho článku 49 dňom 16. júna 1989'
        ("CSK", "PRK", "bilateral-csk-prk-1988-legal-assistance", "1988-09-11", "1989-06-16", "mla",
         "sk-zz-1989-93-csk-prk-x16"),
        # pe-ds-033-2002-re-per-slv-x16: 'con fecha 17 de enero de 2002, se suscribió en la ciudad de San Salvador';
        # SPIJ: 'El presente Convenio entró en vigencia el 25-04-2002.'
        ("PER", "SLV", "bilateral-per-slv-2002-drug-cooperation", "2002-01-17", "2002-04-25", "police",
         "pe-ds-033-2002-re-per-slv-x16"),
        # ch-sr-0-360-514-1-x16: 'Geschehen in Vaduz ... am 15. Dezember 2004'; 'Ratifikationsurkunden ausgetauscht am
        # 30. April 2006 In Kraft getreten am 1. Mai 2006'
        ("CHE", "LIE", "bilateral-che-lie-2004-fingerprint-dna", "2004-12-15", "2006-05-01", "police",
         "ch-sr-0-360-514-1-x16"),
        # ch-sr-0-360-163-11-x16: 'Geschehen zu Mauren ... am 21. April 2008'; Fedlex: entry_into_force 2008-07-01
        ("CHE", "LIE", "trilateral-aut-che-lie-2008-police-liaison-office", "2008-04-21", "2008-07-01", "police",
         "ch-sr-0-360-163-11-x16"),
        # li-lgbl-2011-328-che-lie-x16: 'Abgeschlossen in St. Luziensteig am 10. August 2011'; 'Inkrafttreten: 11. August
        # 2011'
        ("CHE", "LIE", "bilateral-che-lie-2011-police-communication-system", "2011-08-10", "2011-08-11", "police",
         "li-lgbl-2011-328-che-lie-x16"),
        ("AUT", "LIE", "trilateral-aut-che-lie-2008-police-liaison-office", "2008-04-21", "2008-07-01", "police",
         "ch-sr-0-360-163-11-x16"),
        # es-boe-a-2020-13796-ecu-esp-mla-x16: 'Hecho en Madrid, el 18 de diciembre de 2017'; 'El presente Tratado
        # entrará en vigor el 19 de noviembre de 2020'
        ("ESP", "ECU", "bilateral-ecu-esp-2017-mla", "2017-12-18", "2020-11-19", "mla",
         "es-boe-a-2020-13796-ecu-esp-mla-x16"),
        # es-boe-a-2017-7646-esp-vnm-mla-x16: 'Hecho en Madrid, el 18 de septiembre de 2015'; 'El presente Tratado
        # entrará en vigor el 8 de julio de 2017'
        ("ESP", "VNM", "bilateral-esp-vnm-2015-mla", "2015-09-18", "2017-07-08", "mla",
         "es-boe-a-2017-7646-esp-vnm-mla-x16"),
        # sk-zz-2008-650-svk-usa-x16: '2. októbra 2008 bola v Bratislave podpísaná Dohoda'; 'Dohoda nadobudne platnosť
        # 2. januára 2009 v súlade s článkom VIII ods. 1.'
        ("SVK", "USA", "bilateral-svk-usa-2008-terrorist-screening-information", "2008-10-02", "2009-01-02", "police",
         "sk-zz-2008-650-svk-usa-x16"),
    ],
)
def test_agreement_in_force_on_the_day_its_source_gives(a, b, iid, signed, day, purpose, source):
    _signed_then_in_force(a, b, iid, signed, day, purpose, source)


def test_czechoslovak_treaty_with_cuba_serves_no_extradition_purpose_in_the_data():
    # sk-zz-1981-80-csk-cub-x16 holds the notice only ('o vzájomnej právnej pomoci v občianskych, rodinných a
    # trestných veciach'): the data claims mutual assistance, not extradition, for it
    assert "bilateral-csk-cub-1980-legal-assistance" not in _bilateral(
        "CSK", "CUB", "--as-of", "1981-07-11", "--for", "extradition")


@pytest.mark.parametrize(
    ("a", "b", "iid", "signed", "purpose", "source"),
    [
        # ar-ley-2239-arg-bel-x16: 'Apruébase el tratado de Extradición firmado en Bruselas el 12 de Agosto de 1886';
        # no day of exchange or entry into force on the record
        ("ARG", "BEL", "bilateral-arg-bel-1886-extradition", "1886-08-12", "extradition", "ar-ley-2239-arg-bel-x16"),
        # ar-ley-3495-arg-nld-x16: 'firmada ... en la ciudad de Buenos Aires, el día 7 de Setiembre del año 1893';
        # art. 18: in force 'veinte días después de la promulgación', a day not given
        ("ARG", "NLD", "bilateral-arg-nld-1893-extradition", "1893-09-07", "extradition", "ar-ley-3495-arg-nld-x16"),
        # ar-ley-886-arg-pry-x16: 'lo sellaron en la ciudad de Asunción, á los seis días del mes de Marzo del año mil
        # ochocientos setenta y siete'
        ("ARG", "PRY", "bilateral-arg-pry-1877-extradition", "1877-03-06", "extradition", "ar-ley-886-arg-pry-x16"),
        # lu-loi-1892-05-11-n5-lux-rus-x16: 'la convention conclue à Luxembourg le 31/19 mars 1892 entre le Grand-Duché
        # de Luxembourg et la Russie, pour l'extradition des malfaiteurs'
        ("LUX", "RUS", "bilateral-lux-rus-1892-extradition", "1892-03-31", "extradition",
         "lu-loi-1892-05-11-n5-lux-rus-x16"),
        # hu-law-1910-9-aut-hun-pry-x16: 'Kelt Buenos-Airesben, 1907. évi október hó 16-ik napján'; in force three months
        # after the exchange of ratifications, a day not given
        ("HUN", "PRY", "trilateral-aut-hun-pry-1907-extradition", "1907-10-16", "extradition",
         "hu-law-1910-9-aut-hun-pry-x16"),
        # lu-loi-2017-05-17-a504-lux-usa-x16: 'Memorandum of Understanding ... for the exchange of terrorism screening
        # information », signé à Luxembourg le 20 juin 2012'; no entry into force given
        ("LUX", "USA", "bilateral-lux-usa-2012-terrorist-screening-information", "2012-06-20", "police",
         "lu-loi-2017-05-17-a504-lux-usa-x16"),
        # AUT-LIE 1955 moved to test_scenarios_bileif22c.py: in force by 1968-03-20, replaced from 1983-09-01 (round 22)
        # ppg-vigoni-2020-ita-cri-ury-ecu-x16 (a law journal's note): 'dei trattati di estradizione e di assistenza
        # giudiziaria in materia penale con la Repubblica del Costa Rica, entrambi fatti a Roma il 27 maggio 2016'; '...
        # con la Repubblica di Ecuador, entrambi fatti a Quito, il 25 novembre 2015'
        ("ITA", "CRI", "bilateral-cri-ita-2016-extradition", "2016-05-27", "extradition",
         "ppg-vigoni-2020-ita-cri-ury-ecu-x16"),
        ("ITA", "CRI", "bilateral-cri-ita-2016-mla", "2016-05-27", "mla", "ppg-vigoni-2020-ita-cri-ury-ecu-x16"),
        ("ITA", "ECU", "bilateral-ecu-ita-2015-extradition", "2015-11-25", "extradition",
         "ppg-vigoni-2020-ita-cri-ury-ecu-x16"),
        ("ITA", "ECU", "bilateral-ecu-ita-2015-mla", "2015-11-25", "mla", "ppg-vigoni-2020-ita-cri-ury-ecu-x16"),
        # ppg-vigoni-ita-dom-x16 (a law journal's note): 'i due Trattati fra Italia e Repubblica Dominicana, entrambi fatti
        # a Roma il 13 febbraio 2019'
        ("ITA", "DOM", "bilateral-dom-ita-2019-extradition", "2019-02-13", "extradition", "ppg-vigoni-ita-dom-x16"),
        ("ITA", "DOM", "bilateral-dom-ita-2019-mla", "2019-02-13", "mla", "ppg-vigoni-ita-dom-x16"),
        # isgi-larassegna-l-55-2016-ita-pan-x16: 'Trattato di assistenza giudiziaria in materia penale ... fatto a Panama il
        # 25 novembre 2013, e del Trattato di estradizione ... fatto a Panama il 25 novembre 2013'
        ("ITA", "PAN", "bilateral-ita-pan-2013-extradition", "2013-11-25", "extradition",
         "isgi-larassegna-l-55-2016-ita-pan-x16"),
        ("ITA", "PAN", "bilateral-ita-pan-2013-mla", "2013-11-25", "mla", "isgi-larassegna-l-55-2016-ita-pan-x16"),
        # isgi-larassegna-l-152-2016-ita-mar-x16: 'Accordo aggiuntivo ... fatto a Rabat il 1° aprile 2014' (the 1971
        # convention it supplements is dated since round 16b: see the test below)
        ("ITA", "MAR", "bilateral-ita-mar-2014-additional-agreement", "2014-04-01", "extradition",
         "isgi-larassegna-l-152-2016-ita-mar-x16"),
    ],
)
def test_agreement_uncertain_from_signature_when_no_source_dates_its_entry_into_force(a, b, iid, signed, purpose,
                                                                                       source):
    on_day, today = _signed_uncertain(a, b, iid, signed, purpose, {source})
    assert source in on_day["sources"]


@pytest.mark.parametrize("purpose", ["extradition", "mla"])
def test_italy_morocco_convention_of_1971_pending_from_signature_and_in_force_on_22_may_1975(purpose):
    # isgi-larassegna-l-152-2016-ita-mar-x16: 'Convenzione di reciproca assistenza giudiziaria, di esecuzione delle
    # sentenze e di estradizione ... del 12 febbraio 1971'; round 16b (itbil) dated it from
    # it-camera-dossier-428-2016-ita-mar-itbil: 'è in vigore a livello internazionale dal 22 maggio 1975'
    after = _signed_then_in_force("ITA", "MAR", "bilateral-ita-mar-1971-legal-assistance-extradition", "1971-02-12",
                                  "1975-05-22", purpose, "it-camera-dossier-428-2016-ita-mar-itbil")
    assert "isgi-larassegna-l-152-2016-ita-mar-x16" in after["sources"]


def test_luxembourg_sweden_norway_convention_of_1883_binds_neither_before_its_signature():
    # lu-loi-1883-12-28-n5-lux-nor-swe-x16: 'la convention conclue à Berlin, le 21 juillet 1883, entre le Grand-Duché
    # de Luxembourg et la Suède et la Norvége'; its entry into force is not given
    iid = "trilateral-lux-nor-swe-1883-extradition"
    for other in ("NOR", "SWE"):
        assert iid not in _bilateral("LUX", other, "--as-of", "1883-07-20", "--for", "extradition")
        row = _row("LUX", other, iid, "1883-07-21", "extradition")
        assert _sides(row) == ("uncertain", "uncertain")
        assert row["instrument"]["entry_into_force"] is None
        assert "lu-loi-1883-12-28-n5-lux-nor-swe-x16" in row["sources"]


def test_us_paraguay_treaty_of_1913_uncertain_until_a_1921_despatch_shows_it_existing():
    # wikisource-38-stat-1755-pry-usa-x16: 'Done at Asuncion this twenty sixth day of March ... one thousand nine
    # hundred and thirteen'; frus-1921-v02-d573-pry-usa-x16 (despatch of 1921-10-28): 'the treaty of extradition
    # existing between the United States and Paraguay'
    iid = "bilateral-pry-usa-1913-extradition"
    assert iid not in _bilateral("USA", "PRY", "--as-of", "1913-03-25", "--for", "extradition")
    before = _row("USA", "PRY", iid, "1921-10-27", "extradition")
    assert _sides(before) == ("uncertain", "uncertain")
    assert before["instrument"]["signed"] == "1913-03-26"
    on_day = _row("USA", "PRY", iid, "1921-10-28", "extradition")
    assert _sides(on_day) == ("bound", "bound")
    assert on_day["instrument"]["entry_into_force"] is None
    assert on_day["linked_since"] == {"date": None, "earliest": "1913-03-26", "latest": "1921-10-28"}
    assert "frus-1921-v02-d573-pry-usa-x16" in on_day["sources"]


def test_library_reads_the_round_16_rows_with_their_dates():
    # the same facts through the library: sk-zz-1978-106-csk-mng-x16 ('vstúpila do platnosti dňom 22. marca 1978'),
    # ar-ley-3495-arg-nld-x16 (no entry into force given)
    data = load()
    mng = data.instruments["bilateral-csk-mng-1976-legal-assistance"]
    assert str(mng.signed) == "1976-10-15"
    assert str(mng.entry_into_force) == "1978-03-22"
    assert set(dict(mng.purposes)) == {"mla", "extradition"}
    nld = data.instruments["bilateral-arg-nld-1893-extradition"]
    assert nld.entry_into_force is None
    assert {p.party for p in nld.parties} == {"ARG", "NLD"}


@pytest.mark.parametrize(
    ("a", "b", "iid", "signed", "source"),
    [
        # it-camera-18-ac-1941-ita-col-transfer-x16: 'c) Trattato tra la Repubblica italiana e la Repubblica di Colombia
        # sul trasferimento delle persone condannate, fatto a Roma il 16 dicembre 2016'
        ("ITA", "COL", "bilateral-col-ita-2016-transfer-of-sentenced-persons", "2016-12-16",
         "it-camera-18-ac-1941-ita-col-transfer-x16"),
        # it-gu-l-170-2025-ita-lby-x16: 'il Trattato sul trasferimento delle persone condannate ... tra la Repubblica
        # italiana e lo Stato della Libia, fatto a Palermo il 29 settembre 2023'
        ("ITA", "LBY", "bilateral-ita-lby-2023-transfer-of-sentenced-persons", "2023-09-29", "it-gu-l-170-2025-ita-lby-x16"),
        # isgi-larassegna-l-152-2016-ita-mar-x16: 'Convenzione ... sul trasferimento delle persone condannate, fatta a
        # Rabat il 1° apri[le 2014]'
        ("ITA", "MAR", "bilateral-ita-mar-2014-transfer-of-sentenced-persons", "2014-04-01",
         "isgi-larassegna-l-152-2016-ita-mar-x16"),
        # it-senato-18-ddl-987-ita-nga-x16: 'c) Accordo sul trasferimento delle persone condannate ... fatto a Roma l'8
        # novembre 2016'
        ("ITA", "NGA", "bilateral-ita-nga-2016-transfer-of-sentenced-persons", "2016-11-08",
         "it-senato-18-ddl-987-ita-nga-x16"),
        # ppg-vigoni-2015-ita-bra-mex-x16: 'il Trattato sul trasferimento delle persone condannate, sottoscritto a Brasilia
        # il 27 marzo 2008'
        ("ITA", "BRA", "bilateral-bra-ita-2008-transfer-of-sentenced-persons", "2008-03-27",
         "ppg-vigoni-2015-ita-bra-mex-x16"),
    ],
)
def test_transfer_treaty_uncertain_from_signature(a, b, iid, signed, source):
    # a transfer treaty serves no purpose of its own in `link --for`: asked for all purposes
    _signed_uncertain(a, b, iid, signed, "all", {source})


@pytest.mark.parametrize(
    ("a", "b", "iid", "year", "purpose"),
    [
        # ppg-vigoni-ita-dom-x16: 'con El Salvador (la Convenzione di estradizione dei malfattori del 1871 ...)', 'Cuba (la
        # Convenzione di estradizione del 1928 ...)': the source gives only the year
        ("ITA", "SLV", "bilateral-ita-slv-1871-extradition", "1871", "extradition"),
        ("ITA", "CUB", "bilateral-cub-ita-1928-extradition", "1928", "extradition"),
    ],
)
def test_agreement_known_only_by_its_year_is_absent_before_and_uncertain_after_that_year(a, b, iid, year, purpose):
    assert iid not in _bilateral(a, b, "--as-of", f"{int(year) - 1}-12-31", "--for", purpose)
    row = _row(a, b, iid, f"{int(year) + 1}-01-01", purpose)
    assert _sides(row) == ("uncertain", "uncertain")
    assert row["instrument"]["signed"] == year
    assert row["instrument"]["entry_into_force"] is None
    assert "ppg-vigoni-ita-dom-x16" in row["sources"]


def test_canada_cuba_forfeited_assets_agreement_in_force_on_the_canada_treaty_series_day():
    # commonlii-catser-2004-12-can-cub-x16: '... regarding the Sharing of Forfeited Assets or their Equivalent Funds
    # [2004] CATSer 12 (3 June 2004)', the date CommonLII gives a treaty of the series (its entry into force); not an
    # MLA treaty: asked for all purposes
    iid = "bilateral-can-cub-2004-forfeited-assets-sharing"
    assert iid not in _bilateral("CAN", "CUB", "--as-of", "2004-06-02", "--for", "all")
    row = _row("CAN", "CUB", iid, "2004-06-03", "all")
    assert _sides(row) == ("bound", "bound")
    assert row["linked_since"]["date"] == "2004-06-03"
    assert "commonlii-catser-2004-12-can-cub-x16" in row["sources"]
    assert iid not in _bilateral("CAN", "CUB", "--as-of", "2004-06-03", "--for", "mla")


@pytest.mark.parametrize(
    ("other", "iid", "purpose", "source", "signed"),
    [
        # hu-act-2019-91-hun-mar-extradition-x16: 'felhatalmazást ad a Magyarország és a Marokkói Királyság között
        # létrejött kiadatási egyezmény ... kötelező hatályának elismerésére'; no day of entry into force; the
        # signature was dated in round 16b (itbil) from infomediaire-2020-mar-hun-itbil: 'signée le 21 octobre 2019 à
        # Marrakech'
        ("MAR", "bilateral-hun-mar-extradition", "extradition", "hu-act-2019-91-hun-mar-extradition-x16", "2019-10-21"),
        ("MAR", "bilateral-hun-mar-transfer-of-sentenced-persons", "all", "hu-act-2019-90-hun-mar-transfer-x16",
         "2019-10-21"),
        # hu-act-2021-73-hun-tjk-extradition-x16: 'a Magyarország és a Tádzsik Köztársaság között létrejött kiadatási
        # egyezmény'; its art. 31(1) leaves the day to the last notification, which no source read dates
        ("TJK", "bilateral-hun-tjk-extradition", "extradition", "hu-act-2021-73-hun-tjk-extradition-x16", None),
        ("TJK", "bilateral-hun-tjk-transfer-of-sentenced-persons", "all", "hu-act-2021-72-hun-tjk-transfer-x16", None),
        # hu-act-2024-4-hun-vnm-crime-x16: 'a nemzetközi és szervezett bűnözés elleni küzdelemben és megelőzésben való
        # együttműködésről szóló megállapodás'
        ("VNM", "bilateral-hun-vnm-organised-crime", "police", "hu-act-2024-4-hun-vnm-crime-x16", None),
        # hu-act-2025-103-chn-hun-extradition-x16: 'Magyarország és a Kínai Népköztársaság között a kiadatásról szóló
        # szerződés'
        ("CHN", "bilateral-chn-hun-extradition", "extradition", "hu-act-2025-103-chn-hun-extradition-x16", None),
    ],
)
def test_hungarian_treaty_known_only_from_its_promulgating_act_is_uncertain(other, iid, purpose, source, signed):
    row = _row("HUN", other, iid, "2026-12-02", purpose)
    assert _sides(row) == ("uncertain", "uncertain")
    assert row["instrument"]["signed"] == signed
    assert row["instrument"]["entry_into_force"] is None
    assert source in row["sources"]


def test_italy_viet_nam_treaties_of_july_2023_absent_before_the_month_and_uncertain_after():
    # agenzianova-2023-07-18-ita-vnm-x16 (a press report of 2023-07-18): 'Nordio firma due trattati bilaterali' on
    # extradition and on the transfer of sentenced persons; only the month is taken
    for iid, purpose in (("bilateral-ita-vnm-2023-extradition", "extradition"),
                         ("bilateral-ita-vnm-2023-transfer-of-sentenced-persons", "all")):
        assert iid not in _bilateral("ITA", "VNM", "--as-of", "2023-06-30", "--for", purpose)
        row = _row("ITA", "VNM", iid, "2023-08-01", purpose)
        assert _sides(row) == ("uncertain", "uncertain")
        assert row["instrument"]["signed"] == "2023-07"
        assert "agenzianova-2023-07-18-ita-vnm-x16" in row["sources"]


def test_argentina_italy_letters_rogatory_convention_of_1887_replaced_by_the_1987_convention():
    # ar-ley-3983-arg-ita-x16: 'firmada en Roma el 1° de Agosto de 1887'; letters rogatory 'en materia penal, no
    # política'; it-giustizia-atti-arg-ita-1987-mla-x16: the 1987 convention 'abroga espressamente la Convenzione per
    # l'esecuzione delle lettere rogatorie e dei giudicati sottoscritta a Roma il 1 agosto 1887'
    iid = "bilateral-arg-ita-1887-letters-rogatory"
    assert iid not in _bilateral("ARG", "ITA", "--as-of", "1887-07-31", "--for", "mla")
    for day in ("1887-08-01", "1960-01-01"):
        row = _row("ARG", "ITA", iid, day, "mla")
        assert _sides(row) == ("uncertain", "uncertain")
        assert row["instrument"]["entry_into_force"] is None
        assert "ar-ley-3983-arg-ita-x16" in row["sources"]
    assert load().instruments[iid].replaced_by == "bilateral-arg-ita-1987-mla"


def test_italy_costa_rica_convention_of_1873_bound_by_the_ministry_of_justice_report_of_2017():
    # it-giustizia-ddl-2017-ita-cri-x16 (2017-07-21): cooperation 'attualmente regolati dalla Convenzione per la
    # reciproca estradizione dei malfattori, fatta a Roma il 6 maggio 1873'; the 2016 treaty is to replace it
    iid = "bilateral-cri-ita-1873-extradition"
    assert iid not in _bilateral("ITA", "CRI", "--as-of", "1873-05-05", "--for", "extradition")
    before = _row("ITA", "CRI", iid, "2017-07-20", "extradition")
    assert _sides(before) == ("uncertain", "uncertain")
    on_day = _row("ITA", "CRI", iid, "2017-07-21", "extradition")
    assert _sides(on_day) == ("bound", "bound")
    assert on_day["linked_since"] == {"date": None, "earliest": "1873-05-06", "latest": "2017-07-21"}
    assert "it-giustizia-ddl-2017-ita-cri-x16" in on_day["sources"]


def test_italy_panama_treaty_of_1930_denounced_by_panama_in_1988():
    # ppg-zoerle-2016-4-ita-pan-x16: 'la denuncia del precedente Trattato di estradizione e di assistenza giudiziaria in
    # materia penale (Panama, 1930) da parte del Governo della Repubblica panamense il 16 maggio 1988'; no day it took
    # effect, no entry into force: uncertain throughout, the denunciation recorded on Panama's row
    iid = "bilateral-ita-pan-1930-extradition-mla"
    assert iid not in _bilateral("ITA", "PAN", "--as-of", "1929-12-31", "--for", "extradition")
    for day in ("1950-01-01", "1995-01-01"):
        assert _sides(_row("ITA", "PAN", iid, day, "extradition")) == ("uncertain", "uncertain")
    pan = [p for p in load().instruments[iid].parties if p.party == "PAN"][0]
    assert [(e.type, str(e.date)) for e in pan.events] == [("agreement", "1930"), ("denunciation", "1988-05-16")]
