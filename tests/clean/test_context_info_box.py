"""Info boxes: a title ("FAKTA", "Sekilas", "INFO") over short "Label: value" lines that repeat the
story are boilerplate, with a standalone "Foto" label; a title over lines the story does not hold,
or over sentences, stays. Every article is invented for the test."""

from __future__ import annotations

import pytest

from warta.clean.boilerplate import canon
from warta.clean.stage import CleanLines
from warta.model import Article

_ID = (
    "Longsor Timbun Rumah Warga di Cianjur\n\n"
    "CIANJUR - Tanah longsor menimbun lima rumah di Desa Sukamaju, Cianjur, Rabu (12/3/2025). "
    "Sebanyak 14 orang meninggal dunia dan tiga orang hilang.\n\n"
    "Petugas masih mencari korban hilang.\n\n"
    "{box}\n\n"
    "Bupati meninjau lokasi bencana pada sore harinya."
)
_MS = (
    "Wabak Influenza di Sekolah\n\n"
    "KUANTAN: Seramai 320 murid di 12 sekolah di Pahang dijangkiti influenza sejak minggu lalu, "
    "kata Jabatan Kesihatan Negeri.\n\n"
    "{box}\n\n"
    "Pengarah kesihatan negeri menasihati ibu bapa supaya berwaspada."
)


def _removed(text: str) -> dict[str, str]:
    return {canon(r.line): r.reason for r in CleanLines()(Article(id="t", raw=text)).removed}


@pytest.mark.parametrize(
    ("template", "box"),
    [
        (
            _ID,
            "FAKTA\nLokasi: Desa Sukamaju, Cianjur\nKorban meninggal: 14 orang\nKorban hilang: tiga orang\nFoto",
        ),
        (_ID, "INFO LONGSOR\nLokasi: Desa Sukamaju\nKorban meninggal: 14 orang"),
        (_MS, "Sekilas\nSekolah terlibat: 12\nMurid dijangkiti: 320\nNegeri: Pahang"),
        (_MS, "FAKTA RINGKAS\n\nNegeri: Pahang\n\nMurid dijangkiti: 320 orang"),
    ],
)
def test_context_info_box_repeating_the_story_is_removed(template: str, box: str) -> None:
    removed = _removed(template.format(box=box))
    assert {canon(ln) for ln in box.split("\n") if ln.strip()} <= removed.keys()
    assert canon(template.split("\n")[-1]) not in removed  # the body after the box stays


@pytest.mark.parametrize(
    "box",
    [
        # values the story does not hold: a list the body needs
        "INFO\nSyarat: membawa KTP asli dan surat keterangan domisili dari kelurahan\nBiaya: gratis untuk peserta",
        # one label line only
        "FAKTA\nLokasi: Desa Sukamaju, Cianjur",
        # no title above the label lines
        "Lokasi: Desa Sukamaju, Cianjur\nKorban meninggal: 14 orang",
    ],
)
def test_context_info_box_shapes_that_stay(box: str) -> None:
    removed = _removed(_ID.format(box=box))
    assert not removed.keys() & {canon(ln) for ln in box.split("\n") if ":" in ln}


def test_context_info_box_bullets_and_a_photo_label_inside() -> None:
    box = "Sekilas Info\nFoto\n• Lokasi: Desa Sukamaju, Cianjur\n• Korban meninggal: 14 orang"
    removed = _removed(_ID.format(box=box))
    assert {canon(ln) for ln in box.split("\n")} <= removed.keys()


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("FAKTA", True),
        ("Info Banjir:", True),
        ("INFO BANJIR BESAR", True),  # a title and two topic words
        ("Info banjir besar sekali", False),  # three topic words: a heading, not a box title
        ("Info yang dihimpun petugas menyebut 14 orang meninggal dunia di lokasi longsor itu.", False),
        ("Sekilas", True),
        ("", False),
    ],
)
def test_context_box_title_takes_a_title_and_up_to_two_words(line: str, title: bool) -> None:
    from warta.clean.context import _box_title

    assert _box_title(line) is title
