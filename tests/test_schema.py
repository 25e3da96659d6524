"""The shipped JSON Schemas and octreaty.schema_check."""

from __future__ import annotations

import copy

import pytest
import yaml

from octreaty import load as L
from octreaty.load import shipped_data_dir
from octreaty.schema_check import SCHEMAS, schema, validate

from .conftest import MINI


@pytest.mark.parametrize("name", ["countries", "instruments"])
def test_shipped_data_validates(name):
    doc = yaml.safe_load((shipped_data_dir() / f"{name}.yaml").read_text(encoding="utf-8"))
    assert validate(doc, name) == []


@pytest.mark.parametrize("name", ["countries", "instruments"])
def test_mini_data_validates(name):
    assert validate(yaml.safe_load((MINI / f"{name}.yaml").read_text(encoding="utf-8")), name) == []


def test_mutations_give_their_paths():
    doc = yaml.safe_load((MINI / "instruments.yaml").read_text(encoding="utf-8"))
    bad = copy.deepcopy(doc)
    bad["schema"] = True
    bad["sources"]["decree"]["as_of"] = 2013
    bad["instruments"][0]["parties"][1]["act"] = "ratify"
    bad["instruments"][0]["parties"][3]["date"] = "22 Dec 2006"
    bad["instruments"][1]["kind"] = "treaty"
    bad["instruments"][1]["colour"] = "red"
    del bad["instruments"][2]["sources"]
    bad["instruments"][2]["coverage"]["complete"] = "yes"
    bad["instruments"][2]["purposes"]["spying"] = "x"
    bad["instruments"][3]["sources"] = []
    bad["instruments"][3]["short"] = ""
    bad["bridges"][0]["since"] = "2002-13"  # the pattern admits it; load.py refuses the month
    assert [(p.path, p.message) for p in validate(bad)] == [
        ("schema", "True is not one of: 1"),
        ("sources.decree.as_of", "an integer is not allowed here"),
        ("instruments[0].parties[1].act", ("'ratify' is not one of: acceptance, accession, agreement, approval, "
         "definitive-signature, formal-confirmation, membership, party, ratification, signature, succession, "
         "transposition")),
        ("instruments[0].parties[3].date", "'22 Dec 2006' does not match ^\\d{4}(-\\d{2}(-\\d{2})?)?$"),
        ("instruments[1].kind", "'treaty' is not one of: convention, protocol, organisation, bilateral, eu-law, eu-agreement"),
        ("instruments[1].colour", "is not a known field"),
        ("instruments[2].sources", "is required"),
        ("instruments[2].purposes.spying", "is not a known field"),
        ("instruments[2].coverage.complete", "expected boolean, not string"),
        ("instruments[3].short", "must not be empty"),
        ("instruments[3].sources", "needs at least 1 item(s)"),
    ]
    assert validate(doc) == []  # the original is untouched


# The schema must follow the loader: these fail when a field is added to one and not the other.
@pytest.mark.parametrize("defn, fields", [
    ("source", L._SOURCE_FIELDS), ("country", L._COUNTRY_FIELDS), ("group", L._GROUP_FIELDS),
    ("declaration", L._DECLARATION_FIELDS), ("instrument", L._INSTRUMENT_FIELDS), ("party", L._PARTY_FIELDS),
    ("non_party", L._NON_PARTY_FIELDS), ("bridge", L._BRIDGE_FIELDS), ("coverage", L._COVERAGE_FIELDS),
    ("eif_rule", L._RULE_FIELDS),
])
@pytest.mark.parametrize("name", SCHEMAS)
def test_schema_fields_follow_the_loader(name, defn, fields):
    assert set(schema(name)["$defs"][defn]["properties"]) == set(fields)


@pytest.mark.parametrize("name", SCHEMAS)
def test_schema_top_and_enums_follow_the_loader(name):
    from octreaty.model import ACTS, DECLARATION_TYPES, KINDS, NON_PARTY_STATUSES, PURPOSES
    s = schema(name)
    assert set(s["properties"]) == set(L._TOP_FIELDS)
    defs = s["$defs"]
    assert set(defs["party"]["properties"]["act"]["enum"]) == set(ACTS)
    assert defs["instrument"]["properties"]["kind"]["enum"] == list(KINDS)
    assert defs["non_party"]["properties"]["status"]["enum"] == list(NON_PARTY_STATUSES)
    assert defs["declaration"]["properties"]["type"]["enum"] == list(DECLARATION_TYPES)
    assert defs["country"]["properties"]["status"]["enum"] == list(L.COUNTRY_STATUSES)
    assert set(defs["purposes"]["properties"]) == set(PURPOSES)
    assert s["$schema"] == "https://json-schema.org/draft/2020-12/schema"
