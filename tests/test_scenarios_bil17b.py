"""Bilateral agreements of Canada, South Africa, the Republic of Korea, Japan, Russia, Morocco, Australia and China added
or dated in round 17b (helper bil17b), in data/bilateral.yaml.

Each case names the source (its key in the data) and quotes the words that give the expected answer, and asks on
both sides of the boundary the fact sets.
"""

from __future__ import annotations

import pytest

from octreaty import load_data

from .scenario import agreement as _row
from .scenario import agreement_signed_then_in_force as _signed_then_in_force
from .scenario import agreement_signed_uncertain as _signed_uncertain
from .scenario import bilateral as _bilateral
from .scenario import sides as _sides


def test_canada_south_africa_mla_treaty_known_from_cts_2001_no_19_stays_uncertain():
    # commonlii-catser-2001-14-can-zaf-mla-x17b: 'E103349 - CTS 2001 No. 19. TREATY BETWEEN THE GOVERNMENT OF CANADA
    # AND THE GOVERNMENT OF THE REPUBLIC OF SOUTH AFRICA ON MUTUAL LEGAL ASSISTANCE IN CRIMINAL MATTERS'; no day of
    # signature or of entry into force read, so it is never shown in force
    iid = "bilateral-can-zaf-mla"
    row = _row("ZAF", "CAN", iid, "2026-12-02", "mla")
    assert _sides(row) == ("uncertain", "uncertain")
    assert row["instrument"]["signed"] is None
    assert row["instrument"]["entry_into_force"] is None
    assert set(row["usable_for"]) == {"mla"}
    assert "commonlii-catser-2001-14-can-zaf-mla-x17b" in row["sources"]
    # it serves mutual legal assistance, not extradition
    assert iid not in _bilateral("CAN", "ZAF", "--as-of", "2026-12-02", "--for", "extradition")


def test_korea_singapore_mla_treaty_signed_2024_07_24_entry_into_force_not_found():
    # sedaily-2024-07-24-kor-sgp-mla-x17b: '법무부는 24일 박성재 법무부 장관이 ... 싱가포르 법무부 청사에서 ‘대한민국 정부와
    # 싱가포르공화국 정부 간의 형사사법공조조약’에 서명했다고 밝혔다'; mbn-2024-07-24-kor-sgp-mla-x17b (2024-07-24): '이 조약은
    # 양국의 국내 절차 완료와 그 완료 사실의 상호 서면 통보 등을 거친 후 발효됩니다'
    _, today = _signed_uncertain("KOR", "SGP", "bilateral-kor-sgp-2024-mla", "2024-07-24", "mla",
                                 {"sedaily-2024-07-24-kor-sgp-mla-x17b", "mbn-2024-07-24-kor-sgp-mla-x17b"})
    assert today["usable_for"] == {"mla": "the whole treaty"}
    assert "bilateral-kor-sgp-2024-mla" not in _bilateral("SGP", "KOR", "--as-of", "2026-12-02", "--for",
                                                          "extradition")


def test_korea_singapore_extradition_treaty_concluded_2024_10_month_only():
    # kollo-2024-10-08-kor-sgp-extradition-x17b: '8일(현지시간) 로런스 웡 총리와 정상회담' ... '이번에 체결된
    # '범죄인인도조약''; ktv-2024-10-08-kor-sgp-extradition-x17b: ''범죄인인도조약' 체결', '2024.10.08': the month only,
    # so absent in September 2024 and uncertain from 2024-10-01
    iid = "bilateral-kor-sgp-2024-extradition"
    assert iid not in _bilateral("KOR", "SGP", "--as-of", "2024-09-30", "--for", "extradition")
    on_month = _row("SGP", "KOR", iid, "2024-10-01", "extradition")
    assert _sides(on_month) == ("uncertain", "uncertain")
    assert on_month["instrument"]["signed"] == "2024-10"
    today = _row("KOR", "SGP", iid, "2026-12-02", "extradition")
    assert _sides(today) == ("uncertain", "uncertain")
    assert today["instrument"]["entry_into_force"] is None
    assert {"kollo-2024-10-08-kor-sgp-extradition-x17b", "ktv-2024-10-08-kor-sgp-extradition-x17b"} <= set(
        today["sources"])
    # newsis-2024-04-12-kor-sgp-extradition-x17b: '현재 한-싱가포르 간 범죄인 인도조약 체결 절차가 진행 중' (not yet
    # concluded on 2024-04-12)
    assert iid not in _bilateral("KOR", "SGP", "--as-of", "2024-04-12", "--for", "extradition")


def test_japan_russia_mla_treaty_in_force_by_2012_01_30():
    # megalodon-nrbj-2012-jpn-rus-mla-x17b (captured 2012-01-30): '刑事共助条約が発効'; '今年2月に発効したのが通称
    # 「日・露刑事共助条約」'; mofa-jp-2010-03-jpn-rus-mla: signed at Tokyo 2009-05-12
    iid = "bilateral-jpn-rus-2009-mla"
    assert iid not in _bilateral("JPN", "RUS", "--as-of", "2009-05-11", "--for", "mla")
    assert _sides(_row("JPN", "RUS", iid, "2009-05-12", "mla")) == ("uncertain", "uncertain")
    assert _sides(_row("RUS", "JPN", iid, "2012-01-29", "mla")) == ("uncertain", "uncertain")
    row = _row("RUS", "JPN", iid, "2012-01-30", "mla")
    assert _sides(row) == ("bound", "bound")
    assert row["linked_since"]["latest"] == "2012-01-30"
    assert row["instrument"]["entry_into_force"] is None
    assert "megalodon-nrbj-2012-jpn-rus-mla-x17b" in row["sources"]


def test_australia_china_mla_treaty_applied_by_2021_05_26():
    # guardian-2021-aus-chn-mla-x17b: 'exchanged a total of 13 requests in the two-year period to 26 May 2021' ...
    # 'under a treaty for mutual legal assistance that the Howard government and the People's Republic of China signed
    # in 2006'
    iid = "bilateral-aus-chn-2006-mla"
    assert _sides(_row("CHN", "AUS", iid, "2021-05-25", "mla")) == ("uncertain", "uncertain")
    row = _row("AUS", "CHN", iid, "2021-05-26", "mla")
    assert _sides(row) == ("bound", "bound")
    assert row["linked_since"]["latest"] == "2021-05-26"
    assert "guardian-2021-aus-chn-mla-x17b" in row["sources"]


def test_russia_morocco_extradition_signed_at_moscow_2016_03_15_per_federation_council():
    # garant-sf-2017-07-17-mar-rus-extradition-x17b: 'Конвенция была подписана в городе Москве 15 марта 2016 года';
    # still no day of entry into force; round 18: maghrebintel-2018-03-mar-rus-extradition (press, March 2018) says it
    # 'est entrée en vigueur', so it is in force by the end of March 2018 (in_force_by) and uncertain until then
    iid = "bilateral-mar-rus-2016-extradition"
    assert iid not in _bilateral("RUS", "MAR", "--as-of", "2016-03-14", "--for", "extradition")
    for day in ("2016-03-15", "2018-03-30"):
        assert _sides(_row("RUS", "MAR", iid, day, "extradition")) == ("uncertain", "uncertain")
    today = _row("RUS", "MAR", iid, "2018-03-31", "extradition")
    assert _sides(today) == ("bound", "bound")
    assert {"garant-sf-2017-07-17-mar-rus-extradition-x17b", "maghrebintel-2018-03-mar-rus-extradition"} <= set(
        today["sources"])
    assert today["usable_for"] == {"extradition": "the whole convention"}


def test_library_reads_the_new_rows():
    # the same facts through the library: the new agreements load with the dates their sources give
    data = load_data()
    mla = data.instruments["bilateral-kor-sgp-2024-mla"]
    assert str(mla.signed) == "2024-07-24"
    assert mla.entry_into_force is None
    assert str(data.instruments["bilateral-kor-sgp-2024-extradition"].signed) == "2024-10"
    can_zaf = data.instruments["bilateral-can-zaf-mla"]
    assert can_zaf.signed is None
    assert {p.party for p in can_zaf.parties} == {"CAN", "ZAF"}


@pytest.mark.parametrize(
    ("a", "b", "iid", "purpose"),
    [
        ("KOR", "KGZ", "bilateral-kgz-kor-2018-extradition", "extradition"),
        ("KGZ", "KOR", "bilateral-kgz-kor-2018-mla", "mla"),
        ("KOR", "KGZ", "bilateral-kgz-kor-2018-transfer-of-sentenced-persons", "all"),
    ],
)
def test_korea_kyrgyzstan_treaties_signed_2018_11_14(a, b, iid, purpose):
    # metroseoul-2018-11-14-kgz-kor-x17b: '법무부와 키르기즈 공화국 검찰이 14일 ... 이날 박상기 법무부 장관은 ... '범죄인인도조약'
    # '형사사법공조조약' '수형자이송조약'에 대한 서명식을 진행했다' (article 2018111400167); no entry into force
    _signed_uncertain(a, b, iid, "2018-11-14", purpose, {"metroseoul-2018-11-14-kgz-kor-x17b"})


def test_korea_kuwait_transfer_treaty_signed_2011_03_16():
    # asiatoday-2011-03-17-kor-kwt-transfer-x17b: '이귀남 법무부 장관과 알 하마드 쿠웨이트 법무부 장관이 16일 쿠웨이트
    # 법무부에서 ‘한-쿠웨이트 수형자이송조약’에 서명했다' (published 2011-03-17); '국회 비준을 받아 발효되면'
    _, today = _signed_uncertain("KWT", "KOR", "bilateral-kor-kwt-2011-transfer-of-sentenced-persons", "2011-03-16",
                                 "all", {"asiatoday-2011-03-17-kor-kwt-transfer-x17b"})
    assert set(today["usable_for"]) == {"other"}


def test_brazil_morocco_extradition_treaty_signed_2019_06_13_entry_into_force_not_found():
    # br-camara-dleg-209-2025-bra-mar-extradition-x17b: 'Tratado de Extradição entre a República Federativa do Brasil e
    # o Reino do Marrocos, assinado em Brasília, em 13 de junho de 2019'; yabiladi-2019-07-bra-mar-extradition-x17b:
    # 'signée à Brasilia le 13 juin dernier'; the approvals are not its entry into force
    _, today = _signed_uncertain("MAR", "BRA", "bilateral-bra-mar-2019-extradition", "2019-06-13", "extradition",
                                 {"br-camara-dleg-209-2025-bra-mar-extradition-x17b",
                                  "yabiladi-2019-07-bra-mar-extradition-x17b"})
    assert set(today["usable_for"]) == {"extradition"}
    # the transfer treaty of the same day is in force from 2023-01-01 and stays a separate agreement
    assert "bilateral-bra-mar-2019-extradition" not in _bilateral("BRA", "MAR", "--as-of", "2026-12-02", "--for",
                                                                  "mla")


@pytest.mark.parametrize(
    ("a", "b", "iid", "purpose"),
    [
        ("MAR", "SAU", "bilateral-mar-sau-2024-mla", "mla"),
        ("SAU", "MAR", "bilateral-mar-sau-2024-transfer-of-sentenced-persons", "all"),
    ],
)
def test_morocco_saudi_arabia_agreements_signed_2024_11_13(a, b, iid, purpose):
    # lesiteinfo-2025-05-mar-sau-x17b: 'deux accords internationaux signés entre les gouvernements du Maroc et de l'Arabie
    # Saoudite le 13 novembre 2024 à Riyad' (transfer of sentenced persons; 'entraide en matière pénale'); no entry
    # into force
    _signed_uncertain(a, b, iid, "2024-11-13", purpose, {"lesiteinfo-2025-05-mar-sau-x17b"})



def test_india_poland_extradition_treaty_signed_2003_02_17_in_force_by_2008_05_16():
    # latestlaws-gsr-382e-2008-ind-pol-extradition-x17b: 'signed at New Delhi, on 17th February, 2003; and the
    # instruments of ratification were exchanged at Warsaw (Poland) on 4th April, 2005'; 'Published vide Notification
    # No. G.S.R. 382(E), 16th May, 2008'
    iid = "bilateral-ind-pol-2003-extradition"
    assert iid not in _bilateral("IND", "POL", "--as-of", "2003-02-16", "--for", "extradition")
    on_signature = _row("POL", "IND", iid, "2003-02-17", "extradition")
    assert _sides(on_signature) == ("uncertain", "uncertain")
    assert on_signature["instrument"]["signed"] == "2003-02-17"
    assert _sides(_row("IND", "POL", iid, "2008-05-15", "extradition")) == ("uncertain", "uncertain")
    row = _row("IND", "POL", iid, "2008-05-16", "extradition")
    assert _sides(row) == ("bound", "bound")
    assert row["instrument"]["entry_into_force"] is None
    assert row["linked_since"]["latest"] == "2008-05-16"
    assert "latestlaws-gsr-382e-2008-ind-pol-extradition-x17b" in row["sources"]


def test_india_belarus_extradition_treaty_signed_2007_04_16_in_force_2008_04_17():
    # latestlaws-gsr-602e-2008-blr-ind-extradition-x17b: 'signed at New Delhi on 16thApril, 2007; and the exchange of
    # the Instrument of Ratification of the Treaty took place at Minsk on 17th April, 2008 and has entered into force
    # from 17th April, 2008 in terms of Article 21'
    row = _signed_then_in_force("IND", "BLR", "bilateral-blr-ind-2007-extradition", "2007-04-16", "2008-04-17",
                                "extradition", "latestlaws-gsr-602e-2008-blr-ind-extradition-x17b")
    assert set(row["usable_for"]) == {"extradition"}
