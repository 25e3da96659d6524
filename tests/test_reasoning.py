"""The practitioner's reasoning (issue 4) on a small illustrative dataset."""

from __future__ import annotations

import json
from datetime import date

import pytest

from octreaty.load import load
from octreaty.model import BOUND, CANNOT_JOIN, NOT_PARTY, PENDING, UNCERTAIN
from octreaty.query import Queries

from .conftest import FIXTURES, invoke

REASONING = FIXTURES / "reasoning"
DAY = date(2026, 11, 29)


@pytest.fixture(scope="module")
def q():
    return Queries(load(REASONING))


def ids(bases):
    return [x.instrument.id for x in bases]


def test_two_eu_states_eaw_first_and_ets24_displaced(q):
    link = q.link("DEU", "FRA", DAY, purpose="extradition")
    assert ids(link.shared) == ["eaw", "untoc"]
    assert ids(link.displaced) == ["ets-024"]
    [ets] = link.displaced
    assert ets.section == "displaced"
    assert ets.note.startswith("displaced between these two by the European Arrest Warrant (FD 2002/584/JHA art. 31(1))")
    assert link.steps[1].title == "Closed regimes (EU law) first"
    assert link.steps[1].sentences[0].startswith("Both are bound by the European Arrest Warrant on 2026-11-29")
    assert "EU law comes first: European Arrest Warrant" in link.summary
    assert "ETS 24 Extradition is displaced between them" in link.summary


def test_eio_displaces_ets30_only_where_both_take_part(q):
    both = q.link("DEU", "ITA", DAY, purpose="mla")
    assert ids(both.shared) == ["eio", "untoc"] and ids(both.displaced) == ["ets-030"]
    denmark = q.link("DEU", "DNK", DAY, purpose="mla")
    assert ids(denmark.displaced) == []
    assert "ets-030" in ids(denmark.shared)
    eio = next(x for x in denmark.one_sided if x.instrument.id == "eio")
    assert (eio.b.state, eio.b.reason) == (NOT_PARTY, "Denmark does not take part in the Directive (recital 45)")


def test_before_the_eaw_applied_ets24_governs(q):
    link = q.link("DEU", "ITA", date(2005, 1, 1), purpose="extradition")
    assert "ets-024" in ids(link.shared) and link.displaced == ()
    eaw = next(x for x in link.one_sided if x.instrument.id == "eaw")
    assert (eaw.a.state, eaw.b.state) == (BOUND, NOT_PARTY)
    assert eaw.b.reason == "joined later (transposition 2005-05-14)"


def test_eu_state_and_kosovo(q):
    link = q.link("DEU", "XKX", DAY)
    assert link.shared == () and link.displaced == ()
    eaw = next(x for x in link.one_sided if x.instrument.id == "eaw")
    assert (eaw.b.state, eaw.b.reason) == (NOT_PARTY, "not an EU member state: EU law binds member states only")
    untoc = next(x for x in link.one_sided if x.instrument.id == "untoc")
    assert (untoc.b.state, untoc.b.sources) == (CANNOT_JOIN, ("un-sop",))
    ets = next(x for x in link.one_sided if x.instrument.id == "ets-024")
    assert ets.b.reason == "not among the 5 parties listed; not a Council of Europe member: may join only by invitation"
    assert link.steps[0].sentences == (
        "Kosovo cannot join the UNTOC: not a member of the United Nations [un-sop].",)


def test_albania_italy_for_mla(q):
    link = q.link("ALB", "ITA", DAY, purpose="mla")
    assert ids(link.shared) == ["ets-030", "untoc"]
    assert [dict(x.usable_for) for x in link.shared] == [{"mla": "arts. 1-26"}, {"mla": "art. 18"}]
    assert link.bilateral == ()  # the 2007 agreement is recorded for extradition only


def test_bilateral_under_a_superseding_convention(q):
    link = q.link("ALB", "ITA", DAY, purpose="extradition")
    [agreement] = link.bilateral
    # in force after ETS 24 bound both: a later agreement, which may only supplement the Convention
    assert agreement.notes == (
        "ETS 24 Extradition art. 28 binds both: this later agreement may only supplement it or facilitate "
        "its application",)


SUPERSEDED = ("in force since 1960-01-01, but superseded between them by the ETS 24 Extradition (art. 28) since "
              "1976-12-31, which supersedes bilateral treaties on the same matter between its parties; it may still "
              "apply where that convention does not (a territory outside it, a matter it leaves out)")


def test_an_earlier_treaty_is_superseded_from_the_day_the_convention_binds_both(q):
    # ETS 24 art. 28(1): Germany's ratification (1976-10-02) takes effect 90 days later, 1976-12-31, when ETS 24
    # first binds both; the 1960 treaty is no longer "in force" for extradition from that day, only uncertain
    [before] = q.link("DEU", "DNK", date(1976, 12, 30), purpose="extradition").bilateral
    assert (before.a.state, before.b.state, before.notes) == (BOUND, BOUND, ())
    [after] = q.link("DEU", "DNK", date(1976, 12, 31), purpose="extradition").bilateral
    assert (after.a.state, after.b.state) == (UNCERTAIN, UNCERTAIN)
    assert after.a.reason == after.b.reason == SUPERSEDED
    link = q.link("DEU", "DNK", DAY, purpose="extradition")
    assert "1 bilateral agreement links them (0 known to be in force)" in link.summary


def test_a_treaty_serving_more_than_the_conventions_stays_in_force_for_the_rest(q):
    # ETS 30 art. 26 supersedes its mutual assistance from 1977-01-01 (Germany's ratification of 1976-10-02 takes
    # effect 90 days later, ETS 30's rule being counted as the fixture's); its police cooperation stays
    [treaty] = q.link("DEU", "DNK", DAY).bilateral
    assert (treaty.a.state, treaty.b.state) == (BOUND, BOUND)
    assert treaty.notes == (
        "its extradition provisions are superseded between them by the ETS 24 Extradition (art. 28) since 1976-12-31",
        "its mutual legal assistance provisions are superseded between them by the ETS 30 Mutual Assistance "
        "(art. 26) since 1976-12-31")
    [police] = q.link("DEU", "DNK", DAY, purpose="police").bilateral
    assert (police.a.state, police.notes) == (BOUND, ())


def test_a_treaty_superseded_by_two_conventions_names_both(q):
    [treaty] = q.link("DNK", "FRA", DAY).bilateral
    assert (treaty.a.state, treaty.b.state) == (UNCERTAIN, UNCERTAIN)
    assert treaty.a.reason == (
        "in force since 1961-01-01, but superseded between them by the ETS 24 Extradition (art. 28) since "
        "1986-05-11 and the ETS 30 Mutual Assistance (art. 26) since 1967-08-21, which supersede bilateral "
        "treaties on the same matter between their parties; it may still apply where those conventions do not "
        "(a territory outside them, a matter they leave out)")


def test_refusal_to_extradite_nationals_is_shown_with_the_basis(q):
    link = q.link("ALB", "ITA", DAY, purpose="extradition")
    untoc = next(x for x in link.shared if x.instrument.id == "untoc")
    # quoted as made, never widened into "Italy does not extradite its nationals" (issue 10, point 5)
    assert untoc.notes == ('Italy (declaration on extraditing its nationals): '
                           '"extradites its nationals only where a treaty provides for it"',)
    police = q.link("ALB", "ITA", DAY, purpose="police")
    assert next(x for x in police.shared if x.instrument.id == "untoc").notes == ()


def test_territorial_exclusion_is_shown(q):
    untoc = next(x for x in q.link("DNK", "FRA", DAY).shared if x.instrument.id == "untoc")
    assert untoc.notes == ('Denmark (excludes Faroe Islands and Greenland): '
                           '"does not apply to the Faroe Islands and Greenland"',)


def test_a_pair_on_a_date_before_one_side_joined(q):
    link = q.link("ALB", "DEU", date(2006, 6, 30), purpose="extradition")
    untoc = next(x for x in link.one_sided if x.instrument.id == "untoc")
    assert (untoc.a.state, untoc.b.state) == (BOUND, PENDING)
    assert untoc.b.reason == "ratification 2006-06-14; in force only from 2006-07-14"
    assert q.link("ALB", "DEU", date(2006, 7, 14), purpose="extradition").shared[-1].instrument.id == "untoc"


def test_nothing_in_common_is_said_honestly(q):
    link = q.link("TUV", "XKX", DAY)
    assert link.empty
    assert link.fallback == ("No treaty basis in the data: cooperation only on reciprocity under domestic law. "
                             "Sources say one side cannot join UNTOC; for everything else the data simply records "
                             "no link, which is not a source saying that none exists.")
    plain = q.link("TUV", "DEU", DAY, purpose="police")
    assert plain.fallback is None or "reciprocity" in plain.fallback


def test_path_through_a_third_country(q):
    p = q.path("XKX", "TUV", DAY)
    assert p.paths == ()
    direct = q.path("ALB", "ITA", DAY)
    assert [h.label for h in direct.paths[0]][0] == "Albania" and len(direct.paths[0]) == 3


def test_why_through_the_cli():
    r = invoke("why", "germany", "france", "--for", "extradition", "--format", "markdown", "--as-of", "2026-11-29",
               "--data-dir", str(REASONING))
    assert "### 2. Closed regimes (EU law) first" in r.stdout
    assert "Both are bound by the European Arrest Warrant on 2026-11-29" in r.stdout
    assert "### Bound by both" not in r.stdout  # why prints the steps only
    doc = json.loads(invoke("link", "germany", "france", "--format", "json", "--for", "extradition", "--as-of",
                            "2026-11-29", "--data-dir", str(REASONING)).stdout)
    assert [r["section"] for r in doc["results"]] == ["shared", "shared", "displaced"]
    assert [s["title"] for s in doc["explanation"]][:3] == ["Who can join at all", "Closed regimes (EU law) first",
                                                             "Bilateral treaties"]


def test_unknown_purpose_is_a_usage_error():
    r = invoke("link", "germany", "france", "--for", "smuggling", "--data-dir", str(REASONING), expect=2)
    assert r.stderr.splitlines()[0] == "octreaty: error: unknown purpose 'smuggling' for --for"
