"""Results -> table, json, csv or markdown on a given stream.

Each result type is first turned into a :class:`Doc` (a title, sentences,
sections of rows, the JSON payload and the CSV table); the four writers then
print any Doc. JSON keys and CSV columns are a contract with scripts: they
change only with ``SCHEMA``.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass, field
from typing import IO, Any

from .model import (
    BOUND,
    NO_ENTRY_INTO_FORCE,
    SIGNED,
    UNCERTAIN,
    Basis,
    BridgeUse,
    Channels,
    Dataset,
    Detail,
    Hop,
    Instrument,
    Link,
    Listing,
    Matrix,
    PartialDate,
    Parties,
    Paths,
    Ratified,
    Row,
    Source,
    Standing,
    When,
)

SCHEMA = 2  # 2: CSV date qualifier columns; why answers with its steps; export json in the envelope
FORMATS = ("table", "json", "csv", "markdown")

PURPOSE_LABELS = {
    "extradition": "extradition",
    "mla": "mutual legal assistance",
    "police": "police cooperation",
    "joint_investigations": "joint investigations",
    "other": "other",
}


@dataclass
class Section:
    title: str
    columns: list[str]
    rows: list[list[str]]
    empty: str = "none"
    prose: bool = False  # rows are paragraphs (one cell each), not a table
    detach: tuple[str, ...] = ()  # more columns that may move under their row on a narrow terminal
    grid: bool = False  # countries across and down: too wide, it is cut into blocks of columns


@dataclass
class Doc:
    title: str
    payload: dict[str, Any]
    csv_header: list[str]
    csv_rows: list[list[str]]
    lead: list[str] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    foot: list[str] = field(default_factory=list)


# --- small formatters --------------------------------------------------------------


def _d(p: PartialDate | None) -> str:
    return str(p) if p else ""


def _when(w: When | None) -> str:
    if w is None:
        return ""
    return w.label()


def _when_csv(w: When | None) -> list[str]:
    """A date column and its qualifier column, for scripts: the date alone, as ISO
    (``2003-09-29``) or partial ISO (``2013-12``, ``1981``), and apart from it
    ``by`` (not later than that date) or ``unknown`` (no date in the sources)."""
    if w is None:
        return ["", ""]
    if w.shape == "unknown":
        return ["", "unknown"]
    if w.shape == "window":  # any window but a month or a year: its latest day
        return [w.hi.isoformat(), "by"]  # type: ignore[union-attr]
    return [w.label(), ""]


def _when_json(w: When | None) -> dict[str, str | None] | None:
    if w is None:
        return None
    return {
        "date": w.exact.isoformat() if w.exact else None,
        "earliest": w.lo.isoformat() if w.lo else None,
        "latest": w.hi.isoformat() if w.hi else None,
    }


def _purposes(pairs: tuple[tuple[str, str], ...]) -> str:
    return "; ".join(f"{PURPOSE_LABELS.get(k, k)} ({v})" if v else PURPOSE_LABELS.get(k, k) for k, v in pairs)


def _standing_json(s: Standing) -> dict[str, Any]:
    return {
        "country": s.country,
        "state": s.state,
        "act": s.act,
        "role": s.role,
        "signature": _d(s.signature) or None,
        "consent": _d(s.consent) or None,
        "in_force": _when_json(s.in_force),
        "withdrawal": _d(s.withdrawal) or None,
        "reason": s.reason,
        "sources": list(s.sources),
    }


class Notes:
    """Long reasons repeated across rows become numbered notes under the tables."""

    def __init__(self, texts: list[str], min_repeat: int = 2) -> None:
        counts: dict[str, int] = {}
        for t in texts:
            counts[t] = counts.get(t, 0) + 1
        self.numbers: dict[str, int] = {}
        for t in texts:
            if counts[t] >= min_repeat and (len(t) > 60 or min_repeat == 1) and t not in self.numbers:
                self.numbers[t] = len(self.numbers) + 1

    def ref(self, text: str) -> str:
        n = self.numbers.get(text)
        return f"[{n}]" if n else text

    def lines(self) -> list[str]:
        return [f"[{n}] {t}" for t, n in self.numbers.items()]


def _refs(texts: tuple[str, ...], notes: Notes) -> str:
    """Footnote marks for the qualifications of a row: " (1)(2)"."""
    marks = "".join(f"({notes.numbers[t]})" for t in texts if t in notes.numbers)
    return f" {marks}" if marks else ""


def _standing_cell(s: Standing, notes: Notes | None = None) -> str:
    """A side's standing in a few words, for tables."""
    if s.state == BOUND and s.through:  # no act of its own: bound as a member of the organisation that concluded it
        return "\n".join([f"through the {s.through}", *([f"in force {_when(s.in_force)}"] if s.in_force else [])])
    if s.state == BOUND and s.act:
        lines = [f"{s.act} {_d(s.consent) or '(date not found)'}"]
        if s.in_force and s.in_force.exact != (s.consent.start() if s.consent and s.consent.exact else None):
            lines.append(f"in force {_when(s.in_force)}")
        return "\n".join(lines)
    return f"{s.state}: {notes.ref(s.reason) if notes else s.reason}"


def _instrument_json(i: Instrument) -> dict[str, Any]:
    return {"id": i.id, "short": i.short, "name": i.name, "kind": i.kind}


def _sources_json(data_sources: dict[str, Source], keys: list[str]) -> dict[str, Any]:
    out = {}
    for k in keys:
        s = data_sources.get(k)
        if s is not None:
            out[k] = {"title": s.title, "url": s.url, "as_of": _d(s.as_of) or None}
    return out


def _envelope(command: str, query: dict[str, Any], data_as_of: PartialDate | None) -> dict[str, Any]:
    return {"schema": SCHEMA, "command": command, "query": query, "data_as_of": _d(data_as_of) or None}


# --- per result type -----------------------------------------------------------------

LINK_COLUMNS = [
    "section", "instrument", "short", "kind",
    "a", "a_state", "a_act", "a_signature", "a_consent", "a_in_force", "a_in_force_qualifier",
    "b", "b_state", "b_act", "b_signature", "b_consent", "b_in_force", "b_in_force_qualifier",
    "linked_since", "linked_since_qualifier", "usable_for", "reason", "sources",
]


def _basis_csv(x: Basis) -> list[str]:
    # a side's reason that a note already says ("not applied: <reason>") is said once
    reason = x.note or "; ".join(dict.fromkeys(s.reason for s in (x.a, x.b) if s.state != BOUND
                                               and not any(s.reason in n for n in x.notes)))
    reason = "; ".join(dict.fromkeys(filter(None, [reason, *x.notes])))
    if x.instrument.kind == "bilateral" and x.instrument.scope:
        reason = "; ".join(filter(None, [reason, f"scope: {x.instrument.scope}"]))
    return [
        x.section, x.instrument.id, x.instrument.short, x.instrument.kind,
        x.a.country, x.a.state, x.a.act or "", _d(x.a.signature), _d(x.a.consent), *_when_csv(x.a.in_force),
        x.b.country, x.b.state, x.b.act or "", _d(x.b.signature), _d(x.b.consent), *_when_csv(x.b.in_force),
        *_when_csv(x.since), _purposes(x.usable_for), reason, " ".join(x.sources),
    ]


def _bridge_row(u: BridgeUse, link: Link, data: Dataset) -> list[str]:
    inst = data.instruments[u.bridge.instrument]
    bridge_state = f"bridge via {u.bridge.via}"
    if u.bridge.country == link.a.id:
        a = [link.a.id, bridge_state, "", "", _d(u.bridge.since), "", ""]
        b = [u.other.country, u.other.state, u.other.act or "", _d(u.other.signature), _d(u.other.consent),
             *_when_csv(u.other.in_force)]
    else:
        a = [u.other.country, u.other.state, u.other.act or "", _d(u.other.signature), _d(u.other.consent),
             *_when_csv(u.other.in_force)]
        b = [link.b.id, bridge_state, "", "", _d(u.bridge.since), "", ""]
    return ["bridge", inst.id, inst.short, inst.kind, *a, *b, *_when_csv(u.since), _purposes(inst.purposes),
            u.bridge.title + (f" ({u.bridge.note})" if u.bridge.note else ""), " ".join(u.bridge.sources)]


WHY_COLUMNS = ["step", "title", "sentence", "sources"]


def why_doc(link: Link, data: Dataset) -> Doc:
    """``why``: the steps of the reasoning are the answer, in every format."""
    a, b = link.a, link.b
    payload = _envelope("why", {"a": a.id, "b": b.id, "as_of": link.as_of.isoformat(), "for": link.purpose},
                        link.data_as_of)
    payload["countries"] = {a.id: a.name, b.id: b.name}
    payload["summary"] = link.summary
    payload["fallback"] = link.fallback
    payload["results"] = [{"step": s.number, "title": s.title, "sentences": list(s.sentences),
                           "sources": list(s.sources)} for s in link.steps]
    payload["explanation"] = payload["results"]  # the same steps, under the key link --explain uses
    payload["sources"] = _sources_json(data.sources, list(dict.fromkeys(k for s in link.steps for k in s.sources)))
    rows = [[str(s.number), s.title, t, " ".join(s.sources)] for s in link.steps for t in s.sentences]
    lead = [link.summary]
    if link.purpose != "all":
        lead.append(f"Only the bases usable for {PURPOSE_LABELS.get(link.purpose, link.purpose)} are considered "
                    f"(--for {link.purpose}).")
    sections = [Section(f"{s.number}. {s.title}", ["Reasoning"], [[t] for t in s.sentences], "none", prose=True)
                for s in link.steps]
    return Doc(f"{a.name} and {b.name} on {link.as_of.isoformat()}: why", payload, WHY_COLUMNS, rows, lead,
               sections, [_data_line(link.data_as_of)])


def link_doc(link: Link, data: Dataset, fmt: str | None = None) -> Doc:
    a, b = link.a, link.b
    if link.explain == "only":
        return why_doc(link, data)
    payload = _envelope("link", {"a": a.id, "b": b.id, "as_of": link.as_of.isoformat(), "for": link.purpose},
                        link.data_as_of)
    payload["countries"] = {a.id: a.name, b.id: b.name}
    payload["summary"] = link.summary
    payload["fallback"] = link.fallback
    results: list[dict[str, Any]] = []
    keys: list[str] = []
    for x in (*link.shared, *link.displaced, *link.bilateral, *link.channels, *link.one_sided):
        item = {
            "section": x.section,
            "instrument": _instrument_json(x.instrument),
            "a": _standing_json(x.a),
            "b": _standing_json(x.b),
            "linked_since": _when_json(x.since),
            "usable_for": dict(x.usable_for),
            "sources": list(x.sources),
            "note": x.note,
            "qualifications": list(x.notes),
        }
        if x.instrument.kind == "bilateral":
            item["instrument"].update(signed=_d(x.instrument.signed) or None,
                                      entry_into_force=_d(x.instrument.entry_into_force) or None,
                                      scope=x.instrument.scope)
        results.append(item)
        keys.extend(x.sources)
    for u in link.bridges:
        results.append({
            "section": "bridge",
            "instrument": _instrument_json(data.instruments[u.bridge.instrument]),
            "bridge": {"id": u.bridge.id, "country": u.bridge.country, "via": u.bridge.via,
                       "title": u.bridge.title, "since": _d(u.bridge.since) or None,
                       "until": _d(u.bridge.until) or None, "note": u.bridge.note},
            "other": _standing_json(u.other),
            "linked_since": _when_json(u.since),
            "sources": list(u.bridge.sources),
        })
        keys.extend(u.bridge.sources)
        keys.extend(u.other.sources)
    payload["results"] = results
    payload["explanation"] = [{"step": s.number, "title": s.title, "sentences": list(s.sentences),
                               "sources": list(s.sources)} for s in link.steps]
    keys.extend(k for s in link.steps for k in s.sources)
    payload["sources"] = _sources_json(data.sources, list(dict.fromkeys(keys)))
    if fmt == "json":  # the rest is for the other formats: a large answer need not be built twice
        return Doc(f"{a.name} and {b.name} on {link.as_of.isoformat()}", payload, LINK_COLUMNS, [])

    csv_rows = [_basis_csv(x) for x in (*link.shared, *link.displaced, *link.bilateral, *link.channels,
                                        *link.one_sided)]
    csv_rows += [_bridge_row(u, link, data) for u in link.bridges]
    if link.fallback:
        csv_rows.append(["fallback", "", "", "", a.id, "", "", "", "", "", "", b.id, "", "", "", "", "", "", "", "",
                         "", link.fallback, ""])

    # a bilateral agreement not in force between them on the day says why in a note (superseded, a later
    # agreement, not yet in force): its "In force" cell speaks of the agreement, not of the day asked
    unbound = [r for x in link.bilateral for r in [_pair_reason(x)] if r]
    qual = Notes([*(n for x in (*link.shared, *link.displaced, *link.bilateral) for n in x.notes), *unbound],
                 min_repeat=1)
    sections = [
        Section("Bound by both", ["Instrument", a.name, b.name, "Linked since", "Usable for", "Sources"],
                [[x.instrument.short + _refs(x.notes, qual), _standing_cell(x.a), _standing_cell(x.b),
                  _when(x.since), _purposes(x.usable_for), " ".join(x.sources)] for x in link.shared],
                "none: no multilateral instrument binds both"),
    ]
    if link.displaced:
        sections.append(Section("Displaced between them (shown, not deleted)",
                                ["Instrument", a.name, b.name, "Displaced by", "Sources"],
                                [[x.instrument.short + _refs(x.notes[:-1], qual), _standing_cell(x.a),
                                  _standing_cell(x.b), x.note or "", " ".join(x.sources)] for x in link.displaced]))
    sections.append(
        Section("Bilateral agreements", ["Agreement", "Signed", "In force", "On the day", "Scope",
                                         "Sources"],
                [[x.instrument.name + _refs(x.notes, qual), _d(x.instrument.signed) or "not found",
                  x.instrument.in_force_text() or "not found in the sources",
                  _pair_cell(x, qual), x.instrument.scope or "", " ".join(x.sources)] for x in link.bilateral],
                "none in the data"))
    if link.channels:
        sections.append(Section("Partner channels", ["Organisation", a.name, b.name, "Since", "Usable for", "Sources"],
                                [[x.instrument.short, _standing_cell(x.a), _standing_cell(x.b), _when(x.since),
                                  _purposes(x.usable_for), " ".join(x.sources)] for x in link.channels]))
    if link.bridges:
        sections.append(Section("Bridges (not memberships)", ["Channel", "Used by", "Via", "Since", "Other side", "Sources"],
                                [[data.instruments[u.bridge.instrument].short, data.countries[u.bridge.country].name,
                                  f"{u.bridge.via}: {u.bridge.title}", _d(u.bridge.since) or "date not found",
                                  _standing_cell(u.other), " ".join(u.bridge.sources)] for u in link.bridges]))
    notes = Notes([s.reason for x in link.one_sided for s in (x.a, x.b) if s.state != BOUND])
    if link.one_sided:
        sections.append(Section("Only one side bound", ["Instrument", a.name, b.name, "Sources"],
                                [[x.instrument.short, _standing_cell(x.a, notes), _standing_cell(x.b, notes),
                                  " ".join(x.sources)] for x in link.one_sided]))
    lead = [link.summary]
    if link.purpose != "all":
        label = {"mla": "mutual legal assistance", "police": "police cooperation"}.get(link.purpose, link.purpose)
        lead.append(f"Only the bases usable for {label} are shown (--for {link.purpose}).")
    if link.explain:
        steps = [Section(f"{s.number}. {s.title}", ["Reasoning"], [[t] for t in s.sentences], prose=True)
                 for s in link.steps]
        sections = steps + sections
    foot = [*(f"({n}) {t}" for t, n in qual.numbers.items()), *notes.lines()]
    if link.fallback:
        foot.append(link.fallback)
    foot.append(_data_line(link.data_as_of))
    return Doc(f"{a.name} and {b.name} on {link.as_of.isoformat()}", payload, LINK_COLUMNS, csv_rows,
               lead, sections, foot)


def _pair_cell(x: Basis, notes: Notes) -> str:
    """A bilateral agreement between the two on the day asked: "in force", or its state with the note that
    says why ("uncertain (3)")."""
    reason = _pair_reason(x)
    return x.pair_state()[0] + (_refs((reason,), notes) if reason else "")


def _pair_reason(x: Basis) -> str | None:
    """Why a bilateral agreement is not in force between the two on the day, where its "In force" cell
    does not already say it."""
    reason = x.pair_state()[1]
    return None if reason == NO_ENTRY_INTO_FORCE else reason


def _data_line(as_of: PartialDate | None) -> str:
    when = f"sources consulted up to {as_of}" if as_of else "sources undated"
    return f"Data: {when}. Source details: octreaty sources [INSTRUMENT]."


ROW_COLUMNS = ["instrument", "short", "kind", "state", "act", "role", "signature", "consent", "in_force",
               "in_force_qualifier", "withdrawal", "reason", "note", "sources"]


def _row_csv(r: Row) -> list[str]:
    s = r.standing
    return [r.instrument.id, r.instrument.short, r.instrument.kind, s.state, s.act or "", s.role or "",
            _d(s.signature), _d(s.consent), *_when_csv(s.in_force), _d(s.withdrawal), s.reason, r.note or "",
            " ".join(s.sources)]


def _row_json(r: Row) -> dict[str, Any]:
    return {"instrument": _instrument_json(r.instrument), **_standing_json(r.standing), "note": r.note}


def _row_table(r: Row) -> list[str]:
    s = r.standing
    name = r.instrument.short if r.instrument.kind != "bilateral" else r.instrument.name
    if r.note:
        name = f"{name} ({r.note})"
    return [name, s.state, s.act or "", _d(s.signature), _d(s.consent), _when(s.in_force), _d(s.withdrawal),
            " ".join(s.sources)]


_ROW_HEAD = ["Instrument", "State", "Act", "Signature", "Consent", "In force", "Withdrawal", "Sources"]


def ratified_doc(r: Ratified, data: Dataset) -> Doc:
    payload = _envelope("ratified", {"country": r.country.id, "as_of": r.as_of.isoformat()}, r.data_as_of)
    payload["country"] = {"id": r.country.id, "name": r.country.name}
    payload["results"] = [_row_json(x) for x in r.rows]
    payload["sources"] = _sources_json(data.sources, list(dict.fromkeys(k for x in r.rows for k in x.standing.sources)))
    bound = sum(1 for x in r.rows if x.standing.state == BOUND)
    lead = [f"{r.country.name}: {len(r.rows)} instrument{'s' if len(r.rows) != 1 else ''} signed or joined, "
            f"{bound} in force for it on {r.as_of.isoformat()}."]
    return Doc(f"{r.country.name}: signed and bound on {r.as_of.isoformat()}", payload, ROW_COLUMNS,
               [_row_csv(x) for x in r.rows], lead,
               [Section("Instruments", _ROW_HEAD, [_row_table(x) for x in r.rows], "none in the data")],
               [_data_line(r.data_as_of)])


def channels_doc(c: Channels, data: Dataset) -> Doc:
    payload = _envelope("channels", {"country": c.country.id, "as_of": c.as_of.isoformat()}, c.data_as_of)
    payload["country"] = {"id": c.country.id, "name": c.country.name}
    payload["summary"] = c.summary
    payload["results"] = (
        [{"section": "usable", **_row_json(x)} for x in c.usable]
        + [{"section": "unusable", **_row_json(x)} for x in c.unusable]
        + [{"section": "bilateral", **_row_json(x)} for x in c.bilateral]
    )
    payload["bridges"] = [
        {"id": b.id, "instrument": b.instrument, "via": b.via, "title": b.title, "since": _d(b.since) or None,
         "until": _d(b.until) or None, "note": b.note, "sources": list(b.sources)} for b in c.bridges
    ]
    keys = [k for x in (*c.usable, *c.unusable, *c.bilateral) for k in x.standing.sources]
    keys += [k for b in c.bridges for k in b.sources]
    payload["sources"] = _sources_json(data.sources, list(dict.fromkeys(keys)))
    header = ["section", *ROW_COLUMNS]
    rows = [["usable", *_row_csv(x)] for x in c.usable]
    rows += [["unusable", *_row_csv(x)] for x in c.unusable]
    rows += [["bilateral", *_row_csv(x)] for x in c.bilateral]
    for b in c.bridges:
        inst = data.instruments[b.instrument]
        rows.append(["bridge", inst.id, inst.short, inst.kind, f"bridge via {b.via}", "", "", "", _d(b.since), "", "",
                     _d(b.until), b.title, b.note or "", " ".join(b.sources)])
    notes = Notes([x.standing.reason for x in c.unusable])
    sections = [
        Section("Usable", ["Instrument", "Standing", "Usable for", "Sources"],
                [[x.instrument.short, _standing_cell(x.standing), _purposes(x.instrument.purposes),
                  " ".join(x.standing.sources)] for x in c.usable], "none"),
        Section("Not usable, and why", ["Instrument", "State", "Why", "Sources"],
                [[x.instrument.short, x.standing.state, notes.ref(x.standing.reason), " ".join(x.standing.sources)]
                 for x in c.unusable], "none"),
        Section("Bilateral agreements", ["Agreement", "With", "State", "Sources"],
                [[x.instrument.name, (x.note or "").removeprefix("with "), f"{x.standing.state}: {x.standing.reason}",
                  " ".join(x.standing.sources)] for x in c.bilateral], "none in the data"),
        Section("Bridges (not memberships)", ["Channel", "Via", "Since", "Sources"],
                [[data.instruments[b.instrument].short, f"{b.via}: {b.title}", _d(b.since) or "date not found",
                  " ".join(b.sources)] for b in c.bridges], "none in the data"),
    ]
    return Doc(f"{c.country.name}: channels on {c.as_of.isoformat()}", payload, header, rows, [c.summary],
               sections, [*notes.lines(), _data_line(c.data_as_of)])


PARTIES_COLUMNS = ["country", "name", "state", "act", "role", "signature", "consent", "in_force",
                   "in_force_qualifier", "withdrawal", "sources"]


def _party_csv(country_id: str, name: str, s: Standing) -> list[str]:
    return [country_id, name, s.state, s.act or "", s.role or "", _d(s.signature), _d(s.consent),
            *_when_csv(s.in_force), _d(s.withdrawal), " ".join(s.sources)]


def parties_doc(p: Parties, data: Dataset) -> Doc:
    inst = p.instrument
    payload = _envelope("parties", {"instrument": inst.id, "as_of": p.as_of.isoformat(),
                                    "all": p.include_signatories}, p.data_as_of)
    payload["instrument"] = _instrument_json(inst)
    payload["count"] = p.count
    payload["signatories"] = p.signatories
    payload["results"] = [{"name": r.country.name, **_standing_json(r.standing)} for r in p.rows]
    payload["uncertain"] = [{"name": r.country.name, **_standing_json(r.standing)} for r in p.uncertain]
    payload["sources"] = _sources_json(data.sources, list(dict.fromkeys(
        [*inst.sources, *(k for r in (*p.rows, *p.uncertain) for k in r.standing.sources)])))
    cov = inst.coverage
    payload["coverage"] = None if cov is None else {
        "stated": cov.stated, "stated_by": cov.stated_by, "as_of": _d(cov.as_of) or None,
        "complete": cov.complete, "note": cov.note}
    noun = "members" if inst.kind == "organisation" else "parties"
    lead = [f"{inst.short}: {p.count} {noun} on {p.as_of.isoformat()}"
            + (f", {p.signatories} {'signatory' if p.signatories == 1 else 'signatories'} not bound"
               if p.signatories else "") + "."]
    if p.uncertain:
        lead.append(f"{len(p.uncertain)} more with no date in the sources, so not counted for that day: "
                    + ", ".join(r.country.name for r in p.uncertain) + ".")
    if cov is not None and cov.stated is not None:
        lead.append(f"Coverage: {cov.stated} {noun} stated by {cov.stated_by or 'the source'}"
                    + (f" as of {cov.as_of}" if cov.as_of else "") + (f"; {cov.note.rstrip('.')}" if cov.note else "") + ".")
    rows = [[r.country.name, r.standing.state if r.standing.state != BOUND else "bound",
             r.standing.act or "", r.standing.role or "", _d(r.standing.signature), _d(r.standing.consent),
             _when(r.standing.in_force), _d(r.standing.withdrawal)] for r in p.rows]
    return Doc(f"{inst.short}: {noun} on {p.as_of.isoformat()}", payload, PARTIES_COLUMNS,
               [_party_csv(r.country.id, r.country.name, r.standing)
                for r in (*p.rows, *(r for r in p.uncertain
                                      if p.include_signatories and r.standing.state in (UNCERTAIN, SIGNED)))],
               lead,
               [Section(noun.capitalize(), ["Country", "State", "Act", "Role", "Signature", "Consent", "In force",
                                            "Withdrawal"], rows, "none on that date")],
               [_data_line(p.data_as_of)])


# what a person reads of a listing, where it differs from the CSV columns: (columns, headers)
_LISTING_VIEWS = {
    "instruments": (("id", "short", "kind", "parties", "as_of", "coverage", "name"),
                    ("Id", "Short", "Kind", "Parties", "As of", "Coverage", "Name")),
    "diff": (("date", "event", "sources"), ("Date", "Event", "Sources")),
    "check": (("severity", "where", "key", "problem"), ("Severity", "Where", "Key", "Problem")),
    "groups": (("id", "kind", "name", "count", "aliases", "members"),
               ("Id", "Kind", "Name", "Count", "Also called", "Members")),
    "sources": (("key", "as_of", "title", "url"), ("Key", "As of", "Title", "URL")),
}
_LISTING_DETACH = {"instruments": ("Name", "Coverage"), "groups": ("Members",), "check": ("Key",)}


def _listing_sources(x: Listing, data: Dataset | None) -> dict[str, Any] | None:
    """The sources a listing cites, for its JSON."""
    if data is None:
        return None
    keys: list[str] = []
    if "sources" in x.columns:
        n = x.columns.index("sources")
        keys = [k for row in x.rows for k in row[n].split()]
    elif x.what == "instruments":
        keys = [k for row in x.rows if row[0] in data.instruments for k in data.instruments[row[0]].sources]
    elif x.what == "countries":
        keys = [k for row in x.rows if row[0] in data.countries
                for k in getattr(data.countries[row[0]], "sources", ())]
    else:
        return None
    return _sources_json(data.sources, list(dict.fromkeys(keys)))


def listing_doc(x: Listing, data: Dataset | None = None) -> Doc:
    payload = _envelope(x.what, {}, x.data_as_of)
    payload["results"] = [dict(zip(x.columns, row, strict=True)) for row in x.rows]
    cited = _listing_sources(x, data)
    if cited is not None:
        payload["sources"] = cited
    csv_header, csv_rows = list(x.columns), [list(r) for r in x.rows]
    if "as_of" in x.columns:  # a date column holds a date or nothing; the qualifier apart
        n = x.columns.index("as_of")
        csv_header.insert(n + 1, "as_of_qualifier")
        for row in csv_rows:
            undated = row[n] in ("", "undated")
            row[n:n + 1] = ["" if undated else row[n], "unknown" if undated else ""]
        for item in payload["results"]:
            if item["as_of"] == "undated":
                item["as_of"] = None
    cols, heads = _LISTING_VIEWS.get(x.what, (x.columns, tuple(c.replace("_", " ").capitalize() for c in x.columns)))
    if x.what == "diff":
        where = {c: x.columns.index(c) for c in ("date", "text", "sources", "precision")}
        rows = [[r[where["date"]], r[where["text"]] + (" (partial: dated only in part within the period)"
                                                       if r[where["precision"]] == "partial" else ""),
                 r[where["sources"]]] for r in x.rows]
    elif x.what == "check":
        rows = [[r[0], ":".join(v for v in r[1:4] if v and v != "0"), r[4], r[5]] for r in x.rows]
    else:
        rows = [[r[x.columns.index(c)] for c in cols] for r in x.rows]
    title = x.what.capitalize()
    # a listing about the data's own files (check, import) has no data date to state
    foot = [_data_line(x.data_as_of)] if x.data_as_of or x.what not in ("check", "import") else []
    return Doc(title, payload, csv_header, csv_rows, [],
               [Section(title, list(heads), rows, "none", detach=_LISTING_DETACH.get(x.what, ()))], foot)


def _precedence_facts(i: Instrument) -> list[tuple[str, str]]:
    """What the instrument says of the others between its parties, as ``show`` states it."""
    rule = f" ({i.replaces_article})" if i.replaces_article else ""
    displaces = [*i.replaces, *(f"{other} for {', '.join(PURPOSE_LABELS.get(p, p) for p in only)}"
                                for other, only in i.replaces_for)]
    yields = ""
    if i.yields_to_mla_treaty:
        article, provisions = i.yields_to_mla_treaty
        yields = (f"{article}: where the two are bound by a treaty of mutual legal assistance, its corresponding "
                  f"provisions apply in place of {provisions} unless they agree otherwise")
    return [("displaces between its parties", ", ".join(displaces) + rule if displaces else ""),
            ("supersedes bilateral treaties", i.supersedes_bilateral or ""),
            ("treaty of mutual legal assistance", "yes" if i.mla_treaty else ""),
            ("gives way to a treaty of mutual legal assistance", yields)]


def detail_doc(d: Detail) -> Doc:
    i = d.instrument
    facts: list[tuple[str, str]] = [
        ("id", i.id), ("short", i.short), ("name", i.name), ("kind", i.kind),
    ]
    if d.parent:
        facts.append(("supplements", f"{d.parent.short} ({d.parent.id})"))
    if d.protocols:
        facts.append(("protocols", ", ".join(f"{p.short} ({p.id})" for p in d.protocols)))
    if i.aliases:
        facts.append(("also called", ", ".join(i.aliases)))
    for label, value in (("depositary", i.depositary), ("current table", i.status_page), ("adopted", _d(i.adopted)), ("signed", _d(i.signed)),
                         ("entry into force", i.in_force_text() or ("not in force" if i.kind in ("convention", "protocol") else "not found in the sources")),
                         ("terminated", _d(i.terminated)), ("replaced by", i.replaced_by or ""),
                         ("may have ended", i.may_have_ended_text() or ""),
                         ("per-party entry into force", i.eif_rule.describe() if i.eif_rule else ""),
                         ("who may join", "; ".join(filter(None, [i.who_may_join, i.who_may_join_note]))),
                         ("usable for", _purposes(i.purposes)), *_precedence_facts(i), ("scope", i.scope),
                         ("note", i.note)):
        if value:
            facts.append((label, value))
    noun = "members" if i.kind == "organisation" else "parties"
    facts.append((f"{noun} on {d.as_of.isoformat()}", str(d.parties_now)))
    if d.signatories_now:
        facts.append(("signatories not bound", str(d.signatories_now)))
    cov = i.coverage
    if cov is not None:
        stated = d.coverage or "no count stated by a source"
        facts.append(("coverage", stated + ("; complete" if cov.complete else "; incomplete")
                      + (f"; {cov.note}" if cov.note else "")))
    # where two official sources disagree on a row: the answers use the row's value, the other is named
    facts.extend(("conflict between sources", c) for c in d.conflicts)
    payload = _envelope("show", {"instrument": i.id, "as_of": d.as_of.isoformat()}, d.data_as_of)
    payload["results"] = [{
        **_instrument_json(i),
        "aliases": list(i.aliases), "parent": i.parent, "protocols": [p.id for p in d.protocols],
        "depositary": i.depositary, "status_page": i.status_page, "adopted": _d(i.adopted) or None, "signed": _d(i.signed) or None,
        "entry_into_force": _d(i.entry_into_force) or None,
        "terminated": _d(i.terminated) or None, "replaced_by": i.replaced_by,
        "may_have_ended": None if i.may_have_ended is None else {
            "date": str(i.may_have_ended.date), "sources": list(i.may_have_ended.sources),
            "note": i.may_have_ended.note},
        "eif_rule": i.eif_rule.describe() if i.eif_rule else None,
        "who_may_join": i.who_may_join, "who_may_join_note": i.who_may_join_note,
        "usable_for": dict(i.purposes),
        "replaces": list(i.replaces), "replaces_for": {k: list(v) for k, v in i.replaces_for},
        "replaces_article": i.replaces_article, "supersedes_bilateral": i.supersedes_bilateral,
        "mla_treaty": i.mla_treaty,
        "yields_to_mla_treaty": None if i.yields_to_mla_treaty is None else {
            "article": i.yields_to_mla_treaty[0], "provisions": i.yields_to_mla_treaty[1]},
        "scope": i.scope, "note": i.note,
        "parties": d.parties_now, "signatories": d.signatories_now,
        "coverage": None if cov is None else {"stated": cov.stated, "stated_by": cov.stated_by,
                                              "as_of": _d(cov.as_of) or None, "complete": cov.complete,
                                              "summary": d.coverage or None, "note": cov.note},
        "conflicts": list(d.conflicts),
        "sources": [s.key for s in d.sources],
    }]
    payload["sources"] = {s.key: {"title": s.title, "url": s.url, "as_of": _d(s.as_of) or None} for s in d.sources}
    src_rows = [[s.key, _d(s.as_of) or "undated", s.title, s.url or ""] for s in d.sources]
    return Doc(f"{i.short}: {i.name}", payload, ["field", "value"], [list(f) for f in facts], [],
               [Section("Facts", ["Field", "Value"], [list(f) for f in facts]),
                Section("Sources", ["Key", "As of", "Title", "URL"], src_rows)],
               [_data_line(d.data_as_of)])


def paths_doc(p: Paths, data: Dataset | None = None) -> Doc:
    payload = _envelope("path", {"a": p.a.id, "b": p.b.id, "as_of": p.as_of.isoformat(), "for": p.purpose},
                        p.data_as_of)
    payload["results"] = [[{"kind": h.kind, "id": h.id, "label": h.label, **({"others": list(h.others)} if h.others
                                                                            else {})} for h in path]
                          for path in p.paths]
    if data is not None:  # the instruments and bridges a chain passes through
        keys = [k for path in p.paths for h in path for k in (
            data.instruments[h.id].sources if h.id in data.instruments
            else next((b.sources for b in data.bridges if b.id == h.id), ()))]
        payload["sources"] = _sources_json(data.sources, list(dict.fromkeys(keys)))
    def shown(h: Hop) -> str:
        n = len(h.others)
        return f"{h.label} (or {n} other state{'s' if n != 1 else ''})" if n else h.label

    rows = [[str(n), " -> ".join(shown(h) for h in path), str(len(path) - 1)] for n, path in enumerate(p.paths, 1)]
    if p.paths:
        steps = sorted({len(path) - 1 for path in p.paths})
        hops = steps[0]
        size = (f"{hops} step{'s' if hops != 1 else ''} each" if len(steps) == 1
                else f"of {steps[0]} to {steps[-1]} steps, the shortest first")
        lead = [f"{len(p.paths)} shortest chain{'s' if len(p.paths) != 1 else ''} from {p.a.name} to {p.b.name} "
                f"on {p.as_of.isoformat()}, {size}."]
        if hops == 2:
            lead.append("A chain of two steps is a direct basis: see octreaty link for its dates and sources.")
    else:
        lead = [f"No chain from {p.a.name} to {p.b.name} in the data on {p.as_of.isoformat()}: "
                "cooperation only on reciprocity under domestic law."]
    return Doc(f"From {p.a.name} to {p.b.name} on {p.as_of.isoformat()}", payload, ["path", "chain", "steps"],
               rows, lead, [Section("Chains", ["#", "Chain", "Steps"], rows, "none")], [_data_line(p.data_as_of)])


GRID_MAX = 30  # a group up to this size gets a grid of countries across and down

_MATRIX_HEADS = {"a": "A", "b": "B", "conventions": "Conv.", "eu_law": "EU law", "organisations": "Orgs",
                 "channels": "Chan.", "bilateral": "Bilat.", "bridges": "Bridges", "displaced": "Displ.",
                 "bases": "Total"}


def _matrix_sources(m: Matrix, data: Dataset | None) -> dict[str, Any]:
    """The sources of the instruments a matrix counts: multilateral ones, and agreements within the set."""
    if data is None:
        return {}
    members = {row[0] for row in m.rows} | {row[1] for row in m.rows}
    keys: list[str] = []
    for i in data.instruments.values():
        if i.kind == "bilateral":
            if len({p.party for p in i.parties} & members) >= 2:
                keys.extend(i.sources)
        elif i.purposes:
            keys.extend(i.sources)
    return _sources_json(data.sources, list(dict.fromkeys(keys)))


def matrix_doc(m: Matrix, data: Dataset | None = None) -> Doc:
    payload = _envelope("matrix", {"as_of": m.as_of.isoformat(), "for": m.purpose, "group": m.group}, m.data_as_of)
    payload["columns"] = list(m.columns)
    payload["results"] = [dict(zip(m.columns, row, strict=True)) for row in m.rows]
    payload["sources"] = _matrix_sources(m, data)
    linked = sum(1 for row in m.rows if row[-1])
    what = f"group {m.group}" if m.group else "all countries"
    lead = [f"{len(m.rows)} pairs of {what} on {m.as_of.isoformat()}"
            + (f", bases usable for {m.purpose}" if m.purpose != "all" else "")
            + f": {linked} with at least one basis or channel, {len(m.rows) - linked} with none in the data."]
    rows = [[str(v) for v in row] for row in m.rows]
    sections: list[Section] = []
    names: dict[str, str] = {}
    for row in m.rows:
        names.setdefault(row[0], row[2])
        names.setdefault(row[1], row[3])
    if m.group and 1 < len(names) <= GRID_MAX:
        order = sorted(names)
        total = {(row[0], row[1]): str(row[-1]) for row in m.rows}
        grid_rows = [[f"{c} {names[c]}", *("-" if c == d else total.get((c, d)) or total.get((d, c), "")
                                           for d in order)] for c in order]
        sections.append(Section("Bases between each pair (the total of the pairs below)", ["", *order], grid_rows,
                                grid=True))
    view = [c for c in m.columns if c not in ("a_name", "b_name")]
    where = [m.columns.index(c) for c in view]
    sections.append(Section("Pairs", [_MATRIX_HEADS.get(c, c.replace("_", " ")) for c in view],
                            [[row[n] for n in where] for row in rows], "none"))
    foot = ["Conv.: conventions and protocols both are bound by; EU law; Orgs: organisations both are members of; "
            "Chan.: partner channels; Bilat.: bilateral agreements as link lists them: in force, possibly in force "
            "(no source dates their entry into force) or signed and awaiting it; Bridges; Displ.: bases displaced by "
            "EU law (not in the total). A count is what the data holds, not every agreement there is: octreaty "
            "countries says how far each country's bilateral agreements were searched, and octreaty link A B gives "
            "the bases of a pair.", _data_line(m.data_as_of)]
    return Doc(f"Cooperation matrix on {m.as_of.isoformat()}", payload, list(m.columns), rows, lead, sections, foot)


def link_json_line(link: Link, data: Dataset, line: int) -> str:
    """One answer of ``link --batch`` as a JSON Lines record."""
    payload = link_doc(link, data).payload
    return json.dumps({"line": line, **payload}, ensure_ascii=False, separators=(",", ":"))


@dataclass(frozen=True)
class Asked:
    """A result with the question that produced it, for the JSON ``query`` (diff, sources...)."""

    result: object
    query: dict[str, Any]

    @property
    def empty(self) -> bool:
        return bool(getattr(self.result, "empty", False))


def document(result: object, data: Dataset, fmt: str | None = None, *, raw_csv: bool = False) -> Doc:
    """The Doc for any query result (``fmt``: build only what that format needs, where it matters).

    For CSV, no cell starts a spreadsheet formula unless ``raw_csv`` (sanitize.csv_cell), whoever
    writes the rows afterwards.
    """
    doc = _document(result, data, fmt)
    if fmt == "csv" and not raw_csv:
        from .sanitize import csv_row

        doc.csv_rows = [csv_row(r) for r in doc.csv_rows]
    return doc


def _document(result: object, data: Dataset, fmt: str | None = None) -> Doc:
    if isinstance(result, Asked):
        doc = _document(result.result, data, fmt)
        doc.payload["query"] = {**doc.payload.get("query", {}), **result.query}
        return doc
    if isinstance(result, Link):
        return link_doc(result, data, fmt)
    if isinstance(result, Ratified):
        return ratified_doc(result, data)
    if isinstance(result, Channels):
        return channels_doc(result, data)
    if isinstance(result, Parties):
        return parties_doc(result, data)
    if isinstance(result, Listing):
        return listing_doc(result, data)
    if isinstance(result, Detail):
        return detail_doc(result)
    if isinstance(result, Paths):
        return paths_doc(result, data)
    if isinstance(result, Matrix):
        return matrix_doc(result, data)
    raise TypeError(f"no renderer for {type(result).__name__}")  # pragma: no cover


# --- writers ---------------------------------------------------------------------------


def write_json(doc: Doc, out: IO[str], *, pretty: bool = True) -> None:
    """The payload as UTF-8 JSON: indented for a person, compact (and several
    times faster, through the C encoder) for a pipe."""
    if pretty:
        out.write(json.dumps(doc.payload, ensure_ascii=False, indent=2))
    else:
        out.write(json.dumps(doc.payload, ensure_ascii=False, separators=(",", ":")))
    out.write("\n")


def write_csv(doc: Doc, out: IO[str], *, raw: bool = False) -> None:
    """A header and the rows (``document`` has defused formulas in them unless asked for raw CSV)."""
    w = csv.writer(out, lineterminator="\n")
    w.writerow(doc.csv_header)
    w.writerows(doc.csv_rows)


def _md_cell(text: str) -> str:
    """A table cell: data as text, never markup (sanitize.markdown); line breaks as <br>."""
    from .sanitize import markdown

    return markdown(text, "<br>")


def write_markdown(doc: Doc, out: IO[str]) -> None:
    from .sanitize import markdown

    out.write(f"## {markdown(doc.title)}\n\n")
    for line in doc.lead:
        out.write(f"{markdown(line)}\n\n")
    for s in doc.sections:
        if s.title and s.title != doc.title:
            out.write(f"### {markdown(s.title)}\n\n")
        if not s.rows:
            out.write(f"_{s.empty}_\n\n")
            continue
        if s.prose:
            for row in s.rows:
                out.write(markdown(" ".join(row)) + "\n\n")
            continue
        out.write("| " + " | ".join(_md_cell(c) for c in s.columns) + " |\n")
        out.write("|" + "|".join(" --- " for _ in s.columns) + "|\n")
        for row in s.rows:
            out.write("| " + " | ".join(_md_cell(c) for c in row) + " |\n")
        out.write("\n")
    for line in doc.foot:
        out.write(f"{markdown(line)}\n\n")


def _grid_blocks(columns: list[str], rows: list[list[str]], width: int, color: bool) -> list[str]:
    """A grid too wide for the width, as blocks of as many columns as fit, each with the row labels."""
    from . import layout

    label = max(len(r[0]) for r in rows)
    cell = max(max(len(c) for c in columns[1:]), max(len(v) for r in rows for v in r[1:]))
    per = max((width - layout.INDENT - label) // (cell + layout.GAP), 1)
    out: list[str] = []
    for start in range(1, len(columns), per):
        part = slice(start, start + per)
        if out:
            out.append("")
        out.extend(layout.table([columns[0], *columns[part]], [[r[0], *r[part]] for r in rows], 10**6,
                                color=color))
    return out


def write_table(doc: Doc, out: IO[str], *, color: bool, width: int | None, limit: int | None = None) -> None:
    """A plain-text page for a person, laid out for ``width`` columns (80 when not given).

    Words wrap at spaces; a date, an id or a URL is never cut (see ``layout``).
    With ``limit`` (on a terminal), a section shows its first ``limit`` rows and
    says how many more there are and how to get them all.
    """
    from . import layout

    width = width or 80
    lines: list[str] = []

    def para(text: str, indent: int = 0) -> None:
        lines.extend(" " * indent + line if line else "" for line in layout.wrap(text, max(width - indent, 20)))

    lines.extend(layout._bold(t, color) for t in layout.wrap(doc.title, width))
    for text in doc.lead:
        para(text)
    for s in doc.sections:
        lines.append("")
        titled = s.title and s.title != doc.title
        if not s.rows:
            lines.extend(layout._bold(t, color) for t in layout.wrap(f"{s.title}: {s.empty}" if titled else s.empty,
                                                                     width))
            continue
        if titled:
            lines.extend(layout._bold(t, color) for t in layout.wrap(s.title, width))
        if s.prose:
            for row in s.rows:
                para(" ".join(row), layout.INDENT)
            continue
        if titled:
            lines.append("")
        shown = s.rows if limit is None or len(s.rows) <= limit else s.rows[:limit]
        if s.grid and layout.fit(s.columns, shown, width) is None:
            lines.extend(_grid_blocks(s.columns, shown, width, color))
        else:
            lines.extend(layout.table(s.columns, shown, width, color=color,
                                      detachable=(*layout.DETACHABLE, *s.detach)))
        if len(shown) < len(s.rows):
            lines.append("")
            para(f"... and {len(s.rows) - len(shown):,} more rows, not shown on a terminal: "
                 "--format csv or json gives them all (or narrow the question, e.g. --group).", layout.INDENT)
    for text in doc.foot:
        lines.append("")
        para(text)
    out.write("\n".join(lines) + "\n")


def write(doc: Doc, fmt: str, out: IO[str], *, color: bool = False, width: int | None = None,
          pretty: bool = True, raw_csv: bool = False, limit: int | None = None) -> None:
    if fmt == "json":
        write_json(doc, out, pretty=pretty)
    elif fmt == "csv":
        write_csv(doc, out, raw=raw_csv)
    elif fmt == "markdown":
        write_markdown(doc, out)
    elif fmt == "table":
        write_table(doc, out, color=color, width=width, limit=limit)
    else:  # pragma: no cover - the CLI validates the choice
        raise ValueError(f"unknown format {fmt!r}")
