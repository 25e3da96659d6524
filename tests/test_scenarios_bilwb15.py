"""Bilateral extradition, mutual legal assistance and transfer agreements of India with states of Asia and Africa,
added or annotated in round 15 (helper bilwb15): new agreements in data/bilateral-wb15.yaml (India's Gazette order for
Malawi, the Indian Treaty Series text of the 1953 treaty with Nepal, South Africa's parliamentary memorandum and PTI
for the treaty with South Africa) and notes on rows of data/bilateral.yaml.

Each test names the source (its key in the data) whose stated days are the expected answer, and asks on both sides
of the boundary the fact sets: the day before entry into force (pending) and the day (in force), or, for an
agreement whose entry into force no source gives, the day before signature (absent) and from signature
(uncertain). No day is worked out from an exchange of ratifications or a press report without a year.
"""

from __future__ import annotations

import pytest

from .scenario import agreement as _row
from .scenario import agreement_in_force_from as _in_force_from
from .scenario import agreement_signed_uncertain as _signed_uncertain
from .scenario import answer as _answer
from .scenario import bilateral as _bilateral
from .scenario import sides as _sides


def test_india_malawi_extradition_treaty_in_force_on_the_day_of_the_exchange():
    # taxguru-gsr-486e-2021-ind-mwi-extradition (India's order G.S.R. 486(E) of 2021-07-09): 'signed at Lilongwe on
    # the 5th November, 2018'; 'the said Treaty entered into force with effect from the 26th day of February,2021'
    iid = "bilateral-ind-mwi-2018-extradition"
    assert iid not in _bilateral("IND", "MWI", "--as-of", "2018-11-04", "--for", "extradition")
    on_signature = _row("IND", "MWI", iid, "2018-11-05", "extradition")
    assert _sides(on_signature) == ("consent-pending", "consent-pending")
    assert on_signature["instrument"]["signed"] == "2018-11-05"
    after = _in_force_from("IND", "MWI", iid, "2021-02-25", "2021-02-26", "extradition")
    assert after["instrument"]["entry_into_force"] == "2021-02-26"
    assert after["a"]["in_force"]["date"] == "2021-02-26"
    assert "taxguru-gsr-486e-2021-ind-mwi-extradition" in after["sources"]
    # the same answer from Malawi's side
    assert _sides(_row("MWI", "IND", iid, "2021-02-26", "extradition")) == ("bound", "bound")


def test_india_nepal_extradition_treaty_signed_at_kathmandu_on_1953_10_02():
    # docslib-adb-oecd-ind-npl-extradition-1953: 'TREATY OF EXTRADITION BETWEEN THE GOVERNMENT OF INDIA AND THE
    # GOVERNMENT OF NEPAL Kathmandu, 2 October 1953'; ht-2008-11-26-ind-npl-extradition: 'signed on October 2, 1953,
    # at Kathmandu'. No day of entry into force is read.
    _signed_uncertain("IND", "NPL", "bilateral-ind-npl-1953-extradition", "1953-10-02", "extradition",
                      {"docslib-adb-oecd-ind-npl-extradition-1953", "ht-2008-11-26-ind-npl-extradition"})


def test_india_nepal_1953_treaty_is_not_offered_for_mla():
    # the treaty is an extradition treaty only (art. I: 'to deliver up to each other those persons ...')
    iid = "bilateral-ind-npl-1953-extradition"
    assert iid not in _bilateral("IND", "NPL", "--as-of", "2026-12-02", "--for", "mla")


def test_india_south_africa_extradition_treaty_undated_after_the_2005_exchange():
    # rediff-pti-2005-12-06-ind-zaf-treaties: 'exchanged Instruments of Ratification of the Extradition Treaty and the
    # Agreement on Mutual Legal Assistance, enabling these to come into effect' (no day of entry into force);
    # pmg-2004-09-08-ind-zaf-treaties-memo: 'The President approved on 17 October 2003 that the Minister ... sign the
    # Treaties' (no day of signature). Neither day is worked out, so the treaty stays uncertain.
    iid = "bilateral-ind-zaf-extradition"
    for day in ("2005-12-05", "2005-12-06", "2026-12-02"):
        row = _row("IND", "ZAF", iid, day, "extradition")
        assert _sides(row) == ("uncertain", "uncertain")
        assert row["instrument"]["signed"] is None
        assert row["instrument"]["entry_into_force"] is None
    assert {"pmg-2004-09-08-ind-zaf-treaties-memo", "rediff-pti-2005-12-06-ind-zaf-treaties"} <= set(row["sources"])


def test_india_south_africa_mla_treaty_keeps_its_2005_bound_and_cites_the_exchange():
    # in-embassy-qatar-mla-list lists 'South Africa' with the year 2005 (in force by then); the PTI report of the
    # 2005-12-06 exchange is cited but gives no day, so the bound stays the year
    iid = "bilateral-ind-zaf-2005-mla"
    before = _row("IND", "ZAF", iid, "2005-12-06", "mla")
    assert _sides(before) == ("uncertain", "uncertain")
    after = _row("IND", "ZAF", iid, "2005-12-31", "mla")
    assert _sides(after) == ("bound", "bound")
    assert after["a"]["in_force"]["date"] is None
    assert after["a"]["in_force"]["latest"] == "2005-12-31"
    shown = _answer("show", iid)["results"][0]
    assert shown["signed"] is None
    assert {"rediff-pti-2005-12-06-ind-zaf-treaties", "pmg-2004-09-08-ind-zaf-treaties-memo"} <= set(shown["sources"])


def test_india_kazakhstan_transfer_agreement_gets_no_day_from_a_report_without_a_year():
    # dailyexcelsior-pti-ind-kaz-transfer: 'came into effect from May 26' with no year; adilet-p1500000924-kaz-ind-transfer:
    # made at Astana on 2015-07-08. The agreement is never dated from the report. Round 21: India's notification
    # G.S.R. 518(E) dated 2017-05-26 (bileif21e-in-gsr-518e-2017-ind-kaz-transfer) applies it: uncertain until then,
    # in force by 2017-05-26, still with no day of entry into force
    iid = "bilateral-ind-kaz-2015-transfer-of-sentenced-persons"
    assert iid not in _bilateral("IND", "KAZ", "--as-of", "2015-07-07")
    on_day = _row("IND", "KAZ", iid, "2015-07-08")
    assert _sides(on_day) == ("uncertain", "uncertain")
    assert on_day["instrument"]["entry_into_force"] is None
    assert _sides(_row("IND", "KAZ", iid, "2017-05-25")) == ("uncertain", "uncertain")
    assert _sides(_row("IND", "KAZ", iid, "2017-05-26")) == ("bound", "bound")
    assert {"adilet-p1500000924-kaz-ind-transfer", "dailyexcelsior-pti-ind-kaz-transfer"} <= set(
        _row("IND", "KAZ", iid, "2026-12-02")["sources"])


def test_kyrgyzstan_mongolia_extradition_treaty_signed_at_bishkek_on_2025_07_21():
    # kg24-kgz-mng-extradition-ratification-bill: 'Договора о выдаче между Кыргызстаном и Монголией», который
    # подписан 21 июля 2025 года в Бишкеке'; no day of entry into force
    _signed_uncertain("KGZ", "MNG", "bilateral-kgz-mng-2025-extradition", "2025-07-21", "extradition",
                      {"kg24-kgz-mng-extradition-ratification-bill", "kg24-en-2026-01-13-kgz-mng-extradition",
                       "topnews-kg-kgz-mng-extradition-law"})


def test_kyrgyzstan_uae_transfer_agreement_signed_at_abu_dhabi_on_2019_12_12():
    # azattyk-kgz-are-transfer-ratification: 'Келишим 2019-жылы 12-декабрда ... Абу-Даби шаарында түзүлүп, кол
    # коюлган'; the ratification's year and the entry into force are not given
    _signed_uncertain("KGZ", "ARE", "bilateral-are-kgz-2019-transfer-of-sentenced-persons", "2019-12-12", "all",
                      {"azattyk-kgz-are-transfer-ratification"})


def test_china_afghanistan_extradition_treaty_signed_on_2013_09_27():
    # pixnet-fzrb-chn-afg-extradition-ratification: '2013年9月27日,兩國簽署了這一條約'; ratified by the NPC Standing
    # Committee, no day of entry into force
    _signed_uncertain("CHN", "AFG", "bilateral-afg-chn-2013-extradition", "2013-09-27", "extradition",
                      {"pixnet-fzrb-chn-afg-extradition-ratification"})


def test_china_algeria_treaties_signed_at_beijing_on_2006_11_06_and_in_force_by_2010_10_06():
    # govcn-xinhua-2008-06-24-chn-dza-treaties: '2006年11月6日,中國外交部部長李肇星和阿爾及利亞外交部部長貝賈維分別代表
    # 本國在北京簽署了中阿刑事司法協助條約和引渡條約'; cn-chinacourt-2010-10-06-chn-africa: in force by 2010-10-06
    for iid, purpose in (("bilateral-chn-dza-extradition", "extradition"), ("bilateral-chn-dza-mla", "mla")):
        assert iid not in _bilateral("CHN", "DZA", "--as-of", "2006-11-05", "--for", purpose)
        on_signature = _row("CHN", "DZA", iid, "2006-11-06", purpose)
        assert _sides(on_signature) == ("uncertain", "uncertain")
        assert on_signature["instrument"]["signed"] == "2006-11-06"
        assert "govcn-xinhua-2008-06-24-chn-dza-treaties" in on_signature["sources"]
        assert _sides(_row("CHN", "DZA", iid, "2010-10-05", purpose)) == ("uncertain", "uncertain")
        after = _row("CHN", "DZA", iid, "2010-10-06", purpose)
        assert _sides(after) == ("bound", "bound")
        assert after["a"]["in_force"]["latest"] == "2010-10-06"
        assert after["a"]["in_force"]["date"] is None


def test_china_tunisia_mla_treaty_signed_1999_11_30_in_force_2000_12_30():
    # cn-npcsc-2000-07-08-chn-tun-mla: '于1999年11月30日在北京签署的《中华人民共和国和突尼斯共和国关于刑事司法协助的条约》';
    # fsou-chn-tun-mla-text: '该条约于2000年12月30日生效'
    iid = "bilateral-chn-tun-mla"
    assert iid not in _bilateral("CHN", "TUN", "--as-of", "1999-11-29", "--for", "mla")
    on_signature = _row("CHN", "TUN", iid, "1999-11-30", "mla")
    assert _sides(on_signature) == ("consent-pending", "consent-pending")
    assert on_signature["instrument"]["signed"] == "1999-11-30"
    after = _in_force_from("CHN", "TUN", iid, "2000-12-29", "2000-12-30", "mla")
    assert after["instrument"]["entry_into_force"] == "2000-12-30"
    assert {"cn-npcsc-2000-07-08-chn-tun-mla", "fsou-chn-tun-mla-text"} <= set(after["sources"])
    # not offered for extradition (art. 1(4): '本条约不适用于引渡')
    assert iid not in _bilateral("CHN", "TUN", "--as-of", "2026-12-02", "--for", "extradition")


def test_china_lesotho_extradition_treaty_signed_2003_11_06_in_force_2005_10_30():
    # zhonghuashu-chn-lso-extradition: '2003年11月6日在北京签署'; '2005年10月30日生效'
    iid = "bilateral-chn-lso-extradition"
    assert iid not in _bilateral("CHN", "LSO", "--as-of", "2003-11-05", "--for", "extradition")
    on_signature = _row("CHN", "LSO", iid, "2003-11-06", "extradition")
    assert _sides(on_signature) == ("consent-pending", "consent-pending")
    assert on_signature["instrument"]["signed"] == "2003-11-06"
    after = _in_force_from("CHN", "LSO", iid, "2005-10-29", "2005-10-30", "extradition")
    assert after["instrument"]["entry_into_force"] == "2005-10-30"
    assert "zhonghuashu-chn-lso-extradition" in after["sources"]


def test_china_namibia_extradition_treaty_signed_2005_12_19_in_force_2009_09_19():
    # zh-wikisource-chn-nam-extradition: '2005年12月19日在北京签署'; '2009年9月19日生效'
    iid = "bilateral-chn-nam-extradition"
    assert iid not in _bilateral("CHN", "NAM", "--as-of", "2005-12-18", "--for", "extradition")
    on_signature = _row("CHN", "NAM", iid, "2005-12-19", "extradition")
    assert _sides(on_signature) == ("consent-pending", "consent-pending")
    assert on_signature["instrument"]["signed"] == "2005-12-19"
    after = _in_force_from("CHN", "NAM", iid, "2009-09-18", "2009-09-19", "extradition")
    assert after["instrument"]["entry_into_force"] == "2009-09-19"
    assert "zh-wikisource-chn-nam-extradition" in after["sources"]


@pytest.mark.parametrize("purpose", ["mla", "extradition"])
def test_laos_viet_nam_legal_assistance_treaty_signed_1998_07_06(purpose):
    # moj-vn-lao-vnm-legal-assistance-1998: 'Hiệp định ... ký ngày 06/7/1998'; its criminal part includes 'dẫn độ'
    # (extradition); no day of entry into force read
    _signed_uncertain("VNM", "LAO", "bilateral-lao-vnm-1998-legal-assistance", "1998-07-06", purpose,
                      {"moj-vn-lao-vnm-legal-assistance-1998", "vkshue-vnm-lao-procuracies-cooperation"})
