"""Scenario tests on the shipped data: round-10 facts and cross-checks for the United Nations conventions.

Each expectation names its source: unodc-2024-cop12-untoc (the UNODC Executive Director's statement at the twelfth
session of the Conference of the Parties to UNTOC, dated 2024-10-16: "192 States Parties"), untc-xviii12-2024 (the
depositary's status page as at 2024-05-04: 192 parties), at-ris-tip-2025 (the Austrian consolidated text of the
Trafficking Protocol, last adjusted by the scope notice BGBl. III Nr. 58/2025) and gvnet-usdos-tip-2023-ton (the
US TIP Report 2023 recommending that Tonga accede to the Trafficking Protocol).
"""

from __future__ import annotations

from tests.conftest import shipped_check
from tests.scenario import answer, party
from tests.scenario import parties_answer as _answer


def _count(iid: str, day: str) -> tuple[int, list[str]]:
    """The parties the table counts on the day and, apart, those that may have joined by then (undated)."""
    out = _answer(iid, day, "--all")
    counted = [r for r in out["results"] if r["state"] in ("bound", "consent-pending")]
    return len(counted), sorted(r["country"] for r in out["uncertain"] if r["state"] == "uncertain")


def test_untoc_table_adds_up_to_unodcs_192_at_cop12():
    """unodc-2024-cop12-untoc: 192 States Parties on 2024-10-16, the depositary's own count of 2024-05-04
    (untc-xviii12-2024): the 190 known parties and the two undated ones that may have joined by then make it,
    and the count did not move between the two days (Palau dated 2019-05-13 in round 14, es-boe-a-2019-10595-un)."""
    for day in ("2024-05-04", "2024-10-16"):
        counted, uncertain = _count("untoc", day)
        # Palestine's accession, accepted for deposit by 2015-01-07 (un-note-2015-01-07-pse-treaties, un12), counts
        # Samoa dated 2014-12-17 in round 15 (es-boe-a-2015-1014-un): the DPRK is the one undated party left
        assert uncertain == ["PRK"]
        assert counted + len(uncertain) == 192


def test_somalia_is_not_a_untoc_party_at_cop12():
    """Somalia's accession was signed in Mogadishu on 2024-11-23 (goobjoog-2024-som-untoc), after UNODC's count of
    192 on 2024-10-16 (unodc-2024-cop12-untoc), which therefore cannot include it."""
    row = party("untoc", "SOM", "2024-10-16")
    assert row is None or row["state"] not in ("bound", "consent-pending", "uncertain")


def test_untoc_shows_the_cop12_statement_among_its_sources():
    """The instrument lists the UNODC statement, dated 2024-10-16, among its sources."""
    sources = answer("show", "untoc")["sources"]
    assert "unodc-2024-cop12-untoc" in sources
    assert sources["unodc-2024-cop12-untoc"]["as_of"] == "2024-10-16"


def test_trafficking_protocol_names_the_austrian_2025_scope_notice_as_a_lead():
    """at-ris-tip-2025: the Austrian consolidated text was last adjusted by BGBl. III Nr. 58/2025 (in force
    2025-05-01); the coverage note names it as the source to read for the accessions of 2024-2025, and Tonga's
    candidacy is bounded by the US TIP Report 2023 (gvnet-usdos-tip-2023-ton)."""
    out = answer("show", "untoc-tip")
    text = str(out)
    assert "BGBl. III Nr. 58/2025" in text
    assert "gvnet-usdos-tip-2023-ton" in text


def test_russia_has_signed_the_cybercrime_convention_and_begun_ratifying_only():
    """tass-2025-rus-cybercrime-signature-order (the President's order of 2025-10-23 to sign) and
    ria-2026-rus-cybercrime-ratification (the Foreign Ministry, 2026-01-28: ratification procedures begun): a
    signatory, not a party, and the answer says how far its sources reach."""
    from tests.scenario import ratified
    row = ratified("RUS", "cybercrime-2024", "2026-06-01")
    assert row is not None and row["state"] == "signed-only" and row["signature"] == "2025-10-25"
    assert "not ratified as of 2026-01-28" in row["reason"]
    assert "ria-2026-rus-cybercrime-ratification" in row["sources"]
    assert party("cybercrime-2024", "RUS", "2025-10-24") is None


def test_viet_nams_january_2026_statement_has_a_second_report():
    """sggp-2026-vnm-hanoi-convention: at the Vienna meeting of 26-30 January 2026 Viet Nam was still completing its
    domestic procedures (as vietnamplus-2026-hanoi-convention reports): a signatory only before the meeting, its
    reported ratification uncertain after it."""
    before = party("cybercrime-2024", "VNM", "2026-01-20")
    assert before is not None and before["state"] == "signed-only"
    after = party("cybercrime-2024", "VNM", "2026-02-01")
    assert after is not None and after["state"] == "uncertain"
    assert "sggp-2026-vnm-hanoi-convention" in answer("show", "cybercrime-2024")["sources"]


def test_azerbaijans_ratification_law_signed_but_no_deposit_shown():
    """reportaz-2026-aze-cybercrime-law: the President signed the law approving the Convention on 2026-02-23 (after
    the Milli Majlis vote of 2026-02-10, trend-2026-aze-cybercrime); dayaz-2026-aze-cybercrime-authorities names
    the State Security Service (mutual legal assistance, 24/7) and the Ministry of Justice (extradition). Domestic
    steps: the day after the signature Azerbaijan is still a signatory only, and its reported ratification stays
    undated and uncertain afterwards (no deposit with the depositary is shown)."""
    day_after = party("cybercrime-2024", "AZE", "2026-02-24")
    assert day_after is not None and day_after["state"] == "signed-only"
    assert "reportaz-2026-aze-cybercrime-law" in day_after["sources"]
    later = party("cybercrime-2024", "AZE", "2026-03-15")
    assert later is not None and later["state"] == "uncertain" and later["consent"] == ""
    sources = answer("show", "cybercrime-2024")["sources"]
    assert sources["dayaz-2026-aze-cybercrime-authorities"]["as_of"] == "2026-02-23"


def test_syria_still_a_uncac_signatory_after_the_doha_conference():
    """hgaza-syr-uncac-observer (Syria's Central Authority for Monitoring and Inspection: an observer at the Doha
    Conference of the States Parties of December 2025, ratification still being studied) and
    levant24-2025-syr-cosp11: Syria is not the unidentified 192nd party. The answer says it had not ratified by
    December 2025 and, the table being one short of its count, that a later ratification would not show."""
    from tests.scenario import ratified
    row = ratified("SYR", "uncac", "2026-06-01")
    assert row is not None and row["signature"] == "2003-12-09" and row["consent"] == ""
    assert "not ratified as of 2025-12-31" in row["reason"]
    assert "hgaza-syr-uncac-observer" in row["sources"]


def test_gabon_joined_the_smuggling_protocol_in_2019_not_on_the_day_the_austrian_gazette_lists():
    """untc-xml-2018-xviii (the depositary's table, which has Gabon's accessions of 2010-09-22 to the Trafficking
    and Firearms Protocols only) against at-bgbl-2010-117-som (the Austrian scope notice for the Smuggling
    Protocol, listing Gabon 2010-09-22); round 14 found Gabon's accession of 2019-05-10 in Spain's list of treaty
    communications (es-boe-a-2019-10595-un): not a party in 2018, bound from 2019-06-09, and `check` names the
    Austrian day as a conflict."""
    assert party("untoc-som", "GAB", "2018-01-15") is None
    rows = [r for r in answer("channels", "GAB")["results"] if r["instrument"]["id"] == "untoc-som"]
    assert len(rows) == 1 and rows[0]["state"] == "bound"
    assert "es-boe-a-2019-10595-un" in rows[0]["sources"]
    for iid in ("untoc-tip", "untoc-firearms"):
        row = party(iid, "GAB", "2026-01-01")
        assert row is not None and row["state"] == "bound" and row["consent"] == "2010-09-22"


def test_austrian_scope_notices_confirm_the_depositarys_days():
    """at-bgbl-2008-137-tip (Trafficking Protocol deposits notified up to 2008) and at-bgbl-2010-117-som (Smuggling
    Protocol deposits up to 2010) give the same days as the depositary's table for every State they list but
    Gabon (see the Smuggling Protocol's non-party entry): e.g. Switzerland's and the United Kingdom's
    ratifications of the Trafficking Protocol, San Marino's and Monaco's of the Smuggling Protocol."""
    for iid, country, deposit, key in (("untoc-tip", "CHE", "2006-10-27", "at-bgbl-2008-137-tip"),
                                       ("untoc-tip", "GBR", "2006-02-09", "at-bgbl-2008-137-tip"),
                                       ("untoc-som", "SMR", "2010-07-20", "at-bgbl-2010-117-som"),
                                       ("untoc-som", "MCO", "2001-06-05", "at-bgbl-2010-117-som")):
        row = party(iid, country, "2026-01-01")
        assert row is not None and row["state"] == "bound" and row["consent"] == deposit
        assert key in row["sources"]


def test_the_austrian_1993_notice_on_the_1972_protocol_agrees_but_for_cameroon_and_micronesia():
    """at-bgbl-1993-841-1972-protocol (the Austrian scope notice of 1993-12-15 for the Protocol amending the Single
    Convention) repeats the depositary's day (untc-mtdsg-2018) for Antigua and Barbuda, Qatar, the Netherlands and
    17 others; for Cameroon (1988-02-17 against the depositary's 1974-05-30) and Micronesia (1991-04-29, as the
    depositary's own Single Convention table has it, against its 1991-05-29 for the amended Convention) the answer
    keeps the depositary's day and check names the other as a conflict."""
    for country, deposit in (("ATG", "1993-04-05"), ("QAT", "1986-10-03"), ("NLD", "1987-05-29")):
        row = party("drugs-1961-amended", country, "2000-01-01")
        assert row is not None and row["consent"] == deposit
        assert "at-bgbl-1993-841-1972-protocol" in row["sources"]
    assert party("drugs-1961-amended", "FSM", "1991-05-28") is None
    assert party("drugs-1961-amended", "FSM", "1991-05-29")["consent"] == "1991-05-29"
    report = shipped_check().stdout
    assert ("conflict: CMR date 1974-05-30 per untc-mtdsg-2018, 1988-02-17 per at-bgbl-1993-841-1972-protocol"
            in report)
    assert ("conflict: FSM date 1991-05-29 per untc-mtdsg-2018, 1991-04-29 per at-bgbl-1993-841-1972-protocol"
            in report)
