"""The law over time, mechanism by mechanism, on a small dataset written here.

The dataset is modelled on real cases (Bolivia and the 1961 Convention, Montenegro's
successions, the EU's agreements with third states) but its values are the test's
own: the sourced scenarios on the shipped data are in tests/test_scenarios_*.py.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from octreaty.check import check
from octreaty.load import load
from octreaty.query import Queries

from .conftest import invoke

COUNTRIES = """
schema: 1
sources:
  s: {title: "test source", url: "https://example.org/s", as_of: "2024-01-01"}
countries:
  - {id: BOL, name: Bolivia, iso2: BO, status: un-member, sources: [s]}
  - {id: PER, name: Peru, iso2: PE, status: un-member, sources: [s]}
  - {id: SCG, name: Serbia and Montenegro, iso2: CS, status: former-state, exists_until: "2006-06-03", sources: [s]}
  - {id: MNE, name: Montenegro, iso2: ME, status: un-member, exists_from: "2006-06-03", sources: [s]}
  - {id: XKX, name: Kosovo, iso2: XK, status: partially-recognized, exists_from: "2008-02-17", sources: [s]}
  - {id: SRB, name: Serbia, iso2: RS, status: un-member, sources: [s]}
  - {id: DEU, name: Germany, iso2: DE, status: un-member, sources: [s]}
  - {id: FRA, name: France, iso2: FR, status: un-member, sources: [s]}
  - {id: DNK, name: Denmark, iso2: DK, status: un-member, sources: [s]}
  - {id: GBR, name: United Kingdom, iso2: GB, status: un-member, sources: [s]}
  - {id: NOR, name: Norway, iso2: "NO", status: un-member, sources: [s]}
  - {id: EUU, name: European Union, iso2: EU, status: organisation, sources: [s]}
non_recognition:
  - {country: XKX, by: SRB, since: "2008-02-17", sources: [s]}
"""

INSTRUMENTS = """
schema: 1
instruments:
  - id: drugs
    short: C61
    name: Test drug convention
    kind: convention
    adopted: "1961-03-30"
    entry_into_force: "1964-12-13"
    eif_rule: {days_after_deposit: 30, article: "art. 41(2)"}
    who_may_join: un-all-states
    purposes: {extradition: "art. 36(2)(b)"}
    sources: [s]
    coverage: {stated: 3, stated_by: s, as_of: "2024-01-01", complete: true}
    parties:
      - party: BOL
        sources: [s]
        events:
          - {type: ratification, date: "1976-08-25"}
          - {type: denunciation, date: "2011-06-29", effective: "2012-01-01"}
          - {type: accession, date: "2013-01-10", effective: "2013-02-10"}
        declarations:
          - type: reservation
            article: "art. 50(3)"
            date: "2013-01-10"
            text: "reserves the right to allow coca leaf chewing"
            sources: [s]
      - {party: PER, act: ratification, date: "1964-07-22", sources: [s]}
      - {party: MNE, act: succession, date: "2006-10-23", effective: "2006-06-03", successor_of: SCG, sources: [s]}
  - id: ext
    short: ETS 24
    name: Test extradition convention
    kind: convention
    adopted: "1957-12-13"
    entry_into_force: "1960-04-18"
    who_may_join: coe-members-and-invited
    purposes: {extradition: "arts. 1-31"}
    sources: [s]
    parties:
      - party: DEU
        act: ratification
        date: "1976-10-02"
        entry_into_force: "1977-01-01"
        sources: [s]
        declarations:
          - type: no-extradition-of-nationals
            article: "art. 6(1)(a)"
            date: "1976-10-02"
            text: "Germany will not extradite its nationals to States with which it has no extradition treaty."
            conditions: {no_treaty_with_other: extradition}
            sources: [s]
          - type: reservation
            article: "art. 2"
            date: "1976-10-02"
            text: "applies only towards Norway"
            conditions: {other_in: [NOR]}
            sources: [s]
      - {party: FRA, act: ratification, date: "1986-02-10", entry_into_force: "1986-05-11", sources: [s]}
      - {party: GBR, act: ratification, date: "1991-02-13", entry_into_force: "1991-05-14", sources: [s]}
      - {party: NOR, act: ratification, date: "1960-01-19", entry_into_force: "1960-04-18", sources: [s]}
  - id: eu
    short: EU
    name: European Union
    kind: organisation
    who_may_join: european-union-rules
    sources: [s]
    parties:
      - {party: DEU, act: membership, date: "1958-01-01", role: member, sources: [s]}
      - {party: FRA, act: membership, date: "1958-01-01", role: member, sources: [s]}
      - {party: DNK, act: membership, date: "1973-01-01", role: member, sources: [s]}
      - {party: GBR, act: membership, date: "1973-01-01", withdrawal: "2020-02-01", role: member, sources: [s]}
  - id: eaw
    short: EAW
    name: Test arrest warrant
    kind: eu-law
    adopted: "2002-06-13"
    entry_into_force: "2002-08-07"
    who_may_join: eu-members
    replaces: [ext]
    replaces_article: "art. 31(1)"
    purposes: {extradition: "surrender"}
    sources: [s]
    parties:
      - {party: DEU, act: transposition, date: null, sources: [s]}
      - {party: FRA, act: transposition, date: "2004-01-01", sources: [s]}
      - {party: GBR, act: transposition, date: "2004-01-01", withdrawal: "2021-01-01", sources: [s]}
  - id: eu-nor
    short: EU-NO surrender
    name: Test EU-Norway surrender agreement
    kind: eu-agreement
    binds_members_of: eu
    replaces: [ext]
    replaces_article: "art. 34"
    signed: "2006-06-28"
    entry_into_force: "2019-11-01"
    purposes: {extradition: "surrender"}
    sources: [s]
    parties:
      - {party: EUU, act: approval, date: "2014-11-27", entry_into_force: "2019-11-01", sources: [s]}
      - {party: NOR, act: ratification, date: "2006-07-01", entry_into_force: "2019-11-01", sources: [s]}
    non_parties:
      - {party: DNK, status: opted-out, note: "left out by the agreement's text", sources: [s]}
  - id: bilateral-gbr-scg
    short: GBR-SCG
    name: Test treaty continued by a successor
    kind: bilateral
    signed: "1901-01-01"
    entry_into_force: "1901-06-01"
    purposes: {extradition: "all"}
    sources: [s]
    parties:
      - {party: GBR, act: agreement, sources: [s]}
      - {party: SRB, act: agreement, sources: [s]}
      - {party: MNE, act: succession, successor_of: SRB, effective: "2006-06-03", sources: [s]}
  - id: bilateral-xkx-srb
    short: XKX-SRB
    name: Test undated agreement
    kind: bilateral
    purposes: {police: "all"}
    sources: [s]
    parties:
      - {party: XKX, act: agreement, sources: [s]}
      - {party: SRB, act: agreement, sources: [s]}
"""


def variant(where: Path, instruments: str, countries: str = COUNTRIES) -> Path:
    """A data directory of the test's own: these countries and instruments, nothing shipped."""
    (where / "countries.yaml").write_text(countries, encoding="utf-8")
    (where / "instruments.yaml").write_text(instruments, encoding="utf-8")
    return where


@pytest.fixture(scope="module")
def tdir(tmp_path_factory) -> Path:
    return variant(tmp_path_factory.mktemp("timeline"), INSTRUMENTS)


@pytest.fixture(scope="module")
def tq(tdir) -> Queries:
    return Queries(load(tdir))


def state(tq: Queries, cid: str, iid: str, day: str) -> str:
    return tq.standing(cid, iid, date.fromisoformat(day)).state


# --- one act per party: a timeline ------------------------------------------------------

@pytest.mark.parametrize("day, expected", [
    ("2011-12-31", "bound"),       # the day before the denunciation took effect
    ("2012-01-01", "withdrawn"),   # the day it took effect
    ("2013-02-09", "consent-pending"),  # re-accession deposited, not yet in force
    ("2013-02-10", "bound"),       # the day the re-accession took effect
])
def test_denounced_and_rejoined(tq, day, expected):
    assert state(tq, "BOL", "drugs", day) == expected


def test_a_reaccession_is_counted_by_the_depositary_from_its_deposit(tq):
    count = lambda d: tq.parties("drugs", date.fromisoformat(d)).count  # noqa: E731
    assert (count("2011-12-31"), count("2012-01-01"), count("2013-01-10")) == (3, 2, 3)


def test_a_reservation_made_on_reaccession_applies_only_from_then(tq):
    assert tq.standing("BOL", "drugs", date(2010, 1, 1)).declarations == ()
    [decl] = tq.standing("BOL", "drugs", date(2014, 1, 1)).declarations
    assert decl.article == "art. 50(3)"


def test_ratified_lists_the_timeline_through_the_cli(tdir):
    out = json.loads(invoke("ratified", "BOL", "--as-of", "2014-01-01", "--format", "json",
                            "--data-dir", str(tdir)).stdout)
    [row] = [r for r in out["results"] if r["instrument"]["id"] == "drugs"]
    assert (row["state"], row["act"], row["consent"], row["in_force"]["date"]) == \
        ("bound", "accession", "2013-01-10", "2013-02-10")


# --- successions from the date of succession ------------------------------------------------

@pytest.mark.parametrize("day, expected", [
    ("2006-06-02", "not-party"),   # before independence: the successor did not exist
    ("2006-06-03", "bound"),       # the date of succession
    ("2006-07-01", "bound"),       # between independence and the notification (2006-10-23)
])
def test_a_successor_is_bound_from_the_date_of_succession(tq, day, expected):
    assert state(tq, "MNE", "drugs", day) == expected


def test_link_between_independence_and_notification_shares_the_convention(tq):
    link = tq.link("MNE", "PER", date(2006, 7, 1))
    assert [x.instrument.id for x in link.shared] == ["drugs"]
    assert "date of succession 2006-06-03" in " ".join(link.shared[0].a.notes)


# --- existence -----------------------------------------------------------------------------

def test_no_edge_before_both_parties_exist(tq):
    link = tq.link("XKX", "SRB", date(1990, 1, 1))
    assert link.empty and link.bilateral == ()
    assert link.summary == "Kosovo did not yet exist as a state on 1990-01-01 (from 2008-02-17): nothing links the two on that date."


def test_an_undated_agreement_may_link_the_pair_only_after_both_exist(tq):
    [agreement] = tq.link("XKX", "SRB", date(2010, 1, 1)).bilateral
    assert agreement.a.state == "uncertain"


def test_non_recognition_is_shown_and_reciprocity_is_not_promised(tq):
    link = tq.link("XKX", "SRB", date(2010, 1, 1))
    assert "Serbia does not recognise Kosovo (since 2008-02-17) [s]." in link.steps[0].sentences
    assert "reciprocity under domestic law" not in (link.fallback or "")


# --- EU law and the EU's agreements --------------------------------------------------------

def test_the_uk_under_the_eaw_to_its_last_day(tq):
    assert state(tq, "GBR", "eaw", "2020-12-31") == "bound"
    assert state(tq, "GBR", "eaw", "2021-01-01") == "withdrawn"


@pytest.mark.parametrize("day, displaced", [("2019-10-31", []), ("2019-11-01", ["ext"])])
def test_an_eu_agreement_binds_member_states_and_displaces_the_convention(tq, day, displaced):
    link = tq.link("FRA", "NOR", date.fromisoformat(day), purpose="extradition")
    assert [x.instrument.id for x in link.displaced] == displaced
    shared = [x.instrument.id for x in link.shared]
    assert ("eu-nor" in shared) == bool(displaced)


def test_an_opted_out_member_state_is_not_bound(tq):
    s = tq.standing("DNK", "eu-nor", date(2020, 1, 1))
    assert (s.state, s.reason) == ("not-party", "left out by the agreement's text")


def test_a_former_member_state_is_no_longer_bound(tq):
    assert state(tq, "GBR", "eu-nor", "2020-01-31") == "bound"
    assert state(tq, "GBR", "eu-nor", "2020-02-01") == "withdrawn"


def test_an_undated_eu_row_may_displace_never_nothing_displaces(tq):
    link = tq.link("DEU", "FRA", date(2010, 1, 1), purpose="extradition")
    assert [x.instrument.id for x in link.possibly] == ["eaw"]
    step1 = " ".join(link.steps[1].sentences)
    assert "No closed regime" not in step1
    assert step1.startswith("The EAW may bind both on 2010-01-01, but the data cannot tell")
    ext = next(x for x in link.shared if x.instrument.id == "ext")
    assert any(n.startswith("may be displaced between these two by the EAW") for n in ext.notes)


# --- declarations with their conditions -----------------------------------------------------

def test_a_conditional_declaration_may_apply_where_no_treaty_is_known(tq):
    ext = next(x for x in tq.link("DEU", "GBR", date(1995, 1, 1), purpose="extradition").shared
               if x.instrument.id == "ext")
    assert ext.notes == (
        'May apply: Germany (declaration on extraditing its nationals, art. 6(1)(a), 1976-10-02): "Germany will '
        'not extradite its nationals to States with which it has no extradition treaty."; it applies only where no '
        "extradition treaty binds the two; none is known to the data, which does not prove there is none",)


def test_a_declaration_towards_named_states_only(tq):
    ext = next(x for x in tq.link("DEU", "NOR", date(1995, 1, 1), purpose="extradition").shared
               if x.instrument.id == "ext")
    assert [n.split(" (")[1].split(",")[0] for n in ext.notes] == ["declaration on extraditing its nationals",
                                                                    "reservation"]


# --- path ----------------------------------------------------------------------------------

def test_path_never_relays_a_legal_basis_through_a_third_state(tq):
    paths = tq.path("BOL", "MNE", date(2020, 1, 1))
    for hops in paths.paths:
        inner = [h for h in hops[1:-1] if h.kind == "country"]
        assert not inner, hops
    assert [[h.id for h in hops] for hops in paths.paths] == [["BOL", "drugs", "MNE"]]


# --- check ---------------------------------------------------------------------------------

def test_check_reports_what_only_the_timeline_shows(tmp_path):
    bad = INSTRUMENTS.replace('effective: "2006-06-03", successor_of: SCG', 'effective: "2007-01-01", successor_of: SCG')
    bad = bad.replace("    replaces: [ext]\n    replaces_article: \"art. 34\"", "    replaces: [eu-nor]")
    bad = bad.replace("      - {party: EUU, act: approval", "      - {party: FRA, act: approval")
    bad = bad.replace("reserves the right to allow coca leaf chewing", "reserves\\u009b the right")
    variant(tmp_path, bad)
    messages = [f.message for f in check(tmp_path) if f.severity == "error"]
    assert "MNE: the succession takes effect 2007-01-01, after its notification 2006-10-23: the date of " \
           "succession is the successor's independence, never later than the notice" in messages
    assert "eu-nor replaces itself" in messages
    assert "eu-nor: an EU agreement without the EU as a party" in messages
    assert "control character U+009B in text" in messages


def test_check_finds_a_replacement_cycle(tmp_path):
    cyc = INSTRUMENTS.replace("    replaces: [ext]\n    replaces_article: \"art. 31(1)\"",
                              "    replaces: [ext]\n    replaced_by: ext\n    replaces_article: \"art. 31(1)\"")
    variant(tmp_path, cyc)
    assert any(f.message.startswith("replacement cycle: ") for f in check(tmp_path))


def test_events_out_of_order_are_refused_with_their_place(tmp_path):
    bad = INSTRUMENTS.replace('{type: accession, date: "2013-01-10", effective: "2013-02-10"}',
                              '{type: accession, date: "2010-01-10"}')
    variant(tmp_path, bad)
    r = invoke("check", "--data-dir", str(tmp_path), expect=4)
    assert "events out of order: accession 2010-01-10 after denunciation 2011-06-29" in r.stdout + r.stderr


def test_diff_reports_each_event_as_what_it_is(tq):
    from octreaty.changes import changes

    found = [(str(c.date), c.kind, c.text) for c in changes(tq.data, tq.full, date(2011, 1, 1), date(2013, 12, 31))
             if c.country == "BOL"]
    assert found == [
        ("2012-01-01", "withdrawal", "Bolivia: denunciation of C61 takes effect"),
        ("2013-01-10", "new-party", "Bolivia: accession of C61, again"),
    ]


def test_a_successor_continues_one_side_of_a_bilateral_treaty(tq):
    day = date(2010, 1, 1)
    assert [x.instrument.id for x in tq.link("MNE", "GBR", day).bilateral] == ["bilateral-gbr-scg"]
    assert tq.link("MNE", "SRB", day).bilateral == ()  # successor and predecessor: one side, no link
    assert tq.link("MNE", "GBR", date(2006, 6, 2)).bilateral == ()  # before the successor existed


def test_an_undated_act_in_force_later_is_not_yet_bound(tmp_path):
    # found by the CoE data round: Montenegro's undated succession to ETS 24, effective 2006-06-06
    undated = INSTRUMENTS.replace('{party: MNE, act: succession, date: "2006-10-23", effective: "2006-06-03"',
                                  '{party: MNE, act: succession, date: null, effective: "2006-06-10"')
    variant(tmp_path, undated)
    q = Queries(load(tmp_path))
    s = q.standing("MNE", "drugs", date(2006, 6, 5))
    assert (s.state, s.reason) == ("not-party", "not yet bound: in force for it only from 2006-06-10; the date of "
                                                "its succession is not in the data")
    assert q.standing("MNE", "drugs", date(2006, 6, 10)).state == "bound"


def test_a_partner_moving_to_a_new_agreement_within_a_month_stays_a_partner(tmp_path):
    org = INSTRUMENTS + """
  - id: pol
    short: POL
    name: Test police organisation
    kind: organisation
    purposes: {police: "agreements"}
    sources: [s]
    parties:
      - {party: DEU, act: membership, date: "1999-01-01", role: member, sources: [s]}
      - party: PER
        sources: [s]
        events:
          - {type: agreement, date: "2004-05-01", role: strategic-partner}
          - {type: agreement, date: "2014-02", role: operational-partner}
"""
    variant(tmp_path, org)
    q = Queries(load(tmp_path))
    inside = q.standing("PER", "pol", date(2014, 2, 10))
    assert (inside.state, inside.reason) == ("partner", "strategic-partner, becoming operational-partner during "
                                                        "2014-02 (the day is not given)")
    assert q.standing("PER", "pol", date(2014, 3, 1)).role == "operational-partner"
    assert q.standing("PER", "pol", date(2014, 1, 31)).role == "strategic-partner"


def test_an_eu_agreement_stands_between_a_member_state_and_the_third_state_only(tq):
    day = date(2020, 6, 1)
    between_members = tq.link("FRA", "DEU", day, purpose="extradition")
    assert "eu-nor" not in [x.instrument.id for x in (*between_members.shared, *between_members.one_sided)]
    assert "eu-nor" in [x.instrument.id for x in tq.link("FRA", "NOR", day, purpose="extradition").shared]
    row = next(r for r in tq.matrix(day, ["DEU", "FRA", "NOR"], purpose="extradition").rows if r[:2] == ("DEU", "FRA"))
    assert row[5] == 0  # no EU law counted between Germany and France from the agreement with Norway


# --- territories ---------------------------------------------------------------------------

TERRITORIES = """
  - {id: NLD, name: Netherlands, iso2: NL, status: un-member, sources: [s]}
  - {id: ABW, name: Aruba, iso2: AW, status: territory, parent: NLD, territory_kind: constituent-country,
     eu_law: does-not-apply, sources: [s]}
  - {id: BES, name: Caribbean Netherlands, iso2: BQ, status: territory, parent: NLD, sources: [s]}
  - {id: GUF, name: French Guiana, iso2: GF, status: territory, parent: FRA, treaties_apply: unless-excluded,
     eu_law: applies, sources: [s]}
"""
EXTENSIONS = """
territorial_application:
  - {instrument: drugs, party: NLD, territory: ABW, type: territorial-extension, date: "2007-01-18",
     text: "extends to Aruba", sources: [s]}
  - {instrument: drugs, party: NLD, territory: BES, type: territorial-exclusion, date: "2010-10-10",
     text: "does not apply to the Caribbean part", sources: [s]}
"""


@pytest.fixture(scope="module")
def territories(tmp_path_factory) -> Queries:
    countries = COUNTRIES.replace("non_recognition:", TERRITORIES.lstrip("\n") + "non_recognition:")
    instruments = INSTRUMENTS.replace("      - {party: PER, act: ratification",
                                      '      - {party: NLD, act: ratification, date: "1965-07-16", sources: [s]}\n'
                                      "      - {party: PER, act: ratification") + EXTENSIONS
    d = variant(tmp_path_factory.mktemp("territories"), instruments, countries)
    return Queries(load(d))


@pytest.mark.parametrize("day, expected", [("2007-01-17", "not-in-data"), ("2007-01-18", "bound")])
def test_a_territory_is_covered_from_its_parents_extension(territories, day, expected):
    s = territories.standing("ABW", "drugs", date.fromisoformat(day))
    assert s.state == expected
    if expected == "bound":
        assert s.reason.startswith('through Netherlands\'s extension of 2007-01-18: "extends to Aruba"')
    else:
        assert s.reason == ("not covered as far as the data shows: no extension by Netherlands in force on "
                            "2007-01-17; Netherlands extended it from 2007-01-18")


def test_an_excluded_territory_is_not_covered_and_never_called_not_a_party_without_a_source(territories):
    s = territories.standing("BES", "drugs", date(2012, 1, 1))
    assert (s.state, s.reason) == ("not-party", "excluded by Netherlands's declaration of 2010-10-10: "
                                                '"does not apply to the Caribbean part"')
    assert territories.standing("BES", "drugs", date(2009, 1, 1)).state == "not-in-data"


def test_eu_law_follows_the_eu_treaties_territorial_rules(territories):
    assert territories.standing("ABW", "eaw", date(2010, 1, 1)).state == "not-party"
    assert territories.standing("GUF", "eaw", date(2010, 1, 1)).state == "bound"


def test_a_territory_is_linked_through_the_extension_and_not_counted_as_a_party(territories):
    link = territories.link("ABW", "PER", date(2008, 1, 1))
    assert [x.instrument.id for x in link.shared] == ["drugs"]
    assert "ABW" not in [r.country.id for r in territories.parties("drugs", date(2008, 1, 1)).rows]


def test_check_refuses_an_extension_by_a_state_that_is_not_the_parent(tmp_path):
    variant(tmp_path, INSTRUMENTS + EXTENSIONS.replace("party: NLD, territory: ABW", "party: PER, territory: ABW"),
            COUNTRIES.replace("non_recognition:", TERRITORIES.lstrip("\n") + "non_recognition:"))
    r = invoke("check", "--data-dir", str(tmp_path), expect=4)
    assert "'ABW' is not a territory of 'PER' (its parent is 'NLD')" in r.stdout + r.stderr


def test_a_conflict_between_official_sources_is_kept_named_and_not_used(tmp_path):
    conflicting = INSTRUMENTS.replace(
        '      - {party: PER, act: ratification, date: "1964-07-22", sources: [s]}',
        '      - {party: PER, act: ratification, date: "1964-07-22", sources: [s],\n'
        '         conflicts: [{field: date, value: "1964-07-25", sources: [s], note: "national gazette"}]}')
    variant(tmp_path, conflicting)
    warnings = [f.message for f in check(tmp_path) if f.severity == "warning"]
    assert "conflict: PER date 1964-07-22 per s, 1964-07-25 per s (the answers use the row's)" in warnings
    q = Queries(load(tmp_path))
    assert q.show("drugs", date(2020, 1, 1)).conflicts == (
        "Peru: date 1964-07-25 per s, not the row's 1964-07-22 (s): national gazette",)
    assert q.standing("PER", "drugs", date(2020, 1, 1)).consent == q.data.instruments["drugs"].parties[1].date


def test_a_conflict_names_each_source_on_its_own_side(tmp_path):
    """A row cites the gazette for the act itself and records the gazette's other day as a conflict: the warning
    and show put the gazette beside its own day only, not behind the row's too."""
    conflicting = INSTRUMENTS.replace(
        '      - {party: PER, act: ratification, date: "1964-07-22", sources: [s]}',
        '      - {party: PER, act: ratification, date: "1964-07-22", sources: [s, gazette],\n'
        '         conflicts: [{field: date, value: "1964-07-25", sources: [gazette]}]}')
    countries = COUNTRIES.replace(
        'sources:\n', 'sources:\n  gazette: {title: "national gazette", url: "https://example.org/g", as_of: "2024-01-01"}\n', 1)
    variant(tmp_path, conflicting, countries)
    warnings = [f.message for f in check(tmp_path) if f.severity == "warning"]
    assert "conflict: PER date 1964-07-22 per s, 1964-07-25 per gazette (the answers use the row's)" in warnings
    assert Queries(load(tmp_path)).show("drugs", date(2020, 1, 1)).conflicts == (
        "Peru: date 1964-07-25 per gazette, not the row's 1964-07-22 (s)",)


def _with_three_sources(tmp_path, conflict: str):
    """Peru's row cites s (its act), signed (its signature) and gazette (the other day), with ``conflict``."""
    row = INSTRUMENTS.replace(
        '      - {party: PER, act: ratification, date: "1964-07-22", sources: [s]}',
        '      - {party: PER, act: ratification, date: "1964-07-22", sources: [s, signed, gazette],\n'
        f'         conflicts: [{conflict}]}}')
    countries = COUNTRIES.replace(
        'sources:\n', 'sources:\n  gazette: {title: "national gazette", url: "https://example.org/g", as_of: "2024-01-01"}\n'
        '  signed: {title: "a signature", url: "https://example.org/s", as_of: "2024-01-01"}\n'
        '  spare: {title: "another fact", url: "https://example.org/x", as_of: "2024-01-01"}\n', 1)
    tmp_path.mkdir(exist_ok=True)
    variant(tmp_path, row, countries)


def test_a_conflict_credits_the_rows_value_to_the_sources_it_names(tmp_path):
    """A row's sources are the row's, not each field's: one that dates only its signature does not give the
    act's day. Without backed_by it is credited with the row's day (all one can say); with it, only those named."""
    _with_three_sources(tmp_path, '{field: date, value: "1964-07-25", sources: [gazette]}')
    assert "conflict: PER date 1964-07-22 per s, signed, 1964-07-25 per gazette (the answers use the row's)" in [
        f.message for f in check(tmp_path)]
    _with_three_sources(tmp_path / "b", '{field: date, value: "1964-07-25", sources: [gazette], backed_by: [s]}')
    assert "conflict: PER date 1964-07-22 per s, 1964-07-25 per gazette (the answers use the row's)" in [
        f.message for f in check(tmp_path / "b")]
    assert Queries(load(tmp_path / "b")).show("drugs", date(2020, 1, 1)).conflicts == (
        "Peru: date 1964-07-25 per gazette, not the row's 1964-07-22 (s)",)


@pytest.mark.parametrize("backed_by, problem", [
    ("[nowhere]", "unknown source 'nowhere'"),
    ("[spare]", "a conflict's backed_by names spare, which the row of 'PER' on 'drugs' does not cite"),
])
def test_backed_by_names_sources_the_row_cites(tmp_path, backed_by, problem):
    _with_three_sources(tmp_path, f'{{field: date, value: "1964-07-25", sources: [gazette], backed_by: {backed_by}}}')
    r = invoke("check", "--data-dir", str(tmp_path), expect=4)
    assert problem in r.stdout + r.stderr


def test_check_warns_about_a_table_older_than_twelve_months(tdir):
    def stale(today: date) -> list[str]:
        return [f.message for f in check(tdir, today=today) if "12 months" in f.message and f.key == "drugs.sources"]

    assert stale(date(2024, 12, 31)) == []
    assert stale(date(2025, 1, 2)) == [
        "C61: the newest source of its table is from 2024-01-01, more than 12 months old: refresh it from its "
        "depositary's current table (the instrument names no status_page: add the depositary's page of its parties)"]


def test_check_names_the_status_page_to_refresh_a_stale_table_from(tmp_path):
    page = "https://treaties.example.org/status?treaty=61"
    variant(tmp_path, INSTRUMENTS.replace("    short: C61\n", f"    short: C61\n    status_page: {page}\n", 1))
    stale = [f.message for f in check(tmp_path, today=date(2025, 1, 2)) if f.key == "drugs.sources"]
    assert stale == ["C61: the newest source of its table is from 2024-01-01, more than 12 months old: refresh it "
                     f"from its depositary's current table ({page})"]
    assert f"current table,{page}\n" in invoke("show", "C61", "--data-dir", str(tmp_path), "--format", "csv").stdout
    shown = json.loads(invoke("show", "C61", "--data-dir", str(tmp_path), "--format", "json").stdout)
    assert shown["results"][0]["status_page"] == page


@pytest.mark.parametrize("bad", ["treaties.example.org/status", "javascript:alert(1)", '"https://a.org/x y"'])
def test_a_status_page_that_is_not_a_web_address_is_refused(tmp_path, bad):
    variant(tmp_path, INSTRUMENTS.replace("    short: C61\n", f"    short: C61\n    status_page: {bad}\n", 1))
    r = invoke("show", "C61", "--data-dir", str(tmp_path), expect=4)
    assert "status_page" in r.stderr and "is not a web address" in r.stderr and r.stdout == ""
    assert "starting with https://" in r.stderr and "Traceback" not in r.stderr
    assert "instruments[0].status_page" in invoke("check", "--data-dir", str(tmp_path), expect=4).stdout


def test_path_never_passes_through_a_membership_that_carries_nothing(shipped_q):
    # the Council of Europe and the EU as organisations have no purposes: memberships, not channels
    paths = shipped_q.path("XKX", "SRB", date(2026, 11, 29), limit=20)
    hops = {h.id for chain in paths.paths for h in chain if h.kind == "instrument"}
    assert hops and not hops & {"coe", "eu"}


def test_an_eu_agreement_is_nothing_between_the_third_state_and_a_non_member(tq):
    link = tq.link("NOR", "PER", date(2020, 6, 1), purpose="extradition")
    assert "eu-nor" not in [x.instrument.id for x in (*link.shared, *link.one_sided)]


def test_an_extension_to_a_territory_is_no_note_between_two_states(territories):
    drugs = next(x for x in territories.link("NLD", "PER", date(2008, 1, 1)).shared if x.instrument.id == "drugs")
    assert not [n for n in drugs.notes if "Aruba" in n]
    aruba = next(x for x in territories.link("ABW", "PER", date(2008, 1, 1)).shared if x.instrument.id == "drugs")
    assert aruba.notes == ('Aruba: applies to Aruba through Netherlands\'s extension of 2007-01-18: "extends to Aruba"',)


def test_an_instruments_file_of_ones_own_stands_on_the_shipped_countries(tmp_path):
    # countries.yaml defines every source it cites, so a user's instruments.yaml replacing all the
    # shipped instrument files still loads beside it
    (tmp_path / "instruments.yaml").write_text(INSTRUMENTS.replace("schema: 1\n", """schema: 1
sources:
  s: {title: "test source", url: "https://example.org/s", as_of: "2024-01-01"}
""", 1), encoding="utf-8")
    q = Queries(load(tmp_path))
    assert sorted(q.data.instruments) == ["bilateral-gbr-scg", "bilateral-xkx-srb", "drugs", "eaw", "eu", "eu-nor", "ext"]
    assert "ABW" in q.data.countries


def test_check_reports_an_extension_dated_before_the_parents_consent(tmp_path):
    early = EXTENSIONS.replace('territory: ABW, type: territorial-extension, date: "2007-01-18"',
                               'territory: ABW, type: territorial-extension, date: "1960-01-18"')
    instruments = INSTRUMENTS.replace("      - {party: PER, act: ratification",
                                      '      - {party: NLD, act: ratification, date: "1965-07-16", sources: [s]}\n'
                                      "      - {party: PER, act: ratification") + early
    variant(tmp_path, instruments, COUNTRIES.replace("non_recognition:", TERRITORIES.lstrip("\n") + "non_recognition:"))
    assert "NLD: extension to ABW dated 1960-01-18, before its own ratification of 1965-07-16" in \
        [f.message for f in check(tmp_path)]


def test_a_protocol_goes_with_its_displaced_convention(tmp_path):
    protocol = INSTRUMENTS.replace("  - id: eu\n", """  - id: ext-p
    short: ETS 98
    name: Test protocol to the extradition convention
    kind: protocol
    parent: ext
    adopted: "1978-03-17"
    entry_into_force: "1983-06-05"
    purposes: {extradition: "art. 2"}
    sources: [s]
    parties:
      - {party: FRA, act: ratification, date: "1986-02-10", entry_into_force: "1986-05-11", sources: [s]}
      - {party: NOR, act: ratification, date: "1985-01-11", entry_into_force: "1985-04-11", sources: [s]}
  - id: eu
""", 1)
    q = Queries(load(variant(tmp_path, protocol)))
    link = q.link("FRA", "NOR", date(2020, 1, 1), purpose="extradition")
    assert [x.instrument.id for x in link.displaced] == ["ext", "ext-p"]


def test_check_flags_a_direction_override_in_any_text(tmp_path):
    bad = INSTRUMENTS.replace('name: Test drug convention', 'name: "Test \\u202Edrug convention"')
    variant(tmp_path, bad)
    assert "control character U+202E in text" in [f.message for f in check(tmp_path)]


def test_a_bilateral_agreement_in_force_from_a_month_says_so_before_during_and_after(tmp_path):
    # an agreement whose source gives its entry into force to the month only: before that month it is not yet in
    # force (and the answer says from when), within it the day is unknown, after it it is in force
    month = INSTRUMENTS.replace('  - id: bilateral-xkx-srb\n    short: XKX-SRB\n    name: Test undated agreement\n'
                                '    kind: bilateral\n',
                                '  - id: bilateral-xkx-srb\n    short: XKX-SRB\n    name: Test undated agreement\n'
                                '    kind: bilateral\n    signed: "2009-05-10"\n    entry_into_force: "2010-02"\n')
    variant(tmp_path, month)

    def said(day: str) -> str:
        out = json.loads(invoke("why", "kosovo", "serbia", "--as-of", day, "--data-dir", str(tmp_path),
                                "--format", "json").stdout)
        step = next(s for s in out["results"] if s["title"] == "Bilateral treaties")
        return out["summary"] + " | " + " ".join(step["sentences"])

    assert said("2009-04-01").endswith("| No bilateral agreement between Kosovo and Serbia is known to the data; "
                                       "that is not a source saying that none exists.")  # not yet signed
    assert said("2009-12-01") == (
        "Kosovo and Serbia share no multilateral convention on 2009-12-01; 1 bilateral agreement signed, not yet in "
        "force. | Test undated agreement (signed 2009-05-10; not yet bound: in force for it only from 2010-02; the "
        "date of its agreement is not in the data) [s].")
    assert ("(signed 2009-05-10; entered into force in 2010-02; the sources give no day, so whether it was in "
            "force on 2010-02-10 is not known)") in said("2010-02-10")
    assert "(signed 2009-05-10; in force since 2010-02; no termination is recorded in the data)" in said("2010-03-01")


def test_matrix_counts_a_bilateral_agreement_only_while_link_does(tmp_path):
    # "The counts are those 'link' gives": not before it is in force, not after it was terminated
    ended = INSTRUMENTS.replace('    entry_into_force: "1901-06-01"\n',
                                '    entry_into_force: "1901-06-01"\n    terminated: "2010-01-01"\n', 1)
    assert ended != INSTRUMENTS
    variant(tmp_path, ended)

    def count(day: str) -> tuple[str, str]:
        rows = json.loads(invoke("matrix", "--group", "GBR,SRB", "--as-of", day, "--data-dir", str(tmp_path),
                                 "--format", "json").stdout)["results"]
        link = json.loads(invoke("link", "GBR", "SRB", "--as-of", day, "--data-dir", str(tmp_path),
                                 "--format", "json").stdout)["summary"]
        return str(rows[0]["bilateral"]), link

    assert count("1900-06-01")[0] == "0"  # not yet signed
    assert count("1950-01-01") == ("1", "United Kingdom and Serbia share no multilateral convention on 1950-01-01; "
                                        "1 bilateral agreement links them.")
    assert count("2012-01-01")[0] == "0"  # terminated
    assert "bilateral" not in count("2012-01-01")[1]


def test_an_agreement_replaced_by_another_ends_when_the_new_one_enters_into_force(tmp_path):
    # replaced_by: the old agreement no longer applies between the parties of the new one from the day the new one
    # enters into force; a successor state the new one does not bind (MNE) keeps the old one
    newer = INSTRUMENTS.replace('    entry_into_force: "1901-06-01"\n',
                                '    entry_into_force: "1901-06-01"\n    replaced_by: bilateral-gbr-srb-2010\n', 1) + """
  - id: bilateral-gbr-srb-2010
    short: GBR-SRB 2010
    name: Test replacing treaty
    kind: bilateral
    signed: "2009-01-10"
    entry_into_force: "2010-06-01"
    purposes: {extradition: "all"}
    sources: [s]
    parties:
      - {party: GBR, act: agreement, sources: [s]}
      - {party: SRB, act: agreement, sources: [s]}
"""
    variant(tmp_path, newer)
    q = Queries(load(tmp_path))

    def linked(a: str, b: str, day: date) -> list[str]:
        return [x.instrument.id for x in q.link(a, b, day).bilateral]

    assert linked("GBR", "SRB", date(2010, 5, 31)) == ["bilateral-gbr-scg", "bilateral-gbr-srb-2010"]
    assert linked("GBR", "SRB", date(2010, 6, 1)) == ["bilateral-gbr-srb-2010"]
    assert linked("GBR", "MNE", date(2012, 1, 1)) == ["bilateral-gbr-scg"]  # the successor keeps the old one
    grid = json.loads(invoke("matrix", "--group", "GBR,SRB,MNE", "--as-of", "2012-01-01", "--data-dir",
                             str(tmp_path), "--format", "json").stdout)["results"]
    assert {(r["a"], r["b"]): r["bilateral"] for r in grid if "GBR" in (r["a"], r["b"])} == {
        ("GBR", "MNE"): 1, ("GBR", "SRB"): 1}  # the old one with MNE, the new one with SRB
    diff = invoke("diff", "--since", "2010-06-01", "--until", "2010-06-01", "--data-dir", str(tmp_path),
                  "--format", "csv").stdout
    assert ("2010-06-01,termination,bilateral-gbr-scg,GBR-SCG,GBR SRB,United Kingdom; Serbia,day,Test treaty "
            "continued by a successor replaced by the Test replacing treaty between United Kingdom; Serbia") in diff

    # where the new agreement binds every party of the old one, the old one ends for each of them
    whole = newer.replace("      - {party: MNE, act: succession, successor_of: SRB, effective: \"2006-06-03\", "
                          "sources: [s]}\n", "")
    assert whole != newer
    q = Queries(load(variant(tmp_path, whole)))
    after = q.standing("SRB", "bilateral-gbr-scg", date(2010, 6, 1))
    assert after.state == "withdrawn"
    assert after.reason == ("the agreement was replaced by the Test replacing treaty (bilateral-gbr-srb-2010), in "
                            "force (effective 2010-06-01)")


LATER = """
  - id: bilateral-gbr-srb-1990
    short: GBR-SRB 1990
    name: Test later principal treaty
    kind: bilateral
    signed: "1990-01-10"
    entry_into_force: "1990-06-01"
    purposes: {extradition: "the whole treaty"}
    sources: [s]
    parties:
      - {party: GBR, act: agreement, sources: [s]}
      - {party: SRB, act: agreement, sources: [s]}
  - id: bilateral-gbr-srb-1995-protocol
    short: GBR-SRB 1995 protocol
    name: Test protocol to the later treaty
    kind: bilateral
    signed: "1995-01-10"
    entry_into_force: "1995-06-01"
    supplements: bilateral-gbr-srb-1990
    purposes: {extradition: "amends the 1990 treaty"}
    sources: [s]
    parties:
      - {party: GBR, act: agreement, sources: [s]}
      - {party: SRB, act: agreement, sources: [s]}
"""


def test_an_old_agreement_with_no_end_is_uncertain_once_a_later_one_on_the_same_matter_is_in_force(tmp_path):
    # VCLT art. 59: a later treaty on the same subject may terminate the earlier one; the data records no
    # termination, so the older one is "uncertain" (never "in force", never "ended"), and names the later one
    variant(tmp_path, INSTRUMENTS + LATER)
    q = Queries(load(tmp_path))

    def states(day: date) -> dict[str, str]:
        return {x.instrument.id: x.a.state for x in q.link("GBR", "SRB", day).bilateral}

    assert states(date(1990, 5, 31)) == {"bilateral-gbr-scg": "bound", "bilateral-gbr-srb-1990": "not-party"}
    assert states(date(1996, 1, 1)) == {"bilateral-gbr-scg": "uncertain", "bilateral-gbr-srb-1990": "bound",
                                        "bilateral-gbr-srb-1995-protocol": "bound"}  # its own protocol stays
    old = next(x for x in q.link("GBR", "SRB", date(1996, 1, 1)).bilateral if x.instrument.id == "bilateral-gbr-scg")
    assert old.a.reason == (
        "in force since 1901-06-01, but the Test later principal treaty (bilateral-gbr-srb-1990), signed 1990-01-10 "
        "and in force between them, is a later agreement on the same matters: it may have terminated this one "
        "(Vienna Convention on the Law of Treaties art. 59); the data records no termination")
    # the successor, which the later treaty does not bind, keeps the old one as it was
    assert [x.a.state for x in q.link("GBR", "MNE", date(2010, 1, 1)).bilateral] == ["bound"]


def test_a_later_agreement_limited_to_some_territories_leaves_the_old_one_alone(tmp_path):
    limited = LATER.replace('    purposes: {extradition: "the whole treaty"}\n',
                            '    purposes: {extradition: "the whole treaty"}\n    scope: "only between the Malay States '
                            'and Serbia"\n', 1)
    variant(tmp_path, INSTRUMENTS + limited)
    q = Queries(load(tmp_path))
    assert {x.instrument.id: x.a.state for x in q.link("GBR", "SRB", date(1996, 1, 1)).bilateral}[
        "bilateral-gbr-scg"] == "bound"


NOT_YET = '      - {party: DEU, act: accession, sources: [s], not_before: {date: "2000-06-30", sources: [s], ' \
          'note: "a report of that day says it has not yet acceded"}}\n'


def test_not_before_moves_an_undated_act_after_the_day_a_source_shows_it_not_done(tmp_path):
    # an undated accession is "uncertain" from the instrument's adoption to its source's date (s: 2024-01-01);
    # a source showing it not yet done on 2000-06-30 makes it certainly not a party until then
    variant(tmp_path, INSTRUMENTS.replace(
        '      - {party: PER, act: ratification, date: "1964-07-22", sources: [s]}\n',
        '      - {party: PER, act: ratification, date: "1964-07-22", sources: [s]}\n' + NOT_YET, 1))
    q = Queries(load(tmp_path))
    assert q.standing("DEU", "drugs", date(2000, 6, 30)).state == "not-party"
    early = q.standing("DEU", "drugs", date(2000, 7, 1))  # done on that day at the earliest: in force 30 days later
    assert (early.state, early.reason) == ("not-party", "not yet bound: in force for it no earlier than 2000-07-31; "
                                                         "the date of its accession is not in the data")
    assert q.standing("DEU", "drugs", date(2000, 8, 15)).state == "uncertain"
    assert q.standing("DEU", "drugs", date(2024, 2, 1)).state == "bound"  # its source (2024-01-01), 30 days on
    assert "DEU" not in [r.country.id for r in q.parties("drugs", date(2000, 6, 30)).uncertain]
    assert "DEU" in [r.country.id for r in q.parties("drugs", date(2010, 1, 1)).uncertain]


def test_not_before_that_contradicts_its_row_is_refused_or_reported(tmp_path):
    # beside a date on or before it: the loader refuses the row, naming both
    dated = NOT_YET.replace("act: accession,", 'act: accession, date: "1999-01-05",')
    variant(tmp_path, INSTRUMENTS.replace(
        '      - {party: PER, act: ratification, date: "1964-07-22", sources: [s]}\n',
        '      - {party: PER, act: ratification, date: "1964-07-22", sources: [s]}\n' + dated, 1))
    r = invoke("show", "C61", "--data-dir", str(tmp_path), expect=4)
    assert "not_before 2000-06-30 says the accession was not yet done then, but it is dated 1999-01-05" in r.stderr
    # after the date its own sources speak for: check reports the contradiction
    late = NOT_YET.replace('not_before: {date: "2000-06-30"', 'not_before: {date: "2025-03-01"')
    variant(tmp_path, INSTRUMENTS.replace(
        '      - {party: PER, act: ratification, date: "1964-07-22", sources: [s]}\n',
        '      - {party: PER, act: ratification, date: "1964-07-22", sources: [s]}\n' + late, 1))
    found = [f.message for f in check(tmp_path) if f.severity == "error"]
    assert found == ["DEU: its sources date the accession by 2024-01-01, yet not_before says it was not yet done on "
                     "2025-03-01: cite the source that shows it done later"]


def test_check_asks_for_a_dated_stated_count_for_every_multilateral_table(tmp_path):
    """A table with no stated count, or a count with no date, has nothing to be held against: check says which."""
    line = '    coverage: {stated: 3, stated_by: s, as_of: "2024-01-01", complete: true}\n'
    assert line in INSTRUMENTS
    variant(tmp_path, INSTRUMENTS.replace(line, "", 1))
    assert [f.message for f in check(tmp_path) if f.key == "drugs.coverage"] == [
        "coverage: no stated count of parties to hold the table against: add one, with its date, from the "
        "depositary's current table"]
    variant(tmp_path, INSTRUMENTS.replace(line, line.replace(', as_of: "2024-01-01"', ""), 1))
    assert [f.message for f in check(tmp_path) if f.key == "drugs.coverage"] == [
        "coverage: the count of 3 stated by s has no date, so nothing says when it held: give coverage the as_of "
        "its source states it for"]


UNDATED = '  - id: bilateral-xkx-srb\n    short: XKX-SRB\n    name: Test undated agreement\n    kind: bilateral\n'
IN_FORCE_BY = ('    signed: "2009-05-10"\n    in_force_by: {date: "2012-03-01", sources: [s], '
               'note: "a court applied it that day"}\n')


def test_in_force_by_makes_an_undated_agreement_bound_from_the_day_a_source_shows_it_applied(tmp_path):
    # signed 2009-05-10, entry into force not found, applied by a court on 2012-03-01: not in force before its
    # signature, uncertain between the two days, in force from the later one (never a day worked out)
    variant(tmp_path, INSTRUMENTS.replace(UNDATED, UNDATED + IN_FORCE_BY, 1))
    q = Queries(load(tmp_path))

    def side(day: date) -> tuple[str, str] | None:
        rows = [x for x in q.link("XKX", "SRB", day).bilateral if x.instrument.id == "bilateral-xkx-srb"]
        return (rows[0].a.state, rows[0].a.reason) if rows else None

    assert side(date(2009, 5, 9)) is None  # not yet signed: not listed
    assert side(date(2012, 2, 29)) == ("uncertain", "signed; in force by 2012-03-01, as a source shows, but the day "
                                       "it entered into force is not found, so whether it was in force on "
                                       "2012-02-29 is not known")
    assert side(date(2012, 3, 1)) == ("bound", "in force by 2012-03-01, as a source shows; the day it entered "
                                      "into force is not found")
    assert side(date(2020, 1, 1))[0] == "bound"


@pytest.mark.parametrize("edit, message", [
    ('    signed: "2009-05-10"\n    entry_into_force: "2011-01-01"\n',
     "in_force_by beside entry_into_force: the day it entered into force makes the bound needless"),
    ('    signed: "2013-05-10"\n', "in_force_by 2012-03-01 is before the agreement was signed (2013-05-10)"),
])
def test_in_force_by_that_cannot_hold_is_refused(tmp_path, edit, message):
    bound = '    in_force_by: {date: "2012-03-01", sources: [s]}\n'
    variant(tmp_path, INSTRUMENTS.replace(UNDATED, UNDATED + edit + bound, 1))
    assert message in invoke("show", "XKX-SRB", "--data-dir", str(tmp_path), expect=4).stderr


def test_in_force_by_is_for_an_agreement_or_convention_not_an_organisation(tmp_path):
    eu = "    who_may_join: european-union-rules\n"
    assert INSTRUMENTS.count(eu) == 1
    variant(tmp_path, INSTRUMENTS.replace(eu, eu + '    in_force_by: {date: "1970-01-01", sources: [s]}\n', 1))
    assert "in_force_by is for an agreement or convention whose entry into force is not found" in invoke(
        "show", "EU", "--data-dir", str(tmp_path), expect=4).stderr


def test_in_force_by_beside_a_conventions_entry_into_force_is_refused(tmp_path):
    drugs = "    who_may_join: un-all-states\n"
    assert INSTRUMENTS.count(drugs) >= 1
    variant(tmp_path, INSTRUMENTS.replace(drugs, drugs + '    in_force_by: {date: "1970-01-01", sources: [s]}\n', 1))
    assert "in_force_by beside entry_into_force" in invoke("show", "C61", "--data-dir", str(tmp_path), expect=4).stderr


BOLIVIA_OUT = '          - {type: denunciation, date: "2011-06-29", effective: "2012-01-01"}\n'


def test_an_ending_known_only_between_two_days_is_uncertain_between_them(tmp_path):
    # Bolivia's denunciation, its day unknown: a source shows it still bound on 2011-06-29 (not_before), and the
    # event's source (s, 2024-01-01) shows it gone by then; a re-accession follows in 2013 in the fixture, so drop it
    undated = ('          - {type: denunciation, sources: [s], not_before: {date: "2011-06-29", sources: [s]}}\n')
    text = INSTRUMENTS.replace(BOLIVIA_OUT, undated, 1).replace(
        '          - {type: accession, date: "2013-01-10", effective: "2013-02-10"}\n', "", 1)
    variant(tmp_path, text)
    q = Queries(load(tmp_path))
    assert q.standing("BOL", "drugs", date(2011, 6, 29)).state == "bound"
    later = q.standing("BOL", "drugs", date(2015, 1, 1))
    assert (later.state, later.reason) == ("uncertain", "ratification 1976-08-25; denunciation after 2011-06-29, "
                                                        "its day not found")
    gone = q.standing("BOL", "drugs", date(2024, 1, 1))
    assert (gone.state, gone.reason) == ("withdrawn", "denounced after 2011-06-29, by 2024-01-01 (the day is not found)")


def test_not_before_on_an_event_is_for_an_undated_consent_or_ending_only(tmp_path):
    dated = '          - {type: denunciation, date: "2011-06-29", not_before: {date: "2011-01-01", sources: [s]}}\n'
    variant(tmp_path, INSTRUMENTS.replace(BOLIVIA_OUT, dated, 1))
    assert "not_before on an event bounds a consent or an ending whose day is not known" in invoke(
        "show", "C61", "--data-dir", str(tmp_path), expect=4).stderr


def test_a_new_consent_known_only_after_a_day_ends_the_old_one_in_the_same_window(tmp_path):
    # Bolivia's re-accession, its day unknown: not yet done on 2012-06-30 (not_before), done by its source's date
    # (s, 2024-01-01); here it follows the 1976 ratification directly (the denunciation dropped), so the old
    # period ends in that same window: bound under one or the other all along, the handover's day unknown
    text = INSTRUMENTS.replace(BOLIVIA_OUT, "", 1).replace(
        '          - {type: accession, date: "2013-01-10", effective: "2013-02-10"}\n',
        '          - {type: accession, sources: [s], not_before: {date: "2012-06-30", sources: [s]}}\n', 1)
    variant(tmp_path, text)
    q = Queries(load(tmp_path))
    assert (q.standing("BOL", "drugs", date(2012, 6, 30)).act, q.standing("BOL", "drugs", date(2012, 6, 30)).state) \
        == ("ratification", "bound")
    during = q.standing("BOL", "drugs", date(2015, 1, 1))  # bound under one or the other all along
    assert (during.state, during.reason) == ("bound", "member, becoming member during 2012-07-01 to 2024-01-01 "
                                                      "(the day is not given)")
    after = q.standing("BOL", "drugs", date(2024, 3, 1))
    assert (after.act, after.state) == ("accession", "bound")
