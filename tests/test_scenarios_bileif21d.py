"""Bilateral agreements signed but not dated in force, filled in round 21 (helper bileif21d): the United States, the
Commonwealth and common-law Asia.

No source read states a day of entry into force for these agreements; each has an `in_force_by` from a source that shows
it applying on a day. Each case names its source (its key in the data) and quotes the words that give the day, and asks
on both sides of the boundaries: absent the day before signature, uncertain from signature to the day before the bound,
in force (bound) from the bound on, with no day of entry into force recorded.
"""

from __future__ import annotations

import pytest

from .scenario import agreement as _row
from .scenario import bilateral as _bilateral
from .scenario import day_before as _day_before
from .scenario import sides as _sides


@pytest.mark.parametrize(
    ("a", "b", "iid", "signed", "bound", "purpose", "source"),
    [
        # state-incsr-2011-treaties (2011-03-03): "MLATs ... are in force with the following countries: ... Argentina,
        # ..."; the only US-Argentina mutual legal assistance treaty in the data
        ("USA", "ARG", "bilateral-arg-usa-1990-mla", "1990-12-04", "2011-03-03", "mla", "state-incsr-2011-treaties"),
        # state-incsr-2011-treaties (2011-03-03): "... Uruguay, and Venezuela"; the 1991 treaty is the only US-Uruguay
        # treaty titled a mutual legal assistance treaty (the 1973 extradition treaty is a separate row)
        ("USA", "URY", "bilateral-ury-usa-1991-mla", "1991-05-06", "2011-03-03", "mla", "state-incsr-2011-treaties"),
        # bileif21d-dominicantoday-2016-12-15-dom-usa: the two governments "on Thursday exchanged documents ... Vargas
        # said from now on both states are obliged to extradite" (a news report of 2016-12-15)
        ("USA", "DOM", "bilateral-dom-usa-2015-extradition", "2015-01-12", "2016-12-15", "extradition",
         "bileif21d-dominicantoday-2016-12-15-dom-usa"),
        # mx-dof-2009-01-16-mex-ind-extradition: Mexico's promulgation decree, 'para su debida observancia': "El presente
        # Decreto entrará en vigor el diecisiete de enero de dos mil nueve"
        ("IND", "MEX", "bilateral-ind-mex-2007-extradition", "2007-09-10", "2009-01-17", "extradition",
         "mx-dof-2009-01-16-mex-ind-extradition"),
    ],
)
def test_signed_agreements_in_force_by_a_day_a_source_shows_them_applying(a, b, iid, signed, bound, purpose, source):
    assert iid not in _bilateral(a, b, "--as-of", _day_before(signed), "--for", purpose)
    on_signature = _row(a, b, iid, signed, purpose)
    assert _sides(on_signature) == ("uncertain", "uncertain")
    assert on_signature["instrument"]["signed"] == signed
    before = _row(a, b, iid, _day_before(bound), purpose)
    assert _sides(before) == ("uncertain", "uncertain")
    on_bound = _row(a, b, iid, bound, purpose)
    assert _sides(on_bound) == ("bound", "bound")
    assert on_bound["instrument"]["entry_into_force"] is None
    assert source in on_bound["sources"]
    assert _sides(_row(a, b, iid, "2026-12-02", purpose)) == ("bound", "bound")


def test_us_dominican_republic_1909_treaty_uncertain_once_the_2015_treaty_applies():
    # expat-lexis-dom-usa-1909: in force 1910-08-02; the 2015 treaty, in force by 2016-12-15
    # (bileif21d-dominicantoday-2016-12-15-dom-usa), is a later principal extradition treaty between the two that may
    # have ended it: the 1909 treaty is in force the day before and uncertain from that day
    iid = "bilateral-dom-usa-1909-extradition"
    assert _sides(_row("USA", "DOM", iid, "2016-12-14", "extradition")) == ("bound", "bound")
    assert _sides(_row("USA", "DOM", iid, "2016-12-15", "extradition")) == ("uncertain", "uncertain")
