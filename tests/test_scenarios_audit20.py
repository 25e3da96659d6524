"""Scenarios for round 20's audit (audit20) of dated facts in data/bilateral.yaml and data/instruments.yaml.

A random sample (random.seed(20), weighted towards single-source, scraped and news-based facts) of 50 dated facts was
checked against a second source. No value was changed: the facts below were confirmed by a second source, now cited,
and Algeria's accession to the Single Convention is kept at the depositary's day with the other official day recorded
as a conflict. Each test names the source of the answer it expects and asks both sides of the boundary the fact sets.
"""

from __future__ import annotations

from octreaty import load_data

from .scenario import (agreement, agreement_signed_then_in_force, bilateral, consent_then_bound, day_before, party,
                       sides)


# Sources: audit20-us-tias-9625-jpn-usa (TIAS 9625, 31 UST 892: "signed at Tokyo March 3, 1978 [...] Ratifications
# exchanged at Washington February 25, 1980 [...] Entered into force March 26, 1980"), beside the encyclopaedias
# kotobank-britannica-jpn-usa-extradition and jawiki-jpn-usa-extradition-kotoba that gave the same days.
def test_japan_us_extradition_signed_1978_03_03_in_force_1980_03_26():
    row = agreement_signed_then_in_force("JPN", "USA", "bilateral-jpn-usa-1978-extradition", "1978-03-03",
                                         "1980-03-26", "extradition", "audit20-us-tias-9625-jpn-usa")
    assert sides(row) == ("bound", "bound")


# Sources: frus-1930-v03-d90 ("Signed at Berlin, July 12, 1930") and audit20-us-stat-47-deu-usa-1930 (US Statutes at
# Large vol. 47, running head "EXTRADITION TREATY-GERMANY. JULY 12, 1930"). No source read dates its entry into force:
# absent the day before its signature, uncertain from it; the 1978 treaty replaced it (1980-08-29).
def test_germany_us_extradition_1930_signed_1930_07_12_its_entry_into_force_unknown():
    iid = "bilateral-deu-usa-1930-extradition"
    assert iid not in bilateral("DEU", "USA", "--as-of", day_before("1930-07-12"), "--for", "extradition")
    row = agreement("DEU", "USA", iid, "1930-07-12", "extradition")
    assert sides(row) == ("uncertain", "uncertain")
    assert row["instrument"]["signed"] == "1930-07-12" and row["instrument"]["entry_into_force"] is None
    assert {"frus-1930-v03-d90", "audit20-us-stat-47-deu-usa-1930"} <= set(row["sources"])


# Sources: sk-zz-1983-102-eu15 (notice 102/1983 Zb.: signed at Athens 1980-10-22, ratifications exchanged 1983-06-16,
# in force 1983-07-16 under art. 49(2)) and audit20-gr-n-1323-1983-grc-csk (Greek Law 1323/1983: "υπογράφηκε στην
# Αθήνα στις 22 Οκτώβρη 1980"), which confirms the signature; the entry into force rests on the Czechoslovak notice.
def test_czechoslovakia_greece_legal_assistance_signed_1980_10_22_in_force_1983_07_16():
    row = agreement_signed_then_in_force("CSK", "GRC", "bilateral-csk-grc-1980-legal-assistance", "1980-10-22",
                                         "1983-07-16", "mla", "sk-zz-1983-102-eu15")
    assert "audit20-gr-n-1323-1983-grc-csk" in row["sources"]


# Sources: zmjones-untc-2014-xviii (the depositary's table, 2014: "Democratic Republic of the Congo,,28 Oct 2005 a")
# and nl-trb-2007-70 (Tractatenblad 2007, 70: "Congo, Democratische Republiek 28-10-05 T 27-11-05"). Art. 38(2): in
# force on the thirtieth day after the deposit.
def test_dr_congo_acceded_to_untoc_on_2005_10_28_bound_from_2005_11_27():
    consent_then_bound("untoc", "COD", "2005-10-28", "2005-10-27", "2005-11-27", "2005-11-26")
    row = party("untoc", "COD", "2005-11-27")
    assert "nl-trb-2007-70" in row["sources"]


# Sources: untc-xml-2018-xviii (the depositary's 2018 table) and zmjones-untc-2014-xviii (its 2014 table), both
# "Lesotho 14 Dec 2000, 24 Sep 2003" for the Trafficking Protocol, in force generally on 2003-12-25 (art. 17(1)).
def test_lesotho_ratified_the_trafficking_protocol_2003_09_24_bound_from_its_entry_into_force():
    consent_then_bound("untoc-tip", "LSO", "2003-09-24", "2003-09-23", "2003-12-25", "2003-12-24")
    assert "zmjones-untc-2014-xviii" in party("untoc-tip", "LSO", "2003-12-25")["sources"]


# Sources: untc-mtdsg-2018 (the depositary's 2018 table: "Algeria 7 Apr 1964 a"; its page of 2023 agrees), kept;
# verdragen-1961 (the Dutch treaty database: "Algeria 07-04-1965 (A)", in force 07-05-1965) and
# audit20-zmjones-untc-2014-vi15-vi16 (the depositary's table as scraped in 2014: "7 Apr 1965 a") give 1965-04-07,
# recorded as a conflict. The Convention entered into force on 1964-12-13: Algeria is bound from then by the row.
def test_algeria_single_convention_keeps_the_depositary_day_and_records_the_other():
    [row] = [p for p in load_data().instruments["drugs-1961"].parties if p.party == "DZA"]
    assert str(row.date) == "1964-04-07"
    [conflict] = row.conflicts
    assert (conflict.field, str(conflict.value)) == ("date", "1965-04-07")
    assert set(conflict.sources) == {"verdragen-1961", "audit20-zmjones-untc-2014-vi15-vi16"}
    consent_then_bound("drugs-1961", "DZA", "1964-04-07", "1964-04-06", "1964-12-13", "1964-12-12")
