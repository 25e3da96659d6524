"""The compiled data: YAML parsed and validated once, then reused.

Parsing and validating the YAML costs far more than answering a question, and
users call octreaty in loops. The validated dataset (with its indexes) is kept in
the user's cache directory, keyed by a hash of the data files' bytes (and of
octreaty's version), so that any edit to the data, or a new octreaty, makes a
new entry. A cache entry is

* written atomically (a temporary file in the same directory, then rename), so
  concurrent invocations never see half a file;
* checked on read (magic, format version, key, and a digest of the payload)
  before anything is unpickled, and rebuilt when stale or corrupt;
* never written into the installed package or the user's data directory.

``--no-cache`` or ``OCTREATY_NO_CACHE=1`` turns it off; ``OCTREATY_CACHE_DIR``
moves it.
"""

from __future__ import annotations

import gc
import hashlib
import os
import pickle
from dataclasses import dataclass
from pathlib import Path

from . import __version__
from .load import DATA_ENV, data_files, load_files, read_file
from .load import check_size as read_file_size_checked
from .model import Dataset

MAGIC = b"octreaty-cache\n"
FORMAT = 5
KEEP = 8  # cache entries kept; older ones are removed
NO_CACHE_ENV = "OCTREATY_NO_CACHE"
CACHE_DIR_ENV = "OCTREATY_CACHE_DIR"


@dataclass
class Compiled:
    """A validated dataset (the graph is built from it per question, see graph.build)."""

    data: Dataset
    from_cache: bool


def cache_dir() -> Path:
    """The user's cache directory for octreaty (XDG on Linux, the platform's elsewhere)."""
    if os.environ.get(CACHE_DIR_ENV):
        return Path(os.environ[CACHE_DIR_ENV])
    if os.name == "nt":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif os.uname().sysname == "Darwin":  # pragma: no cover - not the CI platform
        base = Path.home() / "Library" / "Caches"
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "octreaty"


def cache_enabled(no_cache: bool = False) -> bool:
    return not no_cache and os.environ.get(NO_CACHE_ENV, "") in ("", "0")


def _key(paths: list[Path]) -> str:
    """A hash of octreaty's version and every data file's name and bytes, read in chunks."""
    h = hashlib.blake2b(digest_size=20)
    h.update(f"{__version__}\0{FORMAT}\0".encode())
    for path in paths:
        read_file_size_checked(path)
        h.update(path.name.encode("utf-8", "surrogateescape") + b"\0")
        h.update(path.stat().st_size.to_bytes(8, "little"))
        try:
            with path.open("rb") as f:
                while chunk := f.read(1 << 20):
                    h.update(chunk)
        except OSError as exc:
            from .errors import DataError

            raise DataError(f"cannot read the file: {exc.strerror}", file=str(path)) from exc
    return h.hexdigest()


def _read_entry(path: Path, key: str) -> Compiled | None:
    """The cached entry if it is whole and ours; None otherwise."""
    try:
        blob = path.read_bytes()
    except OSError:
        return None
    head = MAGIC + key.encode() + b"\n"
    if not blob.startswith(head) or len(blob) < len(head) + 32:
        return None
    view = memoryview(blob)  # no copy of a payload that may be tens of MB
    digest, payload = view[len(head): len(head) + 32], view[len(head) + 32:]
    if hashlib.blake2b(payload, digest_size=32).digest() != digest:
        return None
    # The payload is ~10^5 small objects: the cyclic garbage collector would run
    # many times while they are created and find nothing (it triples the cost).
    enabled = gc.isenabled()
    gc.disable()
    try:
        data = pickle.loads(payload)
    except Exception:  # a payload that passed the digest but will not load: rebuild
        return None
    finally:
        # The loaded data lives as long as the process: keep the collector from
        # walking it again and again while the query allocates
        gc.freeze()
        if enabled:
            gc.enable()
    if not isinstance(data, Dataset):
        return None
    return Compiled(data, True)


def _write_entry(directory: Path, path: Path, key: str, data: Dataset) -> None:
    payload = pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL)
    blob = MAGIC + key.encode() + b"\n" + hashlib.blake2b(payload, digest_size=32).digest() + payload
    import tempfile

    directory.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=directory)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(blob)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    _prune(directory, keep=path)


def _prune(directory: Path, keep: Path) -> None:
    entries = sorted(directory.glob("data-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in entries[KEEP:]:
        if old != keep:
            try:
                old.unlink()
            except OSError:
                pass


def compile_data(user_dir: Path | str | None = None, *, use_cache: bool = True) -> Compiled:
    """The validated dataset, from the cache when it is current."""
    if user_dir is None and os.environ.get(DATA_ENV):
        user_dir = os.environ[DATA_ENV]
    paths = data_files(Path(user_dir) if user_dir is not None else None)
    if not use_cache:
        return Compiled(load_files([(p, read_file(p)) for p in paths]), False)
    key = _key(paths)
    directory = cache_dir()
    path = directory / f"data-{key}.pickle"
    hit = _read_entry(path, key)
    if hit is not None:
        return hit
    data = load_files([(p, read_file(p)) for p in paths])
    gc.freeze()
    try:
        _write_entry(directory, path, key, data)
    except OSError:
        pass  # a read-only or full cache directory only costs speed
    return Compiled(data, False)

