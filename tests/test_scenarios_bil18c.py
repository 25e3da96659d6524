"""Bilateral extradition, mutual legal assistance and transfer-of-sentenced-persons agreements of Viet Nam and
Indonesia, dated in round 18 (helper bil18c) from Viet Nam's Foreign Ministry notices of entry into force
(Thông báo ... /TB-LPQT, read in copies on Vietnamese legal databases) and Indonesia's ratifying laws (read in the
GitHub data set mblonyox/data-peraturan): data/bilateral.yaml.

Each case names the source (its key in the data) and quotes the words that give the expected answer, and asks on
both sides of the boundary the fact sets: the day before signature (absent) and the day of signature (pending, or
uncertain where no source gives the entry into force); the day before entry into force (pending) and the day (in
force).
"""

from __future__ import annotations

import pytest

from octreaty.load import load

from .scenario import agreement as _row
from .scenario import agreement_signed_then_in_force as _signed_then_in_force
from .scenario import agreement_signed_uncertain as _signed_uncertain
from .scenario import bilateral as _bilateral
from .scenario import csv_rows as _csv_rows
from .scenario import sides as _sides


@pytest.mark.parametrize(
    ("a", "b", "iid", "signed", "in_force", "purpose", "source"),
    [
        # vn-tb-31-2017-lpqt-vnm-hun-mla: 'Hiệp định tương trợ tư pháp về hình sự giữa nước Cộng hòa xã hội chủ nghĩa
        # Việt Nam và Hung-ga-ri, ký tại Hà Nội ngày 16 tháng 3 năm 2016, có hiệu lực kể từ ngày 30 tháng 6 năm 2017'
        ("HUN", "VNM", "bilateral-hun-vnm-2016-mla", "2016-03-16", "2017-06-30", "mla",
         "vn-tb-31-2017-lpqt-vnm-hun-mla"),
        # vn-tb-33-2017-lpqt-vnm-hun-extradition: 'Hiệp định về dẫn độ giữa Cộng hòa xã hội chủ nghĩa Việt Nam và
        # Hung-ga-ri, ký tại Bu-đa-pét ngày 16 tháng 9 năm 2013, có hiệu lực với Việt Nam kể từ ngày 30 tháng 6 năm 2017'
        ("HUN", "VNM", "bilateral-hun-vnm-2013-extradition", "2013-09-16", "2017-06-30", "extradition",
         "vn-tb-33-2017-lpqt-vnm-hun-extradition"),
        # vn-tb-29-2017-lpqt-vnm-rus-transfer: 'Hiệp định giữa Cộng hòa xã hội chủ nghĩa Việt Nam và Liên bang Nga về
        # chuyển giao người bị kết án phạt tù, ký tại Hà Nội ngày 12 tháng 11 năm 2013, có hiệu lực với Việt Nam kể từ
        # ngày 15 tháng 5 năm 2017'
        ("RUS", "VNM", "bilateral-rus-vnm-2013-transfer-of-sentenced-persons", "2013-11-12", "2017-05-15", "all",
         "vn-tb-29-2017-lpqt-vnm-rus-transfer"),
        # vn-tb-17-2017-lpqt-vnm-esp-extradition: 'Hiệp định về dẫn độ giữa nước Cộng hòa xã hội chủ nghĩa Việt Nam và
        # Vương quốc Tây Ban Nha, ký tại Ma-đrít ngày 01 tháng 10 năm 2014, có hiệu lực với Việt Nam kể từ ngày 01
        # tháng 5 năm 2017'
        ("ESP", "VNM", "bilateral-esp-vnm-2014-extradition", "2014-10-01", "2017-05-01", "extradition",
         "vn-tb-17-2017-lpqt-vnm-esp-extradition"),
        # vn-sl-59-2009-lpqt-vnm-gbr-transfer: 'Hiệp định giữa nước Cộng hòa xã hội chủ nghĩa Việt Nam và Liên hiệp
        # Vương quốc Anh và Bắc Ai-len về chuyển giao người bị kết án phạt tù, ký tại Hà Nội ngày 12 tháng 9 năm 2008,
        # có hiệu lực từ ngày 20 tháng 9 năm 2009'
        ("GBR", "VNM", "bilateral-gbr-vnm-2008-transfer-of-sentenced-persons", "2008-09-12", "2009-09-20", "all",
         "vn-sl-59-2009-lpqt-vnm-gbr-transfer"),
        # vn-tb-23-2014-lpqt-vnm-dza-mla: 'Hiệp định tương trợ tư pháp về hình sự giữa Cộng hòa xã hội chủ nghĩa Việt
        # Nam và Cộng hòa dân chủ và nhân dân An-giê-ri, ký tại An-giê ngày 14 tháng 4 năm 2010, có hiệu lực kể từ
        # ngày 28 tháng 3 năm 2014'
        ("DZA", "VNM", "bilateral-dza-vnm-2010-mla", "2010-04-14", "2014-03-28", "mla", "vn-tb-23-2014-lpqt-vnm-dza-mla"),
        # vn-tb-05-2021-lpqt-vnm-lao-mla: 'Hiệp định tương trợ tư pháp về hình sự giữa nước Cộng hòa xã hội chủ nghĩa
        # Việt Nam và nước Cộng hòa dân chủ nhân dân Lào, ký tại Viêng chăn ngày 08 tháng 01 năm 2020, có hiệu lực từ
        # ngày 18 tháng 02 năm 2021'
        ("LAO", "VNM", "bilateral-lao-vnm-2020-mla", "2020-01-08", "2021-02-18", "mla", "vn-tb-05-2021-lpqt-vnm-lao-mla"),
        # vn-tb-34-2020-lpqt-vnm-fra-mla: 'Hiệp định tương trợ tư pháp về hình sự giữa nước Cộng hòa xã hội chủ nghĩa
        # Việt Nam và nước Cộng hòa Pháp, ký tại Hà Nội ngày 06 tháng 9 năm 2016, có hiệu lực từ ngày 01 tháng 5 năm 2020'
        ("FRA", "VNM", "bilateral-fra-vnm-2016-mla", "2016-09-06", "2020-05-01", "mla", "vn-tb-34-2020-lpqt-vnm-fra-mla"),
        # vn-tb-33-2020-lpqt-vnm-fra-extradition: 'Hiệp định về dẫn độ giữa Cộng hòa xã hội chủ nghĩa Việt Nam và Cộng
        # hòa Pháp, ký tại Hà Nội ngày 06 tháng 9 năm 2016, có hiệu lực từ ngày 01 tháng 5 năm 2020'
        ("FRA", "VNM", "bilateral-fra-vnm-2016-extradition", "2016-09-06", "2020-05-01", "extradition",
         "vn-tb-33-2020-lpqt-vnm-fra-extradition"),
    ],
)
def test_viet_nam_agreement_signed_then_in_force_on_the_day_the_foreign_ministry_notified(a, b, iid, signed,
                                                                                          in_force, purpose, source):
    _signed_then_in_force(a, b, iid, signed, in_force, purpose, source)
    # the same answer asked from the other side of the pair
    assert _sides(_row(b, a, iid, in_force, purpose)) == ("bound", "bound")


def test_the_older_sources_stay_beside_the_notices():
    # hu-act-2017-37/38 (Hungary's promulgating Acts) and znews-2014-11-rus-vnm-transfer stay on the rows they dated
    # first; the Russian agreement's parties now carry the day the notice gives, 'ngày 12 tháng 11 năm 2013'
    instruments = load().instruments
    assert "hu-act-2017-37-hun-vnm-mla" in instruments["bilateral-hun-vnm-2016-mla"].sources
    assert "hu-act-2017-38-hun-vnm-extradition" in instruments["bilateral-hun-vnm-2013-extradition"].sources
    transfer = instruments["bilateral-rus-vnm-2013-transfer-of-sentenced-persons"]
    assert "znews-2014-11-rus-vnm-transfer" in transfer.sources
    assert {str(p.date) for p in transfer.parties} == {"2013-11-12"}
    assert str(transfer.signed) == "2013-11-12" and str(transfer.entry_into_force) == "2017-05-15"


@pytest.mark.parametrize(
    ("a", "b", "iid", "signed", "purpose", "sources"),
    [
        # id-uu-10-1976-idn-phl-extradition: 'bahwa pada tanggal 10 Pebruari 1976 di Jakarta telah ditandatangani
        # perjanjian Ekstradisi antara Republik Indonesia dan Republik Philipina dengan disertai Protokol' (no entry
        # into force in the law)
        ("IDN", "PHL", "bilateral-idn-phl-1976-extradition", "1976-02-10", "extradition",
         {"id-uu-10-1976-idn-phl-extradition", "wikimili-extradition-law-philippines"}),
        # id-uu-42-2007-idn-kor-extradition: 'Perjanjian Ekstradisi antara Republik Indonesia dan Republik Korea ...
        # yang telah ditandatangani pada tanggal 28 November 2000 di Jakarta' (no entry into force in the law)
        ("IDN", "KOR", "bilateral-idn-kor-2000-extradition", "2000-11-28", "extradition",
         {"id-uu-42-2007-idn-kor-extradition", "krnews21-kor-idn-extradition"}),
    ],
)
def test_indonesian_ratifying_law_confirms_the_signature_entry_into_force_still_unknown(a, b, iid, signed, purpose,
                                                                                       sources):
    _signed_uncertain(a, b, iid, signed, purpose, sources)


@pytest.mark.parametrize(
    ("a", "b", "iid", "signed", "in_force", "purpose", "source"),
    [
        # id-uu-8-1994-aus-idn-extradition: 'Perjanjian Ekstradisi antara Republik Indonesia dan Australia yang telah
        # ditandatangani pada tanggal 22 April 1992' (the row's day of entry into force is from its earlier sources)
        ("AUS", "IDN", "bilateral-aus-idn-1992-extradition", "1992-04-22", "1995-01-21", "extradition",
         "id-uu-8-1994-aus-idn-extradition"),
        # id-uu-1-1999-aus-idn-mla: '... (Treaty between the Republic of Indonesia and Australia on Mutual Assistance in
        # Criminal Matters) yang telah ditandatangani pada tanggal 27 Oktober 1995 di Jakarta'
        ("AUS", "IDN", "bilateral-aus-idn-1995-mla", "1995-10-27", "1999-07-17", "mla", "id-uu-1-1999-aus-idn-mla"),
        # id-uu-13-2014-idn-ind-extradition: '... yang ditandatangani pada tanggal 25 Januari 2011 di New Delhi'
        ("IDN", "IND", "bilateral-idn-ind-2011-extradition", "2011-01-25", "2014-12-15", "extradition",
         "id-uu-13-2014-idn-ind-extradition"),
        # id-uu-5-2015-idn-vnm-extradition: '... yang ditandatangani pada tanggal 27 Juni 2013 di Jakarta'
        ("IDN", "VNM", "bilateral-idn-vnm-2013-extradition", "2013-06-27", "2015-04-26", "extradition",
         "id-uu-5-2015-idn-vnm-extradition"),
        # id-uu-5-2023-idn-sgp-extradition: '... yang telah ditandatangani pada tanggal 25 Januari 2022 di Bintan,
        # Indonesia'
        ("IDN", "SGP", "bilateral-idn-sgp-2022-extradition", "2022-01-25", "2024-03-21", "extradition",
         "id-uu-5-2023-idn-sgp-extradition"),
    ],
)
def test_indonesian_ratifying_law_cited_for_the_signature_of_a_dated_treaty(a, b, iid, signed, in_force, purpose,
                                                                          source):
    _signed_then_in_force(a, b, iid, signed, in_force, purpose, source)


def test_indonesia_papua_new_guinea_extradition_treaty_named_by_its_ratifying_law():
    # id-uu-6-2015-idn-png-extradition: 'Perjanjian Ekstradisi antara Republik Indonesia dan Papua Nugini (Extradition
    # Treaty between the Republic of Indonesia and the Independent State of Papua New Guinea) yang ditandatangani pada
    # tanggal 17 Juni 2013 di Jakarta' (no entry into force in the law)
    _signed_uncertain("IDN", "PNG", "bilateral-idn-png-2013-extradition", "2013-06-17", "extradition",
                      {"id-uu-6-2015-idn-png-extradition", "republika-2013-06-17-idn-png-extradition"})


def test_france_viet_nam_treaties_signature_also_in_the_french_decree():
    # fr-decret-2020-818-fra-vnm: '... traité d'entraide judiciaire en matière pénale ... et du traité d'extradition
    # entre la République française et la République socialiste du Viet Nam, signés à Hanoï le 6 septembre 2016'
    for iid, purpose in (("bilateral-fra-vnm-2016-mla", "mla"), ("bilateral-fra-vnm-2016-extradition", "extradition")):
        row = _row("VNM", "FRA", iid, "2016-09-06", purpose)
        assert row["instrument"]["signed"] == "2016-09-06"
        assert "fr-decret-2020-818-fra-vnm" in row["sources"]


def test_algeria_viet_nam_extradition_agreement_known_to_the_month_of_signature_is_uncertain():
    # vietnamplus-fr-dza-vnm-ratification: 'Les accords entre le Vietnam et l'Algérie sur l'extradition et l'entraide
    # judiciaire ont été signés en avril 2010'; vn-tb-22-2014-lpqt-vnm-dza-extradition: the copy of the notice lacks
    # its operative sentence, so no day of entry into force is recorded
    iid = "bilateral-dza-vnm-2010-extradition"
    assert iid not in _bilateral("DZA", "VNM", "--as-of", "2010-03-31", "--for", "extradition")
    for day in ("2010-05-01", "2026-12-02"):
        row = _row("DZA", "VNM", iid, day, "extradition")
        assert _sides(row) == ("uncertain", "uncertain")
        assert row["instrument"]["signed"] == "2010-04"
        assert row["instrument"]["entry_into_force"] is None
    assert {"vietnamplus-fr-dza-vnm-ratification", "vn-tb-22-2014-lpqt-vnm-dza-extradition"} <= set(row["sources"])


def test_spain_philippines_mla_treaty_in_force_on_18_december_2008():
    # vlex-boe-a-2009-5029-esp-phl-mla: 'Tratado sobre asistencia judicial en materia penal entre el Reino de España y
    # la República de Filipinas, hecho en Manila el 2 de marzo de 2004'; 'Fecha de Entrada en Vigor 18 de Diciembre de
    # 2008'
    _signed_then_in_force("ESP", "PHL", "bilateral-esp-phl-2004-mla", "2004-03-02", "2008-12-18", "mla",
                          "vlex-boe-a-2009-5029-esp-phl-mla")


@pytest.mark.parametrize(
    ("a", "b", "iid", "signed", "purpose", "sources"),
    [
        # juzgando-esp-phl-extradition: 'Tratado de extradición entre el Reino de España y la República de Filipinas,
        # hecho en Manila el 2 de marzo de 2004'; philstar-2014-03-05-phl-extradition: 'The Senate has given its
        # concurrence to the ratification of three extradition treaties with Spain, the United Kingdom and India'
        ("ESP", "PHL", "bilateral-esp-phl-2004-extradition", "2004-03-02", "extradition",
         {"juzgando-esp-phl-extradition", "philstar-2014-03-05-phl-extradition"}),
        # ph-sc-elibrary-ind-phl-extradition: the treaty's text under the date 'March 12, 2004'
        ("IND", "PHL", "bilateral-ind-phl-2004-extradition", "2004-03-12", "extradition",
         {"ph-sc-elibrary-ind-phl-extradition", "philstar-2014-03-05-phl-extradition"}),
        # pl-dzu-1995-55-289-pol-vnm: 'Wietnam-Polska. Umowa o pomocy prawnej i stosunkach prawnych w sprawach
        # cywilnych, rodzinnych i karnych. Warszawa.1993.03.22.' (no entry into force in the part read)
        ("POL", "VNM", "bilateral-pol-vnm-1993-legal-assistance", "1993-03-22", "mla", {"pl-dzu-1995-55-289-pol-vnm"}),
        # thuviennhadat-ukr-vnm-legal-assistance: 'Ngày ban hành 06/04/2000', 'Ngày có hiệu lực' left blank
        ("UKR", "VNM", "bilateral-ukr-vnm-2000-legal-assistance", "2000-04-06", "mla",
         {"thuviennhadat-ukr-vnm-legal-assistance"}),
        # thailawforum-phl-tha-1981-extradition: 'DONE in duplicate at Manila on the sixteenth Day of March, One
        # thousand nine hundred and eighty-one'; art. XIX: in force on the (undated) exchange of ratifications
        ("PHL", "THA", "bilateral-phl-tha-1981-extradition", "1981-03-16", "extradition",
         {"thailawforum-phl-tha-1981-extradition", "wikimili-extradition-law-philippines"}),
    ],
)
def test_treaty_signed_with_no_day_of_entry_into_force_is_uncertain(a, b, iid, signed, purpose, sources):
    _signed_uncertain(a, b, iid, signed, purpose, sources)


def test_viet_nam_korea_extradition_treaty_concluded_in_2003_in_force_2005_04_19():
    # chaovietnam-2024-11-kor-vnm-extradition: '2003년 한국과 베트남이 체결한 범죄인 인도조약' (the year only);
    # vn-mofa-46-2005-vnm-kor-extradition: 'có hiệu lực từ ngày 19 tháng 4 năm 2005'
    iid = "bilateral-kor-vnm-2005-extradition"
    assert iid not in _bilateral("KOR", "VNM", "--as-of", "2002-12-31", "--for", "extradition")
    for day in ("2004-01-01", "2005-04-18"):
        pending = _row("KOR", "VNM", iid, day, "extradition")
        assert _sides(pending) == ("consent-pending", "consent-pending")
        assert pending["instrument"]["signed"] == "2003"
    row = _row("KOR", "VNM", iid, "2005-04-19", "extradition")
    assert _sides(row) == ("bound", "bound")
    assert "chaovietnam-2024-11-kor-vnm-extradition" in row["sources"]


def test_china_cambodia_extradition_treaty_in_force_on_13_december_2000():
    # fsou-chn-khm-extradition: '(注*:该条约于2000年12月13日生效。)'; cn-fabao365-chn-khm-extradition-text: '本条约于一九九九年
    # 二月九日订于北京'; zh-wikisource-chn-khm-extradition: approved by the NPC Standing Committee on 2000-03-01
    row = _signed_then_in_force("CHN", "KHM", "bilateral-chn-khm-1999-extradition", "1999-02-09", "2000-12-13",
                                "extradition", "fsou-chn-khm-extradition")
    assert {"cn-fabao365-chn-khm-extradition-text", "zh-wikisource-chn-khm-extradition"} <= set(row["sources"])


def test_viet_nam_and_indonesia_say_what_was_searched_for_their_bilateral_agreements():
    # bilateral_coverage VNM (12 notices of Viet Nam's Foreign Ministry, round 18) and IDN (18 ratifying laws in
    # mblonyox/data-peraturan), both as of 2026-12: a pair with none now names the sources searched
    rows = {r["id"]: r for r in _csv_rows("countries")}
    assert rows["VNM"]["bilateral"].endswith("; 12 sources searched as of 2026-12")
    assert rows["IDN"]["bilateral"].endswith("; 18 sources searched as of 2026-12")
