"""An Indonesian police resort written in English: "the Ternate Police headquarters", "Sukabumi
Police said" -> the knowledge base's "Kepolisian Resor ..." of that city or regency (provincial
forces, "North Maluku Police", are aliases of their Polda already)."""

from __future__ import annotations

import re

from warta.extract.linking import Cand, Doc, lookup

_HEADS = ("Polres", "Polresta", "Polrestabes")
_POLICE = re.compile(r"(?<![\w-])((?:[A-Z][\w'’-]*\s+){1,3})Police\b")


def english_resort_cands(doc: Doc) -> None:
    if "Police" not in doc.text:  # a literal screen before the whole-text pattern
        return
    for m in _POLICE.finditer(doc.text):
        words = m.group(1).split()
        for k in range(len(words), 0, -1):  # the longest place name before "Police"
            place = " ".join(words[-k:])
            link = next((x for h in _HEADS if (x := lookup(f"{h} {place}", "ORG")) is not None), None)
            if link is None or link.type != "organization":
                continue
            start = m.end(1) - len(place) - 1
            if doc.free(start, m.end()):
                doc.add(Cand(start, m.end(), doc.text[start : m.end()], "ORG", link, "rule"))
            break
