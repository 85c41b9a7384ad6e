"""A name right after a lower-case noun for a person ("challenger", "penantang", "witness") is a
person even where the NER model misses it, as it often does before a lower-case run (invented
sentences)."""

from __future__ import annotations

import pytest

from warta.pipeline import Pipeline
from warta.read import from_string


def _entities(pipe: Pipeline, text: str) -> dict[str, str]:
    return {e.name: e.type for e in pipe(from_string(text)).entities}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Dia mengalahkan penantang Haziq Iskandar Mokhtar dengan selisih tipis.", "Haziq Iskandar Mokhtar"),
        ("Beliau menewaskan pencabar Ratna Sembiring dengan majoriti tipis.", "Ratna Sembiring"),
        ("She defeated rival Corvin Mallory by a narrow margin on Sunday.", "Corvin Mallory"),
        ("The court heard witness Darmawan Lubis describe the night of the fire.", "Darmawan Lubis"),
        ("She met player Haziq Iskandar Mokhtar and talked for an hour.", "Haziq Iskandar Mokhtar"),
        ("At the hearing, BPS head Wirawan Sastradipura acknowledged the delays.", "Wirawan Sastradipura"),
        ("Marlina Situmeang, a lawmaker from the ruling party, criticized the plan.", "Marlina Situmeang"),
    ],
)
def test_names_person_after_lowercase_person_noun(pipe: Pipeline, text: str, name: str) -> None:
    assert _entities(pipe, text).get(name) == "person"


@pytest.mark.parametrize(
    "text",
    [
        # Capitalised, the noun opens a body's name: no person is read into it.
        "Pegawai Lembaga Perlindungan Saksi dan Korban datang ke lokasi kemarin.",
        # One word after the noun is too little to call a person on the noun alone.
        "The rival Kelantan side lost again on Saturday night.",
        # A verb of saying after a body the speakers work at does not make the body a person.
        "Analysts at Kencana Sekuritas said the stock remained far below its listing price.",
    ],
)
def test_names_person_noun_needs_lowercase_noun_and_full_name(pipe: Pipeline, text: str) -> None:
    assert "person" not in _entities(pipe, text).values()
