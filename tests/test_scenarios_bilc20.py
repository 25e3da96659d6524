"""Round 20 (bilc20): bilateral extradition, legal-assistance, transfer and police agreements of Azerbaijan,
Turkmenistan, Laos, Tunisia and Iraq (data/bilateral-x20c.yaml), on the shipped data.

Signed only (entry into force not in the sources read): each agreement is absent from `link` the day before its
signature and uncertain on both sides from it to today, citing the act or report that gives the day of signature.
Dated: the agreement is absent before its signature, pending on both sides from it, and binds both from the day
the source gives for its entry into force (pending the day before).
"""

from __future__ import annotations

import pytest

from .scenario import agreement_signed_then_in_force as _signed_then_in_force
from .scenario import agreement_signed_uncertain as _signed_uncertain

SIGNED_ONLY = [
    # (a, b, id, purpose asked, signed as the source gives it, the source's key)
    # Azerbaijan's Law No. 1014-IIQ of 2005-09-30 (e-qanun.az): "2005-ci il mayın 24-də Bakı"
    ('AZE', 'KAZ', 'bilateral-aze-kaz-2005-crime', 'police', '2005-05-24', 'bilc20-eqanun-1014-iiq-aze-kaz-crime'),
    # zakon.kz: "Соглашение было подписано 10 октября 2024 года в Ашхабаде"
    ('KAZ', 'TKM', 'bilateral-kaz-tkm-2024-crime', 'police', '2024-10-10', 'bilc20-zakon-kz-6499197-kaz-tkm-crime'),
    # kremlin.ru, 2018-10-02: "The Agreement was signed in Moscow on September 26, 2017"
    ('RUS', 'LAO', 'bilateral-lao-rus-2017-transfer-of-sentenced-persons', 'all', '2017-09-26',
     'bilc20-kremlin-2018-10-02-lao-rus-transfer'),
    # Spain's instrument of ratification (BOE No. 52 of 2003-03-01): "el dia 24 de setembre de 2001 ... va signar a Tunis"
    ('ESP', 'TUN', 'bilateral-esp-tun-2001-mla', 'mla', '2001-09-24', 'bilc20-boe-2003-03-01-esp-tun-mla'),
    # Iraq's Law No. 194 of 1964: the convention "الموقعة في 27 رجب 1384 الموافق 1 كانون الأول ديسمبر 1964"
    ('IRQ', 'EGY', 'bilateral-egy-irq-1964-legal-assistance', 'mla', '1964-12-01', 'bilc20-iq-law-194-1964-egy-irq'),
]


@pytest.mark.parametrize(("a", "b", "iid", "purpose", "signed", "source"), SIGNED_ONLY)
def test_signed_on_the_day_the_source_gives_entry_into_force_not_known(a, b, iid, purpose, signed, source):
    _signed_uncertain(a, b, iid, signed, purpose, {source})


def test_kazakh_azerbaijani_transfer_treaty_in_force_on_the_day_adilet_gives():
    # Adilet, Law No. 34-II of 1999-12-30 (bilc20-adilet-z990000034-aze-kaz-transfer): done at Almaty 1997-06-10;
    # "1999 жылғы 7 мамырда күшіне енді" (entered into force on 7 May 1999)
    _signed_then_in_force("AZE", "KAZ", "bilateral-aze-kaz-1997-transfer-of-sentenced-persons", "1997-06-10",
                          "1999-05-07", "all", "bilc20-adilet-z990000034-aze-kaz-transfer")


def test_spanish_tunisian_security_convention_in_force_2019_01_31():
    # El País 2018-02-26 (signed at Tunis that Monday); Asesoría Santander Asinem (not official): "El 31 de enero de
    # 2019 entrará en vigor el Convenio entre el Reino de España y la República de Túnez sobre cooperación en materia
    # de Seguridad y de Lucha contra la Delincuencia"
    row = _signed_then_in_force("ESP", "TUN", "bilateral-esp-tun-2018-crime", "2018-02-26", "2019-01-31", "police",
                                "bilc20-asesoria-2019-esp-tun-crime")
    assert "bilc20-elpais-2018-02-26-esp-tun" in row["sources"]
