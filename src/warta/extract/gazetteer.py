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
from itertools import compress
from typing import Protocol

from warta.extract.word_memo import Offsets, WordMemo, word_parts

_WORD = re.compile(r"\w+")
# What may separate two words of one name: a space, a hyphen, an apostrophe, a dot ("D.C.", "M.H.").
_GAP = re.compile(r"[ \u00a0]?[-'’‘.\u2010\u2011\u2013]?[ \u00a0]?")
MAX_ALIAS_TOKENS = 10
_ONE_WORD_LIMIT = 200_000
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
    if word.isascii():
        return word.lower()  # nothing to decompose, and ASCII case-folds to lower case
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
        self._by_tokens()
        # First words of aliases that may start in lower case ("al-Aqsa"); others need a capital.
        self.lower_first = {
            k for k, v in self.index.items() if any(not a.caps[:1] or not a.caps[0] for a in v)
        }

    def _by_tokens(self) -> None:
        """The candidate lists above, keyed by the whole written token tuple instead of its first
        words: an alias of n words is read as written or with "-nya" on its last word. Each key's
        list keeps the order `_best_at` would try them in (rank in its list; the one-word enclitic
        forms of another first word after all others)."""
        table: dict[tuple[str, ...], list[tuple[tuple[int, int], Alias, bool]]] = {}
        for group in (*self.long.values(), *self.short.values()):
            for rank, alias in enumerate(group):
                toks = alias.tokens
                table.setdefault(toks, []).append(((0, rank), alias, False))
                glued = (*toks[:-1], toks[-1] + _ENCLITIC)
                table.setdefault(glued, []).append(
                    ((1 if len(toks) == 1 else 0, rank), alias, len(toks) == 1)
                )
        self.by_tokens: dict[tuple[str, ...], list[tuple[Alias, bool]]] = {}
        for key, hits in table.items():
            hits.sort(key=lambda h: h[0])
            self.by_tokens[key] = [(alias, glued) for _, alias, glued in hits]
        self.prefixes = {key[:n] for key in self.by_tokens for n in range(1, len(key) + 1)}
        self.starts = {key[0] for key in self.by_tokens}
        self.opens = WordMemo(self._opens)  # words recur within and across texts
        self._one_word: dict[str, tuple[Alias, int] | None] = {}  # word -> `_best_at` of it alone

    def _opens(self, word: str) -> bool:
        """Only words some alias starts with are tried, and a lower-case one only when an alias starts so."""
        f = fold_token(word)
        return f in self.starts and (word[0].isupper() or word[0].isdigit() or f in self.lower_first)

    def find(self, text: str) -> list[Match]:
        """Non-overlapping longest matches, left to right."""
        parts = word_parts(text)  # gap, word, gap, word, ..., gap
        words, gaps = parts[1::2], parts[2::2]
        offset = Offsets(parts)  # word k spans offset(2k + 1) .. offset(2k + 2)
        out: list[Match] = []
        upto = 0
        for i in compress(range(len(words)), self.opens.flags(words)):
            if i < upto:
                continue
            best = self._best_at(gaps, words, i)
            if best is None:
                continue
            alias, n = best
            s, e = offset(2 * i + 1), offset(2 * i + 2 * n)
            if fold_token(words[i + n - 1]) != alias.tokens[-1]:
                e -= len(_ENCLITIC)  # "Asia Baratnya": the name without its possessive suffix
            out.append(Match(s, e, text[s:e], alias))
            upto = i + n
        return out

    def _best_at(self, gaps: list[str], words: list[str], i: int) -> tuple[Alias, int] | None:
        """The longest alias written from word `i` on (the first in list order among equals). Words
        are read while they still begin some alias and the gap before them may sit inside a name;
        only these words are folded (most words of a text open no alias)."""
        word = words[i]
        if i + 1 < len(words):
            gap = gaps[i]
            if (gap == " " or _gap_ok(gap, len(word))) and (
                fold_token(word),
                fold_token(words[i + 1]),
            ) in self.prefixes:
                return self._longest(gaps, words, i)
        # no alias goes on past this word (most words): the answer is the word's alone, remembered
        memo = self._one_word
        if word in memo:  # never emptied in place (see below), so the entry is still there
            return memo[word]
        if len(memo) > _ONE_WORD_LIMIT:  # a long corpus run meets endless words: a new dict, so that
            memo = self._one_word = {}  # another thread between `in` and `[]` above never sees it emptied
        found = memo[word] = self._longest(gaps, [word], 0)
        return found

    def _longest(self, gaps: list[str], words: list[str], i: int) -> tuple[Alias, int] | None:
        found = []
        key: tuple[str, ...] = ()
        for j in range(i, min(len(words), i + MAX_ALIAS_TOKENS + 1)):
            if j > i and gaps[j - 1] != " " and not _gap_ok(gaps[j - 1], len(words[j - 1])):
                break
            key = (*key, fold_token(words[j]))
            if key not in self.prefixes:
                break
            hits = self.by_tokens.get(key)
            if hits is not None:
                found.append((len(key), hits))
        for n, hits in reversed(found):
            for alias, glued_word in hits:
                if glued_word and len(key[0]) <= len(_ENCLITIC) + 2:  # key[0]: word i, folded
                    continue  # "-nya" is read off a word only when a real stem is left
                if _case_ok(alias, words[i : i + n]):
                    return alias, n
        return None


def _gap_ok(gap: str, left_len: int) -> bool:
    """Two words of one name: a dot then a space only after an initial or abbreviation ("M.H. Thamrin",
    "D.C."), never a sentence end ("Kementerian Luar Negeri. Rusia ...")."""
    if gap == " ":
        return True
    if not _GAP.fullmatch(gap):
        return False
    return not (gap.startswith(".") and gap.endswith((" ", "\u00a0")) and left_len > 3)


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
    return _case_ok_for(alias.acronym, alias.caps, tuple(written))


@lru_cache(maxsize=65536)
def _case_ok_for(acronym: bool, caps: tuple[bool, ...], written: tuple[str, ...]) -> bool:
    """`_case_ok` by what it reads of the alias: the same names recur within and across texts."""
    if acronym:
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
    return all(w[:1].isupper() or w[:1].isdigit() or not cap for w, cap in zip(written, caps, strict=False))
