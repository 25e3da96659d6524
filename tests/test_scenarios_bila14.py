"""Switzerland's bilateral extradition and mutual-assistance arrangements, dated from the Swiss classified compilation
(Fedlex), on the shipped data.

Each test names the Fedlex record (its SR number and its source key in data/bilateral.yaml,
``ch-sr-<SR number>-legalize``: the record read in the GitHub mirror legalize-dev/legalize-ch, snapshot of
2026-04-17) whose dates are the expected answer, and asks on both sides of the day of entry into force.
"""

from __future__ import annotations

import pytest

from .scenario import agreement as _agreement
from .scenario import agreement_in_force_from as _in_force_from
from .scenario import bilateral as _bilateral
from .scenario import sides as _sides


def _in_force_on_conclusion(a: str, b: str, iid: str, day_before: str, day: str, purpose: str, record: str) -> None:
    """An exchange of notes in force on the day it was concluded: absent the day before, binding both on the day."""
    assert iid not in _bilateral(a, b, "--as-of", day_before, "--for", purpose)
    row = _agreement(a, b, iid, day, purpose)
    assert _sides(row) == ("bound", "bound")
    assert row["linked_since"]["date"] == day
    assert row["instrument"]["signed"] == day
    assert row["instrument"]["entry_into_force"] == day
    assert record in row["sources"]


@pytest.mark.parametrize(
    ("a", "b", "iid", "day_before", "day", "purpose", "record"),
    [
        # SR 0.353.936.72: notes of 17/23 August 1909 extending the Swiss-British treaty of 1880 to British
        # protectorates in Africa; Fedlex: in force 1909-08-23.
        ("CHE", "GBR", "bilateral-che-gbr-1909-extradition-extension", "1909-08-22", "1909-08-23", "extradition",
         "ch-sr-0-353-936-72-legalize"),
        # SR 0.353.936.74: notes of 30 November 1927/19 September 1929 extending it to British mandated territories;
        # the Swiss note: in force 'mit dem heutigen Tage'; Fedlex: in force 1929-09-19.
        ("CHE", "GBR", "bilateral-che-gbr-1929-extradition-extension", "1929-09-18", "1929-09-19", "extradition",
         "ch-sr-0-353-936-74-legalize"),
        # SR 0.351.933.66: letters of 3 November 1993 on assistance in securities-offence proceedings under the
        # 1973 treaty; Fedlex: in force 1993-11-03.
        ("CHE", "USA", "bilateral-che-usa-1993-mla-securities-letters", "1993-11-02", "1993-11-03", "mla",
         "ch-sr-0-351-933-66-legalize"),
    ],
)
def test_swiss_exchanges_of_notes_in_force_on_the_day_concluded(a, b, iid, day_before, day, purpose, record):
    _in_force_on_conclusion(a, b, iid, day_before, day, purpose, record)


@pytest.mark.parametrize(
    ("a", "b", "iid", "signed", "day_before", "day", "purpose", "record"),
    [
        # SR 0.353.936.78: letters of 9/26 January 1996 extending the European Convention on Extradition to
        # territories of the United Kingdom; Fedlex: in force 1997-01-15.
        ("CHE", "GBR", "bilateral-che-gbr-1996-extradition-ece-extension", "1996-01-26", "1997-01-14", "1997-01-15",
         "extradition", "ch-sr-0-353-936-78-legalize"),
        # SR 0.353.917.21: notes of 13/14 May 1938 extending the Swiss-Belgian treaty of 1874 to the Belgian Congo
        # and Ruanda-Urundi; Fedlex: in force 1938-08-13.
        ("BEL", "CHE", "bilateral-bel-che-1938-extradition-extension", "1938-05-14", "1938-08-12", "1938-08-13",
         "extradition", "ch-sr-0-353-917-21-legalize"),
        # SR 0.353.934.93 and 0.351.934.93: letters of 24 February/11 March 1993 applying ETS 24 and ETS 30 to French
        # overseas territories; Fedlex: both in force 1993-06-01.
        ("CHE", "FRA", "bilateral-che-fra-1993-extradition-ece-extension", "1993-03-11", "1993-05-31", "1993-06-01",
         "extradition", "ch-sr-0-353-934-93-legalize"),
        ("CHE", "FRA", "bilateral-che-fra-1993-mla-ece-extension", "1993-03-11", "1993-05-31", "1993-06-01",
         "mla", "ch-sr-0-351-934-93-legalize"),
        # SR 0.351.933.6: treaty of 25 May 1973 on mutual assistance in criminal matters; Fedlex: in force
        # 1977-01-23 (the day FindLaw gives too). The signature day is the Fedlex record's.
        ("CHE", "USA", "bilateral-che-usa-1977-mla", "1973-05-25", "1977-01-22", "1977-01-23", "mla",
         "ch-sr-0-351-933-6-legalize"),
    ],
)
def test_swiss_agreements_in_force_later_than_concluded(a, b, iid, signed, day_before, day, purpose, record):
    row = _in_force_from(a, b, iid, day_before, day, purpose)
    assert row["instrument"]["signed"] == signed
    assert row["instrument"]["entry_into_force"] == day
    assert record in row["sources"]


def test_swiss_british_extension_of_1937_keeps_fedlex_day_as_a_conflict():
    # UK Treaties Online record 58501 gives entry into force 1937-03-17 (the row's); Fedlex SR 0.353.936.77 (notes of
    # 15 February/16 March 1937, ch-sr-0-353-936-77-legalize) gives 1937-03-16: the answer keeps the row's day.
    iid = "bilateral-che-gbr-1937-extradition-extension"
    before = _agreement("CHE", "GBR", iid, "1937-03-16", "extradition")
    assert _sides(before) == ("consent-pending", "consent-pending")
    row = _agreement("CHE", "GBR", iid, "1937-03-17", "extradition")
    assert _sides(row) == ("bound", "bound")
    assert "ch-sr-0-353-936-77-legalize" in row["sources"]


# Canada Treaty Series on CommonLII: the date CommonLII gives a treaty of the series is its day of entry into force
# (as for the Canada-Italy extradition treaty, [1985] CATSer 16, 27 June 1985, the day the data already had).


def test_canada_hungary_mla_treaty_in_force_1996_09_01():
    # [1996] CATSer 20 (1 September 1996), CTS 1996 No. 18 (commonlii-catser-1996-20-can-hun-mla); signed at Budapest
    # 1995-12-07 per Hungary's Act XCIV of 1996 (hu-act-1996-94-hun-can-mla).
    row = _in_force_from("CAN", "HUN", "bilateral-can-hun-1995-mla", "1996-08-31", "1996-09-01", "mla")
    assert row["instrument"]["signed"] == "1995-12-07"
    assert row["instrument"]["entry_into_force"] == "1996-09-01"
    assert "commonlii-catser-1996-20-can-hun-mla" in row["sources"]


@pytest.mark.parametrize(("other", "iid", "day_before", "day", "source"), [
    # [1979] CATSer 4 (13 February 1979), CTS 1979 No. 4
    ("DNK", "bilateral-can-dnk-1979-extradition", "1979-02-12", "1979-02-13",
     "commonlii-catser-1979-4-can-dnk-extradition"),
    # [1985] CATSer 8 (16 February 1985), CTS 1985 No. 15
    ("FIN", "bilateral-can-fin-1985-extradition", "1985-02-15", "1985-02-16",
     "commonlii-catser-1985-8-can-fin-extradition"),
])
def test_canada_nordic_extradition_treaties_in_force_on_the_canada_treaty_series_day(other, iid, day_before, day,
                                                                                      source):
    # No signature day in the part read: the treaty is absent the day before it entered into force.
    assert iid not in _bilateral("CAN", other, "--as-of", day_before, "--for", "extradition")
    row = _agreement("CAN", other, iid, day, "extradition")
    assert _sides(row) == ("bound", "bound")
    assert row["linked_since"]["date"] == day
    assert row["instrument"]["signed"] is None
    assert source in row["sources"]


def test_canada_sweden_extradition_treaty_of_2000_replaces_that_of_1976_on_2001_10_30():
    # Sweden's treaty series SÖ 2001:42 (se-so-2001-42-can-swe-extradition): signed at Stockholm 2000-02-15,
    # ratifications exchanged at Ottawa 2001-10-30 and in force that day; it repeals and replaces the agreement
    # 'av den 25 februari 1976' (in force 1976-06-25 per CommonLII, [1976] CATSer 26).
    old, new = "bilateral-can-swe-1976-extradition", "bilateral-can-swe-2000-extradition"
    row = _agreement("CAN", "SWE", old, "1976-02-25", "extradition")
    assert _sides(row) == ("consent-pending", "consent-pending")
    assert row["instrument"]["signed"] == "1976-02-25"
    before = _bilateral("CAN", "SWE", "--as-of", "2001-10-29", "--for", "extradition")
    assert _sides(before[old]) == ("bound", "bound")
    assert _sides(before[new]) == ("consent-pending", "consent-pending")
    on_day = _bilateral("CAN", "SWE", "--as-of", "2001-10-30", "--for", "extradition")
    assert old not in on_day
    assert _sides(on_day[new]) == ("bound", "bound")
    assert on_day[new]["instrument"]["signed"] == "2000-02-15"
    assert "se-so-2001-42-can-swe-extradition" in on_day[new]["sources"]


@pytest.mark.parametrize(("other", "iid", "day_before", "day", "source"), [
    # [2001] CATSer 27 (1 December 2001), CTS 2001 No. 29
    ("SWE", "bilateral-can-swe-2001-mla", "2001-11-30", "2001-12-01", "commonlii-catser-2001-27-can-swe-mla"),
    # [1999] CATSer 3 (14 January 1999), CTS 1999 No. 2
    ("NOR", "bilateral-can-nor-1999-mla", "1999-01-13", "1999-01-14", "commonlii-catser-1999-3-can-nor-mla"),
])
def test_canada_nordic_mla_treaties_in_force_on_the_canada_treaty_series_day(other, iid, day_before, day, source):
    assert iid not in _bilateral("CAN", other, "--as-of", day_before, "--for", "mla")
    row = _agreement("CAN", other, iid, day, "mla")
    assert _sides(row) == ("bound", "bound")
    assert row["linked_since"]["date"] == day
    assert source in row["sources"]


def test_austria_canada_extradition_treaty_of_1998_in_force_2000_10_01_ends_the_agreement_of_1967():
    # RIS, BGBl. III Nr. 159/2000 (at-ris-20000925-aut-can-extradition): done at Ottawa 1998-10-05, ratifications
    # exchanged 2000-07-28, in force 2000-10-01 (art. 18(2)); art. 18(3) ends the agreement signed at Ottawa
    # 1967-05-11, whose day of entry into force the sources read do not give.
    old, new = "bilateral-aut-can-1967-extradition", "bilateral-aut-can-1998-extradition"
    assert old not in _bilateral("AUT", "CAN", "--as-of", "1967-05-10", "--for", "extradition")
    assert _sides(_agreement("AUT", "CAN", old, "1967-05-11", "extradition")) == ("uncertain", "uncertain")
    row = _in_force_from("AUT", "CAN", new, "2000-09-30", "2000-10-01", "extradition")
    assert row["instrument"]["signed"] == "1998-10-05"
    assert "at-ris-20000925-aut-can-extradition" in row["sources"]
    assert old not in _bilateral("AUT", "CAN", "--as-of", "2000-10-01", "--for", "extradition")


@pytest.mark.parametrize(("a", "b", "iid", "signed", "day_before", "day", "purpose", "source"), [
    # LGBl. 1995 Nr. 224: notes of 30 June/29 September 1993, 'Inkrafttreten: 1. Dezember 1993'
    ("LIE", "NLD", "bilateral-lie-nld-1993-extradition-ece-extension", "1993-09-29", "1993-11-30", "1993-12-01",
     "extradition", "li-lgbl-1995-224-lie-nld-extradition"),
    # LGBl. 1997 Nr. 62: notes of 20 June/3 July 1996, 'Inkrafttreten: 15. Januar 1997'
    ("GBR", "LIE", "bilateral-gbr-lie-1996-extradition-ece-extension", "1996-07-03", "1997-01-14", "1997-01-15",
     "extradition", "li-lgbl-1997-62-gbr-lie-extradition"),
    # LGBl. 2003 Nr. 150: notes of 8 July 2002, 'Inkrafttreten: 1. August 2003'
    ("LIE", "USA", "bilateral-lie-usa-2002-mla-notes", "2002-07-08", "2003-07-31", "2003-08-01", "mla",
     "li-lgbl-2003-150-lie-usa-mla-notes"),
])
def test_liechtenstein_exchanges_of_notes_from_the_landesgesetzblatt(a, b, iid, signed, day_before, day, purpose,
                                                                     source):
    row = _in_force_from(a, b, iid, day_before, day, purpose)
    assert row["instrument"]["signed"] == signed
    assert row["instrument"]["entry_into_force"] == day
    assert source in row["sources"]


def test_liechtenstein_us_notes_of_2006_in_force_on_the_day_concluded():
    # LGBl. 2006 Nr. 210 (li-lgbl-2006-210-lie-usa-mla-notes): 'Abgeschlossen am 14. Juli / 27. Oktober 2006';
    # 'Inkrafttreten: 27. Oktober 2006'.
    _in_force_on_conclusion("LIE", "USA", "bilateral-lie-usa-2006-mla-notes", "2006-10-26", "2006-10-27", "mla",
                            "li-lgbl-2006-210-lie-usa-mla-notes")


def test_luxembourg_us_extradition_convention_of_1883_in_force_1884_08_13():
    # US Treaty Series 196, 9 Bevans 694 (expatintelligence-us-ts-196-lux-usa, a copy): signed at Berlin 1883-10-29,
    # ratifications exchanged 1884-07-14, 'Entered into force August 13, 1884'.
    row = _in_force_from("LUX", "USA", "bilateral-lux-usa-1883-extradition", "1884-08-12", "1884-08-13",
                         "extradition")
    assert row["instrument"]["signed"] == "1883-10-29"
    assert "expatintelligence-us-ts-196-lux-usa" in row["sources"]


@pytest.mark.parametrize(("iid", "signed", "day_before", "day"), [
    # SR 0.353.917.2 footnotes 4-5: 'Übereink. vom 11. Sept. 1882 ... in Kraft seit 16. Jan. 1883'
    ("bilateral-bel-che-1882-extradition-amendment", "1882-09-11", "1883-01-15", "1883-01-16"),
    # SR 0.353.917.2 footnote 3: 'Briefwechsel vom 6. Sept. 1983/14. Aug. 1984, in Kraft seit 1. Nov. 1984'
    ("bilateral-bel-che-1984-extradition-letters", "1984-08-14", "1984-10-31", "1984-11-01"),
])
def test_amendments_of_the_swiss_belgian_extradition_treaty_from_the_fedlex_footnotes(iid, signed, day_before, day):
    row = _in_force_from("BEL", "CHE", iid, day_before, day, "extradition")
    assert row["instrument"]["signed"] == signed
    assert "ch-sr-0-353-917-2-footnotes-legalize" in row["sources"]


@pytest.mark.parametrize(("a", "b", "iid", "signed", "purpose", "source"), [
    # Loi du 1er juin 1876: 'le traité d'extradition conclu à Berlin, le 9 mars 1876' with the German Empire
    ("DEU", "LUX", "bilateral-deu-lux-1876-extradition", "1876-03-09", "extradition", "lu-loi-1876-06-01-n1-deu-lux"),
    # Loi du 9 mars 1876: 'la convention conclue à Paris le 10 février 1876' with Switzerland
    ("CHE", "LUX", "bilateral-che-lux-1876-extradition", "1876-02-10", "extradition", "lu-loi-1876-03-09-n1-che-lux"),
    # Loi du 20 décembre 1935: convention with Poland 'conclue le 22 janvier 1934, à Luxembourg'
    ("LUX", "POL", "bilateral-lux-pol-1934-extradition-mla", "1934-01-22", "mla", "lu-loi-1935-12-20-n1-lux-pol"),
    # Loi du 27 mai 1938: convention with Finland 'conclue le 23 janvier 1937 à Luxembourg'
    ("FIN", "LUX", "bilateral-fin-lux-1937-extradition-mla", "1937-01-23", "extradition",
     "lu-loi-1938-05-27-n4-fin-lux"),
])
def test_luxembourg_treaties_approved_by_law_are_signed_but_undated_in_force(a, b, iid, signed, purpose, source):
    # The Luxembourg approval laws (Legilux, legalize-lu mirror) give the signature, not the entry into force.
    from .scenario import agreement_signed_uncertain
    agreement_signed_uncertain(a, b, iid, signed, purpose, {source})


def test_austria_liechtenstein_prisoners_treaty_in_force_1983_09_01():
    # LGBl. 1983 Nr. 39 (li-lgbl-1983-39-aut-lie-prisoners): 'Abgeschlossen in Vaduz am 4. Juni 1982';
    # 'Inkrafttreten: 1. September 1983'.
    row = _in_force_from("AUT", "LIE", "bilateral-aut-lie-1982-prisoners", "1983-08-31", "1983-09-01", "all")
    assert row["instrument"]["signed"] == "1982-06-04"
    assert "li-lgbl-1983-39-aut-lie-prisoners" in row["sources"]


@pytest.mark.parametrize(("a", "b", "iid", "day_before", "day", "purpose", "source"), [
    # LGBl. 2003 Nr. 209: notes of 27 October 2003, 'Inkrafttreten: 27. Oktober 2003'
    ("CHE", "LIE", "bilateral-che-lie-2003-telecom-surveillance-notes", "2003-10-26", "2003-10-27", "mla",
     "li-lgbl-2003-209-che-lie-telecom-notes"),
    # LGBl. 2025 Nr. 237: 'Abgeschlossen in Wien am 12. März 2025'; 'Inkrafttreten: 12. März 2025'
    ("AUT", "LIE", "bilateral-aut-lie-2025-prisoners-declaration", "2025-03-11", "2025-03-12", "all",
     "li-lgbl-2025-237-aut-lie-prisoners-declaration"),
])
def test_liechtenstein_instruments_in_force_on_the_day_concluded(a, b, iid, day_before, day, purpose, source):
    _in_force_on_conclusion(a, b, iid, day_before, day, purpose, source)


@pytest.mark.parametrize(("a", "b", "iid", "signed", "purpose", "source"), [
    # BWBV0006119 closing clause: 'Gedaan te Mexico den zestienden dag der maand December ... negentien honderd zeven'
    ("MEX", "NLD", "bilateral-mex-nld-1907-extradition", "1907-12-16", "extradition", "gh-laws-markdown-bwbv0006119"),
    # BWBV0006113: both notes 'BERLIN, le 4 juin 1915'
    ("DEU", "NLD", "bilateral-deu-nld-1915-letters-rogatory-notes", "1915-06-04", "mla", "gh-laws-markdown-bwbv0006113"),
])
def test_dutch_treaty_database_instruments_signed_but_undated_in_force(a, b, iid, signed, purpose, source):
    from .scenario import agreement_signed_uncertain
    agreement_signed_uncertain(a, b, iid, signed, purpose, {source})


def test_canada_greece_extradition_treaty_of_1999_in_force_2016_03_01():
    # Canada Treaty Series 2016/2 (ca-cts-2016-2-can-grc-extradition): 'Done at Ottawa on 3 November 1999 /
    # In Force: 1 March 2016'.
    row = _in_force_from("CAN", "GRC", "bilateral-can-grc-1999-extradition", "2016-02-29", "2016-03-01",
                         "extradition")
    assert row["instrument"]["signed"] == "1999-11-03"
    assert "ca-cts-2016-2-can-grc-extradition" in row["sources"]
