"""The practitioner's reasoning (issue 4) on a small illustrative dataset."""

from __future__ import annotations

import json
from datetime import date

import pytest

from octreaty.load import load
from octreaty.model import BOUND, CANNOT_JOIN, NOT_PARTY, PENDING
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
    assert agreement.notes == (
        "ETS 24 Extradition art. 28 binds both: it supersedes earlier bilateral treaties on the same matter "
        "between its parties, and later bilateral agreements may only supplement it or facilitate its application",)


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
