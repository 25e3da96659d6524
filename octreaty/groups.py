"""Groups of countries: the ones the data names, organisations' members, the UN, ad-hoc lists.

``listing(queries, day)`` is what ``octreaty groups`` prints; ``members(queries,
resolver, specs, day)`` turns what a user gives to ``--group`` into countries:
each spec may name several groups and countries at once, separated by commas
(``eu,western-balkans``, ``ALB,SRB,XKX``), and several specs are joined.
No I/O, no typer.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from .errors import OctreatyError, UnknownName, UsageError
from .model import Listing


@dataclass(frozen=True)
class Chosen:
    """The countries a ``--group`` selects, and how to name the selection."""

    members: tuple[str, ...]
    label: str  # "western-balkans", "eu+nordic", "ALB,SRB,XKX"
    groups: tuple[str, ...]  # the group ids named, in order
    countries: tuple[str, ...]  # the countries named one by one, in order


def listing(queries, day: date) -> Listing:  # type: ignore[no-untyped-def]
    """Every group a ``--group`` accepts, with its kind, size on ``day``, other names and members."""
    data = queries.data
    rows = []
    for g in sorted(data.groups.values(), key=lambda g: g.id):
        members = queries.group_members(g.id, day)
        rows.append((g.id, "group", g.name, str(len(members)), "; ".join(g.aliases), " ".join(sorted(members)),
                     " ".join(g.sources)))
    for i in sorted((i for i in data.instruments.values() if i.kind == "organisation"), key=lambda i: i.id):
        members = queries.group_members(i.id, day)
        rows.append((i.id, "organisation", i.short, str(len(members)), "; ".join(i.aliases),
                     " ".join(sorted(members)), " ".join(i.sources)))
    un = queries.group_members("un", day)
    rows.append(("un", "un", "United Nations members", str(len(un)), "united nations", " ".join(sorted(un)), ""))
    return Listing("groups", ("id", "kind", "name", "count", "aliases", "members", "sources"), tuple(rows),
                   data.as_of)


def members(queries, resolver, specs: Iterable[str], day: date) -> Chosen:  # type: ignore[no-untyped-def]
    """The union of the groups and countries in ``specs``, sorted by id.

    Each comma-separated item is a group when one has that name, else a
    country; an item that is neither raises UnknownName with the group
    suggestions (exit 3).
    """
    chosen: dict[str, None] = {}
    groups: list[str] = []
    countries: list[str] = []
    labels: list[str] = []
    for spec in specs:
        items = [t.strip() for t in spec.split(",") if t.strip()]
        if not items:
            raise UsageError("--group is empty", "name a group (octreaty groups) or countries: --group ALB,SRB,XKX")
        for item in items:
            try:
                gid = resolver.group(item)
            except UnknownName as as_group:
                try:
                    cid = resolver.country(item)
                except OctreatyError:
                    raise as_group from None
                countries.append(cid)
                chosen.setdefault(cid)
                continue
            groups.append(gid)
            for cid in queries.group_members(gid, day):
                chosen.setdefault(cid)
        labels.append(",".join(items))
    label = "+".join(groups) if groups and not countries and len(labels) == len(groups) else " + ".join(labels)
    if len(groups) == 1 and not countries:
        label = groups[0]
    return Chosen(tuple(sorted(chosen)), label, tuple(groups), tuple(countries))
