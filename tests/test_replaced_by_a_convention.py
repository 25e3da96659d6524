"""A bilateral treaty replaced by a convention (`replaced_by: <convention>`) stops applying between two parties on
the day the convention binds both, not on the convention's own entry into force: ETS 24 art. 28 replaced the United
Kingdom's extradition treaties in 1991, though ETS 24 had been in force since 1960. On data of the test's own
(tests/test_timeline.py): the test convention is in force 1960-04-18, for France from 1986-05-11, for the United
Kingdom from 1991-05-14.
"""

from __future__ import annotations

import pytest

from .scenario import answer, bilateral, csv_rows
from .test_timeline import INSTRUMENTS, variant

_TREATY = '''  - id: bilateral-fra-gbr-old
    short: FRA-GBR 1876
    name: Test treaty replaced by the convention
    kind: bilateral
    signed: "1876-08-14"
    entry_into_force: "1878-04-16"
    replaced_by: ext
    purposes: {extradition: "all"}
    sources: [s]
    parties:
      - {party: FRA, act: agreement, sources: [s]}
      - {party: GBR, act: agreement, sources: [s]}
  - id: bilateral-fra-gbr-old-amendment
    short: FRA-GBR 1896
    name: Test amendment of the replaced treaty
    kind: bilateral
    signed: "1896-03-06"
    entry_into_force: "1896-03-06"
    supplements: bilateral-fra-gbr-old
    purposes: {extradition: "amends the treaty"}
    sources: [s]
    parties:
      - {party: FRA, act: agreement, sources: [s]}
      - {party: GBR, act: agreement, sources: [s]}
'''


@pytest.fixture(scope="module")
def rdir(tmp_path_factory):
    return variant(tmp_path_factory.mktemp("replaced-by-convention"), INSTRUMENTS + _TREATY)


@pytest.mark.parametrize(("day", "listed"), [
    ("1960-04-18", True),   # the convention's own entry into force: it binds neither of the two yet
    ("1986-05-11", True),   # it binds France only
    ("1991-05-13", True),
    ("1991-05-14", False),  # it binds both
])
def test_link_lists_the_treaty_until_the_convention_binds_both(rdir, day, listed):
    found = bilateral("FRA", "GBR", "--as-of", day, "--for", "extradition", "--data-dir", str(rdir))
    assert ("bilateral-fra-gbr-old" in found) is listed
    assert ("bilateral-fra-gbr-old-amendment" in found) is listed  # what supplements it goes with it


def test_the_treaty_as_a_whole_ends_when_the_convention_binds_the_last_of_its_parties(rdir):
    def states(day: str) -> list[tuple[str, str]]:
        return [(r["country"], r["state"]) for r in csv_rows("parties", "bilateral-fra-gbr-old", "--all", "--as-of",
                                                               day, "--data-dir", str(rdir))]

    assert states("1991-05-13") == [("FRA", "bound"), ("GBR", "bound")]
    assert states("1991-05-14") == []


def test_diff_dates_the_end_on_that_day_not_in_1960(rdir):
    out = answer("diff", "--since", "1950-01-01", "--until", "2000-01-01", "--data-dir", str(rdir))
    ends = [(c["date"], c["kind"]) for c in out["results"] if c.get("instrument") == "bilateral-fra-gbr-old"
            and c["kind"] == "termination"]
    assert ends == [("1991-05-14", "termination")]


@pytest.fixture(scope="module")
def tdir(tmp_path_factory):
    """The same treaties with Peru a party too: the convention never binds Peru, so the treaty as a whole has no
    end, and between France and the United Kingdom it is replaced pair by pair."""
    peru = "      - {party: GBR, act: agreement, sources: [s]}\n      - {party: PER, act: agreement, sources: [s]}\n"
    text = _TREATY.replace("      - {party: GBR, act: agreement, sources: [s]}\n", peru)
    return variant(tmp_path_factory.mktemp("replaced-three"), INSTRUMENTS + text)


@pytest.mark.parametrize(("day", "listed"), [("1991-05-13", True), ("1991-05-14", False)])
def test_a_supplement_goes_with_the_treaty_between_the_pair_the_convention_binds(tdir, day, listed):
    found = bilateral("FRA", "GBR", "--as-of", day, "--for", "extradition", "--data-dir", str(tdir))
    assert ("bilateral-fra-gbr-old" in found, "bilateral-fra-gbr-old-amendment" in found) == (listed, listed)
    # Peru is bound by neither convention row: both still bind it towards France
    assert {"bilateral-fra-gbr-old", "bilateral-fra-gbr-old-amendment"} <= set(
        bilateral("FRA", "PER", "--as-of", day, "--for", "extradition", "--data-dir", str(tdir)))
