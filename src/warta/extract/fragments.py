"""Pieces of longer names or of plain phrases read as entities, and dropped.

- Capitalised words inside an event's or an election's name ("Forum Bisnis Indonesia-Malaysia",
  "Pilihan Raya Negeri Ke-16", "Pemilihan Umum Presiden") are no body or person of their own; a
  known place inside stays (the guidelines count countries named attributively).
- English finance terms left capitalised in Indonesian or Malay text ("Fed Funds Rate", "Current
  Account Deficit") are terms, not bodies, places or persons.
- The outlet's own name in a closing credit ("– KOSMO! ONLINE") or in a follow/subscribe line is
  not an organisation, even when the line stays in the body.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from warta.extract import countries, linking, screens
from warta.extract.linking import Cand, Linked

_EVENT_WORD = re.compile(r"[A-Z0-9][\w'’.-]*")


@cache
def _event_head_rx() -> re.Pattern[str]:
    words = sorted(linking.word_list("event_heads"), key=len, reverse=True)
    body = "|".join(re.escape(w).replace(r"\ ", " ") for w in words)
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)


@cache
def _event_screen() -> re.Pattern[str]:
    return screens.capitalised(linking.word_list("event_heads"))


def event_spans(text: str) -> list[tuple[int, int, int]]:
    """(start, head end, end) of each capitalised event name opening with an event head word, where
    no capitalised word comes right before the head ("Komisi Pemilihan Umum" is a body)."""
    if _event_screen().search(text) is None:
        return []  # no event head written with a capital: the slow case-insensitive scan finds none
    return _event_spans(text)


def _event_spans(text: str) -> list[tuple[int, int, int]]:
    out: list[tuple[int, int, int]] = []
    for m in _event_head_rx().finditer(text):
        if not m.group(0)[:1].isupper() or _capital_before(text, m.start()):
            continue
        end = m.end()
        while (w := _EVENT_WORD.match(text, end + 1)) is not None and text[end : end + 1] == " ":
            end = w.end()
        end = end - 1 if text[end - 1 : end] == "." else end
        if end > m.end():
            out.append((m.start(), m.end(), end))
    return out


def _capital_before(text: str, start: int) -> bool:
    m = re.search(r"([A-Za-z][\w'’-]*) $", text[max(0, start - 40) : start])
    return m is not None and m.group(1)[:1].isupper()


def inside_event(spans: list[tuple[int, int, int]], c: Cand) -> bool:
    """A mention inside an event's name, unless a known place, a known one-word name ("KTT ASEAN")
    or a known name the event opens with."""
    for start, _head_end, end in spans:
        if start <= c.start and c.end <= end:
            kept = c.link.known and (c.link.type == "location" or c.start == start or " " not in c.text)
            return not kept
    return False


def places_inside(c: Cand) -> list[Cand]:
    """The known places inside a dropped name ("Indonesia" of "Bisnis Indonesia" in "Forum Bisnis
    Indonesia-Malaysia"): countries named inside an event's name still count."""
    out: list[Cand] = []
    for w in re.finditer(r"[A-Z][\w'’]*", c.text):
        if w.start() == 0:
            continue
        found = linking.lookup(w.group(0), "LOC")
        if found is not None and found.type == "location":
            out.append(Cand(c.start + w.start(), c.start + w.end(), w.group(0), "LOC", found, "rule"))
    return out


@cache
def _named_after_rx() -> re.Pattern[str]:
    heads = "|".join(
        re.escape(h) for h in sorted(linking.word_list("named_after_heads"), key=len, reverse=True)
    )
    between = r"(?: (?:[A-Z]{2,5}|[Hh]j?\.|[Dd]r\.|[Hh]jh\.))*"  # "TNI AU", "Hj.", "dr."
    return re.compile(rf"(?<![\w-])(?:{heads}){between} $")


def named_facility(text: str, c: Cand) -> Cand | None:
    """A person's name right after a facility head ("Pangkalan Udara TNI AU Abdulrachman Saleh"):
    the facility, one location."""
    if c.link.type != "person":
        return None
    m = _named_after_rx().search(text, max(0, c.start - 40), c.start)
    if m is None:
        return None
    surface = text[m.start() : c.end]
    link = linking.lookup(surface, "LOC") or Linked(linking.place_name(surface) or surface, "location")
    return Cand(m.start(), c.end, surface, "LOC", link, "rule")


def with_named_facilities(text: str, cands: list[Cand]) -> list[Cand]:
    """The mentions with each person named after a facility head read as that facility; the
    mentions inside a facility's name ("TNI AU" of "Pangkalan Udara TNI AU ...") go with it."""
    facilities = [f for c in cands if (f := named_facility(text, c)) is not None]
    if not facilities:
        return cands
    spans = [(f.start, f.end) for f in facilities]
    rest = [c for c in cands if not any(s <= c.start and c.end <= e for s, e in spans)]
    return sorted(rest + facilities, key=lambda c: c.start)


@cache
def _finance() -> tuple[frozenset[str], frozenset[str]]:
    words = linking.word_list("finance_terms")
    heads = frozenset(w.rstrip("*") for w in words if w.endswith("*"))
    return frozenset(w.rstrip("*") for w in words), heads


def finance_term(c: Cand, language: str | None) -> bool:
    """An unknown name of English finance words in an Indonesian or Malay story."""
    if language not in ("id", "ms") or c.link.known:
        return False
    vocab, heads = _finance()
    for name in (c.text, c.link.name):  # "NPL" read as the "Non Performing Loan" before it
        words = [w.casefold() for w in re.findall(r"[A-Za-z]+", name)]
        if words and (all(w in vocab for w in words) or (len(words) > 1 and words[-1] in heads)):
            return True
    return False


_CREDIT = re.compile(r"^\s*[–—-]{1,2}\s*[A-Z0-9!.' ]+\s*$")
_CREDIT_TAIL = re.compile(r"[–—-]{1,2}\s*[A-Z][A-Z0-9!.' ]*\bONLINE\s*$")


@cache
def _follow_rx() -> re.Pattern[str]:
    return linking.phrase_regex("follow_cues")


def outlet_self_mention(text: str, c: Cand) -> bool:
    """An outlet's name in an all-caps closing credit or a follow/subscribe line."""
    from warta.extract.metadata import outlet_for_name

    if c.link.type != "organization" or not (outlet_for_name(c.text) or outlet_for_name(c.link.name)):
        return False
    line_start = text.rfind("\n", 0, c.start) + 1
    line_end = text.find("\n", c.end)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    return bool(_CREDIT.match(line) or _CREDIT_TAIL.search(line) or _follow_rx().search(line))


# "Enakmen Jenayah Syariah (Selangor) 1995", "Akta Kesalahan Jenayah Syariah (Wilayah-Wilayah
# Persekutuan) 1997": the state in brackets names which state's law, no place of the story
_LAW_STATE = re.compile(
    r"\b(?:Enakmen|Akta|Ordinan|Kanun|Enactment|Act|Ordinance)(?: [A-Z][\w'’-]*){1,6} \($"
)


def law_state(text: str, c: Cand) -> bool:
    """A place in brackets inside a law's title, followed by the law's year."""
    if c.link.type != "location" or text[c.end : c.end + 1] != ")":
        return False
    return bool(re.match(r"\) \d{4}\b", text[c.end : c.end + 7])) and bool(
        _LAW_STATE.search(text, max(0, c.start - 90), c.start)
    )


# "program MYFutureJobs", "Sistem Insurans Pekerjaan (SIP)": a scheme, system or app, not a body
_SCHEME_BEFORE = re.compile(
    r"(?<![\w-])(?:program|programme|skim|inisiatif|aplikasi|platform|sistem|system|scheme|initiative|app) $",
    re.I,
)
# "Akta Standard Minimum Perumahan, Penginapan dan Kemudahan Pekerja 1990": a piece of a law's title
_LAW_BEFORE = re.compile(r"\b(?:Akta|Enakmen|Ordinan|Undang-Undang|Act)(?: (?:[A-Z][\w'’-]*,?|dan|and|&))+ $")
_LAW_AFTER = re.compile(r"(?: [A-Z][\w'’-]*)* \d{4}\b")


def scheme_names(text: str, cands: list[Cand]) -> frozenset[str]:
    """Unknown bodies that are only schemes, systems or pieces of a law's title, by name (their
    acronyms go too)."""
    names = {c.link.name for c in cands if c.link.type == "organization" and not c.link.known}
    out = set()
    for c in cands:
        if c.link.name not in names:
            continue
        if _SCHEME_BEFORE.search(text, max(0, c.start - 12), c.start) or (
            _LAW_BEFORE.search(text, max(0, c.start - 90), c.start) and _LAW_AFTER.match(text, c.end)
        ):
            out.add(c.link.name)
    return frozenset(out)


def spurious(text: str, c: Cand, events: list[tuple[int, int, int]], language: str | None) -> bool:
    """A piece of an event's name, an English finance term, the outlet's own credit or the state
    of a state law's title."""
    return (
        inside_event(events, c)
        or finance_term(c, language)
        or outlet_self_mention(text, c)
        or law_state(text, c)
        or directorate_unit(text, c)
        or summit_region(text, c)
    )


def summit_region(text: str, c: Cand) -> bool:
    """ "the East Asia Summit": a region (not a country) right before "Summit" names the event."""
    return (
        c.link.type == "location"
        and text.startswith(" Summit", c.end)
        and c.link.name not in countries.countries()
    )


# "Direktur Jenderal Asia Pasifik dan Afrika Rahmat Pranoto", "Direktur Pelindungan WNI Kementerian
# Luar Negeri, Judha": the capitalised words after a director's title name his unit, up to the
# ministry or the holder's name that follows
_DIRECTORATE = re.compile(
    r"(?<![\w-])(?:Direktur|Direktorat|Dirjen|Deputi)(?: Jenderal)?(?: (?:[A-Z][\w'’-]*|dan|&))* $"
)
_NEXT_NAME = re.compile(r" (?:dan |& )?[A-Z]")


def directorate_unit(text: str, c: Cand) -> bool:
    """A person or a place read inside a directorate's name, a capitalised name right after it."""
    if c.link.type == "organization" or not _NEXT_NAME.match(text, c.end) or not _names_directorate(text):
        return False
    return _DIRECTORATE.search(text, max(0, c.start - 80), c.start) is not None


@lru_cache(maxsize=8)
def _names_directorate(text: str) -> bool:
    """A word `_DIRECTORATE` opens with is in the text (most texts have none: no window to search)."""
    return screens.present(text, ("Direktur", "Direktorat", "Dirjen", "Deputi"))


def unit_or_adjective(text: str, c: Cand) -> bool:
    return directorate_unit(text, c) or demonym_phrase(c) or unit_name(c)


def unit_name(c: Cand) -> bool:
    """ "Satuan Samapta" of "Kepala Satuan Samapta Polres X": an unknown 'person' opening with a
    unit's head word is the unit inside the body, not a name."""
    if c.link.type != "person" or c.link.known or " " not in c.text.strip():
        return False
    return c.text.split()[0].casefold() in linking.word_set("unit_heads")


def demonym_phrase(c: Cand) -> bool:
    """ "Southeast Asian", "Veteran Malaysian" (leaders, journalist): an unknown 'person' whose last
    word is a place's demonym is an English adjective phrase, not a name."""
    if c.link.type != "person" or c.link.known or " " not in c.text.strip():
        return False
    last = c.text.split()[-1]
    for form in (re.sub(r"(?<=[ai])n$", "", last), re.sub(r"ese$", "", last)):
        found = linking.lookup(form, "LOC") if form != last and len(form) > 3 else None
        if found is not None and found.type == "location":
            return True
    return False
