"""Bilateral agreements of Morocco, India, China, Canada, Australia and South Africa added in round 17 (helper bil17)
to data/bilateral.yaml.

Each case names the source (its key in the data) and quotes the words that give the expected answer, and asks on
both sides of the boundary the fact sets: the day before signature (absent) and the day of signature (pending, or
uncertain where no source gives the entry into force), and the day before entry into force (pending) and the day
(in force).
"""

from __future__ import annotations

import pytest

from .scenario import agreement as _row
from .scenario import agreement_in_force_from as _in_force_from
from .scenario import agreement_signed_then_in_force as _signed_then_in_force
from .scenario import agreement_signed_uncertain as _signed_uncertain
from .scenario import bilateral as _bilateral
from .scenario import sides as _sides


def test_us_south_africa_mla_treaty_signed_1999_09_16_in_force_2001_06_25():
    # us-tias-13061-zaf-x17: 'Treaty signed at Washington September 16, 1999; ... Ratifications exchanged at Pretoria
    # June 25, 2001; Entered into force June 25, 2001.'
    iid = "bilateral-usa-zaf-1999-mla"
    row = _signed_then_in_force("USA", "ZAF", iid, "1999-09-16", "2001-06-25", "mla",
                                "us-tias-13061-zaf-x17")
    assert row["usable_for"] == {"mla": "the whole treaty"}
    # the other side asks the same
    assert _sides(_row("ZAF", "USA", iid, "2001-06-25", "mla")) == ("bound", "bound")


@pytest.mark.parametrize(
    ("a", "b", "iid", "signed", "purpose", "source"),
    [
        # baike-95408-chn-mar-extradition-x17: '批准2016年5月11日由中华人民共和国代表在北京签署的《中华人民共和国与摩洛哥王国引渡条约》'
        ("CHN", "MAR", "bilateral-chn-mar-2016-extradition", "2016-05-11", "extradition",
         "baike-95408-chn-mar-extradition-x17"),
        # wikisource-chn-mar-mla-x17: '2016年5月11日在北京签署'
        ("MAR", "CHN", "bilateral-chn-mar-2016-mla", "2016-05-11", "mla", "wikisource-chn-mar-mla-x17"),
        # infomediaire-2019-06-mar-rwa-x17: 'l'accord sur l'extradition judiciaire, signé le 19 mars 2019 à Rabat'
        ("MAR", "RWA", "bilateral-mar-rwa-2019-extradition", "2019-03-19", "extradition",
         "infomediaire-2019-06-mar-rwa-x17"),
        # maroc-ma-2023-08-24-mar-sle-x17: 'un accord sur l'extradition des criminels entre le Maroc et la République de
        # la Sierra Leone, conclu à Dakhla le 28 avril 2023'
        ("MAR", "SLE", "bilateral-mar-sle-2023-extradition", "2023-04-28", "extradition",
         "maroc-ma-2023-08-24-mar-sle-x17"),
        # ians-2018-11-12-ind-mar-mla-x17: 'New Delhi, Nov 12 (IANS) India and Morocco on Monday signed an agreement on
        # mutual legal assistance in criminal matters'
        ("IND", "MAR", "bilateral-ind-mar-2018-mla", "2018-11-12", "mla", "ians-2018-11-12-ind-mar-mla-x17"),
        # magazinesworld-ind-mar-extradition-x17: 'Indo-Moroccan Extradition Agreement ... was inked by ... Gen. V K
        # Singh and Minister of Justice of Morocco, Mohamed Auajjar on 13 November 2018 in New Delhi'
        ("MAR", "IND", "bilateral-ind-mar-2018-extradition", "2018-11-13", "extradition",
         "magazinesworld-ind-mar-extradition-x17"),
    ],
)
def test_agreement_signed_with_no_day_of_entry_into_force(a, b, iid, signed, purpose, source):
    _signed_uncertain(a, b, iid, signed, purpose, {source})


def test_india_morocco_extradition_agreement_is_not_the_mla_agreement_of_the_day_before():
    # ians-2018-11-12-ind-mar-mla-x17 (MLA, 2018-11-12) and magazinesworld-ind-mar-extradition-x17 (extradition,
    # 'on 13 November 2018'): on 2018-11-12 only the MLA agreement is there, and it serves MLA only
    assert "bilateral-ind-mar-2018-extradition" not in _bilateral("IND", "MAR", "--as-of", "2018-11-12", "--for",
                                                                  "extradition")
    row = _row("IND", "MAR", "bilateral-ind-mar-2018-mla", "2018-11-12", "mla")
    assert row["usable_for"] == {"mla": "the whole agreement"}
    assert "bilateral-ind-mar-2018-mla" not in _bilateral("IND", "MAR", "--as-of", "2018-11-12", "--for",
                                                          "extradition")


def test_canada_india_extradition_treaty_signed_1987_day_unknown():
    # theprint-2023-can-ind-extradition-x17: 'Canada and India signed an extradition treaty in 1987'; CTS 1987 No. 14
    # (commonlii-catser-1987-9-can-ind-x17), no day of entry into force read: absent in 1986, uncertain from 1987 on
    iid = "bilateral-can-ind-1987-extradition"
    assert iid not in _bilateral("CAN", "IND", "--as-of", "1986-12-31", "--for", "extradition")
    late_1987 = _row("IND", "CAN", iid, "1987-12-31", "extradition")
    assert late_1987["instrument"]["signed"] == "1987"
    assert late_1987["instrument"]["entry_into_force"] is None
    today = _row("CAN", "IND", iid, "2026-12-02", "extradition")
    assert _sides(today) == ("uncertain", "uncertain")
    assert {"commonlii-catser-1987-9-can-ind-x17", "theprint-2023-can-ind-extradition-x17"} <= set(today["sources"])


def test_australia_south_africa_extradition_treaty_in_force_2001_08_01():
    # extraditiontoaustralia-zaf-aus-x17: '[2001] ATS 19 | Bilateral treaty | August 1, 2001'; 'since 1998, when the
    # extradition treaty was signed' (the year only)
    iid = "bilateral-aus-zaf-1998-extradition"
    assert iid not in _bilateral("AUS", "ZAF", "--as-of", "1997-12-31", "--for", "extradition")
    row = _in_force_from("ZAF", "AUS", iid, "2001-07-31", "2001-08-01", "extradition")
    assert row["instrument"]["signed"] == "1998"
    assert row["instrument"]["entry_into_force"] == "2001-08-01"
    assert "extraditiontoaustralia-zaf-aus-x17" in row["sources"]


def test_morocco_mauritania_transfer_convention_made_2013_04_24_entry_into_force_not_found():
    # adala-bo-6288-mar-mrt-transfer-x17: 'la Convention sur le transfèrement des personnes condamnées, faite à
    # Nouakchott le 24 avril 2013 entre le gouvernement du Royaume du Maroc et le gouvernement de la République
    # islamique de Mauritanie'
    _signed_uncertain("MAR", "MRT", "bilateral-mar-mrt-2013-transfer-of-sentenced-persons", "2013-04-24", "all",
                      {"adala-bo-6288-mar-mrt-transfer-x17"})


def test_new_zealand_us_extradition_treaty_of_1970_in_force_by_1970_12_08():
    # nzfocus-nzl-usa-extradition-x17: 'the Extradition Treaty signed in 1970'; nz-sr-1970-240-nzl-usa-x17: the order
    # made 1970-11-30 since the treaty 'has been concluded', 'This order shall come into force on 8 December 1970'
    iid = "bilateral-nzl-usa-1970-extradition"
    assert iid not in _bilateral("NZL", "USA", "--as-of", "1969-12-31", "--for", "extradition")
    assert _sides(_row("NZL", "USA", iid, "1970-12-07", "extradition")) == ("uncertain", "uncertain")
    row = _row("USA", "NZL", iid, "1970-12-08", "extradition")
    assert _sides(row) == ("bound", "bound")
    assert row["instrument"]["signed"] == "1970"
    assert row["instrument"]["entry_into_force"] is None
    assert "nz-sr-1970-240-nzl-usa-x17" in row["sources"]


def test_korea_new_zealand_mla_treaty_done_1999_09_15_in_force_by_2000_03_30():
    # nz-sr-2000-15-kor-nzl-mla-x17: 'the Treaty between New Zealand and the Republic of Korea on Mutual Legal
    # Assistance in Criminal Matters, done at Wellington on 15 September 1999'; 'These regulations come into force on
    # 30 March 2000'
    iid = "bilateral-kor-nzl-1999-mla"
    assert iid not in _bilateral("KOR", "NZL", "--as-of", "1999-09-14", "--for", "mla")
    on_signature = _row("KOR", "NZL", iid, "1999-09-15", "mla")
    assert _sides(on_signature) == ("uncertain", "uncertain")
    assert on_signature["instrument"]["signed"] == "1999-09-15"
    assert _sides(_row("NZL", "KOR", iid, "2000-03-29", "mla")) == ("uncertain", "uncertain")
    row = _row("NZL", "KOR", iid, "2000-03-30", "mla")
    assert _sides(row) == ("bound", "bound")
    assert "nz-sr-2000-15-kor-nzl-mla-x17" in row["sources"]


def test_new_zealand_hong_kong_surrender_agreement_in_force_by_1998_10_01():
    # nz-sr-1998-243-hkg-nzl-x17: 'This order comes into force on 1 October 1998'; the Act applied to Hong Kong 'in
    # respect of the agreement set out in the Schedule'
    iid = "bilateral-hkg-nzl-surrender-of-accused-and-convicted-persons"
    assert _sides(_row("NZL", "HKG", iid, "1998-09-30", "extradition")) == ("uncertain", "uncertain")
    row = _row("HKG", "NZL", iid, "1998-10-01", "extradition")
    assert _sides(row) == ("bound", "bound")
    assert row["linked_since"]["latest"] == "1998-10-01"
    assert "nz-sr-1998-243-hkg-nzl-x17" in row["sources"]


def test_new_zealand_fiji_extradition_agreement_in_force_by_1992_04_14():
    # nz-sr-1992-69-fji-nzl-x17: 'Whereas the agreement set out in the Schedule has been concluded between New Zealand
    # and the Republic of Fiji'; 'This order shall come into force on 14 April 1992'
    iid = "bilateral-fji-nzl-extradition"
    assert _sides(_row("NZL", "FJI", iid, "1992-04-13", "extradition")) == ("uncertain", "uncertain")
    row = _row("FJI", "NZL", iid, "1992-04-14", "extradition")
    assert _sides(row) == ("bound", "bound")
    assert row["instrument"]["signed"] is None
    assert "nz-sr-1992-69-fji-nzl-x17" in row["sources"]


def test_new_zealand_hong_kong_mla_agreement_done_1998_04_03_in_force_by_1999_03_01():
    # nz-sr-1999-11-hkg-nzl-mla-x17: 'the Agreement ... Concerning Mutual Legal Assistance in Criminal Matters, done at
    # Hong Kong on 3 April 1998'; 'These regulations come into force on 1 March 1999'
    iid = "bilateral-hkg-nzl-1998-mla"
    assert iid not in _bilateral("HKG", "NZL", "--as-of", "1998-04-02", "--for", "mla")
    assert _sides(_row("HKG", "NZL", iid, "1999-02-28", "mla")) == ("uncertain", "uncertain")
    row = _row("NZL", "HKG", iid, "1999-03-01", "mla")
    assert _sides(row) == ("bound", "bound")
    assert row["instrument"]["signed"] == "1998-04-03"


def test_australia_uae_extradition_treaty_done_2007_07_26_in_force_2011_09_07():
    # au-sli-2010-36-aus-are-extradition-x17: 'done at Hobart in Australia on 26 July 2007';
    # extraditiontoaustralia-are-aus-x17: 'entered into force on 7 September 2011', [2011] ATS 29
    _signed_then_in_force("AUS", "ARE", "bilateral-are-aus-2007-extradition", "2007-07-26", "2011-09-07",
                          "extradition", "extraditiontoaustralia-are-aus-x17")


def test_india_korea_extradition_treaty_signed_2004_10_05_in_force_by_2005_09_20():
    # latestlaws-gsr-607e-2005-ind-kor-extradition-x17: 'signed at New Delhi, on 5th October, 2004; and the instruments
    # of ratification exchanged at Seoul on 8th June, 2005'; the order G.S.R. 607(E) 'dated 20th September 2005'
    iid = "bilateral-ind-kor-2004-extradition"
    assert iid not in _bilateral("IND", "KOR", "--as-of", "2004-10-04", "--for", "extradition")
    assert _sides(_row("IND", "KOR", iid, "2005-09-19", "extradition")) == ("uncertain", "uncertain")
    row = _row("KOR", "IND", iid, "2005-09-20", "extradition")
    assert _sides(row) == ("bound", "bound")
    assert row["instrument"]["signed"] == "2004-10-05"
    assert row["instrument"]["entry_into_force"] is None


def test_india_uk_extradition_treaty_of_1992_in_operation_by_2014_02_12():
    # governmentexamguru-ind-extradition-list-x17: 'the United Kingdom (1992)'; loksabha-2014-02-12-ind-extradition-x17:
    # 'India has Extradition Treaties in operation with 37 countries: ... UK, USA ...' (12 Feb 2014)
    iid = "bilateral-gbr-ind-1992-extradition"
    # audit21-hansard-hl-1993-10-14-ind-extradition (round 21): concluded 'in September 1992'
    assert iid not in _bilateral("IND", "GBR", "--as-of", "1992-08-31", "--for", "extradition")
    assert _sides(_row("IND", "GBR", iid, "1992-10-01", "extradition")) == ("uncertain", "uncertain")
    assert _sides(_row("IND", "GBR", iid, "2014-02-11", "extradition")) == ("uncertain", "uncertain")
    row = _row("GBR", "IND", iid, "2014-02-12", "extradition")
    assert _sides(row) == ("bound", "bound")
    assert row["instrument"]["signed"] == "1992-09"
    assert "loksabha-2014-02-12-ind-extradition-x17" in row["sources"]


def test_morocco_egypt_transfer_convention_signed_2004_01_14_entry_into_force_not_found():
    # alittihad-egy-mar-transfer-x17: 'الاتفاقية موقعة بالقاهرة في 14 يناير 2004 بين المملكة المغربية وجمهورية مصر العربية'
    _signed_uncertain("EGY", "MAR", "bilateral-egy-mar-2004-transfer-of-sentenced-persons", "2004-01-14", "all",
                      {"alittihad-egy-mar-transfer-x17"})


def test_canada_morocco_transfer_agreement_known_undated_stays_uncertain():
    # commonlii-catser-1996-27-can-mar-transfer-x17: 'E102460 - CTS 1996 No. 32. AGREEMENT OF CO-OPERATION REGARDING THE
    # TRANSFER OF PERSONS INCARCERATED UNDER SENTENCE BETWEEN THE GOVERNMENT OF CANADA AND THE GOVERNMENT OF THE KINGDOM
    # OF MOROCCO'; no day of signature or entry into force read, so it is never shown in force
    iid = "bilateral-can-mar-transfer-of-sentenced-persons"
    row = _row("MAR", "CAN", iid, "2026-12-02", "all")
    assert _sides(row) == ("uncertain", "uncertain")
    assert row["instrument"]["signed"] is None
    assert row["instrument"]["entry_into_force"] is None
    assert row["usable_for"] == {"other": "transfer of sentenced persons, with their consent"}
    assert "commonlii-catser-1996-27-can-mar-transfer-x17" in row["sources"]
