"""A bilateral agreement's standing on the day asked, in link's tables.

The "In force" cell speaks of the agreement (its entry into force, or the bound a
source gives); whether it binds the two on the day asked is another question: a
treaty in force by 1961 may since be superseded by a convention both joined. The
table and Markdown views say it in an "On the day" column, with the reason as a
numbered note; CSV and JSON carry each side's state and reason already.

The pair: the Switzerland-Italy extradition treaty of 1868, in force by 1961 (the
Swiss Federal Court's BGE 87 I 195), superseded by ETS 24 art. 28 once both were
bound (Switzerland from 1967-03-20; Italy from 1963-11-04).
"""

from __future__ import annotations

from datetime import date

from .conftest import invoke

TREATY = "| Treaty between Switzerland and Italy for the mutual extradition of offenders | 1868-07-22 | " \
         "not found; in force by 1961 | "
SUPERSEDED = ("in force at the latest since 1961-12-31, but superseded between them by the ETS 24 Extradition "
              "(art. 28) since 1967-03-20, which supersedes bilateral treaties on the same matter between its "
              "parties; it may still apply where that convention does not (a territory outside it, a matter it "
              "leaves out)")


def _markdown(day: str) -> list[str]:
    return invoke("link", "switzerland", "italy", "--for", "extradition", "--as-of", day,
                  "--format", "markdown").stdout.splitlines()


def _row(lines: list[str]) -> str:
    rows = [x for x in lines if x.startswith(TREATY)]
    assert len(rows) == 1, rows
    return rows[0]


def _note(lines: list[str], mark: str) -> str:
    notes = [x for x in lines if x.startswith(f"{mark} ")]
    assert len(notes) == 1, notes
    return notes[0][len(mark) + 1:]


def test_superseded_treaty_says_so_on_the_day():
    lines = _markdown("1970-01-01")
    assert "| Agreement | Signed | In force | On the day | Scope | Sources |" in lines
    row = _row(lines)
    assert row.startswith(TREATY + "uncertain (")
    mark = row[len(TREATY) + len("uncertain "):].split(" ")[0]
    assert _note(lines, mark) == SUPERSEDED


def test_treaty_in_force_between_its_bound_and_the_convention():
    row = _row(_markdown("1963-06-01"))  # in force by 1961; Switzerland not yet bound by ETS 24
    assert row == TREATY + "in force |  | ch-bge-87-i-195 |"


def test_before_its_bound_the_day_is_not_known():
    lines = _markdown("1960-06-01")
    row = _row(lines)
    mark = row[len(TREATY) + len("uncertain "):].split(" ")[0]
    assert _note(lines, mark) == ("signed; in force by 1961, as a source shows, but the day it entered into "
                                  "force is not found, so whether it was in force on 1960-06-01 is not known")


def test_no_note_where_the_in_force_cell_already_says_it():
    """Kosovo-Hungary 2013: no entry into force in the sources; the cell reads "uncertain", no note repeats it."""
    out = invoke("link", "kosovo", "hungary", "--as-of", "2026-04-25", "--format", "markdown").stdout
    row = next(x for x in out.splitlines() if x.startswith("| Agreement between the Government of the Republic "
                                                            "of Kosovo"))
    assert "| 2013-07-31 | not found in the sources | uncertain | " in row
    assert "signed; entry into force not found in the sources" not in out


def test_pair_state_through_the_library(shipped_q):
    link = shipped_q.link("CHE", "ITA", date(1970, 1, 1), "extradition")
    [x] = [x for x in link.bilateral if x.instrument.id == "bilateral-che-ita-1868-extradition"]
    assert x.pair_state() == ("uncertain", SUPERSEDED)
    link = shipped_q.link("CHE", "ITA", date(1963, 6, 1), "extradition")
    [x] = [x for x in link.bilateral if x.instrument.id == "bilateral-che-ita-1868-extradition"]
    assert x.pair_state() == ("in force", None)
