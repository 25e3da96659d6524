"""Round 14, second wave (bilc14): bilateral extradition, legal-assistance and transfer-of-sentenced-persons
agreements between States outside the EU/EEA, Switzerland, the UK, the Americas and Asia-Pacific, on the shipped
data (data/bilateral-c14.yaml).

Each test names the source of its expected answer (a source key of data/bilateral-c14.yaml) and asks on both sides
of the boundary the fact sets: the day before entry into force the agreement is signed and pending, on the day it
binds both; an agreement whose entry into force no source gives is absent the day before its signature and
uncertain from it on.
"""

from __future__ import annotations

import pytest

from .scenario import agreement_in_force_from as _in_force_from
from .scenario import agreement_signed_uncertain as _signed_uncertain
from .scenario import bilateral as _bilateral
from .scenario import day_before as _day_before


def _dated(a: str, b: str, iid: str, day: str, purpose: str, signed: str, source: str) -> dict:
    row = _in_force_from(a, b, iid, _day_before(day), day, purpose)
    assert row["instrument"]["signed"] == signed
    assert row["instrument"]["entry_into_force"] == day
    assert source in row["sources"]
    return row


@pytest.mark.parametrize(("a", "b", "iid", "purpose", "signed", "in_force", "source"), [
    # Kazakhstan's Law No. 367-I of 1999-04-06 with the agreement (zakonpravo.kz copy of Adilet): concluded at Almaty
    # 1995-08-15, "Entered into force on June 12, 2000" (Bulletin of international treaties 2001 No. 5 art. 46)
    ("KAZ", "TUR", "bilateral-kaz-tur-1995-legal-assistance-extradition", "mla", "1995-08-15", "2000-06-12",
     "zakonpravo-z990000367-kaz-tur-legal-assistance-extradition"),
    ("TUR", "KAZ", "bilateral-kaz-tur-1995-legal-assistance-extradition", "extradition", "1995-08-15", "2000-06-12",
     "zakonpravo-z990000367-kaz-tur-legal-assistance-extradition"),
    # online.zakon.kz doc 31629685: ratified by Law No. 107-VI of 2017-11-10, "Вступило в силу 13 января 2018 года";
    # done at Riyadh 2016-10-25 (pavlodar.com copy)
    ("KAZ", "SAU", "bilateral-kaz-sau-2016-extradition", "extradition", "2016-10-25", "2018-01-13",
     "zakonkz-31629685-kaz-sau-extradition"),
    # online.zakon.kz doc 34555273: ratified by Law No. 43-VI of 2017-01-11, "Вступило в силу 13 февраля 2018 года";
    # done at Tehran 2016-04-11 (pavlodar.com copy)
    ("IRN", "KAZ", "bilateral-irn-kaz-2016-transfer-of-sentenced-persons", "all", "2016-04-11", "2018-02-13",
     "zakonkz-34555273-kaz-irn-transfer"),
    # pravo.gov.ru record (copy on pravo.starec.ai/intl/5291): ratified by Federal Law No. 644-FZ of 2023-12-25,
    # "вступила в силу 16 сентября 2024 года"; signed at Moscow 2023-06-15 (kremlin.ru)
    ("RUS", "DZA", "bilateral-dza-rus-2023-extradition", "extradition", "2023-06-15", "2024-09-16",
     "starec-intl-5291-dza-rus-extradition"),
    # Adilet, Law No. 493 of 2003-11-05: done at Astana 2001-07-05, "Вступил в силу 10 декабря 2003 года"
    ("TKM", "KAZ", "bilateral-kaz-tkm-2001-transfer-of-sentenced-persons", "all", "2001-07-05", "2003-12-10",
     "adilet-z030000493-kaz-tkm-transfer"),
])
def test_kazakh_agreements_in_force_on_the_day_their_headings_give(a, b, iid, purpose, signed, in_force, source):
    _dated(a, b, iid, in_force, purpose, signed, source)


def test_kazakhstan_turkey_1995_agreement_is_not_offered_for_police_cooperation():
    # the agreement (zakonpravo-z990000367-kaz-tur-legal-assistance-extradition) covers legal assistance in criminal
    # cases and extradition only: asked for police cooperation on a day it is in force, the answer does not list it
    iid = "bilateral-kaz-tur-1995-legal-assistance-extradition"
    assert iid in _bilateral("KAZ", "TUR", "--as-of", "2001-01-01", "--for", "mla")
    assert iid not in _bilateral("KAZ", "TUR", "--as-of", "2001-01-01", "--for", "police")


@pytest.mark.parametrize(("a", "b", "iid", "purpose", "signed", "source"), [
    # continent-online.com doc 31629638: "(г. Эр-Рияд, 25 октября 2016 года)"; no entry into force in the source
    ("KAZ", "SAU", "bilateral-kaz-sau-2016-transfer-of-sentenced-persons", "all", "2016-10-25",
     "continent-31629638-kaz-sau-transfer"),
    # Adilet, Government Resolution No. 632 of 2013-06-19: "совершенное в Тегеране 6 октября 1999 года"
    ("KAZ", "IRN", "bilateral-irn-kaz-1999-legal-assistance", "mla", "1999-10-06",
     "adilet-p1300000632-kaz-irn-legal-assistance"),
    # Adilet, Government Resolution No. 355 of 2010-04-27: "подписанное в Абу Даби 16 марта 2009 года"
    ("ARE", "KAZ", "bilateral-are-kaz-2009-mla", "mla", "2009-03-16", "adilet-p100000355-are-kaz-mla"),
    # m24.ru (press, 2017-02-17): "подписан в Анкаре 1 декабря 2014 года"; ratified by Federal Law No. 24-FZ of
    # 2017-03-07 (docs.cntd.ru), no entry into force in the sources read
    ("RUS", "TUR", "bilateral-rus-tur-2014-mla-extradition", "extradition", "2014-12-01",
     "m24-2017-02-17-rus-tur-extradition"),
    ("TUR", "RUS", "bilateral-rus-tur-2014-mla-extradition", "mla", "2014-12-01",
     "m24-2017-02-17-rus-tur-extradition"),
    # El Djazair Online (press): signed "10 October 2017"
    ("DZA", "RUS", "bilateral-dza-rus-2017-mla", "mla", "2017-10-10", "eldjazaironline-dza-rus-mla-2017"),
    # docs.cntd.ru 456052713, the 2018 Protocol's preamble: the Treaty "заключенным в г.Тегеране 5 марта 1996 г."
    ("IRN", "RUS", "bilateral-irn-rus-1996-legal-assistance", "mla", "1996-03-05", "cntd-456052713-irn-rus-protocol"),
    # Kazinform (press): the three Kazakhstan-Morocco agreements "подписаны 12 декабря 2024 года в Рабате"; ratified
    # 2025-11-13 (vlast.kz), not in force in the sources read
    ("KAZ", "MAR", "bilateral-kaz-mar-2024-extradition", "extradition", "2024-12-12", "inform-2025-kaz-mar-senate"),
    ("MAR", "KAZ", "bilateral-kaz-mar-2024-transfer-of-sentenced-persons", "all", "2024-12-12",
     "prg-32315104-kaz-mar-transfer"),
    ("KAZ", "MAR", "bilateral-kaz-mar-2024-mla", "mla", "2024-12-12", "inform-2025-kaz-mar-senate"),
    # businesspravo.ru copy of the text: "7 сентября 2006 г."
    ("RUS", "MAR", "bilateral-mar-rus-2006-transfer-of-sentenced-persons", "all", "2006-09-07",
     "businesspravo-121905-mar-rus-transfer"),
    # (Morocco-Russia extradition 2016: in force by March 2018 since round 18, tests/test_scenarios_bil17b.py)
    # UAE Federal Decree No. 41 of 2021 (copy): the agreement "signed in Abu Dhabi on 15 March 2018"
    ("TKM", "ARE", "bilateral-are-tkm-2018-extradition", "extradition", "2018-03-15",
     "uae-fd-41-2021-are-tkm-extradition"),
    # UAE Federal Decree No. 40 of 2021 (copy): the MLA agreement "signed in Abu Dhabi on 15 March 2018"
    ("ARE", "TKM", "bilateral-are-tkm-2018-mla", "mla", "2018-03-15", "uae-fd-40-2021-are-tkm-mla"),
    # Kursiv (press, 2026-01-27): "подписали 26 августа 2025 года в Самарканде"
    ("UZB", "JOR", "bilateral-jor-uzb-2025-extradition", "extradition", "2025-08-26",
     "kursiv-2026-01-27-jor-uzb-extradition"),
    # kremlin.ru, 2020-04-01: "Договор подписан в Москве 15 января 2019 года"; Russia ratified, not in force
    ("ZWE", "RUS", "bilateral-rus-zwe-2019-extradition", "extradition", "2019-01-15",
     "kremlin-2020-04-01-rus-zwe-extradition"),
    # Türkiye's Law No. 4558 of 2000-04-04: the agreement "signed in Ankara on 6 May 1996"
    ("TUR", "TJK", "bilateral-tjk-tur-1996-legal-assistance", "mla", "1996-05-06",
     "tbmm-k4558-tjk-tur-legal-assistance"),
    ("TJK", "TUR", "bilateral-tjk-tur-1996-legal-assistance", "extradition", "1996-05-06",
     "tbmm-k4558-tjk-tur-legal-assistance"),
    # Adilet, Government Resolution No. 812 of 2005-08-04: the Treaty "от 17 сентября 1996 года"
    ("GEO", "KAZ", "bilateral-geo-kaz-1996-legal-assistance", "mla", "1996-09-17",
     "adilet-p050000812-geo-kaz-legal-assistance"),
])
def test_signed_agreements_without_a_known_entry_into_force_are_uncertain_from_signature(a, b, iid, purpose, signed,
                                                                                          source):
    _signed_uncertain(a, b, iid, signed, purpose, {source})


def test_russia_uae_mla_is_dated_to_the_month_only():
    # IPS/WAM (press, 2014-11-27) reports the signature in Abu Dhabi without a day: the row keeps "2014-11"; before
    # November 2014 it is absent, in December 2014 it is signed with no known entry into force
    from .scenario import agreement, sides
    iid = "bilateral-are-rus-2014-mla"
    assert iid not in _bilateral("RUS", "ARE", "--as-of", "2014-10-31", "--for", "mla")
    row = agreement("RUS", "ARE", iid, "2014-12-01", "mla")
    assert sides(row) == ("uncertain", "uncertain")
    assert row["instrument"]["signed"] == "2014-11"
    assert "ips-2014-11-27-are-rus" in row["sources"]


def test_russia_djibouti_extradition_is_signed_in_august_2025_and_not_yet_in_force():
    # afrinz.ru (press, 2026-01): "Соглашение было подписано в августе 2025 года"; submitted for ratification
    from .scenario import agreement, sides
    iid = "bilateral-dji-rus-2025-extradition"
    assert iid not in _bilateral("RUS", "DJI", "--as-of", "2025-07-31", "--for", "extradition")
    row = agreement("DJI", "RUS", iid, "2026-12-02", "extradition")
    assert sides(row) == ("uncertain", "uncertain")
    assert row["instrument"]["signed"] == "2025-08"
    assert row["instrument"]["entry_into_force"] is None
    assert "afrinz-2026-01-dji-rus-extradition" in row["sources"]
