"""Quotes in diplomacy reports, through the whole pipeline on sentences written for these tests: a
"menurut X" source after a speaker's verb does not make X the one "katanya" points at, and a short
quoted phrase the sentence runs on past is a scare quote, not a quote."""

from __future__ import annotations

import pytest

from warta.model import Article
from warta.pipeline import Pipeline


def speakers(pipe: Pipeline, text: str) -> list[str | None]:
    art = pipe(Article(id="t", raw=text, format="text"))
    return [q.speaker for q in art.quotes]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Menteri Luar Negeri, Datuk Seri Mohamad Hasan berkata, lebih 3.5 juta orang kehilangan tempat tinggal, "
            "menurut Pertubuhan Bangsa-Bangsa Bersatu (PBB).\n"
            '"ASEAN tidak boleh berdiam diri apabila rakyat Myanmar terus menjadi mangsa," katanya.',
            "Mohamad Hasan",
        ),
        (
            "Menteri Luar Negeri Sugiono mengatakan lebih dari 2 juta orang mengungsi, menurut Perserikatan "
            'Bangsa-Bangsa (PBB).\n"Indonesia tidak akan tinggal diam melihat penderitaan ini," katanya.',
            "Sugiono",
        ),
        (
            "Foreign Minister Penny Wong said more than 2 million people had fled, according to the United Nations.\n"
            '"Australia will not stay silent while civilians suffer," she said.',
            "Penny Wong",
        ),
    ],
)
def test_quotes_diplomacy_according_to_is_no_new_speaker(pipe: Pipeline, text: str, speaker: str) -> None:
    assert speakers(pipe, text) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        'In a statement, Hamas said it was "ready to hand over" the remaining bodies of captives.',
        'Kementerian itu menyebut Israel "tidak punya niat baik" dalam perundingan tersebut.',
        'Anwar berkata Malaysia "tidak akan berkompromi langsung" dengan sesiapa yang melanggar undang-undang.',
    ],
)
def test_quotes_diplomacy_scare_quoted_phrase_is_no_quote(pipe: Pipeline, text: str) -> None:
    assert speakers(pipe, text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Hamas said it was "ready to hand over all the remaining bodies as soon as possible".', "Hamas"),
        ('Prabowo menegaskan, "Kita tidak akan mundur dari komitmen ini."', "Prabowo Subianto"),
    ],
)
def test_quotes_diplomacy_longer_or_closing_quote_stays(pipe: Pipeline, text: str, speaker: str) -> None:
    assert speakers(pipe, text) == [speaker]
