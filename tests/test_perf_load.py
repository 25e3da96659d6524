"""The one-pass loader (issue 15): the same located values and the same refusals, each at its place."""

from __future__ import annotations

from pathlib import Path

import pytest

from octreaty.errors import DataError
from octreaty.load import parse_yaml


def _parse(tmp_path: Path, text: str):
    path = tmp_path / "x.yaml"
    path.write_text(text, encoding="utf-8")
    return path, parse_yaml(path)


def _refused(tmp_path: Path, text: str) -> DataError:
    path = tmp_path / "x.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DataError) as info:
        parse_yaml(path)
    return info.value


def test_values_and_places(tmp_path):
    path, doc = _parse(tmp_path, "a:\n  b: [1, '2', yes, null, 2003-09-29]\n  c:\n    - {d: x}\n")
    assert doc == {"a": {"b": [1, "2", True, None, "2003-09-29"], "c": [{"d": "x"}]}}
    assert doc.key_where["a"] == (str(path), 2, 3)
    assert doc["a"].key_where["b"].line == 2 and doc["a"].key_where["b"].column == 6
    assert doc["a"]["b"].item_where[1].column == 10
    assert doc["a"]["c"][0].path == "a.c[0]"
    assert doc["a"]["c"][0].where.line == 4


def test_keys_are_read_as_the_composer_read_them(tmp_path):
    _, doc = _parse(tmp_path, "1: a\nyes: b\n~: c\n")
    assert doc == {"1": "a", "True": "b", "None": "c"}


def test_an_empty_document_is_nothing(tmp_path):
    assert _parse(tmp_path, "# nothing\n")[1] is None


@pytest.mark.parametrize("text, line, column, message", [
    ("a: &x 1\nb: *x\n", 1, 4, "anchors and aliases are not allowed"),
    ("a: 1\nb: *x\n", 2, 4, None),  # an alias to nothing: a syntax error or the alias, at its place
    ("a:\n  ? [k]\n  : v\n", 2, 5, "a mapping key must be a plain name"),
    ("a: !!binary aGk=\n", 1, 4, "YAML tag 'tag:yaml.org,2002:binary' is not allowed"),
    ("a: !custom {b: 1}\n", 1, 4, "YAML tag '!custom' is not allowed"),
    ("a: 1\n---\nb: 2\n", 2, 1, "another document"),
    ("a: 1\na: 2\n", 2, 1, "duplicate key 'a' (first at line 1)"),
    ("a: [1, 2\n", 2, 1, "YAML syntax error"),
])
def test_refusals_name_line_and_column(tmp_path, text, line, column, message):
    err = _refused(tmp_path, text)
    assert (err.line, err.column) == (line, column)
    if message:
        assert message in str(err)


def test_nesting_is_refused_at_the_first_level_too_deep(tmp_path):
    err = _refused(tmp_path, "a: " + "[" * 70 + "]" * 70 + "\n")
    assert "nested more than 64 levels deep" in str(err)
    assert (err.line, err.column) == (1, 4 + 64)


# --- a party row's place is read again from its file, only when the row is wrong ------------------

MINI = Path(__file__).parent / "fixtures" / "mini"


def _load_error(directory: Path) -> DataError:
    from octreaty.load import load

    with pytest.raises(DataError) as info:
        load(directory)
    return info.value


def test_a_wrong_party_row_is_named_at_its_line_and_key(mini_copy):
    path = mini_copy / "instruments.yaml"
    path.write_text((MINI / "instruments.yaml").read_text(encoding="utf-8").replace(
        "{party: HUN, act: agreement", "{party: HUX, act: agreement"), encoding="utf-8")
    err = _load_error(mini_copy)
    assert (err.file, err.line) == (str(path), 93)
    assert err.key.endswith(".party") and ".parties[" in err.key
    assert "unknown country id 'HUX'" in str(err)


def test_a_wrong_source_in_a_declaration_is_named_at_its_line(mini_copy):
    path = mini_copy / "instruments.yaml"
    lines = (MINI / "instruments.yaml").read_text(encoding="utf-8").splitlines()
    lines[41] = ('      - {party: ALB, signature: "2000-12-12", act: ratification, date: "2002-08-21", '
                 'sources: [untc-untoc],\n         declarations: [{type: other, text: x, sources: [nowhere]}]}')
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    err = _load_error(mini_copy)
    assert "unknown source 'nowhere'" in str(err)
    assert (err.file, err.line) == (str(path), 43)
    assert err.key.endswith("declarations[0].sources")


def test_a_long_file_of_tiny_values_is_counted_before_anything_is_built(tmp_path, monkeypatch):
    from octreaty import load as L

    built = []
    monkeypatch.setattr(L, "MAX_EVENTS", 50)
    monkeypatch.setattr(L, "PRESCAN_CHARS", 50)
    monkeypatch.setattr(L, "_build", lambda *a: built.append(a))
    err = _refused(tmp_path, "a: [" + ", ".join(["1"] * 60) + "]\n")
    assert "more than 50 values in one file" in str(err)
    assert (err.line, err.column) == (1, 5 + 3 * 45)  # the 51st event: the 46th value, after 5 others
    assert not built
