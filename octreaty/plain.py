"""The model's dataclasses as plain data (lists, dicts, strings, numbers) and back.

The compiled-data cache stores a :class:`~octreaty.model.Dataset` in this form
(with ``marshal``): reading it back can build only the model's own classes, so a
cache entry someone else wrote can at worst hold wrong data, never run code.

The conversion follows ``dataclasses.fields()`` of each class, so a field added
to the model needs nothing here. In the plain form:

* ``None``, ``bool``, ``int``, ``float`` and ``str`` are themselves;
* every other value is a list whose first item is an index into the class
  table (see :func:`class_table`): ``[k, field values...]`` for a dataclass,
  ``[k, ordinal]`` for a ``datetime.date``, ``[k, value]`` for an ``Enum``
  member, ``[k, items...]`` for a tuple, list, set or frozenset, ``[k, [keys],
  [values]]`` for a dict;
* an object met again (the same dataclass instance or tuple, e.g. a
  participation both in its instrument and in the by-country index) is
  ``[REF, n]``: the n-th dataclass instance or tuple built so far, so identity
  and memory stay as they were.

Most of a dataset is party rows, and a question reads a few hundred of them
(``link`` reads two countries' rows), so a warm call must not build all of
them. In the plain form of a :class:`~octreaty.model.Dataset`:

* an instrument's ``parties`` and ``non_parties`` are ``[DEFERRED, text...]``:
  each row's own plain form as a JSON text (its references are its own). The
  instrument gets a :class:`~octreaty.model.Deferred` and a row is decoded when
  first read, once (the same object in the instrument and in the indexes);
* ``by_country`` and ``non_parties_by_country`` are ``[INDEX, [keys], [[iid,
  n, iid, n, ...], ...]]``: each country's rows as places in the instruments'
  rows, and the dataset gets a :class:`LazyMap` that looks them up when a
  country is first read;
* ``sources`` and ``countries`` are ``[TEXTS, [keys], [text...]]``: each value's
  plain form as a JSON text, decoded when first read, into a :class:`LazyMap`.

JSON texts are plain strings for ``marshal`` (nothing is built from them until
a question needs it) and plain containers for :func:`json.loads`.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import re
import sys
from collections.abc import Iterator
from datetime import date
from enum import Enum
from typing import Any

from . import model
from .errors import DataError

# fixed slots of the class table; the model's classes follow
REF, TUPLE, LIST, DICT, SET, FROZENSET, DATE, DEFERRED, INDEX, TEXTS, CHUNKS = range(11)
_FIXED = ("ref", "tuple", "list", "dict", "set", "frozenset", "datetime.date", "deferred", "index", "texts", "chunks")
# what is left undecoded until read (see the module docstring)
_DEFERRED_FIELDS = {model.Instrument: ("parties", "non_parties")}
_INDEXES = {"by_country": "parties", "non_parties_by_country": "non_parties"}  # Dataset field -> rows field
_TEXT_MAPS = ("sources", "countries")  # Dataset fields
_PLAIN = frozenset((str, int, float, bool, type(None)))


_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_CLASSES: list[type] | None = None


def _storable(obj: object) -> bool:
    return isinstance(obj, type) and (dataclasses.is_dataclass(obj) or issubclass(obj, Enum))


def _model_classes() -> list[type]:
    """The classes the plain form may hold, in a stable order: every dataclass and Enum defined in
    octreaty.model, and every one reachable from Dataset through its fields' types, wherever it is
    defined (a new record type in another module is found too).

    The fields' annotations are read as text (``tuple[Participation, ...]``) and each name looked up
    in the defining module: no evaluation, and cheap enough for every warm load.
    """
    global _CLASSES
    if _CLASSES is not None:
        return _CLASSES
    found: dict[type, None] = {obj: None for _name, obj in sorted(vars(model).items())
                               if _storable(obj) and getattr(obj, "__module__", None) == model.__name__}
    todo = [model.Dataset]
    while todo:
        cls = todo.pop()
        if not dataclasses.is_dataclass(cls):
            continue
        space = vars(sys.modules.get(cls.__module__, model))
        for f in dataclasses.fields(cls):
            names = _NAME.findall(f.type) if isinstance(f.type, str) else [getattr(f.type, "__name__", "")]
            for name in names:
                obj = space.get(name)
                if _storable(obj) and obj not in found:
                    found[obj] = None
                    todo.append(obj)
    _CLASSES = sorted(found, key=lambda c: (c.__module__, c.__qualname__))
    return _CLASSES


def _shape(cls: type) -> list[str]:
    """What the plain form of ``cls`` depends on: its init fields (or an Enum's values)."""
    if issubclass(cls, Enum):
        return [str(m.value) for m in cls]
    return [f.name for f in dataclasses.fields(cls) if f.init]


_TABLE: list[list[Any]] | None = None


def class_table() -> list[list[Any]]:
    """``[[name, shape], ...]``: the classes an encoded value may name, by index."""
    global _TABLE
    if _TABLE is None:
        table: list[list[Any]] = [[n, []] for n in _FIXED]
        table += [[f"{c.__module__}.{c.__qualname__}", _shape(c)] for c in _model_classes()]
        _TABLE = table
    return [[name, list(shape)] for name, shape in _TABLE]  # a copy: callers may change theirs


def fingerprint() -> str:
    """A short hash of the class table: changes whenever a model class gains or loses a field."""
    return hashlib.blake2b(repr(class_table()).encode(), digest_size=8).hexdigest()


def _text(value: Any) -> str:
    return json.dumps(value, separators=(",", ":"), allow_nan=False)  # ASCII: marshal reads it without decoding UTF-8


class Encoder:
    """Model objects -> plain data (see the module docstring)."""

    _tables: tuple[dict[type, int], dict[type, list[str]]] | None = None

    def __init__(self, lazy: bool = True) -> None:
        if Encoder._tables is None:  # once: an encoder is made per deferred row
            index = {cls: n for n, cls in enumerate(_model_classes(), start=len(_FIXED))}
            Encoder._tables = (index, {cls: [f.name for f in dataclasses.fields(cls) if f.init] for cls in index
                                       if dataclasses.is_dataclass(cls)})
        self.index, self.fields = Encoder._tables
        self.seen: dict[int, int] = {}  # id(object) -> its number among the instances built
        self.keep: list[Any] = []  # keeps the objects alive so that ids stay unique
        self.count = 0
        self.lazy = lazy
        self.places: dict[int, tuple[str, int]] = {}  # id(row) -> (its instrument, its place in the rows)

    def encode(self, value: Any) -> Any:
        t = type(value)
        if t in (str, int, float, bool) or value is None:
            return value
        if t is tuple:
            n = self.seen.get(id(value))
            if n is not None:
                return [REF, n]
            out = [TUPLE, *[v if type(v) in _PLAIN else self.encode(v) for v in value]]
            self._built(value)
            return out
        if t is list:
            return [LIST, *(self.encode(v) for v in value)]
        if t is dict:
            return [DICT, [self.encode(k) for k in value], [self.encode(v) for v in value.values()]]
        if isinstance(value, LazyMap):
            return self.encode(dict(value.items()))
        if t is frozenset or t is set:
            items = sorted(value, key=repr)
            return [FROZENSET if t is frozenset else SET, *(self.encode(v) for v in items)]
        if t is date:
            return [DATE, value.toordinal()]
        k = self.index.get(t)
        if k is None:
            raise TypeError(f"cannot store a {t.__name__} in the cache")
        if issubclass(t, Enum):
            return [k, self.encode(value.value)]
        n = self.seen.get(id(value))
        if n is not None:
            return [REF, n]
        deferred = _DEFERRED_FIELDS.get(t, ()) if self.lazy else ()
        if not deferred and t is not model.Dataset:  # most objects: no field is encoded apart
            out = [k, *[v if type(v) in _PLAIN else self.encode(v) for v in map(value.__getattribute__, self.fields[t])]]
            self._built(value)
            return out
        out = [k]
        for name in self.fields[t]:
            v = getattr(value, name)
            if name in deferred and type(v) is tuple and v:  # (no rows: an empty tuple, as it is)
                out.append([DEFERRED, *(self._row(value.id, i, row) for i, row in enumerate(v))])
            elif t is model.Dataset:
                out.append(self._dataset_field(t, name, v))
            else:
                out.append(v if type(v) in _PLAIN else self.encode(v))
        self._built(value)
        return out

    def frames(self, dataset: Any, size: int = 500) -> Iterator[Any]:
        """The plain form of a :class:`~octreaty.model.Dataset` as a sequence of pieces, one field at a time
        and a dict field of more than ``size`` entries ``size`` entries at a time (``[CHUNKS, n]``, then n
        pieces ``[keys, values]``): a caller writes each piece and lets it go, so that the plain form of a
        large dataset is never held whole beside the dataset (:meth:`Decoder.from_frames` reads them back)."""
        t = type(dataset)
        if t is not model.Dataset or not self.lazy:
            raise TypeError("frames() writes a Dataset")
        for name in self.fields[t]:
            v = getattr(dataset, name)
            if type(v) is dict and len(v) > size and name not in _INDEXES and name not in _TEXT_MAPS \
                    and all(type(key) is str for key in v):  # (an index or a map of texts stays lazy: one piece)
                keys = list(v)
                yield [CHUNKS, -(-len(keys) // size)]
                for start in range(0, len(keys), size):
                    part = keys[start:start + size]
                    yield [part, [self._field_value(name, v[key]) for key in part]]
            else:
                yield self._dataset_field(t, name, v)
        self._built(dataset)

    def _field_value(self, name: str, v: Any) -> Any:
        return v if type(v) in _PLAIN else self.encode(v)

    def _dataset_field(self, t: type, name: str, v: Any) -> Any:
        if self.lazy and name in _INDEXES and type(v) in (dict, LazyMap):
            return self._index(v)
        if self.lazy and name in _TEXT_MAPS and type(v) in (dict, LazyMap):
            items = list(v.items())
            return [TEXTS, [self.encode(key) for key, _ in items], [_text(Encoder(lazy=False).encode(x)) for _, x in items]]
        return v if type(v) in _PLAIN else self.encode(v)

    def _row(self, iid: str, n: int, row: Any) -> str:
        self.places[id(row)] = (iid, n)
        self.keep.append(row)
        return _text(Encoder(lazy=False).encode(row))  # its own references: decoded alone

    def _index(self, index: Any) -> Any:
        """``[INDEX, keys, places]`` when every row is an instrument's row already encoded; else in full."""
        keys, places = [], []
        for key, rows in index.items():
            flat: list[Any] = []
            for row in rows:
                place = self.places.get(id(row))
                if place is None or type(key) is not str:
                    return self.encode(dict(index.items()))
                flat += place
            keys.append(key)
            places.append(flat)
        return [INDEX, keys, places]

    def _built(self, value: Any) -> None:
        """Number ``value`` as the decoder will: tuples and dataclass instances, each once, children first."""
        self.seen[id(value)] = self.count
        self.keep.append(value)
        self.count += 1


def frames_from(frames: Iterator[Any], table: list[list[Any]]) -> Any:
    """The dataset whose pieces (:meth:`Encoder.frames`) ``frames`` yields; ``table``: the class table."""
    try:
        return Decoder(table).from_frames(frames)
    except StopIteration:
        raise ValueError("not a plain form of the model: fewer pieces than a dataset has") from None
    except (TypeError, IndexError, KeyError, OverflowError, RecursionError) as exc:
        raise ValueError(f"not a plain form of the model: {type(exc).__name__}: {exc}") from None


def to_plain(value: Any) -> Any:
    """``value`` (a Dataset, or any model object) as plain data."""
    return Encoder().encode(value)


class _Raw:
    """A value of a :class:`LazyMap` not built yet."""

    __slots__ = ("value",)

    def __init__(self, value: Any) -> None:
        self.value = value


class LazyMap(dict):
    """A dict whose values are built on first read (by ``make``); otherwise a dict.

    Every way of reading a value (``[]``, ``get``, ``values``, ``items``,
    equality, copies, ``dict(m)``) builds it first.
    """

    __slots__ = ("_make",)

    def __init__(self, keys: list[Any], raws: list[Any], make: Any) -> None:
        super().__init__(zip(keys, [_Raw(r) for r in raws], strict=True))
        self._make = make

    def __getitem__(self, key: Any) -> Any:
        value = dict.__getitem__(self, key)
        if type(value) is _Raw:
            value = self._make(value.value)
            dict.__setitem__(self, key, value)
        return value

    def get(self, key: Any, default: Any = None) -> Any:
        return self[key] if dict.__contains__(self, key) else default

    def _whole(self) -> None:
        for key, value in list(dict.items(self)):
            if type(value) is _Raw:
                dict.__setitem__(self, key, self._make(value.value))

    def __iter__(self):  # also makes dict(m) and {**m} read through __getitem__
        return dict.__iter__(self)

    def values(self):  # type: ignore[override]
        self._whole()
        return dict.values(self)

    def items(self):  # type: ignore[override]
        self._whole()
        return dict.items(self)

    def copy(self) -> dict:  # type: ignore[override]
        return dict(self.items())

    def pop(self, key: Any, *default: Any) -> Any:
        if dict.__contains__(self, key):
            self[key]
        return dict.pop(self, key, *default)

    def popitem(self) -> tuple[Any, Any]:
        self._whole()
        return dict.popitem(self)

    def setdefault(self, key: Any, default: Any = None) -> Any:
        if dict.__contains__(self, key):
            return self[key]
        return dict.setdefault(self, key, default)

    def __eq__(self, other: object) -> bool:
        self._whole()
        if isinstance(other, LazyMap):
            other._whole()
        return dict.__eq__(self, other)

    def __ne__(self, other: object) -> bool:
        eq = self.__eq__(other)
        return eq if eq is NotImplemented else not eq

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        self._whole()
        return dict.__repr__(self)

    def __or__(self, other: Any) -> dict:
        return dict(self.items()) | other

    def __ror__(self, other: Any) -> dict:
        return other | dict(self.items())

    def __reduce__(self):
        return (dict, (dict(self.items()),))


class _Rows:
    """An instrument's party (or non-party) rows, each decoded when first read."""

    __slots__ = ("texts", "done", "decoder")

    def __init__(self, texts: list[Any], decoder: Decoder) -> None:
        self.texts = texts  # each a JSON text: anything else fails in json.loads, when read
        self.done: list[Any] | None = None
        self.decoder = decoder

    def row(self, n: int) -> Any:
        done = self.done
        if done is None:
            done = self.done = [None] * len(self.texts)
        obj = done[n]
        if obj is None:
            obj = done[n] = self.decoder.text(self.texts[n])
        return obj

    def all(self) -> tuple[Any, ...]:
        return tuple([self.row(n) for n in range(len(self.texts))])


class Decoder:
    """Plain data -> model objects. ValueError for anything that is not what :class:`Encoder` writes.

    What is deferred (see the module docstring) is checked when it is read: a
    damaged part of an entry whose digest holds (written by its owner) raises
    ValueError then, naming the cache.
    """

    def __init__(self, table: list[list[Any]]) -> None:
        mine = class_table()
        if table != mine:
            raise ValueError("the class table differs from this octreaty's model")
        self.classes: list[Any] = [None] * len(_FIXED) + _model_classes()
        self.enums = frozenset(k for k, c in enumerate(self.classes) if c is not None and issubclass(c, Enum))
        self.index = {c: k for k, c in enumerate(self.classes) if c is not None}
        # class number -> {field position: field name} where a DEFERRED value may stand
        self.deferred = {self.index[c]: {n: f for n, f in enumerate(self.fields(c)) if f in names}
                         for c, names in _DEFERRED_FIELDS.items() if c in self.index}
        dataset = self.index.get(model.Dataset)
        self.dataset = dataset
        self.lazy_at = {n: f for n, f in enumerate(self.fields(model.Dataset)) if f in _INDEXES or f in _TEXT_MAPS}
        self.rows: dict[tuple[str, str], _Rows] = {}  # (instrument id, field) -> its rows
        self.built: list[Any] = []

    @staticmethod
    def fields(cls: type) -> list[str]:
        return [f.name for f in dataclasses.fields(cls) if f.init]

    def decode(self, value: Any) -> Any:
        """The object ``value`` stands for."""
        return self._dec(self.built)(value)

    def from_frames(self, frames: Iterator[Any]) -> Any:
        """The dataset :meth:`Encoder.frames` wrote, from its pieces (each let go once decoded)."""
        dec = self._dec(self.built)
        values: list[Any] = []
        # each field's container, from its annotation's text (dict[...] or tuple[...])
        kinds = [dict if str(f.type).startswith("dict") else tuple if str(f.type).startswith("tuple") else object
                 for f in dataclasses.fields(model.Dataset) if f.init]
        for n, name in enumerate(self.fields(model.Dataset)):
            v = next(frames)
            if type(v) is list and len(v) == 2 and v[0] == CHUNKS and type(v[1]) is int:
                out: dict[str, Any] = {}
                for _ in range(v[1]):
                    part = next(frames)
                    if type(part) is not list or len(part) != 2 or type(part[0]) is not list \
                            or type(part[1]) is not list or len(part[0]) != len(part[1]):
                        raise ValueError("a malformed piece of a mapping")
                    for key, item in zip(part[0], part[1], strict=True):
                        if type(key) is not str:
                            raise ValueError("a mapping key that is not a text")
                        out[key] = item if type(item) in _PLAIN else dec(item)
                    del part
                values.append(out)
            elif n in self.lazy_at and type(v) is list and v and v[0] in (INDEX, TEXTS):
                values.append(self._lazy_field(v, name))
            else:
                values.append(dec(v))
            del v
            if not isinstance(values[-1], kinds[n]):
                raise ValueError(f"the dataset's {name} is a {type(values[-1]).__name__}")
        if next(frames, None) is not None:
            raise ValueError("more pieces than a dataset has")
        obj = model.Dataset(*values)
        self.built.append(obj)
        return obj

    def text(self, text: str) -> Any:
        """A deferred value, from its JSON text (its references are its own)."""
        try:
            return self._dec([])(json.loads(text))
        except (ValueError, TypeError, IndexError, KeyError, OverflowError, RecursionError) as exc:
            raise DataError(f"a damaged compiled-data cache entry ({type(exc).__name__}: {exc})",
                            hint="run again with --no-cache, or delete the cache directory") from None

    def _dec(self, built: list[Any]) -> Any:
        """The decoding function over ``built`` (one call per list: the loop below is the cache's hot path)."""
        plain_types = _PLAIN
        append = built.append
        classes = self.classes
        enums = self.enums
        deferred = self.deferred
        first, end = len(_FIXED), len(classes)

        def dec(value: Any) -> Any:
            t = type(value)
            if t is not list:
                if t in plain_types:
                    return value
                raise ValueError(f"unexpected {t.__name__} in the plain form")
            k = value[0] if value else None
            if type(k) is not int:
                raise ValueError("a list without its class index")
            if k == REF:
                return built[value[1]]
            if first <= k < end and k not in enums:
                if k in deferred or k == self.dataset:
                    obj = self._lazy_class(k, value, dec, built)
                else:
                    obj = classes[k](*[v if type(v) in plain_types else built[v[1]] if v[0] == 0 else dec(v)
                                       for v in value[1:]])
                append(obj)
                return obj
            if k == TUPLE:
                obj = tuple([v if type(v) in plain_types else built[v[1]] if v[0] == 0 else dec(v)
                             for v in value[1:]])
                append(obj)
                return obj
            if k == DATE:
                return date.fromordinal(value[1])
            if k == LIST:
                return [dec(v) for v in value[1:]]
            if k == DICT:
                keys, values = value[1], value[2]
                if type(keys) is not list or type(values) is not list or len(keys) != len(values):
                    raise ValueError("a malformed mapping")
                return dict(zip([dec(x) for x in keys], [dec(x) for x in values], strict=True))
            if k == SET or k == FROZENSET:
                items = [dec(v) for v in value[1:]]
                return set(items) if k == SET else frozenset(items)
            if k in enums:
                return classes[k](dec(value[1]))
            raise ValueError(f"no class number {k}")

        return dec

    def _lazy_class(self, k: int, value: list[Any], dec: Any, built: list[Any]) -> Any:
        """An instrument with deferred rows, or a dataset with deferred indexes and maps."""
        cls = self.classes[k]
        if k == self.dataset:
            args = [self._lazy_field(v, self.lazy_at[n]) if n in self.lazy_at and type(v) is list and v and v[0] in (INDEX, TEXTS)
                    else dec(v) for n, v in enumerate(value[1:])]
            return cls(*args)
        places = self.deferred[k]
        plain_types = _PLAIN
        values = value[1:]
        later = []
        for n, field in places.items():
            v = values[n] if n < len(values) else None
            if type(v) is list and v and v[0] == DEFERRED:
                later.append((n, field, _Rows(v[1:], self)))
                values[n] = None
        args = [v if type(v) in plain_types else built[v[1]] if v[0] == REF else dec(v) for v in values]
        for n, _field, rows in later:
            args[n] = model.Deferred(rows.all)
        obj = cls(*args)
        for _n, field, rows in later:
            self.rows[(obj.id, field)] = rows
        return obj

    def _lazy_field(self, v: list[Any], name: str) -> Any:
        if len(v) != 3 or type(v[1]) is not list or type(v[2]) is not list or len(v[1]) != len(v[2]):
            raise ValueError("a malformed mapping")
        keys, raws = v[1], v[2]
        for key in keys:
            if type(key) is not str:
                raise ValueError("a mapping key that is not a text")
        if v[0] == TEXTS and name in _TEXT_MAPS:
            for raw in raws:
                if type(raw) is not str:
                    raise ValueError("a deferred value that is not a text")
            return LazyMap(keys, raws, self.text)
        if v[0] != INDEX or name not in _INDEXES:
            raise ValueError(f"no index in place of {name}")
        for raw in raws:
            if type(raw) is not list or len(raw) % 2:
                raise ValueError("a malformed index")
        field = _INDEXES[name]
        return LazyMap(keys, raws, lambda flat: self._places(flat, field))

    def _places(self, flat: list[Any], field: str) -> tuple[Any, ...]:
        """A country's rows, from their places in the instruments' rows (an INDEX value)."""
        rows = self.rows
        out = []
        try:
            for n in range(0, len(flat), 2):
                out.append(rows[(flat[n], field)].row(flat[n + 1]))
        except (KeyError, IndexError, TypeError) as exc:
            raise DataError(f"a damaged compiled-data cache entry (no such row: {exc})",
                            hint="run again with --no-cache, or delete the cache directory") from None
        return tuple(out)


def from_plain(value: Any, table: list[list[Any]] | None = None) -> Any:
    """The objects ``value`` stands for; ``table`` is the class table it was written with."""
    try:
        return Decoder(table if table is not None else class_table()).decode(value)
    except (TypeError, IndexError, KeyError, OverflowError, RecursionError) as exc:
        raise ValueError(f"not a plain form of the model: {type(exc).__name__}: {exc}") from None
