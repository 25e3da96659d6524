"""An agreement that supplements another (an amendment, a protocol, an extension to territories: `supplements:`)
ends with it where the data gives no end of its own: the 1889 amendment of the UK-Spain extradition treaty of 1878
was shown in force after the treaty ended in 1978. On data of the test's own (tests/test_timeline.py).
"""

from __future__ import annotations

import pytest

from .scenario import answer, bilateral, csv_rows
from .test_timeline import INSTRUMENTS, variant

_TREATIES = '''  - id: bilateral-fra-gbr-base
    short: FRA-GBR 1876
    name: Test extradition treaty
    kind: bilateral
    signed: "1876-08-14"
    entry_into_force: "1878-04-16"
    terminated: "1990-01-01"
    purposes: {extradition: "all"}
    sources: [s]
    parties:
      - {party: FRA, act: agreement, sources: [s]}
      - {party: GBR, act: agreement, sources: [s]}
  - id: bilateral-fra-gbr-amendment
    short: FRA-GBR 1896
    name: Test amendment
    kind: bilateral
    signed: "1896-03-06"
    entry_into_force: "1896-03-06"
    supplements: bilateral-fra-gbr-base
    purposes: {extradition: "amends the treaty"}
    sources: [s]
    parties:
      - {party: FRA, act: agreement, sources: [s]}
      - {party: GBR, act: agreement, sources: [s]}
  - id: bilateral-fra-gbr-extension
    short: FRA-GBR 1923
    name: Test extension of the amendment
    kind: bilateral
    signed: "1923-11-13"
    entry_into_force: "1923-11-13"
    supplements: bilateral-fra-gbr-amendment
    purposes: {extradition: "extends the treaty"}
    sources: [s]
    parties:
      - {party: FRA, act: agreement, sources: [s]}
      - {party: GBR, act: agreement, sources: [s]}
'''


@pytest.fixture(scope="module")
def sdir(tmp_path_factory):
    return variant(tmp_path_factory.mktemp("supplements"), INSTRUMENTS + _TREATIES)


def test_link_drops_the_supplements_with_the_treaty(sdir):
    ids = {"bilateral-fra-gbr-base", "bilateral-fra-gbr-amendment", "bilateral-fra-gbr-extension"}
    assert set(bilateral("FRA", "GBR", "--as-of", "1989-12-31", "--data-dir", str(sdir))) == ids
    assert set(bilateral("FRA", "GBR", "--as-of", "1990-01-01", "--data-dir", str(sdir))) == set()


def test_ratified_says_why_a_supplement_ended(sdir):
    [row] = [r for r in csv_rows("ratified", "GBR", "--as-of", "1990-01-01", "--data-dir", str(sdir))
             if r["instrument"] == "bilateral-fra-gbr-extension"]
    assert (row["state"], row["reason"]) == ("withdrawn", (
        "the agreement was ended with the Test amendment (bilateral-fra-gbr-amendment), which it supplements (ended "
        "with the Test extradition treaty (bilateral-fra-gbr-base), which it supplements (terminated)) "
        "(effective 1990-01-01)"))


def test_diff_dates_each_end(sdir):
    out = answer("diff", "--since", "1980-01-01", "--until", "2000-01-01", "--data-dir", str(sdir))
    ends = sorted((c["instrument"], c["date"]) for c in out["results"] if c["kind"] == "termination")
    assert ends == [("bilateral-fra-gbr-amendment", "1990-01-01"), ("bilateral-fra-gbr-base", "1990-01-01"),
                    ("bilateral-fra-gbr-extension", "1990-01-01")]


def test_agreements_that_supplement_each_other_do_not_loop(tmp_path):
    looped = _TREATIES.replace('    terminated: "1990-01-01"\n', '    supplements: bilateral-fra-gbr-extension\n')
    where = variant(tmp_path, INSTRUMENTS + looped)
    assert set(bilateral("FRA", "GBR", "--as-of", "1995-01-01", "--data-dir", str(where))) == {
        "bilateral-fra-gbr-base", "bilateral-fra-gbr-amendment", "bilateral-fra-gbr-extension"}
