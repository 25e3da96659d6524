"""The compiled-data cache: reused when current, rebuilt when stale or corrupt,
written atomically, never beside the data, and off on request."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from octreaty import store

from .conftest import MINI_NOTE


def _entries(d: Path) -> list[Path]:
    return sorted(d.glob("octreaty-*.octreaty-cache")) if d.exists() else []


def test_second_load_comes_from_the_cache(cache, mini_copy):
    first = store.compile_data(mini_copy)
    assert not first.from_cache
    [entry] = _entries(cache)
    second = store.compile_data(mini_copy)
    assert second.from_cache
    assert second.data == first.data


def test_editing_the_data_makes_a_new_entry(cache, mini_copy):
    store.compile_data(mini_copy)
    path = mini_copy / "countries.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("name: Italy", "name: Italia"), encoding="utf-8")
    again = store.compile_data(mini_copy)
    assert not again.from_cache
    assert again.data.countries["ITA"].name == "Italia"
    assert len(_entries(cache)) == 2


@pytest.mark.parametrize("damage", [
    lambda b: b[:-10],  # truncated
    lambda b: b[:100] + bytes([b[100] ^ 0xFF]) + b[101:],  # one flipped byte
    lambda b: b"",  # empty
    lambda b: b"not a cache at all",
])
def test_a_corrupt_entry_is_rebuilt(cache, mini_copy, damage):
    store.compile_data(mini_copy)
    [entry] = _entries(cache)
    entry.write_bytes(damage(entry.read_bytes()))
    rebuilt = store.compile_data(mini_copy)
    assert not rebuilt.from_cache
    assert rebuilt.data.countries["ALB"].name == "Albania"
    assert store.compile_data(mini_copy).from_cache  # and written back whole


def test_a_tampered_payload_is_never_unpickled(cache, mini_copy, tmp_path):
    """A payload swapped for a pickle that would run code fails the digest and is not loaded."""
    import pickle

    store.compile_data(mini_copy)
    [entry] = _entries(cache)
    blob = entry.read_bytes()
    marker = tmp_path / "ran"

    class Evil:
        def __reduce__(self):
            return (os.mkdir, (str(marker),))

    head_len = blob.index(b"\n", len(store.MAGIC)) + 1 + 32
    entry.write_bytes(blob[:head_len] + pickle.dumps(Evil()))
    assert not store.compile_data(mini_copy).from_cache
    assert not marker.exists()


def test_no_cache_option_and_environment(cache, mini_copy, monkeypatch):
    assert not store.compile_data(mini_copy, use_cache=False).from_cache
    assert _entries(cache) == []
    monkeypatch.setenv("OCTREATY_NO_CACHE", "1")
    assert not store.cache_enabled()
    assert store.cache_enabled() is False and store.cache_enabled(no_cache=False) is False


def test_never_writes_into_the_data_or_the_package(cache, mini_copy):
    before = sorted(p.name for p in mini_copy.iterdir())
    store.compile_data(mini_copy)
    assert sorted(p.name for p in mini_copy.iterdir()) == before
    package = Path(store.__file__).parent
    assert not list(package.rglob("*.octreaty-cache"))


def test_unwritable_cache_directory_costs_only_speed(tmp_path, mini_copy, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("OCTREATY_CACHE_DIR", str(blocker / "sub"))  # cannot be created
    assert store.compile_data(mini_copy).data.countries["HUN"].name == "Hungary"


def test_eight_concurrent_invocations(cache, mini_copy):
    env = {**os.environ, "OCTREATY_CACHE_DIR": str(cache)}
    cmd = [sys.executable, "-m", "octreaty", "link", "albania", "italy", "--format", "csv", "--as-of", "2026-11-29",
           "--data-dir", str(mini_copy)]
    procs = [subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env) for _ in range(8)]
    outs = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0] * 8
    assert len({o for o, _ in outs}) == 1 and all(e.decode() == MINI_NOTE for _, e in outs)
    assert len(_entries(cache)) == 1
    assert not list(cache.glob(".tmp-*"))
    assert store.compile_data(mini_copy).from_cache


def test_a_dataset_read_from_the_cache_is_freed_once_two_others_are_read(cache, tmp_path):
    # the reader froze the garbage collector's view of everything loaded (gc.freeze), and the dataset holds
    # cycles: each load stayed in memory for good, 4 MB a call, 7 GB over the test suite. Only the console
    # script, whose process ends with its answer, may freeze. A process keeps the last two entries it decoded
    # (opened again, they are not decoded again), and no more.
    import gc
    import shutil
    import weakref

    from .conftest import MINI, invoke

    frozen = gc.get_freeze_count()  # a test that ran the console script in-process may have frozen some
    copies = []
    for n in range(3):  # three datasets: the title of a source differs
        copies.append(tmp_path / f"mini-{n}")
        shutil.copytree(MINI, copies[-1])
        countries = copies[-1] / "countries.yaml"
        text = countries.read_text(encoding="utf-8")
        assert text.count('title: "United Nations: Member States"') == 1
        countries.write_text(text.replace('title: "United Nations: Member States"',
                                          f'title: "United Nations: Member States ({n})"'), encoding="utf-8")
    store.compile_data(copies[0])  # written
    compiled = store.compile_data(copies[0])
    assert compiled.from_cache
    again = store.compile_data(copies[0])
    assert again.from_cache and again.data is compiled.data  # decoded once
    gone = weakref.ref(compiled.data)
    del compiled, again
    store.compile_data(copies[1])
    assert store.compile_data(copies[1]).from_cache
    gc.collect()
    assert gone() is not None  # one of the last two decoded
    store.compile_data(copies[2])
    assert store.compile_data(copies[2]).from_cache
    gc.collect()
    assert gone() is None
    assert gc.get_freeze_count() == frozen
    invoke("link", "kosovo", "hungary", "--format", "json")  # in-process: the CLI does not freeze either
    assert gc.get_freeze_count() == frozen
