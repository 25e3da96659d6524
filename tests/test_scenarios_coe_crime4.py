"""Council of Europe crime conventions, fourth round (data/coe-crime.yaml): facts from sources the earlier
rounds had not used (the depositary's lists of declarations and their mirrors, the Finnish treaty series,
the Austrian gazette), through the CLI on the shipped data, with dates on both sides of each boundary a
fact sets.

Each test names the source key of the expected answer and what it says."""

from __future__ import annotations

from tests.scenario import link_rows as _link_rows
from tests.scenario import party as _party


def _qualifications(iid: str, a: str, b: str, day: str, purpose: str = "all") -> list[str]:
    return _link_rows(a, b, day, purpose)[iid]["qualifications"]


def _declarants(iid: str, a: str, b: str, day: str) -> list[tuple[str, str]]:
    """(country name, article) of each declaration a `link` answer quotes for the pair."""
    out = []
    for q in _qualifications(iid, a, b, day):
        who, _, rest = q.partition(" (")
        out.append((who, rest.split(", ")[1] if ", " in rest else rest))
    return out


# --- ETS 185 (Budapest Convention): authorities and reservations that matter for cooperation -----


def test_ets185_albania_extradition_and_central_authorities_from_19_june_2006():
    # coe-185-decl-2014: Albania's art. 24(7) and art. 27(2) declarations in a Note verbale registered
    # 2006-06-19 (Ministry of Justice; the INTERPOL National Central Office for provisional arrest), its
    # 24/7 point of contact registered 2006-10-10; zaki-185-decl: Romania's art. 24(7)(a) and 27(2)(c)
    # declarations in its instrument of ratification deposited 2004-05-12
    before = _declarants("ets-185", "ALB", "ROU", "2006-06-18")
    assert ("Albania", "art. 24(7)") not in before
    assert ("Romania", "art. 24(7)(a)") in before and ("Romania", "art. 27(2)(c)") in before
    after = _declarants("ets-185", "ALB", "ROU", "2006-06-19")
    assert ("Albania", "art. 24(7)") in after and ("Albania", "art. 27(2)") in after
    assert ("Albania", "art. 35") not in after
    assert ("Albania", "art. 35") in _declarants("ets-185", "ALB", "ROU", "2006-10-10")
    text = [q for q in _qualifications("ets-185", "ALB", "ROU", "2006-06-19") if q.startswith("Albania (other, art. 24(7)")]
    assert "National Central Office of Interpol" in text[0]


def test_ets185_montenegro_authorities_with_its_ratification():
    # coe-185-auth-mne-2017: "Declaration contained in the instrument of ratification deposited on 3 March
    # 2010": the Ministry of Justice for extradition and mutual assistance, NCB Interpol Podgorica for
    # provisional arrest; in force from 2010-07-01, when Montenegro became bound
    assert "ets-185" not in _link_rows("ALB", "MNE", "2010-06-30", section="shared")
    got = _declarants("ets-185", "ALB", "MNE", "2010-07-01")
    assert ("Montenegro", "art. 24(7)") in got and ("Montenegro", "art. 27(2)") in got


def test_ets185_austria_refuses_preservation_without_dual_criminality():
    # at-ris-185-globalreg: Austria's instrument "was deposited ... on 13 June 2012", in force 2012-10-01, with
    # a reservation under art. 29(4): preservation requests refused where dual criminality is not met,
    # except for the offences of arts. 2 to 11
    quoted = _qualifications("ets-185", "AUT", "ALB", "2012-10-01")
    res = [q for q in quoted if q.startswith("Austria (reservation, art. 29(4), 2012-06-13)")]
    assert len(res) == 1 and "if the condition of dual criminality is not fulfilled" in res[0]


def test_ets185_germany_article_29_reservation_in_the_depositarys_french_text():
    # coe-185-res-deu-2017: reservation "déposée avec l'instrument de ratification, le 9 mars 2009",
    # period covered from 2009-07-01: expedited preservation under art. 29 may be refused for want of
    # dual criminality, except for the offences of arts. 2 to 11
    assert "ets-185" not in _link_rows("DEU", "ALB", "2009-06-30", section="shared")
    res = [q for q in _qualifications("ets-185", "DEU", "ALB", "2009-07-01") if q.startswith("Germany (reservation")]
    assert len(res) == 1 and "double incrimination" in res[0]


def test_ets185_france_extradition_authorities_from_its_instrument_of_2006():
    # zaki-185-decl (copy of the depositary's list of declarations): "Declaration contained in the instrument
    # of approval deposited on 10 January 2006" naming the Ministry for Foreign Affairs (extradition) and the
    # territorially competent State Prosecutor (provisional arrest); in force for France 2006-05-01
    # (coe-185-chart-2026, whose act column says ratification)
    assert _party("ets-185", "FRA", "2006-04-30")["state"] == "consent-pending"
    row = _party("ets-185", "FRA", "2006-05-01")
    assert (row["state"], row["act"], row["consent"], row["in_force"]) == ("bound", "ratification", "2006-01-10", "2006-05-01")
    assert ("France", "art. 24(7)") in _declarants("ets-185", "FRA", "ALB", "2006-05-01")


def test_ets185_netherlands_central_authority_relayed_by_the_finnish_treaty_series():
    # fi-sops-59-2007: the Netherlands bound 16.11.2006, in force 01.03.2007; art. 27(2)(c) central
    # authority: the Landelijk Parket (national office of the public prosecution service), Rotterdam
    got = [q for q in _qualifications("ets-185", "NLD", "FIN", "2007-09-01") if q.startswith("Netherlands")]
    assert any("art. 27(2)(c)" in q and "Landelijk Parket" in q for q in got)


def test_ets185_bosnia_and_herzegovina_single_competent_authority_from_29_october_2008():
    # zaki-185-decl (page 10, copy of the depositary's list): declaration registered at the Secretariat General
    # on 29 October 2008 designating the State Investigation and Protection Agency under arts. 24(7), 27(2)
    # and 35(1)
    assert ("Bosnia and Herzegovina", "arts. 24(7)") not in _declarants("ets-185", "BIH", "ALB", "2008-10-28")
    got = [q for q in _qualifications("ets-185", "BIH", "ALB", "2008-10-29") if q.startswith("Bosnia and Herzegovina")]
    assert len(got) == 1 and "State Investigation and Protection Agency" in got[0]


# --- ETS 173 (Criminal Law Convention on Corruption) ---------------------------------------------


def test_ets173_liechtensteins_2016_report_agrees_with_our_rows_before_san_marino():
    # li-bua-2016-110: "bislang von 45 Staaten ... ratifiziert und von fünf weiteren Staaten unterzeichnet"; our
    # rows give 45 parties until San Marino's deposit on 2016-08-30 (coe19-li-konso-ets173-2017: "San Marino*
    # 30.08.2016"), so the report was written before that day
    from tests.scenario import parties_answer as _parties_answer
    assert _parties_answer("ets-173", "2016-08-29")["count"] == 45
    assert _parties_answer("ets-173", "2016-08-30")["count"] == 46


def test_ets173_albania_central_authority_for_mutual_assistance():
    # coe-173-decl-2019: Albania's art. 29(2) declaration (central authority: the Ministry of Justice) and
    # art. 30(6) declaration (requests under Chapter IV addressed to the central authority), period covered
    # from 01/07/2002
    got = _declarants("ets-173", "ALB", "HRV", "2002-07-01")
    assert ("Albania", "art. 29(2)") in got and ("Albania", "art. 30(6)") in got
    assert "ets-173" not in _link_rows("ALB", "HRV", "2002-06-30", section="shared")


def test_ets185_czech_preservation_reservation_withdrawn_on_5_july_2019():
    # coe-185-res-cze-2020: reservation under arts. 29(4) and 42 "contained in the instrument of ratification
    # deposited on 22 August 2013 ... and withdrawn by a Declaration ... registered at the Secretariat General on
    # 5 July 2019"; in force 01/12/2013 - 05/07/2019
    def czech(day):
        return [q for q in _qualifications("ets-185", "CZE", "ALB", day) if q.startswith("Czechia (reservation")]
    assert len(czech("2019-07-04")) == 1 and "dual criminality" in czech("2019-07-04")[0]
    assert czech("2019-07-05") == []


def test_ets185_switzerland_coercive_measures_only_with_dual_criminality():
    # coe-185-res-che-2017: reservation "contained in the instrument of ratification deposited on 21 September
    # 2011" (in force 2012-01-01) subjecting letters rogatory requiring a coercive measure to the condition of
    # art. 29(4)
    assert "ets-185" not in _link_rows("CHE", "ALB", "2011-12-31", section="shared")
    res = [q for q in _qualifications("ets-185", "CHE", "ALB", "2012-01-01") if q.startswith("Switzerland (reservation")]
    assert len(res) == 1 and "coercive measure" in res[0]


# --- CETS 198 (Warsaw) and CETS 197 (Trafficking): declarations ---------------------------------


def test_cets198_germany_executes_bank_information_requests_as_searches_and_seizures():
    # coe-198-decl-deu-2019: declarations "contained in a letter from the Federal Minister for Foreign Affairs
    # of Germany, deposited with the instrument of ratification on 20 June 2017", in force from 2017-10-01:
    # requests under arts. 17 and 18 executed under the conditions of search and seizure; art. 17 only for
    # the offences of the appendix
    assert "cets-198" not in _link_rows("DEU", "ALB", "2017-09-30", section="shared")
    got = _declarants("cets-198", "DEU", "ALB", "2017-10-01")
    assert {("Germany", "art. 17(4)"), ("Germany", "art. 17(5)"), ("Germany", "art. 18(4)")} <= set(got)


def test_cets197_denmark_excludes_the_faroe_islands_and_greenland():
    # coe-197-decl-2016: Denmark's declaration "contained in the instrument of ratification deposited on
    # 19 September 2007": "the Convention shall not apply to the Faroe Islands and Greenland until further
    # decision" (in force for Denmark 2008-02-01)
    for territory in ("FRO", "GRL"):
        row = _link_rows(territory, "ALB", "2020-01-01")["cets-197"]
        assert row["a"]["state"] == "not-party"
        assert row["a"]["reason"].startswith("excluded by Denmark's declaration of 2007-09-19")
    assert _link_rows("DNK", "ALB", "2020-01-01", section="shared")["cets-197"]["a"]["state"] == "bound"


def test_cets197_azerbaijan_declaration_towards_armenia_only():
    # coe-197-decl-2016: Azerbaijan's declaration "contained in the instrument of ratification deposited on
    # 23 June 2010" that the Convention's rights and obligations "shall not be applied by the Republic of
    # Azerbaijan in respect of Armenia": for the pair with Armenia the Convention is displaced, the declaration its
    # reason (a non-application declaration, tests/test_non_application.py), so it no longer qualifies a shared
    # basis; for Georgia it is neither
    row = _link_rows("azerbaijan", "armenia", "2012-01-01")["cets-197"]
    assert row["section"] == "displaced"
    assert row["note"].startswith("Azerbaijan declared that it does not apply between them (2010-06-23)")
    assert row["qualifications"] == [row["note"]]  # quoted once, as the reason, not again as a qualification
    assert _declarants("cets-197", "AZE", "GEO", "2012-01-01") == []


def test_ets185_cyprus_single_authority_from_5_august_2009():
    # coe-185-auth-cyp-2021: declaration registered at the Secretariat General on 5 August 2009 designating the
    # Ministry of Justice and Public Order under arts. 24, 27 and 35
    assert [w for w, _ in _declarants("ets-185", "CYP", "ALB", "2009-08-04") if w == "Cyprus"] == []
    got = [q for q in _qualifications("ets-185", "CYP", "ALB", "2009-08-05") if q.startswith("Cyprus")]
    assert len(got) == 1 and "Ministry of Justice and Public Order" in got[0]


def test_ets141_finland_central_authority_from_its_own_decree():
    # fi-sops-53-1994: instrument deposited 9 March 1994, in force 1 July 1994; "Yleissopimuksen 23 artiklassa
    # tarkoitettu keskusviranomainen on Suomessa oikeusministeriö" (the Ministry of Justice)
    from tests.scenario import party as _p
    row = _p("ets-141", "FIN", "1994-07-01")
    assert (row["state"], row["consent"], row["in_force"]) == ("bound", "1994-03-09", "1994-07-01")
    got = _declarants("ets-141", "FIN", "NLD", "1994-07-01")
    assert ("Finland", "art. 23") in got


def test_ets173_netherlands_bound_by_an_instrument_of_acceptance():
    # coe-191-decl-2016: the reservations the Netherlands made "when depositing its instrument of acceptance of
    # the Convention"; fi-sops-107-2002: the Netherlands bound 11.04.2002 (H), in force 01.08.2002
    row = _party("ets-173", "NLD", "2002-08-01")
    assert (row["state"], row["act"], row["consent"], row["in_force"]) == ("bound", "acceptance", "2002-04-11", "2002-08-01")
    assert _party("ets-173", "NLD", "2002-07-31")["state"] == "consent-pending"


def test_ets141_liechtenstein_serves_documents_through_its_government_legal_service():
    # coe-141-res-lie: declaration "contained in the instrument of ratification deposited on 9 November 2000",
    # period covered from 01/03/2001: judicial documents transmitted by the Rechtsdienst der Regierung
    got = [q for q in _qualifications("ets-141", "LIE", "AUT", "2001-03-01") if "art. 21(2)" in q]
    assert len(got) == 1 and "Rechtsdienst der Regierung" in got[0]


def test_ets185_united_kingdom_and_switzerland_authorities_relayed_by_wipo_lex():
    # wipolex-185-gbr: on ratification (deposit 2011-05-25, in force 2011-09-01) the Home Office Judicial
    # Co-operation Unit under art. 24(7)(a) and the UK Central Authority under art. 27(2)(c);
    # wipolex-185-che: the Federal Office of Justice under arts. 24(7), 27(2) and, for urgent requests, 27(9)
    uk = _declarants("ets-185", "GBR", "CHE", "2012-01-01")
    assert {("United Kingdom of Great Britain and Northern Ireland", "art. 24(7)(a)"),
            ("United Kingdom of Great Britain and Northern Ireland", "art. 27(2)(c)"),
            ("Switzerland", "arts. 24(7)"), ("Switzerland", "art. 27(9)")} <= set(uk)


def test_ets185_germany_central_authority_declared_on_14_may_2009():
    # wipolex-185-actions-fr: "Déclaration du 14 mai 2009": the Federal Foreign Office is the art. 27(2)(a) central
    # authority for mutual assistance requests in the absence of applicable international agreements
    assert ("Germany", "art. 27(2)(a)") not in _declarants("ets-185", "DEU", "ALB", "2009-05-13")
    assert ("Germany", "art. 27(2)(a)") in _declarants("ets-185", "DEU", "ALB", "2009-05-14")


def test_ets185_united_states_relies_on_bilateral_extradition_treaties():
    # wipolex-185-usa: on ratification (instrument deposited 2006-09-29, in force 2007-01-01) the United States
    # designates no art. 24(7) authority "étant donné que les Etats-Unis continueront à s'appuyer sur des traités
    # d'extradition bilatéraux"; requests under art. 27(9)(e) go to its central authority
    # asked about extradition, the Convention is no legal basis between the two: the declaration is the reason
    row = _link_rows("USA", "ALB", "2007-01-01", "extradition")["ets-185"]
    assert row["section"] == "displaced"
    assert row["note"].startswith("United States of America does not take the Budapest Convention as the legal "
                                  "basis for extradition (art. 24(7), 2006-09-29): \"En application de l'article 24")
    q = _qualifications("ets-185", "USA", "ALB", "2007-01-01")
    assert any(x.startswith("United States of America (does not take the Budapest Convention as the legal basis "
                            "for extradition, art. 24(7), 2006-09-29)") for x in q)
    assert ("United States of America", "arts. 27(9)(e)") in _declarants("ets-185", "USA", "ALB", "2007-01-01")


def test_ets185_france_takes_requests_through_the_diplomatic_channel():
    # coe-185-decl-fra-2019: declaration in the instrument of approval deposited on 10 January 2006 (period
    # covered from 2006-05-01) that, even in urgent cases, requests from foreign judicial authorities are
    # transmitted through the diplomatic channel; coe-185-auth-fra-2017 confirms its art. 24 authorities
    got = [q for q in _qualifications("ets-185", "FRA", "ALB", "2006-05-01") if q.startswith("France (other, art. 27,")]
    assert len(got) == 1 and "par la voie diplomatique" in got[0]
