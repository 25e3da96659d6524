"""Round 20 (coop20): Poland's deposit of 1996-03-19 for the European Convention on Mutual Assistance in Criminal
Matters (ETS 30) and its Additional Protocol (ETS 99), with the reservation and declarations it made on ETS 30, and
Georgia's ratification and the United Kingdom's becoming a party under the Second Additional Protocol to the
European Convention on Extradition (ETS 98), on the shipped data.

The expected answers come from Poland's Government statement of 1999-07-05 (Dz.U. 1999 nr 76 poz. 855,
coop20-pl-dzu-1999-76-855) and the recitals of UK S.I. 2002/1830 (coop20-uk-si-2002-1830), each a second source
beside the Dutch treaty series or the Treaty Office's list already in the rows. Each test asks on both sides of the
day the fact sets: the deposit (not yet done or signed only the day before, consent pending from it) and the entry
into force (pending the day before, bound from it).
"""

from __future__ import annotations

import pytest

from .scenario import consent_then_bound, day_before, link_rows, party, ratified

# --- Poland (ETS 30 and ETS 99): one instrument deposited on 1996-03-19 -------------------------------------------


@pytest.mark.parametrize("iid", ["ets-030", "ets-099"])
def test_poland_deposited_on_1996_03_19_and_is_bound_90_days_later(iid):
    # coop20-pl-dzu-1999-76-855: "został złożony dnia 19 marca 1996 r. Sekretarzowi Generalnemu Rady Europy [...]
    # dokument ratyfikacji przez Rzeczpospolitą Polską wymienionych powyżej Konwencji i Protokołu dodatkowego";
    # both instruments enter into force 90 days after the deposit (ETS 30 art. 27(3), ETS 99 art. 5(3)): 1996-06-17
    consent_then_bound(iid, "POL", "1996-03-19", day_before("1996-03-19"), "1996-06-17", day_before("1996-06-17"))
    row = party(iid, "POL", "1996-06-17")
    assert "coop20-pl-dzu-1999-76-855" in row["sources"].split()


def test_poland_signed_both_before_its_deposit():
    # nl-trb-1996-63 / nl-trb-1996-64: signed 1994-05-09, so the day before the deposit the rows are signed only
    for iid in ("ets-030", "ets-099"):
        row = party(iid, "POL", day_before("1996-03-19"))
        assert row is not None and row["state"] == "signed-only" and row["signature"] == "1994-05-09"


def test_polands_ratified_lists_both_from_their_entry_into_force():
    # the same deposit, seen from `ratified POL`: absent or not yet in force the day before, in force from 1996-06-17
    for iid in ("ets-030", "ets-099"):
        before = ratified("POL", iid, day_before("1996-06-17"))
        assert before is not None and before["state"] == "consent-pending" and before["consent"] == "1996-03-19"
        on_day = ratified("POL", iid, "1996-06-17")
        assert on_day is not None and on_day["state"] == "bound" and on_day["in_force"] == "1996-06-17"
        assert "coop20-pl-dzu-1999-76-855" in on_day["sources"].split()


@pytest.mark.parametrize("label, words", [
    # coop20-pl-dzu-1999-76-855: "Rzeczpospolita Polska zastrzega możliwość wykonania wniosków rekwizycyjnych
    # dotyczących przeszukania lub zajęcia przedmiotów od spełnienia warunków wymienionych w artykule 5 ustęp 1
    # litera (a), (b) i (c) Konwencji"
    ("Poland (reservation, art. 5(1))", ("przeszukania lub zajęcia przedmiotów",)),
    # "Do artykułu 7 ustęp 3 Konwencji: Doręczenia wezwania można odmówić, jeżeli do daty stawiennictwa pozostaje
    # mniej niż 30 dni."
    ("Poland (other, art. 7(3))", ("mniej niż 30 dni",)),
    # "Do artykułu 13 Konwencji: Przekazywane będą jedynie informacje podlegające ujawnieniu w Centralnym Rejestrze
    # Skazanych."
    ("Poland (other, art. 13)", ("Centralnym Rejestrze Skazanych",)),
])
def test_polands_ets030_reservation_and_declarations_quoted_once_shared(label, words):
    # with Germany (a party since 1977): the day before Poland's entry into force the Convention is not shared, so
    # nothing is quoted on a shared row; from 1996-06-17 the shared row quotes Poland's texts
    before = link_rows("POL", "DEU", day_before("1996-06-17"), "mla", section="shared")
    assert "ets-030" not in before
    shared = link_rows("POL", "DEU", "1996-06-17", "mla", section="shared")["ets-030"]
    quotes = shared.get("qualifications") or []
    assert any(q.startswith(label) and all(w in q for w in words) for q in quotes), quotes
    assert "coop20-pl-dzu-1999-76-855" in shared["sources"]


# --- ETS 98: Georgia (2001-06-15) and the United Kingdom (party from 1994-06-06) ---------------------------------


def test_georgia_ratified_ets098_on_2001_06_15_bound_from_2001_09_13():
    # coop20-uk-si-2002-1830: "Georgia ratified the Protocol on 15th June 2001"; coe-098-decl-2017: in force
    # 2001-09-13 (90 days, art. 6(3))
    consent_then_bound("ets-098", "GEO", "2001-06-15", day_before("2001-06-15"), "2001-09-13", day_before("2001-09-13"))
    assert "coop20-uk-si-2002-1830" in party("ets-098", "GEO", "2001-09-13")["sources"].split()


def test_united_kingdom_became_a_party_to_ets098_on_1994_06_06():
    # nl-trb-1997-285: instrument deposited 1994-03-08; coop20-uk-si-2002-1830 and uk-si-2003-436: "on 6th June 1994
    # the United Kingdom became a party to the Protocol"
    consent_then_bound("ets-098", "GBR", "1994-03-08", day_before("1994-03-08"), "1994-06-06", day_before("1994-06-06"))
    sources = party("ets-098", "GBR", "1994-06-06")["sources"].split()
    assert {"coop20-uk-si-2002-1830", "uk-si-2003-436"} <= set(sources)


def test_ets098_shared_by_georgia_and_the_united_kingdom_from_georgias_entry_into_force():
    # both recitals of S.I. 2002/1830: the Protocol binds the pair from Georgia's entry into force, not the day before
    before = link_rows("GEO", "GBR", day_before("2001-09-13"), "extradition", section="shared")
    assert "ets-098" not in before
    on_day = link_rows("GEO", "GBR", "2001-09-13", "extradition", section="shared")
    assert "ets-098" in on_day
