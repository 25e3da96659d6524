"""Round 22 (helper bileif22d): agreements of China and other Asian states with a signature and no day of entry into
force in data/bilateral.yaml.

Round 22 searched official sources for their entry into force (Viet Nam's Foreign Ministry notices of entry into
force, Adilet's Bulletin notes, Mexico's promulgation decree, Xinhua on the exchange of ratifications, Korea's
Foreign Ministry release) and found no day for these; the notes of the entries say what was searched. These cases
pin the answer the data gives until a source dates the entry into force: absent the day before signature,
"uncertain" on both sides from signature to today, the entry into force never worked out from an exchange of
ratifications or a clause of the treaty. Each case names the source that dates the signature (its key in the data)
and quotes its words.
"""

from __future__ import annotations

import pytest

from .scenario import agreement as _row
from .scenario import agreement_signed_uncertain as _signed_uncertain
from .scenario import sides as _sides


@pytest.mark.parametrize(
    ("a", "b", "iid", "signed", "purpose", "source"),
    [
        # luatvietnam-vnm-kaz-mla: 'Người ký: Lê Minh Trí; Zhakyp Assanov ... Ngày ban hành: 15/06/2017'; no
        # Thông báo of its entry into force found (round 22 found one, 02/2020/TB-LPQT, for the extradition treaty only)
        ("KAZ", "VNM", "bilateral-kaz-vnm-2017-mla", "2017-06-15", "mla", "luatvietnam-vnm-kaz-mla"),
        # asiae-2014-02-28-are-kor: '28일 외교부에 따르면 ... UAE와 형사 사법공조 조약 및 범죄인 인도 조약에 서명했다'; the
        # treaties enter into force after both notify the completion of their domestic procedures, not found
        ("KOR", "ARE", "bilateral-are-kor-2014-extradition", "2014-02-28", "extradition", "asiae-2014-02-28-are-kor"),
        ("ARE", "KOR", "bilateral-are-kor-2014-mla", "2014-02-28", "mla", "asiae-2014-02-28-are-kor"),
        # mx-dof-2006-12-28-chn-mex-mla: 'firmado en la Ciudad de México el veinticuatro de enero de dos mil cinco';
        # the exchange at Beijing on 2006-11-30 is not taken for the entry into force
        ("MEX", "CHN", "bilateral-chn-mex-2005-mla", "2005-01-24", "mla", "mx-dof-2006-12-28-chn-mex-mla"),
    ],
)
def test_signed_and_no_sourced_day_of_entry_into_force(a, b, iid, signed, purpose, source):
    _signed_uncertain(a, b, iid, signed, purpose, {source})


def test_china_philippines_extradition_not_worked_out_from_the_exchange_of_ratifications():
    # sohu-2006-02-11-chn-phl-extradition (Xinhua, Manila, 2006-02-10): '互换了《中华人民共和国和菲律宾共和国引渡条约》批准书
    # ... 该条约自双方互换批准书之日后第30天开始生效' -- the exchange and the thirty-day rule, but no day: the treaty
    # stays uncertain after the exchange, and no day is computed from it.
    iid = "bilateral-chn-phl-2001-extradition"
    _signed_uncertain("PHL", "CHN", iid, "2001-10-30", "extradition", {"sohu-2006-02-11-chn-phl-extradition"})
    after_exchange = _row("CHN", "PHL", iid, "2006-03-13", "extradition")
    assert _sides(after_exchange) == ("uncertain", "uncertain")
    assert after_exchange["instrument"]["entry_into_force"] is None
