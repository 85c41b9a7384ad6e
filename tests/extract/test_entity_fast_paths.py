"""The entity stage's shortcuts give the answers of the slower code they stand in for.

Each shortcut (a cheap test before a big regex, a bisection instead of a scan, a search that does
not copy the text) is checked against the plain definition it replaces, on the gold articles and
on generated strings, so a later edit to a word list or a regex cannot make them disagree unseen.
"""

from __future__ import annotations

import bisect
import random
import re
from typing import Any

import pytest

from warta.extract import linking, runs, titles
from warta.extract.coref import _list_item_end
from warta.extract.governments import _first_words
from warta.extract.heads import trim
from warta.extract.linking import Cand, Doc, Linked
from warta.extract.names import _repeated
from warta.extract.phrases import LOWER_WORD_BEFORE, lower_word_start, may_start, word_at

_LISTS = {
    "seat_titles": lambda: linking.phrase_regex("seat_titles"),
    "fused_titles": lambda: linking.phrase_regex("fused_titles"),
    "person_titles": linking.title_regex,
    "honorifics": lambda: linking.phrase_regex("honorifics"),
    "org_heads": lambda: linking.phrase_regex("org_heads"),
    "org_heads_local": lambda: linking.phrase_regex("org_heads_local"),
    "org_heads_inner": lambda: linking.phrase_regex("org_heads_inner"),
}


def _texts(records: list[dict[str, Any]]) -> list[str]:
    return [str(r["text"]) for r in records]


@pytest.mark.parametrize("name", sorted(_LISTS))
def test_phrases_may_start_never_skips_a_match(all_gold: list[dict[str, Any]], name: str) -> None:
    rx = _LISTS[name]()
    starts = 0
    for text in _texts(all_gold):
        for m in re.finditer(r"\w+", text):
            if rx.match(text, m.start()):
                starts += 1
                assert may_start((name,), word_at(text, m.start())), text[m.start() : m.start() + 40]
    assert starts > 0 or name in ("seat_titles", "org_heads_inner")  # titles and bodies are there


def test_phrases_may_start_rejects_ordinary_words() -> None:
    assert not may_start(("person_titles", "honorifics"), word_at("the house", 0))
    assert may_start(("person_titles",), word_at("Menteri Luar Negeri", 0))


def test_phrases_lower_word_start_agrees_with_regex() -> None:
    rnd = random.Random(7)
    for _ in range(20000):
        s = "".join(rnd.choice("ab-. Z_\n,é1") for _ in range(rnd.randint(0, 12)))
        lo = rnd.randint(0, len(s))
        m = LOWER_WORD_BEFORE.search(s, lo)
        assert lower_word_start(s, lo) == (m.start() if m else -1), (s, lo)


def test_titles_after_title_matches_a_scan_of_every_title(all_gold: list[dict[str, Any]]) -> None:
    def scan(text: str, start: int, end: int) -> tuple[int, bool]:
        for s, e in linking.title_spans(text):
            if s < start < e < end and text[e:end].strip():
                return e + len(text[e:end]) - len(text[e:end].lstrip()), True
            if s >= start:
                break
        return start, False

    moved = 0
    for text in _texts(all_gold):
        for s, e in runs.run_spans(text):
            for word in re.finditer(r"\S+", text[s:e]):  # each word of the run as where it starts
                got = titles.after_title(text, s + word.start(), e)
                assert got == scan(text, s + word.start(), e)
                moved += got[1]
    assert moved > 0


def test_runs_runs_match_a_plain_split_around_mentions(all_gold: list[dict[str, Any]]) -> None:
    def plain(doc: Doc) -> list[tuple[int, int]]:
        out: list[tuple[int, int]] = []
        ends = [e for _, e in doc.taken]
        for run_start, run_end in runs.run_spans(doc.text):
            start = run_start
            for s, e in doc.taken[bisect.bisect_right(ends, start) :]:
                if s >= run_end:
                    break
                if s > start:
                    out.append((start, s))
                start = max(start, e)
            if start < run_end:
                out.append((start, run_end))
        pieces = [(s, e) for s, e in (trim(doc.text, s, e) for s, e in out) if e > s]
        return runs._join_bodies(doc.text, pieces)

    for text in _texts(all_gold):
        doc = Doc(text)
        for i, (s, e) in enumerate(runs.run_spans(text)):
            if i % 3 == 0:  # mentions over some runs, inside others
                doc.add(Cand(s, min(e, s + 6), text[s : min(e, s + 6)], "ORG", Linked("x", "organization")))
        assert runs.runs(doc) == plain(doc)


def test_runs_ner_sentence_matches_a_scan_of_the_line(all_gold: list[dict[str, Any]]) -> None:
    from warta.text import sentences

    for text in _texts(all_gold):
        ner = runs.Ner(text, None)
        for s, _ in runs.run_spans(text):
            line_start = text.rfind("\n", 0, s) + 1
            line_end = text.find("\n", s) if "\n" in text[s:] else len(text)
            expected = (line_start, line_end, False)
            for a, b in sentences(text[line_start:line_end]):
                if line_start + a <= s < line_start + b + 1:
                    expected = (line_start + a, line_start + b, True)
                    break
            assert ner.sentence_at(s) == expected


def test_text_helpers_match_the_copying_versions(all_gold: list[dict[str, Any]]) -> None:
    text = _texts(all_gold)[0]
    for pos in range(0, len(text), 7):
        assert _list_item_end(text, pos) == len(text[:pos].rstrip(" ,").removesuffix(" dan").rstrip(" ,"))
        for n in (1, 2, 3):
            assert _first_words(text, pos, n) == " ".join(text[pos:].split(" ", n)[:n])
    for m in re.finditer(r"[A-Z]\w+", text):
        assert _repeated(text, m.group()) == (text.count(m.group()) > 1)


_HINTED = [  # sentences written for this test, each with a match of the scan it names
    "Depot Imigresen Pekan Nenas dan pangkalan Bakamla Batam dijaga.",
    "Mapolda Metro Jaya menerima laporan itu.",
    "Mahkamah Sesyen di sini menjatuhkan hukuman; Pengadilan Negeri Bandung menolak.",
    "SD Negeri 1 Pandanarum dan SMAN 2 Kota Bogor libur.",
    "Ahli Parlimen Padang Rengas, Datuk Seri Nazri, hadir. AHLI DEWAN UNDANGAN NEGERI Seri Serdang juga.",
    "Kapal KM Harapan Jaya dan (KRI) Nanggala tenggelam.",
    "Natural Resources and Environmental Sustainability Minister Nik Nazmi spoke.\nNo title here.",
]


def test_scan_hints_hold_wherever_the_full_regex_matches(all_gold: list[dict[str, Any]]) -> None:
    from warta.extract import bodies, expansions, facilities

    scans = [
        (expansions._court_hint().search, expansions._court_rx().search),
        (expansions._school_hint().search, expansions._school_rx().search),
        (facilities._FACILITY_HINT.search, facilities._FACILITY.search),
        (lambda t: "Mapol" in t, facilities._POLICE_HQ.search),
        (lambda t: "sini" in t, bodies._COURT_HERE.search),
        (bodies.may_name_seat, linking.phrase_regex("seat_titles").search),
        (facilities._vessel_hint().search, facilities._vessel_rx().search),
    ]
    texts = _texts(all_gold) + _HINTED
    for hint, full in scans:
        found = [t for t in texts if full(t)]
        assert found  # the written sentences hold a match of each
        assert all(hint(t) for t in found)
    for text in texts:
        assert titles.english_title_spans(text) == tuple(
            m.span() for m in titles._ENGLISH_TITLE.finditer(text)
        )
    assert titles.english_title_spans(_HINTED[-1])
