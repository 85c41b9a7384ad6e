"""Reported counts of people: value, qualifier, measure, who, source, as-of date and evidence.

Per sentence: numbers (`numbers.find_numbers`) outside dates, times, money, ages and ordinals;
kept when a people noun follows ("34.622 warga Palestina", "13 sandera"), or when a bare number
sits next to a measure word ("Meninggal 22 dan 8 Hilang") or in a list with such counts
("Sebanyak 12 di Tanahdatar dan tiga orang di Agam"). The measure comes from the head noun
("sandera", "tahanan"), else the nearest measure word after the number, before it, further on in
the clause, the previous count of the same sentence, and last the previous sentence (a list that
continues: "Warga Israel tersebut termasuk empat anak"); a count left without a measure takes the one
a following pronoun sentence names ("87 PMI ... tiba. Mereka sebelumnya ditahan"). Counts of the affected (terdampak,
terjejas), survivors, passengers and changes ("bertambah 1") are left out. Word lists live in
`knowledge/figures_lexicon.tsv` (loaded by `figure_tokens`). This module walks the sentences; the
rules for one sentence live in `figure_counts`, sources and as-of dates in `figure_sources`.
"""

from __future__ import annotations

import bisect
from typing import ClassVar, cast

from warta.extract.figure_counts import qualifier, sentence_counts
from warta.extract.figure_credit import reported_after
from warta.extract.figure_measures import released_prisoners
from warta.extract.figure_paragraph import carried_source, opening_source, subset_source
from warta.extract.figure_sources import Attributor, as_of
from warta.extract.figure_tokens import lexicon, lowered, pronoun_measure, scan, tokens, words
from warta.extract.numbers import find_numbers
from warta.model import Article, DateMention, Evidence, Figure, Measure, Qualifier
from warta.registry import register
from warta.text import sentences


def extract_figures(article: Article) -> list[Figure]:
    text = article.text
    nums = {n.start: n for n in find_numbers(text)}
    if not nums:
        return []
    spans = sentences(text)
    starts = [s for s, _ in spans]
    attributor = Attributor(article)
    counted = {bisect.bisect_right(starts, pos) - 1 for pos in nums}
    # A sentence without a people noun or measure word yields nothing, as if it held no number.
    low = lowered(text)
    counted = {k for k in counted if lexicon().may_count(words(text, *spans[k], low))}
    if not counted:
        return []
    by_sentence: dict[int, list[DateMention]] = {}  # each sentence's dates, in the article's order
    for d in article.dates:
        k = bisect.bisect_right(starts, d.start) - 1
        if k >= 0 and d.start < spans[k][1]:
            by_sentence.setdefault(k, []).append(d)
    prev: str | None = None
    before: list[tuple[int, int, str]] = []  # the sources the sentence before names
    before_start = 0  # where the sentence before starts
    found: list[Figure] = []
    known: dict[str, tuple[int, str]] = {}  # the largest count so far per people noun, with its measure
    pending: list[Figure] = []  # the last sentence's people counts without a measure
    last = max(counted) + 1  # the sentence after the last count may name its measure
    read = 0  # the attributor has read sentences [0, read), in order
    for k, (s, e) in enumerate(spans):
        if k > last:
            break  # no count after this: what the remaining sentences name is never used
        if k not in counted and k + 1 not in counted and not pending:
            continue
        dates = by_sentence.get(k, [])
        toks = tokens(text, s, e, dates, nums)
        measure = pronoun_measure(toks) if pending else None
        for f in pending if measure else []:
            f.measure = cast(Measure, measure)
            found.append(f)
        pending = []
        if k not in counted:
            prev = scan(toks)[2]
            continue
        group = found[-1].measure if found else None
        cands, prev, open_people = sentence_counts(toks, prev, text, group, known)
        for c in cands:
            if c.noun and c.measure and c.num.value > known.get(c.noun, (0, ""))[0]:
                known[c.noun] = (c.num.value, c.measure)
        when = as_of(article, s, e, dates) if cands or open_people else None
        sources: list[tuple[int, int, str]] = []
        if cands or open_people:
            # Every sentence up to this one, in order: each may name the next pronoun's speaker.
            # Sentences after the last count are never read (their sources would go unused).
            for a, b in spans[read:k]:
                before, before_start = attributor.sentence(a, b), a
            own = attributor.sentence(s, e)
            # a sentence naming no source of its own may be "reported" by the one before it, or
            # carry on from one opening "Menurut X," ("Menurut Dedi, ... . Dua warga masih hilang ...")
            carry = opening_source(text, before_start, before) if k else None
            # "Daripada jumlah itu, ...": a part of the total just before, even in a new paragraph
            part = subset_source(text, s, before) if k else None
            sources = (
                own
                or reported_after(text, s, e, before)
                or carried_source(text, before_start, s, carry)
                or ([(s, s, part)] if part else [])
            )
            before, before_start, read = own, s, k + 1
        for c in cands + open_people:
            who = attributor.quote_speaker(c.num.start) or next(
                (name for a, b, name in sources if not a <= c.num.start < b), None
            )
            (found if c.measure else pending).append(
                Figure(
                    value=c.num.value,
                    qualifier=cast(Qualifier, qualifier(toks, c.idx)),
                    measure=cast(Measure, c.measure or "other"),
                    who=c.who,
                    source=who,
                    as_of=when,
                    evidence=Evidence(s, e, text[s:e]),
                )
            )
    released_prisoners(text, found)
    return dedupe(found)


def dedupe(figures: list[Figure]) -> list[Figure]:
    """One figure per (value, measure): the first that names a source, else the first. A headline drops
    the qualifier ("Tewaskan 38 Orang" before "menewaskan sedikitnya 38 orang"): a later one fills it."""
    out: dict[tuple[int, str], Figure] = {}
    for f in figures:
        key = (f.value, f.measure)
        if key not in out:
            out[key] = f
            continue
        qualifier = out[key].qualifier if out[key].qualifier != "exact" else f.qualifier
        if out[key].source is None and f.source is not None:
            f.as_of = f.as_of or out[key].as_of
            out[key] = f
        out[key].qualifier = qualifier
    return sorted(out.values(), key=lambda f: f.evidence.start if f.evidence else 0)


@register("extract.figures.v1")
class ExtractFigures:
    name: ClassVar[str] = "extract.figures"
    language_bound: ClassVar[bool] = True  # skipped outside id/ms/en (see pipeline)
    version: ClassVar[str] = "1"
    requires: ClassVar[tuple[str, ...]] = ("text",)
    assigns: ClassVar[tuple[str, ...]] = ("figures",)

    def __call__(self, article: Article) -> Article:
        article.figures = extract_figures(article)
        return article
