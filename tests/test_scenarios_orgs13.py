"""Round 13 of the organisations' tables (Europol, Eurojust, INTERPOL, SELEC, PCC SEE, Council of Europe): each test
names the source of its expected answer, with days on both sides of the boundary the fact sets."""

from __future__ import annotations

import pytest

from .scenario import day_before, party


def _row(iid: str, country: str, day: str) -> dict[str, str]:
    row = party(iid, country, day)
    assert row is not None, (iid, country, day)
    return row


# Source: org-nl-bwbv0001516-nor-europol-lo (the Netherlands treaty database, BWBV0001516: the Norwegian Embassy's
# note of 2001-12-05 refers to "the Agreement between the Kingdom of Norway and the European Police Office of
# 28 June 2001"). The row keeps the year 2001 of the partnership, now bounded by the signature: absent the day
# before, uncertain from the signature, a partner from 2002 on.
def test_norway_europol_agreement_signed_2001_06_28():
    assert party("europol", "NOR", "2001-06-27") is None
    signed = _row("europol", "NOR", "2001-06-28")
    assert (signed["state"], signed["role"], signed["signature"]) == ("uncertain", "operational-partner", "2001-06-28")
    assert "org-nl-bwbv0001516-nor-europol-lo" in signed["sources"].split()
    assert _row("europol", "NOR", "2002-01-01")["state"] == "partner"


# Pre-accession Europol agreements named, with their day, in the Netherlands' exchanges of notes on the privileges of
# each State's liaison officers at Europol (Netherlands treaty database, GitHub mirror statengeneraal/laws-markdown).
# None gives the agreement's entry into force, so each State is absent the day before the agreement's day, an
# uncertain partner from it, and a partner from the note's day, which shows the agreement applied.
# (country, role, agreement day, day before the note, note day, source)
DUTCH_NOTES = [
    # BWBV0003410: "the Strategic Agreement between the Republic of Albania and the European Police Office of
    # 5 February 2007" (note of 2009-07-30).
    ("ALB", "strategic-partner", "2007-02-05", "2009-07-29", "2009-07-30", "org-nl-bwbv0003410-alb-europol-lo"),
    # BWBV0003026: "the Agreement on Operational and Strategic Co-operation between the Republic of Croatia and the
    # European Police Office of 13 January 2006" (note of 2008-02-20).
    ("HRV", "operational-partner", "2006-01-13", "2008-02-19", "2008-02-20", "org-nl-bwbv0003026-hrv-europol-lo"),
    # BWBV0001671: "the Cooperation Agreement between the Republic of Bulgaria and the European Police Office of
    # 17 June 2003" (note of 2004-06-30).
    ("BGR", "operational-partner", "2003-06-17", "2004-06-29", "2004-06-30", "org-nl-bwbv0001671-bgr-europol-lo"),
    # BWBV0001831: "the Co-operation Agreement between Romania and the European Police Office of 25 November 2003"
    # (note of 2006-01-17).
    ("ROU", "operational-partner", "2003-11-25", "2006-01-16", "2006-01-17", "org-nl-bwbv0001831-rou-europol-lo"),
]


@pytest.mark.parametrize(("country", "role", "day", "before_note", "note_day", "source"), DUTCH_NOTES)
def test_europol_agreement_uncertain_from_its_day_until_the_dutch_note(country, role, day, before_note, note_day,
                                                                         source):
    assert party("europol", country, day_before(day)) is None
    first = _row("europol", country, day)
    assert (first["state"], first["role"]) == ("uncertain", role)
    assert source in first["sources"].split()
    assert _row("europol", country, before_note)["state"] == "uncertain"
    noted = _row("europol", country, note_day)
    assert (noted["state"], noted["role"]) == ("partner", role)


# Bulgaria, Romania and Croatia stay members from the day their rows always gave (Council Decision 2007/543/EC in
# force 2007-08-01; Croatia's accession on 2013-07-01): the earlier agreements end there.
@pytest.mark.parametrize(("country", "member_day"), [("BGR", "2007-08-01"), ("ROU", "2007-08-01"),
                                                     ("HRV", "2013-07-01")])
def test_pre_accession_partner_becomes_member(country, member_day):
    assert _row("europol", country, day_before(member_day))["state"] == "partner"
    member = _row("europol", country, member_day)
    assert (member["state"], member["role"], member["consent"]) == ("bound", "member", member_day)


# Source: org-nl-bwbv0001555-est-europol-lo ("the Co-operation Agreement between the Republic of Estonia and the
# European Police Office of 10 October 2001"), with Äripäev's report of that day: the partnership, dated before to
# the month, now starts on the day.
def test_estonia_europol_agreement_of_2001_10_10():
    assert party("europol", "EST", "2001-10-09") is None
    row = _row("europol", "EST", "2001-10-10")
    assert (row["state"], row["role"], row["consent"]) == ("partner", "operational-partner", "2001-10-10")


# Source: org-sk-zz-2004-619 (Slovak Foreign Ministry's notice 619/2004 Z. z.: the instrument of accession to the
# Europol Convention deposited with the Secretary-General of the Council on 31 May 2004, in force for Slovakia on
# 1 September 2004). Until then Slovakia stays an operational partner under its agreement of 2003.
def test_slovakia_europol_convention_deposit_2004_05_31_in_force_2004_09_01():
    pending = _row("europol", "SVK", "2004-08-31")
    assert (pending["state"], pending["role"]) == ("partner", "operational-partner")
    member = _row("europol", "SVK", "2004-09-01")
    assert (member["state"], member["role"], member["consent"], member["in_force"]) == (
        "bound", "member", "2004-05-31", "2004-09-01")
    assert "org-sk-zz-2004-619" in member["sources"].split()


# Source: org-selec-2016-council (SELEC's release of 2016-05-05: the 11th Council session of 2016-05-04 "discussed
# the text of the Cooperation Agreement with the Kingdom of Saudi Arabia"). The row was shown certain from that
# release's day; it now says the agreement was not concluded by that session, so Saudi Arabia is absent on that day
# and an uncertain operational partner after it, no source dating its signature or entry into force.
# Round 21: org21-okaz-selec-sau (a Saudi daily) dates the signature to 2021, so Saudi Arabia is absent until the end of
# 2020 and an uncertain operational partner from 2021-01-01 (the day after the session no longer opens the window).
def test_saudi_arabia_selec_agreement_not_concluded_by_2016_05_04():
    assert party("selec", "SAU", "2016-05-04") is None
    assert party("selec", "SAU", "2016-05-05") is None
    after = _row("selec", "SAU", "2021-01-01")
    assert (after["state"], after["role"]) == ("uncertain", "operational-partner")
    assert _row("selec", "SAU", "2025-01-01")["state"] == "uncertain"


# Source: org-sk-zz-2026-14-pccsee (Slovak Foreign Ministry's notice 14/2026 Z. z.: the instrument of accession to the
# PCC SEE deposited with Albania's Ministry for Europe and Foreign Affairs, the depositary, on 22 September 2025; the
# Convention in force for Slovakia from 22 December 2025 under art. 40(2)). Round 12 had Slovakia as an applicant.
def test_slovakia_pcc_see_party_deposit_2025_09_22_in_force_2025_12_22():
    assert party("pcc-see", "SVK", "2025-09-21") is None
    pending = _row("pcc-see", "SVK", "2025-12-21")
    assert (pending["state"], pending["consent"], pending["in_force"]) == ("consent-pending", "2025-09-22", "2025-12-22")
    bound = _row("pcc-see", "SVK", "2025-12-22")
    assert (bound["state"], bound["role"]) == ("bound", "member")
    assert "org-sk-zz-2026-14-pccsee" in bound["sources"].split()


# Source: org-sk-zz-2023-445-selec (Slovak Foreign Ministry's notice 445/2023 Z. z.: the Agreement between the Slovak
# Ministry of Interior and SELEC, signed on 12 July 2023, "nadobudla platnosť dňom podpisu", in force that day).
def test_slovakia_selec_agreement_in_force_on_its_signature_2023_07_12():
    assert party("selec", "SVK", "2023-07-11") is None
    row = _row("selec", "SVK", "2023-07-12")
    assert (row["state"], row["role"], row["signature"], row["in_force"]) == (
        "partner", "operational-partner", "2023-07-12", "2023-07-12")
    assert "org-sk-zz-2023-445-selec" in row["sources"].split()
