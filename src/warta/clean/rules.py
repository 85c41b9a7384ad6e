"""Boilerplate rules loaded from data files in `warta.knowledge`, so users can add their own."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from warta.clean.screen import RuleScreen


@dataclass(frozen=True, slots=True)
class LineRule:
    reason: str
    pattern: re.Pattern[str]


def _data_lines(name: str) -> list[str]:
    text = resources.files("warta.knowledge").joinpath(name).read_text(encoding="utf-8")
    return [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


@cache
def line_rules(extra: Path | None = None) -> tuple[LineRule, ...]:
    lines = _data_lines("boilerplate.tsv")
    if extra is not None:
        lines += [ln for ln in extra.read_text(encoding="utf-8").splitlines() if ln.strip() and ln[0] != "#"]
    rules = []
    for ln in lines:
        reason, _, regex = ln.partition("\t")
        rules.append(LineRule(reason.strip(), re.compile(regex.strip(), re.IGNORECASE)))
    return tuple(rules)


@cache
def line_screen(extra: Path | None = None) -> RuleScreen:
    """The exact quick test of whether any line rule could match a line (see `warta.clean.screen`)."""
    return RuleScreen([rule.pattern for rule in line_rules(extra)])


@cache
def credit_names() -> frozenset[str]:
    return frozenset(n.strip().casefold() for n in _data_lines("agencies.txt"))


@cache
def outlet_names() -> frozenset[str]:
    """Every surface name of a known outlet (outlets.tsv: canonical name, domain, aliases), folded.
    A line that is only an outlet's name is page furniture (the site's logo text or a credit)."""
    names: set[str] = set()
    for line in _data_lines("outlets.tsv"):
        canonical, _, rest = line.partition("\t")
        domain, _, aliases = rest.partition("\t")
        names.update(n.strip().casefold() for n in (canonical, domain, *aliases.split(",")) if n.strip())
    return frozenset(names)


@cache
def sidebar_labels() -> frozenset[str]:
    """Widget labels ("Terkini", "Most read") that mark the page's sidebar when they stand alone."""
    return frozenset(n.strip().casefold() for n in _data_lines("sidebar_labels.txt"))


@cache
def infobox_titles() -> frozenset[str]:
    """Titles of a fact box ("INFO", "FAKTA", "Sekilas") above short "Label: value" lines."""
    return frozenset(n.strip().casefold() for n in _data_lines("infobox_labels.txt"))


@cache
def desk_words() -> frozenset[str]:
    """Words a site's desk name is made of ("Sepak Bola Indonesia"), for a three-word label."""
    return frozenset(n.strip().casefold() for n in _data_lines("desk_words.txt"))
