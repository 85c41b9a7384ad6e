"""Committee hearings, and who chaired, led or attended the meeting just reported (helpers of
`extract.meetings`).

- "Komisi IV DPR menggelar rapat dengar pendapat (RDP) dengan Badan Pangan Nasional", "Jawatankuasa
  Pilihan Khas ... mengadakan prosiding bersama ATM", "the commission held a hearing with ...": a
  hearing noun, then "dengan/bersama/with", is a meeting word (`meeting_words`) when a committee or a
  parliament stands before that "dengan" (`not_a_hearing` says when it does not); the parliament side
  and the agency are its parties, as for any meeting.
- After a meeting, "Rapat dipimpin Wakil Ketua Komisi IV X." / "Prosiding itu dipengerusikan oleh X."
  names its chair; "Delegasi itu diketuai oleh X, manakala Y turut hadir." / "The delegation was led
  by X, while Y also attended." its delegation's leader and members; "Kepala BNN X hadir dalam rapat
  tersebut." / "Panglima ATM X turut hadir." those present (`session_followers`). All take part.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from warta.alternation import alternation
from warta.extract.attribution import Named, word_list, word_regex, word_set
from warta.extract.word_scan import finditer, first_words, screen

_CLAUSE_END = re.compile(r"[,.;:\n]")
_CONTRAST = re.compile(r"[,;]?\s+(?:manakala|sementara|sedangkan|while|whereas|dan|and)\s+", re.I)
# Words that may stand between the persons of a "were present" sentence besides their titles.
_JOINERS = frozenset({"dan", "and", "serta", "turut", "juga", "also", "pun", "sendiri", "langsung", "the"})


def _phrases(filename: str) -> str:
    return alternation((re.escape(w).replace(r"\ ", r"\s+") for w in word_list(filename)), ignore_case=True)


@cache
def meeting_words() -> re.Pattern[str]:
    """The meeting words of `meetings_verbs.txt`, or a hearing noun (group `hearing`) followed by a
    committee's name and 'dengan/bersama/with'."""
    acronym = r"(?:\s*\([A-Za-z]{2,8}\))?"
    name = r"(?:\s+(?:(?-i:[A-Z])[\w.-]*|\((?-i:[A-Z])\w{1,7}\)|dan|and|of|on|mengenai))*"
    nouns = _phrases("meetings_hearings.txt")
    hearing = rf"(?<![\w-])(?:{nouns}){acronym}(?={name}\s+(?:dengan|bersama|with|antara|between)\s)"
    # "memanggil direksi Pertamina dalam rapat dengar pendapat": the clause before names the sides
    held_in = rf"(?<![\w-])(?:dalam|in|during)\s+(?:a\s+|the\s+)?(?:{nouns}){acronym}(?![\w-])"
    verbs = word_regex("meetings_verbs.txt").pattern
    firsts = "".join(sorted({w[0] for w in word_list("meetings_hearings.txt")} | {"d", "i"}))
    # "pertemuan Rahmat dengan Henry", "pertemuan Perdana Menteri, Datuk Seri X dengan Y" (a title, a comma,
    # the name), "a meeting between X and Y": both sides after the noun (group `pair`)
    pair = (
        r"(?P<pair>(?<![\w-])(?:(?:pertemuan|perjumpaan)(?=(?:,?\s+(?-i:[A-Z])[\w.'’-]*){1,8}\s+dengan\s)"
        r"|(?:meeting|talks)\s+between(?=\s+(?:the\s+)?(?-i:[A-Z]))))"
    )
    # every branch starts a word with one of these letters: one test first, not one per branch
    verb_firsts = {re.escape(w[0]) for w in word_list("meetings_verbs.txt")}  # as `word_regex` reads them
    starts = "".join(sorted({re.escape(c) for c in firsts} | {"m", "p", "t"} | verb_firsts))
    return re.compile(
        rf"(?<![\w-])(?=[{starts}])(?:(?P<hearing>(?<![\w-])(?=[{firsts}])(?:{held_in}|{hearing}))|{pair}|(?:{verbs}))",
        re.I,
    )


@cache
def _meeting_screen() -> re.Pattern[str] | None:
    # the first words of every branch of `meeting_words`, as it reads them
    lists = word_list("meetings_verbs.txt") + word_list("meetings_hearings.txt")
    return screen(
        first_words(lists) | {"dalam", "in", "during", "pertemuan", "perjumpaan", "meeting", "talks"}
    )


def meeting_word_matches(text: str) -> Iterator[re.Match[str]]:
    """`meeting_words().finditer(text)`, tried only where a branch's first word opens."""
    return finditer(meeting_words(), _meeting_screen(), text)


def not_a_hearing(text: str, s: int, m: re.Match[str]) -> bool:
    """A hearing noun with no committee or parliament in its clause (a court's hearing)."""
    if not m.group("hearing"):
        return False
    stop = _CLAUSE_END.search(text, m.end())
    return not word_regex("meetings_legislature.txt").search(text, s, stop.start() if stop else len(text))


# "..., sebelum bertemu X", "..., then met X": the meeting is the next step of the clause before the comma.
_CHAINED = re.compile(r"\s*(?:sebelum|kemudian|lalu|dan|serta|before|then|and)\s+$", re.I)


def _chained_to_plan(text: str, lo: int, comma: int, pos: int) -> bool:
    """A meeting chained to a planned clause ("beliau akan mengiringi Baginda esok, sebelum bertemu X"):
    planned as well (the clause from the previous comma, at most 120 characters back)."""
    if not _CHAINED.match(text, comma + 1, pos):
        return False
    lo = text.rfind(",", lo, comma) + 1 or lo
    return bool(
        word_regex("meetings_planned.txt").search(text, lo, comma)
        or word_regex("meetings_future.txt").search(text, lo, comma)
    )


@cache
def _hearing_noun() -> re.Pattern[str]:
    return re.compile(rf"(?:{_phrases('meetings_hearings.txt')})\b", re.I)


# "tiba di Kota Bharu petang semalam dan mengadakan pertemuan": the arrival is done before the meeting
# that follows it with "dan"/"and then" (a plan word before them still counts: "akan tiba dan bertemu")
_ARRIVALS = frozenset({"tiba"})
_THEN = re.compile(r"\s(?:dan|lalu|kemudian|and|then)\s+", re.I)


def _joined_clause(text: str, lo: int, hi: int) -> int:
    """Start of the last "dan <lower-case word>" between `lo` and `hi`, else -1."""
    found = -1
    for j in _THEN.finditer(text, lo, hi + 1):
        if j.end() <= hi and text[j.end() : j.end() + 1].islower():
            found = j.start()
    return found


def negated(text: str, spans: list[Named], lo: int, m: re.Match[str]) -> bool:
    """A negative cue (planned, denied, attended) in the clause before meeting word `m` (from `lo`, at
    most 70 characters back, after a comma), outside names ("Dewan Undangan Negeri" holds no
    invitation; "KTT ASEAN" is still a summit); before a hearing, attending it is taking part
    ("Kepala BNN hadir dalam RDP dengan Komisi III DPR"), being asked to attend one is not."""
    start = max(lo, m.start() - 70)
    comma = text.rfind(",", start, m.start())
    if comma >= 0 and _chained_to_plan(text, max(lo, comma - 120), comma, m.start()):
        return True
    lo = comma + 1 if comma >= 0 else start
    joined = _joined_clause(text, lo, m.start())
    cues = [
        c.group(0).casefold()
        for c in word_regex("meetings_negative.txt").finditer(text, lo, m.start())
        if not any(n.start < c.start() < n.end and n.type != "location" for n in spans)
        and not (c.start() < joined and c.group(0).casefold() in _ARRIVALS)
    ]
    if m.group("hearing") or _hearing_noun().match(m.group(0)):
        attend = [c for c in cues if c in word_set("meetings_attend.txt")]
        asked = attend and word_regex("meetings_hearing_requests.txt").search(text, lo, m.start())
        return len(attend) < len(cues) or bool(asked)  # "meminta BNN hadir dalam RDP": not yet
    return bool(cues)


@cache
def _opener() -> re.Pattern[str]:
    """'Rapat itu dipimpin ', 'Delegasi FAM yang diketuai oleh ', 'The hearing was chaired by '."""
    nouns = rf"{_phrases('meetings_sessions.txt')}|delegasi|rombongan|perwakilan|delegation"
    led = rf"{_phrases('meetings_chaired.txt')}|{_phrases('meetings_led.txt')}"
    rest = r"(?:\s*\((?-i:[A-Z])\w{1,7}\))?(?:\s+(?:itu|tersebut|ini|yang|(?-i:[A-Z])[\w-]*))*"
    return re.compile(rf"\s*(?:the\s+)?(?:{nouns}){rest}(?:\s+(?:was|were|is))?\s+(?:{led})\s+", re.I)


@cache
def _present_tail() -> re.Pattern[str]:
    """What may follow 'hadir' in a sentence about the meeting just reported: its end, 'dalam rapat
    tersebut', 'bersama jajarannya'."""
    sessions = _phrases("meetings_sessions.txt")
    return re.compile(
        rf"\s*(?:[.!?]|$|(?:(?:dalam|pada|di|at|in)\s+)?(?:the\s+)?(?:{sessions})\b|(?:bersama|with|sama)\s+(?-i:[a-z]))",
        re.I,
    )


def _only_titles(text: str, people: list[Named], lo: int, hi: int) -> bool:
    """Between `lo` and `hi`, besides the persons, only capitalised (title) words and joiners."""
    rest, pos = [], lo
    for n in people:
        rest.append(text[pos : n.start])
        pos = n.end
    rest.append(text[pos:hi])
    titles = word_set("quotes_titles.txt")
    words = re.findall(r"[^\s,()]+", " ".join(rest))
    odd = [w for w in words if not (w[:1].isupper() or w.casefold() in _JOINERS or w.casefold() in titles)]
    # "Egyptian intelligence chief X": one field word before a title word is part of the title
    lead = re.findall(r"[^\s,()]+", rest[0])
    return not odd or (len(odd) == 1 and len(lead) >= 2 and lead[-1].casefold() in titles and odd[0] in lead)


def _present(text: str, spans: list[Named], lo: int, e: int, loose: bool = False) -> list[Named]:
    """The persons of a clause '<titles> X [dan Y] turut hadir [dalam rapat tersebut].' at `lo`
    (`loose`: after a delegation's leader, lower-case titles too: "while general secretary X also attended")."""
    m = word_regex("meetings_were_present.txt").search(text, lo, e)
    if m is None or not _present_tail().match(text, m.end(), e):
        return []
    people = [n for n in spans if lo <= n.start and n.end <= m.start() and n.type != "location"]
    persons = [n for n in people if n.type == "person"]
    return persons if persons and (loose or _only_titles(text, people, lo, m.start())) else []


def session_followers(text: str, spans: list[Named], s: int, e: int, names: list[str]) -> list[Named]:
    """The chair, a delegation's leader and those present, from a sentence after a meeting of `names`
    (a delegation or session named by a body is that of a participant: "Delegasi Israel" is not)."""
    opener = _opener().match(text, s, e)
    if opener is None:
        return _present(text, spans, s, e)
    folded = {n.casefold() for n in names}
    bodies = [n for n in spans if opener.start() <= n.start < opener.end() and n.type != "person"]
    if bodies and not any(n.name.casefold() in folded for n in bodies):
        return []
    after = [n for n in spans if opener.end() <= n.start < min(e, opener.end() + 60) and n.type == "person"]
    if not after or re.search(r"[.;]", text[opener.end() : after[0].start]):
        return []
    out = [after[0]]
    contrast = _CONTRAST.search(text, after[0].end, e)  # ", manakala Y turut hadir"
    return out + (_present(text, spans, contrast.end(), e, loose=True) if contrast else [])
