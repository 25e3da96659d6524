"""Round 17 (coop17): declarations under the European Convention on Extradition (ETS 24), the European Convention on
Mutual Assistance (ETS 30) and its 1978 Additional Protocol (ETS 99), and four ETS 24 entries into force, on the
shipped data.

The expected answers come from the Council of Europe Treaty Office's French-language lists of declarations of Cyprus
(coe-024-decl-cyp-fr, status 2017-10-23) and of the Czech Republic (coe-024-decl-cze-fr, status 2017-10-20) on ETS 24,
the United Kingdom's recital of Cyprus's declarations (uk-si-2001-962-cyp), the Dutch treaty series (Tractatenblad
1997, 284 and 1996, 64: nl-trb-1997-284, nl-trb-1996-64) and the United Kingdom's Orders of 1995, 1998 and 1999
reciting the entry into force of ETS 24 for Slovenia, Moldova, Romania and Albania (uk-si-1995-1962,
uk-si-1998-ets024-amend, uk-si-1999-2035). Each test asks on both sides of the day the fact sets.
"""

from __future__ import annotations

from octreaty.load import load

from .scenario import consent_then_bound as _consent_then_bound
from .scenario import day_before as _day_before
from .scenario import link_rows as _link_rows
from .scenario import party as _party
from .scenario import qualifications as _qualifications


def _quoted(a: str, b: str, day: str, iid: str, purpose: str, *words: str) -> bool:
    """Whether `link A B` quotes, on the instrument's row for the pair, a declaration holding all ``words``."""
    return any(all(w in q for w in words) for q in _qualifications(a, b, day, iid, purpose))


# --- Cyprus (ETS 24): the declarations dated, the 2001 amendment and withdrawal --------------------------------------


def test_cyprus_no_extradition_of_citizens_from_1971_04_22_and_still_open_in_2017():
    # coe-024-decl-cyp-fr: "Déclaration faite lors de la signature, le 18 septembre 1970 [...] L'article 11.2.f. de la
    # Constitution chypriote interdit l'extradition des nationaux [...] Période couverte: 22/04/1971 -" (still open in
    # the list of 2017-10-23); English text from uk-si-2001-962-cyp
    label = "Cyprus (declaration on extraditing its nationals, art. 1, 1971-04-22)"
    words = ("no extradition of citizens of the Republic can be made",)
    assert _link_rows("CYP", "CHE", _day_before("1971-04-22"), "extradition")["ets-024"]["section"] == "one-sided"
    assert _quoted("CYP", "CHE", "1971-04-22", "ets-024", "extradition", label, *words)
    assert _quoted("CYP", "CHE", "2017-10-23", "ets-024", "extradition", label, *words)


def test_cyprus_art6_declaration_amended_on_2001_05_25():
    # coe-024-decl-cyp-fr: "Déclaration faite lors de la signature, le 18 septembre 1970 - Or. angl. - et amendée par une
    # lettre du Représentant Permanent de Chypre, en date du 25 mai 2001, enregistrée au Secrétariat Général le 25 mai
    # 2001": the amended text reads "pour un délit punissable d'une peine d'emprisonnement de plus de deux ans"; the
    # 1970 text the United Kingdom recited in March 2001 (uk-si-2001-962-cyp) read "punishable with death or
    # imprisonment exceeding two years"
    old = ("Cyprus (other, art. 6, 1971-04-22)", "punishable with death or imprisonment exceeding two years")
    new = ("Cyprus (other, art. 6, 2001-05-25)", "punissable d'une peine d'emprisonnement de plus de deux ans")
    before, day = _day_before("2001-05-25"), "2001-05-25"
    assert _quoted("CYP", "CHE", before, "ets-024", "extradition", *old)
    assert not _quoted("CYP", "CHE", before, "ets-024", "extradition", *new)
    assert _quoted("CYP", "CHE", day, "ets-024", "extradition", *new)
    assert not _quoted("CYP", "CHE", day, "ets-024", "extradition", *old)


def test_cyprus_art11_death_penalty_declaration_withdrawn_on_2001_05_25():
    # coe-024-decl-cyp-fr: "Déclaration faite lors de la signature, le 18 septembre 1970 - Or. angl. - et retirée par une
    # lettre du Représentant Permanent de Chypre, en date du 25 mai 2001": "Aux termes du Code pénal cypriote, lorsqu'un
    # citoyen de Chypre commet dans un pays étranger un délit puni[...]"; English text (art. 11) from uk-si-2001-962-cyp
    words = ("Cyprus (other, art. 11, 1971-04-22)", "the death penalty is not imposed in the Republic")
    assert _quoted("CYP", "CHE", _day_before("2001-05-25"), "ets-024", "extradition", *words)
    assert not _quoted("CYP", "CHE", "2001-05-25", "ets-024", "extradition", *words)


# --- the Czech Republic (ETS 24, ETS 30, ETS 99) ---------------------------------------------------------------------


def test_czech_transit_declaration_from_1993_01_01_until_its_withdrawal_registered_2014_10_08():
    # coe-024-decl-cze-fr: "confirmée par lettre du Ministère des Affaires étrangères de la République tchèque en date du
    # 1er janvier 1993 [...] et retirée par une Déclaration du Gouvernement de la République tchèque, datée du 23 juillet
    # 2014, enregistrée au Secrétariat Général le 8 octobre 2014": "le transit d'un individu au sens de l'article 21 ne
    # sera accordé qu'aux conditions qui s'appliquent aux cas d'extradition. Période couverte: 01/01/1993 - 08/10/2014"
    words = ("Czechia (other, art. 21(5), 1993-01-01)", "ne sera accordé qu'aux conditions qui s'appliquent")
    assert _quoted("CZE", "NOR", "1993-01-01", "ets-024", "extradition", *words)
    assert _quoted("CZE", "NOR", _day_before("2014-10-08"), "ets-024", "extradition", *words)
    assert not _quoted("CZE", "NOR", "2014-10-08", "ets-024", "extradition", *words)


def test_czech_art28_3_notification_towards_eu_member_states_from_2005_01_14():
    # coe-024-decl-cze-fr: "Déclaration consignée dans une lettre de la Représentante Permanente de la République
    # tchèque, en date du 14 janvier 2005, enregistrée au Secrétariat Général le 14 janvier 2005": "Conformément à
    # l'article 28, paragraphe 3, de la Convention, la République tchèque notifie que, le 1er novembre 2004, elle a
    # promulgué la législation mettant en oeuvre la Décision-cadre [...] relative au mandat d'arrêt européen"
    words = ("Czechia (other, art. 28(3), 2005-01-14)", "mandat d'arrêt européen")
    # between two Member States the row is displaced by the European Arrest Warrant; it still quotes the declarations
    before = _link_rows("CZE", "DEU", _day_before("2005-01-14"), "extradition")["ets-024"]
    on_day = _link_rows("CZE", "DEU", "2005-01-14", "extradition")["ets-024"]
    assert before["section"] == on_day["section"] == "displaced"
    assert not any(all(w in q for w in words) for q in before.get("qualifications") or [])
    assert any(all(w in q for w in words) for q in on_day.get("qualifications") or [])
    # only towards the Member States of the European Union: not towards Norway
    assert not _quoted("CZE", "NOR", "2005-01-14", "ets-024", "extradition", *words)


def test_czech_judicial_authorities_under_ets30_art24_and_ets99_art8_from_1996_11_19():
    # nl-trb-1997-284: the Czech Republic's instrument of ratification of ETS 99 deposited "19 november 1996", "Onder de
    # volgende verklaring: 'In compliance with Article 24 of the European Convention on Mutual Assistance in Criminal
    # Matters and Article 8 of its Additional Protocol, I declare that, for the purposes of the Convention and its
    # Additional Protocol, the following authorities shall be considered as judicial authorities: the Office of the
    # Supreme Prosecutor of the Czech Republic [...]'"
    words = ("judicial authorities", "the Office of the Supreme Prosecutor of the Czech Republic")
    assert not _quoted("CZE", "NOR", _day_before("1996-11-19"), "ets-030", "mla", *words)
    assert _quoted("CZE", "NOR", "1996-11-19", "ets-030", "mla", "Czechia (other, art. 24, 1996-11-19)", *words)
    # ETS 99 binds the Czech Republic from 1997-02-17 (90 days after its deposit, art. 5(3)); Austria since 1983
    assert _link_rows("CZE", "AUT", _day_before("1997-02-17"), "mla")["ets-099"]["section"] == "one-sided"
    assert _link_rows("CZE", "AUT", "1997-02-17", "mla")["ets-099"]["section"] == "shared"
    assert _quoted("CZE", "AUT", "1997-02-17", "ets-099", "mla",
                   "Czechia (other, art. 8; art. 24 ETS 30, 1996-11-19)", *words)


# --- Luxembourg (ETS 99): fiscal offences ----------------------------------------------------------------------------


def test_luxembourg_fiscal_offences_reservation_under_art8_2_a():
    # nl-trb-1996-64: Luxembourg signed on "9 december 1994", "Onder de volgende voorbehouden en verklaringen:
    # «Réserves 1. Conformément aux dispositions de l'article 8, paragraphe 2, alinéa a, le Gouvernement du Grand-Duché
    # de Luxembourg se réserve le droit de n'accepter le Titre I de ce Protocole que dans la mesure où l'infraction
    # fiscale constitue une escroquerie en matière d'impôts [...]»"; Luxembourg bound from 2000-12-31 (be-senate-2-889-1)
    words = ("Luxembourg (reservation, art. 8(2)(a), 1994-12-09)", "escroquerie en matière d'impôts")
    assert _link_rows("LUX", "AUT", _day_before("2000-12-31"), "mla")["ets-099"]["section"] == "one-sided"
    assert _link_rows("LUX", "AUT", "2000-12-31", "mla")["ets-099"]["section"] == "shared"
    assert _quoted("LUX", "AUT", "2000-12-31", "ets-099", "mla", *words)


# --- ETS 24: entries into force recited by the United Kingdom ---------------------------------------------------------


def test_ets024_slovenia_bound_from_1995_05_17():
    # uk-si-1995-1962: "the Convention entered into force in respect of Slovenia on 17th May 1995"; deposit 1995-02-16
    # (nl-trb-1995-231)
    _consent_then_bound("ets-024", "SVN", "1995-02-16", _day_before("1995-02-16"), "1995-05-17",
                        _day_before("1995-05-17"))
    assert "uk-si-1995-1962" in _party("ets-024", "SVN", "1995-05-17")["sources"].split()


def test_ets024_albania_bound_from_1998_08_17():
    # uk-si-1999-2035: "the Convention entered into force in respect of Albania on 17th August 1998"; signed and
    # ratified 1998-05-19 (nl-trb-2000-13)
    row = _party("ets-024", "ALB", "1998-08-17")
    assert (row["state"], row["consent"], row["in_force"]) == ("bound", "1998-05-19", "1998-08-17")
    assert "uk-si-1999-2035" in row["sources"].split()
    assert _party("ets-024", "ALB", _day_before("1998-08-17"))["state"] == "consent-pending"


def test_ets024_moldova_and_romania_in_force_as_the_united_kingdom_recited_in_1998():
    # uk-si-1998-ets024-amend: "the Convention entered into force in respect of Moldova on 31st December 1997"; "the
    # Convention entered into force in respect of Romania on 9th December 1997" (deposits 1997-10-02 and 1997-09-10,
    # nl-trb-2000-13)
    for country, consent, in_force in (("MDA", "1997-10-02", "1997-12-31"), ("ROU", "1997-09-10", "1997-12-09")):
        row = _party("ets-024", country, in_force)
        assert (row["state"], row["consent"], row["in_force"]) == ("bound", consent, in_force), country
        assert "uk-si-1998-ets024-amend" in row["sources"].split(), country
        assert _party("ets-024", country, _day_before(in_force))["state"] == "consent-pending", country


# --- the library: the declarations as the data holds them ------------------------------------------------------------


def test_library_holds_cyprus_and_czech_declarations_dated_and_ended():
    data = load()
    parties = {p.party: p for p in data.instruments["ets-024"].parties}
    cyp = [(d.type, d.article, str(d.date) if d.date else None, str(d.withdrawn) if d.withdrawn else None)
           for d in parties["CYP"].declarations]
    assert cyp == [
        ("no-extradition-of-nationals", "art. 1", "1971-04-22", None),
        ("other", "art. 6", "1971-04-22", "2001-05-25"),
        ("other", "art. 6", "2001-05-25", None),
        ("other", "art. 11", "1971-04-22", "2001-05-25"),
        ("other", "art. 21", None, None),
    ]
    cze = [(d.article, str(d.date), str(d.withdrawn) if d.withdrawn else None,
            d.conditions.other_member_of if d.conditions else None)
           for d in parties["CZE"].declarations]
    assert cze == [("art. 21(5)", "1993-01-01", "2014-10-08", None), ("art. 28(3)", "2005-01-14", None, "eu")]
