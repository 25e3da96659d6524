"""Check a parsed data file against the shipped JSON Schema, without a schema library.

The schemas (``octreaty/schema/{countries,instruments}.schema.json``, draft
2020-12) describe the YAML format of docs/DATA.md; an editor with a YAML
language server uses them through a first line such as
``# yaml-language-server: $schema=../octreaty/schema/instruments.schema.json``.

This validator knows only the keywords those schemas use: ``type``,
``properties``, ``required``, ``additionalProperties``, ``items``, ``enum``,
``pattern``, ``minLength``, ``minItems``, ``anyOf`` and ``$ref`` into
``$defs``. It does not check what a schema cannot say (ids defined once,
source keys defined, eif_rule's "exactly one"): ``octreaty.load`` does.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

SCHEMA_DIR = Path(__file__).resolve().parent / "schema"
SCHEMAS = ("countries", "instruments")


@dataclass(frozen=True)
class Problem:
    """One place where a document breaks the schema."""

    path: str  # "instruments[0].parties[2].act"; "" for the document itself
    message: str

    def __str__(self) -> str:
        return f"{self.path or '(document)'}: {self.message}"


@cache
def schema(name: str = "instruments") -> dict[str, Any]:
    """A shipped schema by name: "countries" or "instruments"."""
    if name not in SCHEMAS:
        raise ValueError(f"unknown schema {name!r}: one of {', '.join(SCHEMAS)}")
    return json.loads((SCHEMA_DIR / f"{name}.schema.json").read_text(encoding="utf-8"))


def schema_path(name: str) -> Path:
    return SCHEMA_DIR / f"{name}.schema.json"


_TYPES = {
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
    "string": lambda v: isinstance(v, str),
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
    "null": lambda v: v is None,
}


def _kind(v: Any) -> str:
    for name in ("null", "boolean", "integer", "number", "string", "array", "object"):
        if _TYPES[name](v):
            return name
    return type(v).__name__  # a YAML date or timestamp left unquoted


def _article(kind: str) -> str:
    return f"an {kind}" if kind[0] in "aeiou" else f"a {kind}"


def _join(path: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if path else str(key)


def _resolve(root: dict[str, Any], ref: str) -> dict[str, Any]:
    if not ref.startswith("#/$defs/"):
        raise ValueError(f"unsupported $ref {ref!r}")
    return root["$defs"][ref[len("#/$defs/"):]]


def _same(a: Any, b: Any) -> bool:
    return type(a) is type(b) and a == b  # True is not 1


def _check(value: Any, s: dict[str, Any], root: dict[str, Any], path: str, out: list[Problem]) -> None:
    if "$ref" in s:
        _check(value, _resolve(root, s["$ref"]), root, path, out)
    if "anyOf" in s:
        trials = []
        for sub in s["anyOf"]:
            found: list[Problem] = []
            _check(value, sub, root, path, found)
            if not found:
                break
            trials.append(found)
        else:
            # report the alternative the value came closest to: one it has the type of,
            # else the one whose problems lie deepest
            typed = [ps for ps in trials if not all(p.message.startswith("expected ") for p in ps)]
            if typed:
                out.extend(max(typed, key=lambda ps: max(len(p.path) for p in ps)))
            else:
                out.append(Problem(path, f"{_article(_kind(value))} is not allowed here"))
            return
    if "type" in s:
        types = s["type"] if isinstance(s["type"], list) else [s["type"]]
        if not any(_TYPES[t](value) for t in types):
            out.append(Problem(path, f"expected {' or '.join(types)}, not {_kind(value)}"))
            return
    if "enum" in s and not any(_same(value, e) for e in s["enum"]):
        shown = ", ".join(str(e) for e in s["enum"])
        out.append(Problem(path, f"{value!r} is not one of: {shown}"))
    if isinstance(value, str):
        if "minLength" in s and len(value) < s["minLength"]:
            out.append(Problem(path, "must not be empty"))
        if "pattern" in s and not re.search(s["pattern"], value):
            out.append(Problem(path, f"{value!r} does not match {s['pattern']}"))
    if isinstance(value, list):
        if "minItems" in s and len(value) < s["minItems"]:
            out.append(Problem(path, f"needs at least {s['minItems']} item(s)"))
        if "items" in s:
            for i, item in enumerate(value):
                _check(item, s["items"], root, _join(path, i), out)
    if isinstance(value, dict):
        props = s.get("properties", {})
        for key in s.get("required", []):
            if key not in value:
                out.append(Problem(_join(path, key), "is required"))
        extra = s.get("additionalProperties", True)
        for key, v in value.items():
            sub = _join(path, str(key))
            if key in props:
                _check(v, props[key], root, sub, out)
            elif extra is False:
                out.append(Problem(sub, "is not a known field"))
            elif isinstance(extra, dict):
                _check(v, extra, root, sub, out)


def validate(doc: Any, name: str = "instruments") -> list[Problem]:
    """Problems of ``doc`` (a data file parsed by ``yaml.safe_load``) against schema ``name``.

    An empty list means the document fits the schema. The two shipped schemas
    accept the same sections (the loader lets any file hold any of them);
    ``name`` chooses which one's title and description apply.
    """
    root = schema(name)
    out: list[Problem] = []
    _check(doc, root, root, "", out)
    return out
