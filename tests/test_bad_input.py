"""Every bad input: the exact exit code and the key words of its one-line message.

Each case runs the CLI on a copy of the mini dataset, changed by the case.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

import pytest

from .conftest import invoke


def _replace(name: str, old: str, new: str) -> Callable[[Path], None]:
    def change(d: Path) -> None:
        path = d / name
        text = path.read_text(encoding="utf-8")
        assert old in text, old
        path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return change


def _write(name: str, content: str | bytes) -> Callable[[Path], None]:
    def change(d: Path) -> None:
        if isinstance(content, bytes):
            (d / name).write_bytes(content)
        else:
            (d / name).write_text(content, encoding="utf-8")
    return change


def _huge(d: Path) -> None:
    with open(d / "huge.yaml", "wb") as f:
        f.truncate(40 * 1024 * 1024)  # 40 MB, sparse: costs nothing to make


def _empty_dir(d: Path) -> None:
    for p in d.iterdir():
        p.unlink()


ALIAS_BOMB = "schema: 1\nsources:\n  a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"  b{i}: &b{i} [*{'a' if i == 0 else f'b{i - 1}'}, *{'a' if i == 0 else f'b{i - 1}'}]\n" for i in range(30))

CASES = [
    # (id, args, change to the data dir, exit code, key words that must all appear on stderr's first line)
    ("unknown-country", ["link", "kosovo", "hungry"], None, 3, ["unknown country 'hungry'", "Did you mean 'Hungary'?"]),
    ("same-country", ["link", "albania", "ALB"], None, 2, ["'albania' and 'ALB' are the same country (Albania)"]),
    ("unknown-instrument", ["parties", "palermi"], None, 3, ["unknown instrument 'palermi'", "Did you mean"]),
    ("bad-date", ["link", "albania", "italy", "--as-of", "2024-13-01"], None, 2, ["--as-of '2024-13-01' is not a date"]),
    ("word-date", ["ratified", "albania", "--as-of", "yesterday"], None, 2, ["--as-of 'yesterday' is not a date"]),
    ("unknown-format", ["countries", "--format", "xls"], None, 2, ["unknown format 'xls'"]),
    ("empty-dir", ["countries"], _empty_dir, 4, ["holds no .yaml files"]),
    ("syntax", ["countries"], _replace("countries.yaml", "  - id: CIV", "  - id: [CIV"), 4,
     ["countries.yaml:", "YAML syntax error"]),
    ("number-for-date", ["countries"], _replace("countries.yaml", 'un_member_since: "1960-09-20"', "un_member_since: 1960"),
     4, ["countries.yaml:", "'un_member_since' must be a date", "not a number"]),
    ("list-for-mapping", ["countries"], _replace("instruments.yaml", "eif_rule: {days_after_deposit: 30, article: \"art. 38(2)\"}",
                                                 "eif_rule: [30]"), 4, ["instruments.yaml:", "eif_rule must be a mapping, not a list"]),
    ("duplicate-key", ["countries"], _replace("countries.yaml", "    iso2: AL\n", "    iso2: AL\n    iso2: AL\n"), 4,
     ["countries.yaml:", "duplicate key 'iso2'"]),
    ("unknown-field", ["countries"], _replace("countries.yaml", "    iso2: HU\n", "    iso_code: HU\n"), 4,
     ["countries.yaml:", "unknown field 'iso_code'"]),
    ("not-utf8", ["countries"], _write("extra.yaml", b"schema: 1\nsources:\n  x: {title: \"\xff\xfe\"}\n"), 4,
     ["extra.yaml:3", "not valid UTF-8"]),
    ("python-tag", ["countries"], _write("extra.yaml", "schema: 1\nsources: !!python/object/apply:os.getcwd []\n"), 4,
     ["extra.yaml:2", "YAML tag", "not allowed"]),
    ("alias-bomb", ["countries"], _write("extra.yaml", ALIAS_BOMB), 4, ["extra.yaml:", "anchors and aliases are not allowed"]),
    ("huge-file", ["countries"], _huge, 4, ["huge.yaml", "over the 16 MB limit"]),
    ("empty-file", ["countries"], _write("extra.yaml", ""), 4, ["extra.yaml", "the file is empty"]),
    ("top-level-list", ["countries"], _write("extra.yaml", "- a\n- b\n"), 4, ["extra.yaml:1", "must be a mapping at the top"]),
    ("bad-schema", ["countries"], _write("extra.yaml", "schema: 7\n"), 4, ["extra.yaml:1", "schema 7 is not supported"]),
    ("deep-nesting", ["countries"], _write("extra.yaml", "schema: 1\nsources:\n  a: " + "[" * 500 + "]" * 500 + "\n"), 4,
     ["extra.yaml:", "nested more than 64 levels deep"]),
    ("too-deep-for-yaml", ["countries"], _write("extra.yaml", "schema: 1\nsources:\n  a: " + "[" * 5000 + "]" * 5000 + "\n"),
     4, ["extra.yaml:3:", "YAML syntax error"]),
    ("two-documents", ["countries"], _write("extra.yaml", "schema: 1\n---\nschema: 1\n"), 4,
     ["extra.yaml:2:", "YAML syntax error"]),
    ("binary-tag", ["countries"], _write("extra.yaml", "schema: 1\nsources:\n  k: {title: !!binary aGVsbG8=}\n"), 4,
     ["extra.yaml:3:", "YAML tag 'tag:yaml.org,2002:binary' is not allowed"]),
    ("millions-of-values", ["countries"], _write("extra.yaml", "schema: 1\nsources:\n  a: [" + "x, " * 1_100_000 + "x]\n"),
     4, ["extra.yaml:3:", "more than 1,000,000 values in one file"]),
    ("unknown-party", ["countries"], _replace("instruments.yaml", "{party: ITA, signature", "{party: ITALY, signature"), 4,
     ["instruments.yaml:", "unknown country id 'ITALY'"]),
    ("unknown-act", ["countries"], _replace("instruments.yaml", "act: accession", "act: accesion"), 4,
     ["instruments.yaml:", "'act' is 'accesion', not a known value"]),
]


@pytest.mark.parametrize("case_id, args, change, code, words", CASES, ids=[c[0] for c in CASES])
def test_bad_input(mini_copy, case_id, args, change, code, words):
    if change is not None:
        change(mini_copy)
    r = invoke(*args, "--data-dir", str(mini_copy), expect=code)
    assert r.stdout == ""
    lines = r.stderr.splitlines()
    assert lines[0].startswith("octreaty: error: ")
    for word in words:
        assert word in lines[0], (word, lines[0])
    assert "Traceback" not in r.stderr
    assert len(lines) <= 2  # the error and its hint
