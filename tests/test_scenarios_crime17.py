"""Round-17 scenarios for the Second Additional Protocol to the Budapest Convention (CETS 224), new in the data.

Sources: the Dutch treaty database's party table in two copies (nl-013833-parties-2025, of late 2025, and
nl-013833-parties-2026, of 2026-02-05 or later), the Council of Europe's cybercrime news of 2024-06-20
(coe-cyber-2024-06-20-t-cy30) and of 2022-11-30 (coe-cyber-2022-11-30-signatures), and Hungary's Act CIX of 2025
(hu-law-2025-109-cets224) with its explanatory memorandum (hu-indokolas-2025-109-cets224). The Protocol is not in
force, so a ratification leaves the State "consent-pending", never bound; each test asks the day before the act and
the day of it. Helpers are in tests/scenario.py.
"""

from __future__ import annotations

from .scenario import answer, coverage, day_before, link_rows, parties_answer, party


def _consent_on(country: str, signed: str, deposit: str) -> None:
    """Signed only the day before the deposit, consent pending (the Protocol not in force) from it."""
    before = party("cets-224", country, day_before(deposit))
    assert before is not None and before["state"] == "signed-only" and before["signature"] == signed
    on = party("cets-224", country, deposit)
    assert on is not None and on["state"] == "consent-pending"
    assert (on["act"], on["consent"], on["in_force"]) == ("ratification", deposit, "")


def test_the_protocol_is_not_in_force():
    # coe-cyber-2022-11-30-signatures: "The Protocol ... (CETS 224) will enter into force once five States will have
    # ratified it"; nl-013833-parties-2026 gives no entry into force for any party (three ratifications).
    [inst] = answer("show", "cets-224")["results"]
    assert inst["entry_into_force"] is None and inst["parent"] == "ets-185"
    # hu-indokolas-2025-109-cets224: "Az Európa Tanács Miniszteri Bizottsága 2021. november 17-én elfogadta ..."
    assert inst["adopted"] == "2021-11-17"


def test_serbia_ratified_first_2023_02_09():
    # nl-013833-parties-2025 and -2026: "Serbia | 12-05-2022 | 09-02-2023 (R)"
    _consent_on("SRB", "2022-05-12", "2023-02-09")


def test_japan_ratified_2023_08_10():
    # nl-013833-parties-2025 and -2026: "Japan | 12-05-2022 | 10-08-2023 (R)"
    _consent_on("JPN", "2022-05-12", "2023-08-10")


def test_hungary_ratified_2026_02_05():
    # nl-013833-parties-2026: "Hungary | 28-06-2023 | 05-02-2026 (R)"; the copy of late 2025 (nl-013833-parties-2025)
    # still has "Hungary 28-06-2023" only. Act CIX of 2025 authorised the recognition of the binding force.
    _consent_on("HUN", "2023-06-28", "2026-02-05")


def test_the_count_the_depositary_stated_on_2024_06_20():
    # coe-cyber-2024-06-20-t-cy30: "With these, 44 States have signed it, and an additional 2 are already Parties."
    out = parties_answer("cets-224", "2024-06-20")
    assert (out["count"], out["signatories"]) == (2, 44)
    assert sorted(r["country"] for r in out["results"]) == ["JPN", "SRB"]
    # Czechia's and Sierra Leone's signatures of that day ("Czechia and Sierra Leone signed ... CETS 224") are the
    # 43rd and 44th: the day before there were 42
    assert parties_answer("cets-224", "2024-06-19")["signatories"] == 42


def test_three_ratifications_from_2026_02_05():
    # nl-013833-parties-2026: Hungary's, Japan's and Serbia's are the only ratifications in the table
    assert parties_answer("cets-224", "2026-02-04")["count"] == 2
    assert sorted(r["country"] for r in parties_answer("cets-224", "2026-02-05")["results"]) == ["HUN", "JPN", "SRB"]


def test_bosnia_and_herzegovina_signed_2025_11_14():
    # nl-013833-parties-2025 and -2026: "Bosnia and Herzegovina | 14-11-2025"
    assert party("cets-224", "BIH", "2025-11-13") is None
    row = party("cets-224", "BIH", "2025-11-14")
    assert row is not None and row["state"] == "signed-only" and row["signature"] == "2025-11-14"


def test_hungary_and_serbia_are_not_linked_by_the_protocol_while_it_is_not_in_force():
    # Both ratified (nl-013833-parties-2026), but the Protocol is not in force: no shared basis, both pending
    rows = link_rows("HUN", "SRB", "2026-02-05", "mla")
    row = rows["cets-224"]
    assert row["section"] != "shared" and row["linked_since"] is None
    assert (row["a"]["state"], row["b"]["state"]) == ("consent-pending", "consent-pending")
    # the day before, Hungary had only signed
    assert link_rows("HUN", "SRB", "2026-02-04", "mla")["cets-224"]["a"]["state"] == "signed-only"


def test_hungary_signature_conflict_is_recorded_beside_the_depositary_value():
    # hu-indokolas-2025-109-cets224: "... végleges megállapítására 2022. június 28-án került sor"; the Verdragenbank
    # (relaying the depositary) gives 28-06-2023, which the row keeps.
    row = party("cets-224", "HUN", "2026-02-05")
    assert row is not None and row["signature"] == "2023-06-28"
    assert party("cets-224", "HUN", "2023-06-27") is None


def test_the_budapest_convention_lists_its_second_protocol_and_the_count_holds_on_its_date():
    # coe-cyber-2024-06-20-t-cy30 names the Protocol "Second Additional Protocol to the Convention on Cybercrime ...
    # (CETS 224)"; its count, "an additional 2 are already Parties", is met by the table on that day
    [conv] = answer("show", "ets-185")["results"]
    assert "cets-224" in conv["protocols"]
    assert coverage("cets-224") == "2 of 2 stated by coe-cyber-2024-06-20-t-cy30 as of 2024-06-20"
