"""A place written glued to "-based" ("a Kuala Lumpur-based analyst") is named (invented sentences)."""

from __future__ import annotations

from warta.pipeline import Pipeline
from warta.read import from_string


def _entities(pipe: Pipeline, text: str) -> dict[str, str]:
    return {e.name: e.type for e in pipe(from_string(text)).entities}


def test_entities_place_before_based_is_named(pipe: Pipeline) -> None:
    found = _entities(pipe, "A Kuala Lumpur-based analyst said the ringgit would weaken further this week.")
    assert found.get("Kuala Lumpur") == "location"


def test_entities_unknown_word_before_based_names_nothing(pipe: Pipeline) -> None:
    assert _entities(pipe, "The cloud-based service failed for three hours on Monday.") == {}
