"""Summaries and the quotable reasoning steps, in words.

Everything here turns results already reasoned (bases, standings, bridges)
into sentences a briefing can quote; nothing here decides what applies.
"""

from __future__ import annotations

from datetime import date

from .model import (
    BOUND,
    CANNOT_JOIN,
    EU_KINDS,
    LINKING,
    SUSPENDED,
    WITHDRAWN,
    Basis,
    BridgeUse,
    Country,
    Dataset,
    NonRecognition,
    Row,
    Step,
    When,
)


def and_list(items: list[str]) -> str:
    """"A, B and C": the items as a sentence lists them."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def not_applied_regimes(one_sided: list[Basis]) -> list[Basis]:
    """Closed regimes both are bound by that one of them does not apply on the day: they displace nothing."""
    return [x for x in one_sided if x.instrument.closed and SUSPENDED in (x.a.state, x.b.state)
            and {x.a.state, x.b.state} <= {BOUND, SUSPENDED}]


def link_summary(a: Country, b: Country, day: date, shared: list[Basis], one_sided: list[Basis],
                 bilateral: list[Basis], channels: list[Basis], bridges: list[BridgeUse],
                 bridge_labels: list[str], displaced: list[Basis] | None = None,
                 purpose: str = "all", barred: list[str] | None = None, maybe: list[Basis] | None = None,
                 unrecognised: list[NonRecognition] | None = None,
                 searched: list[str] | None = None) -> tuple[str, str | None]:
    d = day.isoformat()
    displaced = displaced or []
    conventions = [x for x in shared if x.instrument.kind != "organisation"]
    orgs = [x for x in shared if x.instrument.kind == "organisation"]
    closed = [x for x in conventions if x.instrument.closed]
    maybe = maybe or []
    parts = []
    for_what = "" if purpose == "all" else f" usable for {PURPOSE_LABELS[purpose]}"
    if conventions:
        parts.append(f"{a.name} and {b.name} are both bound by {len(conventions)} multilateral "
                     f"instrument{'s' if len(conventions) != 1 else ''}{for_what} on {d}")
    else:
        parts.append(f"{a.name} and {b.name} share no multilateral convention{for_what} on {d}")
    if closed:
        regimes = and_list([x.instrument.short for x in closed])
        if all(x.instrument.kind in EU_KINDS for x in closed):
            parts.append(f"EU law comes first: {regimes}")
        else:
            parts.append(f"{'closed regimes come' if len(closed) > 1 else 'a closed regime comes'} first: {regimes}")
    for items, how in (([x for x in displaced if not x.declared], ""),
                       ([x for x in displaced if x.declared], " by a declaration")):
        if items:
            parts.append(f"{and_list([x.instrument.short for x in items])} "
                         f"{'are' if len(items) > 1 else 'is'} displaced between them{how}")
    if maybe:
        parts.append(f"{and_list([x.instrument.short for x in maybe])} may bind both and come first "
                     "(the data cannot tell)")
    held = not_applied_regimes(one_sided)
    if held:
        who = and_list(list(dict.fromkeys(a.name if s.country == a.id else b.name
                                          for x in held for s in (x.a, x.b) if s.state == SUSPENDED)))
        parts.append(f"the {and_list([x.instrument.short for x in held])} bind{'s' if len(held) == 1 else ''} both but "
                     f"{'is' if len(held) == 1 else 'are'} not applied by {who} on that day, so "
                     f"{'it displaces' if len(held) == 1 else 'they displace'} nothing")
    if orgs:
        parts.append(f"both are members of {and_list([x.instrument.short for x in orgs])}")
    # signed by the date, in force for neither side yet: shown, but it links nothing
    not_yet = [x for x in bilateral if not {x.a.state, x.b.state} & LINKING]
    linking = [x for x in bilateral if {x.a.state, x.b.state} & LINKING]
    in_force_bilateral = [x for x in linking if x.a.state == BOUND]
    if linking:
        suspended = [x for x in linking if SUSPENDED in (x.a.state, x.b.state)]
        bits = ([f"{len(in_force_bilateral)} known to be in force"] if len(in_force_bilateral) != len(linking) else []) \
            + ([f"{len(suspended)} suspended"] if suspended else [])
        extra = f" ({', '.join(bits)})" if bits else ""
        parts.append(f"{len(linking)} bilateral agreement{'s link' if len(linking) != 1 else ' links'} them{extra}")
    if not_yet:
        parts.append(f"{len(not_yet)} bilateral agreement{'s' if len(not_yet) != 1 else ''} signed, not yet in force")
    if channels:
        parts.append(f"partner channels: {and_list([x.instrument.short for x in channels])}")
    if bridges:
        parts.append("bridges: " + and_list(bridge_labels))
    cannot = [x for x in one_sided if CANNOT_JOIN in (x.a.state, x.b.state)]
    if cannot:
        who = {x.a.country if x.a.state == CANNOT_JOIN else x.b.country for x in cannot}
        names = [a.name if c == a.id else b.name for c in sorted(who)]
        parts.append(f"{and_list(names)} cannot join {len(cannot)} of the instruments the other is bound by")
    summary = "; ".join(parts) + "."
    fallback = None
    unrecognised = unrecognised or []
    relations = ("; " + "; ".join(f"{n.by_name} does not recognise {n.country_name}" for n in _named(unrecognised, a, b))
                 + ": reciprocity presupposes relations between the two, which the data does not show"
                 if unrecognised else "")
    reciprocity = "" if unrecognised else ", and otherwise on reciprocity under domestic law"
    if not shared and not displaced:
        if bilateral or bridges or channels:
            fallback = (f"No multilateral convention or organisation binds both {a.name} and {b.name} on {d}: "
                        f"cooperation rests on the bilateral agreements, partner channels and bridges listed"
                        f"{reciprocity}{relations}.")
        elif maybe:
            fallback = (f"The data cannot tell whether {and_list([x.instrument.short for x in maybe])} bound both "
                        f"on {d}; nothing else in the data binds them.")
        elif unrecognised:
            fallback = f"No treaty basis in the data{relations}."
        else:
            fallback = "No treaty basis in the data: cooperation only on reciprocity under domestic law."
            if barred:
                fallback += (f" Sources say one side cannot join {and_list(barred)}; "
                             "for everything else the data simply records no link, which is not a source "
                             "saying that none exists.")
            else:
                fallback += (" The data records no link; that is not a source saying that none exists.")
    if fallback and not bilateral and searched:
        fallback += f" No bilateral agreement between them is known to the data (searched: {'; '.join(searched)})."
    return summary, fallback


def _named(items: list[NonRecognition], a: Country, b: Country):
    """Non-recognition statements with the names of both sides."""
    names = {a.id: a.name, b.id: b.name}

    class _N:
        def __init__(self, n: NonRecognition) -> None:
            self.by_name = names.get(n.by, n.by)
            self.country_name = names.get(n.country, n.country)

    return [_N(n) for n in items]


def not_existing(a: Country, b: Country, day: date, gone: list[Country]) -> tuple[str, str | None, list[Step]]:
    """The answer for a date on which one side did not exist: no edge starts before both parties exist."""
    d = day.isoformat()
    why = []
    for c in gone:
        if c.exists_from is not None and c.exists_from.start() > day:
            why.append(f"{c.name} did not yet exist as a state on {d} (from {c.exists_from})")
        else:
            why.append(f"{c.name} no longer existed as a state on {d} (until {c.exists_until})")
    summary = "; ".join(why) + ": nothing links the two on that date."
    keys = [k for c in gone for k in c.sources]
    step = Step(1, "Who can join at all", tuple(f"{w}{_cite(c.sources)}." for w, c in zip(why, gone, strict=True)),
                tuple(dict.fromkeys(keys)))
    return summary, None, [step]


PURPOSE_LABELS = {"all": "any purpose", "extradition": "extradition", "mla": "mutual legal assistance",
                  "police": "police cooperation", "joint_investigations": "joint investigations"}


def since_phrase(w: When | None) -> str:
    if w is None or w.hi is None:
        return "since a date the sources do not give"
    if w.only_by:
        return f"at the latest since {w.hi.isoformat()}"
    return f"since {w.label()}"


def _displaced_sentence(x: Basis) -> str:
    """What binds both and does not govern between them, with why: a regime's displacement or a declaration."""
    return f"The {x.instrument.short} binds both but is displaced between them: {x.note}{_cite(x.sources)}."


def _cite(keys: tuple[str, ...] | list[str]) -> str:
    keys = list(dict.fromkeys(keys))
    return f" [{', '.join(keys)}]" if keys else ""


def steps_of(data: Dataset, a: Country, b: Country, day: date, purpose: str, shared: list[Basis],
             displaced: list[Basis], one_sided: list[Basis], bilateral: list[Basis], channels: list[Basis],
             bridges: list[BridgeUse], fallback: str | None, maybe: list[Basis] | None = None,
             unrecognised: list[NonRecognition] | None = None) -> list[Step]:
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
        s0.append(f"{data.countries[cid].name} cannot join the {and_list([x.instrument.short for x in items])}: "
                  f"{reason.rstrip('.')}{_cite(keys)}.")
        k0.extend(keys)
    for n in unrecognised or []:
        by, of = data.countries[n.by].name, data.countries[n.country].name
        s0.append(f"{by} does not recognise {of}" + (f" (since {n.since})" if n.since else "")
                  + (f": {n.note.rstrip('.')}" if n.note else "") + f"{_cite(n.sources)}.")
        k0.extend(n.sources)
    if not s0:
        s0.append(f"No source in the data says that {a.name} or {b.name} cannot join an instrument that binds the other.")
    add("Who can join at all", s0, k0)

    # 1. closed regimes
    closed = [x for x in shared if x.instrument.closed]
    s1, k1 = [], []
    for x in closed:
        if x.instrument.kind == "eu-law":
            where = "between EU member states it comes first"
        elif x.instrument.kind == "eu-agreement":
            where = ("an agreement the EU concluded, binding the member state towards the other party, it comes "
                     "first between them")
        else:
            where = ("between its parties it comes first"
                     + (f" ({x.instrument.replaces_article})" if x.instrument.replaces_article else ""))
        s1.append(f"Both are bound by the {x.instrument.short} on {d} (linked {since_phrase(x.since)}): "
                  f"{where}{_cite(x.sources)}.")
        k1.extend(x.sources)
    for x in displaced:
        if not x.declared:  # what a declaration displaces is said with its convention's kind below
            s1.append(_displaced_sentence(x))
            k1.extend(x.sources)
    both = {y.instrument.id for y in (*shared, *displaced)}  # what binds both, displaced or not
    for x in maybe or []:
        doubts = "; ".join(f"{data.countries[s.country].name}: {s.reason.rstrip('.')}" for s in (x.a, x.b)
                           if s.state != BOUND)
        # what it would displace between these two: the instruments it replaces that bind both (all of them if none do)
        ids = [r for r in x.instrument.replaces if r in data.instruments]
        replaced = and_list([data.instruments[r].short for r in ([r for r in ids if r in both] or ids)])
        s1.append(f"The {x.instrument.short} may bind both on {d}, but the data cannot tell ({doubts}); "
                  f"if it does, it comes first and displaces the {replaced} between them{_cite(x.sources)}.")
        k1.extend(x.sources)
    for x in not_applied_regimes(one_sided):
        why = "; ".join(s.reason.rstrip(".") for s in (x.a, x.b) if s.state == SUSPENDED)
        s1.append(f"Both are bound by the {x.instrument.short} on {d}, but it is not applied between them ({why}), "
                  f"so it displaces nothing: the bases below govern{_cite(x.sources)}.")
        k1.extend(x.sources)
    if not s1:
        eu = [c.name for c in (a, b)]
        s1.append(f"No closed regime binds both {and_list(eu)} on {d}, so nothing displaces the conventions below.")
    add("Closed regimes (EU law) first", s1, k1)

    # 2. bilateral
    s2, k2 = [], []
    for x in bilateral:
        if x.a.state == BOUND and x.b.state == BOUND:
            state = f"in force {since_phrase(x.since)}; no termination is recorded in the data"
        elif WITHDRAWN in (x.a.state, x.b.state):
            state = "no longer in force: " + next(s.reason for s in (x.a, x.b) if s.state == WITHDRAWN)
        else:  # the side that is not bound says why: not yet in force, no day given, no date found
            state = next(s.reason for s in (x.a, x.b) if s.state != BOUND).removeprefix("signed; ")
        signed = f"signed {x.instrument.signed}" if x.instrument.signed else "signing date not found"
        s2.append(f"{x.instrument.name} ({signed}; {state}){_cite(x.sources)}.")
        s2.extend(f"{n}." for n in x.notes)
        k2.extend(x.sources)
    if not s2:
        s2.append(f"No bilateral agreement between {a.name} and {b.name}"
                  + ("" if purpose == "all" else f" for {PURPOSE_LABELS[purpose]}")
                  + " is known to the data; that is not a source saying that none exists.")
    add("Bilateral treaties", s2, k2)

    # 3 and 4. regional, then global conventions
    # a closed convention (the Nordic Arrest Warrant) was taken with the closed regimes; the others are global
    # when the UN's clauses say who may join, regional otherwise (the Council of Europe's, the EU's, named States)
    conventions = [x for x in shared if x.instrument.kind in ("convention", "protocol") and not x.instrument.closed]
    regional, global_ = [], []
    for x in conventions + [x for x in displaced if x.declared]:
        (global_ if data.opens_to_all(x.instrument) else regional).append(x)
    for title, items in (("Regional conventions both are bound by", regional),
                         ("Global conventions both are bound by", global_)):
        s, k = [], []
        for x in items:
            if x.declared:
                s.append(_displaced_sentence(x))
                k.extend(x.sources)
                continue
            uses = "; ".join(f"{PURPOSE_LABELS.get(p, p.replace('_', ' '))} under {art}" for p, art in x.usable_for)
            s.append(f"{x.instrument.short}: both bound {since_phrase(x.since)}"
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
        s5.append(f"{x.instrument.short}: {how} ({since_phrase(x.since)}){_cite(x.sources)}.")
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


def channels_summary(c: Country, day: date, usable: list[Row], unusable: list[Row],
                      bilateral: list[Row], bridges: tuple, bridge_labels: list[str]) -> str:
    d = day.isoformat()
    cannot = [r for r in unusable if r.standing.state == CANNOT_JOIN]
    what = "multilateral instrument or organisation" if len(usable) == 1 else "multilateral instruments and organisations"
    parts = [f"{c.name} can use {len(usable)} {what} on {d}"]
    if cannot:
        parts.append(f"it cannot join {len(cannot)} ({and_list([r.instrument.short for r in cannot])})")
    if bilateral:
        parts.append(f"{len(bilateral)} bilateral agreement{'s' if len(bilateral) != 1 else ''}")
    if bridges:
        parts.append("bridges: " + and_list(bridge_labels))
    return "; ".join(parts) + "."

