"""Round-12 scenarios for the Council of Europe crime conventions (ETS 141, 173, 185, CETS 197, 198).

Each test names the source of the answer it expects; the helpers are in tests/scenario.py.
"""

from __future__ import annotations

from .scenario import consent_then_bound, party, qualifications


def test_united_kingdom_ets141_first_ratification_1992_09_28():
    # House of Commons written answer of 22 February 1994 (HC Deb vol 238 cc99-100W): "The United Kingdom was the
    # first country to ratify it on 28 September 1992"; El País of 29 September 1992: only the United Kingdom,
    # "que lo hizo ayer", has ratified. The Convention itself entered into force on 1 September 1993.
    consent_then_bound("ets-141", "GBR", "1992-09-28", "1992-09-27", "1993-09-01", "1993-08-31")
    assert party("ets-141", "GBR", "1993-09-01")["act"] == "ratification"


def test_serbia_ets141_deposit_2003_10_09_with_language_and_speciality_reservations():
    # BGBl. III Nr. 62/2011 (Austrian notice of the Secretary General's notification): Serbia and Montenegro (now
    # Serbia) deposited its instrument of ratification on 9 October 2003, with reservations under arts. 14(3), 21(2),
    # 25(3) (translation into Serbian or English) and 32(2); in force 2004-02-01 (the Verdragenbank party list).
    consent_then_bound("ets-141", "SRB", "2003-10-09", "2003-10-08", "2004-02-01", "2004-01-31")
    quoted = [q.split(":")[0] for q in qualifications("SRB", "ITA", "2010-01-01", "ets-141", "mla")]
    assert quoted[:4] == ["Serbia (reservation, art. 21(2), 2003-10-09)", "Serbia (reservation, art. 25(3), 2003-10-09)",
                          "Serbia (reservation, art. 32(2), 2003-10-09)", "Serbia (reservation, art. 14(3), 2003-10-09)"]


def test_montenegro_ets141_succession_declared_2006_10_13_effective_2006_06_06():
    # BGBl. III Nr. 62/2011: "Ferner hat Montenegro am 13. Oktober 2006 erklärt, sich mit Wirksamkeit vom 6. Juni 2006
    # auch weiterhin an das Übereinkommen gebunden zu erachten": bound from the day of succession, not the notice's.
    assert party("ets-141", "MNE", "2006-06-05") is None
    row = party("ets-141", "MNE", "2006-06-06")
    assert (row["state"], row["act"], row["consent"], row["in_force"]) == ("bound", "succession", "2006-10-13", "2006-06-06")


def test_austria_and_liechtenstein_ets173_ratification_days_from_the_encyclopaedia():
    # dewiki-ets173-mirror (German-language encyclopaedia, not the depositary): Österreich Ratifikation 25. September
    # 2013, Liechtenstein Ratifikation 9. Dezember 2016; both agree with the Verdragenbank's entry into force
    # (nl-inview-173-parties: 2014-01-01 and 2017-04-01).
    consent_then_bound("ets-173", "AUT", "2013-09-25", "2013-09-24", "2014-01-01", "2013-12-31")
    consent_then_bound("ets-173", "LIE", "2016-12-09", "2016-12-08", "2017-04-01", "2017-03-31")
    assert party("ets-173", "LIE", "2016-12-08")["signature"] == "2009-11-17"
