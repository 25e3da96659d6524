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
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import replace
from datetime import date

import networkx as nx

from . import graph as G
from . import standing as S
from .model import (
    BOUND,
    CANNOT_JOIN,
    NOT_PARTY,
    PARTNER,
    PENDING,
    SIGNATURE,
    SIGNED,
    UNCERTAIN,
    Basis,
    BridgeUse,
    Channels,
    Country,
    Dataset,
    Detail,
    Hop,
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
    Step,
    Truth,
    When,
    latest,
)

# Instruments whose membership is context, not a channel of cooperation, have
# no purposes; link leaves them out, ratified and channels show them.

PURPOSE_CHOICES = ("all", "extradition", "mla", "police")
# which purpose keys of the data serve each purpose asked for
PURPOSE_KEYS = {
    "all": frozenset({"extradition", "mla", "police", "joint_investigations", "other"}),
    "extradition": frozenset({"extradition"}),
    "mla": frozenset({"mla", "joint_investigations"}),
    "police": frozenset({"police", "joint_investigations"}),
}


def _serves(purposes: tuple[tuple[str, str], ...], purpose: str) -> bool:
    return purpose == "all" or any(k in PURPOSE_KEYS[purpose] for k, _ in purposes)


_DECLARATION_PURPOSES = {
    "legal-basis-extradition": "extradition",
    "no-legal-basis-extradition": "extradition",
    "no-extradition-of-nationals": "extradition",
}


def _declaration_notes(data: Dataset, inst: Instrument, sa: Standing, sb: Standing, purpose: str) -> list[str]:
    """Declarations of either side that qualify this basis, in words."""
    notes = []
    for s in (sa, sb):
        name = data.countries[s.country].name
        for d in s.declarations:
            concerns = _DECLARATION_PURPOSES.get(d.type)
            if purpose != "all" and concerns is not None and concerns != purpose:
                continue
            when = f" ({d.date})" if d.date else ""
            if d.type == "no-legal-basis-extradition":
                notes.append(f"{name} does not take the {inst.short} as the legal basis for extradition: "
                             f"it extradites only under another treaty or its own law{when}: {d.text}")
            elif d.type == "legal-basis-extradition":
                notes.append(f"{name} takes the {inst.short} as the legal basis for extradition{when}: {d.text}")
            elif d.type == "no-extradition-of-nationals":
                notes.append(f"{name} does not extradite its nationals{when}: {d.text}")
            elif d.type == "territorial-exclusion":
                notes.append(f"{name}: does not apply to {d.territory or 'part of its territory'}{when}: {d.text}")
            elif d.type == "territorial-extension":
                notes.append(f"{name}: extended to {d.territory or 'a territory'}{when}: {d.text}")
            else:
                notes.append(f"{name} ({d.type}){when}: {d.text}")
    return notes


# the standing of one state (standing.py), under the names this module has always used
standing_of = S.standing_of
_standing_from = S.standing_from
evaluate = S.evaluate
eligibility = S.eligibility
_active = S.active
_usable = S.usable
_with_parent = S.with_parent
NOT_EU_MEMBER = S.NOT_EU_MEMBER


def _since(a: Standing, b: Standing) -> When | None:
    if a.in_force is None or b.in_force is None:
        return None
    return latest(a.in_force, b.in_force)


def _sources(*groups: tuple[str, ...]) -> tuple[str, ...]:
    out: list[str] = []
    for group in groups:
        for key in group:
            if key not in out:
                out.append(key)
    return tuple(out)


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
    """Instruments in the order of the data files, each Protocol right after its Convention."""
    position = {iid: n for n, iid in enumerate(data.instruments)}
    kinds = {"eu-law": 0, "convention": 1, "protocol": 1, "organisation": 2, "bilateral": 3}

    def key(inst: Instrument) -> tuple:
        anchor = inst.parent if inst.parent in position else inst.id
        return (kinds.get(inst.kind, 9), position[anchor], inst.parent is not None, position[inst.id])

    return key


class Queries:
    """The questions octreaty answers, over one dataset and its graph."""

    def __init__(self, data: Dataset, g: nx.MultiDiGraph | None = None) -> None:
        self.data = data
        self._full = g  # the whole graph, built when a question needs it
        self.g = g  # the graph the current question runs on
        self._order = _order_key(data)

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
        return sorted((self.data.instruments[i] for i in ids), key=self._order)

    # -- link ----------------------------------------------------------------

    @_scoped(lambda a, b, *_, **__: {"countries": (a, b)})
    def link(self, a: str, b: str, day: date, purpose: str = "all", explain: str = "") -> Link:
        """Every basis and channel between ``a`` and ``b`` on ``day``, usable for ``purpose``.

        Follows the practitioner's order (DESIGN.md section 1): who can join at all,
        closed EU regimes first (and what they displace), bilateral treaties,
        regional and global conventions, organisation channels, then bridges and
        the fallback. ``steps`` records that reasoning in sentences.
        """
        if purpose not in PURPOSE_CHOICES:
            raise ValueError(f"unknown purpose {purpose!r}")
        data = self.data
        ca, cb = data.countries[a], data.countries[b]
        shared: list[Basis] = []
        one_sided: list[Basis] = []
        bilateral: list[Basis] = []
        channels: list[Basis] = []
        barred: list[str] = []  # instruments a source says one side cannot join, the other not bound either
        bridged = {(br.country, br.instrument) for br in (*G.bridges_of(self.g, a), *G.bridges_of(self.g, b))}
        candidates = {i.id: i for i in self._instruments_of(a, b)}
        # instruments with a sourced statement about either side (Kosovo and the UN conventions)
        for n in (*data.non_parties_by_country.get(a, ()), *data.non_parties_by_country.get(b, ())):
            inst = data.instruments[n.instrument]
            if inst.kind != "bilateral":
                candidates.setdefault(inst.id, inst)
        candidates = sorted(candidates.values(), key=self._order)
        for inst in candidates:
            if inst.kind == "bilateral":
                if a == b or not (G.participations(self.g, a, inst.id) and G.participations(self.g, b, inst.id)):
                    continue
            elif not self._purposes(inst):
                continue  # membership as context (EU, Council of Europe): shown by ratified
            if not _serves(self._purposes(inst), purpose):
                continue
            sa, sb = self.standing(a, inst.id, day), self.standing(b, inst.id, day)
            if CANNOT_JOIN in (sa.state, sb.state) and not _usable(sa.state) and not _usable(sb.state):
                barred.append(inst.short)
            if inst.kind == "bilateral":
                if sa.state == NOT_PARTY and sb.state == NOT_PARTY:
                    continue  # signed after the date asked
                bilateral.append(self._basis(inst, "bilateral", sa, sb, purpose=purpose))
                continue
            if inst.amended_by and inst.amended_by in data.instruments and not (sa.state == BOUND and sb.state == BOUND):
                amended = (self.standing(a, inst.amended_by, day), self.standing(b, inst.amended_by, day))
                if all(s.state == BOUND for s in amended):
                    continue  # both are bound by the amended text, which governs between them
            ua, ub = _usable(sa.state), _usable(sb.state)
            if sa.state == BOUND and sb.state == BOUND:
                shared.append(self._basis(inst, "shared", sa, sb, purpose=purpose))
            elif ua and ub:
                if sa.state == PARTNER and sb.state == PARTNER:
                    one_sided.append(self._basis(inst, "one-sided", sa, sb,
                                                 "both are partners, not members: no channel between them",
                                                 purpose=purpose))
                elif (a, inst.id) in bridged or (b, inst.id) in bridged:
                    continue  # shown as a bridge
                else:
                    channels.append(self._basis(inst, "channel", sa, sb, purpose=purpose))
            elif sa.state in (BOUND, PARTNER, PENDING, UNCERTAIN) or sb.state in (BOUND, PARTNER, PENDING, UNCERTAIN):
                one_sided.append(self._basis(inst, "one-sided", sa, sb, purpose=purpose))
        shared, displaced = self._precedence(shared)
        bilateral = self._supersession(shared + displaced, bilateral)
        bridges = [u for u in self._bridges(a, b, day) + self._bridges(b, a, day)
                   if _serves(data.instruments[u.bridge.instrument].purposes, purpose)]
        labels = [f"{data.instruments[u.bridge.instrument].short} via {u.bridge.via}" for u in bridges]
        barred += [x.instrument.short for x in one_sided if CANNOT_JOIN in (x.a.state, x.b.state)]
        summary, fallback = _link_summary(ca, cb, day, shared, one_sided, bilateral, channels, bridges, labels,
                                          displaced, purpose, list(dict.fromkeys(barred)))
        steps = _steps(data, ca, cb, day, purpose, shared, displaced, one_sided, bilateral, channels, bridges,
                       fallback)
        return Link(ca, cb, day, tuple(shared), tuple(one_sided), tuple(bilateral), tuple(channels),
                    tuple(bridges), summary, fallback, data.as_of, purpose, tuple(displaced), tuple(steps), explain)

    def _purposes(self, inst: Instrument) -> tuple[tuple[str, str], ...]:
        if inst.parent and not inst.purposes and inst.parent in self.data.instruments:
            return self.data.instruments[inst.parent].purposes
        return inst.purposes

    def _precedence(self, shared: list[Basis]) -> tuple[list[Basis], list[Basis]]:
        """Closed regimes first: what an EU instrument binding both replaces is displaced, not deleted."""
        displacing: dict[str, Basis] = {}
        for x in shared:
            for other in x.instrument.replaces:
                displacing.setdefault(other, x)
        kept: list[Basis] = []
        displaced: list[Basis] = []
        for x in shared:
            by = displacing.get(x.instrument.id)
            if by is None:
                kept.append(x)
                continue
            rule = by.instrument.replaces_article or by.instrument.short
            note = (f"displaced between these two by the {by.instrument.short} ({rule}), which binds both; "
                    "it still governs what the newer instrument does not cover")
            displaced.append(replace(x, section="displaced", note=note, notes=(*x.notes, note)))
        return kept, displaced

    def _supersession(self, regional: list[Basis], bilateral: list[Basis]) -> list[Basis]:
        """A regional convention that supersedes bilateral treaties between its parties says so on them."""
        out = []
        regional = [r for r in regional if r.instrument.supersedes_bilateral]
        for x in bilateral:
            notes = list(x.notes)
            wanted = {k for k, _ in x.usable_for}
            for r in regional:
                article = r.instrument.supersedes_bilateral
                if article and wanted & {k for k, _ in r.usable_for}:
                    notes.append(f"{r.instrument.short} {article} binds both: it supersedes earlier bilateral "
                                 "treaties on the same matter between its parties, and later bilateral "
                                 "agreements may only supplement it or facilitate its application")
            out.append(replace(x, notes=tuple(notes)) if notes != list(x.notes) else x)
        return out

    def _basis(self, inst: Instrument, section: str, sa: Standing, sb: Standing, note: str | None = None,
               purpose: str = "all") -> Basis:
        since = _since(sa, sb) if _usable(sa.state) and _usable(sb.state) else None
        purposes = self._purposes(inst)
        if purpose != "all":
            purposes = tuple((k, v) for k, v in purposes if k in PURPOSE_KEYS[purpose])
        notes = tuple(_declaration_notes(self.data, inst, sa, sb, purpose))
        return Basis(inst, section, sa, sb, since, purposes,
                     _sources(inst.sources if inst.kind == "bilateral" else (), sa.sources, sb.sources,
                              *(d.sources for s in (sa, sb) for d in s.declarations)), note, notes)

    # -- path ------------------------------------------------------------------

    @_scoped(lambda *_, **__: {"whole": True})
    def path(self, a: str, b: str, day: date, purpose: str = "all", limit: int = 5) -> Paths:
        """The shortest chains from ``a`` to ``b`` through instruments, bridges and third countries."""
        h = nx.Graph()
        data = self.data
        partners: dict[tuple[str, str], bool] = {}  # (country node, organisation node) -> partner, not member
        for inst in data.instruments.values():
            if not _serves(self._purposes(inst), purpose):
                continue
            inode = G.instrument_node(inst.id)
            bridged = {br.country for br in data.bridges if br.instrument == inst.id}
            for p in G.parties_of(self.g, inst.id):
                if p.party in bridged:
                    continue  # reached through its bridge, below
                s = _with_parent(data, self.g, _standing_from(data, inst, p, day), inst, day)
                if s.state in (BOUND, PARTNER) or (inst.kind == "bilateral" and s.state == UNCERTAIN):
                    h.add_edge(G.country_node(p.party), inode)
                    if s.state == PARTNER:
                        partners[(G.country_node(p.party), inode)] = True
            for br in data.bridges:
                if br.instrument != inst.id or not _active(br, day):
                    continue
                via = f"v:{br.via}"
                h.add_edge(G.country_node(br.country), via)
                h.add_edge(via, inode)
                partners[(via, inode)] = True
        source, target = G.country_node(a), G.country_node(b)
        found: list[tuple] = []
        if source in h and target in h and a != b:
            try:
                # shortest first; a chain through an organisation between two mere partners is no channel
                for nodes in nx.shortest_simple_paths(h, source, target):
                    if len(nodes) > 9:
                        break
                    if any(partners.get((nodes[i - 1], nodes[i])) and partners.get((nodes[i + 1], nodes[i]))
                           for i in range(1, len(nodes) - 1)):
                        continue
                    found.append(tuple(self._hop(n) for n in nodes))
                    if len(found) >= limit:
                        break
            except nx.NetworkXNoPath:
                pass
        return Paths(data.countries[a], data.countries[b], day, purpose, tuple(found), data.as_of)

    def _hop(self, node: str) -> Hop:
        kind, ident = node.split(":", 1)
        if kind == "c":
            return Hop("country", ident, self.data.countries[ident].name)
        if kind == "i":
            inst = self.data.instruments[ident]
            return Hop("instrument", ident, inst.short if inst.kind != "bilateral" else inst.name)
        return Hop("via", ident, ident)

    def _bridges(self, via_side: str, other: str, day: date) -> list[BridgeUse]:
        out = []
        for br in G.bridges_of(self.g, via_side):
            if not _active(br, day):
                continue
            so = self.standing(other, br.instrument, day)
            if so.state == BOUND:
                since = When.from_partial(br.since) if br.since else When(None, None)
                out.append(BridgeUse(br, so, latest(since, so.in_force) if so.in_force else None))
        return out

    # -- ratified --------------------------------------------------------------

    @_scoped(lambda cid, *_, **__: {"countries": (cid,)})
    def ratified(self, cid: str, day: date) -> Ratified:
        """Everything ``cid`` has signed or is bound by on ``day``."""
        rows = []
        for inst in self._instruments_of(cid):
            s = self.standing(cid, inst.id, day)
            if s.state == NOT_PARTY:
                continue  # acted only after the date asked
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
            if any(ev.party is Truth.YES for ev in evs):
                rows.append(PartyRow(country, s))
            elif any(ev.party is Truth.UNKNOWN for ev in evs):
                uncertain.append(PartyRow(country, s))
            elif s.state == SIGNED or (s.state == UNCERTAIN and s.act == SIGNATURE):
                signatories.append(PartyRow(country, s))
        key = lambda r: r.country.name  # noqa: E731
        rows.sort(key=key)
        uncertain.sort(key=key)
        signatories.sort(key=key)
        # depositaries and organisations count parties and members, not partners or observers
        count = sum(1 for r in rows if r.standing.role in (None, "member", "party"))
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
        summary = _channels_summary(country, day, usable, unusable, bilateral, bridges, labels)
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
                       if p.is_member and evaluate(data, inst, p, day).bound is Truth.YES})

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
                key = "organisation" if i.kind == "organisation" else "eu-law" if i.kind == "eu-law" else "convention"
                kind_mask[key] |= bit[i.id]
            member: dict[str, int] = {c: 0 for c in countries}
            partner: dict[str, int] = {c: 0 for c in countries}
            wanted = set(countries)
            for i in multilateral:
                for p in G.parties_of(g, i.id):
                    if p.party not in wanted:
                        continue
                    s = _with_parent(data, g, standing_of(data, g, p.party, i, day), i, day)
                    if s.state == BOUND:
                        member[p.party] |= bit[i.id]
                    elif s.state == PARTNER:
                        partner[p.party] |= bit[i.id]
            replaces = {bit[i.id]: sum(bit.get(r, 0) for r in i.replaces) for i in multilateral if i.replaces}
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
                live = [c for c in ps if states[c] != NOT_PARTY]
                for x in range(len(live)):
                    for y in range(x + 1, len(live)):
                        key = (live[x], live[y])
                        bilateral[key] = bilateral.get(key, 0) + 1
        names = {c: data.countries[c].name for c in countries}
        rows = []
        for x, a in enumerate(countries):
            ma, pa, ba = member[a], partner[a], bridges[a]
            for b in countries[x + 1:]:
                shared = ma & member[b]
                displaced = 0
                for ebit, rmask in replaces.items():
                    if shared & ebit:
                        displaced |= shared & rmask
                shared &= ~displaced
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
                rows.append((a, b, names[a], names[b], conv, eu, orgs, ch, bil, br, displaced.bit_count(), total))
        columns = ("a", "b", "a_name", "b_name", "conventions", "eu_law", "organisations", "channels",
                   "bilateral", "bridges", "displaced", "bases")
        return Matrix(day, purpose, group, columns, tuple(rows), data.as_of)

    # -- listings ----------------------------------------------------------------

    @_scoped(lambda *_, **__: {"whole": True})
    def instruments(self, day: date) -> Listing:
        rows = []
        for inst in sorted(self.data.instruments.values(), key=self._order):
            n = self.parties(inst.id, day).count
            rows.append((inst.id, inst.short, inst.kind, str(n), self.coverage(inst.id, day), inst.name))
        return Listing("instruments", ("id", "short", "kind", "parties", "coverage", "name"),
                       tuple(rows), self.data.as_of)

    def coverage(self, iid: str, day: date) -> str:
        """Our party count against the count a source states, on the date it states it."""
        inst = self.data.instruments[iid]
        cov = inst.coverage
        if cov is None or cov.stated is None:
            return ""
        on = cov.as_of.end() if cov.as_of else day
        p = self.parties(iid, on)
        ours = f"{p.count}" + (f" (+{len(p.uncertain)} undated)" if p.uncertain else "")
        when = f" as of {cov.as_of}" if cov.as_of else ""
        return f"{ours} of {cov.stated} stated by {cov.stated_by or 'the source'}{when}"

    def countries(self) -> Listing:
        rows = [
            (c.id, c.iso2 or "", c.name, c.status, ", ".join(dict.fromkeys((*c.aliases, *c.former_names))))
            for c in sorted(self.data.countries.values(), key=lambda c: c.name)
        ]
        return Listing("countries", ("id", "iso2", "name", "status", "also"), tuple(rows), self.data.as_of)

    def sources(self, iid: str | None = None) -> Listing:
        keys = list(self.data.sources)
        if iid is not None:
            inst = self.data.instruments[iid]
            wanted = _sources(inst.sources, *(p.sources for p in inst.parties),
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
        keys = _sources(inst.sources, (inst.coverage.stated_by,) if inst.coverage and inst.coverage.stated_by else ())
        protocols = tuple(sorted((i for i in self.data.instruments.values() if i.parent == iid), key=self._order))
        return Detail(inst, day, ps.count, ps.signatories, self.coverage(iid, day),
                      tuple(self.data.sources[k] for k in keys if k in self.data.sources),
                      self.data.instruments.get(inst.parent) if inst.parent else None,
                      protocols, self.data.as_of)


# --- sentences -------------------------------------------------------------------


def _names(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _link_summary(a: Country, b: Country, day: date, shared: list[Basis], one_sided: list[Basis],
                  bilateral: list[Basis], channels: list[Basis], bridges: list[BridgeUse],
                  bridge_labels: list[str], displaced: list[Basis] | None = None,
                  purpose: str = "all", barred: list[str] | None = None) -> tuple[str, str | None]:
    d = day.isoformat()
    displaced = displaced or []
    conventions = [x for x in shared if x.instrument.kind != "organisation"]
    orgs = [x for x in shared if x.instrument.kind == "organisation"]
    closed = [x for x in conventions if x.instrument.kind == "eu-law"]
    parts = []
    for_what = "" if purpose == "all" else f" usable for {PURPOSE_LABELS[purpose]}"
    if conventions:
        parts.append(f"{a.name} and {b.name} are both bound by {len(conventions)} multilateral "
                     f"instrument{'s' if len(conventions) != 1 else ''}{for_what} on {d}")
    else:
        parts.append(f"{a.name} and {b.name} share no multilateral convention{for_what} on {d}")
    if closed:
        parts.append(f"EU law comes first: {_names([x.instrument.short for x in closed])}")
    if displaced:
        parts.append(f"{_names([x.instrument.short for x in displaced])} "
                     f"{'are' if len(displaced) > 1 else 'is'} displaced between them")
    if orgs:
        parts.append(f"both are members of {_names([x.instrument.short for x in orgs])}")
    in_force_bilateral = [x for x in bilateral if x.a.state == BOUND]
    if bilateral:
        extra = f" ({len(in_force_bilateral)} known to be in force)" if len(in_force_bilateral) != len(bilateral) else ""
        parts.append(f"{len(bilateral)} bilateral agreement{'s link' if len(bilateral) != 1 else ' links'} them{extra}")
    if channels:
        parts.append(f"partner channels: {_names([x.instrument.short for x in channels])}")
    if bridges:
        parts.append("bridges: " + _names(bridge_labels))
    cannot = [x for x in one_sided if CANNOT_JOIN in (x.a.state, x.b.state)]
    if cannot:
        who = {x.a.country if x.a.state == CANNOT_JOIN else x.b.country for x in cannot}
        names = [a.name if c == a.id else b.name for c in sorted(who)]
        parts.append(f"{_names(names)} cannot join {len(cannot)} of the instruments the other is bound by")
    summary = "; ".join(parts) + "."
    fallback = None
    if not shared and not displaced:
        if bilateral or bridges or channels:
            fallback = (f"No multilateral convention or organisation binds both {a.name} and {b.name} on {d}: "
                        "cooperation rests on the bilateral agreements, partner channels and bridges listed, "
                        "and otherwise on reciprocity under domestic law.")
        else:
            fallback = "No treaty basis in the data: cooperation only on reciprocity under domestic law."
            if barred:
                fallback += (f" Sources say one side cannot join {_names(barred)}; "
                             "for everything else the data simply records no link, which is not a source "
                             "saying that none exists.")
            else:
                fallback += (" The data records no link; that is not a source saying that none exists.")
    return summary, fallback


PURPOSE_LABELS = {"all": "any purpose", "extradition": "extradition", "mla": "mutual legal assistance",
                  "police": "police cooperation"}


def _since_phrase(w: When | None) -> str:
    if w is None or w.hi is None:
        return "since a date the sources do not give"
    label = w.label()
    if label.startswith("by "):
        return f"at the latest since {label[3:]}"
    return f"since {label}"


def _cite(keys: tuple[str, ...] | list[str]) -> str:
    keys = list(dict.fromkeys(keys))
    return f" [{', '.join(keys)}]" if keys else ""


def _steps(data: Dataset, a: Country, b: Country, day: date, purpose: str, shared: list[Basis],
           displaced: list[Basis], one_sided: list[Basis], bilateral: list[Basis], channels: list[Basis],
           bridges: list[BridgeUse], fallback: str | None) -> list[Step]:
    """The practitioner's order of reasoning (DESIGN.md section 1), as quotable sentences."""
    d = day.isoformat()
    steps: list[Step] = []

    def add(title: str, sentences: list[str], sources: list[str]) -> None:
        steps.append(Step(len(steps) + 1, title, tuple(sentences), tuple(dict.fromkeys(sources))))

    # 0. who can join at all
    s0, k0 = [], []
    grouped: dict[tuple[str, str], list[Basis]] = {}
    for x in one_sided:
        for side in (x.a, x.b):
            if side.state == CANNOT_JOIN:
                grouped.setdefault((side.country, side.reason), []).append(x)
    for (cid, reason), items in grouped.items():
        keys = [k for x in items for s in (x.a, x.b) if s.country == cid for k in s.sources]
        s0.append(f"{data.countries[cid].name} cannot join the {_names([x.instrument.short for x in items])}: "
                  f"{reason.rstrip('.')}{_cite(keys)}.")
        k0.extend(keys)
    if not s0:
        s0.append(f"No source in the data says that {a.name} or {b.name} cannot join an instrument that binds the other.")
    add("Who can join at all", s0, k0)

    # 1. closed regimes
    closed = [x for x in shared if x.instrument.kind == "eu-law"]
    s1, k1 = [], []
    for x in closed:
        s1.append(f"Both are bound by the {x.instrument.short} on {d} (linked {_since_phrase(x.since)}): "
                  f"between EU member states it comes first{_cite(x.sources)}.")
        k1.extend(x.sources)
    for x in displaced:
        s1.append(f"The {x.instrument.short} binds both but is displaced between them: {x.note}{_cite(x.sources)}.")
        k1.extend(x.sources)
    if not s1:
        eu = [c.name for c in (a, b)]
        s1.append(f"No closed EU regime binds both {_names(eu)} on {d}, so nothing displaces the conventions below.")
    add("Closed regimes (EU law) first", s1, k1)

    # 2. bilateral
    s2, k2 = [], []
    for x in bilateral:
        state = "in force" if x.a.state == BOUND else "entry into force not found in the sources"
        signed = f"signed {x.instrument.signed}" if x.instrument.signed else "signing date not found"
        s2.append(f"{x.instrument.name} ({signed}; {state}){_cite(x.sources)}.")
        s2.extend(f"{n}." for n in x.notes)
        k2.extend(x.sources)
    if not s2:
        s2.append(f"The data holds no bilateral agreement between {a.name} and {b.name}"
                  + ("" if purpose == "all" else f" for {PURPOSE_LABELS[purpose]}") + ".")
    add("Bilateral treaties", s2, k2)

    # 3 and 4. regional, then global conventions
    regional = [x for x in shared if x.instrument.kind in ("convention", "protocol")
                and x.instrument.who_may_join and x.instrument.who_may_join.startswith("coe")]
    regional_ids = {x.instrument.id for x in regional}
    global_ = [x for x in shared if x.instrument.kind in ("convention", "protocol")
               and x.instrument.id not in regional_ids]
    for title, items in (("Regional conventions both are bound by", regional),
                         ("Global conventions both are bound by", global_)):
        s, k = [], []
        for x in items:
            uses = "; ".join(f"{PURPOSE_LABELS.get(p, p.replace('_', ' '))} under {art}" for p, art in x.usable_for)
            s.append(f"{x.instrument.short}: both bound {_since_phrase(x.since)}"
                     + (f"; usable for {uses}" if uses else "") + f"{_cite(x.sources)}.")
            s.extend(f"{n}." for n in x.notes)
            k.extend(x.sources)
        if items and any(x.instrument.parent for x in items):
            s.append("A Protocol counts only where both are bound by it and by its Convention.")
        if not s:
            s.append("None.")
        add(title, s, k)

    # 5. organisations
    s5, k5 = [], []
    for x in [x for x in shared if x.instrument.kind == "organisation"] + channels:
        how = "both members" if x.section == "shared" else "one a member, the other a partner by agreement"
        s5.append(f"{x.instrument.short}: {how} ({_since_phrase(x.since)}){_cite(x.sources)}.")
        k5.extend(x.sources)
    if not s5:
        s5.append("No organisation channel both can use directly.")
    add("Organisation channels", s5, k5)

    # 6. bridges and fallback
    s6, k6 = [], []
    for u in bridges:
        user = data.countries[u.bridge.country].name
        inst = data.instruments[u.bridge.instrument]
        s6.append(f"{user} reaches {inst.short} through {u.bridge.via} ({u.bridge.title}), a bridge and not a "
                  f"membership{_cite(u.bridge.sources)}.")
        k6.extend(u.bridge.sources)
    if fallback:
        s6.append(fallback)
    if not s6:
        s6.append("Not needed: the bases above apply.")
    add("Bridges and fallback", s6, k6)
    return steps


def _channels_summary(c: Country, day: date, usable: list[Row], unusable: list[Row],
                      bilateral: list[Row], bridges: tuple, bridge_labels: list[str]) -> str:
    d = day.isoformat()
    cannot = [r for r in unusable if r.standing.state == CANNOT_JOIN]
    what = "multilateral instrument or organisation" if len(usable) == 1 else "multilateral instruments and organisations"
    parts = [f"{c.name} can use {len(usable)} {what} on {d}"]
    if cannot:
        parts.append(f"it cannot join {len(cannot)} ({_names([r.instrument.short for r in cannot])})")
    if bilateral:
        parts.append(f"{len(bilateral)} bilateral agreement{'s' if len(bilateral) != 1 else ''}")
    if bridges:
        parts.append("bridges: " + _names(bridge_labels))
    return "; ".join(parts) + "."
