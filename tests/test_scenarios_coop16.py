"""Round 16 (coop16): cooperation declarations under the European Convention on Extradition (ETS 24), the Second
Additional Protocol to the European Convention on Mutual Assistance (ETS 182) and its 1978 Additional Protocol
(ETS 99), quoted and dated, on the shipped data.

The expected answers come from Austria's federal law gazette: BGBl. III Nr. 22/2018 (at-bgbl-2018-iii-22-ets182), which
promulgates ETS 182 for Austria with the declarations it made on its deposit of 2017-11-10, and BGBl. III Nr. 18/2004
(at-bgbl-2004-iii-18-ets099), the scope notice that relays Georgia's deposit of 2003-05-22 and the declaration made with
it; from the Council of Europe Treaty Office's lists for Sweden, Finland, Denmark, Italy, Ireland, Luxembourg, Andorra,
South Africa and Türkiye on ETS 24 (coe-024-decl-swe, coe-024-decl-fin, coe-024-res-dnk, coe-024-decl-ita, coe-024-decl-irl,
coe-024-decl-irl-fr, coe-024-decl-lux, coe-024-decl-lux-fr, coe-024-decl-and, coe-024-res-and, coe-024-decl-zaf,
coe-024-decl-zaf-decl, coe-024-res-tur); and from a copy of its list of declarations on ETS 182 (zaki-ets182-decl). Each test asks on
both sides of the day the fact sets.
"""

from __future__ import annotations

from .scenario import day_before as _day_before
from .scenario import link_rows as _link_rows
from .scenario import party as _party
from .scenario import qualifications as _qualifications


def _quoted(a: str, b: str, day: str, iid: str, purpose: str, *words: str) -> bool:
    """Whether `link A B` quotes, on the shared basis ``iid``, a declaration holding all ``words``."""
    return any(all(w in q for w in words) for q in _qualifications(a, b, day, iid, purpose))


# --- ETS 182: Austria's declarations made on its deposit ------------------------------------------------------------


def test_ets182_austria_bound_from_2018_03_01_by_its_deposit_of_2017_11_10():
    # at-bgbl-2018-iii-22-ets182: "Die ... Ratifikationsurkunde wurde am 10. November 2017 beim Generalsekretär des
    # Europarats hinterlegt; das Zweite Zusatzprotokoll tritt gemäß seinem Art. 30 Abs. 3 für Österreich mit
    # 1. März 2018 in Kraft"
    row = _party("ets-182", "AUT", "2018-03-01")
    assert (row["state"], row["consent"], row["in_force"]) == ("bound", "2017-11-10", "2018-03-01")
    assert "at-bgbl-2018-iii-22-ets182" in row["sources"].split()
    assert _party("ets-182", "AUT", _day_before("2018-03-01"))["state"] != "bound"


def test_ets182_austrias_judicial_authorities_under_art6_from_its_entry_into_force():
    # at-bgbl-2018-iii-22-ets182: "Anlässlich der Hinterlegung ihrer Ratifikationsurkunde hat die Republik Österreich
    # nachstehende Erklärungen abgegeben: „Zu Art. 6: Österreich erklärt gemäß Art. 6, dass es die Strafgerichte, die
    # Staatsanwaltschaften und das Bundesministerium für Justiz als österreichische Justizbehörden betrachten wird."
    # Germany is bound from 2015-06-01, so the pair shares the Protocol from Austria's entry into force.
    words = ("Austria (other, art. 6 (art. 24 ETS 30 as replaced), 2017-11-10)", "Strafgerichte",
             "Bundesministerium für Justiz als österreichische Justizbehörden")
    assert _link_rows("AUT", "DEU", _day_before("2018-03-01"), "mla")["ets-182"]["section"] == "one-sided"
    assert _link_rows("AUT", "DEU", "2018-03-01", "mla")["ets-182"]["section"] == "shared"
    assert _quoted("AUT", "DEU", "2018-03-01", "ets-182", "mla", *words)


def test_ets182_austrias_cross_border_observation_declaration_under_art17():
    # at-bgbl-2018-iii-22-ets182: "Zu Art. 17: Österreich benennt als zuständige Beamte zur Durchführung einer
    # grenzüberschreitenden Observation die Beamten des Bundesministeriums für Inneres, Generaldirektion für die
    # öffentliche Sicherheit - Direktion für Spezialeinheiten - Zentrale Observation. Zuständige österreichische Behörde
    # zur Bewilligung einer grenzüberschreitenden Observation ist gemäß § 55 Abs. 1 ARHG die Staatsanwaltschaft [...]"
    words = ("Austria (other, art. 17, 2017-11-10)", "Zentrale Observation", "§ 55 Abs. 1 ARHG")
    assert _quoted("AUT", "DEU", "2018-03-01", "ets-182", "mla", *words)
    # the other side's own declarations stay beside it: Germany's under art. 9 (in force for it since 2015-06-01)
    assert _quoted("AUT", "DEU", "2018-03-01", "ets-182", "mla", "Germany (other, art. 9(9)")


# --- ETS 99: Georgia's declaration on fiscal offences, dated by its deposit ----------------------------------------


def test_ets99_georgias_fiscal_offences_declaration_made_on_its_deposit_of_2003_05_22():
    # at-bgbl-2004-iii-18-ets099: "Georgien 22. Mai 2003" among the deposits; "Anlässlich der Hinterlegung ihrer
    # Ratifikationsurkunden haben nachstehende Staaten folgende Vorbehalte erklärt bzw. Erklärungen abgegeben: [...]
    # Georgien Erklärung In Übereinstimmung mit Artikel 8 Absatz 2 Buchstabe a des Protokolls erklärt Georgien, dass es
    # Ersuchen hinsichtlich fiskalischer strafbarer Handlungen nur unter der Voraussetzung erledigen wird, dass die
    # strafbare Handlung oder ihre Strafe der georgischen Rechtsordnung bekannt ist." In force for Georgia 90 days after
    # the deposit (art. 6(2)): 2003-08-20.
    row = _party("ets-099", "GEO", "2003-08-20")
    assert (row["state"], row["consent"], row["in_force"]) == ("bound", "2003-05-22", "2003-08-20")
    assert _link_rows("GEO", "ITA", "2003-08-19", "mla")["ets-099"]["section"] == "one-sided"
    assert _quoted("GEO", "ITA", "2003-08-20", "ets-099", "mla",
                   "Georgia (other, art. 8(2)(a), 2003-05-22)", "fiskalischer strafbarer Handlungen")


# --- ETS 24: Sweden's and Finland's declarations from the Treaty Office's lists for each State ---------------------


def test_ets24_swedens_nationals_and_transit_declarations_from_1960_04_18():
    # coe-024-decl-swe (status 18/10/2017): "Declaration contained in the instrument of ratification, deposited on
    # 22 January 1959": art. 6, "the term \"nationals\" shall denote, in addition to Swedish nationals, aliens
    # domiciled in Sweden, nationals in Denmark, Finland, Iceland and Norway, as well as aliens domiciled in these
    # States" and art. 21, "The transit requested will only be granted on the same conditions as extradition is
    # granted", each "In Kraft: 18/04/1960". Italy is bound from 1963-11-04, so the pair shares ETS 24 from then.
    assert _link_rows("SWE", "ITA", _day_before("1963-11-04"), "extradition")["ets-024"]["section"] == "one-sided"
    assert _quoted("SWE", "ITA", "1963-11-04", "ets-024", "extradition",
                   "Sweden (other, art. 6, 1960-04-18)", "aliens domiciled in Sweden")
    assert _quoted("SWE", "ITA", "1963-11-04", "ets-024", "extradition",
                   "Sweden (other, art. 21, 1960-04-18)", "same conditions as extradition is granted")


def test_ets24_swedens_european_arrest_warrant_notice_applies_from_2004_01_01():
    # coe-024-decl-swe: Note Verbale of 19 December 2003 under art. 28(3): "Sweden will, from 1 January 2004, apply
    # Council Framework Decision 2002/584/JHA [...] in relation to Member States of the European Union", "In Kraft:
    # 01/01/2004". Towards Italy, a Member State that applied the arrest warrant only from 2005, it is quoted from
    # that day; towards Türkiye, no Member State, never (conditions: other_member_of: eu).
    words = ("Sweden (other, art. 28(3), 2004-01-01)", "Framework Decision 2002/584/JHA")
    assert not _quoted("SWE", "ITA", _day_before("2004-01-01"), "ets-024", "extradition", *words)
    assert _quoted("SWE", "ITA", "2004-01-01", "ets-024", "extradition", *words)
    assert not _quoted("SWE", "TUR", "2004-01-01", "ets-024", "extradition", *words)
    assert not _quoted("SWE", "TUR", "2026-11-30", "ets-024", "extradition", *words)


def test_ets24_finlands_nationals_declaration_from_its_accession_in_force_1971_08_10():
    # coe-024-decl-fin (status 20/10/2017): "Declaration contained in a letter from the Embassy of Finland in France,
    # dated 12 May 1971, handed to the Secretary General at the time of deposit of the instrument of accession":
    # art. 6, "the term \"nationals\" shall denote nationals of Finland, Denmark, Iceland, Norway and Sweden as well as
    # aliens domiciled in these States", "Periodo di efficacia: 10/08/1971 -"
    assert _link_rows("FIN", "ITA", _day_before("1971-08-10"), "extradition")["ets-024"]["section"] == "one-sided"
    assert _quoted("FIN", "ITA", "1971-08-10", "ets-024", "extradition",
                   "Finland (other, art. 6, 1971-08-10)", "aliens domiciled in these States")


def test_ets24_finlands_nordic_declaration_displaces_the_convention_towards_denmark():
    # coe-024-decl-fin: art. 28, "The Convention shall not apply to extradition for offences between Finland,
    # Denmark, Iceland, Norway and Sweden because extradition between these States is governed by uniform
    # legislation", from 10/08/1971. Denmark has been a party since 1962 (no declaration of its own in the data).
    row = _link_rows("FIN", "DNK", "1971-08-10", "extradition")["ets-024"]
    assert row["section"] == "displaced"
    assert row["note"].startswith("Finland declared that it does not apply between them (art. 28, 1971-08-10)")
    assert _link_rows("FIN", "DNK", _day_before("1971-08-10"), "extradition")["ets-024"]["section"] == "one-sided"
    # towards a non-Nordic party the Convention stays shared
    assert _link_rows("FIN", "ITA", "1971-08-10", "extradition")["ets-024"]["section"] == "shared"


def test_ets24_denmarks_reservations_under_art1_from_1962_12_12():
    # coe-024-res-dnk (situation au 19/10/2017): "Réserve consignée dans une lettre du Ministère des Affaires
    # étrangères du Danemark, en date du 30 août 1962, remise au Secrétaire Général lors du dépôt de l'instrument de
    # ratification, le 13 septembre 1962", "Période couverte: 12/12/1962 -": "L'extradition pourra être refusée si elle
    # est susceptible d'avoir des conséquences particulièrement graves pour l'individu réclamé en raison notamment de son
    # âge, de son état de santé [...]". Italy is bound from 1963-11-04.
    assert _link_rows("DNK", "ITA", _day_before("1963-11-04"), "extradition")["ets-024"]["section"] == "one-sided"
    for words in (("tribunal d'exception",), ("son âge, de son état de santé",), ("autorités compétentes d'un Etat tiers",)):
        assert _quoted("DNK", "ITA", "1963-11-04", "ets-024", "extradition",
                       "Denmark (reservation, art. 1, 1962-12-12)", *words)


# --- ETS 182: the Czech Republic and Denmark, from the copy of the Treaty Office's list -------------------------------


def test_ets182_denmark_routes_requests_of_administrative_authorities_through_the_ministry_of_justice():
    # zaki-ets182-decl (page 14): "Declaration contained in the instrument of ratification deposited on 15 January
    # 2003": "requests from administrative authorities (cf. Article 1, paragraph 3, in the Convention), shall be
    # forwarded to the Ministry of Justice in the country requested to provide assistance", "Period covered: 1/2/2004 -"
    # (the Protocol's own entry into force; Poland is bound from the same day)
    words = ("Denmark (other, art. 15(8)(d) and 15(3)", "administrative authorities", "Ministry of Justice")
    assert _link_rows("DNK", "POL", _day_before("2004-02-01"), "mla")["ets-182"]["section"] == "one-sided"
    assert _quoted("DNK", "POL", "2004-02-01", "ets-182", "mla", *words)


def test_ets182_czech_competent_authorities_under_arts_19_and_20_from_2006_07_01():
    # zaki-ets182-decl (page 14): "the Czech Republic declares that the authority competent for the purposes of Article
    # 19 is: High Prosecutor's Office in Prague" and, under art. 15(8)(d), "the authority competent for receipt and
    # sending of requests under Article 20 of the Second Additional Protocol is: Supreme Prosecutor's Office",
    # each "Period covered: 1/7/2006 -" (instrument deposited 2006-03-01)
    assert _link_rows("CZE", "POL", _day_before("2006-07-01"), "mla")["ets-182"]["section"] == "one-sided"
    assert _quoted("CZE", "POL", "2006-07-01", "ets-182", "mla", "(other, art. 19(4), 2006-07-01)",
                   "High Prosecutor's Office in Prague")
    assert _quoted("CZE", "POL", "2006-07-01", "ets-182", "mla", "art. 20, 2006-07-01", "Supreme Prosecutor's Office")


def test_ets24_italys_reservation_on_detention_orders_from_1963_11_04():
    # coe-024-decl-ita (status as of 05/12/2019): "Reservation made at the time of signature, on 13 December 1957, and
    # confirmed at the time of deposit of the instrument of ratification, on 6 August 1963": "Italy makes the express
    # reservation that it will not grant the extradition of persons wanted for the carrying out of a detention order
    # unless [...]", "Period covered: 04/11/1963 -"
    words = ("Italy (reservation, art. 25, 1963-11-04)", "carrying out of a detention order")
    assert _link_rows("ITA", "SWE", _day_before("1963-11-04"), "extradition")["ets-024"]["section"] == "one-sided"
    assert _quoted("ITA", "SWE", "1963-11-04", "ets-024", "extradition", *words)


def test_ets24_irelands_nationals_declaration_and_third_state_judgment_reservation_from_1966_07_31():
    # coe-024-decl-irl-fr: under art. 6 "le terme \"ressortissants\" figurant dans la Convention désigne, en ce qui
    # concerne mon Gouvernement, les \"citoyens d'Irlande\"", "Période couverte: 31/07/1966 -"; coe-024-decl-irl:
    # "The Irish authorities will not grant extradition if final judgment in respect of the offence for which
    # extradition is requested has been passed in a third State on the person claimed", "Period covered: 31/07/1966 -".
    # Italy is bound from 1963-11-04, Ireland from 1966-07-31.
    assert _link_rows("IRL", "ITA", _day_before("1966-07-31"), "extradition")["ets-024"]["section"] == "one-sided"
    assert _quoted("IRL", "ITA", "1966-07-31", "ets-024", "extradition",
                   "Ireland (other, art. 6, 1966-07-31)", "citoyens d'Irlande")
    assert _quoted("IRL", "ITA", "1966-07-31", "ets-024", "extradition",
                   "Ireland (reservation, art. 9, 1966-07-31)", "final judgment", "third State")


def test_ets24_luxembourg_does_not_extradite_its_nationals_from_1977_02_16():
    # coe-024-decl-lux-fr: "Le Gouvernement du Grand-Duché de Luxembourg n'accordera pas l'extradition de ses
    # nationaux", art. 6, "Période couverte: 16/02/1977 -"; coe-024-decl-lux: "n'accordera pas le transit de ses
    # nationaux", art. 21, same period
    assert _link_rows("LUX", "ITA", _day_before("1977-02-16"), "extradition")["ets-024"]["section"] == "one-sided"
    assert _quoted("LUX", "ITA", "1977-02-16", "ets-024", "extradition",
                   "Luxembourg (declaration on extraditing its nationals, art. 6(1)(a), 1977-02-16)",
                   "n'accordera pas l'extradition de ses nationaux")
    assert _quoted("LUX", "ITA", "1977-02-16", "ets-024", "extradition",
                   "Luxembourg (reservation, art. 21, 1977-02-16)", "le transit de ses nationaux")
    assert _quoted("LUX", "ITA", "1977-02-16", "ets-024", "extradition",
                   "Luxembourg (other, art. 6(1)(b), 1977-02-16)", "intégrés dans la communauté luxembourgeoise")


def test_ets24_south_africas_reservation_and_nationals_declaration():
    # coe-024-decl-zaf (status 17/03/2018): "the Republic of South Africa shall not extradite any person unless the
    # punishment awarded [...] is a sentence of imprisonment of at least six months", "In Kraft: 13/05/2003 -";
    # coe-024-decl-zaf-decl: in the same Note Verbale of 26 May 2003, "nationals" include dual citizens and "These
    # persons will all be liable to be extradited" (its period is cut off in the copy: dated by the Note Verbale)
    assert _link_rows("ZAF", "ITA", _day_before("2003-05-13"), "extradition")["ets-024"]["section"] == "one-sided"
    assert _quoted("ZAF", "ITA", "2003-05-13", "ets-024", "extradition",
                   "South Africa (reservation, art. 2, 2003-05-13)", "at least six months")
    words = ("South Africa (other, art. 6, 2003-05-26)", "liable to be extradited")
    assert not _quoted("ZAF", "ITA", "2003-05-25", "ets-024", "extradition", *words)
    assert _quoted("ZAF", "ITA", "2003-05-26", "ets-024", "extradition", *words)


def test_ets24_andorra_does_not_extradite_its_nationals_and_requires_death_penalty_assurances():
    # coe-024-decl-and (18/10/2017): "Declaration contained in the instrument of ratification deposited on 13 October
    # 2000": art. 6, "the Law \"qualificada\" on Extradition prohibits the extradition of persons having the Andorran
    # nationality"; art. 11, extradition refused for a capital offence "unless the requesting Party gives such
    # assurance as considered sufficient", each "Periodo di efficacia: 11/01/2001 -"; coe-024-res-and: art. 12,
    # "evidence establishing a sufficient presumption", "In Kraft: 11/01/2001 -"
    assert _link_rows("AND", "ITA", _day_before("2001-01-11"), "extradition")["ets-024"]["section"] == "one-sided"
    assert _quoted("AND", "ITA", "2001-01-11", "ets-024", "extradition",
                   "Andorra (declaration on extraditing its nationals, art. 6, 2001-01-11)", "Andorran nationality")
    assert _quoted("AND", "ITA", "2001-01-11", "ets-024", "extradition",
                   "Andorra (other, art. 11, 2001-01-11)", "death penalty will not be executed")
    assert _quoted("AND", "ITA", "2001-01-11", "ets-024", "extradition",
                   "Andorra (reservation, art. 12, 2001-01-11)", "sufficient presumption")


def test_ets24_turkiyes_reservation_limiting_death_penalty_assurances_from_1960_04_18():
    # coe-024-res-tur (Datum 19/03/2018): "The assurance mentioned in Article 11 will be limited to the following
    # procedure: [...] a request for commutation of death sentence to life imprisonment [...] transmitted by the Turkish
    # Government to the Grand National Assembly", "In Kraft: 18/04/1960 -" (the Convention's own entry into force;
    # Sweden is bound from the same day)
    words = ("Türkiye (reservation, art. 11, 1960-04-18)", "commutation of death sentence to life imprisonment")
    assert _link_rows("TUR", "SWE", _day_before("1960-04-18"), "extradition")["ets-024"]["section"] == "one-sided"
    assert _quoted("TUR", "SWE", "1960-04-18", "ets-024", "extradition", *words)
