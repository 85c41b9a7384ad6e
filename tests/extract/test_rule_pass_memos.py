"""The rule passes' shortcuts (per-word memos, literal screens, the runs walk) answer as the plain
computations they stand in for."""

from __future__ import annotations

import re
from typing import Any

from warta.extract import gazetteer, linking, name_parts, runs
from warta.extract.heads import trim
from warta.extract.linking import Cand, Doc, Linked


def _plain_runs(doc: Doc) -> list[tuple[int, int]]:
    """Each run minus the taken mentions, trimmed, joined as `runs` joins them: the slow way."""
    out = []
    for s, e in runs.run_spans(doc.text):
        start = s
        for ts, te in doc.taken:
            if te <= start or ts >= e:
                continue
            if ts > start:
                out.append(trim(doc.text, start, ts))
            start = max(start, te)
        if start < e:
            out.append(trim(doc.text, start, e))
    return runs._join_bodies(doc.text, [(a, b) for a, b in out if b > a])


def _mention(text: str, start: int, end: int) -> Cand:
    return Cand(start, end, text[start:end], "PER", Linked(text[start:end], "person"))


def test_runs_cut_around_taken_mentions(seed_gold: list[dict[str, Any]]) -> None:
    for rec in seed_gold:
        text = rec["text"]
        doc = Doc(text)
        for k, (s, e) in enumerate(runs.run_spans(text)):
            if k % 3 == 0:  # every third run taken, a part of it (the runs are cut around it)
                doc.add(_mention(text, s + (e - s) // 3, e))
        assert not doc.tangled
        assert runs.runs(doc) == _plain_runs(doc)
        assert runs.runs(doc) == _plain_runs(doc)  # asked again with nothing new taken


def test_doc_tangled_when_mention_inside_another() -> None:
    text = "Menteri Luar Negeri Retno Marsudi bertemu Presiden Joko Widodo di Jakarta."
    doc = Doc(text)
    doc.add(_mention(text, 0, 33))
    doc.add(_mention(text, 42, 62))
    assert not doc.tangled
    doc.add(_mention(text, 20, 25))  # "Retno" inside the first mention
    assert doc.tangled
    doc.reset([c for c in doc.cands if c.end - c.start > 5])
    assert not doc.tangled


def test_gazetteer_word_memo_keeps_matches(all_gold: list[dict[str, Any]]) -> None:
    kb = linking.kb()
    if kb is None:
        return
    warm = gazetteer.Gazetteer(kb)
    for rec in all_gold:
        warm.find(rec["text"])  # fills the one-word memo from every text
    for rec in all_gold[:6]:
        fresh = gazetteer.Gazetteer(kb)  # empty memo: each word read afresh
        got = [(m.start, m.end, m.alias.form) for m in warm.find(rec["text"])]
        assert got == [(m.start, m.end, m.alias.form) for m in fresh.find(rec["text"])]
        assert got  # every gold article names something the knowledge base knows


def test_speech_before_screen_agrees_with_pattern(seed_gold: list[dict[str, Any]]) -> None:
    windows = ["kata ", "ujar\n", "According to  ", "ſaid ", "he said,", "", "Menurut"]
    for rec in seed_gold:
        text = rec["text"]
        windows += [text[max(0, m.start() - 20) : m.start()] for m in re.finditer(r"[A-Z]", text)]
    hits = 0
    for w in windows:
        want = name_parts._SPEECH_BEFORE.search(w) is not None
        assert name_parts._speech_before(w) == want, w
        hits += want
    assert hits >= 3


def test_person_offsets_follow_the_surface() -> None:
    text = "Pasangan Andika Perkasa-Hendrar Prihadi maju."
    start, end = 9, 39
    pair = linking.person(start, end, text[start:end])
    assert [(c.start, c.end, c.text) for c in pair] == [
        (9, 23, "Andika Perkasa"),
        (24, 39, "Hendrar Prihadi"),
    ]
    again = linking.person(start + 100, end + 100, text[start:end])  # remembered surface, new place
    assert [(c.start, c.end) for c in again] == [(109, 123), (124, 139)]
    assert again[0] is not pair[0]  # fresh mentions: later passes move them
