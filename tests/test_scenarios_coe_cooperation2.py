"""Council of Europe cooperation conventions, second round: dated facts from national treaty series and
official gazettes (Tractatenblad, Gazzetta Ufficiale, Finnish and Swedish treaty series, Chilean decrees) and
the first official counts for ETS 182, CETS 209 and CETS 212, through the CLI, with dates on both sides of
each boundary.

Each test names the source key of data/coe-cooperation.yaml that gives the expected answer and what it says.
The tests read the shipped data only.
"""

from __future__ import annotations

import json

from tests.conftest import invoke
from tests.scenario import consent_then_bound as _consent_then_bound
from tests.scenario import party as _party


def _coverage(iid: str) -> dict:
    out = json.loads(invoke("show", iid, "--format", "json").stdout)
    return out["results"][0]["coverage"]


# -- ETS 30 ----------------------------------------------------------------------------------------------------

def test_poland_ireland_latvia_deposited_ets30_per_the_tractatenblad():
    # nl-trb-1997-280: instruments of ratification deposited by Poland 1996-03-19, Ireland 1996-11-28 and
    # Latvia 1997-06-02; each in force 90 days later (inview-ets-030-parties: 1996-06-17, 1997-02-26, 1997-08-31).
    _consent_then_bound("ets-030", "POL", "1996-03-19", "1996-03-18", "1996-06-17", "1996-06-16")
    _consent_then_bound("ets-030", "IRL", "1996-11-28", "1996-11-27", "1997-02-26", "1997-02-25")
    _consent_then_bound("ets-030", "LVA", "1997-06-02", "1997-06-01", "1997-08-31", "1997-08-30")


def test_polands_ets30_signature_is_from_tractatenblad_1996_63():
    # nl-trb-1996-63: signed for Poland on 1994-05-09.
    row = _party("ets-030", "POL", "1996-06-17")
    assert row is not None and row["signature"] == "1994-05-09"


# -- ETS 182 ---------------------------------------------------------------------------------------------------

def test_italy_deposited_ets182_on_2019_08_30_in_force_2019_12_01():
    # it-gu-2019-278-ets182: "In data 30 agosto 2019 e' stato depositato ... lo strumento di ratifica";
    # in force for Italy on 2019-12-01 under art. 30(3).
    _consent_then_bound("ets-182", "ITA", "2019-08-30", "2019-08-29", "2019-12-01", "2019-11-30")


def test_finland_accepted_ets182_on_2014_04_16_in_force_2014_08_01():
    # fi-sops-2014-35: "Hyväksymiskirja on talletettu ... 16 päivänä huhtikuuta 2014"; in force 2014-08-01.
    _consent_then_bound("ets-182", "FIN", "2014-04-16", "2014-04-15", "2014-08-01", "2014-07-31")
    assert _party("ets-182", "FIN", "2014-08-01")["act"] == "acceptance"


def test_sweden_ratified_ets182_on_2014_01_20_with_its_article_17_reservation():
    # se-so-2014-6: the Secretary General was notified on 2014-01-20; in force for Sweden 2014-05-01; Sweden
    # does not accept art. 17 (cross-border observation).
    _consent_then_bound("ets-182", "SWE", "2014-01-20", "2014-01-19", "2014-05-01", "2014-04-30")
    out = json.loads(invoke("link", "sweden", "norway", "--as-of", "2020-01-01", "--for", "mla",
                            "--format", "json").stdout)
    rows = [r for r in out["results"] if r.get("instrument", {}).get("id") == "ets-182"]
    assert rows and any("artikel 17" in q for r in rows for q in r.get("qualifications", []))


def test_chile_acceded_to_ets182_on_2011_05_30():
    # cl-decreto-112-2011: the instrument of accession to ETS 30 and its Protocols was deposited on 2011-05-30;
    # nl-inview-182-parties: in force for Chile 2011-09-01.
    _consent_then_bound("ets-182", "CHL", "2011-05-30", "2011-05-29", "2011-09-01", "2011-08-31")
    assert _party("ets-182", "CHL", "2011-09-01")["act"] == "accession"


def test_greece_has_only_signed_ets182_and_iceland_ratified_in_2026():
    # nl-trb-2011-23 and coe-notif-182-36-gbr: signatures of 2001-11-08 without ratification; the Verdragenbank
    # list (nl-inview-182-parties) and the 41 States counted in 2020 (li-regierung-2020-ets182) leave them out.
    # Round 13: Iceland ratified on 2026-04-14, in force 2026-08-01 (the Spanish treaty list es-boe-2026-15456)
    row = _party("ets-182", "GRC", "2024-01-01")
    assert row is not None and row["act"] == "signature" and row["consent"] == ""
    assert row["signature"] == "2001-11-08" and row["state"] in ("signed-only", "uncertain")
    iceland = _party("ets-182", "ISL", "2024-01-01")
    assert (iceland["state"], iceland["signature"]) == ("signed-only", "2001-11-08")
    iceland = _party("ets-182", "ISL", "2026-08-01")
    assert (iceland["state"], iceland["act"], iceland["consent"]) == ("bound", "ratification", "2026-04-14")


def test_ets182_coverage_is_the_41_states_of_june_2020():
    # li-regierung-2020-ets182: "Derzeit gilt es für 41 Vertragsstaaten" (June 2020).
    cov = _coverage("ets-182")
    assert (cov["stated"], cov["stated_by"], cov["as_of"]) == (41, "li-regierung-2020-ets182", "2020-06")


# -- CETS 209 and CETS 212 -------------------------------------------------------------------------------------

def test_italy_deposited_cets209_and_cets212_on_2019_08_30():
    # it-gu-2019-263-cets209 and it-gu-2019-263-cets212: instruments of ratification deposited 2019-08-30, in
    # force for Italy 2019-12-01 (art. 14(3) and art. 9(3)).
    _consent_then_bound("cets-209", "ITA", "2019-08-30", "2019-08-29", "2019-12-01", "2019-11-30")
    _consent_then_bound("cets-212", "ITA", "2019-08-30", "2019-08-29", "2019-12-01", "2019-11-30")


def test_italys_cets212_transit_reservation_applies_from_its_entry_into_force():
    # it-gu-2019-263-cets212: "the Italian Republic reserves the right to grant transit of a person only on the
    # same conditions on which it grants extradition" (art. 21(5) ETS 24 as amended by art. 5).
    out = json.loads(invoke("link", "italy", "switzerland", "--as-of", "2020-01-01", "--for", "extradition",
                            "--format", "json").stdout)
    [row] = [r for r in out["results"] if r.get("section") == "shared" and r["instrument"]["id"] == "cets-212"]
    assert any(q.startswith("Italy (reservation, art. 21(5)") and "grant transit of a person only on the same"
               in q for q in row["qualifications"])


def test_cets209_and_cets212_counts_of_2018_10_02():
    # fr-rp-coe-2018-ets024-protocols: on 2018-10-02 "19 Etats ont ratifié" CETS 209 and "9 Etats ont ratifié"
    # CETS 212.
    assert (_coverage("cets-209")["stated"], _coverage("cets-209")["as_of"]) == (19, "2018-10-02")
    assert (_coverage("cets-212")["stated"], _coverage("cets-212")["as_of"]) == (9, "2018-10-02")


def test_france_signed_the_three_extradition_protocols_on_2018_10_02():
    # fr-rp-coe-2018-ets024-protocols: signed by France's ambassador on 2018-10-02; its CETS 209 and 212 deposits
    # were not read, so the data knows France as a party only from nl-000883-decl (2025-03), not in 2019.
    for iid in ("ets-098", "cets-209", "cets-212"):
        row = _party(iid, "FRA", "2026-12-01")
        assert row is not None and row["signature"] == "2018-10-02", iid
    for iid in ("cets-209", "cets-212"):
        early = _party(iid, "FRA", "2019-01-01")
        assert early is None or early["state"] != "bound", iid


def test_france_bound_by_ets98_from_2021_09_08_deposited_2021_06_10():
    # inview-ets-098-parties gives entry into force 2021-09-08; round 13 found the deposit (an approval, the
    # Spanish treaty list es-boe-2021-16963, of 2021-06-10, the day nl-000883-decl dates France's declaration)
    assert _party("ets-098", "FRA", "2021-06-09")["state"] == "signed-only"
    assert _party("ets-098", "FRA", "2021-06-10")["state"] == "consent-pending"
    bound = _party("ets-098", "FRA", "2021-09-08")
    assert (bound["state"], bound["consent"], bound["in_force"]) == ("bound", "2021-06-10", "2021-09-08")


def test_switzerland_and_turkiye_are_parties_to_cets209():
    # ch-sr-0-353-13 (CETS 209 is SR 0.353.13 in the Swiss Classified Compilation) and at-ris-cets209 (Austria
    # objected on 2017-07-10 to Türkiye's declaration concerning Cyprus): parties; Türkiye's ratification is of July
    # 2016, its day not given (es-boe-2017-4969, round 13). Switzerland's deposit of 2016-07-15 is in the head note
    # of SR 0.353.13 (ch-fedlex-cc-2016-606).
    row = _party("cets-209", "TUR", "2026-12-01")
    assert row is not None and row["act"] == "ratification" and row["consent"] == "2016-07"
    row = _party("cets-209", "CHE", "2026-12-01")
    assert row is not None and row["act"] == "ratification" and row["consent"] == "2016-07-15"


# -- Chile's accessions ----------------------------------------------------------------------------------------

def test_chile_acceded_to_ets86_and_ets98_on_2025_03_03():
    # cl-decreto-77-2025: instrument of accession to ETS 24 and its first and second Additional Protocols
    # deposited 2025-03-03.
    for iid in ("ets-086", "ets-098"):
        assert _party(iid, "CHL", "2025-03-02") is None, iid
        row = _party(iid, "CHL", "2025-03-03")
        assert row is not None and row["act"] == "accession" and row["consent"] == "2025-03-03", iid


def test_chile_acceded_to_ets99_on_2011_05_30():
    # cl-decreto-112-2011: accession to ETS 30 and its Protocols deposited 2011-05-30.
    assert _party("ets-099", "CHL", "2011-05-29") is None
    row = _party("ets-099", "CHL", "2011-05-30")
    assert row is not None and row["act"] == "accession" and row["consent"] == "2011-05-30"


def test_chiles_ets30_instrument_of_2011_05_30_was_an_accession():
    # cl-decreto-112-2011: "se depositó ... el Instrumento de Adhesión" on 2011-05-30 (the Austrian notice
    # at-bgbl-2012-iii-45-ets030 gives the same day without the kind of act).
    row = _party("ets-030", "CHL", "2011-08-28")
    assert row is not None and row["act"] == "accession" and row["consent"] == "2011-05-30"
    assert row["state"] == "bound"
