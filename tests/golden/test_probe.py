"""Generalisation floors on the probe set: 16 articles written for warta (not from the public gold).

`probe-gold.jsonl` (beside this file) holds invented news stories in the style of other outlets
(Indonesian, Malay, English) with scraping noise, annotated by ../shared/examples/README.md.
The floors sit a little below the scores measured when the set was made (docs/generalization.md),
so later work on the public gold cannot silently lose what transfers to unseen outlets.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from golden_sets import assert_floors, check_record, load

# measured 2026-11-23 (see docs/generalization.md), minus a small margin
FLOORS_TEXT_ONLY = {
    "language_acc": 0.93,
    "entities_f1": 0.85,
    "entities_exact_f1": 0.82,
    "persons_f1": 0.90,
    "organizations_f1": 0.68,
    "locations_f1": 0.89,
    "meetings_f1": 0.55,
    "figures_f1": 0.85,
    "quotes_f1": 0.80,
    "boilerplate_f1": 0.76,
    "published_acc": 0.46,
}
FLOORS_WITH_URL = {**FLOORS_TEXT_ONLY, "organizations_f1": 0.70, "published_acc": 0.80}


def test_probe_gold_is_well_formed() -> None:
    recs = load("probe-gold.jsonl")
    assert len(recs) == 16 and len({r["id"] for r in recs}) == 16
    assert {r["language"] for r in recs} == {"id", "ms", "en"}
    for rec in recs:
        check_record(rec)


@pytest.mark.parametrize(("with_url", "floors"), [(False, FLOORS_TEXT_ONLY), (True, FLOORS_WITH_URL)])
def test_probe_scores_stay_above_floors(with_url: bool, floors: dict[str, float], tmp_path: Path) -> None:
    assert_floors(load("probe-gold.jsonl"), with_url, floors, tmp_path)
