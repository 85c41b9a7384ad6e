"""Stories: one event across outlets and languages joins; the same people in another event does not.

Seed articles mostly have no publication date in their text; a crawler gives one, so the tests set
`Article.published` the way a crawler would (the dates of the reported meetings).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from warta import extract
from warta.corpus.stories import StoryClusterer
from warta.model import Article, Entity, Meeting

# Seed prefix -> publication date: Oct 2023 Moscow (004), Dec 2024 Doha (001), Feb 2025 Moscow (003).
HAMAS_RUSSIA = {"004": "2023-10-26", "001": "2024-12-21", "003": "2025-02-04"}


def seed_articles(seed_dir: Path, seed_gold: list[dict[str, Any]]) -> dict[str, Article]:
    """The seeds extracted by the default pipeline, with a crawler's date and the gold meetings if none found."""
    gold = {r["source"].split("/")[-1][:3]: r for r in seed_gold}
    out = {}
    for path in sorted(seed_dir.glob("*.txt")):
        key = path.name[:3]
        a = extract(path.read_text(encoding="utf-8"), id=path.stem)
        a.published = HAMAS_RUSSIA.get(key, a.published)
        if not a.meetings:
            a.meetings = [
                Meeting(m["participants"], m.get("location"), m.get("date")) for m in gold[key]["meetings"]
            ]
        out[key] = a
    return out


def test_stories_three_hamas_russia_meetings_are_three_stories(
    seed_dir: Path, seed_gold: list[dict[str, Any]]
) -> None:
    articles = seed_articles(seed_dir, seed_gold)
    sc = StoryClusterer()
    ids = {key: sc.add(a) for key, a in articles.items()}
    assert len({ids[k] for k in HAMAS_RUSSIA}) == 3


def test_stories_same_meeting_within_window_would_join(
    seed_dir: Path, seed_gold: list[dict[str, Any]]
) -> None:
    # The control for the test above: the two Moscow meetings join when dated a few days apart, so
    # it is the date window (not missing features) that keeps them apart.
    articles = seed_articles(seed_dir, seed_gold)
    articles["004"].published, articles["003"].published = "2025-02-01", "2025-02-04"
    sc = StoryClusterer()
    assert sc.add(articles["004"]) == sc.add(articles["003"])


ENTITIES = [
    Entity("Retno Marsudi", "person"),
    Entity("Wang Yi", "person"),
    Entity("Jakarta", "location"),
    Entity("China", "location"),
    Entity("Indonesia", "location"),
]


def short(aid: str, lang: str, published: str, title: str, body: str, place: str = "Jakarta") -> Article:
    ents = [e for e in ENTITIES if e.name != "Jakarta"] + [Entity(place, "location")]
    meeting = Meeting(["Retno Marsudi", "Wang Yi"], place)
    return Article(
        id=aid,
        language=lang,
        published=published,
        title=title,
        text=f"{title}\n{body}",
        entities=ents,
        meetings=[meeting],
    )


def same_event() -> list[Article]:
    return [
        short(
            "id-1",
            "id",
            "2024-03-05",
            "Menlu Retno bertemu Wang Yi di Jakarta bahas Laut China Selatan",
            "Menteri Luar Negeri Retno Marsudi bertemu Menteri Luar Negeri China Wang Yi di Jakarta pada "
            "Selasa untuk membahas kode etik Laut China Selatan.",
        ),
        short(
            "ms-1",
            "ms",
            "2024-03-06",
            "Retno temui Wang Yi di Jakarta, bincang isu Laut China Selatan",
            "Menteri Luar Indonesia Retno Marsudi menemui rakan sejawatnya dari China, Wang Yi, di Jakarta "
            "semalam bagi membincangkan kod tatalaku Laut China Selatan.",
        ),
        short(
            "en-1",
            "en",
            "2024-03-05",
            "Indonesia's Retno meets China's Wang Yi in Jakarta over South China Sea",
            "Indonesian Foreign Minister Retno Marsudi met Chinese Foreign Minister Wang Yi in Jakarta on "
            "Tuesday to discuss a code of conduct for the South China Sea.",
        ),
    ]


def test_stories_same_event_in_id_ms_en_joins_one_story() -> None:
    sc = StoryClusterer()
    assert len({sc.add(a) for a in same_event()}) == 1


def test_stories_same_people_unrelated_event_a_month_later_is_new() -> None:
    sc = StoryClusterer()
    first = {sc.add(a) for a in same_event()}
    later = short(
        "id-2",
        "id",
        "2024-04-10",
        "Retno dan Wang Yi bertemu di sela KTT ASEAN di Vientiane",
        "Retno Marsudi dan Wang Yi bertemu di sela KTT ASEAN di Vientiane untuk membahas krisis Myanmar.",
        place="Vientiane",
    )
    assert sc.add(later) not in first


def test_stories_unrelated_story_same_week_is_new() -> None:
    sc = StoryClusterer()
    first = {sc.add(a) for a in same_event()}
    other = Article(
        id="flood",
        language="id",
        published="2024-03-06",
        title="Banjir rendam ratusan rumah di Semarang",
        text="Banjir rendam ratusan rumah di Semarang\nHujan deras sejak Senin membuat sungai meluap.",
        entities=[Entity("Semarang", "location"), Entity("Indonesia", "location")],
    )
    assert sc.add(other) not in first


def test_stories_copy_joins_its_origin_story() -> None:
    sc = StoryClusterer()
    origin = same_event()[0]
    story = sc.add(origin)
    copy = Article(id="copy", text="Judul lain sama sekali", duplicate_of=origin.id, published="2024-09-01")
    assert sc.add(copy) == story


def test_stories_state_round_trip_continues_identically() -> None:
    articles = same_event()
    sc = StoryClusterer()
    sc.add(articles[0])
    restored = StoryClusterer.from_bytes(sc.to_bytes())
    assert restored.assignments == sc.assignments
    assert [restored.add(a) for a in articles[1:]] == [sc.add(a) for a in articles[1:]]


def test_stories_assign_marks_copies_and_stories() -> None:
    from warta.corpus.assign import assign

    origin = same_event()[2]
    origin.text += " " + " ".join(f"Kalimat tambahan nomor {i} tentang pertemuan itu." for i in range(12))
    copy = Article(
        id="wire-copy", text=origin.text.replace("Tuesday", "Tuesday morning"), published=origin.published
    )
    marked = list(assign([origin, copy]))
    assert marked[1].duplicate_of == origin.id
    assert marked[0].duplicate_of is None
    assert marked[0].story_id == marked[1].story_id
