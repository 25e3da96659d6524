"""README's "Known gaps" are counted from the data, so that they cannot drift (issue 12).

The lines between ``<!-- gaps: generated -->`` and ``<!-- /gaps -->`` in README.md
are what :func:`gaps` writes from the shipped data: which parties no source dates,
per table. ``OCTREATY_REGEN=1 python -m pytest tests/test_readme_gaps.py`` rewrites
them after a data change (review the diff like any golden file).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from octreaty.model import Dataset

README = Path(__file__).resolve().parent.parent / "README.md"
BLOCK = re.compile(r"(<!-- gaps: generated -->\n)(.*?)(<!-- /gaps -->)", re.S)


def _undated(data: Dataset, iid: str) -> list[str]:
    """The parties whose act no source dates (one-act rows; timelines date their events)."""
    return sorted(p.party for p in data.instruments[iid].parties if p.is_consent and p.date is None and not p.events)


def _partial(data: Dataset, iid: str, length: int) -> list[str]:
    """The parties whose act is dated to the year (length 4) or the month (length 7) only."""
    return sorted(p.party for p in data.instruments[iid].parties
                  if p.is_consent and p.date is not None and len(str(p.date)) == length)


def _names(data: Dataset, ids: list[str]) -> str:
    names = sorted(data.countries[c].name for c in ids)
    if len(names) < 2:
        return names[0] if names else "none"
    return ", ".join(names[:-1]) + " and " + names[-1]


def _eu_line(data: Dataset, iid: str, what: str) -> str:
    undated, years, months = _undated(data, iid), _partial(data, iid, 4), _partial(data, iid, 7)
    line = (f"- {what}: the day it began to apply is not found for {_names(data, undated)}" if undated
            else f"- {what}: dated for every member state bound")
    rough = [f"{_names(data, years)} to the year" if years else "", f"{_names(data, months)} to the month" if months else ""]
    rough = [r for r in rough if r]
    return line + (f" (known only: {'; '.join(rough)})" if rough else "") + "."


def _counts(data: Dataset, iids: list[str]) -> str:
    return ", ".join(f"{data.instruments[i].short} ({len(_undated(data, i))})" for i in iids if _undated(data, i)) \
        or "none"


def gaps(data: Dataset) -> str:
    """The generated part of README's "Known gaps"."""
    coe = [i.id for i in data.instruments.values() if i.depositary and "Council of Europe" in i.depositary]
    un = [i.id for i in data.instruments.values() if i.depositary and "United Nations" in i.depositary]
    # the other multilateral conventions (the Nordic Arrest Warrant, the EU Member States' own conventions)
    regional = [i.id for i in data.instruments.values() if i.kind in ("convention", "protocol")
                and i.id not in coe and i.id not in un]
    bilateral = [i for i in data.instruments.values() if i.kind == "bilateral"]
    dated = [i for i in bilateral if i.entry_into_force is not None]
    to_day = [i for i in dated if len(str(i.entry_into_force)) == 10]
    bounded = [i for i in bilateral if i.in_force_by is not None]
    interpol = data.instruments["interpol"].parties
    rough = [p for p in interpol if p.date is not None and len(str(p.date)) < 10]
    lines = [
        _eu_line(data, "eaw", "European Arrest Warrant"),
        _eu_line(data, "eio", "European Investigation Order"),
        f"- Council of Europe, parties with no deposit day: {_counts(data, coe)}.",
        f"- United Nations, parties with no deposit day: {_counts(data, un)}.",
        f"- Other regional conventions, parties with no deposit day: {_counts(data, regional)}.",
        f"- Bilateral agreements: {len(bilateral)} in the data, {len(dated)} with an entry into force "
        f"({len(to_day)} to the day)"
        + (f", {len(bounded)} more shown in force by a day a source gives" if bounded else "")
        + "; the others are \"signed; entry into force not found\".",
        f"- INTERPOL: {len(rough)} of {len(interpol)} membership rows are dated to the year or month only "
        "(the Correlates of War data before 2002); Europol, rows with no start date: "
        f"{_names(data, _undated(data, 'europol'))}.",
    ]
    return "\n".join(lines) + "\n"


def test_readme_known_gaps_are_counted_from_the_data(shipped):
    text = README.read_text(encoding="utf-8")
    m = BLOCK.search(text)
    assert m, "README has no <!-- gaps: generated --> block"
    want = gaps(shipped)
    if os.environ.get("OCTREATY_REGEN") and m.group(2) != want:
        README.write_text(text[:m.start(2)] + want + text[m.end(2):], encoding="utf-8")
        return
    assert m.group(2) == want
