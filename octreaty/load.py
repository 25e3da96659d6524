"""YAML -> model, validated. Every error names the file, the line and the key path.

The YAML is read event by event from the parser (libyaml where available) and
turned into Python values by hand, in one pass, so that nothing is ever
constructed from a tag, anchors and aliases are refused before they can expand,
duplicate keys are caught, and every value keeps the place it came from.

Data directories: the shipped data comes first. A user's directory (``--data-dir``
or ``OCTREATY_DATA``) is laid over it: a file there with the same name as a
shipped file (``countries.yaml``, ``instruments.yaml``) replaces it; any other
``*.yaml`` file adds to the data, and an id defined twice is an error naming
both files.
"""

from __future__ import annotations

import difflib
import functools
import gc
import os
import re
import stat
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Callable, NamedTuple

from .errors import DataError
from .model import (
    ACTS,
    CONDITION_KEYS,
    DECLARATION_TYPES,
    EVENT_TYPES,
    KINDS,
    NON_PARTY_STATUSES,
    PARENT_PARTIES,
    PURPOSES,
    SIGNATURE,
    BilateralCoverage,
    Bound,
    Bridge,
    Conditions,
    Conflict,
    Country,
    Coverage,
    Dataset,
    Declaration,
    EifRule,
    Event,
    Group,
    Instrument,
    NonParty,
    NonRecognition,
    PartialDate,
    Participation,
    Source,
    TerritorialApplication,
)


def _yaml() -> Any:
    """PyYAML, imported only when YAML is parsed (a cache hit needs none)."""
    import yaml

    return yaml


_LOADER: Any = None


def _loader() -> Any:
    """The C parser (several times faster) with a quicker tag resolution (see _fast_resolver)."""
    global _LOADER
    if _LOADER is None:
        yaml = _yaml()
        _LOADER = _fast_resolver(getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    return _LOADER


def _fast_resolver(base: Any) -> Any:
    """``base`` with the same tags resolved by a shorter path.

    PyYAML resolves every scalar in Python, building a list of candidate rules on
    each call: for a file of 200,000 tiny values that was a third of the load. The
    rules are the same (the safe loader's, looked up by first character); only
    the path to them is shorter. Loaders with path or catch-all rules keep theirs.
    """
    yaml = _yaml()
    rules = base.yaml_implicit_resolvers
    if getattr(base, "yaml_path_resolvers", None) or rules.get(None):
        return base
    first = {k: tuple(v) for k, v in rules.items() if k is not None}
    scalar, seq, mapping = yaml.ScalarNode, yaml.SequenceNode, yaml.MappingNode
    str_tag, seq_tag, map_tag = base.DEFAULT_SCALAR_TAG, base.DEFAULT_SEQUENCE_TAG, base.DEFAULT_MAPPING_TAG

    def resolve(self: Any, kind: Any, value: Any, implicit: Any) -> str:
        if kind is scalar:
            if implicit[0]:
                for tag, regexp in first.get(value[:1], ()):
                    if regexp.match(value):
                        return tag
            return str_tag
        if kind is seq:
            return seq_tag
        if kind is mapping:
            return map_tag
        return base.resolve(self, kind, value, implicit)  # pragma: no cover

    return type("OctreatyLoader", (base,), {"resolve": resolve})

SCHEMA_VERSION = 1
DATA_ENV = "OCTREATY_DATA"
COUNTRIES_FILE = "countries.yaml"
INSTRUMENTS_FILE = "instruments.yaml"
MAX_FILE_BYTES = 16 * 1024 * 1024  # larger data: split it into several files
MAX_TOTAL_BYTES = 512 * 1024 * 1024  # all files together (the benchmarks' 100x data is 26 MB)
MAX_FILES = 2000
COUNTRY_STATUSES = (
    "un-member",
    "observer-state",
    "non-member-state",
    "partially-recognized",
    "organisation",
    "territory",
    "former-state",
)


def shipped_data_dir() -> Path:
    """Where the data shipped with the package lives.

    The wheel puts it in the package (``octreaty/data``); in a source checkout it
    is ``data/`` beside the package. (A plain path, not importlib.resources: the
    package is never zipped, and the import costs more than the whole lookup.)
    """
    here = Path(__file__).resolve().parent
    packaged = here / "data"
    return packaged if packaged.is_dir() else here.parent / "data"


# --- YAML nodes -> located Python values ---------------------------------------


class Where(NamedTuple):
    """A place in a data file (a tuple: one is made for every value of a first load)."""

    file: str
    line: int
    column: int


class LDict(dict):
    """A mapping that remembers where it and each of its values came from."""

    where: Where
    key_where: dict[str, Where]
    path: str


class LList(list):
    where: Where
    item_where: list[Where]
    path: str


_SCALAR_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:timestamp",
}


MAX_DEPTH = 64  # the data nests five levels deep; anything near this is not data


_KINDS = ((stat.S_ISDIR, "a directory"), (stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISCHR, "a character device"),
          (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"))


def _not_regular(st: os.stat_result) -> str | None:
    """What a file is when it is not a regular file (None for a regular file)."""
    if stat.S_ISREG(st.st_mode):
        return None
    return next((what for test, what in _KINDS if test(st.st_mode)), "not a regular file")


def _too_large(size: int, file: str) -> DataError:
    return DataError(
        f"file is {size // (1024 * 1024)} MB, over the {MAX_FILE_BYTES // (1024 * 1024)} MB limit",
        file=file, hint="split the data into several files",
    )


def _unreadable(exc: OSError, file: str) -> DataError:
    return DataError(f"cannot read the file: {exc.strerror or exc}", file=file,
                     hint="check that the file exists and that you may read it")


def check_size(path: Path) -> int:
    """A data file's size; DataError when it is not a regular file or is over the size limit (decided
    before reading it)."""
    try:
        st = path.stat()
    except OSError as exc:
        raise _unreadable(exc, str(path)) from exc
    kind = _not_regular(st)
    if kind is not None:
        raise DataError(f"not a regular file but {kind}", file=str(path),
                        hint="data files are plain files: remove or rename it")
    if st.st_size > MAX_FILE_BYTES:
        raise _too_large(st.st_size, str(path))
    return st.st_size


MAX_EVENTS = 1_000_000  # YAML events (values, keys, brackets) per file; the shipped data has ~50,000


def read_file(path: Path) -> bytes:
    """A data file's bytes; DataError when it is not a regular file, too large or unreadable.

    The file is opened without blocking and checked on the open descriptor, so a
    named pipe or a device named ``*.yaml`` (or one swapped in after a check) is
    refused at once instead of blocking or reading forever, and a file that grows
    past the limit while being read is refused too.
    """
    file = str(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise _unreadable(exc, file) from exc
    try:
        st = os.fstat(fd)
        kind = _not_regular(st)
        if kind is not None:
            raise DataError(f"not a regular file but {kind}", file=file,
                            hint="data files are plain files: remove or rename it")
        if st.st_size > MAX_FILE_BYTES:
            raise _too_large(st.st_size, file)
    except BaseException:
        os.close(fd)
        raise
    try:
        with os.fdopen(fd, "rb") as f:
            raw = f.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise _unreadable(exc, file) from exc
    if len(raw) > MAX_FILE_BYTES:
        raise _too_large(len(raw), file)
    return raw


# what YAML refuses in a file (and what no data value should hold): C0 but tab, newline
# and carriage return; DEL; C1 but NEL; surrogates; U+FFFE and U+FFFF
_BAD_CHAR = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]")
_CHAR_NAMES = {0: "NUL", 7: "BEL", 8: "BS", 0x0B: "VT", 0x0C: "FF", 0x1B: "ESC", 0x7F: "DEL", 0x9B: "CSI"}


def _check_characters(text: str, file: str) -> None:
    """DataError at the line and column of the first character a data file may not hold."""
    m = _BAD_CHAR.search(text)
    if m is None:
        return
    at = m.start()
    line = text.count("\n", 0, at) + 1
    column = at - (text.rfind("\n", 0, at) + 1) + 1
    n = ord(m.group())
    name = _CHAR_NAMES.get(n)
    shown = f"U+{n:04X}" + (f" ({name})" if name else "")
    raise DataError(f"control character {shown} is not allowed in a data file", file=file, line=line,
                    column=column, hint="remove it; data files hold printable text (a tab or a new line is fine)")


def parse_yaml(path: Path, raw: bytes | None = None) -> Any:
    """Read one YAML file into located values, or raise DataError."""
    yaml = _yaml()
    file = str(path)
    if raw is None:
        raw = read_file(path)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        raise DataError(
            f"not valid UTF-8 (byte {exc.start}: 0x{raw[exc.start]:02x})", file=file, line=line, column=column,
            hint="save the file as UTF-8",
        ) from exc
    if text.startswith("\ufeff"):
        text = text[1:]
    _check_characters(text, file)
    # Parsing makes a container per value, none of them in a cycle: the cyclic collector would run
    # again and again over all of them while they are made and find nothing (for a file of
    # 200,000 tiny values that was nine tenths of the time). It is off while this file is read.
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _parse_text(yaml, text, file)
    finally:
        if enabled:
            gc.enable()


# A file longer than this many characters may hold more than MAX_EVENTS values (a flow mapping of
# one-letter keys makes about one event per character): its events are counted before any value is
# built, so that a hostile file is refused in bounded memory. Data files are shorter.
PRESCAN_CHARS = MAX_EVENTS


def _count(yaml: Any, text: str, file: str) -> None:
    """A quick pass over the events of a long file: DataError past MAX_EVENTS (a syntax error is _build's)."""
    count = 0
    try:
        for event in yaml.parse(text, Loader=_loader()):
            count += 1
            if count > MAX_EVENTS:
                mark = event.start_mark
                raise DataError(f"more than {MAX_EVENTS:,} values in one file", file=file,
                                line=mark.line + 1, column=mark.column + 1,
                                hint="split the data into several files")
    except yaml.YAMLError:
        return


def _parse_text(yaml: Any, text: str, file: str) -> Any:
    """parse_yaml's work once the text is checked: one pass over the parser's events (see _build)."""
    if len(text) > PRESCAN_CHARS:
        _count(yaml, text, file)
    try:
        return _build(yaml, text, file)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or exc.context or "invalid YAML"
        raise DataError(
            f"YAML syntax error: {problem}",
            file=file,
            line=mark.line + 1 if mark else None,
            column=mark.column + 1 if mark else None,
            hint="fix the YAML at that place (indentation, quotes, colons)",
        ) from exc
    except yaml.YAMLError as exc:
        raise DataError(f"YAML error: {exc}", file=file) from exc


def _build(yaml: Any, text: str, file: str) -> Any:
    """The located values of one YAML document, built straight from the C parser's events.

    One pass does what a scan of the events, PyYAML's composer and a walk over
    its node tree did in three: it refuses anchors and aliases, tags, keys that
    are not plain names, duplicate keys, nesting deeper than MAX_DEPTH and more
    than MAX_EVENTS events, each at its line and column, as it meets them; so a
    hostile file is refused after at most MAX_EVENTS values, and no node tree
    is ever built.
    """
    ev = yaml.events
    scalar_event, alias_event = ev.ScalarEvent, ev.AliasEvent
    map_start, seq_start = ev.MappingStartEvent, ev.SequenceStartEvent
    collection_end = (ev.MappingEndEvent, ev.SequenceEndEvent)
    doc_start = ev.DocumentStartEvent
    scalar_node = yaml.ScalarNode
    map_tag, seq_tag = "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"
    str_tag = "tag:yaml.org,2002:str"
    new_where = tuple.__new__  # Where(...) without the call of namedtuple's own __new__
    loader = _loader()(text)
    resolve = loader.resolve
    count = 0
    root: Any = None
    documents = 0
    # open collections: [value, its path, its depth, the pending key (mappings; None: expecting a key)]
    stack: list[list[Any]] = []
    try:
        while loader.check_event():
            event = loader.get_event()
            count += 1
            t = type(event)
            if count > MAX_EVENTS:
                mark = event.start_mark
                raise DataError(f"more than {MAX_EVENTS:,} values in one file", file=file,
                                line=mark.line + 1, column=mark.column + 1,
                                hint="split the data into several files")
            if t in collection_end:
                stack.pop()
                continue
            if t is not scalar_event and t is not map_start and t is not seq_start:
                if t is alias_event:
                    mark = event.start_mark
                    raise DataError("YAML anchors and aliases are not allowed", file=file, line=mark.line + 1,
                                    column=mark.column + 1, hint="write the value out in full")
                if t is doc_start:
                    documents += 1
                    if documents > 1:
                        mark = event.start_mark
                        raise DataError("YAML syntax error: but found another document", file=file,
                                        line=mark.line + 1, column=mark.column + 1,
                                        hint="a data file holds one YAML document: remove the '---'")
                continue  # the stream's and the document's own events
            mark = event.start_mark
            if event.anchor is not None:
                raise DataError("YAML anchors and aliases are not allowed", file=file, line=mark.line + 1,
                                column=mark.column + 1, hint="write the value out in full")
            where = new_where(Where, (file, mark.line + 1, mark.column + 1))
            if stack:
                frame = stack[-1]
                parent = frame[0]
                if frame[3] is None and type(parent) is LDict:  # a key
                    if t is not scalar_event:
                        raise DataError("a mapping key must be a plain name", file=file, line=where.line,
                                        column=where.column, key=frame[1] or None)
                    value = event.value
                    tag = event.tag
                    if tag is None or tag == "!":
                        tag = resolve(scalar_node, value, event.implicit)
                    key = value if tag == str_tag else str(_scalar_value(file, tag, value, where, frame[1]))
                    if key in parent:
                        first = parent.key_where[key]
                        ppath = frame[1]
                        raise DataError(f"duplicate key {key!r} (first at line {first.line})", file=file,
                                        line=where.line, column=where.column,
                                        key=f"{ppath}.{key}" if ppath else key, hint="keep one of the two")
                    frame[3] = key
                    continue
                depth = frame[2] + 1
            else:
                frame, parent, depth = None, None, 0
            if depth > MAX_DEPTH:
                raise DataError(f"nested more than {MAX_DEPTH} levels deep", file=file, line=where.line,
                                column=where.column, key=_child_path(frame) or None,
                                hint="data files nest a few levels: check the brackets and indentation")
            tag = event.tag
            if t is scalar_event:
                value = event.value
                if tag is None or tag == "!":
                    tag = resolve(scalar_node, value, event.implicit)
                if tag != str_tag:
                    value = _scalar_value(file, tag, value, where, frame)
            elif t is map_start:
                if tag is not None and tag != "!" and tag != map_tag:
                    raise _tag_error(file, tag, where, _child_path(frame))
                value = LDict()
                value.where, value.path, value.key_where = where, _child_path(frame), {}
            else:
                if tag is not None and tag != "!" and tag != seq_tag:
                    raise _tag_error(file, tag, where, _child_path(frame))
                value = LList()
                value.where, value.path, value.item_where = where, _child_path(frame), []
            if parent is None:
                root = value
            elif type(parent) is LDict:
                key = frame[3]
                parent.key_where[key] = where
                parent[key] = value
                frame[3] = None
            else:
                parent.item_where.append(where)
                parent.append(value)
            if t is not scalar_event:
                stack.append([value, value.path, depth, None])
    finally:
        loader.dispose()
    return root


def _child_path(frame: list[Any] | None) -> str:
    """The key path of the value being read in ``frame`` (a _build stack entry; None: the document)."""
    if frame is None:
        return ""
    parent, ppath = frame[0], frame[1]
    if type(parent) is LDict:
        return f"{ppath}.{frame[3]}" if ppath else frame[3]
    return f"{ppath}[{len(parent)}]"


def _tag_error(file: str, tag: str, where: Where, path: str) -> DataError:
    return DataError(f"YAML tag {tag!r} is not allowed", file=file, line=where.line, column=where.column,
                     key=path or None, hint="data files hold plain values: remove the tag")


def _scalar_value(file: str, tag: str, value: str, where: Where, at: Any) -> Any:
    """A scalar's value by its resolved tag; a DataError for any tag but the plain ones.

    ``at``: the key path of a mapping key, or the _build stack entry of a value (its path is made only for
    the error).
    """
    if tag == "tag:yaml.org,2002:str":
        return value
    if tag not in _SCALAR_TAGS:
        raise _tag_error(file, tag, where, at if type(at) is str else _child_path(at))
    if tag == "tag:yaml.org,2002:null":
        return None
    if tag == "tag:yaml.org,2002:bool":
        return value.lower() in ("true", "yes", "on")
    if tag == "tag:yaml.org,2002:int":
        try:
            return int(value.replace("_", ""), 0)
        except ValueError:
            return value
    return value  # float (no field takes one: the text, for the message) and timestamp (parsed by the validators)


# --- validation helpers ---------------------------------------------------------


def _suggest(value: str, choices: Any, otherwise: str | None) -> str | None:
    """A "did you mean" hint for a name that is not among ``choices``, or ``otherwise``."""
    close = difflib.get_close_matches(value, list(choices), n=1)
    return f"did you mean {close[0]!r}?" if close else otherwise


def _fail(problem: str, obj: LDict | LList | Spot, key: str | None = None, hint: str | None = None) -> DataError:
    where = obj.where
    path = obj.path
    if key is not None and hasattr(obj, "key_where"):
        where = obj.key_where.get(key, where)
        path = f"{path}.{key}" if path else key
    return DataError(problem, file=where.file, line=where.line, column=where.column,
                     key=path or None, hint=hint)


def _mapping(value: Any, parent: LDict | LList, key: str | int, what: str) -> LDict:
    if not isinstance(value, LDict):
        if isinstance(parent, LList) and isinstance(key, int):
            w = parent.item_where[key]
            raise DataError(f"{what} must be a mapping, not {_kind(value)}", file=w.file,
                            line=w.line, column=w.column, key=f"{parent.path}[{key}]")
        raise _fail(f"{what} must be a mapping, not {_kind(value)}", parent, str(key))
    return value


def _kind(value: Any) -> str:
    if value is None:
        return "empty"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int):
        return "a number"
    return f"{value!r}"


def _check_fields(d: LDict, allowed: tuple[str, ...], required: tuple[str, ...], what: str) -> None:
    for key in d:
        if key not in allowed:
            hint = _suggest(key, allowed, f"known fields: {', '.join(allowed)}")
            raise _fail(f"unknown field {key!r} in {what}", d, key, hint)
    for key in required:
        if d.get(key) in (None, "", [], {}):
            raise _fail(f"missing {key!r} in {what}", d, key if key in d else None)


def _str(d: LDict, key: str, *, required: bool = False) -> str | None:
    value = d.get(key)
    if value is None:
        if required:
            raise _fail(f"missing {key!r}", d)
        return None
    if isinstance(value, (dict, list, bool)):
        raise _fail(f"{key!r} must be text, not {_kind(value)}", d, key)
    text = str(value)
    if len(text) < 40:
        return sys.intern(text)
    return _STRINGS.setdefault(text, text) if len(_STRINGS) < 100_000 else text


def _int(d: LDict, key: str) -> int | None:
    value = d.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise _fail(f"{key!r} must be a whole number, not {_kind(value)}", d, key)
    return value


def _bool(d: LDict, key: str) -> bool:
    value = d.get(key, False)
    if not isinstance(value, bool):
        raise _fail(f"{key!r} must be true or false, not {_kind(value)}", d, key)
    return value


# Many rows share the same dates and source lists: one object each keeps large
# datasets small in memory and in the cache.
_DATES: dict[str, PartialDate] = {}
_TUPLES: dict[tuple[str, ...], tuple[str, ...]] = {}
_STRINGS: dict[str, str] = {}  # long texts (notes, titles) repeated across rows


def _date(d: LDict, key: str) -> PartialDate | None:
    value = d.get(key)
    if value is None:
        return None
    if isinstance(value, str) and value in _DATES:
        return _DATES[value]
    if isinstance(value, (dict, list, bool, int)):
        raise _fail(f"{key!r} must be a date (YYYY-MM-DD, YYYY-MM or YYYY), not {_kind(value)}", d, key,
                    "write dates in quotes: \"2003-09-29\", \"2019-06\" or \"1991\"")
    try:
        parsed = PartialDate.parse(str(value))
        if len(_DATES) < 100_000:
            _DATES[str(value)] = parsed
        return parsed
    except ValueError as exc:
        raise _fail(f"{key!r}: {exc}", d, key, "write dates as \"YYYY-MM-DD\", \"YYYY-MM\" or \"YYYY\"") from None


def _url(d: LDict, key: str) -> str | None:
    value = _str(d, key)
    if value is not None and not _URL.match(value):
        raise _fail(f"{key} {value!r} is not a web address", d, key,
                    hint="give the full address, starting with https:// (or http://), without spaces")
    return value


def _strs(d: LDict, key: str) -> tuple[str, ...]:
    value = d.get(key)
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if not isinstance(value, list):
        raise _fail(f"{key!r} must be a list of names, not {_kind(value)}", d, key)
    bad = next((v for v in value if isinstance(v, (dict, list)) or v is None), False)
    if bad is not False:
        held = "an empty item" if bad is None else _kind(bad)
        raise _fail(f"{key!r} must be a list of names, not a list holding {held}", d, key)
    names = tuple(sys.intern(str(v)) for v in value)
    return _TUPLES.setdefault(names, names) if len(_TUPLES) < 100_000 else names


def _choice(d: LDict, key: str, choices: tuple[str, ...] | frozenset[str], *, required: bool = False) -> str | None:
    value = _str(d, key, required=required)
    if value is not None and value not in choices:
        hint = _suggest(value, choices, f"one of: {', '.join(sorted(choices))}")
        raise _fail(f"{key!r} is {value!r}, not a known value", d, key, hint)
    return value


def _items(d: LDict, key: str, what: str) -> list[LDict]:
    value = d.get(key)
    if value is None:
        return []
    if not isinstance(value, LList):
        raise _fail(f"{key!r} must be a list of {what}, not {_kind(value)}", d, key)
    return [_mapping(v, value, i, what) for i, v in enumerate(value)]


# --- records --------------------------------------------------------------------

_SOURCE_FIELDS = ("title", "url", "as_of", "note")
_COUNTRY_FIELDS = ("id", "name", "official_name", "iso2", "status", "un_member_since", "aliases",
                   "local_names", "former_names", "predecessor", "m49", "region", "note", "sources",
                   "exists_from", "exists_until", "parent", "territory_kind", "treaties_apply", "eu_law")
_TERRITORIAL_FIELDS = ("instrument", "party", "territory", "type", "date", "withdrawn", "text", "note", "sources")
_NON_RECOGNITION_FIELDS = ("country", "by", "since", "until", "note", "sources")
_BILATERAL_COVERAGE_FIELDS = ("country", "purposes", "searched", "as_of", "note")
_EVENT_FIELDS = ("type", "date", "effective", "role", "successor_of", "note", "sources", "not_before")
_CONDITION_FIELDS = CONDITION_KEYS
_GROUP_FIELDS = ("id", "name", "aliases", "members", "note", "sources")
_DECLARATION_FIELDS = ("type", "text", "date", "territory", "member", "article", "withdrawn", "conditions",
                       "sources")
_INSTRUMENT_FIELDS = ("id", "short", "name", "aliases", "kind", "parent", "amended_by", "replaces",
                      "replaces_for", "replaces_article", "supersedes_bilateral", "mla_treaty", "yields_to_mla_treaty",
                      "depositary", "status_page",
                      "adopted", "signed", "entry_into_force", "eif_rule", "who_may_join",
                      "who_may_join_note", "purposes", "scope", "sources", "coverage",
                      "note", "parties", "non_parties", "binds_members_of", "terminated", "replaced_by",
                      "supplements", "implements", "in_force_by", "may_have_ended")
_PARTY_FIELDS = ("party", "signature", "act", "date", "entry_into_force", "withdrawal",
                 "role", "note", "successor_of", "declarations", "sources", "effective", "events", "conflicts",
                 "not_before")
_CONFLICT_FIELDS = ("field", "value", "note", "sources", "backed_by")
_BOUND_FIELDS = ("date", "sources", "note", "unconfirmed")
_CONFLICT_KEYS = ("date", "signature", "entry_into_force", "withdrawal", "effective")
# a row with events gives its acts there, not in these fields
_ONE_ACT_FIELDS = ("signature", "act", "date", "entry_into_force", "withdrawal", "role", "successor_of", "effective",
                   "not_before")
_NON_PARTY_FIELDS = ("party", "status", "date", "note", "sources")
_BRIDGE_FIELDS = ("id", "country", "instrument", "via", "title", "since", "until", "note", "sources")
_COVERAGE_FIELDS = ("stated", "stated_by", "as_of", "complete", "note", "still_lists")
_RULE_FIELDS = ("days_after_deposit", "days_after_deposit_latest", "months_then_first_of_month", "article",
                "after_entry_into_force")
_URL = re.compile(r"https?://\S+\Z")
_TOP_FIELDS = ("schema", "sources", "countries", "groups", "instruments", "bridges", "non_recognition",
               "bilateral_coverage", "territorial_application")


def _source(key: str, d: LDict, file: str) -> Source:
    _check_fields(d, _SOURCE_FIELDS, ("title",), f"source {key!r}")
    return Source(key=key, title=_str(d, "title", required=True) or "", url=_str(d, "url"),
                  as_of=_date(d, "as_of"), note=_str(d, "note"), file=file)


def _country(d: LDict) -> Country:
    _check_fields(d, _COUNTRY_FIELDS, ("id", "name", "status", "sources"), "country")
    return Country(
        id=_str(d, "id", required=True) or "",
        name=_str(d, "name", required=True) or "",
        iso2=_str(d, "iso2"),
        status=_choice(d, "status", COUNTRY_STATUSES, required=True) or "",
        un_member_since=_date(d, "un_member_since"),
        official_name=_str(d, "official_name"),
        aliases=_strs(d, "aliases"),
        local_names=_strs(d, "local_names"),
        former_names=_strs(d, "former_names"),
        predecessor=_str(d, "predecessor"),
        m49=_str(d, "m49"),
        region=_str(d, "region"),
        note=_str(d, "note"),
        sources=_strs(d, "sources"),
        exists_from=_date(d, "exists_from"),
        exists_until=_date(d, "exists_until"),
        parent=_str(d, "parent"),
        territory_kind=_str(d, "territory_kind"),
        treaties_apply=_choice(d, "treaties_apply", ("by-extension", "unless-excluded")),
        eu_law=_choice(d, "eu_law", ("applies", "does-not-apply")),
    )


def _territorial(d: LDict) -> TerritorialApplication:
    _check_fields(d, _TERRITORIAL_FIELDS, ("instrument", "party", "territory", "type", "sources"),
                  "territorial application")
    t = TerritorialApplication(
        instrument=_str(d, "instrument", required=True) or "", party=_str(d, "party", required=True) or "",
        territory=_str(d, "territory", required=True) or "",
        type=_choice(d, "type", ("territorial-extension", "territorial-exclusion"), required=True) or "",
        date=_date(d, "date"), withdrawn=_date(d, "withdrawn"), text=_str(d, "text"), note=_str(d, "note"),
        sources=_strs(d, "sources"))
    if t.date and t.withdrawn and t.withdrawn.end() < t.date.start():
        raise _fail(f"withdrawn {t.withdrawn} is before {t.date}", d, "withdrawn")
    return t


def _non_recognition(d: LDict) -> NonRecognition:
    _check_fields(d, _NON_RECOGNITION_FIELDS, ("country", "by", "sources"), "non-recognition")
    n = NonRecognition(country=_str(d, "country", required=True) or "", by=_str(d, "by", required=True) or "",
                       since=_date(d, "since"), until=_date(d, "until"), note=_str(d, "note"),
                       sources=_strs(d, "sources"))
    if n.since and n.until and n.until.end() < n.since.start():
        raise _fail(f"until {n.until} is before since {n.since}", d, "until")
    return n


def _bilateral_coverage(d: LDict) -> BilateralCoverage:
    _check_fields(d, _BILATERAL_COVERAGE_FIELDS, ("country", "searched"), "bilateral coverage")
    purposes = _strs(d, "purposes")
    for key in purposes:
        if key not in PURPOSES:
            raise _fail(f"unknown purpose {key!r}", d, "purposes", f"one of: {', '.join(PURPOSES)}")
    return BilateralCoverage(country=_str(d, "country", required=True) or "", searched=_strs(d, "searched"),
                             purposes=purposes, as_of=_date(d, "as_of"), note=_str(d, "note"))


def _group(d: LDict) -> Group:
    _check_fields(d, _GROUP_FIELDS, ("id", "name", "members", "sources"), "group")
    return Group(id=_str(d, "id", required=True) or "", name=_str(d, "name", required=True) or "",
                 aliases=_strs(d, "aliases"), members=_strs(d, "members"), note=_str(d, "note"),
                 sources=_strs(d, "sources"))


def _conditions(d: LDict) -> Conditions | None:
    if d.get("conditions") is None:
        return None
    c = _mapping(d["conditions"], d, "conditions", "conditions")
    _check_fields(c, _CONDITION_FIELDS, (), "conditions")
    treaty = _str(c, "no_treaty_with_other")
    if treaty is not None and treaty not in PURPOSES:
        raise _fail(f"unknown purpose {treaty!r}", c, "no_treaty_with_other", f"one of: {', '.join(PURPOSES)}")
    return Conditions(other_in=_strs(c, "other_in"), other_not_in=_strs(c, "other_not_in"),
                      no_treaty_with_other=treaty, reciprocity=_bool(c, "reciprocity"),
                      other_member_of=_str(c, "other_member_of"))


def _declaration(d: LDict) -> Declaration:
    _check_fields(d, _DECLARATION_FIELDS, ("type", "text", "sources"), "declaration")
    decl = Declaration(type=_choice(d, "type", DECLARATION_TYPES, required=True) or "",
                       text=_str(d, "text", required=True) or "", date=_date(d, "date"),
                       territory=_str(d, "territory"), article=_str(d, "article"),
                       withdrawn=_date(d, "withdrawn"), conditions=_conditions(d), sources=_strs(d, "sources"),
                       member=_str(d, "member"))
    if decl.conditions and decl.conditions.other_member_of and decl.type in ("non-application",
                                                                          "no-legal-basis-extradition"):
        raise _fail(f"other_member_of is not for a {decl.type} declaration, which displaces the instrument", d,
                    "conditions", "name the states with other_in (a displacement must hold for a fixed list), or "
                    "record the declaration as type other")
    if decl.type == "non-application" and not (decl.conditions and decl.conditions.other_in):
        raise _fail("a non-application declaration names no state", d, "conditions",
                    "give conditions: {other_in: [...]}, the states towards which it does not apply")
    if decl.date and decl.withdrawn and decl.withdrawn.end() < decl.date.start():
        raise _fail(f"withdrawn {decl.withdrawn} is before the declaration of {decl.date}", d, "withdrawn")
    return decl


def _conflicts(d: LDict) -> tuple[Conflict, ...]:
    out = []
    for c in _items(d, "conflicts", "conflicts"):
        _check_fields(c, _CONFLICT_FIELDS, ("field", "value", "sources"), "conflict")
        field = _choice(c, "field", _CONFLICT_KEYS, required=True) or ""
        value = _str(c, "value", required=True) or ""
        try:
            PartialDate.parse(value)
        except ValueError as exc:
            raise _fail(str(exc), c, "value", "a date as YYYY-MM-DD, YYYY-MM or YYYY") from None
        out.append(Conflict(field=field, value=value, sources=_strs(c, "sources"), note=_str(c, "note"),
                            backed_by=_strs(c, "backed_by")))
    return tuple(out)


def _bound(d: LDict, key: str = "not_before") -> Bound | None:
    """A dated bound on an undated act (``not_before`` of a party row or an event, ``in_force_by`` of an agreement)."""
    value = d.get(key)
    if value is None:
        return None
    n = _mapping(value, d, key, key)
    _check_fields(n, _BOUND_FIELDS, ("date", "sources"), key)
    when = _date(n, "date")
    sources = _strs(n, "sources")
    if when is None or not sources:
        shows = "the act was not yet done then" if key == "not_before" else "the agreement was in force then"
        raise _fail(f"{key} needs a date and the sources that show {shows}", n, "date" if when is None else "sources")
    unconfirmed = _bool(n, "unconfirmed")
    if unconfirmed and key != "not_before":
        raise _fail(f"unconfirmed is for not_before (an act no source shows done), not {key}", n, "unconfirmed",
                    "drop unconfirmed")
    return Bound(date=when, sources=sources, note=_str(n, "note"), unconfirmed=unconfirmed)


def _event(d: LDict) -> Event:
    _check_fields(d, _EVENT_FIELDS, ("type",), "event")
    event = Event(type=_choice(d, "type", EVENT_TYPES, required=True) or "", date=_date(d, "date"),
                  effective=_date(d, "effective"), role=_str(d, "role"), successor_of=_str(d, "successor_of"),
                  note=_str(d, "note"), sources=_strs(d, "sources"), not_before=_bound(d))
    if event.not_before is not None and (not (event.is_ending or event.is_consent) or event.date or event.effective):
        raise _fail("not_before on an event bounds a consent or an ending whose day is not known (no date, no "
                    "effective)", d, "not_before", "give the day the source states, or drop not_before")
    return event


def _timeline(instrument: str, d: LDict) -> Participation:
    """A row with ``events``: its summary fields come from the timeline."""
    for key in _ONE_ACT_FIELDS:
        if d.get(key) is not None:
            raise _fail(f"a row with events gives {key!r} in its events, not beside them", d, key,
                        "move it into an event, or drop 'events' for a one-act row")
    rows = _items(d, "events", "events")
    if not rows:
        raise _fail("'events' is empty", d, "events", "list at least one event, or use a one-act row")
    row_sources = _strs(d, "sources")
    events = []
    for e in rows:
        ev = _event(e)
        if not ev.sources:
            ev = replace(ev, sources=row_sources)
        events.append(ev)
    for before, (after, ad) in zip(events, zip(events[1:], rows[1:], strict=True), strict=False):
        if before.date and after.date and after.date.end() < before.date.start():
            raise _fail(f"events out of order: {after.type} {after.date} after {before.type} {before.date}",
                        ad, "date", "list the events in date order")
    consents = [e for e in events if e.is_consent]
    if not consents and not any(e.type == SIGNATURE for e in events):
        raise _fail("the events hold no signature or consent", d, "events")
    last = consents[-1] if consents else next(e for e in events if e.type == SIGNATURE)
    signature = next((e.date for e in events if e.type == SIGNATURE), None)
    ends = [e for e in events if e.is_ending]
    last_end = ends[-1] if ends else None
    withdrawal = None
    if last_end is not None and (last_end.effective or last_end.date):
        after_last = last.date is None or (last_end.date or last_end.effective).end() >= last.date.start()  # type: ignore[union-attr]
        if after_last:
            withdrawal = last_end.effective or last_end.date
    return Participation(
        instrument=instrument, party=_str(d, "party", required=True) or "", act=last.type, date=last.date,
        signature=signature, entry_into_force=last.effective if last.type != "succession" else None,
        withdrawal=withdrawal, role=last.role, note=_str(d, "note"), successor_of=last.successor_of,
        declarations=tuple(_declaration(x) for x in _items(d, "declarations", "declarations")),
        sources=_sources_of(row_sources, events), effective=last.effective if last.type == "succession" else None,
        events=tuple(events), conflicts=_conflicts(d))


def _sources_of(row: tuple[str, ...], events: list[Event]) -> tuple[str, ...]:
    keys = list(row)
    for e in events:
        keys.extend(k for k in e.sources if k not in keys)
    return tuple(keys)


def _participation(instrument: str, d: LDict) -> Participation:
    if d.get("events") is not None:
        _check_fields(d, _PARTY_FIELDS, ("party", "sources"), "party")
        return _timeline(instrument, d)
    _check_fields(d, _PARTY_FIELDS, ("party", "act", "sources"), "party")
    p = Participation(
        instrument=instrument,
        party=_str(d, "party", required=True) or "",
        act=_choice(d, "act", ACTS, required=True) or "",
        date=_date(d, "date"),
        signature=_date(d, "signature"),
        entry_into_force=_date(d, "entry_into_force"),
        withdrawal=_date(d, "withdrawal"),
        role=_str(d, "role"),
        note=_str(d, "note"),
        successor_of=_str(d, "successor_of"),
        declarations=tuple(_declaration(x) for x in _items(d, "declarations", "declarations")),
        sources=_strs(d, "sources"),
        effective=_date(d, "effective"),
        conflicts=_conflicts(d),
        not_before=_bound(d),
    )
    if p.not_before and p.date and p.date.end() <= p.not_before.date.start():
        raise _fail(f"not_before {p.not_before.date} says the {p.act} was not yet done then, but it is dated "
                    f"{p.date}", d, "not_before", "drop one of the two, or record the disagreement under conflicts")
    if p.effective and p.act != "succession":
        raise _fail(f"'effective' is the date of succession; for {p.act!r} give entry_into_force", d, "effective")
    if p.signature and p.date and p.act != "signature" and p.date.end() < p.signature.start():
        raise _fail(f"consent {p.date} is before signature {p.signature}", d, "date")
    if p.date and p.withdrawal and p.withdrawal.end() < p.date.start():
        raise _fail(f"withdrawal {p.withdrawal} is before the act of {p.date}", d, "withdrawal")
    return p


def _non_party(instrument: str, d: LDict) -> NonParty:
    _check_fields(d, _NON_PARTY_FIELDS, ("party", "status", "sources"), "non-party")
    return NonParty(
        instrument=instrument,
        party=_str(d, "party", required=True) or "",
        status=_choice(d, "status", NON_PARTY_STATUSES, required=True) or "",
        date=_date(d, "date"),
        note=_str(d, "note"),
        sources=_strs(d, "sources"),
    )


def _instrument(d: LDict) -> Instrument:
    _check_fields(d, _INSTRUMENT_FIELDS, ("id", "short", "name", "kind", "sources"), "instrument")
    ident = _str(d, "id", required=True) or ""
    rule = None
    if d.get("eif_rule") is not None:
        r = _mapping(d["eif_rule"], d, "eif_rule", "eif_rule")
        _check_fields(r, _RULE_FIELDS, (), "eif_rule")
        days, months = _int(r, "days_after_deposit"), _int(r, "months_then_first_of_month")
        if (days is None) == (months is None):
            raise _fail("eif_rule needs exactly one of days_after_deposit, months_then_first_of_month", r)
        if days is not None and not 0 <= days <= 36_500:
            raise _fail(f"days_after_deposit {days} is not between 0 and 36,500 (a hundred years)", r,
                        "days_after_deposit", "give the number of days the treaty's article says")
        if months is not None and not 0 <= months <= 1_200:
            raise _fail(f"months_then_first_of_month {months} is not between 0 and 1,200", r,
                        "months_then_first_of_month", "give the number of months the treaty's article says")
        latest = _int(r, "days_after_deposit_latest")
        if latest is not None and (days is None or not days < latest <= 36_500):
            raise _fail(f"days_after_deposit_latest {latest} needs days_after_deposit below it", r,
                        "days_after_deposit_latest", "give it only where the depositary's published days fall later "
                        "than the article's count, and more than days_after_deposit")
        rule = EifRule(days, months, _str(r, "article"), _bool(r, "after_entry_into_force"), latest)
    coverage = None
    if d.get("coverage") is not None:
        c = _mapping(d["coverage"], d, "coverage", "coverage")
        _check_fields(c, _COVERAGE_FIELDS, (), "coverage")
        coverage = Coverage(stated=_int(c, "stated"), stated_by=_str(c, "stated_by"),
                            as_of=_date(c, "as_of"), complete=_bool(c, "complete"),
                            note=_str(c, "note"), still_lists=_strs(c, "still_lists"))
    purposes: list[tuple[str, str]] = []
    if d.get("purposes") is not None:
        pm = _mapping(d["purposes"], d, "purposes", "purposes")
        for key in pm:
            if key not in PURPOSES:
                hint = _suggest(key, PURPOSES, f"one of: {', '.join(PURPOSES)}")
                raise _fail(f"unknown purpose {key!r}", pm, key, hint)
            purposes.append((key, _str(pm, key) or ""))
    replaces_for: list[tuple[str, tuple[str, ...]]] = []
    if d.get("replaces_for") is not None:
        rm = _mapping(d["replaces_for"], d, "replaces_for", "replaces_for")
        for key in rm:
            wanted = _strs(rm, key)
            if not wanted:
                raise _fail(f"replaces_for {key!r} names no purpose", rm, key,
                            f"list the purposes whose provisions it displaces, of: {', '.join(PURPOSES)}")
            for purpose in wanted:
                if purpose not in PURPOSES:
                    hint = _suggest(purpose, PURPOSES, f"one of: {', '.join(PURPOSES)}")
                    raise _fail(f"unknown purpose {purpose!r} in replaces_for {key!r}", rm, key, hint)
            replaces_for.append((sys.intern(str(key)), wanted))
    yields: tuple[str, str] | None = None
    if d.get("yields_to_mla_treaty") is not None:
        ym = _mapping(d["yields_to_mla_treaty"], d, "yields_to_mla_treaty", "yields_to_mla_treaty")
        _check_fields(ym, ("article", "provisions"), ("article", "provisions"), "yields_to_mla_treaty")
        yields = (_str(ym, "article", required=True) or "", _str(ym, "provisions", required=True) or "")
    return Instrument(
        id=ident,
        short=_str(d, "short", required=True) or "",
        name=_str(d, "name", required=True) or "",
        kind=_choice(d, "kind", KINDS, required=True) or "",
        aliases=_strs(d, "aliases"),
        parent=_str(d, "parent"),
        amended_by=_str(d, "amended_by"),
        replaces=_strs(d, "replaces"),
        replaces_for=tuple(replaces_for),
        replaces_article=_str(d, "replaces_article"),
        supersedes_bilateral=_str(d, "supersedes_bilateral"),
        mla_treaty=_bool(d, "mla_treaty"),
        yields_to_mla_treaty=yields,
        depositary=_str(d, "depositary"),
        status_page=_url(d, "status_page"),
        adopted=_date(d, "adopted"),
        signed=_date(d, "signed"),
        entry_into_force=_date(d, "entry_into_force"),
        eif_rule=rule,
        who_may_join=_str(d, "who_may_join"),
        who_may_join_note=_str(d, "who_may_join_note"),
        purposes=tuple(purposes),
        scope=_str(d, "scope"),
        coverage=coverage,
        note=_str(d, "note"),
        sources=_strs(d, "sources"),
        parties=tuple(_participation(ident, p) for p in _items(d, "parties", "parties")),
        non_parties=tuple(_non_party(ident, p) for p in _items(d, "non_parties", "non-parties")),
        binds_members_of=_str(d, "binds_members_of"),
        terminated=_date(d, "terminated"),
        replaced_by=_str(d, "replaced_by"),
        supplements=_str(d, "supplements"),
        implements=_str(d, "implements"),
        in_force_by=_in_force_by(d),
        may_have_ended=_may_have_ended(d),
    )


def _in_force_by(d: LDict) -> Bound | None:
    """An agreement whose entry into force is not found, shown in force on a day by a source."""
    bound = _bound(d, "in_force_by")
    if bound is None:
        return None
    if d.get("kind") not in ("bilateral", "convention", "protocol"):
        raise _fail("in_force_by is for an agreement or convention whose entry into force is not found", d,
                    "in_force_by", "give the instrument's parties their own dates")
    if d.get("entry_into_force") is not None:
        raise _fail("in_force_by beside entry_into_force: the day it entered into force makes the bound needless",
                    d, "in_force_by", "drop one of the two")
    _after_signature(d, "in_force_by", bound)
    return bound


def _after_signature(d: LDict, key: str, bound: Bound) -> None:
    """Refuse an agreement's dated bound (``in_force_by``, ``may_have_ended``) that lies wholly before its signature
    (its adoption, for a convention)."""
    signed = _date(d, "signed") or _date(d, "adopted")
    if signed is not None and bound.date.end() < signed.start():
        raise _fail(f"{key} {bound.date} is before the agreement was signed ({signed})", d, key,
                    "check the date the source gives")


def _may_have_ended(d: LDict) -> Bound | None:
    """A bilateral agreement that may no longer apply from a day: an event a source dates (relations broken off, a
    denunciation whose effective day is not found), after which no source says whether it still applies."""
    bound = _bound(d, "may_have_ended")
    if bound is None:
        return None
    if d.get("kind") != "bilateral":
        raise _fail("may_have_ended is for a bilateral agreement", d, "may_have_ended",
                    "end a party's participation with an event instead")
    _after_signature(d, "may_have_ended", bound)
    terminated = _date(d, "terminated")
    if terminated is not None and terminated.end() <= bound.date.start():
        raise _fail(f"may_have_ended {bound.date} is on or after its termination ({terminated}): it had already "
                    "ended", d, "may_have_ended", "drop one of the two")
    return bound


def _bridge(d: LDict) -> Bridge:
    _check_fields(d, _BRIDGE_FIELDS, ("id", "country", "instrument", "via", "title", "sources"), "bridge")
    return Bridge(
        id=_str(d, "id", required=True) or "",
        country=_str(d, "country", required=True) or "",
        instrument=_str(d, "instrument", required=True) or "",
        via=_str(d, "via", required=True) or "",
        title=_str(d, "title", required=True) or "",
        since=_date(d, "since"),
        until=_date(d, "until"),
        note=_str(d, "note"),
        sources=_strs(d, "sources"),
    )


# --- what the cross-checks need to know of where records were written -----------------

# keys whose place a cross-check error may name
_REF_KEYS = frozenset({"sources", "party", "successor_of", "predecessor", "parent", "amended_by", "replaces",
                       "replaces_for",
                       "coverage", "country", "instrument", "members", "by", "searched", "binds_members_of", "territory", "replaced_by", "supplements", "implements", "conditions", "effective", "events"})


class Spot:
    """The places of a record a cross-check may point at, without its values.

    The loaded YAML of a large dataset is many times its model; keeping only these
    places until the references are checked keeps a first load's memory in bounds.
    """

    __slots__ = ("where", "key_where", "path", "children", "item_where")

    def __init__(self, d: LDict | LList, children: dict[str, list[Spot]] | None = None) -> None:
        self.where = d.where
        self.path = d.path
        kw = getattr(d, "key_where", {})
        self.key_where = {k: v for k, v in kw.items() if k in _REF_KEYS}
        self.item_where = getattr(d, "item_where", None)
        self.children = children or {}

    def get(self, key: str) -> Any:
        return self.children.get(key)


def _spot(d: LDict) -> Spot:
    """A record's Spot, with that of its group members.

    Party rows get none: a large dataset has hundreds of thousands, and only an
    error needs a row's place, which :func:`_cross_check` then reads again from
    the file (see ``row`` there).
    """
    children: dict[str, Any] = {}
    members = d.get("members")
    if isinstance(members, LList):
        children["members"] = Spot(members)
    return Spot(d, children)


_PATH_PART = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


# --- files and directories ------------------------------------------------------


@dataclass
class _Acc:
    """What the files loaded so far define, and where."""

    countries: dict[str, tuple[Country, Spot]]
    groups: dict[str, tuple[Group, Spot]]
    instruments: dict[str, tuple[Instrument, Spot]]
    sources: dict[str, tuple[Source, Spot]]
    bridges: dict[str, tuple[Bridge, Spot]]
    non_recognition: list[tuple[NonRecognition, Spot]]
    bilateral_coverage: list[tuple[BilateralCoverage, Spot]]
    territorial: list[tuple[TerritorialApplication, Spot]]


def _add(table: dict[str, tuple[Any, Spot]], key: str, value: Any, d: LDict, what: str) -> None:
    if key in table:
        first = table[key][1].where
        raise _fail(f"{what} {key!r} is defined twice (also in {first.file}:{first.line})", d,
                    hint="keep one definition, or replace the whole file")
    table[key] = (value, _spot(d))


_UNPARSED = object()  # _load_file's file not parsed yet (a parsed empty file is None)


def _load_file(path: Path, raw: bytes, acc: _Acc, doc: Any = _UNPARSED) -> None:
    """Add one file's records to ``acc``; ``doc``: the file already parsed (``check`` parses to validate first)."""
    if doc is _UNPARSED:
        doc = parse_yaml(path, raw)
    file = str(path)
    if doc is None:
        raise DataError("the file is empty", file=file,
                        hint="give it 'countries:', 'instruments:', 'sources:' or 'bridges:'")
    if not isinstance(doc, LDict):
        raise DataError(f"the file must be a mapping at the top, not {_kind(doc)}", file=file, line=1,
                        hint="start with 'schema: 1' and sections such as 'countries:'")
    _check_fields(doc, _TOP_FIELDS, (), "the file")
    schema = doc.get("schema", SCHEMA_VERSION)
    if schema != SCHEMA_VERSION:
        raise _fail(f"schema {schema!r} is not supported (this octreaty reads schema {SCHEMA_VERSION})",
                    doc, "schema", "upgrade octreaty or convert the file")
    if doc.get("sources") is not None:
        src = _mapping(doc["sources"], doc, "sources", "sources")
        for key, value in src.items():
            sd = _mapping(value, src, key, f"source {key!r}")
            _add(acc.sources, key, _source(key, sd, file), sd, "source")
    for d in _items(doc, "countries", "countries"):
        c = _country(d)
        _add(acc.countries, c.id, c, d, "country")
    for d in _items(doc, "groups", "groups"):
        grp = _group(d)
        _add(acc.groups, grp.id, grp, d, "group")
    for d in _items(doc, "instruments", "instruments"):
        i = _instrument(d)
        _add(acc.instruments, i.id, i, d, "instrument")
    for d in _items(doc, "bridges", "bridges"):
        b = _bridge(d)
        _add(acc.bridges, b.id, b, d, "bridge")
    for d in _items(doc, "non_recognition", "non-recognition statements"):
        acc.non_recognition.append((_non_recognition(d), _spot(d)))
    for d in _items(doc, "bilateral_coverage", "bilateral coverage records"):
        acc.bilateral_coverage.append((_bilateral_coverage(d), _spot(d)))
    for d in _items(doc, "territorial_application", "territorial application records"):
        acc.territorial.append((_territorial(d), _spot(d)))


def _yaml_files(directory: Path, what: str) -> list[Path]:
    """The ``*.yaml`` and ``*.yml`` files of a directory, sorted; DataError when it cannot be listed."""
    try:
        with os.scandir(directory) as it:
            names = [e.name for e in it if e.name.endswith((".yaml", ".yml")) and not e.name.startswith(".")]
    except OSError as exc:
        raise DataError(f"cannot read {what} {directory}: {exc.strerror or exc}",
                        hint=f"check --data-dir or {DATA_ENV}, and that you may read the directory") from exc
    return sorted(directory / n for n in names)


def data_files(user_dir: Path | str | None, shipped: Path | None = None) -> list[Path]:
    """The YAML files to load, in order: shipped first, then the user's.

    Every file is checked to be a regular file (a named pipe or a device named
    ``*.yaml`` would block or never end) before anything is read.
    """
    shipped = shipped or shipped_data_dir()
    files: dict[str, Path] = {}
    if shipped.is_dir():
        for p in _yaml_files(shipped, "the shipped data"):
            if p.suffix == ".yaml":
                files[p.name] = p
    if not files:
        raise DataError(f"the shipped data is missing: no YAML files in {shipped}",
                        hint="reinstall octreaty, or give --data-dir")
    if user_dir is not None:
        if isinstance(user_dir, str):
            if not user_dir.strip():
                raise DataError("the data directory is an empty name",
                                hint=f"give --data-dir DIR (or {DATA_ENV}) a directory, or leave it out")
            user_dir = Path(user_dir)
        try:
            st = user_dir.stat()
        except FileNotFoundError:
            raise DataError(f"data directory {user_dir} does not exist",
                            hint=f"check --data-dir or {DATA_ENV}") from None
        except OSError as exc:
            raise DataError(f"cannot read data directory {user_dir}: {exc.strerror or exc}",
                            hint=f"check --data-dir or {DATA_ENV}, and that you may read the directory") from exc
        if not stat.S_ISDIR(st.st_mode):
            raise DataError(f"{user_dir} is not a directory", hint=f"check --data-dir or {DATA_ENV}")
        mine = _yaml_files(user_dir, "data directory")
        if not mine:
            raise DataError(f"data directory {user_dir} holds no .yaml files",
                            hint="put countries.yaml, instruments.yaml or your own .yaml files there")
        if any(p.name == INSTRUMENTS_FILE for p in mine):
            # the shipped instruments.yaml was split into files per family (coe-cooperation.yaml, eu.yaml...):
            # a user's instruments.yaml replaces all of them, as it replaced the one file before
            files = {name: p for name, p in files.items() if name == COUNTRIES_FILE}
        for p in mine:
            files[p.name] = p  # same name: the user's file replaces the shipped one
    if len(files) > MAX_FILES:
        raise DataError(f"{len(files):,} data files, over the limit of {MAX_FILES:,}",
                        hint="give --data-dir a directory of data files only")
    total = 0
    for p in files.values():
        total += check_size(p)
    if total > MAX_TOTAL_BYTES:
        raise DataError(f"the data files hold {total // (1024 * 1024)} MB together, over the "
                        f"{MAX_TOTAL_BYTES // (1024 * 1024)} MB limit", hint="give --data-dir a smaller dataset")
    return list(files.values())


def load(user_dir: Path | str | None = None, *, shipped: Path | None = None) -> Dataset:
    """Load and validate the data. ``user_dir`` defaults to ``$OCTREATY_DATA``."""
    if user_dir is None and os.environ.get(DATA_ENV):
        user_dir = os.environ[DATA_ENV]
    files = data_files(Path(user_dir) if user_dir is not None else None, shipped)
    return load_files([(p, read_file(p)) for p in files])


def load_files(files: Iterable[tuple[Path, bytes]], progress: Callable[[int, int], None] | None = None,
               parsed: Mapping[str, Any] | None = None) -> Dataset:
    """Parse, validate and merge data files already read (or read as they are iterated), in order.

    ``files`` is iterated once. ``progress(done, total)`` is called after each file (a first load of
    large data takes a while; ``total`` is ``len(files)``). ``parsed``: files already parsed by
    :func:`parse_yaml`, by path, which are not parsed again.
    """
    acc = _Acc({}, {}, {}, {}, {}, [], [], [])
    names: list[str] = []
    raws: dict[str, bytes] | None = {} if isinstance(files, list) else None  # kept only if they are anyway
    for n, (path, raw) in enumerate(files, 1):
        _load_file(path, raw, acc, parsed[str(path)] if parsed and str(path) in parsed else _UNPARSED)
        names.append(str(path))
        if raws is not None:
            raws[str(path)] = raw
        del raw
        if progress is not None:
            progress(n, len(files))  # type: ignore[arg-type]
    _cross_check(acc, raws)
    return Dataset.indexed(
        countries={k: v[0] for k, v in acc.countries.items()},
        instruments=_with_territorial(acc),
        sources={k: v[0] for k, v in acc.sources.items()},
        bridges=tuple(v[0] for v in acc.bridges.values()),
        files=tuple(names),
        groups={k: v[0] for k, v in acc.groups.items()},
        non_recognition=tuple(n for n, _ in acc.non_recognition),
        bilateral_coverage=tuple(b for b, _ in acc.bilateral_coverage),
    )


def _with_territorial(acc: _Acc) -> dict[str, Instrument]:
    """Instruments with each territorial application attached, as a declaration, to the parent's participation."""
    instruments = {k: v[0] for k, v in acc.instruments.items()}
    by_instrument: dict[str, list[TerritorialApplication]] = {}
    for t, _ in acc.territorial:
        by_instrument.setdefault(t.instrument, []).append(t)
    for iid, items in by_instrument.items():
        inst = instruments[iid]
        parties = list(inst.parties)
        for t in items:
            n = next(i for i, p in enumerate(parties) if p.party == t.party)
            decl = Declaration(type=t.type, text=t.text or t.note or "", sources=t.sources, date=t.date,
                               territory=t.territory, withdrawn=t.withdrawn)
            parties[n] = replace(parties[n], declarations=(*parties[n].declarations, decl))
        instruments[iid] = replace(inst, parties=tuple(parties))
    return instruments


def _cross_check(acc: _Acc, raws: dict[str, bytes] | None = None) -> None:
    """References between records: ids, source keys, parents.

    ``raws``: the files' bytes by name, to find a party row's place again when it is wrong.
    """
    countries, sources, instruments = acc.countries, acc.sources, acc.instruments

    def row(d: Spot, key: str, n: int, *more: str | int) -> Any:
        """A party row's located values (``more``: a path inside it), read again from its file."""
        file = d.where.file
        node: Any = parse_yaml(Path(file), (raws or {}).get(file))
        for name, index in _PATH_PART.findall(d.path):
            node = node[name] if name else node[int(index)]
        node = node[key][n]
        for part in more:
            node = node[part]
        return node

    def need_sources(keys: tuple[str, ...], d: Any, what: str) -> None:
        if not keys:
            raise _fail(f"{what} names no source", d() if callable(d) else d, hint="every fact needs a source key")
        for key in keys:
            if key not in sources:
                hint = _suggest(key, sources, "define it under 'sources:'")
                raise _fail(f"unknown source {key!r}", d() if callable(d) else d, "sources", hint)

    def need_country(cid: str, d: Any, key: str) -> None:
        if cid not in countries:
            hint = _suggest(cid, countries, "use an id from countries.yaml")
            raise _fail(f"unknown country id {cid!r}", d() if callable(d) else d, key, hint)

    for c, d in countries.values():
        need_sources(c.sources, d, f"country {c.id!r}")
        if c.predecessor:
            need_country(c.predecessor, d, "predecessor")
        if c.parent:
            need_country(c.parent, d, "parent")
    for inst, d in instruments.values():
        need_sources(inst.sources, d, f"instrument {inst.id!r}")
        if inst.in_force_by is not None:
            need_sources(inst.in_force_by.sources, d, f"in_force_by of {inst.id!r}")
        if inst.may_have_ended is not None:
            need_sources(inst.may_have_ended.sources, d, f"may_have_ended of {inst.id!r}")
        if inst.parent and inst.parent not in instruments:
            raise _fail(f"unknown parent instrument {inst.parent!r}", d, "parent")
        if inst.who_may_join == PARENT_PARTIES and not inst.parent:
            raise _fail(f"who_may_join {PARENT_PARTIES!r} needs a parent instrument", d, "who_may_join",
                        "name the convention whose parties may join under 'parent:'")
        if inst.amended_by and inst.amended_by not in instruments:
            raise _fail(f"unknown amending instrument {inst.amended_by!r}", d, "amended_by")
        for other in inst.replaces:
            if other not in instruments:
                raise _fail(f"unknown instrument {other!r} in replaces", d, "replaces")
        for other, _ in inst.replaces_for:
            if other not in instruments:
                raise _fail(f"unknown instrument {other!r} in replaces_for", d, "replaces_for")
        for key in ("replaced_by", "supplements", "implements", "binds_members_of"):
            other = getattr(inst, key)
            if other and other not in instruments:
                raise _fail(f"unknown instrument {other!r} in {key}", d, key,
                            _suggest(other, instruments, "use an instrument id"))
        if inst.coverage and inst.coverage.stated_by and inst.coverage.stated_by not in sources:
            raise _fail(f"unknown source {inst.coverage.stated_by!r}", d, "coverage")
        for cid in inst.coverage.still_lists if inst.coverage else ():
            need_country(cid, d, "coverage")
        for n, p in enumerate(inst.parties):
            pd = functools.partial(row, d, "parties", n)
            need_country(p.party, pd, "party")
            need_sources(p.sources, pd, f"party {p.party!r} of {inst.id!r}")
            for cid in {p.successor_of, *(e.successor_of for e in p.events)} - {None}:
                need_country(cid, pd, "successor_of")  # type: ignore[arg-type]
            for c in p.conflicts:
                need_sources(c.sources, pd, f"conflict on {p.party!r} of {inst.id!r}")
                if c.backed_by:
                    need_sources(c.backed_by, pd, f"backed_by of a conflict on {p.party!r} of {inst.id!r}")
                    if set(c.backed_by) - set(p.sources):
                        raise _fail(f"a conflict's backed_by names {', '.join(sorted(set(c.backed_by) - set(p.sources)))},"
                                    f" which the row of {p.party!r} on {inst.id!r} does not cite", pd(), "conflicts",
                                    "add it to the row's sources, or name a source the row cites")
            if p.not_before is not None:
                need_sources(p.not_before.sources, pd, f"not_before of {p.party!r} on {inst.id!r}")
            for k, decl in enumerate(p.declarations):
                dd = functools.partial(row, d, "parties", n, "declarations", k)
                need_sources(decl.sources, dd, f"declaration of {p.party!r} on {inst.id!r}")
                if decl.conditions:
                    for cid in (*decl.conditions.other_in, *decl.conditions.other_not_in):
                        need_country(cid, dd, "conditions")
                    org = decl.conditions.other_member_of
                    if org is not None and (org not in instruments or instruments[org][0].kind != "organisation"):
                        raise _fail(f"other_member_of names {org!r}, which is not an organisation in the data",
                                    dd(), "conditions", "give the id of an organisation instrument, e.g. eu")
                if decl.member is not None:
                    need_country(decl.member, dd, "member")
                    own = countries.get(p.party)
                    if not inst.binds_members_of or own is None or own[0].status != "organisation":
                        raise _fail(f"a declaration for member {decl.member!r} on the row of {p.party!r}, which is not "
                                    f"an organisation that concluded {inst.id!r} for its member states", dd(), "member",
                                    "give member only on the organisation's own row of an agreement with "
                                    "binds_members_of; a state's own declaration goes on its own row")
        for n, p in enumerate(inst.non_parties):
            pd = functools.partial(row, d, "non_parties", n)
            need_country(p.party, pd, "party")
            need_sources(p.sources, pd, f"non-party {p.party!r} of {inst.id!r}")
    for grp, d in acc.groups.values():
        need_sources(grp.sources, d, f"group {grp.id!r}")
        members = d.get("members")
        for n, cid in enumerate(grp.members):
            if cid not in countries:
                w = members.item_where[n] if members is not None and members.item_where else d.where
                raise DataError(f"unknown country id {cid!r} in group {grp.id!r}", file=w.file, line=w.line,
                                column=w.column, hint=_suggest(cid, countries, None))
    for n, d in acc.non_recognition:
        need_country(n.country, d, "country")
        need_country(n.by, d, "by")
        need_sources(n.sources, d, f"non-recognition of {n.country!r} by {n.by!r}")
    for t, d in acc.territorial:
        need_country(t.party, d, "party")
        need_country(t.territory, d, "territory")
        need_sources(t.sources, d, f"territorial application of {t.instrument!r} to {t.territory!r}")
        if t.instrument not in instruments:
            raise _fail(f"unknown instrument {t.instrument!r}", d, "instrument",
                        _suggest(t.instrument, instruments, "use an instrument id"))
        if countries[t.territory][0].parent != t.party:
            raise _fail(f"{t.territory!r} is not a territory of {t.party!r} (its parent is "
                        f"{countries[t.territory][0].parent!r})", d, "territory",
                        "give the territory its parent in countries.yaml")
        if not any(p.party == t.party for p in instruments[t.instrument][0].parties):
            raise _fail(f"{t.party!r} extends or excludes {t.instrument!r} for {t.territory!r} but is not a party to it",
                        d, "party", "add the parent's own participation first")
    for bc, d in acc.bilateral_coverage:
        need_country(bc.country, d, "country")
        need_sources(bc.searched, d, f"bilateral coverage of {bc.country!r}")
    for b, d in acc.bridges.values():
        need_country(b.country, d, "country")
        if b.instrument not in instruments:
            raise _fail(f"unknown instrument {b.instrument!r}", d, "instrument")
        need_sources(b.sources, d, f"bridge {b.id!r}")

