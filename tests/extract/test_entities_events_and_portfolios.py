"""Capitalised words that are no person: an event's or a treaty's name, and a portfolio noun listed
in a title before the holder's name (invented sentences)."""

from __future__ import annotations

import pytest

from warta.pipeline import Pipeline
from warta.read import from_string


def _persons(pipe: Pipeline, text: str) -> set[str]:
    return {e.name for e in pipe(from_string(text)).entities if e.type == "person"}


def test_entities_meeting_and_treaty_names_are_no_persons(pipe: Pipeline) -> None:
    text = (
        "MANILA: Malaysia and Indonesia agreed to step up patrols following a bilateral meeting between "
        "Defence Minister Rahmat Hidayat and his counterpart on the sidelines of the ASEAN Defence "
        "Ministers' Meeting (ADMM) here.\nBoth countries are members of the Five Power Defence "
        "Arrangements with Britain."
    )
    persons = _persons(pipe, text)
    assert not any(p.endswith(("Meeting", "Arrangements")) for p in persons)


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        (
            "Kantor itu diwakili Kepala Seksi Pengendalian dan Penanganan Sengketa, Luh Putu Ayu Lestari, "
            "yang mengatakan pihaknya akan mengikuti putusan.",
            "Luh Putu Ayu Lestari",
        ),
        (
            "Beliau diiringi Naib Presiden Eksekutif Gas dan Penyelesaian Maritim, Datin Noraini Hassan, "
            "ketika lawatan itu.",
            "Noraini Hassan",
        ),
    ],
)
def test_entities_portfolio_noun_before_holder_is_no_person(pipe: Pipeline, text: str, holder: str) -> None:
    assert _persons(pipe, text) == {holder}
