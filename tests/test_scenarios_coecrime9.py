"""Round-9 scenarios for the Council of Europe crime conventions (ETS 141, 173, 185, CETS 197, 198).

Each test names the source of the answer it expects; the helpers are in tests/scenario.py.
"""

from __future__ import annotations

from .scenario import consent_then_bound


def test_ireland_cets197_ratified_2010_07_13():
    # UN Committee against Torture, CAT/C/IRL/CO/1 (2011): Ireland ratified the Council of Europe
    # Convention on Action against Trafficking in Human Beings "on 13 July 2010"; in force for Ireland
    # 2010-11-01 (Irish government's anti-trafficking site).
    consent_then_bound("cets-197", "IRL", "2010-07-13", "2010-07-12", "2010-11-01", "2010-10-31")
