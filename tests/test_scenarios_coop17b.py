"""Round 17b (coop17b): Bulgaria's reservations and declarations of 1994, Austria's declarations recited in 1990 and
Estonia's reservation on its citizens under the European Convention on Extradition (ETS 24), Azerbaijan's and
Georgia's declarations under its Additional Protocol (ETS 86) and Latvia's Chapter V reservation under the Second
Additional Protocol (ETS 98), on the shipped data.

The expected answers come from the United Kingdom's Order of 1994-11-02 reciting Bulgaria's reservations and
declarations (uk-si-1994-2796), Portugal's notice of the depositary's notification (pt-aviso-272-94), the Treaty
Office's list of Bulgaria's declarations (coe-024-decl-bgr-fr, status 2017-10-17), the Treaty Office's list of
declarations on ETS 86 (coe-086-decl-2016, status 2016-08-23), the United Kingdom's recitals of the reservations to
ETS 98 (uk-si-2001-1453-sch4) and of Austria's declarations on ETS 24 (uk-si-1990-1507-aut) and, for Estonia, a
University of Tartu thesis of 2012 reporting its ratification act (ee-ut-2012-vahtra-thesis). Each test asks on both
sides of the day the fact sets.
"""

from __future__ import annotations

import pytest

from octreaty.load import load

from .scenario import day_before as _day_before
from .scenario import link_rows as _link_rows


def _quotes(a: str, b: str, day: str, iid: str) -> list[str]:
    """The declarations `link A B` quotes on the row of ``iid`` for the pair on the day, whatever its section."""
    return _link_rows(a, b, day, "extradition")[iid].get("qualifications") or []


def _quoted(a: str, b: str, day: str, iid: str, *words: str) -> bool:
    return any(all(w in q for w in words) for q in _quotes(a, b, day, iid))


# --- Bulgaria (ETS 24): the reservations made on ratifying, 1994-06-17 -----------------------------------------------


@pytest.mark.parametrize("label, words", [
    # uk-si-1994-2796: "Bulgaria ratified the Convention on 17th June 1994 and made the reservations and declarations
    # set out in article 2(b)"; "Reservations. Article 1: Extradition may be refused if the person proceeded against
    # is to be tried by a special court in the requesting state [...]"; pt-aviso-272-94: "Reserva relativa ao
    # artigo 1.°"
    ("Bulgaria (reservation, art. 1, 1994-06-17)", ("to be tried by a special court in the requesting state",)),
    # uk-si-1994-2796, "Article 4: Extradition for military offences which are also offences under ordinary law may
    # be granted solely on condition that the person extradited will not be tried by a military court"
    ("Bulgaria (reservation, art. 4, 1994-06-17)", ("will not be tried by a military court",)),
    # uk-si-1994-2796, "Article 7: The Republic of Bulgaria declares its right to refuse extradition if the requesting
    # party refuses extradition in similar cases, in accordance with article 7, paragraph 2."
    ("Bulgaria (reservation, art. 7(2), 1994-06-17)", ("refuses extradition in similar cases",)),
    # uk-si-1994-2796, "Article 12: [...] submit evidence that the offence was committed by the person whose
    # extradition is requested. If it considers the evidence submitted be inadequate, it may refuse extradition."
    ("Bulgaria (reservation, art. 12, 1994-06-17)", ("If it considers the evidence submitted be inadequate",)),
    # uk-si-1994-2796, "Article 21: The Republic of Bulgaria declares that it will allow transit on the same
    # conditions on which extradition is granted."
    ("Bulgaria (reservation, art. 21, 1994-06-17)", ("allow transit on the same conditions",)),
])
def test_bulgarias_1994_reservations_quoted_from_its_entry_into_force(label, words):
    # Bulgaria is bound from 1994-09-15 (nl-trb-2006-168): before, the row is one-sided and already quotes what it
    # made on ratifying; from that day the Convention is shared with Norway and the texts are quoted on it
    signed_only = _link_rows("BGR", "NOR", _day_before("1994-06-17"), "extradition").get("ets-024") or {}
    assert not any(label in q for q in signed_only.get("qualifications") or [])
    before = _link_rows("BGR", "NOR", _day_before("1994-09-15"), "extradition")["ets-024"]
    assert before["section"] == "one-sided"
    on_day = _link_rows("BGR", "NOR", "1994-09-15", "extradition")["ets-024"]
    assert on_day["section"] == "shared"
    assert any(label in q and all(w in q for w in words) for q in on_day["qualifications"])
    # no source shows any of them withdrawn: still quoted in 2026 (the row is then displaced by the EU-Norway
    # surrender agreement, and quotes the declarations all the same)
    assert _quoted("BGR", "NOR", "2026-12-01", "ets-024", label, *words)


def test_bulgarias_art6_1_b_nationality_declaration_until_its_amendment_registered_2004_01_06():
    # uk-si-1994-2796: "Declarations. Article 6, paragraph 1(b): The Republic of Bulgaria declares that it will
    # recognise as a national for the purposes of the Convention any person having Bulgarian nationality at the time of
    # the extradition order." coe-024-decl-bgr-fr: the art. 6 declaration "confirmée lors du dépôt de l'instrument de
    # ratification, le 17 juin 1994 [...] et modifiée par Note verbale [...] enregistrée auprès du Secrétariat Général
    # le 6 janvier 2004"
    words = ("Bulgaria (other, art. 6(1)(b), 1994-06-17)", "at the time of the extradition order")
    assert _quoted("BGR", "NOR", "1994-09-15", "ets-024", *words)
    assert _quoted("BGR", "NOR", _day_before("2004-01-06"), "ets-024", *words)
    assert not _quoted("BGR", "NOR", "2004-01-06", "ets-024", *words)
    # the amended text of 2006 is quoted from its own registration, 2006-11-13 (round coe24d), and not before
    amended = ("Bulgaria (declaration on extraditing its nationals, art. 6(1), 2006-11-13)",)
    assert not _quoted("BGR", "NOR", "2004-01-06", "ets-024", *amended)
    assert _quoted("BGR", "NOR", "2006-11-13", "ets-024", *amended)


# --- Estonia (ETS 24): undated, from a secondary source ---------------------------------------------------------------


def test_estonias_reservation_on_citizens_who_do_not_consent_applies_with_its_row():
    # ee-ut-2012-vahtra-thesis: "VEK-i, selle lisaprotokolli ja II lisaprotokolli ratifitseerimise seaduse § 2 lõige 2
    # punkt 2 kohaselt reserveerib Eesti Vabariik õiguse keelduda kodaniku väljaandmisest, kui kodanik ei ole
    # väljaandmisega nõus"; "deklareeris Eesti Vabariik, et mõiste „kodanik" hõlmab Eesti kodanikke". Undated: they
    # apply with the row (deposit 1997-04-28, in force 1997-07-27, nl-trb-2006-168)
    reservation = ("Estonia (declaration on extraditing its nationals)", "kui kodanik ei ole väljaandmisega nõus")
    nationals = ("Estonia (other, art. 6(1)(b))", "hõlmab Eesti kodanikke")
    assert _link_rows("EST", "NOR", _day_before("1997-07-27"), "extradition")["ets-024"]["section"] == "one-sided"
    assert _link_rows("EST", "NOR", "1997-07-27", "extradition")["ets-024"]["section"] == "shared"
    for words in (reservation, nationals):
        assert _quoted("EST", "NOR", "1997-07-27", "ets-024", *words)
        assert _quoted("EST", "NOR", "2012-06-01", "ets-024", *words)


# --- Austria (ETS 24): declarations recited by the United Kingdom in 1990, undated ------------------------------------


def test_austrias_transit_and_provisional_arrest_declarations_apply_with_its_row():
    # uk-si-1990-1507-aut: "Article 21, paragraph 2: In any case Austria will refuse transit of Austrian nationals.";
    # "Article 16, paragraph 2: In case of a request for provisional arrest Austria also requires a short statement of
    # the facts the person claimed is charged with." No day given: they apply with the row (in force 1969-08-19)
    transit = ("Austria (other, art. 21(2))", "In any case Austria will refuse transit of Austrian nationals.")
    arrest = ("Austria (other, art. 16(2))", "a short statement of the facts")
    assert _link_rows("AUT", "NOR", _day_before("1969-08-19"), "extradition")["ets-024"]["section"] == "one-sided"
    assert _link_rows("AUT", "NOR", "1969-08-19", "extradition")["ets-024"]["section"] == "shared"
    for words in (transit, arrest):
        assert _quoted("AUT", "NOR", "1969-08-19", "ets-024", *words)


# --- ETS 86: Azerbaijan and Georgia ----------------------------------------------------------------------------------


def test_azerbaijans_ets086_declaration_on_occupied_territories_from_its_entry_into_force():
    # coe-086-decl-2016: "Declaration contained in the instrument of ratification deposited on 28 June 2002 [...] The
    # Republic of Azerbaijan declares that it is unable to guarantee the application of the provisions of the
    # Convention and its Additional Protocols in the territories occupied by the Republic of Armenia [...] Period
    # covered: 26/09/2002 -"
    words = ("Azerbaijan (other, 2002-06-28)", "in the territories occupied by the Republic of Armenia")
    assert _link_rows("AZE", "DNK", _day_before("2002-09-26"), "extradition")["ets-086"]["section"] == "one-sided"
    on_day = _link_rows("AZE", "DNK", "2002-09-26", "extradition")["ets-086"]
    assert on_day["section"] == "shared"
    assert any(all(w in q for w in words) for q in on_day["qualifications"])


def test_georgias_ets086_reservation_and_territorial_declaration_quoted_apart():
    # coe-086-decl-2016: "Reservation contained in the instrument of ratification, deposited on 15 June 2001 [...]
    # Georgia declares that it does not accept Chapter I of the Protocol [...] Period covered: 13/09/2001 -" and a
    # "Declaration contained in the instrument of ratification, deposited on 15 June 2001": "Georgia will not be
    # responsible for the application of the provisions of the Protocol on the territories of Abkhazia and
    # Tskhinvali region [...]"
    reservation = ("Georgia (reservation, art. 6(1), 2001-06-15)", "does not accept Chapter I of the Protocol")
    territories = ("Georgia (other, 2001-06-15)", "territories of Abkhazia and Tskhinvali region")
    assert _link_rows("GEO", "DNK", _day_before("2001-09-13"), "extradition")["ets-086"]["section"] == "one-sided"
    quotes = _quotes("GEO", "DNK", "2001-09-13", "ets-086")
    assert _link_rows("GEO", "DNK", "2001-09-13", "extradition")["ets-086"]["section"] == "shared"
    [res] = [q for q in quotes if reservation[0] in q]
    assert reservation[1] in res and "Abkhazia" not in res
    assert any(all(w in q for w in territories) for q in quotes)


# --- ETS 98: Latvia's Chapter V reservation in the wording recited ---------------------------------------------------


def test_latvias_ets098_chapter_v_reservation_in_the_recited_wording():
    # uk-si-2001-1453-sch4: "LATVIA In pursuance of paragraph 2 of Article 9 of the Second Additional Protocol to the
    # Convention on Extradition of 1978, the Republic of Latvia reserves the right not to accept Chapter V of the
    # Protocol."; Latvia bound from 1997-07-31 (inview-ets-098-parties)
    words = ("Latvia (reservation, art. 9(2)(e))", "reserves the right not to accept Chapter V of the Protocol")
    assert _link_rows("LVA", "DNK", _day_before("1997-07-31"), "extradition")["ets-098"]["section"] == "one-sided"
    assert _link_rows("LVA", "DNK", "1997-07-31", "extradition")["ets-098"]["section"] == "shared"
    assert _quoted("LVA", "DNK", "1997-07-31", "ets-098", *words)


# --- the library ------------------------------------------------------------------------------------------------------


def test_library_holds_the_new_declarations_typed_and_dated():
    data = load()
    bgr = {p.party: p for p in data.instruments["ets-024"].parties}["BGR"]
    assert [(d.type, d.article, str(d.date), str(d.withdrawn) if d.withdrawn else None) for d in bgr.declarations] == [
        ("reservation", "art. 1", "1994-06-17", None),
        ("reservation", "art. 4", "1994-06-17", None),
        ("other", "art. 6(1)(b)", "1994-06-17", "2004-01-06"),
        ("reservation", "art. 7(2)", "1994-06-17", None),
        ("reservation", "art. 12", "1994-06-17", None),
        ("reservation", "art. 21", "1994-06-17", None),
        ("no-extradition-of-nationals", "art. 6(1)", "2006-11-13", None),
    ]
    ets086 = {p.party: p for p in data.instruments["ets-086"].parties}
    assert [(d.type, str(d.date)) for d in ets086["AZE"].declarations] == [("other", "2002-06-28")]
    assert [(d.type, d.article, str(d.date)) for d in ets086["GEO"].declarations] == [
        ("reservation", "art. 6(1)", "2001-06-15"), ("other", None, "2001-06-15")]
    est = {p.party: p for p in data.instruments["ets-024"].parties}["EST"]
    assert [(d.type, d.article, d.date) for d in est.declarations] == [
        ("no-extradition-of-nationals", None, None), ("other", "art. 6(1)(b)", None)]
    for country in ("AZE", "GEO"):
        assert "coe-086-decl-2016" in ets086[country].sources, country
