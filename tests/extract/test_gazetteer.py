"""The gazetteer's indexed matcher against a plain reference scan (the matcher as first written)."""

from __future__ import annotations

import pytest

from warta.extract import gazetteer as gz
from warta.extract.gazetteer import Alias, Gazetteer, Match, fold_token
from warta.extract.linking import kb


def _reference_best(
    gaz: Gazetteer, text: str, words: list[tuple[int, int, str]], folded: list[str], i: int
) -> tuple[Alias, int] | None:
    first = folded[i]
    second = folded[i + 1] if i + 1 < len(folded) else ""
    candidates = gaz.long.get((first, second), []) + gaz.short.get(first, [])
    if first.endswith("nya") and len(first) > 5:
        candidates = candidates + [a for a in gaz.short.get(first[:-3], []) if len(a.tokens) == 1]
    for alias in candidates:
        n = len(alias.tokens)
        written = folded[i : i + n]
        if i + n > len(words):
            continue
        same = tuple(written) == alias.tokens or (
            tuple(written[:-1]) == alias.tokens[:-1] and written[-1] == alias.tokens[-1] + "nya"
        )
        if not same:
            continue
        gaps = (
            gz._gap_ok(text[words[j][1] : words[j + 1][0]], len(words[j][2])) for j in range(i, i + n - 1)
        )
        if all(gaps) and gz._case_ok(alias, [w for _, _, w in words[i : i + n]]):
            return alias, n
    return None


def _reference_find(gaz: Gazetteer, text: str) -> list[Match]:
    words = [(m.start(), m.end(), m.group(0)) for m in gz._WORD.finditer(text)]
    folded = [fold_token(w) for _, _, w in words]
    out: list[Match] = []
    i = 0
    while i < len(words):
        if not (words[i][2][0].isupper() or words[i][2][0].isdigit() or folded[i] in gaz.lower_first):
            i += 1
            continue
        best = _reference_best(gaz, text, words, folded, i)
        if best is None:
            i += 1
            continue
        alias, n = best
        s, e = words[i][0], words[i + n - 1][1]
        if folded[i + n - 1] != alias.tokens[-1]:
            e -= 3
        out.append(Match(s, e, text[s:e], alias))
        i += n
    return out


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    base = kb()
    if base is None:
        pytest.skip("no knowledge base")
    return Gazetteer(base)


def test_gazetteer_indexed_find_equals_reference_scan(
    gaz: Gazetteer, all_gold: list[dict[str, object]]
) -> None:
    for rec in all_gold:
        text = str(rec["text"])
        assert gaz.find(text) == _reference_find(gaz, text)


def test_gazetteer_indexed_find_equals_reference_on_enclitics(gaz: Gazetteer) -> None:
    text = "Warga Jakartanya pergi ke Asia Baratnya. KOMISI Pemberantasan Korupsinya dan PBB-nya, Umno."
    assert gaz.find(text) == _reference_find(gaz, text)
