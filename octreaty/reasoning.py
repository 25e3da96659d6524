"""One pair on one date for one purpose: the practitioner's reasoning.

Precedence (EU law and the EU's agreements with third states before the
conventions they replace; ETS 24 art. 28 / ETS 30 art. 26 over bilateral
treaties), bilateral, regional and global conventions, organisation channels,
bridges and the fallback (DESIGN.md section 1). The functions take ``q``, the
:class:`~octreaty.query.Queries` a question runs on, for its data, graph and
standings; the sentences are :mod:`octreaty.explain`'s.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

import networkx as nx

from . import graph as G
from . import standing as S
from .articles import purposes_of_article
from .explain import PURPOSE_LABELS, and_list, link_summary, not_existing, since_phrase, steps_of
from .model import (
    BOUND,
    CANNOT_JOIN,
    NOT_IN_DATA,
    NOT_PARTY,
    PARTNER,
    PENDING,
    SUSPENDED,
    UNCERTAIN,
    WITHDRAWN,
    Basis,
    BridgeUse,
    Dataset,
    Declaration,
    Hop,
    Instrument,
    Link,
    Paths,
    Standing,
    Truth,
    When,
    latest,
)
from .standing import active as _active
from .standing import bilateral_pair, concluded_pair, merge_sources
from .standing import standing_from as _standing_from
from .standing import usable as _usable
from .standing import with_parent as _with_parent

PURPOSE_CHOICES = ("all", "extradition", "mla", "police", "joint_investigations")
# which purpose keys of the data serve each purpose asked for
PURPOSE_KEYS = {
    "all": frozenset({"extradition", "mla", "police", "joint_investigations", "other"}),
    "extradition": frozenset({"extradition"}),
    "mla": frozenset({"mla", "joint_investigations"}),
    "police": frozenset({"police", "joint_investigations"}),
    "joint_investigations": frozenset({"joint_investigations"}),
}


def _serves(purposes: tuple[tuple[str, str], ...], purpose: str) -> bool:
    return purpose == "all" or any(k in PURPOSE_KEYS[purpose] for k, _ in purposes)


_DECLARATION_PURPOSES = {
    "legal-basis-extradition": "extradition",
    "no-legal-basis-extradition": "extradition",
    "no-extradition-of-nationals": "extradition",
}


def _conditions_hold(q, d: Declaration, declarer: str, other: str, day: date) -> tuple[Truth, str]:
    """Whether a declaration's conditions hold for the pair, and why (the data may not tell)."""
    c = d.conditions
    if not c:
        return Truth.YES, ""
    data = q.data
    name = data.countries[other].name
    if c.other_in and other not in c.other_in:
        return Truth.NO, f"made only towards {', '.join(c.other_in)}"
    if other in c.other_not_in:
        return Truth.NO, f"not made towards {name}"
    if c.other_member_of:
        org = data.instruments[c.other_member_of]
        member = S.member_of(data, q.g, other, org.id, day)
        if member is Truth.UNKNOWN:
            return Truth.UNKNOWN, (f"made only towards member states of the {org.name}, and whether {name} was one "
                                   f"on {day.isoformat()} is not in the data")
        if member is Truth.NO:
            return Truth.NO, f"made only towards member states of the {org.name}"
    if c.no_treaty_with_other:
        wanted = c.no_treaty_with_other
        states = []
        for inst in q._instruments_of(declarer, other):
            if inst.kind != "bilateral" or wanted not in {k for k, _ in inst.purposes}:
                continue
            if not (G.participations(q.g, declarer, inst.id) and G.participations(q.g, other, inst.id)):
                continue
            pair = (q.standing(declarer, inst.id, day).state, q.standing(other, inst.id, day).state)
            states.append((inst, pair))
        if any(sa == BOUND and sb == BOUND for _, (sa, sb) in states):
            inst = next(i for i, (sa, sb) in states if sa == BOUND and sb == BOUND)
            return Truth.NO, f"it applies only where no {wanted} treaty binds the two; {inst.name} does"
        label = PURPOSE_LABELS.get(wanted, wanted)
        if states:
            return Truth.UNKNOWN, (f"it applies only where no {label} treaty binds the two, and whether "
                                   f"{states[0][0].name} was in force on {day.isoformat()} is not in the data")
        return Truth.UNKNOWN, (f"it applies only where no {label} treaty binds the two; none is known to the data, "
                               "which does not prove there is none")
    return Truth.YES, ""


_DECLARATION_WORDS = {
    "no-legal-basis-extradition": "does not take the {short} as the legal basis for extradition",
    "legal-basis-extradition": "takes the {short} as the legal basis for extradition",
    "no-extradition-of-nationals": "declaration on extraditing its nationals",
    "territorial-exclusion": "excludes {territory}",
    "territorial-extension": "extends it to {territory}",
}


def _concerns(inst: Instrument, d: Declaration, purpose: str) -> bool:
    """Whether a declaration may concern ``purpose``: not when its type is about another purpose (a declaration on
    extraditing nationals when mutual assistance is asked), nor when the article it is made under serves other
    purposes only, by the instrument's own account of its articles (:mod:`octreaty.articles`: 1988 art. 7 when
    extradition is asked); where neither can be read, it may."""
    if purpose == "all":
        return True
    by_type = _DECLARATION_PURPOSES.get(d.type)
    if by_type is not None and by_type != purpose:
        return False
    serves = purposes_of_article(inst.purposes, d.article)
    return not serves or bool(serves & PURPOSE_KEYS[purpose])


def _place_name(data: Dataset, territory: str | None) -> str:
    """A territory named by id or by text, as a person reads it."""
    if territory is None:
        return "a territory"
    return data.countries[territory].name if territory in data.countries else territory


def _declaration_notes(q, inst: Instrument, sa: Standing, sb: Standing, purpose: str, day: date) -> list[str]:
    """Declarations of either side that qualify this basis for this pair, quoted, never widened."""
    notes = []
    for s, other in ((sa, sb.country), (sb, sa.country)):
        country = q.data.countries[s.country]
        name = country.name
        if country.parent and not any(p.instrument == inst.id for p in q.data.by_country.get(country.id, ())):
            name = f"{_place_name(q.data, country.parent)} (for {country.name})"  # the parent's declaration
        for d in s.declarations:
            if not _concerns(inst, d, purpose):
                continue
            if d.type == "territorial-extension" and d.territory not in (sa.country, sb.country):
                continue  # that it also applies to a territory says nothing about this pair
            if d.type == "non-application":
                continue  # where its conditions hold, the basis is displaced with it as the reason (_not_applied)
            holds, why = _conditions_hold(q, d, s.country, other, day)
            if holds is Truth.NO:
                continue
            if d.type == "no-legal-basis-extradition" and purpose == "extradition" and holds is Truth.YES:
                continue  # the basis is displaced with it as the reason (_not_applied)
            what = _DECLARATION_WORDS.get(d.type, d.type.replace("-", " ")).format(
                short=inst.short, territory=_place_name(q.data, d.territory))
            made = ", ".join(x for x in (d.article, str(d.date) if d.date else None) if x)
            reciprocity = "; applied on reciprocity" if d.conditions and d.conditions.reciprocity else ""
            text = f'{name} ({what}{f", {made}" if made else ""}): "{d.text}"{reciprocity}'
            notes.append(f"May apply: {text}; {why}" if holds is Truth.UNKNOWN else text)
    return notes


def _since(a: Standing, b: Standing) -> When | None:
    if a.in_force is None or b.in_force is None:
        return None
    return latest(a.in_force, b.in_force)


def link(q, a: str, b: str, day: date, purpose: str = "all", explain: str = "") -> Link:
    """Every basis and channel between ``a`` and ``b`` on ``day``, usable for ``purpose``.

    Follows the practitioner's order (DESIGN.md section 1): who can join at all,
    closed EU regimes first (and what they displace), bilateral treaties,
    regional and global conventions, organisation channels, then bridges and
    the fallback. ``steps`` records that reasoning in sentences.
    """
    if purpose not in PURPOSE_CHOICES:
        raise ValueError(f"unknown purpose {purpose!r}")
    data = q.data
    ca, cb = data.countries[a], data.countries[b]
    gone = [c for c in (ca, cb) if c.exists(day) is Truth.NO]
    if gone:
        summary, fallback, steps = not_existing(ca, cb, day, gone)
        return Link(ca, cb, day, (), (), (), (), (), summary, fallback, data.as_of, purpose, (), tuple(steps), explain)
    shared: list[Basis] = []
    one_sided: list[Basis] = []
    bilateral: list[Basis] = []
    channels: list[Basis] = []
    barred: list[str] = []  # instruments a source says one side cannot join, the other not bound either
    unlisted: list[Basis] = []  # regimes that serve no purpose asked but end others between their parties
    bridged = {(br.country, br.instrument) for br in (*G.bridges_of(q.g, a), *G.bridges_of(q.g, b))}
    candidates = {i.id: i for i in q._instruments_of(a, b)}
    # instruments with a sourced statement about either side (Kosovo and the UN conventions)
    for n in (*data.non_parties_by_country.get(a, ()), *data.non_parties_by_country.get(b, ())):
        inst = data.instruments[n.instrument]
        if inst.kind != "bilateral":
            candidates.setdefault(inst.id, inst)
    candidates = sorted(candidates.values(), key=q._order)
    for inst in candidates:
        if inst.kind == "bilateral":
            if a == b or not (G.participations(q.g, a, inst.id) and G.participations(q.g, b, inst.id)):
                continue
            if not bilateral_pair(inst, a, b):
                continue  # two successors of one side, or a successor and its predecessor
        elif not _purposes(q, inst):
            continue  # membership as context (EU, Council of Europe): shown by ratified
        elif inst.binds_members_of and not concluded_pair(data, q.g, inst, a, b):
            continue  # an EU agreement binds member states towards the third state, not between themselves
        serves = _serves(_purposes(q, inst), purpose)
        if not serves and not (inst.multilateral and inst.closed and inst.replaces):
            continue
        sa, sb = q.standing(a, inst.id, day), q.standing(b, inst.id, day)
        if not serves:
            # a regime that ends another between its parties does so whatever the purpose asked (the Chisinau
            # Convention ends the Minsk Convention, extradition chapter included): weighed, not listed
            unlisted.append(_basis(q, inst, "unlisted", sa, sb, purpose="all", day=day))
            continue
        if CANNOT_JOIN in (sa.state, sb.state) and not _usable(sa.state) and not _usable(sb.state):
            barred.append(inst.short)
        if inst.kind == "bilateral":
            signed = inst.signed is not None and When.from_partial(inst.signed).by(day) is Truth.YES
            if sa.state == NOT_PARTY and sb.state == NOT_PARTY and not signed:
                continue  # signed after the date asked: an agreement signed by then is shown, not yet in force
            replaced, why = S.replaced_between(data, inst, a, b, day)
            if WITHDRAWN in (sa.state, sb.state) or replaced is Truth.YES:
                continue  # terminated or replaced by the date asked: no basis on that date
            if replaced is Truth.UNKNOWN:
                # perhaps replaced between these two by then: in force for each, it may not govern between them
                sa, sb = (replace(x, state=UNCERTAIN, reason=f"{x.reason}; but {why}") if x.state == BOUND else x
                          for x in (sa, sb))
            basis = _basis(q, inst, "bilateral", sa, sb, purpose=purpose, day=day)
            suspended = [x.reason for x in (sa, sb) if x.state == SUSPENDED]
            if suspended:
                # said once, as what it means for the pair: the side's own note is the same sentence
                basis = replace(basis, notes=(*(n for n in basis.notes if n not in suspended),
                                              *(f"not applied: {r}" for r in suspended)))
            bilateral.append(basis)
            continue
        if inst.amended_by and inst.amended_by in data.instruments and not (sa.state == BOUND and sb.state == BOUND):
            amended = (q.standing(a, inst.amended_by, day), q.standing(b, inst.amended_by, day))
            if all(s.state == BOUND for s in amended):
                continue  # both are bound by the amended text, which governs between them
        ua, ub = _usable(sa.state), _usable(sb.state)
        if sa.state == BOUND and sb.state == BOUND:
            shared.append(_basis(q, inst, "shared", sa, sb, purpose=purpose, day=day))
        elif ua and ub:
            if sa.state == PARTNER and sb.state == PARTNER:
                one_sided.append(_basis(q, inst, "one-sided", sa, sb,
                                             "both are partners, not members: no channel between them",
                                             purpose=purpose, day=day))
            elif (a, inst.id) in bridged or (b, inst.id) in bridged:
                continue  # shown as a bridge
            else:
                channels.append(_basis(q, inst, "channel", sa, sb, purpose=purpose, day=day))
        elif sa.state in (BOUND, PARTNER, PENDING, UNCERTAIN) or sb.state in (BOUND, PARTNER, PENDING, UNCERTAIN):
            one_sided.append(_basis(q, inst, "one-sided", sa, sb, purpose=purpose, day=day))
    shared, displaced, maybe = _precedence(q, shared, one_sided, unlisted)
    shared, displaced = _not_applied(q, shared, displaced, purpose, day)
    bilateral = _supersession(q, shared + displaced, _later_agreements(bilateral))
    shared = _mla_treaty_first(shared, bilateral, purpose)
    bridges = [u for u in _bridges(q, a, b, day) + _bridges(q, b, a, day)
               if _serves(data.instruments[u.bridge.instrument].purposes, purpose)]
    labels = [f"{data.instruments[u.bridge.instrument].short} via {u.bridge.via}" for u in bridges]
    barred += [x.instrument.short for x in one_sided if CANNOT_JOIN in (x.a.state, x.b.state)]
    unrecognised = data.not_recognised(a, b, day)
    summary, fallback = link_summary(ca, cb, day, shared, one_sided, bilateral, channels, bridges, labels,
                                     displaced, purpose, list(dict.fromkeys(barred)), maybe, unrecognised,
                                     _bilateral_searched(data, a, b, purpose))
    steps = steps_of(data, ca, cb, day, purpose, shared, displaced, one_sided, bilateral, channels, bridges,
                     fallback, maybe, unrecognised)
    return Link(ca, cb, day, tuple(shared), tuple(one_sided), tuple(bilateral), tuple(channels),
                tuple(bridges), summary, fallback, data.as_of, purpose, tuple(displaced), tuple(steps), explain,
                tuple(maybe))


def _bilateral_searched(data: Dataset, a: str, b: str, purpose: str) -> list[str]:
    """What was searched for either side's bilateral agreements (for an honest "none known")."""
    out = []
    for cid in (a, b):
        for bc in data.bilateral_coverage.get(cid, ()):
            if purpose == "all" or not bc.purposes or set(bc.purposes) & PURPOSE_KEYS[purpose]:
                keys = list(bc.searched)
                listed = ", ".join(keys[:4]) + (f" and {len(keys) - 4} more" if len(keys) > 4 else "")
                out.append(f"{data.countries[cid].name}: {listed}" + (f" (as of {bc.as_of})" if bc.as_of else ""))
    return out


def _purposes(q, inst: Instrument) -> tuple[tuple[str, str], ...]:
    if inst.parent and not inst.purposes and inst.parent in q.data.instruments:
        return q.data.instruments[inst.parent].purposes
    return inst.purposes


def _rule(regime: Instrument) -> str:
    """The provision by which a regime displaces others, or its name where the data has none."""
    return regime.replaces_article or regime.short


def _precedence(q, shared: list[Basis], one_sided: list[Basis],
                unlisted: Sequence[Basis] = ()) -> tuple[list[Basis], list[Basis], list[Basis]]:
    """Closed regimes first: what a closed regime binding both replaces is displaced, not deleted.

    A closed regime the data cannot confirm for both (an undated EU row, a member
    state missing from an incomplete table) *may* displace what it replaces: the
    conventions stay, with a note saying so, and the regime is returned as ``maybe``.
    ``unlisted`` are regimes that serve none of the purposes asked: they displace or may displace by the
    same test, and are neither listed nor returned.
    """
    def binds_both(x: Basis) -> bool:
        return x.a.state == BOUND and x.b.state == BOUND

    def may_bind_both(x: Basis) -> bool:
        return all(s.state in (BOUND, UNCERTAIN, NOT_IN_DATA) for s in (x.a, x.b))

    by_id: dict[str, list[Basis]] = {}
    for x in (*shared, *filter(binds_both, unlisted)):
        for other in x.instrument.replaces:
            by_id.setdefault(other, []).append(x)
    # a regime itself displaced (the EAW between two Nordic States) yields to one that is not (the Nordic Arrest
    # Warrant): what both replace is said to be displaced by the one that governs
    gone = {x.instrument.id for x in shared if x.instrument.id in by_id or (x.instrument.parent or "") in by_id}
    displacing = {other: next((x for x in xs if x.instrument.id not in gone), xs[0]) for other, xs in by_id.items()}
    maybe = [x for x in one_sided if x.instrument.replaces and x.instrument.closed and may_bind_both(x)]
    possibly: dict[str, Basis] = {}
    for x in (*maybe, *(u for u in unlisted if not binds_both(u) and may_bind_both(u))):
        for other in x.instrument.replaces:
            possibly.setdefault(other, x)
    # what a regime displaces for some purposes only (the EAW: the Schengen Convention's extradition chapter)
    partly: dict[str, list[tuple[Basis, tuple[str, ...]]]] = {}
    for x in shared:
        for other, purposes in x.instrument.replaces_for:
            partly.setdefault(other, []).append((x, purposes))
    kept: list[Basis] = []
    displaced: list[Basis] = []
    for x in shared:
        # a Protocol goes with its Convention (FD 2002/584/JHA art. 31: "and its protocols")
        by = displacing.get(x.instrument.id) or displacing.get(x.instrument.parent or "")
        parts = partly.get(x.instrument.id) or partly.get(x.instrument.parent or "") or []
        served = {k for k, _ in x.usable_for}
        parts = [(regime, [k for k, _ in x.usable_for if k in purposes]) for regime, purposes in parts]
        parts = [(regime, keys) for regime, keys in parts if keys]
        if by is None and parts:
            said = [f"the {regime.instrument.short} ({_rule(regime.instrument)}) "
                    f"for {and_list([PURPOSE_LABELS.get(k, k) for k in keys])}" for regime, keys in parts]
            if served and served <= {k for _, keys in parts for k in keys}:
                note = (f"displaced between these two by {and_list(said)}, which bind{'s' if len(parts) == 1 else ''} "
                        "both; it still governs what the newer instrument does not cover")
                displaced.append(replace(x, section="displaced", note=note, notes=(*x.notes, note)))
                continue
            x = replace(x, notes=(*x.notes, *(
                f"its {and_list([PURPOSE_LABELS.get(k, k) for k in keys])} provisions are displaced between these "
                f"two by the {regime.instrument.short} ({_rule(regime.instrument)}), "
                "which binds both" for regime, keys in parts)))
        if by is None:
            may = possibly.get(x.instrument.id) or possibly.get(x.instrument.parent or "")
            if may is not None:
                note = (f"may be displaced between these two by the {may.instrument.short} "
                        f"({_rule(may.instrument)}): the data cannot tell "
                        "whether it bound both on this date")
                x = replace(x, notes=(*x.notes, note))
            kept.append(x)
            continue
        note = (f"displaced between these two by the {by.instrument.short} ({_rule(by.instrument)}), which binds both; "
                "it still governs what the newer instrument does not cover")
        displaced.append(replace(x, section="displaced", note=note, notes=(*x.notes, note)))
    return kept, displaced, maybe


def _not_applied(q, shared: list[Basis], displaced: list[Basis], purpose: str, day: date) -> tuple[list[Basis], list[Basis]]:
    """What one side declared not to apply towards the other binds both but does not govern between them.

    A ``non-application`` declaration in effect on the day names the states towards which the declarant does
    not apply the instrument (the Nordic States' declarations under ETS 24 art. 28(3), Azerbaijan's towards
    Armenia); a ``no-legal-basis-extradition`` declaration says the declarant does not take the instrument as
    the legal basis for extradition (UNTOC art. 16(5), the 1988 Convention art. 6(3)): asked about extradition,
    where its conditions hold for the pair, the instrument is no legal basis between them. Either way the basis
    is displaced, quoted, never widened to anyone else; a Protocol goes with its Convention.
    """
    why: dict[str, str] = {}
    for x in shared:
        for s, other in ((x.a, x.b.country), (x.b, x.a.country)):
            name = q.data.countries[s.country].name
            for d in s.declarations:
                made = ", ".join(v for v in (d.article, str(d.date) if d.date else None) if v)
                made = f" ({made})" if made else ""
                if d.type == "non-application" and d.conditions and other in d.conditions.other_in:
                    why[x.instrument.id] = f'{name} declared that it does not apply between them{made}: "{d.text}"'
                elif d.type == "no-legal-basis-extradition" and purpose == "extradition" \
                        and _conditions_hold(q, d, s.country, other, day)[0] is Truth.YES:
                    why[x.instrument.id] = (f"{name} does not take the {x.instrument.short} as the legal basis "
                                            f'for extradition{made}: "{d.text}"; so it is no legal basis for '
                                            "extradition between them")
                else:
                    continue
                break
            if x.instrument.id in why:
                break
    if not why:
        return shared, displaced
    kept = []
    for x in shared:
        note = why.get(x.instrument.id) or why.get(x.instrument.parent or "")
        if note is None:
            kept.append(x)
        else:
            displaced.append(replace(x, section="displaced", note=note, notes=(*x.notes, note), declared=True))
    return kept, displaced


_WHOLE = ("the whole treaty", "the whole agreement", "the whole convention")


def _principal(inst: Instrument) -> bool:
    """A bilateral agreement that stands on its own for all of its purposes, everywhere its parties are."""
    return (not inst.supplements and not inst.implements and not inst.scope and bool(inst.purposes)
            and all((text or "").lower().startswith(_WHOLE) for _, text in inst.purposes))


def _later_agreements(bilateral: list[Basis]) -> list[Basis]:
    """An agreement with no end in the data, between two states that later concluded another
    agreement on the same matters, now in force, may have been terminated by it (VCLT art. 59):
    it is "uncertain", never "in force", and names the later one.

    A later agreement counts when it is a principal one (it supplements and implements nothing,
    its purposes are "the whole treaty", and no scope limits it to some territories) signed after
    the earlier one and serves every purpose the earlier one serves; its own protocols, signed
    after it, are never the earlier one. The latest such agreement is named.
    """
    out = []
    for x in bilateral:
        old = x.instrument
        later = None
        if x.a.state == BOUND and x.b.state == BOUND and old.signed is not None:
            serves = {k for k, _ in old.purposes}
            for y in bilateral:
                new = y.instrument
                if y is x or y.a.state != BOUND or y.b.state != BOUND or not _principal(new):
                    continue
                if new.signed is None or new.signed.start() <= old.signed.end():
                    continue
                if not serves <= {k for k, _ in new.purposes}:
                    continue
                if later is None or new.signed.start() > later.signed.start():
                    later = new  # the latest: the one the parties now apply, not an exchange of notes between
        if later is None:
            out.append(x)
            continue
        reason = (f"in force {since_phrase(x.since)}, but the {later.name} ({later.id}), "
                  f"signed {later.signed} and in force between them, is a later agreement on the same matters: it "
                  "may have terminated this one (Vienna Convention on the Law of Treaties art. 59); the data "
                  "records no termination")
        out.append(replace(x, a=replace(x.a, state=UNCERTAIN, reason=reason),
                           b=replace(x.b, state=UNCERTAIN, reason=reason)))
    return out


def _supersession(q, regional: list[Basis], bilateral: list[Basis]) -> list[Basis]:
    """A regional convention that supersedes bilateral treaties between its parties (ETS 24 art. 28(1),
    ETS 30 art. 26(1)) says so on them.

    A treaty in force between the two before such a convention bound both is superseded by it from that
    day, for the purposes the convention serves: where it serves nothing else, it is "uncertain", not in
    force (it may still apply where the convention does not: a territory outside it, a matter it leaves
    out); where it serves more, it stays in force with a note on what was superseded. A later treaty may
    only supplement the convention or facilitate its application. Where the data cannot order the two
    days, the rule is said, not applied.
    """
    out = []
    regional = [r for r in regional if r.instrument.supersedes_bilateral]
    for x in bilateral:
        notes = list(x.notes)
        wanted = {k for k, _ in x.usable_for}
        superseded: dict[str, Basis] = {}  # purpose -> the convention that superseded the treaty for it
        for r in regional:
            article = r.instrument.supersedes_bilateral
            served = wanted & {k for k, _ in r.usable_for}
            if not article or not served:
                continue
            short = r.instrument.short
            if x.instrument.supplements == r.instrument.id or _before(r.since, x.since):
                notes.append(f"{short} {article} binds both: this later agreement may only supplement it "
                             "or facilitate its application")
            elif _before(x.since, r.since) and BOUND == x.a.state == x.b.state:
                superseded.update((k, r) for k in served if k not in superseded)
            elif x.since is None and x.instrument.signed is not None \
                    and _before(When.from_partial(x.instrument.signed), r.since):
                notes.append(f"if it was ever in force, the {short} ({article}) has superseded it between them "
                             f"{since_phrase(r.since)}, for the same matters")
            else:
                notes.append(f"{short} {article} binds both: it supersedes earlier bilateral "
                             "treaties on the same matter between its parties, and later bilateral "
                             "agreements may only supplement it or facilitate its application")
        # in the order of the treaty's own purposes
        superseded = {k: superseded[k] for k, _ in x.usable_for if k in superseded}
        if superseded and set(superseded) == wanted:
            assert x.since is not None  # _before ordered it against each superseding convention
            by = list(dict.fromkeys(superseded.values()))
            reason = (f"in force {since_phrase(x.since)}, but superseded between them by "
                      + " and ".join(f"the {r.instrument.short} ({r.instrument.supersedes_bilateral}) "
                                     f"{since_phrase(r.since)}" for r in by)
                      + (", which supersedes bilateral treaties on the same matter between its parties; it may "
                         "still apply where that convention does not (a territory outside it, a matter it leaves "
                         "out)" if len(by) == 1 else
                         ", which supersede bilateral treaties on the same matter between their parties; it may "
                         "still apply where those conventions do not (a territory outside them, a matter they "
                         "leave out)"))
            out.append(replace(x, a=replace(x.a, state=UNCERTAIN, reason=reason),
                               b=replace(x.b, state=UNCERTAIN, reason=reason),
                               notes=tuple(dict.fromkeys(notes))))
            continue
        for k, r in superseded.items():
            notes.append(f"its {PURPOSE_LABELS.get(k, k)} provisions are superseded between them by the "
                         f"{r.instrument.short} ({r.instrument.supersedes_bilateral}) {since_phrase(r.since)}")
        notes = list(dict.fromkeys(notes))
        out.append(replace(x, notes=tuple(notes)) if notes != list(x.notes) else x)
    return out


def _is_mla_treaty(x: Basis) -> bool:
    """Whether a basis binding both is a treaty of mutual legal assistance: an instrument the data says is one
    (ETS 30), or a bilateral agreement in force for mutual legal assistance that is no police treaty."""
    if x.instrument.mla_treaty:
        return True
    keys = {k for k, _ in x.instrument.purposes}
    return x.instrument.kind == "bilateral" and "mla" in keys and "police" not in keys


def _mla_treaty_first(shared: list[Basis], bilateral: list[Basis], purpose: str) -> list[Basis]:
    """A convention whose mutual assistance provisions give way to a treaty of mutual legal assistance binding
    both (UNTOC art. 18(7), UNCAC art. 46(7), the 1988 Convention art. 7(7), Budapest art. 27(1)) says so: the
    treaty's corresponding provisions apply unless the two agree to apply the convention's instead. The
    convention stays a basis; only its procedure yields."""
    if purpose not in ("all", "mla"):
        return shared
    treaties = [x.instrument.short for x in (*shared, *bilateral)
                if BOUND == x.a.state == x.b.state and _is_mla_treaty(x)]
    if not treaties:
        return shared
    out = []
    for x in shared:
        rule = x.instrument.yields_to_mla_treaty
        if rule and "mla" in {k for k, _ in x.usable_for}:
            article, provisions = rule
            bound = "a treaty" if len(treaties) == 1 else "treaties"
            x = replace(x, notes=(*x.notes, (
                f"{x.instrument.short} {article}: the two are bound by {bound} of mutual legal assistance "
                f"({and_list(treaties)}), whose corresponding provisions apply in place of {provisions} unless "
                "they agree to apply those instead")))
        out.append(x)
    return out


def _before(first: When | None, then: When | None) -> bool:
    """Whether ``first`` certainly came before ``then`` (both known, the one ending before the other begins)."""
    return (first is not None and then is not None and first.hi is not None and then.lo is not None
            and first.hi < then.lo)


def _basis(q, inst: Instrument, section: str, sa: Standing, sb: Standing, note: str | None = None,
           purpose: str = "all", *, day: date) -> Basis:
    since = _since(sa, sb) if _usable(sa.state) and _usable(sb.state) else None
    purposes = _purposes(q, inst)
    if purpose != "all":
        purposes = tuple((k, v) for k, v in purposes if k in PURPOSE_KEYS[purpose])
    said = [f"{q.data.countries[x.country].name}: {n}" for x in (sa, sb) for n in x.notes]
    notes = tuple(dict.fromkeys((*said, *_declaration_notes(q, inst, sa, sb, purpose, day))))
    return Basis(inst, section, sa, sb, since, purposes,
                 merge_sources(inst.sources if inst.kind == "bilateral" else (), sa.sources, sb.sources,
                          *(d.sources for s in (sa, sb) for d in s.declarations)), note, notes)

# -- path ------------------------------------------------------------------


def path(q, a: str, b: str, day: date, purpose: str = "all", limit: int = 5) -> Paths:
    """The shortest chains from ``a`` to ``b``: a basis binding both, or channels and bridges through others.

    A convention or a bilateral agreement links the two countries asked about
    directly or not at all; only organisations and bridges relay through a third
    country, so the search for longer chains runs on a graph of those alone.
    """
    data = q.data
    direct: set[str] = set()  # instrument nodes of bases binding both
    h = nx.Graph()  # channels and bridges only
    partners: dict[tuple[str, str], bool] = {}  # (country node, organisation node) -> partner, not member
    source, target = G.country_node(a), G.country_node(b)
    for inst in data.instruments.values():
        if not _purposes(q, inst) or not _serves(_purposes(q, inst), purpose):
            continue  # a membership that is context (EU, Council of Europe) carries nothing
        inode = G.instrument_node(inst.id)
        channel = inst.kind == "organisation"
        bridged = {br.country for br in data.bridges if br.instrument == inst.id}
        ends: set[str] = set()
        for p in G.parties_of(q.g, inst.id):
            if p.party in bridged:
                continue  # reached through its bridge, below
            if inst.kind == "bilateral" and (p.successor_of or any(e.successor_of for e in p.events)):
                continue  # a successor is linked to some parties only: no shared node can say which
            s = _with_parent(data, q.g, _standing_from(data, inst, p, day), inst, day)
            if s.state in (BOUND, PARTNER) or (inst.kind == "bilateral" and s.state == UNCERTAIN):
                node = G.country_node(p.party)
                if channel:
                    h.add_edge(node, inode)
                    if s.state == PARTNER:
                        partners[(node, inode)] = True
                elif node in (source, target):
                    ends.add(node)
        if not channel and ends == {source, target}:
            direct.add(inode)
        for br in data.bridges:
            if br.instrument != inst.id or not _active(br, day) or not channel:
                continue
            via = f"v:{br.via}"
            h.add_edge(G.country_node(br.country), via)
            h.add_edge(via, inode)
            partners[(via, inode)] = True
    found: list[tuple] = []
    if a == b:
        return Paths(data.countries[a], data.countries[b], day, purpose, (), data.as_of)
    for inode in sorted(direct):
        found.append(tuple(_hop(q, n) for n in (source, inode, target)))

    def channel(nodes: list[str]) -> bool:
        """A chain through an organisation between two mere partners is no channel."""
        return not any(partners.get((nodes[i - 1], nodes[i])) and partners.get((nodes[i + 1], nodes[i]))
                       for i in range(1, len(nodes) - 1))

    def detour(nodes: list[str]) -> bool:
        """Whether the chain relays through a third state to reach what it could reach in fewer steps (Italy ->
        Eurojust -> Albania -> INTERPOL, when Italy is in INTERPOL itself): the shorter chain says it all."""
        for j in range(2, len(nodes)):
            for i in range(j - 1):
                if h.has_edge(nodes[i], nodes[j]) and channel(nodes[:i + 1] + nodes[j:]):
                    return True
            # a hop on the way (not the end: another way to it is what the chains are for) reached in fewer steps
            prefix = nearest.get(nodes[j]) if j < len(nodes) - 1 else None
            if prefix is not None and len(prefix) < j + 1:
                shorter = prefix + nodes[j + 1:]
                if len(set(shorter)) == len(shorter) and channel(shorter):
                    return True
        return False

    def relays(nodes: list[str], i: int) -> tuple[str, ...]:
        """The other states that relay between the same two channels as the state at ``nodes[i]``."""
        alike = (set(h[nodes[i - 1]]) & set(h[nodes[i + 1]])) - set(nodes)
        return tuple(sorted(m[2:] for m in alike if m.startswith("c:")
                            and channel(swapped := [*nodes[:i], m, *nodes[i + 1:]]) and not detour(swapped)))

    if source in h and target in h:
        nearest = nx.single_source_shortest_path(h, source)
        routes: set[tuple[str, ...]] = set()  # chains that differ only in the states relaying are one route
        try:
            for tried, nodes in enumerate(nx.shortest_simple_paths(h, source, target)):  # shortest first
                if len(nodes) > 9 or tried >= 500 or len(found) >= limit:
                    break
                if not channel(nodes) or detour(nodes):
                    continue
                inner = range(1, len(nodes) - 1)
                route = tuple("c:*" if i in inner and n.startswith("c:") else n for i, n in enumerate(nodes))
                if route in routes:
                    continue
                routes.add(route)
                found.append(tuple(replace(_hop(q, n), others=relays(nodes, i)) if route[i] == "c:*" else _hop(q, n)
                                   for i, n in enumerate(nodes)))
        except nx.NetworkXNoPath:
            pass
    found.sort(key=len)
    return Paths(data.countries[a], data.countries[b], day, purpose, tuple(found[:limit]), data.as_of)


def _relays_a_legal_basis(data: Dataset, nodes: list[str]) -> bool:
    """Whether a chain passes a third state on a treaty: a legal basis binds two states, it relays nothing.

    Only channels (organisations) and bridges chain through a third party; a
    convention or a bilateral agreement may be the whole chain between the two
    countries asked about, never a link in a longer one.
    """
    for i in range(2, len(nodes) - 2):
        if not nodes[i].startswith("c:"):
            continue
        for j in (i - 1, i + 1):
            kind, ident = nodes[j].split(":", 1)
            if kind == "i" and data.instruments[ident].kind != "organisation":
                return True
    return False


def _hop(q, node: str) -> Hop:
    kind, ident = node.split(":", 1)
    if kind == "c":
        return Hop("country", ident, q.data.countries[ident].name)
    if kind == "i":
        inst = q.data.instruments[ident]
        return Hop("instrument", ident, inst.short if inst.kind != "bilateral" else inst.name)
    return Hop("via", ident, ident)


def _bridges(q, via_side: str, other: str, day: date) -> list[BridgeUse]:
    out = []
    for br in G.bridges_of(q.g, via_side):
        if not _active(br, day):
            continue
        so = q.standing(other, br.instrument, day)
        if so.state == BOUND:
            since = When.from_partial(br.since) if br.since else When(None, None)
            out.append(BridgeUse(br, so, latest(since, so.in_force) if so.in_force else None))
    return out

