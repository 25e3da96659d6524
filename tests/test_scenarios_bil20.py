"""Bilateral criminal-matters agreements of Qatar, Oman, Lebanon, Pakistan, Bangladesh, the Maldives, Sri Lanka,
Andorra, Nepal and Afghanistan added in round 20 (helper bil20) in data/bilateral-x20a.yaml.

Each case names the source (its key in the data) and quotes the words that give the expected answer, and asks on
both sides of the boundary the fact sets: the day before signature (absent) and the day of signature (uncertain,
where no source gives the entry into force), the day before entry into force (pending) and the day (in force); for
a date given only to the month or the year, the last day before it (absent) and the first day after it (uncertain);
and for an agreement a later source shows applying, the day before that source (uncertain) and its day (in force by
then).
"""

from __future__ import annotations

import pytest

from .scenario import agreement as _row
from .scenario import agreement_in_force_from as _in_force_from
from .scenario import agreement_signed_in_a_month_uncertain as _signed_in_a_month_uncertain
from .scenario import agreement_signed_uncertain as _signed_uncertain
from .scenario import bilateral as _bilateral
from .scenario import sides as _sides


@pytest.mark.parametrize(
    ("a", "b", "iid", "signed", "purpose", "source"),
    [
        # bil20-om-fm-rd-70-2025-irn-omn: 'Royal Decree No. (70/2025) ratifies the Agreement on Legal and Judicial
        # Cooperation in Civil and Criminal Matters, Extradition, and Transfer of Sentenced Persons ... signed on May
        # 27, 2025 in Muscat.'
        ("OMN", "IRN", "bilateral-irn-omn-2025-judicial-cooperation", "2025-05-27", "extradition",
         "bil20-om-fm-rd-70-2025-irn-omn"),
        ("IRN", "OMN", "bilateral-irn-omn-2025-judicial-cooperation", "2025-05-27", "mla",
         "bil20-om-fm-rd-70-2025-irn-omn"),
        # bil20-qa-sjc-decree-108-2024-bgd-qat: 'اتفاقية نقل المحكوم عليهم ... الموقعة بمدينة دكا بتاريخ 23/04/2024'
        ("QAT", "BGD", "bilateral-bgd-qat-2024-transfer-of-sentenced-persons", "2024-04-23", "all",
         "bil20-qa-sjc-decree-108-2024-bgd-qat"),
        # bil20-qa-sjc-decree-22-2013-qat-sau: '... للتعاون في مجال مكافحة الاتجار غير المشروع بالمخدرات ... الموقع
        # بمدينة الرياض بتاريخ 1 / 3 /2011'
        ("QAT", "SAU", "bilateral-qat-sau-2011-drug-trafficking", "2011-03-01", "police",
         "bil20-qa-sjc-decree-22-2013-qat-sau"),
        # bil20-xinhua-2022-02-26-dza-lbn: 'BEIRUT, Feb. 26, 2022 (Xinhua) Lebanon and Algeria on Saturday signed two
        # judicial cooperation agreements in Beirut.' 'The first agreement deals with judicial cooperation ... in the
        # penal field, while the second agreement deals with ... the extradition of detainees'
        ("LBN", "DZA", "bilateral-dza-lbn-2022-mla", "2022-02-26", "mla", "bil20-xinhua-2022-02-26-dza-lbn"),
        ("DZA", "LBN", "bilateral-dza-lbn-2022-extradition", "2022-02-26", "extradition",
         "bil20-xinhua-2022-02-26-dza-lbn"),
        # bil20-it-camera-dossier-813-2005-ita-pak: '... sulla lotta contro il traffico di sostanze stupefacenti,
        # sostanze psicotrope e precursori, fatto a Roma il 29 settembre 2004'
        ("ITA", "PAK", "bilateral-ita-pak-2004-drug-trafficking", "2004-09-29", "police",
         "bil20-it-camera-dossier-813-2005-ita-pak"),
        # bil20-onlanka-2025-07-28-lka-mdv: 'held bilateral discussions with Maldivian President Dr. Mohamed Muizzu
        # this afternoon (July 28) ... both parties exchanged agreements, including ... an agreement on mutual legal
        # assistance'
        ("MDV", "LKA", "bilateral-lka-mdv-2025-mla", "2025-07-28", "mla", "bil20-onlanka-2025-07-28-lka-mdv"),
    ],
)
def test_signed_on_the_day_no_entry_into_force_found(a, b, iid, signed, purpose, source):
    on_day, _today = _signed_uncertain(a, b, iid, signed, purpose, {source})
    assert on_day["instrument"]["entry_into_force"] is None


def test_spain_andorra_2015_convention_signed_on_the_day_then_pending():
    # bil20-es-boe-a-2021-11164-and-esp: 'Convenio entre el Reino de España y el Principado de Andorra, sobre
    # cooperación en materia de lucha contra la delincuencia y seguridad, hecho ad referendum en Madrid el 2 de
    # septiembre de 2015'; round 21 (bileif21a) read the BOE's closing note dating its entry into force 2021-07-31,
    # tested in test_scenarios_bileif21a.py, so from signature it is pending, no longer uncertain
    iid = "bilateral-and-esp-2015-crime-and-security"
    assert iid not in _bilateral("ESP", "AND", "--as-of", "2015-09-01", "--for", "police")
    on_day = _row("ESP", "AND", iid, "2015-09-02", "police")
    assert _sides(on_day) == ("consent-pending", "consent-pending")
    assert on_day["instrument"]["signed"] == "2015-09-02"
    assert "bil20-es-boe-a-2021-11164-and-esp" in on_day["sources"]


def test_oman_iran_2025_agreement_serves_extradition_mla_and_transfer():
    # bil20-om-fm-rd-70-2025-irn-omn: 'Agreement on Legal and Judicial Cooperation in Civil and Criminal Matters,
    # Extradition, and Transfer of Sentenced Persons'
    row = _row("OMN", "IRN", "bilateral-irn-omn-2025-judicial-cooperation", "2025-05-27")
    assert set(row["usable_for"]) == {"extradition", "mla", "other"}
    assert "transfer of sentenced persons" in row["usable_for"]["other"]


def test_drug_trafficking_agreements_are_police_cooperation_only():
    # bil20-qa-sjc-decree-22-2013-qat-sau and bil20-it-camera-dossier-813-2005-ita-pak: agreements on combating
    # traffic in narcotic drugs: police cooperation, no basis for extradition or mutual legal assistance
    for a, b, iid, day in [("QAT", "SAU", "bilateral-qat-sau-2011-drug-trafficking", "2011-03-01"),
                           ("ITA", "PAK", "bilateral-ita-pak-2004-drug-trafficking", "2004-09-29")]:
        assert iid in _bilateral(a, b, "--as-of", day, "--for", "police")
        assert iid not in _bilateral(a, b, "--as-of", day, "--for", "extradition")
        assert iid not in _bilateral(a, b, "--as-of", day, "--for", "mla")


def test_italy_lebanon_1970_convention_in_force_1975_05_17():
    # bil20-it-giustizia-atti-ita-lbn-1970: 'Data firma accordo 10 luglio 1970 / Luogo firma accordo Beirut ... /
    # Data entrata in vigore 17 maggio 1975 / Provvedimento legislativo L. n. 87 del 12 febbraio 1974'
    iid = "bilateral-ita-lbn-1970-judicial-assistance"
    assert iid not in _bilateral("ITA", "LBN", "--as-of", "1970-07-09", "--for", "extradition")
    assert _sides(_row("ITA", "LBN", iid, "1970-07-10", "extradition")) == ("consent-pending", "consent-pending")
    row = _in_force_from("LBN", "ITA", iid, "1975-05-16", "1975-05-17", "extradition")
    assert row["instrument"]["entry_into_force"] == "1975-05-17"
    assert "bil20-it-giustizia-atti-ita-lbn-1970" in row["sources"]
    # the same convention serves mutual assistance in criminal matters from the same day
    assert _sides(_row("ITA", "LBN", iid, "1975-05-17", "mla")) == ("bound", "bound")
    # bil20-ilfatto-2014-04-12-ita-lbn (press) gives 'entrato in vigore il 5 aprile 1975': not the row's day
    assert _sides(_row("ITA", "LBN", iid, "1975-04-05", "extradition")) == ("consent-pending", "consent-pending")


def test_china_pakistan_extradition_2003_in_force_in_january_2008_day_unknown():
    # bil20-todaystance-2025-chn-pak-extradition: 'The Extradition Treaty (2003), signed on November 3, 2003, came
    # into effect in January 2008'
    iid = "bilateral-chn-pak-2003-extradition"
    assert iid not in _bilateral("CHN", "PAK", "--as-of", "2003-11-02", "--for", "extradition")
    assert _sides(_row("CHN", "PAK", iid, "2003-11-03", "extradition")) == ("consent-pending", "consent-pending")
    assert _sides(_row("CHN", "PAK", iid, "2007-12-31", "extradition")) == ("consent-pending", "consent-pending")
    assert _sides(_row("PAK", "CHN", iid, "2008-01-15", "extradition")) == ("uncertain", "uncertain")
    row = _row("CHN", "PAK", iid, "2008-02-01", "extradition")
    assert _sides(row) == ("bound", "bound")
    assert row["instrument"]["entry_into_force"] == "2008-01"


@pytest.mark.parametrize(
    ("a", "b", "iid", "month", "purpose", "source"),
    [
        # bil20-emaratalyoum-2012-02-28-are-pak: 'وفق اتفاق وقعه، أول من أمس، في العاصمة أبوظبي' (a report of
        # 2012-02-28)
        ("ARE", "PAK", "bilateral-are-pak-2012-transfer-of-sentenced-persons", "2012-02", "all",
         "bil20-emaratalyoum-2012-02-28-are-pak"),
        # bil20-dnanews-2020-05-01-chn-pak-transfer: '... officially signed the treaty during Pakistan's Prime
        # Minister Imran Khan's visit to Beijing in November 2018'
        ("CHN", "PAK", "bilateral-chn-pak-2018-transfer-of-sentenced-persons", "2018-11", "all",
         "bil20-dnanews-2020-05-01-chn-pak-transfer"),
        # bil20-edition-mv-2019-09-04-ind-mdv (2019-09-04): 'Maldives, on Tuesday, signed the Treaty on Mutual Legal
        # Assistance in Criminal Matters with India'
        ("MDV", "IND", "bilateral-ind-mdv-2019-mla", "2019-09", "mla", "bil20-edition-mv-2019-09-04-ind-mdv"),
        # bil20-kathmandupost-2026-02-18-ind-npl: 'Nepal and India on Tuesday signed the Agreement on Mutual Legal
        # Assistance in Criminal Matters'; 'The agreement will come into force once both sides notify ...'
        ("NPL", "IND", "bilateral-ind-npl-2026-mla", "2026-02", "mla", "bil20-kathmandupost-2026-02-18-ind-npl"),
        # bil20-kathmandupost-2025-07-24-chn-npl: 'With China, Nepal signed the Mutual Legal Assistance deal during
        # Chinese President Xi Jinping's Nepal visit in October, 2019.'
        ("NPL", "CHN", "bilateral-chn-npl-2019-mla", "2019-10", "mla", "bil20-kathmandupost-2025-07-24-chn-npl"),
        # bil20-twocircles-2007-08-24-gbr-pak: 'Under the treaty, Pakistani and British prisoners can serve their
        # sentences in their own countries.'
        ("GBR", "PAK", "bilateral-gbr-pak-2007-transfer-of-prisoners", "2007-08", "all",
         "bil20-twocircles-2007-08-24-gbr-pak"),
    ],
)
def test_signed_in_a_month_no_entry_into_force_found(a, b, iid, month, purpose, source):
    _signed_in_a_month_uncertain(a, b, iid, month, purpose, source)


def test_uk_pakistan_2007_agreement_is_no_extradition_treaty():
    # bil20-twocircles-2007-08-24-gbr-pak: DPA's 'extradition treaty' describes the transfer of sentenced persons:
    # recorded as a transfer agreement only
    iid = "bilateral-gbr-pak-2007-transfer-of-prisoners"
    assert iid not in _bilateral("GBR", "PAK", "--as-of", "2008-01-01", "--for", "extradition")
    assert iid in _bilateral("GBR", "PAK", "--as-of", "2008-01-01", "--for", "all")


def test_afghanistan_iran_transfer_agreement_in_force_by_2021_03_10():
    # bil20-amutv-2024-11-afg-irn: 'a prisoner transfer agreement was signed between Iran and Afghanistan in 2006';
    # bil20-mehr-2021-03-10-afg-irn: 306 Afghan convicts 'were handed over to Afghanistan under the framework of the
    # agreement on the transfer of convicts between the two countries'
    iid = "bilateral-afg-irn-2006-transfer-of-sentenced-persons"
    assert iid not in _bilateral("AFG", "IRN", "--as-of", "2005-12-31")
    assert _sides(_row("AFG", "IRN", iid, "2007-01-01")) == ("uncertain", "uncertain")
    assert _sides(_row("IRN", "AFG", iid, "2021-03-09")) == ("uncertain", "uncertain")
    row = _row("AFG", "IRN", iid, "2021-03-10")
    assert _sides(row) == ("bound", "bound")
    assert row["a"]["in_force"]["latest"] == "2021-03-10"
    assert row["a"]["in_force"]["date"] is None
    assert "bil20-mehr-2021-03-10-afg-irn" in row["sources"]


@pytest.mark.parametrize(
    ("b", "iid", "signed"),
    [
        # bil20-mm-ccdac-bilateral-drug-agreements: 'Myanmar signed bilateral agreements on control of narcotic drugs
        # as follows: ... (b) Myanmar/Bangladesh 1 December 1994 in Yangon (c) Myanmar/Vietnam 12 March 1995 in Hanoi
        # (d) Myanmar/Russian Federation 22 January 1997 in Yangon (e) Myanmar/Laos 29 March 1997 in Yangon
        # (f) Myanmar/Philippines 15 October 1997 in Yangon'
        ("BGD", "bilateral-bgd-mmr-1994-drug-control", "1994-12-01"),
        ("VNM", "bilateral-mmr-vnm-1995-drug-control", "1995-03-12"),
        ("RUS", "bilateral-mmr-rus-1997-drug-control", "1997-01-22"),
        ("LAO", "bilateral-lao-mmr-1997-drug-control", "1997-03-29"),
        ("PHL", "bilateral-mmr-phl-1997-drug-control", "1997-10-15"),
    ],
)
def test_myanmar_drug_control_agreements_signed_no_entry_into_force_found(b, iid, signed):
    _signed_uncertain("MMR", b, iid, signed, "police", {"bil20-mm-ccdac-bilateral-drug-agreements"})
    # police cooperation only: no basis for extradition
    assert iid not in _bilateral("MMR", b, "--as-of", signed, "--for", "extradition")
