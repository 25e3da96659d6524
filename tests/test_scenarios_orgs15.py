"""Scenarios for round 15's additions to data/organisations.yaml (Europol) and data/eurojust.yaml: the days of entry
into force of Ukraine's agreements with Eurojust and Europol, the Republic of Korea's working arrangement with Europol,
the day the EU-New Zealand Europol agreement was signed, and Liechtenstein's Eurojust agreement (its Law Gazette
number found, its day still not). Each test names the source of the answer it expects (keys of the data files, where
each carries its URL, date and the words quoted) and checks both sides of the boundary the fact sets."""

from __future__ import annotations

from datetime import date

from .conftest import shipped_check
from .scenario import answer, day_before, link_rows, party


def _state(iid: str, country: str, day: str) -> str | None:
    row = party(iid, country, day)
    return None if row is None else row["state"]


# Source: ej-iplex360-ukr-984-024-16 (the Verkhovna Rada's treaty card of the Eurojust agreement, No. 984_024-16:
# "Дата підписання: 27.06.2016 | Дата ратифікації Україною: 08.02.2017 | Дата набрання чинності для України:
# 02.09.2017"); ej-interfax-2017-ukraine (the ratification law signed 2017-03-08, the entry into force still to come).
def test_ukraine_eurojust_agreement_in_force_2017_09_02():
    assert _state("eurojust", "UKR", day_before("2016-06-27")) is None
    assert _state("eurojust", "UKR", "2016-06-27") == "signed-only"
    assert _state("eurojust", "UKR", "2017-03-10") == "signed-only"
    assert _state("eurojust", "UKR", day_before("2017-09-02")) == "signed-only"
    row = party("eurojust", "UKR", "2017-09-02")
    assert (row["state"], row["role"], row["signature"], row["in_force"]) == (
        "partner", "operational-partner", "2016-06-27", "2017-09-02")
    assert "ej-iplex360-ukr-984-024-16" in row["sources"].split()


# Source: as above. Eurojust is a channel, never a legal basis: Ukraine and Italy (a member) share it from 2017-09-02,
# one-sided the day before.
def test_ukraine_italy_eurojust_channel_from_2017_09_02():
    before = link_rows("ukraine", "italy", "2017-09-01", "mla")["eurojust"]
    after = link_rows("ukraine", "italy", "2017-09-02", "mla")["eurojust"]
    assert (before["section"], before["a"]["state"]) == ("one-sided", "signed-only")
    assert (after["section"], after["a"]["state"], after["b"]["state"]) == ("channel", "partner", "bound")


# Sources: org-lica-ukr-europol-strategic-2009 (the Verkhovna Rada's treaty card of the Agreement on Strategic
# Cooperation: "Дата підписання ... 04.12.2009 05.10.2010 16.11.2010", ratified by Law No. 2576-VI of 05.10.2010),
# org-segodnya-2015-ukr-europol-siena ("Угоди про стратегічне співробітництво, яке набрало чинності 16 листопада
# 2010 року"). Before round 15 the strategic period ran from the signature of 2009-12-04.
def test_ukraine_europol_strategic_agreement_in_force_2010_11_16():
    assert _state("europol", "UKR", day_before("2009-12-04")) is None
    row = party("europol", "UKR", day_before("2010-11-16"))
    assert (row["state"], row["role"], row["consent"], row["in_force"]) == (
        "consent-pending", "strategic-partner", "2009-12-04", "2010-11-16")
    row = party("europol", "UKR", "2010-11-16")
    assert (row["state"], row["role"], row["in_force"]) == ("partner", "strategic-partner", "2010-11-16")
    assert "org-lica-ukr-europol-strategic-2009" in row["sources"].split()


# Source: as above; the operational agreement of 2016-12-14 (ratified 2017-07-12, org-eapmigration-2017-ukraine)
# follows later: on 2017-07-12 Ukraine is still a strategic partner.
def test_ukraine_france_europol_channel_from_2010_11_16():
    before = link_rows("ukraine", "france", "2010-11-15", "police")["europol"]
    after = link_rows("ukraine", "france", "2010-11-16", "police")["europol"]
    assert (before["section"], before["a"]["state"]) == ("one-sided", "consent-pending")
    assert (after["section"], after["a"]["state"], after["b"]["state"]) == ("channel", "partner", "bound")
    assert party("europol", "UKR", "2017-07-12")["role"] == "strategic-partner"


# Sources: org-antiriciclaggio-2022-kor-europol ("Il 22 dicembre, l'Agenzia nazionale di polizia coreana ... e ...
# Europol hanno firmato un accordo di lavoro"), org-ians-2021-kor-europol (Seoul, 2021-12-23: the NPA "joined Europol
# by signing a working-level agreement"; "police can now exchange information on crime"). A new row in round 15.
def test_korea_europol_working_arrangement_from_2021_12_22(shipped_q):
    assert party("europol", "KOR", "2021-12-21") is None
    row = party("europol", "KOR", "2021-12-22")
    assert (row["state"], row["role"], row["consent"]) == ("partner", "working-arrangement", "2021-12-22")
    assert set(row["sources"].split()) == {"org-antiriciclaggio-2022-kor-europol", "org-ians-2021-kor-europol"}
    st = shipped_q.standing("KOR", "europol", date(2021, 12, 22))
    assert (st.state, st.role) == ("partner", "working-arrangement")
    assert shipped_q.standing("KOR", "europol", date(2021, 12, 21)).state == "not-party"


# Source: as above. Europol is a channel, not a legal basis: the Republic of Korea and Germany share it from
# 2021-12-22; the day before only Germany is in.
def test_korea_germany_europol_channel_from_2021_12_22():
    before = link_rows("republic of korea", "germany", "2021-12-21", "police")["europol"]
    after = link_rows("republic of korea", "germany", "2021-12-22", "police")["europol"]
    assert (before["section"], before["a"]["state"], before["b"]["state"]) == ("one-sided", "not-party", "bound")
    assert (after["section"], after["a"]["state"]) == ("channel", "partner")
    out = answer("parties", "europol", "--as-of", "2021-12-22")
    was = {r["country"] for r in out["results"] if r["role"] == "working-arrangement" and r["state"] == "partner"}
    assert "KOR" in was
    out = answer("parties", "europol", "--as-of", "2021-12-21")
    assert "KOR" not in {r["country"] for r in out["results"]}


# Sources: org-eumonitor-2023-368-nz-europol (recital 2 of Council Decision (EU) 2023/368: the Agreement "was signed on
# 30 June 2022, subject to its conclusion at a later date"), org-albaniandailynews-2024-nz-europol (Europol: "The
# international agreement entered into force on 15 August 2024"); org-nzpolice-europol ("in July 2022") kept as a
# conflict. The working arrangement of 2019 governs until the agreement's entry into force.
def test_new_zealand_eu_europol_agreement_signed_2022_06_30_in_force_2024_08_15():
    row = party("europol", "NZL", "2022-06-30")
    assert (row["state"], row["role"]) == ("partner", "working-arrangement")
    row = party("europol", "NZL", day_before("2024-08-15"))
    assert (row["state"], row["role"], row["consent"]) == ("partner", "working-arrangement", "2019")
    row = party("europol", "NZL", "2024-08-15")
    assert (row["state"], row["role"], row["consent"], row["in_force"]) == (
        "partner", "operational-partner", "2022-06-30", "2024-08-15")
    assert "org-eumonitor-2023-368-nz-europol" in row["sources"].split()


# Sources: as above: `check` lists the New Zealand Police's July 2022 as a conflict beside the Council's 30 June 2022.
def test_new_zealand_signature_conflict_is_listed_by_check():

    out = shipped_check().stdout
    lines = [ln for ln in out.splitlines() if "conflict: NZL" in ln and "europol" in ln]
    assert len(lines) == 1
    assert "2022-06-30 per org-eumonitor-2023-368-nz-europol" in lines[0]
    assert "2022-07 per org-nzpolice-europol" in lines[0]


# Sources: ej-parlement-2013-liechtenstein (signed in Luxembourg on 2013-06-07); ej-li-lgbl-2013-376 (round 17: the Law
# Gazette, LGBl. 2013 Nr. 376, "Inkrafttreten: 19. November 2013", which fills the day the scrape of round 15,
# ej-gh-ansvar-li-lgbl-2013-376, left empty). The row is no longer uncertain until 2020-11-19: a partner from 2013-11-19.
def test_liechtenstein_eurojust_in_force_2013_11_19_not_uncertain_until_2020():
    assert _state("eurojust", "LIE", "2013-06-07") == "signed-only"
    assert _state("eurojust", "LIE", "2013-11-18") == "signed-only"
    assert _state("eurojust", "LIE", "2013-11-19") == "partner"
    assert _state("eurojust", "LIE", "2020-11-19") == "partner"
    assert "ej-gh-ansvar-li-lgbl-2013-376" not in party("eurojust", "LIE", "2020-11-19")["sources"].split()


# Sources: org-interpol-ar-history-1956 (INTERPOL's history page: the Organization created by the adoption of its
# Constitution on 13 June 1956; "الأعضاء المؤسسون: ... كمبوديا ..." (founding members: ... Cambodia ...)), cow-igo-v3
# (1956). The row keeps the year, as the page gives no day of Cambodia's own admission: not a member in 1955, a member
# by the end of 1956, uncertain within the year.
def test_cambodia_interpol_founding_member_of_1956_keeps_the_year():
    assert party("interpol", "KHM", "1955-12-31") is None
    row = party("interpol", "KHM", "1956-06-13")
    assert (row["state"], row["consent"]) == ("uncertain", "1956")
    row = party("interpol", "KHM", "1956-12-31")
    assert (row["state"], row["consent"]) == ("bound", "1956")
    assert "org-interpol-ar-history-1956" in row["sources"].split()
