"""Named persons, organisations and places in an article, linked to canonical names.

Three sources of mentions, in order of trust:
1. the knowledge-base gazetteer (longest match of a known name or alias, case-aware);
2. capitalised name runs the gazetteer did not cover, typed by what stands around them
   (`names.py`: titles, head words, the NER model's label);
3. coreference inside the article (`coref.py`): "Netanyahu" joins "Benjamin Netanyahu".
Each entity is listed once with all its mentions; offsets point into `Article.text`. The
publishing outlet (and any outlet's name in a dateline or sign-off) is not an organisation.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from functools import cache
from typing import Any, ClassVar

from warta.extract import coref, linking, names
from warta.extract.gazetteer import Entry, Gazetteer, Match
from warta.extract.linking import Cand, Doc, as_linked
from warta.model import Article, Entity, Mention
from warta.registry import register


@cache
def _gazetteer() -> Gazetteer | None:
    kb = linking.kb()
    return Gazetteer(kb) if kb is not None else None


@cache
def _recognizer() -> Callable[[str], list[Mention]] | None:
    try:
        from warta.extract.ner import recognize
    except ImportError:  # no NER model: titles, head words and the knowledge base alone
        return None
    return recognize


def _label(entry: Entry) -> str:
    return linking.TYPES_REV.get(entry.type, "ORG")


def _gazetteer_cands(doc: Doc) -> None:
    gaz = _gazetteer()
    if gaz is None:
        return
    stop = linking.word_set("stop_words")
    for m in gaz.find(doc.text):
        if _is_stop_match(doc.text, m, stop) or not doc.free(m.start, m.end):
            continue
        entry = linking.choose(m.alias.entries)
        doc.add(Cand(m.start, m.end, m.text, _label(entry), as_linked(entry)))


def _is_stop_match(text: str, m: Match, stop: frozenset[str]) -> bool:
    """A one-word alias that is also an ordinary word, written at a sentence start ("Pekan lalu ...")."""
    if len(m.alias.tokens) > 1:
        return False
    before = text[max(0, m.start - 3) : m.start]
    sentence_start = m.start == 0 or bool(re.search(r"(?:^|[.!?\n“\"])\s*$", before))
    if m.alias.acronym:
        return linking.counted_acronym(text, m.start, m.end) or (sentence_start and not m.text.isupper())
    word = m.text.casefold()
    if word in stop:
        return True
    return sentence_start and (word in linking.word_set("common_words") or names.common(word))


_TITLE_CASE_WORD = re.compile(r"\b[^\W\d_][\w'’-]*")


def _title_case_lines(text: str) -> list[tuple[int, int]]:
    """Lines written in Title Case (headlines): capitals there say nothing about names."""
    out = []
    pos = 0
    for line in text.split("\n"):
        words = [w for w in _TITLE_CASE_WORD.findall(line) if len(w) >= 3]
        prose = line.rstrip().endswith((".", ".”", '."'))  # a sentence, however many names it holds
        if not prose and len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.7 * len(words):
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _drop_headline_guesses(doc: Doc) -> None:
    """Names guessed from capitals in a Title Case line; coreference may bring them back."""
    lines = _title_case_lines(doc.text)
    keep = [
        c
        for c in doc.cands
        if c.link.known or c.source == "gaz" or not any(s <= c.start < e for s, e in lines)
    ]
    doc.cands = keep
    doc.taken = [(c.start, c.end) for c in keep]


def _vouched(doc: Doc) -> list[Cand]:
    """Drop one-word person names nothing vouches for (no title, no full name, not in the KB)."""
    titled = {c.link.name for c in doc.cands if c.source == "title"}
    return [
        c
        for c in doc.cands
        if c.link.type != "person"
        or c.link.known
        or c.link.name in titled
        or len(linking.tokens(c.link.name)) > 1
    ]


def _outlet_names(article: Article) -> set[str]:
    from warta.extract.metadata import outlet_for_name

    names = {linking.fold_token(article.outlet)} if article.outlet else set()
    return names | {linking.fold_token(n) for n in _outlet_aliases() if outlet_for_name(n) == article.outlet}


@cache
def _outlet_aliases() -> tuple[str, ...]:
    from warta.extract.metadata import outlet_table

    return tuple(outlet_table()[1])


def _is_own_outlet(doc: Doc, c: Cand, own: set[str]) -> bool:
    """The publishing outlet anywhere, or any outlet's name in a dateline ("Gaza, Purna Warta ...").

    Another outlet credited at the end of a body line ("... - BBC") is a source, so it stays.
    """
    from warta.extract.metadata import outlet_for_name

    if c.link.type != "organization":
        return False
    if linking.fold_token(c.link.name) in own or linking.fold_token(c.text) in own:
        return True
    if not (outlet_for_name(c.text) or outlet_for_name(c.link.name)):
        return False
    line_start = doc.text.rfind("\n", 0, c.start) + 1
    before = doc.text[line_start : c.start]
    dateline = doc.text.count("\n", 0, c.start) < 3 and re.fullmatch(r"[\w .,'’()/-]{0,40}", before)
    return bool(dateline and not re.search(r"[a-z]{3,}\s+[a-z]{3,}", before))


def _group(cands: list[Cand]) -> list[Entity]:
    by_name: dict[str, Entity] = {}
    votes: dict[str, Counter[str]] = {}
    for c in sorted(cands, key=lambda x: x.start):
        key = linking.fold_token(c.link.name)
        ent = by_name.get(key)
        if ent is None:
            typ: Any = c.link.type
            ent = by_name[key] = Entity(c.link.name, typ, c.link.qid)
            votes[key] = Counter()
        votes[key][c.link.type] += 3 if c.link.known else 1
        ent.mentions.append(Mention(c.start, c.end, c.text, c.label))
    for key, ent in by_name.items():
        best: Any = votes[key].most_common(1)[0][0]
        ent.type = best
    return list(by_name.values())


def find_entities(article: Article) -> list[Entity]:
    doc = Doc(article.text)
    ner = names.Ner(article.text, _recognizer())
    names.seat_cands(doc)
    names.local_body_cands(doc)
    _gazetteer_cands(doc)
    names.rule_cands(doc, ner)
    _drop_headline_guesses(doc)
    coref.resolve(doc)
    own = _outlet_names(article)
    generic = linking.word_set("generic")
    kept = [
        c
        for c in _vouched(doc)
        if not _is_own_outlet(doc, c, own) and linking.fold_token(c.text) not in generic
    ]
    return _group(kept)


@register("extract.entities.v1")
class ExtractEntities:
    name: ClassVar[str] = "extract.entities"
    version: ClassVar[str] = "1"
    requires: ClassVar[tuple[str, ...]] = ("text",)
    assigns: ClassVar[tuple[str, ...]] = ("entities",)

    def __call__(self, article: Article) -> Article:
        article.entities = find_entities(article)
        return article
