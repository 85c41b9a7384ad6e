"""Coreference inside one article: short forms join the full name seen elsewhere in it.

"Netanyahu" after "Benjamin Netanyahu", "Abu Marzouk" after "Musa Abu Marzouk", a part of a
person's name the recogniser typed as a place, and "BFB" after "Badan Foo Bar (BFB)". Also, a
name listed next to a person is a person ("Keith Siegel, Yarden Bibas, dan Ofer Kalderon").
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from warta.extract import linking
from warta.extract.heads import common, skip_ordinary
from warta.extract.linking import Cand, Doc, Linked, tokens
from warta.extract.names import runs

_LIST_GAP = re.compile(r",\s*(?:dan\s+|and\s+)?|\s+(?:dan|and|serta)\s+")


def listed_persons(doc: Doc) -> None:
    """A name in a list of persons is a person: "tiga sandera, Keith Siegel, Yarden Bibas, dan ..."."""
    starts = {c.start: c for c in doc.cands}
    guessed = [
        (c.start, c.end) for c in doc.cands if c.source == "ner" and c.label != "PER" and not c.link.known
    ]
    for s, e in sorted(runs(doc) + guessed):
        if not _list_shaped(doc.text[s:e]):
            continue
        if linking.portfolio(doc.text[s:e].split()):
            continue  # "Seksi ... Penanganan Sengketa, Luh Gede": a portfolio before the person
        gap = _LIST_GAP.match(doc.text, e)
        nxt = starts.get(gap.end()) if gap else None
        prev = doc.ends.get(_list_item_end(doc.text, s))
        if not any(c is not None and c.link.type == "person" for c in (nxt, prev)):
            continue  # (tested before the title regexes below: far cheaper, and most runs stop here)
        if linking.phrase_regex("honorifics").fullmatch(doc.text, s, e) or linking.title_regex().fullmatch(
            doc.text, s, e
        ):
            continue  # "Datuk Seri" before a name: a form of address, no name of its own
        if _in_long_title(doc.text, s, e):
            continue  # "Timbalan Menteri Perladangan [dan] Komoditi Datuk": a portfolio split at its "dan"
        if s in starts:  # the NER model's body or place: a person after all
            starts[s].label, starts[s].link = "PER", Linked(doc.text[s:e], "person")
        else:
            doc.add(Cand(s, e, doc.text[s:e], "PER", Linked(doc.text[s:e], "person"), "rule"))


def _in_long_title(text: str, s: int, e: int) -> bool:
    """A run overlapping a title of several words whose portfolio holds "dan"."""
    return any(ts < e and s < te and " dan " in text[ts:te] for ts, te in linking.title_spans(text))


@lru_cache(maxsize=65536)
def _list_shaped(surface: str) -> bool:
    """Two to four words, the first no ordinary word, none in capitals: a listed person's shape
    (names recur within and across texts)."""
    words = surface.split()
    return 2 <= len(words) <= 4 and not common(words[0]) and not any(w.isupper() for w in words)


def _list_item_end(text: str, pos: int) -> int:
    """`len(text[:pos].rstrip(" ,").removesuffix(" dan").rstrip(" ,"))` without copying the text."""
    while pos > 0 and text[pos - 1] in " ,":
        pos -= 1
    if pos >= 4 and text[pos - 4 : pos] == " dan":
        pos -= 4
        while pos > 0 and text[pos - 1] in " ,":
            pos -= 1
    return pos


_ACRONYM_AFTER = re.compile(r"\s*\(([A-Z][A-Za-z]{1,7}(?: [A-Z][A-Za-z]{1,7})?)\)")  # "(BPH Migas)"


def resolve(doc: Doc) -> None:
    _places(doc)
    _given_name_left(doc)
    _named_here(doc)
    _persons(doc)
    _nicknames(doc)
    _called(doc)
    _name_tails(doc)
    _partial_mentions(doc)
    _acronyms(doc)
    _company_short_names(doc)


def _persons(doc: Doc) -> None:
    """A partial name joins the longest person name that holds all its words."""
    persons = [c for c in doc.cands if c.link.type == "person"]
    names = {c.link.name: c.link for c in persons}
    full = sorted(names, key=lambda n: (-len(tokens(n)), n))
    word_sets = [(len(tokens(n)), frozenset(tokens(n)), n) for n in full]  # once, not per mention
    found: dict[tuple[str, ...], str | None] = {}  # a name's words -> the longer name (names recur)
    for c in doc.cands:
        mine = tokens(c.link.name)
        if c.link.type != "person" and c.link.known:
            continue
        if mine not in found:
            found[mine] = _longer_name(mine, word_sets)
        longer = found[mine]
        if longer is not None and (c.link.type == "person" or len(mine) >= 1):
            c.link, c.label = names[longer], "PER"


def _longer_name(mine: tuple[str, ...], word_sets: list[tuple[int, frozenset[str], str]]) -> str | None:
    """The longest name holding all of `mine`'s words, one opening with them first if any."""
    have = set(mine)  # as `linking.covers`: every word of the short name in the long one
    fits = [n for size, words, n in word_sets if size > len(mine) and have and have <= words]
    # a name that opens with the short form first: "Ahmad Zaki" is Ahmad Zaki Harun, not his
    # daughter Nur Aisyah Ahmad Zaki, whose name ends with her father's
    return next((n for n in fits if tokens(n)[: len(mine)] == mine), fits[0] if fits else None)


def _nicknames(doc: Doc) -> None:
    """ "Roy" after "Rolliansyah Soemirat": an unknown one-word person whose word shortens the given name
    of exactly one person named in full earlier is that person's short name."""
    full: dict[str, tuple[int, Linked]] = {}
    for c in doc.cands:
        if c.link.type == "person" and len(tokens(c.link.name)) > 1:
            first = full.get(c.link.name)
            full[c.link.name] = (min(first[0], c.start) if first else c.start, c.link)
    if not full:
        return
    for c in doc.cands:
        word = tokens(c.link.name)
        if c.link.type != "person" or c.link.known or len(word) != 1 or len(word[0]) < 3:
            continue
        owners = [
            link
            for start, link in full.values()
            if start < c.start and _shortens(word[0], tokens(link.name)[0])
        ]
        if len(owners) == 1:
            c.link = owners[0]


# "Sri Wahyuningsih, yang akrab disapa Bu Yuyun", "Pria yang akrab disapa Gus Irfan itu", "known as"
_CALLED = re.compile(
    r"(?:(?:akrab|biasa|karib|lebih|juga)\s+(?:di)?(?:sapa|panggil|kenal|kenali)(?:\s+(?:dengan|sebagai))?|"
    r"(?:better\s+|popularly\s+|also\s+)?known\s+(?:locally\s+|widely\s+|popularly\s+)?as|nicknamed)"
    r"\s+[\"“]?(?:[A-Z][a-z]{1,5}\.?\s+)?$"
)
_SENTENCE_END = re.compile(r"[.!?][\"”’]?\s+|\n")


def _called(doc: Doc) -> None:
    """A one-word nickname given in a relative clause is the person the clause describes: the person named
    just before in its sentence, else the first person of the nearest sentence naming one."""
    persons = sorted((c for c in doc.cands if c.link.type == "person"), key=lambda c: c.start)
    for c in persons:
        if (
            c.link.known
            or len(tokens(c.link.name)) > 1
            or not _CALLED.search(doc.text, max(0, c.start - 45), c.start)
        ):
            continue
        owner = _described_owner(
            doc.text, [p for p in persons if p.end <= c.start and len(tokens(p.link.name)) > 1], c.start
        )
        if owner is None or owner.link.name == c.link.name:
            continue
        alias = c.link.name
        for o in doc.cands:
            if o.link.type == "person" and o.link.name == alias:
                o.link = owner.link
        for m in re.finditer(rf"(?<![\w-]){re.escape(c.text)}(?![\w-])", doc.text):
            if doc.free(m.start(), m.end()):  # "kata Atik" later on: the same person
                doc.add(Cand(m.start(), m.end(), c.text, "PER", owner.link, "coref"))


def _described_owner(text: str, earlier: list[Cand], pos: int) -> Cand | None:
    if not earlier:
        return None
    ends = [m.end() for m in _SENTENCE_END.finditer(text, max(0, earlier[0].start - 1), pos)]
    start = ends[-1] if ends else 0
    same = [p for p in earlier if p.start >= start]
    if same:
        return same[-1]
    prev = max((p for p in earlier), key=lambda p: p.start)
    sentence = max((e for e in ends if e <= prev.start), default=0)
    return next(p for p in earlier if p.start >= sentence)


def _name_tails(doc: Doc) -> None:
    """ "Steven Sim Chee Keong": an unknown name right after a known person's is the rest of that name."""
    for c in doc.cands:
        if c.link.type != "person" or c.link.known or c.source == "coref":
            continue
        before = doc.ends.get(c.start - 1)
        if (
            before is not None
            and before.link.known
            and before.link.type == "person"
            and doc.text[c.start - 1] == " "
        ):
            c.link = before.link


def _shortens(short: str, given: str) -> bool:
    """Same first two letters, and every letter of `short` in `given` in order ("roy" in "rolliansyah")."""
    if short == given or short[:2] != given[:2]:
        return False
    rest = iter(given[2:])
    return all(ch in rest for ch in short[2:])


_WORD_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][a-z][\w'’-]*) $")


def _given_name_left(doc: Doc) -> None:
    """ "Indonesia Faisal [Abdullah Amodi]": an uncovered capitalised word right before a guessed
    person's name (after a place the gazetteer took) is the person's given name."""
    moved = False
    for c in doc.cands:
        if c.link.type != "person" or c.link.known or c.source not in ("rule", "ner"):
            continue
        m = _WORD_BEFORE.search(doc.text, max(0, c.start - 30), c.start)
        if m is None or not doc.free(m.start(1), m.end(1)) or doc.ends.get(m.start(1) - 1) is None:
            continue  # only right after another mention: a sentence's first word is not a name
        word = m.group(1)
        ordinary = common(word) or word.casefold() in linking.word_set("stop_words")
        titled = linking.title_regex().fullmatch(word) or linking.phrase_regex("honorifics").fullmatch(word)
        if not (ordinary or titled or linking.lookup(word)):
            c.start, c.text = m.start(1), doc.text[m.start(1) : c.end]
            c.link, moved = Linked(c.text, "person"), True
    if moved:
        doc.reset(list(doc.cands))  # the given name's span is taken now


def _named_here(doc: Doc) -> None:
    """ "Hasto" after "Hasto Wardoyo": a one-word alias of a famous person (Hasto Kristiyanto) is the
    person this article names in full, unless that famous person is named in full too."""
    persons = [c for c in doc.cands if c.link.type == "person"]
    in_full = {c.link.name for c in persons if len(c.text.split()) > 1}
    for c in persons:
        if not c.link.known or len(c.text.split()) > 1 or c.link.name in in_full:
            continue
        word = linking.fold_token(c.text)
        owners = {n for n in in_full if word in tokens(n)}
        if len(owners) == 1:
            owner = next(o for o in persons if o.link.name in owners)
            c.link = owner.link


def _places(doc: Doc) -> None:
    """An unknown place that is the name part of a regency or city found here joins it ("Jayawijaya")."""
    full = {c.link.name: c.link for c in doc.cands if c.link.type == "location"}
    for c in doc.cands:
        if c.link.type == "location" and not c.link.known:
            for name, link in full.items():
                if name != c.link.name and name.startswith(c.link.name + " ") and name.endswith(" Regency"):
                    c.link = link


def _partial_mentions(doc: Doc) -> None:
    """Uncovered runs ("Hamdan", "Abu Marzouk") that are part of exactly one person's name."""
    people: dict[str, Linked] = {c.link.name: c.link for c in doc.cands if c.link.type == "person"}
    word_sets = [(frozenset(tokens(name)), link) for name, link in people.items()]
    if not word_sets:
        return
    stop = _stop_or_connector()
    named = frozenset().union(*(words for words, _ in word_sets))
    for s, e in runs(doc):
        if _last_name_word(doc.text[s:e]) not in named:
            continue  # its last name word is in no person's name (cheap test before the rest)
        s = skip_ordinary(doc.text, s, e)
        surface = doc.text[s:e]
        mine = [t for t in tokens(surface) if t not in stop]
        if not mine or any(len(t) < 3 for t in mine):
            continue
        have = set(mine)
        owners = [link for words, link in word_sets if have <= words]
        if len(owners) == 1:
            doc.add(Cand(s, e, surface, "PER", owners[0], "coref"))


@lru_cache(maxsize=65536)
def _last_name_word(surface: str) -> str | None:
    """The last folded word of a run that is no stop word or name connector."""
    stop = _stop_or_connector()
    return next((t for t in reversed(tokens(surface)) if t not in stop), None)


@cache
def _stop_or_connector() -> frozenset[str]:
    return linking.word_set("stop_words") | linking.word_set("connectors")


_ACRONYM_INSIDE = re.compile(r" \(([A-Z][A-Za-z]{1,7})\)$")  # a mention claimed with its bracket


def _acronyms(doc: Doc) -> None:
    """ "Badan Foo Bar (BFB)": a later "BFB" is the same body."""
    found: dict[str, Linked] = {}
    for c in list(doc.cands):
        m = _ACRONYM_AFTER.match(doc.text, c.end) or _ACRONYM_INSIDE.search(c.text)
        if m and c.link.type == "organization":
            found[m.group(1)] = c.link
    for acr, link in found.items():
        for m in re.finditer(rf"(?<!\w){re.escape(acr)}(?!\w)", doc.text):
            same = doc.ends.get(m.end())
            if same is not None and same.start == m.start() and (not same.link.known or same.text == acr):
                # "BPH Migas" read as a name of its own; "RSF" the text spelt out as Rapid Support
                # Forces, not the knowledge base's other RSF
                same.link, same.label = link, "ORG"
            elif doc.free(m.start(), m.end()):
                doc.add(Cand(m.start(), m.end(), acr, "ORG", link, "coref"))


_COMPANY_TAIL = re.compile(r" (?:Sdn\.? Bhd\.?|Bhd\.?|Berhad|Tbk\.?|Inc\.?|Ltd\.?|Corp\.?|Corporation)$")


def _company_short_names(doc: Doc) -> None:
    """ "Veloxis Semiconductor Sdn Bhd" ... "Veloxis said": a company's first name word, later on its
    own, is the company (then "the company said" finds it as the last body named)."""
    for c in [c for c in doc.cands if c.link.type == "organization" and not c.link.known]:
        if not _COMPANY_TAIL.search(c.text):
            continue
        word = c.text.split()[0]
        if len(word) < 4 or not word[0].isupper() or linking.lookup(word) is not None:
            continue
        if word.casefold() in _stop_or_connector() or common(word):
            continue
        for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-]| [A-Z])", doc.text[c.end :]):
            a, b = c.end + m.start(), c.end + m.end()
            same = doc.ends.get(b)
            if same is not None and same.start == a and not same.link.known:
                same.link, same.label = c.link, "ORG"  # the model's guess at the lone word ("LOC")
            elif doc.free(a, b):
                doc.add(Cand(a, b, word, "ORG", c.link, "coref"))
