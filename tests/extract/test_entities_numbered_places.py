"""A known building followed by a numeral is another building, named as written (invented sentences)."""

from __future__ import annotations

from warta.pipeline import Pipeline
from warta.read import from_string


def _places(pipe: Pipeline, text: str) -> set[str]:
    return {e.name for e in pipe(from_string(text)).entities if e.type == "location"}


def test_entities_numbered_building_is_its_own_place(pipe: Pipeline) -> None:
    places = _places(pipe, "Perwakilan nelayan diterima pimpinan komisi di Gedung Nusantara III pada Selasa.")
    assert "Gedung Nusantara III" in places
    assert "MPR/DPR/DPD Building" not in places


def test_entities_unnumbered_building_keeps_its_canonical_name(pipe: Pipeline) -> None:
    places = _places(pipe, "Perwakilan nelayan diterima pimpinan komisi di Gedung Nusantara pada Selasa.")
    assert "MPR/DPR/DPD Building" in places
