"""Bilateral agreements added or dated in the twelfth round of issue 12, on the shipped data.

Each test names the source key (data/bilateral.yaml) of its expected answer and asks on both sides of the day the
source states. A day of entry into force comes only from a source that states it (Fedlex's record of the Swiss
classified compilation, a ministry); where a source only shows an agreement applied on a day, the agreement is
uncertain before that day and in force from it ("in force by"), and no day is worked out from a treaty's clause.
"""

from __future__ import annotations

from .scenario import agreement as _agreement
from .scenario import agreement_in_force_from as _in_force_from
from .scenario import bilateral as _bilateral
from .scenario import sides as _sides


def _uncertain_then_in_force_by(a: str, b: str, iid: str, by_before: str, by: str, purpose: str,
                                sources: set[str]) -> dict:
    """Uncertain on the day before the bound; bound on both sides from it, the bound shown as 'by'."""
    assert _sides(_agreement(a, b, iid, by_before, purpose)) == ("uncertain", "uncertain")
    row = _agreement(a, b, iid, by, purpose)
    assert _sides(row) == ("bound", "bound")
    assert row["a"]["in_force"]["latest"] == by
    assert row["instrument"]["entry_into_force"] is None
    assert sources <= set(row["sources"])
    return row


# --- Switzerland: days of entry into force from Fedlex's records (legalize-dev/legalize-ch, 2026-04-17) ---

def test_switzerland_serbia_extradition_treaty_of_1887_in_force_1888_07_05():
    # ch-sr-0-353-981-8-legalize: SR 0.353.981.8, entry_into_force 1888-07-05, status in force
    row = _in_force_from("CHE", "SRB", "bilateral-che-srb-1887-extradition", "1888-07-04", "1888-07-05", "extradition")
    assert row["instrument"]["signed"] == "1887-11-28"
    assert "ch-sr-0-353-981-8-legalize" in row["sources"]


def test_switzerland_australia_extradition_treaty_of_1988_in_force_1991_01_01():
    # ch-sr-0-353-915-8-legalize: SR 0.353.915.8 "Auslieferungsvertrag vom 29. Juli 1988", entry_into_force 1991-01-01
    row = _in_force_from("CHE", "AUS", "bilateral-aus-che-1988-extradition", "1990-12-31", "1991-01-01",
                         "extradition")
    assert row["instrument"]["signed"] == "1988-07-29"


def test_switzerland_argentina_mla_treaty_in_force_2013_02_16_not_only_by_it():
    # ch-sr-0-351-915-4-legalize: SR 0.351.915.4, entry_into_force 2013-02-16 (earlier rounds had only the bound)
    row = _in_force_from("CHE", "ARG", "bilateral-arg-che-2009-mla", "2013-02-15", "2013-02-16", "mla")
    assert row["instrument"]["entry_into_force"] == "2013-02-16"


def test_switzerland_kosovo_mla_2023_08_13_and_transfer_2014_05_11():
    # ch-sr-0-351-947-5-legalize: SR 0.351.947.5 entry_into_force 2023-08-13; ch-sr-0-344-475-legalize: SR 0.344.475
    # (transfer of sentenced persons, 2012-05-14) entry_into_force 2014-05-11
    _in_force_from("CHE", "XKX", "bilateral-che-xkx-2022-mla", "2023-08-12", "2023-08-13", "mla")
    rows = _bilateral("CHE", "XKX", "--as-of", "2014-05-11")
    assert _sides(rows["bilateral-che-xkx-2012-transfer-of-sentenced-persons"]) == ("bound", "bound")
    before = _bilateral("CHE", "XKX", "--as-of", "2014-05-10")["bilateral-che-xkx-2012-transfer-of-sentenced-persons"]
    assert _sides(before) == ("consent-pending", "consent-pending")


def test_switzerland_austria_supplements_to_ets_24_and_30_in_force_1974_12_14():
    # ch-sr-0-353-916-31-legalize and ch-sr-0-351-916-32-legalize: the treaties of 1972-06-13, entry_into_force
    # 1974-12-14
    _in_force_from("CHE", "AUT", "bilateral-aut-che-1972-extradition-supplementary", "1974-12-13", "1974-12-14",
                   "extradition")
    _in_force_from("CHE", "AUT", "bilateral-aut-che-1972-mla-supplementary", "1974-12-13", "1974-12-14", "mla")


def test_switzerland_germany_1999_amendments_in_force_2002_03_01():
    # ch-sr-0-353-913-61-legalize, footnote 3: the treaty of 1999-07-08 "in Kraft seit 1. März 2002";
    # ch-sr-0-351-913-61-legalize, footnote 5: the same
    _in_force_from("CHE", "DEU", "bilateral-che-deu-1999-extradition-amendment", "2002-02-28", "2002-03-01",
                   "extradition")
    _in_force_from("CHE", "DEU", "bilateral-che-deu-1999-mla-amendment", "2002-02-28", "2002-03-01", "mla")


def test_switzerland_latvia_police_agreement_signed_2005_05_23_in_force_2006_07_26():
    # ch-sr-0-360-487-1-legalize: "Abkommen vom 23. Mai 2005 ... Lettland", entry_into_force 2006-07-26
    row = _in_force_from("CHE", "LVA", "bilateral-che-lva-police-cooperation", "2006-07-25", "2006-07-26", "police")
    assert row["instrument"]["signed"] == "2005-05-23"


def test_switzerland_indonesia_and_colombia_mla_treaties_new_to_the_data():
    # ch-sr-0-351-942-7-legalize: treaty of 2019-02-04, entry_into_force 2021-09-14;
    # ch-sr-0-351-926-3-legalize: treaty of 2011-01-27, entry_into_force 2014-04-27
    _in_force_from("CHE", "IDN", "bilateral-che-idn-2019-mla", "2021-09-13", "2021-09-14", "mla")
    _in_force_from("CHE", "COL", "bilateral-che-col-2011-mla", "2014-04-26", "2014-04-27", "mla")
    assert "bilateral-che-idn-2019-mla" not in _bilateral("CHE", "IDN", "--as-of", "2019-02-03", "--for", "mla")


def test_switzerland_india_1880_treaty_continued_from_1968_02_28():
    # ch-sr-0-353-942-3-legalize: notes of 1967-12-20/1968-02-28 confirming the continued application of the
    # Swiss-British treaty of 1880 between Switzerland and India, entry_into_force 1968-02-28
    row = _agreement("CHE", "IND", "bilateral-che-ind-1968-extradition-continuation", "1968-02-28", "extradition")
    assert _sides(row) == ("bound", "bound")
    assert "bilateral-che-ind-1968-extradition-continuation" not in _bilateral(
        "CHE", "IND", "--as-of", "1968-02-27", "--for", "extradition")


def test_switzerland_tanzania_continuation_applies_from_fedlex_day_before_the_exchange():
    # ch-sr-0-353-973-2-legalize: notes of 25 August/28 September 1967; Fedlex's entry_into_force 1963-12-09: the
    # exchange's day is not recorded as a signature, and the treaty applies from Fedlex's day
    row = _agreement("CHE", "TZA", "bilateral-che-tza-1967-extradition-continuation", "1970-01-01", "extradition")
    assert _sides(row) == ("bound", "bound")
    assert row["instrument"]["signed"] is None
    assert row["instrument"]["entry_into_force"] == "1963-12-09"


# --- Spain: the BOE consolidated texts (jtejederabit/legalping-es, 2026-04-25) ---

def test_spain_canada_extradition_treaty_1989_in_force_by_the_boe_listing():
    # es-boe-a-1990-19374-legalping: "hecho en Madrid el día 31 de mayo de 1989", status in force on 2026-04-25
    row = _uncertain_then_in_force_by("ESP", "CAN", "bilateral-can-esp-1989-extradition", "2026-04-24",
                                      "2026-04-25", "extradition", {"es-boe-a-1990-19374-legalping"})
    assert row["instrument"]["signed"] == "1989-05-31"


def test_spain_australia_extradition_treaty_in_force_by_1988_05_05():
    # au-sr-1988-52-aus-esp: the Extradition (Spain) Regulations "shall come into operation on 5 May 1988",
    # applying the Act subject to the treaty done at Madrid on 22 April 1987
    _uncertain_then_in_force_by("ESP", "AUS", "bilateral-aus-esp-1987-extradition", "1988-05-04", "1988-05-05",
                                "extradition", {"au-sr-1988-52-aus-esp", "es-boe-a-1988-10459-legalping"})


def test_spain_morocco_2009_convention_in_force_by_its_provisional_application():
    # es-boe-a-2009-15671-legalping: "Aplicación provisional del Convenio de extradición ... hecho en Rabat el
    # 24 de junio de 2009", BOE of 2009-10-02
    row = _uncertain_then_in_force_by("ESP", "MAR", "bilateral-esp-mar-2009-extradition", "2009-10-01", "2009-10-02",
                                      "extradition", {"es-boe-a-2009-15671-legalping"})
    assert row["instrument"]["signed"] == "2009-06-24"


def test_spain_argentina_treaty_serves_extradition_and_mla():
    # es-boe-a-1990-16893-legalping: Tratado de Extradición y Asistencia Judicial en materia penal, Buenos Aires
    # 1987-03-03
    for purpose in ("extradition", "mla"):
        row = _agreement("ESP", "ARG", "bilateral-arg-esp-1987-extradition-mla", "2026-04-25", purpose)
        assert _sides(row) == ("bound", "bound")


# --- gap 1 of the brief ---

def test_netherlands_united_states_extradition_treaty_1980_in_force_by_the_1991_notes():
    # gh-laws-markdown-bwbv0001046: the note of 1991-07-11, "Under article 2 of the Extradition Treaty ... done at The
    # Hague, June 24, 1980, the contracting parties are obliged to extradite"
    _uncertain_then_in_force_by("NLD", "USA", "bilateral-nld-usa-1980-extradition", "1991-07-10", "1991-07-11",
                                "extradition", {"gh-laws-markdown-bwbv0001046"})


def test_ireland_hong_kong_agreement_in_force_by_2019_then_suspended_by_ireland():
    # ie-si-395-2019-irl-hkg: S.I. 395/2019 applied the agreement (notice in Iris Oifigiúil 2019-08-09);
    # independent-ie-2020-10-23-irl-hkg: "the Government on 13 October agreed to suspend Ireland's Extradition
    # Agreement with Hong Kong"
    iid = "bilateral-irl-hkg-2007-surrender-of-fugitive-offenders"
    _uncertain_then_in_force_by("IRL", "HKG", iid, "2019-08-08", "2019-08-09", "extradition",
                                {"ie-si-395-2019-irl-hkg"})
    assert _sides(_agreement("IRL", "HKG", iid, "2020-10-12", "extradition")) == ("bound", "bound")
    after = _agreement("IRL", "HKG", iid, "2020-10-13", "extradition")
    assert after["a"]["state"] == "suspended"
    assert "independent-ie-2020-10-23-irl-hkg" in after["sources"]


# --- China ---

def test_china_south_africa_extradition_treaty_signed_2001_12_10_in_force_by_2010_10_06():
    # zh-wikisource-chn-zaf-extradition: "2001年12月10日在北京簽署"; cn-chinacourt-2010-10-06-chn-africa: the
    # extradition treaties with Tunisia, South Africa, Lesotho, Namibia and Algeria "均已生效"
    row = _uncertain_then_in_force_by("CHN", "ZAF", "bilateral-chn-zaf-2001-extradition", "2010-10-05", "2010-10-06",
                                      "extradition", {"zh-wikisource-chn-zaf-extradition",
                                                      "cn-chinacourt-2010-10-06-chn-africa"})
    assert row["instrument"]["signed"] == "2001-12-10"
    assert "bilateral-chn-zaf-2001-extradition" not in _bilateral("CHN", "ZAF", "--as-of", "2001-12-09", "--for",
                                                                    "extradition")


def test_china_african_mla_treaties_in_force_by_2010_10_06():
    # cn-chinacourt-2010-10-06-chn-africa: criminal judicial assistance treaties with Tunisia, South Africa,
    # Namibia and Algeria, "均已生效"
    for other, iid in (("ZAF", "bilateral-chn-zaf-mla"), ("NAM", "bilateral-chn-nam-mla"),
                       ("DZA", "bilateral-chn-dza-mla")):
        row = _agreement("CHN", other, iid, "2010-10-06", "mla")
        assert _sides(row) == ("bound", "bound")
        assert row["a"]["in_force"]["latest"] == "2010-10-06"
    # the Tunisian treaty's own day is now known: fsou-chn-tun-mla-text, '该条约于2000年12月30日生效'
    row = _agreement("CHN", "TUN", "bilateral-chn-tun-mla", "2010-10-06", "mla")
    assert _sides(row) == ("bound", "bound")
    assert row["a"]["in_force"]["date"] == "2000-12-30"


def test_china_angola_extradition_treaty_not_in_force_in_2010():
    # cn-fabao365-chn-ago-extradition-text: "本条约于二00六年六月二十日订于罗安达"; cn-chinacourt-2010-10-06-chn-africa:
    # of six African extradition treaties "前五项条约均已生效", Angola's the sixth
    row = _agreement("CHN", "AGO", "bilateral-ago-chn-2006-extradition", "2010-10-06", "extradition")
    assert _sides(row) == ("uncertain", "uncertain")
    assert row["instrument"]["signed"] == "2006-06-20"


def test_china_indonesia_mla_in_force_2006_07_28_and_extradition_signed_2009_07_01():
    # antara-2007-chn-idn-mla: the MLA treaty "berlaku sejak 28 Juli 2006"; id-uu-13-2017-idn-chn-extradition:
    # "ditandatangani pada tanggal 1 Juli 2009 di Beijing"
    assert _sides(_agreement("CHN", "IDN", "bilateral-chn-idn-mla", "2006-07-28", "mla")) == ("bound", "bound")
    before = _bilateral("CHN", "IDN", "--as-of", "2006-07-27", "--for", "mla").get("bilateral-chn-idn-mla")
    assert before is None or _sides(before) != ("bound", "bound")
    row = _agreement("CHN", "IDN", "bilateral-chn-idn-2009-extradition", "2026-12-01", "extradition")
    assert row["instrument"]["signed"] == "2009-07-01"
    assert _sides(row) == ("uncertain", "uncertain")


def test_china_sri_lanka_and_cambodia_extradition_treaties_signed_only():
    # cn-gov-2019-08-26-chn-lka-extradition: signed at Beijing 2016-04-07, ratified by China 2019-08-26;
    # cn-fabao365-chn-khm-extradition-text: done at Beijing 1999-02-09
    lka = _agreement("CHN", "LKA", "bilateral-chn-lka-2016-extradition", "2026-12-01", "extradition")
    assert lka["instrument"]["signed"] == "2016-04-07"
    assert _sides(lka) == ("uncertain", "uncertain")
    khm = _agreement("CHN", "KHM", "bilateral-chn-khm-1999-extradition", "2026-12-01", "extradition")
    assert khm["instrument"]["signed"] == "1999-02-09"
