"""People counts found on the blind10 tuning set, checked on sentences written for these tests: an origin
phrase between a count and its verb, comparisons with an earlier value, national subsets, a headline
pair of counts, and subsets of a count that names no measure."""

from __future__ import annotations

from warta.extract.dates import ExtractDates
from warta.extract.figures import ExtractFigures
from warta.model import Article, Figure


def _figures(text: str) -> list[Figure]:
    article = Article(id="t", text=text, published="2026-01-10", entities=[])
    ExtractDates()(article)
    return ExtractFigures()(article).figures


def _pairs(text: str) -> set[tuple[int, str]]:
    return {(f.value, f.measure) for f in _figures(text)}


def test_figures_origin_phrase_before_verb() -> None:
    pairs = _pairs("Officials said about 3,400 residents of five hamlets in Kampar district were evacuated.")
    assert (3400, "displaced") in pairs
    assert (3400, "other") not in pairs


def test_figures_origin_apposition_before_verb() -> None:
    pairs = _pairs(
        "The agency said three firefighters from the park service, a unit under the forestry office, died on Friday."
    )
    assert (3, "killed") in pairs


def test_figures_comparison_takes_previous_measure() -> None:
    text = (
        "Seramai 860 mangsa banjir masih berada di pusat pemindahan sementara. "
        "Jumlah itu menurun berbanding 1,150 orang pada hari sebelumnya."
    )
    pairs = _pairs(text)
    assert (860, "displaced") in pairs and (1150, "displaced") in pairs


def test_figures_national_subsets_share_measure() -> None:
    pairs = _pairs("Police detained 25 workers: 12 Indonesians, eight Bangladeshis and five from Nepal.")
    assert {(25, "detained"), (12, "detained"), (8, "detained"), (5, "detained")} <= pairs


def test_figures_headline_count_then_bare_count_with_own_verb() -> None:
    pairs = _pairs("Korban Tanah Longsor di Desa Sukamaju Jadi 6 Orang, 2 Masih Dicari")
    assert (2, "missing") in pairs
    assert (6, "missing") not in pairs


def test_figures_subset_of_count_without_measure() -> None:
    text = (
        "Pengarah itu berkata, empat pesakit meninggal dunia tahun ini. "
        "Beliau berkata, 25 pesakit masih dirawat di wad, termasuk dua di unit rawatan rapi."
    )
    pairs = _pairs(text)
    assert (4, "killed") in pairs
    assert (2, "killed") not in pairs


def test_figures_added_that_names_source() -> None:
    found = _figures("Minister Rahim added that 11 fishermen who had been detained abroad were freed.")
    hit = next(f for f in found if f.value == 11)
    assert hit.measure == "detained"
    assert hit.source is not None and "Rahim" in hit.source


def test_figures_more_victims_found_after_bodies() -> None:
    text = (
        "Tim SAR menemukan tiga jenazah di Desa Sukamulya pada Rabu. "
        "Sebelumnya, lima korban telah ditemukan di desa tetangga."
    )
    assert (5, "killed") in _pairs(text)


def test_figures_victims_found_alive_are_not_killed() -> None:
    text = (
        "Tim SAR menemukan tiga jenazah di Desa Sukamulya. Kemudian, dua korban ditemukan selamat di hilir."
    )
    pairs = _pairs(text)
    assert (3, "killed") in pairs
    assert (2, "killed") not in pairs
