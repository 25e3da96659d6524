"""Scenario tests on the shipped data: round-11 facts for the United Nations conventions.

Each expectation names its source: unodc-eaf-2020-comoros-tip (UNODC Eastern Africa, Moroni, 23 July 2020: Comoros
"has today become the 179th State Party" to the Trafficking Protocol); smrtv-2025-smr-uncac and
insider-sm-2025-smr-uncac (San Marino's Secretary of State for Foreign Affairs at the Doha Conference of the States
Parties to UNCAC, 2025-12-15: the instrument was deposited at UN Headquarters on 2025-09-25); unodc-2025-cosp11
(UNODC: "As of October 2025 ... 192 Parties").
"""

from __future__ import annotations

from .scenario import coverage, parties_answer, party


def test_comoros_bound_by_the_trafficking_protocol_from_23_july_2020():
    """unodc-eaf-2020-comoros-tip and inview-untoc-tip-parties: a party from 2020-07-23, not the day before; the
    deposit day, 2020-06-23, is in the Spanish treaty list es-boe-a-2020-13299 (round 13)."""
    assert party("untoc-tip", "COM", "2020-07-22")["state"] == "consent-pending"
    row = party("untoc-tip", "COM", "2020-07-23")
    assert row is not None and row["state"] == "bound" and row["in_force"] == "2020-07-23"
    assert row["consent"] == "2020-06-23"
    assert "unodc-eaf-2020-comoros-tip" in row["sources"]


def test_san_marino_joined_uncac_on_25_september_2025():
    """smrtv-2025-smr-uncac: deposit at UN Headquarters on 2025-09-25; not a signatory (zmjones-untc-2014-xviii), so
    an accession in the depositary's terms; bound 30 days later (art. 68(2)), and not before the deposit."""
    assert party("uncac", "SMR", "2025-09-24") is None
    row = party("uncac", "SMR", "2025-12-01")
    assert row is not None and row["state"] == "bound" and row["act"] == "accession"
    assert row["consent"] == "2025-09-25" and row["in_force"] == "2025-10-25"
    assert "smrtv-2025-smr-uncac" in row["sources"]


def test_uncac_table_reaches_unodcs_192_of_october_2025():
    """unodc-2025-cosp11: 192 Parties as of October 2025; with San Marino the table counts 192 at the end of that
    month, and the coverage line no longer reports a shortfall."""
    out = parties_answer("uncac", "2025-10-31")
    assert len([r for r in out["results"] if r["state"] == "bound"]) == 192
    assert coverage("uncac").startswith("192 of 192 stated by unodc-2025-cosp11")


def test_south_sudan_outside_the_trafficking_and_firearms_protocols_in_mid_2024():
    """eyeradio-2024-ssd-untoc-protocols (Council of Ministers, 2024-04-05) and newsportalnp-2024-ssd-untoc-protocols
    (the Protocols laid before the Transitional National Legislative Assembly on 2024-07-01): not a party to either
    Protocol then; round 13 found its accessions of 2025-04-09 (the Spanish treaty list es-boe-a-2025-26356), so the
    answer now says so on any day before it."""
    from .scenario import answer
    for day in ("2024-07-01", "2024-08-01"):
        rows = {r["instrument"]["id"]: r for r in answer("channels", "SSD", "--as-of", day)["results"]}
        for iid in ("untoc-tip", "untoc-firearms"):
            assert rows[iid]["section"] == "unusable" and rows[iid]["state"] == "not-party"
            assert rows[iid]["reason"] == "joined later (accession 2025-04-09)"


def test_south_sudan_smuggling_protocol_deposit_keeps_its_day():
    """at-bgbl-2025-57: accession deposited 2025-04-09; the domestic steps of 2024 are named beside it, and it is not
    a party the day before."""
    row = party("untoc-som", "SSD", "2025-05-10")
    assert row is not None and row["state"] == "bound" and row["consent"] == "2025-04-09"
    assert "eyeradio-2024-ssd-untoc-protocols" in row["sources"]
    before = party("untoc-som", "SSD", "2025-04-08")
    assert before is None or before["state"] != "bound"


def test_bhutan_trafficking_protocol_in_force_22_march_2023_per_its_foreign_ministry():
    """mfa-bt-2023 (Bhutan's Ministry of Foreign Affairs, 2023-03-23): in force for Bhutan on 2023-03-22, as
    inview-untoc-tip-parties says; UNODC's accession day 2023-02-20 (unodc-sa-2023-bhutan) is kept."""
    row = party("untoc-tip", "BTN", "2023-03-22")
    assert row is not None and row["state"] == "bound"
    assert row["consent"] == "2023-02-20" and row["in_force"] == "2023-03-22"
    assert "mfa-bt-2023" in row["sources"]


def test_bangladesh_joined_the_trafficking_protocol_in_september_2019():
    """bdun-2020-bgd-tip: "Last September, we joined the Palermo Protocol" (2020-07-30): the Government's own
    statement stays among the row's sources beside the day, 2019-09-12, of the Spanish treaty list (round 13)."""
    row = party("untoc-tip", "BGD", "2019-12-01")
    assert row is not None and row["state"] == "bound" and row["consent"] == "2019-09-12"
    assert "bdun-2020-bgd-tip" in row["sources"]
