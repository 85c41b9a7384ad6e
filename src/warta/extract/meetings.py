"""Meetings, talks and visits reported as having happened (stage `extract.meetings.v1`).

A meeting word ("bertemu", "menerima kunjungan", "pertemuan dengan", "met") with named parties
on both sides makes a candidate: participants are the persons and organizations of its clause (a
country stands in when fewer than two are named), the location is the first place after a
preposition following the word (else before it in the clause, else the dateline when the story is
placed there), the date only a full date with a year whose weekday agrees. Planned, hoped-for,
hypothetical meetings, phone calls and summits are dropped by cue words before the meeting word,
future ones by time words after it, press doorsteps by "wartawan" right after it. "Pertemuan
itu ..." carries the previous meeting's parties to the places it names (a past meeting mentioned in
passing); "Kunjungan hormat itu diadakan di X" / "turut dihadiri Y" gives the venue and those present
of the meeting just reported. "The two leaders" / "kedua pemimpin" are the last two persons named;
a country in a named person's title is no party, a country for unnamed officials stands in
(`meetings_parties.py`). Candidates about the same parties and place are merged into one meeting;
a dateline's or headline's place yields to a more specific one from the body, and a headline meeting
whose person is a party of a body meeting is folded into it (the body's parties win). "X didampingi Y"
in the next two sentences, or "X, didampingi Y, bertemu Z", adds Y; "flew to X, where he met" puts it
at X; a counterpart after a long title ("envoy for Asian affairs X") is found past `for`/`of`. Denials
drop it. Elsewhere: `meetings_followup.py` ("Turut hadir, X"), `meetings_forms.py` (counterparts),
`meetings_place.py` (offices, buildings, streets), `meetings_hearing.py`, `meetings_groups.py`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import ClassVar

from warta.extract.attribution import Named, named_spans, with_ner, word_regex
from warta.extract.meetings_context import complete, dateline_place, meeting_date
from warta.extract.meetings_followup import (
    after_reporter,
    building_place,
    definite_venue,
    denied_after,
    present_opener,
    sequel_place,
)
from warta.extract.meetings_forms import (
    attended_only,
    counterpart_pair,
    counterpart_starts,
    fronted_subject,
    last_pair_meeting,
    purpose_start,
)
from warta.extract.meetings_groups import group_side
from warta.extract.meetings_hearing import meeting_word_matches as word_matches
from warta.extract.meetings_hearing import meeting_words, negated, not_a_hearing, session_followers
from warta.extract.meetings_merge import _Candidate, _merge, _names, _without_restated_headline
from warta.extract.meetings_parties import (
    attendees,
    clause_left,
    companions,
    is_party,
    ner_regions,
    own_parties,
    pair_before,
    real_names,
    right_end,
    strip_attendees,
    title_end,
    unnamed_person,
    venue_place,
)
from warta.extract.meetings_place import (
    delegation_leader,
    facility_venue,
    named_building,
    office_place,
    office_word,
    pronoun_side,
    street_venue,
)
from warta.extract.meetings_quoted import quote_close, quoted_speaker, second_side, split_stand_ins
from warta.model import Article, Evidence, Meeting
from warta.registry import register
from warta.text import sentences

# The topic of the talks (places after it are what was discussed, not where); "on" before a lower-case noun
# opens it too ("held talks with X on cooperation"; not "on Monday", "on the sidelines of", "on a visit to").
_TOPIC = re.compile(
    r"\b(?:membahas|membincangkan|tentang|mengenai|soal|terkait|perihal|discuss\w*|about|regarding|concerning|berkaitan|berhubung)\b"
    r"|\bon\s+(?!(?:(?:a|an|the|his|her|their)\s+)?(?:[\w-]+\s+)?(?:sidelines?|side|margins?|visit|trip|tour)\b"
    r"|(?:board|behalf|arrival)\b)(?-i:[a-z])",
    re.I,
)
# "The meeting came after X reported ... in Sabah": background for the meeting just reported
_BACKGROUND = re.compile(r"\s+(?:came|comes|follows|followed|menyusul|datang)\b", re.I)
_PREP = re.compile(
    r"(?:^|\s)(?:di|ke|in|at|to|dekat)\s+(?:the\s+)?(?:(?:ibu\s*kota|ibukota|kota|bandar|capital)\s+)?$", re.I
)
_AT = re.compile(
    r"(?:^|\s)(?:di|in|at|dekat)\s+(?:the\s+)?(?:(?:ibu\s*kota|ibukota|kota|bandar|capital)\s+)?$", re.I
)
# "di kediamannya, Jalan Teuku Umar", "di rumah jabatan gubernur, Makassar": a described place (up to four
# lower-case words, no "with", a comma after more than one: "di ruang delegasi Indonesia" is Indonesia's), its name.
_DESCRIBED = r"(?!(?:dengan|bersama|with|and|dan|serta)\b)[a-z][\w-]*"
_AT_PLACE = re.compile(
    rf"(?:^|\s)(?:di|in|at)\s+(?:{_DESCRIBED},?|(?:{_DESCRIBED}\s+){{1,3}}{_DESCRIBED},)\s+$"
)
# "Pertemuan itu ...", "Pertemuan tertutup yang berlangsung dua jam itu ...", "Pertemuan kali ini ...",
# "Kunjungan hormat itu diadakan di ...", "The talks ...": the meeting just reported (used with `match`,
# so anchored at the sentence start).
_ANAPHOR = re.compile(
    r"(?:(?:Dalam|Selama|Semasa)\s+)?(?:pertemuan|perjumpaan|mesyuarat|rundingan|perundingan|perbincangan|"
    r"(?:kunjungan|lawatan)(?:\s+(?:hormat|kehormatan|kerja|resmi|rasmi))?)"
    r"(?:\s+(?!(?:dengan|bersama|antara)\b)[a-z][\w-]*){0,6}?\s+(?:itu|tersebut|ini|kali\s+ini)\b"
    r"|(?:pertemuan|perjumpaan|mesyuarat)\s+(?:yang\s+(?:berlangsung|diadakan|digelar)\s+)?(?:di|at)\s+[^.,\n]{3,70}?\s+(?:itu|tersebut)\b"
    r"|(?:(?:During|At)\s+)?the\s+(?:meeting|talks|visit|courtesy\s+call)\b",
    re.I,
)
_CAPITAL = re.compile(r"(?:ibu\s*kota|ibukota|capital)\s+$", re.I)
_CAPITAL_NAME = re.compile(r"\s+([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\b")
_PURPOSE = re.compile(r"(?<![\w-])(?:untuk|guna|to)\s+$", re.I)
_PHONE = re.compile(r"\b(?:telepon|telefon|phone|video call|panggilan video)\b", re.I)
_PERSON_OBJECT = frozenset({"menerima", "diterima", "hosted"})
_HERE = re.compile(r"\b(?:di sini|dekat sini|here)\b", re.I)
_EARLIER = re.compile(r"\b(?:sebelumnya|sebelum ini|sebelum itu|earlier|previously|pernah)\b", re.I)
_DATELINE_DASH = re.compile(r"\s(?:--|[–—-])\s")
# "agreed to step up patrols in the Celebes Sea following a bilateral meeting": a place before these
# belongs to what came of the meeting, not to the meeting.
_SEQUEL = re.compile(
    r"\b(?:following|after|susulan|selepas|setelah|sesudah|usai|seusai|pasca|menyusul)\b", re.I
)
# "flew to Mandaue City on Tuesday, where he met ...": the place before the comma is where.
_WHERE = re.compile(r",\s*(?:where|di mana|tempat)\b", re.I)


def _sequel_between(text: str, end: int, pos: int) -> bool:
    """'in the Celebes Sea following a bilateral meeting': a sequel word between a place and the meeting
    word in one clause ("Di Jakarta, usai bertemu X": the comma keeps the fronted place the venue)."""
    sequel = _SEQUEL.search(text, end, pos)
    return sequel is not None and "," not in text[end : sequel.start()]


def _location(text: str, spans: list[Named], lo: int, pos: int, end: int, s: int) -> str | None:
    """The first place after a preposition following the meeting word, else before it in the clause,
    else a fronted "Di Kaherah, ..." opening the sentence."""
    topic = _TOPIC.search(text, pos, end)
    hi = topic.start() if topic else end
    # Every place read below starts in the sentence [s, end): only those are tested (a few regexes
    # each), with the index of each in `spans` for the place right after it.
    at = [k for k, n in enumerate(spans) if s <= n.start < end and venue_place(text, n)]
    places = [spans[k] for k in at]
    comma = text.rfind(",", lo, pos)  # before the word: only its own clause
    if comma >= 0 and _WHERE.match(text, comma, pos):
        before = [
            n for n in places if lo <= n.start < comma and _PREP.search(text[max(0, n.start - 25) : n.start])
        ]
        if before:
            return before[-1].name
    building = building_place(text, places, pos, hi)  # "di kediaman rasmi Seri Perdana di sini"
    building = building or named_building(text, spans, pos, hi) or office_place(text, spans, pos, hi)
    building = building or facility_venue(text, spans, pos, hi) or street_venue(text, places, pos, hi)
    if building:
        return building
    first_comma = text.find(",", s, pos)
    regions = (
        (pos, hi, _AT),
        (pos, hi, _PREP),
        (pos, hi, _AT_PLACE),
        (comma + 1 if comma >= 0 else lo, pos, _PREP),
        (s, first_comma if first_comma >= 0 else s, _AT),
    )
    for r_start, r_end, prep in regions:  # "di X" (where) before "ke X" (ambassador to, travel to)
        for i, n in enumerate(places):
            if r_start <= n.start < r_end and prep.search(text[max(0, n.start - 45) : n.start]):
                if n.start < pos and _sequel_between(text, n.end, pos):
                    continue  # "patrols in the Celebes Sea following a meeting": another event's place
                nxt = next((o for o in spans[at[i] + 1 :] if venue_place(text, o)), None)
                if nxt and not text[n.end : nxt.start].strip():  # "ibu kota Qatar Doha": the more specific
                    return nxt.name
                capital = _CAPITAL_NAME.match(text, n.end)
                if capital and _CAPITAL.search(text[max(0, n.start - 25) : n.start]):
                    return capital.group(1)  # the capital named after its country, unrecognised
                return n.name
    return None


def _confirmed(text: str, sents: list[tuple[int, int]], k: int) -> bool:
    """'... untuk bertemu X.' happened when a next sentence reports 'Pertemuan tersebut ...'."""
    for s, e in sents[k + 1 : k + 3]:
        sent = text[s:e]
        if _ANAPHOR.match(sent) and not word_regex("meetings_negative.txt").search(sent):
            return True
    return False


def _candidates_in(
    article: Article, spans: list[Named], sents: list[tuple[int, int]], k: int, skip_to: int
) -> list[_Candidate]:
    text = article.text
    s, e = sents[k]
    out: list[_Candidate] = []
    lo = s
    for m in meeting_words().finditer(text, skip_to, e):
        if not_a_hearing(text, s, m):  # "The court held a hearing with ...": no committee, no hearing
            continue
        word = m.group(0).casefold()
        topic = _TOPIC.search(
            text, m.end(), e
        )  # "bagi membincangkan Sidang ... bulan depan": the topic's time
        scope = min(topic.start() if topic else e, purpose_start(text, m.end(), e))
        future = word_regex("meetings_future.txt").search(text, m.end(), scope)
        future = future or word_regex("meetings_press.txt").search(text, m.end(), min(e, m.end() + 25))
        # "pertemuan bersama X dijadualkan berlangsung ...", "a follow-up meeting with X has been set for"
        future = future or word_regex("meetings_scheduled.txt").search(text, m.end(), scope)
        future = future or denied_after(text, m.end(), e)  # "Pertemuan X dengan Y dibantah Istana"
        if negated(text, spans, lo, m) or _PHONE.search(text, s, e) or future:
            lo = m.end()
            continue
        if _PURPOSE.search(text[max(s, m.start() - 8) : m.start()]) and not _confirmed(text, sents, k):
            lo = m.end()
            continue
        r_end = right_end(text, spans, second_side(text, m), e)
        r_end = quote_close(text, m.end(), r_end)  # '"... bertemu X," kata Y': Y speaks, is not met
        present = word_regex("meetings_attendees.txt").search(text, m.end(), r_end)
        r_end = present.start() if present else r_end  # those present are no side of the meeting
        right = [n for n in spans if m.end() <= n.start and n.end <= r_end and is_party(text, n, m.end())]
        if not any(n.type == "person" for n in right):  # "envoy for Asian affairs X": the title runs on
            t_end = title_end(text, m.end(), e)
            far = [n for n in spans if r_end <= n.start and n.end <= t_end and n.type == "person"]
            bare = far[0] if far else unnamed_person(text, spans, m.end(), t_end)
            right += [bare] if bare else []
        if word in _PERSON_OBJECT and not any(n.type == "person" and n.start - m.end() < 45 for n in right):
            lo = m.end()
            continue
        dash = list(_DATELINE_DASH.finditer(text, lo, m.start()))
        left_lo = dash[-1].end() if dash else lo  # "Jakarta, Aktual.com – Presiden ...": after the dateline
        left = clause_left(text, spans, left_lo, m.start()) or pair_before(text, spans, left_lo, m.start())
        left = after_reporter(text, left, left_lo, m.start())
        left = pronoun_side(text, spans, sents, k, left_lo, m.start(), left)  # "Beliau ... bertemu X"
        left = left or group_side(text, spans, left_lo, m.start())  # "ketiga ahli waris bertemu X"
        left = left or fronted_subject(text, spans, s, m, e)  # "During a hearing with X ..., Y said"
        left = [] if m.group("pair") else left  # "pertemuan X dengan Y": both sides come after the noun
        left = quoted_speaker(article, spans, left_lo, m.start(), left)  # '"Saya sudah bertemu X," kata Y'
        right = own_parties(text, spans, right)
        parties = own_parties(text, spans, left) + right
        cand = _Candidate(
            parties, _location(text, spans, lo, m.end(), e, s), meeting_date(article, s, e), s, e
        )
        if not any(n.type != "location" for n in right):  # "pegawai perisikan Mesir": Egypt stands in
            cand.stand_ins = [n for n in right if n.type == "location"]
        cand.distinct = bool(_EARLIER.search(text, s, m.start()))
        joined = attendees(text, spans, m.end(), e)
        only = attended_only(cand.parties, joined)  # "a closed-door meeting ..., attended by A and B"
        cand.stand_ins = [] if only else cand.stand_ins
        split = [] if joined else split_stand_ins(cand.parties, cand.stand_ins)
        if split:  # "bertemu Menteri Besar Kedah dan Exco Kelantan": one meeting per state
            out += [_one_of(cand, sides) for sides in split]
        elif len(_names(cand.parties, cand.stand_ins)) >= 2 or only:  # else those present make no meeting
            cand.parties += joined
            cand.names = _names(cand.parties, cand.stand_ins)
            out.append(cand)
        lo = m.end()
    return out


def _one_of(cand: _Candidate, sides: list[Named]) -> _Candidate:
    one = _Candidate(sides, cand.location, cand.date, cand.start, cand.end, distinct=True)
    one.names = [n.name for n in sides]
    return one


def _anaphoric(article: Article, spans: list[Named], s: int, e: int, prev: _Candidate) -> list[_Candidate]:
    """'Pertemuan itu menjadi pertemuan ketiganya sejak Oktober di Jeddah, November di New York ...'.

    A venue verb ("Kunjungan hormat itu diadakan di Seri Perdana") or a list of those present
    ("turut dihadiri ...") completes the meeting just reported instead of making another.
    """
    text = article.text
    topic = _TOPIC.search(text, s, e)
    sequel = _SEQUEL.search(
        text, s, e
    )  # "The meeting came after Suhakam reported ... in Sabah": another event
    hi = min(topic.start() if topic else e, sequel.start() if sequel else e)
    # only before the topic: "membahas rencana pembangunan bendungan" is a plan discussed, not planned talks
    if word_regex("meetings_negative.txt").search(strip_attendees(text, s, hi)):
        return []
    extra = attendees(text, spans, s, e)
    cue = word_regex("meetings_attendees.txt").search(text, s, hi)
    hi = cue.start() if cue and extra else hi  # "turut dihadiri Duta Besar ke Turkiye": a title's place
    places = [
        n
        for n in spans
        if n.type == "location"
        and s <= n.start < hi
        and _PREP.search(text[max(0, n.start - 25) : n.start])
        and not office_word(text, n)
    ]
    ana = _ANAPHOR.match(text, s, e)
    if ana and _BACKGROUND.match(text, ana.end()):
        return []
    named_in = [n for n in spans if n.type == "location" and ana and s <= n.start < ana.end()]
    if named_in:  # "Pertemuan di Pusat Dagangan Dunia Kuala Lumpur itu ...": where the one just reported was
        places = named_in
    if word_regex("meetings_venue.txt").search(text, s, hi) or (extra and not places) or named_in:
        if places:
            prev.location, prev.weak = places[0].name, False
        prev.parties += extra
        prev.names = _names(prev.parties, prev.stand_ins)
        return []
    if not places:
        return [_Candidate(list(prev.parties), None, None, s, e)]
    if ana and re.match(r"(?:dalam|selama|semasa|during|at)\b", ana.group(0), re.I):
        # "Dalam pertemuan itu, X memaparkan ... di Balikpapan": what was said, not where; only
        # "During the talks in Doha" (the place right after) says where the meeting just reported was
        at = [n for n in places if re.fullmatch(r"\s+(?:di|in|at)\s+(?:the\s+)?", text[ana.end() : n.start])]
        if at and (prev.location is None or prev.weak):
            prev.location, prev.weak = at[0].name, False
        return []
    # "di Jeddah" is where another meeting was; "lawatan kerja pertama Wong ke Malaysia" the same visit's goal
    at = [n for n in places if _AT.search(text[max(0, n.start - 25) : n.start])]
    return [_Candidate(list(prev.parties), n.name, None, s, e, elsewhere=True) for n in at]


def _with_counterpart(article: Article, spans: list[Named], s: int, e: int) -> list[_Candidate]:
    pair = counterpart_pair(article.text, spans, s, e)
    if pair is None:
        return []
    where = _location(article.text, spans, s, pair[1].end, e, s)  # "..., Y, berunding di Seri Perdana"
    return [_Candidate(list(pair), where, meeting_date(article, s, e), s, e)]


def extract_meetings(article: Article) -> list[Meeting]:
    text = article.text
    starts = [m.start() for m in word_matches(text)]
    starts = sorted(starts + counterpart_starts(text))
    if not starts:
        return []
    sents = sentences(text)
    hit = [bisect_left(starts, s) < len(starts) and starts[bisect_left(starts, s)] < e for s, e in sents]
    spans = named_spans(article)
    spans = real_names(text, with_ner(article, spans, ner_regions(sents, hit, spans)))
    dateline = dateline_place(article, spans)
    here: bool | None = None  # "di sini" in the story: found on first need (a whole-text scan)
    headline = text.find("\n") if len(sents) > 1 else -1
    cands: list[_Candidate] = []
    last_k = -9  # the sentence of the last meeting: its companions may follow in the next two
    for k, (s, e) in enumerate(sents):
        ana = _ANAPHOR.match(text, s, e) if cands and text[s : s + 1].isalpha() else None
        found = _candidates_in(article, spans, sents, k, ana.end() if ana else s) if hit[k] else []
        if ana and not found:  # "The meeting came a day after X met Y": a meeting of its own first
            found = _anaphoric(article, spans, s, e, cands[-1])
        if hit[k] and not found:  # "X said he and his counterpart Y discussed ..."
            found = _with_counterpart(article, spans, s, e)
        last = last_pair_meeting(text, s, e, cands[0].parties) if cands else None
        if last:  # "Kedua menlu terakhir kali bertemu di X": the story's own pair met before
            when = meeting_date(article, s, e)
            found = [_Candidate(last[0], _location(text, spans, s, last[1], e, s), when, s, e, distinct=True)]
        for c in found:
            c.names = _names(c.parties, c.stand_ins)
            if len(c.names) < 2:
                continue
            if (
                c.location is None
            ):  # "Sebelum menerima menghadap Menteri Besar, Tuanku ...": that meeting's place
                c.location = sequel_place(text, s, c.names, [(o.names, o.location, o.weak) for o in cands])
            if c.location is None and dateline and s >= dateline[0] and here is None:
                here = bool(_HERE.search(text))
            if c.location is None and dateline and (here or s < dateline[0]):
                c.location, c.weak = dateline[1], True
            c.weak = c.weak or s < headline  # a headline's place yields to the body's, more specific one
            cands.append(c)
            last_k = k
        if cands and k - last_k <= 2:
            extra = companions(text, spans, s, e, cands[-1].names)
            extra += delegation_leader(text, spans, s, e, cands[-1].names)  # "Rombongan Kadin dipimpin X"
            extra += present_opener(text, spans, s, e) if not found else []  # "Turut hadir, X dan Y."
            # "Rapat dipimpin X.", "Delegasi itu diketuai X, manakala Y turut hadir.", "X hadir."
            extra += session_followers(text, spans, s, e, cands[-1].names) if not found else []
            cands[-1].parties += extra
            cands[-1].names = _names(cands[-1].parties, cands[-1].stand_ins)
            venue = (
                None
                if found or not (cands[-1].weak or cands[-1].location is None)
                else definite_venue(text, spans, s, e)
            )  # "Khaled said the hour-long meeting at the PICC ...": where the dateline only guessed
            if venue:
                cands[-1].location, cands[-1].weak = venue, False
    out = []
    for c in _merge(_without_restated_headline(cands, headline)):
        ev = Evidence(c.start, c.end, text[c.start : c.end])
        out.append(Meeting(participants=c.names, location=c.location, date=c.date, evidence=ev))
    return complete(article, out)


@register("extract.meetings.v1")
class ExtractMeetings:
    name: ClassVar[str] = "extract.meetings"
    language_bound: ClassVar[bool] = True  # skipped outside id/ms/en (see pipeline)
    version: ClassVar[str] = "1"
    requires: ClassVar[tuple[str, ...]] = ("text",)
    assigns: ClassVar[tuple[str, ...]] = ("meetings",)

    def __call__(self, article: Article) -> Article:
        article.meetings = extract_meetings(article)
        return article
