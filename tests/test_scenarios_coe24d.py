"""Round 16 (coe24d): declarations and reservations under the European Convention on Extradition (ETS 24) that a
practitioner needs (nationals, political offences, time limits and channels, languages, art. 28(3)), quoted and
dated, for Armenia, Azerbaijan, Belgium, Bulgaria, Chile, Cyprus, Georgia, Lithuania, Malta, Moldova, Romania and the
Russian Federation, on the shipped data.

The expected answers come from the Council of Europe Treaty Office's per-State lists of reservations and
declarations (stored copies of 2017-2019: coe-024-decl-arm, coe-024-res-arm, coe-024-decl-bel, coe-024-res-bel,
coe-024-decl-bgr-fr, coe-024-res-geo, coe-024-decl-ltu with coe-024-decl-ltu-fr, coe-024-decl-mlt-eaw,
coe-024-decl-mda, coe-024-res-mda, coe-024-decl-rou-fr, coe-024-res-rou, coe-024-decl-rus), the United Kingdom's
recitals of Azerbaijan's and Cyprus's declarations (uk-si-2003-408-aze, uk-si-2001-962-cyp) and Austria's notice of
Chile's accession (at-bgbl-2025-iii-73-ets024-res). Each test asks on both sides of the day the fact sets.
"""

from __future__ import annotations

import pytest

from octreaty.load import load

from .scenario import day_before as _day_before
from .scenario import link_rows as _link_rows


def _quotes(a: str, b: str, day: str) -> list[str]:
    """The declarations `link A B` quotes on the ETS 24 row for the pair on the day, whatever its section."""
    row = _link_rows(a, b, day, "extradition")["ets-024"]
    return row.get("qualifications") or []


def _quoted(a: str, b: str, day: str, *words: str) -> bool:
    """Whether `link A B` quotes, on its ETS 24 row, a declaration holding all ``words``."""
    return any(all(w in q for w in words) for q in _quotes(a, b, day))


def _section(a: str, b: str, day: str) -> str:
    return _link_rows(a, b, day, "extradition")["ets-024"]["section"]


# --- declarations dated from the declarant's entry into force: before it the row is one-sided ------------------


@pytest.mark.parametrize("country, day, label, words", [
    # coe-024-decl-arm: "Declaration contained in the instrument of ratification deposited on 25 January 2002",
    # "In Kraft: 25/04/2002 -": "the Republic of Armenia declares that it will not extradite its nationals"
    ("ARM", "2002-04-25", "Armenia (declaration on extraditing its nationals, art. 6(1)(a), (c), 2002-04-25)",
     ("will not extradite its nationals", "at the time of the decision concerning extradition")),
    # coe-024-decl-arm, art. 3: "will grant extradition if the offence mentioned in the request is considered as
    # such under its ordinary criminal law"
    ("ARM", "2002-04-25", "Armenia (other, art. 3, 2002-04-25)", ("political offence", "ordinary criminal law")),
    # coe-024-decl-arm, art. 16: provisional arrest "will be terminated in any case, if, within a period of one month
    # after arrest, the requested Party has not received the request for extradition"
    ("ARM", "2002-04-25", "Armenia (other, art. 16(4), 2002-04-25)", ("within a period of one month after arrest",)),
    # coe-024-res-arm, art. 2: "convicted for a period of at least six months"
    ("ARM", "2002-04-25", "Armenia (reservation, art. 2(1), 2002-04-25)", ("at least six months",)),
    # coe-024-decl-ltu-fr / coe-024-decl-ltu: "Période couverte: 18/09/1995 -"; "All requests for extradition of
    # Lithuanian nationals shall be refused."
    ("LTU", "1995-09-18", "Lithuania (declaration on extraditing its nationals, art. 6, 1995-09-18)",
     ("All requests for extradition of Lithuanian nationals shall be refused.",)),
    # art. 12: "Written requests for extradition can be exchanged between the Ministry of Justice or the Prosecutor
    # General's Office [...] The use of diplomatic channels is not excluded."
    ("LTU", "1995-09-18", "Lithuania (other, art. 12, 1995-09-18)", ("The use of diplomatic channels is not excluded.",)),
    # art. 23: "proper translations in Lithuanian, English, French, Russian or German"
    ("LTU", "1995-09-18", "Lithuania (other, art. 23, 1995-09-18)", ("Lithuanian, English, French, Russian or German",)),
    # coe-024-decl-mda: "In Kraft: 31/12/1997 -": "the citizens of the Republic of Moldova may not be extradited or
    # expelled from the country"; art. 23: "must be in Moldovan or in one of the official languages of the Council of
    # Europe"
    ("MDA", "1997-12-31", "Republic of Moldova (declaration on extraditing its nationals, art. 6, 1997-12-31)",
     ("may not be extradited or expelled from the country",)),
    ("MDA", "1997-12-31", "Republic of Moldova (other, art. 23, 1997-12-31)", ("must be in Moldovan",)),
    # coe-024-res-mda, art. 3: "to determine whether the taking or attempted taking of the life of a Head of State
    # [...] shall or shall not constitute a political offence"
    ("MDA", "1997-12-31", "Republic of Moldova (reservation, art. 3, 1997-12-31)", ("life of a Head of State",)),
    # coe-024-res-geo: "In Kraft: 13/09/2001 -": "Georgia declares that it will not grant the extradition of any
    # person in respect of offences punishable by death"
    ("GEO", "2001-09-13", "Georgia (reservation, art. 1, 2001-09-13)", ("offences punishable by death",)),
    # coe-024-res-bel: "Periodo di efficacia: 27/11/1997 -": "The obligation to release after the expiry of 30 days
    # provided for by Article 18, paragraph 4, will not be applicable"
    ("BEL", "1997-11-27", "Belgium (reservation, art. 18(4), 1997-11-27)", ("after the expiry of 30 days",)),
    # coe-024-decl-rus: "Период результата: 09/03/2000 -": "their authenticated translation into the Russian
    # language is required"
    ("RUS", "2000-03-09", "Russian Federation (other, art. 23, 2000-03-09)",
     ("authenticated translation into the Russian language is required",)),
    ("RUS", "2000-03-09", "Russian Federation (other, art. 3, 2000-03-09)", ("inevitable responsibility",)),
])
def test_declarations_apply_from_the_declarants_entry_into_force(country, day, label, words):
    # Norway has been bound since 1960: before the declarant's entry into force the pair shares nothing
    assert _section(country, "NOR", _day_before(day)) == "one-sided"
    assert _section(country, "NOR", day) == "shared"
    assert _quoted(country, "NOR", day, label, *words)


# --- Romania: the 1997 texts ended on 2006-07-17 (art. 6, art. 21) and 2006-10-06 (art. 2(1)) ------------------


def test_romania_replaced_its_nationals_declaration_on_2006_07_17():
    # coe-024-decl-rou-fr: "La Roumanie n'accordera pas l'extradition de ses citoyens et des personnes auxquelles a été
    # accordé le droit d'asile", "Période couverte: 09/12/1997 - 17/07/2006"; amended by a Note verbale "enregistrée au
    # Secrétariat Général le 17 juillet 2006": "Les citoyens roumains ne seront pas extradés. Par dérogation [...]"
    old = ("Romania (declaration on extraditing its nationals, art. 6, 1997-12-09)", "droit d'asile")
    new = ("Romania (declaration on extraditing its nationals, art. 6(1), 2006-07-17)", "Par dérogation")
    transit = ("Romania (other, art. 21, 1997-12-09)", "Des demandes de transit")
    assert _quoted("ROU", "NOR", "2006-07-16", *old)
    assert _quoted("ROU", "NOR", "2006-07-16", *transit)
    assert not _quoted("ROU", "NOR", "2006-07-16", *new)
    assert not _quoted("ROU", "NOR", "2006-07-17", *old)
    assert not _quoted("ROU", "NOR", "2006-07-17", *transit)
    assert _quoted("ROU", "NOR", "2006-07-17", *new)


def test_romania_withdrew_its_article_2_reservation_on_2006_10_06():
    # coe-024-res-rou: "withdrawn by a Note Verbale [...] registered at the Secretariat General on 6 October 2006",
    # "Periodo di efficacia: 09/12/1997 - 06/10/2006": "a deprivation of liberty exceeding two years"
    words = ("Romania (reservation, art. 2(1), 1997-12-09)", "exceeding two years")
    assert _section("ROU", "NOR", "1997-12-08") == "one-sided"
    assert _quoted("ROU", "NOR", "1997-12-09", *words)
    assert _quoted("ROU", "NOR", "2006-10-05", *words)
    assert not _quoted("ROU", "NOR", "2006-10-06", *words)


# --- Bulgaria: the text as amended in 2006 ---------------------------------------------------------------------


def test_bulgarias_amended_nationals_declaration_from_2006_11_13():
    # coe-024-decl-bgr-fr: amended "par une Note Verbale [...] en date du 10 novembre 2006, enregistrée au Secrétariat
    # Général le 13 novembre 2006": "La République de Bulgarie déclare qu'elle refusera d'extrader ses ressortissants.
    # [...] toute personne ayant la nationalité bulgare au moment de la réception de la demande d'extradition"
    words = ("Bulgaria (declaration on extraditing its nationals, art. 6(1), 2006-11-13)",
             "refusera d'extrader ses ressortissants", "au moment de la réception de la demande")
    assert _section("BGR", "NOR", "2006-11-12") == "shared"
    assert not _quoted("BGR", "NOR", "2006-11-12", *words)
    assert _quoted("BGR", "NOR", "2006-11-13", *words)


# --- Chile: reservations of its accession of 2025-03-03, in force 2025-06-01 ----------------------------------


def test_chiles_reservations_on_articles_2_and_12():
    # at-bgbl-2025-iii-73-ets024-res: "Anlässlich der Hinterlegung seiner Beitrittsurkunde hat Chile nachstehende
    # Vorbehalte erklärt": art. 2 "mit einer Freiheitsstrafe von mindestens einem Jahr bedroht"; art. 12 "eine Kopie
    # der Ermittlungsergebnisse und Beweismittel zu verlangen"
    assert _section("CHL", "NOR", "2025-05-31") == "one-sided"
    assert _quoted("CHL", "NOR", "2025-06-01", "Chile (reservation, art. 2, 2025-03-03)", "mindestens einem Jahr")
    assert _quoted("CHL", "NOR", "2025-06-01", "Chile (reservation, art. 12, 2025-03-03)",
                   "Ermittlungsergebnisse und Beweismittel")


# --- Malta: art. 28(3), towards the EU member States only -------------------------------------------------------


def test_maltas_article_28_3_notice_only_towards_eu_member_states_from_2005_11_09():
    # coe-024-decl-mlt-eaw: Malta "shall apply the Framework Decision [...] in relations between the Member States of
    # the European Union", "Period covered: 09/11/2005 -"
    words = ("Malta (other, art. 28(3), 2005-11-09)", "European arrest warrant")
    assert not _quoted("MLT", "ITA", "2005-11-08", *words)
    assert _quoted("MLT", "ITA", "2005-11-09", *words)
    # Switzerland is not an EU member State: the notice is not quoted for it
    assert _section("MLT", "CHE", "2005-11-09") == "shared"
    assert not _quoted("MLT", "CHE", "2005-11-09", *words)


# --- Belgium: its view of Portugal's reservation, towards Portugal only ----------------------------------------


def test_belgiums_declaration_on_portugals_reservation_only_towards_portugal():
    # coe-024-decl-bel: "The Belgian Government considers that the reservation made by Portugal regarding Article 1,
    # item c, is not compatible with the object of the Convention", "Periodo di efficacia: 27/11/1997 -"
    words = ("Belgium (other, art. 1, 1997-11-27)", "reservation made by Portugal")
    assert _section("BEL", "PRT", "1997-11-26") == "one-sided"
    assert _quoted("BEL", "PRT", "1997-11-27", *words)
    assert not _quoted("BEL", "ITA", "1997-11-27", *words)
    assert _quoted("BEL", "ITA", "1997-11-27", "Belgium (other, art. 14, 1997-11-27)", "rule of speciality")


# --- Azerbaijan and Cyprus: undated, from the United Kingdom's recitals --------------------------------------


@pytest.mark.parametrize("country, day, recited, label, words", [
    # uk-si-2003-408-aze: "in no circumstances a citizen of the Republic of Azerbaijan shall be extradited to another
    # State"; Azerbaijan bound from 2002-09-26
    ("AZE", "2002-09-26", "2003-12-31", "Azerbaijan (declaration on extraditing its nationals, art. 6)",
     ("in no circumstances a citizen of the Republic of Azerbaijan shall be extradited",)),
    # uk-si-2001-962-cyp: "no extradition of citizens of the Republic can be made"; "nationals" includes "persons
    # who [...] would be entitled to become citizens of the Republic"; Cyprus bound from 1971-04-22. Both now dated
    # 1971-04-22 by the Treaty Office's list (coe-024-decl-cyp-fr: "Déclaration faite lors de la signature, le 18
    # septembre 1970 [...] Période couverte: 22/04/1971 -"); the art. 6 text of 1970 applies until its amendment of
    # 2001-05-25, so it is still the one quoted on the day the United Kingdom recited it
    ("CYP", "1971-04-22", "2001-03-14", "Cyprus (declaration on extraditing its nationals, art. 1, 1971-04-22)",
     ("no extradition of citizens of the Republic can be made",)),
    ("CYP", "1971-04-22", "2001-03-14", "Cyprus (other, art. 6, 1971-04-22)",
     ("would be entitled to become citizens of the Republic",)),
])
def test_undated_declarations_quoted_while_the_declarant_is_bound(country, day, recited, label, words):
    # undated: quoted from the declarant's entry into force, and on the day the United Kingdom recited them
    assert _section(country, "NOR", _day_before(day)) == "one-sided"
    assert _quoted(country, "NOR", day, label, *words)
    assert _quoted(country, "NOR", recited, label, *words)


# --- the library: declaration types and dates as the data holds them -----------------------------------------


def test_library_holds_the_nationals_declarations_typed_and_dated():
    data = load()
    parties = {p.party: p for p in data.instruments["ets-024"].parties}
    expected = {
        "ARM": "2002-04-25", "LTU": "1995-09-18", "MDA": "1997-12-31", "BGR": "2006-11-13",
    }
    for country, day in expected.items():
        [d] = [d for d in parties[country].declarations if d.type == "no-extradition-of-nationals"]
        assert str(d.date) == day, country
        assert d.withdrawn is None, country
    rou = [d for d in parties["ROU"].declarations if d.type == "no-extradition-of-nationals"]
    assert [(str(d.date), str(d.withdrawn) if d.withdrawn else None) for d in rou] == [
        ("1997-12-09", "2006-07-17"), ("2006-07-17", None)]
    [mlt] = parties["MLT"].declarations
    assert mlt.conditions.other_member_of == "eu" and str(mlt.date) == "2005-11-09"
