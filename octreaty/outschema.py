"""JSON Schemas (draft 2020-12) of what octreaty prints with ``--format json``.

``octreaty schema COMMAND`` prints one; ``schema(command)`` returns it as a
dict. Every answer is one envelope: ``schema`` (the contract's version),
``command``, ``query`` (the question as understood: ids, date, purpose),
``data_as_of`` (how current the sources are), ``results`` and ``sources`` (the
sources the answer cites: key -> title, URL, as-of date). A ``--batch`` line is
the same envelope with a ``line`` number first, or an error line. The schemas
say what scripts may rely on: required keys and their types; a new key may
appear in a later version of the same ``schema`` number, a key is never
removed or retyped without a new number. CSV columns are listed under
``x-csv-columns``. ``export --format json`` keeps its graph as networkx
node-link data at the top level (``directed``, ``multigraph``, ``graph``,
``nodes``, ``edges``) so that ``networkx.node_link_graph(doc, edges="edges")``
loads the whole answer; its ``results`` counts the nodes and edges.
"""

from __future__ import annotations

from typing import Any

from . import render

DATE = {"type": "string", "pattern": r"^\d{4}(-\d{2}(-\d{2})?)?$"}
DAY = {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}$"}
TEXT = {"type": "string"}
OPT_TEXT = {"type": ["string", "null"]}
OPT_DATE = {"anyOf": [DATE, {"type": "null"}]}
KEYS = {"type": "array", "items": TEXT}

_WHEN = {"anyOf": [{"type": "null"}, {
    "type": "object", "required": ["date", "earliest", "latest"],
    "properties": {"date": {"anyOf": [DAY, {"type": "null"}]}, "earliest": {"anyOf": [DAY, {"type": "null"}]},
                   "latest": {"anyOf": [DAY, {"type": "null"}]}},
    "description": "date: the day when known; else the earliest and latest days it can be (latest null: not "
                   "known to have happened)."}]}
_STANDING = {
    "type": "object",
    "required": ["country", "state", "act", "signature", "consent", "in_force", "withdrawal", "reason", "sources"],
    "properties": {"country": TEXT, "state": TEXT, "act": OPT_TEXT, "role": OPT_TEXT, "signature": OPT_DATE,
                   "consent": OPT_DATE, "in_force": {"$ref": "#/$defs/when"}, "withdrawal": OPT_DATE,
                   "reason": TEXT, "sources": KEYS},
}
_INSTRUMENT = {"type": "object", "required": ["id", "short", "name", "kind"],
               "properties": {"id": TEXT, "short": TEXT, "name": TEXT, "kind": TEXT}}
_SOURCES = {"type": "object", "description": "The sources the answer cites: key -> title, URL and as-of date.",
            "additionalProperties": {"type": "object", "required": ["title", "url", "as_of"],
                                     "properties": {"title": TEXT, "url": OPT_TEXT, "as_of": OPT_DATE}}}


def _envelope(command: str, results: dict[str, Any], query: dict[str, Any], extra: dict[str, Any] | None = None,
              csv: list[str] | None = None, sources: bool = True) -> dict[str, Any]:
    props: dict[str, Any] = {
        "schema": {"type": "integer", "enum": [render.SCHEMA]},
        "command": {"type": "string", "enum": [command]},
        "query": {"type": "object", "properties": query},
        "data_as_of": OPT_DATE,
        "results": results,
    }
    required = ["schema", "command", "query", "data_as_of", "results"]
    if sources:
        props["sources"] = _SOURCES
        required.append("sources")
    props.update(extra or {})
    doc: dict[str, Any] = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://octreaty.invalid/schema/{render.SCHEMA}/{command}.json",
        "title": f"octreaty {command} --format json (schema {render.SCHEMA})",
        "type": "object",
        "required": required,
        "properties": props,
        "$defs": {"when": _WHEN, "standing": _STANDING, "instrument": _INSTRUMENT},
    }
    if csv is not None:
        doc["x-csv-columns"] = csv
    return doc


def _rows(item: dict[str, Any]) -> dict[str, Any]:
    return {"type": "array", "items": item}


def _listing(command: str, columns: list[str], csv: list[str] | None = None, sources: bool = True,
             query: dict[str, Any] | None = None) -> dict[str, Any]:
    item = {"type": "object", "required": columns, "properties": {c: OPT_TEXT for c in columns}}
    return _envelope(command, _rows(item), query or {}, csv=csv or columns, sources=sources)


_PAIR_QUERY = {"a": TEXT, "b": TEXT, "as_of": DAY, "for": TEXT}
_ROW = {"type": "object", "required": ["instrument", "country", "state", "sources"],
        "properties": {"instrument": {"$ref": "#/$defs/instrument"}, **_STANDING["properties"], "note": OPT_TEXT}}
_BASIS = {"type": "object", "required": ["section", "instrument", "sources"],
          "properties": {"section": {"type": "string",
                                     "enum": ["shared", "displaced", "bilateral", "channel", "one-sided", "bridge"]},
                         "instrument": {"$ref": "#/$defs/instrument"}, "a": {"$ref": "#/$defs/standing"},
                         "b": {"$ref": "#/$defs/standing"}, "linked_since": {"$ref": "#/$defs/when"},
                         "usable_for": {"type": "object", "additionalProperties": TEXT}, "sources": KEYS,
                         "note": OPT_TEXT, "qualifications": KEYS}}
_STEP = {"type": "object", "required": ["step", "title", "sentences", "sources"],
         "properties": {"step": {"type": "integer"}, "title": TEXT, "sentences": KEYS, "sources": KEYS}}
_LINK_EXTRA = {"countries": {"type": "object", "additionalProperties": TEXT}, "summary": TEXT,
               "fallback": OPT_TEXT, "explanation": _rows(_STEP)}


def _schemas() -> dict[str, dict[str, Any]]:
    parties_item = {"type": "object", "required": ["name", *_STANDING["required"]],
                    "properties": {"name": TEXT, **_STANDING["properties"]}}
    return {
        "link": _envelope("link", _rows(_BASIS), _PAIR_QUERY, _LINK_EXTRA, render.LINK_COLUMNS),
        "why": _envelope("why", _rows(_STEP), _PAIR_QUERY,
                         {"countries": _LINK_EXTRA["countries"], "summary": TEXT, "fallback": OPT_TEXT,
                          "explanation": _rows(_STEP)}, render.WHY_COLUMNS),
        "brief": _envelope("brief", _rows(_BASIS), _PAIR_QUERY,
                           {**_LINK_EXTRA, "document": {"type": "object", "required": ["format", "text"],
                                                        "properties": {"format": {"enum": ["markdown"]},
                                                                       "text": TEXT}}}),
        "ratified": _envelope("ratified", _rows(_ROW), {"country": TEXT, "as_of": DAY},
                              {"country": {"type": "object", "properties": {"id": TEXT, "name": TEXT}}},
                              render.ROW_COLUMNS),
        "channels": _envelope("channels", _rows({**_ROW, "properties": {**_ROW["properties"], "section": {
            "enum": ["usable", "unusable", "bilateral"]}}}), {"country": TEXT, "as_of": DAY},
            {"summary": TEXT, "bridges": _rows({"type": "object", "required": ["id", "instrument", "via", "sources"],
                                                "properties": {"id": TEXT, "instrument": TEXT, "via": TEXT,
                                                               "since": OPT_DATE, "until": OPT_DATE,
                                                               "sources": KEYS}})},
            ["section", *render.ROW_COLUMNS]),
        "parties": _envelope("parties", _rows(parties_item), {"instrument": TEXT, "as_of": DAY, "all": {
            "type": "boolean"}}, {"count": {"type": "integer"}, "signatories": {"type": "integer"},
                                  "uncertain": _rows(parties_item)}, render.PARTIES_COLUMNS),
        "path": _envelope("path", _rows(_rows({"type": "object", "required": ["kind", "id", "label"],
                                               "properties": {"kind": TEXT, "id": TEXT, "label": TEXT,
                                                              # a relaying state: the others that relay alike
                                                              "others": {"type": "array", "items": TEXT}}})),
                          _PAIR_QUERY, csv=["path", "chain", "steps"]),
        "matrix": _envelope("matrix", _rows({"type": "object", "required": ["a", "b", "bases"],
                                             "properties": {"a": TEXT, "b": TEXT, "a_name": TEXT, "b_name": TEXT,
                                                            **{k: {"type": "integer"} for k in (
                                                                "conventions", "eu_law", "organisations",
                                                                "channels", "bilateral", "bridges", "displaced",
                                                                "bases")}}}),
                            {"as_of": DAY, "for": TEXT, "group": OPT_TEXT}, {"columns": KEYS},
                            ["a", "b", "a_name", "b_name", "conventions", "eu_law", "organisations", "channels",
                             "bilateral", "bridges", "displaced", "bases"]),
        "show": _envelope("show", _rows({"type": "object", "required": ["id", "short", "name", "kind", "sources"],
                                         "properties": {"id": TEXT, "short": TEXT, "name": TEXT, "kind": TEXT,
                                                        "adopted": OPT_DATE, "signed": OPT_DATE,
                                                        "entry_into_force": OPT_DATE, "parties": {"type": "integer"},
                                                        "terminated": OPT_DATE, "replaced_by": OPT_TEXT,
                                                        "may_have_ended": {"anyOf": [
                                                            {"type": "null"},
                                                            {"type": "object", "required": ["date", "sources"],
                                                             "properties": {"date": DATE, "sources": KEYS,
                                                                            "note": OPT_TEXT}}]},
                                                        "replaces": KEYS, "replaces_article": OPT_TEXT,
                                                        "supersedes_bilateral": OPT_TEXT,
                                                        "mla_treaty": {"type": "boolean"},
                                                        "yields_to_mla_treaty": {"anyOf": [
                                                            {"type": "null"},
                                                            {"type": "object", "required": ["article", "provisions"],
                                                             "properties": {"article": TEXT, "provisions": TEXT}}]},
                                                        "conflicts": {"type": "array", "items": TEXT},
                                                        "sources": KEYS}}),
                          {"instrument": TEXT, "as_of": DAY}, csv=["field", "value"]),
        "instruments": _listing("instruments", ["id", "short", "kind", "parties", "coverage", "as_of", "name"],
                                csv=["id", "short", "kind", "parties", "coverage", "as_of", "as_of_qualifier",
                                     "name"]),
        "countries": _listing("countries", ["id", "iso2", "name", "status", "parent", "exists_from", "exists_until",
                                            "bilateral", "also"]),
        "sources": _envelope("sources", _rows({"type": "object", "required": ["key", "as_of", "title", "url"],
                                               "properties": {"key": TEXT, "as_of": OPT_DATE, "title": TEXT,
                                                              "url": TEXT}}),
                             {"instrument": OPT_TEXT}, csv=["key", "as_of", "as_of_qualifier", "title", "url"],
                             sources=False),
        "diff": _listing("diff", ["date", "kind", "instrument", "short", "country", "name", "precision", "text",
                                  "sources"], query={"since": DAY, "until": DAY, "countries": {
                                      "anyOf": [KEYS, {"type": "null"}]}}),
        "groups": _listing("groups", ["id", "kind", "name", "count", "aliases", "members", "sources"]),
        "check": _listing("check", ["severity", "file", "line", "column", "key", "problem"], sources=False),
        "export": _envelope("export", {"type": "object", "required": ["nodes", "edges"],
                                       "properties": {"nodes": {"type": "integer"}, "edges": {"type": "integer"}},
                                       "description": "how many nodes and edges the graph has"},
                            {"as_of": DAY, "group": OPT_TEXT, "format": TEXT},
                            {"directed": {"type": "boolean"}, "multigraph": {"type": "boolean"},
                             "graph": {"type": "object"}, "nodes": _rows({"type": "object"}),
                             "edges": _rows({"type": "object"})}),
    }


COMMANDS = tuple(sorted(_schemas()))


def schema(command: str) -> dict[str, Any]:
    """The JSON Schema of ``octreaty COMMAND --format json``; KeyError for an unknown command."""
    return _schemas()[command]
