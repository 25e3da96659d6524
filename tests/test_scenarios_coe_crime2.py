"""Council of Europe crime conventions, second round of dated facts (data/coe-crime.yaml): CETS 197,
CETS 198, ETS 141 and ETS 173 rows dated from national gazettes and treaty series, through the CLI on
the shipped data, with dates on both sides of each boundary a fact sets.

Each test names the source key of the expected answer and what it says."""

from __future__ import annotations

from tests.conftest import invoke
from tests.scenario import csv_rows as _rows
from tests.scenario import party as _party

# --- CETS 197 (Trafficking in Human Beings) ---------------------------------------------------

def test_cets197_deposits_announced_in_the_austrian_gazette_2009():
    # at-bgbl-2009-iii-54-cets197: deposits notified by the Secretary General of the Council of Europe
    expected = {"LUX": "2009-04-09", "MKD": "2009-05-27", "MNE": "2008-07-30", "PRT": "2008-02-27",
                "ESP": "2009-04-02", "LVA": "2008-03-06"}
    rows = {r["country"]: r for r in _rows("parties", "cets-197", "--as-of", "2026-11-30")}
    assert {c: rows[c]["consent"] for c in expected} == expected


def test_cets197_luxembourg_consent_pending_until_1_august_2009():
    # at-bgbl-2009-iii-54-cets197: Luxembourg deposited 2009-04-09; art. 42(4): in force the first day
    # of the month after three months
    assert _party("cets-197", "LUX", "2009-04-08") is None
    pending = _party("cets-197", "LUX", "2009-07-31")
    assert (pending["state"], pending["consent"], pending["in_force"]) == (
        "consent-pending", "2009-04-09", "2009-08-01")
    assert _party("cets-197", "LUX", "2009-08-01")["state"] == "bound"


def test_cets197_spain_deposited_2_april_2009_in_force_1_august_2009():
    # at-bgbl-2009-iii-54-cets197 (deposit) and boe-2009-14405 (in force for Spain 2009-08-01)
    row = _party("cets-197", "ESP", "2009-08-01")
    assert (row["state"], row["signature"], row["consent"], row["in_force"]) == (
        "bound", "2008-07-09", "2009-04-02", "2009-08-01")
    assert _party("cets-197", "ESP", "2009-07-31")["state"] == "consent-pending"


def test_cets197_netherlands_accepted_22_april_2010():
    # fi-sops-43-2012-cets197: Alankomaat, bound 22.04.2010 (H), in force 01.08.2010, Kingdom in Europe
    row = _party("cets-197", "NLD", "2010-08-01")
    assert (row["state"], row["act"], row["consent"], row["in_force"]) == (
        "bound", "acceptance", "2010-04-22", "2010-08-01")
    assert _party("cets-197", "NLD", "2010-07-31")["state"] == "consent-pending"


def test_cets197_liechtenstein_ratified_27_january_2016():
    # li-ikr-2016-cets197: instrument deposited 27 January 2016, in force for Liechtenstein 1 May 2016; signed
    # 2015-11-30 (coe-sg-2015-monaco, round 14): a signatory the day before its deposit
    assert _party("cets-197", "LIE", "2016-01-26")["state"] == "signed-only"
    assert _party("cets-197", "LIE", "2016-04-30")["state"] == "consent-pending"
    row = _party("cets-197", "LIE", "2016-05-01")
    assert (row["state"], row["consent"], row["in_force"]) == ("bound", "2016-01-27", "2016-05-01")


def test_cets197_finnish_treaty_series_entry_into_force_for_early_parties():
    # fi-sops-43-2012-cets197: Andorra in force 01.07.2011, Armenia 01.08.2008, Azerbaijan 01.10.2010
    rows = {r["country"]: r for r in _rows("parties", "cets-197", "--as-of", "2026-11-30")}
    assert {c: rows[c]["in_force"] for c in ("AND", "ARM", "AZE")} == {
        "AND": "2011-07-01", "ARM": "2008-08-01", "AZE": "2010-10-01"}


# --- ETS 141 (Laundering, 1990) ----------------------------------------------------------------

def test_ets141_monaco_acceded_10_may_2002_in_force_1_september_2002():
    # pt-aviso-465-2005-ets141: Monaco deposited its instrument of accession on 10 May 2002; art. 37(2):
    # in force the first day of the month after three months
    assert _party("ets-141", "MCO", "2002-05-09") is None
    pending = _party("ets-141", "MCO", "2002-08-31")
    assert (pending["state"], pending["act"], pending["consent"], pending["in_force"]) == (
        "consent-pending", "accession", "2002-05-10", "2002-09-01")
    assert _party("ets-141", "MCO", "2002-09-01")["state"] == "bound"


def test_ets141_monaco_requires_service_through_its_own_authorities():
    # pt-aviso-465-2005-ets141: reservation under art. 21(2)(b), deposited with the accession
    text = "the service of judicial documents must be effected through the competent authorities of Monaco"
    assert text in invoke("link", "monaco", "france", "--as-of", "2003-01-01", "--format", "json").stdout
    assert text not in invoke("link", "monaco", "france", "--as-of", "2002-05-09", "--format", "json").stdout


# --- CETS 198 (Warsaw Convention, 2005) --------------------------------------------------------

def test_cets198_portugal_deposited_22_april_2010_in_force_1_august_2010():
    # pt-aviso-77-2010-cets198: instrument of ratification deposited 22 April 2010; art. 49(4): in force
    # the first day of the month after three months
    # signed 2005-05-16 (coecrime9: the Portuguese parliament's journal), so signed only the day before
    assert _party("cets-198", "PRT", "2010-04-21")["state"] == "signed-only"
    pending = _party("cets-198", "PRT", "2010-07-31")
    assert (pending["state"], pending["consent"], pending["in_force"]) == (
        "consent-pending", "2010-04-22", "2010-08-01")
    assert _party("cets-198", "PRT", "2010-08-01")["state"] == "bound"
