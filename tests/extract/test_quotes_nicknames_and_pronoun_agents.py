"""Quote speakers through nicknames, short ministerial titles and pronouns (whole pipeline, sentences
written for these tests): "yang akrab disapa Bu X" and an honorific like "Gus" make the nickname the
person named in full; "kata Menkeu"/"kata Wamenlu itu" point at the title's holder; "Menurut beliau,
<body> ..." is the pronoun's person, not the body; a scare-quoted phrase in the paragraph before does
not hide its subject; a verb of promising introduces a quote; "Minister of Labour and ..." is a
portfolio, not a person."""

from __future__ import annotations

import pytest

from warta.model import Article
from warta.pipeline import Pipeline


def _run(pipe: Pipeline, text: str) -> Article:
    return pipe(Article(id="t", raw=text, format="text"))


def speakers(pipe: Pipeline, text: str) -> list[str | None]:
    return [q.speaker for q in _run(pipe, text).quotes]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Ratna Kusumawardani, yang akrab disapa Bu Ninik, mengatakan pihaknya mendatangi rumah warga.\n\n"
            '"Kami akan terus mengetuk pintu sampai semua anak mendapat vaksin," tutur Ninik.',
            "Ratna Kusumawardani",
        ),
        (
            "Gubernur Jawa Timur Ahmad Fuadi Rahman membuka musyawarah petani di Kediri, Senin.\n\n"
            "Pria yang akrab disapa Gus Fuadi itu meminta harga pupuk diturunkan.\n\n"
            '"Petani kecil tidak boleh terus menanggung kenaikan harga pupuk," kata Gus Fuadi.',
            "Ahmad Fuadi Rahman",
        ),
    ],
)
def test_quote_speaker_nickname_is_the_full_name(pipe: Pipeline, text: str, who: str) -> None:
    assert speakers(pipe, text) == [who]


def test_nickname_adds_no_second_person(pipe: Pipeline) -> None:
    text = (
        "Bidan Sumiati Rahayu, yang akrab disapa Bu Atik, mengatakan sudah bertugas dua puluh tahun.\n\n"
        '"Setiap pagi saya keliling kampung untuk memeriksa ibu hamil," kata Atik.'
    )
    article = _run(pipe, text)
    assert [e.name for e in article.entities if e.type == "person"] == ["Sumiati Rahayu"]
    assert [q.speaker for q in article.quotes] == ["Sumiati Rahayu"]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Menteri Keuangan (Menkeu) Hartono Wibisono menggelar rapat dengan para gubernur di Jakarta.\n\n"
            '"Belanja daerah harus lebih cepat supaya ekonomi bergerak," kata Menkeu.',
            "Hartono Wibisono",
        ),
        (
            "Wakil Menteri Luar Negeri Dimas Prasetyo Aji memimpin delegasi ke Kairo pekan ini.\n\n"
            "Ia menambahkan, bantuan kemanusiaan akan dikirim bertahap. "
            '"Kapal kedua berangkat bulan depan dengan obat-obatan," kata Wamenlu itu.',
            "Dimas Prasetyo Aji",
        ),
    ],
)
def test_quote_speaker_short_ministerial_title(pipe: Pipeline, text: str, who: str) -> None:
    assert speakers(pipe, text) == [who]


def test_quote_speaker_pronoun_after_according_to(pipe: Pipeline) -> None:
    text = (
        "Presiden Syarikat Tenaga Borneo Datuk Lim Wei Sheng mengesahkan pelan pelaburan baharu itu.\n\n"
        "Menurut beliau, Petronas kini menjadi pelanggan terbesar syarikat itu.\n\n"
        '"Kami mahu menggandakan pengeluaran dalam tempoh lima tahun akan datang," ujarnya.'
    )
    assert speakers(pipe, text) == ["Lim Wei Sheng"]


def test_quote_speaker_not_hidden_by_scare_quote(pipe: Pipeline) -> None:
    text = (
        "Committee chair Harun Wijaya Kusuma, who led the session, said the panel would call more witnesses.\n\n"
        "Sari Kartika Dewi, a lawmaker from the Democratic Party, accused the agency of a "
        '"culture of silence."\n\n'
        '"Families hear about these cases from the neighbours, never from the agency," she said.'
    )
    assert speakers(pipe, text) == ["Sari Kartika Dewi"]


def test_quote_introduced_by_a_promise(pipe: Pipeline) -> None:
    text = (
        "Prime Minister Anwar Ibrahim, who could not attend, spoke to the forum by video, promising "
        '"a simpler and faster approval process for every investor."'
    )
    assert speakers(pipe, text) == ["Anwar Ibrahim"]


def test_portfolio_after_minister_of_is_no_person(pipe: Pipeline) -> None:
    text = (
        "The minister said the deal was reached during his meeting with Indonesia's Minister of "
        "Immigration and Corrections Agus Andrianto at the ministry here on Monday.\n\n"
        "He was accompanied by Immigration director-general Datuk Rizal Hamdan.\n"
    )
    persons = [e.name for e in _run(pipe, text).entities if e.type == "person"]
    assert "Immigration" not in persons
    assert "Agus Andrianto" in persons


def test_quote_speaker_before_an_apposition_with_a_possessive(pipe: Pipeline) -> None:
    text = (
        "Margaret Ellison Brooks recalled the first meeting with the young author.\n\n"
        '"She never missed a deadline in twenty years," Daniel Ellison Brooks, Margaret\'s husband and '
        'the magazine\'s publisher, said, "and she never asked for a day off."'
    )
    assert speakers(pipe, text)[:1] == ["Daniel Ellison Brooks"]
