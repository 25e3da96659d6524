"""Round 14: new parties and official deposit days for the UN crime, drug and arms treaties, from Spain's
official lists of treaty communications.

The Boletín Oficial del Estado publishes, several times a year, the depositary notifications Spain's Ministry of
Foreign Affairs has received for the multilateral treaties Spain is party to: the State, its act and its day,
and the day of entry into force. Each list was read in the GitHub mirror legalize-dev/legalize-es and is its own
source key in data/instruments.yaml:

- es-boe-a-2026-7040-un (BOE-A-2026-7040, communications of 2025-12-01..2026-03-11): Qatar's accessions to the
  Smuggling and Firearms Protocols ("QATAR. Adhesión: 06-03-2026 ... Entrada en vigor: 05-04-2026") and
  Ecuador's to the Arms Trade Treaty ("ECUADOR. Adhesión: 25-02-2026. Entrada en vigor: 26-05-2026");
- es-boe-a-2019-10595-un (BOE-A-2019-10595, communications of about April to early July 2019): Palau's
  accessions to UNTOC (2019-05-13) and its three Protocols (2019-05-27), and Gabon's to the Smuggling Protocol
  (2019-05-10), the two parties the depositary's count of 152 (2024-04-26) includes and the table lacked;
- es-boe-a-2023-26102-un (BOE-A-2023-26102, communications up to 2023-12-07): South Sudan's accessions of
  2023-10-20 to UNTOC and the ICSFT (in force 2023-11-19) and to the 1988 Convention (in force 2024-01-18),
  rows that rested only on a news report before.

Every test below fails on the data before this round (the rows were absent, or did not cite the list).
"""

from __future__ import annotations

import pytest

from .scenario import consent_then_bound, parties, party

ACTS = [
    # (instrument, country, deposit, day before it, entry into force, day before that, the BOE list)
    # Smuggling Protocol: Qatar, after the depositary's count of 152 (2024-04-26)
    ("untoc-som", "QAT", "2026-03-06", "2026-03-05", "2026-04-05", "2026-04-04", "es-boe-a-2026-7040-un"),
    # Firearms Protocol: Qatar, after the count of 123 (2024-05-04)
    ("untoc-firearms", "QAT", "2026-03-06", "2026-03-05", "2026-04-05", "2026-04-04", "es-boe-a-2026-7040-un"),
    # Arms Trade Treaty: Ecuador, after the depositary's count of 117 (2026-02-03); 90th day, art. 22(2)
    ("att", "ECU", "2026-02-25", "2026-02-24", "2026-05-26", "2026-05-25", "es-boe-a-2026-7040-un"),
    # South Sudan's three accessions at UN Headquarters on 2023-10-20
    ("untoc", "SSD", "2023-10-20", "2023-10-19", "2023-11-19", "2023-11-18", "es-boe-a-2023-26102-un"),
    ("icsft", "SSD", "2023-10-20", "2023-10-19", "2023-11-19", "2023-11-18", "es-boe-a-2023-26102-un"),
    ("drugs-1988", "SSD", "2023-10-20", "2023-10-19", "2024-01-18", "2024-01-17", "es-boe-a-2023-26102-un"),
    # Palau (BOE-A-2019-10595): the Convention on 2019-05-13, its three Protocols on 2019-05-27
    ("untoc", "PLW", "2019-05-13", "2019-05-12", "2019-06-12", "2019-06-11", "es-boe-a-2019-10595-un"),
    ("untoc-tip", "PLW", "2019-05-27", "2019-05-26", "2019-06-26", "2019-06-25", "es-boe-a-2019-10595-un"),
    ("untoc-som", "PLW", "2019-05-27", "2019-05-26", "2019-06-26", "2019-06-25", "es-boe-a-2019-10595-un"),
    ("untoc-firearms", "PLW", "2019-05-27", "2019-05-26", "2019-06-26", "2019-06-25", "es-boe-a-2019-10595-un"),
    # UNTOC rows that rested on news reports, now confirmed with their entries into force
    ("untoc", "KOR", "2015-11-05", "2015-11-04", "2015-12-05", "2015-12-04", "es-boe-a-2016-819-un"),
    ("untoc", "JPN", "2017-07-11", "2017-07-10", "2017-08-10", "2017-08-09", "es-boe-a-2017-8752-un"),
    # Gabon's accession to the Smuggling Protocol (a non-party row before)
    ("untoc-som", "GAB", "2019-05-10", "2019-05-09", "2019-06-09", "2019-06-08", "es-boe-a-2019-10595-un"),
]


@pytest.mark.parametrize("iid, country, deposit, day_before, in_force, day_before_force, source", ACTS)
def test_deposit_day_from_the_boe_list(iid, country, deposit, day_before, in_force, day_before_force, source):
    consent_then_bound(iid, country, deposit, day_before, in_force, day_before_force)
    assert source in party(iid, country, in_force)["sources"].split()


def test_qatar_bound_by_the_smuggling_protocol_with_the_convention():
    """Qatar acceded to UNTOC in 2008; from 2026-04-05 (es-boe-a-2026-7040-un) the Protocol, which binds a pair
    only together with the Convention (art. 1), is in force for it, and not the day before."""
    assert parties("untoc", "2026-04-04")["QAT"]["state"] == "bound"
    assert parties("untoc-som", "2026-04-04").get("QAT", {}).get("state") != "bound"
    assert parties("untoc-som", "2026-04-05")["QAT"]["state"] == "bound"


def test_south_sudan_joined_the_1988_convention_only_of_the_drug_treaties():
    """The 2023 list (es-boe-a-2023-26102-un, section D.A) records South Sudan's accession to the 1988
    Convention alone: bound by it from 2024-01-18, by neither the 1961 nor the 1971 Convention."""
    bound = party("drugs-1988", "SSD", "2024-01-18")
    assert bound["state"] == "bound" and "es-boe-a-2023-26102-un" in bound["sources"].split()
    for iid in ("drugs-1961", "drugs-1961-amended", "drugs-1971"):
        assert party(iid, "SSD", "2024-01-18") is None


def test_smuggling_protocol_count_matches_the_depositary_on_2024_04_26():
    """The UNTC status page of 2024-04-26 (untc-xviii12b-2024) counts 152 parties; with Gabon and Palau the
    table has exactly 152 bound that day (150 before this round)."""
    bound = [c for c, r in parties("untoc-som", "2024-04-26").items() if r["state"] == "bound"]
    assert len(bound) == 152 and {"GAB", "PLW"} <= set(bound)


def test_gabon_smuggling_protocol_keeps_the_austrian_day_as_a_conflict():
    """BGBl. III Nr. 117/2010 (at-bgbl-2010-117-som) gave 2010-09-22; the row keeps the 2019 accession the
    depositary notified (es-boe-a-2019-10595-un), so Gabon is no party in 2015."""
    assert party("untoc-som", "GAB", "2015-01-01") is None
    assert party("untoc-som", "GAB", "2019-06-09")["state"] == "bound"
