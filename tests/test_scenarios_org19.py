"""Scenarios for round 19 (issue 12): SELEC, Europol, Eurojust and INTERPOL. The round searched for statements dated
after 2025-12-03 and for the undated days of their tables and found none (each instrument's coverage note lists what
was searched); it added two facts on Europol: the suspension in March 2022 of its cooperation with Russia, and the
UAE's strategic agreement shown in place by 2025-06-25. These tests pin those and the answers that search left standing, on the day of the round
(2026-12-03) and on both sides of the boundaries those rows set, so that a later round which does find a newer
source changes them knowingly. Each test names the sources of the answer it expects (keys of data/organisations.yaml
and data/eurojust.yaml, where each carries its URL, date and the words quoted)."""

from __future__ import annotations

from octreaty import load_data

from .scenario import answer, coverage, day_before, link_rows, party

ROUND_DAY = "2026-12-03"


def _members(iid: str, day: str) -> set[str]:
    return {r["country"] for r in answer("parties", iid, "--as-of", day)["results"] if r["role"] == "member"}


# Sources: selec-about (SELEC's About page, undated: "11 member states"; the current page names Albania, Bosnia and
# Herzegovina, Bulgaria, Greece, Hungary, Moldova, Montenegro, North Macedonia, Romania, Serbia and Türkiye),
# org-selec-2019-council19 ("its 11 Member States", the stated count). Members from the SELEC Convention's entry into
# force on 2011-10-07; before it, the same States were SECI Center parties, not SELEC members.
def test_selec_eleven_members_on_the_round_day():
    eleven = {"ALB", "BIH", "BGR", "GRC", "HUN", "MDA", "MNE", "MKD", "ROU", "SRB", "TUR"}
    assert _members("selec", ROUND_DAY) == eleven
    assert coverage("selec").startswith("11 of 11 stated by org-selec-2019-council19 as of 2019-06-04")
    # Croatia left after 2017-10-07 and by 2018-10-07 (org-selec-2017-6th, org-selec-2018-7years); Slovenia only
    # signed the Convention (selec-history): neither has a row today.
    assert party("selec", "HRV", ROUND_DAY) is None
    assert party("selec", "SVN", ROUND_DAY) is None
    row = party("selec", "ALB", "2011-10-07")
    assert (row["state"], row["role"], row["consent"]) == ("bound", "member", "2011-10-07")


# Sources: selec-2014 and org-selec-2014-council (the United States' agreement mandated on 2014-05-29, in place by
# SELEC's release of 2014-10-07); org-selec-operational-partners (Saudi Arabia an Operational Partner, undated page).
# Partners by agreement are shown beside the members and never counted among them.
def test_selec_operational_partners_on_the_round_day():
    for country in ("USA", "SAU"):
        row = party("selec", country, ROUND_DAY)
        assert (row["state"], row["role"]) == ("partner", "operational-partner"), country
    assert answer("parties", "selec", "--as-of", ROUND_DAY)["count"] == 11


# Sources: org-europol-2017-brazil (the Agreement on Strategic Cooperation signed on 2017-04-11: no personal data),
# wp-europol-2017-copy (Brazil among the strategic partners as of 2017-09). The EU-Brazil agreement with personal data
# (OJ L 2025/2167) is "pending notification" (org-eurlex-2025-2167-brazil-europol), so Brazil is still a strategic
# partner, not an operational one, on the round day: no operational period is recorded.
def test_brazil_europol_still_strategic_partner_on_the_round_day():
    assert party("europol", "BRA", day_before("2017-04-11")) is None
    row = party("europol", "BRA", "2017-04-11")
    assert (row["state"], row["role"], row["signature"]) == ("uncertain", "strategic-partner", "2017-04-11")
    assert party("europol", "BRA", "2017-09-29")["state"] == "uncertain"
    row = party("europol", "BRA", ROUND_DAY)
    assert (row["state"], row["role"], row["signature"], row["in_force"], row["in_force_qualifier"]) == (
        "partner", "strategic-partner", "2017-04-11", "2017-09-30", "by")
    assert row["sources"].split() == ["org-europol-2017-brazil", "wp-europol-2017-copy"]


# Source: org-albaniandailynews-2025-egypt-europol ("On 9 April 2025 ... signed a Working Arrangement"), the newest
# arrangement the round found; none signed since was found.
def test_egypt_europol_working_arrangement_still_the_newest():
    assert party("europol", "EGY", day_before("2025-04-09")) is None
    row = party("europol", "EGY", ROUND_DAY)
    assert (row["state"], row["role"], row["consent"]) == ("partner", "working-arrangement", "2025-04-09")


# Source: ej-howtheyvote-2026-lebanon (the European Parliament consented in 2026 to the conclusion of the EU-Lebanon
# agreement on cooperation with Eurojust; the day of its signature and of its entry into force were not found, and
# round 19 found neither): no row, so Lebanon is not shown as a Eurojust partner.
def test_lebanon_has_no_eurojust_row_on_the_round_day():
    assert party("eurojust", "LBN", ROUND_DAY) is None
    assert party("eurojust", "ARM", ROUND_DAY)["role"] == "operational-partner"


# Source: org-arabnews-2026-interpol-liberterra (INTERPOL's 196 member countries, 2026-01-26); no admission at the
# 94th General Assembly (Hong Kong, November 2026) was found, so Tuvalu and the DPRK, UN members outside INTERPOL,
# have no row.
def test_interpol_196_members_on_the_round_day():
    assert answer("parties", "interpol", "--as-of", ROUND_DAY)["count"] == 196
    assert party("interpol", "TUV", ROUND_DAY) is None
    assert party("interpol", "PRK", ROUND_DAY) is None
    assert party("interpol", "PLW", day_before("2023-11-29")) is None
    assert party("interpol", "PLW", "2023-11-29")["state"] == "bound"


# Sources: org19-bsr-europol-mb-2022-russia (Europol's release as copied: "the Board decided to suspend any cooperation
# with Russia, including through the strategic agreement concluded in November 2003"), org19-urdupoint-2022-europol-russia
# (2022-04-02: "has suspended cooperation with Russia since the beginning of March"). The suspension is dated to the
# month: not said before March 2022; during March whether it had begun is not known (uncertain); from April the
# partnership is suspended: Russia is no longer a usable Europol channel (the agreement is suspended, not terminated,
# so the row and its role stay).
SUSPENDED = ("Russian Federation: suspended since 2022-03: Europol's Management Board decided to suspend any "
             "cooperation with Russia, including through the strategic agreement of November 2003")


def test_russia_europol_cooperation_suspended_march_2022():
    before = party("europol", "RUS", "2022-02-28")
    assert (before["state"], before["role"], before["signature"]) == ("partner", "strategic-partner", "2003-11-06")
    assert party("europol", "RUS", "2022-03-15")["state"] == "uncertain"
    march = link_rows("russia", "germany", "2022-03-15", "police")["europol"]["a"]
    assert march["state"] == "uncertain"
    assert march["reason"].startswith("Russian Federation: suspended in 2022-03 (the day is not given): whether it "
                                      "was suspended on 2022-03-15 is not known: Europol's Management Board")
    for day in ("2022-04-01", ROUND_DAY):
        row = party("europol", "RUS", day)
        assert (row["state"], row["role"], row["signature"]) == ("suspended", "strategic-partner", "2003-11-06"), day
    channel = link_rows("russia", "germany", "2022-02-28", "police")["europol"]
    assert (channel["section"], channel["a"]["state"]) == ("channel", "partner")
    assert not any("suspended" in q for q in channel["qualifications"])
    for day in ("2022-04-01", ROUND_DAY):
        after = link_rows("russia", "germany", day, "police")["europol"]
        assert (after["section"], after["a"]["state"]) == ("one-sided", "suspended"), day
        assert any(q.startswith(SUSPENDED) for q in after["qualifications"]), (day, after["qualifications"])


# Library: the row is in events form: the signature, the agreement with its not-before bound, then the suspension.
def test_russia_europol_row_in_the_library():
    row = next(p for p in load_data().instruments["europol"].parties if p.party == "RUS")
    assert [e.type for e in row.events] == ["signature", "agreement", "suspension"]
    suspension = row.events[-1]
    assert suspension.effective is None
    assert list(suspension.sources) == ["org19-bsr-europol-mb-2022-russia", "org19-urdupoint-2022-europol-russia"]


# Sources: org-europol-2016-uae (the Agreement on Cooperation "signed today in Abu Dhabi", 2016-09-07, with cooperation
# "after entry into force of the agreement"), org19-wam-2025-uae-europol-mou (the Emirates News Agency, 2025-06-25:
# the memorandum on a secure line "تعتبر امتداداً لاتفاقية التعاون الاستراتيجي ... والتي تم توقيعها في 7 سبتمبر عام
# 2016", within "الشراكة الاستراتيجية القائمة بينهما", the strategic partnership existing between them). Signed only on
# the day of signature, uncertain from the next day, a strategic partner by 2025-06-25 (the day of entry into force
# still not given).
def test_uae_europol_strategic_agreement_in_place_by_2025_06_25():
    assert party("europol", "ARE", day_before("2016-09-07")) is None
    assert party("europol", "ARE", "2016-09-07")["state"] == "signed-only"
    assert party("europol", "ARE", "2016-09-08")["state"] == "uncertain"
    assert party("europol", "ARE", day_before("2025-06-25"))["state"] == "uncertain"
    uncertain = {u["country"]: u for u in answer("parties", "europol", "--as-of", "2025-06-24", "--all")["uncertain"]}
    assert uncertain["ARE"]["in_force"] == {"date": None, "earliest": "2016-09-08", "latest": "2025-06-25"}
    row = party("europol", "ARE", "2025-06-25")
    assert (row["state"], row["role"], row["signature"], row["in_force"], row["in_force_qualifier"]) == (
        "partner", "strategic-partner", "2016-09-07", "2025-06-25", "by")
    assert row["sources"].split()[-1] == "org19-wam-2025-uae-europol-mou"
    assert "ARE" not in {u["country"] for u in answer("parties", "europol", "--as-of", ROUND_DAY, "--all")["uncertain"]}
