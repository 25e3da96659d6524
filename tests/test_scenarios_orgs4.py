"""Scenarios for round 4 of issue 12 on the organisations and EU-law tables: INTERPOL admissions dated to the
day (or month) by INTERPOL's own member country pages ("Member since") and by INTERPOL's table of members (a
copy on pdfcoke.com), where the rows had only the Correlates of War year; Japan's INTERPOL month replacing the
Correlates of War year, kept as a conflict; Suriname's pre-independence 1949 not carried; and Portugal's
European Investigation Order law in force on the day after its publication, as its own art. 50 says. Each test
names the source of the answer it expects (keys of data/organisations.yaml and data/eu.yaml, where each carries
its URL and date) and checks both sides of the boundary the fact sets."""

from __future__ import annotations

from .scenario import csv_rows, party, ratified

# (iso3, the day before, the day INTERPOL's own page gives) -- each from org-interpol-member-<iso3>, whose note
# quotes the page: e.g. Nepal "Member since: 27 September 1967", Nigeria "Member since : 10 October 1960",
# Kuwait "Member since : 16 juin 1965", Mexico "Fecha de adhesión: 9 de septiembre de 1955".
INTERPOL_PAGE_DAYS = (
    ("CAN", "1949-10-14", "1949-10-15"),
    ("CRI", "1954-10-13", "1954-10-14"),
    ("MEX", "1955-09-08", "1955-09-09"),
    ("MAR", "1957-06-16", "1957-06-17"),
    ("GHA", "1958-09-14", "1958-09-15"),
    ("PAN", "1958-09-14", "1958-09-15"),
    ("NGA", "1960-10-09", "1960-10-10"),
    ("BEN", "1962-09-18", "1962-09-19"),
    ("SLE", "1962-09-18", "1962-09-19"),
    ("ECU", "1962-09-18", "1962-09-19"),
    ("BOL", "1963-08-20", "1963-08-21"),
    ("TTO", "1964-09-29", "1964-09-30"),
    ("KWT", "1965-06-15", "1965-06-16"),
    ("MWI", "1966-08-30", "1966-08-31"),
    ("UGA", "1966-08-30", "1966-08-31"),
    ("ZMB", "1966-08-30", "1966-08-31"),
    ("IRQ", "1967-09-26", "1967-09-27"),
    ("NPL", "1967-09-26", "1967-09-27"),
    ("SGP", "1968-09-30", "1968-10-01"),
    ("MUS", "1969-10-12", "1969-10-13"),
    ("FJI", "1971-09-05", "1971-09-06"),
    ("LSO", "1971-09-05", "1971-09-06"),
    ("ISL", "1971-09-05", "1971-09-06"),
    ("OMN", "1972-09-18", "1972-09-19"),
    ("BHS", "1973-10-01", "1973-10-02"),
    ("QAT", "1974-09-18", "1974-09-19"),
    ("HND", "1974-09-18", "1974-09-19"),
    ("RWA", "1974-09-18", "1974-09-19"),
    ("SWZ", "1975-10-08", "1975-10-09"),
    ("PNG", "1976-10-13", "1976-10-14"),
    ("PRY", "1977-08-31", "1977-09-01"),
    ("SYC", "1977-08-31", "1977-09-01"),
    ("BWA", "1980-11-12", "1980-11-13"),
    ("ZWE", "1980-11-12", "1980-11-13"),
    ("BRB", "1981-11-02", "1981-11-03"),
    ("LCA", "1983-10-17", "1983-10-18"),
    ("BRN", "1984-09-03", "1984-09-04"),
    ("GMB", "1986-10-05", "1986-10-06"),
    ("BLZ", "1987-11-22", "1987-11-23"),
    ("KNA", "1987-11-22", "1987-11-23"),
    ("MOZ", "1989-11-26", "1989-11-27"),
    ("CPV", "1989-11-26", "1989-11-27"),
    ("NAM", "1992-11-03", "1992-11-04"),
    ("BTN", "2005-09-18", "2005-09-19"),
    ("MNE", "2006-09-18", "2006-09-19"),
    ("WSM", "2009-10-12", "2009-10-13"),
)


# Sources: org-interpol-member-<iso3> for each row of INTERPOL_PAGE_DAYS (the page's "Member since" day).
def test_interpol_members_from_the_day_their_interpol_page_gives():
    for iso, before, day in INTERPOL_PAGE_DAYS:
        assert party("interpol", iso, before) is None, iso
        row = party("interpol", iso, day)
        assert row is not None, iso
        assert (row["state"], row["role"], row["consent"]) == ("bound", "member", day), iso
        assert f"org-interpol-member-{iso.lower()}" in row["sources"].split(), iso


# Source: org-pdfcoke-interpol-members (INTERPOL's table of members, a copy on pdfcoke.com): "Algeria ... 21 August
# 1963 32nd General Assembly session Helsinki", "Armenia 4 November 1992 61st General Assembly session Dakar",
# "Bangladesh 14 October 1976 45th General Assembly session Accra", and Angola, Antigua and Barbuda, Bahrain.
def test_interpol_members_from_the_day_of_interpols_table_of_members():
    for iso, before, day in (("DZA", "1963-08-20", "1963-08-21"), ("BHR", "1972-09-18", "1972-09-19"),
                             ("BGD", "1976-10-13", "1976-10-14"), ("AGO", "1982-10-04", "1982-10-05"),
                             ("ATG", "1986-10-05", "1986-10-06"), ("ARM", "1992-11-03", "1992-11-04")):
        assert party("interpol", iso, before) is None, iso
        row = party("interpol", iso, day)
        assert row is not None and (row["state"], row["consent"]) == ("bound", day), iso
        assert "org-pdfcoke-interpol-members" in row["sources"].split(), iso


# Sources: org-interpol-member-fra ("Fecha de adhesión: 7 de septiembre de 1923"), org-interpol-member-aut
# ("Member since: 7 September 1923"); org-interpol-member-sdn, -lbr, -sau ("13 June 1956", the day INTERPOL's
# Constitution was adopted, org-interpol-afiliacion): the day the page gives where the data's year was the same.
def test_interpol_founding_days_where_the_year_agrees():
    for iso, before, day in (("FRA", "1923-09-06", "1923-09-07"), ("AUT", "1923-09-06", "1923-09-07"),
                             ("SDN", "1956-06-12", "1956-06-13"), ("LBR", "1956-06-12", "1956-06-13"),
                             ("SAU", "1956-06-12", "1956-06-13")):
        assert party("interpol", iso, before) is None, iso
        row = party("interpol", iso, day)
        assert row is not None and row["consent"] == day, iso


# Sources: org-interpol-member-bra ("Member since : 6 de Octubre de 1986"), org-interpol-member-zaf ("Fecha de
# adhesión: 29 de septiembre de 1993"): the present period after the Correlates of War gap is dated to the day,
# the earlier period stays at its year.
def test_brazil_and_south_africa_readmitted_to_interpol_on_the_day():
    for iso, first, before, day in (("BRA", "1953", "1986-10-05", "1986-10-06"),
                                    ("ZAF", "1948", "1993-09-28", "1993-09-29")):
        assert party("interpol", iso, before) is None, iso
        row = party("interpol", iso, day)
        assert row is not None and (row["state"], row["consent"]) == ("bound", day), iso
        assert f"org-interpol-member-{iso.lower()}" in row["sources"].split(), iso
        earlier = party("interpol", iso, f"{first}-12-31")
        assert earlier is not None and earlier["consent"] == first, iso


# Sources: org-interpol-member-arg ("Member since : June 1947"), org-interpol-member-aus ("September 1948"),
# org-pdfcoke-interpol-members (the same months): the month, no day.
def test_argentina_and_australia_interpol_members_to_the_month():
    assert party("interpol", "ARG", "1947-05-31") is None
    assert party("interpol", "ARG", "1947-07-01")["consent"] == "1947-06"
    assert party("interpol", "AUS", "1948-08-31") is None
    assert party("interpol", "AUS", "1948-10-01")["consent"] == "1948-09"


# Source: org-interpol-member-jor ("INTERPOL Amman • Member since : June 1956"): the month, no day.
def test_jordan_interpol_member_to_the_month():
    assert party("interpol", "JOR", "1956-05-31") is None
    row = party("interpol", "JOR", "1956-07-01")
    assert row is not None and row["consent"] == "1956-06"
    assert "org-interpol-member-jor" in row["sources"].split()


# Source: org-interpol-member-jpn ("INTERPOL Tokyo • Member since : August 1952"): Japan is a member in 1952,
# before the Correlates of War year 1953, which the row keeps as a conflict (`check` names it).
def test_japan_interpol_member_from_august_1952_with_cows_1953_as_conflict():
    assert party("interpol", "JPN", "1952-07-31") is None
    row = party("interpol", "JPN", "1952-12-31")
    assert row is not None and (row["state"], row["consent"]) == ("bound", "1952-08")
    assert "org-interpol-member-jpn" in row["sources"].split()
    problems = [r["problem"] for r in csv_rows("check") if r["key"].startswith("interpol.parties")]
    assert any(p.startswith("conflict: JPN date 1952-08") and "1953 per cow-igo-v3" in p for p in problems)
    assert any(p.startswith("conflict: AND date 1987-11-23") and "1993 per cow-igo-v3" in p for p in problems)
    assert any(p.startswith("conflict: LIE date 1960-10-10") and "1990 per cow-igo-v3" in p for p in problems)


# Sources: org-tongapolice-2019-interpol ("Tonga first became a member of Interpol in September 1979"),
# org-interpol-2013-ton (Tonga's "continued membership" in 2013): a member in 1990, before the Correlates of War
# year 1999, which the row keeps as a conflict.
def test_tonga_interpol_member_from_september_1979_not_1999():
    assert party("interpol", "TON", "1979-08-31") is None
    row = party("interpol", "TON", "1990-01-01")
    assert row is not None and (row["state"], row["consent"]) == ("bound", "1979-09")
    problems = [r["problem"] for r in csv_rows("check") if r["key"].startswith("interpol.parties")]
    assert any(p.startswith("conflict: TON date 1979-09") and "1999 per cow-igo-v3" in p for p in problems)


# Source: org-interpol-member-mhl ("INTERPOL Majuro • Member since : 27 September 1990"): a member in 1990, before
# the Correlates of War year 1991, which the row keeps as a conflict.
def test_marshall_islands_interpol_member_from_1990_09_27_not_1991():
    assert party("interpol", "MHL", "1990-09-26") is None
    row = party("interpol", "MHL", "1990-09-27")
    assert row is not None and (row["state"], row["consent"]) == ("bound", "1990-09-27")
    assert "org-interpol-member-mhl" in row["sources"].split()


# Source: org-interpol-member-sur ("Membre depuis: 15 octobre 1949"): before Suriname's independence, not carried;
# the row keeps the Correlates of War year 1975 (cow-igo-v3).
def test_suriname_not_an_interpol_member_before_1975():
    assert party("interpol", "SUR", "1970-01-01") is None
    row = party("interpol", "SUR", "1976-01-01")
    assert row is not None and row["consent"] == "1975"


# Source: org-interpol-member-smr: the English page's "19 September 2006" is the first day of the session its
# Spanish page gives whole ("19-22 de septiembre de 2006"), so San Marino stays at the month.
def test_san_marino_interpol_member_to_the_month_only():
    row = party("interpol", "SMR", "2006-10-01")
    assert row is not None and row["consent"] == "2006-09"


# --- European Investigation Order: Portugal --------------------------------------------------------------

# Sources: pgdlisboa-lei-88-2017 (Lei n.º 88/2017, de 21 de agosto), pgdlisboa-lei-88-2017-art50 ("A presente lei
# entra em vigor no dia seguinte ao da sua publicação"; published on 21 August 2017): in force on 2017-08-22.
def test_portugal_eio_in_force_the_day_after_its_law_was_published():
    on_the_day = ratified("PRT", "eio", "2017-08-21")
    assert on_the_day is not None and on_the_day["state"] == "consent-pending"
    row = ratified("PRT", "eio", "2017-08-22")
    assert row is not None
    assert (row["state"], row["consent"], row["in_force"]) == ("bound", "2017-08-21", "2017-08-22")
    assert "pgdlisboa-lei-88-2017-art50" in row["sources"].split()
    assert ratified("PRT", "eio", "2017-08-20") is None
