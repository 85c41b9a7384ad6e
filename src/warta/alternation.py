"""A regex alternation of many phrases, factored into a prefix trie with the same match semantics.

Python's `re` tries the branches of `(?:a|b|c)` one by one at every position: a list of hundreds of
cue words makes a whole-text scan cost milliseconds. Factoring common prefixes ("meng(?:adakan|gelar)")
leaves a handful of branches per position.

The factored pattern matches exactly what the flat one does, in the same preference order: the flat
list is ordered so that, of two entries that can match at one position, the longer comes first (it is
sorted by length), and two entries of plain atoms (literal characters and `\\s+`) that match at one
position are a prefix of one another. A trie walked depth first, ending a word only after its longer
continuations failed, tries them in the same order. Entries with any other atom (a wildcard) are not
factored: they stay single branches at their place in the list, splitting the list into runs.
"""

from __future__ import annotations

import hashlib
import marshal
import re
import sys
from collections.abc import Iterable
from pathlib import Path

from warta.knowledge.cache import cache_dir, write_atomic

_WS = r"\s+"
# An escaped character, `\s+`, or one plain character; anything else marks the entry as not factorable.
_ATOM = re.compile(r"\\s\+|\\.|[^\\()\[\]{}*+?|^$.]", re.S)


def _atoms(entry: str) -> list[str] | None:
    """The atoms of one entry's regex, or None when it holds anything but literals and `\\s+`."""
    atoms: list[str] = []
    pos = 0
    while pos < len(entry):
        m = _ATOM.match(entry, pos)
        if m is None:
            return None
        atom = m.group(0)
        if atom != _WS:
            char = atom[-1]
            # A class escape (\d, \w ...) or a whitespace literal could overlap another branch.
            if (atom.startswith("\\") and char.isalnum()) or char.isspace() or not char.isascii():
                return None
        atoms.append(atom)
        pos = m.end()
    return atoms


def _key(atom: str, ignore_case: bool) -> str:
    return atom.lower() if ignore_case else atom


def _emit(node: dict[str, dict[str, object]], terminal: bool) -> str:
    branches = []
    for atom, child in node.items():
        sub = child["next"]
        assert isinstance(sub, dict)
        branches.append(atom + _emit(sub, bool(child["end"])))
    if not branches:
        return ""
    if terminal:
        branches.append("")  # the word ends here: tried only after every longer continuation
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"


def _trie(entries: list[list[str]], ignore_case: bool) -> str | None:
    """The factored run, or None when an entry comes after one of its own prefixes (the flat list
    would try the shorter first, the trie the longer)."""
    root: dict[str, dict[str, object]] = {}
    for atoms in entries:
        node = root
        last: dict[str, object] | None = None
        for atom in atoms:
            if last is not None and last["end"]:
                return None
            k = _key(atom, ignore_case)
            if k not in node:
                node[k] = {"next": {}, "end": False}
            last = node[k]
            nxt = last["next"]
            assert isinstance(nxt, dict)
            node = nxt
        if last is not None:
            last["end"] = True
    return _emit(root, False)


def _run(entries: list[list[str]], flat: list[str], ignore_case: bool) -> str:
    factored = _trie(entries, ignore_case)
    return "|".join(flat) if factored is None else factored


def alternation(entries: Iterable[str], ignore_case: bool) -> str:
    """`"|".join(entries)`, factored where that keeps the semantics (see the module doc).

    `entries` are regexes in the flat alternation's order, longest first; `ignore_case` says
    whether the pattern is compiled case-insensitively (then "A" and "a" are one branch).
    Results are kept on disk (`save()`): factoring the word lists costs ~40 ms a process.
    """
    items = list(entries)
    key = hashlib.sha1(repr((ignore_case, items)).encode()).hexdigest()
    memo = _memo()
    found = memo.get(key)
    if not isinstance(found, str):
        found = memo[key] = _factor(items, ignore_case)
        _new.append(key)
    return found


def _factor(items: list[str], ignore_case: bool) -> str:
    parts: list[str] = []
    run: list[list[str]] = []
    flat: list[str] = []  # the run's entries as given
    seen: set[tuple[str, ...]] = set()
    for entry in items:
        atoms = _atoms(entry)
        if atoms is None:
            if run:
                parts.append(_run(run, flat, ignore_case))
                run, flat, seen = [], [], set()
            parts.append(entry)
            continue
        if not atoms:
            return "|".join(items)  # an empty entry matches anywhere: keep the flat form
        flat.append(entry)
        key = tuple(_key(a, ignore_case) for a in atoms)
        if key in seen:  # matches what an earlier entry of the run matches
            continue
        seen.add(key)
        run.append(atoms)
    if run:
        parts.append(_run(run, flat, ignore_case))
    return "|".join(parts)


# Factored alternations by a hash of their input, read from and written to the cache directory under
# a key of this module's source (a change to the factoring starts a new table).
_table: list[dict[str, str]] = []
_new: list[str] = []  # keys factored by this process


def _memo() -> dict[str, str]:
    if not _table:
        table: dict[str, str] = {}
        try:
            with _path().open("rb") as f:
                stored = marshal.load(f)
            if isinstance(stored, dict):
                table = stored
        except Exception:  # missing, unreadable or corrupt: factor again
            pass
        _table.append(table)
    return _table[0]


def _path() -> Path:
    source = Path(__file__).read_bytes()
    digest = hashlib.sha1(source + sys.version.encode()).hexdigest()[:20]
    return cache_dir() / f"alternation-{digest}.marshal"


def save() -> bool:
    """Write the table when this process factored alternations it did not hold (best effort)."""
    if not _new:
        return False
    _new.clear()
    return write_atomic(_path(), marshal.dumps(_memo()))
