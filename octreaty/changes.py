"""What happened between two dates: new parties, withdrawals, agreements, entries into force.

``changes(data, graph, since, until)`` lists, for the period ``since``..``until``
(both days included):

* ``new-party``: an act of consent (ratification, accession, membership...)
  dated in the period, on any instrument but a bilateral agreement;
* ``withdrawal``: a withdrawal or denunciation taking effect in the period;
* ``new-agreement``: a bilateral agreement signed in the period;
* ``entry-into-force``: an instrument's own entry into force in the period.

A partial date ("2019", "2019-06") counts when the period contains all of it;
when it overlaps the period only in part the change is listed with
``partial=True`` ("dated only to the year"), after the certain ones. Undated
facts are never listed. Order: certain before partial, then date, instrument,
country.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import networkx as nx

from . import graph as G
from .model import CONSENT_ACTS, Dataset, PartialDate

KINDS = ("new-party", "withdrawal", "new-agreement", "entry-into-force")


@dataclass(frozen=True)
class Change:
    """One dated event in the period."""

    date: PartialDate
    kind: str  # one of KINDS
    instrument: str  # instrument id
    country: str | None  # country id; None for an instrument's own event
    text: str  # a sentence for a briefing
    sources: tuple[str, ...]
    partial: bool = False  # dated only to the month or year, overlapping the period in part
    parties: tuple[str, ...] = ()  # new-agreement / bilateral entry-into-force: the parties' ids

    @property
    def precision(self) -> str:
        return "day" if self.date.day else ("month" if self.date.month else "year")


def _place(p: PartialDate, since: date, until: date) -> bool | None:
    """True: inside the period; False: overlaps it in part; None: outside."""
    lo, hi = p.start(), p.end()
    if since <= lo and hi <= until:
        return True
    if lo <= until and hi >= since:
        return False
    return None


def _only(p: PartialDate) -> str:
    return "" if p.day else (" (dated only to the month)" if p.month else " (dated only to the year)")


def changes(data: Dataset, graph: nx.MultiDiGraph, since: date, until: date) -> list[Change]:
    """The changes between ``since`` and ``until`` (inclusive); see the module docstring.

    ValueError when ``since`` is after ``until``.
    """
    if since > until:
        raise ValueError(f"since {since} is after until {until}")
    out: list[Change] = []

    def add(p: PartialDate | None, kind: str, iid: str, cid: str | None, text: str,
            sources: tuple[str, ...], parties: tuple[str, ...] = ()) -> None:
        if p is None:
            return
        inside = _place(p, since, until)
        if inside is None:
            return
        out.append(Change(p, kind, iid, cid, text + _only(p), sources, not inside, parties))

    for inst in G.instruments(graph):
        rows = G.parties_of(graph, inst.id)
        parties = tuple(dict.fromkeys(p.party for p in rows))
        names = ", ".join(data.countries[c].name for c in parties if c in data.countries)
        if inst.kind == "bilateral":
            add(inst.signed, "new-agreement", inst.id, None, f"{inst.name} signed ({names})", inst.sources, parties)
            add(inst.entry_into_force, "entry-into-force", inst.id, None,
                f"{inst.name} enters into force ({names})", inst.sources, parties)
        else:
            add(inst.entry_into_force, "entry-into-force", inst.id, None, f"{inst.short} enters into force",
                inst.sources)
        for p in rows:
            name = data.countries[p.party].name if p.party in data.countries else p.party
            if inst.kind != "bilateral" and p.act in CONSENT_ACTS:
                role = f" ({p.role})" if p.role and p.role not in ("member", "party") else ""
                add(p.date, "new-party", inst.id, p.party, f"{name}: {p.act} of {inst.short}{role}", p.sources)
            add(p.withdrawal, "withdrawal", inst.id, p.party,
                f"{name}: withdrawal from {inst.short} takes effect", p.sources)
    out.sort(key=lambda c: (c.partial, c.date.start(), c.date.end(), c.instrument, c.country or "", c.kind))
    return out
