"""A speaker after a verb of saying described by a body ("said former Bernama colleague Lim Kok Wing"):
the person named at the end speaks, not the body (sentences written for these tests)."""

from __future__ import annotations

import pytest

from warta.model import Article
from warta.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'KUALA LUMPUR: The editor died on Sunday. "He was a bridge between two nations," said former '
            "Bernama colleague Lim Kok Wing.",
            "Lim Kok Wing",
        ),
        (
            'KUALA LUMPUR: The budget was tabled. "This budget helps every household," said a Maybank '
            "economist, Wong Kar Fai.",
            "Wong Kar Fai",
        ),
        (
            'JAKARTA: Harga naik lagi. "Harga beras naik tajam minggu ini," kata pedagang Pasar Minggu '
            "Siti Aminah.",
            "Siti Aminah",
        ),
    ],
)
def test_quotes_body_described_person_speaks(pipe: Pipeline, text: str, speaker: str) -> None:
    art = pipe(Article(id="t", raw=text, format="text"))
    assert [q.speaker for q in art.quotes] == [speaker]


def test_quotes_body_with_role_still_speaks(pipe: Pipeline) -> None:
    text = 'KUALA LUMPUR: The budget was tabled. "This budget helps every household," said the Petronas spokesman.'
    art = pipe(Article(id="t", raw=text, format="text"))
    assert [q.speaker for q in art.quotes] == ["Petroliam Nasional Berhad"]
