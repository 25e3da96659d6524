"""Bilateral criminal-matters agreements of Iran, Bahrain and other Gulf and Middle Eastern states added in round 20
(helper bilh20) in data/bilateral-x20h.yaml.

Each case names the source (its key in the data) and quotes the words that give the expected answer, and asks on
both sides of the boundary the fact sets: the day before signature (absent) and the day of signature (uncertain,
where no source gives the entry into force), the day before entry into force (pending) and the day (in force).
"""

from __future__ import annotations

import pytest

from .scenario import agreement as _row
from .scenario import agreement_signed_in_a_month_uncertain as _signed_in_a_month_uncertain
from .scenario import agreement_signed_uncertain as _signed_uncertain
from .scenario import bilateral as _bilateral
from .scenario import sides as _sides

HOQOUQ = "bilh20-hoqouq-2014-12-27-irn-judicial-agreements"


@pytest.mark.parametrize(
    ("a", "b", "iid", "signed", "purpose", "source"),
    [
        # HOQOUQ: '1 قزاقستان استرداد مجرمين 10/2/1391- 29 آوریل 2012 1392'
        ("IRN", "KAZ", "bilateral-irn-kaz-2012-extradition", "2012-04-29", "extradition", HOQOUQ),
        # HOQOUQ: '2 بوسني و هرزه گوين معاضدت حقوقي در امور مدني و كيفري (شامل استرداد مجرمين) 24/3/1390- 14 ژوئن 2011'
        ("BIH", "IRN", "bilateral-bih-irn-2011-legal-assistance", "2011-06-14", "mla", HOQOUQ),
        ("IRN", "BIH", "bilateral-bih-irn-2011-legal-assistance", "2011-06-14", "extradition", HOQOUQ),
        # HOQOUQ: '4 عراق همكاري حقوقی و قضائي در امور کیفری 4/2/ 1390 - 21 جمادی الاول 1432 - 24 آوریل 2011'
        ("IRQ", "IRN", "bilateral-irn-irq-2011-mla", "2011-04-24", "mla", HOQOUQ),
        # HOQOUQ: '5 عراق استرداد مجرمين 4/2/1390 - 21 جمادی الاول 1432 - 24 آوریل 2011'
        ("IRN", "IRQ", "bilateral-irn-irq-2011-extradition", "2011-04-24", "extradition", HOQOUQ),
        # HOQOUQ: '10 عراق انتقال محكومين 4/2/1390 - 21 جمادی الاول 1432 - 24 آوریل 2011'
        ("IRN", "IRQ", "bilateral-irn-irq-2011-transfer-of-sentenced-persons", "2011-04-24", "all", HOQOUQ),
        # HOQOUQ: '6 بلاروس استرداد مجرمين(لازم الاجرا نشده است) 11/12/1389 - 2 مارس 2011'
        ("BLR", "IRN", "bilateral-blr-irn-2011-extradition", "2011-03-02", "extradition", HOQOUQ),
        # HOQOUQ: '8 تاجيكستان استرداد مجرمين 14/10/1388- 4/1/2010'
        ("TJK", "IRN", "bilateral-irn-tjk-2010-extradition", "2010-01-04", "extradition", HOQOUQ),
        # HOQOUQ: '11 تایلند انتقال محكومين به حبس و همکاری در زمینة اجرای احکام کیفری 5/12/1389 - 24 فوریه 2011'
        ("THA", "IRN", "bilateral-irn-tha-2011-transfer-of-sentenced-persons", "2011-02-24", "all", HOQOUQ),
        # bilh20-xinhua-2014-12-28-chn-irn-afg-extradition: 'The Chinese Deputy Foreign Minister at the time, Zhang
        # Zhijun, signed the extradition treaty with Iran on Sept. 10, 2012 in Tehran.'
        ("CHN", "IRN", "bilateral-chn-irn-2012-extradition", "2012-09-10", "extradition",
         "bilh20-xinhua-2014-12-28-chn-irn-afg-extradition"),
        # bilh20-be-cc-36-2023-bel-irn: 'le Traité entre le Royaume de Belgique et la République islamique d'Iran sur
        # le transfèrement de personnes condamnées, fait à Bruxelles le 11 mars 2022'
        ("BEL", "IRN", "bilateral-bel-irn-2022-transfer-of-sentenced-persons", "2022-03-11", "all",
         "bilh20-be-cc-36-2023-bel-irn"),
        # bilh20-alwatan-594779-bhr-rus-transfer: 'وتهدف الاتفاقية الموقعة في 15 ديسمبر 2015'
        ("BHR", "RUS", "bilateral-bhr-rus-2015-transfer-of-sentenced-persons", "2015-12-15", "all",
         "bilh20-alwatan-594779-bhr-rus-transfer"),
        # bilh20-ria-2018-01-29-irn-rus-transfer: 'The document was signed in Moscow on 28 March 2017'
        ("RUS", "IRN", "bilateral-irn-rus-2017-transfer-of-sentenced-persons", "2017-03-28", "all",
         "bilh20-ria-2018-01-29-irn-rus-transfer"),
        # bilateral-bra-isr-2009-extradition (signed 2009-11-11) left this list in round 21: Concordia dates its entry
        # into force 2018-09-26 (tests/test_scenarios_bileif21f.py)
    ],
)
def test_signed_on_the_day_no_entry_into_force_found(a, b, iid, signed, purpose, source):
    on_day, _today = _signed_uncertain(a, b, iid, signed, purpose, {source})
    assert on_day["instrument"]["entry_into_force"] is None


def test_transfer_agreements_are_no_basis_for_extradition_or_mla():
    # bilh20-be-cc-36-2023-bel-irn, bilh20-alwatan-594779-bhr-rus-transfer, HOQOUQ: treaties on the transfer of
    # sentenced persons only
    for a, b, iid, day in [("BEL", "IRN", "bilateral-bel-irn-2022-transfer-of-sentenced-persons", "2022-03-11"),
                           ("BHR", "RUS", "bilateral-bhr-rus-2015-transfer-of-sentenced-persons", "2015-12-15"),
                           ("IRN", "THA", "bilateral-irn-tha-2011-transfer-of-sentenced-persons", "2011-02-24")]:
        assert iid in _bilateral(a, b, "--as-of", day, "--for", "all")
        assert iid not in _bilateral(a, b, "--as-of", day, "--for", "extradition")
        assert iid not in _bilateral(a, b, "--as-of", day, "--for", "mla")


def test_bosnia_iran_2011_serves_mla_and_extradition():
    # HOQOUQ: 'معاضدت حقوقي در امور مدني و كيفري (شامل استرداد مجرمين)' (legal assistance in civil and criminal
    # matters, including extradition)
    row = _row("IRN", "BIH", "bilateral-bih-irn-2011-legal-assistance", "2011-06-14")
    assert {"mla", "extradition"} <= set(row["usable_for"])


@pytest.mark.parametrize(
    ("a", "b", "iid", "month", "purpose", "source"),
    [
        # bilh20-arabnews-pk-2022-01-26-pak-sau-transfer: 'The treaties were signed during Prime Minister Imran Khan's
        # visit to the kingdom in May last year.'
        ("SAU", "PAK", "bilateral-pak-sau-2021-transfer-of-sentenced-persons", "2021-05", "all",
         "bilh20-arabnews-pk-2022-01-26-pak-sau-transfer"),
        # bilh20-deccanherald-2012-01-ind-isr: 'India and Israel Tuesday signed an extradition treaty'; The Telegraph,
        # 'New Delhi, Jan. 10': 'The two sides signed an extradition treaty and another on transfer of sentenced
        # prisoners.'
        ("ISR", "IND", "bilateral-ind-isr-2012-extradition", "2012-01", "extradition",
         "bilh20-deccanherald-2012-01-ind-isr"),
        ("IND", "ISR", "bilateral-ind-isr-2012-transfer-of-sentenced-persons", "2012-01", "all",
         "bilh20-deccanherald-2012-01-ind-isr"),
    ],
)
def test_signed_in_a_month_no_entry_into_force_found(a, b, iid, month, purpose, source):
    _signed_in_a_month_uncertain(a, b, iid, month, purpose, source)


def test_india_israel_transfer_agreement_is_no_extradition_treaty():
    # bilh20-deccanherald-2012-01-ind-isr: two instruments, 'an extradition treaty and a pact on the transfer of
    # sentenced prisoners': the transfer pact serves no extradition, the treaty does
    on_day = _bilateral("IND", "ISR", "--as-of", "2012-02-01", "--for", "extradition")
    assert "bilateral-ind-isr-2012-extradition" in on_day
    assert "bilateral-ind-isr-2012-transfer-of-sentenced-persons" not in on_day


def test_iran_kuwait_transfer_agreement_in_force_by_2016_05_29():
    # bilh20-ians-2024-07-29-irn-kwt: 'a convict extradition agreement signed between Iran and Kuwait in 2004';
    # bilh20-kuna-2016-05-29-irn-kwt: 47 inmates turned over 'in implementation of a bilateral agreement for prisoner
    # exchange between Kuwait and Iran'
    iid = "bilateral-irn-kwt-2004-transfer-of-sentenced-persons"
    assert iid not in _bilateral("IRN", "KWT", "--as-of", "2003-12-31")
    assert _sides(_row("KWT", "IRN", iid, "2005-01-01")) == ("uncertain", "uncertain")
    assert _sides(_row("IRN", "KWT", iid, "2016-05-28")) == ("uncertain", "uncertain")
    row = _row("KWT", "IRN", iid, "2016-05-29")
    assert _sides(row) == ("bound", "bound")
    assert row["a"]["in_force"]["latest"] == "2016-05-29"
    assert row["a"]["in_force"]["date"] is None
    assert "bilh20-kuna-2016-05-29-irn-kwt" in row["sources"]
    # recorded as a transfer agreement only, though the press calls it an 'extradition' agreement
    assert iid not in _bilateral("IRN", "KWT", "--as-of", "2016-05-29", "--for", "extradition")


def test_jordan_saudi_transfer_agreement_signed_in_2012_uncertain_after():
    # bilh20-jo1r-jor-sau-transfer-bill-2012: the cabinet approves the bill ratifying the agreement 'لسنة 2012',
    # signed by the Interior Minister 'نهاية شهر آذار الماضي'; only the year is recorded
    iid = "bilateral-jor-sau-2012-transfer-of-sentenced-persons"
    assert iid not in _bilateral("JOR", "SAU", "--as-of", "2011-12-31")
    row = _row("SAU", "JOR", iid, "2013-01-01")
    assert _sides(row) == ("uncertain", "uncertain")
    assert row["instrument"]["signed"] == "2012"
    assert row["instrument"]["entry_into_force"] is None
    assert "bilh20-jo1r-jor-sau-transfer-bill-2012" in row["sources"]
    assert iid not in _bilateral("JOR", "SAU", "--as-of", "2013-01-01", "--for", "extradition")
