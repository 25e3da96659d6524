"""Round 21's sourced scenarios of helper dnc21: bilateral treaties that ended, may have ended, or were denounced
and kept.

- Honduras gave notice on 2024-08-28 ending its extradition treaty with the United States (Foreign Ministry's note
  111-DGAJTC-2024, dnc21-emisorasunidas-2024-08-29-hnd-usa), to end on 2025-02-28 (dnc21-elheraldo-2025-02-csj-hnd-usa);
  on 2025-02-18 the two governments kept it in force to 2026-01-27 (dnc21-proceso-2025-02-18-hnd-usa), and on
  2026-01-10 the President withdrew the denunciation (dnc21-elheraldo-2026-01-10-hnd-usa): it never took effect, so
  the convention of 1909 stays in force on every one of those days and after.
- Latvia's law denouncing its legal assistance treaty of 1993 with Russia (in force 1995-03-28,
  dnc21-juristavards-2023-09-lva-rus-1993) entered into force on 2024-02-03 (dnc21-lvportals-2024-01-29-lva-rus-1993);
  no source gives the day the treaty ceased to apply: "uncertain" from 2024-02-03, never "ended".
- Russia ordered the end of its law-enforcement agreement of 2002 with the United States on 2013-01-28 and notified
  Washington (dnc21-asiaplus-2013-01-30-rus-usa, dnc21-regnum-2013-01-31-rus-usa); the day it took effect is not found.
"""

from __future__ import annotations

from .scenario import agreement, agreement_may_have_ended_from, answer, bilateral, csv_rows, day_before, sides

_HND_1909 = "bilateral-hnd-usa-1909-extradition"
_HND_1927 = "bilateral-hnd-usa-1927-extradition-supplementary"
_HND_WITHDRAWAL = "dnc21-elheraldo-2026-01-10-hnd-usa"
_HND_NOTE = "dnc21-emisorasunidas-2024-08-29-hnd-usa"
_HND_POSTPONED = "dnc21-proceso-2025-02-18-hnd-usa"

_LVA = "bilateral-lva-rus-1993-legal-assistance"
_LVA_LAW = "dnc21-lvportals-2024-01-29-lva-rus-1993"
_LVA_SIGNED = "dnc21-juristavards-2023-09-lva-rus-1993"

_RUS_USA = "bilateral-rus-usa-2002-law-enforcement"
_RUS_USA_ORDER = "dnc21-asiaplus-2013-01-30-rus-usa"


# Honduras - United States: the denunciation of 2024-08-28 never took effect (withdrawn on 2026-01-10).

def test_honduras_us_extradition_in_force_on_both_sides_of_every_day_the_denunciation_set():
    # dnc21-emisorasunidas-2024-08-29-hnd-usa (notice 2024-08-28), dnc21-elheraldo-2025-02-csj-hnd-usa (to end on
    # 2025-02-28), dnc21-proceso-2025-02-18-hnd-usa (kept to 2026-01-27), dnc21-elheraldo-2026-01-10-hnd-usa (withdrawn)
    for day in ("2024-08-27", "2024-08-28", "2025-02-27", "2025-02-28", "2026-01-09", "2026-01-10",
                "2026-01-26", "2026-01-27", "2026-12-02"):
        row = agreement("honduras", "united states", _HND_1909, day, "extradition")
        assert sides(row) == ("bound", "bound"), day
        assert row["a"]["reason"] == "in force since 1912-07-10", day
        assert {_HND_NOTE, _HND_POSTPONED, _HND_WITHDRAWAL} <= set(row["sources"])


def test_honduras_us_extradition_records_no_end_and_names_the_withdrawal():
    [row] = answer("show", _HND_1909)["results"]
    assert row.get("terminated") is None
    assert row.get("may_have_ended") is None
    assert "withdrew the denunciation" in row["note"]
    assert _HND_WITHDRAWAL in row["sources"]
    [supp] = answer("show", _HND_1927)["results"]
    assert supp.get("terminated") is None and supp.get("may_have_ended") is None
    assert _HND_WITHDRAWAL in supp["sources"]


def test_honduras_us_supplementary_convention_signed_1927_in_force_from_1928_07_05_and_kept_through_the_denunciation():
    # frus-1927-v03-d125-hnd-usa: signed 1927-02-21; dnc21-proceso-2025-12-27-hnd-usa: 'entró en vigor el 5 de julio
    # de 1928' (a press source); the withdrawn denunciation changes nothing
    assert _HND_1927 not in bilateral("united states", "honduras", "--as-of", "1927-02-20", "--for", "extradition")
    signed = agreement("united states", "honduras", _HND_1927, "1927-02-21", "extradition")
    assert sides(signed) == ("consent-pending", "consent-pending")
    assert agreement("honduras", "united states", _HND_1927, "1928-07-04", "extradition")["a"]["state"] == \
        "consent-pending"
    for day in ("1928-07-05", "2025-02-28", "2026-01-27", "2026-12-02"):
        row = agreement("united states", "honduras", _HND_1927, day, "extradition")
        assert sides(row) == ("bound", "bound"), day
        assert row["a"]["reason"] == "in force since 1928-07-05", day
        assert "dnc21-proceso-2025-12-27-hnd-usa" in row["sources"]


def test_honduras_us_diff_lists_no_end_in_the_denunciation_years():
    rows = [r for r in csv_rows("diff", "--since", "2024-08-01", "--until", "2026-02-28", "--country", "honduras")
            if r["instrument"] in (_HND_1909, _HND_1927)]
    assert rows == []


# Latvia - Russia: legal assistance treaty of 1993, in force 1995-03-28, may have ended from 2024-02-03.

def test_latvia_russia_legal_assistance_absent_before_signature_pending_then_in_force():
    # dnc21-juristavards-2023-09-lva-rus-1993: signed 1993-02-03, in force 1995-03-28
    assert _LVA not in bilateral("latvia", "russia", "--as-of", "1993-02-02", "--for", "mla")
    pending = agreement("latvia", "russia", _LVA, "1993-02-03", "mla")
    assert sides(pending) == ("consent-pending", "consent-pending")
    assert agreement("russia", "latvia", _LVA, day_before("1995-03-28"), "mla")["a"]["state"] == "consent-pending"
    row = agreement("latvia", "russia", _LVA, "1995-03-28", "extradition")
    assert sides(row) == ("bound", "bound")
    assert row["a"]["reason"] == "in force since 1995-03-28"
    assert _LVA_SIGNED in row["sources"]


def test_latvia_russia_legal_assistance_uncertain_from_the_day_the_denunciation_law_entered_into_force():
    # dnc21-lvportals-2024-01-29-lva-rus-1993: the law in force 2024-02-03; no day the treaty ceased to apply
    assert "may have ended" not in agreement("latvia", "russia", _LVA, "2024-02-02", "mla")["a"]["reason"]
    # uncertain before too: ETS 30 (art. 26) has superseded it between the two since 2000-03-09, where it applies
    today = agreement_may_have_ended_from("latvia", "russia", _LVA, "2024-02-03", "mla", _LVA_LAW, before="uncertain")
    assert today["a"]["reason"].startswith(
        "in force since 1995-03-28; it may have ended since, from 2024-02-03 on "
        "(dnc21-lvportals-2024-01-29-lva-rus-1993, dnc21-kontekst-2024-01-lva-rus-1993): Latvia's law denouncing it")
    assert sides(agreement("russia", "latvia", _LVA, "2024-08-03", "mla")) == ("uncertain", "uncertain")


def test_latvia_russia_legal_assistance_is_never_answered_ended_and_diff_lists_the_doubt():
    [row] = answer("show", _LVA)["results"]
    assert row.get("terminated") is None
    assert row["may_have_ended"]["date"] == "2024-02-03"
    rows = [r for r in csv_rows("diff", "--since", "2024-02-01", "--until", "2024-02-29", "--country", "latvia")
            if r["instrument"] == _LVA]
    assert [(r["date"], r["kind"]) for r in rows] == [("2024-02-03", "doubt")]
    assert _LVA_LAW in rows[0]["sources"]


# Russia - United States: law-enforcement agreement of 2002, may have ended from 2013-01-28.

def test_russia_us_law_enforcement_agreement_signed_uncertain_and_may_have_ended_from_russias_order():
    # dnc21-asiaplus-2013-01-30-rus-usa: signed 2002-09-25; order of 2013-01-28; dnc21-regnum-2013-01-31-rus-usa
    assert _RUS_USA not in bilateral("russia", "united states", "--as-of", "2002-09-24", "--for", "police")
    signed = agreement("russia", "united states", _RUS_USA, "2002-09-25", "police")
    assert sides(signed) == ("uncertain", "uncertain")
    assert signed["a"]["reason"] == "signed; entry into force not found in the sources"
    agreement_may_have_ended_from("united states", "russia", _RUS_USA, "2013-01-28", "police", _RUS_USA_ORDER,
                                  before="uncertain")
