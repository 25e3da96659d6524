"""Round-9 scenarios for the Council of Europe crime conventions (ETS 141, 173, 185, CETS 197, 198).

Each test names the source of the answer it expects; the helpers are in tests/scenario.py.
"""

from __future__ import annotations

from .scenario import consent_then_bound, party


def test_ireland_cets197_ratified_2010_07_13():
    # UN Committee against Torture, CAT/C/IRL/CO/1 (2011): Ireland ratified the Council of Europe
    # Convention on Action against Trafficking in Human Beings "on 13 July 2010"; in force for Ireland
    # 2010-11-01 (Irish government's anti-trafficking site).
    consent_then_bound("cets-197", "IRL", "2010-07-13", "2010-07-12", "2010-11-01", "2010-10-31")


def test_portugal_signatures_ets141_and_cets198():
    # Decreto do Presidente da República n.º 73/97: ETS 141 "assinada por Portugal em 8 de Novembro de 1990";
    # Diário da Assembleia da República II-A n.º 152 (2009-07-08): Portugal signed CETS 198 on 16 May 2005.
    ets141 = party("ets-141", "PRT", "2000-01-01")
    assert ets141["signature"] == "1990-11-08" and ets141["act"] == "ratification"
    assert ets141["state"] == "bound" and ets141["in_force"] == "1999-02-01"
    signed = party("cets-198", "PRT", "2009-01-01")
    assert signed["state"] == "signed-only" and signed["signature"] == "2005-05-16"


def test_liechtenstein_ets173_signature_2009_with_the_2011_conflict_named(shipped):
    # Tractatenblad 2014, 85 and the Liechtenstein press office's release ("heute Dienstag", 17 November 2009):
    # signed 2009-11-17; the Government's report BuA 2016/110 says 17 November 2011, kept as a conflict.
    assert party("ets-173", "LIE", "2009-11-16") is None
    assert party("ets-173", "LIE", "2009-11-17")["state"] == "signed-only"
    row = next(r for r in shipped.instruments["ets-173"].parties if r.party == "LIE")
    assert [(c.field, c.value, c.sources) for c in row.conflicts] == [("signature", "2011-11-17", ("li-bua-2016-110",))]


def test_czechia_cets197_signed_may_2016():
    # cz-ctk-2017-03-30-197 (ČTK relaying the Czech Foreign Ministry): "Prague signed the convention in May 2016";
    # the month only, so Czechia is a signatory from June 2016 on and not before May.
    assert party("cets-197", "CZE", "2016-04-30") is None
    signed = party("cets-197", "CZE", "2016-06-01")
    assert signed["state"] == "signed-only" and signed["signature"] == "2016-05"
    assert party("cets-197", "CZE", "2017-05-01")["state"] == "consent-pending"
