"""Timelines, figure ledgers, labels, summaries and entity reports over hand-made and seed articles."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from warta import extract
from warta.corpus.timeline import entity_report, figure_ledger, story_label, story_summary, timeline
from warta.model import Article, Entity, Figure, Meeting, Mention, Quote


def figure(
    value: int, as_of: str | None = None, measure: str = "killed", who: str | None = "Palestinians"
) -> Figure:
    return Figure(
        value=value,
        qualifier="at_least",
        measure=measure,
        who=who,
        source="Gaza Health Ministry",
        as_of=as_of,
    )  # type: ignore[arg-type]


def story() -> list[Article]:
    hamas = Entity("Hamas", "organization", mentions=[Mention(0, 5, "Hamas"), Mention(9, 14, "Hamas")])
    bogdanov = Entity("Mikhail Bogdanov", "person")
    return [
        Article(
            id="b",
            outlet="Tempo",
            language="id",
            published="2024-01-03",
            title="Korban tewas bertambah",
            entities=[hamas, bogdanov],
            figures=[figure(22000)],
            quotes=[Quote("Bogdanov", "Kami mendukung gencatan senjata.")],
        ),
        Article(
            id="a",
            outlet="Antara",
            language="id",
            published="2024-01-02",
            title="Hamas bertemu Bogdanov",
            entities=[hamas, bogdanov, Entity("Moscow", "location")],
            meetings=[Meeting(["Hamas", "Mikhail Bogdanov"], "Moscow", "2024-01-01")],
            figures=[figure(21900, as_of="2024-01-02")],
        ),
        Article(
            id="c",
            outlet="Harian Metro",
            language="ms",
            published="2024-01-03",
            title="Angka korban",
            entities=[hamas],
            figures=[figure(22100), figure(50000, measure="injured")],
        ),
        Article(
            id="d", outlet="Kompas", language="id", title="Tanpa tanggal", entities=[hamas], duplicate_of="a"
        ),
    ]


def test_timeline_is_in_date_order_with_undated_last() -> None:
    events = timeline(story())
    dates = [e.date for e in events]
    dated = [d for d in dates if d]
    assert dated == sorted(dated)
    assert dates.index(None) == len(dated)  # every undated event comes after the dated ones
    assert events[0].kind == "meeting" and events[0].date == "2024-01-01"
    assert {e.kind for e in events} == {"article", "meeting", "quote", "figure"}


def test_timeline_figure_ledger_flags_outlets_that_disagree_on_a_date() -> None:
    rows = figure_ledger(story())
    killed = [r for r in rows if r.measure == "killed"]
    assert [r.date for r in killed] == sorted(r.date or "" for r in killed)
    same_day = [r for r in killed if r.date == "2024-01-03"]
    assert {r.outlet for r in same_day} == {"Tempo", "Harian Metro"}
    assert all(r.disagrees for r in same_day)
    assert not any(r.disagrees for r in rows if r.date == "2024-01-02" or r.measure == "injured")
    assert all(r.source == "Gaza Health Ministry" and r.qualifier == "at_least" for r in rows)


def test_timeline_ledger_same_outlet_update_is_not_disagreement() -> None:
    a = Article(id="x", outlet="Tempo", published="2024-01-03", figures=[figure(10)])
    b = Article(id="y", outlet="Tempo", published="2024-01-03", figures=[figure(12)])
    assert not any(r.disagrees for r in figure_ledger([a, b]))


def test_timeline_story_label_uses_most_frequent_entities() -> None:
    label = story_label(story())
    assert label.startswith("Hamas")
    assert "Mikhail Bogdanov" in label
    assert "(2024-01)" in label


def test_timeline_story_label_falls_back_to_title_words() -> None:
    articles = [Article(id=str(i), title=f"Gempa guncang Cianjur hari ke-{i}") for i in range(3)]
    assert "cianjur" in story_label(articles).lower()


def test_timeline_story_summary_counts_independent_sources() -> None:
    articles = story()
    articles.append(Article(id="e", outlet="Tempo", published="2024-01-05"))
    summary = story_summary("st-1", articles)
    assert summary.article_count == 5
    # Tempo twice, Antara, Harian Metro; Kompas only ran a copy
    assert summary.independent_source_count == 3
    assert (summary.first_seen, summary.last_seen) == ("2024-01-02", "2024-01-05")
    assert summary.languages == ["id", "ms"]


def test_timeline_entity_report_mentions_cooccurrence_and_meetings() -> None:
    report = entity_report("hamas", story())
    assert report.article_count == 4
    assert report.mentions_over_time[0] == ("2024-01-02", 2)
    assert report.mentions_over_time[-1][0] is None
    assert report.co_occurring[0] == ("Mikhail Bogdanov", 2)
    assert [m.location for m in report.meetings] == ["Moscow"]


def test_timeline_entity_report_seed_meetings_in_date_order(
    seed_dir: Path, seed_gold: list[dict[str, Any]]
) -> None:
    # as in test_stories: a crawler's publication date; the gold meetings, so that this tests the report
    # (and not the meeting extractor)
    dates_by_seed = {"004": "2023-10-26", "001": "2024-12-21", "003": "2025-02-04"}
    gold = {r["source"].split("/")[-1][:3]: r for r in seed_gold}
    articles = []
    for path in sorted(seed_dir.glob("*.txt")):
        a = extract(path.read_text(encoding="utf-8"), id=path.stem)
        a.published = dates_by_seed.get(path.name[:3], a.published)
        a.meetings = [Meeting(m["participants"], m.get("location")) for m in gold[path.name[:3]]["meetings"]]
        articles.append(a)
    report = entity_report("Hamas", articles)
    dates = [m.date for m in report.meetings]
    assert len(dates) >= 3
    assert dates == sorted(dates)  # type: ignore[type-var]
    assert {m.article_id[:3] for m in report.meetings} >= set(dates_by_seed)
