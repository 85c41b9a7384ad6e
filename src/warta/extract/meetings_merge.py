"""Meeting candidates, and which of them are one meeting told twice (helpers of `extract.meetings`)."""

from __future__ import annotations

from dataclasses import dataclass, field

from warta.extract.attribution import Named
from warta.extract.meetings_followup import broader_place, restates


@dataclass(slots=True)
class _Candidate:
    parties: list[Named]
    location: str | None
    date: str | None
    start: int
    end: int
    distinct: bool = False  # "Sebelumnya, X menemui Y": an earlier meeting, never merged into others
    names: list[str] = field(default_factory=list)
    stand_ins: list[Named] = field(default_factory=list)  # countries for unnamed officials on one side
    weak: bool = False  # the location is only the dateline's or the headline's
    elsewhere: bool = False  # "Pertemuan itu ... sejak Oktober di Jeddah": joins only a meeting there


def _names(parties: list[Named], stand_ins: list[Named]) -> list[str]:
    people = [n for n in parties if n.type != "location"]
    chosen = people + stand_ins if len({n.name for n in people}) >= 2 else parties
    out: list[str] = []
    for n in chosen:
        if n.name.casefold() not in {o.casefold() for o in out}:
            out.append(n.name)
    return out


def _place(c: _Candidate) -> str | None:
    """The location to compare by: a dateline fallback says nothing about which meeting it is."""
    return None if c.weak else c.location


def _same_place(a: str | None, b: str | None) -> bool:
    return a is not None and b is not None and a.casefold() == b.casefold()


def _nested(a: _Candidate, b: _Candidate) -> bool:
    """One side's people are all among the other's (a headline's "Retno temui Menlu Iran")."""
    pa = {n.name.casefold() for n in a.parties if n.type == "person"}
    pb = {n.name.casefold() for n in b.parties if n.type == "person"}
    return pa <= pb or pb <= pa


def _merge(cands: list[_Candidate]) -> list[_Candidate]:
    out: list[_Candidate] = []
    for c in cands:
        folded = {n.casefold() for n in c.names}
        target = None
        for m in out:
            if c.distinct:
                break
            overlap = len(folded & {n.casefold() for n in m.names})
            if c.elsewhere and not _same_place(c.location, m.location):
                continue
            if (_same_place(_place(c), _place(m)) and overlap >= 1 and _nested(c, m)) or (
                (_place(c) is None or _place(m) is None) and overlap >= 2
            ):
                target = m
                break
            narrow = broader_place(_place(c), _place(m))
            if narrow and overlap >= 2 and _nested(c, m):  # the city and its country: one meeting
                target = m
                c.location = m.location = narrow
                break
        if target is None:
            out.append(c)
            continue
        if len(c.parties) > len(target.parties):  # the fuller sentence is the better evidence
            target.start, target.end = c.start, c.end
        target.parties += c.parties
        target.stand_ins += c.stand_ins
        target.names = _names(target.parties, target.stand_ins)
        if c.location and (target.location is None or (target.weak and not c.weak)):
            target.location, target.weak = c.location, c.weak
        target.date = target.date or c.date
    has_people = [m for m in out if any(n.type == "person" for n in m.parties)]
    return [m for m in out if m in has_people or _place(m) or len(out) == 1]


def _without_restated_headline(cands: list[_Candidate], headline: int) -> list[_Candidate]:
    """A headline meeting whose person is a party of a body meeting is that meeting, told vaguer
    ("Onn Hafiz menghadap Tunku Mahkota Johor"): the body's parties and place win."""
    body = [c for c in cands if c.start >= headline and not c.distinct]  # "Sebelumnya, ...": another one
    out = []
    for c in cands:
        same = next((b for b in body if restates(c.parties, b.parties)), None) if c.start < headline else None
        if same is None:
            out.append(c)
        elif same.location is None and c.location:  # the headline's place fills a gap only
            same.location, same.weak = c.location, True
    return out
