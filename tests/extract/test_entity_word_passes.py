"""The word-level shortcuts of the entity stage give the answers of the plain code they replace.

Remembered per-word tests, lazily summed offsets, the title finder folding only the words it
compares, a bisection over headline lines and a per-word cache of ordinary lone words are each
checked against the plain definition on the gold articles and on generated strings.
"""

from __future__ import annotations

import random
import re
from itertools import accumulate
from typing import Any

import pytest

from warta.extract import headlines, heads, runs, title_phrases, word_memo
from warta.extract.heads import common_cut, skip_ordinary
from warta.extract.word_memo import Offsets, WordMemo


def _texts(records: list[dict[str, Any]]) -> list[str]:
    return [str(r["text"]) for r in records]


def test_word_memo_flags_equal_the_test_and_start_over_when_full(monkeypatch: pytest.MonkeyPatch) -> None:
    memo = WordMemo(lambda w: w.istitle())
    words = ["Abu", "abu", "Abu", "X", "", "Kota"]
    assert list(memo.flags(words)) == [w.istitle() for w in words]
    assert list(memo.flags(words[::-1])) == [w.istitle() for w in words[::-1]]
    assert memo.seen == set(words) and memo.yes == {"Abu", "X", "Kota"}
    monkeypatch.setattr(word_memo, "_LIMIT", 2)
    assert list(memo.flags(["Bin", "bin"])) == [True, False]
    assert memo.seen == {"Bin", "bin"}  # started over: the earlier words are forgotten


def test_word_memo_offsets_equal_the_running_sum() -> None:
    rnd = random.Random(11)
    parts = ["".join("ab "[rnd.randint(0, 2)] for _ in range(rnd.randint(0, 5))) for _ in range(60)]
    sums = [0, *accumulate(map(len, parts))]
    offset = Offsets(parts)
    asked = sorted(rnd.sample(range(len(parts) + 1), 20))
    assert [offset(k) for k in asked] == [sums[k] for k in asked]
    assert offset(3) == sums[3]  # asked out of order: still right


def _plain_title_spans(text: str) -> tuple[tuple[int, int], ...]:
    """The title finder as first written: every word case-folded, every offset summed."""
    titles, jobs = title_phrases._title_phrases()
    parts = title_phrases._PHRASE_SPLIT.split(text)
    folded, gaps = [w.casefold() for w in parts[1::2]], parts[2::2]
    bounds = list(accumulate(map(len, parts)))

    def match_at(phrases: title_phrases.Phrases, i: int) -> int:
        for n, rest in phrases.rests.get(folded[i], ()):
            same = i + n <= len(folded) and folded[i + 1 : i + n] == rest
            if same and all(not gaps[j].strip() for j in range(i, i + n - 1)):
                return n
        return 0

    out, upto = [], 0
    for i in range(len(folded)):
        if i < upto or folded[i] not in titles.first or (n := match_at(titles, i)) == 0:
            continue
        if i + n < len(folded) and not gaps[i + n - 1].strip():
            n += match_at(jobs, i + n)
        out.append((bounds[2 * i], bounds[2 * (i + n) - 1]))
        upto = i + n
    return tuple(out)


def test_word_passes_title_spans_equal_the_plain_finder(all_gold: list[dict[str, Any]]) -> None:
    written = "Wakil Menteri Luar Negeri Anis Matta dan MENTERI PERTAHANAN, lalu Ahli Parlimen Pekan."
    texts = [*_texts(all_gold), written]
    assert any(_plain_title_spans(t) for t in texts)
    for text in texts:
        assert title_phrases.title_spans.__wrapped__(text) == _plain_title_spans(text)


def test_word_passes_headline_lines_bisected_like_a_scan(all_gold: list[dict[str, Any]]) -> None:
    for text in _texts(all_gold):
        lines = headlines._title_case_lines(text)
        starts = [s for s, _ in lines]
        for pos in range(0, len(text), 5):
            assert headlines._inside(lines, starts, pos) == any(s <= pos < e for s, e in lines)


def test_word_passes_piece_scans_read_the_piece_alone(all_gold: list[dict[str, Any]]) -> None:
    pieces = 0
    for text in _texts(all_gold):
        for m in runs.RUN.finditer(text):
            e = m.end()
            for s in (m.start(), *(w.end() for w in re.compile(" ").finditer(text, m.start(), m.end()))):
                surface = text[s:e]  # the run and each of its tails
                plain = len(surface.split()) == 1 and skip_ordinary(text, s, e) >= e
                assert heads.lone_ordinary(surface) == plain, surface
                assert s + heads.ordinary_prefix(surface) == skip_ordinary(text, s, e)
                cut = e if heads.headed(surface) else common_cut(text, s, e)
                assert s + heads.name_part(surface) == cut, surface
                pieces += 1
    assert pieces > 100
    assert heads.lone_ordinary("The") and not heads.lone_ordinary("Anwar")


def test_word_passes_titled_before_shortcut_changes_no_answer(
    all_gold: list[dict[str, Any]], monkeypatch: pytest.MonkeyPatch
) -> None:
    from warta.extract import entities, titles
    from warta.extract.linking import Cand, Doc, Linked

    written = "Ketua Badan Pengawas Pemilihan Umum (Bawaslu) Provinsi Bengkulu Parsadaan Harahap hadir."
    cases = []
    for text in [*_texts(all_gold), written]:
        doc = Doc(text)
        entities._gazetteer_cands(doc, entities._gazetteer_matches(text))
        starts = [m.start() for m in runs.RUN.finditer(text)]
        cases.append((doc, starts, [titles.titled_before(doc, s) for s in starts]))
    # a body's name longer than the title window: only stepping back over it reaches the title
    body = "Badan " + " ".join(["Penyelenggara"] * 13)
    text = f"Menteri {body} Budi Santoso hadir."
    doc = Doc(text)
    doc.add(Cand(8, 8 + len(body), body, "ORG", Linked(body, "organization")))
    assert titles.titled_before(doc, text.index("Budi"))
    cases.append((doc, [text.index("Budi")], [True]))
    monkeypatch.setattr(titles, "_may_step_back", lambda doc, start: True)  # always the full path
    for doc, starts, fast in cases:
        assert [titles.titled_before(doc, s) for s in starts] == fast
    assert any(any(fast) for _, _, fast in cases)


def test_word_passes_segments_of_plain_words_equal_the_full_path(
    all_gold: list[dict[str, Any]], monkeypatch: pytest.MonkeyPatch
) -> None:
    from warta.extract import names

    written = "Ketua Umum Partai Golkar, Menterinya Budi dan Dr. Ani."
    pieces = [(written, 0, 4), (written, 26, 33), (written, 0, 5), (written, 51, 54)]  # "Ketu" of "Ketua"
    for text in _texts(all_gold):
        pieces += [(text, m.start(), m.end()) for m in runs.RUN.finditer(text)]
    fast = [names.segments(t, s, e) for t, s, e in pieces]
    assert any(len(f) == 1 and f[0][2] == "" for f in fast)
    monkeypatch.setattr(names, "_plain_word", lambda surface: (False, False))  # always the full path
    assert [names.segments(t, s, e) for t, s, e in pieces] == fast


def test_word_passes_coref_run_tests_equal_the_plain_ones(all_gold: list[dict[str, Any]]) -> None:
    from warta.extract import coref
    from warta.extract.heads import common
    from warta.extract.linking import tokens

    stop = coref._stop_or_connector()
    shaped = 0
    for text in _texts(all_gold):
        for m in runs.RUN.finditer(text):
            surface, words = m.group(), m.group().split()
            plain = 2 <= len(words) <= 4 and not common(words[0]) and not any(w.isupper() for w in words)
            assert coref._list_shaped(surface) == plain
            shaped += plain
            last = next((t for t in reversed(tokens(surface)) if t not in stop), None)
            assert coref._last_name_word(surface) == last
    assert shaped
