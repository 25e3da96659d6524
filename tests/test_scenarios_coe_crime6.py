"""Council of Europe crime conventions, sixth round (data/coe-crime.yaml): deposit days and declarations
from source families the earlier rounds had not used (the depositary's per-country reservation pages,
the Russian legal database's copies of its lists, national registers of legal acts), through the CLI on
the shipped data, with dates on both sides of each boundary a fact sets.

Each test names the source key of the expected answer and what it says."""

from __future__ import annotations

from tests.scenario import answer, consent_then_bound, coverage, party, qualifications

# --- ETS 141 (Strasbourg Convention on laundering) -------------------------------------------------


def test_ets141_san_marino_deposit_of_12_october_2000():
    # coe-141-res-smr: reservations "handed at the time of deposit of the instrument of ratification, on
    # 12 October 2000", period covered from 2001-02-01 (the Verdragenbank's entry into force as well)
    consent_then_bound("ets-141", "SMR", "2000-10-12", "2000-10-11", "2001-02-01", "2001-01-31")
    assert party("ets-141", "SMR", "2001-02-01")["act"] == "ratification"


def test_ets141_san_marino_serves_documents_only_through_its_central_authority():
    # coe-141-res-smr: art. 21(2) reservation, service of judicial documents only through San Marino's
    # central authority, without prejudice to bilateral treaties; it qualifies a pair from the deposit
    quoted = qualifications("SMR", "ITA", "2001-02-01", "ets-141", "mla")
    service = [q for q in quoted if q.startswith("San Marino (reservation, art. 21(2), 2000-10-12)")]
    assert len(service) == 1 and "only through its central authority" in service[0]


def test_ets141_lithuania_signed_3_june_1994():
    # lt-seimas-i-727-1994: the Seimas ratified "1994 m. birželio 3 d. pasirašytą" Convention on
    # 1994-12-22; no deposit day is given, so the row stays undated with its entry into force (1995-10-01)
    row = party("ets-141", "LTU", "1995-10-01")
    assert row["signature"] == "1994-06-03" and row["consent"] == "" and row["state"] == "bound"
    assert row["act"] == "ratification"


def test_ets141_sweden_not_yet_a_party_when_its_government_proposed_joining():
    # se-prop-1995-96-49: on 1995-10-05 the Government proposed "att Sverige skall tillträda" the
    # Convention; Sweden's deposit is undated, so it is no party on that day and uncertain after it
    assert party("ets-141", "SWE", "1995-10-05") is None
    uncertain = {u["country"] for u in answer("parties", "ets-141", "--as-of", "1995-10-05")["uncertain"]}
    assert "SWE" not in uncertain
    later = party("ets-141", "SWE", "1995-10-06")
    assert later["state"] == "uncertain" and later["consent"] == ""


# --- CETS 198 (Warsaw Convention) ---------------------------------------------------------------


def test_cets198_san_marino_deposit_of_27_july_2010():
    # coe-198-decl-smr (the depositary's page) and zaki-198-decl-2011 (a copy of its 2011 list): declarations "contained in the
    # instrument of ratification deposited on 27 July 2010", period covered from 2010-11-01
    consent_then_bound("cets-198", "SMR", "2010-07-27", "2010-07-26", "2010-11-01", "2010-10-31")
    assert party("cets-198", "SMR", "2010-07-26")["state"] == "signed-only"


def test_cets198_san_marino_serves_documents_only_through_its_central_authority():
    # zaki-198-decl-2011: art. 31(2), judicial documents delivered only through San Marino's Central
    # Authority, without prejudice to bilateral agreements
    quoted = qualifications("SMR", "ALB", "2010-11-01", "cets-198", "mla")
    assert any(q.startswith("San Marino (other, art. 31(2), 2010-07-27)") for q in quoted), quoted


# --- Montenegro's succession (ETS 141 and ETS 173) ----------------------------------------------


def test_montenegro_succeeds_to_ets141_and_ets173_from_6_june_2006():
    # coe-cm-2006-967-mne: Montenegro's letters of 2006-06-06 and 2006-06-12 asking to succeed to the
    # Council of Europe conventions of Serbia and Montenegro; nl-inview-141-parties and nl-inview-173-parties
    # give it in force from 2006-06-06. The act is a succession (to SCG); its notification is dated for ETS 141
    # only (the declaration of 2006-10-13, at-bgbl-2011-iii-62-ets141, coecrime12), unread for ETS 173.
    for iid, notified in (("ets-141", "2006-10-13"), ("ets-173", "")):
        assert party(iid, "MNE", "2006-06-05") is None
        row = party(iid, "MNE", "2006-06-06")
        assert row["state"] == "bound" and row["act"] == "succession" and row["consent"] == notified, row
        assert "coe-cm-2006-967-mne" in row["sources"].split()


# --- Declarations that matter for cooperation ----------------------------------------------------


def test_ets141_albania_central_authority_under_article_23():
    # nl-004283-decl (Verdragenbank): Albania, 31-10-2001, "the responsible authority for Albania is the
    # Directory for the co-ordination of the fight against money laundering" (Ministry of Finance)
    quoted = qualifications("ALB", "ITA", "2002-02-01", "ets-141", "mla")
    art23 = [q for q in quoted if q.startswith("Albania (other, art. 23, 2001-10-31)")]
    assert len(art23) == 1 and "Directory for the co-ordination of the fight against money laundering" in art23[0]


def test_cets198_malta_wants_requests_translated_into_english():
    # coe-198-decl-mlt: "requests and annexed documents should be addressed to it accompanied by a
    # translation into English" (art. 35(3)), in the instrument deposited 2008-01-30, in force 2008-05-01
    quoted = qualifications("MLT", "ALB", "2008-05-01", "cets-198", "mla")
    english = [q for q in quoted if q.startswith("Malta (other, art. 35(3), 2008-01-30)")]
    assert len(english) == 1 and "translation into English" in english[0]
    assert any(q.startswith("Malta (reservation, art. 9(4), 2008-01-30)") for q in quoted)


def test_ets141_counted_against_the_dutch_treaty_database():
    # nl-004283-decl: the Verdragenbank lists 49 parties of ETS 141 (Kazakhstan included), where the
    # Wikipedia-derived 48 of allglobal-141 left Kazakhstan's accession of 2014-09-23 out
    assert coverage("ets-141") == "49 of 49 stated by nl-004283-decl"


# --- CETS 197 (Anti-Trafficking Convention) ------------------------------------------------------


def test_cets197_moldova_and_ukraine_deposits_from_the_2015_iom_announcement():
    # iom-md-2015-197: "ratified by 43 countries, including Moldova (19 May 2006), Ukraine (29 November
    # 2010) and Belarus (26 November 2013 ...)"; Moldova in force with the Convention on 2008-02-01
    # (loc-gov-2008), Ukraine on 2011-03-01 (ua-rada-994-858)
    consent_then_bound("cets-197", "MDA", "2006-05-19", "2006-05-18", "2008-02-01", "2008-01-31")
    consent_then_bound("cets-197", "UKR", "2010-11-29", "2010-11-28", "2011-03-01", "2011-02-28")
    assert party("cets-197", "UKR", "2010-11-28")["state"] == "signed-only"


def test_cets197_moldova_day_also_in_a_2008_moldovan_press_item():
    # ipn-md-2008-197: "Moldova was the first CoE member country to ratify the Convention on 19 May 2006",
    # the same day as iom-md-2015-197; both cited on the row
    row = party("cets-197", "MDA", "2008-02-01")
    assert row["consent"] == "2006-05-19"
    assert "ipn-md-2008-197" in row["sources"]


# --- ETS 173 (Criminal Law Convention on Corruption): not yet ratified on a dated day -------------


def test_ets173_san_marino_and_liechtenstein_not_yet_ratified_in_mid_2016():
    # coe-news-2016-07-12-smr-173: on 2016-07-12 GRECO "called for San Marino to ratify"; coe-dc-096-2016-
    # lie-173: on 2016-06-02 Liechtenstein was one of four GRECO members that had "to date" not ratified.
    # Both are signatories only up to those days (nl-inview-173-parties: in force San Marino 2016-12-01,
    # Liechtenstein 2017-04-01); San Marino's deposit is now dated 2016-08-30 (coe19-li-konso-ets173-2017:
    # "San Marino* 30.08.2016"), so it is a signatory, not uncertain, until then
    assert party("ets-173", "SMR", "2016-07-12")["state"] == "signed-only"
    assert party("ets-173", "LIE", "2016-06-02")["state"] == "signed-only"
    uncertain = {u["country"] for u in answer("parties", "ets-173", "--as-of", "2016-08-01")["uncertain"]}
    assert "SMR" not in uncertain and "LIE" not in uncertain
    assert party("ets-173", "SMR", "2016-08-29")["state"] == "signed-only"
    assert party("ets-173", "SMR", "2016-08-30")["state"] == "consent-pending"
    # Liechtenstein's deposit of 2016-12-09 (coecrime12): a signatory only until then
    assert party("ets-173", "LIE", "2016-08-01")["state"] == "signed-only"
    assert party("ets-173", "SMR", "2016-12-01")["state"] == "bound"
    assert party("ets-173", "LIE", "2017-04-01")["state"] == "bound"


def test_cets197_france_deposit_of_9_january_2008_with_jurisdiction_reservations():
    # coe-197-res-fra: reservations "contained in the instrument of ratification deposited on 9 January
    # 2008", in force from 2008-05-01 (art. 31(2): jurisdiction over offences abroad only on a complaint
    # or an official denunciation)
    consent_then_bound("cets-197", "FRA", "2008-01-09", "2008-01-08", "2008-05-01", "2008-04-30")
    assert party("cets-197", "FRA", "2008-01-08")["state"] == "signed-only"
    quoted = qualifications("FRA", "ALB", "2008-05-01", "cets-197", "all")
    assert sum(q.startswith("France (reservation, art. 31(2), 2008-01-09)") for q in quoted) == 2
