"""Names fixed before the gazetteer: a body spelt out around its acronym, courts and numbered
schools with their town.

"Kepolisian Daerah (Polda) Metro Jaya" and "Meteorology, Climatology and Geophysics Agency (BMKG)"
are one body each: the words around the bracket are its name, not bodies or places of their own.
"Mahkamah Majistret Shah Alam" is one court even though "Majistret" is also a person's title.
"""

from __future__ import annotations

import re
from functools import cache

from warta.extract import linking, screens
from warta.extract.linking import Cand, Doc, Linked, lookup
from warta.model import Entity

_PAREN = re.compile(r" \(([A-Z][A-Za-z]{1,7}(?: [A-Z][a-z]+){0,2})\)")  # "(BMKG)", "(Wisma Putra)"
_CAP = re.compile(r"[A-Z][\w'’.-]*")
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_MAX_HEAD = 10


def _head(text: str, end: int) -> list[tuple[int, int]]:
    """The capitalised words ending at `end` ("Meteorology, Climatology and Geophysics Agency"),
    with lower-case connectors between them; leading stop words and titles are left out."""
    line_start = text.rfind("\n", 0, end) + 1
    words = [(m.start(), m.end()) for m in _WORD.finditer(text, max(line_start, end - 200), end)]
    connectors = linking.word_set("acronym_connectors")
    out: list[tuple[int, int]] = []
    for s, e in reversed(words):
        gap = text[e : out[-1][0]] if out else text[e:end]
        if gap not in (" ", ", ", "") or len(out) >= _MAX_HEAD:
            break
        word = text[s:e]
        if not word[0].isupper() and not (word in connectors and out):
            break
        if word.endswith("-based"):
            break  # "Singapore-based ASEAN Specialised Meteorological Centre": a place, then the name
        out.append((s, e))
    out.reverse()
    while out and (not text[out[0][0]].isupper() or _ordinary(text[out[0][0] : out[0][1]])):
        if text[out[0][0]].isupper() and _org(text[out[0][0] : out[-1][1]]) is not None:
            break  # "Pejabat Penyelarasan ... (OCHA)": the title-like word opens a known body's name
        out.pop(0)  # "The ...", "Ketua ...", "dan ...": not part of the name
    return out


def _ordinary(word: str) -> bool:
    folded = word.casefold()
    return folded in linking.word_set("stop_words") or bool(linking.title_regex().fullmatch(word))


def _tail(text: str, start: int) -> list[tuple[int, int]]:
    """Up to four capitalised words right after the bracket ("(Polda) Metro Jaya")."""
    out: list[tuple[int, int]] = []
    pos = start
    while len(out) < 4 and text[pos : pos + 1] == " ":
        m = _CAP.match(text, pos + 1)
        if m is None:
            break
        out.append((m.start(), m.end()))
        pos = m.end()
    return out


def _org(surface: str) -> Linked | None:
    found = lookup(surface, "ORG")
    return found if found is not None and found.type == "organization" else None


def _branch(text: str, tail: list[tuple[int, int]]) -> bool:
    """The words after the bracket open a branch office ("Kantor Wilayah Sulselbar")."""
    words = text[tail[0][0] : tail[-1][1]].casefold()
    return any(words.startswith(b + " ") for b in linking.word_list("branch_heads"))


def _regional(acr: str) -> Linked | None:
    """ "Riau Disaster Mitigation Agency (BPBD)": a regional body's acronym names the native body."""
    full = linking.pairs("regional_acronyms").get(acr.casefold()) if acr.isupper() else None
    return Linked(full, "organization") if full is not None else None


def _ambiguous(surface: str) -> bool:
    """A native name two countries' bodies share ("Kementerian Luar Negeri")."""
    base = linking.kb()
    return base is not None and len(base.lookup(surface, strict_case=True)) > 1


def _with_tail(
    text: str, acr: str, head: list[tuple[int, int]], tail: list[tuple[int, int]]
) -> tuple[int, int, Linked] | None:
    """ "(Polda) Metro Jaya": the acronym or the spelt-out head read with the words after it; the
    head before the bracket is then the acronym spelt out and belongs to the same mention."""
    for n in range(len(tail), 0, -1):
        rest = text[tail[0][0] : tail[n - 1][1]]
        forms = [f"{acr} {rest}"] + [f"{text[head[k][0] : head[-1][1]]} {rest}" for k in range(len(head))]
        for form in forms:
            found = _org(form)
            if found is not None:
                start = head[0][0] if head else tail[0][0] - len(acr) - 3
                return start, tail[n - 1][1], found
    return None


def _head_only(text: str, acr: Linked | None, head: list[tuple[int, int]]) -> tuple[int, Linked] | None:
    """The spelt-out name before the bracket: the longest known end of it, else (when the
    acronym is a known body and the last word is an organisation word) the whole run."""
    for k in range(len(head) - 1):  # at least two words: "Agency" alone is no name
        form = text[head[k][0] : head[-1][1]]
        found = _org(form)
        if found is None:
            continue
        if acr is None and k > 0:
            return None  # "Universiti Tenaga Nasional (Uniten)": a longer, unknown body holds the known one
        if acr is not None and found != acr and _ambiguous(form):
            return head[k][0], acr  # "Kementerian Luar Negeri (Wisma Putra)": the bracket says whose
        return head[k][0], found
    last = text[head[-1][0] : head[-1][1]].casefold() if head else ""
    if acr is not None and len(head) >= 2 and last in linking.word_set("org_tails"):
        return head[0][0], acr
    return None


def acronym_name_cands(doc: Doc) -> None:
    """A body spelt out around its bracketed acronym, claimed whole so that no piece of it is
    read as a body or a place of its own. A run that is not a known body is left to the rules."""
    text = doc.text
    for m in _PAREN.finditer(text):
        acr = m.group(1)
        head, tail = _head(text, m.start()), _tail(text, m.end())
        hit = _with_tail(text, acr, head, tail) if tail else None
        branch = tail and hit is None and head and _branch(text, tail)
        if hit is not None:
            start, end, link = hit
        elif branch and (found := _head_only(text, _org(acr) or _regional(acr), head)) is not None:
            (start, link), end = found, tail[-1][1]  # "(Perum Bulog) Kantor Wilayah Sulselbar": its branch
        elif tail:
            continue  # "(KPK) Firli Bahuri", "(BPBD) Kabupaten Garut": other rules read what follows
        else:
            found = _head_only(text, _org(acr) or _regional(acr), head) if head else None
            if found is None:
                continue
            (start, link), end = found, m.end()
        if doc.free(start, end):
            doc.add(Cand(start, end, text[start:end], "ORG", link, "rule"))


@cache
def _court_rx() -> re.Pattern[str]:
    heads = "|".join(re.escape(h) for h in sorted(linking.word_list("court_heads"), key=len, reverse=True))
    return re.compile(
        rf"\b({heads})(?: \([A-Z][A-Za-z]{{1,10}}\))?((?: [A-Z][\w'’-]*){{1,3}})"
    )  # "(Tipikor)" between


@cache
def _court_hint() -> re.Pattern[str]:
    """A court's head then a capital, as every match of `_court_rx` holds: literals first, a fast scan
    (the leading `\\b` of `_court_rx` makes Python try it at every position)."""
    heads = "|".join(re.escape(h) for h in sorted(linking.word_list("court_heads"), key=len, reverse=True))
    return re.compile(rf"(?:{heads}) [A-Z]")


def court_cands(doc: Doc) -> None:
    """ "Mahkamah Majistret Shah Alam", "Pengadilan Negeri Bandung": a court and the known place
    it sits in, one organisation by that name (or the knowledge base's name for it)."""
    if _court_hint().search(doc.text) is None:
        return  # no court named: skip the slower regex (its leading `\b` defeats the literal scan)
    for m in _court_rx().finditer(doc.text):
        words = m.group(2).split()
        for n in range(len(words), 0, -1):
            place = lookup(" ".join(words[:n]), "LOC")
            if place is None or place.type != "location":
                continue
            end = m.start(2) + len(" " + " ".join(words[:n]))
            surface = doc.text[m.start() : end]
            seat = " ".join(words[:n])
            link = _org(surface) or Linked(f"{_full_court(m.group(1))} {seat}", "organization")
            if doc.free(m.start(), end):
                doc.add(Cand(m.start(), end, surface, "ORG", link, "rule"))
            break


def _full_court(head: str) -> str:
    """ "Pengadilan Tipikor" -> "Pengadilan Tindak Pidana Korupsi": a shortened court head spelt out,
    when the knowledge base knows it under a longer name in the same language."""
    known = lookup(head, "ORG")
    first = head.split()[0]
    if known is not None and known.type == "organization" and known.name.split()[0] == first:
        return known.name
    return head


@cache
def _school_rx() -> re.Pattern[str]:
    heads = "|".join(re.escape(h) for h in sorted(linking.word_list("school_heads"), key=len, reverse=True))
    return re.compile(
        rf"\b(?:{heads}) (?:\d{{1,3}} ([A-Z][\w'’-]*)(?: ([A-Z][\w'’-]*))?|([A-Z][\w'’-]*) \d{{1,3}}\b)"
    )


@cache
def _school_hint() -> re.Pattern[str]:
    """A school's head then a digit, directly or after one name word, as every match of `_school_rx`
    holds (a fast scan)."""
    heads = "|".join(re.escape(h) for h in sorted(linking.word_list("school_heads"), key=len, reverse=True))
    return re.compile(rf"(?:{heads}) (?:[A-Z][\w'’-]* )?\d")


def school_cands(doc: Doc) -> None:
    """ "SD Negeri 1 Pandanarum", "SDN Mekarsari 1": a numbered school with its place, one location.
    A second capitalised word joins only when the two make a known place ("SMAN 2 Kota Bogor") or a
    place the text names again."""
    if _school_hint().search(doc.text) is None:
        return
    for m in _school_rx().finditer(doc.text):
        end = m.end(1) if m.group(1) else m.end()  # "SDN Mekarsari 1": the place, then the number
        pair = f"{m.group(1)} {m.group(2)}"
        # a known place, or one the text names again ("Kecamatan Tenggarong Seberang")
        if m.group(2) and (lookup(pair, "LOC") is not None or doc.text.count(pair) >= 2):
            end = m.end(2)
        surface = doc.text[m.start() : end]
        if doc.free(m.start(), end):
            doc.add(Cand(m.start(), end, surface, "LOC", Linked(surface, "location"), "rule"))


@cache
def _honoured_rx() -> re.Pattern[str]:
    heads = "|".join(
        re.escape(h) for h in sorted(linking.word_list("named_after_heads"), key=len, reverse=True)
    )
    return re.compile(
        rf"(?<![\w-])(?:{heads})(?: (?:[Dd]r\.?|[Hh]j?\.|Prof\.|K\.?H\.|Ir\.))+"  # "dr. H. Moh. Anwar": titles, then
        rf" ((?:[A-Z][a-z]{{1,3}}\. )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){{0,2}})"  # a name that may open abbreviated
    )


@cache
def _honoured_hint() -> re.Pattern[str]:
    """A facility head, a space and a title's first letter, as every match of `_honoured_rx` holds."""
    heads = "|".join(
        re.escape(h) for h in sorted(linking.word_list("named_after_heads"), key=len, reverse=True)
    )
    return re.compile(rf"(?:{heads}) (?:[DdHhKI]|Prof\.)")


def honoured_facility_cands(doc: Doc) -> None:
    """ "RSUD dr. Soekardjo": a facility named after an honoured person is one location, read whole
    (the NER model seldom calls a lone name after "dr." a person); a town right after the name
    belongs to it ("RSUD Hj. Anna Lasmanah Banjarnegara"), as with other local facilities."""
    if _honoured_hint().search(doc.text) is None:
        return
    for m in _honoured_rx().finditer(doc.text):
        end = m.end(1)
        surface = doc.text[m.start() : end]
        if doc.free(m.start(), end) and lookup(surface) is None and lookup(surface.replace(".", "")) is None:
            doc.add(Cand(m.start(), end, surface, "LOC", Linked(surface, "location"), "rule"))


# the heads an English body's name with a possessive ends on
_BODY_WORDS = (
    *("Association", "Union", "Council", "Society", "Federation", "Club", "Organisation"),
    *("Organization", "League", "Party", "Front", "Congress"),
)
_POSSESSIVE_BODY = re.compile(
    r"\b((?:[A-Z][\w-]* ){0,4}[A-Z][\w-]*(?:['’]s|s['’]) (?:[A-Z][\w-]* ){0,2}"
    rf"(?:{'|'.join(_BODY_WORDS)}))\b"
)


@cache
def _body_word() -> re.Pattern[str]:
    """A head `_POSSESSIVE_BODY` ends on: in every match, after name words and a possessive only."""
    return re.compile("|".join(_BODY_WORDS))


def possessive_body_cands(doc: Doc) -> None:
    """ "Penang Inshore Fishermen's Association", "Workers' Party": an English body whose name holds a
    possessive (which otherwise ends a name run) is one organisation, known or named as written."""
    if not (screens.present(doc.text, _BODY_WORDS) and screens.present(doc.text, ("'", "’"))):
        return
    for m in screens.anchored_finditer(_POSSESSIVE_BODY, _body_word(), doc.text):
        start = m.start(1) + (4 if m.group(1).startswith("The ") else 0)
        surface = doc.text[start : m.end(1)]
        owner = re.split(r"['’]", surface, maxsplit=1)[0]  # "Malaysia" of "Malaysia's Bar Council"
        if lookup(owner) is not None and lookup(surface, "ORG") is None:
            continue  # "Malaysia's Bar Council": a known owner, then its body; the other rules read it
        if doc.free(start, m.end(1)):
            link = lookup(surface, "ORG") or Linked(surface, "organization")
            doc.add(Cand(start, m.end(1), surface, "ORG", link, "rule"))


def merge_court_seats(entities: list[Entity]) -> list[Entity]:
    """ "Pengadilan Tindak Pidana Korupsi" and "... Jakarta Pusat" in one story: one court, named
    with its seat; the shorter name's mentions join the longer one."""
    heads = tuple(h.casefold() for h in linking.word_list("court_heads"))
    orgs = [e for e in entities if e.type == "organization"]
    gone: set[int] = set()
    for short in orgs:
        folded = short.name.casefold()
        if not folded.startswith(heads):
            continue
        longer = [e for e in orgs if e is not short and e.name.casefold().startswith(folded + " ")]
        if longer:
            target = max(longer, key=lambda e: len(e.name))
            target.mentions = sorted(target.mentions + short.mentions, key=lambda m: m.start)
            gone.add(id(short))
    return [e for e in entities if id(e) not in gone]
