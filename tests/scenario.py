"""What the scenario tests ask of the command line, in one place.

Each helper runs one octreaty command in-process on the shipped data (through
``tests.conftest.invoke``, which fails the test on an unexpected exit code) and
returns its answer as rows, so that a scenario test reads as the question and
its sourced answer.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import date, timedelta

from .conftest import invoke


def day_before(day: str) -> str:
    """The ISO day before ``day``: the other side of the boundary a fact sets."""
    return (date.fromisoformat(day) - timedelta(days=1)).isoformat()


def csv_rows(*args: str) -> list[dict[str, str]]:
    """The rows of a command's CSV answer."""
    return list(csv.DictReader(io.StringIO(invoke(*args, "--format", "csv").stdout)))


def answer(*args: str) -> dict:
    """A command's whole JSON answer."""
    return json.loads(invoke(*args, "--format", "json").stdout)


def party(iid: str, country: str, day: str) -> dict[str, str] | None:
    """The country's row of `parties ID --all` on the day (signatories and the undated included), or None."""
    rows = [r for r in csv_rows("parties", iid, "--all", "--as-of", day) if r["country"] == country]
    assert len(rows) <= 1, rows
    return rows[0] if rows else None


def consent_then_bound(iid: str, country: str, deposit: str, day_before: str, in_force: str,
                       day_before_force: str) -> None:
    """The country's deposit on ``deposit`` (not yet done, or signed only, on ``day_before``), consent pending on
    ``day_before_force``, and bound from ``in_force``: a dated act on both sides of each of its boundaries."""
    before = party(iid, country, day_before)
    assert before is None or before["state"] == "signed-only"
    pending = party(iid, country, day_before_force)
    assert pending is not None and pending["state"] == "consent-pending" and pending["consent"] == deposit
    bound = party(iid, country, in_force)
    assert bound is not None and bound["state"] == "bound" and bound["in_force"] == in_force


def parties(iid: str, day: str, *extra: str) -> dict[str, dict]:
    """country -> its row of the JSON `parties` answer on the day."""
    return {r["country"]: r for r in answer("parties", iid, "--as-of", day, *extra)["results"]}


def ratified(country: str, iid: str, day: str) -> dict[str, str] | None:
    """The instrument's row of `ratified COUNTRY` on the day, or None."""
    rows = [r for r in csv_rows("ratified", country, "--as-of", day) if r["instrument"] == iid]
    assert len(rows) <= 1, rows
    return rows[0] if rows else None


def coverage(iid: str) -> str:
    """The instrument's coverage column in `instruments` (its count against the stated one)."""
    rows = [r for r in csv_rows("instruments") if r["id"] == iid]
    assert len(rows) == 1, rows
    return rows[0]["coverage"]


def link_rows(a: str, b: str, day: str, purpose: str = "all", section: str | None = None) -> dict[str, dict]:
    """instrument id -> its row of the JSON `link` answer (only one section's rows if given)."""
    out = answer("link", a, b, "--as-of", day, "--for", purpose)
    return {r["instrument"]["id"]: r for r in out["results"]
            if (r.get("instrument") or {}).get("id") and (section is None or r.get("section") == section)}


def qualifications(a: str, b: str, day: str, iid: str, purpose: str) -> list[str]:
    """The declarations `link` quotes on the shared basis ``iid`` for the pair on the day."""
    [row] = [r for r in answer("link", a, b, "--as-of", day, "--for", purpose)["results"]
             if r.get("section") == "shared" and r["instrument"]["id"] == iid]
    return row["qualifications"]


def parties_answer(iid: str, day: str, *extra: str) -> dict:
    """The whole JSON `parties` answer on the day (its count, uncertain rows, results)."""
    return answer("parties", iid, "--as-of", day, *extra)


def bilateral(*link_args: str) -> dict[str, dict]:
    """instrument id -> row, for the bilateral agreements of a `link` answer (link's own arguments)."""
    return {r["instrument"]["id"]: r for r in answer("link", *link_args)["results"] if r["section"] == "bilateral"}


def sides(row: dict) -> tuple[str, str]:
    """The two countries' states in a `link` row."""
    return row["a"]["state"], row["b"]["state"]


def agreement(a: str, b: str, iid: str, day: str, purpose: str = "all") -> dict:
    """The bilateral agreement's row in `link A B --for PURPOSE` on the day."""
    return bilateral(a, b, "--as-of", day, "--for", purpose)[iid]


def agreement_in_force_from(a: str, b: str, iid: str, day_before: str, day: str, purpose: str) -> dict:
    """Asserts the agreement is pending the day before and binds both from the day; returns the row on the day."""
    before = agreement(a, b, iid, day_before, purpose)
    assert sides(before) == ("consent-pending", "consent-pending")
    after = agreement(a, b, iid, day, purpose)
    assert sides(after) == ("bound", "bound")
    assert after["linked_since"]["date"] == day
    return after


def agreement_signed_then_in_force(a: str, b: str, iid: str, signed: str, day: str, purpose: str,
                                   source: str) -> dict:
    """Asserts an agreement absent the day before its signature, pending on both sides from it and binding both
    from the day a source gives for its entry into force (pending the day before), citing ``source``; returns its
    row on that day."""
    assert iid not in bilateral(a, b, "--as-of", day_before(signed), "--for", purpose)
    on_signature = agreement(a, b, iid, signed, purpose)
    assert sides(on_signature) == ("consent-pending", "consent-pending")
    assert on_signature["instrument"]["signed"] == signed
    after = agreement_in_force_from(a, b, iid, day_before(day), day, purpose)
    assert after["instrument"]["entry_into_force"] == day
    assert after["a"]["in_force"]["date"] == day
    assert source in after["sources"]
    return after


def agreement_in_force_on_signature(a: str, b: str, iid: str, day: str, purpose: str, source: str) -> dict:
    """Asserts an agreement absent from `link` the day before its signature and binding both from that day, its
    entry into force the same day as a source gives it, citing ``source``; returns its row on that day."""
    assert iid not in bilateral(a, b, "--as-of", day_before(day), "--for", purpose)
    row = agreement(a, b, iid, day, purpose)
    assert sides(row) == ("bound", "bound")
    assert row["instrument"]["signed"] == day
    assert row["instrument"]["entry_into_force"] == day
    assert row["linked_since"]["date"] == day
    assert source in row["sources"]
    return row


def agreement_signed_uncertain(a: str, b: str, iid: str, signed: str, purpose: str,
                               sources: set[str]) -> tuple[dict, dict]:
    """Asserts an agreement whose entry into force no source gives is absent from `link` the day before its
    signature and uncertain on both sides from it to today, citing ``sources``; returns its rows on the day of
    signature and today."""
    assert iid not in bilateral(a, b, "--as-of", day_before(signed), "--for", purpose)
    on_day = agreement(a, b, iid, signed, purpose)
    assert sides(on_day) == ("uncertain", "uncertain")
    assert on_day["instrument"]["signed"] == signed
    assert on_day["instrument"]["entry_into_force"] is None
    today = agreement(a, b, iid, "2026-12-02", purpose)
    assert sides(today) == ("uncertain", "uncertain")
    assert sources <= set(today["sources"])
    return on_day, today


def agreement_signed_in_a_month_uncertain(a: str, b: str, iid: str, month: str, purpose: str, source: str) -> dict:
    """Asserts an agreement a source dates only to its month ("2019-10") and whose entry into force no source gives
    is absent from `link` the day before that month, uncertain on both sides from the next month's first day to
    today (asked the other way round), citing ``source``; returns today's row."""
    assert iid not in bilateral(a, b, "--as-of", day_before(month + "-01"), "--for", purpose)
    year, mon = (int(x) for x in month.split("-"))
    next_month = f"{year + mon // 12}-{mon % 12 + 1:02d}-01"
    row = agreement(a, b, iid, next_month, purpose)
    assert sides(row) == ("uncertain", "uncertain")
    assert row["instrument"]["signed"] == month
    assert row["instrument"]["entry_into_force"] is None
    today = agreement(b, a, iid, "2026-12-02", purpose)
    assert sides(today) == ("uncertain", "uncertain")
    assert source in today["sources"]
    return today


def agreement_may_have_ended_from(a: str, b: str, iid: str, day: str, purpose: str, source: str,
                                  before: str = "bound") -> dict:
    """Asserts an agreement ``before`` on both sides the day before an event a source dates to the day, month or year
    (``may_have_ended``): "bound", or "uncertain" for one no source dates in force or one a convention may have
    superseded; its reason silent on the event;
    and "uncertain" on both sides from the event's day to today (asked the other way round), its reason naming the
    event's day and ``source``, which it cites; returns today's row."""
    first = {10: day, 7: f"{day}-01", 4: f"{day}-01-01"}[len(day)]  # an event dated to its month or year: its first day
    prior = agreement(a, b, iid, day_before(first), purpose)
    assert sides(prior) == (before, before)
    assert source not in prior["a"]["reason"]
    row: dict = {}
    for when in (first, "2026-12-02"):
        row = agreement(b, a, iid, when, purpose)
        assert sides(row) == ("uncertain", "uncertain")
        reason = row["a"]["reason"]
        opened = reason.index(f"from {day} on (")
        assert source in reason[opened:reason.index(")", opened)]
        assert f"may have ended since, from {day} on (" in reason or f"may also have ended by {when}, from {day} on (" \
            in reason
        assert source in row["sources"]
    return row


def link(a: str, b: str, day: str, purpose: str) -> dict:
    """The whole JSON `link` answer."""
    return answer("link", a, b, "--as-of", day, "--for", purpose)


def sections(link_answer: dict) -> dict[str, tuple[str, str | None, str | None, str | None]]:
    """instrument id -> (section, state of a, state of b, linked since) of a `link` answer."""
    out = {}
    for r in link_answer["results"]:
        inst = r.get("instrument") or {}
        if not inst.get("id"):
            continue
        since = (r.get("linked_since") or {}).get("date")
        out[inst["id"]] = (r["section"], (r.get("a") or {}).get("state"), (r.get("b") or {}).get("state"), since)
    return out
