"""A company named once with its legal form and then without it is one body.

"Ekspres Permata Utara Sdn Bhd ... the management of Ekspres Permata Utara": the short form is a
mention of the company, so that meetings, quotes and figures find it there.
"""

from __future__ import annotations

import re

from warta.extract.linking import Cand, Doc, Linked

# the legal form around a company's name (Indonesian PT/CV/Tbk, Malaysian Sdn Bhd/Berhad)
_LEGAL = re.compile(r"^(?:PT|CV)\.? (?=\S)|,? (?:Sdn\.? Bhd\.?|Berhad|Bhd\.?|Tbk\.?)$")


def short_form_cands(doc: Doc) -> None:
    """Mentions of each company's name without its legal form, where nothing else claimed them."""
    forms: dict[str, Linked] = {}
    for c in doc.cands:
        if c.link.type != "organization":
            continue
        short = _LEGAL.sub("", c.text)
        if short != c.text and len(short.split()) >= 2:  # one word ("Maju") is too common
            forms.setdefault(short, c.link)
    for c in doc.cands:  # the name rules read the short form as a body of its own
        if c.link.type == "organization" and not c.link.known and c.text in forms:
            c.link = forms[c.text]
    for short, link in forms.items():
        # a whole name: not the start of a longer capitalised name ("Ekspres Permata Utara Holdings")
        for m in re.finditer(rf"(?<![\w-]){re.escape(short)}(?![\w-]| [A-Z])", doc.text):
            if doc.free(m.start(), m.end()):
                doc.add(Cand(m.start(), m.end(), short, "ORG", link, "coref"))
