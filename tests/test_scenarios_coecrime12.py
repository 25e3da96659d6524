"""Round-12 scenarios for the Council of Europe crime conventions (ETS 141, 173, 185, CETS 197, 198).

Each test names the source of the answer it expects; the helpers are in tests/scenario.py.
"""

from __future__ import annotations

from .scenario import consent_then_bound, party


def test_united_kingdom_ets141_first_ratification_1992_09_28():
    # House of Commons written answer of 22 February 1994 (HC Deb vol 238 cc99-100W): "The United Kingdom was the
    # first country to ratify it on 28 September 1992"; El País of 29 September 1992: only the United Kingdom,
    # "que lo hizo ayer", has ratified. The Convention itself entered into force on 1 September 1993.
    consent_then_bound("ets-141", "GBR", "1992-09-28", "1992-09-27", "1993-09-01", "1993-08-31")
    assert party("ets-141", "GBR", "1993-09-01")["act"] == "ratification"
