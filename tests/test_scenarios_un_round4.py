"""Scenario tests on the shipped data: UN tables refreshed in round 4 of issue 12.

Each test names the source of its expected answer (the source keys are defined in
data/instruments.yaml). Dates sit on both sides of the boundary each fact sets.
"""

from __future__ import annotations

import json

import pytest

from tests.conftest import invoke
from tests.scenario import consent_then_bound, coverage, link_rows, party

# --- 1988 Convention: South Sudan ------------------------------------------------------------
# Source: onecitizen-2023-ssd (the ceremony at UN Headquarters on Friday 2023-10-20, the
# depositary confirming the act of that day; the Convention was closed for signature in 1989,
# so the act is an accession), in force 90 days later under art. 29(2).

def test_south_sudan_acceded_to_the_1988_convention_on_2023_10_20():
    assert party("drugs-1988", "SSD", "2023-10-19") is None
    pending = party("drugs-1988", "SSD", "2023-10-20")
    assert pending["state"] == "consent-pending"
    assert pending["consent"] == "2023-10-20"
    bound = party("drugs-1988", "SSD", "2024-01-18")
    assert bound["state"] == "bound"
    assert bound["in_force"] == "2024-01-18"


# --- Trafficking in Persons Protocol: the count -----------------------------------------------
# Source: un-sgsm-22926-2025 (the Secretary-General's remarks of 2025-11-24: "185 States Parties").

def test_trafficking_protocol_counted_against_the_secretary_generals_185():
    # round 13 dated Somalia's and the other undated rows and added the four missing parties (Somalia, South Sudan,
    # the Marshall Islands, Uganda) from the Spanish treaty lists: the table adds up to the 185
    assert coverage("untoc-tip") == "185 of 185 stated by un-sgsm-22926-2025 as of 2025-11-24"


# --- Firearms Protocol: China's ratification --------------------------------------------------
# Sources: hkcna-2023-chn-firearms (Permanent Representative Zhang Jun deposited China's instrument of
# ratification on 2023-12-19, New York time), inview-untoc-firearms-parties (in force for China on
# 2024-01-18, the 30th day after it under art. 18(2)); untc-xml-2018-xviii (signed 2002-12-09).

def test_china_ratified_the_firearms_protocol_on_2023_12_19():
    consent_then_bound("untoc-firearms", "CHN", "2023-12-19", "2023-12-18", "2024-01-18", "2024-01-17")
    assert party("untoc-firearms", "CHN", "2023-12-18")["signature"] == "2002-12-09"


def test_chinas_firearms_reservation_on_dispute_settlement_is_quoted_from_the_deposit():
    """npc-2023-chn-firearms: the NPC Standing Committee's decision of 2023-10-24 declares China not bound by
    art. 16(2); link quotes it for China and France (bound since 2019-03-30) once China is bound."""
    quals = link_rows("CHN", "FRA", "2024-01-18")["untoc-firearms"]["qualifications"]
    assert quals[0] == ("China (reservation, art. 16(2), 2023-12-19): \"The People's Republic of China is not bound by "
                        "paragraph 2 of Article 16 of the Firearms Protocol.\"")
    assert "untoc-firearms" not in link_rows("CHN", "FRA", "2024-01-17", section="shared")


# --- Somalia: the accession signed in Mogadishu on 2024-11-23 ------------------------------------
# Source: goobjoog-2024-som-untoc (the Foreign Minister signed Somalia's accession to "UNTOC and its
# protocols" on Saturday 2024-11-23); no deposit day is known for the Convention, the Trafficking or the
# Firearms Protocol, so each row is undated; the rows are absent the day before the ceremony, and uncertain
# after it: the reports show the instruments signed, not deposited, so no day is known by which they were.

@pytest.mark.parametrize("iid", ["untoc", "untoc-tip", "untoc-firearms"])
def test_somalia_had_not_acceded_the_day_before_its_ceremony(iid):
    assert party(iid, "SOM", "2024-11-22") is None


@pytest.mark.parametrize("iid", ["untoc", "untoc-tip", "untoc-firearms"])
def test_somalia_deposited_on_2025_03_25_bound_thirty_days_later(iid):
    # round 13: the Spanish treaty list es-boe-a-2025-26356 gives the deposit of all three instruments on 2025-03-25,
    # the day the Austrian gazette gives for the Smuggling Protocol (below): uncertain no more after the ceremony
    assert party(iid, "SOM", "2025-03-24") is None
    consent_then_bound(iid, "SOM", "2025-03-25", "2025-03-24", "2025-04-24", "2025-04-23")
    row = party(iid, "SOM", "2025-06-01")
    assert row["act"] == "accession" and "es-boe-a-2025-26356" in row["sources"].split()


def test_somalias_smuggling_protocol_accession_keeps_the_austrian_gazettes_day():
    """at-bgbl-2025-57: Somalia's instrument of accession to the Smuggling Protocol deposited on 2025-03-25."""
    assert party("untoc-som", "SOM", "2025-03-24") is None
    assert party("untoc-som", "SOM", "2025-03-25")["consent"] == "2025-03-25"


# --- UN Convention against Cybercrime: the United Kingdom ---------------------------------------
# Source: fcdo-2025-uk-cybercrime-statement (the Foreign Office's release of 2025-10-27: the UK national
# statement at the Hanoi ceremony of 25-26 October 2025, "the United Kingdom has signed the Convention here").

def test_the_united_kingdom_signed_the_cybercrime_convention_at_hanoi_on_an_unstated_day():
    row = party("cybercrime-2024", "GBR", "2025-10-27")
    assert row["state"] == "signed-only" and row["signature"] == ""
    assert row["sources"].split()[0] == "fcdo-2025-uk-cybercrime-statement"


def test_the_united_kingdom_had_not_signed_before_signature_opened():
    # untc-xviii16-2025: the Convention opened for signature at Hanoi on 2025-10-25 (art. 64), the row's
    # not_before; an undated signature is no signature on an earlier day
    assert party("cybercrime-2024", "GBR", "2025-10-24") is None
    rows = json.loads(invoke("ratified", "united kingdom", "--as-of", "2025-10-24", "--format", "json").stdout)
    assert "cybercrime-2024" not in {r["instrument"]["id"] for r in rows["results"]}
