"""Issue 11, classes 1 and 2: the compiled-data cache cannot run code, is read only
from the user's own directory and files, and prunes only what it wrote."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import marshal
import os
import pickle
import typing
from datetime import date
from enum import Enum
from pathlib import Path

import pytest

from octreaty import model, plain, store
from octreaty.model import Dataset, PartialDate

from .conftest import invoke


def _entry(d: Path) -> Path:
    [entry] = sorted(d.glob("octreaty-*.octreaty-cache"))
    return entry


def _forge(entry: Path, payload: bytes) -> None:
    """Replace the payload, with a digest that matches it: the digest has no key, anyone can compute it."""
    blob = entry.read_bytes()
    head = blob[: blob.index(b"\n", len(store.MAGIC)) + 1]
    entry.write_bytes(head + hashlib.blake2b(payload, digest_size=32).digest() + payload)


def _pieces(entry: Path) -> list:
    """The entry's payload, piece by piece (each a length of 8 bytes, little-endian, then a marshal)."""
    blob = entry.read_bytes()
    payload = blob[blob.index(b"\n", len(store.MAGIC)) + 1 + 32:]
    out, at = [], 0
    while at < len(payload):
        n = int.from_bytes(payload[at:at + 8], "little")
        out.append(marshal.loads(payload[at + 8:at + 8 + n]))
        at += 8 + n
    return out


def _framed(pieces: list) -> bytes:
    raws = [marshal.dumps(p) for p in pieces]
    return b"".join(len(r).to_bytes(8, "little") + r for r in raws)


# --- no code on load ---------------------------------------------------------------------


def test_a_forged_pickle_with_a_valid_digest_runs_nothing(cache, mini_copy, tmp_path):
    store.compile_data(mini_copy)
    marker = tmp_path / "ran"

    class Evil:
        def __reduce__(self):
            return (os.mkdir, (str(marker),))

    _forge(_entry(cache), pickle.dumps(Evil()))
    again = store.compile_data(mini_copy)
    assert not again.from_cache
    assert not marker.exists()
    assert again.data.countries["ALB"].name == "Albania"


def test_a_forged_entry_naming_another_class_is_refused(cache, mini_copy):
    store.compile_data(mini_copy)
    entry = _entry(cache)
    pieces = _pieces(entry)
    pieces[0]["classes"][10] = ["os.system", []]
    _forge(entry, _framed(pieces))
    assert not store.compile_data(mini_copy).from_cache


@pytest.mark.parametrize("data", [
    [0, 99999],  # a reference to nothing
    [10 ** 6, 1],  # a class number out of range
    [3, [1], [2, 3]],  # a mapping with more values than keys
    "not a dataset",
    [1] * 3,
])
def test_a_forged_entry_of_the_wrong_shape_is_rebuilt(cache, mini_copy, data):
    store.compile_data(mini_copy)
    pieces = _pieces(_entry(cache))
    pieces[1] = data  # the first field of the dataset
    _forge(_entry(cache), _framed(pieces))
    rebuilt = store.compile_data(mini_copy)
    assert not rebuilt.from_cache
    assert rebuilt.data.countries["ITA"].name == "Italy"


def test_the_entry_is_plain_containers_not_a_pickle(cache, mini_copy):
    store.compile_data(mini_copy)
    doc = _pieces(_entry(cache))
    assert doc[0]["format"] == store.FORMAT

    def plain_only(v):
        if type(v) is list:
            return all(plain_only(x) for x in v)
        if type(v) is dict:
            return all(plain_only(k) and plain_only(x) for k, x in v.items())
        return type(v) in (str, int, float, bool, type(None))

    assert plain_only(doc)
    source = Path(store.__file__).read_text(encoding="utf-8") + Path(plain.__file__).read_text(encoding="utf-8")
    assert "import pickle" not in source and "pickle.load" not in source


@pytest.mark.parametrize("forged", [
    compile("print(1)", "x", "exec"),  # a code object: marshal can hold one, nothing here runs it
    (1, 2),  # a tuple: the plain form has none
    {1, 2},
    b"bytes",
])
def test_a_forged_entry_with_other_marshal_types_is_refused(cache, mini_copy, forged):
    store.compile_data(mini_copy)
    pieces = _pieces(_entry(cache))
    pieces[1] = [plain.TUPLE, forged]
    _forge(_entry(cache), _framed(pieces))
    assert not store.compile_data(mini_copy).from_cache


@pytest.mark.parametrize("damage", ["length past the end", "a piece too many", "a piece too few", "no pieces"])
def test_a_forged_entry_with_a_bad_sequence_of_pieces_is_refused(cache, mini_copy, damage):
    store.compile_data(mini_copy)
    pieces = _pieces(_entry(cache))
    if damage == "length past the end":
        payload = _framed(pieces)  # the digest will match: the lengths are checked too
        payload = (10 ** 9).to_bytes(8, "little") + payload[8:]
    elif damage == "a piece too many":
        payload = _framed([*pieces, [plain.LIST]])
    elif damage == "a piece too few":
        payload = _framed(pieces[:-1])
    else:
        payload = b""
    _forge(_entry(cache), payload)
    again = store.compile_data(mini_copy)
    assert not again.from_cache
    assert again.data.countries["ALB"].name == "Albania"


# --- the serialiser follows the model's fields --------------------------------------------


def _reachable(root: type) -> list[type]:
    """Every dataclass reachable from ``root`` through its fields' types."""
    seen: list[type] = []

    def walk(tp: object) -> None:
        if isinstance(tp, type) and dataclasses.is_dataclass(tp):
            if tp in seen:
                return
            seen.append(tp)
            for hint in typing.get_type_hints(tp, vars(model)).values():
                walk(hint)
        for arg in typing.get_args(tp):
            walk(arg)

    walk(root)
    return seen


def _sample(tp: object, depth: int = 0) -> object:
    """A value of type ``tp`` with nothing left at its default."""
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin in (typing.Union, getattr(__import__("types"), "UnionType", None)):
        return _sample(next(a for a in args if a is not type(None)), depth)
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            return (_sample(args[0], depth), _sample(args[0], depth))
        return tuple(_sample(a, depth) for a in args)
    if origin is dict:
        return {"k\x1b": _sample(args[1], depth)}
    if origin in (list, set, frozenset):
        return origin([_sample(args[0], depth)])
    if tp is str:
        return "text \x1b[2J é \u202e"
    if tp is bool:
        return True
    if tp is int:
        return 7
    if tp is float:
        return 1.5
    if tp is date:
        return date(9999, 12, 31)
    if tp is PartialDate:
        return PartialDate(2003, 9, 29)
    if isinstance(tp, type) and issubclass(tp, Enum):
        return list(tp)[-1]
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        hints = typing.get_type_hints(tp, vars(model))
        return tp(**{f.name: _sample(hints[f.name], depth + 1) for f in dataclasses.fields(tp) if f.init})
    if tp is typing.Any or tp is object:
        return "any"
    raise AssertionError(f"no sample for {tp!r}")


REACHABLE = _reachable(Dataset)


def test_the_walk_finds_the_model():
    names = {c.__name__ for c in REACHABLE}
    assert {"Dataset", "Country", "Instrument", "Participation", "Declaration", "Source", "Bridge", "Group",
            "PartialDate", "EifRule", "Coverage", "NonParty"} <= names


@pytest.mark.parametrize("cls", REACHABLE, ids=lambda c: c.__name__)
def test_every_dataclass_reachable_from_dataset_round_trips(cls):
    value = _sample(cls)
    text = json.dumps({"classes": plain.class_table(), "data": plain.to_plain(value)})
    doc = json.loads(text)
    back = plain.from_plain(doc["data"], doc["classes"])
    assert back == value
    assert type(back) is cls


def test_model_values_round_trip():
    when = model.When(date(1, 1, 1), date(9999, 12, 31))
    for value in (when, model.Truth.UNKNOWN, (when, None), frozenset({"a", "b"}), [1, "x"], {"a": when}):
        assert plain.from_plain(json.loads(json.dumps(plain.to_plain(value)))) == value


def test_the_shipped_dataset_round_trips_with_identity_kept(shipped):
    doc = json.loads(json.dumps({"classes": plain.class_table(), "data": plain.to_plain(shipped)}))
    back = plain.from_plain(doc["data"], doc["classes"])
    assert back == shipped
    first = back.instruments["untoc"].parties[0]
    assert any(p is first for p in back.by_country[first.party])


def test_a_class_table_of_another_model_is_refused():
    table = plain.class_table()
    table[-1] = [table[-1][0], [*table[-1][1], "new_field"]]
    with pytest.raises(ValueError):
        plain.from_plain([plain.TUPLE], table)


def test_an_unknown_type_is_not_stored():
    with pytest.raises(TypeError):
        plain.to_plain(object())


# --- whose directory and entry ------------------------------------------------------------


def test_an_entry_owned_by_another_user_is_not_read(cache, mini_copy):
    store.compile_data(mini_copy)
    entry = _entry(cache)
    os.chown(entry, 4242, 4242) if os.getuid() == 0 else pytest.skip("needs root to give a file away")
    again = store.compile_data(mini_copy)
    assert not again.from_cache
    assert again.note == f"the cache entry {entry} belongs to another user (uid 4242): not read, rebuilt"
    assert entry.stat().st_uid == os.getuid()  # replaced by the user's own
    assert store.compile_data(mini_copy).from_cache


def test_an_entry_others_may_write_is_not_read(cache, mini_copy):
    store.compile_data(mini_copy)
    entry = _entry(cache)
    entry.chmod(0o666)
    again = store.compile_data(mini_copy)
    assert not again.from_cache
    assert again.note.startswith(f"the cache entry {entry} may be written by other users (mode -rw-rw-rw-)")
    assert entry.stat().st_mode & 0o777 == 0o600


@pytest.mark.parametrize("mode", [0o777, 0o775, 0o1777])
def test_a_directory_others_may_write_is_not_used(cache, mini_copy, mode):
    store.compile_data(mini_copy)
    cache.chmod(mode)
    entry = _entry(cache)
    again = store.compile_data(mini_copy)
    assert not again.from_cache
    assert again.note.startswith(f"the cache directory {cache} may be written by other users")
    assert again.note.endswith(": not used")
    assert entry.exists()


def test_a_directory_owned_by_another_user_is_not_used(cache, mini_copy):
    if os.getuid() != 0:
        pytest.skip("needs root to give a directory away")
    store.compile_data(mini_copy)
    os.chown(cache, 4242, 4242)
    again = store.compile_data(mini_copy)
    assert not again.from_cache
    assert again.note == f"the cache directory {cache} belongs to another user (uid 4242): not used"


def test_the_cli_warns_once_and_answers(cache, mini_copy):
    store.compile_data(mini_copy)
    cache.chmod(0o777)
    r = invoke("countries", "--format", "csv", "--data-dir", str(mini_copy))
    assert r.stdout.startswith("id,")
    assert r.stderr.splitlines() == [
        f"octreaty: warning: the cache directory {cache} may be written by other users (mode drwxrwxrwx): not used",
        f"octreaty: hint: make it yours alone (chmod go-w {cache}), or point OCTREATY_CACHE_DIR elsewhere",
    ]


def test_the_cache_directory_is_made_private(cache, mini_copy):
    store.compile_data(mini_copy)
    assert cache.stat().st_mode & 0o777 == 0o700
    assert _entry(cache).stat().st_mode & 0o777 == 0o600


def test_a_symlinked_entry_is_never_followed(cache, mini_copy, tmp_path):
    store.compile_data(mini_copy)
    entry = _entry(cache)
    elsewhere = tmp_path / "elsewhere"
    entry.rename(elsewhere)
    entry.symlink_to(elsewhere)
    again = store.compile_data(mini_copy)
    assert not again.from_cache
    assert not entry.is_symlink()  # replaced by a file of its own
    assert elsewhere.read_bytes().startswith(store.MAGIC)


def test_a_fifo_in_place_of_an_entry_does_not_block(cache, mini_copy):
    store.compile_data(mini_copy)
    entry = _entry(cache)
    entry.unlink()
    os.mkfifo(entry)
    assert not store.compile_data(mini_copy).from_cache


# --- pruning -------------------------------------------------------------------------------


def test_pruning_spares_what_the_cache_did_not_write(cache, mini_copy):
    cache.mkdir(mode=0o700)
    theirs = {
        "notes.txt": b"my notes",
        "data-" + "0" * 40 + ".pickle": b"someone else's pickle",
        "octreaty-" + "1" * 40 + ".octreaty-cache": b"not our magic",
        "photo.octreaty-cache": store.MAGIC + b"wrong name",
    }
    for name, content in theirs.items():
        (cache / name).write_bytes(content)
    countries = mini_copy / "countries.yaml"
    text = countries.read_text(encoding="utf-8")
    for n in range(store.KEEP + 4):
        countries.write_text(text.replace("name: Italy", f"name: Italy {n}"), encoding="utf-8")
        store.compile_data(mini_copy)
    for name, content in theirs.items():
        assert (cache / name).read_bytes() == content
    assert len(list(cache.glob("octreaty-*.octreaty-cache"))) == store.KEEP + 1  # ours, and the impostor
    assert store.compile_data(mini_copy).from_cache  # the newest is kept


def test_pruning_removes_the_old_pickles_it_wrote(cache, mini_copy):
    cache.mkdir(mode=0o700)
    old = cache / ("data-" + "a" * 40 + ".pickle")
    old.write_bytes(store.MAGIC + b"an entry of octreaty 0.1")
    os.utime(old, (1, 1))
    countries = mini_copy / "countries.yaml"
    text = countries.read_text(encoding="utf-8")
    for n in range(store.KEEP + 1):
        countries.write_text(text.replace("name: Italy", f"name: Italy {n}"), encoding="utf-8")
        store.compile_data(mini_copy)
    assert not old.exists()


def test_no_home_directory_means_no_cache_not_a_crash(mini_copy, monkeypatch):
    monkeypatch.delenv("OCTREATY_CACHE_DIR", raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)

    def nowhere():
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.setattr(Path, "home", staticmethod(nowhere))
    compiled = store.compile_data(mini_copy)
    assert not compiled.from_cache and compiled.data.countries["ALB"].name == "Albania"


@pytest.mark.parametrize("where", ["file", "fifo", "devnull"])
def test_a_cache_directory_that_is_not_one_costs_only_speed(tmp_path, mini_copy, monkeypatch, where):
    target = {"file": tmp_path / "f", "fifo": tmp_path / "p", "devnull": Path("/dev/null")}[where]
    if where == "file":
        target.write_text("x")
    elif where == "fifo":
        os.mkfifo(target)
    monkeypatch.setenv("OCTREATY_CACHE_DIR", str(target))
    assert store.compile_data(mini_copy).data.countries["HUN"].name == "Hungary"
    assert store.compile_data(mini_copy).note is None


def test_every_reachable_class_is_in_the_class_table():
    names = {row[0] for row in plain.class_table()}
    for cls in REACHABLE:
        assert f"{cls.__module__}.{cls.__qualname__}" in names
