"""A treaty replaced by one whose entry into force the data does not date is not "in force" for certain after the
new one is signed: it may have been replaced on any day from the signature (or from after the day a source shows it
still applying) to the day a source shows the new one in force, and it has certainly ended from then. The US-Mexico
extradition treaty of 1899 was shown in force in 2026 beside the 1978 treaty that replaced it (in force by
1980-12-09), and the Italy-Costa Rica convention of 1873 beside the treaty of 2016 signed to replace it. On data of
the test's own (tests/test_timeline.py).
"""

from __future__ import annotations

import pytest

from .scenario import answer, bilateral, csv_rows, sides
from .test_replaced_by_a_convention import _TREATY  # FRA-GBR 1876, replaced_by: ext
from .test_timeline import INSTRUMENTS, variant

_TREATIES = '''  - id: bilateral-fra-per-1900
    short: FRA-PER 1900
    name: Test old treaty
    kind: bilateral
    signed: "1900-01-01"
    entry_into_force: "1901-01-01"
    replaced_by: bilateral-fra-per-1978
    purposes: {extradition: "all"}
    sources: [s]
    parties:
      - {party: FRA, act: agreement, sources: [s]}
      - {party: PER, act: agreement, sources: [s]}
  - id: bilateral-fra-per-1978
    short: FRA-PER 1978
    name: Test new treaty
    kind: bilateral
    signed: "1978-05-04"
    in_force_by: {date: "1980-12-09", sources: [s]}
    purposes: {extradition: "all"}
    sources: [s]
    parties:
      - {party: FRA, act: agreement, sources: [s]}
      - {party: PER, act: agreement, sources: [s]}
  - id: bilateral-deu-per-1873
    short: DEU-PER 1873
    name: Test treaty still applied in 2017
    kind: bilateral
    signed: "1873-05-06"
    in_force_by: {date: "2017-07-21", sources: [s]}
    replaced_by: bilateral-deu-per-2016
    purposes: {extradition: "all"}
    sources: [s]
    parties:
      - {party: DEU, act: agreement, sources: [s]}
      - {party: PER, act: agreement, sources: [s]}
  - id: bilateral-deu-per-2016
    short: DEU-PER 2016
    name: Test treaty not yet in force
    kind: bilateral
    signed: "2016-05-27"
    purposes: {extradition: "all"}
    sources: [s]
    parties:
      - {party: DEU, act: agreement, sources: [s]}
      - {party: PER, act: agreement, sources: [s]}
  - id: bilateral-gbr-srb-1901
    short: GBR-SRB 1901
    name: Test treaty continued by a successor
    kind: bilateral
    signed: "1900-12-06"
    entry_into_force: "1901-03-13"
    replaced_by: bilateral-gbr-mne-2019
    purposes: {extradition: "all"}
    sources: [s]
    parties:
      - {party: GBR, act: agreement, sources: [s]}
      - {party: SRB, act: agreement, sources: [s]}
      - {party: MNE, act: succession, successor_of: SRB, effective: "2006-06-03", sources: [s]}
  - id: bilateral-gbr-mne-2019
    short: GBR-MNE 2019
    name: Test treaty of one successor
    kind: bilateral
    signed: "2016-03-29"
    entry_into_force: "2019-06"
    purposes: {extradition: "all"}
    sources: [s]
    parties:
      - {party: GBR, act: agreement, sources: [s]}
      - {party: MNE, act: agreement, sources: [s]}
'''


@pytest.fixture(scope="module")
def rdir(tmp_path_factory):
    return variant(tmp_path_factory.mktemp("replaced-undated"), INSTRUMENTS + _TREATIES)


def _old(where, a: str, b: str, iid: str, day: str) -> dict | None:
    return bilateral(a, b, "--as-of", day, "--data-dir", str(where)).get(iid)


@pytest.mark.parametrize("day, states", [
    ("1978-05-03", ("bound", "bound")),  # the new treaty not yet signed
    ("1978-05-04", ("uncertain", "uncertain")),  # signed: it may have entered into force since
    ("1980-12-08", ("uncertain", "uncertain")),
    ("1980-12-09", None),  # a source shows the new one in force: the old one has ended
])
def test_the_old_treaty_ends_in_the_window_of_the_new_ones_entry_into_force(rdir, day, states):
    row = _old(rdir, "FRA", "PER", "bilateral-fra-per-1900", day)
    assert (sides(row) if row else None) == states


def test_the_uncertainty_says_why(rdir):
    row = _old(rdir, "FRA", "PER", "bilateral-fra-per-1900", "1979-01-01")
    assert row["a"]["reason"] == (
        "in force since 1901-01-01; it may have ended since, replaced by the Test new treaty (bilateral-fra-per-1978) "
        "(signed 1978-05-04; in force by 1980-12-09): whether it still applied on 1979-01-01 is not known")


def test_ratified_says_the_old_treaty_was_replaced(rdir):
    [row] = [r for r in csv_rows("ratified", "FRA", "--as-of", "1981-01-01", "--data-dir", str(rdir))
             if r["instrument"] == "bilateral-fra-per-1900"]
    assert (row["state"], row["reason"]) == (
        "withdrawn", "the agreement was replaced by the Test new treaty (bilateral-fra-per-1978) (signed 1978-05-04; "
                     "in force by 1980-12-09) (effective by 1980-12-09)")


@pytest.mark.parametrize("day, states", [
    ("2017-07-20", ("uncertain", "uncertain")),  # its own entry into force is known only by the day below
    ("2017-07-21", ("bound", "bound")),  # a source shows it applying: the new one, signed 2016, had not replaced it
    ("2017-07-22", ("uncertain", "uncertain")),  # the new one may be in force since: no source says it is not
    ("2026-12-01", ("uncertain", "uncertain")),
])
def test_a_new_treaty_not_dated_at_all_leaves_the_old_one_uncertain_after_it_was_last_shown_applying(rdir, day,
                                                                                                     states):
    assert sides(_old(rdir, "DEU", "PER", "bilateral-deu-per-1873", day)) == states


@pytest.mark.parametrize("day, mne, srb", [
    ("2019-05-31", ("bound", "bound"), ("bound", "bound")),
    ("2019-06-15", ("uncertain", "uncertain"), ("bound", "bound")),  # in force in June 2019, the day not given
    ("2019-07-01", None, ("bound", "bound")),  # replaced between the new treaty's two parties only
])
def test_a_treaty_replaced_between_some_of_its_parties_only(rdir, day, mne, srb):
    old = "bilateral-gbr-srb-1901"
    row = _old(rdir, "GBR", "MNE", old, day)
    assert (sides(row) if row else None) == mne
    assert sides(_old(rdir, "GBR", "SRB", old, day)) == srb
    if mne == ("uncertain", "uncertain"):
        assert row["a"]["reason"].endswith(
            "; but it may have been replaced by the Test treaty of one successor (bilateral-gbr-mne-2019), in force: "
            "whether that one was in force on 2019-06-15 is not known")


def test_diff_dates_no_termination_it_cannot_place(rdir):
    """The end of the 1900 treaty lies in a window (1978-05-04 to 1980-12-09): diff has no day to show it on."""
    rows = answer("diff", "--since", "1978-01-01", "--until", "1981-12-31", "--data-dir", str(rdir))["results"]
    assert [r for r in rows if r["instrument"] == "bilateral-fra-per-1900"] == []


_GBR = '      - {party: GBR, act: ratification, date: "1991-02-13", entry_into_force: "1991-05-14", sources: [s]}\n'
_GBR_1991 = '      - {party: GBR, act: ratification, date: "1991", entry_into_force: "1991", sources: [s]}\n'


@pytest.mark.parametrize("day, states", [
    ("1990-12-31", ("bound", "bound")),
    ("1991-06-01", ("uncertain", "uncertain")),  # the convention binds France; the United Kingdom some day in 1991
    ("1992-01-01", None),  # it binds both: the treaty no longer applies between them
])
def test_a_convention_that_may_bind_both_leaves_the_treaty_it_replaces_uncertain(tmp_path, day, states):
    """The test convention (ETS 24's place, art. 28) binds France from 1986 and the United Kingdom from a day of 1991
    the data does not give: the treaty it replaces was shown "bound" all through 1991."""
    assert INSTRUMENTS.count(_GBR) == 1
    where = variant(tmp_path, INSTRUMENTS.replace(_GBR, _GBR_1991) + _TREATY)
    row = _old(where, "FRA", "GBR", "bilateral-fra-gbr-old", day)
    assert (sides(row) if row else None) == states
    if states == ("uncertain", "uncertain"):
        assert row["a"]["reason"].endswith(
            "; but the Test extradition convention (ext) replaces it between two parties it binds, and whether it "
            "bound both on 1991-06-01 is not known")
