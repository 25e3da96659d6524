"""Round 19 (issue 12: the UN tables' stated counts).

No 2025-26 count of the parties was found for the ICSFT, the 1961, 1971 and 1988 drug conventions, UNTOC and its
Smuggling and Firearms Protocols, and no deposit for the 2024 Cybercrime Convention (each table's coverage note says
what was searched). What round 19 adds is checked here; each source key is defined in data/instruments.yaml:

- es-boe-a-2025-26356: Spain's list of treaty communications of 2025-04-05..2025-11-30 (already the row's source):
  "IRÁN. Adhesión: 29-10-2025 ... Entrada en vigor: 28-11-2025";
- un19-ifp-2025-10-22-irn-cft: IFP News, 2025-10-22: the FATF would be notified "after the UN confirms Iran has
  joined the convention" (not yet done that day);
- un19-wana-2025-11-04-irn-cft: WANA, 2025-11-04: "the CFT documents ... have now been deposited with the UN";
- es-boe-a-2023-26102-un: "SUDÁN DEL SUR. 20-10-2023 ADHESIÓN. 19-11-2023 ENTRADA EN VIGOR" (ICSFT and UNTOC);
- eyeradio-2024-ssd-conventions: South Sudan's parliament ratified on 2024-08-07 and the President consented by
  2024-09-13: domestic steps after the deposit, which keep the depositary's day.
"""

from __future__ import annotations

from octreaty import load_data

from .scenario import consent_then_bound, coverage, day_before, parties, party

IRAN_DEPOSIT = "2025-10-29"
IRAN_IN_FORCE = "2025-11-28"


# es-boe-a-2025-26356: "IRÁN. Adhesión: 29-10-2025 ... Entrada en vigor: 28-11-2025" (art. 26(2): the 30th day after
# deposit); the two news reports bracket the deposit (not confirmed on 2025-10-22, deposited by 2025-11-04).
def test_iran_icsft_deposit_then_in_force():
    consent_then_bound("icsft", "IRN", IRAN_DEPOSIT, day_before(IRAN_DEPOSIT), IRAN_IN_FORCE,
                       day_before(IRAN_IN_FORCE))
    row = party("icsft", "IRN", IRAN_IN_FORCE)
    assert row["sources"].split() == ["es-boe-a-2025-26356", "un19-ifp-2025-10-22-irn-cft",
                                      "un19-wana-2025-11-04-irn-cft"]


def test_iran_is_not_yet_a_party_when_the_first_report_says_the_un_has_not_confirmed_it():
    # un19-ifp-2025-10-22-irn-cft: on 2025-10-22 the UN had not yet confirmed the accession
    assert party("icsft", "IRN", "2025-10-22") is None
    # un19-wana-2025-11-04-irn-cft: deposited by 2025-11-04 (consent given, in force on 2025-11-28)
    assert party("icsft", "IRN", "2025-11-04")["state"] == "consent-pending"


# The depositary counts a party from its deposit: the table's 190 (the 188 of 2018-01-15, Lebanon 2019-08-29,
# South Sudan 2023-10-20) become 191 on Iran's deposit.
def test_icsft_count_on_both_sides_of_irans_deposit():
    before = parties("icsft", day_before(IRAN_DEPOSIT))
    on = parties("icsft", IRAN_DEPOSIT)
    assert len(before) == 190 and "IRN" not in before
    assert len(on) == 191 and "IRN" in on


# es-boe-a-2023-26102-un: "SUDÁN DEL SUR. 20-10-2023 ADHESIÓN. 19-11-2023 ENTRADA EN VIGOR" under the ICSFT and UNTOC;
# eyeradio-2024-ssd-conventions: the parliament's ratification of 2024-08-07 is a domestic step after that deposit.
def test_south_sudan_bound_from_2023_not_from_its_2024_domestic_approval():
    for iid in ("icsft", "untoc"):
        consent_then_bound(iid, "SSD", "2023-10-20", "2023-10-19", "2023-11-19", "2023-11-18")
        row = party(iid, "SSD", "2024-08-06")
        assert row["state"] == "bound" and row["consent"] == "2023-10-20"


# No newer count was found in round 19: the stated counts and their dates stand as the depositary or the INCB gave them.
def test_stated_counts_unchanged():
    assert coverage("icsft") == "188 of 188 stated by untc-xml-2018-headers as of 2018-01-15"
    assert coverage("drugs-1971") == "184 of 184 stated by incb-enews-31-2021 as of 2021-02"
    assert coverage("drugs-1988") == "191 of 191 stated by incb-2019-palau as of 2019-08-29"
    assert coverage("untoc") == "191 (+1 undated) of 192 stated by untc-xviii12-2024 as of 2024-05-04"


def test_round_19_sources_in_the_library():
    data = load_data()
    for key in ("un19-ifp-2025-10-22-irn-cft", "un19-wana-2025-11-04-irn-cft", "un19-wikisum-icsft",
                "un19-untc-vi16-stored"):
        assert key in data.sources
    assert str(data.sources["un19-wana-2025-11-04-irn-cft"].as_of) == "2025-11-04"
    assert data.sources["un19-untc-vi16-stored"].as_of is None
    for iid in ("icsft", "drugs-1961", "drugs-1971", "drugs-1988", "untoc", "untoc-som", "untoc-firearms",
                "cybercrime-2024"):
        assert data.instruments[iid].coverage.note.startswith("Round 19: searched again")
