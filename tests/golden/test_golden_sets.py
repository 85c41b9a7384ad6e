"""Floors on the project's own gold sets (beside this file), each run text-only and with its url.

Every set was invented and annotated by ../shared/examples/README.md before warta ran on it, by a
helper that had not read the code; its first, untuned measurement is in its doc (the honest
estimate for unseen outlets). After that, its failure classes were fixed by general rules, so the
floors here guard what was reached: the scores measured text-only on 2026-11-24 minus about 0.03
(`published_acc` from the address is checked with the url run). A failure here is fixed by a
general rule, never by tuning on the set.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest
from golden_sets import assert_floors, check_record, load

KEYS = (
    "language_acc",
    "entities_f1",
    "entities_exact_f1",
    "persons_f1",
    "organizations_f1",
    "locations_f1",
    "meetings_f1",
    "figures_f1",
    "figure_qualifier_acc",
    "figure_source_acc",
    "quotes_f1",
    "boilerplate_f1",
    "published_acc",
)


@dataclass(frozen=True)
class GoldSet:
    name: str
    doc: str
    languages: dict[str, int]
    floors: tuple[float, ...]  # in KEYS order, text only
    url_published: float = 0.97  # published_acc floor with the address given

    def floor_map(self, with_url: bool) -> dict[str, float]:
        floors = dict(zip(KEYS, self.floors, strict=True))
        return floors | ({"published_acc": self.url_published} if with_url else {})


SETS = [
    #        lang  ent   exact per   org   loc   meet  fig   qual  src   quote boil  publ
    GoldSet("probe", "generalization.md", {"id": 8, "ms": 5, "en": 3},
            (0.97, 0.96, 0.96, 0.97, 0.95, 0.97, 0.97, 0.97, 0.97, 0.97, 0.97, 0.97, 0.83)),
    GoldSet("holdout", "holdout.md", {"id": 8, "ms": 6, "en": 4},
            (0.97, 0.94, 0.93, 0.97, 0.91, 0.94, 0.97, 0.95, 0.97, 0.97, 0.97, 0.97, 0.97)),
    GoldSet("fresh", "fresh.md", {"id": 5, "ms": 4, "en": 3},
            (0.97, 0.91, 0.89, 0.93, 0.83, 0.95, 0.97, 0.95, 0.97, 0.97, 0.97, 0.97, 0.97)),
    GoldSet("blind", "blind.md", {"id": 6, "ms": 5, "en": 3},
            (0.97, 0.97, 0.95, 0.97, 0.97, 0.97, 0.95, 0.95, 0.97, 0.97, 0.97, 0.97, 0.88)),
    GoldSet("blind2", "blind2.md", {"id": 8, "ms": 6, "en": 2},
            (0.97, 0.96, 0.92, 0.97, 0.92, 0.97, 0.95, 0.91, 0.97, 0.97, 0.97, 0.97, 0.97)),
    GoldSet("blind3", "blind3.md", {"id": 6, "ms": 5, "en": 1},
            (0.97, 0.93, 0.86, 0.97, 0.94, 0.91, 0.95, 0.91, 0.97, 0.97, 0.97, 0.97, 0.80)),
    # tuned on after their untuned measurement (blind4 from its class descriptions only)
    GoldSet("blind4", "blind4.md", {"id": 5, "ms": 4, "en": 1},
            (0.97, 0.93, 0.90, 0.97, 0.89, 0.95, 0.97, 0.97, 0.97, 0.97, 0.97, 0.96, 0.97)),
    GoldSet("blind5", "blind5.md", {"id": 5, "ms": 4, "en": 3},
            (0.97, 0.94, 0.89, 0.96, 0.90, 0.94, 0.97, 0.97, 0.97, 0.85, 0.97, 0.96, 0.97)),
    GoldSet("blind7", "blind7.md", {"id": 5, "ms": 4, "en": 3},
            (0.97, 0.95, 0.92, 0.95, 0.93, 0.96, 0.97, 0.97, 0.97, 0.90, 0.92, 0.96, 0.97)),
    GoldSet("blind8", "blind8.md", {"id": 5, "ms": 4, "en": 3},
            (0.97, 0.96, 0.92, 0.97, 0.95, 0.96, 0.97, 0.97, 0.97, 0.97, 0.97, 0.97, 0.97)),
    GoldSet("blind9", "blind9.md", {"id": 4, "ms": 4, "en": 4},
            (0.97, 0.91, 0.90, 0.94, 0.86, 0.92, 0.87, 0.97, 0.97, 0.81, 0.93, 0.97, 0.97)),
    GoldSet("blind10", "blind10.md", {"id": 6, "ms": 3, "en": 3},
            (0.97, 0.95, 0.92, 0.96, 0.95, 0.93, 0.90, 0.97, 0.97, 0.97, 0.97, 0.97, 0.97)),
    # blind11 uses measure "other" far more widely than the other sets (docs/blind11.md): low figures floor
    GoldSet("blind11", "blind11.md", {"id": 4, "ms": 4, "en": 4},
            (0.97, 0.94, 0.90, 0.97, 0.88, 0.95, 0.97, 0.49, 0.97, 0.97, 0.95, 0.97, 0.97)),
    # meetings-heavy; only its meeting classes were tuned on (docs/blind13.md)
    GoldSet("blind13", "blind13.md", {"id": 4, "ms": 3, "en": 3},
            (0.97, 0.88, 0.85, 0.92, 0.82, 0.87, 0.84, 0.83, 0.97, 0.61, 0.93, 0.95, 0.85), 0.85),
    # regional outlets' page furniture, titles and buildings; tuned on after its untuned run (docs/blind14.md)
    GoldSet("blind14", "blind14.md", {"id": 4, "ms": 4, "en": 4},
            (0.97, 0.95, 0.94, 0.97, 0.94, 0.94, 0.97, 0.95, 0.93, 0.97, 0.97, 0.97, 0.97)),
    # entity-heavy; its entity, meeting, boilerplate and two figure classes were tuned on (docs/blind15.md)
    GoldSet("blind15", "blind15.md", {"id": 4, "ms": 4, "en": 4},
            (0.97, 0.93, 0.90, 0.96, 0.92, 0.93, 0.97, 0.87, 0.97, 0.90, 0.97, 0.97, 0.97)),
    # held out (never tuned on, see docs/blind6.md): floors ~0.05 below its scores
    GoldSet("blind6", "blind6.md", {"id": 5, "ms": 4, "en": 3},
            (0.95, 0.83, 0.78, 0.85, 0.78, 0.84, 0.65, 0.83, 0.91, 0.95, 0.95, 0.91, 0.95)),
    # held out too (docs/blind12.md), written in the fourth session
    GoldSet("blind12", "blind12.md", {"id": 5, "ms": 4, "en": 3},
            (0.95, 0.87, 0.85, 0.90, 0.85, 0.87, 0.57, 0.83, 0.95, 0.71, 0.85, 0.91, 0.95)),
]  # fmt: skip


@pytest.mark.parametrize("gold", SETS, ids=lambda s: s.name)
def test_golden_set_is_well_formed(gold: GoldSet) -> None:
    recs = load(f"{gold.name}-gold.jsonl")
    assert len({r["id"] for r in recs}) == len(recs) == sum(gold.languages.values())
    for lang, count in gold.languages.items():
        assert [r["language"] for r in recs].count(lang) == count, lang
    assert (Path(__file__).resolve().parents[2] / "docs" / gold.doc).is_file()
    for rec in recs:
        check_record(rec)
        names = set(rec["persons"]) | set(rec["organizations"]) | set(rec["locations"])
        assert all(f["source"] is None or f["source"] in names for f in rec["figures"]), rec["id"]


@pytest.mark.parametrize("with_url", [False, True], ids=["text", "url"])
@pytest.mark.parametrize("gold", SETS, ids=lambda s: s.name)
def test_golden_set_scores_stay_above_floors(
    gold: GoldSet, with_url: bool, tmp_path: Path, scorer: ModuleType
) -> None:
    assert_floors(load(f"{gold.name}-gold.jsonl"), with_url, gold.floor_map(with_url), tmp_path, scorer)
