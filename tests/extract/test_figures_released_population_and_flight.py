"""Figures in forms seen on regional pages, on sentences written for these tests: people released in
an article about detentions (prisoners, so `detained`), a city "dihuni sekitar N jiwa" (population,
`other`), a headline's "N residents flee homes" (displaced, not the deaths before it), and a number
credited to "the <description> (ACRONYM)" of a known body."""

from __future__ import annotations

from warta.model import Article
from warta.pipeline import Pipeline


def figures(pipe: Pipeline, text: str) -> set[tuple[int, str, str | None]]:
    art = pipe(Article(id="t", raw=text, format="text"))
    return {(f.value, f.measure, f.source) for f in art.figures}


def test_figures_released_in_a_detention_story_are_detained(pipe: Pipeline) -> None:
    text = (
        "At least 25 Malaysian fishermen are currently detained in Thailand, the ministry said. "
        "More than 150 fishermen have been released since 2021."
    )
    measures = {(v, m) for v, m, _ in figures(pipe, text)}
    assert (150, "detained") in measures
    assert (150, "hostages") not in measures


def test_figures_released_hostages_stay_hostages(pipe: Pipeline) -> None:
    text = "The gunmen abducted 40 villagers last week. Twelve of the hostages were released on Sunday."
    assert (12, "hostages") in {(v, m) for v, m, _ in figures(pipe, text)}


def test_figures_inhabited_city_is_a_population(pipe: Pipeline) -> None:
    text = "Menurut data Badan Pusat Statistik, Kota Ende dihuni sekitar 90.000 jiwa."
    assert (90000, "other", "Badan Pusat Statistik") in figures(pipe, text)


def test_figures_headline_residents_flee_homes_are_displaced(pipe: Pipeline) -> None:
    text = (
        "Floods hit Sintang, at least three dead as 2,000 residents flee homes\nRain is expected to continue."
    )
    found = {(v, m) for v, m, _ in figures(pipe, text)}
    assert (2000, "displaced") in found
    assert (2000, "killed") not in found


def test_figures_according_to_a_described_agency_with_its_acronym(pipe: Pipeline) -> None:
    text = "About 800 residents have fled to tents, according to the Sintang district disaster agency (BPBD)."
    assert (800, "displaced", "Badan Penanggulangan Bencana Daerah") in figures(pipe, text)
