"""Bilateral agreements dated in the seventh round of issue 12, on the shipped data.

Each test names the source key (data/bilateral.yaml) of its expected answer and asks on both sides of the day the
source states. An agreement whose entry into force no source gives stays uncertain, whatever its notifications or
exchange of ratifications: no day is worked out from them.
"""

from __future__ import annotations

from .scenario import bilateral as _bilateral
from .scenario import sides as _sides


def _row(a: str, b: str, iid: str, day: str, purpose: str = "all") -> dict:
    """The agreement's row in `link A B --for PURPOSE` on the day."""
    return _bilateral(a, b, "--as-of", day, "--for", purpose)[iid]


def test_belgium_china_extradition_convention_in_force_2020_12_26():
    # be-wet-2018-12-03-bel-chn-extradition: the Staatsblad's note to Belgium's law of assent of 2018-12-03
    # (published 2020-12-16): "Datum inwerkingtreding : 26 december 2020 (art.24)"; made at Beijing 2016-10-31
    # (be-geens-2016-10-31-bel-chn); lesoir-2020-07-24-bel-chn-extradition: not yet ratified by China in July 2020
    reported = _row("belgium", "china", "bilateral-bel-chn-2016-extradition", "2020-07-24", "extradition")
    assert _sides(reported) == ("consent-pending", "consent-pending")
    before = _row("belgium", "china", "bilateral-bel-chn-2016-extradition", "2020-12-25", "extradition")
    assert _sides(before) == ("consent-pending", "consent-pending")
    after = _row("belgium", "china", "bilateral-bel-chn-2016-extradition", "2020-12-26", "extradition")
    assert _sides(after) == ("bound", "bound")
    assert after["linked_since"]["date"] == "2020-12-26"
    assert after["instrument"]["signed"] == "2016-10-31"
    assert after["usable_for"] == {"extradition": "the whole convention"}
    assert "be-wet-2018-12-03-bel-chn-extradition" in after["sources"]


def test_belgium_china_transfer_of_sentenced_persons_treaty_in_force_2021_06_04():
    # rechtenkrant-bel-chn-transfer-2021 (a legal news site, the Moniteur's note not reached): "Op 4 juni 2021 is het
    # Belgisch-Chinees Overbrengingsverdrag in werking getreden"; made at Beijing 2016-10-31 (be-geens-2016-10-31-bel-chn)
    iid = "bilateral-bel-chn-2016-transfer-of-sentenced-persons"
    before = _row("belgium", "china", iid, "2021-06-03")
    assert _sides(before) == ("consent-pending", "consent-pending")
    after = _row("belgium", "china", iid, "2021-06-04")
    assert _sides(after) == ("bound", "bound")
    assert after["linked_since"]["date"] == "2021-06-04"
    assert after["usable_for"] == {"other": "transfer of sentenced persons (with their consent)"}
    assert "rechtenkrant-bel-chn-transfer-2021" in after["sources"]


def test_italy_mexico_extradition_treaty_2011_stays_uncertain_though_its_notifications_are_known():
    # abcradio-2017-04-12-mex-ita: the art. 23 notifications were received on 2012-04-24 and 2015-08-06 and the
    # press called the treaty in force in April 2017, but no source states the day it entered into force
    row = _row("italy", "mexico", "bilateral-ita-mex-2011-extradition", "2026-12-01", "extradition")
    assert row["instrument"]["signed"] == "2011-07-28"
    assert _sides(row) == ("uncertain", "uncertain")
    assert "abcradio-2017-04-12-mex-ita" in row["sources"]


def test_netherlands_uae_extradition_treaty_in_force_2023_08_01():
    # nl-ah-tk-20232024-1336-nld-are: the Minister's answer names "de inwerkingtreding van het uitleveringsverdrag op
    # 1 augustus 2023"; nieuws-nl-2023-08-01-nld-are agrees; done at Abu Dhabi 2021-08-29 (nl-trb-2021-117-nld-are)
    iid = "bilateral-are-nld-2021-extradition"
    before = _row("netherlands", "united arab emirates", iid, "2023-07-31", "extradition")
    assert _sides(before) == ("consent-pending", "consent-pending")
    after = _row("netherlands", "united arab emirates", iid, "2023-08-01", "extradition")
    assert _sides(after) == ("bound", "bound")
    assert after["linked_since"]["date"] == "2023-08-01"
    assert after["instrument"]["signed"] == "2021-08-29"
    assert {"nl-ah-tk-20232024-1336-nld-are", "nieuws-nl-2023-08-01-nld-are"} <= set(after["sources"])


def test_south_africa_uae_mla_agreement_in_force_2021_07_10_as_the_minister_stated():
    # za-doj-2021-06-11-are-zaf: instruments exchanged 2021-06-10; "The treaties will come into force 30 days after the
    # ratification instruments have been exchanged, which is 10 July 2021" (ewn-2021-06-11-are-zaf quotes the same);
    # signed at Abu Dhabi 2018-09-25 (ae-federal-decree-42-2021-are-zaf)
    iid = "bilateral-are-zaf-2018-mla"
    before = _row("south africa", "united arab emirates", iid, "2021-07-09", "mla")
    assert _sides(before) == ("consent-pending", "consent-pending")
    after = _row("south africa", "united arab emirates", iid, "2021-07-10", "mla")
    assert _sides(after) == ("bound", "bound")
    assert after["linked_since"]["date"] == "2021-07-10"
    assert after["instrument"]["signed"] == "2018-09-25"
    assert "za-doj-2021-06-11-are-zaf" in after["sources"]


def test_ireland_uae_extradition_treaty_in_force_2025_05_18_as_the_ministers_stated():
    # wam-2025-06-04-irl-are: the two Justice Ministers' joint statement, the agreements "entered into force on 18 May
    # 2025"; done at Abu Dhabi 2024-10-21 (ie-si-205-2025-irl-are, whose Order also comes into operation that day)
    iid = "bilateral-are-irl-2024-extradition"
    before = _row("ireland", "united arab emirates", iid, "2025-05-17", "extradition")
    assert _sides(before) == ("consent-pending", "consent-pending")
    after = _row("ireland", "united arab emirates", iid, "2025-05-18", "extradition")
    assert _sides(after) == ("bound", "bound")
    assert after["linked_since"]["date"] == "2025-05-18"
    assert after["instrument"]["signed"] == "2024-10-21"
    assert "wam-2025-06-04-irl-are" in after["sources"]


def test_italy_uae_extradition_treaty_in_force_by_the_ministers_statement_of_2024_08_22():
    # wam-2024-08-22-ita-are: the two Justice Ministers said the UAE's surrender of Danilo Coppola was decided "in
    # accordance with the bilateral extradition treaty between the UAE and Italy" (in_force_by); done at Abu Dhabi
    # 2015-09-16 (it-camera-ddl-344-2018-ita-are); its own day of entry into force is not found
    iid = "bilateral-are-ita-2015-extradition"
    before = _row("italy", "united arab emirates", iid, "2024-08-21", "extradition")
    assert _sides(before) == ("uncertain", "uncertain")
    after = _row("italy", "united arab emirates", iid, "2024-08-22", "extradition")
    assert _sides(after) == ("bound", "bound")
    assert after["instrument"]["signed"] == "2015-09-16"
    assert after["a"]["in_force"] == {"date": None, "earliest": "2015-09-16", "latest": "2024-08-22"}


def test_spain_us_extradition_treaty_1970_in_force_1971_06_16():
    # tias-7136-usa-esp-copy: "Ratifications exchanged at Washington June 16, 1971 ... Entered into force June 16, 1971";
    # the proclamation: observed "on and after June 16, 1971"; signed at Madrid 1970-05-29 (tias-10-201-21-usa-esp)
    iid = "bilateral-esp-usa-1970-extradition"
    before = _row("spain", "united states", iid, "1971-06-15", "extradition")
    assert _sides(before) == ("consent-pending", "consent-pending")
    after = _row("spain", "united states", iid, "1971-06-16", "extradition")
    assert _sides(after) == ("bound", "bound")
    assert after["linked_since"]["date"] == "1971-06-16"
    assert "tias-7136-usa-esp-copy" in after["sources"]


def test_philippines_us_extradition_treaty_in_force_1996_11_22():
    # tias-96-1122-usa-phl-copy: "Exchange of instruments of ratification at Manila November 22, 1996; Entered into
    # force November 22, 1996"; signed at Manila 1994-11-13 (us-senate-exec-rept-104-29)
    iid = "bilateral-phl-usa-1994-extradition"
    before = _row("philippines", "united states", iid, "1996-11-21", "extradition")
    assert _sides(before) == ("consent-pending", "consent-pending")
    after = _row("philippines", "united states", iid, "1996-11-22", "extradition")
    assert _sides(after) == ("bound", "bound")
    assert after["linked_since"]["date"] == "1996-11-22"
    assert "tias-96-1122-usa-phl-copy" in after["sources"]
