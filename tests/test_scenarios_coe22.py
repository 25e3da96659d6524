"""Round 22 (coe22): Council of Europe crime conventions, facts read in Spain's list of treaty communications of
2018-04-16 (coe22-es-boe-2018-5533, BOE-A-2018-5533, section E.D, CETS 198 entries):

  "DINAMARCA. 12-02-2018 APROBACIÓN. 01-06-2018 ENTRADA EN VIGOR, con las siguientes declaraciones: ..."
  "HUNGRÍA. 18-01-2018 RETIRADA DE UNA RESERVA" (its art. 9(4) reservation made on deposit, 2009-04-14)

Each test asks both sides of the boundary the fact sets.
"""

from __future__ import annotations

import pytest

from .scenario import consent_then_bound, day_before, link_rows, party, qualifications


def _quoted(a: str, b: str, day: str, who: str) -> list[str]:
    return [q.split(":")[0] for q in qualifications(a, b, day, "cets-198", "mla") if q.startswith(who + " (")]


def test_denmark_cets198_approval_12_february_2018_in_force_1_june_2018():
    # coe22-es-boe-2018-5533: "DINAMARCA. 12-02-2018 APROBACIÓN. 01-06-2018 ENTRADA EN VIGOR"; the entry into force
    # is also the Verdragenbank's (nl-inview-198-parties). Nothing before the deposit, consent pending until
    # 2018-05-31, bound from 2018-06-01.
    consent_then_bound("cets-198", "DNK", "2018-02-12", day_before("2018-02-12"), "2018-06-01",
                       day_before("2018-06-01"))
    assert party("cets-198", "DNK", "2018-02-12")["act"] == "approval"


@pytest.mark.parametrize("other, languages_quoted", [
    ("ITA", True),   # Italy is not among the States the art. 35(3) reservation spares
    ("DEU", False),  # Germany is: "otros países distintos de Austria, Francia, Alemania, Irlanda, Noruega, Suecia o
                     # Reino Unido"
    ("GBR", False),
])
def test_denmark_cets198_declarations_quoted_from_its_entry_into_force(other: str, languages_quoted: bool):
    # coe22-es-boe-2018-5533: Faroe Islands and Greenland excluded until further notice; art. 31(2) (service under
    # the 1959 MLA Convention); art. 35(1) (secure means); art. 35(3) (translation into Danish or a Council of Europe
    # language for requests from countries other than the seven named); art. 33 central authority (Director of
    # Public Prosecutions). No shared CETS 198 basis the day before Denmark's entry into force.
    assert "cets-198" not in link_rows("DNK", other, day_before("2018-06-01"), "mla", section="shared")
    quoted = _quoted("DNK", other, "2018-06-01", "Denmark")
    expected = ["Denmark (excludes Faroe Islands, 2018-02-12)", "Denmark (excludes Greenland, 2018-02-12)",
                "Denmark (reservation, art. 31(2), 2018-02-12)", "Denmark (other, art. 35(1), 2018-02-12)"]
    if languages_quoted:
        expected.append("Denmark (reservation, art. 35(3), 2018-02-12)")
    expected.append("Denmark (other, art. 33, 2018-02-12)")
    assert quoted == expected


def test_hungary_cets198_article_9_4_reservation_withdrawn_18_january_2018():
    # hu-law-2008-63-cets198 / es-boe-2010-10146-partes: Hungary's reservation "To Article 9" (art. 9(4) only where the
    # offence is punishable by deprivation of liberty; art. 9(6) not applied), made on deposit 2009-04-14.
    # coe22-es-boe-2018-5533: "HUNGRÍA. 18-01-2018 RETIRADA DE UNA RESERVA" withdraws the art. 9(4) part only.
    before = _quoted("HUN", "LVA", day_before("2018-01-18"), "Hungary")
    after = _quoted("HUN", "LVA", "2018-01-18", "Hungary")
    assert "Hungary (reservation, art. 9(4), 2009-04-14)" in before
    assert "Hungary (reservation, art. 9(4), 2009-04-14)" not in after
    assert "Hungary (reservation, art. 9(6), 2009-04-14)" in before
    assert "Hungary (reservation, art. 9(6), 2009-04-14)" in after
