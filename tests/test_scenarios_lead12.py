"""Hungary's bilateral treaties on extradition and mutual legal assistance, from the Acts that promulgate them.

Each Act of the Hungarian Parliament (njt.hu, read in the GitHub mirror Ansvar-Systems/Hungarian-law-mcp,
snapshot of 2026-05-17) authorises the recognition of the treaty's binding force and promulgates its authentic
texts, which end with the place and day of signature; it leaves the day of entry into force to a notice of the
foreign minister in the Magyar Közlöny, which the mirror does not hold. So each treaty is absent before its
signature and uncertain from it, never in force on a guessed day.
"""

from __future__ import annotations

import pytest

from .scenario import agreement_signed_then_in_force, agreement_signed_uncertain

TREATIES = [
    # (a, b, id, purpose, signed, the Act's source key)
    ("hungary", "kazakhstan", "bilateral-hun-kaz-2015-mla", "mla", "2015-04-01", "hu-act-2015-198-hun-kaz-mla"),
    ("hungary", "kazakhstan", "bilateral-hun-kaz-2014-extradition", "extradition", "2014-06-03",
     "hu-act-2015-199-hun-kaz-extradition"),
    ("kosovo", "hungary", "bilateral-xkx-hun-2015-mla", "mla", "2015-06-09", "hu-act-2015-201-hun-xkx-mla"),
    ("hungary", "thailand", "bilateral-hun-tha-2018-extradition", "extradition", "2018-09-26",
     "hu-act-2018-74-hun-tha-extradition"),
    ("hungary", "brazil", "bilateral-bra-hun-2019-extradition", "extradition", "2019-05-09",
     "hu-act-2019-46-hun-bra-extradition"),
]


@pytest.mark.parametrize("a, b, iid, purpose, signed, source", TREATIES)
def test_signed_on_the_day_its_text_gives_entry_into_force_not_known(a, b, iid, purpose, signed, source):
    _, today = agreement_signed_uncertain(a, b, iid, signed, purpose, {source})
    # round 21 (bra21): Brazil's Concordia (bileif21f-gh-concordia-bra-bilaterals) also cites the Brazil treaty as
    # not yet in force in February 2021
    extra = ["bileif21f-gh-concordia-bra-bilaterals"] if iid == "bilateral-bra-hun-2019-extradition" else []
    assert today["sources"] == [source, *extra]


def test_hungary_viet_nam_extradition_treaty_in_force_from_the_day_viet_nam_notified():
    # Act XXXVIII of 2017 (hu-act-2017-38-hun-vnm-extradition) gives the signature, 'DONE in duplicate in Budapest on
    # the 16th day of September in the year of 2013'; round 18 found the day of entry into force in Viet Nam's Foreign
    # Ministry notice 33/2017/TB-LPQT (vn-tb-33-2017-lpqt-vnm-hun-extradition): 'có hiệu lực với Việt Nam kể từ ngày
    # 30 tháng 6 năm 2017'
    row = agreement_signed_then_in_force("hungary", "viet nam", "bilateral-hun-vnm-2013-extradition", "2013-09-16",
                                         "2017-06-30", "extradition", "vn-tb-33-2017-lpqt-vnm-hun-extradition")
    assert "hu-act-2017-38-hun-vnm-extradition" in row["sources"]
