"""Round-10 scenarios for the Council of Europe crime conventions (ETS 141, 173, 185, CETS 197, 198).

Each test names the source of the answer it expects; the helpers are in tests/scenario.py.
"""

from __future__ import annotations

from .scenario import consent_then_bound, party


def test_portugal_ets141_deposit_1998_10_19():
    # Procuradoria-Geral da República, GDDC treaty database (pt-gddc-ets141): Portugal signed 08/11/1990,
    # deposited its instrument of ratification on 19/10/1998, in force for Portugal 01/02/1999.
    consent_then_bound("ets-141", "PRT", "1998-10-19", "1998-10-18", "1999-02-01", "1999-01-31")
    assert party("ets-141", "PRT", "1998-10-18")["state"] == "signed-only"
