"""What the sentences around a meeting add to it, and which meetings are one (helpers of `extract.meetings`).

- "Turut hadir, Menteri Luar Negeri X dan Y." / "Also present were X and Y." right after a meeting:
  X and Y are participants of that meeting (`present_opener`).
- "di kediaman rasmi Seri Perdana", "at the official residence, Seri Perdana": a named building
  after a building noun is the place (`building_place`), more specific than the dateline city.
- "Khaled said the hour-long meeting at the Philippine International Convention Center ...": a definite
  mention of the meeting just reported, with its venue, gives the place the dateline only guessed
  (`definite_venue`).
- "Sebelum menerima menghadap Menteri Besar, Tuanku menerima menghadap X": a meeting told as the one
  before (or after) a meeting just reported, with no place of its own, was at that meeting's place
  (`sequel_place`).
- The same meeting told twice in one article, once at a city and once at the country ("rakan
  sejawatnya dari Turkiye"): one meeting at the city with the parties of both (`broader_place`).
"""

from __future__ import annotations

import re
from functools import cache

from warta.extract.attribution import Named, word_list, word_regex
from warta.extract.countries import tsv_names
from warta.extract.meetings_hearing import meeting_words
from warta.extract.meetings_parties import is_title_country


@cache
def _opener() -> re.Pattern[str]:
    """A present-list opener at a sentence start, after an optional connective ("Selain itu,")."""
    return re.compile(
        rf"\s*(?:(?:selain itu|in addition|meanwhile),?\s+)?(?:{word_regex('meetings_present.txt').pattern})",
        re.I,
    )


@cache
def _building() -> re.Pattern[str]:
    """'di kediaman rasmi ', 'at the official residence, ': the text right before a building's name."""
    alts = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in word_list("meetings_buildings.txt"))
    return re.compile(rf"(?:^|\s)(?:di|in|at)\s+(?:the\s+)?(?:{alts})(?:\s+(?:of|di))?,?\s+$", re.I)


def present_opener(text: str, spans: list[Named], s: int, e: int) -> list[Named]:
    """Persons and bodies named in a sentence that opens with 'Turut hadir' / 'Also present were'."""
    m = _opener().match(text, s, e)
    if m is None:
        return []
    found = [n for n in spans if m.end() <= n.start and n.end <= e and n.type != "location"]
    return [n for n in found if not is_title_country(text, spans, n)]


def building_place(text: str, spans: list[Named], lo: int, hi: int) -> str | None:
    """The first place in `[lo, hi)` named right after a building noun ("di kediaman rasmi X")."""
    for n in spans:
        if (
            lo <= n.start < hi
            and n.type == "location"
            and _building().search(text[max(0, n.start - 40) : n.start])
        ):
            return n.name
    return None


def after_reporter(text: str, left: list[Named], lo: int, pos: int) -> list[Named]:
    """'Fahmi said Anwar had received a courtesy call from X': the parties after the last verb of
    saying before the meeting word; the one reporting is no party (unless nobody else is named)."""
    said = [m.end() for m in word_regex("quotes_cues.txt").finditer(text, lo, pos)]
    after = [n for n in left if said and n.start >= said[-1]]
    return after if after else left


def denied_after(text: str, pos: int, end: int) -> re.Match[str] | None:
    """A denial after the meeting word in its clause ("Pertemuan X dengan Y dibantah Istana",
    "a meeting between X and Y was denied"): the meeting did not happen."""
    stop = re.compile(r"[,;]|[.!?](?:\s|$)").search(text, pos, end)
    return word_regex("meetings_denied.txt").search(text, pos, stop.start() if stop else end)


def broader_place(a: str | None, b: str | None) -> str | None:
    """When one place is a country and the other is not, the other (the city or building in it)."""
    countries = tsv_names("countries")
    if a is None or b is None or (a in countries) == (b in countries):
        return None
    return b if a in countries else a


def restates(head: list[Named], body: list[Named]) -> bool:
    """A headline meeting shares a person with a body meeting, or names no person and shares a body
    ("Hamas delegation meets Egyptian mediators in Cairo"): the body's meeting, told vaguer."""

    def names(side: list[Named], kind: str) -> set[str]:
        return {n.name.casefold() for n in side if n.type == kind}

    if names(head, "person"):
        return bool(names(head, "person") & names(body, "person"))
    return bool(names(head, "organization") & names(body, "organization"))


# "the hour-long meeting at ", "the talks in ", "pertemuan itu di ": the meeting just reported, then where.
_DEFINITE = re.compile(
    r"(?:\bthe\s+(?:[\w-]+\s+){0,2}?(?:meeting|talks|courtesy\s+call)\s+(?:at|in)\s+(?:the\s+)?"
    r"|\b(?:pertemuan|perjumpaan|mesyuarat|kunjungan|lawatan)\s+(?:itu|tersebut)\s+"
    r"(?:(?:yang\s+)?(?:berlangsung|diadakan|digelar)\s+)?(?:di|at)\s+)$",
    re.I,
)


def definite_venue(text: str, spans: list[Named], s: int, e: int) -> str | None:
    """The place right after a definite mention of a meeting in `[s, e)`, or None (none in a sentence
    about what is still to come: "the meeting in Jakarta next week will ...")."""
    if word_regex("meetings_future.txt").search(text, s, e) or word_regex("meetings_planned.txt").search(
        text, s, e
    ):
        return None
    for n in spans:
        if (
            s <= n.start < e
            and n.type == "location"
            and _DEFINITE.search(text[max(s, n.start - 60) : n.start])
        ):
            return n.name
    return None


# "Sebelum menerima menghadap ", "After meeting ": a sentence opening on another meeting of the same visit.
_SEQUEL_OPENER = re.compile(
    r"\s*(?:sebelum|selepas|setelah|sesudah|usai|seusai|before|after)\s+(?:(?:itu|that),?\s+)?", re.I
)


def sequel_place(
    text: str, s: int, names: list[str], earlier: list[tuple[list[str], str | None, bool]]
) -> str | None:
    """The place of the last earlier meeting (names, location, weak) sharing a participant with `names`,
    when the sentence at `s` opens "Sebelum/Selepas <meeting word> ..."."""
    opener = _SEQUEL_OPENER.match(text, s)
    if opener is None or not meeting_words().match(text, opener.end()):
        return None
    folded = {n.casefold() for n in names}
    for other, place, weak in reversed(earlier):
        if place and not weak and folded & {n.casefold() for n in other}:
            return place
    return None
