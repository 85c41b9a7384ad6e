"""A nickname in quotation marks inside a person's name: 'Rolando "Dodong" Caasi', 'Rodolfo "Rudy"
Dimaculangan'. The marks cut the capitalised run in two; the person is the name without the nickname."""

from __future__ import annotations

import re

from warta.extract import heads, linking
from warta.extract.linking import Cand, Doc, Linked

_WORD = r"[A-Z][a-z'’-]+"
_NAMED = re.compile(
    rf"(?<![\w\"“.-])((?:{_WORD}\s+){{1,2}})[\"“]{_WORD}[\"”]\s+({_WORD}(?:\s+(?:{_WORD}|I{{1,3}}|IV|Jr\.?))?)"
    r"(?![\w-])"
)


# what every match holds, found fast from its opening mark: a quoted capitalised word before a name
_SCREEN = re.compile(rf"[\"“]{_WORD}[\"”]\s+[A-Z]")


def _plain_name_words(words: list[str]) -> bool:
    """No ordinary word, title or honorific among the given names ("Governor", "Mr")."""
    honorific, title = linking.phrase_regex("honorifics"), linking.title_regex()
    return not any(heads.common(w) or honorific.fullmatch(w) or title.fullmatch(w) for w in words)


def nickname_name_cands(doc: Doc) -> None:
    if _SCREEN.search(doc.text) is None:
        return
    for m in _NAMED.finditer(doc.text):
        given = m.group(1).split()
        if not _plain_name_words(given + m.group(2).split()[:1]):
            continue
        start, end = m.start(1), m.end(2)
        if not doc.free(start, end):
            continue
        name = " ".join(given + m.group(2).split())
        found = linking.lookup(name, "PER")
        link = found if found is not None and found.type == "person" else Linked(name, "person")
        doc.add(Cand(start, end, doc.text[start:end], "PER", link, "rule"))
