"""Reading inputs within bounds, and writing files so that nothing is lost.

* :func:`read_input` reads a file the user names (a UNTC status file, a batch
  file) only if it is a regular file, and at most ``limit`` bytes: a FIFO, a
  device such as ``/dev/zero`` or a directory is refused at once, never read.
* :func:`atomic_write` writes a temporary file beside the target, flushes it to
  disk, gives it the target's permissions and renames it over the target: a
  reader sees the old file or the new one, never half of one, and a full disk
  leaves the old file as it was.
* :func:`backup` copies a file to a new ``.bak`` name atomically, never through
  a symbolic link, and never over an existing file.
* :func:`resolve_target` says which file a write to a path really changes: the
  target of a symbolic link (so that the link stays a link), or a clear refusal.

Imports nothing of ours but the errors.
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from datetime import datetime
from pathlib import Path

_KINDS = ((stat.S_ISDIR, "a directory"), (stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISCHR, "a character device"),
          (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"))


class InputError(ValueError):
    """An input that is not a regular file, or is over its size limit."""


def kind_of(mode: int) -> str | None:
    """What a file is when it is not a regular file (None for a regular file)."""
    if stat.S_ISREG(mode):
        return None
    return next((what for test, what in _KINDS if test(mode)), "not a regular file")


def read_input(path: Path | str, limit: int) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes.

    InputError when it is not a regular file or is larger; OSError when it
    cannot be opened or read. Opened without blocking, checked on the open
    descriptor, read with a bound: a file swapped or grown meanwhile changes nothing.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        st = os.fstat(fd)
        kind = kind_of(st.st_mode)
        if kind is not None:
            raise InputError(f"{path} is not a regular file but {kind}")
        if st.st_size > limit:
            raise InputError(f"{path} is {_size(st.st_size)}, over the {_size(limit)} limit")
    except BaseException:
        os.close(fd)
        raise
    with os.fdopen(fd, "rb") as f:
        raw = f.read(limit + 1)
    if len(raw) > limit:
        raise InputError(f"{path} is over the {_size(limit)} limit")
    return raw


def _size(n: int) -> str:
    return f"{n / (1024 * 1024):.0f} MB" if n >= 1024 * 1024 else f"{n:,} bytes"


def resolve_target(path: Path | str) -> Path:
    """The file a write to ``path`` changes: ``path`` itself, or the file its symbolic link(s) point to.

    OSError (ELOOP, ENOENT) for a loop of links or a link to nothing: writing
    there would make a plain file of what the user made a link.
    """
    path = Path(path)
    if not path.is_symlink():
        return path
    target = Path(os.path.realpath(path))
    if not target.exists():
        raise OSError(errno.ENOENT, "the symbolic link points to nothing", str(path))
    return target


def atomic_write(path: Path | str, data: bytes, *, mode_from: Path | str | None = None,
                 replace: bool = True) -> None:
    """Replace ``path`` by a file holding ``data``, atomically (see the module docstring).

    ``path`` must not be a symbolic link (resolve it with :func:`resolve_target`
    first): the rename would replace the link, not the file. The new file gets
    the permissions of ``mode_from`` (default: the file it replaces; a new file
    those the umask gives). ``replace=False``: FileExistsError if anything has
    the name by the time the file is in place (a dangling link included),
    nothing overwritten.
    """
    path = Path(path)
    if path.is_symlink():
        raise OSError(errno.ELOOP, "refusing to replace a symbolic link", str(path))
    fd, tmp = tempfile.mkstemp(dir=path.parent or ".", prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        source = Path(mode_from) if mode_from is not None else path
        try:
            st = os.stat(source)
        except FileNotFoundError:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)  # as a new file would have been made, not mkstemp's 0600
        else:
            os.chmod(tmp, stat.S_IMODE(st.st_mode))
            if hasattr(os, "chown") and (st.st_uid, st.st_gid) != (os.getuid(), os.getgid()):
                try:  # the same owner as the file it replaces (possible for root, or for the group)
                    os.chown(tmp, st.st_uid, st.st_gid)
                except OSError:
                    pass
        if replace:
            os.replace(tmp, path)
        else:
            _place_new(tmp, path)
    except BaseException:
        discard(tmp)
        raise
    _fsync_dir(path.parent)


def discard(name: str | Path) -> None:
    """Remove a temporary file if it is still there; gone already is fine."""
    try:
        os.unlink(name)
    except OSError:
        pass


def _place_new(tmp: str, path: Path) -> None:
    """Give the whole file ``tmp`` the name ``path`` only if nothing has that name (FileExistsError)."""
    try:
        os.link(tmp, path)  # never follows or replaces what is there
    except FileExistsError:
        raise
    except OSError:  # a file system without hard links: reserve the name, then rename over it
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600))
        os.replace(tmp, path)
        return
    os.unlink(tmp)


def _fsync_dir(directory: Path) -> None:
    """Make a rename in ``directory`` durable (where the platform allows)."""
    try:
        fd = os.open(directory, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def backup(path: Path | str) -> Path:
    """Copy ``path`` to ``path.bak`` (or ``path.<time>.bak`` when a file, link or anything has that name).

    The copy is written to a temporary file and then linked to its name, which
    fails rather than follow or replace anything already there (a dangling
    symbolic link included): a backup is whole or absent, and lands where it says.
    """
    path = Path(path)
    data = path.read_bytes()
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".bak.tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        st = os.stat(path)
        os.chmod(tmp, stat.S_IMODE(st.st_mode))
        if hasattr(os, "chown") and (st.st_uid, st.st_gid) != (os.getuid(), os.getgid()):
            try:
                os.chown(tmp, st.st_uid, st.st_gid)
            except OSError:
                pass
        stamp = datetime.now().strftime("%Y%m%dT%H%M%S")
        names = [path.with_name(path.name + ".bak")]
        names += [path.with_name(f"{path.name}.{stamp}{f'-{n}' if n > 1 else ''}.bak") for n in range(1, 1000)]
        for name in names:
            try:
                os.link(tmp, name)  # never follows or replaces what is there
            except FileExistsError:
                continue
            except OSError:  # a file system without hard links: reserve the name, then rename over it
                try:
                    os.close(os.open(name, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0),
                                     0o600))
                except FileExistsError:
                    continue
                try:
                    os.replace(tmp, name)
                except BaseException:
                    os.unlink(name)
                    raise
            _fsync_dir(path.parent)
            return name
        raise OSError(errno.EEXIST, "no free name for the backup", str(path))
    finally:
        discard(tmp)
