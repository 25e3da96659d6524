"""Scenarios for round 20's sourced changes in data/asia.yaml and data/arab.yaml: the ASEAN Treaty on Mutual Legal
Assistance in Criminal Matters (Kuala Lumpur, 2004) and the Arab Anti-Corruption Convention (Cairo, 2010). No deposit
day was found for either; the new facts are lists that show States already parties (or not yet) on a known date. Each
test names the source of the answer it expects (keys of the data files, where each carries its URL, date and the words
quoted) and checks both sides of the boundary the fact sets."""

from __future__ import annotations

import pytest

from octreaty import load_data

from .scenario import link_rows, party, sides

MLAT = "asean-mlat-2004"
AACC = "arab-anticorruption-2010"
CAND = "asarab20-cand-2008-09-asean-mlat"
UNDP = "asarab20-undp-aciac-2015-12-29-aacc"
INPPLC = "asarab20-alomk-2020-01-inpplc-aacc"


# Source: asarab20-cand-2008-09-asean-mlat (Công an Nhân dân, September 2008): "đã có 6 quốc gia phê chuẩn là Malaysia,
# Singapore, Việt Nam, Brunei, Lào, Indonesia". No day of any deposit: uncertain up to the end of the report's month,
# a party by it (art. 31(1): in force for each on its deposit).
@pytest.mark.parametrize("country", ["MYS", "SGP", "VNM", "BRN", "LAO", "IDN"])
def test_asean_mlat_six_states_had_ratified_by_september_2008(country):
    before = party(MLAT, country, "2008-09-29")
    assert (before["state"], before["in_force"], before["in_force_qualifier"]) == ("uncertain", "2008-09-30", "by")
    row = party(MLAT, country, "2008-09-30")
    assert (row["state"], row["act"], row["consent"], row["in_force"]) == ("bound", "party", "", "2008-09-30")
    assert CAND in row["sources"].split()


# Source: asarab20-cand-2008-09-asean-mlat: "4 quốc gia còn lại đang trong quá trình hoàn tất các thủ tục để phê
# chuẩn", in a report written after 12 September 2008 (not_before 2008-09-12); asia-aseanmlatsec-stats-2019: "Treaty
# Party" by 2019-04-19.
@pytest.mark.parametrize("country", ["KHM", "PHL", "THA"])
def test_asean_mlat_three_states_had_not_ratified_on_2008_09_12(country):
    assert party(MLAT, country, "2008-09-12")["state"] == "signed-only"
    after = party(MLAT, country, "2008-09-13")
    assert (after["state"], after["in_force"]) == ("uncertain", "2019-04-19")
    assert party(MLAT, country, "2019-04-18")["state"] == "uncertain"
    assert party(MLAT, country, "2019-04-19")["state"] == "bound"


# Source: asarab20-mdn-2023-11-amag-mlat (Myanmar state media): "Myanmar also joined ... the ASEAN Mutual Legal
# Assistance Treaty (MLAT) in criminal matters in 2009"; asia-asean-org-mlat-overview: in force in 2013 (in_force_by),
# so bound by the end of 2013 at the latest.
def test_myanmar_joined_the_asean_mlat_in_2009():
    assert party(MLAT, "MMR", "2008-12-31")["state"] == "signed-only"
    row = party(MLAT, "MMR", "2009-01-01")
    assert (row["state"], row["act"], row["consent"]) == ("uncertain", "party", "2009")
    assert "asarab20-mdn-2023-11-amag-mlat" in row["sources"].split()
    assert party(MLAT, "MMR", "2013-12-30")["state"] == "uncertain"
    bound = party(MLAT, "MMR", "2013-12-31")
    assert (bound["state"], bound["in_force"], bound["in_force_qualifier"]) == ("bound", "2013-12-31", "by")


# Source: asarab20-mdn-2023-11-amag-mlat: "all ASEAN members have already ratified the ASEAN Mutual Legal Assistance
# Treaty (MLAT)" (November 2023, ten Member States then).
def test_asean_mlat_coverage_is_the_2023_statement():
    cov = load_data().instruments[MLAT].coverage
    assert (cov.stated, cov.stated_by, str(cov.as_of)) == (10, "asarab20-mdn-2023-11-amag-mlat", "2023-11")


# Source: asarab20-cand-2008-09-asean-mlat (Malaysia and Singapore among the six of September 2008).
def test_malaysia_singapore_share_the_asean_mlat_from_september_2008():
    assert MLAT not in link_rows("MYS", "SGP", "2008-09-29", "mla", section="shared")
    row = link_rows("MYS", "SGP", "2008-09-30", "mla", section="shared")[MLAT]
    assert sides(row) == ("bound", "bound")
    assert row["linked_since"] == {"date": None, "earliest": "2004-11-30", "latest": "2008-09-30"}
    assert CAND in row["sources"]


# Source: asarab20-undp-aciac-2015-12-29-aacc (UNDP-ACIAC, 2015-12-29): "وإنضم إليها، حتى تاريخه، 12 من أصل 22 دولة
# عربية، وهي الأردن والامارات والسودان والسعودية والجزائر والعراق وعُمان وفلسطين وقطر والكويت ومصر والمغرب".
@pytest.mark.parametrize("country", ["JOR", "ARE", "SDN", "SAU", "DZA", "IRQ", "OMN", "PSE", "QAT", "KWT", "EGY", "MAR"])
def test_anti_corruption_twelve_parties_by_2015_12_29(country):
    before = party(AACC, country, "2015-12-28")
    assert (before["state"], before["in_force"], before["in_force_qualifier"]) == ("uncertain", "2015-12-29", "by")
    row = party(AACC, country, "2015-12-29")
    assert (row["state"], row["act"], row["in_force"]) == ("bound", "party", "2015-12-29")
    assert UNDP in row["sources"].split()


# Sources: asarab20-undp-aciac-2015-12-29-aacc: Bahrain "الموقّعة ولكن غير المنضمة حتى تاريخه" and Tunisia not among the
# 12 (not_before 2015-12-29); asarab20-alomk-2020-01-inpplc-aacc (Morocco's INPPLC, January 2020): both among the
# States parties ("المغرب والأردن والبحرين وتونس ...").
@pytest.mark.parametrize("country", ["BHR", "TUN"])
def test_bahrain_and_tunisia_joined_between_2015_12_29_and_january_2020(country):
    assert party(AACC, country, "2015-12-29") is None
    assert party(AACC, country, "2015-12-30")["state"] == "uncertain"
    assert party(AACC, country, "2020-01-30")["state"] == "uncertain"
    row = party(AACC, country, "2020-01-31")
    assert (row["state"], row["in_force"], row["in_force_qualifier"]) == ("bound", "2020-01-31", "by")
    assert INPPLC in row["sources"].split()


# Source: asarab20-undp-aciac-2015-12-29-aacc (Jordan and Saudi Arabia among the 12); the Convention's mutual judicial
# assistance (arab-aca-eg-2022-03-22-aacc).
def test_link_jordan_saudi_arabia_shares_the_anti_corruption_convention_from_2015_12_29():
    assert AACC not in link_rows("JOR", "SAU", "2015-12-28", "mla", section="shared")
    row = link_rows("JOR", "SAU", "2015-12-29", "mla", section="shared")[AACC]
    assert sides(row) == ("bound", "bound")
    assert row["linked_since"] == {"date": None, "earliest": "2013-06-29", "latest": "2015-12-29"}


# Source: asarab20-alomk-2020-01-inpplc-aacc (Bahrain and Tunisia parties in January 2020).
def test_link_bahrain_tunisia_shares_the_anti_corruption_convention_by_the_end_of_january_2020():
    assert AACC not in link_rows("BHR", "TUN", "2020-01-30", "mla", section="shared")
    row = link_rows("BHR", "TUN", "2020-01-31", "mla", section="shared")[AACC]
    assert sides(row) == ("bound", "bound")
    assert row["linked_since"]["latest"] == "2020-01-31"


# Source: asarab20-zaobao-2025-11-14-aet (Lianhe Zaobao, 2025-11-14): "11个亚细安成员国星期五(11月14日)正式签署《亚细安引渡条约》",
# Timor-Leste included ("包括最新成员东帝汶"); asarab20-fulcrum-aet: "all ASEAN member states (AMS) signed". No
# ratification is known: signed only on the day, uncertain a year on (the table is incomplete).
@pytest.mark.parametrize("country", ["BRN", "KHM", "IDN", "LAO", "MYS", "MMR", "SGP", "THA", "VNM", "TLS"])
def test_asean_extradition_treaty_signed_by_the_eleven_on_2025_11_14(country):
    assert party("asean-extradition-2025", country, "2025-11-13") is None
    row = party("asean-extradition-2025", country, "2025-11-14")
    assert (row["state"], row["signature"]) == ("signed-only", "2025-11-14")
    assert "asarab20-zaobao-2025-11-14-aet" in row["sources"].split()
    # a year on, no ratification is known, but the table is incomplete: a later one would not show
    later = party("asean-extradition-2025", country, "2026-12-02")
    assert (later["state"], later["signature"], later["in_force"]) == ("uncertain", "2025-11-14", "")
