"""One state, one instrument, one date: where the state stands, and why.

The only module that reads time rules. A participation is a timeline of dated
events (:class:`~octreaty.model.Event`); :func:`periods` turns it into periods
of consent, each from a consent act until a denunciation, withdrawal,
expulsion or the next consent (a partner's new agreement) takes effect, and
:func:`standing_of` judges them on the date asked.

Two notions of time are kept apart (DESIGN.md section 5):

* *party*: consent deposited on or before the date and not withdrawn; what a
  depositary counts (``parties``);
* *bound*: the instrument is in force for the state on the date (per-party
  entry into force by the instrument's own rule, a succession from the date of
  succession) and not withdrawn; what ``link`` answers with.

Every answer is three-valued: a date the sources do not give makes the answer
"uncertain" rather than a guess, and a country absent from an incomplete table
is "not in the data", never "not a party".
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

import networkx as nx

from . import graph as G
from .model import (
    BOUND,
    CANNOT_JOIN,
    MEMBER_ROLES,
    NO_ENTRY_INTO_FORCE,
    NOT_IN_DATA,
    NOT_PARTY,
    PARENT_PARTIES,
    PARTNER,
    PENDING,
    SIGNATURE,
    SIGNED,
    STATUS_EVENTS,
    SUSPENDED,
    UNCERTAIN,
    WITHDRAWN,
    Bound,
    Bridge,
    Dataset,
    Declaration,
    Event,
    Instrument,
    PartialDate,
    Participation,
    Standing,
    Truth,
    When,
    latest,
)

NOT_EU_MEMBER = "not an EU member state"


@dataclass(frozen=True)
class Period:
    """One period of consent in a party's timeline."""

    act: str
    date: PartialDate | None  # the act (deposit, notification)
    effective: PartialDate | None  # entry into force for the party, or the date of succession, where given
    role: str | None
    successor_of: str | None
    sources: tuple[str, ...]
    end: PartialDate | None = None  # the first day it no longer binds
    end_notified: PartialDate | None = None  # an end notified on this date, taking effect on a date not given
    end_type: str | None = None
    not_before: Bound | None = None  # a source shows the act was not yet done on its date
    end_after: Bound | None = None  # an ending of unknown day: not yet in effect on the bound's day ...
    end_sources: tuple[str, ...] = ()  # ... and in effect by the date of these sources
    after: date | None = None  # the party's own signature: no consent is given before it


def periods(p: Participation) -> tuple[Period, ...]:
    """The periods of consent of a participation, in order (none for a signature only)."""
    if not p.events:
        if p.act == SIGNATURE:
            return ()
        out = [Period(p.act, p.date, p.effective if p.act == "succession" else p.entry_into_force, p.role,
                      p.successor_of, p.sources, end=p.withdrawal,
                      end_type="withdrawal" if p.withdrawal else None, not_before=p.not_before)]
        return _after_signature(p, out)
    out = []
    for e in p.events:
        if e.is_consent:
            if out and out[-1].end is None and out[-1].end_notified is None:
                # a new consent (a partner's new agreement) ends the one before it; where its day is known only
                # between two days, the old one ends in that same window
                start = e.effective or e.date
                if start:
                    out[-1] = replace(out[-1], end=start, end_type="replaced")
                elif e.not_before is not None:
                    out[-1] = replace(out[-1], end_type="replaced", end_after=e.not_before, end_sources=e.sources)
            out.append(Period(e.type, e.date, e.effective, e.role, e.successor_of, e.sources, not_before=e.not_before))
        elif e.is_ending and out and out[-1].end is None:
            out[-1] = replace(out[-1], end=e.effective, end_notified=None if e.effective else e.date,
                              end_type=e.type, end_after=e.not_before,
                              end_sources=e.sources if e.not_before else ())
    return _after_signature(p, out)


def _after_signature(p: Participation, out: list[Period]) -> tuple[Period, ...]:
    """The periods, the first bounded by the party's own signature: no consent is given before it."""
    sig = signature_of(p)
    if out and sig is not None:
        out[0] = replace(out[0], after=sig.start())
    return tuple(out)


def signature_of(p: Participation) -> PartialDate | None:
    if p.events:
        return next((e.date for e in p.events if e.type == SIGNATURE), None)
    return p.signature if p.act != SIGNATURE else (p.date or p.signature)


@dataclass(frozen=True)
class Evaluation:
    """One period (or a participation's best period) judged on one date."""

    participation: Participation
    consent: When  # when the consent (or signature) was given
    in_force: When | None  # when the instrument entered into force for the party
    withdrawn: Truth
    party: Truth  # depositary's notion
    bound: Truth
    reason: str
    ended: When | None = None  # when the agreement as a whole ended (agreement_end), where the data says
    ended_why: str = ""


def period_end(data: Dataset, period: Period) -> When | None:
    """When the period ended, or None if it has not: its effective end; a notified end, taking effect on a day not
    given; or an end no source dates, after the day a source shows it not yet in effect and by its sources' date."""
    if period.end is not None:
        return When.from_partial(period.end)
    if period.end_notified is not None:
        return When(period.end_notified.start(), None)
    if period.end_after is not None:
        return When(period.end_after.day_after(), known_by(data, period.end_sources))
    return None


def known_by(data: Dataset, sources: tuple[str, ...]) -> date | None:
    """The date by which the sources of an undated fact knew it to be true.

    The latest of the row's source dates: a source's as-of date may be that of a
    document older than the fact (a law passed before it applied), so the earliest
    could make an act look done before it was; an undated source speaks for the
    data as a whole (its newest date).
    """
    dates = [data.sources[k].as_of for k in sources if k in data.sources and data.sources[k].as_of]
    if dates:
        return max(d.end() for d in dates)  # type: ignore[union-attr]
    newest = data.as_of
    return newest.end() if newest else None


def floor(data: Dataset, inst: Instrument, cid: str) -> date | None:
    """Nothing is done under an instrument before it was adopted or signed, nor before its parties existed."""
    first = inst.adopted or inst.signed
    dates = [first.start()] if first else []
    country = data.countries.get(cid)
    if country is not None and country.exists_from is not None:
        dates.append(country.exists_from.start())  # the other side's existence is the pair's question (link)
    return max(dates) if dates else None


def done_by(data: Dataset, sources: tuple[str, ...], not_before: Bound | None) -> date | None:
    """The date by which an undated act's sources show it done: ``known_by``, unless its bound says that no
    source shows it done at all (``unconfirmed``: a ceremony reported before the instrument was deposited);
    then no such date is known, and the act stays uncertain after the bound."""
    if not_before is not None and not_before.unconfirmed:
        return None
    return known_by(data, sources)


def undated_when(data: Dataset, inst: Instrument, cid: str, sources: tuple[str, ...],
                 not_before: Bound | None) -> When:
    """When an act no source dates was done: not before the instrument or the party existed, nor on or before
    the day its bound shows it not yet done; by the date its sources show it done, if they do."""
    lo = floor(data, inst, cid)
    if not_before is not None:
        after = not_before.day_after()  # not done on that day: done later, if at all
        lo = max(lo, after) if lo else after
    return When(lo, done_by(data, sources, not_before))


def consent_when(data: Dataset, inst: Instrument, period: Period, cid: str) -> When:
    """When the act was done, as precisely as the sources allow."""
    if period.date is not None:
        when = When.from_partial(period.date)
    else:
        when = undated_when(data, inst, cid, period.sources, period.not_before)
    if period.after is not None and not (period.date and period.date.exact) \
            and (when.hi is None or when.hi >= period.after):
        # an act known to the year or month, or not dated, was not done before the party signed (a source that
        # shows it done before the signature contradicts the row: left as it is, for check to find)
        when = when.not_before(period.after)
    return when


def in_force_when(data: Dataset, inst: Instrument, period: Period, cid: str) -> tuple[When | None, str]:
    """When the instrument entered into force for the party in this period, and on what basis.

    None means it is not in force (the instrument itself is not).
    """
    consent = consent_when(data, inst, period, cid)
    if period.act == "succession" and period.effective is None and inst.kind == "bilateral":
        # a source says the treaty applies to the successor, not from when: not before it existed, and
        # certainly by the date of that source
        lo = floor(data, inst, cid)
        if inst.entry_into_force is not None:
            lo = max(lo, inst.entry_into_force.start()) if lo else inst.entry_into_force.start()
        return When(lo, known_by(data, period.sources)), "continued by the successor from a date the sources do not give"
    if period.act == "succession" and period.effective is not None:
        own = inst.entry_into_force.start() if inst.entry_into_force else None
        since = When.from_partial(period.effective)
        if own is not None:
            since = since.not_before(own)
        elif inst.kind not in ("bilateral", "organisation", "eu-law"):
            return None, "the instrument is not in force"
        return since, f"succession: bound from the date of succession ({period.effective}), notified {period.date or 'on a date not found'}"
    if period.effective is not None:
        since = When.from_partial(period.effective)
        if not period.effective.exact:
            # known to the year or month: not in force for the party before it signed, nor before it could consent
            # (the day after a source shows it had not yet: Norway's Eurojust agreement, signed 2005-04-28 subject
            # to the Storting, in force in 2005). An exact day before either contradicts the row: left as it is,
            # for check to find
            for floor_ in (period.after, consent.lo):
                if floor_ is not None:
                    since = since.not_before(floor_)
        return since, "as the source gives it"
    if inst.kind == "organisation" and (inst.eif_rule is None or period.act != "membership"):
        return consent, "membership or agreement date"
    # an organisation made by a convention with a per-party rule (PCC SEE art. 40(2)): a membership takes effect by it
    if inst.kind == "eu-law":
        return consent, "date from which it applies to the member state"
    if inst.kind == "bilateral":
        if inst.entry_into_force is not None:
            return When.from_partial(inst.entry_into_force), "entry into force of the agreement"
        lo = floor(data, inst, cid)
        if inst.signed is not None:
            lo = max(lo, inst.signed.start()) if lo else inst.signed.start()
        if inst.in_force_by is not None:  # a source shows it applied then: in force that day at the latest
            return When(lo, inst.in_force_by.date.end()), f"in force by {inst.in_force_by.date}, its day not found"
        return When(lo, None), "entry into force not found"
    if inst.entry_into_force is None and inst.in_force_by is not None:
        return _in_force_by_a_day(inst, period, consent)
    if inst.entry_into_force is None:
        return None, "the instrument is not in force"
    own = inst.entry_into_force.start()
    if period.act == "party" and (period.date is None or inst.eif_rule is None):
        # the source lists the state as a party without an act or its day: in force by the source's date, and
        # never before it could have acted (its existence, or a day a source shows it had not yet joined)
        lo = max(own, consent.lo) if consent.lo and period.date is None else own
        return When(lo, consent.hi), "listed as a party by the source"
    # a party row with the day of its deposit: every act of consent takes effect by the same rule
    if period.act == "succession":
        # no date of succession in the data: only "not later than the notification" is certain
        return When(own, max(consent.hi, own) if consent.hi else None), \
            "succession (date of succession not in the data: bound by the notification at the latest)"
    rule = inst.eif_rule
    if rule is None:
        if consent.hi is not None and consent.hi <= own:
            return When(own, own), "instrument's entry into force"
        return When(max(consent.lo, own) if consent.lo else own, None), "no per-party rule in the data"
    def takes_effect(deposit: date, latest: bool = False) -> date:
        return own if rule.after_entry_into_force and deposit < own else rule.apply(deposit, latest=latest)

    lo = takes_effect(consent.lo) if consent.lo else None
    hi = takes_effect(consent.hi, latest=True) if consent.hi else None
    return When(lo, hi).not_before(own), rule.describe()


def _in_force_by_a_day(inst: Instrument, period: Period, consent: When) -> tuple[When, str]:
    """A convention whose own entry into force no source dates, shown in force on a day (``in_force_by``: the San
    Luis Protocol in force for Brazil on 2000-04-27, by Brazil's decree): in force for a party no earlier than its
    act takes effect by the rule (its act, without one), and no later than the later of that day and the rule
    applied to its act; without a rule, or where the act is not dated, only a party listed by a source is in force
    by the source's date."""
    by = inst.in_force_by.date.end()  # type: ignore[union-attr]
    why = f"the instrument in force by {inst.in_force_by.date}, its own entry into force not dated"  # type: ignore[union-attr]
    rule = inst.eif_rule
    floor_ = inst.adopted.start() if inst.adopted else None
    lo = rule.apply(consent.lo) if rule and consent.lo else consent.lo
    if floor_ is not None:
        lo = max(lo, floor_) if lo else floor_
    if period.date is None and period.after is not None and (lo is None or lo <= period.after):
        lo = period.after + timedelta(days=1)  # an undated act that followed the party's signature
    if period.act == "party" and period.date is None:
        return When(lo, consent.hi), f"listed as a party by the source; {why}"
    hi = max(by, rule.apply(consent.hi, latest=True)) if rule and consent.hi else None
    return When(lo, hi), why


def agreement_end(data: Dataset, inst: Instrument, seen: frozenset[str] = frozenset(),
                  doubts: bool = True) -> tuple[When | None, str]:
    """When an agreement no longer applies to any of its parties, and why: :func:`known_end`, widened by
    ``may_have_ended`` (an event after which no source says whether it still applies; its own, or that of the
    agreement it supplements) to an end that may have come from that event's day and is not known to have come at
    all, unless the known end came first. ``doubts=False``: the known end alone.
    """
    end, why = _dated_end(data, inst, seen, doubts)
    doubt = inst.may_have_ended
    if doubt is None or not doubts:
        return end, why
    lo = doubt.date.start()
    said = f"from {doubt.date} on ({', '.join(doubt.sources)})" + (f": {doubt.note}" if doubt.note else "")
    if end is None:
        return When(lo, None), said
    if end.hi is not None and end.hi <= lo:
        return end, why  # it had certainly ended before the event that casts the doubt
    return When(min(lo, end.lo) if end.lo is not None else lo, end.hi), f"{why}; it may have ended earlier, {said}"


def known_end(data: Dataset, inst: Instrument) -> tuple[When | None, str]:
    """When an agreement no longer applies to any of its parties, and why, as its sources date the end: no doubt
    an event casts (``may_have_ended``) is counted."""
    return agreement_end(data, inst, doubts=False)


def _dated_end(data: Dataset, inst: Instrument, seen: frozenset[str], doubts: bool) -> tuple[When | None, str]:
    """When an agreement no longer applies to any of its parties, and why, as its sources date the end.

    Its own ``terminated``; else the entry into force of the agreement that replaced it
    (``replaced_by``) where that one binds every party of the old (a successor state the
    new agreement does not bind keeps the old one: see :func:`replaced_between` for the
    pairs it does bind); else the end of the agreement it supplements. None: no end in the data.
    A replacing agreement the data does not date ends it on a day between its signature and
    the day a source shows it in force (:func:`replaced_when`): uncertain in between.
    """
    if inst.terminated is not None:
        return When.from_partial(inst.terminated), "terminated"
    new = replacement(data, inst)
    if new is None or not {p.party for p in inst.parties} <= {q.party for q in new.parties}:
        return _base_end(data, inst, seen, doubts)
    if new.kind != "bilateral":
        # a convention replaces it pair by pair (replaced_between), from the day it binds both: for the agreement
        # as a whole, the day it bound the last of its parties, where the data gives each of those days
        days = [_first_day_in_force(data, new, p.party) for p in inst.parties]
        if None in days:
            return _base_end(data, inst, seen, doubts)
        return When.exactly(max(days)), f"replaced by the {new.name} ({new.id}), binding all its parties"  # type: ignore[type-var]
    return replaced_when(new, inst), _replaced_phrase(new)


def _base_end(data: Dataset, inst: Instrument, seen: frozenset[str], doubts: bool) -> tuple[When | None, str]:
    """An agreement that supplements another (an amendment, a protocol, an extension to territories) ends with it,
    where the data gives no end of its own."""
    base = _supplemented(data, inst, seen)
    if base is None:
        return None, ""
    end, why = agreement_end(data, base, seen | {inst.id}, doubts)
    if end is None:
        return None, ""
    return end, f"ended with the {base.name} ({base.id}), which it supplements ({why})"


def _supplemented(data: Dataset, inst: Instrument, seen: frozenset[str]) -> Instrument | None:
    """The agreement ``inst`` supplements, unless following it would go round a loop the data makes."""
    base = data.instruments.get(inst.supplements or "")
    return None if base is None or base.id in seen or inst.id in seen else base


def _first_day_in_force(data: Dataset, inst: Instrument, cid: str) -> date | None:
    """The first day the data shows ``inst`` in force for ``cid`` to the day; None where no row gives one."""
    whens = (in_force_when(data, inst, period, cid)[0] for p in inst.parties if p.party == cid for period in periods(p))
    return min((w.exact for w in whens if w is not None and w.exact), default=None)


def replacement(data: Dataset, inst: Instrument) -> Instrument | None:
    """The agreement that replaced ``inst`` (``replaced_by``), dated or not."""
    return data.instruments.get(inst.replaced_by) if inst.replaced_by else None


def replaced_when(new: Instrument, old: Instrument) -> When:
    """When ``new`` replaced ``old``: its entry into force, to the day (month, year); for one the data does not
    date, a window from its signature, and from after the day a source shows the old one still applying, to the
    day a source shows the new one in force (open where no source does)."""
    if new.entry_into_force is not None:
        return When.from_partial(new.entry_into_force)
    when = When(new.signed.start() if new.signed else None, new.in_force_by.date.end() if new.in_force_by else None)
    if old.in_force_by is not None:  # the old one still applied on a day of that date: not replaced before it
        when = when.not_before(old.in_force_by.date.start() + timedelta(days=1))
    return when


def _replaced_phrase(new: Instrument) -> str:
    if new.entry_into_force is not None:
        return f"replaced by the {new.name} ({new.id}), in force"
    signed = f"signed {new.signed}" if new.signed else "its signature not dated in the data"
    by = f"in force by {new.in_force_by.date}" if new.in_force_by else "its entry into force not in the data"
    return f"replaced by the {new.name} ({new.id}) ({signed}; {by})"


def replaced_between(data: Dataset, inst: Instrument, a: str, b: str, day: date,
                     seen: frozenset[str] = frozenset()) -> tuple[Truth, str]:
    """Whether the agreement no longer applies between ``a`` and ``b`` on ``day`` because the agreement that
    replaced it (or the one it supplements) binds both and is in force, and why: YES, NO, or UNKNOWN where the
    data cannot date the replacement's entry into force (or a side's consent to it) around ``day``."""
    new = replacement(data, inst)
    if new is None:
        base = _supplemented(data, inst, seen)
        if base is None:
            return Truth.NO, ""
        truth, why = replaced_between(data, base, a, b, day, seen | {inst.id})
        if truth is Truth.NO:
            return Truth.NO, ""
        return truth, f"it supplements the {base.name} ({base.id}), which no longer applies: {why}"
    if not {a, b} <= {q.party for q in new.parties}:
        return Truth.NO, ""
    if new.kind != "bilateral":
        # a convention replaces it between two of its parties from the day it binds both, not from its own entry
        # into force (ETS 24, in force 1960, bound the United Kingdom from 1991 only)
        states = [{standing_from(data, new, q, day).state for q in new.parties if q.party == c} for c in (a, b)]
        if all(BOUND in st for st in states):
            return Truth.YES, f"the agreement was replaced by the {new.name} ({new.id}), which binds both"
        if all(BOUND in st or UNCERTAIN in st for st in states):
            return Truth.UNKNOWN, (f"the {new.name} ({new.id}) replaces it between two parties it binds, and whether "
                                   f"it bound both on {day.isoformat()} is not known")
        return Truth.NO, ""
    when = replaced_when(new, inst)
    truth = when.by(day)
    if truth is Truth.YES:
        return truth, f"the agreement was {_replaced_phrase(new)} (effective {when.label()})"
    if truth is Truth.UNKNOWN:
        return truth, (f"it may have been {_replaced_phrase(new)}: whether that one was in force on "
                       f"{day.isoformat()} is not known")
    return truth, ""


def evaluate_period(data: Dataset, inst: Instrument, p: Participation, period: Period, day: date) -> Evaluation:
    consent = consent_when(data, inst, period, p.party)
    ends = period_end(data, period)
    withdrawn = ends.by(day) if ends is not None else Truth.NO
    eif, basis = in_force_when(data, inst, period, p.party)
    in_force = eif.by(day) if eif is not None else Truth.NO
    # in force for it proves it consented: a row dated by its entry into force alone is a party by then
    party = (consent.by(day) | in_force) & ~withdrawn
    bound = in_force & ~withdrawn
    end, why = agreement_end(data, inst)
    if end is not None:
        over = end.by(day)
        bound = bound & ~over
        party = party & ~over
        withdrawn = withdrawn if withdrawn is Truth.YES else (over if over is not Truth.NO else withdrawn)
    return Evaluation(p, consent, eif, withdrawn, party, bound, basis, end, why)


_TRUTH_RANK = {Truth.YES: 0, Truth.UNKNOWN: 1, Truth.NO: 2}


def evaluate(data: Dataset, inst: Instrument, p: Participation, day: date) -> Evaluation:
    """The participation on ``day``: its best period (bound before party before the rest)."""
    evs = [evaluate_period(data, inst, p, period, day) for period in periods(p)]
    if not evs:
        sig = signature_of(p)
        consent = When.from_partial(sig) if sig else undated_when(data, inst, p.party, p.sources, p.not_before)
        return Evaluation(p, consent, None, Truth.NO, Truth.NO, Truth.NO, "signature only")
    return min(evs, key=lambda ev: (_TRUTH_RANK[ev.bound], _TRUTH_RANK[ev.party], _TRUTH_RANK[~ev.withdrawn]))


_RANK = {BOUND: 0, PARTNER: 0, UNCERTAIN: 1, SUSPENDED: 2, PENDING: 2, SIGNED: 3, WITHDRAWN: 4, NOT_PARTY: 5}


def _describe(period: Period) -> str:
    when = str(period.date) if period.date else "date not found"
    return f"{period.act} {when}"


def _came_later(period: Period) -> str:
    """That a party's act came after the day asked, in words: its day where known, else what shows it later."""
    if period.date is not None:
        return f"{period.act} {period.date} came later"
    if period.not_before is not None:
        shown = f"not yet done on {period.not_before.date} ({', '.join(period.not_before.sources)})"
        if period.not_before.unconfirmed:
            return f"its {period.act} {shown}, and no source in the data shows it done since"
        return f"its {period.act} came later: {shown}; its day is not in the data"
    return f"its {period.act} came later, on a day not in the data"


def _declarations_on(p: Participation, day: date, member: str | None = None) -> tuple[Declaration, ...]:
    """The declarations in effect on ``day``: made by then (or undated) and not withdrawn. ``member``: those an
    organisation's row carries for that member state (by default, the row's own, made for no one member)."""
    out = []
    for d in p.declarations:
        if d.member != member:
            continue
        if d.date is not None and When.from_partial(d.date).by(day) is Truth.NO:
            continue
        if d.withdrawn is not None and When.from_partial(d.withdrawn).by(day) is Truth.YES:
            continue
        out.append(d)
    return tuple(out)


def _status_notes(p: Participation, day: date, member: bool = False) -> tuple[str, ...]:
    """Suspensions, supervision and periods of non-application in effect on ``day``, in words."""
    notes = []
    for e in p.events:
        if e.type not in STATUS_EVENTS:
            continue
        if e.date is not None and When.from_partial(e.date).by(day) is not Truth.YES:
            continue
        if e.effective is not None and When.from_partial(e.effective).by(day) is Truth.YES:
            continue  # lifted
        if e.type == "not-applied":
            # bound all along; the end is said where the data has it, as a fact about the period
            again = f"; applied again from {e.effective}" if e.effective is not None else ""
            notes.append(f"bound but not applied from {e.date or 'a date not found'}{again}"
                         + (f": {e.note}" if e.note else ""))
            continue
        what = ("rights suspended" if member else "suspended") if e.type == "suspension" \
            else "under supervisory measures"
        notes.append(f"{what} since {e.date or 'a date not found'}" + (f": {e.note}" if e.note else ""))
    return tuple(notes)


def _maybe_suspended(p: Participation, day: date) -> str | None:
    """A suspension dated only to a month or year that holds ``day``: whether it had begun is not known."""
    for e in p.events:
        if e.type != "suspension" or e.date is None or When.from_partial(e.date).by(day) is not Truth.UNKNOWN:
            continue
        if e.effective is not None and When.from_partial(e.effective).by(day) is not Truth.NO:
            continue  # lifted, or possibly lifted, by then
        return (f"suspended in {e.date} (the day is not given): whether it was suspended on {day.isoformat()} is "
                "not known" + (f": {e.note}" if e.note else ""))
    return None


def _events_to(p: Participation, day: date) -> tuple[Event, ...]:
    return tuple(e for e in p.events if e.date is None or When.from_partial(e.date).by(day) is not Truth.NO)


def standing_from(data: Dataset, inst: Instrument, p: Participation, day: date) -> Standing:
    """Where the party of ``p`` stands on ``day`` by this participation alone."""
    sig = signature_of(p)
    options = [_from_period(data, inst, p, period, sig, day) for period in periods(p)]
    if not options:
        return _signature_only(data, inst, p, sig, day)
    best = min(options, key=lambda s: _RANK.get(s.state, 9))
    if best.state == UNCERTAIN:
        best = _handover(data, inst, p, day, options) or best
    if best.state == NOT_PARTY and sig is not None and When.from_partial(sig).by(day) is Truth.YES:
        first = periods(p)[0]
        best = replace(best, state=SIGNED, reason=f"signed {sig}; {_came_later(first)}")
    return best


def _handover(data: Dataset, inst: Instrument, p: Participation, day: date,
              options: list[Standing]) -> Standing | None:
    """One agreement replaced by the next within a month or a year: bound under one or the other all along.

    Only the role on that day is unknown; the standing keeps the earlier period's,
    and says that the next may already apply.
    """
    ps = periods(p)
    for n in range(len(ps) - 1):
        if ps[n].end_type != "replaced":
            continue
        before = evaluate_period(data, inst, p, ps[n], day)
        after = evaluate_period(data, inst, p, ps[n + 1], day)
        if before.withdrawn is Truth.UNKNOWN and after.bound is not Truth.NO and before.consent.by(day) is Truth.YES \
                and (before.in_force is None or before.in_force.by(day) is Truth.YES):
            earlier, later = options[n], options[n + 1]
            state = BOUND if ps[n].role in MEMBER_ROLES and ps[n + 1].role in MEMBER_ROLES else PARTNER
            when = ps[n].end if ps[n].end is not None else _window_words(data, ps[n])
            roles = f"{ps[n].role or 'member'}, becoming {ps[n + 1].role or 'member'} during {when}"
            return replace(earlier, state=state, reason=f"{roles} (the day is not given)",
                           sources=merge_sources(earlier.sources, later.sources))
    return None


def _placed(end: When) -> str:
    """An end's date where it is a day, month or year; a window is a replacing agreement's, which its reason dates."""
    return f" ({end.label()})" if end.as_partial() is not None else ""


def _since(w: When | None) -> str:
    """'since 2014-09-29', or 'by 2017-09-30 (the day is not given)' where the sources bound it from above only."""
    if w is None:
        return "since ?"
    return f"{w.label()} (the day is not given)" if w.only_by else f"since {w.label()}"


def _window_words(data: Dataset, period: Period) -> str:
    """The days within which a period ends whose ending day no source gives, in words."""
    window = period_end(data, period)
    if window is None or window.lo is None:
        return "a period not found"
    return f"{window.lo.isoformat()} to {window.hi.isoformat()}" if window.hi else f"a day after {window.lo.isoformat()}"


def _signature_only(data: Dataset, inst: Instrument, p: Participation, sig: PartialDate | None,
                    day: date) -> Standing:
    common = dict(country=p.party, sources=p.sources, act=SIGNATURE, signature=sig, role=p.role,
                  declarations=_declarations_on(p, day), events=_events_to(p, day))
    if sig is None and p.not_before is not None and day < p.not_before.day_after():
        # an undated signature a source shows not yet made on a day (before signature opened)
        return Standing(state=NOT_PARTY, reason=f"signed after {p.not_before.date} (the day is not given)", **common)
    if sig is None or When.from_partial(sig).by(day) is not Truth.NO:
        # "signed, not ratified" is true only as of the source's date: a later
        # ratification would not be in a table that is known to be incomplete
        known = known_by(data, p.sources)
        if known is not None and day > known:
            if not inst.complete:
                return Standing(state=UNCERTAIN, reason=(
                    f"signed {sig or '(date not found)'}; not ratified as of {known.isoformat()} per the source, "
                    "and the table is incomplete: a later ratification would not show"), **common)
            return Standing(state=SIGNED, reason=f"signed {sig or '(date not found)'}, not ratified as of "
                            f"{known.isoformat()}", **common)
        return Standing(state=SIGNED, reason=f"signed {sig or '(date not found)'}, not ratified", **common)
    return Standing(state=NOT_PARTY, reason=f"signed later ({sig})", **common)


def _from_period(data: Dataset, inst: Instrument, p: Participation, period: Period, sig: PartialDate | None,
                 day: date) -> Standing:
    ev = evaluate_period(data, inst, p, period, day)
    # an organisation's suspended member stays a member (its rights are what is suspended); a partner's suspended
    # cooperation is what the partnership is, so the partner is suspended like a party to an agreement
    member = inst.kind == "organisation" and period.role in MEMBER_ROLES
    status = _status_notes(p, day, member)
    notes = list(status)
    if period.act == "succession" and period.effective is not None:
        notes.append(f"successor{f' to {period.successor_of}' if period.successor_of else ''}: bound from the "
                     f"date of succession {period.effective}; the depositary was notified "
                     f"{period.date or 'on a date not found'}")
    shown = inst.in_force_by.sources if inst.in_force_by is not None else ()
    doubt = inst.may_have_ended
    if doubt is not None and day >= doubt.date.start():
        shown = (*shown, *doubt.sources)  # the event that casts the doubt, which the reason names
    consent = period.date
    if inst.kind == "bilateral" and period.act == "agreement":
        # the row records the agreement's conclusion (its signing), not a consent to be bound: no source in
        # the data dates each side's ratification or notification, so none is shown
        sig, consent = sig or period.date, None
    common = dict(country=p.party, sources=merge_sources(period.sources, p.sources, shown), act=period.act, signature=sig,
                  consent=consent, in_force=ev.in_force, withdrawal=period.end or period.end_notified,
                  role=period.role, declarations=_declarations_on(p, day), notes=tuple(notes),
                  events=_events_to(p, day))
    if ev.withdrawn is Truth.YES:
        verb = {"expulsion": "expelled", "denunciation": "denounced", "termination": "terminated",
                "replaced": "replaced by a later act"}.get(period.end_type or "", "withdrew")
        end, why = ev.ended, ev.ended_why
        if end is not None and end.by(day) is Truth.YES:
            return Standing(state=WITHDRAWN, reason=f"the agreement was {why} (effective {end.label()})", **common)
        effective = period.end or period.end_notified
        if effective is None and period.end_after is not None:
            window = period_end(data, period)  # never None: the end is bounded by end_after
            return Standing(state=WITHDRAWN, reason=f"{verb} after {period.end_after.date}, "
                            f"{window.label()} (the day is not found)", **common)
        return Standing(state=WITHDRAWN, reason=f"{verb} (effective {effective})", **common)
    name = data.countries[p.party].name if p.party in data.countries else p.party
    if ev.bound is not Truth.NO and status and not member:
        # a party suspended the agreement, or cannot apply the instrument for a time: it binds in law but
        # is not applied
        return Standing(state=SUSPENDED, reason=f"{name}: {'; '.join(status)}", **common)
    maybe = None if member or ev.bound is not Truth.YES else _maybe_suspended(p, day)
    if maybe:
        return Standing(state=UNCERTAIN, reason=f"{name}: {maybe}", **common)
    if ev.bound is Truth.YES:
        state = BOUND if period.role in MEMBER_ROLES else PARTNER
        since = ev.in_force.label() if ev.in_force else "?"
        if state == PARTNER:
            reason = f"{period.role or 'partner'} {_since(ev.consent if period.effective is None else ev.in_force)}"
        elif inst.kind == "organisation":
            # a membership that takes effect by the convention's rule (PCC SEE) dates from its entry into force
            begun = ev.in_force if inst.eif_rule is not None and period.act == "membership" and ev.in_force \
                else ev.consent
            reason = f"{period.role or 'member'} {_since(begun)}"
        elif inst.kind == "bilateral" and inst.in_force_by is not None and ev.in_force is not None \
                and ev.in_force.only_by:
            reason = f"in force {since}, as a source shows; the day it entered into force is not found"
        elif inst.kind == "bilateral":
            reason = f"in force {_since(ev.in_force)}"
        else:
            reason = f"{_describe(period)}; in force {since}"
        return Standing(state=state, reason=reason, **common)
    if ev.bound is Truth.UNKNOWN:
        end, why = (ev.ended, ev.ended_why) if inst.kind == "bilateral" else (None, "")
        ending = end is not None and end.by(day) is Truth.UNKNOWN  # it may have ended by then, or not
        if ending and ev.in_force is not None and ev.in_force.by(day) is Truth.YES \
                and ev.withdrawn is Truth.UNKNOWN:
            # in force for the party, and ended on a day the sources do not place before or after the one asked
            return Standing(state=UNCERTAIN, reason=(
                f"in force {_since(ev.in_force)}; it may have ended since, {why}{_placed(end)}: whether it "  # type: ignore[arg-type]
                f"still applied on {day.isoformat()} is not known"), **common)
        if inst.kind == "bilateral" and inst.entry_into_force is not None and period.act != "succession":
            reason = (f"entered into force in {inst.entry_into_force}; the sources give no day, so whether it "
                      f"was in force on {day.isoformat()} is not known")
        elif inst.kind == "bilateral" and inst.in_force_by is not None and period.act != "succession":
            reason = (f"signed; in force by {inst.in_force_by.date}, as a source shows, but the day it entered "
                      f"into force is not found, so whether it was in force on {day.isoformat()} is not known")
        elif inst.kind == "bilateral":
            reason = ("continued by the successor from a date the sources do not give" if period.act == "succession"
                      else NO_ENTRY_INTO_FORCE)
        elif ev.withdrawn is Truth.UNKNOWN:
            reason = f"{_describe(period)}; {_end_phrase(period)}"
        elif ev.party is Truth.YES:
            reason = f"{_describe(period)}; entry into force date uncertain ({ev.in_force.label() if ev.in_force else '?'})"
        else:
            reason = f"{period.act}; the sources do not say whether it was before {day.isoformat()}"
        if ending:
            reason += f"; it may also have ended by {day.isoformat()}, {why}{_placed(end)}"  # type: ignore[arg-type]
        return Standing(state=UNCERTAIN, reason=reason, **common)
    # not bound on that day
    if ev.party is Truth.YES:
        if ev.in_force is None:
            return Standing(state=PENDING, reason=f"{_describe(period)}; the instrument is not in force", **common)
        return Standing(state=PENDING, reason=f"{_describe(period)}; in force only from {ev.in_force.label()}",
                        **common)
    if ev.party is Truth.UNKNOWN:
        if ev.in_force is not None and ev.in_force.lo is not None and day < ev.in_force.lo:
            # certainly not yet bound, whenever the act was done
            since = f"only from {ev.in_force.label()}" if ev.in_force.shape != "unknown" and not ev.in_force.only_by \
                else f"no earlier than {ev.in_force.lo.isoformat()}"
            act = "on which it became a party" if period.act == "party" else f"of its {period.act}"
            why = f"not yet bound: in force for it {since}; the date {act} is not in the data"
            if sig is not None and When.from_partial(sig).by(day) is Truth.YES:
                # signed, and the act may have been done since: not "came later", which no source says
                return Standing(state=SIGNED, reason=f"signed {sig}; {why}", **common)
            return Standing(state=NOT_PARTY, reason=why, **common)
        return Standing(state=UNCERTAIN, reason=f"{period.act}; date not found", **common)
    if sig is not None and When.from_partial(sig).by(day) is Truth.YES:
        return Standing(state=SIGNED, reason=f"signed {sig}; {_came_later(period)}", **common)
    return Standing(state=NOT_PARTY, reason=f"joined later ({_describe(period)})", **common)


def _end_phrase(period: Period) -> str:
    """How a period whose end cannot be placed on the date asked ended, in words."""
    what = "replaced by a later agreement" if period.end_type == "replaced" else period.end_type or "withdrawal"
    if period.end is not None:
        return f"{what} effective {period.end} (the day is not given)"
    if period.end_notified is None and period.end_after is not None:
        return f"{what} after {period.end_after.date}, its day not found"
    return f"{what} notified {period.end_notified}, effective date not found"


def merge_sources(*groups: tuple[str, ...]) -> tuple[str, ...]:
    """Source keys of several facts, each once, in order."""
    out: list[str] = []
    for group in groups:
        for key in group:
            if key not in out:
                out.append(key)
    return tuple(out)


def standing_of(data: Dataset, g: nx.MultiDiGraph, cid: str, inst: Instrument, day: date) -> Standing:
    """Where country ``cid`` stands towards ``inst`` on ``day``, and why."""
    best: Standing | None = None
    for p in G.participations(g, cid, inst.id):
        s = standing_from(data, inst, p, day)
        if best is None or _RANK.get(s.state, 9) < _RANK.get(best.state, 9):
            best = s
    if best is not None:
        return best
    country = data.countries[cid]
    if country.parent and country.parent in data.countries:
        derived = through_parent(data, g, country.id, inst, day)
        own = [n for n in G.non_parties(g, cid, inst.id) if n.date is None or n.date.start() <= day]
        if not own or derived.state in (BOUND, PENDING, UNCERTAIN, SUSPENDED):
            return derived  # a territory that cannot join in its own right may still be covered by its parent
        said = absent(data, g, cid, inst, day)
        return replace(said, reason=f"{said.reason}; {derived.reason}", sources=merge_sources(said.sources,
                                                                                                derived.sources))
    if inst.binds_members_of and not any(n.party == cid for n in G.non_parties(g, cid, inst.id)):
        derived = _through_membership(data, g, cid, inst, day)
        if derived is not None:
            return derived
    return absent(data, g, cid, inst, day)


def through_parent(data: Dataset, g: nx.MultiDiGraph, tid: str, inst: Instrument, day: date) -> Standing:
    """A territory under an instrument its parent state is bound by: through the parent's extension, or not.

    No extension recorded is "not covered as far as the data shows", never "not a
    party"; EU law follows the EU treaties' own territorial rules.
    """
    t = data.countries[tid]
    parent = data.countries[t.parent]  # type: ignore[index]
    if inst.kind == "bilateral":
        return Standing(country=tid, state=NOT_PARTY, reason="not a party to this agreement", sources=inst.sources)
    rows = [p for p in data.by_country.get(parent.id, ()) if p.instrument == inst.id]
    if inst.kind in ("eu-law", "eu-agreement") or inst.id == "eu":
        if t.eu_law == "does-not-apply":
            return Standing(country=tid, state=NOT_PARTY, sources=t.sources,
                            reason=f"EU law does not apply to {t.name} (the EU treaties' territorial rules)")
        if t.eu_law != "applies":
            return Standing(country=tid, state=NOT_IN_DATA, sources=t.sources,
                            reason=f"whether EU law applies to {t.name} is not in the data")
        if rows:
            ps = min((standing_from(data, inst, p, day) for p in rows), key=lambda x: _RANK.get(x.state, 9))
        else:
            ps = _through_membership(data, g, parent.id, inst, day) if inst.binds_members_of else None
        if ps is None:
            return Standing(country=tid, state=NOT_IN_DATA, sources=t.sources,
                            reason=f"{parent.name} has no row for it in the data")
        return replace(ps, country=tid, reason=f"as part of {parent.name}, where EU law applies: {ps.reason}",
                       sources=merge_sources(ps.sources, t.sources))
    if inst.kind == "organisation":
        return Standing(country=tid, state=NOT_IN_DATA, sources=t.sources,
                        reason=f"not a member in its own right in the data; {parent.name}'s membership covers it "
                               "only where a source says so, and none in the data does")
    if not rows:
        return Standing(country=tid, state=NOT_IN_DATA, sources=inst.sources[:1],
                        reason=f"not covered as far as the data shows: {parent.name} is not a party in the data")
    ps = min((standing_from(data, inst, p, day) for p in rows), key=lambda x: _RANK.get(x.state, 9))
    notices = sorted((d for p in rows for d in p.declarations
                      if d.territory == tid and d.type in ("territorial-extension", "territorial-exclusion")),
                     key=lambda d: d.date.start() if d.date else date.min)
    current = None
    for d in notices:
        if d.date is not None and When.from_partial(d.date).by(day) is Truth.NO:
            continue
        if d.withdrawn is not None and When.from_partial(d.withdrawn).by(day) is Truth.YES:
            continue
        current = d
    quote = f': "{current.text}"' if current is not None and current.text else ""
    if current is not None and current.type == "territorial-exclusion":
        return Standing(country=tid, state=NOT_PARTY, sources=current.sources,
                        reason=f"excluded by {parent.name}'s declaration{f' of {current.date}' if current.date else ''}{quote}")
    if current is None and t.treaties_apply != "unless-excluded":
        later = next((d for d in notices if d.type == "territorial-extension"), None)
        when = f"; {parent.name} extended it from {later.date}" if later is not None and later.date else ""
        return Standing(country=tid, state=NOT_IN_DATA, sources=merge_sources(*(p.sources for p in rows)),
                        reason=f"not covered as far as the data shows: no extension by {parent.name} "
                               f"in force on {day.isoformat()}{when}")
    how = (f"through {parent.name}'s extension{f' of {current.date}' if current and current.date else ''}{quote}"
           if current is not None else f"as part of {parent.name}'s territory (no exclusion recorded)")
    sources = merge_sources(current.sources if current is not None else (), ps.sources, t.sources)
    if ps.state not in (BOUND, PENDING, UNCERTAIN):
        return replace(ps, country=tid, reason=f"{how}; but {parent.name}: {ps.reason}", sources=sources,
                       declarations=())
    since = ps.in_force
    if current is not None and current.date is not None and since is not None:
        since = latest(since, When.from_partial(current.date))
    state = ps.state
    if state == BOUND and current is not None and current.date is not None \
            and When.from_partial(current.date).by(day) is not Truth.YES:
        state = UNCERTAIN
    # the parent's reservations and declarations qualify the territory too; its territorial notices are in the notes
    own_notices = tuple(d for d in ps.declarations if d.type not in ("territorial-extension", "territorial-exclusion"))
    return replace(ps, country=tid, state=state, in_force=since, reason=f"{how}; {parent.name}: {ps.reason}",
                   sources=sources, declarations=own_notices, notes=(*ps.notes, f"applies to {t.name} {how}"))


def _org_party(data: Dataset, inst: Instrument) -> Participation | None:
    """The organisation's own row on an agreement it concluded (the EU's)."""
    return next((p for p in inst.parties if data.countries.get(p.party) is not None
                 and data.countries[p.party].status == "organisation"), None)


def _through_membership(data: Dataset, g: nx.MultiDiGraph, cid: str, inst: Instrument, day: date) -> Standing | None:
    """A member state bound by an agreement its organisation concluded, while it is a member."""
    org = data.instruments.get(inst.binds_members_of or "")
    own = _org_party(data, inst)
    if org is None or own is None:
        return None
    rows = [p for p in member_rows(org, cid) if p.role in (None, "member")]
    if not rows:
        return None  # never a member: the ordinary answer (not a party) follows
    member = max((evaluate(data, org, p, day) for p in rows),
                 key=lambda ev: {Truth.YES: 2, Truth.UNKNOWN: 1, Truth.NO: 0}[ev.bound])
    concluded = evaluate(data, inst, own, day)
    who = data.countries[own.party].name
    sources = merge_sources(own.sources, *(p.sources for p in rows))
    since = latest(concluded.in_force, member.in_force) if concluded.in_force and member.in_force else None
    declared = _declarations_on(own, day, member=cid)  # what the organisation declared for this member state
    common = dict(country=cid, sources=sources, act="membership", in_force=since, through=who, declarations=declared,
                  notes=(f"bound as a member state of the {who}, which concluded it (art. 216(2) TFEU)",))
    bound = concluded.bound & member.bound
    if bound is Truth.YES:
        return Standing(state=BOUND, reason=f"bound as a member state of the {who} since "
                        f"{since.label() if since else '?'}", **common)
    if bound is Truth.UNKNOWN:
        return Standing(state=UNCERTAIN, reason=f"bound through the {who} only while a member state: "
                        "the data cannot tell whether both held on this date", **common)
    if member.withdrawn is Truth.YES:
        return Standing(state=WITHDRAWN, reason=f"no longer a member state of the {who}", **common)
    if member.bound is Truth.NO and concluded.bound is Truth.YES:
        return Standing(state=NOT_PARTY, reason=f"not yet a member state of the {who}", **common)
    return Standing(state=NOT_PARTY, reason=f"the agreement did not yet bind the {who}", **common)


def absent(data: Dataset, g: nx.MultiDiGraph, cid: str, inst: Instrument, day: date) -> Standing:
    """No participation recorded: say why, from the best evidence there is."""
    statements = sorted(
        (n for n in G.non_parties(g, cid, inst.id) if n.date is None or n.date.start() <= day),
        key=lambda n: n.date.start() if n.date else date.min,
    )
    if statements:
        cannot = any(n.status == "cannot-join" for n in statements)
        reason = "; ".join(f"{n.note or n.status} ({n.date})" if n.date else (n.note or n.status) for n in statements)
        keys: list[str] = []
        for n in statements:
            keys.extend(k for k in n.sources if k not in keys)
        # a source saying it was not a party on a day speaks for that day: after it, an incomplete table cannot
        # show that it did not join since
        past = not cannot and not inst.complete and all(n.date is not None and n.date.end() < day for n in statements)
        if past:
            return Standing(country=cid, state=NOT_IN_DATA, sources=tuple(keys), reason=(
                f"{reason}; the party table is incomplete, so whether it became a party since is not in the data"))
        return Standing(country=cid, state=CANNOT_JOIN if cannot else NOT_PARTY, reason=reason, sources=tuple(keys))
    if inst.kind == "bilateral":
        return Standing(country=cid, state=NOT_PARTY, reason="not a party to this agreement", sources=inst.sources)
    who, who_sources = eligibility(data, g, cid, inst, day)
    if inst.who_may_join == "eu-members" and who == NOT_EU_MEMBER:
        # EU law binds member states only: no table needs to be complete to say so
        return Standing(country=cid, state=NOT_PARTY, reason=f"{who}: EU law binds member states only",
                        sources=merge_sources(data.instruments["eu"].sources[:1] if "eu" in data.instruments else (),
                                       inst.sources[:1]))
    if inst.binds_members_of and who is None:
        return Standing(country=cid, state=NOT_PARTY, reason="neither a party nor a member state of the "
                        "organisation that concluded it", sources=inst.sources[:1])
    cov = inst.coverage
    if inst.complete and cov is not None:
        stated = f"{cov.stated} " if cov.stated is not None else ""
        as_of = f" as of {cov.as_of}" if cov.as_of else ""
        by = (cov.stated_by,) if cov.stated_by else inst.sources
        return Standing(country=cid, state=NOT_PARTY,
                        reason=f"not among the {stated}parties listed{as_of}" + (f"; {who}" if who else ""),
                        sources=merge_sources(by, who_sources))
    return Standing(country=cid, state=NOT_IN_DATA,
                    reason="not in the data: the party table is incomplete, so this proves nothing"
                    + (f"; {who}" if who else ""),
                    sources=merge_sources(inst.sources, who_sources))


def member_of(data: Dataset, g: nx.MultiDiGraph, cid: str, org: str, day: date) -> Truth:
    """Whether ``cid`` is a full member of organisation ``org`` on ``day``, from its rows alone: YES when a row
    binds it that day, UNKNOWN when a row might (its dates are not in the data) and none does, NO otherwise.

    Callers that grant something on membership take YES only; UNKNOWN lets one say why it cannot tell.
    """
    inst = data.instruments.get(org)
    if inst is None:
        return Truth.NO
    states = {standing_from(data, inst, p, day).state for p in G.participations(g, cid, org)}
    if BOUND in states:
        return Truth.YES
    return Truth.UNKNOWN if UNCERTAIN in states else Truth.NO


# Entities outside the UN whose eligibility the UN treaties' rules alone do not settle
_NON_UN = ("non-member-state", "partially-recognized", "territory")
ANY_STATE = "any-state"  # accession open to any State (Inter-American Convention on Mutual Assistance art. 34)


def eligibility(data: Dataset, g: nx.MultiDiGraph, cid: str, inst: Instrument, day: date) -> tuple[str | None, tuple[str, ...]]:
    """Who may join, as it applies to this country: a phrase and its sources.

    Sourced statements about a country (Kosovo and the UN treaties) come first
    and are handled by the caller; this reads the instrument's own rule.
    """
    country = data.countries[cid]
    rule = inst.who_may_join or ""
    if country.status == "former-state":
        return "a former state", ()
    if rule in ("un-all-states", "un-vienna-formula"):
        if country.status in ("un-member", "observer-state"):
            formula = "all States" if rule == "un-all-states" else "UN members and members of specialized agencies"
            return f"eligible: open to {formula}", inst.sources[:1]
        if country.status == "organisation":
            return "an organisation: may take part only where the treaty admits regional organisations", ()
        if country.status in _NON_UN:
            return ("outside the UN: whether the depositary would accept its instrument is not settled by the "
                    "data"), ()
        return None, ()
    if rule == ANY_STATE:
        if country.status in ("un-member", "observer-state"):
            return "eligible: open to accession by any State", inst.sources[:1]
        if country.status in ("organisation", "territory"):
            return "not a State: only States may accede", ()
        if country.status in _NON_UN:
            return ("open to any State: whether the depositary would accept its instrument as a State's is not "
                    "settled by the data"), ()
        return None, ()
    if inst.id in ("coe", "eu"):
        return None, ()  # the organisations themselves: their own tables say it all
    if rule.startswith("coe-members"):
        member = member_of(data, g, cid, "coe", day)
        if member is Truth.YES:
            return "eligible: a Council of Europe member", data.instruments["coe"].sources[:1]
        if member is Truth.UNKNOWN:
            return (f"whether it was a Council of Europe member on {day.isoformat()} is not in the data: if not, it "
                    "may join only by invitation"), ()
        return "not a Council of Europe member: may join only by invitation", ()
    if rule == "eu-members":
        member = member_of(data, g, cid, "eu", day)
        if member is Truth.YES:
            return "an EU member state that does not take part", data.instruments["eu"].sources[:1]
        if member is Truth.UNKNOWN:
            return f"whether it was an EU member state on {day.isoformat()} is not in the data", ()
        return NOT_EU_MEMBER, ()
    if rule == PARENT_PARTIES and inst.parent in data.instruments:
        base = data.instruments[inst.parent]
        if base.who_may_join == PARENT_PARTIES:
            return None, ()  # a rule that points to another such rule is not followed (nor can it loop)
        s = standing_of(data, g, cid, base, day)
        if s.state == BOUND:
            return f"eligible: a party to the {base.short}", s.sources
        if s.state in (UNCERTAIN, NOT_IN_DATA):
            return (f"whether it was a party to the {base.short} on {day.isoformat()} is not in the data: only its "
                    "parties may join"), ()
        return f"not a party to the {base.short} on {day.isoformat()}: only its parties may join", s.sources
    if rule == "interpol-general-assembly":
        return "not a member: membership needs a General Assembly vote", ()
    return None, ()


def active(br: Bridge, day: date) -> bool:
    """Whether a bridge may be in use on ``day``: begun (or possibly begun), not certainly ended."""
    if br.since and When.from_partial(br.since).by(day) is Truth.NO:
        return False
    return not (br.until and When.from_partial(br.until).by(day) is Truth.YES)


def usable(state: str) -> bool:
    return state in (BOUND, PARTNER)


def with_parent(data: Dataset, g: nx.MultiDiGraph, s: Standing, inst: Instrument, day: date) -> Standing:
    """A Protocol binds a state only together with its Convention."""
    if not inst.parent or s.state != BOUND:
        return s
    parent = data.instruments[inst.parent]
    ps = standing_of(data, g, s.country, parent, day)
    if ps.state == BOUND:
        return s
    return replace(s, state=UNCERTAIN,
                   reason=f"{s.reason}; but not bound by the parent {parent.short} in the data")


def bilateral_pair(inst: Instrument, a: str, b: str) -> bool:
    """Whether an agreement links ``a`` and ``b``: a successor continues its predecessor's side only.

    Two original parties are linked; a successor (a row with ``successor_of``) is
    linked to the original parties other than the one it succeeds, never to
    another successor nor to its own predecessor.
    """
    succeeds = {p.party: p.successor_of or next((e.successor_of for e in p.events if e.successor_of), None)
                for p in inst.parties}
    sa, sb = succeeds.get(a), succeeds.get(b)
    if a == b or (sa and sb):
        return False
    return sa != b and sb != a


def member_rows(org: Instrument, cid: str) -> list[Participation]:
    """``cid``'s rows in an organisation: read from the organisation's own rows, a few dozen, not from the
    country's, which grow with the data (one `link` at 100x had made millions of comparisons)."""
    return [p for p in org.parties if p.party == cid]


def member_side(data: Dataset, g: nx.MultiDiGraph, inst: Instrument, cid: str) -> bool | None:
    """On an agreement an organisation concluded for its members: is ``cid`` on the members' side?

    True for the organisation itself and the member states bound through it (a state with
    a row of its own only if it was a member when the agreement entered into force: the
    United Kingdom under the 2003 EU-US agreements); False for the other party (the United
    Kingdom under the Trade and Cooperation Agreement); None for a state on neither side.
    """
    if data.countries.get(cid) is not None and data.countries[cid].status == "organisation":
        return True
    if not any(p.party == cid for p in inst.parties):
        # bound through the organisation if it ever was a member of it; otherwise on neither side
        org = data.instruments.get(inst.binds_members_of or "")
        return True if org is not None and member_rows(org, cid) else None
    start = inst.entry_into_force or inst.signed
    if start is None or not inst.binds_members_of:
        return False
    return member_of(data, g, cid, inst.binds_members_of, start.start()) is Truth.YES


def concluded_pair(data: Dataset, g: nx.MultiDiGraph, inst: Instrument, a: str, b: str) -> bool:
    """Whether such an agreement can stand between ``a`` and ``b``: a member state and the other party."""
    return {member_side(data, g, inst, a), member_side(data, g, inst, b)} == {True, False}
