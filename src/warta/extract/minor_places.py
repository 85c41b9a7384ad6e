"""Small towns, villages and districts the knowledge base does not hold ("dekat Tapah", "in Damansara").

Thousands of such names (GeoNames via `warta.knowledge.places`, and `minor_places_hand.txt`) include
ordinary words and given names, so one is read as a place only where the text puts a place: right
after "di", "dekat", "in", "near" ... as a whole capitalised run, or as the dateline ("TAPAH: ...").
"""

from __future__ import annotations

import re
from functools import cache

from warta.extract import heads, linking, screens
from warta.extract.linking import Cand, Doc, Linked
from warta.knowledge.places import minor_places

_PLACE_WORD = "di|ke|dekat|berhampiran|sekitar|menuju|in|near|at|outside|around"
_PLACE_WORDS = tuple(_PLACE_WORD.split("|"))
_AFTER = re.compile(
    rf"\b(?:{_PLACE_WORD})"  # "bagi Di Maria": no place word
    r" ([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3})"
)
_AFTER_SPACE = screens.spaces_after(_PLACE_WORDS)  # where `_AFTER` may match: a fast scan
_DATELINE = re.compile(r"(?m)^([A-Z][A-Z'’]+(?: [A-Z][A-Z'’]+){0,2})\s*(?::|\s[–-]\s)")


@cache
def names() -> frozenset[str]:
    """The place names read here: both lists, less the names the knowledge base knows."""
    out = set(minor_places()) | set(linking.word_list("minor_places_hand"))
    return frozenset(n for n in out if linking.lookup(n) is None)


def _add(doc: Doc, start: int, end: int, name: str) -> None:
    if doc.free(start, end):
        doc.add(Cand(start, end, doc.text[start:end], "LOC", Linked(name, "location"), "rule"))


def minor_place_cands(doc: Doc) -> None:
    """A listed place after a place word, when it is the whole capitalised run, or as the dateline."""
    known = names()
    for m in screens.word_led_finditer(_AFTER, _PLACE_WORDS, _AFTER_SPACE, doc.text):
        if m.group(1) in known:
            _add(doc, m.start(1), m.end(1), m.group(1))
    for m in _DATELINE.finditer(doc.text, 0, 800):
        town = " ".join(w.capitalize() for w in m.group(1).split())
        if town in known:
            _add(doc, m.start(1), m.end(1), town)


_LIST_HEADS = ("kecamatan ", "kabupaten ", "kelurahan ", "desa ", "distrik ", "mukim ")
_LISTED = re.compile(
    r"(?:,| dan| and| serta) ([A-Z][a-z][\w'’-]*(?: [A-Z][a-z][\w'’-]*){0,2})(?![\w'’-]| [A-Z(])"
)


def listed_place_cands(doc: Doc) -> None:
    """ "Kecamatan Sokaraja dan Kembaran", "Kecamatan A, B dan C": names listed after an admin place
    share its head word, unless the knowledge base knows one or one is an ordinary word. A list must
    end in "dan"/"serta"/"and": "Kecamatan Sokaraja, Banyumas" names the place it lies in."""
    for c in sorted(doc.cands, key=lambda x: x.start):
        folded = c.text.casefold() if c.label == "LOC" else ""
        head = (
            next((h for h in _LIST_HEADS if folded.startswith(h)), "")
            if folded.startswith(_LIST_HEADS)
            else ""
        )
        items, pos = [], c.end
        while head and (m := _LISTED.match(doc.text, pos)) is not None:
            if not (_plain_name(m.group(1)) or _headed_known(head, m.group(1))):
                break  # "Luwu Timur" in "Kabupaten Luwu, Luwu Timur, Wajo dan Bone" is one of them
            items.append(m)
            pos = m.end()
        while items and items[-1].group(0).startswith(","):
            items.pop()  # the last item must follow "dan": a trailing ", X" is the containing place
        for m in items:
            name = m.group(1)
            _add(doc, m.start(1), m.end(1), linking.place_name(head.title() + name) or name)


def _plain_name(name: str) -> bool:
    """Not a known name (the gazetteer reads those) and no ordinary word in it."""
    words = linking.word_set("stop_words") | linking.word_set("common_words")
    return linking.lookup(name) is None and not any(w.casefold() in words for w in name.split())


def _headed_known(head: str, name: str) -> bool:
    """A known name that the list's head word makes a known place of its own ("Kabupaten Luwu Timur")."""
    headed = linking.place_name(head.title() + name)
    return headed is not None and linking.lookup(headed, "LOC") is not None


_CITY_WORDS = ("kota ", "city of ", "bandar ")


def bare_city_as_regency(cands: list[Cand]) -> list[Cand]:
    """ "Banjir Terjang Pekalongan" in a story about "Kabupaten Pekalongan": the bare name is the
    regency the story is about, not the city of that name, unless the text writes "Kota X" too."""
    regencies = {
        c.link.name: c.link for c in cands if c.link.type == "location" and c.link.name.endswith(" Regency")
    }
    cities = {c.link.name for c in cands if c.text.casefold().startswith(_CITY_WORDS)}
    for c in cands:
        regency = regencies.get(f"{c.link.name} Regency")
        if regency is not None and c.link.type == "location" and c.link.name not in cities:
            c.link = regency
    return cands


_ENGLISH_REGENCY = re.compile(r"\b((?:[A-Z][\w'’-]* ){1,3})(?:(regency)|Regent\b)")
_REGENCY_WORD = re.compile("regency|Regent")  # in every match, after name words only


def english_regency_cands(doc: Doc) -> None:
    """English "East Flores regency" / "East Flores Regent ...": the known "<Name> Regency", read before
    the gazetteer can split off "Flores" (the word "regent" is a title, so not part of the mention)."""
    if not screens.present(doc.text, ("regency", "Regent")):
        return
    for m in screens.anchored_finditer(_ENGLISH_REGENCY, _REGENCY_WORD, doc.text):
        words = m.group(1).split()
        for i in range(len(words)):
            name = " ".join(words[i:])
            found = linking.lookup(f"{name} Regency", "LOC")
            if found is None or found.type != "location":
                continue
            start = m.start(1) + sum(len(w) + 1 for w in words[:i])
            end = m.end(2) if m.group(2) else start + len(name)
            if doc.free(start, end):
                doc.add(Cand(start, end, doc.text[start:end], "LOC", found, "rule"))
            break


_SECTION = re.compile(
    r"\b(?:di|ke|dekat|berhampiran|sekitar|in|at|near)"
    r" ((?:Seksyen|Presint) \d{1,2}[A-Z]?\b|(?:Section|Precinct) \d{1,2}[A-Z]?(?=, [A-Z]))"  # not "in Section 5 of"
)


def township_section_cands(doc: Doc) -> None:
    """ "di Seksyen 13", "in Precinct 9": a numbered township section (Shah Alam, Putrajaya) after a
    place word is a place, named as written."""
    if not screens.present(doc.text, ("Seksyen", "Presint", "Section", "Precinct")):
        return
    for m in _SECTION.finditer(doc.text):
        _add(doc, m.start(1), m.end(1), m.group(1))


_ENGLISH_SITE = re.compile(
    r"\bthe ([A-Z][a-z][\w'’-]*(?: [A-Z][a-z][\w'’-]*)?) (?:village|hamlet|shelter|evacuation (?:center|centre|camp)"
    r"|sports hall|relief centre|relief center)s?\b"
)


# "the Kuala Lumpur Sports City complex": a capitalised run before a lower-case "complex" is its name
_ENGLISH_COMPLEX = re.compile(r"\bthe ((?:[A-Z][a-z][\w'’-]* ){1,4}[A-Z][a-z][\w'’-]*) complex\b")
# one is in every match of the two above
_SITE_WORDS = ("village", "hamlet", "shelter", "evacuation", "sports hall", "relief cent", "complex")
# in every match of `_ENGLISH_SITE` (of `_ENGLISH_COMPLEX`), with only name words before it
_SITE_WORD = re.compile("village|hamlet|shelter|evacuation|sports hall|relief cent")
_COMPLEX_WORD = re.compile("complex")


def english_site_cands(doc: Doc) -> None:
    """ "the Konga shelter", "the Boru village": in English, a name before a lower-case settlement or
    shelter noun is the place (named as written); a known name keeps its own reading."""
    if not screens.present(doc.text, _SITE_WORDS):
        return
    site = screens.anchored_finditer(_ENGLISH_SITE, _SITE_WORD, doc.text)
    for m in [*site, *screens.anchored_finditer(_ENGLISH_COMPLEX, _COMPLEX_WORD, doc.text)]:
        name = m.group(1)
        if linking.lookup(name) is None and not any(heads.common(w) for w in name.split()):
            _add(doc, m.start(1), m.end(1), name)


_SHARED_HEAD = re.compile(r"\b([A-Z][a-z]+) and ([A-Z][a-z]+) (seas|rivers)\b")
_HEAD_NAME = {"seas": "Sea", "rivers": "River"}
_SHARED_HEAD_WORDS = (" seas", " rivers")


def shared_head_cands(doc: Doc) -> None:
    """ "the Sulu and Celebes seas": two places sharing one plural head, each the known "<Name> Sea"."""
    if not (" and " in doc.text and screens.present(doc.text, _SHARED_HEAD_WORDS)):
        return  # every match holds " and " and one of the heads: the whole-text regex finds nothing
    for m in _SHARED_HEAD.finditer(doc.text):
        head = _HEAD_NAME[m.group(3)]
        for start, end, name in ((m.start(1), m.end(1), m.group(1)), (m.start(2), m.end(3), m.group(2))):
            found = linking.lookup(f"{name} {head}", "LOC")
            if found is not None and found.type == "location" and doc.free(start, end):
                doc.add(Cand(start, end, doc.text[start:end], "LOC", found, "rule"))


_BASED = re.compile(r"(?<![\w-])([A-Z][\w'’]*(?: [A-Z][\w'’]*){0,2})-based(?= [a-z])")
_BASED_WORD = re.compile("-based")  # in every match, after words and spaces only: the search anchor


def based_place_cands(doc: Doc) -> None:
    """ "a Kuala Lumpur-based analyst": the known place someone is based in is named (the hyphen hides
    it from the gazetteer); the longest known ending of the words before "-based" wins. Before a
    capitalised name ("Singapore-based ASEAN ... Centre") the rules read the body's name whole."""
    if "-based" not in doc.text:
        return
    for m in screens.anchored_finditer(_BASED, _BASED_WORD, doc.text):
        words = m.group(1).split()
        for k in range(len(words)):
            name = " ".join(words[k:])
            found = linking.lookup(name, "LOC")
            if found is not None and found.type == "location":
                start = m.end(1) - len(name)
                if doc.free(start, m.end(1)):
                    doc.add(Cand(start, m.end(1), name, "LOC", found, "rule"))
                break
