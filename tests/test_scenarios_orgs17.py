"""Scenarios for round 17's additions to data/eurojust.yaml and data/organisations.yaml: the day Liechtenstein's
cooperation agreement with Eurojust entered into force, and the Police Cooperation Convention for Southeast Europe's
art. 40 read from the Austrian federal legal information system. Each test names the source of the answer it expects
(keys of the data files, where each carries its URL, date and the words quoted) and checks both sides of the boundary
the fact sets."""

from __future__ import annotations

import pytest

from octreaty import load_data

from .scenario import answer, csv_rows, day_before, link_rows, party


def _state(iid: str, country: str, day: str) -> str | None:
    row = party(iid, country, day)
    return None if row is None else row["state"]


# Source: ej-li-lgbl-2013-376 (Liechtenstein's Law Gazette, LGBl. 2013 Nr. 376, published 2013-11-26: "Abgeschlossen
# in Luxemburg am 7. Juni 2013 / Zustimmung des Landtags: 3. Oktober 2013 / Inkrafttreten: 19. November 2013").
def test_liechtenstein_eurojust_agreement_in_force_2013_11_19():
    assert _state("eurojust", "LIE", day_before("2013-06-07")) is None
    assert _state("eurojust", "LIE", "2013-06-07") == "signed-only"
    assert _state("eurojust", "LIE", day_before("2013-11-19")) == "signed-only"
    row = party("eurojust", "LIE", "2013-11-19")
    assert (row["state"], row["role"], row["signature"], row["in_force"]) == (
        "partner", "operational-partner", "2013-06-07", "2013-11-19")
    assert "ej-li-lgbl-2013-376" in row["sources"].split()


# Source: as above. No longer "with no date in the sources" between the signature and the Commission's list of 2020:
# on 2015-01-01 Liechtenstein is one of the partners and nothing of the table is undated.
def test_liechtenstein_counted_among_eurojust_partners_on_2015_01_01():
    out = answer("parties", "eurojust", "--as-of", "2015-01-01", "--all")
    assert out["uncertain"] == []
    states = {r["country"]: r["state"] for r in out["results"]}
    assert states["LIE"] == "partner"
    assert "LIE" not in {r["country"] for r in answer("parties", "eurojust", "--as-of", "2013-11-18")["results"]}


# Source: as above. Eurojust is a channel, never a legal basis: Liechtenstein and Austria (a member) share it from
# 2013-11-19, one-sided (Liechtenstein signed only) the day before.
def test_liechtenstein_austria_eurojust_channel_from_2013_11_19():
    before = link_rows("liechtenstein", "austria", "2013-11-18", "mla")
    after = link_rows("liechtenstein", "austria", "2013-11-19", "mla")
    assert (before["eurojust"]["section"], before["eurojust"]["a"]["state"]) == ("one-sided", "signed-only")
    assert (after["eurojust"]["section"], after["eurojust"]["a"]["state"], after["eurojust"]["b"]["state"]) == (
        "channel", "partner", "bound")


# Library: the row carries the day as entry_into_force, with the signature and no deposit day.
def test_liechtenstein_row_in_the_library():
    row = next(p for p in load_data().instruments["eurojust"].parties if p.party == "LIE")
    assert (row.entry_into_force.year, row.entry_into_force.month, row.entry_into_force.day) == (2013, 11, 19)
    assert (row.signature.year, row.signature.month, row.signature.day) == (2013, 6, 7)
    assert row.date is None and row.not_before is None
    assert "ej-li-lgbl-2013-376" in row.sources


# Source: at-legalize-20007472-pccsee (the Austrian RIS text of BGBl. III Nr. 152/2011: Austria's instrument of
# accession "wurde am 11. Juli 2011 beim Ministerium für Auswärtige Angelegenheiten der Republik Albanien hinterlegt;
# die Konvention tritt gemäß ihrem Art. 40 Abs. 2 für Österreich mit 10. Oktober 2011 in Kraft"). Austria is a
# member that has deposited but is not yet bound on 2011-10-09, bound from 2011-10-10.
def test_austria_pccsee_deposit_2011_07_11_in_force_2011_10_10():
    assert _state("pcc-see", "AUT", day_before("2011-07-11")) is None
    pending = party("pcc-see", "AUT", "2011-10-09")
    assert (pending["state"], pending["consent"]) == ("consent-pending", "2011-07-11")
    row = party("pcc-see", "AUT", "2011-10-10")
    assert (row["state"], row["consent"], row["in_force"]) == ("bound", "2011-07-11", "2011-10-10")
    assert "at-legalize-20007472-pccsee" in row["sources"].split()


# Source: at-legalize-20007472-pccsee (art. 40(2): "am neunzigsten Tag nach Hinterlegung"); the depositary's days as
# Austria (BGBl. III Nr. 152/2011) and Slovakia (org-sk-zz-2026-14-pccsee: deposited "22. septembra 2025", in force
# "od 22. decembra 2025 v súlade s článkom 40 ods. 2") publish them are the 91st day after the deposit, and stay on
# their rows. The rule is the article's count with the depositary's day as its latest: Hungary (deposit 2012-09-11),
# Slovenia (2013-02-20) and Croatia (2019-02-26), whose entry into force no source gives, were counted in force from
# their deposits; now pending to the 89th day after, uncertain on the 90th, bound from the 91st.
def test_pccsee_art_40_rule_with_the_depositary_day_as_its_latest():
    ins = load_data().instruments["pcc-see"]
    assert (ins.eif_rule.days_after_deposit, ins.eif_rule.days_after_deposit_latest, ins.eif_rule.article) == (
        90, 91, "art. 40(2)")
    assert "am neunzigsten Tag nach Hinterlegung" in ins.note
    assert "at-legalize-20007472-pccsee" in ins.sources
    assert _state("pcc-see", "SVK", "2025-12-21") == "consent-pending"
    assert _state("pcc-see", "SVK", "2025-12-22") == "bound"


def _reason(cid: str, day: str) -> str:
    [row] = [r for r in csv_rows("ratified", cid, "--as-of", day) if r["instrument"] == "pcc-see"]
    return row["reason"]


@pytest.mark.parametrize(("cid", "deposit", "ninetieth", "ninety_first"), [
    ("HUN", "2012-09-11", "2012-12-10", "2012-12-11"),
    ("SVN", "2013-02-20", "2013-05-21", "2013-05-22"),
    ("HRV", "2019-02-26", "2019-05-27", "2019-05-28"),
])
def test_pccsee_accession_in_force_on_the_90th_or_91st_day(cid, deposit, ninetieth, ninety_first):
    assert _state("pcc-see", cid, day_before(deposit)) is None
    pending = party("pcc-see", cid, deposit)
    assert (pending["state"], pending["consent"], pending["in_force"], pending["in_force_qualifier"]) == (
        "consent-pending", deposit, ninety_first, "by")
    assert _reason(cid, deposit) == f"membership {deposit}; in force only from {ninetieth} or {ninety_first}"
    assert _state("pcc-see", cid, day_before(ninetieth)) == "consent-pending"
    assert _state("pcc-see", cid, ninetieth) == "uncertain"
    assert _state("pcc-see", cid, ninety_first) == "bound"
    assert _reason(cid, ninetieth) == (f"membership {deposit}; entry into force date uncertain ({ninetieth} or "
                                       f"{ninety_first})")
    assert _reason(cid, ninety_first) == f"member since {ninetieth} or {ninety_first}"


# Sources: ej-eurojust-lp-usa ("Eurojust and the United States signed a Cooperation Agreement in November 2006"),
# ej-eurojust-ar2020-usa ("a cooperation agreement that has been in place since 2006"). The signature's month is no
# longer the day it took effect. Round 21: org21-lawnet-2008-eurojust-ar2007 (Eurojust's release of 2008-05-06: "In
# 2007 the Eurojust – US co-operation agreement entered into force"; the 2006 of the Annual Report 2020 kept as a
# conflict): possibly a partner through 2007, certainly one on 2007-12-31, the year's last day.
def test_united_states_eurojust_signed_2006_11_in_place_by_the_end_of_2007():
    def _usa(day: str) -> tuple[list[dict], list[str]]:
        out = answer("parties", "eurojust", "--as-of", day, "--all")
        return [r for r in out["results"] if r["country"] == "USA"], [u["country"] for u in out["uncertain"]]
    rows, uncertain = _usa("2005-12-31")
    assert rows == [] and "USA" not in uncertain
    rows, uncertain = _usa("2007-12-30")
    assert rows == [] and "USA" in uncertain
    [row], uncertain = _usa("2007-12-31")
    assert "USA" not in uncertain
    assert (row["state"], row["signature"], row["in_force"]) == (
        "partner", "2006-11", {"date": None, "earliest": "2007-01-01", "latest": "2007-12-31"})
    lib = next(p for p in load_data().instruments["eurojust"].parties if p.party == "USA")
    assert lib.date is None
