"""Line shapes that need case or a lookup, so they cannot live in `boilerplate.tsv`'s
case-insensitive patterns: bylines without a colon, e-mail lines, caption credits, outlet lines.

    Oleh Siti Aminah - Mac 3, 2025 @ 9:00am      By JOHN TAN            Tim Redaksi - Harian Kita
    Rina Sari (The Jakarta Post)                  bilik.berita@akhbar.my
    ... di Jakarta, Senin (3/3/2025). KOMPAS.com/NAMA WARTAWAN      ... (Antara/Nama Fotografer)
"""

from __future__ import annotations

import re
from functools import cache

from warta.calendar import find_date
from warta.clean.rules import credit_names, desk_words, outlet_names

# A name word: capitalised, an initial, or a particle inside Malay/Arab/Dutch names.
_TOK = r"(?:[A-Z][\w'’.-]*|bin|binti|bt|bte|al|a/l|a/p|van|der|de|el|d')"
_NAME = rf"[A-Z][\w'’.-]*(?:\s+{_TOK}){{0,5}}"
_BYLINE = re.compile(
    rf"^(?:Oleh|OLEH|By|BY|by|Reported\s+by|Written\s+by|Laporan\s+(?:wartawan|reporter|koresponden)\s+\S+)"
    rf"\s+(?P<names>{_NAME}(?:\s*(?:,|&|\band\b|\bdan\b)\s*{_NAME})*)(?:\s*[-–—|]\s*(?P<tail>.+))?$"
)
# Kompas' "Penulis Nama | Editor Nama" carries no colon
_STAFF = re.compile(
    rf"^(?:Penulis|Editor|Reporter|Pewarta|Penyunting|Kontributor)\s+(?:Kontributor\s+{_NAME},\s*)?{_NAME}"
    rf"(?:\s*\|\s*(?:Editor|Penyunting)\s+{_NAME})?$"
)  # "Penulis Kontributor Medan, Nama | Editor Nama": a regional contributor, then the name
# "Nama Satu | Nama Dua": two or three reporters' names (2-4 name words each) split by bars, nothing else
_NAME_WORD = r"(?:[A-Z][A-Za-z'’.-]*|bin|binti|bt|a/l|a/p)"
_BAR_NAME = re.compile(rf"^{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}}$")
_EMAILS = re.compile(r"^(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+[\s,;/|]*)+$")
_NAME_OUTLET = re.compile(rf"^{_NAME}\s*\((?P<outlet>[^()]{{2,40}})\)$")
_WORDS_OUTLET = re.compile(r"^(?P<words>[\w.'’ ]{2,40}?)\s+[-–—|]\s+(?P<outlet>[\w.'’! ]{2,40})$")
_OUTLET_STAFF = re.compile(
    r"^(?:(?:Tim|Team)\s+(?P<a>\S+(?:\s+\S+)?)|(?P<b>.+?)\s+(?:Reporters?|Team|Staff|Desk))$"
)
# "... (12/6/2025). KOMPAS.com/NAME", "... ANTARA FOTO/Name/abc.", "... - Foto Sinar Harian/NAME"
_CREDIT_TAIL = re.compile(
    r"(?:[.)]\s+(?:[-–—]\s*)?(?:(?P<photo>Foto|FOTO|Gambar|Photo)\s+)?|\s[-–—]\s*(?P<photo2>Foto|FOTO|Gambar|Photo)\s+)"
    r"(?:/\s*)?(?P<src>[A-Z][\w.&]*(?:\s+[A-Z][\w.&]*){0,2})\s*/\s*"
    r"(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4})(?:\s*/\s*[a-z]{2,5})?\s*\.?$"
)  # the name may run to five words ("KOMPAS.com/NI LUH PUTU AYU SEKARINI")
# "... on Feb. 13, 2025. (Antara/Name Surname)"; "... pagi (ANTARA/Name)" (no stop: outlet only)
_CREDIT_PAREN = re.compile(
    r"(?P<stop>[.!?]\s*|\s)\((?P<src>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2})\s*/\s*"
    r"(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})(?:\s*/\s*[a-z]{2,5})?\)\s*\.?$"
)
# "Ilustrasi judi online. (SHUTTERSTOCK)": a short caption whose credit is one upper-case source
_CREDIT_CAPS = re.compile(r"^(?!.*[\"“”]).{3,160}[.!?]\s*\((?P<src>[A-Z][A-Z0-9.&!' -]{2,30})\)\s*$")
# "United front: Leaders posing after the meeting. — Bernama": The Star's labelled caption and its credit
_LABELLED_CREDIT = re.compile(
    r"^[A-Z][a-z]+(?: [a-z]+){0,3}: [^\"“”]{10,300}\s[-–—]{1,2}\s*(?P<src>[A-Z][\w.!' ]{1,30})$"
)
# "Liputan6.com, Jakarta": the outlet's web address and its desk city, a page label
_SITE_PLACE = re.compile(
    r"^(?P<site>[\w-]+\.(?:com|co\.id|id|my|com\.my|net))\s*,\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?$"
)
# A credit on its own line under a photo: "(ANTARA/HO-Humas Polda)", "(ANTARA FOTO/Nama)"
_CREDIT_ALONE = re.compile(
    r"^\((?P<src>[A-Z][\w.&]*(?:\s+[A-Z][\w.&]*){0,2})\s*/\s*(?P<name>[A-Z][^()]{0,60})\)\s*\.?$"
)
_QUOTE_MARKS = re.compile(r"[\"“”]")
_CREDIT_SPLIT = re.compile(r"\s*(?:[,/&]|\band\b|\bdan\b)\s*", re.I)
# "Kosmo! Online", "Reuters Graphics", "AFP Photo": an outlet or agency and its desk
_ONLINE = re.compile(r"\s+(?:online|graphics|pictures|photos?|foto|video|tv)$", re.I)
_BRAND = re.compile(r"[a-z]{3,}[A-Z][A-Za-z]{2,}")
_NAME_STRIP = " -–—()[]|.:"  # what `is_outlet_name` strips off a name's ends


def is_outlet_name(text: str) -> bool:
    folded = text.strip(_NAME_STRIP).casefold()
    return folded in outlet_names() or folded in credit_names()


def credit_names_only(text: str) -> bool:
    """ "Kosmo! Online", "AFP, Reuters", "Bernama/Agensi": known outlets or agencies and nothing else."""
    text = text.strip(" -–—()[]|.")
    if _more_words_than_credits(text):  # a sentence: no need to split it
        return False
    parts = _CREDIT_SPLIT.split(text, maxsplit=3)  # a 4th part already says no
    return len(parts) <= 3 and all(is_outlet_name(_ONLINE.sub("", p)) for p in parts)


@cache
def _max_credit_words() -> int:
    """Words (with a character `is_outlet_name` keeps) in three names, each with an "Online"-like
    word, and two separators standing alone ("and", ","): no credit line holds more."""
    longest = max((len(n.split()) for n in outlet_names() | credit_names()), default=0)
    return 3 * (longest + 1) + 2


def _more_words_than_credits(text: str) -> bool:
    limit = _max_credit_words()
    words = text.split()
    if len(words) <= limit:
        return False
    count = 0
    for word in words:
        if word.strip(_NAME_STRIP):
            count += 1
            if count > limit:
                return True
    return False


def byline_shape(line: str) -> bool:
    """A byline or reporter line that has no 'Penulis:'-style label."""
    m = _BYLINE.match(line)
    if m:
        tail = m.group("tail")
        return tail is None or _byline_tail(tail)
    if _EMAILS.match(line) or _STAFF.match(line) or _names_split_by_bars(line):
        return True
    m = _NAME_OUTLET.match(line)
    if m and is_outlet_name(m.group("outlet")):
        return True
    m = _WORDS_OUTLET.match(line)
    if m and len(m.group("words").split()) <= 4 and _outlet_like(m.group("outlet")):
        return m.group("words").istitle() or is_outlet_name(m.group("outlet"))
    if len(line.split(None, 4)) > 4:  # before the regex: its lazy `.+?` is slow on a long line
        return False
    m = _OUTLET_STAFF.match(line)
    return bool(m and is_outlet_name(m.group("a") or m.group("b") or ""))


def _names_split_by_bars(line: str) -> bool:
    """'Nama Satu | Nama Dua', then optionally an outlet or a date: two or three names, nothing else."""
    parts = [p.strip() for p in line.split("|")]
    while len(parts) > 2 and (is_outlet_name(parts[-1]) or find_date(parts[-1])):
        parts = parts[:-1]
    return 2 <= len(parts) <= 3 and all(_BAR_NAME.match(p) for p in parts)


def _outlet_like(text: str) -> bool:
    # a known outlet, or a brand glued to its regional desk: "detikJateng", "tribunJatim"
    return is_outlet_name(text) or bool(_BRAND.fullmatch(text.strip()))


def _byline_tail(tail: str) -> bool:
    # after "Oleh NAME -": a date, an e-mail, an outlet, or a short place name
    tail = tail.strip()
    if find_date(tail) or _EMAILS.match(tail) or is_outlet_name(tail):
        return True
    words = tail.split()
    return len(words) <= 3 and all(w[:1].isupper() for w in words)


def site_label(line: str) -> bool:
    """ "Liputan6.com, Jakarta" alone on a line: the outlet's address and desk (its dateline opens
    the body paragraph and stays body)."""
    m = _SITE_PLACE.match(line.strip())
    return bool(m and is_outlet_name(m.group("site")))


def caption_credit(line: str) -> bool:
    """A photo caption that ends in its credit: '<OUTLET or agency>/<PHOTOGRAPHER>'."""
    labelled = _LABELLED_CREDIT.match(line)
    if labelled and is_outlet_name(labelled.group("src")):
        return True
    # _CREDIT_CAPS ends in ")" and blanks: other lines skip its backtracking scan
    caps = _CREDIT_CAPS.match(line) if line.rstrip().endswith(")") else None
    if caps and len(line.split()) <= 20 and is_outlet_name(caps.group("src")):
        return True
    alone = _CREDIT_ALONE.match(line)
    if alone:  # the credit without its caption: a known agency or outlet first
        return is_outlet_name(alone.group("src")) or is_outlet_name(alone.group("src").split()[0])
    if len(line.split(None, 4)) < 5 or _QUOTE_MARKS.search(line):  # under five words
        return False
    # both credit patterns need the "/" between source and name: most lines skip the searches
    m = "/" in line and (_CREDIT_TAIL.search(line) or _CREDIT_PAREN.search(line))
    if not m:
        return False
    if m.groupdict().get("photo") or m.groupdict().get("photo2"):
        return True
    src = m.group("src")
    first = src.split()[0]
    if src.split()[-1].casefold() in ("photo", "foto", "photos", "pictures"):
        return True  # "(B-Universe Photo/Name)": a photo desk's credit
    if m.groupdict().get("stop", ".").isspace():  # no full stop before "(": a known agency/outlet only
        return is_outlet_name(src) or is_outlet_name(first)
    return is_outlet_name(src) or is_outlet_name(first) or first.isupper() or "." in first


# "TRIBUNKALTIM.CO/RAHMAT HIDAYAT": a site, then a photographer in capitals
BARE_CREDIT = re.compile(r"^[A-Z][\w.&-]*\s*/\s*[A-Z][A-Z'’. -]{2,40}$")
STOP_END = re.compile(r"[.!?…;]\s*$")
QUOTE = re.compile(r"[\"“”]")


def bare_photo_credit(line: str) -> bool:
    """Tribun's photo credit on its own line: a site (a domain or a known outlet), then a photographer
    of two words or more in capitals."""
    if not BARE_CREDIT.match(line):
        return False
    src, _, name = line.partition("/")
    return len(name.split()) >= 2 and ("." in src or is_outlet_name(src.strip()))


def credit_caption(line: str) -> bool:
    """The caption sentence under a bare photo credit: "Petugas mengevakuasi warga ..., Minggu (15/11/2026)."."""
    return STOP_END.search(line) is not None and len(line.split()) <= 50 and not QUOTE.search(line)


LABEL_END = re.compile(r"[.!?…:;\"”’)]\s*$")


def short_label(line: str) -> bool:
    """A one/two-word section label above the headline ("detikJateng", "Berita"): no final stop, no comma."""
    return len(line.split()) <= 2 and not LABEL_END.search(line) and "," not in line


def desk_label(label: str, head: str, below: str) -> bool:
    """A three-word desk name ("Sepak Bola Indonesia") as the first line: desk words only, over a long
    headline (six words or more, no final stop) with the date stamp under it (`below` is that line's
    reason), so that a short headline over its subtitle stays."""
    words = label.split()
    if len(words) != 3 or not all(w[:1].isupper() and w.casefold() in desk_words() for w in words):
        return False
    head = head.strip()
    headline = len(head.split()) >= 6 and not re.search(r"[.;]\s*$", head) and head[:1].isupper()
    return headline and below in ("dateline", "publication")
