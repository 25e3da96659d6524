"""Round 21 (bra21): Brazilian and Colombian bilateral agreements checked against two public copies of national
treaty lists, on the shipped data.

- Brazil's treaty database Concórdia (Itamaraty), read in the scrape pedrodrocha/scrape_concordia_tratados_bilaterais_br,
  data/bilaterais_brasil.csv, commit 3e42a2a of 2021-02-26 (key bileif21f-gh-concordia-bra-bilaterals); each row's
  columns titulo / data / status / vigor_int_em are quoted.
- Colombia's Foreign Ministry treaty list (datos.gov.co fdir-hk5z), read in the copy
  FernandaRojas152/colombian-international-treaties first committed 2021-02-18 (key bileif21f-gh-datosgovco-col-treaties):
  'Vigente: SI' gives in force by the day of the copy, never a day.

Where Concórdia's day differs from a Brazilian promulgation decree's, the row keeps the decree's day and lists
Concórdia's as a conflict: the answers follow the decree.
"""

from __future__ import annotations

import pytest

from .scenario import agreement, answer, bilateral, day_before, sides
from .scenario import agreement_signed_then_in_force as _signed_then_in_force
from .scenario import agreement_signed_uncertain as _signed_uncertain

SRC = "bileif21f-gh-concordia-bra-bilaterals"
COL_SRC = "bileif21f-gh-datosgovco-col-treaties"
COL_BY = "2021-02-18"


def test_brazil_australia_extradition_1994_in_force_1996_09_01():
    # Concordia: 'Tratado sobre Extradição entre a República Federativa do Brasil e a Austrália', 22/08/1994,
    # Em Vigor, 01/09/1996
    row = _signed_then_in_force("AUS", "BRA", "bilateral-aus-bra-1994-extradition", "1994-08-22", "1996-09-01",
                                "extradition", SRC)
    assert row["instrument"]["signed"] == "1994-08-22"


def test_brazil_colombia_extradition_1938_uncertain_then_in_force_by_the_colombian_list():
    # Colombia's list: 'TRATADO DE EXTRADICION CELEBRADO ENTRE LA REPUBLICA DE COLOMBIA Y LA REPUBLICA DE BRASIL',
    # RIO DE JANEIRO, Domingo Esguerra, 'Vigente: SI' (no day): uncertain from the signature until the copy's day
    a, b, iid, purpose, signed = "BRA", "COL", "bilateral-bra-col-1938-extradition", "extradition", "1938-12-28"
    assert iid not in bilateral(a, b, "--as-of", day_before(signed), "--for", purpose)
    assert sides(agreement(a, b, iid, signed, purpose)) == ("uncertain", "uncertain")
    assert sides(agreement(a, b, iid, day_before(COL_BY), purpose)) == ("uncertain", "uncertain")
    row = agreement(a, b, iid, COL_BY, purpose)
    assert sides(row) == ("bound", "bound")
    assert row["instrument"]["entry_into_force"] is None
    assert COL_SRC in row["sources"]


STILL_UNCERTAIN = [
    # (a, b, id, purpose asked, signed, source showing it not in force in February 2021)
    # Concordia: 'Tratado entre a República Federativa do Brasil e a Romênia sobre Auxílio Jurídico Mútuo em Matéria
    # Penal.', 13/06/2017, Tramitação Congresso Nacional, NA
    ("BRA", "ROU", "bilateral-bra-rou-2017-mla", "mla", "2017-06-13", SRC),
    # Concordia: 'Tratado de Extradição entre a República Federativa do Brasil e a Hungria.', 09/05/2019,
    # Tramitação Congresso Nacional, NA
    ("BRA", "HUN", "bilateral-bra-hun-2019-extradition", "extradition", "2019-05-09", SRC),
    # Colombia's list: 'TRATADO ENTRE LA REPUBLICA DE COLOMBIA Y LA REPUBLICA ITALIANA SOBRE EL TRASLADO DE PERSONAS
    # CONDENANDAS', ROMA, Holguín Cuéllar, 'Vigente: NO'
    ("COL", "ITA", "bilateral-col-ita-2016-transfer-of-sentenced-persons", "all", "2016-12-16", COL_SRC),
]


@pytest.mark.parametrize("a,b,iid,purpose,signed,source", STILL_UNCERTAIN, ids=[r[2] for r in STILL_UNCERTAIN])
def test_not_in_force_in_2021_by_the_national_lists_so_still_uncertain(a, b, iid, purpose, signed, source):
    # The lists say "not in force" only as of February 2021, with no later day: uncertain from signature to today
    _signed_uncertain(a, b, iid, signed, purpose, {source})


CONFLICTS = [
    # (a, b, id, purpose asked, decree's day kept, Concordia's day recorded as a conflict)
    # Decreto 3.988/2001 gives 24/08/2001; Concordia: 'Acordo de Assistência Judiciária em Matéria Penal ... Peru.',
    # 21/07/1999, Em Vigor, 23/08/2001
    ("BRA", "PER", "bilateral-bra-per-1999-mla", "mla", "2001-08-24", "2001-08-23"),
    # Decreto 9.065/2017 gives 16/07/2015; Concordia: 'Acordo sobre Auxílio Jurídico Mútuo em Matéria Penal ...
    # Turquia', 07/10/2011, Em Vigor, 17/07/2015
    ("BRA", "TUR", "bilateral-bra-tur-2011-mla", "mla", "2015-07-16", "2015-07-17"),
    # Decreto 8.316/2014 gives 09/11/2012; Concordia: 'Acordo ... Angola sobre Transferência de Pessoas Condenadas',
    # 03/05/2005, Substituído, 10/11/2012 (no day of the replacement: no end recorded)
    ("AGO", "BRA", "bilateral-ago-bra-2005-transfer-of-sentenced-persons", "all", "2012-11-09", "2012-11-10"),
    # Decreto 3.324/1999 (D.O.U. text on vLex) gives 01/02/2000; Concordia: 'Acordo de Cooperação Judiciária em
    # Matéria Penal ... República Francesa', 28/05/1996, Em Vigor, 01/03/2000
    ("BRA", "FRA", "bilateral-bra-fra-1996-mla", "mla", "2000-02-01", "2000-03-01"),
    # Decreto 9.153/2017 gives 28/09/2015; Concordia: 'Tratado ... Ucrânia sobre Transferência de Pessoas
    # Condenadas', 02/12/2009, Em Vigor, 28/09/2014
    ("BRA", "UKR", "bilateral-bra-ukr-2009-transfer-of-sentenced-persons", "all", "2015-09-28", "2014-09-28"),
]


@pytest.mark.parametrize("a,b,iid,purpose,kept,other", CONFLICTS, ids=[r[2] for r in CONFLICTS])
def test_decree_day_kept_and_concordias_day_listed_as_a_conflict(a, b, iid, purpose, kept, other):
    # The answers follow the decree: pending the day before its day, bound on it, whatever Concordia says
    before = agreement(a, b, iid, day_before(kept), purpose)
    assert sides(before) == ("consent-pending", "consent-pending")
    row = agreement(a, b, iid, kept, purpose)
    assert sides(row) == ("bound", "bound")
    assert row["instrument"]["entry_into_force"] == kept
    if other < kept:
        # Concordia's earlier day is not taken: still pending on it
        assert sides(agreement(a, b, iid, other, purpose)) == ("consent-pending", "consent-pending")
    else:
        # Concordia's later day: already bound on it
        assert sides(agreement(a, b, iid, other, purpose)) == ("bound", "bound")
    # `show` lists Concordia's value as a conflict
    shown = str(answer("show", iid))
    assert other in shown and SRC in shown
