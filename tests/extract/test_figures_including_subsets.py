"""A count and its "termasuk/including" part share one measure (blind15 round; invented sentences):
the verb after the part says what happened to both, and a part named after a counted verb takes it."""

from __future__ import annotations

from warta.extract.dates import ExtractDates
from warta.extract.figures import ExtractFigures
from warta.model import Article


def _pairs(text: str) -> set[tuple[int, str]]:
    article = Article(id="t", text=text, published="2026-01-10", entities=[])
    ExtractDates()(article)
    return {(f.value, f.measure) for f in ExtractFigures()(article).figures}


def test_figures_count_before_including_takes_the_verb_after_the_part() -> None:
    pairs = _pairs(
        "Menurut polis, seramai lapan individu termasuk dua pegawai kastam itu ditahan minggu lalu."
    )
    assert {(8, "detained"), (2, "detained")} <= pairs


def test_figures_part_after_including_takes_the_count_measure() -> None:
    pairs = _pairs(
        "Polisi telah menahan sembilan orang tersangka dalam kasus itu, termasuk tiga orang mahasiswa."
    )
    assert {(9, "detained"), (3, "detained")} <= pairs


def test_figures_survivor_subset_is_still_no_figure() -> None:
    pairs = _pairs("Some 13 survivors, including four children, were pulled from the sea.")
    assert all(value != 4 for value, _ in pairs)


def test_figures_part_of_the_injured_is_injured() -> None:
    pairs = _pairs(
        "Twelve people were hurt when the ferry hit the jetty. Four of the injured were in critical condition."
    )
    assert (4, "injured") in pairs
