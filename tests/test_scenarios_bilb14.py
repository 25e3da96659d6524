"""Bilateral extradition, mutual legal assistance and transfer agreements added in round 14 (helper bilb14) between
states outside Europe, one of them in the Americas or Asia-Pacific, on the shipped data (data/bilateral-b14.yaml).

Each test names the source (its key in the data) whose stated days of signature and entry into force are the
expected answer, and asks on both sides of the boundary the fact sets: the day before entry into force (pending)
and the day (in force), or, for an agreement whose entry into force no source gives, the day before signature
(absent) and from signature (uncertain).
"""

from __future__ import annotations

import pytest

from .scenario import agreement as _row
from .scenario import agreement_signed_then_in_force as _dated
from .scenario import agreement_signed_uncertain as _signed_uncertain
from .scenario import bilateral as _bilateral
from .scenario import sides as _sides


@pytest.mark.parametrize(
    ("a", "b", "iid", "signed", "day", "purpose", "source"),
    [
        # au-ats-1999-10-aus-idn-mla: '(Jakarta, 27 October 1995) Entry into force: 17 July 1999' ([1999] ATS 10)
        ("AUS", "IDN", "bilateral-aus-idn-1995-mla", "1995-10-27", "1999-07-17", "mla",
         "au-ats-1999-10-aus-idn-mla"),
        # vn-tb-24-2014-lpqt-vnm-aus: Viet Nam's Foreign Ministry, 'ký tại Can-bơ-rơ ngày 10 tháng 4 năm 2012, có hiệu
        # lực kể từ ngày 07 tháng 4 năm 2014'
        ("AUS", "VNM", "bilateral-aus-vnm-2012-extradition", "2012-04-10", "2014-04-07", "extradition",
         "vn-tb-24-2014-lpqt-vnm-aus"),
        # extraditiontoaustralia-aus-idn (a law firm's page, [1995] ATS 7): in force 1995-01-21; signed at Jakarta
        # 1992-04-22 per au-sr-1994-441-aus-idn-extradition
        ("AUS", "IDN", "bilateral-aus-idn-1992-extradition", "1992-04-22", "1995-01-21", "extradition",
         "au-sr-1994-441-aus-idn-extradition"),
        # extraditiontoaustralia-ind-aus (a law firm's page, [2011] ATS 9): in force 2011-01-20; signed at Canberra
        # 2008-06-23 per au-es-sli-2010-196-aus-ind-extradition
        ("AUS", "IND", "bilateral-aus-ind-2008-extradition", "2008-06-23", "2011-01-20", "extradition",
         "extraditiontoaustralia-ind-aus"),
        # firstpost-2017-05-aus-ind-transfer: signed 2014-11-18, in force from 26 May 2017 (MHA gazette notification);
        # a transfer agreement serves no purpose of its own in `link --for`: asked for all purposes
        ("AUS", "IND", "bilateral-aus-ind-2014-transfer-of-sentenced-persons", "2014-11-18", "2017-05-26",
         "all", "firstpost-2017-05-aus-ind-transfer"),
        # vn-sl-41-2010-lpqt-vnm-kor-transfer: 'ký tại Xơ-un ngày 29 tháng 5 năm 2009, có hiệu lực từ ngày 30 tháng 8
        # năm 2010'
        ("KOR", "VNM", "bilateral-kor-vnm-2009-transfer-of-sentenced-persons", "2009-05-29", "2010-08-30",
         "all", "vn-sl-41-2010-lpqt-vnm-kor-transfer"),
        # vn-tb-43-2012-lpqt-vnm-rus: 'ký tại Mát-xcơ-va ngày 25 tháng 8 năm 1998, có hiệu lực kể từ ngày 27 tháng 8
        # năm 2012'
        ("RUS", "VNM", "bilateral-rus-vnm-1998-legal-assistance", "1998-08-25", "2012-08-27", "mla",
         "vn-tb-43-2012-lpqt-vnm-rus"),
        # vn-tb-02-2020-lpqt-vnm-kaz: 'ký tại Hà Nội ngày 15 tháng 6 năm 2017, có hiệu lực từ ngày 15 tháng 11 năm 2019'
        ("KAZ", "VNM", "bilateral-kaz-vnm-2017-extradition", "2017-06-15", "2019-11-15", "extradition",
         "vn-tb-02-2020-lpqt-vnm-kaz"),
        # vn-tb-03-2020-lpqt-vnm-chn: 'ký tại Bắc Kinh ngày 07 tháng 4 năm 2015, có hiệu lực từ ngày 12 tháng 12 năm 2019'
        # (voa-2019-09-chn-vnm-extradition: approved by the NPCSC on 26 August 2019, not yet in force then)
        ("CHN", "VNM", "bilateral-chn-vnm-2015-extradition", "2015-04-07", "2019-12-12", "extradition",
         "vn-tb-03-2020-lpqt-vnm-chn"),
        # adilet-z1200000555-kaz-kor-extradition: made at Seoul 2003-11-13; 'entered into force on 10 September 2012'
        ("KAZ", "KOR", "bilateral-kaz-kor-2003-extradition", "2003-11-13", "2012-09-10", "extradition",
         "adilet-z1200000555-kaz-kor-extradition"),
        # adilet-z1100000453-kaz-kor-mla: 'совершенный в Сеуле 13 ноября 2003 года'; 'вступил в силу 10 сентября 2012'
        ("KAZ", "KOR", "bilateral-kaz-kor-2003-mla", "2003-11-13", "2012-09-10", "mla",
         "adilet-z1100000453-kaz-kor-mla"),
        # pe-rl-28248-2004: complementary agreement 'suscrito el 17 de octubre de 1997'; 'entró en vigencia el 21
        # noviembre 2005'
        ("PER", "PRY", "bilateral-per-pry-1997-extradition-complementary", "1997-10-17", "2005-11-21",
         "extradition", "pe-rl-28248-2004"),
        # Brazil's promulgation decrees: br-decreto-3002-1999-bra-chl (signed 1998-04-29, 'entrou em vigor em 18 de
        # março de 1999'), br-decreto-6128-2007-bra-bol (1999-07-26; 'entrou em vigor internacional em 20 de março de
        # 2007'), br-decreto-4443-2002-bra-pry (2000-02-10; 'entered into force on October 9, 2002')
        ("BRA", "CHL", "bilateral-bra-chl-1998-transfer-of-sentenced-persons", "1998-04-29", "1999-03-18",
         "all", "br-decreto-3002-1999-bra-chl"),
        ("BOL", "BRA", "bilateral-bol-bra-1999-transfer-of-sentenced-persons", "1999-07-26", "2007-03-20",
         "all", "br-decreto-6128-2007-bra-bol"),
        ("BRA", "PRY", "bilateral-bra-pry-2000-transfer-of-sentenced-persons", "2000-02-10", "2002-10-09",
         "all", "br-decreto-4443-2002-bra-pry"),
        # ph-sc-elibrary-35-10328-aus-phl-mla (dated 1988-04-28) and ph-sc-elibrary-35-12054-aus-phl-mou: the MLA
        # treaty 'entered into force on 19 December 1993'
        ("AUS", "PHL", "bilateral-aus-phl-1988-mla", "1988-04-28", "1993-12-19", "mla",
         "ph-sc-elibrary-35-12054-aus-phl-mou"),
        # setkab-2022-01-26-idn-sgp-extradition: signed at Bintan 2022-01-25; voi-2024-03-29-idn-sgp-extradition:
        # 'effective ... as of March 21, 2024'
        ("IDN", "SGP", "bilateral-idn-sgp-2022-extradition", "2022-01-25", "2024-03-21", "extradition",
         "voi-2024-03-29-idn-sgp-extradition"),
        # vn-qd-61-1999-ctn-vnm-chn: 'đã được ký ngày 19 tháng 10 năm 1998'; cn-fabao365-chn-vnm-legal-assistance
        # (round bil16): '【颁布时间】 1998-10-19 【实施时间】 1999-12-25' (in force 1999-12-25)
        ("CHN", "VNM", "bilateral-chn-vnm-1998-legal-assistance", "1998-10-19", "1999-12-25", "mla",
         "cn-fabao365-chn-vnm-legal-assistance"),
        # us-tias-8718-mex-usa-transfer: 'signed at México November 25, 1976 ... Entered into force November 30, 1977'
        ("MEX", "USA", "bilateral-mex-usa-1976-transfer-of-sentenced-persons", "1976-11-25", "1977-11-30",
         "all", "us-tias-8718-mex-usa-transfer"),
    ],
)
def test_agreement_in_force_on_the_day_its_source_gives(a, b, iid, signed, day, purpose, source):
    _dated(a, b, iid, signed, day, purpose, source)


@pytest.mark.parametrize(
    ("a", "b", "iid", "signed", "purpose", "source"),
    [
        # ar-ley-25460-arg-can: 'suscripto en Buenos Aires el 12 de enero de 2000'; Infoleg gives no entry into force
        ("ARG", "CAN", "bilateral-arg-can-2000-mla", "2000-01-12", "mla", "ar-ley-25460-arg-can"),
        # ar-ley-25729-arg-cri: 'suscripto en Buenos Aires el 15 de agosto de 2001'; no entry into force
        ("ARG", "CRI", "bilateral-arg-cri-2001-enforcement-of-sentences", "2001-08-15", "all",
         "ar-ley-25729-arg-cri"),
        # au-sli-2006-292-aus-mys-mla: 'done at Putrajaya in Malaysia on 15 November 2005'; the regulations commence
        # on the (unstated) day the treaty enters into force
        ("AUS", "MYS", "bilateral-aus-mys-2005-mla", "2005-11-15", "mla", "au-sli-2006-292-aus-mys-mla"),
        # krnews21-kor-idn-extradition: concluded 2000-11-28; the month of entry into force is not in the part read
        ("IDN", "KOR", "bilateral-idn-kor-2000-extradition", "2000-11-28", "extradition",
         "krnews21-kor-idn-extradition"),
        # au-sli-2009-282-aus-vnm-transfer: 'done at Canberra on 13 October 2008'; commencement on an unstated day
        ("AUS", "VNM", "bilateral-aus-vnm-2008-transfer-of-sentenced-persons", "2008-10-13", "all",
         "au-sli-2009-282-aus-vnm-transfer"),
        # luatvietnam-vnm-kaz-mla: 'Ngày ban hành: 15/06/2017'; no entry into force shown
        ("KAZ", "VNM", "bilateral-kaz-vnm-2017-mla", "2017-06-15", "mla", "luatvietnam-vnm-kaz-mla"),
        # adilet-z2100000017-kaz-kor-transfer: 'совершенный в Нур-Султане 22 апреля 2019 года'; ratified 2021-03-12
        ("KAZ", "KOR", "bilateral-kaz-kor-2019-transfer-of-sentenced-persons", "2019-04-22", "all",
         "adilet-z2100000017-kaz-kor-transfer"),
        # (IND-KAZ 2015 transfer left this list in round 21: in force by 2017-05-26, India's G.S.R. 518(E) applying
        # it; test_scenarios_bileif21e.py and test_scenarios_bilwb15.py)
        # adilet-p930001238-kaz-mng-extradition and adilet-p940000394-kaz-mng-legal-assistance: 'подписанный 22
        # октября 1993 г.'
        ("KAZ", "MNG", "bilateral-kaz-mng-1993-extradition", "1993-10-22", "extradition",
         "adilet-p930001238-kaz-mng-extradition"),
        # (bilateral-kaz-mng-1993-legal-assistance left this list in round 21: Adilet's Kazakh note gives its entry
        # into force, 1994-08-18; tests/test_scenarios_bileif21c.py asks it)
        # kg24-chn-kgz-transfer: 'подписанного 5 июня 2012 года в Пекине'
        ("CHN", "KGZ", "bilateral-chn-kgz-2012-transfer-of-sentenced-persons", "2012-06-05", "all",
         "kg24-chn-kgz-transfer"),
        # zonazakona-rus-mex-transfer-text: 'Совершено в Мехико 7 июня 2004 года'
        ("MEX", "RUS", "bilateral-mex-rus-2004-transfer-of-sentenced-persons", "2004-06-07", "all",
         "zonazakona-rus-mex-transfer-text"),
        # pe-ds-032-2002-re: 'suscrito en San José, República de Costa Rica, el 14 de enero de año 2002'
        ("CRI", "PER", "bilateral-cri-per-2002-transfer-of-sentenced-persons", "2002-01-14", "all",
         "pe-ds-032-2002-re"),
        # au-sli-2008-12-aus-hkg: the protocol 'done at Hong Kong on 19 March 2007'; commencement on an unstated day
        ("AUS", "HKG", "bilateral-aus-hkg-2007-surrender-protocol", "2007-03-19", "extradition",
         "au-sli-2008-12-aus-hkg"),
        # au-sr-2002-240-aus-tha-transfer: 'done at Hanoi on 26 July 2001'; the regulations commence on gazettal
        ("AUS", "THA", "bilateral-aus-tha-2001-transfer-of-sentenced-persons", "2001-07-26", "all",
         "au-sr-2002-240-aus-tha-transfer"),
        # Philippine Supreme Court E-Library: the Korea MLA treaty dated 'June 03, 2003', the Canada transfer treaty
        # dated 'January 29, 2002'; no entry into force read
        ("KOR", "PHL", "bilateral-kor-phl-2003-mla", "2003-06-03", "mla", "ph-sc-elibrary-35-12965-kor-phl-mla"),
        ("CAN", "PHL", "bilateral-can-phl-2002-transfer-of-sentenced-persons", "2002-01-29", "all",
         "ph-sc-elibrary-35-10127-can-phl-transfer"),
        # republika-2013-06-17-idn-png-extradition: signed at the Istana Merdeka on Monday 17 June 2013
        ("IDN", "PNG", "bilateral-idn-png-2013-extradition", "2013-06-17", "extradition",
         "republika-2013-06-17-idn-png-extradition"),
        # mx-dof-2006-11-29-hnd-mex-mla: signed at Tegucigalpa 2004-03-24; no day of entry into force stated
        ("HND", "MEX", "bilateral-hnd-mex-2004-mla", "2004-03-24", "mla", "mx-dof-2006-11-29-hnd-mex-mla"),
    ],
)
def test_agreement_signed_with_no_day_of_entry_into_force(a, b, iid, signed, purpose, source):
    _signed_uncertain(a, b, iid, signed, purpose, {source})


def test_australia_malaysia_extradition_treaty_in_force_by_2006_12_28():
    # au-sli-2006-290-aus-mys-extradition-es: signed at Putrajaya 2005-11-15 (exchange of notes 2005-12-07);
    # au-sli-2008-164-es-mys: the Extradition (Malaysia) Regulations 2006 'commenced on 28 December 2006'
    iid = "bilateral-aus-mys-2005-extradition"
    assert iid not in _bilateral("AUS", "MYS", "--as-of", "2005-11-14", "--for", "extradition")
    assert _sides(_row("AUS", "MYS", iid, "2006-12-27", "extradition")) == ("uncertain", "uncertain")
    after = _row("AUS", "MYS", iid, "2006-12-28", "extradition")
    assert _sides(after) == ("bound", "bound")
    assert after["a"]["in_force"]["latest"] == "2006-12-28"
    assert after["instrument"]["signed"] == "2005-11-15"
    assert "au-sli-2008-164-es-mys" in after["a"]["sources"]


def test_china_kazakhstan_transfer_treaty_in_force_from_2015_09_30():
    # zakon-kz-1001590106-kaz-chn-transfer: ratified by Law No. 144-V of 2013-11-20; exchange of ratifications
    # 2015-08-31; 'Вступил в силу с 30 сентября 2015 года'. No day of signature read: absent before entry into force.
    iid = "bilateral-chn-kaz-2015-transfer-of-sentenced-persons"
    assert iid not in _bilateral("CHN", "KAZ", "--as-of", "2015-09-29", "--for", "all")
    row = _row("CHN", "KAZ", iid, "2015-09-30", "all")
    assert _sides(row) == ("bound", "bound")
    assert row["linked_since"]["date"] == "2015-09-30"
    assert row["instrument"]["signed"] is None
    assert "zakon-kz-1001590106-kaz-chn-transfer" in row["sources"]


def test_china_russia_transfer_treaty_signed_in_2002_is_uncertain_from_then():
    # ria-2006-06-02-rus-chn-transfer: 'был подписан в Пекине в 2002 году' (the year only); ratified by Russia's
    # Federal Law No. 83-FZ of 2006-06-09; no entry into force read
    iid = "bilateral-chn-rus-2002-transfer-of-sentenced-persons"
    assert iid not in _bilateral("CHN", "RUS", "--as-of", "2001-12-31", "--for", "all")
    for day in ("2002-12-31", "2026-12-02"):
        row = _row("CHN", "RUS", iid, day, "all")
        assert _sides(row) == ("uncertain", "uncertain")
        assert row["instrument"]["signed"] == "2002"
        assert row["instrument"]["entry_into_force"] is None
        assert "ria-2006-06-02-rus-chn-transfer" in row["sources"]


def test_australia_hong_kong_surrender_agreement_in_force_in_june_1997():
    # au-es-sr-1997-123-aus-hkg: signed at Hong Kong 1993-11-15; hk-isd-2007-03-19-hkg-aus: 'The existing agreement
    # came into force in June 1997' (the month only): pending before June, uncertain within it, in force from its end
    iid = "bilateral-aus-hkg-1993-surrender-of-fugitive-offenders"
    assert iid not in _bilateral("AUS", "HKG", "--as-of", "1993-11-14", "--for", "extradition")
    assert _sides(_row("AUS", "HKG", iid, "1997-05-31", "extradition")) == ("consent-pending", "consent-pending")
    assert _sides(_row("AUS", "HKG", iid, "1997-06-01", "extradition")) == ("uncertain", "uncertain")
    row = _row("AUS", "HKG", iid, "1997-06-30", "extradition")
    assert _sides(row) == ("bound", "bound")
    assert row["instrument"]["entry_into_force"] == "1997-06"
    assert "hk-isd-2007-03-19-hkg-aus" in row["sources"]


def test_hong_kong_singapore_surrender_agreement_in_force_from_1998_06_11():
    # sg-gn-s317-1998-sgp-hkg: the agreement 'entered into force between Singapore and Hong Kong on 11th June 1998';
    # no day of signature read: absent before entry into force
    iid = "bilateral-hkg-sgp-1998-surrender-of-fugitive-offenders"
    assert iid not in _bilateral("HKG", "SGP", "--as-of", "1998-06-10", "--for", "extradition")
    row = _row("HKG", "SGP", iid, "1998-06-11", "extradition")
    assert _sides(row) == ("bound", "bound")
    assert row["linked_since"]["date"] == "1998-06-11"
    assert "sg-gn-s317-1998-sgp-hkg" in row["sources"]


def test_australia_hong_kong_mla_agreement_in_force_by_1999_11_06():
    # au-sr-1999-331-aus-hkg-mla: Australia's regulations applying its Act to Hong Kong under the agreement 'commence on
    # 6 November 1999'; no signature or entry into force read: uncertain the day before, in force by that day
    iid = "bilateral-aus-hkg-1999-mla"
    assert _sides(_row("AUS", "HKG", iid, "1999-11-05", "mla")) == ("uncertain", "uncertain")
    after = _row("AUS", "HKG", iid, "1999-11-06", "mla")
    assert _sides(after) == ("bound", "bound")
    assert after["a"]["in_force"]["latest"] == "1999-11-06"
    assert "au-sr-1999-331-aus-hkg-mla" in after["a"]["sources"]


def test_hong_kong_singapore_mla_signed_in_july_2003_is_uncertain_from_then():
    # hk-isd-2003-07-23-hkg-sgp-mla: 'Hong Kong and Singapore have signed an agreement on Mutual Legal Assistance'
    # (bulletin of 2003-07-23; the month is recorded); no entry into force read
    iid = "bilateral-hkg-sgp-2003-mla"
    assert iid not in _bilateral("HKG", "SGP", "--as-of", "2003-06-30", "--for", "mla")
    row = _row("HKG", "SGP", iid, "2026-12-02", "mla")
    assert _sides(row) == ("uncertain", "uncertain")
    assert row["instrument"]["signed"] == "2003-07"
    assert "hk-isd-2003-07-23-hkg-sgp-mla" in row["sources"]
