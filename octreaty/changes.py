"""What happened between two dates: new parties, withdrawals, agreements, entries into force.

``changes(data, graph, since, until)`` lists, for the period ``since``..``until``
(both days included):

* ``new-party``: an act of consent (ratification, accession, membership...)
  dated in the period, on any instrument but a bilateral agreement;
* ``withdrawal``: a withdrawal or denunciation taking effect in the period;
* ``new-agreement``: a bilateral agreement signed in the period;
* ``entry-into-force``: an instrument's own entry into force in the period;
* ``status-change``: a partner's new agreement (strategic to operational) or a
  member becoming a partner, from the participation's timeline;
* ``suspension`` and ``supervision``: a member's rights suspended, or measures on
  its bureau, which end no membership; an instrument a party stays bound by but
  cannot apply for a time (its implementing act void), on the day it stops and
  the day it is applied again;
* ``termination``: a bilateral agreement terminated;
* ``doubt``: an event a source dates after which no source says whether a
  bilateral agreement still applies (``may_have_ended``: relations broken off).

Each event of a timeline is reported as what it is: a denunciation, an
expulsion or a withdrawal by its own name, a re-accession as a new act.

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
from . import standing as S
from .model import CONSENT_ACTS, Dataset, PartialDate

KINDS = ("new-party", "withdrawal", "new-agreement", "entry-into-force", "status-change", "suspension",
         "supervision", "termination", "doubt")


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
        # the end the sources date; a doubt (may_have_ended) is its own change below
        end, why = S.known_end(data, inst) if inst.kind == "bilateral" else (None, "")
        new = S.replacement(data, inst) if inst.kind == "bilateral" else None
        if new is not None and new.kind != "bilateral":
            new = None  # a convention replaces it pair by pair, on days its own entry into force does not give
        if end is not None:
            # an end the data places only in a window (a replacing agreement it does not date) is not a dated change
            add(end.as_partial(), "termination", inst.id, None, f"{inst.name} {why} ({names})", inst.sources, parties)
        elif new is not None:
            # replaced between the parties of the new agreement only: a successor state keeps the old one
            between = [p.party for p in new.parties if any(q.party == p.party for q in rows)]
            add(new.entry_into_force, "termination", inst.id, None,
                f"{inst.name} replaced by the {new.name} between "
                f"{'; '.join(data.countries[c].name if c in data.countries else c for c in between)}",
                inst.sources, tuple(between))
        doubt = inst.may_have_ended if inst.kind == "bilateral" else None
        if doubt is not None:
            add(doubt.date, "doubt", inst.id, None,
                f"{inst.name} may no longer apply: {doubt.note or 'no source says whether it still applies'} "
                f"({names})", doubt.sources, parties)
        for p in rows:
            name = data.countries[p.party].name if p.party in data.countries else p.party
            if not p.events:
                if inst.kind != "bilateral" and p.act in CONSENT_ACTS:
                    role = f" ({p.role})" if p.role and p.role not in ("member", "party") else ""
                    add(p.date, "new-party", inst.id, p.party, f"{name}: {p.act} of {inst.short}{role}", p.sources)
                add(p.withdrawal, "withdrawal", inst.id, p.party,
                    f"{name}: withdrawal from {inst.short} takes effect", p.sources)
                continue
            previous_role: str | None = None
            bound = joined = False
            for e in p.events:
                if e.is_consent and inst.kind != "bilateral":
                    role = f" ({e.role})" if e.role and e.role not in ("member", "party") else ""
                    if bound and e.role != previous_role:
                        add(e.effective or e.date, "status-change", inst.id, p.party,
                            f"{name}: {previous_role or 'member'} of {inst.short} becomes {e.role or 'member'} "
                            f"({e.type})", e.sources)
                    else:
                        again = ", again" if joined else ""
                        add(e.date, "new-party", inst.id, p.party, f"{name}: {e.type} of {inst.short}{role}{again}",
                            e.sources)
                    previous_role, bound, joined = e.role, True, True
                elif e.is_ending:
                    add(e.effective or e.date, "withdrawal", inst.id, p.party,
                        f"{name}: {e.type} of {inst.short} " + ("takes effect" if e.effective else "notified"),
                        e.sources)
                    bound = False
                elif e.type == "not-applied":
                    add(e.date, "suspension", inst.id, p.party, f"{name}: {inst.short} not applied (still bound)",
                        e.sources)
                    if e.effective is not None:
                        add(e.effective, "suspension", inst.id, p.party, f"{name}: {inst.short} applied again",
                            e.sources)
                elif e.type in ("suspension", "supervision"):
                    what = "rights suspended in" if e.type == "suspension" else "bureau placed under supervisory measures in"
                    add(e.date, e.type, inst.id, p.party, f"{name}: {what} {inst.short}", e.sources)
    out.sort(key=lambda c: (c.partial, c.date.start(), c.date.end(), c.instrument, c.country or "", c.kind))
    return out
