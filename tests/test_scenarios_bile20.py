"""Round 20 (bile20): bilateral extradition, legal-assistance, transfer and police/drug agreements of Central
American and Caribbean states and Bolivia (data/bilateral-x20e.yaml), on the shipped data.

Dated: each agreement is absent from `link` the day before its signature, pending on both sides from it, and binds
both from the day the source gives for its entry into force (pending the day before). Signed and in force on the
same day: absent the day before, bound on the day. Signed only (entry into force not in the sources read): absent
the day before signature and uncertain on both sides from it to today. In force by a reported day (in_force_by):
uncertain from signature to the day before, bound from it.
"""

from __future__ import annotations

import pytest

from .scenario import agreement, agreement_in_force_on_signature, bilateral, day_before, sides
from .scenario import agreement_signed_then_in_force as _signed_then_in_force
from .scenario import agreement_signed_uncertain as _signed_uncertain

DATED = [
    # (a, b, id, purpose asked, signed, in force, the source's key)
    # BOE-A-2000-17593 (vlex copy): "hecho 'ad referendum' en Managua el 12 de noviembre de 1997";
    # "Fecha de Entrada en Vigor 5 de Octubre de 2000"
    ("ESP", "NIC", "bilateral-esp-nic-1997-extradition", "extradition", "1997-11-12", "2000-10-05",
     "bile20-vlex-boe-a-2000-17593-esp-nic"),
    # BOE-A-1984-25079 (vlex copy): signed at Madrid "el día 4 de mayo 1981"; "Fecha de Entrada en Vigor 20 de
    # Noviembre de 1984" (extradition and judicial assistance in criminal matters)
    ("ESP", "DOM", "bilateral-dom-esp-1981-extradition", "extradition", "1981-05-04", "1984-11-20",
     "bile20-vlex-boe-a-1984-25079-dom-esp"),
    ("ESP", "DOM", "bilateral-dom-esp-1981-extradition", "mla", "1981-05-04", "1984-11-20",
     "bile20-vlex-boe-a-1984-25079-dom-esp"),
    # TIAS 13088 (state.gov): "Agreement signed at Tegucigalpa March 29, 2000; Entered into force January 30, 2001."
    ("USA", "HND", "bilateral-hnd-usa-2000-drugs", "police", "2000-03-29", "2001-01-30",
     "bile20-state-tias-13088-hnd-usa"),
    # TIAS 13153 (state.gov): "Agreement signed at Managua June 1, 2001; Entered into force November 15, 2001."
    ("USA", "NIC", "bilateral-nic-usa-2001-drugs", "police", "2001-06-01", "2001-11-15",
     "bile20-state-tias-13153-nic-usa"),
    # TIAS 12872 (copy of the print): "Shiprider Agreement signed at Bridgetown June 25, 1997; Entered into force
    # October 11, 1998."
    ("USA", "BRB", "bilateral-brb-usa-1997-drugs", "police", "1997-06-25", "1998-10-11",
     "bile20-tias-12872-brb-usa"),
]

SAME_DAY = [
    # (a, b, id, purpose asked, signed and in force, the source's key)
    # Taiwan's Laws and Regulations Database, Y0030200: "Signed on January 31, 2018 Entered into force on January 31,
    # 2018"
    ("TWN", "LCA", "bilateral-lca-twn-2018-police", "police", "2018-01-31", "bile20-tw-moj-twn-lca-police-y0030200"),
    # Y0010207: "Signed on February 17, 2015 Entered into force on February 17, 2015"
    ("TWN", "GTM", "bilateral-gtm-twn-2015-immigration", "police", "2015-02-17",
     "bile20-tw-moj-twn-gtm-immigration-y0010207"),
    # Y0010191: "Signed on August 15, 2014 Entered into force on August 15, 2014"
    ("TWN", "BLZ", "bilateral-blz-twn-2014-immigration", "police", "2014-08-15",
     "bile20-tw-moj-twn-blz-immigration-y0010191"),
    # TIAS 04-629 (copy of the print): "Agreement signed at Nassau June 29, 2004; Entered into force June 29, 2004."
    ("USA", "BHS", "bilateral-bhs-usa-2004-drugs", "police", "2004-06-29", "bile20-tias-04-629-bhs-usa"),
    # TIAS 12620 (blog copy): "Agreement signed at Santo Domingo March 23, 1995; Entered into force March 23, 1995."
    ("USA", "DOM", "bilateral-dom-usa-1995-drugs", "police", "1995-03-23", "bile20-mdlea-tias-12620-dom-usa"),
]

SIGNED_ONLY = [
    # (a, b, id, purpose asked, signed, the source's key)
    # BOE-A-2000-4110: "el día 16 de marzo de 1998, el Plenipotenciario de España firmó en La Paz"
    ("ESP", "BOL", "bilateral-bol-esp-1998-mla", "mla", "1998-03-16", "bile20-boe-a-2000-4110-bol-esp-mla"),
    # BOE of 2000-11-07 (dateas copy): "hecho en Madrid el 23 de octubre de 1997" (transfer of sentenced persons)
    ("ESP", "CRI", "bilateral-cri-esp-1997-transfer", "all", "1997-10-23",
     "bile20-dateas-boe-2000-11-07-cri-esp-transfer"),
    # Honduran blog quoting the BOE title: "hecho 'ad referendum' en Tegucigalpa el 13 de noviembre de 1999"
    ("ESP", "HND", "bilateral-esp-hnd-1999-extradition", "extradition", "1999-11-13",
     "bile20-ccoo-honduras-1999-11-esp-hnd"),
    # Universidad Rafael Landívar: Decreto 44-2005 approves the treaty "suscrito en Madrid, España, el 27 de marzo 1996"
    ("ESP", "GTM", "bilateral-esp-gtm-1996-transfer", "all", "1996-03-27",
     "bile20-url-gt-ejecucion-sentencias-esp-gtm"),
    # bilateral-bra-cub-2002-mla (Havana, 2002-09-24, Decreto 6.462/2008) left this list in round 21: Concordia dates
    # its entry into force 2007-11-11 (tests/test_scenarios_bileif21f.py)
    # Decreto Legislativo 301/2007: "celebrado em Brasília, em 20 de agosto de 2004"
    ("BRA", "GTM", "bilateral-bra-gtm-2004-extradition", "extradition", "2004-08-20",
     "bile20-camara-dleg-301-2007-bra-gtm"),
    # DOF 2015-08-31 (vlex copy): signed "el veintitrés de julio de dos mil trece"; the decree, not the treaty, in
    # force on 2015-09-01
    ("MEX", "DOM", "bilateral-dom-mex-2013-extradition", "extradition", "2013-07-23",
     "bile20-vlex-dof-2015-08-31-dom-mex-extradition"),
    # Guatemala's instrument of ratification of 2003-09-16 (scribd copy): "habiendo suscrito, en la ciudad de Guatemala
    # el 19 de junio de 2003 el CONVENIO ... PARA COOPERAR EN LA SUPRESIÓN DEL TRAFICO ILÍCITO MARÍTIMO Y AÉREO"
    ("USA", "GTM", "bilateral-gtm-usa-2003-drugs", "police", "2003-06-19", "bile20-scribd-gtm-usa-2003-drugs"),
]

IN_FORCE_BY = [
    # (a, b, id, purpose asked, signed, in force by, the source's key)
    # 24 Horas 2015-04-29: "A partir de este miércoles entra en vigor el Tratado sobre Extradición entre México y la
    # República de Cuba"; signed "el 1 de noviembre de 2013"
    ("MEX", "CUB", "bilateral-cub-mex-2013-extradition", "extradition", "2013-11-01", "2015-04-29",
     "bile20-24horas-2015-04-29-cub-mex-extradition"),
    # Calle México 2015-05-18: the MLA treaty "entrará en vigor hoy"; DOF 2015-05-18 (vlex copy): signed 2013-11-01
    ("MEX", "CUB", "bilateral-cub-mex-2013-mla", "mla", "2013-11-01", "2015-05-18",
     "bile20-callemexico-2015-05-18-cub-mex-mla"),
]


@pytest.mark.parametrize(("a", "b", "iid", "purpose", "signed", "eif", "source"), DATED)
def test_signed_then_in_force_on_the_day_the_source_gives(a, b, iid, purpose, signed, eif, source):
    _signed_then_in_force(a, b, iid, signed, eif, purpose, source)


@pytest.mark.parametrize(("a", "b", "iid", "purpose", "day", "source"), SAME_DAY)
def test_signed_and_in_force_on_the_same_day(a, b, iid, purpose, day, source):
    agreement_in_force_on_signature(a, b, iid, day, purpose, source)


@pytest.mark.parametrize(("a", "b", "iid", "purpose", "signed", "source"), SIGNED_ONLY)
def test_signed_on_the_day_the_source_gives_entry_into_force_not_known(a, b, iid, purpose, signed, source):
    _signed_uncertain(a, b, iid, signed, purpose, {source})


@pytest.mark.parametrize(("a", "b", "iid", "purpose", "signed", "by", "source"), IN_FORCE_BY)
def test_uncertain_from_signature_then_in_force_by_the_reported_day(a, b, iid, purpose, signed, by, source):
    assert iid not in bilateral(a, b, "--as-of", day_before(signed), "--for", purpose)
    assert sides(agreement(a, b, iid, signed, purpose)) == ("uncertain", "uncertain")
    assert sides(agreement(a, b, iid, day_before(by), purpose)) == ("uncertain", "uncertain")
    row = agreement(a, b, iid, by, purpose)
    assert sides(row) == ("bound", "bound")
    assert row["instrument"]["entry_into_force"] is None
    assert source in row["sources"]
