"""Round-13b scenarios for the Council of Europe crime conventions (CETS 197, CETS 198, ETS 173).

The new facts come from the Spanish official gazette (BOE), read in the GitHub mirror of the BOE
legalize-dev/legalize-es: its periodic lists of the treaty communications Spain receives (resolutions under
art. 24.2 of Law 25/2014). Each test names the source key of the answer it expects; the helpers are in
tests/scenario.py.
"""

from __future__ import annotations

from .scenario import consent_then_bound, csv_rows, party, qualifications


def test_lithuania_deposit_of_cets_198_from_the_boe_list_of_2020():
    # es-boe-2020-13299: "LITUANIA. 28-04-2020 RATIFICACIÓN. 01-08-2020 ENTRADA EN VIGOR" (was undated, the
    # entry into force only, from the Verdragenbank): signed on 2015-10-28, so signed-only the day before.
    assert party("cets-198", "LTU", "2020-04-27")["state"] == "signed-only"
    consent_then_bound("cets-198", "LTU", "2020-04-28", "2020-04-27", "2020-08-01", "2020-07-31")
    assert "es-boe-2020-13299" in party("cets-198", "LTU", "2020-08-01")["sources"].split()


def test_no_cets_198_party_after_estonia_in_the_boe_lists_of_2023_to_2026():
    # es-boe-2023-1776, es-boe-2023-26102, es-boe-2024-7905, es-boe-2025-14373, es-boe-2025-26356 and
    # es-boe-2026-15456 record only declarations, withdrawals and territorial extensions under CETS 198:
    # the 39 bound from Estonia's entry into force (2023-01-01) are still the 39 on 2026-06-30.
    def bound(day):
        return {r["country"] for r in csv_rows("parties", "cets-198", "--as-of", day) if r["state"] == "bound"}
    assert len(bound("2022-12-31")) == 38 and "EST" not in bound("2022-12-31")
    assert len(bound("2023-01-01")) == 39
    assert bound("2026-06-30") == bound("2023-01-01")


def test_the_cets_198_table_cites_the_boe_lists_that_show_no_new_party():
    # The table's sources name the four lists read in round 13b for CETS 198; a source missing from the data
    # fails the lookup below.
    rows = {r["key"]: r for r in csv_rows("sources", "cets-198")}
    for key in ("es-boe-2023-1776", "es-boe-2023-26102", "es-boe-2024-7905", "es-boe-2025-14373",
                "es-boe-2020-13299"):
        assert key in rows, key
    assert rows["es-boe-2025-14373"]["as_of"] == "2025-07-07"


def test_israel_accession_to_cets_197_dated_from_the_boe_list_of_july_2021():
    # es-boe-2021-12314: "ISRAEL. 28-05-2021 ADHESIÓN. 01-09-2021 ENTRADA EN VIGOR" (was the year 2021 only,
    # which left the row unplaceable inside 2021): not yet acceded the day before, pending until 2021-08-31.
    assert party("cets-197", "ISR", "2021-05-27") is None
    consent_then_bound("cets-197", "ISR", "2021-05-28", "2021-05-27", "2021-09-01", "2021-08-31")
    assert party("cets-197", "ISR", "2021-09-01")["act"] == "accession"
    assert "es-boe-2021-12314" in party("cets-197", "ISR", "2021-09-01")["sources"].split()


def test_israel_art_31_2_reservation_is_quoted_once_both_are_bound():
    # es-boe-2021-12314 quotes Israel's reservation not to apply art. 31(1)(d) or (e); Spain and Israel share the
    # Convention from Israel's entry into force, 2021-09-01, and link quotes the reservation on that basis.
    [quoted] = qualifications("ISR", "ESP", "2021-09-01", "cets-197", "all")
    assert quoted.startswith("Israel (reservation, art. 31(2), 2021-05-28)")
    assert "1.d o 1.e." in quoted


def test_belarus_cets_197_entry_into_force_stated_by_the_boe_list_of_january_2014():
    # es-boe-2014-588: "BELARÚS. 26-11-2013 ADHESIÓN. 01-03-2014 ENTRADA EN VIGOR" (the entry into force was
    # not stated before; the row's sources now name the list).
    consent_then_bound("cets-197", "BLR", "2013-11-26", "2013-11-25", "2014-03-01", "2014-02-28")
    assert "es-boe-2014-588" in party("cets-197", "BLR", "2014-03-01")["sources"].split()
