"""Council of Europe conventions on offences and the proceeds of crime (ETS 141, 173, 185, CETS 197, 198),
through the CLI on the shipped data, with dates on both sides of each boundary a fact sets.

Each test names the source key (data/coe-crime.yaml) of the expected answer and what it says, so that a
reviewer can check the fact without reading the data file."""

from __future__ import annotations

from tests.conftest import invoke
from tests.scenario import coverage as _coverage
from tests.scenario import csv_rows as _rows
from tests.scenario import party as _party
from tests.scenario import ratified as _ratified

# --- CETS 198 (Warsaw Convention) -------------------------------------------------------------

def test_cets198_table_is_the_verdragenbank_list_of_39():
    # nl-inview-198-parties: 38 rows readable to the United Kingdom, + Sweden (coe-198-res-swe)
    assert _coverage("cets-198") == "39 of 39 stated by nl-inview-198-parties as of 2023-01-01"
    parties = {r["country"] for r in _rows("parties", "cets-198", "--as-of", "2026-11-30")}
    assert len(parties) == 39
    assert {"EST", "MAR", "SWE", "GBR", "RUS"} <= parties
    assert not parties & {"EUU", "FIN", "ISL", "LUX"}


def test_cets198_morocco_accession_pending_then_in_force_1_august_2022():
    # coe-news-2022-mar-198: instrument of accession sent 2022-04-19; in force for Morocco 2022-08-01
    assert _party("cets-198", "MAR", "2022-04-18") is None
    pending = _party("cets-198", "MAR", "2022-07-31")
    assert pending is not None
    assert (pending["state"], pending["act"], pending["consent"], pending["in_force"]) == (
        "consent-pending", "accession", "2022-04-19", "2022-08-01")
    assert _party("cets-198", "MAR", "2022-08-01")["state"] == "bound"


def test_cets198_european_union_is_a_signatory_not_a_party():
    # nl-trb-2012-87: EU signature 2009-04-02; nl-inview-198-parties: the EU is not among the parties
    row = _party("cets-198", "EUU", "2026-11-30")
    assert row is not None
    assert (row["state"], row["signature"], row["consent"]) == ("signed-only", "2009-04-02", "")


def test_cets198_deposit_days_from_the_depositarys_declaration_pages():
    # coe-198-res-swe, coe-198-res-svk, coe-198-decl-gbr, coe-198-res-rus: "instrument of
    # ratification deposited on ...", declarations in force from the entry into force
    expected = {"SWE": ("2014-06-23", "2014-10-01"), "SVK": ("2008-09-16", "2009-01-01"),
                "GBR": ("2015-04-27", "2015-08-01"), "RUS": ("2017-09-27", "2018-01-01")}
    rows = {r["country"]: r for r in _rows("parties", "cets-198", "--as-of", "2026-11-30")}
    assert {c: (rows[c]["consent"], rows[c]["in_force"]) for c in expected} == expected


def test_cets198_estonia_bound_from_1_january_2023_not_before():
    # nl-inview-198-parties: in force for Estonia 2023-01-01 (deposit day not read)
    assert _party("cets-198", "EST", "2022-12-31") is None or \
        _party("cets-198", "EST", "2022-12-31")["state"] != "bound"
    assert _party("cets-198", "EST", "2023-01-01")["state"] == "bound"


def test_cets198_italy_deposit_and_entry_into_force():
    # it-cognosco-2017-198: deposited 2017-02-21, in force for Italy 2017-06-01 (art. 49(4))
    row = _ratified("italy", "cets-198", "2026-11-30")
    assert (row["signature"], row["consent"], row["in_force"]) == ("2005-06-08", "2017-02-21", "2017-06-01")


def test_cets198_united_kingdom_ratified_for_jersey_too():
    # coe-198-decl-gbr: ratification "in respect of the United Kingdom ... and of the Bailiwick of Jersey"
    before = _ratified("jersey", "cets-198", "2015-04-26")
    assert before["state"] != "bound"
    after = _ratified("jersey", "cets-198", "2015-08-01")
    assert after["state"] == "bound"
    assert "Bailiwick of Jersey" in after["reason"]


def test_cets198_monaco_deposited_23_april_2019():
    # mc-os-9393-2022-198: ratified 2019-04-23, in force for Monaco 2019-08-01
    row = _ratified("monaco", "cets-198", "2019-08-01")
    assert (row["state"], row["consent"], row["in_force"]) == ("bound", "2019-04-23", "2019-08-01")
    assert _ratified("monaco", "cets-198", "2019-07-31")["state"] != "bound"


# --- ETS 141 (Strasbourg Convention 1990) -----------------------------------------------------

def test_ets141_tractatenblad_2012_gives_signature_deposit_and_entry_into_force():
    # nl-trb-2012-131: signature, deposit (type R), entry into force, Albania to Ireland
    expected = {"ARM": ("2001-05-11", "2003-11-24", "2004-03-01"),
                "BGR": ("1992-09-28", "1993-06-02", "1993-10-01"),
                "FIN": ("1991-09-25", "1994-03-09", "1994-07-01"),
                "IRL": ("1996-10-15", "1996-11-28", "1997-03-01")}
    rows = {r["country"]: r for r in _rows("parties", "ets-141", "--as-of", "2026-11-30")}
    assert {c: (rows[c]["signature"], rows[c]["consent"], rows[c]["in_force"]) for c in expected} == expected


def test_ets141_bosnia_bound_by_definitive_signature_from_1_july_2004():
    # nl-trb-2012-131: Bosnia and Herzegovina, 30-03-04, type O, in force 01-07-04
    row = _party("ets-141", "BIH", "2004-07-01")
    assert (row["state"], row["act"], row["consent"], row["in_force"]) == (
        "bound", "definitive-signature", "2004-03-30", "2004-07-01")
    assert _party("ets-141", "BIH", "2004-06-30")["state"] != "bound"


def test_ets141_france_in_force_1_february_1997():
    # fr-decret-97-183: "entrée en vigueur pour la France le 1er février 1997"; signed 1991-07-05
    row = _ratified("france", "ets-141", "1997-02-01")
    assert (row["state"], row["signature"], row["in_force"]) == ("bound", "1991-07-05", "1997-02-01")
    assert _ratified("france", "ets-141", "1997-01-31")["state"] != "bound"


def test_ets141_italy_deposited_20_january_1994():
    # it-gu-1994-049-ets141: instrument of ratification deposited 1994-01-20
    assert _ratified("italy", "ets-141", "2026-11-30")["consent"] == "1994-01-20"


def test_ets141_netherlands_accepted_1993_and_extended_to_aruba_in_1999():
    # coe-141-decl-nld: acceptance deposited 1993-05-10 (in force 1993-09-01); accepted for the
    # Netherlands Antilles and Aruba from 1999-08-01
    nld = _ratified("netherlands", "ets-141", "2026-11-30")
    assert (nld["act"], nld["consent"], nld["in_force"]) == ("acceptance", "1993-05-10", "1993-09-01")
    assert _ratified("aruba", "ets-141", "1999-07-31")["state"] != "bound"
    assert _ratified("aruba", "ets-141", "1999-08-01")["state"] == "bound"


def test_ets141_liechtenstein_asks_for_german_or_english():
    # coe-141-res-lie: art. 25(3), requests not in German accompanied by a German or English translation
    after = invoke("link", "liechtenstein", "austria", "--for", "mla", "--as-of", "2001-03-01",
                   "--format", "json").stdout
    assert "translation into German or English" in after
    before = invoke("link", "liechtenstein", "austria", "--for", "mla", "--as-of", "2000-11-08",
                    "--format", "json").stdout
    assert "translation into German or English" not in before


# --- CETS 197 (Trafficking in Human Beings) ---------------------------------------------------

def test_cets197_poland_deposit_and_entry_into_force():
    # coe-197-res-pol: instrument of ratification deposited 2008-11-17, reservation in force from 2009-03-01
    row = _ratified("poland", "cets-197", "2009-03-01")
    assert (row["state"], row["consent"], row["in_force"]) == ("bound", "2008-11-17", "2009-03-01")
    assert _ratified("poland", "cets-197", "2009-02-28")["state"] != "bound"


def test_cets197_israel_in_force_1_september_2021():
    # coe-news-2021-isr-197: the Convention "will enter into force in Israel ... on September 1" (2021)
    assert _ratified("israel", "cets-197", "2021-09-01")["in_force"] == "2021-09-01"


# --- ETS 173 (Criminal Law Convention on Corruption) ------------------------------------------

def test_ets173_spain_ratified_28_april_2010_in_force_1_august_2010():
    # es-boe-2010-12135: signed at Strasbourg 2005-05-10; es-cm-2013-173-reserva: ratified 2010-04-28,
    # in force for Spain 2010-08-01
    row = _ratified("spain", "ets-173", "2010-08-01")
    assert (row["state"], row["signature"], row["consent"], row["in_force"]) == (
        "bound", "2005-05-10", "2010-04-28", "2010-08-01")
    assert _ratified("spain", "ets-173", "2010-07-31")["state"] != "bound"


def test_ets173_spain_keeps_double_criminality_for_its_nationals_abroad():
    # es-cm-2013-173-reserva: reservation on art. 17(1)(b), double criminality for offences by nationals abroad
    out = invoke("link", "spain", "france", "--for", "extradition", "--as-of", "2011-01-01",
                 "--format", "json").stdout
    assert "double criminality to prosecute offences committed abroad by its own nationals" in out


# --- ETS 185 (Budapest Convention) -------------------------------------------------------------

def test_ets185_rows_without_a_signature_are_accessions():
    # coe-185-chart-2026: accessions (art. 37) are not preceded by a signature; Papua New Guinea's of 2026-05-06,
    # in force 2026-09-01, is the 34th (the Spanish treaty list in the BOE, round 13)
    rows = _rows("parties", "ets-185", "--all", "--as-of", "2026-11-30")
    unsigned = [r for r in rows if not r["signature"]]
    assert len(unsigned) == 34
    assert {r["act"] for r in unsigned} == {"accession"}

