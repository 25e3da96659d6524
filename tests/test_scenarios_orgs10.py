"""Round 10 of the organisations' tables (INTERPOL, Europol, SELEC, PCC SEE, Council of Europe): each test names
the source of its expected answer, with days on both sides of the boundary the fact sets where a date is added."""

from __future__ import annotations

from .scenario import coverage, party


# Source: org-arabnews-2026-interpol-liberterra (the Associated Press, updated 2026-01-26, on INTERPOL's release of
# that Monday about Operation Liberterra III: "the agency headquartered in France that helps police in 196 member
# countries"). The count of 196 is the same as at the 93rd General Assembly (2025-11-24), now dated 2026-01-26.
def test_interpol_196_members_as_of_2026_01_26():
    assert coverage("interpol") == "196 of 196 stated by org-arabnews-2026-interpol-liberterra as of 2026-01-26"


# Sources: org-europol-2016-uae (Europol's release: the Agreement on Cooperation "signed today in Abu Dhabi";
# cooperation "after entry into force of the agreement"), org-gulfnews-2016-uae-europol ("on Wednesday"),
# org-envolverde-2016-uae-europol (IPS, 2016-09-09: "assinaram, no dia 7"). No entry into force is given, so the
# strategic partnership is uncertain after the signature, until org19-wam-2025-uae-europol-mou (the Emirates News
# Agency, 2025-06-25: the memorandum on a secure line is "an extension of the Strategic Cooperation Agreement ...
# signed on 7 September 2016", within the "strategic partnership existing between them") shows it in place.
def test_uae_europol_strategic_agreement_signed_2016_09_07_uncertain_after():
    assert party("europol", "ARE", "2016-09-06") is None
    row = party("europol", "ARE", "2016-09-08")
    assert row is not None
    assert (row["state"], row["role"], row["signature"], row["consent"]) == (
        "uncertain", "strategic-partner", "2016-09-07", "")
    row = party("europol", "ARE", "2025-06-24")
    assert row is not None and row["state"] == "uncertain"
    row = party("europol", "ARE", "2026-06-01")
    assert row is not None and (row["state"], row["in_force"], row["in_force_qualifier"]) == (
        "partner", "2025-06-25", "by")


# Sources: org-elsoldemexico-2020-europol ("firmaron este lunes un acuerdo de trabajo", Europol's tweet of
# 2020-07-20), org-eluniversal-2020-mexico-europol (Mexico among the States with an arrangement "en vigor"),
# org-angulo7-2020-mexico-europol (approved by Europol's Management Board "para su inmediata entrada en vigor").
def test_mexico_europol_working_arrangement_from_2020_07_20():
    assert party("europol", "MEX", "2020-07-19") is None
    row = party("europol", "MEX", "2020-07-20")
    assert row is not None
    assert (row["state"], row["role"], row["consent"]) == ("partner", "working-arrangement", "2020-07-20")
    assert "org-elsoldemexico-2020-europol" in row["sources"]


# Source: org-albaniandailynews-2025-egypt-europol (Europol's announcement: "On 9 April 2025 ... signed a Working
# Arrangement"; "Following the signing ... will be able to deploy a liaison officer").
def test_egypt_europol_working_arrangement_from_2025_04_09():
    assert party("europol", "EGY", "2025-04-08") is None
    row = party("europol", "EGY", "2025-04-09")
    assert row is not None
    assert (row["state"], row["role"], row["consent"]) == ("partner", "working-arrangement", "2025-04-09")


# Sources: org-radio-cz-2021-csk-coe (Czech Radio: "21. února 1991 se tehdejší Československo stalo 25. řádným
# členem Rady Evropy", admitted in Madrid; membership ended with the federation), org-taz-1991-csfr-coe (AFP:
# admitted "am Donnerstag in Madrid" as the 25th member), pace-doc-6885 (a member "until it ceased to exist on
# 31 December 1992"; its "21 January 1991" is kept as a named conflict). The Czech Republic and Slovakia are
# members from 1993-06-30, so between 1993-01-01 and 1993-06-29 neither they nor Czechoslovakia are.
def test_czechoslovakia_council_of_europe_member_1991_02_21_to_1992_12_31():
    assert party("coe", "CSK", "1991-02-20") is None
    row = party("coe", "CSK", "1991-02-21")
    assert row is not None
    assert (row["state"], row["role"], row["consent"]) == ("bound", "member", "1991-02-21")
    row = party("coe", "CSK", "1992-12-31")
    assert row is not None and row["state"] == "bound"
    row = party("coe", "CSK", "1993-01-01")
    assert row is None or row["state"] != "bound"
    assert party("coe", "CZE", "1993-06-29") is None
    row = party("coe", "SVK", "1993-06-30")
    assert row is not None and row["consent"] == "1993-06-30"
    assert "org-stvr-2023-svk-coe" in row["sources"]


# Sources: org-albaniandailynews-2024-nz-europol (Europol: the EU-New Zealand agreement on personal data "entered
# into force on 15 August 2024", building on the Working Arrangement "in place since 2019"),
# org-eucrim-2023-nz-europol (concluded by the Council on 2023-02-14; the Working Arrangement "concluded in 2019"),
# org-nzpolice-europol (signed in July 2022), org-eumonitor-2023-368-nz-europol (round 15: Decision (EU) 2023/368,
# recital 2: "was signed on 30 June 2022", the day the row now keeps). The row held only a liaison bureau of October 2019.
def test_new_zealand_europol_working_arrangement_then_operational_from_2024_08_15():
    row = party("europol", "NZL", "2024-08-14")
    assert row is not None
    assert (row["state"], row["role"], row["consent"]) == ("partner", "working-arrangement", "2019")
    row = party("europol", "NZL", "2024-08-15")
    assert row is not None
    assert (row["state"], row["role"], row["consent"], row["in_force"]) == (
        "partner", "operational-partner", "2022-06-30", "2024-08-15")


# Sources: org-eltelegrafo-2023-ecuador-europol (26 October 2023: the Interior Ministry "firmó un acuerdo" with
# Europol, signed by Minister Juan Zapata), org-srradio-ecuador-europol ("octubre 2023"),
# org-abc-py-2025-eu-ecuador-europol (EFE, 2025-09-24: the EU-Ecuador agreement rests on "un acuerdo de trabajo ya
# existente" and awaits the European Parliament's consent, so it is no operational period).
def test_ecuador_europol_working_arrangement_october_2023_not_yet_operational():
    assert party("europol", "ECU", "2023-09-30") is None
    assert party("europol", "ECU", "2023-10-15")["state"] == "uncertain"
    row = party("europol", "ECU", "2026-06-01")
    assert row is not None
    assert (row["state"], row["role"], row["consent"]) == ("partner", "working-arrangement", "2023-10")


# Source: org-eeas-2021-chile-europol (the EU Delegation to Chile, 22/06/2021: the Ministry of the Interior and
# Public Security and Europol "signed a formal Working Arrangement" in a virtual ceremony).
def test_chile_europol_working_arrangement_from_2021_06_22():
    assert party("europol", "CHL", "2021-06-21") is None
    row = party("europol", "CHL", "2021-06-22")
    assert row is not None
    assert (row["state"], row["role"], row["consent"]) == ("partner", "working-arrangement", "2021-06-22")


# Source: org-ieu-2022-qatar-europol (Europol's release: "On 5 October 2022, the Ministry of Interior of the State of
# Qatar and ... Europol signed a Working Arrangement"; no entry into force in the copy): signed, then uncertain.
def test_qatar_europol_working_arrangement_signed_2022_10_05_uncertain_after():
    row = party("europol", "QAT", "2022-10-05")
    assert row is not None and (row["state"], row["signature"]) == ("signed-only", "2022-10-05")
    row = party("europol", "QAT", "2026-06-01")
    assert row is not None and row["state"] == "uncertain"


# Source: org-coe-pr-2003-scg-invited (the Council's release of 2003-03-26: Serbia and Montenegro invited as the 45th
# member, the accession ceremony "due to take place in Strasbourg on Thursday 3 April"), beside the copy of the
# Council's list the row rested on alone.
def test_serbia_council_of_europe_member_from_2003_04_03_on_the_councils_own_release():
    assert party("coe", "SRB", "2003-04-02") is None
    row = party("coe", "SRB", "2003-04-03")
    assert row is not None and row["consent"] == "2003-04-03"
    assert "org-coe-pr-2003-scg-invited" in row["sources"]


# Sources: org-hina-2002-04-24-bih-coe (HINA, Sarajevo, 24 April 2002: the media "on Wednesday reported about the
# country's admission to the Council of Europe"), org-coe-sg-inf-2003-21-bih (invited by Resolution (2002) 5 of
# 20 March 2002): invited, not yet a member, in March; a member from 24 April 2002.
def test_bosnia_council_of_europe_member_from_2002_04_24_not_at_its_invitation():
    assert party("coe", "BIH", "2002-03-20") is None
    row = party("coe", "BIH", "2002-04-24")
    assert row is not None and row["consent"] == "2002-04-24"
    assert "org-hina-2002-04-24-bih-coe" in row["sources"]


# Source: org-az-mfa-coe-history (Azerbaijan's Permanent Representation to the Council of Europe: "a full-fledged
# member of the Council of Europe since 25 January 2001"), beside the copy of the Council's list.
def test_azerbaijan_council_of_europe_member_from_2001_01_25_per_its_permanent_representation():
    assert party("coe", "AZE", "2001-01-24") is None
    row = party("coe", "AZE", "2001-01-25")
    assert row is not None and row["consent"] == "2001-01-25"
    assert "org-az-mfa-coe-history" in row["sources"]


# Sources: org-armenpress-2024-01-24-europol ("On September 28, ... Vahe Ghazaryan and Europol Executive Director
# Catherine De Bolle signed an agreement on establishing cooperation"), org-forarmenians-2024-europol (the Government's
# reasoning: "28 сентября 2021 года было подписано рабочее соглашение").
def test_armenia_europol_working_arrangement_from_2021_09_28():
    assert party("europol", "ARM", "2021-09-27") is None
    row = party("europol", "ARM", "2021-09-28")
    assert row is not None
    assert (row["state"], row["role"], row["consent"]) == ("partner", "working-arrangement", "2021-09-28")
