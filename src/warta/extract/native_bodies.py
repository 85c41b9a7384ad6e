"""Malaysian and Indonesian bodies written in English or generically, read as their native names.

The guidelines name every domestic body by its official native name, so an English court name
("the Shah Alam Sessions Court", "the High Court in Ipoh", "the Sessions Court here" under a
KUALA LUMPUR dateline) is the native court of that town ("Mahkamah Sesyen Shah Alam"), and a
state assembly written without its state ("Dewan Undangan Negeri", "DUN") is the assembly of the
state the story is about ("Dewan Undangan Negeri Terengganu"). A body the knowledge base lists
under one alias per home country ("Election Commission (EC)") is the home country's one.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from functools import cache

from warta.extract import linking, screens
from warta.extract.linking import Cand, Doc, Linked, lookup

_PLACE = r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}"
_DATELINE = re.compile(r"(?m)^([A-Z][A-Z'’.]+(?: [A-Z][A-Z'’.]+){0,3})\s*(?:[:–-]|,\s)")


@cache
def _court_heads() -> dict[str, tuple[str, str]]:
    """English court head as written -> (Malaysian head, Indonesian head)."""
    out: dict[str, tuple[str, str]] = {}
    for line in linking.word_list("courts_english"):
        cols = [c.strip() for c in line.split("\t")]
        if len(cols) == 3:
            out[cols[0]] = (cols[1], cols[2])
    return out


@cache
def _court_rx() -> re.Pattern[str]:
    heads = "|".join(re.escape(h) for h in sorted(_court_heads(), key=len, reverse=True))
    return re.compile(rf"(?:\b(?P<before>{_PLACE}) )?\b(?P<head>{heads})(?: (?P<prep>here|in|at) )?")


@cache
def _court_head_rx() -> re.Pattern[str]:
    """The court heads alone: literals first, a fast scan."""
    return re.compile("|".join(re.escape(h) for h in sorted(_court_heads(), key=len, reverse=True)))


def _court_matches(text: str) -> Iterator[re.Match[str]]:
    """`_court_rx().finditer(text)`, searched from the name words before each court head only."""
    return screens.anchored_finditer(_court_rx(), _court_head_rx(), text)


def _native_place(name: str) -> str:
    return linking.pairs("native_places").get(name.casefold(), name)


def _dateline_town(text: str) -> str | None:
    m = _DATELINE.search(text, 0, 800)
    return " ".join(w.capitalize() for w in m.group(1).split()) if m else None


def _known_place(surface: str) -> str | None:
    """The canonical name when `surface` is a place the knowledge base knows."""
    found = lookup(surface, "LOC")
    return found.name if found is not None and found.type == "location" else None


def _prefix_place(surface: str) -> tuple[str, int] | None:
    """The longest known place opening `surface` ("Penang will" -> Penang), with its length."""
    words = surface.split()
    for n in range(len(words), 0, -1):
        if (found := _known_place(" ".join(words[:n]))) is not None:
            return found, len(" ".join(words[:n]))
    return None


def _court_country(place: str, country: str) -> str:
    """A court sits in its town's country ("Shah Alam" -> Malaysia), whatever the story names most."""
    base = linking.kb()
    homes = {getattr(e, "home", None) for e in base.lookup(place)} if base is not None else set()
    return next((h for h in ("Malaysia", "Indonesia") if homes == {h}), country)


def english_court_cands(doc: Doc, country: str) -> None:
    """ "Kuala Lumpur High Court", "Sessions Court in Ipoh", "Sessions Court here": the native court."""
    text = doc.text
    if not screens.present(text, screens.shared_word(_court_heads())):
        return  # no court head ("Court") in the text
    for m in _court_matches(text):
        start, end, place = m.start("head"), m.end("head"), None
        if m.group("prep") == "here":
            place = _dateline_town(text)
            end = m.end("prep")
        elif m.group("prep"):
            after = re.compile(_PLACE).match(text, m.end())
            hit = _prefix_place(after.group(0)) if after else None
            if hit is not None:
                place, end = hit[0], m.end() + hit[1]
        if place is None and m.group("before"):
            words = m.group("before").split()
            for i in range(len(words)):  # "The Shah Alam ...", "Former Kuala Lumpur ...": the known end
                if (found := _known_place(" ".join(words[i:]))) is not None:
                    place, start = found, m.start("before") + len(" ".join(words[:i])) + (1 if i else 0)
                    break
        if place is None or not doc.free(start, end):
            continue
        heads = _court_heads()[m.group("head")]
        head = heads[0] if _court_country(place, country) == "Malaysia" else heads[1]
        name = f"{head} {_native_place(place)}"
        link = lookup(name, "ORG") or Linked(name, "organization")
        doc.add(Cand(start, end, text[start:end], "ORG", link, "rule"))


_ASSEMBLY = re.compile(r"\b(?:Dewan Undangan Negeri|DUN)\b(?! \(DUN\) [A-Z])(?! [A-Z])")


@cache
def _states() -> dict[str, str]:
    return linking.pairs("malaysia_states")


def _state_of(doc: Doc, pos: int) -> str | None:
    """The state a generic assembly belongs to: a state named in the same sentence, else the
    dateline town's state, else the state the story names most."""
    states = _states()
    sentence_start = max(doc.text.rfind(". ", 0, pos), doc.text.rfind("\n", 0, pos))
    named = [
        (c.start, states[linking.fold_token(c.link.name)])
        for c in doc.cands
        if c.label == "LOC" and linking.fold_token(c.link.name) in states
    ]
    near = [s for at, s in named if sentence_start < at < pos + 200 and "\n" not in doc.text[pos:at]]
    if near:
        return near[0]
    town = _dateline_town(doc.text)
    if town is not None and town.casefold() in states:
        return states[town.casefold()]
    counts = Counter(s for _, s in named)
    top = counts.most_common(2)
    return top[0][0] if top and (len(top) == 1 or top[0][1] > top[1][1]) else None


_ENGLISH_ASSEMBLY = re.compile(r"\b[Ss]tate (?:[Ll]egislative )?[Aa]ssembly\b")
_ASSEMBLY_WORDS = ("Dewan Undangan Negeri", "DUN", "ssembly")  # one is in every match of the two above


def state_assembly_cands(doc: Doc) -> None:
    """ "Dewan Undangan Negeri" with no state after it, "the state assembly": the assembly of the
    story's state; "the Sabah State Legislative Assembly": Sabah's (the state is then no place of
    its own, being part of the name)."""
    if not screens.present(doc.text, _ASSEMBLY_WORDS):
        return
    found: list[tuple[re.Match[str], Cand | None]] = [(m, None) for m in _ASSEMBLY.finditer(doc.text)]
    for m in _ENGLISH_ASSEMBLY.finditer(doc.text):
        before = doc.ends.get(m.start() - 1)
        state = _states().get(linking.fold_token(before.link.name)) if before is not None else None
        found.append((m, before if state is not None else None))
    for m, state_cand in found:
        start = state_cand.start if state_cand is not None else m.start()
        if state_cand is not None:
            doc.reset([c for c in doc.cands if c is not state_cand])
        if not doc.free(start, m.end()):
            continue
        state = (
            _state_of(doc, m.start())
            if state_cand is None
            else _states()[linking.fold_token(state_cand.link.name)]
        )
        if state is None:
            continue
        name = f"Dewan Undangan Negeri {state}"
        link = lookup(name, "ORG") or Linked(name, "organization")
        doc.add(Cand(start, m.end(), doc.text[start : m.end()], "ORG", link, "rule"))


_BRACKETED = re.compile(r" \([A-Z][A-Za-z]{1,7}\)$")


def rehome(doc: Doc, country: str) -> None:
    """A known body named by an alias another country's body shares ("Election Commission (EC)"):
    the home country's body, as the gazetteer chooses for its own matches."""
    base = linking.kb()
    if base is None:
        return
    for c in doc.cands:
        if not c.link.known or c.link.type != "organization":
            continue
        surface = _BRACKETED.sub("", c.text)
        found = [e for e in base.lookup(surface) if e.type == "organization"]
        homes = {getattr(e, "home", None): e for e in found}
        shared = c.link.name in {e.name for e in found}  # not a foreign body chosen by context
        if shared and len(homes) > 1 and country in homes and homes[country].name != c.link.name:
            c.link = linking.as_linked(homes[country])
