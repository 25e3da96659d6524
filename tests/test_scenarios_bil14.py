"""Round 14 (bil14): bilateral extradition, legal-assistance and transfer-of-sentenced-persons agreements of the
countries named in issue 12's round-14 brief (Switzerland, the Netherlands, ...), on the shipped data.

Each test names the source of its expected answer (a source key of data/bilateral.yaml) and asks on both sides of
the boundary the fact sets: the day before entry into force the agreement is signed and pending, on the day it
binds both; an agreement whose entry into force no source gives is uncertain from its signature on.
"""

from __future__ import annotations

import pytest

from .scenario import agreement, bilateral, sides
from .scenario import agreement_in_force_from as _in_force_from
from .scenario import agreement_signed_uncertain as _signed_uncertain
from .scenario import day_before as _day_before


def _dated(a: str, b: str, iid: str, day: str, purpose: str, signed: str, source: str) -> dict:
    row = _in_force_from(a, b, iid, _day_before(day), day, purpose)
    assert row["instrument"]["signed"] == signed
    assert row["instrument"]["entry_into_force"] == day
    assert source in row["sources"]
    return row


@pytest.mark.parametrize(("other", "iid", "signed", "in_force", "source"), [
    # Fedlex, the Swiss classified compilation, read in the legalize-dev/legalize-ch mirror (snapshot 2026-04-17):
    # the day in each title and the record's entry_into_force.
    ("CUB", "bilateral-che-cub-2006-transfer-of-sentenced-persons", "2006-07-27", "2011-07-01", "ch-sr-0-344-294-legalize"),
    ("DOM", "bilateral-che-dom-2013-transfer-of-sentenced-persons", "2013-01-16", "2014-10-01", "ch-sr-0-344-318-legalize"),
    ("MAR", "bilateral-che-mar-2000-transfer-of-sentenced-persons", "2000-07-14", "2002-10-01", "ch-sr-0-344-549-legalize"),
    ("PRY", "bilateral-che-pry-2009-transfer-of-sentenced-persons", "2009-06-30", "2010-11-15", "ch-sr-0-344-632-legalize"),
    ("PER", "bilateral-che-per-2010-transfer-of-sentenced-persons", "2010-11-18", "2012-05-08", "ch-sr-0-344-641-legalize"),
    ("THA", "bilateral-che-tha-1997-transfer-of-sentenced-persons", "1997-11-17", "2000-10-10", "ch-sr-0-344-745-legalize"),
])
def test_swiss_transfer_of_sentenced_persons_agreements(other, iid, signed, in_force, source):
    _dated("CHE", other, iid, in_force, "all", signed, source)


def test_swiss_barbados_reciprocity_on_transfer_binds_from_the_exchange_of_notes_2004_02_23():
    # Fedlex SR 0.344.168 (ch-sr-0-344-168-legalize): exchange of notes of 2004-02-23, in force the same day, so the
    # day before it is not there at all
    from .scenario import agreement, bilateral, sides
    iid = "bilateral-brb-che-2004-transfer-of-sentenced-persons"
    assert iid not in bilateral("CHE", "BRB", "--as-of", "2004-02-22", "--for", "all")
    row = agreement("CHE", "BRB", iid, "2004-02-23", "all")
    assert sides(row) == ("bound", "bound")
    assert "ch-sr-0-344-168-legalize" in row["sources"]


@pytest.mark.parametrize(("other", "iid", "purpose", "signed", "in_force", "source"), [
    # Australia's Extradition (Kingdom of the Netherlands) Regulations, SR 1988 No. 293, reg. 4: the treaty "came into
    # force on 1 February 1988"; signed at The Hague 1985-09-05 (the Dutch treaty database, laws-markdown mirror)
    ("AUS", "bilateral-aus-nld-1985-extradition", "extradition", "1985-09-05", "1988-02-01",
     "au-sr-1988-293-aus-nld-extradition"),
    # Canada Treaty Series on CommonLII: CTS 1991 No. 32 dated 1 December 1991; signed at Montreal 1989-10-13
    ("CAN", "bilateral-can-nld-1989-extradition", "extradition", "1989-10-13", "1991-12-01",
     "commonlii-catser-1991-30-can-nld-extradition"),
    # Canada Treaty Series on CommonLII: CTS 1992 No. 9 dated 1 May 1992; signed at The Hague 1991-05-01
    ("CAN", "bilateral-can-nld-1991-mla", "mla", "1991-05-01", "1992-05-01", "commonlii-catser-1992-12-can-nld-mla"),
    # amazightimes-2012-12-mar-nld-mla (round 17): 'Op 1 december 2012 is in werking getreden: het Verdrag betreffende
    # de wederzijdse rechtshulp in strafzaken tussen het Koninkrijk der Nederlanden en het Koninkrijk Marokko';
    # signed at Rabat 2010-09-20 (the Dutch treaty database, laws-markdown mirror)
    ("MAR", "bilateral-mar-nld-2010-mla", "mla", "2010-09-20", "2012-12-01", "amazightimes-2012-12-mar-nld-mla"),
])
def test_dutch_treaties_with_australia_and_canada_in_force_on_the_day(other, iid, purpose, signed, in_force, source):
    _dated("NLD", other, iid, in_force, purpose, signed, source)


def test_dutch_australian_mla_treaty_in_force_by_1991_06_01():
    # Australia's SR 1991 No. 69 (au-sr-1991-69-aus-nld-mla): treaty done at Canberra 1988-10-26, the regulations
    # applying the Act under it commence 1991-06-01; the treaty's own day is unknown, so it is in force by then
    iid = "bilateral-aus-nld-1988-mla"
    row = agreement("NLD", "AUS", iid, "1991-06-01", "mla")
    assert sides(row) == ("bound", "bound")
    assert row["instrument"]["signed"] == "1988-10-26"
    assert "au-sr-1991-69-aus-nld-mla" in row["sources"]
    assert sides(agreement("NLD", "AUS", iid, "1988-10-26", "mla")) != ("bound", "bound")


@pytest.mark.parametrize(("other", "iid", "purpose", "signed", "source"), [
    # the closing clause ("GEDAAN te ... op ...") of each text in the Dutch treaty database, read in the
    # statengeneraal/laws-markdown mirror (source key gh-laws-markdown-<BWBV id>); no entry into force was found
    # MAR 1999 moved to test_scenarios_bileif22c.py: in force by 2010-09-20 (round 22)
    ("VEN", "bilateral-nld-ven-1996-transfer-of-sentenced-persons", "all", "1996-10-08", "gh-laws-markdown-bwbv0001330"),
    ("ZMB", "bilateral-nld-zmb-2007-transfer-of-sentenced-persons", "all", "2007-11-20", "gh-laws-markdown-bwbv0002876"),
    ("PER", "bilateral-nld-per-2011-transfer-of-sentenced-persons", "all", "2011-05-12", "gh-laws-markdown-bwbv0005347"),
    # bilateral-bra-nld-2009-transfer-of-sentenced-persons left this list in round 21: Concordia dates its entry into
    # force 2011-08-01 (tests/test_scenarios_bileif21f.py)
    ("CUB", "bilateral-cub-nld-2013-transfer-of-sentenced-persons", "all", "2013-07-05", "gh-laws-markdown-bwbv0006234"),
    ("TTO", "bilateral-nld-tto-2003-extradition", "extradition", "2003-02-07", "gh-laws-markdown-bwbv0001599"),
])
def test_dutch_treaties_signed_entry_into_force_not_found(other, iid, purpose, signed, source):
    _signed_uncertain("NLD", other, iid, signed, purpose, {source})


@pytest.mark.parametrize(("a", "b", "iid", "purpose", "signed", "by", "source"), [
    # Australia's SR 1990 No. 136: the treaty done at Milan 1985-08-26 applied from 1990-08-01
    ("AUS", "ITA", "bilateral-aus-ita-1985-extradition", "extradition", "1985-08-26", "1990-08-01",
     "au-sr-1990-136-aus-ita-extradition"),
    # Canada Treaty Series (CommonLII), the 2001 asset-sharing agreement dated 2001-02-21 cooperates "on the basis of"
    # the MLA treaty signed at Ottawa 1988-06-22
    ("CAN", "GBR", "bilateral-can-gbr-1988-mla", "mla", "1988-06-22", "2001-02-21", "commonlii-catser-2001-8-can-gbr"),
    # Australia's SR 1993 No. 357: the treaty done at Melbourne 1988-10-28 applied from 1994-04-01
    ("AUS", "ITA", "bilateral-aus-ita-1988-mla", "mla", "1988-10-28", "1994-04-01", "au-sr-1993-357-aus-ita-mla"),
    # Australia's SR 2001 No. 139: the treaty done at Paris 1999-09-13 applied from 2001-10-04
    ("AUS", "MCO", "bilateral-aus-mco-1999-mla", "mla", "1999-09-13", "2001-10-04", "au-sr-2001-139-aus-mco-mla"),
    # Australia's SR 1990 No. 441: the treaty done at Madrid 1989-07-03 applied from 1991-01-31
    ("AUS", "ESP", "bilateral-aus-esp-1989-mla", "mla", "1989-07-03", "1991-01-31", "au-sr-1990-441-aus-esp-mla"),
    # Australia's SR 1992 No. 167: the treaty done at Guadalajara 1991-05-06 applied from 1992-06-30
    ("AUS", "MEX", "bilateral-aus-mex-1991-mla", "mla", "1991-05-06", "1992-06-30", "au-sr-1992-167-aus-mex-mla"),
    # Australia's SR 1995 No. 189 and the reprint of SR 1990 No. 254 (copies): done at Canberra 1988-08-03, the
    # regulations under it commenced 1990-09-12
    ("AUS", "GBR", "bilateral-aus-gbr-1988-drug-trafficking-mla", "mla", "1988-08-03", "1990-09-12",
     "au-sr-1995-189-aus-gbr-drugs"),
])
def test_treaties_in_force_by_a_later_act_without_their_own_day(a, b, iid, purpose, signed, by, source):
    on_day = agreement(a, b, iid, by, purpose)
    assert sides(on_day) == ("bound", "bound")
    assert on_day["instrument"]["signed"] == signed
    assert on_day["instrument"]["entry_into_force"] is None
    assert source in on_day["sources"]
    assert sides(agreement(a, b, iid, signed, purpose)) != ("bound", "bound")


def test_australia_france_mla_treaty_in_force_by_1994_05_01():
    # Australia's SR 1994 No. 33 (au-sr-1994-33-aus-fra-mla): the regulations applying the Act to France subject to
    # the treaty commence 1994-05-01; no signature day was read
    row = agreement("AUS", "FRA", "bilateral-aus-fra-mla", "1994-05-01", "mla")
    assert sides(row) == ("bound", "bound")
    assert row["instrument"]["signed"] is None
    assert "au-sr-1994-33-aus-fra-mla" in row["sources"]


def test_canada_france_mla_treaty_in_force_1991_05_01():
    # Canada Treaty Series on CommonLII (commonlii-catser-1991-13-can-fra-mla): CTS 1991 No. 34 dated 1 May 1991; the
    # signature day was not read, so the day before it is not in force (not known to be signed either)
    from .scenario import agreement, bilateral, sides
    iid = "bilateral-can-fra-1991-mla"
    row = agreement("CAN", "FRA", iid, "1991-05-01", "mla")
    assert sides(row) == ("bound", "bound")
    assert row["linked_since"]["date"] == "1991-05-01"
    before = bilateral("CAN", "FRA", "--as-of", "1991-04-30", "--for", "mla").get(iid)
    assert before is None or sides(before) != ("bound", "bound")


def test_canada_germany_extradition_treaty_of_1977_signed_entry_into_force_not_found():
    # the Supplementary Treaty's preamble (commonlii-catser-2004-18-can-deu-extradition): "Treaty of July 11th, 1977"
    _signed_uncertain("CAN", "DEU", "bilateral-can-deu-1977-extradition", "1977-07-11", "extradition",
                      {"commonlii-catser-2004-18-can-deu-extradition"})


def test_austria_liechtenstein_mla_supplementary_treaty_in_force_1983_09_01():
    # Liechtenstein LGBl. 1983 Nr. 41 (li-lgbl-1983-41-aut-lie-mla): "Abgeschlossen in Vaduz am 4. Juni 1982",
    # "Inkrafttreten: 1. September 1983"
    _dated("AUT", "LIE", "bilateral-aut-lie-1982-mla-supplementary", "1983-09-01", "mla", "1982-06-04",
           "li-lgbl-1983-41-aut-lie-mla")


def test_belgium_liechtenstein_extradition_treaty_of_1936_signed_entry_into_force_not_found():
    # Liechtenstein LGBl. 1938 Nr. 3 (li-lgbl-1938-3-bel-lie-extradition): concluded at Brussels 1936-08-05, in force
    # ten days after publication in both countries (Belgium's publication not read)
    _signed_uncertain("BEL", "LIE", "bilateral-bel-lie-1936-extradition", "1936-08-05", "extradition",
                      {"li-lgbl-1938-3-bel-lie-extradition"})


@pytest.mark.parametrize(("other", "iid", "purpose", "signed", "source"), [
    # Peru's legislative resolutions and supreme decrees approving or ratifying each treaty (El Peruano), read in the
    # dalessandro07/legalize-pe mirror of SPIJ: the day of signature each states; no entry into force was found (the
    # eight whose records carry SPIJ's note of entry into force are in test_scenarios_lead14.py, four more dated in round 15
    # from the same notes in test_scenarios_bilam15.py: Mexico, El Salvador, Dominican Republic, Venezuela)
    ("ITA", "bilateral-ita-per-1994-extradition", "extradition", "1994-11-24", "pe-ds-011-97-re-1997"),
    ("ECU", "bilateral-ecu-per-2001-extradition", "extradition", "2001-04-04", "pe-rl-27582-2001"),
    ("CRI", "bilateral-cri-per-2002-extradition", "extradition", "2002-01-14", "pe-rl-27828-2002"),
    ("BOL", "bilateral-bol-per-2003-extradition", "extradition", "2003-08-27", "pe-rl-28936-2006"),
])
def test_peru_treaties_signed_entry_into_force_not_found(other, iid, purpose, signed, source):
    _signed_uncertain("PER", other, iid, signed, purpose, {source})


def test_canada_italy_extradition_treaty_of_1981_in_force_1985_06_27():
    # Canada Treaty Series on CommonLII (commonlii-catser-1985-16-can-ita-extradition): CTS 1985 No. 17 dated
    # 27 June 1985; signed at Rome 1981-05-06 (Italian Chamber of Deputies' dossier ES0105)
    _dated("CAN", "ITA", "bilateral-can-ita-1981-extradition", "1985-06-27", "extradition", "1981-05-06",
           "commonlii-catser-1985-16-can-ita-extradition")


def test_canada_israel_extradition_agreement_in_force_1969_12_19():
    # Canada Treaty Series on CommonLII (commonlii-catser-1969-13-can-isr-extradition): CTS 1969 No. 25 dated
    # 19 December 1969; its signature was not read
    row = agreement("CAN", "ISR", "bilateral-can-isr-1969-extradition", "1969-12-19", "extradition")
    assert sides(row) == ("bound", "bound")
    assert row["linked_since"]["date"] == "1969-12-19"
    assert "commonlii-catser-1969-13-can-isr-extradition" in row["sources"]


def test_canada_korea_extradition_treaty_in_force_1995_01_29():
    # Canada Treaty Series on CommonLII (commonlii-catser-1995-1-can-kor-extradition): CTS 1995 No. 22 dated
    # 29 January 1995; signed in April 1994 (Seoul Shinmun, month only)
    iid = "bilateral-can-kor-1994-extradition"
    before = agreement("CAN", "KOR", iid, "1995-01-28", "extradition")
    assert sides(before) == ("consent-pending", "consent-pending")
    row = agreement("CAN", "KOR", iid, "1995-01-29", "extradition")
    assert sides(row) == ("bound", "bound")
    assert row["linked_since"]["date"] == "1995-01-29"
    assert "commonlii-catser-1995-1-can-kor-extradition" in row["sources"]


def test_canada_israel_mla_treaty_in_force_2000_03_16():
    # Canada Treaty Series on CommonLII (commonlii-catser-2000-5-can-isr-mla): CTS 2000 No. 6 dated 16 March 2000
    row = agreement("CAN", "ISR", "bilateral-can-isr-2000-mla", "2000-03-16", "mla")
    assert sides(row) == ("bound", "bound")
    assert row["linked_since"]["date"] == "2000-03-16"
    assert "commonlii-catser-2000-5-can-isr-mla" in row["sources"]


@pytest.mark.parametrize(("other", "iid", "purpose", "signed", "in_force", "source"), [
    # BOE-A-2025-6488 (legalize-es mirror): done at Madrid 2022-06-01, "entró en vigor el 19 de marzo de 2025"
    ("NGA", "bilateral-esp-nga-2022-transfer-of-sentenced-persons", "all", "2022-06-01", "2025-03-19",
     "es-boe-a-2025-6488-esp-nga-transfer"),
    # BOE-A-2025-6489 (legalize-es mirror): the MLA treaty of the same day, entry_into_force 2025-03-19
    ("NGA", "bilateral-esp-nga-2022-mla", "mla", "2022-06-01", "2025-03-19", "es-boe-a-2025-6489-esp-nga-mla"),
    # BOE-A-1993-15744 (vlex copy): signed at Washington 1990-11-20, in force 1993-06-30
    ("USA", "bilateral-esp-usa-1990-mla", "mla", "1990-11-20", "1993-06-30", "vlex-boe-a-1993-15744-esp-usa-mla"),
    # BOE-A-2007-14588 (vlex copy): done at Las Palmas 2006-09-29, in force 2007-07-26
    ("MEX", "bilateral-esp-mex-2006-mla", "mla", "2006-09-29", "2007-07-26", "vlex-boe-a-2007-14588-esp-mex-mla"),
])
def test_spanish_treaties_in_force_on_the_day_the_boe_gives(other, iid, purpose, signed, in_force, source):
    _dated("ESP", other, iid, in_force, purpose, signed, source)


@pytest.mark.parametrize(("iid", "purpose", "signed", "source"), [
    # Portugal's Diário da Assembleia da República: signed at Lisbon 1987-04-21 (extradition) and 1989-07-04 (MLA)
    ("bilateral-aus-prt-1987-extradition", "extradition", "1987-04-21", "pt-dar-1987-11-13-aus-prt-extradition"),
    ("bilateral-aus-prt-1989-mla", "mla", "1989-07-04", "pt-dar-1991-10-31-aus-prt-mla"),
])
def test_australia_portugal_treaties_signed_entry_into_force_not_found(iid, purpose, signed, source):
    _signed_uncertain("AUS", "PRT", iid, signed, purpose, {source})


def test_germany_netherlands_extradition_supplementary_treaty_in_force_1983_01_30():
    # inview.nl's copy of the Dutch treaty database (inview-trb-1983-13-deu-nld-extradition): Trb. 1979, 142 of
    # 1979-08-30, "Inwerkingtreding 30-01-1983" (Trb. 1983, 13); signed at Wittem (laws-markdown mirror)
    _dated("NLD", "DEU", "bilateral-deu-nld-1979-extradition-supplementary", "1983-01-30", "extradition",
           "1979-08-30", "inview-trb-1983-13-deu-nld-extradition")


def test_germany_netherlands_mla_supplementary_treaty_signed_entry_into_force_not_found():
    # the closing clause in the Dutch treaty database (gh-laws-markdown-bwbv0003660): Wittem, 30-VIII-1979; still
    # uncertain until its bound of round 22 (in force by 2002-04-01, test_scenarios_bileif22c.py)
    row = agreement("NLD", "DEU", "bilateral-deu-nld-1979-mla-supplementary", "1979-08-30", "mla")
    assert sides(row) == ("uncertain", "uncertain")
    assert row["instrument"]["entry_into_force"] is None
    assert "gh-laws-markdown-bwbv0003660" in row["sources"]


def test_brazil_canada_transfer_of_offenders_treaty_in_force_1998_05_16():
    # Canada Treaty Series on CommonLII (commonlii-catser-1998-13-bra-can-transfer): CTS 1998 No. 8 dated 16 May 1998
    row = agreement("CAN", "BRA", "bilateral-bra-can-1998-transfer-of-sentenced-persons", "1998-05-16", "all")
    assert sides(row) == ("bound", "bound")
    assert row["linked_since"]["date"] == "1998-05-16"
    assert "commonlii-catser-1998-13-bra-can-transfer" in row["sources"]


def test_belgium_canada_mla_treaty_signed_1996_01_11_entry_into_force_not_found():
    # Belgium's Act of 2003-01-09 (be-loi-2003-01-09-bel-can-mla): the treaty "signé à Bruxelles le 11 janvier 1996"
    _signed_uncertain("BEL", "CAN", "bilateral-bel-can-1996-mla", "1996-01-11", "mla", {"be-loi-2003-01-09-bel-can-mla"})


@pytest.mark.parametrize(("other", "iid", "purpose", "in_force", "source"), [
    # Canada Treaty Series on CommonLII: the date CommonLII gives each treaty of the series (its entry into force)
    ("MEX", "bilateral-can-mex-1979-transfer-of-sentenced-persons", "all", "1979-03-29",
     "commonlii-catser-1979-8-can-mex-transfer"),
    ("USA", "bilateral-can-usa-1978-transfer-of-sentenced-persons", "all", "1978-07-19",
     "commonlii-catser-1978-8-can-usa-transfer"),
    ("PER", "bilateral-can-per-2000-mla", "mla", "2000-01-23",
     "commonlii-catser-2000-2-can-per-mla"),
    ("EGY", "bilateral-can-egy-2000-transfer-of-sentenced-persons", "all", "2000-05-10",
     "commonlii-catser-2000-9-can-egy-transfer"),
    ("THA", "bilateral-can-tha-1994-mla", "mla", "1994-10-03",
     "commonlii-catser-1994-16-can-tha-mla"),
    ("ROU", "bilateral-can-rou-1999-mla", "mla", "1999-06-30",
     "commonlii-catser-1999-28-can-rou-mla"),
    ("PRT", "bilateral-can-prt-2000-mla", "mla", "2000-05-01",
     "commonlii-catser-2000-8-can-prt-mla"),
    ("BRB", "bilateral-brb-can-2003-transfer-of-sentenced-persons", "all", "2003-08-01",
     "commonlii-catser-2003-14-brb-can-transfer"),
    ("POL", "bilateral-can-pol-1997-mla", "mla", "1997-07-01",
     "commonlii-catser-1997-24-can-pol-mla"),
    ("SWE", "bilateral-can-swe-1976-extradition", "extradition", "1976-06-25",
     "commonlii-catser-1976-26-can-swe-extradition"),
    ("BHS", "bilateral-bhs-can-1990-mla", "mla", "1990-07-10",
     "commonlii-catser-1990-12-bhs-can-mla"),
])
def test_canadian_treaties_in_force_on_the_canada_treaty_series_day(other, iid, purpose, in_force, source):
    row = agreement("CAN", other, iid, in_force, purpose)
    assert sides(row) == ("bound", "bound")
    assert row["linked_since"]["date"] == in_force
    assert source in row["sources"]
    before = bilateral("CAN", other, "--as-of", _day_before(in_force), "--for", purpose).get(iid)
    assert before is None or "bound" not in sides(before)  # not in force the day before


def test_canada_greece_mla_treaty_signed_1998_07_14_entry_into_force_not_found():
    # Greece's Law 2746/1999 (gr-law-2746-1999-can-grc-mla): the treaty "υπογράφηκε στην Αθήνα στις 14 Ιουλίου 1998"
    _signed_uncertain("CAN", "GRC", "bilateral-can-grc-1998-mla", "1998-07-14", "mla", {"gr-law-2746-1999-can-grc-mla"})


def test_canada_czech_mla_treaty_in_force_2000_11_01():
    # the Czech Foreign Ministry's notice No. 129/2000 Sb. m. s. (cz-sms-129-2000-can-cze-mla): signed at Ottawa
    # 1997-11-03, "vstoupila v platnost ... dne 1. listopadu 2000"; CTS 2000 No. 19 on CommonLII agrees
    _dated("CAN", "CZE", "bilateral-can-cze-1997-mla", "2000-11-01", "mla", "1997-11-03", "cz-sms-129-2000-can-cze-mla")


