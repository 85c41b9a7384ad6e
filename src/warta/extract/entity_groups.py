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
    # "BSR" already read as "PT Bukit Segara Resort (BSR)": "PT BSR" is that company too
    acronyms = {c.text: c.link.name for c in cands if c.text.isupper() and c.link.name != c.text}
    for c in sorted(cands, key=lambda x: x.start):
        name = c.link.name if c.link.known or c.link.type != "organization" else _company_name(c.link.name)
        if not c.link.known and name.isupper():
            name = _company_name(acronyms.get(name, name))
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
    return _join_facilities(list(by_name.values()))


def _join_facilities(entities: list[Entity]) -> list[Entity]:
    """One facility written with and without its head word or its owner's acronym ("RSUD Mandala Sakti"
    and "Mandala Sakti", "Gedung Merah Putih KPK" and "Gedung Merah Putih"): one place, the longer name."""
    places = [e for e in entities if e.type == "location" and e.qid is None]
    if len(places) < 2:
        return entities
    heads = linking.loc_heads()
    gone: set[int] = set()
    for short in places:
        if linking.lookup(short.name, "LOC") is not None:
            continue  # "Tapah" beside "Hospital Tapah": the town, and the hospital named after it
        words = short.name.split()
        for long in places:
            extra = long.name.split()
            if long is short or id(long) in gone or len(extra) != len(words) + 1:
                continue
            head = extra[:-1] == words and extra[-1].isupper()  # "... KPK": the owner's acronym
            headed = extra[1:] == words and extra[0].casefold() in heads and len(words) > 1  # not "Tapah"
            if headed or head:
                long.mentions = sorted(long.mentions + short.mentions, key=lambda m: m.start)
                gone.add(id(short))
                break
    return [e for e in entities if id(e) not in gone]
