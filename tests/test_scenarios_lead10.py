"""Round 10, the lead's scenarios: `show` names the conflicts between official sources that `check` warns of
(issue 12: "let `show` and `check` name the conflict"), and a signatory whose undated act a source shows not yet
done on a later day says so, not "ratification date not found came later"."""

from __future__ import annotations

import json

from .conftest import invoke, mini_with
from .scenario import answer


def test_show_names_each_conflict_between_official_sources():
    # at-bgbl-1993-841-1972-protocol (Austria's notice of 1993-12-15, round 10) against the depositary's table
    # (untc-mtdsg-2018) for Cameroon's and Micronesia's acts under the 1972 Protocol; the answers use the row's
    cameroon = ("Cameroon: date 1988-02-17 per at-bgbl-1993-841-1972-protocol, not the row's 1974-05-30 "
                "(untc-mtdsg-2018)")
    shown = answer("show", "drugs-1961-amended")["results"][0]["conflicts"]
    assert shown[0] == cameroon and len(shown) == 2
    csv = invoke("show", "drugs-1961-amended", "--format", "csv").stdout.splitlines()
    assert f'conflict between sources,"{cameroon}"' in csv
    # a field of two words reads as words
    ets24 = answer("show", "ets-024")["results"][0]["conflicts"]
    assert ets24[0].startswith("Bulgaria: entry into force 1994-09-14 per ch-sr-0-353-1-scope-2013, not the row's "
                               "1994-09-15")


def _reason(iid: str, country: str, day: str) -> tuple[str, str]:
    [row] = [r for r in answer("parties", iid, "--all", "--as-of", day)["results"] if r["country"] == country]
    return row["state"], row["reason"]


def test_an_act_a_source_shows_done_after_the_day_came_later():
    # ro-lege-80-1997: Romania's law of 1997-05-09 ratifying ETS 24 and its Protocols, with its declarations, so the
    # deposit of ETS 98 came after it (the case of round 10, Luxembourg's ETS 182 law of 2021-07-23, has its deposit
    # day since round 13: 2021-10-21)
    assert _reason("ets-098", "ROU", "1997-01-01") == (
        "signed-only", "signed 1995-06-30; its ratification came later: not yet done on 1997-05-09 "
                       "(ro-lege-80-1997); its day is not in the data")
    assert _reason("ets-182", "LUX", "2021-06-01") == (
        "signed-only", "signed 2008-01-30; ratification 2021-10-21 came later")


def test_an_act_no_source_shows_done_since_is_not_said_to_have_come():
    # vietnamplus-2026-hanoi-convention, sggp-2026-vnm-hanoi-convention: Viet Nam still completing its procedures
    # for the UN Cybercrime Convention in January 2026; no deposit is known
    assert _reason("cybercrime-2024", "VNM", "2026-01-20") == (
        "signed-only", "signed 2025-10-25; its ratification not yet done on 2026-01-26 (vietnamplus-2026-hanoi-"
                       "convention, sggp-2026-vnm-hanoi-convention), and no source in the data shows it done since")


def test_a_source_saying_not_a_party_on_a_day_speaks_for_that_day_only(tmp_path):
    # The case of round 11: eyeradio-2024-ssd-untoc-protocols said South Sudan was not a party to the Trafficking
    # Protocol on 2024-07-01, the table being incomplete; round 13 found its accession (2025-04-09, the Spanish
    # treaty list es-boe-a-2025-26356), so the shipped data now dates it. The rule is held on a small table: a
    # source saying "not a party" on a day speaks for that day, and afterwards absence proves nothing
    folder = mini_with(tmp_path, "z.yaml", NOT_YET)

    def state(day):
        [row] = [r for r in json.loads(invoke("channels", "hungary", "--data-dir", str(folder), "--as-of", day,
                                              "--format", "json").stdout)["results"]
                 if r["instrument"]["id"] == "conv-z"]
        return row["state"], row["reason"]
    assert state("2024-07-01")[0] == "not-party"
    later, why = state("2026-07-01")
    assert later == "not-in-data"
    assert why.endswith("(2024-07-01); the party table is incomplete, so whether it became a party since is not in "
                        "the data")
    ssd = [r for r in answer("channels", "south sudan", "--as-of", "2024-12-01")["results"]
           if r["instrument"]["id"] == "untoc-tip"]
    assert [(r["state"], r["reason"]) for r in ssd] == [("not-party", "joined later (accession 2025-04-09)")]


NOT_YET = """schema: 1
sources:
  z-src: {title: a statement, url: https://example.org/z, as_of: "2024-07-01"}
instruments:
  - id: conv-z
    short: Convention Z
    name: Convention Z
    kind: convention
    adopted: "2011-01-01"
    entry_into_force: "2012-01-01"
    who_may_join: un-all-states
    purposes: {extradition: "art. 1"}
    sources: [z-src]
    coverage: {stated: 5, stated_by: z-src, as_of: "2024-07-01"}
    parties:
      - {party: ALB, act: ratification, date: "2012-05-01", entry_into_force: "2012-05-01", sources: [z-src]}
    non_parties:
      - {party: HUN, status: not-party, date: "2024-07-01", note: "not a party on the day", sources: [z-src]}
"""
