"""Round 9 of the organisations' tables (INTERPOL, Europol, SELEC, PCC SEE): each test names the source of its
expected answer, with days on both sides of the boundary the fact sets."""

from __future__ import annotations

from .scenario import party


# Sources: org-teraz-2023-svk-interpol (TASR, Bratislava, 2023-10-03, the Police Force Presidium's spokesperson:
# "V utorok 3. októbra uplynie 30 rokov od prijatia Slovenska do medzinárodnej organizácie Interpol"),
# org-minv-sk-2011-interpol (the Slovak Interior Ministry: admitted as the 170th member at the 62nd General
# Assembly session in Aruba in 1993). The row held only the Correlates of War year, 1993.
def test_slovakia_interpol_member_from_1993_10_03():
    assert party("interpol", "SVK", "1993-10-02") is None
    row = party("interpol", "SVK", "1993-10-03")
    assert row is not None
    assert (row["state"], row["role"], row["consent"]) == ("bound", "member", "1993-10-03")
    assert "org-teraz-2023-svk-interpol" in row["sources"]


# Sources: org-sputnik-2017-are-interpol ("The United Arab Emirates has been a member of Interpol since October
# 1973"), org-extraditionlawyers-are-interpol (the same month, a weak source beside it); the Correlates of War
# year 1973 agrees. No day is given, so the row is a member by the end of October 1973, not before October.
def test_uae_interpol_member_from_october_1973():
    assert party("interpol", "ARE", "1973-09-30") is None
    row = party("interpol", "ARE", "1973-11-01")
    assert row is not None
    assert (row["state"], row["consent"]) == ("bound", "1973-10")
    assert "org-sputnik-2017-are-interpol" in row["sources"]


# Sources: org-bjorn-is-2012-schengen ("Samstafssamningur Íslands og EUROPOL var undirritaður 28. júní 2001"),
# org-logreglan-is-erlent (the Icelandic Police: an operational third party of Europol from 2001). The entry into
# force is not given, so the partnership stays dated to the year; the row now carries the signature.
def test_iceland_europol_agreement_signed_2001_06_28_partner_by_end_2001():
    row = party("europol", "ISL", "2001-12-31")
    assert row is not None
    assert (row["state"], row["role"], row["signature"], row["consent"]) == (
        "partner", "operational-partner", "2001-06-28", "2001")
    assert "org-bjorn-is-2012-schengen" in row["sources"]


# Source: org-logreglan-is-erlent ("Ísland gerðist aðili að INTERPOL þann 6. september 1971"), a second source
# beside INTERPOL's own page for Iceland's day.
def test_iceland_interpol_member_from_1971_09_06_per_its_police():
    assert party("interpol", "ISL", "1971-09-05") is None
    row = party("interpol", "ISL", "1971-09-06")
    assert row is not None and row["consent"] == "1971-09-06"
    assert "org-logreglan-is-erlent" in row["sources"]


# Source: org-interpol-member-hti (INTERPOL's own page, earlier layout: "INTERPOL Port au Prince • Member since :
# 17 June 1957"), where the row held only the Correlates of War year 1957.
def test_haiti_interpol_member_from_1957_06_17():
    assert party("interpol", "HTI", "1957-06-16") is None
    row = party("interpol", "HTI", "1957-06-17")
    assert row is not None
    assert (row["state"], row["consent"]) == ("bound", "1957-06-17")
    assert "org-interpol-member-hti" in row["sources"]
