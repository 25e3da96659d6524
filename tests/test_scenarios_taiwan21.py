"""Round 21 (taiwan21): Taiwan's bilateral agreements on criminal matters (data/bilateral-x21t.yaml), and those with
states that later broke off relations with Taiwan, on the shipped data.

Dated: absent from `link` the day before signature, pending on both sides from it, bound from the day Taiwan's Laws
and Regulations Database (law.moj.gov.tw) gives for entry into force. Signed and in force on the same day: absent the
day before, bound on the day. May have ended (`may_have_ended`): bound the day before the day a source dates the
breaking-off of relations, "uncertain" from it to today, and the event's source cited from that day only. Each row
names its source.
"""

from __future__ import annotations

import pytest

from .scenario import (
    agreement,
    agreement_in_force_on_signature,
    agreement_may_have_ended_from,
    agreement_signed_in_a_month_uncertain,
    agreement_signed_then_in_force,
    agreement_signed_uncertain,
    bilateral,
    day_before,
    sides,
)

DATED = [
    # (a, b, id, purpose asked, signed, in force, the source's key)
    # mjib-cross-strait-2009: SEF and ARATS "on April 26, 2009 entered a 'Cross-strait Joint Fight against Crime and
    # Mutual Legal Assistance Agreement', with the said agreement to take effect on June 25 of the same year"
    ("taiwan", "china", "bilateral-chn-twn-2009-crime-mla", "mla", "2009-04-26", "2009-06-25",
     "taiwan21-mjib-cross-strait-2009"),
    ("china", "taiwan", "bilateral-chn-twn-2009-crime-mla", "police", "2009-04-26", "2009-06-25",
     "taiwan21-taiwantoday-jp-2014-06-cross-strait"),
    # Y0030078: "Signed on April 12, 2011 Entered into force on June 05, 2012"
    ("taiwan", "marshall islands", "bilateral-mhl-twn-2011-extradition", "extradition", "2011-04-12", "2012-06-05",
     "taiwan21-tw-moj-y0030078-mhl-extradition"),
    # Y0030151: "Signed on August 13 and July 27, 2012; Entered into force on March 26, 2013." (簽訂日期 2012-08-13)
    ("palau", "taiwan", "bilateral-plw-twn-2012-extradition", "extradition", "2012-08-13", "2013-03-26",
     "taiwan21-tw-moj-y0030151-plw-extradition"),
    # Y0030157: "Signed on November 06, 2013 and October 23, 2013 Entered into force on February 07, 2014"
    ("taiwan", "germany", "bilateral-deu-twn-2013-transfer", "all", "2013-11-06", "2014-02-07",
     "taiwan21-tw-moj-y0030157-deu-transfer"),
    # Y0030159: "Signed on February 27, 2019 Entered into force on May 08, 2019"
    ("taiwan", "eswatini", "bilateral-swz-twn-2019-transfer", "all", "2019-02-27", "2019-05-08",
     "taiwan21-tw-moj-y0030159-swz-transfer"),
]

SAME_DAY = [
    # (a, b, id, purpose asked, signed and in force, the source's key)
    # Y0030137: "Signed on July 05, 2017 and June 16, 2017 Entered into force on July 05, 2017"
    ("taiwan", "palau", "bilateral-plw-twn-2017-police", "police", "2017-07-05", "taiwan21-tw-moj-y0030137-plw-police"),
    # Y0030188: "Signed on November 20, 2018 Entered into force on November 20, 2018"
    ("taiwan", "marshall islands", "bilateral-mhl-twn-2018-police", "police", "2018-11-20",
     "taiwan21-tw-moj-y0030188-mhl-police"),
    # Y0030141: "Signed on December 02, 2016 Entered into force on December 02, 2016"
    ("taiwan", "saint kitts and nevis", "bilateral-kna-twn-2016-police", "police", "2016-12-02",
     "taiwan21-tw-moj-y0030141-kna-police"),
    # Y0030192: "Signed on July 16, 2019 Entered into force on July 16, 2019"
    ("taiwan", "saint vincent and the grenadines", "bilateral-twn-vct-2019-transnational-crime", "police",
     "2019-07-16", "taiwan21-tw-moj-y0030192-twn-vct-crime"),
    # Y0030149: "Signed on May 03, 2016 and April 15, 2016 Entered into force on May 03, 2016"
    ("taiwan", "united kingdom", "bilateral-gbr-twn-2016-transfer", "all", "2016-05-03",
     "taiwan21-tw-moj-y0030149-gbr-transfer"),
    # Y0030161: "Signed on July 08, 2019 Entered into force on July 08, 2019"
    ("taiwan", "denmark", "bilateral-dnk-twn-2019-transfer", "all", "2019-07-08", "taiwan21-tw-moj-y0030161-dnk-transfer"),
    # moj.gov.tw nodeId=109763: signed at Bern 2020-12-11 and Taipei 2020-11-13, "並自一百零九年十二月十一日生效"
    ("taiwan", "switzerland", "bilateral-che-twn-2020-transfer", "all", "2020-12-11", "taiwan21-tw-moj-che-transfer-2020"),
]

MAY_HAVE_ENDED = [
    # (a, b, id, purpose asked, signed and in force, the day relations were broken off, the agreement's source,
    #  the event's source)
    # Y0030125: "Signed on January 09, 2018 and December 20, 2017 Entered into force on January 09, 2018"; CNA
    # 2018-05-01: the Dominican Republic "switched diplomatic recognition from Taipei to Beijing on Monday" (April 30)
    ("taiwan", "dominican republic", "bilateral-dom-twn-2018-police", "police", "2018-01-09", "2018-04-30",
     "taiwan21-tw-moj-y0030125-dom-police", "taiwan21-cna-2018-05-01-dominican"),
    # Y0030145: "Signed on November 02, 2017 Entered into force on November 02, 2017"; SCMP 2019-09-16: Taiwan
    # terminated relations "with immediate effect" after Solomon Islands' cabinet voted on Monday 2019-09-16
    ("solomon islands", "taiwan", "bilateral-slb-twn-2017-police", "police", "2017-11-02", "2019-09-16",
     "taiwan21-tw-moj-y0030145-slb-police", "taiwan21-scmp-2019-09-16-solomon"),
    # Y0030111: "Signed on November 25, 2015 Entered into force on November 25, 2015"; Executive Yuan: Panama's
    # "unilateral decision on June 13" and Taiwan's termination "on the same day"
    ("taiwan", "panama", "bilateral-pan-twn-2015-money-laundering", "police", "2015-11-25", "2017-06-13",
     "taiwan21-tw-moj-y0030111-pan-money-laundering", "taiwan21-tw-ey-2017-06-23-panama"),
    # Y0010203: "Signed on June 27, 2016 Entered into force on June 27, 2016"
    ("panama", "taiwan", "bilateral-pan-twn-2016-immigration", "police", "2016-06-27", "2017-06-13",
     "taiwan21-tw-moj-y0010203-pan-immigration", "taiwan21-tw-ey-2017-06-23-panama"),
    # Y0010197: "Signed on January 21, 2016 and December 15, 2015 Entered into force on January 21, 2016"; MOFA
    # Statement No. 005: terminated "with immediate effect August 21"
    ("taiwan", "el salvador", "bilateral-slv-twn-2016-immigration", "police", "2016-01-21", "2018-08-21",
     "taiwan21-tw-moj-y0010197-slv-immigration", "taiwan21-tw-mofa-2018-08-21-el-salvador"),
    # Y0010183: "Signed on April 23,2013 Entered into force on April 23,2013"; Honduran communiqué (Xinhua, "TEGUCIGALPA,
    # March 25"): "As of today, the government of Honduras has communicated to Taiwan the severing"
    ("taiwan", "honduras", "bilateral-hnd-twn-2013-immigration", "police", "2013-04-23", "2023-03-25",
     "taiwan21-tw-moj-y0010183-hnd-immigration", "taiwan21-xinhua-2023-03-25-honduras"),
    # Y0010180: "Signed on October 17, 2012 Signed on August 08, 2012 Entered into force on October 17, 2012"; MOFA
    # 2013-11-18: "the November 14 announcement by Gambian President ... that The Gambia was terminating diplomatic
    # relations"
    ("gambia", "taiwan", "bilateral-gmb-twn-2012-immigration", "police", "2012-10-17", "2013-11-14",
     "taiwan21-tw-moj-y0010180-gmb-immigration", "taiwan21-tw-mofa-2013-11-18-gambia"),
    # Y0010193: "Signed on June 08, 2015 Entered into force on June 08, 2015"; lead21-tw-mofa-2024-01-15-nauru
    ("taiwan", "nauru", "bilateral-nru-twn-2015-immigration", "police", "2015-06-08", "2024-01-15",
     "taiwan21-tw-moj-y0010193-nru-immigration", "lead21-tw-mofa-2024-01-15-nauru"),
    # Y0090161: "Signed on June 13, 2019 and April 25, 2019 Entered into force on June 13, 2019"
    ("nauru", "taiwan", "bilateral-nru-twn-2019-drugs", "police", "2019-06-13", "2024-01-15",
     "taiwan21-tw-moj-y0090161-nru-drugs", "lead21-tw-mofa-2024-01-15-nauru"),
]


@pytest.mark.parametrize(("a", "b", "iid", "purpose", "signed", "eif", "source"), DATED)
def test_signed_then_in_force_on_the_day_taiwans_database_gives(a, b, iid, purpose, signed, eif, source):
    agreement_signed_then_in_force(a, b, iid, signed, eif, purpose, source)


@pytest.mark.parametrize(("a", "b", "iid", "purpose", "day", "source"), SAME_DAY)
def test_signed_and_in_force_on_the_same_day(a, b, iid, purpose, day, source):
    agreement_in_force_on_signature(a, b, iid, day, purpose, source)
    # nothing dates an end: still bound today
    assert sides(agreement(b, a, iid, "2026-12-02", purpose)) == ("bound", "bound")


@pytest.mark.parametrize(("a", "b", "iid", "purpose", "day", "event", "source", "event_source"), MAY_HAVE_ENDED)
def test_bound_until_relations_were_broken_off_then_uncertain(a, b, iid, purpose, day, event, source, event_source):
    agreement_in_force_on_signature(a, b, iid, day, purpose, source)
    assert agreement(a, b, iid, day_before(event), purpose)["a"]["reason"] == f"in force since {day}"
    today = agreement_may_have_ended_from(a, b, iid, event, purpose, event_source)
    assert today["a"]["reason"].startswith(f"in force since {day}; it may have ended since, from {event} on (")


def test_panama_transfer_treaty_signed_in_july_2010_uncertain_and_may_have_ended_in_2017():
    # taiwan21-taipeitimes-2010-07-27-pan-transfer: signed "yesterday" (the data keeps the month); no entry into force
    # found; Panama and Taiwan broke off relations on 2017-06-13 (taiwan21-tw-ey-2017-06-23-panama)
    iid = "bilateral-pan-twn-2010-transfer"
    agreement_signed_in_a_month_uncertain("taiwan", "panama", iid, "2010-07", "all",
                                          "taiwan21-taipeitimes-2010-07-27-pan-transfer")
    agreement_may_have_ended_from("taiwan", "panama", iid, "2017-06-13", "all", "taiwan21-tw-ey-2017-06-23-panama",
                                  before="uncertain")


def test_nauru_mla_treaty_uncertain_throughout_and_may_have_ended_from_2024_01_15():
    # tw-moj-2019-08-07-twn-nru-mla: signed 2019-08-07, no entry into force found (round 21 searched Taiwan's database
    # again); lead21-tw-mofa-2024-01-15-nauru: relations broken off 2024-01-15
    iid = "bilateral-nru-twn-2019-mla"
    agreement_signed_uncertain("taiwan", "nauru", iid, "2019-08-07", "mla", {"tw-moj-2019-08-07-twn-nru-mla"})
    agreement_may_have_ended_from("taiwan", "nauru", iid, "2024-01-15", "mla", "lead21-tw-mofa-2024-01-15-nauru",
                                  before="uncertain")


def test_the_cross_strait_agreement_serves_repatriation_and_the_transfer_of_sentenced_persons():
    # taiwan21-lreat-cross-strait-2009-text: point 6 (遣返 of criminals and suspects) and point 1(5) (移管 of sentenced
    # persons); in force 2009-06-25 (taiwan21-mjib-cross-strait-2009)
    iid = "bilateral-chn-twn-2009-crime-mla"
    for purpose in ("extradition", "police", "mla"):
        row = agreement("taiwan", "china", iid, "2009-06-25", purpose)
        assert sides(row) == ("bound", "bound")
    row = agreement("taiwan", "china", iid, "2026-12-02", "all")
    assert row["usable_for"]["other"] == "transfer (移管/接返) of sentenced persons (point 1(5))"
    assert row["usable_for"]["extradition"].startswith("repatriation (遣返) of criminals and criminal suspects")


def test_taiwan_nauru_agreements_on_police_cooperation_all_uncertain_after_the_break():
    # lead21-tw-mofa-2024-01-15-nauru: the police agreement of 2018 (the lead's), the immigration agreement of 2015 and
    # the drugs agreement of 2019 (Y0010193, Y0090161) are all in force the day before and uncertain from the day
    rows = bilateral("taiwan", "nauru", "--as-of", "2024-01-14", "--for", "police")
    police = {"bilateral-nru-twn-2018-police-cooperation", "bilateral-nru-twn-2015-immigration",
              "bilateral-nru-twn-2019-drugs"}
    assert police <= set(rows)
    assert all(sides(rows[i]) == ("bound", "bound") for i in police)
    after = bilateral("nauru", "taiwan", "--as-of", "2024-01-15", "--for", "police")
    assert all(sides(after[i]) == ("uncertain", "uncertain") for i in police)


def test_paraguay_extradition_treaty_signed_1986_04_24_entry_into_force_not_found():
    # taiwan21-py-ley-1208-1986-pry-twn-extradition: Ley 1208/1986 approves the treaty "suscrito ... en la Ciudad de
    # Taipei el 24 de abril de 1986"; no exchange of ratifications or entry into force found
    on_day, today = agreement_signed_uncertain("taiwan", "paraguay", "bilateral-pry-twn-1986-extradition", "1986-04-24",
                                               "extradition", {"taiwan21-py-ley-1208-1986-pry-twn-extradition"})
    assert on_day["a"]["reason"] == "signed; entry into force not found in the sources"


def test_dominican_extradition_treaty_signed_in_1990_uncertain_and_may_have_ended_from_2018_04_30():
    # taiwan21-noticias-1990-10-26-dom-twn-extradition: the Dominican Foreign Minister "firmó un tratado de [extradición]"
    # during his visit (reported 1990-10-26; no day given, the year kept); taiwan21-cna-2018-05-01-dominican: the
    # Dominican Republic switched recognition on Monday 2018-04-30
    iid = "bilateral-dom-twn-1990-extradition"
    assert iid not in bilateral("taiwan", "dominican republic", "--as-of", "1989-12-31", "--for", "extradition")
    row = agreement("taiwan", "dominican republic", iid, "1991-01-01", "extradition")
    assert sides(row) == ("uncertain", "uncertain")
    assert row["instrument"]["signed"] == "1990"
    agreement_may_have_ended_from("dominican republic", "taiwan", iid, "2018-04-30", "extradition",
                                  "taiwan21-cna-2018-05-01-dominican", before="uncertain")
