"""Frozen dataclasses for the data and for query results. No I/O.

Time is uncertain in the sources: a date may be known to the day, only to the
month or year, or not at all. :class:`PartialDate` keeps what the source gives,
and :class:`When` turns it into the interval in which the event certainly
happened, so that every "is it true on date D?" question has one of three
answers (:class:`Truth`): yes, no, or unknown.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import Enum

_PARTIAL = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


class Deferred:
    """A field's value not built yet: ``build()`` makes it, on the first read of the field.

    The compiled-data cache (:mod:`octreaty.plain`) leaves an instrument's party
    rows undecoded until a question reads them; :func:`_deferrable` fields
    accept one. Nothing else makes them, and no reader ever sees one.
    """

    __slots__ = ("build",)

    def __init__(self, build) -> None:
        self.build = build


class _DeferredSlot:
    """A slot's descriptor that builds a :class:`Deferred` value on its first read, then keeps the value."""

    __slots__ = ("slot",)

    def __init__(self, slot) -> None:
        self.slot = slot

    def __get__(self, obj, owner=None):
        if obj is None:
            return self.slot
        value = self.slot.__get__(obj, owner)
        if type(value) is Deferred:
            value = value.build()
            self.slot.__set__(obj, value)
        return value

    def __set__(self, obj, value) -> None:
        self.slot.__set__(obj, value)

    def __delete__(self, obj) -> None:
        self.slot.__delete__(obj)


def _deferrable(*names: str):
    """Let these slotted fields hold a :class:`Deferred` (fields, equality, hashing and repr are unchanged:
    they all read the field, which builds it)."""

    def wrap(cls):
        for name in names:
            setattr(cls, name, _DeferredSlot(cls.__dict__[name]))
        return cls

    return wrap


@dataclass(frozen=True, order=True, slots=True)
class PartialDate:
    """A date known to the year, the month or the day."""

    year: int
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Parse ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; raise ValueError otherwise."""
        m = _PARTIAL.match(text.strip())
        if not m:
            raise ValueError(f"{text!r} is not a date (YYYY-MM-DD, YYYY-MM or YYYY)")
        year, month, day = (int(g) if g else None for g in m.groups())
        if year < 1:  # type: ignore[operator]
            raise ValueError(f"{text!r} has no year {year}: dates run from year 1")
        if month is not None and not 1 <= month <= 12:
            raise ValueError(f"{text!r} has no month {month}")
        if day is not None:
            date(year, month, day)  # raises ValueError for 2024-02-30
        return cls(year, month, day)

    @classmethod
    def of(cls, d: date) -> PartialDate:
        return cls(d.year, d.month, d.day)

    @property
    def exact(self) -> bool:
        return self.day is not None

    def start(self) -> date:
        """The first day the date may denote."""
        return date(self.year, self.month or 1, self.day or 1)

    def end(self) -> date:
        """The last day the date may denote."""
        if self.day is not None:
            return date(self.year, self.month, self.day)  # type: ignore[arg-type]
        month = self.month or 12
        return date(self.year, month, calendar.monthrange(self.year, month)[1])

    def __str__(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"


class Truth(Enum):
    """Three-valued answers: the data may not say."""

    YES = "yes"
    NO = "no"
    UNKNOWN = "unknown"

    def __and__(self, other: Truth) -> Truth:
        if self is Truth.NO or other is Truth.NO:
            return Truth.NO
        if self is Truth.YES and other is Truth.YES:
            return Truth.YES
        return Truth.UNKNOWN

    def __or__(self, other: Truth) -> Truth:
        if self is Truth.YES or other is Truth.YES:
            return Truth.YES
        if self is Truth.NO and other is Truth.NO:
            return Truth.NO
        return Truth.UNKNOWN

    def __invert__(self) -> Truth:
        return {Truth.YES: Truth.NO, Truth.NO: Truth.YES}.get(self, Truth.UNKNOWN)


@dataclass(frozen=True, slots=True)
class When:
    """The interval in which an event happened: not before ``lo``, not after ``hi``.

    ``lo`` None: no lower bound is known. ``hi`` None: the event is not known
    to have happened at all (it may never have).
    """

    lo: date | None
    hi: date | None

    @classmethod
    def exactly(cls, d: date) -> When:
        return cls(d, d)

    @classmethod
    def from_partial(cls, p: PartialDate) -> When:
        return cls(p.start(), p.end())

    def by(self, day: date) -> Truth:
        """Had the event happened on ``day``?"""
        if self.hi is not None and day >= self.hi:
            return Truth.YES
        if self.lo is not None and day < self.lo:
            return Truth.NO
        return Truth.UNKNOWN

    def shift(self, days: int) -> When:
        def move(d: date | None) -> date | None:
            if d is None:
                return None
            try:
                return d + timedelta(days=days)
            except OverflowError:  # past year 9999 or before year 1: the end of the calendar
                return date.max if days > 0 else date.min

        return When(move(self.lo), move(self.hi))

    def not_before(self, floor: date) -> When:
        """The same interval, moved so that nothing in it precedes ``floor``."""
        lo = max(self.lo, floor) if self.lo else floor
        hi = max(self.hi, floor) if self.hi else None
        return When(lo, hi)

    @property
    def exact(self) -> date | None:
        return self.lo if self.lo is not None and self.lo == self.hi else None

    @property
    def shape(self) -> str:
        """What the sources fix: an ``exact`` day, a calendar ``month`` or ``year``, a ``window`` (known only to
        lie between two days or by its latest day), or ``unknown`` (not known to have happened at all)."""
        if self.exact:
            return "exact"
        lo, hi = self.lo, self.hi
        if lo is not None and hi is not None and lo.day == 1 and (hi + timedelta(days=1)).day == 1:
            if lo.year == hi.year and lo.month == 1 and hi.month == 12:
                return "year"
            if lo.year == hi.year and lo.month == hi.month:
                return "month"
        return "unknown" if hi is None else "window"

    def as_partial(self) -> PartialDate | None:
        """The day, month or year it is, as a partial date; None for a window or an unknown date."""
        shape, lo = self.shape, self.lo
        if shape == "exact":
            return PartialDate(lo.year, lo.month, lo.day)  # type: ignore[union-attr]
        if shape == "month":
            return PartialDate(lo.year, lo.month)  # type: ignore[union-attr]
        if shape == "year":
            return PartialDate(lo.year)  # type: ignore[union-attr]
        return None

    @property
    def only_by(self) -> bool:
        """A window the sources bound only by its latest day ("by 2020-07-02"), not a rule's pair of days."""
        return self.shape == "window" and not (self.lo is not None and self.hi == self.lo + timedelta(days=1))

    def label(self) -> str:
        """How a person reads it: a date, a month, a year, a range, or 'date unknown'."""
        shape, lo, hi = self.shape, self.lo, self.hi
        if shape == "exact":
            return self.exact.isoformat()  # type: ignore[union-attr]
        if shape == "year":
            return f"{lo.year:04d}"  # type: ignore[union-attr]
        if shape == "month":
            return f"{lo.year:04d}-{lo.month:02d}"  # type: ignore[union-attr]
        if shape == "unknown":
            return "date unknown"
        if self.only_by:  # the sources bound the date only from above: say so, not a range
            return f"by {hi.isoformat()}"  # type: ignore[union-attr]
        return f"{lo.isoformat()} or {hi.isoformat()}"  # type: ignore[union-attr]  # a rule's count and the depositary's day


def latest(*whens: When) -> When:
    """When all the events have happened: the later bound on each side."""
    los = [w.lo for w in whens]
    his = [w.hi for w in whens]
    lo = None if any(v is None for v in los) else max(los)  # type: ignore[type-var]
    hi = None if any(v is None for v in his) else max(his)  # type: ignore[type-var]
    # a lower bound known for some of them still bounds the whole
    known_los = [v for v in los if v is not None]
    if lo is None and known_los:
        lo = max(known_los)
    return When(lo, hi)


# --- the data ---------------------------------------------------------------

# Acts by which a state becomes bound (or a member). "party" is used where a
# source says "party" and gives no act.
CONSENT_ACTS = frozenset(
    {
        "ratification",
        "accession",
        "acceptance",
        "approval",
        "succession",
        "formal-confirmation",
        "definitive-signature",
        "membership",
        "agreement",
        "transposition",
        "party",
    }
)
SIGNATURE = "signature"
ACTS = CONSENT_ACTS | {SIGNATURE}
# Events that end a period of consent; ``effective`` is the first day the party is no longer bound.
ENDING_EVENTS = frozenset({"denunciation", "withdrawal", "expulsion", "termination"})
# Events that qualify a participation without ending it: a member's rights suspended, its bureau under
# supervision (organisations); an agreement suspended by a party; an instrument a party stays bound by but
# cannot apply for a time (``not-applied``: its implementing act declared void, say). ``effective`` is the
# first day it is lifted.
STATUS_EVENTS = frozenset({"suspension", "supervision", "not-applied"})
EVENT_TYPES = ACTS | ENDING_EVENTS | STATUS_EVENTS

KINDS = ("convention", "protocol", "organisation", "bilateral", "eu-law", "eu-agreement")
# who_may_join: open only to the parties of its parent convention (CETS 224 art. 16(1): "open for signature by the
# Parties to the Convention")
PARENT_PARTIES = "parent-parties"
EU_KINDS = ("eu-law", "eu-agreement")  # EU law, and agreements the EU concluded for its member states
PURPOSES = ("extradition", "mla", "police", "joint_investigations", "other")
NON_PARTY_STATUSES = (
    "cannot-join",
    "not-member",
    "not-party",
    "applied",
    "rejected",
    "withdrawn-application",
    "opted-out",
    "relations-suspended",
)
CONDITION_KEYS = ("other_in", "other_not_in", "other_member_of", "no_treaty_with_other", "reciprocity")
DECLARATION_TYPES = (
    "legal-basis-extradition",  # takes the Convention as the legal basis for extradition (UNTOC art. 16(5))
    "no-legal-basis-extradition",  # does not
    "no-extradition-of-nationals",
    "territorial-exclusion",  # the instrument does not apply to a territory
    "territorial-extension",  # it applies to a territory from a date
    "non-application",  # it does not apply between the declarant and the states conditions.other_in names
    "reservation",
    "other",
)
FULL_ROLES = frozenset({None, "member", "party"})  # what depositaries and organisations count
# bound: a partial participant (Ireland and Cyprus in the Schengen Convention) by the parts it takes part in,
# which its row's declarations quote, but not counted among the parties
MEMBER_ROLES = FULL_ROLES | {"partial-participant"}


@dataclass(frozen=True, slots=True)
class Source:
    key: str
    title: str
    url: str | None
    as_of: PartialDate | None
    note: str | None = None
    file: str | None = None


@dataclass(frozen=True, slots=True)
class Country:
    id: str
    name: str
    iso2: str | None
    status: str
    sources: tuple[str, ...]
    un_member_since: PartialDate | None = None
    official_name: str | None = None
    aliases: tuple[str, ...] = ()
    local_names: tuple[str, ...] = ()
    former_names: tuple[str, ...] = ()
    predecessor: str | None = None
    m49: str | None = None  # UN M49 country code
    region: str | None = None  # UN M49 sub-region, e.g. "Southern Europe"
    note: str | None = None
    exists_from: PartialDate | None = None  # independence, creation
    exists_until: PartialDate | None = None  # the first day it no longer exists
    parent: str | None = None  # territories: the state responsible for its international relations
    territory_kind: str | None = None  # overseas country, crown dependency, special administrative region...
    treaties_apply: str | None = None  # territories: "by-extension" (the default) or "unless-excluded"
    eu_law: str | None = None  # territories: "applies" or "does-not-apply" (the EU treaties' own rules)

    def exists(self, day: date) -> Truth:
        """Whether the entity existed on ``day`` (unknown inside a partial date)."""
        began = When.from_partial(self.exists_from).by(day) if self.exists_from else Truth.YES
        ended = When.from_partial(self.exists_until).by(day) if self.exists_until else Truth.NO
        return began & ~ended


@dataclass(frozen=True, slots=True)
class NonRecognition:
    """A sourced statement that one state does not recognise another."""

    country: str  # the entity not recognised
    by: str  # the state that does not recognise it
    sources: tuple[str, ...]
    since: PartialDate | None = None
    until: PartialDate | None = None  # the first day it recognises it
    note: str | None = None

    def holds(self, day: date) -> Truth:
        began = When.from_partial(self.since).by(day) if self.since else Truth.YES
        ended = When.from_partial(self.until).by(day) if self.until else Truth.NO
        return began & ~ended


@dataclass(frozen=True, slots=True)
class TerritorialApplication:
    """A parent state's extension of an instrument to a territory, or its exclusion, as a dated event."""

    instrument: str
    party: str  # the parent state whose participation it qualifies
    territory: str
    type: str  # territorial-extension | territorial-exclusion
    sources: tuple[str, ...]
    date: PartialDate | None = None  # from when it applies
    withdrawn: PartialDate | None = None
    text: str | None = None
    note: str | None = None


@dataclass(frozen=True, slots=True)
class BilateralCoverage:
    """What was searched for a country's bilateral agreements."""

    country: str
    searched: tuple[str, ...]  # source keys
    purposes: tuple[str, ...] = ()
    as_of: PartialDate | None = None
    note: str | None = None


@dataclass(frozen=True, slots=True)
class Group:
    """A named set of countries usable in queries (western-balkans, g7...)."""

    id: str
    name: str
    members: tuple[str, ...]
    sources: tuple[str, ...]
    aliases: tuple[str, ...] = ()
    note: str | None = None


@dataclass(frozen=True, slots=True)
class Conditions:
    """When a declaration applies to a pair: towards whom, and unless what."""

    other_in: tuple[str, ...] = ()  # only towards these states
    other_not_in: tuple[str, ...] = ()  # not towards these states
    no_treaty_with_other: str | None = None  # only where no bilateral treaty for this purpose binds the pair
    reciprocity: bool = False  # applied on reciprocity
    other_member_of: str | None = None  # only towards members of this organisation (its id: eu) on the day asked

    def __bool__(self) -> bool:
        return bool(self.other_in or self.other_not_in or self.no_treaty_with_other or self.reciprocity
                    or self.other_member_of)


@dataclass(frozen=True, slots=True)
class Declaration:
    """A declaration, reservation or territorial notice that qualifies a party's act.

    It applies from ``date`` (undated: as long as the act it qualifies) until
    ``withdrawn`` (the first day it no longer applies), and only to a pair for
    which its ``conditions`` hold. ``member``: on the row of an organisation that
    concluded an agreement for its member states (the EU's), the one member
    state the declaration was made for: it qualifies that state's participation
    through the organisation, never the organisation's own or another member's.
    """

    type: str
    text: str
    sources: tuple[str, ...]
    date: PartialDate | None = None
    territory: str | None = None
    article: str | None = None
    withdrawn: PartialDate | None = None
    conditions: Conditions | None = None
    member: str | None = None


@dataclass(frozen=True, slots=True)
class Event:
    """One dated act in a party's life under an instrument.

    ``date`` is the act itself (deposit, notification); ``effective`` the day it
    takes effect: entry into force for a consent, the date of succession for a
    succession, the first day no longer bound for a denunciation or withdrawal,
    the day a suspension was lifted.
    """

    type: str
    sources: tuple[str, ...]
    date: PartialDate | None = None
    effective: PartialDate | None = None
    role: str | None = None
    successor_of: str | None = None
    note: str | None = None
    not_before: Bound | None = None  # a consent or ending of unknown day: not yet in effect then (sources date it by)

    @property
    def is_consent(self) -> bool:
        return self.type in CONSENT_ACTS

    @property
    def is_ending(self) -> bool:
        return self.type in ENDING_EVENTS


@dataclass(frozen=True, slots=True)
class Bound:
    """A source's dated fact about an act whose own day is not known: not yet done on that day (``not_before``:
    the act is later), or in force on it (``in_force_by``: the entry into force is that day or earlier)."""

    date: PartialDate
    sources: tuple[str, ...]
    note: str | None = None
    unconfirmed: bool = False  # not_before: no source shows the act done since, so it stays uncertain after it

    def day_after(self) -> date:
        """The first day the act may have been done: the day after the one a ``not_before`` shows it not yet done."""
        return self.date.end() + timedelta(days=1)


@dataclass(frozen=True, slots=True)
class Conflict:
    """Another official source's value for a field of a row: kept beside the depositary's, never used."""

    field: str  # date, signature, entry_into_force, withdrawal, effective
    value: str
    sources: tuple[str, ...]
    note: str | None = None
    # the sources that give the row's own value for the field, where the data says which: a row's sources are
    # the row's, not the field's (one may date its signature, another its act)
    backed_by: tuple[str, ...] = ()

    def backing(self, row_sources: tuple[str, ...]) -> tuple[str, ...]:
        """The sources that stand behind the row's own value: those the conflict names (``backed_by``), else the
        row's sources but the conflicting ones (a row often cites the conflicting source too, for the act
        itself, and naming it on both sides of the disagreement would hide which source says what)."""
        if self.backed_by:
            return self.backed_by
        return tuple(k for k in row_sources if k not in self.sources) or row_sources


def ordinal(n: int) -> str:
    """1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 91st."""
    suffix = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


@dataclass(frozen=True, slots=True)
class EifRule:
    """How a later party's entry into force follows from its deposit.

    The rule never dates a party before the instrument's own entry into force. ``after_entry_into_force``: the
    rule is for deposits made after that day only, and an earlier deposit takes effect with the instrument (the
    Arms Trade Treaty, art. 22(2): "subsequent to the entry into force of this Treaty"); without it, the rule is
    for every deposit after the one that brought the instrument into force (UNTOC art. 38(2): "after the deposit
    of the fortieth instrument"), so a deposit in between takes effect by the rule or with the instrument,
    whichever is later.
    """

    days_after_deposit: int | None = None
    months_then_first_of_month: int | None = None
    article: str | None = None
    after_entry_into_force: bool = False
    # where the depositary's published days fall later than the article's count (PCC SEE art. 40(2): "on the
    # ninetieth day after deposit", published as the 91st): the latest day; in between, the data cannot tell
    days_after_deposit_latest: int | None = None

    def apply(self, deposit: date, *, latest: bool = False) -> date:
        """The entry into force for a deposit on ``deposit`` (with ``latest``, the latest day it may be); past year
        9999, the last day there is."""
        try:
            if self.days_after_deposit is not None:
                days = self.days_after_deposit_latest if latest and self.days_after_deposit_latest else \
                    self.days_after_deposit
                return deposit + timedelta(days=days)
            assert self.months_then_first_of_month is not None
            month0 = deposit.month - 1 + self.months_then_first_of_month + 1
            return date(deposit.year + month0 // 12, month0 % 12 + 1, 1)
        except (OverflowError, ValueError):
            return date.max

    def describe(self) -> str:
        if self.days_after_deposit is not None:
            text = f"{ordinal(self.days_after_deposit)} day after deposit"
            if self.days_after_deposit_latest:
                text += f" (published by the depositary as the {ordinal(self.days_after_deposit_latest)})"
        else:
            text = (
                "first day of the month after "
                f"{self.months_then_first_of_month} months from deposit"
            )
        if self.after_entry_into_force:
            text += " made after its entry into force (a deposit before it: its entry into force)"
        return f"{text} ({self.article})" if self.article else text


@dataclass(frozen=True, slots=True)
class Coverage:
    stated: int | None
    stated_by: str | None
    as_of: PartialDate | None
    complete: bool
    note: str | None = None
    # parties the stated count still lists although the data ends their participation before its date (a national
    # table that kept a State that left): held against the count beside the parties, never answered as parties
    still_lists: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Participation:
    """One party's life under one instrument: a timeline of dated events.

    A one-act row of the data gives its fields (act, date, signature,
    entry_into_force, withdrawal) and no ``events``; a row with ``events`` has
    its fields summarised from them (the latest consent, the first signature,
    the latest end). :func:`octreaty.standing.periods` reads the timeline.
    """

    instrument: str
    party: str
    act: str
    sources: tuple[str, ...]
    date: PartialDate | None = None
    signature: PartialDate | None = None
    entry_into_force: PartialDate | None = None
    withdrawal: PartialDate | None = None
    role: str | None = None
    note: str | None = None
    successor_of: str | None = None  # succession: the predecessor whose act it succeeds to
    declarations: tuple[Declaration, ...] = ()
    effective: PartialDate | None = None  # succession: the date of succession (``date`` is the notification)
    events: tuple[Event, ...] = ()  # the timeline, where the row has more than one act
    conflicts: tuple[Conflict, ...] = ()  # other sources' values, kept beside the row's
    not_before: Bound | None = None  # undated act: a source shows it had not been done on this date

    @property
    def is_consent(self) -> bool:
        return self.act in CONSENT_ACTS

    @property
    def is_member(self) -> bool:
        """True for a party or member bound by its act (a partial participant too), False for partners and
        observers."""
        return self.is_consent and self.role in MEMBER_ROLES

    @property
    def is_full_member(self) -> bool:
        """True for a party or member the depositary counts: not a partial participant, partner or observer."""
        return self.is_consent and self.role in FULL_ROLES


@dataclass(frozen=True, slots=True)
class NonParty:
    """A sourced statement that a country is not a party, and why."""

    instrument: str
    party: str
    status: str
    sources: tuple[str, ...]
    date: PartialDate | None = None
    note: str | None = None


@dataclass(frozen=True, slots=True)
class Bridge:
    """An indirect channel to an instrument or organisation: never a membership."""

    id: str
    country: str
    instrument: str
    via: str
    title: str
    sources: tuple[str, ...]
    since: PartialDate | None = None
    until: PartialDate | None = None
    note: str | None = None


@_deferrable("parties", "non_parties")
@dataclass(frozen=True, slots=True)
class Instrument:
    id: str
    short: str
    name: str
    kind: str
    sources: tuple[str, ...]
    aliases: tuple[str, ...] = ()
    parent: str | None = None
    amended_by: str | None = None  # the same treaty as amended (1961 -> 1961 as amended by the 1972 Protocol)
    replaces: tuple[str, ...] = ()  # between two parties bound by it, these instruments are displaced
    replaces_article: str | None = None  # the provision that says so (FD 2002/584/JHA art. 31)
    # instruments whose provisions for these purposes only it displaces (the EAW: the Schengen Convention's
    # extradition chapter, not its police cooperation)
    replaces_for: tuple[tuple[str, tuple[str, ...]], ...] = ()
    supersedes_bilateral: str | None = None  # article by which it supersedes bilateral treaties (ETS 24 art. 28)
    mla_treaty: bool = False  # a treaty of mutual legal assistance, in the sense of UNTOC art. 18(7) (ETS 30)
    # (article, provisions): where the two are bound by a treaty of mutual legal assistance, its corresponding
    # provisions apply in place of these unless they agree otherwise (UNTOC: ("art. 18(7)", "art. 18(9)-(29)"))
    yields_to_mla_treaty: tuple[str, str] | None = None
    depositary: str | None = None
    status_page: str | None = None  # where the depositary publishes the current table of parties
    adopted: PartialDate | None = None
    signed: PartialDate | None = None
    entry_into_force: PartialDate | None = None
    eif_rule: EifRule | None = None
    who_may_join: str | None = None
    who_may_join_note: str | None = None
    purposes: tuple[tuple[str, str], ...] = ()
    scope: str | None = None
    coverage: Coverage | None = None
    note: str | None = None
    parties: tuple[Participation, ...] = ()
    non_parties: tuple[NonParty, ...] = ()
    binds_members_of: str | None = None  # eu-agreement: the organisation whose member states it binds
    terminated: PartialDate | None = None  # bilateral: the first day it no longer applies
    in_force_by: Bound | None = None  # entry into force not found: a source shows it in force then
    # an event after which no source says whether it still applies (relations broken off, a denunciation whose
    # effective day is not found): from its day the agreement may have ended
    may_have_ended: Bound | None = None
    replaced_by: str | None = None  # the instrument that replaced it
    supplements: str | None = None  # the convention or agreement it supplements
    implements: str | None = None  # the EU agreement it implements

    @property
    def multilateral(self) -> bool:
        return self.kind != "bilateral"

    @property
    def closed(self) -> bool:
        """Whether it comes first between the states it binds (DESIGN.md section 1, step 1): EU law, an
        agreement the EU concluded, or a convention whose own terms displace others between its parties
        (the Nordic Arrest Warrant, which FD 2002/584/JHA art. 31(2) lets Nordic member states apply)."""
        return self.kind in EU_KINDS or (self.kind in ("convention", "protocol") and bool(self.replaces))

    @property
    def complete(self) -> bool:
        """Whether absence from ``parties`` means "not a party"."""
        return bool(self.coverage and self.coverage.complete)

    def purpose_map(self) -> dict[str, str]:
        return dict(self.purposes)

    @property
    def bound_sources(self) -> tuple[str, ...]:
        """The sources of its undated bounds: the day one shows it in force by, the event after which it may have
        ended."""
        return tuple(k for b in (self.in_force_by, self.may_have_ended) if b is not None for k in b.sources)

    def may_have_ended_text(self) -> str | None:
        """The event after which it may have ended, for a table cell; None if the data gives none."""
        b = self.may_have_ended
        if b is None:
            return None
        return f"from {b.date} on, no source says whether it still applies ({', '.join(b.sources)})" + (
            f": {b.note}" if b.note else "")

    def in_force_text(self) -> str | None:
        """Its entry into force for a table cell: the date, or the day a source shows it in force by; None if
        neither is known."""
        if self.entry_into_force is not None:
            return str(self.entry_into_force)
        if self.in_force_by is not None:
            return f"not found; in force by {self.in_force_by.date}"
        return None


@dataclass(frozen=True)
class Dataset:
    """Everything loaded from the data directories, validated, with indexes by country."""

    countries: dict[str, Country]
    instruments: dict[str, Instrument]
    sources: dict[str, Source]
    bridges: tuple[Bridge, ...]
    files: tuple[str, ...]
    groups: dict[str, Group] = field(default_factory=dict)
    # country id -> its participations / sourced non-participations / bridges
    by_country: dict[str, tuple[Participation, ...]] = field(default_factory=dict)
    non_parties_by_country: dict[str, tuple[NonParty, ...]] = field(default_factory=dict)
    bridges_by_country: dict[str, tuple[Bridge, ...]] = field(default_factory=dict)
    non_recognition: tuple[NonRecognition, ...] = ()
    bilateral_coverage: dict[str, tuple[BilateralCoverage, ...]] = field(default_factory=dict)

    @classmethod
    def indexed(cls, countries: dict[str, Country], instruments: dict[str, Instrument], sources: dict[str, Source],
                bridges: tuple[Bridge, ...], files: tuple[str, ...], groups: dict[str, Group],
                non_recognition: tuple[NonRecognition, ...] = (),
                bilateral_coverage: tuple[BilateralCoverage, ...] = ()) -> Dataset:
        """A dataset with its indexes built."""
        by_country: dict[str, list[Participation]] = {}
        non_parties: dict[str, list[NonParty]] = {}
        by_bridge: dict[str, list[Bridge]] = {}
        for inst in instruments.values():
            for p in inst.parties:
                by_country.setdefault(p.party, []).append(p)
            for n in inst.non_parties:
                non_parties.setdefault(n.party, []).append(n)
        for b in bridges:
            by_bridge.setdefault(b.country, []).append(b)
        dated = [s.as_of for s in sources.values() if s.as_of]
        # a source dated to a month or a year speaks for some day of it, perhaps its first: the data is known
        # current to the latest first day (the more precise date where two share it)
        current = max(dated, key=lambda p: (p.start(), -p.end().toordinal())) if dated else None
        coverage: dict[str, list[BilateralCoverage]] = {}
        for bc in bilateral_coverage:
            coverage.setdefault(bc.country, []).append(bc)
        return cls(countries, instruments, sources, bridges, files, groups,
                   {k: tuple(v) for k, v in by_country.items()},
                   {k: tuple(v) for k, v in non_parties.items()},
                   {k: tuple(v) for k, v in by_bridge.items()}, tuple(non_recognition),
                   {k: tuple(v) for k, v in coverage.items()}, current)

    # the as-of date of the source that surely speaks for the latest day (by its period's first day): of "2026"
    # and "2026-08-20", 2026-08-20
    current: PartialDate | None = None

    def not_recognised(self, a: str, b: str, day: date) -> list[NonRecognition]:
        """Sourced statements that one of ``a``, ``b`` does not recognise the other on ``day`` (yes or unknown)."""
        return [n for n in self.non_recognition
                if {n.country, n.by} == {a, b} and n.holds(day) is not Truth.NO]

    def opens_to_all(self, inst: Instrument) -> bool:
        """Whether the UN's clauses say who may join it (a Protocol's reach is its Convention's): a global
        convention; the others (the Council of Europe's, the EU's, those of named States) are regional."""
        clause = self.instruments[inst.parent] if inst.parent in self.instruments else inst
        return (clause.who_may_join or "").startswith("un-")

    @property
    def as_of(self) -> PartialDate | None:
        """How current the data is: the as-of date of the source that speaks for the latest day it surely speaks
        for. A source dated only "2026" does not make data whose newest dated day is 2026-08-20 current to the end
        of 2026, nor vaguer ("2026")."""
        return self.current


# --- query results ------------------------------------------------------------

# A side's standing towards an instrument on the query date.
BOUND = "bound"  # in force for it
PENDING = "consent-pending"  # consent deposited, not yet in force
SIGNED = "signed-only"
NOT_PARTY = "not-party"
CANNOT_JOIN = "cannot-join"
WITHDRAWN = "withdrawn"
UNCERTAIN = "uncertain"  # the data cannot say for that date
NOT_IN_DATA = "not-in-data"  # table incomplete: absence proves nothing
PARTNER = "partner"  # organisation: agreement or arrangement, not a member
SUSPENDED = "suspended"  # binds in law, not applied: an agreement a party suspended, an act it cannot apply
# a bilateral agreement links a pair (link's summary, matrix's count) while its parties stand so:
# in force, possibly in force, or suspended; not signed-only, not yet in force, not ended
LINKING = frozenset({BOUND, UNCERTAIN, SUSPENDED})
# why a bilateral agreement no source dates the entry into force of is "uncertain"; its table's "In force"
# cell already says so
NO_ENTRY_INTO_FORCE = "signed; entry into force not found in the sources"


@dataclass(frozen=True)
class Standing:
    """Where one country stands towards one instrument on one date."""

    country: str
    state: str
    reason: str
    sources: tuple[str, ...] = ()
    act: str | None = None
    signature: PartialDate | None = None
    consent: PartialDate | None = None
    in_force: When | None = None
    withdrawal: PartialDate | None = None
    role: str | None = None
    declarations: tuple[Declaration, ...] = ()
    notes: tuple[str, ...] = ()  # what qualifies the standing: a suspension, supervision, succession
    events: tuple[Event, ...] = ()  # the party's timeline up to the date asked
    through: str | None = None  # bound as a member of this organisation (its name), which concluded the agreement


@dataclass(frozen=True)
class Basis:
    """An instrument or organisation seen from a pair of countries."""

    instrument: Instrument
    section: str  # shared | displaced | one-sided | bilateral | channel
    a: Standing
    b: Standing
    since: When | None
    usable_for: tuple[tuple[str, str], ...]
    sources: tuple[str, ...]
    note: str | None = None
    notes: tuple[str, ...] = ()  # declarations and precedence rules that qualify it
    declared: bool = False  # displaced by a declaration of one side, not by a regime that comes first

    def pair_state(self) -> tuple[str, str | None]:
        """Where the two stand under it on the day: "in force" where both are bound, otherwise the first
        side not bound, with its reason (a bilateral agreement's two sides mostly share one)."""
        if self.a.state == BOUND and self.b.state == BOUND:
            return "in force", None
        side = self.a if self.a.state != BOUND else self.b
        return side.state, side.reason or None


@dataclass(frozen=True)
class Step:
    """One step of the practitioner's reasoning, in sentences a briefing can quote."""

    number: int
    title: str
    sentences: tuple[str, ...]
    sources: tuple[str, ...] = ()


@dataclass(frozen=True)
class BridgeUse:
    """A bridge one side can use to reach the other."""

    bridge: Bridge
    other: Standing
    since: When | None


@dataclass(frozen=True)
class Link:
    a: Country
    b: Country
    as_of: date
    shared: tuple[Basis, ...]
    one_sided: tuple[Basis, ...]
    bilateral: tuple[Basis, ...]
    channels: tuple[Basis, ...]
    bridges: tuple[BridgeUse, ...]
    summary: str
    fallback: str | None
    data_as_of: PartialDate | None = None
    purpose: str = "all"
    displaced: tuple[Basis, ...] = ()
    steps: tuple[Step, ...] = ()
    explain: str = ""  # "" the bases; "full" the steps and the bases (--explain); "only" the steps (why)
    possibly: tuple[Basis, ...] = ()  # closed regimes that may bind both: the data cannot tell

    @property
    def empty(self) -> bool:
        return not (self.shared or self.bilateral or self.channels or self.bridges)


@dataclass(frozen=True)
class Hop:
    kind: str  # country | instrument | via
    id: str
    label: str
    # a state relaying between two channels: the other states that relay the same way (ids), the chain shown once
    others: tuple[str, ...] = ()


@dataclass(frozen=True)
class Paths:
    """Shortest chains between two countries through the cooperation graph."""

    a: Country
    b: Country
    as_of: date
    purpose: str
    paths: tuple[tuple[Hop, ...], ...]
    data_as_of: PartialDate | None = None

    @property
    def empty(self) -> bool:
        return not self.paths


@dataclass(frozen=True)
class Row:
    """One instrument in a country's list (``ratified``, ``channels``)."""

    instrument: Instrument
    standing: Standing
    note: str | None = None


@dataclass(frozen=True)
class Ratified:
    country: Country
    as_of: date
    rows: tuple[Row, ...]
    data_as_of: PartialDate | None = None

    @property
    def empty(self) -> bool:
        return not self.rows


@dataclass(frozen=True)
class Channels:
    country: Country
    as_of: date
    usable: tuple[Row, ...]
    unusable: tuple[Row, ...]
    bilateral: tuple[Row, ...]
    bridges: tuple[Bridge, ...]
    summary: str
    data_as_of: PartialDate | None = None

    @property
    def empty(self) -> bool:
        return not (self.usable or self.bilateral or self.bridges)


@dataclass(frozen=True)
class PartyRow:
    country: Country
    standing: Standing


@dataclass(frozen=True)
class Parties:
    instrument: Instrument
    as_of: date
    rows: tuple[PartyRow, ...]
    uncertain: tuple[PartyRow, ...]
    count: int
    signatories: int
    include_signatories: bool
    data_as_of: PartialDate | None = None

    @property
    def empty(self) -> bool:
        return not self.rows

    @property
    def undated(self) -> tuple[PartyRow, ...]:
        """The rows the sources cannot place on the day that would count if they were: members and parties, not
        an organisation's partners, which ``count`` leaves out too."""
        return tuple(r for r in self.uncertain if r.standing.role in FULL_ROLES)


@dataclass(frozen=True)
class Matrix:
    """Every pair of a set of countries, by number and kind of bases."""

    as_of: date
    purpose: str
    group: str | None
    columns: tuple[str, ...]
    rows: tuple[tuple, ...]
    data_as_of: PartialDate | None = None

    @property
    def empty(self) -> bool:
        return not any(row[-1] for row in self.rows)


@dataclass(frozen=True)
class Listing:
    """A plain list: ``instruments``, ``countries``, ``sources``."""

    what: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    data_as_of: PartialDate | None = None

    @property
    def empty(self) -> bool:
        return not self.rows


@dataclass(frozen=True)
class Detail:
    """One instrument in full (``show``)."""

    instrument: Instrument
    as_of: date
    parties_now: int
    signatories_now: int
    coverage: str  # our count against the stated one, on the stated date
    sources: tuple[Source, ...]
    parent: Instrument | None = None
    protocols: tuple[Instrument, ...] = field(default_factory=tuple)
    data_as_of: PartialDate | None = None
    conflicts: tuple[str, ...] = ()  # where official sources disagree, in words

    @property
    def empty(self) -> bool:
        return False
