"""Bilateral extradition and mutual legal assistance agreements of Indonesia, Malaysia, Iran, Egypt, Nigeria, Algeria,
Tunisia and the United Arab Emirates, added in round 18 (helper bil18b): data/bilateral.yaml.

Each case names the source (its key in the data) and quotes the words that give the expected answer, and asks on
both sides of the boundary the fact sets: the day before signature (absent) and the day of signature; the day before
entry into force (pending) and the day (in force); for an agreement in force by a day a source shows it applied, the
day before (uncertain) and that day (bound); for a date known only to the year or the month, the last day before that
period (absent) and the first day after it.
"""

from __future__ import annotations

import pytest

from octreaty.load import load

from .scenario import agreement as _row
from .scenario import agreement_signed_then_in_force as _signed_then_in_force
from .scenario import agreement_signed_uncertain as _signed_uncertain
from .scenario import bilateral as _bilateral
from .scenario import sides as _sides


def test_indonesia_viet_nam_mla_treaty_in_force_on_22_january_2016():
    # id-uu-13-2015-idn-vnm-mla: 'pada tanggal 27 Juni 2013 di Jakarta telah menandatangani Perjanjian Bantuan Timbal
    # Balik dalam Masalah Pidana'; vn-tb-07-2016-lpqt-vnm-idn-mla: 'ký tại Gia-các-ta ngày 27 tháng 6 năm 2013, có hiệu
    # lực kể từ ngày 22 tháng 01 năm 2016'
    row = _signed_then_in_force("IDN", "VNM", "bilateral-idn-vnm-2013-mla", "2013-06-27", "2016-01-22", "mla",
                                "vn-tb-07-2016-lpqt-vnm-idn-mla")
    assert "id-uu-13-2015-idn-vnm-mla" in row["sources"]


@pytest.mark.parametrize(
    ("a", "b", "iid", "signed", "purpose", "sources"),
    [
        # id-uu-2-1978-idn-tha-extradition: 'pada tanggal 29 Juni 1976 di Bangkok telah ditandatangani perjanjian
        # ekstradisi antara Pemerintah Republik Indonesia dan Pemerintah Kerajaan Thailand'
        ("IDN", "THA", "bilateral-idn-tha-1976-extradition", "1976-06-29", "extradition",
         {"id-uu-2-1978-idn-tha-extradition"}),
        # id-uu-3-2012-hkg-idn-mla: 'pada tanggal 3 April 2008 di Hong Kong telah ditandatangani Persetujuan Bantuan
        # Hukum Timbal Balik dalam Masalah Pidana'
        ("IDN", "HKG", "bilateral-hkg-idn-2008-mla", "2008-04-03", "mla", {"id-uu-3-2012-hkg-idn-mla"}),
        # id-uu-8-2014-idn-kor-mla: 'pada tanggal 30 Maret 2002 di Seoul telah ditandatangani Perjanjian Bantuan Hukum
        # Timbal Balik dalam Masalah Pidana'
        ("IDN", "KOR", "bilateral-idn-kor-2002-mla", "2002-03-30", "mla", {"id-uu-8-2014-idn-kor-mla"}),
        # id-uu-9-2014-idn-ind-mla: 'pada tanggal 25 Januari 2011 di New Delhi telah ditandatangani Perjanjian mengenai
        # Bantuan Hukum Timbal Balik dalam Masalah Pidana'
        ("IDN", "IND", "bilateral-idn-ind-2011-mla", "2011-01-25", "mla", {"id-uu-9-2014-idn-ind-mla"}),
        # id-uu-9-2019-idn-irn-extradition: '... on Extradition) pada tanggal 14 Desember 2016 di Tehran, Iran';
        # ir-law-1396-irn-idn-extradition: '... تصویب و اجازه مبادله اسناد آن داده می‌شود' (no day of entry into force)
        ("IDN", "IRN", "bilateral-idn-irn-2016-extradition", "2016-12-14", "extradition",
         {"id-uu-9-2019-idn-irn-extradition", "ir-law-1396-irn-idn-extradition"}),
        # hk-isd-2006-10-17-hkg-mys: 'today (October 17) signed an agreement concerning mutual legal assistance in
        # criminal matters (MLA) and the Protocol Supplementary to the Agreement for the Surrender of Fugitive Offenders'
        ("HKG", "MYS", "bilateral-hkg-mys-2006-mla", "2006-10-17", "mla", {"hk-isd-2006-10-17-hkg-mys"}),
        ("HKG", "MYS", "bilateral-hkg-mys-2006-surrender-protocol", "2006-10-17", "extradition",
         {"hk-isd-2006-10-17-hkg-mys", "hk-cap-503d-hkg-mys"}),
        # asiae-2014-02-28-are-kor: '윤병세 외교부 장관은 이날 압둘라 UAE외교 장관과 이날 UAE와 형사 사법공조 조약 및 범죄인
        # 인도 조약에 서명했다' (signed that day, 2014-02-28, the MLA and the extradition treaties)
        ("KOR", "ARE", "bilateral-are-kor-2014-extradition", "2014-02-28", "extradition", {"asiae-2014-02-28-are-kor"}),
        ("KOR", "ARE", "bilateral-are-kor-2014-mla", "2014-02-28", "mla", {"asiae-2014-02-28-are-kor"}),
        # jora-38-2005-dza-nga-extradition: 'traité relatif à l'extradition entre le Gouvernement de la République
        # algérienne démocratique et populaire et le Gouvernement de la République fédérale du Nigeria, signé à Alger, le
        # 12 mars 2003'
        ("DZA", "NGA", "bilateral-dza-nga-2003-extradition", "2003-03-12", "extradition",
         {"jora-38-2005-dza-nga-extradition"}),
        # eg-pd-77-2003-egy-zaf-mla: 'اتفاقية المساعدة القضائية المتبادلة في الأمور الجنائية بين حكومتي جمهورية مصر العربية
        # وجمهورية جنوب أفريقيا والموقعة في القاهرة بتاريخ 22/10/2001'
        ("EGY", "ZAF", "bilateral-egy-zaf-2001-mla", "2001-10-22", "mla", {"eg-pd-77-2003-egy-zaf-mla"}),
    ],
)
def test_agreement_uncertain_from_signature_when_no_source_dates_its_entry_into_force(a, b, iid, signed, purpose,
                                                                                      sources):
    _signed_uncertain(a, b, iid, signed, purpose, sources)


def test_indonesia_malaysia_extradition_treaty_known_only_by_its_year():
    # id-uu-9-1974-idn-mys-extradition: the preamble reads 'pada tanggal 7 Januari 1974 telah ditanda tangani', Pasal 1
    # 'tertanggal 7 Juni 1974': only the year is taken; no entry into force in the law
    iid = "bilateral-idn-mys-1974-extradition"
    assert iid not in _bilateral("IDN", "MYS", "--as-of", "1973-12-31", "--for", "extradition")
    for day in ("1975-01-01", "2026-12-02"):
        row = _row("IDN", "MYS", iid, day, "extradition")
        assert _sides(row) == ("uncertain", "uncertain")
        assert row["instrument"]["signed"] == "1974"
        assert row["instrument"]["entry_into_force"] is None
        assert "id-uu-9-1974-idn-mys-extradition" in row["sources"]


def test_korea_malaysia_mla_treaty_signed_in_december_2010_in_force_on_26_september_2013():
    # newdaily-2013-09-26-kor-mys-mla: '2010년 12월 양국 외교장관이 서명했고 ... 조약 제24조에 따라 9월 26일 발효된 것이다'
    # (signed in December 2010, in force on 26 September); ajunews-2013-09-23-kor-mys-mla (2013-09-23): '오는 26일부터
    # 발효된다'
    iid = "bilateral-kor-mys-2010-mla"
    assert iid not in _bilateral("KOR", "MYS", "--as-of", "2010-11-30", "--for", "mla")
    for day in ("2011-01-01", "2013-09-25"):
        pending = _row("KOR", "MYS", iid, day, "mla")
        assert _sides(pending) == ("consent-pending", "consent-pending")
        assert pending["instrument"]["signed"] == "2010-12"
    row = _row("KOR", "MYS", iid, "2013-09-26", "mla")
    assert _sides(row) == ("bound", "bound")
    assert row["linked_since"]["date"] == "2013-09-26"
    assert {"ajunews-2013-09-23-kor-mys-mla", "newdaily-2013-09-26-kor-mys-mla"} <= set(row["sources"])


@pytest.mark.parametrize(
    ("iid", "purpose"),
    [("bilateral-are-nga-2016-extradition", "extradition"), ("bilateral-are-nga-2016-mla", "mla")],
)
def test_nigeria_uae_agreements_of_january_2016_absent_before_the_month_and_uncertain_after(iid, purpose):
    # thenation-2017-08-24-are-nga: 'Nigeria and the UAE in January 2016 in Abu Dhabi signed six different agreements';
    # 'signed the Judicial Agreements on Extradition, Transfer of ...'; only the month is taken, no entry into force
    assert iid not in _bilateral("NGA", "ARE", "--as-of", "2015-12-31", "--for", purpose)
    for day in ("2016-02-01", "2026-12-02"):
        row = _row("NGA", "ARE", iid, day, purpose)
        assert _sides(row) == ("uncertain", "uncertain")
        assert row["instrument"]["signed"] == "2016-01"
        assert row["instrument"]["entry_into_force"] is None
        assert "thenation-2017-08-24-are-nga" in row["sources"]


def test_hong_kong_malaysia_surrender_agreement_of_1995_in_force_in_june_2001():
    # hk-cap-503d-hkg-mys: 'AGREEMENT ... FOR THE SURRENDER OF FUGITIVE OFFENDERS, DONE AT HONG KONG ON 11 JANUARY 1995';
    # hk-isd-2006-10-17-hkg-mys: 'The existing SFO Agreement with Malaysia came into force in June, 2001.' (the month)
    iid = "bilateral-hkg-mys-1995-surrender-of-fugitive-offenders"
    assert iid not in _bilateral("HKG", "MYS", "--as-of", "1995-01-10", "--for", "extradition")
    signed = _row("HKG", "MYS", iid, "1995-01-11", "extradition")
    assert _sides(signed) == ("consent-pending", "consent-pending")
    assert _sides(_row("HKG", "MYS", iid, "2001-05-31", "extradition")) == ("consent-pending", "consent-pending")
    assert _sides(_row("HKG", "MYS", iid, "2001-06-15", "extradition")) == ("uncertain", "uncertain")
    row = _row("HKG", "MYS", iid, "2001-07-01", "extradition")
    assert _sides(row) == ("bound", "bound")
    assert row["instrument"]["entry_into_force"] == "2001-06"
    assert row["linked_since"] == {"date": None, "earliest": "2001-06-01", "latest": "2001-06-30"}
    assert "hk-isd-2006-10-17-hkg-mys" in row["sources"]


def test_us_malaysia_mla_treaty_uncertain_until_bernama_reports_it_in_force_on_24_january_2009():
    # us-treaty-doc-109-22-mys-mla: 'SIGNED ON JULY 28, 2006, AT KUALA LUMPUR'; bernama-2009-01-24-mys-usa-mla (dated
    # 2009-01-24): 'The United States-Malaysia Mutual Legal Assistance Treaty (MLAT) on criminal matters has come into
    # force'
    iid = "bilateral-mys-usa-2006-mla"
    assert iid not in _bilateral("USA", "MYS", "--as-of", "2006-07-27", "--for", "mla")
    assert _sides(_row("USA", "MYS", iid, "2006-07-28", "mla")) == ("uncertain", "uncertain")
    before = _row("USA", "MYS", iid, "2009-01-23", "mla")
    assert _sides(before) == ("uncertain", "uncertain")
    row = _row("USA", "MYS", iid, "2009-01-24", "mla")
    assert _sides(row) == ("bound", "bound")
    assert row["instrument"]["entry_into_force"] is None
    assert row["linked_since"] == {"date": None, "earliest": "2006-07-28", "latest": "2009-01-24"}
    assert "bernama-2009-01-24-mys-usa-mla" in row["sources"]


@pytest.mark.parametrize("purpose", ["mla", "extradition"])
def test_france_tunisia_convention_of_1972_bound_by_the_ministry_of_justice_page_of_2019(purpose):
    # fr-justice-2019-04-23-fra-tun: 'la coopération en matière pénale entre la France et la Tunisie étant aujourd'hui
    # régie par une convention signée le 28 juin 1972'; to be replaced by two instruments, 'l'un consacré à l'entraide,
    # l'autre à l'extradition'
    iid = "bilateral-fra-tun-1972-criminal-cooperation"
    assert iid not in _bilateral("FRA", "TUN", "--as-of", "1972-06-27", "--for", purpose)
    assert _sides(_row("FRA", "TUN", iid, "1972-06-28", purpose)) == ("uncertain", "uncertain")
    assert _sides(_row("FRA", "TUN", iid, "2019-04-22", purpose)) == ("uncertain", "uncertain")
    row = _row("FRA", "TUN", iid, "2019-04-23", purpose)
    assert _sides(row) == ("bound", "bound")
    assert row["linked_since"] == {"date": None, "earliest": "1972-06-28", "latest": "2019-04-23"}
    assert "fr-justice-2019-04-23-fra-tun" in row["sources"]


def test_library_reads_the_round_18b_rows_with_their_dates():
    # the same facts through the library: vn-tb-07-2016-lpqt-vnm-idn-mla ('có hiệu lực kể từ ngày 22 tháng 01 năm
    # 2016'), hk-cap-503d-hkg-mys ('This Protocol supplements the Agreement ... done at Hong Kong on 11 January 1995')
    data = load()
    vnm = data.instruments["bilateral-idn-vnm-2013-mla"]
    assert str(vnm.signed) == "2013-06-27"
    assert str(vnm.entry_into_force) == "2016-01-22"
    assert set(dict(vnm.purposes)) == {"mla"}
    protocol = data.instruments["bilateral-hkg-mys-2006-surrender-protocol"]
    assert protocol.supplements == "bilateral-hkg-mys-1995-surrender-of-fugitive-offenders"
    assert protocol.entry_into_force is None
    assert {p.party for p in protocol.parties} == {"HKG", "MYS"}
