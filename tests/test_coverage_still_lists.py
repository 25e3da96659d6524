"""A stated count that still lists a party which had left (coverage ``still_lists``).

The case: the Netherlands treaty database's table of the EU Mutual Assistance Convention of 2000 counts 26
parties in 2021, the United Kingdom among them without an end, although the United Kingdom ceased to take part
at the end of the transition period (Withdrawal Agreement art. 62(1)(a)). Against the data's 25, `check` said a
party was missing. ``still_lists: [GBR]`` says which former party the count includes: `check` holds the table
against 25 + 1, `instruments` shows it, and no answer counts the United Kingdom as a party.
"""

from __future__ import annotations

from .conftest import invoke, mini_with

TABLE = """schema: 1
sources:
  count-src: {{title: a count, url: https://example.org/count, as_of: "2021"}}
instruments:
  - id: conv-y
    short: Convention Y
    name: Convention Y
    kind: convention
    adopted: "2011-01-01"
    entry_into_force: "2012-01-01"
    who_may_join: un-all-states
    purposes: {{mla: "art. 1"}}
    sources: [count-src]
    coverage: {{stated: {stated}, stated_by: count-src, as_of: "2021"{still}}}
    parties:
      - {{party: ALB, act: ratification, date: "2012-05-01", entry_into_force: "2012-05-01", sources: [count-src]}}
      - {{party: HUN, act: ratification, date: "2013-06-01", entry_into_force: "2013-06-01", sources: [count-src]}}
      - {{party: ITA, act: ratification, date: "2013-09-01", entry_into_force: "2013-09-01", withdrawal: "2020-06-01",
          sources: [count-src]}}
"""


def _folder(tmp_path, stated: int, still: str = ""):
    return mini_with(tmp_path, "y.yaml", TABLE.format(stated=stated, still=f", still_lists: [{still}]" if still else ""))


def _warnings(folder) -> list[str]:
    out = invoke("check", "--data-dir", str(folder), "--format", "csv").stdout
    return [line.split(",", 5)[5] for line in out.splitlines()[1:] if ",conv-y.coverage," in line]


def test_without_still_lists_the_stale_listing_reads_as_a_missing_party(tmp_path):
    assert _warnings(_folder(tmp_path, 3)) == ['"coverage: 2 parties in the data, 3 stated by count-src as of 2021"']


def test_with_still_lists_the_former_party_is_held_against_the_count(tmp_path):
    assert _warnings(_folder(tmp_path, 3, "ITA")) == []
    # a count above parties and former parties is still a missing party
    assert _warnings(_folder(tmp_path / "b", 4, "ITA")) == [
        '"coverage: 2 (+1 listed after leaving: ITA) parties in the data, 4 stated by count-src as of 2021"']


def test_instruments_shows_the_former_party_beside_the_count(tmp_path):
    out = invoke("instruments", "--data-dir", str(_folder(tmp_path, 3, "ITA")), "--format", "csv").stdout
    [row] = [line for line in out.splitlines() if line.startswith("conv-y,")]
    assert "2 (+1 listed after leaving: ITA) of 3 stated by count-src as of 2021" in row


def test_the_former_party_is_no_party_in_the_answers(tmp_path):
    out = invoke("parties", "conv-y", "--data-dir", str(_folder(tmp_path, 3, "ITA")), "--as-of", "2021-06-01",
                 "--format", "csv").stdout
    assert [line.split(",")[0] for line in out.splitlines()[1:]] == ["ALB", "HUN"]


def test_still_lists_naming_a_party_is_a_warning(tmp_path):
    assert _warnings(_folder(tmp_path, 3, "HUN")) == [
        '"coverage: 2 parties in the data, 3 stated by count-src as of 2021"',
        '"coverage: still_lists names HUN, a party in the data as of 2021: list only those whose participation had '
        'ended by the count\'s date"']
