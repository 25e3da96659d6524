"""Declarations that an instrument does not apply towards named states (type non-application), on the shipped
data: the basis is displaced between those two only, the declaration quoted as the reason, never widened."""

from __future__ import annotations

from datetime import date

import pytest

from octreaty.query import Queries

from .scenario import link_rows, qualifications

ICELAND = ("The Convention shall not apply to extradition to Denmark, Finland, Norway or Sweden as extradition "
           "between the Nordic countries is governed by a uniform law.")


def test_icelands_nordic_declaration_displaces_ets_24_towards_the_nordic_states_only():
    # uk-si-1990-1507-isl (the UK's schedule of Iceland's declarations, art. 28(3), made 1984-09-18)
    sweden = link_rows("iceland", "sweden", "2010-01-01", "extradition")
    assert sweden["ets-024"]["section"] == "displaced"
    assert sweden["ets-024"]["note"] == (
        f'Iceland declared that it does not apply between them (art. 28(3), 1984-09-18): "{ICELAND}"')
    germany = link_rows("iceland", "germany", "2010-01-01", "extradition")
    assert germany["ets-024"]["section"] == "shared"
    # it had been quoted for every pair, Germany included, having no conditions
    assert not any("Nordic countries" in q for q in qualifications("iceland", "germany", "2010-01-01", "ets-024",
                                                                   "extradition"))


def test_azerbaijans_declaration_displaces_cets_197_towards_armenia_only():
    # coe-197-decl-2016 (Treaty Office, declaration contained in the instrument deposited 2010-06-23): "the rights
    # and obligations set out in the provisions of the Convention shall not be applied by the Republic of
    # Azerbaijan in respect of Armenia"; both are parties, so the Convention binds both but does not apply between them
    armenia = link_rows("azerbaijan", "armenia", "2026-12-01")
    assert armenia["cets-197"]["section"] == "displaced"
    assert armenia["cets-197"]["note"] == (
        'Azerbaijan declared that it does not apply between them (2010-06-23): "The Republic of Azerbaijan declares '
        'that the rights and obligations set out in the provisions of the Convention shall not be applied by the '
        'Republic of Azerbaijan in respect of Armenia."')
    assert link_rows("azerbaijan", "georgia", "2026-12-01")["cets-197"]["section"] == "shared"
    # before its declaration took effect with its deposit, Azerbaijan was not bound at all
    assert link_rows("azerbaijan", "armenia", "2010-06-22")["cets-197"]["section"] == "one-sided"


MATRIX_SAMPLE = ["DNK", "FIN", "ISL", "NOR", "SWE", "AZE", "ARM", "GEO", "DEU", "FRA", "GBR", "IRL", "CHE", "USA",
                 "ITA", "ALB", "XKX", "SRB", "TWN", "SGP", "MYS", "CUB", "IRN"]


@pytest.mark.parametrize("day", [date(2003, 6, 1), date(2010, 1, 1), date(2021, 6, 1), date(2026, 12, 1)])
def test_the_matrix_counts_what_link_counts(shipped, day):
    # the matrix's bit masks give link's counts: what the closed regimes displace with their Protocols, what a
    # declaration displaces (the Nordic pairs, Azerbaijan-Armenia; for extradition, a Convention Singapore, Iran or
    # Cuba does not take as its legal basis), a state on a day it did not exist (Kosovo in
    # 2003), a bilateral agreement signed and awaiting its entry into force (UK-US 2003)
    q = Queries(shipped)
    for purpose in ("all", "extradition"):
        m = q.matrix(day, members=MATRIX_SAMPLE, purpose=purpose)
        for row in m.rows:
            c = dict(zip(m.columns, row, strict=True))
            link = q.link(c["a"], c["b"], day, purpose=purpose)
            assert (c["conventions"] + c["eu_law"] + c["organisations"], c["displaced"], c["bilateral"],
                    c["channels"], c["bridges"]) == (len(link.shared), len(link.displaced), len(link.bilateral),
                                                     len(link.channels), len(link.bridges)), (c["a"], c["b"], purpose)
