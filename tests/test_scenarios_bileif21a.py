"""Entry into force of bilateral agreements of Spain with Andorra and Uruguay, added in round 21 (helper bileif21a)
to data/bilateral.yaml from the Boletín Oficial del Estado (read in the legalize-dev/legalize-es mirror of the BOE
base) and vLex's record of a BOE publication.

Each case names the source (its key in the data) and quotes the words that give the expected answer, and asks on
both sides of the boundary the fact sets: the day before signature (absent), from signature to the day before entry
into force (pending) and the day of entry into force (in force on both sides).
"""

from __future__ import annotations

import pytest

from .scenario import agreement as _row
from .scenario import agreement_signed_then_in_force as _signed_then_in_force
from .scenario import day_before as _day_before
from .scenario import sides as _sides


@pytest.mark.parametrize(
    ("a", "b", "iid", "signed", "day", "purpose", "source"),
    [
        # bileif21a-es-boe-a-2021-11164-and-esp-eif (BOE-A-2021-11164, closing note): 'El presente convenio entrará
        # en vigor el día 31 de julio de 2021, último día del mes siguiente al de la última comunicación por vía
        # diplomática ... de conformidad con lo dispuesto en su artículo 13.'
        ("ESP", "AND", "bilateral-and-esp-2015-crime-and-security", "2015-09-02", "2021-07-31", "police",
         "bileif21a-es-boe-a-2021-11164-and-esp-eif"),
        # bileif21a-es-boe-a-2012-13056-esp-ury-transfer (BOE-A-2012-13056, closing note): 'El presente Convenio
        # entrará en vigor el 31 de octubre de 2012, último día del mes siguiente al de la última comunicación ...
        # según se establece en su artículo 16.'
        ("ESP", "URY", "bilateral-esp-ury-2010-transfer-of-sentenced-persons", "2010-05-17", "2012-10-31", "all",
         "bileif21a-es-boe-a-2012-13056-esp-ury-transfer"),
        # bileif21a-vlex-boe-a-2000-3692-esp-ury-mla (vLex's record of BOE-A-2000-3692, a commercial copy):
        # 'Fecha de Entrada en Vigor 7 de Febrero de 2000'
        ("ESP", "URY", "bilateral-esp-ury-1991-mla", "1991-11-19", "2000-02-07", "mla",
         "bileif21a-vlex-boe-a-2000-3692-esp-ury-mla"),
    ],
)
def test_agreement_signed_then_in_force_on_the_day_its_source_gives(a, b, iid, signed, day, purpose, source):
    _signed_then_in_force(a, b, iid, signed, day, purpose, source)
    # the other side asks the same, on both sides of the boundary
    assert _sides(_row(b, a, iid, day, purpose)) == ("bound", "bound")
    assert _sides(_row(b, a, iid, _day_before(day), purpose)) == ("consent-pending", "consent-pending")
