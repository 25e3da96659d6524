"""China's judicial assistance and extradition treaties with Mongolia, Kyrgyzstan, Tajikistan and Uzbekistan, and the
entry into force of the China-Viet Nam legal assistance treaty of 1998, added in round 16 (helper bil16) to
data/bilateral.yaml.

Each case names the source (its key in the data) and quotes the words that give the expected answer, and asks on
both sides of the boundary the fact sets: the day before entry into force (pending) and the day (in force), or,
for an agreement whose entry into force no source gives, the day before signature (absent) and from signature
(uncertain).
"""

from __future__ import annotations

import pytest

from .scenario import agreement as _row
from .scenario import agreement_in_force_from as _in_force_from
from .scenario import agreement_signed_then_in_force as _signed_then_in_force
from .scenario import agreement_signed_uncertain as _signed_uncertain
from .scenario import bilateral as _bilateral
from .scenario import sides as _sides


@pytest.mark.parametrize(
    ("a", "b", "iid", "signed", "day", "purpose", "source"),
    [
        # mn-suld-chn-mng-legal-assistance: '签订日期1989.8.31 生效日期1990.10.29'; cn-fsou-chn-mng-legal-assistance:
        # '(注*:本条约于1990年10月29日正式生效。)'
        ("CHN", "MNG", "bilateral-chn-mng-1989-legal-assistance", "1989-08-31", "1990-10-29", "mla",
         "cn-fsou-chn-mng-legal-assistance"),
        # cn-npcsc-1994-12-29-chn-egy-legal-assistance: '钱其琛代表中华人民共和国于1994年4月21日在北京签署';
        # cn-fsou-chn-egy-legal-assistance: '(注*:该协定于1995年5月31日生效。)'
        ("CHN", "EGY", "bilateral-chn-egy-1994-legal-assistance", "1994-04-21", "1995-05-31", "mla",
         "cn-fsou-chn-egy-legal-assistance"),
        # cn-fabao365-chn-vnm-legal-assistance: '【颁布时间】 1998-10-19 【实施时间】 1999-12-25'
        ("CHN", "VNM", "bilateral-chn-vnm-1998-legal-assistance", "1998-10-19", "1999-12-25", "mla",
         "cn-fabao365-chn-vnm-legal-assistance"),
    ],
)
def test_treaty_signed_then_in_force_on_the_day_its_source_gives(a, b, iid, signed, day, purpose,
                                                                  source):
    _signed_then_in_force(a, b, iid, signed, day, purpose, source)
    # the other side asks the same
    assert _sides(_row(b, a, iid, day, purpose)) == ("bound", "bound")


def test_china_kyrgyzstan_extradition_in_force_2004_04_27_signed_1998():
    # cn-doczj-chn-kgz-extradition: '(注*:该条约于2004年4月27日生效。)'; '【公布日期】1998.04.27' is a publication
    # date, so only the year 1998 is the signature
    iid = "bilateral-chn-kgz-1998-extradition"
    assert iid not in _bilateral("CHN", "KGZ", "--as-of", "1997-12-31", "--for", "extradition")
    after = _in_force_from("CHN", "KGZ", iid, "2004-04-26", "2004-04-27", "extradition")
    assert after["instrument"]["signed"] == "1998"
    assert after["instrument"]["entry_into_force"] == "2004-04-27"
    assert "cn-doczj-chn-kgz-extradition" in after["sources"]


def test_china_tajikistan_legal_assistance_in_force_1998_09_02():
    # cn-fsou-chn-tjk-legal-assistance: '(注*:该条约于1998年9月2日生效。)'; its signature is not in the part read
    iid = "bilateral-chn-tjk-legal-assistance"
    assert iid not in _bilateral("CHN", "TJK", "--as-of", "1998-09-01", "--for", "mla")
    on_day = _row("TJK", "CHN", iid, "1998-09-02", "mla")
    assert _sides(on_day) == ("bound", "bound")
    assert on_day["linked_since"]["date"] == "1998-09-02"
    assert on_day["instrument"]["signed"] is None
    assert "cn-fsou-chn-tjk-legal-assistance" in on_day["sources"]


@pytest.mark.parametrize(
    ("a", "b", "iid", "signed", "purpose", "source"),
    [
        # cn-npcsc-1998-04-29-chn-uzb-legal-assistance: '钱其琛代表中华人民共和国于1997年12月11日在北京签署'
        ("CHN", "UZB", "bilateral-chn-uzb-1997-legal-assistance", "1997-12-11", "mla",
         "cn-npcsc-1998-04-29-chn-uzb-legal-assistance"),
        # mn-legalinfo-1255-mng-chn-extradition: '1997 оны 8 дугаар сарын 19-ний өдөр Улаанбаатар хотноо'
        ("MNG", "CHN", "bilateral-chn-mng-1997-extradition", "1997-08-19", "extradition",
         "mn-legalinfo-1255-mng-chn-extradition"),
    ],
)
def test_treaty_signed_with_no_day_of_entry_into_force(a, b, iid, signed, purpose, source):
    _signed_uncertain(a, b, iid, signed, purpose, {source})


def test_china_kyrgyzstan_legal_assistance_signed_1996_only_the_year():
    # kg-consulate-kgz-chn-legal-assistance: 'Ратифицирован Законом КР от 15 апреля 1997 года N 21. г.Бишкек от 4
    # июня 1996 года'; the day is not taken (the heads of state met at Bishkek on 1996-07-04), only the year
    iid = "bilateral-chn-kgz-1996-legal-assistance"
    assert iid not in _bilateral("KGZ", "CHN", "--as-of", "1995-12-31", "--for", "mla")
    row = _row("KGZ", "CHN", iid, "1997-01-01", "mla")
    assert _sides(row) == ("uncertain", "uncertain")
    assert row["instrument"]["signed"] == "1996"
    assert row["instrument"]["entry_into_force"] is None
    assert "kg-consulate-kgz-chn-legal-assistance" in row["sources"]


def test_china_uzbekistan_extradition_treaty_undated_is_uncertain():
    # cn-defendlib-chn-uzb-extradition: '发布日期:1999-11-8 ... 生效日期:1900-1-1' (a publication date and the
    # database's placeholder): neither the signature nor the entry into force is known
    iid = "bilateral-chn-uzb-extradition"
    row = _row("CHN", "UZB", iid, "2026-12-02", "extradition")
    assert _sides(row) == ("uncertain", "uncertain")
    assert row["instrument"]["signed"] is None
    assert row["instrument"]["entry_into_force"] is None
    assert "cn-defendlib-chn-uzb-extradition" in row["sources"]
    # it gives no basis for mutual legal assistance: only the 1997 treaty does
    assert iid not in _bilateral("CHN", "UZB", "--as-of", "2026-12-02", "--for", "mla")
    assert "bilateral-chn-uzb-1997-legal-assistance" in _bilateral("CHN", "UZB", "--as-of", "2026-12-02", "--for",
                                                                   "mla")


def test_china_kazakhstan_1993_legal_assistance_keeps_no_day_of_entry_into_force():
    # cn-infoeach-chn-kaz-legal-assistance: '(1993年7月2日第八届全国人民代表大会常务委员会第二次会议批准)' is an
    # approval, not an entry into force: the treaty stays uncertain from its signature of 1993-01-14
    _signed_uncertain("CHN", "KAZ", "bilateral-chn-kaz-1993-legal-assistance", "1993-01-14", "mla",
                      {"cn-infoeach-chn-kaz-legal-assistance", "adilet-u950002309-kaz-chn-legal-assistance"})


def test_china_tajikistan_extradition_treaty_undated_is_uncertain():
    # silkroadnews-2015-01-29-tjk-chn-extradition: 'Tajikistan ratified the agreement "On extradition" with China';
    # people-fr-2016-11-08-chn-tjk-extradition: 'a approuvé lundi un traité d'extradition Chine-Tadjikistan';
    # neither gives a day of signature or of entry into force
    iid = "bilateral-chn-tjk-extradition"
    row = _row("TJK", "CHN", iid, "2026-12-02", "extradition")
    assert _sides(row) == ("uncertain", "uncertain")
    assert row["instrument"]["signed"] is None
    assert row["instrument"]["entry_into_force"] is None
    assert {"silkroadnews-2015-01-29-tjk-chn-extradition", "people-fr-2016-11-08-chn-tjk-extradition"} <= set(
        row["sources"])
    # the legal assistance treaty binds the two from 1998-09-02; the extradition treaty adds no in-force basis
    assert _sides(_row("TJK", "CHN", "bilateral-chn-tjk-legal-assistance", "2026-12-02", "mla")) == ("bound", "bound")


def test_china_egypt_agreement_no_longer_only_in_force_by_2010():
    # cn-fsou-chn-egy-legal-assistance: in force 1995-05-31, so the row is bound long before Xinhua's list of
    # 2010-10-06 (cn-chinacourt-2010-10-06-chn-africa), which stays among its sources
    row = _row("EGY", "CHN", "bilateral-chn-egy-1994-legal-assistance", "2000-01-01", "mla")
    assert _sides(row) == ("bound", "bound")
    assert row["linked_since"]["date"] == "1995-05-31"
    assert "cn-chinacourt-2010-10-06-chn-africa" in row["sources"]
