"""Scenarios from the round-20 verification audit (audit20b) of the Council of Europe, EU, Schengen and regional files.

A reproducible sample: every dated fact of data/coe-cooperation.yaml, data/coe-crime.yaml, data/eu.yaml,
data/schengen.yaml and data/regional.yaml (party rows' date / entry_into_force / signature and declarations' dates,
2669 facts), weighted towards facts resting on one source or on wikipedia / inview / mirror / news keys (weight 1,
+2 for a single source, +1 and up to +2 more for such keys), then ``random.seed(20)`` and ``random.choices`` until 50
distinct facts were drawn. Each was held against an official source the fact did not already cite.

Outcomes: C = confirmed by a new source, now cited; C0 = the row already cites a second independent official source
giving the same day (checked, no look-up spent); X = official sources disagree, conflict recorded, the row keeps the
depositary-side value; F = corrected (none); U = no second official source found.

 #  fact                                             ours        found                                         out
 1  ets-024 AZE signature                            2001-11-07  Trb. 2002, 54 + 2006, 168, Swiss table          C0
 2  ets-024 HRV decl. art. 6 (from)                  1995-04-25  Treaty Office list only                         U
 3  ets-024 FIN decl. art. 28(3)                     2004-04-21  Treaty Office list only                         U
 4  ets-024 KOR decl. art. 11 (= deposit)            2011-09-29  BGBl. III 121/2013, Swiss table                 C0
 5  ets-024 SVK decl. art. 28(3)                     2006-07-28  Treaty Office list: registered 28 July 2006     C
 6  ets-024 UKR signature                            1997-05-29  Ukrainian ratification law 43/98-VR             C0
 7  ets-030 AZE entry into force                     2003-10-02  CoE list (zaki copy) + Verdragenbank            C0
 8  ets-030 FRA deposit                              1967-05-23  decree 67-636 cited, text not reached           U
 9  ets-030 LTU deposit                              1997-04-17  Tractatenblad 1997, 280 (now cited)             C
10  ets-030 NLD deposit                              1969-02-14  Finnish treaty record                           C0
11  ets-030 MKD deposit                              1999-07-28  Trb. 2001, 165 only                             U
12  ets-030 POL signature                            1994-05-09  Trb. 1996, 63 + Polish statement 1999           C0
13  ets-030 TUR entry into force                     1969-09-22  CoE list copy only                              U
14  ets-182 DNK decl. (from)                         2004-02-01  CoE list copy + Verdragenbank                   C0
15  ets-182 ISL deposit                              2026-04-14  BOE list 2026 only                              U
16  ets-182 POL entry into force                     2004-02-01  Dz.U. 2004/139/1477 + Verdragenbank             C0
17  ets-182 SVK deposit                              2005-01-11  Z. z. 165/2005 + CoE status copy                C0
18  ets-086 NLD deposit                              1982-01-12  Trb. 2006, 170 + 2012, 114                      C0
19  ets-086 SWE signature                            1975-10-29  Trb. 2006, 170 only                             U
20  ets-098 FIN entry into force                     1985-04-30  Verdragenbank only (SopS 14/1985 is ETS 99)     U
21  ets-098 GEO deposit                              2001-06-15  Treaty Office list + UK S.I. 2002/1830          C0
22  ets-098 MKD entry into force                     1999-10-26  Verdragenbank only                              U
23  ets-141 AND decl. art. 14(3) (= deposit)         1999-07-28  BGBl. III 191/1999 + Trb. 2012, 131             C0
24  ets-141 BGR decl. art. 32(2) (= deposit)         1993-06-02  RIS + Trb. 2012, 131                            C0
25  ets-141 DNK decl. (= deposit)                    1996-11-19  RIS + Trb. 2012, 131                            C0
26  ets-141 IRL entry into force                     1997-03-01  Trb. 2012, 131 + RIS                            C0
27  ets-141 IRL decl. art. 25(3) (= deposit)         1996-11-28  RIS + Trb. 2012, 131                            C0
28  ets-141 ESP decl. art. 32(2) (= deposit)         1998-08-06  RIS + Trb. 1998, 267                            C0
29  ets-173 SMR deposit                              2016-08-30  Trb., BOE, Liechtenstein table                  C0
30  ets-185 ARG decl. art. 22(1)(d) (= deposit)      2018-06-05  CoE chart (row)                                 C0
31  ets-185 ARG decl. art. 24(7) (= deposit)         2018-06-05  CoE chart (row)                                 C0
32  ets-185 COL decl. art. 27 (= deposit)            2020-03-16  CoE chart (row)                                 C0
33  ets-185 GEO decl. art. 35(1) (= deposit)         2012-06-06  Liechtenstein table 2016: 06.06.2012            C
34  ets-185 GRC decl. art. 35 (= deposit)            2017-01-25  CoE chart (row)                                 C0
35  ets-185 HUN decl. art. 9(4) (= deposit)          2003-12-04  Liechtenstein table 2016: 04.12.2003            C
36  ets-185 ISR decl. art. 6(3) (= deposit)          2016-05-09  CoE chart (row)                                 C0
37  ets-185 ISR decl. art. 24(7)(a) (= deposit)      2016-05-09  CoE chart (row)                                 C0
38  ets-185 PHL decl. arts. 24, 27 (= deposit)       2018-03-28  CoE chart (row)                                 C0
39  ets-185 PRT decl. art. 24(7)(a)                  2010-05-04  BOE list only (deposit 2010-03-24 confirmed)    U
40  ets-185 MDA decl. arts. 24, 27 (= deposit)       2009-05-12  Liechtenstein table 2016: 12.05.2009            C
41  ets-185 SRB decl. arts. 24, 27, 35               2009-07-16  BOE list only (deposit 2009-04-14 confirmed)    U
42  cets-197 FIN signature                           2006-08-29  MFA working-group report: 29 August 2008        X
43  cets-198 BIH signature                           2006-01-19  Trb. 2008, 182 + 2012, 87                       C0
44  cets-198 MNE deposit                             2008-10-20  Trb. + BOE                                      C0
45  cets-198 PRT decl. art. 35(3) (= deposit)        2010-04-22  Aviso 77/2010 (row)                             C0
46  cets-198 GBR decl. art. 42(2) (= deposit)        2015-04-27  BGBl. III 148/2020 + Verdragenbank (row)        C0
47  cets-198 UKR entry into force                    2011-06-01  Verkhovna Rada record 994_948                   C
48  eaw BGR entry into force                         2007-01-01  the Law's art. 56 "in force from 01.01.2007"    C
49  cisa NLD entry into force                        1995-03-26  Tractatenblad 1995, 75                          C
50  eu-mla-2001-protocol ROU entry into force        2007-12-01  Decision 2007/763 art. not reached             U

Summary: 8 confirmed with a new source (C), 29 already carried a second official source (C0), 1 conflicting (X),
0 corrected, 12 unverifiable (U). Found outside the sample and recorded: Malta's ETS 185 deposit (Portuguese Aviso
29/2012 says 2012-04-13 against the chart's 12th, a conflict) and Italy's CISA day (Trb. 1995, 75 names Italy for
1995-03-26, a conflict); Liechtenstein's ETS 185 table agrees with all 48 deposit days it lists.

Each test names its source (a key of the data files, where its URL and the words quoted are kept) and asks both
sides of the boundary the fact sets.
"""

from __future__ import annotations

import pytest

from .scenario import day_before, party, qualifications


def _sources(row: dict | None) -> list[str]:
    assert row is not None
    return row["sources"].split()


# Sources: nl-trb-2012-87 (Tractatenblad: Ukraine R 2011-02-02, in force 2011-06-01); audit20b-ua-rada-994-948
# (Verkhovna Rada record 994_948: "Ратифікація від 17.11.2010 ... Набрання чинності для України ... 01.06.2011").
def test_ukraine_warsaw_convention_in_force_2011_06_01_per_the_rada_record():
    pending = party("cets-198", "UKR", "2011-05-31")
    assert pending is not None and pending["state"] == "consent-pending" and pending["consent"] == "2011-02-02"
    bound = party("cets-198", "UKR", "2011-06-01")
    assert bound is not None and bound["state"] == "bound" and bound["in_force"] == "2011-06-01"
    assert "audit20b-ua-rada-994-948" in _sources(bound)


# Sources: eurlex-comex-1994-29 (SCH/Com-ex (94) 29 rev. 2: in force in all its parts on 26 March 1995 for the five
# original signatories, Spain and Portugal); audit20b-nl-trb-1995-75 (Tractatenblad 1995, 75: "De Overeenkomst wordt
# op 26 maart 1995 in al haar onderdelen voor ... het Koninkrijk der Nederlanden ... in werking gesteld").
def test_netherlands_schengen_convention_from_1995_03_26_per_the_tractatenblad():
    assert party("cisa", "NLD", "1995-03-25") is None
    row = party("cisa", "NLD", "1995-03-26")
    assert row is not None and row["state"] == "bound" and row["in_force"] == "1995-03-26"
    assert "audit20b-nl-trb-1995-75" in _sources(row)


# Sources: camera-comex-1997-10-07 (Executive Committee of 7 October 1997: the Convention put into application for
# Italy on 26 October 1997); audit20b-nl-trb-1995-75 names Italy for 1995-03-26, kept only as a conflict: the answers
# use the row's day.
def test_italy_schengen_convention_keeps_1997_10_26_despite_the_tractatenblad():
    assert party("cisa", "ITA", "1995-03-26") is None
    assert party("cisa", "ITA", "1997-10-25") is None
    row = party("cisa", "ITA", "1997-10-26")
    assert row is not None and row["state"] == "bound" and row["in_force"] == "1997-10-26"


# Sources: ejn-eaw-status-2024 (EJN: "BG Bulgaria Implemented 1 Jan 2007"); audit20b-bg-zeeza-exlege (the Law on
# Extradition and the European Arrest Warrant, art. 56: "В сила от 01.01.2007 г.").
def test_bulgaria_european_arrest_warrant_from_2007_01_01_per_its_law():
    before = party("eaw", "BGR", "2006-12-31")
    assert before is None or before["state"] != "bound"
    row = party("eaw", "BGR", "2007-01-01")
    assert row is not None and row["state"] == "bound" and row["in_force"] == "2007-01-01"
    assert "audit20b-bg-zeeza-exlege" in _sources(row)


# Sources: sk-zz-2006-508 (Slovak notice of the art. 28(3) declaration); coe-024-decl-svk (Treaty Office list:
# declaration under art. 28(3) in a Note verbale of 25 July 2006, registered 28 July 2006).
def test_slovakia_extradition_convention_art_28_3_declaration_from_2006_07_28():
    def quoted(day: str) -> list[str]:
        return [q for q in qualifications("SVK", "DEU", day, "ets-024", "extradition")
                if q.startswith("Slovakia") and "art. 28(3)" in q]
    assert quoted("2006-07-27") == []
    assert len(quoted("2006-07-28")) == 1


# Sources: coe-185-chart-2026 (Treaty Office chart); audit20b-li-konso-2016073000-ets185 (Liechtenstein's table
# "Geltungsbereich des Übereinkommens am 1. Mai 2016": "Georgien* 06.06.2012", "Moldau* 12.05.2009",
# "Ungarn* 04.12.2003", "Malta* 12.04.2012").
@pytest.mark.parametrize("country,deposit", [
    ("GEO", "2012-06-06"),
    ("MDA", "2009-05-12"),
    ("HUN", "2003-12-04"),
    ("MLT", "2012-04-12"),
])
def test_cybercrime_deposits_agree_with_liechtensteins_scope_table(country, deposit):
    before = party("ets-185", country, day_before(deposit))
    assert before is None or before["state"] == "signed-only"
    row = party("ets-185", country, deposit)
    assert row is not None and row["consent"] == deposit and row["state"] == "consent-pending"
    assert "audit20b-li-konso-2016073000-ets185" in _sources(row)


# Sources: coe-185-chart-2026 (Malta ratified 2012-04-12, in force 2012-08-01); audit20b-pt-aviso-29-2012-ets185
# (Portugal's notice: "a 13 de abril de 2012"), a conflict only: Malta is consent-pending from the 12th.
def test_malta_cybercrime_deposit_stays_the_charts_12_april():
    assert party("ets-185", "MLT", "2012-04-12")["consent"] == "2012-04-12"
    row = party("ets-185", "MLT", "2012-08-01")
    assert row["state"] == "bound" and row["in_force"] == "2012-08-01"


# Sources: coe-greta-fin (signed 2006-08-29; ratified 2012-05-30; in force 2012-09-01); audit20b-fi-sops-44-2012-cets197
# (SopS 44/2012: "Hyväksymiskirja on talletettu ... 30 päivänä toukokuuta 2012", in force "1 päivänä syyskuuta 2012").
# The working group's 2008-08-29 signature (audit20b-fi-um-tyoryhma-cets197) is kept as a conflict only.
def test_finland_trafficking_convention_signed_2006_bound_2012_09_01():
    assert party("cets-197", "FIN", "2006-08-28") is None
    signed = party("cets-197", "FIN", "2006-08-29")
    assert signed is not None and signed["state"] == "signed-only" and signed["signature"] == "2006-08-29"
    assert party("cets-197", "FIN", "2012-05-29")["state"] == "signed-only"
    pending = party("cets-197", "FIN", "2012-08-31")
    assert pending["state"] == "consent-pending" and pending["consent"] == "2012-05-30"
    bound = party("cets-197", "FIN", "2012-09-01")
    assert bound["state"] == "bound" and bound["in_force"] == "2012-09-01"
    assert "audit20b-fi-sops-44-2012-cets197" in _sources(bound)


# Sources: zaki-ets030-2011-decl (copied Council of Europe list: Lithuania ratification deposited 1997-04-17, from
# 1997-07-16); nl-trb-1997-280 (Tractatenblad: instrument of ratification deposited by "Lithuania 1997-04-17").
def test_lithuania_mla_convention_deposit_per_the_tractatenblad():
    before = party("ets-030", "LTU", "1997-04-16")
    assert before is not None and before["state"] == "signed-only"
    row = party("ets-030", "LTU", "1997-04-17")
    assert row["state"] == "consent-pending" and row["consent"] == "1997-04-17"
    assert "nl-trb-1997-280" in _sources(row)
    assert party("ets-030", "LTU", "1997-07-16")["state"] == "bound"
