"""Round 21 (bileif21f): the entry into force of bilateral agreements of Latin America and Iberia that had a
signature and no day of entry into force, on the shipped data.

Each agreement is absent from `link` the day before its signature, pending on both sides from it, pending the day
before the day its source gives for its entry into force and binds both from that day. Where the source only dated
the signature (the Brazil-UAE pair), the agreement stays uncertain from its signature to today.

Source of every row: Brazil's treaty database Concórdia (Itamaraty), read in the scrape
pedrodrocha/scrape_concordia_tratados_bilaterais_br, data/bilaterais_brasil.csv, commit 3e42a2a of 2021-02-26
(key bileif21f-gh-concordia-bra-bilaterals); each row's columns data / status / vigor_int_em are quoted.
"""

from __future__ import annotations

import pytest

from .scenario import agreement, bilateral, day_before, sides
from .scenario import agreement_signed_then_in_force as _signed_then_in_force
from .scenario import agreement_signed_uncertain as _signed_uncertain

SRC = "bileif21f-gh-concordia-bra-bilaterals"

DATED = [
    # (a, b, id, purpose asked, signed, in force)
    # "Tratado de Extradição entre a República Federativa do Brasil e a República Popular da China", 12/11/2004,
    # Em Vigor, 16/08/2014
    ("BRA", "CHN", "bilateral-bra-chn-2004-extradition", "extradition", "2004-11-12", "2014-08-16"),
    # "Acordo de Cooperação Judicial em Matéria Penal ... República de Cuba", 24/09/2002, Em Vigor, 11/11/2007
    ("BRA", "CUB", "bilateral-bra-cub-2002-mla", "mla", "2002-09-24", "2007-11-11"),
    # "Tratado de Extradição ... República Dominicana", 17/11/2003 (Brasília), Em Vigor, 25/11/2008 (the signature
    # was only "2003" before this round)
    ("BRA", "DOM", "bilateral-bra-dom-2003-extradition", "extradition", "2003-11-17", "2008-11-25"),
    # "Acordo de Parceria e de Cooperação ... República Francesa em Matéria de Segurança Pública", 12/03/1997,
    # Em Vigor, 01/09/2007
    ("BRA", "FRA", "bilateral-bra-fra-1997-public-security", "police", "1997-03-12", "2007-09-01"),
    # "Tratado de Extradição ... Estado de Israel", 11/11/2009, Em Vigor, 26/09/2018
    ("BRA", "ISR", "bilateral-bra-isr-2009-extradition", "extradition", "2009-11-11", "2018-09-26"),
    # "Tratado de Transferência de Pessoas Condenadas e Execução de Penas ... Reino dos Países Baixos", 23/01/2009,
    # Em Vigor, 01/08/2011
    ("BRA", "NLD", "bilateral-bra-nld-2009-transfer-of-sentenced-persons", "all", "2009-01-23", "2011-08-01"),
    # "Tratado de Extradição ... República do Panamá", 10/08/2007 (Cidade do Panamá), Em Vigor, 27/06/2010
    ("BRA", "PAN", "bilateral-bra-pan-2007-extradition", "extradition", "2007-08-10", "2010-06-27"),
    # "Tratado de Extradição ... República do Peru", 25/08/2003, Em Vigor, 30/06/2006
    ("BRA", "PER", "bilateral-bra-per-2003-extradition", "extradition", "2003-08-25", "2006-06-30"),
    # "Tratado sobre Extradição ... República do Suriname", 21/12/2004 (Paramaribo), Em Vigor, 02/02/2011
    ("BRA", "SUR", "bilateral-bra-sur-2004-extradition", "extradition", "2004-12-21", "2011-02-02"),
    # "Tratado ... Suriname sobre Assistência Jurídica Mútua em Matéria Penal", 16/02/2005, Em Vigor, 08/12/2008
    ("BRA", "SUR", "bilateral-bra-sur-2005-mla", "mla", "2005-02-16", "2008-12-08"),
    # "Tratado sobre Transferência de Pessoas Condenadas ... Suriname", 16/02/2005, Em Vigor, 30/10/2014
    ("BRA", "SUR", "bilateral-bra-sur-2005-transfer-of-sentenced-persons", "all", "2005-02-16", "2014-10-30"),
    # "Acordo de Cooperação ... Argentina para a Prevenção do Uso Indevido e Combate ao Tráfico Ilícito de
    # Entorpecentes ...", 26/05/1993, Em Vigor, 09/10/1995
    ("ARG", "BRA", "bilateral-arg-bra-1993-drug-cooperation", "police", "1993-05-26", "1995-10-09"),
    # "Acordo ... Uruguai sobre cooperação policial em matéria de Investigação, prevenção e controle ...",
    # 14/04/2004, Em Vigor, 05/10/2008
    ("BRA", "URY", "bilateral-bra-ury-2004-police-cooperation", "police", "2004-04-14", "2008-10-05"),
    # "Acordo-Quadro ... Uruguai para Intercâmbio de Informações e Cooperação em Segurança Pública", 30/05/2011,
    # Em Vigor, 08/02/2017
    ("BRA", "URY", "bilateral-bra-ury-2011-security-cooperation", "police", "2011-05-30", "2017-02-08"),
]


@pytest.mark.parametrize("a,b,iid,purpose,signed,in_force", DATED, ids=[r[2] for r in DATED])
def test_signed_then_in_force_from_concordia(a, b, iid, purpose, signed, in_force):
    row = _signed_then_in_force(a, b, iid, signed, in_force, purpose, SRC)
    assert row["instrument"]["signed"] == signed


ANGOLA = [
    # "Acordo ... Angola sobre Extradição", 03/05/2005, Substituído, 10/10/2012 (replaced: no day, no instrument)
    ("bilateral-ago-bra-2005-extradition", "extradition"),
    # "Acordo ... Angola sobre Auxílio Jurídico Mútuo em Matéria Penal", 03/05/2005, Superado, 10/10/2012
    ("bilateral-ago-bra-2005-mla", "mla"),
]


@pytest.mark.parametrize("iid,purpose", ANGOLA, ids=[r[0] for r in ANGOLA])
def test_angola_brazil_2005_in_force_from_2012_10_10(iid, purpose):
    # Concordia dates the international entry into force 10/10/2012; Concordia's "Substituido"/"Superado" carries no
    # day, so no end is recorded and the agreement binds both from that day (the CPLP convention is its own row).
    _signed_then_in_force("BRA", "AGO", iid, "2005-05-03", "2012-10-10", purpose, SRC)


UAE = [
    # "Tratado sobre Extradição ... Emirados Árabes Unidos", 15/03/2019, Tramitação Congresso Nacional, NA
    ("bilateral-are-bra-2019-extradition", "extradition"),
    # "Tratado sobre Assistência Jurídica Mútua em Matéria Penal ... Emirados Árabes Unidos.", 15/03/2019,
    # Tramitação Ministérios/Casa Civil, NA
    ("bilateral-are-bra-2019-mla", "mla"),
]


@pytest.mark.parametrize("iid,purpose", UAE, ids=[r[0] for r in UAE])
def test_brazil_uae_2019_signed_on_concordias_day_and_still_uncertain(iid, purpose):
    on_day, today = _signed_uncertain("BRA", "ARE", iid, "2019-03-15", purpose, {SRC})
    assert on_day["instrument"]["signed"] == "2019-03-15"


# Colombia's Foreign Ministry treaty list (datos.gov.co 'Tratados internacionales de Colombia', fdir-hk5z), read in
# the copy FernandaRojas152/colombian-international-treaties first committed 2021-02-18 (key
# bileif21f-gh-datosgovco-col-treaties): each row 'Vigente: SI', no dates, so in force by the day of the copy.
COL_SRC = "bileif21f-gh-datosgovco-col-treaties"
COL_BY = "2021-02-18"

IN_FORCE_BY = [
    # (a, b, id, purpose asked, signed)
    # 'TRATADO DE EXTRADICION ENTRE LA REPUBLICA DE COLOMBIA Y LOS ESTADOS UNIDOS MEXICANOS', MEXICO, Holguín, SI
    ("COL", "MEX", "bilateral-col-mex-2011-extradition", "extradition", "2011-08-01"),
    # 'CONVENIO DE COOPERACION JUDICIAL EN MATERIA PENAL ... REPUBLICA ORIENTAL DEL URUGUAY', BOGOTA, Mejía Vélez, SI
    ("COL", "URY", "bilateral-col-ury-1998-mla", "mla", "1998-02-10"),
    # 'ACUERDO SOBRE ASISTENCIA RECIPROCA ... URUGUAY ... TRAFICO ILICITO DE ESTUPEFACIENTES', BOGOTA, SI
    ("COL", "URY", "bilateral-col-ury-1998-drug-cooperation", "police", "1998-02-17"),
    # 'ACUERDO DE ASISTENCIA JUDICIAL EN MATERIA PENAL ENTRE LA REPUBLICA DE COLOMBIA Y LA REPUBLICA ARGENTINA',
    # BUENOS AIRES, Mejía, SI
    ("ARG", "COL", "bilateral-arg-col-1997-mla", "mla", "1997-04-03"),
    # 'CONVENIO ... ARGENTINA SOBRE COOPERACION EN MATERIA DE PREVENCION DEL USO INDEBIDO DE ESTUPEFACIENTES ...',
    # BOGOTA, Low Mutra, SI
    ("ARG", "COL", "bilateral-arg-col-1988-drug-cooperation", "police", "1988-04-28"),
    # 'CONVENION DE EXTRADICION DE REOS ENTRE LOS ESTADOS UNIDOS DE COLOMBIA Y LA REPUBLICA DE PERU', LIMA, SI
    ("PER", "COL", "bilateral-col-per-1870-extradition", "extradition", "1870-02-10"),
]


@pytest.mark.parametrize("a,b,iid,purpose,signed", IN_FORCE_BY, ids=[r[2] for r in IN_FORCE_BY])
def test_uncertain_from_signature_then_in_force_by_the_colombian_list(a, b, iid, purpose, signed):
    assert iid not in bilateral(a, b, "--as-of", day_before(signed), "--for", purpose)
    assert sides(agreement(a, b, iid, signed, purpose)) == ("uncertain", "uncertain")
    assert sides(agreement(a, b, iid, day_before(COL_BY), purpose)) == ("uncertain", "uncertain")
    row = agreement(a, b, iid, COL_BY, purpose)
    assert sides(row) == ("bound", "bound")
    assert row["instrument"]["entry_into_force"] is None
    assert COL_SRC in row["sources"]


STILL_PENDING = [
    # (a, b, id, purpose asked, the source that shows it not yet in force in February 2021)
    # Concordia: 'Em ratificação da(s) outra(s) Parte(s)', vigor_int_em NA
    ("BRA", "MOZ", "bilateral-bra-moz-2007-extradition", "extradition", SRC),
    ("BRA", "GTM", "bilateral-bra-gtm-2004-extradition", "extradition", SRC),
    # Concordia: 'Tramitação Ministérios/Casa Civil' / 'Tramitação Congresso Nacional', vigor_int_em NA
    ("BRA", "ITA", "bilateral-bra-ita-2008-transfer-of-sentenced-persons", "all", SRC),
    ("BRA", "MAR", "bilateral-bra-mar-2019-extradition", "extradition", SRC),
    ("ARG", "BRA", "bilateral-arg-bra-2019-extradition", "extradition", SRC),
    # Colombia's treaty list: 'Vigente: NO'
    ("ARG", "COL", "bilateral-arg-col-2013-extradition", "extradition", COL_SRC),
    ("COL", "ITA", "bilateral-col-ita-2016-extradition", "extradition", COL_SRC),
    ("COL", "ITA", "bilateral-col-ita-2016-mla", "mla", COL_SRC),
]


@pytest.mark.parametrize("a,b,iid,purpose,source", STILL_PENDING, ids=[r[2] for r in STILL_PENDING])
def test_not_in_force_in_2021_by_the_national_lists_so_still_uncertain(a, b, iid, purpose, source):
    # The lists say "not in force" only as of February 2021 and give no later day: the agreement stays uncertain
    # (never bound) today, and the answer cites the list.
    row = agreement(a, b, iid, "2026-12-02", purpose)
    assert sides(row) == ("uncertain", "uncertain")
    assert row["instrument"]["entry_into_force"] is None
    assert source in row["sources"]
