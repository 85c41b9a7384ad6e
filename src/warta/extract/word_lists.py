"""Word lists under `knowledge/entity_rules/*.txt` and the patterns and tables read from them."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources


@cache
def word_list(name: str) -> tuple[str, ...]:
    """Non-comment lines of `knowledge/entity_rules/<name>.txt`, as written."""
    path = resources.files("warta.knowledge").joinpath("entity_rules").joinpath(f"{name}.txt")
    lines = path.read_text(encoding="utf-8").splitlines()
    return tuple(line.strip() for line in lines if line.strip() and not line.startswith("#"))


@cache
def word_set_exact(name: str) -> frozenset[str]:
    return frozenset(word_list(name))


@cache
def word_set(name: str) -> frozenset[str]:
    return frozenset(w.casefold() for w in word_list(name))


@cache
def phrase_regex(name: str) -> re.Pattern[str]:
    """Any phrase of the list as whole words, longest first, case-insensitive."""
    words = sorted(word_list(name), key=len, reverse=True)
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE)


@cache
def title_regex() -> re.Pattern[str]:
    """A person title, optionally with its portfolio ("Menteri Pertahanan", "Wakil Menteri Luar Negeri")."""
    titles = "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(word_list("person_titles"), key=len, reverse=True)
    )
    jobs = "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(word_list("portfolios"), key=len, reverse=True)
    )
    return re.compile(rf"(?<!\w)(?:{titles})(?:\s+(?:{jobs}))?(?!\w)", re.IGNORECASE)


@cache
def loc_heads() -> dict[str, str]:
    table: dict[str, str] = {}
    for line in word_list("loc_heads"):
        head, _, template = line.partition("\t")
        table[head.strip().casefold()] = template.strip() or "="
    return table


@cache
def pairs(name: str) -> dict[str, str]:
    """A two-column list (`word<TAB>replacement`) as a dict keyed by the folded word."""
    out: dict[str, str] = {}
    for line in word_list(name):
        word, _, value = line.partition("\t")
        out[word.strip().casefold()] = value.strip()
    return out
