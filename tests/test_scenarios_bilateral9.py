"""Bilateral agreements added in the ninth round of issue 12, on the shipped data.

Each test names the source key (data/bilateral.yaml) of its expected answer and asks on both sides of the day the
source states. An agreement whose entry into force no source gives stays uncertain, whatever its exchange of
ratifications: no day is worked out from it.
"""

from __future__ import annotations

import datetime

from .scenario import agreement as _row
from .scenario import agreement_in_force_from as _in_force_from
from .scenario import bilateral as _bilateral
from .scenario import sides as _sides


def test_japan_korea_extradition_treaty_in_force_2002_06_21():
    # worldjpn-jpkr-2002-extradition: Japan's Treaty No. 4 of 2002, "平成十四年四月八日 ソウルで署名" and
    # "平成十四年六月二十一日 効力発生"; hankyung-2002-06-06-jpn-kor-extradition (Yonhap): ratifications exchanged on the
    # 6th, "오는 21일부터 발효된다"
    row = _in_force_from("japan", "KOR", "bilateral-jpn-kor-2002-extradition", "2002-06-20", "2002-06-21",
                         "extradition")
    assert row["instrument"]["signed"] == "2002-04-08"
    assert row["usable_for"] == {"extradition": "the whole treaty"}
    assert {"worldjpn-jpkr-2002-extradition", "hankyung-2002-06-06-jpn-kor-extradition"} <= set(row["sources"])


def test_japan_korea_mla_treaty_in_force_2007_01_26():
    # mofa-jp-2006-12-27-jpn-kor-mla: ratifications exchanged in Tokyo 2006-12-27, "平成19年1月26日(金曜日)に効力を
    # 生ずる"; signed at Tokyo 2006-01-20 (mofa-jp-2006-01-jpn-kor-mla)
    row = _in_force_from("KOR", "japan", "bilateral-jpn-kor-2006-mla", "2007-01-25", "2007-01-26", "mla")
    assert row["instrument"]["signed"] == "2006-01-20"
    assert "mofa-jp-2006-12-27-jpn-kor-mla" in row["sources"]


def test_japan_hong_kong_mla_agreement_in_force_2009_09_24():
    # moj-jp-2009-08-25-hkg-jpn-mla: notes exchanged in Hong Kong 2009-08-25, "この協定は,9月24日(木)に効力を生ずる";
    # signed in Hong Kong 2008-05-23
    row = _in_force_from("japan", "hong kong", "bilateral-hkg-jpn-2008-mla", "2009-09-23", "2009-09-24", "mla")
    assert row["instrument"]["signed"] == "2008-05-23"
    assert row["usable_for"] == {"mla": "the whole agreement"}


def test_japan_viet_nam_mla_treaty_signed_2021_11_24_in_force_2022_08_31():
    # mofa-jp-2021-11-24-jpn-vnm-mla: signed 2021-11-24; mofa-jp-2022-08-01-jpn-vnm-mla: notes exchanged in Hanoi 2022-08-01,
    # "本年8月31日 ... に効力を生ずる"
    row = _in_force_from("japan", "viet nam", "bilateral-jpn-vnm-2021-mla", "2022-08-30", "2022-08-31", "mla")
    assert row["instrument"]["signed"] == "2021-11-24"


def test_japan_china_mla_treaty_in_force_in_november_2008_its_day_unknown():
    # mofa-jp-2007-12-01-chn-jpn-mla: signed at Beijing 2007-12-01; chubun-2009-06-chn-jpn-mla: ratifications
    # exchanged 2008-10-24, no day of entry into force; yomiuri-2008-10-30-chn-jpn-mla (round 17): '日中刑事共助条約が
    # 11月に発効する' (the month only), so pending before November, uncertain within it and in force after it
    iid = "bilateral-chn-jpn-2007-mla"
    assert _sides(_row("japan", "china", iid, "2008-10-31", "mla")) == ("consent-pending", "consent-pending")
    assert _sides(_row("japan", "china", iid, "2008-11-15", "mla")) == ("uncertain", "uncertain")
    row = _row("japan", "china", iid, "2026-12-01", "mla")
    assert row["instrument"]["signed"] == "2007-12-01"
    assert row["instrument"]["entry_into_force"] == "2008-11"
    assert _sides(row) == ("bound", "bound")
    assert "yomiuri-2008-10-30-chn-jpn-mla" in row["sources"]


def test_japan_russia_mla_treaty_signed_2009_05_12_entry_into_force_not_found():
    # mofa-jp-2010-03-jpn-rus-mla: signed at Tokyo 2009-05-12 by Nakasone and Konovalov;
    # megalodon-nrbj-2012-jpn-rus-mla-x17b (captured 2012-01-30): '今年2月に発効したのが通称「日・露刑事共助条約」':
    # uncertain the day before the capture, in force by 2012-01-30, the day of entry into force still unknown
    before = _row("japan", "russia", "bilateral-jpn-rus-2009-mla", "2012-01-29", "mla")
    assert before["instrument"]["signed"] == "2009-05-12"
    assert _sides(before) == ("uncertain", "uncertain")
    row = _row("japan", "russia", "bilateral-jpn-rus-2009-mla", "2026-12-01", "mla")
    assert row["instrument"]["entry_into_force"] is None
    assert _sides(row) == ("bound", "bound")


def test_australia_korea_extradition_treaty_in_force_1991_01_16():
    # hankyung-1990-12-19-aus-kor-extradition: the Foreign Ministry announced on 1990-12-19 that the treaty "내년
    # 1월16일자로 발효된다"; hankyung-1992-08-25-aus-kor-mla repeats the day (its "concluded in May 1990" is not taken
    # for a day of signature, which stays unknown)
    iid = "bilateral-aus-kor-1990-extradition"
    # with no day of signature, the agreement is not listed before the day it entered into force
    assert iid not in _bilateral("australia", "KOR", "--as-of", "1991-01-15", "--for", "extradition")
    row = _row("australia", "KOR", iid, "1991-01-16", "extradition")
    assert _sides(row) == ("bound", "bound")
    assert row["linked_since"]["date"] == "1991-01-16"
    assert row["instrument"]["signed"] is None
    assert {"hankyung-1990-12-19-aus-kor-extradition", "hankyung-1992-08-25-aus-kor-mla"} <= set(row["sources"])


def _in_force_by(a: str, b: str, iid: str, day: str, purpose: str) -> dict:
    """Asserts the agreement is uncertain the day before the bound and bound from it; returns the row on the day."""
    before = _row(a, b, iid, _day_before(day), purpose)
    assert _sides(before) == ("uncertain", "uncertain")
    after = _row(a, b, iid, day, purpose)
    assert _sides(after) == ("bound", "bound")
    assert after["instrument"]["entry_into_force"] is None
    return after


def _day_before(day: str) -> str:
    return (datetime.date.fromisoformat(day) - datetime.timedelta(days=1)).isoformat()


def test_australia_korea_mla_treaty_done_at_canberra_1992_08_25_in_force_by_1997_05_21():
    # au-sr-1993-305-aus-kor-mla: "the Treaty between Australia and the Republic of Korea done at Canberra on 25 August
    # 1992"; the regulations' commencement (1993-12-19) is not the treaty's entry into force;
    # hankookilbo-1997-05-21-kor-usa-mla names Australia among Korea's MLA treaties "체결, 발효중" (in force)
    row = _in_force_by("australia", "KOR", "bilateral-aus-kor-1992-mla", "1997-05-21", "mla")
    assert row["instrument"]["signed"] == "1992-08-25"


_TRANSFER = {"other": "transfer of sentenced persons (with their consent)"}


def test_japan_iran_transfer_treaty_in_force_2016_08_02_signed_in_two_capitals():
    # mofa-jp-irn-jpn-transfer-2016: signed at Tokyo 2015-01-09 and at Tehran 2015-01-10, notes exchanged 2016-07-03,
    # "平成28年8月2日 効力発生"; mofa-jp-2016-07-04-irn-jpn-transfer gives the same day
    iid = "bilateral-irn-jpn-2015-transfer-of-sentenced-persons"
    row = _in_force_from("japan", "iran", iid, "2016-08-01", "2016-08-02", "all")
    assert row["usable_for"] == _TRANSFER
    assert (row["a"]["signature"], row["b"]["signature"]) == ("2015-01-09", "2015-01-10")


def test_japan_viet_nam_transfer_treaty_in_force_2020_08_19():
    # emb-jp-vn-2020-07-22-jpn-vnm-transfer: notes exchanged at Hanoi 2020-07-20, "本年8月19日 ... に効力を生ずる";
    # signed at Tokyo 2019-07-01 (mofa-jp-2019-07-01-jpn-vnm-transfer)
    iid = "bilateral-jpn-vnm-2019-transfer-of-sentenced-persons"
    row = _in_force_from("viet nam", "japan", iid, "2020-08-18", "2020-08-19", "all")
    assert row["instrument"]["signed"] == "2019-07-01"
    assert row["usable_for"] == _TRANSFER


def test_japan_thailand_transfer_treaty_in_force_2010_08_28():
    # mofa-jp-2010-07-29-jpn-tha-transfer: ratifications exchanged at Tokyo 2010-07-29, "8月28日(土曜日)に効力を生ずる";
    # signed at Phuket 2009-07-22; mofa-jp-2013-12-13-jpn-irn-talks: "平成22年8月28日,効力発生"
    iid = "bilateral-jpn-tha-2009-transfer-of-sentenced-persons"
    row = _in_force_from("japan", "thailand", iid, "2010-08-27", "2010-08-28", "all")
    assert row["instrument"]["signed"] == "2009-07-22"
    assert {"mofa-jp-2010-07-29-jpn-tha-transfer", "mofa-jp-2013-12-13-jpn-irn-talks"} <= set(row["sources"])


def test_japan_brazil_transfer_treaty_in_force_2016_02_14_as_reported():
    # asahi-2016-01-bra-jpn-transfer: "2月14日に正式発効する"; emb-jp-br-2016-01-15-bra-jpn-transfer: notes exchanged at
    # Brasília 2016-01-15; signed at Tokyo 2014-01-24 (megabrasil-2014-01-28-bra-jpn-transfer)
    iid = "bilateral-bra-jpn-2014-transfer-of-sentenced-persons"
    row = _in_force_from("brazil", "japan", iid, "2016-02-13", "2016-02-14", "all")
    assert row["instrument"]["signed"] == "2014-01-24"
    assert "asahi-2016-01-bra-jpn-transfer" in row["sources"]


def test_korea_china_extradition_treaty_in_force_2002_04_12_as_the_foreign_ministry_announced():
    # hankyung-2002-03-12-chn-kor-extradition: the ministry said the treaty "내달 12일부터 공식 발효된다" (in force
    # 2002-04-12); concluded in October 2000 (the month only: the day announced in advance is not filled in)
    row = _in_force_from("KOR", "china", "bilateral-chn-kor-2000-extradition", "2002-04-11", "2002-04-12",
                         "extradition")
    assert row["instrument"]["signed"] == "2000-10"
    assert "hankyung-2002-03-12-chn-kor-extradition" in row["sources"]


def test_brazil_korea_extradition_treaty_in_force_2002_02_01():
    # br-decreto-4152-2002-bra-kor: signed at Brasília 1995-09-01, "Considerando que o Acordo entrou em vigor em 1º de
    # fevereiro de 2002"
    row = _in_force_from("brazil", "KOR", "bilateral-bra-kor-1995-extradition", "2002-01-31", "2002-02-01",
                         "extradition")
    assert row["instrument"]["signed"] == "1995-09-01"


def test_brazil_korea_mla_agreement_in_force_2006_02_08():
    # br-decreto-5721-2006-bra-kor-mla: signed at Brasília 2002-12-13, "o Acordo entrou em vigor em 8 de fevereiro de
    # 2006, nos termos do parágrafo 1 de seu Artigo 21"
    row = _in_force_from("KOR", "brazil", "bilateral-bra-kor-2002-mla", "2006-02-07", "2006-02-08", "mla")
    assert row["instrument"]["signed"] == "2002-12-13"


def test_brazil_australia_extradition_treaty_signed_1994_in_force_1996_09_01():
    # aldair-2007-07-10-bra-aus-extradition: "Firmado em Camberra, em 22 de agosto de 1994", promulgated by Decreto
    # 2.010/1996; round 21 (bra21): Concordia's row (bileif21f-gh-concordia-bra-bilaterals) gives vigor_int_em
    # 01/09/1996, so the treaty is no longer uncertain today
    row = _row("brazil", "australia", "bilateral-aus-bra-1994-extradition", "2026-12-01", "extradition")
    assert row["instrument"]["signed"] == "1994-08-22"
    assert row["instrument"]["entry_into_force"] == "1996-09-01"
    assert _sides(row) == ("bound", "bound")


def test_brazil_peru_transfer_of_prisoners_treaty_in_force_2006_08_25():
    # br-decreto-5931-2006-bra-per-transfer: signed at Lima 2003-08-25, "o Tratado entrou em vigor internacional em 25 de
    # agosto de 2006, nos termos do parágrafo 1o de seu Artigo 10"
    iid = "bilateral-bra-per-2003-transfer-of-sentenced-persons"
    row = _in_force_from("brazil", "peru", iid, "2006-08-24", "2006-08-25", "all")
    assert row["usable_for"] == _TRANSFER


def test_us_japan_extradition_treaty_in_force_1980_03_26():
    # kotobank-britannica-jpn-usa-extradition: "1978年3月3日に東京で調印され,80年3月26日に発効した";
    # jawiki-jpn-usa-extradition-kotoba gives the same day from MOFA's Notice No. 86 of 1980
    row = _in_force_from("united states", "japan", "bilateral-jpn-usa-1978-extradition", "1980-03-25", "1980-03-26",
                         "extradition")
    assert row["instrument"]["signed"] == "1978-03-03"


def test_us_korea_mla_treaty_signed_1993_11_in_force_1997_05_23_on_the_exchange():
    # sedaily-1997-05-20-kor-usa-mla and hankookilbo-1997-05-21-kor-usa-mla: ratifications exchanged at Washington on the
    # 23rd and in force that day (the Foreign Ministry, 1997-05-20); signed at Washington in November 1993 (month only)
    row = _in_force_from("KOR", "united states", "bilateral-kor-usa-1997-mla", "1997-05-22", "1997-05-23", "mla")
    assert row["instrument"]["signed"] == "1993-11"
    assert {"ielr-2000-usa-kor", "sedaily-1997-05-20-kor-usa-mla"} <= set(row["sources"])


def test_brazil_canada_mla_treaty_in_force_2008_11_01():
    # br-decreto-6747-2009-bra-can-mla: signed at Brasília 1995-01-27, "o Acordo entrou em vigor internacional em 1o de
    # novembro de 2008, nos termos do parágrafo 1o de seu Artigo 21"
    row = _in_force_from("brazil", "canada", "bilateral-bra-can-1995-mla", "2008-10-31", "2008-11-01", "mla")
    assert row["instrument"]["signed"] == "1995-01-27"


def test_brazil_mexico_mla_treaty_signed_2007_uncertain_until_in_force_by_2019_09_16():
    # agenciasenado-2009-09-01-bra-mex-mla: "assinado na Cidade do México, em 6 de agosto de 2007";
    # br-mj-orientacoes-mexico names Decreto 7.595/2011 but no day of entry into force: uncertain until the Ministry
    # of Justice's page (updated 2019-09-16) names it as a basis for cooperation with both central authorities
    # (in_force_by since round 15), in force from that day
    row = _row("brazil", "mexico", "bilateral-bra-mex-2007-mla", "2019-09-15", "mla")
    assert row["instrument"]["signed"] == "2007-08-06"
    assert _sides(row) == ("uncertain", "uncertain")
    assert _sides(_row("brazil", "mexico", "bilateral-bra-mex-2007-mla", "2026-12-01", "mla")) == ("bound", "bound")


def test_mexico_south_africa_mla_treaty_signed_in_two_capitals_stays_uncertain():
    # mx-dof-2022-05-18-mex-zaf-mla: signed at Mexico City 2013-11-01 and at Pretoria 2014-03-24, ratifications exchanged
    # 2021-12-08 and 2022-02-21; no day of entry into force stated, none worked out
    row = _row("mexico", "south africa", "bilateral-mex-zaf-2013-mla", "2026-12-01", "mla")
    assert (row["a"]["signature"], row["b"]["signature"]) == ("2013-11-01", "2014-03-24")
    assert _sides(row) == ("uncertain", "uncertain")


def test_benelux_extradition_and_mla_treaty_binds_each_pair_from_1967_12_11():
    # unts-benelux-1962-extradition-copy: signed at Brussels 1962-06-27, "Came into force on 11 December 1967, two months
    # after the deposit of the last instrument of ratification"; be-justel-1962-06-27-benelux-extradition and
    # nl-trb-1962-97-benelux-extradition give the same day
    iid = "bilateral-bel-lux-nld-1962-extradition-mla"
    for a, b in (("belgium", "netherlands"), ("luxembourg", "belgium"), ("netherlands", "luxembourg")):
        row = _in_force_from(a, b, iid, "1967-12-10", "1967-12-11", "mla")
        assert row["instrument"]["signed"] == "1962-06-27"
        assert row["usable_for"] == {"mla": "the whole treaty: chapter II (arts. 22-43)"}


def test_belgium_dr_congo_mla_convention_signed_2009_stays_uncertain():
    # kluwer-2023-05-11-bel-cod: concluded 2009-04-29, Belgian law of assent 2014-04-03 published 2023-05-08;
    # lalibre-afrique-2022-05-cod-bel: the Congolese Senate authorised ratification in 2022; no day of entry into force
    row = _row("belgium", "democratic republic of the congo", "bilateral-bel-cod-2009-mla", "2026-12-01", "mla")
    assert row["instrument"]["signed"] == "2009-04-29"
    assert _sides(row) == ("uncertain", "uncertain")


def test_russia_north_korea_extradition_treaty_signed_2015_11_17_stays_uncertain():
    # yna-2016-11-13-rus-prk-extradition: concluded in Pyongyang on 2015-11-17; yna-2017-02-08-rus-prk-ratification:
    # Russia's ratification law signed 2017-02-07; no day of entry into force found
    row = _row("russia", "PRK", "bilateral-prk-rus-2015-extradition", "2026-12-01", "extradition")
    assert row["instrument"]["signed"] == "2015-11-17"
    assert _sides(row) == ("uncertain", "uncertain")


def test_canada_korea_treaties_signed_1994_04_in_force_by_the_korean_ministrys_lists():
    # seoul-1994-04-17-can-kor: both signed in April 1994 (month only); hankookilbo-1997-05-21-kor-usa-mla: the MLA treaty
    # in force by 1997-05-21; donga-2000-01-21-kor-mng: the extradition treaty in force by 2000-01-21, and since round
    # 14 from 1995-01-29 to the day (commonlii-catser-1995-1-can-kor-extradition, the Canada Treaty Series)
    mla = _in_force_by("canada", "KOR", "bilateral-can-kor-1994-mla", "1997-05-21", "mla")
    assert mla["instrument"]["signed"] == "1994-04"
    before = _row("canada", "KOR", "bilateral-can-kor-1994-extradition", "1995-01-28", "extradition")
    assert _sides(before) == ("consent-pending", "consent-pending")
    extradition = _row("canada", "KOR", "bilateral-can-kor-1994-extradition", "1995-01-29", "extradition")
    assert _sides(extradition) == ("bound", "bound")
    assert extradition["instrument"]["entry_into_force"] == "1995-01-29"
    assert "donga-2000-01-21-kor-mng" in extradition["sources"]


def test_france_korea_mla_convention_1995_in_force_by_1997_and_extradition_convention_2006_uncertain():
    # senat-rap-l96-004-fra-kor-mla: signed at Paris 1995-03-02; hankookilbo-1997-05-21-kor-usa-mla: in force by
    # 1997-05-21; senat-rap-l07-121-fra-kor-extradition: the extradition convention signed at Paris 2006-06-06, no day of
    # entry into force found
    mla = _in_force_by("france", "KOR", "bilateral-fra-kor-1995-mla", "1997-05-21", "mla")
    assert mla["instrument"]["signed"] == "1995-03-02"
    extradition = _row("france", "KOR", "bilateral-fra-kor-2006-extradition", "2026-12-01", "extradition")
    assert extradition["instrument"]["signed"] == "2006-06-06"
    assert _sides(extradition) == ("uncertain", "uncertain")


def test_korean_extradition_treaties_the_justice_ministry_counted_in_force_in_january_2000():
    # donga-2000-01-21-kor-mng: extradition treaties in force with "미국과 캐나다, 호주 필리핀 스페인 멕시코 칠레 파라과이"
    # (the Philippines' and Chile's have since their own days: test_scenarios_bilateral10.py)
    for country, iid in (("spain", "bilateral-esp-kor-extradition"), ("mexico", "bilateral-kor-mex-extradition"),
                         ("paraguay", "bilateral-kor-pry-extradition")):
        row = _in_force_by(country, "KOR", iid, "2000-01-21", "extradition")
        assert row["instrument"]["signed"] is None


def test_switzerland_canada_extradition_treaty_in_force_1996_03_19_by_exchange_of_notes():
    # ch-auslieferungsvertrag-can-1993-lexaris: "Abgeschlossen am 7. Oktober 1993 ... In Kraft getreten durch
    # Notenaustausch am 19. März 1996"
    row = _in_force_from("switzerland", "canada", "bilateral-can-che-1993-extradition", "1996-03-18", "1996-03-19",
                         "extradition")
    assert row["instrument"]["signed"] == "1993-10-07"


def test_switzerland_argentina_mla_treaty_in_force_by_2013_02_16_when_it_repealed_the_1906_articles():
    # ch-sr-0-353-915-4-droit-bilingue: articles of the 1906 treaty "Abrogés par l'art. 33 al. 2 du Tr. du 10 nov. 2009
    # d'entraide judiciaire en matière pénale avec l'Argentine ... avec effet au 16 fév. 2013"
    # and Fedlex's own record (legalize-ch mirror, bilateral12) dates its entry into force that day
    row = _in_force_from("switzerland", "argentina", "bilateral-arg-che-2009-mla", "2013-02-15", "2013-02-16", "mla")
    assert row["instrument"]["signed"] == "2009-11-10"


def test_switzerland_canada_mla_treaty_in_force_1995_11_17_on_the_exchange():
    # ch-sr-0-351-923-2-lexaris: "Ratifikationsurkunden ausgetauscht am 17. November 1995 In Kraft getreten am 17. November
    # 1995"; ch-admin-1995-11-22-che-can: in force with the exchange in Ottawa; signed at Bern 1993-10-07
    row = _in_force_from("canada", "switzerland", "bilateral-can-che-1993-mla", "1995-11-16", "1995-11-17", "mla")
    assert row["instrument"]["signed"] == "1993-10-07"
    assert {"ch-sr-0-351-923-2-lexaris", "ch-admin-1995-11-22-che-can"} <= set(row["sources"])


def test_switzerland_australia_mla_treaty_in_force_1994_07_31_by_exchange_of_notes():
    # ch-sr-0-351-915-8-lexaris: "Abgeschlossen am 25. November 1991 ... Inkrafttreten durch Notenaustausch am 31. Juli 1994"
    row = _in_force_from("switzerland", "australia", "bilateral-aus-che-1991-mla", "1994-07-30", "1994-07-31", "mla")
    assert row["instrument"]["signed"] == "1991-11-25"


def test_switzerland_hong_kong_mla_agreement_in_force_2002_10_16_by_exchange_of_notes():
    # ch-sr-0-351-941-6: "Abgeschlossen am 15. März 1999 ... In Kraft getreten durch Notenaustausch am 16. Oktober 2002";
    # ch-admin-2000-11-22-che-hkg: signed in Hong Kong on 1999-03-15
    row = _in_force_from("switzerland", "hong kong", "bilateral-che-hkg-1999-mla", "2002-10-15", "2002-10-16", "mla")
    assert row["instrument"]["signed"] == "1999-03-15"


def test_switzerland_philippines_extradition_treaty_in_force_1997_02_23_mla_treaty_2005_12_01():
    # ch-sr-0-353-964-5-lexaris: "Abgeschlossen am 19. Oktober 1989 ... In Kraft getreten durch Notenaustausch am
    # 23. Februar 1997"; ch-bbl-2004-4867-che-phl-mla: the MLA treaty signed 2002-07-09, no day of entry into force
    extradition = _in_force_from("switzerland", "philippines", "bilateral-che-phl-1989-extradition", "1997-02-22",
                                 "1997-02-23", "extradition")
    assert extradition["instrument"]["signed"] == "1989-10-19"
    # its entry into force, 2005-12-01, from Fedlex's own record (legalize-ch mirror, bilateral12)
    mla = _in_force_from("switzerland", "philippines", "bilateral-che-phl-2002-mla", "2005-11-30", "2005-12-01", "mla")
    assert mla["instrument"]["signed"] == "2002-07-09"
