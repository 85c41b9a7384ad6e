"""Counts whose noun and verb disagree, and job losses (whole pipeline, sentences written for these
tests): held people who died are killed ("detainees ... had died"); an arrest noun counts those
arrested ("penangkapan sekitar 300 WNI"); workers who lost their jobs are not missing, nor are those
placed in new jobs displaced; "Berdasarkan portal ... <body>" is the figure's source."""

from __future__ import annotations

from warta.model import Article
from warta.pipeline import Pipeline


def _figures(pipe: Pipeline, text: str) -> list[tuple[int, str, str | None]]:
    article = pipe(Article(id="t", raw=text, format="text"))
    return [(f.value, f.measure, f.source) for f in article.figures]


def test_held_people_who_died_are_killed(pipe: Pipeline) -> None:
    text = (
        "Rights groups said at least 14 detainees, including three women, had died in the camps since "
        "last year.\n"
    )
    figs = _figures(pipe, text)
    assert (14, "killed") in [(v, m) for v, m, _ in figs]
    assert all(m != "detained" for _, m, _ in figs)


def test_arrest_noun_counts_the_arrested(pipe: Pipeline) -> None:
    text = (
        "Pemerintah Arab Saudi meminta jemaah memakai visa resmi, menyusul penangkapan sekitar 300 WNI "
        "yang berhaji tanpa visa haji pada musim lalu.\n"
    )
    assert (300, "detained") in [(v, m) for v, m, _ in _figures(pipe, text)]


def test_job_losses_are_not_missing_or_displaced(pipe: Pipeline) -> None:
    text = (
        "Seramai 12,500 pekerja hilang kerja di Johor tahun ini.\n\n"
        "“Lebih 6,000 daripada mereka telah ditempatkan semula dalam pekerjaan baharu,” kata menteri itu.\n"
    )
    assert all(m not in ("missing", "displaced") for _, m, _ in _figures(pipe, text))


def test_according_to_a_portal_names_its_body(pipe: Pipeline) -> None:
    text = (
        "Berdasarkan portal Info Bencana Jabatan Kebajikan Masyarakat (JKM) sehingga jam 8 pagi, seramai "
        "2,145 mangsa masih berlindung di 31 pusat pemindahan sementara di Pahang.\n"
    )
    figs = _figures(pipe, text)
    assert (2145, "displaced", "Jabatan Kebajikan Masyarakat") in figs
