"""Round 10, the lead's scenarios: `show` names the conflicts between official sources that `check` warns of
(issue 12: "let `show` and `check` name the conflict"), and a signatory whose undated act a source shows not yet
done on a later day says so, not "ratification date not found came later"."""

from __future__ import annotations

from .conftest import invoke
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
    # lu-loi-2021-07-23-ets182: Luxembourg's law approving ETS 182 has the declarations made "lors du dépôt de
    # l'instrument de ratification", so the deposit came after 2021-07-23 (round 10)
    assert _reason("ets-182", "LUX", "2021-06-01") == (
        "signed-only", "signed 2008-01-30; its ratification came later: not yet done on 2021-07-23 "
                       "(lu-loi-2021-07-23-ets182); its day is not in the data")


def test_an_act_no_source_shows_done_since_is_not_said_to_have_come():
    # vietnamplus-2026-hanoi-convention, sggp-2026-vnm-hanoi-convention: Viet Nam still completing its procedures
    # for the UN Cybercrime Convention in January 2026; no deposit is known
    assert _reason("cybercrime-2024", "VNM", "2026-01-20") == (
        "signed-only", "signed 2025-10-25; its ratification not yet done on 2026-01-26 (vietnamplus-2026-hanoi-"
                       "convention, sggp-2026-vnm-hanoi-convention), and no source in the data shows it done since")


def test_a_source_saying_not_a_party_on_a_day_speaks_for_that_day_only():
    # eyeradio-2024-ssd-untoc-protocols, newsportalnp-2024-ssd-untoc-protocols (round 11): South Sudan not a party to
    # the Trafficking Protocol on 2024-07-01, when its Protocols were before Parliament; the table is incomplete
    # (180 of 185), so afterwards absence proves nothing
    def state(day):
        [row] = [r for r in answer("channels", "south sudan", "--as-of", day)["results"]
                 if r["instrument"]["id"] == "untoc-tip"]
        return row["state"], row["reason"]
    assert state("2024-07-01")[0] == "not-party"
    later, why = state("2026-07-01")
    assert later == "not-in-data"
    assert why.endswith("(2024-07-01); the party table is incomplete, so whether it became a party since is not in "
                        "the data")
