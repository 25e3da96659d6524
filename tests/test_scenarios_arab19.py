"""Scenarios for round 19's conventions of the League of Arab States in data/arab.yaml: the Riyadh Arab Agreement for
Judicial Cooperation (1983) and the Arab Anti-Corruption Convention (2010). No table of the depositary (the League's
General Secretariat) was reachable: the parties come from the League's own news and statements, national gazettes and
ministries, and news reports. Each test names the source of the answer it expects (keys of the data file, where each
carries its URL, date and the words quoted) and checks both sides of the boundary the fact sets."""

from __future__ import annotations

import pytest

from octreaty import load_data

from .scenario import coverage, link_rows, party, sides

RIYADH = "arab-riyadh-1983"
AACC = "arab-anticorruption-2010"


# Source: arab-masaeya-riyadh-egy-sau (Egypt's Ministry of Justice, as reported): the Agreement "دخلت حيز النفاذ
# بتاريخ 30أكتوبر 1985 وذلك تطبيقًا للمادة ( 67 ) من الاتفاقية"; arab-kuna-2024-05-07-aacc (the League's Assistant
# Secretary-General): the Anti-Corruption Convention "entered into force on June 29, 2013".
@pytest.mark.parametrize("iid, adopted, in_force", [
    (RIYADH, "1983-04-06", "1985-10-30"), (AACC, "2010-12-21", "2013-06-29"),
])
def test_each_convention_has_the_adoption_and_entry_into_force_its_sources_give(iid, adopted, in_force):
    inst = load_data().instruments[iid]
    assert str(inst.adopted) == adopted
    assert str(inst.entry_into_force) == in_force
    assert inst.depositary == "General Secretariat of the League of Arab States"


# Source: arab-masaeya-riyadh-egy-sau: "يذكر ايضًا أن مصر قد انضمت إلي هذه الاتفاقية في أغسطس 2014" (only the month;
# no rule for a later party was read, so the day Egypt is bound stays unknown: uncertain, never "bound").
def test_egypt_acceded_to_the_riyadh_agreement_in_august_2014_and_its_day_in_force_is_unknown():
    assert party(RIYADH, "EGY", "2014-07-31") is None
    row = party(RIYADH, "EGY", "2014-08-01")
    assert row is not None
    assert (row["state"], row["act"], row["consent"]) == ("uncertain", "accession", "2014-08")
    assert row["in_force"] == "" and row["in_force_qualifier"] == "unknown"
    later = party(RIYADH, "EGY", "2025-06-01")
    assert later["state"] == "uncertain"
    assert {"arab-masaeya-riyadh-egy-sau", "arab-innfrad-riyadh-art38"} <= set(later["sources"].split())


# Source: arab-assabah-2025-02-11-tun-sau-riyadh (Tunisia's Ministry of Justice, 2025-02-11): the executive programme
# implements "اتفاقية الرياض الموقعة بين تونس والمملكة سنة 1983 والتي دخلت حيز التنفيذ سنة 1985" (no day of either
# State's act is given: uncertain before the source's date, bound by it).
@pytest.mark.parametrize("country", ["TUN", "SAU"])
def test_tunisia_and_saudi_arabia_are_bound_by_the_riyadh_agreement_by_2025_02_11(country):
    before = party(RIYADH, country, "2025-02-10")
    assert before["state"] == "uncertain" and before["in_force"] == "2025-02-11"
    row = party(RIYADH, country, "2025-02-11")
    assert (row["state"], row["act"], row["in_force"], row["in_force_qualifier"]) == ("bound", "party", "2025-02-11", "by")
    assert "arab-assabah-2025-02-11-tun-sau-riyadh" in row["sources"].split()


# Source: arab-echorouk-2023-11-dza-sau-riyadh (Algeria's Minister of Justice, 2023-11): "la Convention de Riyadh
# relative à la coopération judiciaire de 1983" among the "cadres de coopération convenus" with Saudi Arabia.
def test_algeria_is_bound_by_the_riyadh_agreement_by_the_end_of_november_2023():
    assert party(RIYADH, "DZA", "2023-11-29")["state"] == "uncertain"
    row = party(RIYADH, "DZA", "2023-11-30")
    assert (row["state"], row["in_force"], row["in_force_qualifier"]) == ("bound", "2023-11-30", "by")


# Source: arab-alnahar-egy-riyadh-decree and arab-innfrad-riyadh-art38 (undated Egyptian news reports): Morocco
# ("المغرب") is among the 20 States they name as bound; no dated source confirms it, so it is uncertain in 2025, never
# absent.
def test_a_state_only_undated_news_reports_name_is_uncertain():
    row = party(RIYADH, "MAR", "2025-06-01")
    assert (row["state"], row["act"]) == ("uncertain", "party")
    assert set(row["sources"].split()) == {"arab-alnahar-egy-riyadh-decree", "arab-innfrad-riyadh-art38"}


# Source: arab-assabah-2025-02-11-tun-sau-riyadh (both bound by 2025-02-11); arab-innfrad-riyadh-art38: "ونصت المادة
# 38 من الباب السادس من الاتفاقية على تعهد كل ط[رف]" (the undertaking to extradite).
def test_link_tunisia_saudi_arabia_2025_lists_the_riyadh_agreement_for_extradition():
    rows = link_rows("TUN", "SAU", "2025-03-01", "extradition", section="shared")
    row = rows[RIYADH]
    assert sides(row) == ("bound", "bound")
    # linked on a day no source gives: after the Agreement's entry into force, by the Tunisian source's date
    assert row["linked_since"] == {"date": None, "earliest": "1985-10-30", "latest": "2025-02-11"}
    assert row["usable_for"]["extradition"].startswith("Part VI, art. 38 ff.")
    assert RIYADH not in link_rows("TUN", "SAU", "2025-02-10", "extradition", section="shared")


# Source: arab-kuna-2024-05-07-aacc: "the latest being Somalia, which ratified it in October 22, 2023" (no rule for a
# later party was read: consent from the day, in force on a day no source gives).
def test_somalia_ratified_the_anti_corruption_convention_on_2023_10_22():
    assert party(AACC, "SOM", "2023-10-21") is None
    row = party(AACC, "SOM", "2023-10-22")
    assert (row["state"], row["act"], row["consent"], row["in_force_qualifier"]) == (
        "uncertain", "ratification", "2023-10-22", "unknown")


# Source: arab-las-2024-05-07-aacc-conference (the League, 2024-05-07): "representatives from states parties to the Arab
# Anti-Corruption Convention, including the Hashemite Kingdom of Jordan, the United Arab Emirates [...]".
def test_link_jordan_uae_2025_lists_the_anti_corruption_convention_for_mla():
    rows = link_rows("JOR", "ARE", "2025-03-01", "mla", section="shared")
    row = rows[AACC]
    assert sides(row) == ("bound", "bound")
    # round 20 (asarab20-undp-aciac-2015-12-29-aacc): both among the 12 that had joined by 2015-12-29, an earlier list
    assert row["linked_since"] == {"date": None, "earliest": "2013-06-29", "latest": "2015-12-29"}
    assert set(row["usable_for"]) == {"mla"}
    assert AACC not in link_rows("JOR", "ARE", "2015-12-28", "mla", section="shared")


# Source: arab-kuna-2024-05-07-aacc: "the state parties reached 15 Arab countries out of 22"; the League's news of the
# same day names the 15 (arab-las-2024-05-07-aacc-conference).
def test_the_anti_corruption_table_holds_the_fifteen_parties_the_league_counts():
    inst = load_data().instruments[AACC]
    assert {p.party for p in inst.parties} == {
        "JOR", "ARE", "BHR", "TUN", "DZA", "SAU", "SDN", "SOM", "IRQ", "OMN", "PSE", "QAT", "KWT", "EGY", "MAR"}
    assert inst.coverage.stated == 15
    assert "15" in coverage(AACC)
