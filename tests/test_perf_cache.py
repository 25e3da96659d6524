"""The compiled-data cache decodes what a question reads (issue 11's warm call): the same data, the same identity."""

from __future__ import annotations

import dataclasses
import io
import json

import pytest

from octreaty import model, plain, store
from octreaty.errors import DataError
from octreaty.load import load

from .conftest import invoke


def _slot(inst: model.Instrument, name: str):
    """The stored value of a field, without building it."""
    return model.Instrument.__dict__[name].slot.__get__(inst, model.Instrument)


def test_a_warm_load_builds_rows_only_when_read(cache, mini_copy):
    fresh = store.compile_data(mini_copy).data
    warm = store.compile_data(mini_copy)
    assert warm.from_cache
    inst = next(iter(warm.data.instruments.values()))
    assert type(_slot(inst, "parties")) is model.Deferred
    assert inst.parties == fresh.instruments[inst.id].parties
    assert type(_slot(inst, "parties")) is tuple  # built once, then kept
    assert warm.data == fresh


def test_a_country_s_rows_are_the_instruments_own(cache, mini_copy):
    store.compile_data(mini_copy)
    data = store.compile_data(mini_copy).data
    rows = data.by_country["ALB"]
    assert rows and all(any(r is p for p in data.instruments[r.instrument].parties) for r in rows)
    assert data.by_country.get("nowhere", ()) == ()
    assert dict(data.sources) == {k: data.sources[k] for k in data.sources}


def test_lazy_maps_read_as_dicts():
    m = plain.LazyMap(["a", "b"], ["1", "2"], int)
    assert m == {"a": 1, "b": 2} and {"a": 1, "b": 2} == m
    assert dict(m) == {"a": 1, "b": 2} and {**m} == {"a": 1, "b": 2}
    assert m.get("a") == 1 and m.get("z", 0) == 0 and "b" in m
    assert list(m.values()) == [1, 2] and json.loads(json.dumps(m)) == {"a": 1, "b": 2}


def test_a_damaged_deferred_row_says_so(shipped):
    doc = json.loads(json.dumps({"classes": plain.class_table(), "data": plain.to_plain(shipped)}))
    back = plain.from_plain(doc["data"], doc["classes"])
    inst = back.instruments["untoc"]
    rows = _slot(inst, "parties").build.__self__  # the instrument's undecoded rows
    rows.texts[0] = "[999999]"
    with pytest.raises(DataError, match="damaged compiled-data cache entry") as caught:
        inst.parties  # noqa: B018
    assert caught.value.exit_code == 4  # one line and a hint through the CLI, never 'unexpected error'
    assert caught.value.hint == "run again with --no-cache, or delete the cache directory"


def test_the_same_answers_warm_and_cold(cache, mini_copy):
    cold = invoke("link", "albania", "italy", "--format", "json", "--data-dir", str(mini_copy), "--no-cache")
    invoke("link", "albania", "italy", "--format", "json", "--data-dir", str(mini_copy))
    warm = invoke("link", "albania", "italy", "--format", "json", "--data-dir", str(mini_copy))
    assert warm.stdout == cold.stdout


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_shows_on_a_terminal_after_the_delay_and_is_cleared(monkeypatch):
    out = _Tty()
    p = store.Progress(out)
    p.files(1, 3)
    assert out.getvalue() == ""  # under a second: nothing
    monkeypatch.setattr(p, "start", p.start - 2)
    p.files(2, 3)
    p.show("writing the cache")
    p.done()
    assert out.getvalue() == ("\roctreaty: reading the data: file 2 of 3\x1b[K"
                              "\roctreaty: writing the cache\x1b[K\r\x1b[K")


def test_no_progress_when_stderr_is_not_a_terminal(monkeypatch):
    out = io.StringIO()
    p = store.Progress(out)
    monkeypatch.setattr(p, "start", p.start - 2)
    p.files(1, 1)
    p.done()
    assert out.getvalue() == ""


def test_a_slow_first_load_through_the_cli_prints_nothing_when_piped(cache, mini_copy, monkeypatch):
    monkeypatch.setattr(store.Progress, "DELAY", 0.0)
    r = invoke("link", "albania", "italy", "--data-dir", str(mini_copy), "--format", "json")
    assert "reading the data" not in r.stderr


def test_load_is_still_the_library_s(mini_copy):
    assert load(mini_copy).countries["ALB"].name == "Albania"


def test_an_entry_is_keyed_by_the_bytes_parsed(cache, mini_copy):
    """The files are read one at a time (none kept); the key that names the entry is that of what was parsed."""
    reading = store.Reading(store.data_files(mini_copy))
    pairs = list(reading)
    assert reading.key() == store._key(pairs)
    store.compile_data(mini_copy)
    [entry] = sorted(cache.glob("octreaty-*.octreaty-cache"))
    assert entry.name == f"octreaty-{reading.key()}{store.SUFFIX}"
    assert store.compile_data(mini_copy).from_cache


def test_the_dataset_is_written_in_pieces_and_read_back_whole(shipped):
    # issue 15: the cache entry is written a piece at a time (instruments `size` at a time), so the plain
    # form of a large dataset is never held whole beside the dataset
    pieces = list(plain.Encoder().frames(shipped, size=7))
    names = [f.name for f in dataclasses.fields(model.Dataset)]
    at = {}
    n = 0
    for name in names:  # each field is one piece, or [CHUNKS, k] and k pieces
        at[name] = pieces[n]
        n += 1 + (pieces[n][1] if type(pieces[n]) is list and len(pieces[n]) == 2 and pieces[n][0] == plain.CHUNKS else 0)
    assert n == len(pieces)
    assert at["instruments"] == [plain.CHUNKS, -(-len(shipped.instruments) // 7)]
    assert at["by_country"][0] == plain.INDEX and at["sources"][0] == plain.TEXTS  # still read lazily
    assert at["countries"][0] == plain.TEXTS
    back = plain.frames_from(iter(json.loads(json.dumps(pieces))), plain.class_table())
    assert back.instruments == shipped.instruments
    assert back.by_country == shipped.by_country and back.sources == shipped.sources
    assert back.countries == shipped.countries and back.bridges == shipped.bridges
