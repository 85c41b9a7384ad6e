"""A given name after a familiar form of address is the person of that given name: "Kang Dedi" after
"Dedi Mulyadi", "Bang Ahmad" after "Ahmad Sahroni". Only when exactly one person named in full in
the article has that given name, so a Korean "Kang" surname is left alone."""

from __future__ import annotations

from warta.extract import linking
from warta.extract.linking import Doc


def join_address_forms(doc: Doc) -> None:
    words = linking.word_set("forms_of_address")
    full = [c for c in doc.cands if c.link.type == "person" and len(c.link.name.split()) > 1]
    for c in doc.cands:
        parts = c.link.name.split()
        if c.link.type != "person" or c.link.known or len(parts) != 2 or parts[0].casefold() not in words:
            continue
        given = parts[1].casefold()
        owners = {
            p.link.name: p.link
            for p in full
            if p.link.name != c.link.name and p.link.name.split()[0].casefold() == given
        }
        if len(owners) == 1:
            c.link = next(iter(owners.values()))
