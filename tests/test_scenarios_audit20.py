"""Scenarios for round 20's audit (audit20) of dated facts in data/bilateral.yaml and data/instruments.yaml.

A random sample (random.seed(20), weighted towards single-source, scraped and news-based facts) of 50 dated facts was
checked against a second source. No value was changed: the facts below were confirmed by a second source, now cited,
and Algeria's accession to the Single Convention is kept at the depositary's day with the other official day recorded
as a conflict. Each test names the source of the answer it expects and asks both sides of the boundary the fact sets.
"""

from __future__ import annotations

from octreaty import load_data

from .scenario import agreement, agreement_signed_then_in_force, bilateral, consent_then_bound, day_before, party, sides


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


# The audit's sample (random.seed(20); 25 facts per file, drawn with weights favouring single-source, scraped and
# news-based facts; script: sources of each fact weighted 1 + 2 if single + 2 per scrape key + 2 per copy/news title).
# Outcome: A = confirmed by an independent official source (now cited); S = agrees with a second snapshot of the same
# depositary (the 2014 zmjones/untreaties copy against the 2018 XML; now cited); U = no independent source found
# (searched: s; not searched: -); no value was corrected and no sampled fact conflicted.
#  1 bih-che-2007 signed 2007-04-24 U-   2 chl-gbr-1897 eif 1898-04-14 Us   3 deu-usa-1930 signed 1930-07-12 A
#  4 gbr-per-1927 eif 1928-01-16 U-     5 gbr-usa-2010 eif 2010-02-01 Us   6 ukr-usa-1998 signed 1998-07-22 U-
#  7 bra-prt-2001 signed 2001-09-05 Us  8 bel-mar-1997 eif 2005-05-01 Us   9 jpn-usa-1978 eif 1980-03-26 A
# 10 che-slb-1993 eif 1993-12-06 U-    11 chn-khm-1999 signed 1999-02-09 Us 12 svk-tkm-1996 signed 1996-08-08 U-
# 13 ind-omn-2004 signed 2004-12-26 Us 14 arg-ven-1996 signed 1996-08-13 Us 15 arg-dnk-1997 signed 1997-06-04 U-
# 16 lux-usa-2012 signed 2012-02-03 Us 17 aus-ita-1988 signed 1988-10-28 Us 18 kaz-mar-2024 signed 2024-12-12 Us
# 19 csk-grc-1980 eif 1983-07-16 Us (signature confirmed by Greek Law 1323/1983)  20 csk-cub-1980 signed 1980-04-18 U-
# 21 are-aus-2007 signed 2007-07-26 Us 22 ind-kor-2004 signed 2004-10-05 Us 23 che-deu-2022 eif 2024-05-01 Us
# 24 fra-usa-1909 signed 1909-01-06 U- 25 bra-guy-1988 signed 1988-09-16 Us
# 26 untoc CPV sig 2000-12-13 Us  27 untoc COD 2005-10-28 A  28 untoc SUR 2007-05-25 Us  29 tip AZE sig 2000-12-12 S
# 30 tip CUB 2013-06-20 S  31 tip GUY 2004-09-14 S  32 tip LVA 2004-05-25 S  33 tip LSO 2003-09-24 S
# 34 tip RUS sig 2000-12-12 S  35 som ATG 2010-02-17 S  36 som CRI 2003-08-07 S  37 som POL 2003-09-26 S
# 38 som SYR sig 2000-12-13 S  39 1961 ROU 1974-01-14 S  40 1961 VEN 1969-02-14 S  41 1971 GNB 1995-10-27 S
# 42 1971 YEM 1996-03-25 S  43 1988 HUN sig 1989-08-22 Us  44 1988 JOR sig 1988-12-20 U-  45 1988 LAO 2004-10-01 Us
# 46 1988 UZB 1995-08-24 Us  47 1988 ZWE 1993-07-30 Us  48 att COM sig 2013-09-26 U-  49 uncac ARE sig 2005-08-10 Us
# 50 icsft FSM sig 2001-11-12 Us
# Beyond the sample, every row of UNTOC, its protocols, UNCAC, the ICSFT and the 1961/1971/1988 conventions was set
# against the 2014 copy: three differences (Moldova's Smuggling Protocol and Switzerland's 1961 rows, conflicts already
# recorded; Algeria's 1961 row, recorded in this round); UNTOC rows Afghanistan-Ecuador (Tractatenblad 2007, 70) and
# UNCAC rows Afghanistan-Burkina Faso (Tractatenblad 2011, 32) all agree.
