"""Bilateral criminal-matters agreements of Mongolia, Singapore, Malaysia, Sri Lanka, Cambodia and Fiji added in round 20
(helper bilg20) in data/bilateral-x20g.yaml.

Each case names the source (its key in the data) and quotes the words that give the expected answer, and asks on
both sides of the boundary the fact sets: the day before signature (absent) and the day of signature (pending, or
uncertain where no source gives the entry into force), the day before entry into force (pending) and the day (in
force).
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
    ("a", "b", "iid", "signed", "in_force", "purpose", "source"),
    [
        # bilg20-mojha-mn-hkg-mng-mla: '2018 оны 3 дугаар сарын 26-ны өдөр гарын үсэг зурсан “Эрүүгийн хэргийн талаар
        # эрх зүйн туслалцаа харилцан үзүүлэх тухай ... хэлэлцээр” 2021 оны 3 дугаар сарын 3-ны өдрөөс эхлэн хүчин
        # төгөлдөр үйлчилж эхэллээ.'
        ("MNG", "HKG", "bilateral-hkg-mng-2018-mla", "2018-03-26", "2021-03-03", "mla",
         "bilg20-mojha-mn-hkg-mng-mla"),
        # bilg20-us-tias-13125-sgp-usa: 'Agreement signed at Singapore November 3, 2000; Entered into force February
        # 12, 2001.'
        ("SGP", "USA", "bilateral-sgp-usa-2000-drug-trafficking", "2000-11-03", "2001-02-12", "mla",
         "bilg20-us-tias-13125-sgp-usa"),
        # bilg20-rada-458-010-16-mys-ukr-extradition: 'Дата підписання: 04.08.2016'; 'Дата набрання чинності для
        # України: 05.10.2017'
        ("UKR", "MYS", "bilateral-mys-ukr-2016-extradition", "2016-08-04", "2017-10-05", "extradition",
         "bilg20-rada-458-010-16-mys-ukr-extradition"),
        # bilg20-iplex360-144-010-lka-ukr-mla: 'Дата підписання:25.06.2016'; 'Дата набрання чинності для
        # України:20.12.2017'
        ("LKA", "UKR", "bilateral-lka-ukr-2016-mla", "2016-06-25", "2017-12-20", "mla",
         "bilg20-iplex360-144-010-lka-ukr-mla"),
    ],
)
def test_signed_then_in_force(a: str, b: str, iid: str, signed: str, in_force: str, purpose: str,
                              source: str) -> None:
    row = _signed_then_in_force(a, b, iid, signed, in_force, purpose, source)
    # the same answer whichever side is asked first
    _signed_then_in_force(b, a, iid, signed, in_force, purpose, source)
    assert row["instrument"]["signed"] == signed


@pytest.mark.parametrize(
    ("a", "b", "iid", "signed", "purpose", "sources"),
    [
        # bilg20-legaldaily-chn-mng-transfer: '2011年6月16日,我國司法部部長和蒙古國駐華大使分別代表本國在北京簽署了這一條約'
        # (no day of entry into force found)
        ("CHN", "MNG", "bilateral-chn-mng-2011-transfer-of-sentenced-persons", "2011-06-16", "all",
         {"bilg20-legaldaily-chn-mng-transfer"}),
        # bilg20-govmo-2017-12-15-mac-mng-transfer: 'Hoje (15 de Dezembro) ... celebraram, na sede do Governo da RAEM,
        # o Acordo sobre a Transferência de Pessoas Condenadas'; no Aviso of its entry into force found
        ("MAC", "MNG", "bilateral-mac-mng-2017-transfer-of-sentenced-persons", "2017-12-15", "all",
         {"bilg20-govmo-2017-12-15-mac-mng-transfer"}),
        # bilg20-mo-bo-2010-50-aviso-28-mac-mng-trafficking: '二零一零年十月十八日在澳門簽訂的《...關於打擊販賣人口的合作協定》'
        ("MNG", "MAC", "bilateral-mac-mng-2010-trafficking-in-persons", "2010-10-18", "police",
         {"bilg20-mo-bo-2010-50-aviso-28-mac-mng-trafficking"}),
        # bilg20-oana-2010-07-21-gbr-mys-mla: 'Malaysia and Britain Wednesday signed ... the Treaty on Mutual
        # Assistance in Criminal Matters' (Kuala Lumpur, July 21)
        ("MYS", "GBR", "bilateral-gbr-mys-2010-mla", "2010-07-21", "mla", {"bilg20-oana-2010-07-21-gbr-mys-mla"}),
        # bilg20-openaustralia-house-2006-12-07-aus-khm: '... concerning Transfer of Sentenced Persons signed in
        # Canberra on 11 October 2006'
        ("AUS", "KHM", "bilateral-aus-khm-2006-transfer-of-sentenced-persons", "2006-10-11", "all",
         {"bilg20-openaustralia-house-2006-12-07-aus-khm", "bilg20-openaustralia-senate-2006-10-11-aus-khm"}),
        # bilg20-garant-71468122-lka-rus-transfer: 'Договор подписан в Санкт-Петербурге 28 мая 2015 г.'
        ("LKA", "RUS", "bilateral-lka-rus-2015-transfer-of-sentenced-persons", "2015-05-28", "all",
         {"bilg20-garant-71468122-lka-rus-transfer"}),
    ],
)
def test_signed_entry_into_force_unknown(a: str, b: str, iid: str, signed: str, purpose: str,
                                         sources: set[str]) -> None:
    _signed_uncertain(a, b, iid, signed, purpose, sources)


def test_cambodia_korea_mla_concluded_in_2019_in_force_2021_02_24() -> None:
    # bilg20-naeil-khm-kor-mla: '한국과 캄보디아는 2019년 해당 조약을 체결했다' (the year only);
    # bilg20-ppp-2021-02-25-khm-kor-mla (issue of 2021-02-25): the treaty 'would take effect on February 24'
    iid = "bilateral-khm-kor-2019-mla"
    assert iid not in _bilateral("KHM", "KOR", "--as-of", "2018-12-31", "--for", "mla")
    row = _row("KHM", "KOR", iid, "2020-01-01", "mla")
    assert row["instrument"]["signed"] == "2019"
    after = _in_force_from("KOR", "KHM", iid, "2021-02-23", "2021-02-24", "mla")
    assert after["instrument"]["entry_into_force"] == "2021-02-24"
    assert "bilg20-ppp-2021-02-25-khm-kor-mla" in after["sources"]


def test_china_fiji_police_mou_signed_in_2011_in_force_by_2019_11_15() -> None:
    # bilg20-fbc-2019-11-15-chn-fji-police: the Commissioner's visit 'is consistent with the Memorandum Of
    # Understanding signed in 2011' (the year only; applying that day)
    iid = "bilateral-chn-fji-2011-police-cooperation"
    assert iid not in _bilateral("FJI", "CHN", "--as-of", "2010-12-31", "--for", "police")
    assert _sides(_row("FJI", "CHN", iid, "2012-01-01", "police")) == ("uncertain", "uncertain")
    assert _sides(_row("CHN", "FJI", iid, "2019-11-14", "police")) == ("uncertain", "uncertain")
    row = _row("FJI", "CHN", iid, "2019-11-15", "police")
    assert _sides(row) == ("bound", "bound")
    assert row["a"]["in_force"]["latest"] == "2019-11-15"
    assert "bilg20-fbc-2019-11-15-chn-fji-police" in row["sources"]
