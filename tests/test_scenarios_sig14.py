"""Round 14 (sig14): signature days of Council of Europe criminal-law treaties.

Each test names the source of the expected day, and asserts both sides of the boundary the
signature sets: not yet a signatory the day before, signed (and not yet bound) on the day.
"""

import pytest

from .scenario import day_before, party

CASES = [
    # ETS 30: Tractatenblad 1996, 63, section B (nl-trb-1996-63): "ondertekend voor ... Estland
    # 4 november 1993, ... Litouwen 9 november 1994, Roemenië 30 juni 1995".
    ("ets-030", "EST", "1993-11-04"),
    ("ets-030", "LTU", "1994-11-09"),
    ("ets-030", "ROU", "1995-06-30"),
    # ETS 24: Ukrainian Law 43/98-VR (ua-zakon-43-98-vr): signed for Ukraine at Strasbourg on
    # 29 May 1997.
    ("ets-024", "UKR", "1997-05-29"),
    # ETS 98: Resolução da Assembleia da República 23/89 (pt-rar-23-89): the Second
    # Additional Protocol signed for Portugal at Strasbourg on 27 April 1978.
    ("ets-098", "PRT", "1978-04-27"),
    # CETS 197: GRETA's country page for Estonia (coe-greta-est-fr): "Signature : 3 février
    # 2010"; the Secretary General's news of 2015-11-30 (coe-sg-2015-monaco): signed by
    # Liechtenstein "aujourd'hui".
    ("cets-197", "EST", "2010-02-03"),
    ("cets-197", "LIE", "2015-11-30"),
    # CETS 212: the Austrian Government's explanatory notes to RV 785 d.B. XXV. GP
    # (at-rv-785-xxv-cets212): opened for signature in Vienna on 20.9.2012 "und von
    # Österreich am selben Tag unterzeichnet".
    ("cets-212", "AUT", "2012-09-20"),
    # ETS 141: report 655 d.B. XX. GP of the Austrian National Council (at-ab-655-xx-ets141):
    # "Österreich hat am 10. Juli 1991 das Übereinkommen unter Vorbehalt der Ratifikation
    # unterzeichnet".
    ("ets-141", "AUT", "1991-07-10"),
]


@pytest.mark.parametrize(("iid", "country", "day"), CASES)
def test_signature_day(iid, country, day):
    assert party(iid, country, day_before(day)) is None
    row = party(iid, country, day)
    assert row is not None
    assert row["signature"] == day
    assert row["state"] == "signed-only"


def test_estonia_ets030_signed_then_ratified():
    """Estonia signed ETS 30 on 1993-11-04 (nl-trb-1996-63) and deposited on 1997-04-28
    (nl-trb-1997-280): the signature stays on the bound row."""
    row = party("ets-030", "EST", "1997-07-27")
    assert row["state"] == "bound"
    assert (row["signature"], row["consent"], row["in_force"]) == ("1993-11-04", "1997-04-28", "1997-07-27")


def test_liechtenstein_cets197_signed_before_its_deposit():
    """Liechtenstein signed CETS 197 on 2015-11-30 (coe-sg-2015-monaco) and deposited its
    ratification on 2016-01-27 (li-ikr-2016-cets197): signed only on 2016-01-26."""
    row = party("cets-197", "LIE", "2016-01-26")
    assert row["state"] == "signed-only" and row["signature"] == "2015-11-30"


def test_portugal_ets098_ratified_not_just_party():
    """Aviso DD1875/90 (pt-aviso-dd1875-90): Portugal deposited its instrument of ratification of
    the Second Additional Protocol; signed on 1978-04-27 (pt-rar-23-89); in force for
    Portugal on 1990-04-25 (inview-ets-098-parties), no deposit day known."""
    row = party("ets-098", "PRT", "1990-04-25")
    assert row["state"] == "bound" and row["act"] == "ratification"
    assert (row["signature"], row["in_force"]) == ("1978-04-27", "1990-04-25")


def test_austria_cets212_signed_then_bound():
    """Austria signed CETS 212 on 2012-09-20 (at-rv-785-xxv-cets212), deposited on
    2016-02-01 and is bound from 2016-06-01 (at-ris-cets212)."""
    assert party("cets-212", "AUT", "2016-01-31")["state"] == "signed-only"
    row = party("cets-212", "AUT", "2016-06-01")
    assert row["state"] == "bound" and row["signature"] == "2012-09-20"
