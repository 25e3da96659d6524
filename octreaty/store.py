"""The compiled data: YAML parsed and validated once, then reused.

Parsing and validating the YAML costs far more than answering a question, and
users call octreaty in loops. The validated dataset (with its indexes) is kept in
the user's cache directory, keyed by a hash of the data files' bytes (and of
octreaty's version and its model's fields), so that any edit to the data, or a
new octreaty, makes a new entry. A cache entry is

* plain data, never a pickle: :mod:`octreaty.plain` turns the dataset into
  lists, dicts, strings and numbers, stored with ``marshal`` (the fastest reader
  of plain containers: it shares repeated strings, as pickle did, and builds no
  object but those). Reading an entry can build only those containers and then
  the model's own dataclasses; anything else in it (a code object) is refused.
  Whoever manages to write an entry can at worst make answers wrong, never
  run code;
* read only from a directory and a file that belong to the user running
  octreaty and that no other user may write (checked on each read; else the
  cache is not used and :attr:`Compiled.note` says why);
* written atomically (a temporary file in the same directory, then rename), so
  concurrent invocations never see half a file; written and read in pieces (a
  field of the dataset or 500 instruments at a time), so that the plain form
  of a large dataset is never held whole beside the dataset (issue 15);
* checked on read (magic, format version, key, a digest of the payload, and the
  model's class table) and rebuilt when stale or corrupt;
* never written into the installed package or the user's data directory.

Pruning removes only entries the cache itself wrote (the entry name pattern,
owned by the user, starting with the cache's magic line), so a cache directory
pointed at a directory in use loses nothing else.

``--no-cache`` or ``OCTREATY_NO_CACHE=1`` turns it off; ``OCTREATY_CACHE_DIR``
moves it.
"""

from __future__ import annotations

import gc
import hashlib
import io
import marshal
import os
import re
import stat
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import __version__, plain
from .load import DATA_ENV, data_files, load_files, read_file
from .model import Dataset

MAGIC = b"octreaty-cache\n"
FORMAT = 9  # 9: written and read in pieces; 8: party rows, countries and sources decoded when read; 7: all at once; 5 and older: pickles
KEEP = 8  # cache entries kept; older ones are removed
NO_CACHE_ENV = "OCTREATY_NO_CACHE"
CACHE_DIR_ENV = "OCTREATY_CACHE_DIR"
SUFFIX = ".octreaty-cache"
# what this cache (and the pickling caches before it) named its entries: only these are ever pruned
_OURS = re.compile(r"^(?:octreaty-[0-9a-f]{40}\.octreaty-cache|data-[0-9a-f]{40}\.pickle)$")
MAX_ENTRY_BYTES = 1 << 30


@dataclass
class Compiled:
    """A validated dataset (the graph is built from it per question, see graph.build).

    ``note``: why the cache was not used, when that is worth telling the user
    (a cache directory another user owns or may write).
    """

    data: Dataset
    from_cache: bool
    note: str | None = None


class Unsafe(Exception):
    """A cache directory or entry that another user owns or may write."""


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


def _hasher() -> Any:
    h = hashlib.blake2b(digest_size=20)
    h.update(f"{__version__}\0{FORMAT}\0{plain.fingerprint()}\0".encode())
    return h


def _feed(h: Any, path: Path, raw: bytes) -> None:
    h.update(path.name.encode("utf-8", "surrogateescape") + b"\0")
    h.update(len(raw).to_bytes(8, "little"))
    h.update(raw)


def _key(files: Iterable[tuple[Path, bytes]]) -> str:
    """A hash of octreaty's version, its model's fields, and every data file's name and bytes."""
    h = _hasher()
    for path, raw in files:
        _feed(h, path, raw)
    return h.hexdigest()


class Reading:
    """The data files, read one at a time as they are iterated, each hashed and none kept.

    At 100x the YAML is ~110 MB: holding all of it while the cache is looked up,
    or while the data is parsed, is memory no answer needs. ``key()`` is the
    cache key of the bytes read (by the last full iteration).
    """

    def __init__(self, paths: list[Path]) -> None:
        self.paths = paths
        self.hash = _hasher()

    def __len__(self) -> int:
        return len(self.paths)

    def __iter__(self) -> Iterator[tuple[Path, bytes]]:
        self.hash = _hasher()
        for path in self.paths:
            raw = read_file(path)
            _feed(self.hash, path, raw)
            yield path, raw

    def key(self) -> str:
        return self.hash.hexdigest()


def _uid() -> int | None:
    return os.getuid() if hasattr(os, "getuid") else None


def _check_owner(st: os.stat_result, what: str, path: Path) -> None:
    """Unsafe unless ``st`` belongs to the user running octreaty and no one else may write it."""
    uid = _uid()
    if uid is None:  # pragma: no cover - Windows: ACLs, not modes; the user's profile is private
        return
    if st.st_uid != uid:
        raise Unsafe(f"the cache {what} {path} belongs to another user (uid {st.st_uid})")
    if st.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        raise Unsafe(f"the cache {what} {path} may be written by other users (mode {stat.filemode(st.st_mode)})")


def _check_dir(directory: Path) -> bool:
    """Whether the cache directory exists (Unsafe when it is not the user's own)."""
    try:
        st = os.stat(directory)
    except FileNotFoundError:
        return False
    except OSError:
        return False
    if not stat.S_ISDIR(st.st_mode):
        return False
    _check_owner(st, "directory", directory)
    return True


_LEN = 8  # each piece of the payload: its length (little-endian), then its marshal bytes
_SMALL = 16 << 20  # an entry up to this size is read in one go; a larger one in pieces, after a pass for the digest


def _pieces(read: Any, size: int, h: Any | None) -> Iterator[Any]:
    """The payload's pieces, each unmarshalled as it is read (and fed to ``h``); ValueError for a bad length."""
    left = size
    while left:
        prefix = read(_LEN)
        n = int.from_bytes(prefix, "little")
        if len(prefix) != _LEN or n > left - _LEN:
            raise ValueError("a piece longer than the entry")
        chunk = read(n)
        if len(chunk) != n:
            raise ValueError("a short entry")
        if h is not None:
            h.update(prefix)
            h.update(chunk)
        left -= _LEN + n
        value = marshal.loads(chunk)
        del chunk
        yield value


# Entries decoded in this process, by the digest of their payload (content-addressed: an entry whose bytes differ
# has another digest). A process that opens the data again and again (a library user, a test runner, a service
# answering the CLI's app in-process) decodes each entry once; the CLI's own process opens it once. The datasets
# are never changed once loaded, so sharing one is safe. The last two are kept: the shipped data and one other.
_DECODED: dict[bytes, Dataset] = {}
_DECODED_KEPT = 2


def _read_entry(path: Path, key: str) -> Compiled | None:
    """The cached entry if it is whole, current and the user's own; None otherwise.

    The entry is the head (magic, key, a digest of the payload) and the payload: a sequence of pieces,
    each a marshal of plain data (:meth:`plain.Encoder.frames`). The digest is checked before anything
    is decoded. A small entry is read whole, checked, and decoded from the bytes that were checked. A
    large entry is read twice rather than held whole: once for the digest, then piece by piece (each
    let go once decoded), hashing again (what was decoded must be what was checked: the file may change
    between the two reads).
    """
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError:
        return None  # missing, or a symbolic link (O_NOFOLLOW): never followed
    head = MAGIC + key.encode() + b"\n"
    enabled = gc.isenabled()
    try:
        with os.fdopen(fd, "rb") as f:
            st = os.fstat(f.fileno())
            if not stat.S_ISREG(st.st_mode) or st.st_size > MAX_ENTRY_BYTES or st.st_size < len(head) + 32:
                return None
            _check_owner(st, "entry", path)
            if f.read(len(head)) != head:
                return None
            digest = f.read(32)
            size = st.st_size - len(head) - 32
            if size <= _SMALL:
                blob = f.read(size + 1)
                if len(blob) != size or hashlib.blake2b(blob, digest_size=32).digest() != digest:
                    return None
                source: Any = io.BytesIO(blob)  # shares the bytes, no copy
                del blob
            else:
                h = hashlib.blake2b(digest_size=32)
                left = size
                while left:
                    chunk = f.read(min(left, 1 << 20))
                    if not chunk:
                        return None
                    h.update(chunk)
                    left -= len(chunk)
                if f.read(1) or h.digest() != digest:
                    return None
                f.seek(len(head) + 32)
                source = f
            known = _DECODED.get(digest)
            if known is not None:  # decoded before in this process: the same checked bytes give the same dataset
                return Compiled(known, True)
            # the bytes in memory were checked and cannot change; the file read again must be hashed again
            again = hashlib.blake2b(digest_size=32) if source is f else None
            pieces = _pieces(source.read, size, again)
            # The payload is ~10^5 small objects: the cyclic garbage collector would run
            # many times while they are created and find nothing (it triples the cost).
            gc.disable()
            try:
                doc = next(pieces)
                if type(doc) is not dict or doc.get("format") != FORMAT:
                    return None
                data = plain.frames_from(pieces, doc.get("classes"))
                if again is not None and again.digest() != digest:  # the file changed while it was read
                    return None
            except (ValueError, TypeError, EOFError, RecursionError, MemoryError, StopIteration):
                return None  # passed the digest but will not load
            finally:
                if enabled:
                    gc.enable()
    except OSError:
        return None
    if not isinstance(data, Dataset):
        return None
    _DECODED[digest] = data
    while len(_DECODED) > _DECODED_KEPT:
        del _DECODED[next(iter(_DECODED))]
    return Compiled(data, True)


def _write_entry(directory: Path, path: Path, key: str, data: Dataset) -> None:
    """Write the entry in pieces (see _read_entry), each encoded, written and let go: the plain form of a
    large dataset is never held whole beside the dataset. The digest's place in the head is filled in
    once the last piece is written, before the file is renamed into place."""
    import tempfile

    from .safeio import discard  # here, like tempfile: a warm call never writes and need not import them

    head = MAGIC + key.encode() + b"\n"
    if not _check_dir(directory):
        directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        _check_dir(directory)
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=SUFFIX, dir=directory)  # mode 0600
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(head + bytes(32))
            h = hashlib.blake2b(digest_size=32)
            pieces = plain.Encoder().frames(data)
            first = {"format": FORMAT, "classes": plain.class_table()}
            for piece in _chain(first, pieces):
                raw = marshal.dumps(piece, 4)
                del piece
                prefix = len(raw).to_bytes(_LEN, "little")
                h.update(prefix)
                h.update(raw)
                f.write(prefix)
                f.write(raw)
                del raw
            f.seek(len(head))
            f.write(h.digest())
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        discard(tmp)
        raise
    _prune(directory, keep=path)


def _chain(first: Any, rest: Iterator[Any]) -> Iterator[Any]:
    yield first
    yield from rest


def _ours(path: Path) -> bool:
    """Whether ``path`` is an entry this cache wrote: its name, its owner, its first line."""
    if not _OURS.match(path.name):
        return False
    try:
        st = os.lstat(path)
        if not stat.S_ISREG(st.st_mode) or (_uid() is not None and st.st_uid != _uid()):
            return False
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as f:
            return f.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


def _prune(directory: Path, keep: Path) -> None:
    """Remove all but the KEEP newest entries; never a file the cache did not write."""
    entries = []
    for p in directory.iterdir():
        if p != keep and _ours(p):
            try:
                entries.append((p.stat().st_mtime, p))
            except OSError:
                pass
    entries.sort(reverse=True)
    for _, old in entries[KEEP - 1:]:
        try:
            old.unlink()
        except OSError:
            pass


class Progress:
    """A progress line on stderr for a first load that takes more than a second; only on a terminal.

    ``octreaty: reading the data: file 3 of 12`` is rewritten in place as files
    are read, then ``writing the cache``; the line is cleared when the load is
    done, so that the answer is all that stays on the screen. It names no file
    (nothing from the data reaches the terminal).
    """

    DELAY = 1.0

    def __init__(self, stream: Any = None) -> None:
        self.stream = stream if stream is not None else sys.stderr
        try:
            self.on = bool(self.stream.isatty())
        except (AttributeError, ValueError, OSError):
            self.on = False
        self.start = time.monotonic()
        self.shown = False

    def show(self, text: str) -> None:
        if not self.on or (not self.shown and time.monotonic() - self.start < self.DELAY):
            return
        try:
            self.stream.write(f"\roctreaty: {text}\x1b[K")
            self.stream.flush()
        except (OSError, ValueError):
            self.on = False
            return
        self.shown = True

    def files(self, done: int, total: int) -> None:
        self.show(f"reading the data: file {done} of {total}")

    def done(self) -> None:
        if self.shown:
            try:
                self.stream.write("\r\x1b[K")
                self.stream.flush()
            except (OSError, ValueError):
                pass
            self.shown = False


def _load(files: Iterable[tuple[Path, bytes]], progress: Progress | None = None) -> Dataset:
    """load_files with the cyclic garbage collector off: validation makes a record per row and
    none of them is in a cycle, so the collector's passes over them only cost time (a fifth of a
    large first load)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        return load_files(files, progress.files if progress is not None else None)
    finally:
        if enabled:
            gc.enable()


def compile_data(user_dir: Path | str | None = None, *, use_cache: bool = True) -> Compiled:
    """The validated dataset, from the cache when it is current and safe to read."""
    if user_dir is None and os.environ.get(DATA_ENV):
        user_dir = os.environ[DATA_ENV]
    paths = data_files(Path(user_dir) if user_dir is not None else None)
    progress = Progress()
    if not use_cache:
        try:
            return Compiled(_load(Reading(paths), progress), False)
        finally:
            progress.done()
    files = Reading(paths)
    for _ in files:  # hashed, not kept
        pass
    key = files.key()
    try:
        directory = cache_dir()
    except (RuntimeError, KeyError, OSError):  # no home directory to hold a cache: answer without one
        try:
            return Compiled(_load(files, progress), False)
        finally:
            progress.done()
    path = directory / f"octreaty-{key}{SUFFIX}"
    note = None
    writable = True
    try:
        if _check_dir(directory):
            try:
                hit = _read_entry(path, key)
            except Unsafe as exc:  # the directory is the user's own: a fresh entry replaces this one
                note = f"{exc}: not read, rebuilt"
            else:
                if hit is not None:
                    return hit
    except Unsafe as exc:
        note, writable = f"{exc}: not used", False
    try:
        data = _load(files, progress)
        if files.key() != key:  # a file changed since the look-up: the entry is keyed by what was parsed
            key = files.key()
            path = directory / f"octreaty-{key}{SUFFIX}"
        if writable:
            progress.show("writing the cache")
            enabled = gc.isenabled()
            gc.disable()  # the entry's plain form is made of fresh acyclic records: nothing for the collector
            try:
                _write_entry(directory, path, key, data)
            except Unsafe as exc:
                note = f"{exc}: not used"
            except OSError:
                pass  # a read-only or full cache directory only costs speed
            except (TypeError, ValueError, RecursionError):  # pragma: no cover - a value plain.py cannot hold
                pass  # (tests/test_hostile_cache.py round-trips every model class): the same answers, uncached
            finally:
                if enabled:
                    gc.enable()
    finally:
        progress.done()
    return Compiled(data, False, note)
