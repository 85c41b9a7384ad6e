"""Regional governments, police sectors and military units named by their short form ("Pemkab Cianjur",
"Yonif 753/Arga Vira Theta").

The guidelines keep a domestic body's full native name, so the short form is spelt out
("Pemerintah Kabupaten Cianjur", "Batalyon Infanteri 753/Arga Vira Theta"); the region inside it is
no place of its own, and a numbered unit's name is no person's.
"""

from __future__ import annotations

import re
from functools import cache

from warta.extract import linking
from warta.extract.linking import Cand, Doc, Linked

_REGION = re.compile(r" ((?:[A-Z][\w'’-]*)(?: [A-Z][\w'’-]*){0,2})")


@cache
def _short_forms() -> tuple[dict[str, str], re.Pattern[str]]:
    table = {}
    for line in linking.word_list("local_governments"):
        short, _, full = line.partition("\t")
        table[short.strip()] = full.strip()
    return table, re.compile(rf"\b({'|'.join(map(re.escape, table))})\b")


def _region_words(text: str, start: int) -> int:
    """How many capitalised words after the short form name the region: the longest known place,
    else one word ("Pemkab Cianjur Yusman Faisal": the region, then a person)."""
    m = _REGION.match(text, start)
    if m is None:
        return 0
    words = m.group(1).split()
    for n in range(len(words), 1, -1):
        found = linking.lookup(" ".join(words[:n]), "LOC")
        if found is not None and found.type == "location":
            return n
    if len(words) > 1 and words[1].casefold() in linking.pairs("directions"):
        return 2  # "Polsek Kuta Selatan": a compass word belongs to the region's name
    return 1


def _first_words(text: str, start: int, n: int) -> str:
    """`" ".join(text[start:].split(" ", n)[:n])` without copying the rest of the text."""
    stop = start - 1
    for _ in range(n):
        stop = text.find(" ", stop + 1)
        if stop < 0:
            return text[start:]
    return text[start:stop]


def local_government_cands(doc: Doc) -> None:
    """ "Pemkab Cianjur" -> Pemerintah Kabupaten Cianjur, one body; run before the gazetteer."""
    table, rx = _short_forms()
    if not any(short in doc.text for short in table):
        return  # most articles name no regional government this way: skip the regex
    for m in rx.finditer(doc.text):
        n = _region_words(doc.text, m.end())
        if n == 0:
            continue
        region = _first_words(doc.text, m.end() + 1, n).rstrip(".,;:")  # not the sentence's full stop
        end = m.end() + 1 + len(region)
        known = linking.lookup(doc.text[m.start() : end], "ORG")
        if known is not None and known.type == "organization":
            continue  # "PN Jakpus": the knowledge base spells it out better
        if doc.free(m.start(), end):
            name = f"{table[m.group(1)]} {region}"
            doc.add(
                Cand(m.start(), end, doc.text[m.start() : end], "ORG", Linked(name, "organization"), "rule")
            )


@cache
def _units() -> tuple[dict[str, str], re.Pattern[str]]:
    table = {}
    for line in linking.word_list("military_units"):
        short, _, full = line.partition("\t")
        table[short.strip()] = full.strip()
    heads = "|".join(map(re.escape, table))
    # "Batalyon Infanteri 500/Sikatan", "Yonif Raider 200/Mahameru": the head, capitalised words, a number
    return table, re.compile(rf"\b({heads})((?: [A-Z][a-z]+){{0,3}}) (\d{{1,4}})((?:/[A-Z][\w'’-]*)?)")


_NAME_WORD = re.compile(r" ([A-Z][\w'’-]*)")


def unit_cands(doc: Doc) -> None:
    """A numbered military unit, with the name after its slash ("500/Sikatan"), as one body."""
    table, rx = _units()
    if not any(head in doc.text for head in table):
        return
    stop = linking.word_set("honorifics") | linking.word_set("person_titles")
    for m in rx.finditer(doc.text):
        end = m.end()
        while m.group(4) and (w := _NAME_WORD.match(doc.text, end)) and w.group(1).casefold() not in stop:
            end = w.end()  # "753/Arga Vira Theta": the unit's name runs on
        if doc.free(m.start(), end):
            name = table[m.group(1)] + doc.text[m.end(1) : end]
            doc.add(
                Cand(m.start(), end, doc.text[m.start() : end], "ORG", Linked(name, "organization"), "rule")
            )
