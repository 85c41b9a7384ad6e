"""A per-machine disk cache of tables built from the knowledge files, so a new process (a CLI run, a
Dask worker) loads them instead of building them again.

`cached(name, sources, build)` returns `build()`'s value, kept as a pickle in the cache directory
($WARTA_CACHE_DIR, else ~/.cache/warta) under a key of the warta and Python versions and the bytes
of `sources` (the data files it is built from and the module that builds it: editing either makes
a new key). The cache is never required: an unreadable, corrupt or stale file is ignored and the
table built again, and a read-only or missing home only costs the build. A write goes to a
temporary file renamed into place, so a reader never sees half a file; the files of older keys
of the same name are removed then.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import pickle
import sys
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

LOG = logging.getLogger(__name__)
T = TypeVar("T")
SUFFIX = ".pickle"


def cache_dir() -> Path:
    env = os.environ.get("WARTA_CACHE_DIR")
    return Path(env).expanduser() if env else Path.home() / ".cache" / "warta"


def key(name: str, sources: Iterable[Path]) -> str:
    """The hash of what the table is built from; a missing source hashes as absent."""
    import warta

    digest = hashlib.sha1(f"{name}|{getattr(warta, '__version__', '')}|{sys.version}".encode())
    for path in sources:
        digest.update(str(path).encode() + b"\0")
        try:
            digest.update(path.read_bytes())
        except OSError:
            digest.update(b"\1missing")
        digest.update(b"\0")
    return digest.hexdigest()[:20]


def cached(name: str, sources: Iterable[Path], build: Callable[[], T]) -> T:
    """`build()`, read from the disk cache when a file of the same key is there (see the module note)."""
    k = key(name, sources)
    try:
        path = cache_dir() / f"{name}-{k}{SUFFIX}"
    except RuntimeError:  # no home directory to put it in
        return build()
    found = _read(path, k)
    if found is not None:
        return found  # type: ignore[no-any-return]  # what build() returned for this key
    value = build()
    _write(path, k, value)
    return value


def _read(path: Path, k: str) -> Any:
    """The stored value, or None when the file is missing, unreadable, corrupt or of another key."""
    try:
        with path.open("rb") as f:
            stored = pickle.load(f)
    except FileNotFoundError:
        return None
    except Exception as err:  # a half-written or foreign file: any unpickling error means rebuild
        LOG.debug("ignoring the cache file %s: %s", path, err)
        return None
    if not (isinstance(stored, tuple) and len(stored) == 2 and stored[0] == k):
        LOG.debug("ignoring the cache file %s: another key", path)
        return None
    return stored[1]


def _write(path: Path, k: str, value: object) -> None:
    """Best effort: any failure costs the next process the build."""
    try:
        data = pickle.dumps((k, value), protocol=pickle.HIGHEST_PROTOCOL)
    except (pickle.PicklingError, TypeError, AttributeError) as err:
        LOG.debug("cannot cache %s: %s", path, err)
        return
    if write_atomic(path, data):
        _remove_older(path)


def write_atomic(path: Path, data: bytes) -> bool:
    """Write `data` to a temporary file renamed to `path`; False (and no file left) when that fails."""
    tmp_name = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("wb", dir=path.parent, prefix=".tmp-", delete=False) as tmp:
            tmp_name = tmp.name
            tmp.write(data)
        os.replace(tmp_name, path)
        tmp_name = None
        return True
    except OSError as err:
        LOG.debug("cannot write %s: %s", path, err)
        return False
    finally:
        if tmp_name is not None:
            Path(tmp_name).unlink(missing_ok=True)


def _remove_older(path: Path) -> None:
    """The files of earlier keys of this name (edited data, another version) are dead weight."""
    name = path.name.rsplit("-", 1)[0]
    for old in path.parent.glob(f"{name}-*{SUFFIX}"):
        if old != path and old.name.rsplit("-", 1)[0] == name:
            with contextlib.suppress(OSError):
                old.unlink()
