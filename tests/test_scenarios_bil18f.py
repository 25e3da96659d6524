"""Bilateral extradition and mutual legal assistance agreements of Jordan, Lebanon, Kuwait, Algeria, Egypt and Libya
added in round 18 (helper bil18f) in data/bilateral.yaml.

Each case names the source (its key in the data) and quotes the words that give the expected answer, and asks on
both sides of the boundary the fact sets: the day before signature (absent) and the day of signature (uncertain,
since no source read gives the entry into force), and today (still uncertain).
"""

from __future__ import annotations

import pytest

from .scenario import agreement as _row
from .scenario import agreement_signed_uncertain as _signed_uncertain
from .scenario import bilateral as _bilateral
from .scenario import sides as _sides


@pytest.mark.parametrize(
    ("a", "b", "iid", "signed", "purpose", "source"),
    [
        # fr-jorf-2016-54-fra-jor-mla-x18f: 'Décret n° 2016-54 du 28 janvier 2016 portant publication de la convention
        # d'entraide judiciaire en matière pénale ... Royaume hachémite de Jordanie, signée à Paris le 20 juillet 2011'
        ("FRA", "JOR", "bilateral-fra-jor-2011-mla", "2011-07-20", "mla", "fr-jorf-2016-54-fra-jor-mla-x18f"),
        # fr-justice-2011-07-21-fra-jor-x18f: 'a reçu mercredi 20 juillet le ministre jordanien de la Justice' ...
        # 'Les deux ministres ont ensuite signé deux conventions ... une convention d'extradition.'
        ("JOR", "FRA", "bilateral-fra-jor-2011-extradition", "2011-07-20", "extradition",
         "fr-justice-2011-07-21-fra-jor-x18f"),
        # fr-an-pjl-3315-fra-lbn-mla-x18f: 'Le 21 janvier 2010, le ministre d'État, garde des sceaux ... et le
        # ministre de la justice du Liban ont signé, à Paris, une convention d'entraide judiciaire en matière pénale'
        ("FRA", "LBN", "bilateral-fra-lbn-2010-mla", "2010-01-21", "mla", "fr-an-pjl-3315-fra-lbn-mla-x18f"),
        # fr-jorf-2018-442-dza-fra-mla-x18f: 'Décret n° 2018-442 du 4 juin 2018 portant publication de la convention
        # d'entraide judiciaire en matière pénale ... signée à Paris le 5 octobre 2016'
        ("DZA", "FRA", "bilateral-dza-fra-2016-mla", "2016-10-05", "mla", "fr-jorf-2018-442-dza-fra-mla-x18f"),
        # dz-mjustice-conventions-bilaterales-2021-x18f: 'France 28 août 1962 Protocole judiciaire algéro-français';
        # fr-gouv-cm-2017-04-05-dza-fra-mla-x18f: the criminal-matters cooperation 'repose sur le protocole judiciaire
        # du 28 août 1962'
        ("FRA", "DZA", "bilateral-dza-fra-1962-judicial-protocol", "1962-08-28", "mla",
         "dz-mjustice-conventions-bilaterales-2021-x18f"),
        # kuwaittimes-2017-gbr-kwt-extradition-x18f: 'The extradition deal was co-signed on Dec 15 by Kuwaiti Deputy
        # Foreign Minister Khaled Al-Jarallah and British Minister ... Tobias Ellwood'; uk-lords-2018-10-30-...:
        # 'signed in December 2016'
        ("GBR", "KWT", "bilateral-gbr-kwt-2016-extradition", "2016-12-15", "extradition",
         "kuwaittimes-2017-gbr-kwt-extradition-x18f"),
        # (bilateral-gbr-jor-2013-mla left this table in round 22: in force 2013-07-01, see
        # tests/test_scenarios_bileif22b.py)
        # efe-2026-01-15-egy-esp-x18f: 'El Cairo, 15 ene (EFE).- España y Egipto reforzaron este jueves su cooperación
        # ... con la firma de acuerdos sobre extradición y asistencia judicial penal'
        ("EGY", "ESP", "bilateral-egy-esp-2026-extradition", "2026-01-15", "extradition",
         "efe-2026-01-15-egy-esp-x18f"),
        ("ESP", "EGY", "bilateral-egy-esp-2026-mla", "2026-01-15", "mla", "efe-2026-01-15-egy-esp-x18f"),
        # ro-mae-2021-04-04-jor-rou-extradition-x18f: 'duminică, 4 aprilie 2021, la Amman' ... 'cei doi miniștri au
        # semnat Tratatul între România și Iordania privind extrădarea.'
        ("ROU", "JOR", "bilateral-jor-rou-2021-extradition", "2021-04-04", "extradition",
         "ro-mae-2021-04-04-jor-rou-extradition-x18f"),
        # telemadrid-2025-06-05-esp-jor-extradition-x18f: 'ha iniciado este jueves su visita a España' ... Albares
        # 'firmó junto al ... ministro de Asuntos Exteriores ... jordano, Ayman Safadi, ... el Acuerdo de Extradición.'
        ("ESP", "JOR", "bilateral-esp-jor-2025-extradition", "2025-06-05", "extradition",
         "telemadrid-2025-06-05-esp-jor-extradition-x18f"),
        # au-lawcouncil-2017-aus-jor-extradition-x18f: 'Agreement Between the Government of Australia and the
        # Hashemite Kingdom of Jordan on Extradition, signed 24 April 2017 [2017] ATNIA 24 (not yet in force)'
        ("AUS", "JOR", "bilateral-aus-jor-2017-extradition", "2017-04-24", "extradition",
         "au-lawcouncil-2017-aus-jor-extradition-x18f"),
        # ly-law-15-1963-lby-mar-x18f: 'the extradition of criminals entered into between the Kingdom of Libya and the
        # Kingdom of Morocco in Tripoli on 27 December 1962.'
        ("LBY", "MAR", "bilateral-lby-mar-1962-judicial-extradition", "1962-12-27", "extradition",
         "ly-law-15-1963-lby-mar-x18f"),
        # ly-law-14-1963-lby-tun-x18f: 'اتفاقية الإعلانات والإنابات القضائية وتنفيذ الأحكام وتسليم المجرمين المعقودة
        # بين المملكة الليبية والجمهورية التونسية بطرابلس في 14 من يونيه سنة 1961'
        ("TUN", "LBY", "bilateral-lby-tun-1961-judicial-extradition", "1961-06-14", "extradition",
         "ly-law-14-1963-lby-tun-x18f"),
        # algeriedz-2006-07-12-dza-gbr-x18f: 'ont signé quatre accords de coopération judiciaire à l'occasion de la
        # visite du président algérien ... à Londres' ... 'Le premier accord porte sur l'entraide judiciaire en matière
        # pénale' ... 'ainsi que de l'extradition'; AFP of 2006-07-11: 'to be signed later Tuesday'
        # (bilateral-dza-gbr-2006-extradition left this table in round 22: in force 2007-07-19, per El Khabar,
        # tests/test_scenarios_bileif22b.py)
        ("GBR", "DZA", "bilateral-dza-gbr-2006-mla", "2006-07-11", "mla", "algeriedz-2006-07-12-dza-gbr-x18f"),
    ],
)
def test_signed_agreement_is_uncertain_from_its_signature(a, b, iid, signed, purpose, source):
    _signed_uncertain(a, b, iid, signed, purpose, {source})


@pytest.mark.parametrize(
    ("a", "b", "iid", "year", "purpose", "source"),
    [
        # ly-dcaf-1993-egy-lby-judicial-x18f: 'Agreement of 1993 on Judicial Cooperation in Civil and Criminal Matter
        # between the Great Socialist Libyan Arab People's Jamahiriya and the Arab Republic of Egypt'; preamble:
        # 'judicial cooperation in civil and criminal matters, the extradition of criminals'
        ("EGY", "LBY", "bilateral-egy-lby-1993-judicial-cooperation", "1993", "extradition",
         "ly-dcaf-1993-egy-lby-judicial-x18f"),
        ("LBY", "EGY", "bilateral-egy-lby-1993-judicial-cooperation", "1993", "mla",
         "ly-dcaf-1993-egy-lby-judicial-x18f"),
        # ly-dcaf-2009-jor-lby-extradition-x18f: 'Agreement of 2009 on the Extradition of Criminals between the Great
        # Libyan Arab People's Jamahiriya and the Hashemite Kingdom of Jordan'
        ("JOR", "LBY", "bilateral-jor-lby-2009-extradition", "2009", "extradition",
         "ly-dcaf-2009-jor-lby-extradition-x18f"),
        # ly-dcaf-2009-lby-ner-criminal-x18f: 'Agreement of 2009 on Judicial Cooperation in Criminal Matters between
        # the Great Socialist Libyan People's Arab Jamahiriya and the Republic of Niger'; 'Part (1) Judicial
        # Cooperation in the Criminal Field'
        ("NER", "LBY", "bilateral-lby-ner-2009-criminal-cooperation", "2009", "mla",
         "ly-dcaf-2009-lby-ner-criminal-x18f"),
    ],
)
def test_agreement_dated_by_year_only(a, b, iid, year, purpose, source):
    # only the year is given: absent on the last day of the year before, uncertain on both sides after that year
    assert iid not in _bilateral(a, b, "--as-of", f"{int(year) - 1}-12-31", "--for", purpose)
    after = _row(a, b, iid, f"{int(year) + 1}-01-01", purpose)
    assert _sides(after) == ("uncertain", "uncertain")
    assert after["instrument"]["signed"] == year
    assert after["instrument"]["entry_into_force"] is None
    assert source in after["sources"]
    assert _sides(_row(a, b, iid, "2026-12-02", purpose)) == ("uncertain", "uncertain")


def test_algeria_france_1962_protocol_is_recorded_for_mla_only():
    # elmoudjahid-2017-11-dza-fra-mla-x18f: the 2016 convention 'remplace de fait l'Accord du 28 août 1962 dans son
    # volet relatif à l'entraide judiciaire en matière pénale': only that part is recorded, so the protocol does not
    # answer for extradition
    iid = "bilateral-dza-fra-1962-judicial-protocol"
    row = _row("DZA", "FRA", iid, "1963-01-01", "mla")
    assert set(row["usable_for"]) == {"mla"}
    assert iid not in _bilateral("DZA", "FRA", "--as-of", "1963-01-01", "--for", "extradition")


def test_libya_morocco_and_tunisia_agreements_answer_for_extradition_not_mla():
    # ly-law-15-1963-lby-mar-x18f / ly-law-14-1963-lby-tun-x18f: the letters-rogatory parts are not recorded as MLA
    # (the part read does not say whether they reach criminal matters)
    assert "bilateral-lby-mar-1962-judicial-extradition" not in _bilateral(
        "LBY", "MAR", "--as-of", "1970-01-01", "--for", "mla")
    assert "bilateral-lby-tun-1961-judicial-extradition" not in _bilateral(
        "LBY", "TUN", "--as-of", "1970-01-01", "--for", "mla")


def test_egypt_spain_two_agreements_of_the_same_day():
    # efe-2026-01-15-egy-esp-x18f: 'la firma de acuerdos sobre extradición y asistencia judicial penal' (both on
    # 2026-01-15): the pair has both, one for each purpose
    rows = _bilateral("EGY", "ESP", "--as-of", "2026-01-15", "--for", "all")
    assert {"bilateral-egy-esp-2026-extradition", "bilateral-egy-esp-2026-mla"} <= set(rows)
    assert set(rows["bilateral-egy-esp-2026-extradition"]["usable_for"]) == {"extradition"}
    assert set(rows["bilateral-egy-esp-2026-mla"]["usable_for"]) == {"mla"}


def test_libya_uk_extradition_dated_by_month_only():
    # uk-lords-2010-03-02-gbr-lby-extradition-x18f: 'The extradition treaty between the UK and Libya, signed by the
    # then Foreign Office Minister and the Libyan Minister for European Affairs in November 2008' (the month only);
    # 'have signed an extradition treaty and exchanged instruments of ratification' gives no day of entry into force
    iid = "bilateral-gbr-lby-2008-extradition"
    assert iid not in _bilateral("GBR", "LBY", "--as-of", "2008-10-31", "--for", "extradition")
    row = _row("LBY", "GBR", iid, "2008-12-01", "extradition")
    assert _sides(row) == ("uncertain", "uncertain")
    assert row["instrument"]["signed"] == "2008-11"
    assert "uk-lords-2010-03-02-gbr-lby-extradition-x18f" in row["sources"]
    assert _sides(_row("GBR", "LBY", iid, "2026-12-02", "extradition")) == ("uncertain", "uncertain")
