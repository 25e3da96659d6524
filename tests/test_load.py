"""The loader: valid data loads; every kind of bad file is a DataError naming file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from octreaty.errors import DataError, ExitCode
from octreaty.load import load, parse_yaml
from octreaty.model import PartialDate

from .conftest import MINI


def test_mini_loads(mini_data):
    assert sorted(mini_data.countries) == ["ALB", "CIV", "HUN", "ITA", "XKX"]
    assert sorted(mini_data.instruments) == ["bilateral-xkx-hun-2013", "interpol", "untoc", "untoc-tip"]
    untoc = mini_data.instruments["untoc"]
    alb = next(p for p in untoc.parties if p.party == "ALB")
    assert (alb.act, alb.signature, alb.date) == ("ratification", PartialDate(2000, 12, 12), PartialDate(2002, 8, 21))
    assert untoc.eif_rule.days_after_deposit == 30
    assert [b.id for b in mini_data.bridges] == ["unmik-interpol"]
    assert str(mini_data.as_of) == "2024-05-04"


def _write(dirpath: Path, name: str, text: str | bytes) -> Path:
    path = dirpath / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def _error(dirpath: Path) -> DataError:
    with pytest.raises(DataError) as info:
        load(dirpath)
    assert info.value.exit_code == ExitCode.DATA
    return info.value


def test_syntax_error_names_file_line_column(mini_copy):
    path = mini_copy / "countries.yaml"
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[9] = "  - id: [ALB"  # an unclosed flow sequence on line 10
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    err = _error(mini_copy)
    assert err.file == str(path)
    assert err.line is not None and err.line >= 10
    assert str(err).startswith(f"{path}:{err.line}:")
    assert "YAML syntax error" in str(err)


def test_duplicate_key(mini_copy):
    _write(mini_copy, "extra.yaml", "schema: 1\nsources:\n  a: {title: A}\n  a: {title: B}\n")
    err = _error(mini_copy)
    assert (err.line, err.key) == (4, "sources.a")
    assert "duplicate key 'a' (first at line 3)" in str(err)


def test_unknown_field_suggests(mini_copy):
    text = (MINI / "countries.yaml").read_text(encoding="utf-8").replace("    iso2: AL\n", "    iso_2: AL\n")
    _write(mini_copy, "countries.yaml", text)
    err = _error(mini_copy)
    assert "unknown field 'iso_2' in country" in str(err)
    assert err.hint == "did you mean 'iso2'?"
    assert err.key == "countries[0].iso_2"


def test_wrong_type_for_date(mini_copy):
    text = (MINI / "countries.yaml").read_text(encoding="utf-8").replace(
        'un_member_since: "1955-12-14"', "un_member_since: [1955]", 1)
    _write(mini_copy, "countries.yaml", text)
    err = _error(mini_copy)
    assert "'un_member_since' must be a date" in str(err)
    assert err.line == 13


def test_number_where_date_belongs(mini_copy):
    text = (MINI / "countries.yaml").read_text(encoding="utf-8").replace(
        'un_member_since: "1955-12-14"', "un_member_since: 1955", 1)
    _write(mini_copy, "countries.yaml", text)
    err = _error(mini_copy)
    assert "'un_member_since' must be a date (YYYY-MM-DD, YYYY-MM or YYYY), not a number" in str(err)
    assert err.line == 13


def test_list_where_mapping_belongs(mini_copy):
    _write(mini_copy, "extra.yaml", "schema: 1\nsources: [a, b]\n")
    err = _error(mini_copy)
    assert "sources must be a mapping, not a list" in str(err)
    assert err.line == 2


def test_python_tag_is_refused_not_constructed(mini_copy, tmp_path):
    marker = tmp_path / "pwned"
    _write(mini_copy, "extra.yaml",
           f"schema: 1\nsources: !!python/object/apply:os.system ['touch {marker}']\n")
    err = _error(mini_copy)
    assert "YAML tag" in str(err) and "not allowed" in str(err)
    assert not marker.exists()


def test_alias_bomb_is_refused(mini_copy):
    lines = ["schema: 1", "sources:", "  a: &a {title: x}"]
    lines += [f"  b{i}: *a" for i in range(20)]
    _write(mini_copy, "extra.yaml", "\n".join(lines) + "\n")
    err = _error(mini_copy)
    assert "anchors and aliases are not allowed" in str(err)


def test_not_utf8(mini_copy):
    _write(mini_copy, "extra.yaml", b"schema: 1\nsources:\n  a: {title: \"C\xf4te\"}\n")
    err = _error(mini_copy)
    assert "not valid UTF-8" in str(err)
    assert err.line == 3


def test_empty_file(mini_copy):
    _write(mini_copy, "extra.yaml", "")
    assert "the file is empty" in str(_error(mini_copy))


def test_missing_and_empty_directories(tmp_path):
    err = _error(tmp_path / "nowhere")
    assert "does not exist" in str(err)
    empty = tmp_path / "empty"
    empty.mkdir()
    assert "holds no .yaml files" in str(_error(empty))


def test_unknown_country_id(mini_copy):
    text = (MINI / "instruments.yaml").read_text(encoding="utf-8").replace("{party: HUN, act: agreement", "{party: HUX, act: agreement")
    _write(mini_copy, "instruments.yaml", text)
    err = _error(mini_copy)
    assert "unknown country id 'HUX'" in str(err)
    assert err.hint == "did you mean 'HUN'?"


def test_unknown_source(mini_copy):
    text = (MINI / "instruments.yaml").read_text(encoding="utf-8").replace("sources: [decree]\n    parties", "sources: [decre]\n    parties")
    _write(mini_copy, "instruments.yaml", text)
    err = _error(mini_copy)
    assert "unknown source 'decre'" in str(err)
    assert err.hint == "did you mean 'decree'?"


def test_consent_before_signature(mini_copy):
    text = (MINI / "instruments.yaml").read_text(encoding="utf-8").replace(
        'signature: "2000-12-14", act: ratification, date: "2006-12-22"',
        'signature: "2000-12-14", act: ratification, date: "1999-12-22"')
    _write(mini_copy, "instruments.yaml", text)
    assert "consent 1999-12-22 is before signature 2000-12-14" in str(_error(mini_copy))


def test_an_extra_file_adds_and_a_clash_names_both_files(mini_copy):
    _write(mini_copy, "ministry.yaml", (
        "schema: 1\n"
        "sources:\n  mou: {title: 'Ministry register', url: 'https://example.org', as_of: '2025-01-01'}\n"
        "instruments:\n"
        "  - id: mou-alb-ita\n    short: ALB-ITA MoU\n    name: Memorandum\n    kind: bilateral\n"
        "    sources: [mou]\n    parties:\n"
        "      - {party: ALB, act: agreement, sources: [mou]}\n"
        "      - {party: ITA, act: agreement, sources: [mou]}\n"))
    data = load(mini_copy)
    assert "mou-alb-ita" in data.instruments
    _write(mini_copy, "clash.yaml", "schema: 1\nsources:\n  mou: {title: again}\n")
    err = _error(mini_copy)
    assert "source 'mou' is defined twice" in str(err)
    assert "clash.yaml" in str(err) and "ministry.yaml" in str(err)


def test_parse_yaml_keeps_places(tmp_path):
    path = _write(tmp_path, "x.yaml", "a:\n  b: [1, 2]\n")
    doc = parse_yaml(path)
    assert doc["a"]["b"] == [1, 2]
    assert doc.key_where["a"].line == 2
    assert doc["a"]["b"].path == "a.b"


def test_unconfirmed_is_only_for_not_before(tmp_path):
    """``unconfirmed`` says no source shows an undated act done; on ``in_force_by`` (a source showing an agreement
    in force) it would contradict the bound itself."""
    (tmp_path / "mine.yaml").write_text(
        "schema: 1\nsources:\n  s1: {title: T, url: 'https://example.org/', as_of: '2020-01-01'}\n"
        "instruments:\n  - id: bilateral-x\n    short: X\n    name: X\n    kind: bilateral\n"
        "    signed: '2010-01-01'\n    sources: [s1]\n"
        "    in_force_by: {date: '2012-01-01', sources: [s1], unconfirmed: true}\n"
        "    parties:\n      - {party: ALB, act: agreement, date: '2010-01-01', sources: [s1]}\n"
        "      - {party: ITA, act: agreement, date: '2010-01-01', sources: [s1]}\n",
        encoding="utf-8")
    with pytest.raises(DataError, match="unconfirmed is for not_before"):
        load(tmp_path)


def test_a_non_application_declaration_must_name_its_states(tmp_path):
    """A declaration that the instrument does not apply towards some states is read only towards those named:
    without ``conditions.other_in`` it would have to be widened to everyone, so the loader refuses it."""
    (tmp_path / "mine.yaml").write_text(
        "schema: 1\nsources:\n  s1: {title: T, url: 'https://example.org/', as_of: '2020-01-01'}\n"
        "instruments:\n  - id: conv-x\n    short: X\n    name: X\n    kind: convention\n"
        "    adopted: '2010-01-01'\n    sources: [s1]\n"
        "    parties:\n      - party: ALB\n        act: ratification\n        date: '2011-01-01'\n"
        "        sources: [s1]\n        declarations:\n"
        "          - {type: non-application, text: 'shall not apply to some', sources: [s1]}\n",
        encoding="utf-8")
    err = _error(tmp_path)
    assert str(err).endswith(":17:13: a non-application declaration names no state "
                             "(at instruments[0].parties[0].declarations[0].conditions)")
    assert err.hint == "give conditions: {other_in: [...]}, the states towards which it does not apply"
