"""Rank and title abbreviations with a dot end no sentence ("Sr. Comr. Bayu", "Kombes Pol. Ade")."""

from __future__ import annotations

import pytest

from warta.text import abbreviation_dot, sentences


@pytest.mark.parametrize("rank", ["Sr. Comr.", "Snr Asst Comm.", "Supt.", "Kombes Pol.", "Insp."])
def test_text_abbreviations_rank_keeps_one_sentence(rank: str) -> None:
    text = f"The spokesman {rank} Budi Hartono said it. Then he left."
    assert len(sentences(text)) == 2


def test_text_abbreviations_dot_position() -> None:
    text = "said Sr. Comr. Bayu. Next"
    assert abbreviation_dot(text, text.index("Sr.") + 2)
    assert not abbreviation_dot(text, text.index("Bayu.") + 4)
