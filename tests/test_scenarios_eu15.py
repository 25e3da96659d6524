"""Round 15 (eu15): the EU Convention on Mutual Assistance of 2000 and its 2001 Protocol (Austria's record in its
legal information system), and the signature days of the EU's agreements with third States.

Each test names the source key of the expected answer, quotes the words that give it, and asks on both sides of
the boundary the fact sets.
"""

from __future__ import annotations

import pytest

from .scenario import answer, consent_then_bound, day_before, link_rows, parties, party

# -- EU MLA Convention 2000: Austria ---------------------------------------------------------------------------

def test_austria_notified_the_2000_convention_on_4_april_2005():
    """at-ris-20004101-mla (Austria's RIS record of BGBl. III Nr. 65/2005, legalize-dev/legalize-at): "Die
    Notifikation gemäß Art. 27 Abs. 2 des Übereinkommens wurde am 4. April 2005 dem Generalsekretär des Rates der
    Europäischen Union mitgeteilt"; in force for Austria on 23 August 2005, the Convention's own entry into force
    (nl-verdragenbank-mla-2000: "Oostenrijk 23-08-2005")."""
    consent_then_bound("eu-mla-2000", "AUT", "2005-04-04", "2005-04-03", "2005-08-23", "2005-08-22")
    assert party("eu-mla-2000", "AUT", "2005-04-03")["state"] == "signed-only"
    row = party("eu-mla-2000", "AUT", "2005-08-23")
    assert "at-ris-20004101-mla" in row["sources"].split()


def test_austrias_own_day_of_entry_into_force_is_kept_as_a_conflict():
    """at-ris-20004101-mla: "das Übereinkommen tritt für Österreich gemäß seinem Art. 27 Abs. 4 mit 3. Juli 2005 in
    Kraft"; the row keeps the Verdragenbank's 23 August 2005 (nl-verdragenbank-mla-2000), so Austria is not yet
    bound on 3 July 2005 and `show` names the other day."""
    assert party("eu-mla-2000", "AUT", "2005-07-03")["state"] == "consent-pending"
    [shown] = answer("show", "eu-mla-2000")["results"]
    [conflict] = [c for c in shown["conflicts"] if c.startswith("Austria")]
    assert "2005-07-03" in conflict and "at-ris-20004101-mla" in conflict and "2005-08-23" in conflict


def test_austria_and_spain_linked_by_the_2000_convention_from_23_august_2005():
    """at-ris-20004101-mla (Austria notified 4 April 2005) with nl-verdragenbank-mla-2000 (both in force
    23-08-2005) and nl-trb-2004-211 (Spain's notification of 27 January 2003): the pair is linked by the
    Convention from 23 August 2005, not the day before."""
    out = answer("link", "AUT", "ESP", "--as-of", "2005-08-23", "--for", "mla")
    rows = [r for r in out["results"] if (r.get("instrument") or {}).get("id") == "eu-mla-2000"]
    assert rows and rows[0]["linked_since"]["date"] == "2005-08-23"
    assert (rows[0]["a"]["state"], rows[0]["b"]["state"]) == ("bound", "bound")
    before = answer("link", "AUT", "ESP", "--as-of", "2005-08-22", "--for", "mla")
    rows = [r for r in before["results"] if (r.get("instrument") or {}).get("id") == "eu-mla-2000"]
    assert not rows or rows[0]["a"]["state"] != "bound"


# -- 2001 Protocol: Malta, Portugal, Luxembourg (Austria's scope notices) ---------------------------------------

def test_malta_a_party_to_the_2001_protocol_by_austrias_notice_of_2009():
    """at-bgbl-2009-iii-12-mla-protocol (cited in at-ris-20004101-mla): "*Malta III 11/2009 Ü, III 12/2009 P": a
    party to the Protocol by that 2009 notice, its day not given. The row is undated: uncertain up to the notice's
    year, bound (by) ninety days after its end under art. 14(4), counted in 2026."""
    assert party("eu-mla-2001-protocol", "MLT", "2009-06-01")["state"] == "uncertain"
    assert party("eu-mla-2001-protocol", "MLT", "2010-03-30")["state"] == "uncertain"
    bound = party("eu-mla-2001-protocol", "MLT", "2010-03-31")
    assert (bound["state"], bound["act"], bound["consent"]) == ("bound", "accession", "")
    assert (bound["in_force"], bound["in_force_qualifier"]) == ("2010-03-31", "by")
    assert bound["sources"].split() == ["at-bgbl-2009-iii-12-mla-protocol"]
    assert "MLT" in parties("eu-mla-2001-protocol", "2026-01-01")


def test_portugal_a_party_to_the_2001_protocol_by_austrias_notice_of_2009():
    """pt-dar-2006-ppr-35-x-mla-protocol: the proposal to approve the Protocol was published on 11 May 2006 (a
    signatory then, nl-trb-2005-294: signed 16-10-01); at-bgbl-2009-iii-12-mla-protocol: "*Portugal III 65/2005 Ü,
    III 12/2009 P": a party by 2009, its day not given."""
    assert party("eu-mla-2001-protocol", "PRT", "2006-05-11")["state"] == "signed-only"
    # round 21: reg21-pt-aviso-mla-protocol-2006 dates Portugal's notification 12 December 2006, so the row is no
    # longer bound "by" 2010 but pending from that day and bound ninety days later (art. 13(4))
    assert party("eu-mla-2001-protocol", "PRT", "2007-03-11")["state"] == "consent-pending"
    bound = party("eu-mla-2001-protocol", "PRT", "2007-03-12")
    assert (bound["state"], bound["in_force"], bound["in_force_qualifier"]) == ("bound", "2007-03-12", "")
    assert "at-bgbl-2009-iii-12-mla-protocol" in bound["sources"].split()


def test_luxembourg_a_party_to_the_2001_protocol_by_austrias_notice_of_2011():
    """legilux-loi-2010-10-27-mla: approved by the Law of 27 October 2010 (a signatory that day);
    at-bgbl-2011-iii-26-mla-protocol: "*Luxemburg III 25/2011 Ü, III 26/2011 P": a party by 2011, its day not
    given: uncertain through 2011 and until ninety days after it, bound (by) from 30 March 2012."""
    assert party("eu-mla-2001-protocol", "LUX", "2010-10-27")["state"] == "signed-only"
    # round 21: reg21-pt-aviso-51-2011-mla dates Luxembourg's notification 6 December 2010, so the row is no longer
    # bound "by" 2012 but pending from that day and bound ninety days later (art. 13(4))
    assert party("eu-mla-2001-protocol", "LUX", "2011-03-05")["state"] == "consent-pending"
    bound = party("eu-mla-2001-protocol", "LUX", "2011-03-06")
    assert (bound["state"], bound["in_force"], bound["in_force_qualifier"]) == ("bound", "2011-03-06", "")
    assert "at-bgbl-2011-iii-26-mla-protocol" in bound["sources"].split()


def test_estonia_and_italy_stay_outside_the_2001_protocol():
    """at-ris-20004101-mla lists "*Estland III 65/2005 Ü" and "*Italien III 218/2017 Ü" with no notice of the
    Protocol's scope (statewatch-mla-protocol-2001: all 2004 members "except Estonia"): no rows, on any day."""
    for day in ("2007-12-01", "2026-01-01"):
        assert party("eu-mla-2001-protocol", "EST", day) is None
        assert party("eu-mla-2001-protocol", "ITA", day) is None


# -- Signature days of the EU's agreements with third States ----------------------------------------------------

SIGNED = [
    # eu-oj-dec-2009-820-recitals, recital (2): "have been signed on behalf of the European Union on 25 June 2003"
    ("eu-usa-extradition", "EUU", "2003-06-25", "2009-10-28", "eu-oj-dec-2009-820-recitals"),
    # ec-treaties-eu-usa-extradition: "Date of Signature 25/06/2003"; vlex-ilg-2003-eu-us: "signed in Washington,
    # D.C., on June 25, 2003"
    ("eu-usa-extradition", "USA", "2003-06-25", "2009-10-28", "vlex-ilg-2003-eu-us"),
    ("eu-usa-mla", "EUU", "2003-06-25", "2009-10-28", "eu-oj-dec-2009-820-recitals"),
    ("eu-usa-mla", "USA", "2003-06-25", "2009-10-28", "vlex-ilg-2003-eu-us"),
    # moj-jp-2010-12-eu-mla: "The EU signed on 30 November 2009"; eurlex-oj-l39-2010-eu-jpn: Decision 2010/88/CFSP/JHA
    # approving the signing, "Done at Brussels, 30 November 2009"
    ("eu-jpn-mla", "EUU", "2009-11-30", "2010-10-07", "eurlex-oj-l39-2010-eu-jpn"),
    # eucrim-2020-eu-no-is-surrender: "On 28 June 2006, the European Union, the Republic of Iceland, and the Kingdom
    # of Norway entered into an agreement"; eurlex-dec-2006-697 approved the Union's signing on 27 June 2006
    ("eu-nor-isl-surrender", "EUU", "2006-06-28", "2014-11-27", "eurlex-dec-2006-697"),
    # eu-dec-2012-305-isl-nor-mla, recitals: the Agreement "was signed on 19 December 2003, subject to its conclusion"
    ("eu-isl-nor-mla", "EUU", "2003-12-19", "2012-06-07", "eu-dec-2012-305-isl-nor-mla"),
]


@pytest.mark.parametrize("iid,country,signed,consent,source", SIGNED)
def test_signature_day_of_an_eu_agreement(iid, country, signed, consent, source):
    assert party(iid, country, day_before(signed)) is None
    row = party(iid, country, signed)
    assert (row["state"], row["signature"]) == ("signed-only", signed)
    assert source in row["sources"].split()
    assert party(iid, country, day_before(consent))["state"] == "signed-only"
    assert party(iid, country, consent)["consent"] == consent


@pytest.mark.parametrize("country", ["ISL", "NOR"])
def test_iceland_and_norway_signed_the_surrender_agreement_on_28_june_2006(country):
    """eucrim-2020-eu-no-is-surrender: "On 28 June 2006, the European Union, the Republic of Iceland, and the
    Kingdom of Norway entered into an agreement"; in force 1 November 2019 (ejn-news-2019-664): signatories from the
    day of signature to the day before, bound from 1 November 2019."""
    assert party("eu-nor-isl-surrender", country, "2006-06-27") is None
    signed = party("eu-nor-isl-surrender", country, "2006-06-28")
    assert (signed["state"], signed["signature"]) == ("signed-only", "2006-06-28")
    assert party("eu-nor-isl-surrender", country, "2019-10-31")["state"] == "signed-only"
    assert party("eu-nor-isl-surrender", country, "2019-11-01")["state"] == "bound"


def test_united_kingdom_signed_the_tca_on_30_december_2020():
    """prudentpress-2020-12-30-tca: "British Prime Minister Boris Johnson on Wednesday signed a post-Brexit trade
    and cooperation agreement" (2020-12-30); wikipedia-tca: signed 30 December 2020, applied provisionally from
    1 January 2021 (sixkbw-tca-2021)."""
    assert party("eu-gbr-tca", "GBR", "2020-12-29") is None
    row = party("eu-gbr-tca", "GBR", "2020-12-30")
    assert (row["state"], row["signature"], row["consent"]) == ("consent-pending", "2020-12-30", "2020-12-30")
    assert "prudentpress-2020-12-30-tca" in row["sources"].split()
    assert party("eu-gbr-tca", "GBR", "2021-01-01")["state"] == "bound"


def test_the_unions_tca_row_keeps_its_approval_of_29_december_without_a_signature():
    """eurlex-oj-l444-2020-tca: Council Decision (EU) 2020/2252 of 29 December 2020 on the signing and provisional
    application; the Union signed on 30 December (agriland-2020-12-30-tca), the day after the act its row records,
    so the row has no signature field and reads as pending from 29 December."""
    row = party("eu-gbr-tca", "EUU", "2020-12-29")
    assert (row["state"], row["signature"], row["consent"]) == ("consent-pending", "", "2020-12-29")
    assert "agriland-2020-12-30-tca" in row["sources"].split()


def test_eu_us_extradition_agreement_signed_in_2003_binds_germany_towards_the_us_only_from_2010():
    """eu-oj-dec-2009-820-recitals: signed on behalf of the Union on 25 June 2003; lexaris-dec-2009-933: "Both
    Agreements will enter into force on 1 February 2010": the Union's signature binds no Member State, so `link`
    shows the Agreement between Germany and the United States only from 1 February 2010."""
    assert "eu-usa-extradition" not in link_rows("DEU", "USA", "2005-01-01", "extradition")
    before = link_rows("DEU", "USA", "2010-01-31", "extradition")["eu-usa-extradition"]
    assert (before["section"], before["a"]["state"], before["b"]["state"]) == ("one-sided", "not-party",
                                                                              "consent-pending")
    on = link_rows("DEU", "USA", "2010-02-01", "extradition")["eu-usa-extradition"]
    assert (on["a"]["state"], on["b"]["state"], on["linked_since"]["date"]) == ("bound", "bound", "2010-02-01")


def test_eu_us_mla_signature_day_checked_against_swedens_treaty_series():
    """regeringen-so-2010-16 (SÖ 2010:16): "avtalet om ömsesidig rättslig hjälp mellan Europeiska unionen och Amerikas
    Förenta Stater, undertecknat 25 juni 2003"; "Instrumentet trädde i kraft den 1 februari 2010": both sides signed
    on 25 June 2003, not the day before, and are bound from 1 February 2010."""
    for country in ("EUU", "USA"):
        assert party("eu-usa-mla", country, "2003-06-24") is None
        row = party("eu-usa-mla", country, "2003-06-25")
        assert (row["state"], row["signature"]) == ("signed-only", "2003-06-25")
        assert "regeringen-so-2010-16" in row["sources"].split()
        assert party("eu-usa-mla", country, "2010-01-31")["state"] == "consent-pending"
        assert party("eu-usa-mla", country, "2010-02-01")["state"] == "bound"


@pytest.mark.parametrize("iid,signed", [("eu-jpn-mla", "2009-11-30"), ("eu-isl-nor-mla", "2003-12-19")])
def test_signature_days_checked_against_irelands_mutual_assistance_act(iid, signed):
    """lrc-revised-cjma-2008-s2 (Criminal Justice (Mutual Assistance) Act 2008, s. 2, as revised): the Agreement
    with Japan "done at Brussels on 30 November 2009 and at Tokyo on 15 December 2009", the Agreement with Iceland
    and Norway "done at Brussels on 19 December 2003": the Union a signatory from that day, not the day before."""
    assert party(iid, "EUU", day_before(signed)) is None
    row = party(iid, "EUU", signed)
    assert (row["state"], row["signature"]) == ("signed-only", signed)
    assert "lrc-revised-cjma-2008-s2" in row["sources"].split()
