"""Round 13b: deposit days of the UN crime conventions from Spain's official lists of treaty communications.

Several times a year the Boletín Oficial del Estado publishes the communications on multilateral treaties
that Spain's Ministry of Foreign Affairs has received, the Secretary-General's depositary notifications
among them: the State, its act and the day, and the day of entry into force. Each list was read in the
GitHub mirror legalize-dev/legalize-es; each is its own source key ``es-boe-a-YYYY-NNNNN`` in
data/instruments.yaml. Every test below fails on the data before this round (the rows were undated,
dated to a month or a year, or absent).
"""

from __future__ import annotations

import pytest

from .scenario import consent_then_bound, coverage, link_rows, party, qualifications

ACTS = [
    # (instrument, country, deposit, day before it, entry into force, day before that, the BOE list)
    # UNTOC: Somalia (es-boe-a-2025-26356: "SOMALIA. Adhesión: 25-03-2025 ... Entrada en vigor: 24-04-2025")
    ("untoc", "SOM", "2025-03-25", "2025-03-24", "2025-04-24", "2025-04-23", "es-boe-a-2025-26356"),
    # UNTOC: Iran's ratification (es-boe-a-2025-26356: "IRÁN. Ratificación: 06-08-2025 ... 05-09-2025")
    ("untoc", "IRN", "2025-08-06", "2025-08-05", "2025-09-05", "2025-09-04", "es-boe-a-2025-26356"),
    # UNTOC: Fiji (es-boe-a-2017-12946: "FIJI. 19-09-2017 ADHESIÓN. 19-10-2017 ENTRADA EN VIGOR")
    ("untoc", "FJI", "2017-09-19", "2017-09-18", "2017-10-19", "2017-10-18", "es-boe-a-2017-12946"),
    # Trafficking Protocol: the three parties between the counts of 2024-04-20 (182) and 2025-11-24 (185)
    ("untoc-tip", "SOM", "2025-03-25", "2025-03-24", "2025-04-24", "2025-04-23", "es-boe-a-2025-26356"),
    ("untoc-tip", "SSD", "2025-04-09", "2025-04-08", "2025-05-09", "2025-05-08", "es-boe-a-2025-26356"),
    ("untoc-tip", "MHL", "2025-04-17", "2025-04-16", "2025-05-17", "2025-05-16", "es-boe-a-2025-26356"),
    # Trafficking Protocol: days where the rows had a month or nothing
    ("untoc-tip", "BGD", "2019-09-12", "2019-09-11", "2019-10-12", "2019-10-11", "es-boe-a-2019-16073"),
    ("untoc-tip", "BRN", "2020-03-30", "2020-03-29", "2020-04-29", "2020-04-28", "es-boe-a-2020-5834"),
    ("untoc-tip", "NPL", "2020-06-16", "2020-06-15", "2020-07-16", "2020-07-15", "es-boe-a-2020-13299"),
    ("untoc-tip", "COM", "2020-06-23", "2020-06-22", "2020-07-23", "2020-07-22", "es-boe-a-2020-13299"),
    ("untoc-tip", "AND", "2022-09-21", "2022-09-20", "2022-10-21", "2022-10-20", "es-boe-a-2023-1776"),
    ("untoc-tip", "PAK", "2022-11-04", "2022-11-03", "2022-12-04", "2022-12-03", "es-boe-a-2023-1776"),
    # Uganda (signatory only before): the Trafficking Protocol's party of October 2020 to April 2024
    ("untoc-tip", "UGA", "2024-03-27", "2024-03-26", "2024-04-26", "2024-04-25", "es-boe-a-2024-7905-un"),
    ("untoc-som", "UGA", "2024-03-27", "2024-03-26", "2024-04-26", "2024-04-25", "es-boe-a-2024-7905-un"),
    # Smuggling Protocol: Chad (new) and Comoros (was undated)
    ("untoc-som", "TCD", "2022-09-23", "2022-09-22", "2022-10-23", "2022-10-22", "es-boe-a-2022-17523-un"),
    ("untoc-som", "COM", "2020-12-15", "2020-12-14", "2021-01-14", "2021-01-13", "es-boe-a-2021-1856"),
    # Firearms Protocol
    ("untoc-firearms", "SOM", "2025-03-25", "2025-03-24", "2025-04-24", "2025-04-23", "es-boe-a-2025-26356"),
    ("untoc-firearms", "SSD", "2025-04-09", "2025-04-08", "2025-05-09", "2025-05-08", "es-boe-a-2025-26356"),
    ("untoc-firearms", "SMR", "2025-05-15", "2025-05-14", "2025-06-14", "2025-06-13", "es-boe-a-2025-26356"),
    ("untoc-firearms", "FRA", "2019-02-28", "2019-02-27", "2019-03-30", "2019-03-29", "es-boe-a-2019-6480"),
    ("untoc-firearms", "BOL", "2020-09-01", "2020-08-31", "2020-10-01", "2020-09-30", "es-boe-a-2021-1856"),
    ("untoc-firearms", "DEU", "2021-10-14", "2021-10-13", "2021-11-13", "2021-11-12", "es-boe-a-2022-858"),
    ("untoc-firearms", "LUX", "2022-05-09", "2022-05-08", "2022-06-08", "2022-06-07", "es-boe-a-2022-12485"),
    # UNCAC
    ("uncac", "TON", "2020-02-06", "2020-02-05", "2020-03-07", "2020-03-06", "es-boe-a-2020-5834"),
    ("uncac", "SUR", "2021-11-18", "2021-11-17", "2021-12-18", "2021-12-17", "es-boe-a-2022-858"),
    ("uncac", "SSD", "2015-01-23", "2015-01-22", "2015-02-22", "2015-02-21", "es-boe-a-2015-4609"),
    ("uncac", "GMB", "2015-07-08", "2015-07-07", "2015-08-07", "2015-08-06", "es-boe-a-2015-8472"),
    # ICSFT: The Gambia (was undated), Lebanon and Iran (new rows)
    ("icsft", "GMB", "2015-07-08", "2015-07-07", "2015-08-07", "2015-08-06", "es-boe-a-2015-8472"),
    ("icsft", "LBN", "2019-08-29", "2019-08-28", "2019-09-28", "2019-09-27", "es-boe-a-2019-16073"),
    ("icsft", "IRN", "2025-10-29", "2025-10-28", "2025-11-28", "2025-11-27", "es-boe-a-2025-26356"),
]


@pytest.mark.parametrize("iid, country, deposit, day_before, in_force, day_before_force, source", ACTS)
def test_deposit_day_from_the_boe_list(iid, country, deposit, day_before, in_force, day_before_force, source):
    consent_then_bound(iid, country, deposit, day_before, in_force, day_before_force)
    assert source in party(iid, country, in_force)["sources"].split()


def test_palestine_bound_by_untoc_from_its_stated_entry_into_force():
    """Palestine's communications of 2015-02-06, circulated by the depositary and printed in BOE-A-2015-4609:
    the Convention "entró en vigor el 1 de febrero de 2015" for it; the deposit day stays unwritten."""
    bound = party("untoc", "PSE", "2015-02-01")
    assert bound is not None and bound["state"] == "bound" and bound["in_force"] == "2015-02-01"
    # Round 15: the deposit day, 2015-01-02, from es-boe-a-2015-1014-un ("PALESTINA. 02-01-2015 ADHESIÓN")
    assert bound["consent"] == "2015-01-02"
    assert "es-boe-a-2015-4609" in bound["sources"].split()
    before = party("untoc", "PSE", "2015-01-31")
    assert before is None or before["state"] != "bound"


@pytest.mark.parametrize("objector", ["united states", "canada", "israel"])
def test_no_treaty_relations_with_palestine_under_untoc(objector):
    """The communications of 2015-01-16 of the United States, Canada and Israel (BOE-A-2015-4609): no treaty
    relations with the State of Palestine under the Convention. France made none: there it is shared."""
    rows = link_rows(objector, "palestine", "2016-01-01", "mla")
    assert rows["untoc"]["section"] == "displaced"
    assert "2015-01-16" in " ".join(rows["untoc"]["qualifications"])
    assert link_rows("france", "palestine", "2016-01-01", "mla")["untoc"]["section"] == "shared"


def test_iran_decides_case_by_case_on_extradition_and_mla_under_untoc():
    """Iran's reservation with its ratification of 2025-08-06 (BOE-A-2025-26356): it "decidirá, caso por caso,
    sobre la aplicación de los artículos 15, 16 y 18"; quoted from the day the Convention binds the pair."""
    quoted = qualifications("iran", "spain", "2025-09-05", "untoc", "extradition")
    assert any("caso por caso" in q for q in quoted)
    assert "untoc" not in {k for k, r in link_rows("iran", "spain", "2025-09-04", "extradition").items()
                           if r["section"] == "shared"}


def test_bhutan_not_bound_by_untoc_art_16_4():
    """Bhutan's reservation to arts. 16(4) and 35(2) of UNTOC (BOE-A-2023-10871), quoted from 2023-03-22."""
    quoted = qualifications("bhutan", "india", "2023-03-22", "untoc", "extradition")
    assert any("Artículo 16, Sección 4" in q for q in quoted)


def test_trafficking_protocol_table_matches_the_secretary_generals_185():
    """With Somalia, South Sudan, the Marshall Islands (BOE-A-2025-26356) and Uganda (BOE-A-2024-7905) the
    table has the 185 parties the Secretary-General stated on 2025-11-24 (un-sgsm-22926-2025)."""
    assert coverage("untoc-tip").startswith("185 of 185 stated by un-sgsm-22926-2025")
