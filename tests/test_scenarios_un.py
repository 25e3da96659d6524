"""Scenario tests on the shipped data: the UN conventions over time.

Each test names the source of its expected answer (the source keys are defined in data/*.yaml).
Dates sit on both sides of each boundary: a denunciation taking effect, a re-accession entering
into force, a succession dated from independence rather than from its notification.
"""

from __future__ import annotations

import json
from datetime import date

import pytest

from octreaty.model import Truth
from tests.conftest import invoke


def _link(a: str, b: str, day: str, instrument: str) -> dict | None:
    """The `link` row for one instrument on a day, or None when the pair shows none."""
    out = json.loads(invoke("link", a, b, "--as-of", day, "--format", "json").stdout)
    rows = [r for r in out["results"] if r["instrument"]["id"] == instrument]
    assert len(rows) <= 1
    return rows[0] if rows else None


def _summary(a: str, b: str, day: str) -> tuple[str, int]:
    """The `link` summary sentence and the number of rows on a day."""
    out = json.loads(invoke("link", a, b, "--as-of", day, "--format", "json").stdout)
    return out["summary"], len(out["results"])


def _parties(instrument: str, day: str) -> dict[str, dict]:
    out = json.loads(invoke("parties", instrument, "--as-of", day, "--format", "json").stdout)
    return {r["country"]: r for r in out["results"]}


# --- Bolivia and the Single Convention as amended ------------------------------------------
# Source: UNTC MTDSG VI-18 (untc-mtdsg-2018), end note 2: accession 1976-09-23; denunciation
# notified 2011-06-29, effective 2012-01-01 (art. 46(2)); re-accession deposited 2013-01-11 with a
# reservation (C.N.94.2013.TREATIES-VI.18), in force on the 30th day (art. 18(2) of the 1972 Protocol).

def test_bolivia_bound_on_the_last_day_before_its_denunciation_took_effect():
    row = _link("bolivia", "peru", "2011-12-31", "drugs-1961-amended")
    assert row["section"] == "shared"
    assert row["a"]["state"] == "bound"
    assert row["a"]["in_force"]["date"] == "1976-10-23"


def test_bolivia_not_bound_from_the_day_its_denunciation_took_effect():
    row = _link("bolivia", "peru", "2012-01-01", "drugs-1961-amended")
    assert row["section"] == "one-sided"
    assert row["a"]["state"] == "withdrawn"
    assert row["b"]["state"] == "bound"


def test_bolivia_not_yet_bound_the_day_before_its_reaccession_entered_into_force():
    row = _link("bolivia", "peru", "2013-02-09", "drugs-1961-amended")
    assert row["section"] == "one-sided"
    assert row["a"]["state"] == "consent-pending"
    assert row["a"]["consent"] == "2013-01-11"


def test_bolivia_bound_again_from_2013_02_10_with_its_coca_leaf_reservation_quoted():
    # reservation text: untc-mtdsg-2018 (VI-18 declarations) and untc-decl-2014
    row = _link("bolivia", "peru", "2013-02-10", "drugs-1961-amended")
    assert row["section"] == "shared"
    assert row["a"]["in_force"]["date"] == "2013-02-10"
    [reservation] = [q for q in row["qualifications"] if "coca leaf" in q]
    assert "reserves the right to allow in its territory: traditional coca leaf chewing" in reservation
    assert "2013-01-11" in reservation


def test_bolivia_reservation_not_shown_while_the_first_accession_applied():
    row = _link("bolivia", "peru", "2011-12-31", "drugs-1961-amended")
    assert not [q for q in row["qualifications"] if "coca leaf" in q]


def test_parties_of_the_1961_convention_as_amended_count_bolivia_only_when_bound():
    # untc-mtdsg-2018, VI-18 end note 2
    assert "BOL" in _parties("drugs-1961-amended", "2011-12-31")
    assert "BOL" not in _parties("drugs-1961-amended", "2012-06-01")
    assert _parties("drugs-1961-amended", "2013-02-10")["BOL"]["state"] == "bound"


# --- successions dated from the date of succession ---------------------------------------------
# Montenegro: notification received 2006-10-23 (UNTC XVIII-12, untc-xviii12-2024), succession from
# its independence on 2006-06-03 (Historical Information quoted by wipo-untc-histinfo; opcw-2006-mne).

def test_montenegro_links_nothing_the_day_before_its_independence():
    # countries.yaml MNE exists_from 2006-06-03 (wipo-untc-histinfo)
    assert _summary("montenegro", "albania", "2006-06-02") == (
        "Montenegro did not yet exist as a state on 2006-06-02 (from 2006-06-03): nothing links the two on that date.", 0)


@pytest.mark.parametrize("day, section, state", [
    ("2006-06-03", "shared", "bound"),
    ("2006-07-01", "shared", "bound"),   # between independence and the notification
    ("2006-10-23", "shared", "bound"),
])
def test_montenegro_bound_by_untoc_from_independence_not_from_its_notification(day, section, state):
    row = _link("montenegro", "albania", day, "untoc")
    assert (row["section"], row["a"]["state"]) == (section, state)
    assert row["a"]["in_force"]["date"] == "2006-06-03"
    assert row["a"]["consent"] == "2006-10-23"


def test_croatia_bound_by_the_1971_convention_from_8_october_1991():
    # Croatia's letter of 1992-07-27: succession effective 1991-10-08 (wipo-untc-histinfo-yu);
    # notification received 1993-07-26 (untc-mtdsg-2018, VI-16)
    assert _summary("croatia", "hungary", "1991-10-07") == (
        "Croatia did not yet exist as a state on 1991-10-07 (from 1991-10-08): nothing links the two on that date.", 0)
    row = _link("croatia", "hungary", "1991-10-08", "drugs-1971")
    assert row["section"] == "shared"
    assert row["a"]["in_force"]["date"] == "1991-10-08"


def test_serbia_bound_by_the_1988_convention_from_27_april_1992():
    # FRY notification received 2001-03-12, succession from 1992-04-27 (wipo-untc-histinfo-yu)
    assert _link("serbia", "italy", "1992-04-26", "drugs-1988")["a"]["state"] == "not-party"
    row = _link("serbia", "italy", "1995-01-01", "drugs-1988")
    assert row["section"] == "shared"
    assert row["a"]["in_force"]["date"] == "1992-04-27"


def test_czech_republic_bound_by_the_1961_convention_from_the_dissolution_of_czechoslovakia():
    # bound from 1993-01-01 (unoda-cze-succession, unorg-csk); notification 1993-12-30 (untc-mtdsg-2018)
    assert _summary("czechia", "austria", "1992-12-31") == (
        "Czechia did not yet exist as a state on 1992-12-31 (from 1993-01-01): nothing links the two on that date.", 0)
    row = _link("czechia", "austria", "1993-01-01", "drugs-1961")
    assert row["section"] == "shared"
    assert row["a"]["in_force"]["date"] == "1993-01-01"


# --- entities the depositary refuses ------------------------------------------------------------

def test_taiwan_cannot_join_untoc_like_kosovo():
    # GA res. 2758 (un-ga-res-2758) as the Secretary-General applies it (chinadaily-2007-ban-taiwan);
    # the 'all States' formula (un-sop-1999)
    taiwan = _link("taiwan", "albania", "2026-11-29", "untoc")
    kosovo = _link("kosovo", "albania", "2026-11-29", "untoc")
    assert taiwan["a"]["state"] == kosovo["a"]["state"] == "cannot-join"
    assert {"un-ga-res-2758", "un-sop-1999"} <= set(taiwan["a"]["sources"])
    assert "resolution 2758" in taiwan["a"]["reason"]


def test_taiwan_cannot_join_uncac_and_applies_it_by_its_own_law():
    # tw-moj-uncac-act-2015: the Act to Implement UNCAC, in force 2015-12-09
    row = _link("taiwan", "japan", "2026-11-29", "uncac")
    assert row["a"]["state"] == "cannot-join"
    assert "tw-moj-uncac-act-2015" in row["a"]["sources"]


# --- existence and recognition, through the library ----------------------------------------


@pytest.mark.parametrize("cid, before, first, sources", [
    # Montenegro's Declaration of Independence, 2006-06-03 (wipo-untc-histinfo)
    ("MNE", "2006-06-02", "2006-06-03", {"wipo-untc-histinfo"}),
    # Kosovo's declaration of independence, 2008-02-17 (icj-2010-kosovo)
    ("XKX", "2008-02-16", "2008-02-17", {"icj-2010-kosovo"}),
    # South Sudan separated from Sudan on 2011-07-09 (un-press-sc10318-ssd)
    ("SSD", "2011-07-08", "2011-07-09", {"un-press-sc10318-ssd"}),
    # the Czech Republic and Slovakia from the dissolution of the CSFR, 1993-01-01 (unorg-csk)
    ("CZE", "1992-12-31", "1993-01-01", {"unorg-csk"}),
    ("SVK", "1992-12-31", "1993-01-01", {"unorg-csk"}),
])
def test_successor_states_exist_from_their_independence(shipped, cid, before, first, sources):
    country = shipped.countries[cid]
    assert country.exists(date.fromisoformat(before)) is Truth.NO
    assert country.exists(date.fromisoformat(first)) is Truth.YES
    assert sources <= set(country.sources)


@pytest.mark.parametrize("cid, last, gone", [
    ("CSK", "1992-12-31", "1993-01-01"),   # unorg-csk
    ("SCG", "2006-06-02", "2006-06-03"),   # wipo-untc-histinfo: Montenegro's independence
    ("SUN", "1991-12-25", "1991-12-26"),   # archontology-ussr: Council of Republics declaration
    ("DDR", "1990-10-02", "1990-10-03"),   # unorg-members: German unification
])
def test_former_states_cease_on_the_first_day_they_no_longer_exist(shipped, cid, last, gone):
    country = shipped.countries[cid]
    assert country.exists(date.fromisoformat(last)) is Truth.YES
    assert country.exists(date.fromisoformat(gone)) is Truth.NO


def test_the_sfry_ended_in_1992_without_a_single_day(shipped):
    # shaw-intlaw-sfry, fao-cclm-2001-sfry: dissolution complete by 1992-07-04, SC res. 777 of 1992-09-19
    yug = shipped.countries["YUG"]
    assert yug.exists(date(1991, 12, 31)) is Truth.YES
    assert yug.exists(date(1992, 6, 1)) is Truth.UNKNOWN
    assert yug.exists(date(1993, 1, 1)) is Truth.NO


def test_serbia_and_the_five_eu_non_recognisers_do_not_recognise_kosovo(shipped):
    # emergingeurope-2020-kosovo: Serbia, Russia, China; Cyprus, Greece, Romania, Slovakia, Spain
    day = date(2020, 9, 30)
    by = {n.by for n in shipped.non_recognition if n.country == "XKX" and n.holds(day) is Truth.YES}
    assert by == {"SRB", "RUS", "CHN", "CYP", "GRC", "ROU", "SVK", "ESP"}
    assert shipped.not_recognised("XKX", "SRB", date(2008, 2, 16)) == []
    assert [n.by for n in shipped.not_recognised("SRB", "XKX", date(2008, 2, 17))] == ["SRB"]
    assert shipped.not_recognised("XKX", "HUN", day) == []


def test_drug_convention_1988_declarations_are_quoted_as_the_depositary_prints_them(shipped_q):
    # untc-decl-2014 (the UN Treaty Collection's declarations for VI-19, 2014): the words themselves, never a
    # paraphrase; the US declaration on its citizens holds only where no extradition treaty binds the pair
    day = date(2026, 12, 1)
    us = {d.article: d for d in shipped_q.standing("USA", "drugs-1988", day).declarations}
    assert us["art. 6"].text == ("The United States shall not consider this Convention as the legal basis for "
                                 "extradition of citizens to any country with which the United States has no "
                                 "bilateral extradition treaty in force.")
    assert us["art. 6"].conditions.no_treaty_with_other == "extradition"
    sg = shipped_q.standing("SGP", "drugs-1988", day).declarations
    assert [(d.type, d.article) for d in sg] == [("no-legal-basis-extradition", "art. 6(3)")]
    quals = [r for r in _link("singapore", "malaysia", "2026-12-01", "drugs-1988")["qualifications"]]
    assert quals == ['Singapore (does not take the Drug Trafficking Convention 1988 as the legal basis for extradition, '
                     'art. 6(3)): "With respect to article 6 paragraph 3, the Republic of Singapore declares that it '
                     'shall not consider the Convention as the legal basis for extradition in respect of any offence '
                     'to which article 6 applies."',
                     # asia-aseanmlatsec-stats-2019: both "Treaty Party" to the ASEAN MLAT as of 2019-04-19
                     "Drug Trafficking Convention 1988 art. 7(7): the two are bound by a treaty of mutual legal "
                     "assistance (ASEAN MLAT), whose corresponding provisions apply in place of art. 7(8)-(19) unless "
                     "they agree to apply those instead"]
    # Denmark's exclusion of the Faroes and Greenland is recorded once, as the depositary words it
    dk = [d for d in shipped_q.standing("DNK", "drugs-1988", day).declarations if d.type == "territorial-exclusion"]
    assert sorted((d.territory, d.text) for d in dk) == [
        ("FRO", "The Convention shall not apply to the Faroe Islands and Greenland."),
        ("GRL", "The Convention shall not apply to the Faroe Islands and Greenland.")]
