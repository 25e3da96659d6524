"""The model's dataclasses as plain data (lists, dicts, strings, numbers) and back.

The compiled-data cache stores a :class:`~octreaty.model.Dataset` in this form,
as JSON: reading it back can build only the model's own classes, so a cache
entry someone else wrote can at worst hold wrong data, never run code.

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
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
import sys
from datetime import date
from enum import Enum
from typing import Any

from . import model

# fixed slots of the class table; the model's classes follow
REF, TUPLE, LIST, DICT, SET, FROZENSET, DATE = range(7)
_FIXED = ("ref", "tuple", "list", "dict", "set", "frozenset", "datetime.date")
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


def class_table() -> list[list[Any]]:
    """``[[name, shape], ...]``: the classes an encoded value may name, by index."""
    table: list[list[Any]] = [[n, []] for n in _FIXED]
    table += [[f"{c.__module__}.{c.__qualname__}", _shape(c)] for c in _model_classes()]
    return table


def fingerprint() -> str:
    """A short hash of the class table: changes whenever a model class gains or loses a field."""
    return hashlib.blake2b(repr(class_table()).encode(), digest_size=8).hexdigest()


class Encoder:
    """Model objects -> plain data (see the module docstring)."""

    def __init__(self) -> None:
        self.index = {cls: n for n, cls in enumerate(_model_classes(), start=len(_FIXED))}
        self.fields = {cls: [f.name for f in dataclasses.fields(cls) if f.init] for cls in self.index
                       if dataclasses.is_dataclass(cls)}
        self.seen: dict[int, int] = {}  # id(object) -> its number among the instances built
        self.keep: list[Any] = []  # keeps the objects alive so that ids stay unique
        self.count = 0

    def encode(self, value: Any) -> Any:
        t = type(value)
        if t in (str, int, float, bool) or value is None:
            return value
        if t is tuple:
            n = self.seen.get(id(value))
            if n is not None:
                return [REF, n]
            out = [TUPLE, *(self.encode(v) for v in value)]
            self._built(value)
            return out
        if t is list:
            return [LIST, *(self.encode(v) for v in value)]
        if t is dict:
            return [DICT, [self.encode(k) for k in value], [self.encode(v) for v in value.values()]]
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
        out = [k, *(self.encode(getattr(value, name)) for name in self.fields[t])]
        self._built(value)
        return out

    def _built(self, value: Any) -> None:
        """Number ``value`` as the decoder will: tuples and dataclass instances, each once, children first."""
        self.seen[id(value)] = self.count
        self.keep.append(value)
        self.count += 1


def to_plain(value: Any) -> Any:
    """``value`` (a Dataset, or any model object) as plain data."""
    return Encoder().encode(value)


class Decoder:
    """Plain data -> model objects. ValueError for anything that is not what :class:`Encoder` writes."""

    def __init__(self, table: list[list[Any]]) -> None:
        mine = class_table()
        if table != mine:
            raise ValueError("the class table differs from this octreaty's model")
        self.classes: list[Any] = [None] * len(_FIXED) + _model_classes()
        self.built: list[Any] = []

    def decode(self, value: Any) -> Any:
        """The object ``value`` stands for (one call per list: the loop below is the cache's hot path)."""
        plain_types = _PLAIN
        built = self.built
        append = built.append
        classes = self.classes
        enums = {k for k, c in enumerate(classes) if c is not None and issubclass(c, Enum)}
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

        return dec(value)


def from_plain(value: Any, table: list[list[Any]] | None = None) -> Any:
    """The objects ``value`` stands for; ``table`` is the class table it was written with."""
    try:
        return Decoder(table if table is not None else class_table()).decode(value)
    except (TypeError, IndexError, KeyError, OverflowError, RecursionError) as exc:
        raise ValueError(f"not a plain form of the model: {type(exc).__name__}: {exc}") from None
