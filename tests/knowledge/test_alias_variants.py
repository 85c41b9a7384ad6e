"""Malay and Indonesian translations of international bodies' names in any mix of their
interchangeable words (names written for these tests)."""

from __future__ import annotations

import pytest

from warta.knowledge.loader import load_kb


@pytest.mark.parametrize(
    ("surface", "name"),
    [
        ("Tabung Kanak-Kanak Pertubuhan Bangsa-Bangsa Bersatu", "UNICEF"),
        ("Dana Anak-Anak Perserikatan Bangsa-Bangsa", "UNICEF"),
        ("Dana Kewangan Antarabangsa", "International Monetary Fund"),
        ("Pertubuhan Perdagangan Dunia", "World Trade Organization"),
        ("Organisasi Kesehatan Sedunia", "World Health Organization"),
    ],
)
def test_alias_variants_translated_names_reach_the_english_title(surface: str, name: str) -> None:
    assert [e.name for e in load_kb().lookup(surface)] == [name]


def test_alias_variants_add_no_ambiguity() -> None:
    assert load_kb().check() == []


def test_alias_variants_leave_domestic_bodies_alone() -> None:
    # only international bodies get variants: a Malaysian body's alias is not rewritten
    assert load_kb().lookup("Organisasi Kebangsaan Melayu Bersatu") == []
