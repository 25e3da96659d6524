"""Scenarios for organisations over time: memberships, partnerships and the acts that
change them, each checked on both sides of its boundary, through the CLI on the shipped data.

Every test names the source of the answer it expects; the keys are those of
data/organisations.yaml, where each carries its URL and date."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import pytest

from octreaty.model import MEMBER_ROLES

from .conftest import invoke


def _json(*args: str) -> dict:
    return json.loads(invoke(*args, "--format", "json").stdout)


def _link_row(a: str, b: str, day: str, iid: str) -> dict:
    doc = _json("link", a, b, "--as-of", day)
    [row] = [r for r in doc["results"] if r.get("instrument", {}).get("id") == iid]
    return row


def _ratified_row(country: str, day: str, iid: str) -> dict | None:
    rows = [r for r in _json("ratified", country, "--as-of", day)["results"] if r["instrument"]["id"] == iid]
    assert len(rows) <= 1
    return rows[0] if rows else None


def _standing(row: dict | None) -> tuple[str, str | None] | None:
    return None if row is None else (row["state"], row["role"])


def _parties(iid: str, day: str) -> dict[str, dict[str, str]]:
    text = invoke("parties", iid, "--all", "--format", "csv", "--as-of", day).stdout
    return {r["country"]: r for r in csv.DictReader(io.StringIO(text))}


# --- Denmark and Europol: a member until 2017-04-30, a partner under its own agreement from 2017-05-01 ---------
# Sources: org-oeil-2017-denmark-list (European Parliament OEIL: "as of 1 May 2017, Denmark will be regarded as a
# third country with respect to Europol"), org-cphpost-2016-europol (the new agreement "will come into effect on
# 1 May 2017, meaning that Denmark will no longer be a member of Europol"), org-commission-2017-denmark (signed
# 2017-04-29, "will enter into force on 1 May"), org-eumonitor-2009-371 (Decision 2009/371/JHA in effect until
# 2017-04-30).

def test_denmark_germany_europol_on_2017_04_30_both_members():
    row = _link_row("denmark", "germany", "2017-04-30", "europol")
    assert row["section"] == "shared"
    assert (row["a"]["state"], row["a"]["role"]) == ("bound", "member")
    assert (row["b"]["state"], row["b"]["role"]) == ("bound", "member")


def test_denmark_germany_europol_on_2017_05_01_partner_channel():
    row = _link_row("denmark", "germany", "2017-05-01", "europol")
    assert row["section"] == "channel"  # a partner's channel, not a shared membership
    assert (row["a"]["state"], row["a"]["role"]) == ("partner", "operational-partner")
    assert row["a"]["consent"] == "2017-04-29"  # signed two days before it applied
    assert (row["b"]["state"], row["b"]["role"]) == ("bound", "member")


# --- Russia and the Council of Europe: expelled with effect from 2022-03-16 ------------------------------------
# Sources: interfax-2022-russia (Resolution CM/Res(2022)2: "the Russian Federation ceases to be a member of the
# Council of Europe as from today, 16 March 2022"), ecotaf-coe-members / hrea-coe-members (member 1996-02-28).

def test_russia_council_of_europe_on_2022_03_15_still_a_member():
    row = _ratified_row("russia", "2022-03-15", "coe")
    assert _standing(row) == ("bound", "member")
    assert row["consent"] == "1996-02-28"


def test_russia_council_of_europe_on_2022_03_16_no_longer_a_member():
    row = _ratified_row("russia", "2022-03-16", "coe")
    assert _standing(row) == ("withdrawn", "member")
    assert row["withdrawal"] == "2022-03-16"
    assert row["reason"] == "expelled (effective 2022-03-16)"
    assert "RUS" in {c for c, r in _parties("coe", "2022-03-15").items() if r["role"] == "member"}
    assert "RUS" not in {c for c, r in _parties("coe", "2022-03-16").items() if r["state"] == "bound"}


def test_russia_suspension_of_representation_is_shown_beside_the_membership(shipped_q):
    """Sources: org-coe-pr-2022-russia-suspension and org-coe-cm-res-2022-1 (suspension from the rights of
    representation on 2022-02-25 with immediate effect; Russia "remains a member")."""
    before = shipped_q.standing("RUS", "coe", date(2022, 2, 24))
    during = shipped_q.standing("RUS", "coe", date(2022, 2, 25))
    assert (before.state, before.role, before.notes) == ("bound", "member", ())
    assert (during.state, during.role) == ("bound", "member")  # a suspension is not an end of membership
    assert [n.split(":")[0] for n in during.notes] == ["rights suspended since 2022-02-25"]


# --- INTERPOL's supervision of NCB Moscow from 2022-03-10 --------------------------------------------------------
# Sources: org-interpol-2022-russia (INTERPOL's release: heightened supervision and monitoring, effective
# immediately), org-peterspeters-2022-interpol ("On 10th March 2022, INTERPOL announced ...").

def test_interpol_supervision_of_russia_from_2022_03_10(shipped_q):
    before = shipped_q.standing("RUS", "interpol", date(2022, 3, 9))
    after = shipped_q.standing("RUS", "interpol", date(2022, 3, 10))
    assert (before.state, before.notes) == ("bound", ())
    assert (after.state, after.role) == ("bound", "member")  # still a member: supervision is no suspension
    assert [n.split(":")[0] for n in after.notes] == ["under supervisory measures since 2022-03-10"]
    row = _ratified_row("russia", "2022-03-10", "interpol")
    assert _standing(row) == ("bound", "member")


# --- a Europol third state moving from a strategic to an operational agreement ----------------------------------
# Sources: mfa-md-jha (strategic agreement 2007), md-law-116-2015 and moldpres-2014-europol (Agreement on
# Operational and Strategic Cooperation signed at Chisinau on 2014-12-18, ratified by Law No. 116 of 2015-05-28;
# its entry into force not found), wp-europol-2017-copy (an operational partner in 2017-09).

def test_moldova_europol_strategic_then_operational():
    assert _ratified_row("moldova", "2006-12-31", "europol") is None
    assert _standing(_ratified_row("moldova", "2015-05-28", "europol")) == ("partner", "strategic-partner")
    during = _ratified_row("moldova", "2016-01-01", "europol")  # a partner all along, the handover's day unknown
    assert _standing(during) == ("partner", "strategic-partner")
    assert during["reason"] == ("strategic-partner, becoming operational-partner during 2015-05-29 to 2017-09-30 "
                                "(the day is not given)")
    after = _ratified_row("moldova", "2017-09-30", "europol")
    assert _standing(after) == ("partner", "operational-partner")
    assert after["act"] == "agreement"  # an agreement, never a membership


# Sources: swiss-fdfa-europol and fedpol-europol (signed 2004-09-24, in force 2006-03-01).
def test_switzerland_europol_agreement_from_its_entry_into_force():
    assert _standing(_ratified_row("switzerland", "2006-02-28", "europol")) == ("consent-pending", "operational-partner")
    assert _standing(_ratified_row("switzerland", "2006-03-01", "europol")) == ("partner", "operational-partner")


# --- the United Kingdom: out of the EU from 2020-02-01, out of Europol from 2021-01-01 -------------------------
# Sources: eurlex-enlargement-glossary (a third country from 2020-02-01); ieu-monitoring-2021-uk (Europol's
# conditions for cooperation with the UK "since 1 January 2021", under the Trade and Cooperation Agreement).

def test_united_kingdom_leaves_the_eu_on_2020_02_01():
    assert _standing(_ratified_row("GBR", "2020-01-31", "eu")) == ("bound", "member")
    after = _ratified_row("GBR", "2020-02-01", "eu")
    assert _standing(after) == ("withdrawn", "member")
    assert after["withdrawal"] == "2020-02-01"


def test_united_kingdom_europol_member_to_the_end_of_2020_then_partner():
    assert _standing(_ratified_row("GBR", "2020-12-31", "europol")) == ("bound", "member")
    assert _standing(_ratified_row("GBR", "2021-01-01", "europol")) == ("partner", "operational-partner")


# --- Belarus: never a member of the Council of Europe ------------------------------------------------------------
# Sources: ecotaf-coe-members (special guest status with the Parliamentary Assembly 1992-09 to 1997-01, never a
# member); org-coe-pr-2022-belarus and org-anews-2022-belarus (relations with the Belarusian authorities suspended
# on 2022-03-17; "Belarus has been refused full membership").

@pytest.mark.parametrize("day", ["1994-01-01", "2022-03-16", "2022-03-17", "2026-11-29"])
def test_belarus_never_shown_as_a_council_of_europe_member(day):
    assert _ratified_row("belarus", day, "coe") is None
    assert "BLR" not in _parties("coe", day)


def test_belarus_is_a_sourced_non_member_with_relations_suspended(shipped):
    coe = shipped.instruments["coe"]
    assert [p for p in coe.parties if p.party == "BLR"] == []
    statements = [(n.status, str(n.date) if n.date else None) for n in coe.non_parties if n.party == "BLR"]
    assert statements == [("not-member", None), ("relations-suspended", "2022-03-17")]


# --- the SECI Center became SELEC on 2011-10-07 -----------------------------------------------------------------
# Sources: selec-history (SECI Agreement of 1999-05-26; SELEC Convention signed 2009-12-09), selec-about (SELEC
# Convention in force 2011-10-07; Croatia is not among its current 11 member States), and SELEC's own releases
# (org-selec-2012-council3: Croatia's representative chaired the Council in April 2012), so Croatia stayed a
# member when SELEC replaced the SECI Center; when it left is tested in test_scenarios_counts5.

def test_croatia_in_seci_and_then_selec():
    assert _standing(_ratified_row("croatia", "2011-10-06", "selec")) == ("bound", "member")
    after = _ratified_row("croatia", "2011-10-07", "selec")
    assert after["state"] == "bound" and after["signature"] == "2009-12-09"
    albania = _ratified_row("albania", "2011-10-07", "selec")
    assert (_standing(albania), albania["consent"]) == (("bound", "member"), "2011-10-07")


# --- INTERPOL admissions dated to the day ----------------------------------------------------------------------
# Sources: org-interpol-2017-pse-slb (INTERPOL's release from the 86th General Assembly, Beijing), b92-2017.

def test_palestine_interpol_member_from_2017_09_27():
    assert _ratified_row("palestine", "2017-09-26", "interpol") is None
    assert _standing(_ratified_row("palestine", "2017-09-27", "interpol")) == ("bound", "member")


# --- no working arrangement, observer status or bridge is written as a membership -------------------------------

def test_only_members_have_a_member_role(shipped):
    """Sources: europol-jpsg-2020 (Israel and Japan: working arrangements), gazetaexpress-2020 (Kosovo: working
    arrangement), hrea-coe-members (observers to the Council of Europe), selec-2014 (SELEC operational partners)."""
    for iid in ("interpol", "europol", "eu", "coe", "selec", "pcc-see"):
        for p in shipped.instruments[iid].parties:
            if p.act == "agreement":
                assert p.role not in MEMBER_ROLES, (iid, p.party)
            if p.act == "membership":
                assert p.role == "member", (iid, p.party)  # a membership is a membership, nothing else
            for e in p.events:
                if e.type == "agreement":
                    assert e.role not in MEMBER_ROLES, (iid, p.party)
                if e.type == "membership":
                    assert e.role == "member", (iid, p.party)
    europol = {p.party: p for p in shipped.instruments["europol"].parties}
    assert {c: (europol[c].act, europol[c].role) for c in ("ISR", "JPN", "XKX")} == {
        c: ("agreement", "working-arrangement") for c in ("ISR", "JPN", "XKX")}
    coe = shipped.instruments["coe"]
    assert {p.party for p in coe.parties} & {"CAN", "VAT", "ISR", "JPN", "MEX", "USA", "BLR"} == set()
    assert {n.party for n in coe.non_parties if n.status == "not-member"} >= {"CAN", "VAT", "ISR", "JPN", "MEX", "USA"}


def test_council_of_europe_has_46_members_today():
    """Source: wikipedia-coe-members (46 member States after Russia's expulsion, 2022-03-16)."""
    members = {c for c, r in _parties("coe", "2026-11-29").items() if r["state"] == "bound" and r["role"] == "member"}
    assert len(members) == 46


# Source: org-interpol-2002-afg-tls (INTERPOL's release: Afghanistan and East Timor admitted "on Monday"
# 2002-10-21 by the 71st General Assembly, Yaounde).
def test_timor_leste_interpol_member_from_2002_10_21():
    assert _ratified_row("timor-leste", "2002-10-20", "interpol") is None
    row = _ratified_row("timor-leste", "2002-10-21", "interpol")
    assert (_standing(row), row["consent"]) == (("bound", "member"), "2002-10-21")


# Sources: org-eurlex-2007-543 (Council Decision 2007/543/EC on Bulgaria's and Romania's accession to the Europol
# Convention, in force 2007-08-01), org-bbj-2007-europol ("entered into force on 1 August 2007"); before, each was an
# operational partner under its cooperation agreement (round 13: the Dutch notes on their liaison officers,
# org-nl-bwbv0001671-bgr-europol-lo and org-nl-bwbv0001831-rou-europol-lo).
@pytest.mark.parametrize("country", ["bulgaria", "romania"])
def test_bulgaria_and_romania_europol_members_from_2007_08_01(country):
    before = _ratified_row(country, "2007-07-31", "europol")
    assert (before["state"], before["role"]) == ("partner", "operational-partner")
    assert _standing(_ratified_row(country, "2007-08-01", "europol")) == ("bound", "member")


# Sources: wikipedia-coe-members and ecotaf-coe-members (Greece a member from 1949-08-09, withdrew 1969-12-12,
# rejoined 1974-11-28); the day its withdrawal took effect is not in them, so the years between are uncertain.
def test_greece_council_of_europe_withdrawal_and_return():
    assert _standing(_ratified_row("greece", "1969-12-11", "coe")) == ("bound", "member")
    assert _ratified_row("greece", "1971-01-01", "coe")["state"] == "uncertain"
    back = _ratified_row("greece", "1974-11-28", "coe")
    assert (_standing(back), back["consent"]) == (("bound", "member"), "1974-11-28")


# Sources: org-colombiareports-2013-europol (2004 strategic agreement; operational agreement signed 2013-10-21),
# org-diplomatmagazine-2018-colombia (in force February 2014).
def test_colombia_europol_strategic_until_its_operational_agreement_applies():
    assert _standing(_ratified_row("colombia", "2013-10-21", "europol")) == ("partner", "strategic-partner")
    assert _standing(_ratified_row("colombia", "2014-03-01", "europol")) == ("partner", "operational-partner")


# --- `diff` reports each change as what it is ----------------------------------------------------------------

def _diff(since: str, until: str, iids: set[str]) -> list[tuple[str, str, str, str, str]]:
    text = invoke("diff", "--since", since, "--until", until, "--format", "csv").stdout
    return [(r["date"], r["kind"], r["instrument"], r["country"], r["text"]) for r in csv.DictReader(io.StringIO(text))
            if r["instrument"] in iids]


def test_diff_denmark_member_becomes_partner_on_2017_05_01():
    """Sources: org-oeil-2017-denmark-list and org-commission-2017-denmark (a third country from 2017-05-01,
    its agreement applying from that day)."""
    assert _diff("2017-04-25", "2017-05-02", {"europol"}) == [
        ("2017-05-01", "status-change", "europol", "DNK", "Denmark: member of Europol becomes operational-partner (agreement)")]


def test_diff_russia_2022_suspension_supervision_expulsion():
    """Sources: org-coe-pr-2022-russia-suspension (2022-02-25), org-interpol-2022-russia (2022-03-10),
    interfax-2022-russia (CM/Res(2022)2, 2022-03-16)."""
    changes = _diff("2022-02-20", "2022-03-20", {"coe", "interpol"})
    assert [(d, k, i, c) for d, k, i, c, _ in changes] == [
        ("2022-02-25", "suspension", "coe", "RUS"),
        ("2022-03-10", "supervision", "interpol", "RUS"),
        ("2022-03-16", "withdrawal", "coe", "RUS"),
    ]
    assert "expulsion" in changes[-1][4]
