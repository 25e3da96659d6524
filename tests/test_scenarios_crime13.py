"""Round-13 scenarios for the Council of Europe crime conventions (ETS 141, 173, 185, CETS 197, 198).

The new days come from the Spanish official gazette (BOE), read in full in the GitHub mirror of the BOE
legalize-dev/legalize-es: the lists of States parties it prints with Spain's instruments of ratification
(BOE-A-2010-12135 for ETS 173, BOE-A-2010-10146 for CETS 198) and its periodic lists of the treaty
communications Spain receives (resolutions under art. 32 of Decree 801/1972 and art. 24.2 of Law 25/2014).
Each test names the source key of the answer it expects; the helpers are in tests/scenario.py.
"""

from __future__ import annotations

import pytest

from .scenario import consent_then_bound, csv_rows, party, qualifications

DEPOSITS = [
    # (instrument, country, deposit, day before, in force, day before entry into force, source key)
    # es-boe-2010-12135-partes: "Rusia 27-01-1999 | 04-10-2006 R | 01-02-2007" (was the year 2006 only)
    ("ets-173", "RUS", "2006-10-04", "2006-10-03", "2007-02-01", "2007-01-31", "es-boe-2010-12135-partes"),
    # es-boe-2010-12135-partes: "Ucrania 27-01-1999 | 27-11-2009 R | 01-03-2010" (was undated)
    ("ets-173", "UKR", "2009-11-27", "2009-11-26", "2010-03-01", "2010-02-28", "es-boe-2010-12135-partes"),
    # es-boe-2010-10146-partes: the BOE's list of States parties of CETS 198 (2010-06-26)
    ("cets-198", "ROU", "2007-02-21", "2007-02-20", "2008-05-01", "2008-04-30", "es-boe-2010-10146-partes"),
    ("cets-198", "SRB", "2009-04-14", "2009-04-13", "2009-08-01", "2009-07-31", "es-boe-2010-10146-partes"),
    ("cets-198", "ESP", "2010-03-26", "2010-03-25", "2010-07-01", "2010-06-30", "es-boe-2010-10146-partes"),
    ("cets-198", "SVN", "2010-04-26", "2010-04-25", "2010-08-01", "2010-07-31", "es-boe-2010-10146-partes"),
    # the BOE's lists of treaty communications
    ("cets-198", "BGR", "2013-02-25", "2013-02-24", "2013-06-01", "2013-05-31", "es-boe-2013-5995"),
    ("cets-198", "GEO", "2014-01-10", "2014-01-09", "2014-05-01", "2014-04-30", "es-boe-2014-7288"),
    ("cets-198", "TUR", "2016-05-02", "2016-05-01", "2016-09-01", "2016-08-31", "es-boe-2016-6994"),
    ("cets-198", "AZE", "2017-08-09", "2017-08-08", "2017-12-01", "2017-11-30", "es-boe-2017-12946"),
    ("cets-198", "GRC", "2017-11-07", "2017-11-06", "2018-03-01", "2018-02-28", "es-boe-2018-1680"),
    ("cets-198", "EST", "2022-09-01", "2022-08-31", "2023-01-01", "2022-12-31", "es-boe-2022-17523"),
    # es-boe-2013-1184: "LITUANIA. RATIFICACIÓN. 26-07-2012. ENTRADA EN VIGOR. 01-11-2012." (CETS 197; was undated)
    ("cets-197", "LTU", "2012-07-26", "2012-07-25", "2012-11-01", "2012-10-31", "es-boe-2013-1184"),
    # es-boe-2026-15456: "PAPUA NUEVA GUINEA. Adhesión: 06-05-2026. Entrada en vigor: 01-09-2026."
    ("ets-185", "PNG", "2026-05-06", "2026-05-05", "2026-09-01", "2026-08-31", "es-boe-2026-15456"),
]


@pytest.mark.parametrize("iid, country, deposit, day_before, in_force, day_before_force, source", DEPOSITS)
def test_deposit_day_from_the_spanish_official_gazette(iid, country, deposit, day_before, in_force,
                                                       day_before_force, source):
    consent_then_bound(iid, country, deposit, day_before, in_force, day_before_force)
    assert source in party(iid, country, in_force)["sources"].split()


def test_papua_new_guinea_is_the_82nd_budapest_party_after_the_chart():
    # coe-185-chart-2026 counts 81 parties on 2026-04-25; es-boe-2026-15456: Papua New Guinea acceded on
    # 2026-05-06, in force 2026-09-01 (an accession: never a signatory before).
    assert party("ets-185", "PNG", "2026-04-25") is None
    bound = [r for r in csv_rows("parties", "ets-185", "--as-of", "2026-08-31") if r["state"] == "bound"]
    assert len(bound) == 81 and "PNG" not in {r["country"] for r in bound}
    bound = [r for r in csv_rows("parties", "ets-185", "--as-of", "2026-09-01") if r["state"] == "bound"]
    assert len(bound) == 82 and "PNG" in {r["country"] for r in bound}
    assert party("ets-185", "PNG", "2026-09-01")["act"] == "accession"


def test_signatures_from_the_boe_lists_of_states_parties():
    # es-boe-2010-12135-partes: Sweden signed ETS 173 on 27-01-1999, Monaco signed and ratified on 19-03-2007;
    # es-boe-2010-10146-partes: Slovenia signed CETS 198 on 28-03-2007, Romania and Serbia on 16-05-2005.
    assert party("ets-173", "SWE", "1999-01-26") is None
    assert party("ets-173", "SWE", "1999-01-27")["state"] == "signed-only"
    assert party("ets-173", "MCO", "2007-03-19")["signature"] == "2007-03-19"
    assert party("cets-198", "SVN", "2007-03-27") is None
    assert party("cets-198", "SVN", "2007-03-28")["state"] == "signed-only"
    for country in ("ROU", "SRB"):
        assert party("cets-198", country, "2005-05-15") is None
        assert party("cets-198", country, "2005-05-16")["state"] == "signed-only"


def test_poland_ets173_boe_day_is_a_conflict_beside_the_dutch_day(shipped):
    # nl-trb-2006-3 gives Poland's deposit as 2002-12-11; the BOE list (es-boe-2010-12135-partes) 12-12-2002.
    # The row keeps 2002-12-11: Poland's consent is pending on 2002-12-11 already.
    assert party("ets-173", "POL", "2002-12-10")["state"] == "signed-only"
    pending = party("ets-173", "POL", "2002-12-11")
    assert pending["state"] == "consent-pending" and pending["consent"] == "2002-12-11"
    row = next(r for r in shipped.instruments["ets-173"].parties if r.party == "POL")
    assert [(c.field, c.value, c.sources) for c in row.conflicts] == [
        ("date", "2002-12-12", ("es-boe-2010-12135-partes",))]


def test_australia_ets185_boe_entry_into_force_is_a_conflict(shipped):
    # coe-185-chart-2026: in force for Australia 2013-03-01; es-boe-2013-5995 prints 01-02-2013.
    assert party("ets-185", "AUS", "2013-02-28")["state"] == "consent-pending"
    assert party("ets-185", "AUS", "2013-03-01")["state"] == "bound"
    row = next(r for r in shipped.instruments["ets-185"].parties if r.party == "AUS")
    assert [(c.field, c.value, c.sources) for c in row.conflicts] == [
        ("entry_into_force", "2013-02-01", ("es-boe-2013-5995",))]


def test_belarus_ets173_denunciation_confirmed_by_the_boe():
    # es-boe-2024-7905: "BIELORRUSIA. 18-01-2024 DENUNCIA. 01-05-2024 EFECTOS".
    last = party("ets-173", "BLR", "2024-04-30")
    assert last["state"] == "bound" and "es-boe-2024-7905" in last["sources"].split()
    gone = party("ets-173", "BLR", "2024-05-01")
    assert gone is None or gone["state"] != "bound"


def test_sweden_withdrew_its_cets198_tax_reservation_on_2025_04_29():
    # es-boe-2025-26356: Sweden withdrew its reservation on art. 3(1) on 29-04-2025, with effect that day.
    def swedish_tax_reservation(day):
        return [q for q in qualifications("sweden", "germany", day, "cets-198", "mla")
                if q.startswith("Sweden (reservation, arts. 3(2), 53(1)")]
    assert len(swedish_tax_reservation("2025-04-28")) == 1
    assert swedish_tax_reservation("2025-04-29") == []
    other = [q for q in qualifications("sweden", "germany", "2025-04-29", "cets-198", "mla")
             if q.startswith("Sweden (reservation, art. 31(2)(b)")]
    assert len(other) == 1
