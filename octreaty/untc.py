"""UN Treaty Collection status files (the depositary's MTDSG XML): read, compare, apply.

* :func:`parse` reads one per-treaty file (``XVIII-12-a.en.xml``, iso-8859-1):
  title, entry-into-force text, stated counts and the participant table.
  Act letters: none = ratification, ``a`` accession, ``A`` acceptance, ``AA``
  approval, ``d`` succession, ``c`` formal confirmation, ``s`` definitive
  signature; ``n`` (provisional application, a column of its own) is kept
  apart and is no act. Footnote markers (``Croatia<superscript>6</superscript>``)
  are stripped from names and kept in ``StatusRow.notes``.
* :func:`compare` sets a :class:`Status` against one instrument of the data.
* :func:`apply` returns the new text of a YAML data file with only the rows of
  that instrument's ``parties:`` that change or are added rewritten: line-level
  edits, never a re-dump, so comments, order and layout stay as they were.
  Rows reported as ``missing`` (in the data, not in the file: a withdrawal or a
  later act the file predates) are never touched.
* :func:`write_with_backup` checks that the new text loads, backs the file up,
  then replaces it atomically (the target of a symbolic link, never the link).

Every value written into YAML (titles, file names, ids, dates, source keys) goes
through PyYAML's emitter, never string formatting, so a quote, a colon, a new
line or a control character in a status file cannot change the YAML's structure.
A status file is XML the depositary writes, but anyone may hand one over: it is
read only if it is a regular file of at most 32 MB, and any shape it takes
(rows without cells, a lower-case chapter, nesting deep enough to exhaust
recursion) gives ValueError, never another exception.

Source key: the rows :func:`apply` adds or changes cite one new source,
``untc-<mtdsg no. in lower case>-<as-of>`` (``untc-xviii-12-a-2018-01-15``;
``...-undated`` when no as-of date is given: the XML carries none, so the caller
passes the date the file was downloaded). It is added to the file's top-level
``sources:`` table (in sorted position when the table is sorted) with the
treaty's UNTC status URL, that as-of date, and the file name as note. A changed
row keeps its other sources and gains the new key.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field, replace
from pathlib import Path
from urllib.parse import quote as url_quote

from . import safeio
from .errors import AmbiguousName, DataError, UnknownName
from .model import CONSENT_ACTS, SIGNATURE, Instrument, PartialDate, Participation
from .resolve import Resolver, normalize

ACT_LETTERS = {
    "": "ratification",
    "a": "accession",
    "A": "acceptance",
    "AA": "approval",
    "d": "succession",
    "c": "formal-confirmation",
    "s": "definitive-signature",
}
MONTHS = {m: n for n, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1)}
_DATE = re.compile(r"^(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{4})(?:\s+([A-Za-z]{1,2}))?$")
_SUP = re.compile(r"<superscript>\s*([^<]*?)\s*</superscript>", re.IGNORECASE)
_TAG = re.compile(r"<[^>]+>")
_BARE_AMP = re.compile(rb"&(?!(?:[A-Za-z][A-Za-z0-9]*|#[0-9]+|#x[0-9A-Fa-f]+);)")
_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 13))
ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
MAX_FILE_BYTES = 32 * 1024 * 1024  # the depositary's largest status files are under 1 MB
_MTDSG_NO = re.compile(r"^[A-Za-z0-9]{1,12}(?:-[A-Za-z0-9]{1,12}){0,4}$")
_COUNT = re.compile(r"^[0-9]{1,6}$")
MAX_NAME = 300  # characters in a participant's name (the longest state name has about 60)
MAX_TITLE = 2000  # characters in a treaty's title (the longest in the MTDSG have about 400)
MAX_NOTES = 20  # footnote marks on one participant's name (the depositary's have a few)
_ENCODING = re.compile(rb"""^(?:\xef\xbb\xbf)?\s*<\?xml[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._-]{1,40})["']""")
_ENCODINGS = {"iso-8859-1", "iso8859-1", "latin-1", "latin1", "utf-8", "utf8", "us-ascii", "ascii",
              "windows-1252", "cp1252"}


@dataclass(frozen=True)
class StatusRow:
    """One participant row of the depositary's table."""

    participant: str  # the depositary's spelling, footnote markers stripped
    signature: PartialDate | None = None
    act: str | None = None  # None: signed only (or nothing)
    date: PartialDate | None = None  # date of the act
    provisional: PartialDate | None = None  # provisional application (ATT art. 23), not an act of consent
    notes: tuple[str, ...] = ()  # footnote numbers on the name


@dataclass(frozen=True)
class Status:
    """One UNTC status file."""

    mtdsg_no: str  # "XVIII-12-a"
    title: str
    eif: str | None  # the entry-into-force paragraph as written
    signatories: int | None  # counts the file states
    parties: int | None
    rows: tuple[StatusRow, ...]
    file: str  # the file's name
    as_of: PartialDate | None = None  # date of the copy, from the caller
    problems: tuple[str, ...] = ()  # cells that could not be read
    end_notes: tuple[tuple[str, str], ...] = ()  # the depositary's end notes: (number, text)

    def note(self, number: str) -> str | None:
        return next((text for n, text in self.end_notes if n == number), None)

    @property
    def chapter(self) -> int | None:
        """The chapter's number (XVIII -> 18; upper or lower case); None when it is not a Roman numeral."""
        roman = self.mtdsg_no.split("-")[0].upper()
        if not roman or any(ch not in ROMAN for ch in roman):
            return None
        total = 0
        for i, ch in enumerate(roman):
            v = ROMAN[ch]
            total += -v if i + 1 < len(roman) and ROMAN[roman[i + 1]] > v else v
        return total

    @property
    def url(self) -> str:
        url = f"https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no={url_quote(self.mtdsg_no, safe='-')}"
        return url + (f"&chapter={self.chapter}" if self.chapter is not None else "")

    @property
    def source_key(self) -> str:
        return f"untc-{self.mtdsg_no.lower()}-{self.as_of or 'undated'}"


def _text(el: ET.Element | None) -> str:
    if el is None:
        return ""
    return " ".join("".join(el.itertext()).replace("\xa0", " ").split())


def _clean(cell: str) -> tuple[str, tuple[str, ...]]:
    """A cell without markup, and its footnote numbers."""
    notes: list[str] = []
    for m in _SUP.finditer(cell):
        notes.extend(n.strip() for n in m.group(1).split(",") if n.strip())
    text = _TAG.sub("", _SUP.sub("", cell))
    return " ".join(text.replace("\xa0", " ").split()), tuple(notes)


def parse_date(cell: str) -> tuple[PartialDate, str]:
    """``"15 Aug 2014 a"`` -> (2014-08-15, "a"); ValueError otherwise."""
    m = _DATE.match(cell.strip())
    if not m or m.group(2).lower() not in MONTHS:
        raise ValueError(f"not a UNTC date: {cell!r}")
    day, month, year = int(m.group(1)), MONTHS[m.group(2).lower()], int(m.group(3))
    return PartialDate.parse(f"{year:04d}-{month:02d}-{day:02d}"), m.group(4) or ""


def parse(path: Path | str, *, as_of: PartialDate | str | None = None) -> Status:
    """Read a UNTC status file. ValueError when it is not one (or holds a DOCTYPE).

    ``as_of``: the date the copy was taken (the XML does not say); it names the
    source key :func:`apply` cites. OSError when the file cannot be read;
    safeio.InputError (a ValueError) when it is not a regular file or is over
    MAX_FILE_BYTES.
    """
    path = Path(path)
    raw = safeio.read_input(path, MAX_FILE_BYTES)
    try:
        return _parse(path, raw, as_of)
    except RecursionError:
        raise ValueError(f"{path.name}: nested too deeply to be a UNTC status file") from None


def _parse(path: Path, raw: bytes, as_of: PartialDate | str | None) -> Status:
    # the checks below read bytes as ASCII: an encoding that is not ASCII-compatible (UTF-16,
    # EBCDIC...) could hide a DOCTYPE from them, so only the ones the depositary uses are read
    declared = _ENCODING.match(raw[:512])
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in raw[:512] or (
            declared and declared.group(1).decode("ascii").lower() not in _ENCODINGS):
        name = declared.group(1).decode("ascii") if declared else "UTF-16 or UTF-32"
        raise ValueError(f"{path.name}: encoded as {name}; UNTC status files are ISO-8859-1 or UTF-8")
    if b"<!DOCTYPE" in raw.upper() or b"<!ENTITY" in raw.upper():
        raise ValueError(f"{path.name}: DOCTYPE or ENTITY declarations are not accepted")
    # the depositary's files hold stray control characters (0x1c) that XML forbids
    # ... and bare ampersands in the declaration texts
    raw = _BARE_AMP.sub(b"&amp;", raw.translate(None, _CONTROL))
    try:
        root = ET.fromstring(raw)
    except (ET.ParseError, LookupError) as exc:  # LookupError: an encoding Python does not know
        raise ValueError(f"{path.name}: not well-formed XML ({exc})") from None
    treaty = root.find("Treaty")
    data = treaty.find("Header/ExternalData") if treaty is not None else None
    if treaty is None or data is None or treaty.find("Participants") is None:
        raise ValueError(f"{path.name}: not a UNTC status file (no Treaty/Header/ExternalData/Participants)")
    chapter = re.sub(r"(?i)^\s*chapter\b", "", _text(treaty.find("Header/Chapter/Header"))).strip()
    parts = [chapter, _text(data.find("Numsect")), _text(data.find("Subnumsect"))]
    mtdsg_no = "-".join(p for p in parts if p)
    if mtdsg_no and not _MTDSG_NO.match(mtdsg_no):
        raise ValueError(f"{path.name}: {mtdsg_no[:40]!r} is not a UNTC treaty number (such as XVIII-12-a)")
    title = _text(data.find("Titlesect")) or _text(data.find("Subtitlesect"))
    if len(title) > MAX_TITLE:  # a title for the source's entry, not a document
        raise ValueError(f"{path.name}: the treaty's title has {len(title):,} characters; a title has a few hundred")
    eif = _text(data.find("EIF/Labeltext")) or None

    def count(tag: str) -> int | None:
        t = _text(data.find(f"Status/{tag}"))
        return int(t) if _COUNT.match(t) else None

    head = [_clean(_text(e))[0] for e in treaty.findall("Participants/Table/TGroup/Thead/Row/Entry")]
    cols: dict[str, int] = {}
    for n, h in enumerate(head):
        low = h.lower()
        if n == 0:
            cols["participant"] = 0
        elif low.startswith("participation"):
            cols["participation"] = n  # VI-18: participation by virtue of the 1972 Protocol
        elif low.startswith("signature"):
            cols["signature"] = n
        elif low.startswith("provisional"):
            cols["provisional"] = n
        elif "ratification" in low or "accession" in low:
            cols["act"] = n
    rows: list[StatusRow] = []
    problems: list[str] = []
    for r in treaty.findall("Participants/Table/TGroup/Tbody/Rows/Row"):
        cells = [_text(e) for e in r.findall("Entry")]
        if not cells:
            continue  # a row without cells names no participant
        cells += [""] * (len(head) - len(cells))
        name, notes = _clean(cells[0])
        if not name:
            continue
        notes = tuple(dict.fromkeys(n[:12] for n in notes))[:MAX_NOTES]  # "1,1,1,...": each note once, a few
        if len(name) > MAX_NAME:  # no state's name is this long: reported, never echoed whole
            problems.append(f"a participant name of {len(name):,} characters ({name[:40]!r}...) is left out")
            continue
        values: dict[str, tuple[PartialDate, str] | None] = {}
        for key in ("signature", "act", "provisional", "participation"):
            cell = _clean(cells[cols[key]])[0] if key in cols else ""
            values[key] = None
            if cell:
                try:
                    values[key] = parse_date(cell)
                except ValueError:
                    problems.append(f"{name}: {key} cell {cell!r} is not a date")
        act = date = None
        if values["act"] is not None:
            date, letter = values["act"]
            act = ACT_LETTERS.get(letter)
            if act is None:
                problems.append(f"{name}: unknown act letter {letter!r}")
                date = None
        elif values["participation"] is not None:
            date, act = values["participation"][0], "party"
        sig = values["signature"][0] if values["signature"] else None
        prov = values["provisional"][0] if values["provisional"] else None
        rows.append(StatusRow(name, sig, act, date, prov, notes))
    if len(rows) > 10_000:
        raise ValueError(f"{path.name}: {len(rows):,} participant rows; a treaty has a few hundred at most")
    as_of_p = PartialDate.parse(as_of) if isinstance(as_of, str) else as_of
    end_notes = []
    for note in treaty.findall("EndNotes/Note")[:5000]:
        number, text = _text(note.find("index")), _clean(_text(note.find("text")))[0]
        if number and text:
            end_notes.append((number[:12], text[:20_000]))
    return Status(mtdsg_no, title, eif, count("Signatories"), count("Parties"), tuple(rows), path.name,
                  as_of_p, tuple(problems), tuple(end_notes))


# --- what the end notes say of a party's timeline ---------------------------------------

_WHEN = r"(\d{1,2}\s{1,3}[A-Z][a-z]{2,9}\s{1,3}\d{4})"
# bounded repeats: a crafted note cannot make a pattern backtrack over the whole text
_DENOUNCED = re.compile(r"On " + _WHEN + r",[^.]{0,300}?(?:decided to denounce|denunciation)[^.]{0,300}\.[^.]{0,300}?"
                        r"took effect on " + _WHEN, re.S)
_ORIGINALLY = re.compile(r"originally deposited its instrument of (\w{1,30})[^.]{0,300}? on " + _WHEN)
_SUCCESSION_FROM = re.compile(r"succe\w{0,20}[^.]{0,300}?(?:with effect from|as from|effective) " + _WHEN, re.I)
MAX_NOTE = 5_000  # characters of an end note read for a timeline (the depositary's longest have about 1,500)


@dataclass(frozen=True)
class TimelineNote:
    """An event a depositary's end note records for a participant."""

    party: str
    note: str  # the end note's number
    kind: str  # denunciation | earlier-consent | succession
    date: PartialDate | None  # the act (notification, deposit)
    effective: PartialDate | None = None  # when it took effect
    act: str | None = None  # earlier-consent: the act

    def describe(self) -> str:
        if self.kind == "denunciation":
            return f"denunciation notified {self.date}, effective {self.effective}"
        if self.kind == "earlier-consent":
            return f"an earlier {self.act} of {self.date}"
        return f"succession with effect from {self.effective}"


def _day(text: str) -> PartialDate | None:
    try:
        return parse_date(text)[0]
    except ValueError:
        return None


def timeline_notes(party: str, number: str, text: str) -> list[TimelineNote]:
    """What one end note says of a party's timeline: denunciations, earlier acts, dates of succession."""
    found = []
    text = text[:MAX_NOTE]
    for m in _DENOUNCED.finditer(text):
        found.append(TimelineNote(party, number, "denunciation", _day(m.group(1)), _day(m.group(2))))
    for m in _ORIGINALLY.finditer(text):
        found.append(TimelineNote(party, number, "earlier-consent", _day(m.group(2)), act=m.group(1).lower()))
    for m in _SUCCESSION_FROM.finditer(text):
        found.append(TimelineNote(party, number, "succession", None, _day(m.group(1))))
    return found


# --- compare ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Change:
    """A row of the file that adds to or differs from the data."""

    kind: str  # new-party | new-signatory | changed
    party: str  # country id
    row: StatusRow
    current: Participation | None  # the data's row it changes (None when new)
    fields: tuple[str, ...]  # what differs: act, date, signature

    def describe(self) -> str:
        new = {"act": self.row.act, "date": self.row.date, "signature": self.row.signature}
        if self.current is None:
            what = f"{self.row.act} {self.row.date}" if self.row.act else f"signature {self.row.signature}"
            return f"{self.party} ({self.row.participant}): new, {what}"
        old = {"act": self.current.act, "date": self.current.date, "signature": self.current.signature}
        diffs = ", ".join(f"{f} {old[f] or 'none'} -> {new[f]}" for f in self.fields)
        return f"{self.party} ({self.row.participant}): {diffs}"


@dataclass(frozen=True)
class Diff:
    """What a status file says that the data does not, and the reverse."""

    instrument: str
    status: Status
    new: tuple[Change, ...] = ()  # new parties and signatories
    changed: tuple[Change, ...] = ()  # date, act kind or signature differ
    missing: tuple[Participation, ...] = ()  # a consent in the data, none in the file: report only
    unresolved: tuple[str, ...] = ()  # participant names no country id matches
    same: int = 0  # rows that agree
    notes: tuple[str, ...] = ()  # e.g. the stated counts against ours
    names: dict[str, str] = field(default_factory=dict, compare=False)  # country id -> name, to order rows

    @property
    def empty(self) -> bool:
        return not (self.new or self.changed or self.missing or self.unresolved)


def _s(p: PartialDate | None) -> str:
    return str(p) if p else ""


def _country_id(resolver: Resolver, name: str) -> str | None:
    """The country ``name`` names, or None: without the "did you mean" suggestions that
    Resolver.country computes for an unknown name, which cost a second each for a file
    of thousands of names and are not reported here."""
    try:
        return resolver.countries.lookup(name, suggest=False)
    except (UnknownName, AmbiguousName):
        return None


def compare(status: Status, instrument: Instrument, resolver: Resolver) -> Diff:
    """Set ``status`` against ``instrument``'s parties; names go through ``resolver``."""
    by_party: dict[str, list[Participation]] = {}
    for p in instrument.parties:
        by_party.setdefault(p.party, []).append(p)
    new: list[Change] = []
    changed: list[Change] = []
    unresolved: list[str] = []
    in_file: set[str] = set()
    same = 0
    resolved: list[tuple[StatusRow, str]] = []
    for row in status.rows:
        if row.act is None and row.signature is None:
            continue
        cid = _country_id(resolver, row.participant)
        if cid is None:
            unresolved.append(row.participant)
            continue
        resolved.append((row, cid))
    # a country the file names in two rows ("Hungary" and "HUN"): which row is right cannot be told,
    # and applying both would write contradictory rows; neither is applied, and the note says so
    rows_of: dict[str, list[str]] = {}
    for row, cid in resolved:
        rows_of.setdefault(cid, []).append(row.participant)
    twice = {cid: names for cid, names in rows_of.items() if len(names) > 1}
    for row, cid in resolved:
        if cid in twice:
            in_file.add(cid)
            continue
        ps = by_party.get(cid, [])
        consents = [p for p in ps if p.act in CONSENT_ACTS]
        signatures = [p for p in ps if p.act == SIGNATURE]
        if row.act is None:  # signed only, in the file
            if consents:
                continue  # the data has a consent the file lacks: reported as missing below
            if not signatures:
                new.append(Change("new-signatory", cid, row, None, ("signature",)))
                continue
            cur = signatures[-1]
            have = cur.signature or cur.date
            if _s(have) != _s(row.signature):
                changed.append(Change("changed", cid, row, cur, ("signature",)))
            else:
                same += 1
            continue
        in_file.add(cid)
        if not consents and not signatures:
            new.append(Change("new-party", cid, row, None, ("act", "date") + (("signature",) if row.signature else ())))
            continue
        cur = (consents or signatures)[-1]
        fields = []
        # "party" (VI-18's participation column) names no act: it never contradicts one
        if cur.act != row.act and not (row.act == "party" and cur.act in CONSENT_ACTS):
            fields.append("act")
        if _s(cur.date) != _s(row.date):
            fields.append("date")
        if row.signature is not None and _s(cur.signature) != _s(row.signature):
            fields.append("signature")
        if fields:
            changed.append(Change("changed", cid, row, cur, tuple(fields)))
        else:
            same += 1
    missing = tuple(p for cid, ps in by_party.items() if cid not in in_file
                    for p in ps if p.act in CONSENT_ACTS and p.withdrawal is None)
    ours = sum(1 for ps in by_party.values() if any(p.act in CONSENT_ACTS and p.withdrawal is None for p in ps))
    notes = []
    if status.parties is not None:
        notes.append(f"the file states {status.parties} parties; the data has {ours}")
    notes += [f"{cid}: the file names it in {len(names)} rows ({', '.join(repr(n) for n in names)}); none of "
              "them is applied" for cid, names in twice.items()]
    notes += list(status.problems)
    notes += _timeline_findings(status, resolved, by_party)
    names = {cid: resolver.data.countries[cid].name for cid in (*by_party, *(c.party for c in new))
             if cid in resolver.data.countries}
    return Diff(instrument.id, status, tuple(new), tuple(changed), missing, tuple(unresolved), same, tuple(notes),
                names)


def _timeline_findings(status: Status, resolved: list[tuple[StatusRow, str]],
                       by_party: dict[str, list[Participation]]) -> list[str]:
    """End notes that record a denunciation, an earlier act or a date of succession, set against the data.

    They are reported, never written: turning a one-act row into a timeline is an edit to make by
    hand (docs/DATA.md), from the note quoted.
    """
    out = []
    read: dict[str, list[TimelineNote]] = {}  # each note read once, however many rows name it
    for row, cid in resolved:
        for number in row.notes:
            if number not in read:
                text = status.note(number)
                read[number] = timeline_notes("", number, text) if text else []
            for t in (replace(t, party=cid) for t in read[number]):
                rows = by_party.get(cid, [])
                events = [e for p in rows for e in p.events]
                if t.kind == "denunciation":
                    known = any(e.is_ending and (e.effective == t.effective or e.date == t.date) for e in events) or \
                        any(p.withdrawal == t.effective for p in rows)
                elif t.kind == "earlier-consent":
                    known = any(e.is_consent and e.date == t.date for e in events) or any(p.date == t.date for p in rows)
                else:
                    known = any(p.effective == t.effective for p in rows) or \
                        any(e.effective == t.effective for e in events)
                if not known:
                    out.append(f"{cid}: end note {number} records {t.describe()}, which the data does not: "
                               "edit the row into a timeline by hand (docs/DATA.md)")
    return out


# --- apply: line-level edits -------------------------------------------------------------

_KEY = re.compile(r"^(\s*)(?:- )?([A-Za-z_]+):(.*)$")
_ROW_KEYS = ("party", "signature", "act", "date")


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _blank(line: str) -> bool:
    s = line.strip()
    return not s or s.startswith("#")


_BIDI = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ufeff]")


def _q(value: str) -> str:
    """``value`` as a double-quoted YAML scalar, written by PyYAML's emitter.

    The emitter escapes what YAML needs escaped (quotes, backslashes, new
    lines, control characters); the invisible direction controls, which YAML
    would leave as they are, are escaped too, so that an editor shows the file
    as it parses.
    """
    import yaml

    events = [yaml.StreamStartEvent(), yaml.DocumentStartEvent(explicit=False),
              yaml.ScalarEvent(None, None, (True, True), str(value), style='"'),
              yaml.DocumentEndEvent(explicit=False), yaml.StreamEndEvent()]
    out = yaml.emit(events, width=1 << 30, allow_unicode=True).rstrip("\n")
    out = out.removeprefix("--- ")
    return _BIDI.sub(lambda m: f"\\u{ord(m.group()):04X}", out)


def _plain(value: str, *, flow: bool = True) -> str:
    """``value`` as a YAML scalar that reads back as this string, by PyYAML's emitter: plain where that
    is safe, quoted otherwise. ``flow``: safe inside ``[...]`` and ``{...}`` too (and so anywhere)."""
    import yaml

    if flow:
        text = yaml.safe_dump([str(value)], default_flow_style=True, width=1 << 30, allow_unicode=True).strip()
        inner = text[1:-1]
    else:
        text = yaml.safe_dump({"k": str(value)}, default_flow_style=False, width=1 << 30, allow_unicode=True)
        inner = text.rstrip("\n").removeprefix("k: ")
    if "\n" in inner or _BIDI.search(inner) or not inner:
        return _q(value)
    return inner


def _flow_list(items: list[str]) -> str:
    return "[" + ", ".join(_plain(i) for i in items) + "]"


def _parse_flow_list(text: str) -> list[str] | None:
    text = text.split(" #")[0].strip()
    if not (text.startswith("[") and text.endswith("]")):
        return None
    return [x.strip().strip("'\"") for x in text[1:-1].split(",") if x.strip()]


def _values(change: Change) -> dict[str, str]:
    """The new YAML values (as written) for the fields a change sets."""
    out = {}
    if ("act" in change.fields or change.current is None) and change.row.act:
        out["act"] = _plain(change.row.act)
    if "date" in change.fields and change.row.date:
        out["date"] = _q(str(change.row.date))
    if "signature" in change.fields and change.row.signature:
        out["signature"] = _q(str(change.row.signature))
    if change.kind == "new-signatory":
        out["act"] = _plain(SIGNATURE)
        out["date"] = _q(str(change.row.signature))
        out.pop("signature", None)
    return out


def _edit_flow_row(line: str, values: dict[str, str], key: str, nl: str) -> str:
    """Rewrite a one-line ``- {party: X, ...}`` row with new values and the new source."""
    import yaml

    head, body = line[: line.index("{")], line[line.index("{"):].rstrip("\r\n")
    body, tail = body[: body.rindex("}") + 1], body[body.rindex("}") + 1:]  # tail: a comment, kept
    doc = yaml.safe_load(body)
    if not isinstance(doc, dict):
        raise ValueError(f"cannot read the row {line.strip()!r}")  # noqa: TRY004
    order = list(doc)
    for k in ("signature", "act", "date"):
        if k in values and k not in order:
            after = [o for o in _ROW_KEYS[: _ROW_KEYS.index(k)] if o in order]
            order.insert(order.index(after[-1]) + 1 if after else 0, k)
    parts = []
    # keep each untouched key's text as written: re-read it from the line
    raw = _split_flow(body[1:-1])
    for k in order:
        if k in values:
            parts.append(f"{k}: {values[k]}")
        elif k == "sources":
            srcs = [str(s) for s in (doc.get("sources") or [])]
            parts.append(f"sources: {_flow_list(srcs + ([key] if key not in srcs else []))}")
        else:
            parts.append(raw[k])
    if "sources" not in order:
        parts.append(f"sources: {_flow_list([key])}")
    return head + "{" + ", ".join(parts) + "}" + tail + nl


def _split_flow(inner: str) -> dict[str, str]:
    """``party: ALB, sources: [a, b]`` -> {key: "key: value"} as written (brackets and quotes respected)."""
    out: dict[str, str] = {}
    depth, quote, start = 0, "", 0
    pieces = []
    for i, ch in enumerate(inner):
        if quote:
            if ch == quote:
                quote = ""
        elif ch in "\"'":
            quote = ch
        elif ch in "[{":
            depth += 1
        elif ch in "]}":
            depth -= 1
        elif ch == "," and depth == 0:
            pieces.append(inner[start:i])
            start = i + 1
    pieces.append(inner[start:])
    for p in pieces:
        p = p.strip()
        if p:
            out[p.split(":", 1)[0].strip()] = p
    return out


def _edit_block_row(lines: list[str], values: dict[str, str], key: str, nl: str) -> list[str]:
    """Rewrite a block-style row (first line ``- party: X``) with new values and the new source."""
    lines = list(lines)
    ind = _indent(lines[0]) + 2
    keys: dict[str, int] = {}
    for n, line in enumerate(lines):
        m = _KEY.match(line)
        if m and (n == 0 or _indent(line) == ind):
            keys[m.group(2)] = n
    for k in ("signature", "act", "date"):
        if k not in values:
            continue
        if k in keys:
            n = keys[k]
            # a comment on the old value would mislead: it goes with it
            lines[n] = lines[n][: lines[n].index(k + ":")] + f"{k}: {values[k]}{nl}"
        else:
            after = [keys[o] for o in _ROW_KEYS[: _ROW_KEYS.index(k)] if o in keys]
            at = (max(after) + 1) if after else 1
            lines.insert(at, " " * ind + f"{k}: {values[k]}{nl}")
            keys = {kk: (v + 1 if v >= at else v) for kk, v in keys.items()}
            keys[k] = at
    if "sources" in keys:
        n = keys["sources"]
        rest = _KEY.match(lines[n]).group(3)  # type: ignore[union-attr]
        srcs = _parse_flow_list(rest)
        if srcs is not None:
            if key not in srcs:
                lines[n] = lines[n][: lines[n].index("sources:")] + f"sources: {_flow_list(srcs + [key])}{nl}"
        else:  # a block list: add an item after the last one
            end = n + 1
            while end < len(lines) and lines[end].strip().startswith("- "):
                end += 1
            item_ind = _indent(lines[n + 1]) if n + 1 < len(lines) else ind + 2
            if not any(ln.strip() in (f"- {key}", f"- {_plain(key)}") for ln in lines[n + 1:end]):
                lines.insert(end, " " * item_ind + f"- {_plain(key)}{nl}")
    else:
        lines.append(" " * ind + f"sources: {_flow_list([key])}{nl}")
    return lines


def _new_row(change: Change, key: str, flow: bool, ind: int, nl: str) -> list[str]:
    vals = _values(change)
    pairs = [("party", _plain(change.party))]
    pairs += [(k, vals[k]) for k in ("signature", "act", "date") if k in vals]
    pairs.append(("sources", _flow_list([key])))
    if flow:
        return [" " * ind + "- {" + ", ".join(f"{k}: {v}" for k, v in pairs) + "}" + nl]
    out = [" " * ind + f"- {pairs[0][0]}: {pairs[0][1]}{nl}"]
    out += [" " * (ind + 2) + f"{k}: {v}{nl}" for k, v in pairs[1:]]
    return out


def _block_end(lines: list[str], start: int, indent: int) -> int:
    """The index after the block that starts at ``start`` (lines deeper than ``indent``)."""
    n = start + 1
    last = start
    while n < len(lines):
        if not _blank(lines[n]):
            if _indent(lines[n]) <= indent:
                break
            last = n
        n += 1
    return last + 1


def _find_instrument(lines: list[str], iid: str) -> tuple[int, int, int]:
    pat = re.compile(r"^(\s*)- id:\s*['\"]?" + re.escape(iid) + r"['\"]?\s*(#.*)?$")
    for n, line in enumerate(lines):
        m = pat.match(line.rstrip("\r\n"))
        if m:
            ind = len(m.group(1))
            end = n + 1
            while end < len(lines):
                ln = lines[end]
                if not _blank(ln) and (_indent(ln) < ind + 2):
                    break
                end += 1
            while end > n + 1 and _blank(lines[end - 1]):
                end -= 1
            return n, end, ind + 2
    raise ValueError(f"instrument {iid!r} is not defined in block style in this file")


def _add_source(lines: list[str], status: Status, nl: str) -> list[str]:
    key = status.source_key
    title = f"UNTC status: {status.mtdsg_no} ({status.title})"
    entry = [f"  {_plain(key, flow=False)}:{nl}",
             f"    title: {_q(title)}{nl}",
             f"    url: {_plain(status.url, flow=False)}{nl}",
             f"    as_of: {_q(str(status.as_of)) if status.as_of else 'null'}{nl}",
             f"    note: {_q('imported with octreaty import untc from ' + status.file)}{nl}"]
    top = next((n for n, ln in enumerate(lines) if re.match(r"^sources:\s*(#.*)?$", ln.rstrip("\r\n"))), None)
    if top is None:
        if any(re.match(r"^sources:", ln) for ln in lines):
            raise ValueError("the top-level 'sources:' table is not in block style")
        at = next((n for n, ln in enumerate(lines) if re.match(r"^instruments:", ln)), len(lines))
        return lines[:at] + [f"sources:{nl}", *entry] + lines[at:]
    end = _block_end(lines, top, 0)
    starts = [n for n in range(top + 1, end) if re.match(r"^  [^\s#-][^:]*:", lines[n])]
    names = [lines[n].strip().split(":")[0].strip("'\"") for n in starts]
    if key in names:
        return lines
    at = end
    if names == sorted(names):
        later = [n for n, name in zip(starts, names, strict=True) if name > key]
        if later:
            at = later[0]
    return lines[:at] + entry + lines[at:]


def apply(diff: Diff, yaml_path: Path | str, instrument_id: str | None = None) -> str:
    """The new text of ``yaml_path`` with ``diff``'s new and changed rows written in.

    Only the lines of the rows concerned change, plus the new source entry;
    every other byte stays as it was. New rows go in sorted position when the
    rows are sorted by country name, else at the end, in the style (flow or
    block) of the existing rows. ValueError when the instrument is not found
    in the file in block style.
    """
    iid = instrument_id or diff.instrument
    from .load import read_file

    try:
        text = read_file(Path(yaml_path)).decode("utf-8")  # a regular file within the data's size limit
    except (DataError, UnicodeDecodeError) as exc:
        raise ValueError(str(exc)) from None
    lines = text.splitlines(keepends=True)
    nl = "\r\n" if lines and lines[0].endswith("\r\n") else "\n"
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += nl
        text_had_no_final_newline = True
    else:
        text_had_no_final_newline = False
    if not diff.new and not diff.changed:
        return text
    key = diff.status.source_key
    start, end, ind = _find_instrument(lines, iid)
    p_at = next((n for n in range(start, end) if re.match(rf"^ {{{ind}}}parties:\s*(\[\s*\])?\s*(#.*)?$",
                                                          lines[n].rstrip("\r\n"))), None)
    if p_at is None:
        lines[end:end] = [" " * ind + f"parties:{nl}"]
        p_at, end = end, end + 1
    elif "[" in lines[p_at]:
        lines[p_at] = " " * ind + f"parties:{nl}"
    p_end = _block_end(lines, p_at, ind)
    # the rows: (first line, end line, party id)
    rows: list[list] = []
    n = p_at + 1
    while n < p_end:
        m = re.match(r"^(\s*)- ", lines[n])
        if m and not _blank(lines[n]):
            row_ind = len(m.group(1))
            r_end = _block_end(lines, n, row_ind)
            body = "".join(lines[n:r_end])
            pm = re.search(r"party:\s*['\"]?([A-Za-z0-9_-]+)", body)
            rows.append([n, r_end, pm.group(1) if pm else "", row_ind, "{" in lines[n].split("#")[0]])
            n = r_end
        else:
            n += 1
    row_ind = rows[0][3] if rows else ind + 2
    flow = rows[0][4] if rows else False
    # changed rows, from the bottom up so that indexes stay valid
    by_party: dict[str, list[list]] = {}
    for r in rows:
        by_party.setdefault(r[2], []).append(r)
    edits: list[tuple[int, int, list[str]]] = []
    for c in diff.changed:
        candidates = by_party.get(c.party, [])
        if not candidates:
            raise ValueError(f"no row for {c.party!r} under {iid!r} in {yaml_path}")
        r = _match_row(lines, candidates, c)
        vals = _values(c)
        if r[4]:
            new = [_edit_flow_row(lines[r[0]], vals, key, nl)]
        else:
            new = _edit_block_row(lines[r[0]:r[1]], vals, key, nl)
        edits.append((r[0], r[1], new))
    # new rows
    def name(cid: str) -> str:
        return normalize(diff.names.get(cid, cid))

    names = [name(r[2]) for r in rows]
    is_sorted = names == sorted(names)
    inserts: list[tuple[int, str, list[str]]] = []
    for c in diff.new:
        at = rows[-1][1] if rows else p_at + 1
        if is_sorted and rows:
            later = [r for r, nm in zip(rows, names, strict=True) if nm > name(c.party)]
            if later:
                at = later[0][0]
        inserts.append((at, name(c.party), _new_row(c, key, flow, row_ind, nl)))
    for s, e, new in sorted(edits, key=lambda x: x[0], reverse=True):
        lines[s:e] = new
    # inserts: positions refer to the original rows; edits above may have shifted them
    shift = _shifts(edits)
    for at, _, new in sorted(inserts, key=lambda x: (x[0], x[1]), reverse=True):
        pos = at + sum(d for s, d in shift if s < at)
        lines[pos:pos] = new
    lines = _add_source(lines, diff.status, nl)
    out = "".join(lines)
    if text_had_no_final_newline:
        out = out[: -len(nl)]
    return out


def _shifts(edits: list[tuple[int, int, list[str]]]) -> list[tuple[int, int]]:
    return [(s, len(new) - (e - s)) for s, e, new in edits]


def _match_row(lines: list[str], candidates: list[list], c: Change) -> list:
    """The row a change applies to: the one whose act and date are those of ``c.current``."""
    if len(candidates) == 1 or c.current is None:
        return candidates[-1]
    want_act, want_date = c.current.act, _s(c.current.date)
    for r in candidates:
        body = "".join(lines[r[0]:r[1]])
        if re.search(rf"act:\s*['\"]?{re.escape(want_act)}\b", body) and (
                not want_date or want_date in body):
            return r
    return candidates[-1]


def check_text(path: Path | str, text: str, files: list[Path | str] | None = None) -> None:
    """DataError unless ``text``, written at ``path``, loads: alone, and with ``files`` (the other data files).

    The whole data is validated as octreaty would load it, so an update that
    parses but breaks a reference (an unknown country, a source key defined
    twice) is caught before anything is written.
    """
    from .load import load_files, parse_yaml, read_file

    path = Path(path)
    new = text.encode("utf-8")
    try:
        parse_yaml(path, new)
        if files:
            load_files([(Path(f), new if _same(Path(f), path) else read_file(Path(f))) for f in files])
    except DataError as exc:
        raise DataError(f"the updated {path.name} would not load, so nothing was written: {exc}",
                        hint="the data file is unchanged; please report this with the status file") from None


def _same(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return a == b


def write_with_backup(path: Path | str, text: str, files: list[Path | str] | None = None, *,
                      original: bytes | None = None) -> Path:
    """Check ``text`` (see :func:`check_text`), back ``path`` up, then replace it atomically.

    A symbolic link is followed: its target is backed up and updated, and the
    link stays a link (a link to nothing, or a loop, is refused with OSError).
    The backup is ``<file>.bak`` beside the file changed, or a timestamped
    ``.bak`` when that name is taken by anything, a dangling link included; it
    is written whole or not at all. Returns the backup's path (the file changed
    is ``safeio.resolve_target(path)``). OSError (a read-only directory, a full disk) leaves the file as it was.
    ``original``: the bytes ``text`` was made from; DataError, and nothing written, when the
    file no longer holds them (another octreaty, or an editor, changed it meanwhile).
    """
    target = safeio.resolve_target(Path(path))
    check_text(target, text, files)
    backup = safeio.backup(target)
    if original is not None and backup.read_bytes() != original:
        backup.unlink()
        raise DataError(f"{target} changed while it was being updated, so nothing was written",
                        hint="run the import again")
    try:
        safeio.atomic_write(target, text.encode("utf-8"))
    except BaseException:
        try:
            backup.unlink()  # nothing changed: no backup of it either
        except OSError:
            pass
        raise
    return backup
