"""figure_tokens.tokens: numbers and dates as single tokens, the same as a token-by-token walk."""

from __future__ import annotations

import datetime as dt
from typing import Any

from warta.extract.dates import find_dates
from warta.extract.figure_counts import sentence_counts
from warta.extract.figure_tokens import _TOKEN, Tok, clause_break, lexicon, own_predicate, scan, tokens, words
from warta.extract.numbers import NumberSpan, find_numbers
from warta.model import DateMention
from warta.text import sentences


def _walk(
    text: str, start: int, end: int, dates: list[DateMention], nums: dict[int, NumberSpan]
) -> list[Tok]:
    """The plain definition: each token in turn, a date or number swallowing the tokens it covers."""
    at_date = {d.start: d for d in dates}
    out: list[Tok] = []
    skip_to = 0
    for m in _TOKEN.finditer(text, start, end):
        pos = m.start()
        if pos < skip_to:
            continue
        date, num = at_date.get(pos), nums.get(pos)
        if date:
            out.append(Tok(date.start, date.end, "<date>", date=True))
            skip_to = date.end
        elif num and num.end <= end:
            out.append(Tok(num.start, num.end, "<num>", num=num))
            skip_to = num.end
        else:
            out.append(Tok(pos, m.end(), m.group(0).lower()))
    return out


def test_figure_tokens_number_and_date_are_one_token() -> None:
    text = "Sebanyak 1.250 warga mengungsi sejak 3 Mei 2024, kata BNPB."
    dates = find_dates(text, dt.date(2024, 5, 6))
    nums = {n.start: n for n in find_numbers(text)}
    lows = [t.low for t in tokens(text, 0, len(text), dates, nums)]
    assert lows == ["sebanyak", "<num>", "warga", "mengungsi", "sejak", "<date>", ",", "kata", "bnpb", "."]


def test_figure_tokens_match_the_plain_walk(all_gold: list[dict[str, Any]]) -> None:
    checked = 0
    for rec in all_gold:
        text = rec["text"]
        dates = find_dates(text, dt.date(2025, 1, 1))
        nums = {n.start: n for n in find_numbers(text)}
        for s, e in sentences(text):
            inside = [d for d in dates if s <= d.start < e]
            assert tokens(text, s, e, inside, nums) == _walk(text, s, e, inside, nums)
            checked += 1
        # a cut through a number: the number runs past the end and stays plain tokens
        cut = next(iter(nums.values()), None)
        if cut is not None and cut.end - cut.start > 1:
            assert tokens(text, 0, cut.end - 1, [], nums) == _walk(text, 0, cut.end - 1, [], nums)
    assert checked > 100


def _toks(text: str) -> list[Tok]:
    return tokens(text, 0, len(text), [])


def test_figure_tokens_clause_break_on_conjunctions_not_on_a_plain_comma() -> None:
    assert clause_break(_toks("lima tewas, manakala 30 dirawat"), 0, 5)
    assert clause_break(_toks("lima tewas, sementara 30 dirawat"), 0, 5)
    assert not clause_break(_toks("lima tewas, termasuk 3 anak"), 0, 5)
    assert not clause_break(_toks("pusat pemindahan sementara di sekolah"), 0, 5)


def test_figure_tokens_own_predicate_is_a_verb_that_names_no_measure() -> None:
    toks = _toks("300 jemaah menerima rawatan")
    assert own_predicate(toks, 2)
    assert not own_predicate(_toks("300 jemaah ditahan polis"), 2)
    assert not own_predicate(_toks("300 jemaah berusia 60 tahun"), 2)
    assert not own_predicate(_toks("300 jemaah menurut polis"), 2)


def test_figure_tokens_may_count_needs_a_count_phrase() -> None:
    lex = lexicon()
    assert lex.may_count(words("Sedikitnya 12 warga tewas dalam banjir.", 0, 40))
    assert lex.may_count(words("Seorang pelajar hilang.", 0, 23))  # "seorang" is its own noun
    assert not lex.may_count(words("Dia lahir pada 1990 dan menulis 3 buku.", 0, 39))


def test_figure_tokens_ruled_out_sentences_yield_no_count_on_gold(all_gold: list[dict[str, Any]]) -> None:
    ruled_out = 0
    for record in all_gold:
        text = record["text"]
        nums = {n.start: n for n in find_numbers(text)}
        dates = find_dates(text)
        for s, e in sentences(text):
            if lexicon().may_count(words(text, s, e)):
                continue
            ruled_out += 1
            toks = tokens(text, s, e, [d for d in dates if s <= d.start < e], nums)
            found, last, open_people = sentence_counts(
                toks, "displaced", text, "killed", {"warga": (5, "killed")}
            )
            assert (found, open_people) == ([], []), text[s:e]
            assert scan(toks)[2] is None and last is None, text[s:e]
    assert ruled_out > 0


def test_figure_tokens_words_from_lowered_text_are_lowered_words(all_gold: list[dict[str, Any]]) -> None:
    from warta.extract.figure_tokens import lowered

    own = ["Tiga WARGA İstanbul tewas", "ΟΔΟΣ.Β dua orang", "Dua \u212a orang ‘hilang’ 1.500 warga"]
    checked = 0
    for text in [r["text"] for r in all_gold] + own:
        low = lowered(text)
        for s, e in sentences(text):
            if low is not None:
                assert words(text, s, e, low) == words(text, s, e)
                checked += 1
    assert checked > 0
    assert lowered("ΟΔΟΣ.Β") is None and lowered("İstanbul") is None  # a sigma's context, a longer lower()


def test_figure_tokens_lower_keeps_token_classes() -> None:
    """`lowered` relies on lower() mapping a word, digit or space character to one of the same class."""
    import re
    import sys

    classes = [re.compile(r"\w"), re.compile(r"\d"), re.compile(r"\s")]
    for code in range(sys.maxunicode + 1):
        c = chr(code)
        low = c.lower()
        if len(low) == 1:
            assert all(bool(p.match(c)) == bool(p.match(low)) for p in classes), hex(code)
