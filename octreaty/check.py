"""Validate a data directory and report every problem with file, line and key.

The loader stops at the first error, which is right for a query; ``check``
goes on, so that a user editing the YAML sees all there is to fix:

* syntax and types (the loader's own checks, file by file);
* the JSON Schema of the files (``octreaty/schema``), path by path;
* references between records (countries, sources, parents);
* what only the data as a whole shows: duplicate parties, impossible dates
  (consent before the instrument was adopted, entry into force before consent),
  a Protocol party not bound by its Convention, sources without a URL, and a
  party count below (or above) the count the coverage says its source states.

Errors make the data unusable or wrong; warnings are known gaps.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from .errors import DataError
from .load import LDict, LList, Where, data_files, load_files, parse_yaml, read_file
from .model import Dataset, Instrument

ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True, order=True)
class Finding:
    file: str
    line: int
    column: int
    severity: str
    message: str
    key: str = ""

    def __str__(self) -> str:
        at = f" ({self.key})" if self.key else ""
        return f"{self.file}:{self.line}:{self.column}: {self.severity}: {self.message}{at}"


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def _locate(doc: Any, path: str) -> Where | None:
    """The place of a schema path such as ``instruments[3].parties[0].act`` in a located document."""
    node = doc
    where = getattr(doc, "where", None)
    for part in path.replace("[", ".[").split("."):
        if not part:
            continue
        if part.startswith("["):
            index = int(part[1:-1])
            if not isinstance(node, LList) or index >= len(node):
                break
            where = node.item_where[index]
            node = node[index]
        else:
            if not isinstance(node, LDict) or part not in node:
                break
            where = node.key_where.get(part, where)
            node = node[part]
    return where


def _from_error(err: DataError, severity: str = ERROR) -> Finding:
    return Finding(err.file or "", err.line or 0, err.column or 0, severity, err.problem, err.key or "")


class _Places:
    """Where each instrument and party row of the data was written."""

    def __init__(self, docs: dict[str, Any]) -> None:
        self.instruments: dict[str, LDict] = {}
        self.parties: dict[tuple[str, int], Where] = {}
        for doc in docs.values():
            items = doc.get("instruments") if isinstance(doc, LDict) else None
            if not isinstance(items, LList):
                continue
            for d in items:
                if isinstance(d, LDict) and isinstance(d.get("id"), str):
                    self.instruments[d["id"]] = d
                    rows = d.get("parties")
                    if isinstance(rows, LList):
                        for n, w in enumerate(rows.item_where):
                            self.parties[(d["id"], n)] = w

    def of(self, iid: str, key: str | None = None) -> tuple[str, int, int]:
        d = self.instruments.get(iid)
        if d is None:
            return ("", 0, 0)
        w = d.key_where.get(key, d.where) if key else d.where
        return (w.file, w.line, w.column)

    def row(self, iid: str, n: int) -> tuple[str, int, int]:
        w = self.parties.get((iid, n))
        return (w.file, w.line, w.column) if w else self.of(iid)


def check(user_dir: Path | str | None = None, *, today: date | None = None) -> list[Finding]:
    """Every problem in the data (shipped data laid under ``user_dir``), sorted by place."""
    today = today or date.today()
    findings: list[Finding] = []
    try:
        paths = data_files(Path(user_dir) if user_dir is not None else None)
    except DataError as err:
        return [_from_error(err)]
    from .schema_check import validate

    docs: dict[str, Any] = {}
    files: list[tuple[Path, bytes]] = []
    for path in paths:
        try:
            raw = read_file(path)
            doc = parse_yaml(path, raw)
        except DataError as err:
            findings.append(_from_error(err))
            continue
        files.append((path, raw))
        docs[str(path)] = doc
        name = "countries" if path.stem == "countries" else "instruments"
        for problem in validate(_plain(doc), name):
            w = _locate(doc, problem.path)
            findings.append(Finding(str(path), w.line if w else 1, w.column if w else 1, ERROR,
                                    f"schema: {problem.message}", problem.path))
    if findings:
        return sorted(set(findings))
    try:
        data = load_files(files, parsed=docs)  # parsed above: not again
    except DataError as err:
        return [_from_error(err)]
    findings.extend(_semantic(data, _Places(docs), today))
    return sorted(set(findings))


def _semantic(data: Dataset, places: _Places, today: date) -> list[Finding]:
    from .query import Queries, counted, still_listed

    out: list[Finding] = []
    q = Queries(data)
    q.full  # noqa: B018  # one graph for the sixty-odd questions below, not one built for each

    def add(where: tuple[str, int, int], severity: str, message: str, key: str = "") -> None:
        out.append(Finding(where[0], where[1], where[2], severity, message, key))

    for inst in data.instruments.values():
        _dates_and_duplicates(inst, places, add)
        if inst.parent and inst.parent in data.instruments:
            parent = data.instruments[inst.parent]
            bound = {p.party: p for p in parent.parties if p.is_consent}
            for n, p in enumerate(inst.parties):
                if not p.is_consent or p.withdrawal:
                    continue
                if p.party not in bound:
                    add(places.row(inst.id, n), ERROR,
                        f"{p.party} is a party to the {inst.short} but not to its Convention {parent.short}",
                        f"{inst.id}.parties[{n}]")
                elif p.date and bound[p.party].date and bound[p.party].date.start() > p.date.end():
                    add(places.row(inst.id, n), WARNING,
                        f"{p.party} joined the {inst.short} ({p.date}) before its Convention "
                        f"({bound[p.party].date})", f"{inst.id}.parties[{n}]")
        cov = inst.coverage
        if inst.kind not in ("bilateral", "eu-agreement"):
            page = f" ({inst.status_page})" if inst.status_page else ""
            if cov is None or cov.stated is None:
                add(places.of(inst.id, "coverage" if cov is not None else "parties"), WARNING,
                    f"coverage: no stated count of parties to hold the table against: add one, with its date, from "
                    f"the depositary's current table{page}", f"{inst.id}.coverage")
            elif cov.as_of is None:
                add(places.of(inst.id, "coverage"), WARNING,
                    f"coverage: the count of {cov.stated} stated by {cov.stated_by or 'the source'} has no date, so "
                    f"nothing says when it held: give coverage the as_of its source states it for", f"{inst.id}.coverage")
        if cov is not None and cov.stated is not None and inst.kind != "bilateral":
            # a count stated for a month or a year held on some day of it: the table disagrees only where it
            # disagrees at both ends of that period (its first and its last day)
            ends = [p for p in q.coverage_ends(inst.id, today) if p is not None]
            last = ends[-1]
            when = f" as of {cov.as_of}" if cov.as_of else ""
            # the former parties a count still lists are held against it beside the parties
            if all(p.count + len(p.undated) + len(still_listed(p)) < cov.stated for p in ends):
                add(places.of(inst.id, "coverage"), WARNING,
                    f"coverage: {counted(last)} parties in the data, "
                    f"{cov.stated} stated by {cov.stated_by or 'the source'}{when}", f"{inst.id}.coverage")
            elif all(p.count + len(still_listed(p)) > cov.stated for p in ends):
                add(places.of(inst.id, "coverage"), WARNING,
                    f"coverage: {last.count} parties in the data, more than the {cov.stated} stated by "
                    f"{cov.stated_by or 'the source'}{when}: the count or a row is out of date", f"{inst.id}.coverage")
            former = still_listed(last)
            for cid in cov.still_lists:
                if cid not in former:
                    add(places.of(inst.id, "coverage"), WARNING,
                        f"coverage: still_lists names {cid}, a party in the data{when}: list only those whose "
                        f"participation had ended by the count's date", f"{inst.id}.coverage")
            if cov.complete and last.count + len(former) != cov.stated and not cov.as_of:
                add(places.of(inst.id, "coverage"), ERROR,
                    f"coverage is marked complete but {last.count} parties are counted against {cov.stated} stated",
                    f"{inst.id}.coverage")
    out.extend(_timelines(data, places))
    for inst in data.instruments.values():
        if inst.kind in ("bilateral", "eu-agreement"):
            continue  # a closed list of parties: nothing to refresh
        newest = q.table_as_of(inst.id)
        if newest is None or (today - newest.end()).days > 365:
            where = (f" ({inst.status_page})" if inst.status_page else
                     " (the instrument names no status_page: add the depositary's page of its parties)")
            add(places.of(inst.id), WARNING,
                f"{inst.short}: " + ("no source of its table is dated" if newest is None else
                                      f"the newest source of its table is from {newest}, more than 12 months old")
                + f": refresh it from its depositary's current table{where}",
                f"{inst.id}.sources")
    out.extend(_control_characters(data, places))
    for key, s in sorted(data.sources.items()):
        if not s.url:
            out.append(Finding(s.file or "", 0, 0, WARNING, f"source {key!r} has no URL", f"sources.{key}"))
    return out


def _dates_and_duplicates(inst: Instrument, places: _Places, add) -> None:  # type: ignore[no-untyped-def]
    seen: dict[tuple[str, str, str | None], int] = {}
    for n, p in enumerate(inst.parties):
        where = places.row(inst.id, n)
        key = f"{inst.id}.parties[{n}]"
        if p.is_consent and p.date and inst.adopted and inst.kind not in ("organisation", "bilateral") \
                and p.date.end() < inst.adopted.start() and p.act != "succession":
            add(where, ERROR, f"{p.party}: {p.act} {p.date} is before the {inst.short} was adopted ({inst.adopted})",
                key)
        if p.entry_into_force and p.date and p.entry_into_force.end() < p.date.start():
            add(where, ERROR, f"{p.party}: entry into force {p.entry_into_force} is before its {p.act} {p.date}", key)
        if not p.is_consent:
            continue
        ident = (p.party, p.act, p.role)
        if ident in seen:
            first = inst.parties[seen[ident]]
            overlap = first.withdrawal is None or (p.date is not None and p.date.start() < first.withdrawal.start())
            if overlap:
                line = places.row(inst.id, seen[ident])[1]
                add(where, ERROR, f"{p.party} is listed twice as {p.act}"
                    + (f" ({p.role})" if p.role else "") + f" (also at line {line})", key)
        seen[ident] = n


def _timelines(data: Dataset, places: _Places) -> list[Finding]:
    """What only the timeline shows: ends before consents, successions after their notice, cycles, EU agreements."""
    from .standing import done_by, periods

    out: list[Finding] = []

    def add(where: tuple[str, int, int], message: str, key: str) -> None:
        out.append(Finding(where[0], where[1], where[2], ERROR, message, key))

    for inst in data.instruments.values():
        for n, p in enumerate(inst.parties):
            where, key = places.row(inst.id, n), f"{inst.id}.parties[{n}]"
            for period in periods(p):
                end = period.end or period.end_notified
                if end is not None and period.date is not None and end.end() < period.date.start():
                    add(where, f"{p.party}: {period.end_type or 'withdrawal'} effective {end} is before its "
                        f"{period.act} of {period.date}", key)
                if period.act == "succession" and period.effective and period.date \
                        and period.effective.start() > period.date.end():
                    add(where, f"{p.party}: the succession takes effect {period.effective}, after its notification "
                        f"{period.date}: the date of succession is the successor's independence, never later than "
                        "the notice", key)
            if p.not_before is not None and p.date is None:
                said = done_by(data, p.sources, p.not_before)
                if p.entry_into_force is not None and p.entry_into_force.end() <= p.not_before.date.start():
                    add(where, f"{p.party}: in force {p.entry_into_force}, yet not_before says the {p.act} was not "
                        f"yet done on {p.not_before.date}", key)
                elif p.entry_into_force is None and said is not None and said <= p.not_before.date.start():
                    add(where, f"{p.party}: its sources date the {p.act} by {said}, yet not_before says it was not yet "
                        f"done on {p.not_before.date}: cite the source that shows it done later", key)
            for c in p.conflicts:
                ours = {"date": p.date, "signature": p.signature, "entry_into_force": p.entry_into_force,
                        "withdrawal": p.withdrawal, "effective": p.effective}.get(c.field)
                said = str(ours) if ours else "not given"
                if ours is None and inst.kind == "bilateral":
                    # a bilateral row carries no day of its own where the agreement's is the pair's
                    own = {"entry_into_force": inst.entry_into_force, "signature": inst.signed}.get(c.field)
                    said = f"{own} (the agreement's)" if own else said
                out.append(Finding(where[0], where[1], where[2], WARNING,
                                   f"conflict: {p.party} {c.field} {said} per {', '.join(c.backing(p.sources))}, "
                                   f"{c.value} per {', '.join(c.sources)} (the answers use the row's)", key))
            first = next((x for x in periods(p) if x.date is not None), None)
            for d in p.declarations:
                if d.type == "territorial-extension" and d.date and first is not None \
                        and d.date.end() < first.date.start():  # type: ignore[union-attr]
                    add(where, f"{p.party}: extension to {d.territory} dated {d.date}, before its own "
                        f"{first.act} of {first.date}", key)
            for d_n, d in enumerate(p.declarations):
                if not d.text.strip():
                    add(where, f"{p.party}: a {d.type} without its text", f"{key}.declarations[{d_n}]")
        if inst.id in inst.replaces:
            add(places.of(inst.id, "replaces"), f"{inst.id} replaces itself", f"{inst.id}.replaces")
        if inst.replaced_by == inst.id:
            add(places.of(inst.id, "replaced_by"), f"{inst.id} is replaced by itself", f"{inst.id}.replaced_by")
        if inst.kind == "eu-agreement":
            if not any(data.countries.get(p.party) and data.countries[p.party].status == "organisation"
                       for p in inst.parties):
                add(places.of(inst.id), f"{inst.id}: an EU agreement without the EU as a party",
                    f"{inst.id}.parties")
            if not inst.binds_members_of:
                add(places.of(inst.id), f"{inst.id}: an EU agreement names no organisation whose member states "
                    "it binds (binds_members_of)", f"{inst.id}.binds_members_of")
    # replacement cycles: replaces and replaced_by, followed from each instrument
    edges: dict[str, set[str]] = {}
    for inst in data.instruments.values():
        edges.setdefault(inst.id, set()).update(r for r in inst.replaces if r != inst.id)
        if inst.replaced_by and inst.replaced_by != inst.id:
            edges.setdefault(inst.replaced_by, set()).add(inst.id)
    reported: set[frozenset[str]] = set()
    for start in sorted(edges):
        stack, seen = [(start, (start,))], set()
        while stack:
            node, trail = stack.pop()
            for nxt in sorted(edges.get(node, ())):
                if nxt == start and frozenset(trail) not in reported:
                    reported.add(frozenset(trail))
                    add(places.of(start, "replaces"), "replacement cycle: " + " -> ".join((*trail, start)),
                        f"{start}.replaces")
                elif nxt not in seen and nxt != start:
                    seen.add(nxt)
                    stack.append((nxt, (*trail, nxt)))
    return out


# C0 but tab and newline, DEL, C1, and the bidirectional overrides and isolates that can make a
# terminal or a page show text in another order than it is
_CONTROL = ({c for c in range(0x20)} - {0x09, 0x0A}) | {0x7F} | set(range(0x80, 0xA0)) \
    | set(range(0x202A, 0x202F)) | set(range(0x2066, 0x206A))


def _control_characters(data: Dataset, places: _Places) -> list[Finding]:
    """Control characters and direction overrides in any text: they would reach a terminal, a spreadsheet or a
    page as commands, or show a text in another order than it is."""
    out: list[Finding] = []
    table = {c: None for c in _CONTROL}

    def scan(value: object, where: tuple[str, int, int], key: str) -> None:
        if isinstance(value, str):
            if value.translate(table) != value:
                bad = next(ch for ch in value if ord(ch) in _CONTROL)
                out.append(Finding(where[0], where[1], where[2], ERROR,
                                   f"control character U+{ord(bad):04X} in text", key))
        elif isinstance(value, tuple):
            for n, v in enumerate(value):
                scan(v, where, f"{key}[{n}]")
        elif hasattr(value, "__dataclass_fields__"):
            for name in value.__dataclass_fields__:  # type: ignore[attr-defined]
                scan(getattr(value, name), where, f"{key}.{name}")

    for inst in data.instruments.values():
        scan(inst, places.of(inst.id), inst.id)
    for c in data.countries.values():
        scan(c, ("", 0, 0), f"countries.{c.id}")
    for k, src in data.sources.items():
        scan(src, (src.file or "", 0, 0), f"sources.{k}")
    for b in data.bridges:
        scan(b, ("", 0, 0), f"bridges.{b.id}")
    return out
