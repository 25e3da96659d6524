"""Scenarios for Eurojust (data/eurojust.yaml), the EU's agency for criminal justice cooperation: a channel through
which practitioners coordinate mutual legal assistance, surrender and extradition and joint investigation teams, never
a legal basis of its own. Each test names the source of the answer it expects (keys of data/eurojust.yaml, where each
carries its URL, date and the words quoted) and checks both sides of the boundary the fact sets."""

from __future__ import annotations

from .conftest import shipped_check
from .scenario import answer, csv_rows, link_rows, party


def _state(country: str, day: str) -> str | None:
    row = party("eurojust", country, day)
    return None if row is None else row["state"]


# Sources: ej-eurlex-dec-2002-187, ej-eumonitor-dec-2002-187 (Decision 2002/187/JHA of 28 February 2002, OJ L 63 of
# 6 March 2002: "Effect 06-03-2002; Takes effect Date pub. See Art 43").
def test_the_fifteen_members_of_2002_are_bound_from_the_decisions_taking_effect_on_2002_03_06():
    assert _state("FRA", "2002-03-05") != "bound"
    row = party("eurojust", "FRA", "2002-03-06")
    assert (row["state"], row["consent"], row["in_force"], row["role"]) == ("bound", "2002-02-28", "2002-03-06",
                                                                          "member")


# Sources: org-eurlex-oj-l236-2003 (Treaty of Accession 2003, in force 2004-05-01), ej-eurlex-dec-2002-187;
# ej-li-bua-52-2013 ("die 28 Nationalen Mitglieder"), against which the table is complete in 2013.
def test_members_from_accession_and_the_count_of_28_national_members_in_2013():
    assert _state("POL", "2004-04-30") is None
    assert _state("POL", "2004-05-01") == "bound"
    assert answer("parties", "eurojust", "--as-of", "2013-12-31")["count"] == 28
    assert answer("parties", "eurojust", "--as-of", "2004-05-01")["count"] == 25


# Sources: ej-hr-nn-2008-eurojust (the law on ratification of the Croatia-Eurojust agreement signed 2007-11-09,
# promulgated 2008-09-26), ej-parlement-2013-liechtenstein (Eurojust, 2013-06-07: cooperation agreements concluded
# with "Norway, Iceland, the USA, Croatia, the former Yugoslav Republic of Macedonia and Switzerland"),
# org-eurlex-oj-l112-2012 (accession on 2013-07-01).
def test_croatia_a_partner_before_it_became_a_member_on_accession():
    assert _state("HRV", "2008-09-26") == "signed-only"
    assert _state("HRV", "2008-09-27") == "uncertain"
    row = party("eurojust", "HRV", "2013-06-07")
    assert (row["state"], row["role"]) == ("partner", "operational-partner")
    assert _state("HRV", "2013-07-01") == "bound"


# Sources: ej-ukparl-2019-denmark (Denmark "will cease to [participate] when a new Eurojust Regulation takes effect
# ... (on 12 December 2019)"), ej-govworld-2019-denmark (agreement signed in Luxembourg on 2019-10-07),
# ej-ekstrabladet-2019-denmark (Denmark takes part "som tredjeland - når en ny forordning træder i kraft 12. december").
def test_denmark_a_member_until_2019_12_11_then_a_partner_under_its_agreement():
    assert _state("DNK", "2019-12-11") == "bound"
    row = party("eurojust", "DNK", "2019-12-12")
    assert (row["state"], row["role"], row["consent"], row["in_force"]) == (
        "partner", "operational-partner", "2019-10-07", "2019-12-12")
    before = link_rows("denmark", "germany", "2019-12-11", "mla")["eurojust"]
    after = link_rows("denmark", "germany", "2019-12-12", "mla")["eurojust"]
    assert before["section"] == "shared"
    assert after["section"] == "channel"
    assert (after["a"]["state"], after["b"]["state"]) == ("partner", "bound")


# Sources: ej-diplomat-2019-ireland (Eurojust, 2019-12-09: Ireland "will continue to be an integral and full operational
# partner in Eurojust as of 12 December"), ej-ie-si-637-2019 (in operation from 2019-12-12).
def test_ireland_opted_in_and_stays_a_member_across_the_regulation():
    for day in ("2019-12-11", "2019-12-12", "2026-12-02"):
        assert _state("IRL", day) == "bound", day


# Sources: ej-eurlex-dec-2019-1196 (the UK's participation in Regulation (EU) 2018/1727 confirmed), ej-niblock-2021-tca
# (the end of the UK's membership; Part III, Title VI of the TCA on Eurojust), ej-eprs-2021-tca (TCA provisionally
# applied from 2021-01-01).
def test_united_kingdom_a_member_to_2020_12_31_then_a_partner_under_the_tca():
    assert _state("GBR", "2020-12-31") == "bound"
    row = party("eurojust", "GBR", "2021-01-01")
    assert (row["state"], row["role"], row["in_force"]) == ("partner", "operational-partner", "2021-01-01")
    before = link_rows("united kingdom", "france", "2020-12-31", "mla")["eurojust"]
    after = link_rows("united kingdom", "france", "2021-01-01", "mla")["eurojust"]
    assert (before["section"], after["section"]) == ("shared", "channel")


# Sources: ej-fdfa-ch-eurojust ("22.07.2011: Inkrafttreten des Abkommens; 27.11.2008: Unterzeichnung"),
# ej-ch-sr-0-351-6 ("In Kraft getreten durch Notenaustausch am 22. Juli 2011").
def test_switzerland_signed_2008_11_27_in_force_2011_07_22():
    assert _state("CHE", "2008-11-26") is None
    assert _state("CHE", "2011-07-21") == "signed-only"
    row = party("eurojust", "CHE", "2011-07-22")
    assert (row["state"], row["signature"], row["in_force"]) == ("partner", "2008-11-27", "2011-07-22")


# Sources: ej-mk-mjustice-2010 (Macedonian Ministry of Justice, 2010-10-28: Eurojust confirmed "today" that the
# Agreement signed on 28.11.2008 may be applied).
def test_north_macedonia_signed_2008_11_28_applied_from_2010_10_28():
    assert _state("MKD", "2010-10-27") == "signed-only"
    row = party("eurojust", "MKD", "2010-10-28")
    assert (row["state"], row["signature"], row["in_force"]) == ("partner", "2008-11-28", "2010-10-28")


# Sources: ej-procuratura-md-2014 (Eurojust's release, The Hague, 10 July 2014: signed "today"), ej-eurojust-lp-moldova
# ("It entered into force in October 2016").
def test_moldova_signed_2014_07_10_in_force_in_october_2016():
    assert _state("MDA", "2015-01-01") == "signed-only"
    assert _state("MDA", "2016-10-15") == "uncertain"
    assert _state("MDA", "2016-11-01") == "partner"


# Sources: ej-eu-norway-2005 (signed in Oslo on 28 April 2005, subject to the Storting's approval),
# ej-no-stprp-58-2005, ej-parlement-2013-liechtenstein (Norway among the agreements concluded, 2013-06-07). Its entry
# into force is not in the sources: uncertain between the two, never dated from the signature.
def test_norway_signed_2005_04_28_uncertain_until_a_source_shows_it_applied():
    assert _state("NOR", "2005-04-27") is None
    assert _state("NOR", "2005-04-28") == "signed-only"
    assert _state("NOR", "2005-04-29") == "uncertain"
    assert _state("NOR", "2013-06-07") == "partner"


# Sources: ej-interfax-2017-ukraine (law on ratification signed 2017-03-08, the entry into force still to come),
# ej-iplex360-ukr-984-024-16 (round 15: the Verkhovna Rada's treaty card, "Дата набрання чинності для України:
# 02.09.2017"), ej-eumonitor-com-2020-743 (the Commission, 2020-11-19: agreements "in place" with Ukraine among twelve).
def test_ukraine_signed_2016_06_27_not_in_force_when_ratified_a_partner_by_2020_11_19():
    assert _state("UKR", "2017-03-09") == "signed-only"
    assert _state("UKR", "2017-03-10") == "signed-only"
    assert _state("UKR", "2020-11-18") == "partner"
    assert _state("UKR", "2020-11-19") == "partner"


# Sources: ej-eumonitor-com-2020-743 ("Eurojust has cooperation agreements which allow for exchanges of personal data
# in place with Montenegro, Ukraine, Moldova, Liechtenstein, Switzerland, North Macedonia, the USA, Iceland, Norway,
# Georgia, Albania and Serbia"): on that day each is a partner, and Denmark's agreement makes a thirteenth.
def test_the_commissions_list_of_agreements_in_place_on_2020_11_19():
    out = answer("parties", "eurojust", "--as-of", "2020-11-19")
    partners = {r["country"] for r in out["results"] if r["state"] == "partner"}
    assert partners == {"MNE", "UKR", "MDA", "LIE", "CHE", "MKD", "USA", "ISL", "NOR", "GEO", "ALB", "SRB", "DNK"}
    assert out["count"] == 27  # 28 Member States less Denmark; the United Kingdom still a member


# Sources: ej-eurojust-lp-usa ("signed a Cooperation Agreement in November 2006"), ej-eurojust-ar2020-usa ("a
# cooperation agreement that has been in place since 2006"). Since round 17 the row keeps the signature's month apart
# from the year of entry into force those words give. Round 21: org21-lawnet-2008-eurojust-ar2007 (Eurojust's release
# of 2008-05-06: "In 2007 the Eurojust – US co-operation agreement entered into force") moves that year to 2007: signed
# only in late 2006, possibly a partner through 2007, certainly one from 2007-12-31.
def test_united_states_partner_by_the_end_of_2007_and_a_channel_to_france_for_joint_investigations():
    assert _state("USA", "2005-12-31") is None
    assert _state("USA", "2006-12-01") == "signed-only"
    assert _state("USA", "2007-06-01") == "uncertain"
    assert _state("USA", "2007-12-31") == "partner"
    row = link_rows("united-states", "france", "2026-12-02", "joint_investigations")["eurojust"]
    assert row["section"] == "channel"
    assert (row["a"]["state"], row["b"]["state"]) == ("partner", "bound")


# Sources: ej-armradio-2024-armenia (signed in Brussels on 2024-04-05), ej-caucasuswatch-2024-armenia (ratified by the
# National Assembly on 2024-09-10); no source gives its entry into force, so it is never shown as certainly in force.
def test_armenia_eu_agreement_signed_2024_04_05_possibly_in_force_after_ratification_never_certain():
    assert _state("ARM", "2024-04-04") is None
    assert _state("ARM", "2024-09-10") == "signed-only"
    assert _state("ARM", "2024-09-11") == "uncertain"
    assert _state("ARM", "2026-12-02") == "uncertain"


# Sources: ej-tv1-2018-albania (signed "sot", 2018-10-05), ej-idp-al-2019-11-albania (Albania's Information and Data
# Protection Commissioner, 2019-11-07: "À compter du 1er novembre 2019, est entré en vigueur l'accord de coopération entre
# la République d'Albanie et Eurojust"; round 16 replaced the 2020 bound from ej-javanews-2021-albania). A channel, not a
# legal basis: ETS 30 and the other conventions remain the bases between Albania and Italy.
def test_albania_italy_mla_eurojust_is_a_channel_beside_the_treaties():
    rows = link_rows("albania", "italy", "2026-12-02", "mla")
    assert rows["eurojust"]["section"] == "channel"
    assert rows["ets-030"]["section"] == "shared"
    assert rows["eurojust"]["usable_for"]["mla"].startswith("a channel for coordination, not a legal basis")
    assert _state("ALB", "2018-10-04") is None
    assert _state("ALB", "2019-10-31") == "signed-only"
    assert _state("ALB", "2019-11-01") == "partner"


# Sources: ej-govme-2016-montenegro (signed in Brussels on 2016-05-03), ej-rfe-2018-montenegro (the Minister, 2018-06-11:
# the agreement entered into force "prije godinu"), ej-analitika-montenegro (undated report of the entry into force).
def test_montenegro_signed_2016_05_03_a_partner_by_2018_06_11():
    assert _state("MNE", "2016-05-02") is None
    assert _state("MNE", "2016-05-03") == "uncertain"
    assert _state("MNE", "2018-06-10") == "uncertain"
    assert _state("MNE", "2018-06-11") == "partner"


# Sources: gitoc-2023 (Kosovo: "no Eurojust agreement"), ej-eurojust-ar2023-third (Bosnia and Herzegovina only among
# the countries with which negotiations were authorised): not partners, with the reason quoted.
def test_kosovo_has_no_eurojust_agreement_and_bosnias_is_not_known_in_force():
    row = link_rows("kosovo", "germany", "2026-12-02", "mla")["eurojust"]
    assert row["section"] == "one-sided" and row["a"]["state"] == "not-party"
    # Bosnia and Herzegovina's agreement, signed 2024-10-28 and concluded for the Union by Decision (EU) 2025/866 of
    # 2025-04-14 (orgs14): no source gives its entry into force, so never certain
    for day, state in (("2024-10-27", "not-party"), ("2025-04-13", "signed-only"), ("2026-12-02", "uncertain")):
        row = link_rows("bosnia and herzegovina", "germany", day, "mla")["eurojust"]
        assert (row["section"], row["a"]["state"]) == ("one-sided", state)


# Sources: ej-eurojust-ar2020-wb, ej-parlement-2013-liechtenstein and the rows above: `channels albania` lists
# Eurojust beside Europol and INTERPOL.
def test_channels_albania_lists_eurojust():
    rows = {r["instrument"]: r for r in csv_rows("channels", "albania")}
    assert rows["eurojust"]["state"] == "partner"
    assert rows["eurojust"]["section"] == "usable"


# Sources: the party rows above; ej-eurojust-ar2023-third (13 agreements with third countries). Members on 2015-01-01:
# the 28 Member States; partners: Iceland, Norway (by 2013-06-07), North Macedonia, Switzerland, the United States and
# Liechtenstein (from 2013-11-19: ej-li-lgbl-2013-376, LGBl. 2013 Nr. 376, "Inkrafttreten: 19. November 2013").
def test_parties_on_2015_01_01():
    out = answer("parties", "eurojust", "--as-of", "2015-01-01")
    assert out["count"] == 28
    states = {r["country"]: r["state"] for r in out["results"]}
    assert {c for c, s in states.items() if s == "partner"} == {"ISL", "NOR", "MKD", "CHE", "USA", "LIE"}
    assert states["DNK"] == "bound" and states["GBR"] == "bound"


# Sources: every row of data/eurojust.yaml: today 26 members (27 Member States less Denmark) and 14 partners with an
# agreement in force (Armenia's uncertain).
def test_today_26_members_and_14_partners():
    out = answer("parties", "eurojust", "--as-of", "2026-12-02")
    assert out["count"] == 26
    partners = {r["country"] for r in out["results"] if r["state"] == "partner"}
    assert partners == {"ALB", "DNK", "GEO", "ISL", "LIE", "MNE", "MKD", "NOR", "MDA", "SRB", "CHE", "UKR", "GBR", "USA"}


# Sources: ej-eurojust-ar2024-third and ej-eucrim-ar2024 (2025-05-15), the newest dated sources of the table: check's
# only word on Eurojust is the advice to refresh it from the Agency's page of agreements (Annual Report 2025 unreached).
def test_check_asks_nothing_of_the_eurojust_table():
    # refreshed in round 14 (the Armenian Prosecutor General's statement of 2025-12-10, the Commission's SWD(2026) 570
    # and Parliament's consent to the Lebanon agreement in 2026): no longer over twelve months old
    # Round 21: the United States' entry into force (2007, org21-lawnet-2008-eurojust-ar2007) conflicts with the 2006
    # of the Annual Report 2020; that recorded conflict is check's one word on the table, which asks no refresh.
    lines = [ln for ln in shipped_check().stdout.splitlines() if "eurojust" in ln.lower()]
    assert [ln for ln in lines if "conflict: USA entry_into_force 2007" not in ln] == []
