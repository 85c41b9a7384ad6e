"""Mentions grouped into entities: one per canonical name, typed by the mentions' votes."""

from __future__ import annotations

import re
from operator import itemgetter
from typing import Any

from warta.extract import linking
from warta.extract.linking import Cand
from warta.model import Entity, Mention

# Legal forms around an Indonesian company's name: "PT Borneo Bara Lestari Tbk" is "Borneo Bara Lestari",
# as the knowledge base and Wikipedia name companies.
_LEGAL_FORM = re.compile(r"^(?:PT|CV)\.? (?=\S)|,? (?:Tbk\.?|\(Persero\)(?: Tbk\.?)?)$")


def _company_name(name: str) -> str:
    return _LEGAL_FORM.sub("", name) or name


def group(cands: list[Cand]) -> list[Entity]:
    by_name: dict[str, Entity] = {}
    votes: dict[str, dict[str, int]] = {}
    for c in sorted(cands, key=lambda x: x.start):
        name = c.link.name if c.link.known or c.link.type != "organization" else _company_name(c.link.name)
        key = linking.fold_token(name)
        ent = by_name.get(key)
        if ent is None:
            typ: Any = c.link.type
            ent = by_name[key] = Entity(name, typ, c.link.qid)
            votes[key] = {}
        vote = votes[key]
        vote[c.link.type] = vote.get(c.link.type, 0) + (3 if c.link.known else 1)
        ent.mentions.append(Mention(c.start, c.end, c.text, c.label))
    for key, ent in by_name.items():
        # the first type with the most votes, as `Counter.most_common(1)` picks it
        best: Any = max(votes[key].items(), key=itemgetter(1))[0]
        ent.type = best
    return list(by_name.values())
