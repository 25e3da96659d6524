"""Scenario tests on the shipped data: UN facts added in the second round of issue 12.

Each test names the source of its expected answer (the source keys are defined in
data/instruments.yaml). Dates sit on both sides of the boundary each fact sets.
"""

from __future__ import annotations

import json

from tests.conftest import invoke
from tests.scenario import parties as _rows
from tests.scenario import parties_answer as _parties

# --- Trafficking Protocol: accessions of 2019-2022 dated to the month ------------------------

def test_bangladesh_joined_the_trafficking_protocol_in_september_2019():
    """fe-2019-bgd-tip: the Foreign Secretary said on 2019-09-15 that the instrument had been
    sent; newagebd-2019-bgd-tip: Bangladesh would be the 174th party; inview-untoc-tip-parties:
    in force for Bangladesh on 2019-10-12; the day of the deposit, 2019-09-12, from the Spanish treaty list
    es-boe-a-2019-16073 (round 13)."""
    assert "BGD" not in _rows("untoc-tip", "2019-09-11")
    row = _rows("untoc-tip", "2019-09-12")["BGD"]
    assert (row["act"], row["consent"]) == ("accession", "2019-09-12")
    assert row["state"] == "consent-pending"
    assert _rows("untoc-tip", "2019-10-12")["BGD"]["state"] == "bound"


def test_the_174_parties_before_bangladesh():
    """newagebd-2019-bgd-tip (2019-09-16) said Bangladesh would be the 174th party; the data counts 174 before it,
    since round 14 dated Palau's accession of 2019-05-27 (in force 2019-06-26; es-boe-a-2019-10595-un, Spain's list
    of the depositary's notifications), which the news count did not include."""
    assert _parties("untoc-tip", "2019-05-26")["count"] == 173  # the depositary counts a party from its deposit
    assert _parties("untoc-tip", "2019-08-31")["count"] == 174
    assert _parties("untoc-tip", "2019-09-30")["count"] == 175


def test_nepal_joined_the_trafficking_protocol_in_june_2020():
    """asiafoundation-npl-tip: "Nepal ratified the Palermo Protocol in June 2020"; the day, 2020-06-16, from the
    Spanish treaty list es-boe-a-2020-13299 (round 13)."""
    assert "NPL" not in _rows("untoc-tip", "2020-06-15")
    assert _rows("untoc-tip", "2020-06-16")["NPL"]["consent"] == "2020-06-16"


def test_andorra_acceded_to_the_trafficking_protocol_in_september_2022():
    """forum-ad-2022-and-tip: instrument of accession deposited at the General Assembly's Treaty
    Event; inview-untoc-tip-parties: in force for Andorra on 2022-10-21; the day, 2022-09-21, from the Spanish
    treaty list es-boe-a-2023-1776 (round 13)."""
    assert "AND" not in _rows("untoc-tip", "2022-09-20")
    row = _rows("untoc-tip", "2022-09-21")["AND"]
    assert (row["act"], row["consent"], row["state"]) == ("accession", "2022-09-21", "consent-pending")
    assert _rows("untoc-tip", "2022-10-21")["AND"]["state"] == "bound"


def test_pakistan_acceded_to_the_trafficking_protocol_on_2022_11_04():
    """gvnet-usdos-tip-2023-pak (the US TIP Report 2023, June 2023: acceded in April 2022-March 2023); the day,
    2022-11-04, from the Spanish treaty list es-boe-a-2023-1776 (round 13); the encyclopaedia's month
    (clateway-wiki-pak-tip) stays in the table's sources only."""
    answer = _parties("untoc-tip", "2026-11-29")
    pak = [u for u in answer["results"] if u["country"] == "PAK"]
    assert len(pak) == 1 and pak[0]["consent"] == "2022-11-04"
    assert "PAK" not in _rows("untoc-tip", "2022-11-03")
    assert {"clateway-wiki-pak-tip", "gvnet-usdos-tip-2023-pak"} <= set(answer["sources"])


# --- 1988 Convention: the State of Palestine and the counts of 2018 and 2019 -----------------
# Sources: untc-xml-2018-headers (the depositary's status header of VI-19 as at 2018-01-15:
# 87 signatories, 190 parties); incb-2019-palau (INCB, 2019-08-29): Palau acceded on
# 2019-08-14, "becoming the 191st Party"; "only 16 countries which have not acceded to one or
# more conventions".

def test_the_depositary_counted_190_parties_to_the_1988_convention_in_january_2018():
    """189 rows are dated before 2018-01-15 besides the State of Palestine, the 190th: round 15 dates its accession
    2017-12-29 (es-boe-a-2018-1680-un, "PALESTINA. 29-12-2017 Adhesión"), so it is counted from that day, no longer
    uncertain before the depositary's count."""
    before = _parties("drugs-1988", "2017-12-28")
    assert before["count"] == 189 and before["uncertain"] == []
    deposit = _parties("drugs-1988", "2018-01-14")
    assert deposit["count"] == 190 and deposit["uncertain"] == []
    on = _parties("drugs-1988", "2018-01-15")
    assert on["count"] == 190 and on["uncertain"] == []
    assert "PSE" in {r["country"] for r in on["results"]}


def test_palau_is_the_191st_party_to_the_1988_convention():
    before = _parties("drugs-1988", "2019-08-13")
    assert "PLW" not in {r["country"] for r in before["results"]}
    assert before["count"] == 190
    answer = _parties("drugs-1988", "2019-08-29")
    assert answer["count"] == 191
    assert answer["coverage"]["stated"] == 191
    assert answer["coverage"]["stated_by"] == "incb-2019-palau"


def test_sixteen_countries_outside_one_or_more_drug_conventions():
    """incb-2019-palau: after Palau's accession "only 16 countries ... have not acceded to one or
    more conventions" (the 1961 Convention as amended, 1971 and 1988); Chad is a party to the
    1961 Convention only in its unamended form."""
    day = "2019-08-29"
    tables = {i: set(_rows(i, day)) for i in ("drugs-1961-amended", "drugs-1971", "drugs-1988")}
    states = [c["id"] for c in json.loads(invoke("countries", "--format", "json").stdout)["results"]
              if c["status"] in ("un-member", "observer-state", "non-member-state")]
    outside = {c for c in states if any(c not in t for t in tables.values())}
    assert outside == {"COK", "GNQ", "HTI", "KIR", "LBR", "NRU", "NIU", "PNG", "WSM", "SLB", "SOM",
                       "SSD", "TLS", "TUV", "VUT", "TCD"}


# --- Single Convention: the depositary's dated status pages ----------------------------------

def test_single_convention_tables_counted_against_dated_status_pages():
    """untc-vi15-2023 (VI-15 as at 2023-03-29: 154 parties) and untc-vi18-2024 (VI-18 as at
    2024-04-19: 186 parties)."""
    unamended = _parties("drugs-1961", "2023-03-29")
    assert (unamended["count"], unamended["coverage"]["stated_by"]) == (154, "untc-vi15-2023")
    amended = _parties("drugs-1961-amended", "2024-04-19")
    assert (amended["count"], amended["coverage"]["stated_by"]) == (186, "untc-vi18-2024")


# --- ICSFT and UNCAC: the depositary's counts of 2018-01-15 ------------------------------------
# Source: untc-xml-2018-headers (XVIII-11: 132 signatories, 188 parties; XVIII-14: 140
# signatories, 183 parties).

def test_icsft_counted_against_the_depositary_in_2018():
    answer = _parties("icsft", "2018-01-15")
    assert (answer["coverage"]["stated"], answer["coverage"]["stated_by"]) == (188, "untc-xml-2018-headers")
    assert answer["coverage"]["as_of"] == "2018-01-15"
    # 187 dated (Gambia's accession of 2015-07-08 from the Spanish treaty list es-boe-a-2015-8472, round 13), and
    # Zambia's accession of 2017-04-07 (es-boe-a-2017-4969-un, round 15): the depositary's count exactly
    assert answer["count"] == 188
    assert [u["country"] for u in answer["uncertain"]] == []


def test_uncac_undated_parties_in_january_2018():
    """183 parties on 2018-01-15 against 181 dated rows and one undated one (Tuvalu); Samoa and Equatorial
    Guinea, undated here before round 3, acceded later (deposits of 2018-04-16 and 2018-05-30 in the UN Statement
    of Treaties, un-mss-2018); New Zealand (2015-12-01, nz-moj-bribery-corruption) and Niue (2017-10-03,
    tvniue-2019-uncac-review) were dated in round 13."""
    answer = _parties("uncac", "2018-01-15")
    # Tuvalu dated 2015-09-04 in round 15 (es-boe-a-2015-11506-un): 182 dated, none undated; the 183rd is very
    # likely Bhutan, whose 2016-09-21 deposit is recorded as a conflict with the depositary's 2023 accession
    assert answer["count"] == 182
    assert {u["country"] for u in answer["uncertain"]} == set()
