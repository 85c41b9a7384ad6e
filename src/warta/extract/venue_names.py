"""English venue names joined by "and": "Radisson Golf and Convention Center", "Sands Expo and
Convention Centre". The name runs are split at the lower-case "and"; the venue word at the end
("Convention Center") makes the whole a single place."""

from __future__ import annotations

import re

from warta.extract.linking import Cand, Doc, Linked

_VENUE = re.compile(
    r"(?<![\w-])(?:The\s+)?((?:[A-Z][\w'’&.-]*\s+){1,4}(?:and|&)\s+(?:[A-Z][\w'’-]*\s+){0,2}"
    r"(?:Convention|Exhibition|Conference|Expo|Trade)\s+(?:Center|Centre|Hall))(?![\w-])"
)


def joined_venue_cands(doc: Doc) -> None:
    if "Cent" not in doc.text and "Hall" not in doc.text:  # a literal screen: the pattern ends in one
        return
    for m in _VENUE.finditer(doc.text):
        start, end = m.span(1)
        if doc.free(start, end):
            surface = doc.text[start:end]
            doc.add(Cand(start, end, surface, "LOC", Linked(surface, "location"), "rule"))
