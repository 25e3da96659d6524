"""Entry-into-force days of bilateral agreements that had only a signature, filled in round 21 (helper bileif21b);
their sources are defined in data/bilateral-x21b.yaml.

Each case names the source (its key in the data) and quotes the words that give the day, and asks on both sides of
the boundary it sets: absent the day before signature, signed-only (pending, not uncertain) from signature to the
day before entry into force, and in force for both parties on the day.
"""

from __future__ import annotations

import pytest

from .scenario import agreement as _row
from .scenario import agreement_signed_then_in_force as _signed_then_in_force
from .scenario import bilateral as _bilateral
from .scenario import sides as _sides

CASES = [
    # bileif21b-be-wet-2003-05-13-bel-pol (Moniteur belge of 2003-11-19, Belgium's assent law of 2003-05-13),
    # footnote (2): "Dit Verdrag zal op 1 januari 2004 in wer[king treden]"; signed at Brussels on 2000-11-13
    # (pl-dzu-2004-36-329-pol-bel-organised-crime)
    ("POL", "BEL", "bilateral-bel-pol-2000-organised-crime", "2000-11-13", "2004-01-01", "police",
     "bileif21b-be-wet-2003-05-13-bel-pol"),
]


@pytest.mark.parametrize(("a", "b", "iid", "signed", "in_force", "purpose", "source"), CASES)
def test_signed_then_in_force_on_the_sourced_day(a, b, iid, signed, in_force, purpose, source):
    row = _signed_then_in_force(a, b, iid, signed, in_force, purpose, source)
    assert row["instrument"]["entry_into_force"] == in_force


@pytest.mark.parametrize(("a", "b", "iid", "signed", "in_force", "purpose", "source"), CASES)
def test_asked_the_other_way_round_and_today(a, b, iid, signed, in_force, purpose, source):
    # the same answer with the two states swapped, and still in force today (no termination recorded)
    assert _sides(_row(b, a, iid, "2003-12-31", purpose)) == ("consent-pending", "consent-pending")
    today = _row(b, a, iid, "2026-12-02", purpose)
    assert _sides(today) == ("bound", "bound")
    assert source in today["sources"]


def test_police_agreement_is_no_basis_for_extradition_or_mla():
    # bileif21b-be-wet-2003-05-13-bel-pol: an agreement on combating organised crime between governments (police
    # cooperation); its purposes in the data are police only
    iid = "bilateral-bel-pol-2000-organised-crime"
    assert iid in _bilateral("POL", "BEL", "--as-of", "2004-01-01", "--for", "police")
    assert iid not in _bilateral("POL", "BEL", "--as-of", "2004-01-01", "--for", "extradition")


def test_italy_nigeria_extradition_treaty_in_force_in_2020_the_year_only():
    # bileif21b-agenzianova-2023-03-08-ita-nga-extradition: "il Trattato di estradizione entrato in vigore nel 2020"
    # (the year only); signed at Rome on 2016-11-08 (it-senato-18-ddl-987-ita-nga)
    a, b, iid = "ITA", "NGA", "bilateral-ita-nga-2016-extradition"
    assert iid not in _bilateral(a, b, "--as-of", "2016-11-07", "--for", "extradition")
    assert _sides(_row(a, b, iid, "2019-12-31", "extradition")) == ("consent-pending", "consent-pending")
    during = _row(b, a, iid, "2020-01-01", "extradition")
    assert _sides(during) == ("uncertain", "uncertain")
    assert during["instrument"]["entry_into_force"] == "2020"
    after = _row(a, b, iid, "2021-01-01", "extradition")
    assert _sides(after) == ("bound", "bound")
    assert after["linked_since"] == {"date": None, "earliest": "2020-01-01", "latest": "2020-12-31"}
    assert "bileif21b-agenzianova-2023-03-08-ita-nga-extradition" in after["sources"]
    # the MLA agreement of the same day is not dated by the source: still uncertain
    assert _sides(_row(a, b, "bilateral-ita-nga-2016-mla", "2021-01-01", "mla")) == ("uncertain", "uncertain")
