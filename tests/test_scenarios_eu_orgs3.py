"""Scenarios for round 3 of issue 12 on the organisations and EU-law tables: INTERPOL admissions dated
from national accounts (China, Viet Nam, the Soviet Union), the Council of Europe's and the European
Union's tables brought to 2025-26 statements of their counts, and Portugal's European Investigation
Order law bounded by its own entry-into-force clause. Each test names the source of the answer it
expects (keys of data/organisations.yaml and data/eu.yaml, where each carries its URL and date) and
checks both sides of the boundary the fact sets."""

from __future__ import annotations

from .scenario import csv_rows, party, ratified


def _instrument(iid: str) -> dict[str, str]:
    rows = [r for r in csv_rows("instruments") if r["id"] == iid]
    assert len(rows) == 1, rows
    return rows[0]


# --- INTERPOL -----------------------------------------------------------------------------------------------

# Sources: org-sohu-2008-chn-interpol ("1984年9月5日 ... 中华人民共和国被正式接纳为该组织的成员国", the 53rd
# General Assembly in Luxembourg), org-handmsg-2018-chn-interpol ("中國是1984年9月5日正式加入國際刑警組織的").
def test_china_interpol_member_from_1984_09_05():
    assert party("interpol", "CHN", "1984-09-04") is None
    row = party("interpol", "CHN", "1984-09-05")
    assert row is not None
    assert (row["state"], row["role"], row["consent"]) == ("bound", "member", "1984-09-05")
    assert "org-sohu-2008-chn-interpol" in row["sources"]


# Sources: org-vietnamplus-2011-vnm-interpol ("1991年11月4日，越南警察力量正式成为国际刑警组织的第156个成员"),
# org-vna-2002-vnm-interpol (VNA, Ha Noi, 2002-11-04: "joined this international agency on this day eleven
# years ago").
def test_viet_nam_interpol_member_from_1991_11_04():
    assert party("interpol", "VNM", "1991-11-03") is None
    row = party("interpol", "VNM", "1991-11-04")
    assert row is not None
    assert (row["state"], row["consent"]) == ("bound", "1991-11-04")
    assert "org-vna-2002-vnm-interpol" in row["sources"]


# Sources: org-rbth-2017-ussr-interpol ("il 27 settembre 1990"), org-interpol-2010-rus-20th (INTERPOL's release of
# 2010-09-27 marking the 20th anniversary of the USSR's membership); Sputnik's 17 September
# (org-sputnik-2016-ussr-interpol) is noted, not carried.
def test_soviet_union_interpol_member_from_1990_09_27():
    assert party("interpol", "RUS", "1990-09-26") is None
    row = party("interpol", "RUS", "1990-09-27")
    assert row is not None
    assert (row["state"], row["consent"]) == ("bound", "1990-09-27")
    assert "org-interpol-2010-rus-20th" in row["sources"]


# Sources: org-tj-police-reform-ncb ("On 5 October 2004 Tajikistan was accepted to Interpol and became 182nd
# member country"), org-interpol-2004-cancun (the General Assembly in Cancun, ended 2004-10-08).
def test_tajikistan_interpol_member_from_2004_10_05():
    assert party("interpol", "TJK", "2004-10-04") is None
    row = party("interpol", "TJK", "2004-10-05")
    assert row is not None
    assert (row["state"], row["consent"]) == ("bound", "2004-10-05")


# Source: org-joongang-1967-kor-interpol ("64년 10월 ... 33차 총회에서 정식으로 회원국 승인"): October 1964, no day.
def test_republic_of_korea_interpol_member_from_october_1964():
    assert party("interpol", "KOR", "1964-09-30") is None
    row = party("interpol", "KOR", "1964-11-01")
    assert row is not None
    assert (row["state"], row["consent"]) == ("bound", "1964-10")


# --- Council of Europe and European Union: counts current to 2025-26 --------------------------------------

# Sources: org-coe-sg-2026-new-year (the Secretary General's message for 2026: "All 46 member states"),
# org-aa-2025-11-14-coe and org-sir-2025-11-coe-moldova (the meeting of the representatives of the 46 member
# States on 2025-11-14).
def test_council_of_europe_counted_against_the_46_of_2026():
    row = _instrument("coe")
    assert row["coverage"] == "46 of 46 stated by org-coe-sg-2026-new-year as of 2026-01"
    assert row["as_of"] == "2026-01"


# Sources: org-anews-2025-07-eurostat ("the 27 EU member states", Eurostat's release of 2025-07-11),
# org-alexa-2026-euro-bulgaria (the 21 euro-area members and the six outside on 2026-01-01).
def test_european_union_counted_against_the_27_of_2025_and_its_table_current_to_2026():
    row = _instrument("eu")
    assert row["coverage"] == "27 of 27 stated by org-anews-2025-07-eurostat as of 2025-07-12"
    assert row["as_of"] == "2026-01-01"


# Sources: the same; Bulgaria's adoption of the euro on 2026-01-01 changed no membership.
def test_bulgaria_still_an_eu_member_after_joining_the_euro():
    row = party("eu", "BGR", "2026-01-01")
    assert row is not None
    assert (row["state"], row["consent"]) == ("bound", "2007-01-01")


# --- European Investigation Order: Portugal --------------------------------------------------------------

# Source: pgdlisboa-lei-88-2017-art50 (Lei n.º 88/2017 of 21 August 2017, art. 50: "A presente lei entra em
# vigor no dia seguinte ao da sua publicação"): not in force on the day of its publication; in force the day
# after, 2017-08-22, the day the law itself fixes (round 4: the lead accepted it as the law's own day; the
# boundary is tested in test_scenarios_orgs4.py).
def test_portugal_eio_not_applying_on_the_day_its_law_was_published():
    assert ratified("PRT", "eio", "2017-08-21")["state"] == "consent-pending"
    after = ratified("PRT", "eio", "2017-08-22")
    assert after is not None and after["state"] == "bound"
    later = ratified("PRT", "eio", "2018-09-15")
    assert later is not None and later["state"] == "bound"


# --- INTERPOL: admissions dated by INTERPOL's own member country pages ("Member since") ---------------------

# Source: org-interpol-member-hrv ("INTERPOL Zagreb • Member since : 4 November 1992").
def test_croatia_interpol_member_from_1992_11_04():
    assert party("interpol", "HRV", "1992-11-03") is None
    row = party("interpol", "HRV", "1992-11-04")
    assert row is not None
    assert (row["state"], row["consent"]) == ("bound", "1992-11-04")
    assert "org-interpol-member-hrv" in row["sources"]


# Source: org-interpol-member-and ("Member since: 23 November 1987"): the Correlates of War year 1993 was wrong,
# so Andorra is a member in 1990, before the year the old row gave.
def test_andorra_interpol_member_from_1987_11_23_not_1993():
    assert party("interpol", "AND", "1987-11-22") is None
    row = party("interpol", "AND", "1990-01-01")
    assert row is not None
    assert (row["state"], row["consent"]) == ("bound", "1987-11-23")
    assert "cow-igo-v3" not in row["sources"]


# Source: org-interpol-member-lie ("Member since: 10 October 1960"), not the Correlates of War year 1990.
def test_liechtenstein_interpol_member_from_1960_10_10_not_1990():
    assert party("interpol", "LIE", "1960-10-09") is None
    row = party("interpol", "LIE", "1970-01-01")
    assert row is not None
    assert (row["state"], row["consent"]) == ("bound", "1960-10-10")


# Sources: org-interpol-member-svn ("Member since: 10 November 1992"); the Slovenian Police's 4 November
# (org-policija-si-ncb-interpol) is kept as a conflict, not carried.
def test_slovenia_interpol_member_from_1992_11_10_with_the_police_day_as_conflict():
    assert party("interpol", "SVN", "1992-11-05") is None
    row = party("interpol", "SVN", "1992-11-10")
    assert row is not None
    assert (row["state"], row["consent"]) == ("bound", "1992-11-10")
    assert "org-policija-si-ncb-interpol" in row["sources"]


# Sources: org-interpol-member-cyp ("Member since: 19 September 1962"), org-interpol-member-mlt ("19 September 1972").
def test_cyprus_and_malta_interpol_members_to_the_day():
    assert party("interpol", "CYP", "1962-09-18") is None
    assert party("interpol", "CYP", "1962-09-19")["consent"] == "1962-09-19"
    assert party("interpol", "MLT", "1972-09-18") is None
    assert party("interpol", "MLT", "1972-09-19")["consent"] == "1972-09-19"


# Sources: org-interpol-member-bgr (1989-11-27), org-interpol-member-pol (1990-09-27),
# org-interpol-member-rou (1973-10-02): the present membership after the Correlates of War gap is dated to the
# day; the earlier periods stay at the year.
def test_bulgaria_poland_romania_readmitted_to_interpol_on_the_day():
    for iso, before, day in (("BGR", "1989-11-26", "1989-11-27"), ("POL", "1990-09-26", "1990-09-27"),
                             ("ROU", "1973-10-01", "1973-10-02")):
        assert party("interpol", iso, before) is None, iso
        row = party("interpol", iso, day)
        assert row is not None and row["consent"] == day, iso
        assert f"org-interpol-member-{iso.lower()}" in row["sources"]


# Sources: org-cna-2005-09-29-interpol ("voted to accept the candidacies of Bhutan and Turkmenistan as the 183rd
# and 184th member"), org-interpol-2005-pr037: admitted at the Berlin Assembly of September 2005, not in 2006.
def test_turkmenistan_interpol_member_from_september_2005():
    assert party("interpol", "TKM", "2005-08-31") is None
    row = party("interpol", "TKM", "2005-10-01")
    assert row is not None
    assert (row["state"], row["consent"]) == ("bound", "2005-09")
    assert "cow-igo-v3" not in row["sources"]


# --- Europol: Monaco ----------------------------------------------------------------------------------------

# Source: org-gouv-mc-security-international ("On 6 May 2011, a historic agreement on operational and strategic
# cooperation was signed ... EUROPOL"): signed that day; its entry into force is not found, so from the signature
# to its sources' date (wp-europol-2017-copy, 2017-09) the answer is uncertain, never a partner from a guessed day.
def test_monaco_europol_agreement_signed_2011_05_06_its_entry_into_force_unknown():
    assert party("europol", "MCO", "2011-05-05") is None
    row = party("europol", "MCO", "2011-05-06")
    assert row is not None
    assert (row["state"], row["role"], row["signature"], row["consent"]) == (
        "uncertain", "operational-partner", "2011-05-06", "")
    assert party("europol", "MCO", "2017-09-30")["state"] == "partner"
    assert "org-gouv-mc-security-international" in row["sources"]
