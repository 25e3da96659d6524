"""Pure questions over the cooperation graph -> result dataclasses. Never prints.

Two notions of time are kept apart (DESIGN.md section 5):

* *party*: consent deposited on or before the date and not withdrawn; what a
  depositary counts (``parties``);
* *bound*: the instrument is in force for the state on the date (per-party
  entry into force by the instrument's own rule) and not withdrawn; what
  ``link`` answers with.

Every answer is three-valued: a date the sources do not give makes the answer
"uncertain" rather than a guess.
"""

from __future__ import annotations

import functools
import operator
from collections.abc import Callable
from contextlib import contextmanager
from datetime import date

import networkx as nx

from . import graph as G
from . import reasoning as R
from . import standing as S
from .explain import channels_summary
from .model import (
    BOUND,
    FULL_ROLES,
    LINKING,
    NOT_PARTY,
    PARTNER,
    PENDING,
    SIGNATURE,
    SIGNED,
    UNCERTAIN,
    Channels,
    Dataset,
    Detail,
    Instrument,
    Link,
    Listing,
    Matrix,
    Participation,
    Parties,
    PartyRow,
    Paths,
    Ratified,
    Row,
    Standing,
    Truth,
)
from .reasoning import PURPOSE_CHOICES, PURPOSE_KEYS, _serves  # noqa: F401 - the names callers know
from .standing import merge_sources

# the standing of one state (standing.py), under the names this module has always used
standing_of = S.standing_of
_standing_from = S.standing_from
evaluate = S.evaluate
eligibility = S.eligibility
_active = S.active
_usable = S.usable
_with_parent = S.with_parent
NOT_EU_MEMBER = S.NOT_EU_MEMBER

# Instruments whose membership is context, not a channel of cooperation, have
# no purposes; link leaves them out, ratified and channels show them.


def _scoped(scope: Callable[..., dict]) -> Callable:
    """Run a question on the part of the graph it needs (``scope(*args)`` says which)."""

    def decorate(fn: Callable) -> Callable:
        @functools.wraps(fn)
        def question(self: Queries, *args: object, **kwargs: object) -> object:
            with self._on(**scope(*args, **kwargs)):
                return fn(self, *args, **kwargs)

        return question

    return decorate


def _covers(g: nx.MultiDiGraph, countries: tuple[str, ...], instruments: tuple[str, ...]) -> bool:
    """Whether graph ``g`` already holds every edge of these countries and into these instruments."""
    scope = G.scope(g)
    if scope is None:
        return True
    have_c, have_i = scope
    return set(countries) <= have_c and set(instruments) <= have_i


def _order_key(data: Dataset):
    """Instruments in the order the reasoning takes them (DESIGN.md section 1): EU law and what replaced it,
    regional conventions, global ones, organisations, bilateral agreements; within each, the order of the
    data files, each Protocol right after its Convention."""
    position = {iid: n for n, iid in enumerate(data.instruments)}

    def rank(inst: Instrument) -> int:
        if inst.closed:
            return 0
        if inst.kind in ("convention", "protocol"):
            return 2 if data.opens_to_all(inst) else 1
        return {"organisation": 3, "bilateral": 4}.get(inst.kind, 9)

    def key(inst: Instrument) -> tuple:
        anchor = inst.parent if inst.parent in position else inst.id
        return (rank(inst), position[anchor], inst.parent is not None, position[inst.id])

    return key


def still_listed(p: Parties) -> tuple[str, ...]:
    """The former parties a stated count still lists (its coverage's ``still_lists``) that are not parties on the day."""
    cov = p.instrument.coverage
    if cov is None or not cov.still_lists:
        return ()
    present = {r.country.id for r in (*p.rows, *p.uncertain)}
    return tuple(c for c in cov.still_lists if c not in present)


def counted(p: Parties) -> str:
    """A table's count of parties on a day, with those no source dates beside it and the former parties its stated
    count still lists: "180 (+2 undated)", "25 (+1 listed after leaving: GBR)"."""
    former = still_listed(p)
    return (f"{p.count}" + (f" (+{len(p.undated)} undated)" if p.undated else "")
            + (f" (+{len(former)} listed after leaving: {', '.join(former)})" if former else ""))


class Queries:
    """The questions octreaty answers, over one dataset and its graph."""

    def __init__(self, data: Dataset, g: nx.MultiDiGraph | None = None) -> None:
        self.data = data
        self._full = g  # the whole graph, built when a question needs it
        self.g = g  # the graph the current question runs on
        self._order = _order_key(data)
        self._concluded_for_members = [i for i in data.instruments.values() if i.binds_members_of]

    @property
    def full(self) -> nx.MultiDiGraph:
        if self._full is None:
            self._full = G.build(self.data)
        return self._full

    @contextmanager
    def _on(self, countries: tuple[str, ...] = (), instruments: tuple[str, ...] = (), whole: bool = False):
        """Run a question on the graph it needs: the whole one, or the edges of a few nodes."""
        previous = self.g
        if whole or self._full is not None:
            self.g = self.full
        elif previous is not None and _covers(previous, countries, instruments):
            self.g = previous
        else:
            self.g = G.build(self.data, countries=countries, instruments=instruments)
        try:
            yield self.g
        finally:
            self.g = previous

    # -- helpers -------------------------------------------------------------

    def standing(self, cid: str, iid: str, day: date) -> Standing:
        with self._on(countries=(cid,)):
            inst = self.data.instruments[iid]
            return _with_parent(self.data, self.g, standing_of(self.data, self.g, cid, inst, day), inst, day)

    def _instruments_of(self, *cids: str) -> list[Instrument]:
        ids: set[str] = set()
        for cid in cids:
            ids |= G.instrument_ids_of(self.g, cid)
            parent = self.data.countries[cid].parent
            if parent:  # a territory: what its parent state is bound by may extend to it
                ids |= {p.instrument for p in self.data.by_country.get(parent, ())}
        # agreements an organisation concluded for its member states (the EU's with third states)
        ids |= {i.id for i in self._concluded_for_members if i.binds_members_of in ids}
        return sorted((self.data.instruments[i] for i in ids), key=self._order)

    # -- link ----------------------------------------------------------------

    @_scoped(lambda a, b, *_, **__: {"countries": (a, b)})
    def link(self, a: str, b: str, day: date, purpose: str = "all", explain: str = "") -> Link:
        """Every basis and channel between ``a`` and ``b`` on ``day``, usable for ``purpose``.

        The reasoning is :func:`octreaty.reasoning.link`'s.
        """
        return R.link(self, a, b, day, purpose, explain)

    def _purposes(self, inst: Instrument) -> tuple[tuple[str, str], ...]:
        return R._purposes(self, inst)

    @_scoped(lambda *_, **__: {"whole": True})
    def path(self, a: str, b: str, day: date, purpose: str = "all", limit: int = 5) -> Paths:
        """The shortest chains from ``a`` to ``b`` through channels and bridges (:func:`octreaty.reasoning.path`)."""
        return R.path(self, a, b, day, purpose, limit)

    @_scoped(lambda cid, *_, **__: {"countries": (cid,)})
    def ratified(self, cid: str, day: date) -> Ratified:
        """Everything ``cid`` has signed or is bound by on ``day``."""
        rows = []
        for inst in self._instruments_of(cid):
            s = self.standing(cid, inst.id, day)
            if s.state == NOT_PARTY and not any(evaluate(self.data, inst, p, day).party is Truth.UNKNOWN
                                                for p in G.participations(self.g, cid, inst.id)):
                continue  # acted only after the date asked (an act of a month or year that may be before it stays)
            note = None
            if inst.kind == "bilateral":
                others = [self.data.countries[p.party].name for p in inst.parties if p.party != cid]
                note = "with " + ", ".join(dict.fromkeys(others))
            rows.append(Row(inst, s, note))
        return Ratified(self.data.countries[cid], day, tuple(rows), self.data.as_of)

    # -- parties ---------------------------------------------------------------

    @_scoped(lambda iid, *_, **__: {"instruments": (iid,)})
    def parties(self, iid: str, day: date, include_signatories: bool = False) -> Parties:
        """The parties to ``iid`` on ``day``, counted as the depositary counts."""
        inst = self.data.instruments[iid]
        rows: list[PartyRow] = []
        uncertain: list[PartyRow] = []
        signatories: list[PartyRow] = []
        by_party: dict[str, list[Participation]] = {}
        for p in G.parties_of(self.g, iid):
            by_party.setdefault(p.party, []).append(p)
        for cid, ps in by_party.items():
            country = self.data.countries[cid]
            evs = [evaluate(self.data, inst, p, day) for p in ps]
            s = standing_of(self.data, self.g, cid, inst, day)
            # an organisation's member or partner is one from its agreement's entry into force, whatever the day
            # of its consent: where that is known to come later, it is a signatory on the day, not an unknown
            not_yet = inst.kind == "organisation" and s.state in (SIGNED, NOT_PARTY)
            if any(ev.party is Truth.YES for ev in evs) or s.state in (BOUND, PARTNER):
                # bound on the day: by one period, or by one of two whose handover's day is not given
                rows.append(PartyRow(country, s))
            elif any(ev.party is Truth.UNKNOWN for ev in evs) and not not_yet:
                uncertain.append(PartyRow(country, s))
            elif s.state == SIGNED or (s.state == UNCERTAIN and s.act == SIGNATURE):
                signatories.append(PartyRow(country, s))
        key = lambda r: r.country.name  # noqa: E731
        rows.sort(key=key)
        uncertain.sort(key=key)
        signatories.sort(key=key)
        # depositaries and organisations count parties and members, not partners or observers
        count = sum(1 for r in rows if r.standing.role in FULL_ROLES)
        shown = rows + signatories if include_signatories else rows
        shown.sort(key=key)
        return Parties(inst, day, tuple(shown), tuple(uncertain), count, len(signatories),
                       include_signatories, self.data.as_of)

    # -- channels ----------------------------------------------------------------

    @_scoped(lambda cid, *_, **__: {"countries": (cid,)})
    def channels(self, cid: str, day: date) -> Channels:
        """Which channels ``cid`` can use, which it cannot and why, and its fallbacks."""
        usable: list[Row] = []
        unusable: list[Row] = []
        bilateral: list[Row] = []
        for inst in sorted(self.data.instruments.values(), key=self._order):
            if inst.kind == "bilateral":
                if any(p.party == cid for p in inst.parties):
                    s = self.standing(cid, inst.id, day)
                    if s.state != NOT_PARTY:
                        others = [self.data.countries[p.party].name for p in inst.parties if p.party != cid]
                        bilateral.append(Row(inst, s, "with " + ", ".join(dict.fromkeys(others))))
                continue
            if not inst.purposes and not inst.parent:
                continue
            s = self.standing(cid, inst.id, day)
            (usable if _usable(s.state) else unusable).append(Row(inst, s))
        bridges = tuple(
            br for br in G.bridges_of(self.g, cid) if _active(br, day)
        )
        country = self.data.countries[cid]
        labels = [f"{self.data.instruments[b.instrument].short} via {b.via}" for b in bridges]
        summary = channels_summary(country, day, usable, unusable, bilateral, bridges, labels)
        return Channels(country, day, tuple(usable), tuple(unusable), tuple(bilateral), bridges,
                        summary, self.data.as_of)

    # -- groups and matrix ----------------------------------------------------------

    def group_members(self, gid: str, day: date) -> list[str]:
        """The countries of a group on a date: a listed group, an organisation's members, or the UN."""
        data = self.data
        if gid in data.groups:
            return list(data.groups[gid].members)
        if gid == "un":
            return [c.id for c in data.countries.values() if c.status == "un-member"
                    and (c.un_member_since is None or c.un_member_since.end() <= day)]
        inst = data.instruments[gid]
        return sorted({p.party for p in inst.parties
                       if p.is_full_member and evaluate(data, inst, p, day).bound is Truth.YES})

    def matrix(self, day: date, members: list[str] | None = None, purpose: str = "all",
               group: str | None = None) -> Matrix:
        """Every pair, by number and kind of bases; the same counts ``link`` gives, computed at once.

        Each country's bound instruments become a bit mask, so a pair costs a few
        integer operations: all ~20,000 pairs of the shipped data take well under
        a second.
        """
        data = self.data
        with self._on(whole=True):
            g = self.g
            countries = sorted(members if members is not None else
                               [c.id for c in data.countries.values() if c.status != "former-state"])
            multilateral = [i for i in sorted(data.instruments.values(), key=self._order)
                            if i.kind != "bilateral" and self._purposes(i) and _serves(self._purposes(i), purpose)]
            bit = {i.id: 1 << n for n, i in enumerate(multilateral)}
            kind_mask = {"convention": 0, "eu-law": 0, "organisation": 0}
            for i in multilateral:
                key = ("organisation" if i.kind == "organisation" else
                       "eu-law" if i.kind in ("eu-law", "eu-agreement") else "convention")
                kind_mask[key] |= bit[i.id]
            member: dict[str, int] = {c: 0 for c in countries}
            partner: dict[str, int] = {c: 0 for c in countries}
            other_side: dict[str, int] = {c: 0 for c in countries}  # the third state of an EU agreement
            concluded = 0  # agreements an organisation concluded for its member states
            # what a party declared not to apply towards another (with its Protocols): displaced for that pair
            not_applied: dict[tuple[str, str], int] = {}
            # what a party does not take as the legal basis for extradition, towards every other party
            no_basis: dict[str, int] = {c: 0 for c in countries}
            protocols: dict[str, int] = {}
            for j in multilateral:
                if j.parent:
                    protocols[j.parent] = protocols.get(j.parent, 0) | bit[j.id]
            with_protocols = {i.id: bit[i.id] | protocols.get(i.id, 0) for i in multilateral}
            wanted = set(countries)
            territories = {c for c in countries if data.countries[c].parent}  # bound through their parents
            for i in multilateral:
                # an agreement concluded for member states binds those with no row of their own
                who = countries if i.binds_members_of else sorted({p.party for p in G.parties_of(g, i.id)
                                                                   if p.party in wanted} | territories)
                if i.binds_members_of:
                    concluded |= bit[i.id]
                for party in who:
                    s = _with_parent(data, g, standing_of(data, g, party, i, day), i, day)
                    for d in s.declarations:
                        if d.type == "non-application" and d.conditions:
                            for other in d.conditions.other_in:
                                key = (party, other)
                                not_applied[key] = not_applied.get(key, 0) | with_protocols[i.id]
                        elif d.type == "no-legal-basis-extradition" and purpose == "extradition":
                            c = d.conditions  # as link: displaced where its conditions certainly hold
                            if c is None:
                                no_basis[party] |= with_protocols[i.id]
                            elif not c.no_treaty_with_other:
                                for other in countries:
                                    if (not c.other_in or other in c.other_in) and other not in c.other_not_in:
                                        key = (party, other)
                                        not_applied[key] = not_applied.get(key, 0) | with_protocols[i.id]
                    if s.state == BOUND:
                        if i.binds_members_of and S.member_side(data, g, i, party) is False:
                            other_side[party] |= bit[i.id]
                        else:
                            member[party] |= bit[i.id]
                    elif s.state == PARTNER:
                        partner[party] |= bit[i.id]
            # a Protocol goes with its Convention (FD 2002/584/JHA art. 31: "and its protocols"), as in link
            replaces = {bit[i.id]: functools.reduce(operator.or_, (bit.get(r, 0) | protocols.get(r, 0) for r in i.replaces), 0)
                        for i in multilateral if i.replaces}
            # what it displaces for some purposes only: displaced where all it serves for this purpose is among them
            for i in multilateral:
                for r, only in i.replaces_for:
                    if r not in bit:
                        continue
                    serves = {k for k, _ in self._purposes(data.instruments[r])
                              if purpose == "all" or k in PURPOSE_KEYS[purpose]}
                    if serves and serves <= set(only):
                        replaces[bit[i.id]] = replaces.get(bit[i.id], 0) | bit[r] | protocols.get(r, 0)
            bridges: dict[str, int] = {c: 0 for c in countries}
            for br in data.bridges:
                if br.country in wanted and br.instrument in bit and _active(br, day):
                    bridges[br.country] |= bit[br.instrument]
                    partner[br.country] &= ~bit[br.instrument]  # the bridge stands for it
            bilateral: dict[tuple[str, str], int] = {}
            for i in data.instruments.values():
                if i.kind != "bilateral" or not _serves(i.purposes, purpose):
                    continue
                ps = sorted({p.party for p in i.parties if p.party in wanted})
                states = {c: _standing_from(data, i, next(p for p in i.parties if p.party == c), day).state for c in ps}
                # as link counts them: in force, or possibly so, or concluded and awaiting its entry into
                # force; not terminated
                live = [c for c in ps if states[c] in LINKING or states[c] == PENDING]
                for x in range(len(live)):
                    for y in range(x + 1, len(live)):
                        key = (live[x], live[y])
                        if S.bilateral_pair(i, *key) and S.replaced_between(data, i, *key, day)[0] is not Truth.YES:
                            bilateral[key] = bilateral.get(key, 0) + 1
        names = {c: data.countries[c].name for c in countries}
        absent = {c for c in countries if data.countries[c].exists(day) is Truth.NO}
        rows = []
        for x, a in enumerate(countries):
            ma, pa, ba = member[a], partner[a], bridges[a]
            for b in countries[x + 1:]:
                # an EU agreement stands between a member state and the third state only
                shared = (ma & member[b] & ~concluded) | (other_side[a] & member[b]) | (ma & other_side[b])
                displaced = 0
                for ebit, rmask in replaces.items():
                    if shared & ebit:
                        displaced |= shared & rmask
                shared &= ~displaced
                if not_applied or no_basis[a] or no_basis[b]:
                    gone = shared & (not_applied.get((a, b), 0) | not_applied.get((b, a), 0) | no_basis[a] | no_basis[b])
                    displaced |= gone
                    shared &= ~gone
                org = kind_mask["organisation"]
                channels = ((ma & partner[b]) | (pa & member[b])) & org
                bridged = (ba & member[b]) | (bridges[b] & ma)
                conv = (shared & kind_mask["convention"]).bit_count()
                eu = (shared & kind_mask["eu-law"]).bit_count()
                orgs = (shared & org).bit_count()
                ch = channels.bit_count()
                br = bridged.bit_count()
                bil = bilateral.get((a, b), 0)
                total = conv + eu + orgs + ch + br + bil
                if a in absent or b in absent:  # as link: nothing links a state on a day it did not exist
                    conv = eu = orgs = ch = bil = br = total = displaced = 0
                rows.append((a, b, names[a], names[b], conv, eu, orgs, ch, bil, br, displaced.bit_count(), total))
        columns = ("a", "b", "a_name", "b_name", "conventions", "eu_law", "organisations", "channels",
                   "bilateral", "bridges", "displaced", "bases")
        return Matrix(day, purpose, group, columns, tuple(rows), data.as_of)

    # -- listings ----------------------------------------------------------------

    @_scoped(lambda *_, **__: {"whole": True})
    def instruments(self, day: date, multilateral: bool = False) -> Listing:
        rows = []
        for inst in sorted(self.data.instruments.values(), key=self._order):
            if multilateral and inst.kind == "bilateral":
                continue
            n = self.parties(inst.id, day).count
            newest = self.table_as_of(inst.id)
            rows.append((inst.id, inst.short, inst.kind, str(n), self.coverage(inst.id, day),
                         str(newest) if newest else "", inst.name))
        return Listing("instruments", ("id", "short", "kind", "parties", "coverage", "as_of", "name"),
                       tuple(rows), self.data.as_of)

    def table_as_of(self, iid: str):
        """How current an instrument's table is: the newest as-of date of the sources it cites."""
        inst = self.data.instruments[iid]
        keys = set(inst.sources) | {k for p in inst.parties for k in p.sources}
        if inst.coverage and inst.coverage.stated_by:
            keys.add(inst.coverage.stated_by)
        dated = [self.data.sources[k].as_of for k in keys if k in self.data.sources and self.data.sources[k].as_of]
        return max(dated, key=lambda d: d.end()) if dated else None

    def coverage(self, iid: str, day: date) -> str:
        """Our party count against the count a source states, on the date it states it."""
        inst = self.data.instruments[iid]
        cov = inst.coverage
        if cov is None or cov.stated is None:
            return ""
        # a count stated for a month or a year: ours on its first and its last day, where they differ
        ours = " to ".join(dict.fromkeys(counted(p) for p in self.coverage_ends(iid, day) if p is not None))
        when = f" as of {cov.as_of}" if cov.as_of else ""
        return f"{ours} of {cov.stated} stated by {cov.stated_by or 'the source'}{when}"

    def coverage_ends(self, iid: str, day: date) -> tuple[Parties | None, Parties]:
        """The parties to hold an instrument's stated count against: on the day the count is stated for (``day``
        where it has no date) and, for a count stated for a month or a year, which held on some day of it, on
        that period's first day too (None otherwise)."""
        cov = self.data.instruments[iid].coverage
        as_of = cov.as_of if cov is not None else None
        if as_of is None:
            return None, self.parties(iid, day)
        first = self.parties(iid, as_of.start()) if as_of.start() != as_of.end() else None
        return first, self.parties(iid, as_of.end())

    def countries(self) -> Listing:
        """Every entity, with its parent (territories), the dates it existed, and its bilateral coverage."""
        agreements: dict[str, int] = {}
        for inst in self.data.instruments.values():
            if inst.kind == "bilateral":
                for cid in {p.party for p in inst.parties}:
                    agreements[cid] = agreements.get(cid, 0) + 1
        rows = [
            (c.id, c.iso2 or "", c.name, c.status, c.parent or "", str(c.exists_from or ""), str(c.exists_until or ""),
             self.bilateral_coverage(c.id, agreements.get(c.id, 0)),
             ", ".join(dict.fromkeys((*c.aliases, *c.former_names))))
            for c in sorted(self.data.countries.values(), key=lambda c: c.name)
        ]
        return Listing("countries", ("id", "iso2", "name", "status", "parent", "exists_from", "exists_until",
                                     "bilateral", "also"), tuple(rows), self.data.as_of)

    def bilateral_coverage(self, cid: str, count: int) -> str:
        """How far the data's bilateral agreements of a country can be trusted: their number and what was searched."""
        searched = self.data.bilateral_coverage.get(cid, ())
        if not searched:
            return f"{count} in the data; no search recorded" if count else "none in the data; no search recorded"
        keys = sorted({k for bc in searched for k in bc.searched})
        dates = [bc.as_of for bc in searched if bc.as_of]
        when = f" as of {max(dates, key=lambda d: d.end())}" if dates else ""
        return f"{count} in the data; {len(keys)} sources searched{when}"

    def sources(self, iid: str | None = None) -> Listing:
        keys = list(self.data.sources)
        if iid is not None:
            inst = self.data.instruments[iid]
            wanted = merge_sources(inst.sources, inst.bound_sources, *(p.sources for p in inst.parties),
                              *(n.sources for n in inst.non_parties),
                              (inst.coverage.stated_by,) if inst.coverage and inst.coverage.stated_by else ())
            keys = [k for k in wanted if k in self.data.sources]
        rows = []
        for key in sorted(keys):
            s = self.data.sources[key]
            rows.append((key, str(s.as_of) if s.as_of else "undated", s.title, s.url or ""))
        return Listing("sources", ("key", "as_of", "title", "url"), tuple(rows), self.data.as_of)

    def show(self, iid: str, day: date) -> Detail:
        inst = self.data.instruments[iid]
        ps = self.parties(iid, day, include_signatories=True)
        keys = merge_sources(inst.sources, inst.bound_sources,
                             (inst.coverage.stated_by,) if inst.coverage and inst.coverage.stated_by else ())
        protocols = tuple(sorted((i for i in self.data.instruments.values() if i.parent == iid), key=self._order))
        conflicts = tuple(f"{self.data.countries[p.party].name}: {c.field.replace('_', ' ')} {c.value} per {', '.join(c.sources)}, "
                          f"not the row's {getattr(p, c.field) or 'value'} ({', '.join(c.backing(p.sources))})"
                          + (f": {c.note}" if c.note else "") for p in inst.parties for c in p.conflicts)
        return Detail(inst, day, ps.count, ps.signatories, self.coverage(iid, day),
                      tuple(self.data.sources[k] for k in keys if k in self.data.sources),
                      self.data.instruments.get(inst.parent) if inst.parent else None,
                      protocols, self.data.as_of, conflicts)

