"""The days the European arrest warrant and the European Investigation Order began to apply
for the member states whose rows were undated, and the EU's agreements with Norway, Iceland
and Japan (issue 12), on the shipped data, through the CLI.

Each scenario asks `link` on both sides of the day a state began to apply the instrument and
names in its docstring the source of the expected answer; the source keys are those of
data/eu.yaml. Germany (EIO from 22 May 2017, ejn-eio-status-bg) or a state bound earlier is
the other side, so that the boundary is the first state's.
"""

from __future__ import annotations

import csv
import io

from tests.conftest import invoke, shipped_check
from tests.scenario import link
from tests.scenario import sections as rows

# --- The European arrest warrant ---

def test_estonia_finland_eaw_from_1_july_2004():
    """Juridica (juridica-2004-8-eaw): the Framework Decision came into Estonian law through the
    new Code of Criminal Procedure (passed 12 February 2003), in force 1 July 2004; its
    Implementation Act entered into force the same day (riigiteataja-krmsrs-2004). Finland was
    already bound."""
    before = rows(link("estonia", "finland", "2004-06-30", "extradition"))
    assert before["eaw"] == ("one-sided", "consent-pending", "bound", None)
    after = rows(link("estonia", "finland", "2004-07-01", "extradition"))
    assert after["eaw"] == ("shared", "bound", "bound", "2004-07-01")
    assert after["ets-024"][0] == "displaced"


def test_greece_france_eaw_from_9_july_2004():
    """Greece's declaration to the Council of Europe under art. 28(3) of ETS 24
    (coe-024-decl-grc-eaw): "on 9 July 2004 the law nr. 3251/2004 has entered into force";
    lawspot gives the same day (lawspot-gr-3251-2004)."""
    before = rows(link("greece", "france", "2004-07-08", "extradition"))
    assert before["eaw"][0:2] == ("one-sided", "not-party")
    after = rows(link("greece", "france", "2004-07-09", "extradition"))
    assert after["eaw"][0:3] == ("shared", "bound", "bound")
    assert after["eaw"][3] == "2004-07-09"


def test_lithuania_poland_eaw_from_accession_1_may_2004():
    """EJN, status of implementation for Lithuania (ejn-status-ltu-2024): implemented from
    1 May 2004; Poland's chapters 65a-65b apply from the same day (serzysko-ena-pl)."""
    before = rows(link("lithuania", "poland", "2004-04-30", "extradition"))
    assert before["eaw"][0] != "shared"
    after = rows(link("lithuania", "poland", "2004-05-01", "extradition"))
    assert after["eaw"] == ("shared", "bound", "bound", "2004-05-01")


def test_cyprus_keeps_the_2004_law_and_shows_the_ejn_date_as_a_conflict():
    """Law 133(I)/2004 (cylaw-133-2004), applied by the Supreme Court in 2005
    (supremecourt-cy-2005-eaw): in 2005 Cyprus is bound, in force from 2004; the EJN's
    28 July 2006 (ejn-eaw-status-2024) is not taken but reported by check as a conflict."""
    r = rows(link("cyprus", "greece", "2005-06-01", "extradition"))
    assert r["eaw"][0:3] == ("shared", "bound", "bound")
    table = list(csv.DictReader(io.StringIO(invoke("parties", "eaw", "--as-of", "2005-06-01", "--format", "csv").stdout)))
    cyprus = next(row for row in table if row["country"] == "CYP")
    assert (cyprus["state"], cyprus["in_force"]) == ("bound", "2004")
    report = shipped_check()
    assert "conflict: CYP entry_into_force" in report.stdout + report.stderr
    assert "2006-07-28 per ejn-eaw-status-2024" in report.stdout + report.stderr


# --- The European Investigation Order ---

def test_czechia_germany_eio_from_16_august_2018():
    """Act No 178/2018 Coll. of 19 July 2018, in force 16 August 2018 (novyepis-cz-178-2018,
    atlasconsulting-cz-178-2018); the EIO displaces ETS 30 (eurlex-dir-2014-41, art. 34(1))."""
    before = rows(link("czechia", "germany", "2018-08-15", "mla"))
    assert before["eio"] == ("one-sided", "consent-pending", "bound", None)
    assert before["ets-030"][0] == "shared"
    after = rows(link("czechia", "germany", "2018-08-16", "mla"))
    assert after["eio"] == ("shared", "bound", "bound", "2018-08-16")
    assert after["ets-030"][0] == "displaced"


def test_netherlands_belgium_eio_from_17_june_2017():
    """Act of 31 May 2017 (Stb. 2017, 231), in force 17 June 2017 under the commencement decree
    of 14 June 2017 (Stb. 2017, 262) (inview-nl-sv-5-4-2, njb-eob-2017)."""
    before = rows(link("netherlands", "belgium", "2017-06-16", "mla"))
    assert before["eio"][0] == "one-sided"
    after = rows(link("netherlands", "belgium", "2017-06-17", "mla"))
    assert after["eio"][0:3] == ("shared", "bound", "bound")


def test_estonia_germany_eio_from_6_july_2017():
    """Riigi Teataja I, 26.06.2017, 70 (riigiteataja-rt-i-2017-06-26-70): the amendment of
    14 June 2017 in force 6 July 2017."""
    before = rows(link("estonia", "germany", "2017-07-05", "mla"))
    assert before["eio"] == ("one-sided", "consent-pending", "bound", None)
    after = rows(link("estonia", "germany", "2017-07-06", "mla"))
    assert after["eio"] == ("shared", "bound", "bound", "2017-07-06")


def test_lithuania_germany_eio_from_15_june_2017():
    """ELTA (elta-lt-2017-06-15-eio): the amendments implementing Directive 2014/41/EU entered
    into force on 15 June 2017, as the Prosecutor General's Office announced that day."""
    before = rows(link("lithuania", "germany", "2017-06-14", "mla"))
    assert before["eio"][0] == "one-sided"
    after = rows(link("lithuania", "germany", "2017-06-15", "mla"))
    assert after["eio"] == ("shared", "bound", "bound", "2017-06-15")


def test_poland_germany_eio_from_8_february_2018():
    """The amendment of 10 January 2018 to the Code of Criminal Procedure (Dz.U. 2018 poz. 201),
    in force 8 February 2018 (nowelizator-pl-end-2018)."""
    before = rows(link("poland", "germany", "2018-02-07", "mla"))
    assert before["eio"] == ("one-sided", "consent-pending", "bound", None)
    after = rows(link("poland", "germany", "2018-02-08", "mla"))
    assert after["eio"] == ("shared", "bound", "bound", "2018-02-08")
    assert after["ets-030"][0] == "displaced"


def test_slovakia_germany_eio_from_15_october_2017():
    """Act No 236/2017 Coll., promulgated 4 October 2017 (judikaty-sk-236-2017); the amendments
    it makes took effect on 15 October 2017 (judikaty-sk-650-2005-2017)."""
    before = rows(link("slovakia", "germany", "2017-10-14", "mla"))
    assert before["eio"][0] == "one-sided"
    after = rows(link("slovakia", "germany", "2017-10-15", "mla"))
    assert after["eio"] == ("shared", "bound", "bound", "2017-10-15")


def test_sweden_germany_eio_from_1_december_2017():
    """Lag (2017:1000) om en europeisk utredningsorder, issued 9 November 2017
    (riksdagen-sfs-2017-1000), in force 1 December 2017 as the government bill proposed
    (rk-prop-2016-17-218)."""
    before = rows(link("sweden", "germany", "2017-11-30", "mla"))
    assert before["eio"][0] == "one-sided"
    after = rows(link("sweden", "germany", "2017-12-01", "mla"))
    assert after["eio"] == ("shared", "bound", "bound", "2017-12-01")


def test_portugal_eio_applies_from_a_day_between_its_law_and_the_ejns_count():
    """Lei 88/2017 of 21 August 2017 (pgdlisboa-lei-88-2017), in force on the day after its publication
    by its own art. 50 (pgdlisboa-lei-88-2017-art50), 2017-08-22 (round 4: carried as the law's own day;
    the boundary is tested in test_scenarios_orgs4.py). Before the law: not bound; after it: bound, as
    the EJN's count of September 2018 (ejn-eio-2018-09) also shows."""
    before = rows(link("portugal", "germany", "2017-08-15", "mla"))
    assert before["eio"][0:2] == ("one-sided", "not-party")
    between = rows(link("portugal", "germany", "2017-09-01", "mla"))
    assert between["eio"][0:3] == ("shared", "bound", "bound")
    after = rows(link("portugal", "germany", "2018-10-01", "mla"))
    assert after["eio"][0:3] == ("shared", "bound", "bound")


def test_cyprus_eio_is_uncertain_from_its_laws_month_until_the_ejns_count():
    """Cyprus legal news (cylegalnews-2017-12-eio): Law 181(I)/2017 on the EIO was published in
    December 2017 (not_before), its commencement not read; bound by 15 September 2018
    (ejn-eio-2018-09). Before December 2017 not bound, then uncertain, then bound."""
    assert rows(link("cyprus", "germany", "2017-11-30", "mla"))["eio"][0:2] == ("one-sided", "not-party")
    assert rows(link("cyprus", "germany", "2018-01-01", "mla"))["eio"][0:2] == ("one-sided", "uncertain")
    after = rows(link("cyprus", "germany", "2018-10-01", "mla"))
    assert after["eio"][0:3] == ("shared", "bound", "bound")


# --- The EU's agreements with Norway and Iceland, and with Japan ---

def test_norway_germany_surrender_agreement_from_1_november_2019():
    """EJN news (ejn-news-2019-664), eucrim (eucrim-2020-eu-no-is-surrender) and Redepenal
    (redepenal-csm-2019-surrender): the Agreement on the surrender procedure between the Member
    States and Iceland and Norway entered into force on 1 November 2019."""
    before = rows(link("norway", "germany", "2019-10-31", "extradition"))
    assert before.get("eu-nor-isl-surrender", ("absent",))[0] != "shared"
    after = rows(link("norway", "germany", "2019-11-01", "extradition"))
    assert after["eu-nor-isl-surrender"] == ("shared", "bound", "bound", "2019-11-01")


def test_japan_consent_is_dated_by_the_exchange_of_notes():
    """Japan's Ministry of Justice (moj-jp-2010-12-eu-mla): notes exchanged on 3 December 2010,
    in force 2 January 2011; before the exchange Japan had only signed (15 December 2009)."""
    signed = rows(link("france", "japan", "2010-12-02", "mla"))
    assert "eu-jpn-mla" not in signed
    pending = rows(link("france", "japan", "2010-12-03", "mla"))
    assert pending["eu-jpn-mla"] == ("one-sided", "not-party", "consent-pending", None)
    in_force = rows(link("france", "japan", "2011-01-02", "mla"))
    assert in_force["eu-jpn-mla"] == ("shared", "bound", "bound", "2011-01-02")


def test_iceland_surrender_agreement_ratified_in_2016_in_force_2019():
    """Iceland's Ministry of Justice (is-stjr-2019-11-07-eaw): Act No 51/2016, passed in 2016,
    ratified the Agreement, which entered into force on 1 November 2019; the law collection
    (is-lagasafn-1984-13) gives 2019-11-01 for its European arrest warrant part. The year is in
    the row's note, not its date (see the row); Norway's row stays undated."""
    table = {r["country"]: r for r in csv.DictReader(io.StringIO(
        invoke("parties", "eu-nor-isl-surrender", "--all", "--as-of", "2019-11-01", "--format", "csv").stdout))}
    assert (table["ISL"]["consent"], table["ISL"]["in_force"]) == ("", "2019-11-01")
    assert "is-stjr-2019-11-07-eaw" in table["ISL"]["sources"].split()
    assert (table["NOR"]["consent"], table["NOR"]["in_force"]) == ("", "2019-11-01")
    after = rows(link("iceland", "germany", "2019-11-01", "extradition"))
    assert after["eu-nor-isl-surrender"] == ("shared", "bound", "bound", "2019-11-01")


