"""Longest-match lookup of knowledge-base names and aliases in running text.

The matcher is built once per knowledge base: every alias becomes a tuple of folded word tokens,
indexed by its first token, so a text is scanned in one left-to-right pass over its words. A match
must also look like a name in the text: an alias written with capitals ("Tepi Barat") only matches
capitalised words, and a short all-caps alias ("AS", "PBB") only matches the same capitals, so the
English "as" or the Indonesian "kota" never become entities.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol

_WORD = re.compile(r"\w+")
# What may separate two words of one name: a space, a hyphen, an apostrophe, a dot ("D.C.", "M.H.").
_GAP = re.compile(r"[ \u00a0]?[-'’‘.\u2010\u2011\u2013]?[ \u00a0]?")
MAX_ALIAS_TOKENS = 10
_ENCLITIC = "nya"


class Entry(Protocol):
    @property
    def name(self) -> str: ...
    @property
    def type(self) -> str: ...
    @property
    def qid(self) -> str | None: ...
    @property
    def aliases(self) -> tuple[str, ...]: ...


class KB(Protocol):
    def surface_forms(self) -> dict[str, list[Entry]]: ...


@dataclass(frozen=True, slots=True)
class Alias:
    tokens: tuple[str, ...]
    form: str  # the alias as written in the knowledge base
    acronym: bool
    caps: tuple[bool, ...]  # which alias words start with a capital
    entries: tuple[Entry, ...]


@dataclass(frozen=True, slots=True)
class Match:
    start: int
    end: int
    text: str
    alias: Alias


@lru_cache(maxsize=65536)
def fold_token(word: str) -> str:
    s = unicodedata.normalize("NFKD", word)
    return "".join(c for c in s if not unicodedata.combining(c)).casefold()


def alias_tokens(form: str) -> tuple[str, ...]:
    return tuple(fold_token(w) for w in _WORD.findall(form))


def is_acronym(form: str) -> bool:
    letters = [c for c in form if c.isalpha()]
    return bool(letters) and len(form) <= 8 and all(c.isupper() for c in letters)


class Gazetteer:
    """First folded token -> aliases starting with it, longest first."""

    def __init__(self, kb: KB) -> None:
        by_form: dict[str, tuple[str, list[Entry]]] = {}
        for entries in kb.surface_forms().values():
            for entry in entries:
                for form in (entry.name, *entry.aliases):
                    key = form.strip()
                    if not key:
                        continue
                    slot = by_form.setdefault(key, (key, []))
                    if entry not in slot[1]:
                        slot[1].append(entry)
        # Aliases of one or two words by their first word; longer ones by their first two words
        # (the last word may carry "-nya", so a two-word alias cannot be keyed by its second word).
        self.index: dict[str, list[Alias]] = {}
        self.long: dict[tuple[str, str], list[Alias]] = {}
        self.short: dict[str, list[Alias]] = {}
        for form, entries in by_form.values():
            toks = alias_tokens(form)
            if not toks or len(toks) > MAX_ALIAS_TOKENS:
                continue
            caps = tuple(w[:1].isupper() for w in _WORD.findall(form))
            alias = Alias(toks, form, is_acronym(form), caps, tuple(entries))
            if len(toks) > 2:
                self.long.setdefault((toks[0], toks[1]), []).append(alias)
            else:
                self.short.setdefault(toks[0], []).append(alias)
            self.index.setdefault(toks[0], []).append(alias)
        for aliases in (*self.index.values(), *self.long.values(), *self.short.values()):
            aliases.sort(key=lambda a: (-len(a.tokens), not a.acronym))
        # First words of aliases that may start in lower case ("al-Aqsa"); others need a capital.
        self.lower_first = {
            k for k, v in self.index.items() if any(not a.caps[:1] or not a.caps[0] for a in v)
        }

    def find(self, text: str) -> list[Match]:
        """Non-overlapping longest matches, left to right."""
        words = [(m.start(), m.end(), m.group(0)) for m in _WORD.finditer(text)]
        folded = [fold_token(w) for _, _, w in words]
        out: list[Match] = []
        i = 0
        while i < len(words):
            if not (words[i][2][0].isupper() or words[i][2][0].isdigit() or folded[i] in self.lower_first):
                i += 1  # a lower-case word cannot start a name here: skip the lookup
                continue
            best = self._best_at(text, words, folded, i)
            if best is None:
                i += 1
                continue
            alias, n = best
            s, e = words[i][0], words[i + n - 1][1]
            if folded[i + n - 1] != alias.tokens[-1]:
                e -= len(_ENCLITIC)  # "Asia Baratnya": the name without its possessive suffix
            out.append(Match(s, e, text[s:e], alias))
            i += n
        return out

    def _best_at(
        self, text: str, words: list[tuple[int, int, str]], folded: list[str], i: int
    ) -> tuple[Alias, int] | None:
        first = folded[i]
        second = folded[i + 1] if i + 1 < len(folded) else ""
        candidates = self.long.get((first, second), []) + self.short.get(first, [])
        if first.endswith(_ENCLITIC) and len(first) > len(_ENCLITIC) + 2:
            candidates = candidates + [
                a for a in self.short.get(first[: -len(_ENCLITIC)], []) if len(a.tokens) == 1
            ]
        for alias in candidates:
            n = len(alias.tokens)
            if i + n > len(words) or not _same_tokens(folded[i : i + n], alias.tokens):
                continue
            if not all(_gap_ok(text, words[j], words[j + 1]) for j in range(i, i + n - 1)):
                continue
            if _case_ok(alias, [w for _, _, w in words[i : i + n]]):
                return alias, n
        return None


def _gap_ok(text: str, left: tuple[int, int, str], right: tuple[int, int, str]) -> bool:
    """Two words of one name: a dot then a space only after an initial or abbreviation ("M.H. Thamrin",
    "D.C."), never a sentence end ("Kementerian Luar Negeri. Rusia ...")."""
    gap = text[left[1] : right[0]]
    if not _GAP.fullmatch(gap):
        return False
    return not (gap.startswith(".") and gap.endswith((" ", "\u00a0")) and len(left[2]) > 3)


def _same_tokens(written: list[str], alias: tuple[str, ...]) -> bool:
    """Equal words, the last one maybe with the enclitic "-nya" glued on."""
    if tuple(written) == alias:
        return True
    last = written[-1]
    return (
        tuple(written[:-1]) == alias[:-1]
        and last.endswith(_ENCLITIC)
        and last[: -len(_ENCLITIC)] == alias[-1]
    )


def _case_ok(alias: Alias, written: list[str]) -> bool:
    if alias.acronym:
        if (
            len(written) == 1
            and len(written[0]) >= 4
            and written[0][:1].isupper()
            and written[0][1:].islower()
        ):
            return True  # Malaysian and Indonesian papers write long acronyms as words: "Umno", "Nadma"
        return all(w.isupper() or w.isdigit() for w in written if any(c.isalpha() for c in w))
    if not any(w[:1].isupper() for w in written):
        return False  # a name is capitalised in running text: "kota" is not "Kota", "as" is not "AS"
    return all(
        w[:1].isupper() or w[:1].isdigit() or not cap for w, cap in zip(written, alias.caps, strict=False)
    )
