"""Compiled regular expressions kept on disk, so a new process does not compile its ~500 patterns again.

Python compiles a pattern in pure Python (parse, then code generation) and only the last step is
C; warta's word-list alternations make that ~0.1 s of every process start. `install()` loads a
table of finished pattern code (pattern text and flags -> the arguments of `_sre.compile`) and
lets `re`'s own pattern cache fall back to it on a miss, so every `re.compile` in the process
(any module) gets its pattern from the table without compiling. `save()` adds the patterns the
process compiled that the table lacked.

It relies on CPython internals (`re._cache`, `re._parser`, `re._compiler`, `_sre.compile`) and is
used only on the Python version it was written for; anything unexpected turns it off, and a pattern
it cannot build is compiled as usual. The table lives in the cache directory (see
`warta.knowledge.cache`) under a key of the Python build and the regex engine's version; the code stored for a pattern is what this Python's compiler produces for that text and
those flags, so a pattern from the table is the pattern `re.compile` would return.
It swaps `re`'s process-wide cache, so it is off unless WARTA_REGEX_CACHE=1: the `warta` command
turns it on for itself (a short CLI run pays start-up); a program importing warta as a library
keeps its `re` untouched unless it asks.
"""

from __future__ import annotations

import hashlib
import logging
import marshal
import os
import re
import sys
from array import array
from pathlib import Path
from typing import Any

from warta.knowledge.cache import cache_dir, write_atomic

LOG = logging.getLogger(__name__)
MAX_PATTERNS = 3000  # per-article patterns (a title, a name) must not grow the table without end
_VERSION = (3, 11)  # the `re` internals this was checked against
Row = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]

try:
    import _sre
    from re import _compiler, _parser  # type: ignore[attr-defined]
except ImportError:  # another Python implementation
    _sre = None  # type: ignore[assignment]


class _Cache(dict[tuple[Any, ...], Any]):
    """`re._cache` with a fallback: a missing pattern is built from the table when it is there."""

    def __init__(self, old: dict[tuple[Any, ...], Any], table: dict[tuple[str, int], Row]) -> None:
        super().__init__(old)
        self.table = table
        self.compiled: set[tuple[str, int]] = set()  # patterns this process compiled itself

    def __missing__(self, key: tuple[Any, ...]) -> Any:
        kind, pattern, flags = key
        row = self.table.get((pattern, flags)) if kind is str else None
        if row is None:
            raise KeyError(key)  # `re` compiles it
        try:
            final, code, groups, groupindex, indexgroup = row
            compiled = _sre.compile(pattern, final, array("I", code).tolist(), groups, groupindex, indexgroup)
        except Exception as err:  # a damaged row: compile as usual
            LOG.debug("cannot build %r from the regex cache: %s", pattern, err)
            raise KeyError(key) from err
        dict.__setitem__(self, key, compiled)
        return compiled

    def __setitem__(self, key: tuple[Any, ...], value: Any) -> None:
        if key[0] is str:
            self.compiled.add((key[1], key[2]))
        dict.__setitem__(self, key, value)


def enabled() -> bool:
    return (
        _sre is not None
        and sys.version_info[:2] == _VERSION
        and array("I").itemsize == _sre.CODESIZE
        and os.environ.get("WARTA_REGEX_CACHE", "0") == "1"
    )


def path() -> Path:
    # Entries are keyed by the pattern text itself: only the compiler's version matters here.
    key = f"{sys.version}|{sys.implementation.cache_tag}|{_sre.MAGIC}|{_sre.CODESIZE}"
    return cache_dir() / f"regex-{hashlib.sha1(key.encode()).hexdigest()[:20]}.marshal"


def install() -> bool:
    """Let `re` take patterns from the table from now on (once per process); False when off."""
    if isinstance(re._cache, _Cache):  # type: ignore[attr-defined]
        return True
    if not enabled() or type(re._cache) is not dict:  # type: ignore[attr-defined]
        return False
    try:
        re._cache = _Cache(re._cache, _read())  # type: ignore[attr-defined]
    except Exception as err:  # unexpected internals: leave `re` alone
        LOG.debug("regex cache off: %s", err)
        return False
    return True


def _read() -> dict[tuple[str, int], Row]:
    try:
        with path().open("rb") as f:
            table = marshal.load(f)
    except FileNotFoundError:
        return {}
    except (OSError, EOFError, ValueError, TypeError, RuntimeError) as err:
        LOG.debug("ignoring the regex cache: %s", err)
        return {}
    return table if isinstance(table, dict) else {}


def save(min_new: int = 10) -> int:
    """Add the patterns this process compiled to the table when at least `min_new` (or all, for an
    empty table) are missing from it; returns how many were added."""
    cache = re._cache  # type: ignore[attr-defined]
    if not isinstance(cache, _Cache):
        return 0
    new = [key for key in cache.compiled if key not in cache.table]
    if not new or (len(new) < min_new and cache.table):
        return 0
    rows: dict[tuple[str, int], Row] = {}
    for pattern, flags in new:
        row = _row(pattern, flags)
        if row is not None:
            rows[(pattern, flags)] = row
    used = {k: v for k, v in cache.table.items() if (str, *k) in cache}
    rest = {k: v for k, v in cache.table.items() if k not in used}
    table = dict(list({**rows, **used, **rest}.items())[:MAX_PATTERNS])  # this process's patterns first
    cache.table = table
    write_atomic(path(), marshal.dumps(table))
    return len(rows)


def _row(pattern: str, flags: int) -> Row | None:
    """What `re._compiler.compile` hands to `_sre.compile` for this pattern (None when it fails)."""
    try:
        parsed = _parser.parse(pattern, flags)
        code = _compiler._code(parsed, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, i in groupindex.items():
            indexgroup[i] = name
        return (
            int(flags | parsed.state.flags),
            array("I", [int(c) for c in code]).tobytes(),
            parsed.state.groups - 1,
            groupindex,
            tuple(indexgroup),
        )
    except Exception as err:  # a pattern `re` itself rejects or a debug flag: not stored
        LOG.debug("not caching %r: %s", pattern, err)
        return None
