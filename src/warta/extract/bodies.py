"""Names fixed by the words around them before the gazetteer runs.

A body whose name holds a place ("Kepolisian Resor Jayawijaya", "Melaka Sentral Sdn Bhd") is one
organisation, and the constituency after "Ahli Parlimen" is one place, even when a known word
("Jayawijaya", "Padang") sits inside: claiming these spans first keeps the gazetteer from
splitting them.
"""

from __future__ import annotations

from warta.extract import linking
from warta.extract.heads import WORD_SPACE, common_cut, skip_space, trim
from warta.extract.linking import Cand, Doc, Linked, lookup
from warta.extract.names import RUN, segments, title_at


def local_body_cands(doc: Doc) -> None:
    """A body named with a place or another known name inside ("Kepolisian Resor Jayawijaya"): one body.

    Run before the gazetteer; a run the knowledge base knows as a whole is left to it.
    """
    head = linking.phrase_regex("org_heads_local")
    tail = linking.phrase_regex("org_tails")
    for m in RUN.finditer(doc.text):
        words = list(WORD_SPACE.finditer(doc.text, m.start(), m.end()))
        starts = [w.start() for w in words if head.match(doc.text, w.start())]
        t = tail.search(doc.text, m.start(), m.end())
        if starts:
            start = starts[0]
        elif t and t.end() == m.end() and len(words) >= 3:
            start = m.start()  # "Melaka Sentral Sdn Bhd"
            while (hit := title_at(doc.text, start, m.end())) is not None:
                start = hit[0]  # "Pengerusi Melaka Sentral Sdn Bhd"
        else:
            continue
        end = _org_end(doc.text, start, m.end())
        surface = doc.text[start:end]
        if len(surface.split()) < 2 or not doc.free(start, end) or _known_prefix(surface):
            continue  # the knowledge base knows it, or its start ("Bank Mandiri" + a person's name)
        doc.add(Cand(start, end, surface, "ORG", Linked(surface, "organization"), "rule"))


def _known_prefix(surface: str) -> bool:
    """The whole name or a start of it is a body the knowledge base knows."""
    words = surface.split()
    for n in range(len(words), 1, -1):
        known = lookup(" ".join(words[:n]))
        if known is not None and (n == len(words) or known.type == "organization"):
            return True
    return False


def _org_end(text: str, start: int, end: int) -> int:
    """A body's name stops before a title, honorific or place head ("... Jayawijaya AKBP Tonny").

    Royal titles inside names ("Universiti Pendidikan Sultan Idris") do not stop it.
    """
    for w in WORD_SPACE.finditer(text, start, end):
        if w.start() == start or w.group(0).strip().casefold() in linking.word_set("name_titles"):
            continue
        if title_at(text, w.start(), end) or linking.place_name(text[w.start() : end]):
            return trim(text, start, w.start())[1]
    return end


def seat_cands(doc: Doc) -> None:
    """The constituency after "Ahli Parlimen" ("Ahli Parlimen Padang Rengas, Datuk Seri ..."): a place.

    Run before the gazetteer so a known word inside it ("Padang") does not split it.
    """
    for m in linking.phrase_regex("seat_titles").finditer(doc.text):
        run = RUN.match(doc.text, skip_space(doc.text, m.end(), len(doc.text)))
        if run is None or doc.text[m.end() : run.start()].strip():
            continue
        segs = segments(doc.text, run.start(), run.end())
        if not segs or segs[0][2] != "":
            continue
        start, end = segs[0][0], common_cut(doc.text, segs[0][0], segs[0][1])
        surface = doc.text[start:end]
        known = lookup(surface)
        if known is not None and known.type != "location":
            continue  # "Ahli Parlimen Umno": the party
        if surface.isupper() or doc.text[end : end + 2] == " (":
            continue  # "Ahli Parlimen BN", "Ahli Parlimen Barisan Nasional (BN)": a party, not a seat
        first = surface.split()[0] if surface.split() else ""
        if doc.free(start, end) and first and first.casefold() not in linking.word_set("stop_words"):
            link = known or Linked(linking.english_place(surface), "location")
            doc.add(Cand(start, end, surface, "LOC", link, "rule"))
