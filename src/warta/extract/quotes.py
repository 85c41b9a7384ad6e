"""Direct quotes and their speakers (stage `extract.quotes.v1`).

A quote is the text between quotation marks of any kind (curly, straight, guillemets, the `&ldquo`/`&rdquo`
residue of scraping). A quote left open at the end of a paragraph goes on when the next paragraph opens with
a mark (the newspaper convention for long quotes), else it ends there (cut off by the excerpt). The speaker
comes from the attribution after the closing mark ("kata Hamdan", "tambahnya", '" he said'), from an
introducing clause before it, or from the current speaker of the story: the last one quoted or reported as
saying something ("Ia menyebut" counts for the last person named; a paragraph that opens with a named person
outranks a speaker from an earlier paragraph, else the subject opening the last clause of the paragraph just
before; with nobody speaking yet, "katanya" is the last person named). Fragments of one to three words,
mid-sentence quotes nobody is said to speak, and quotes of unnamed sources are left out (the annotation
guidelines). Descriptions ("ujar politikus PDIP tersebut"), "he said" after a sentence introducing a new
person, and unnamed-source words inside a named speaker's clause are resolved in `quote_speakers.py`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate, takewhile
from typing import ClassVar

from warta.extract.attribution import (
    PRONOUNS,
    Named,
    inside,
    is_calendar_word,
    last_before,
    named_spans,
    resolve_phrase,
    sentence_start,
    word_regex,
    word_set,
)
from warta.extract.quote_marks import (
    EN_SAID,
    MARK,
    RawQuote,
    embedded_fragment,
    find_raw_quotes,
    reported_said,
)
from warta.extract.quote_speakers import (
    apposed_speaker,
    described_person,
    intro_subject,
    is_object,
    last_subject,
    phrase_stop,
    possessive,
    pronoun_antecedent,
    royal_person,
    source_of_said,
    subject_past_objects,
    unnamed_speaker,
)
from warta.extract.quote_subjects import _clause_subject, _paragraph_subject
from warta.extract.word_scan import word_finditer
from warta.model import Article, Evidence, Quote
from warta.registry import register

# Where a speaker phrase after a verb of saying ends.
_PHRASE_STOP = re.compile(
    r"[.;:!?]|,|\s(?:dalam|kepada|di|pada|saat|ketika|usai|seusai|selepas|setelah|sebelum|menurut|yang|"
    r"awal|kemarin|kelmarin|semalam|hari|lalu|sambil|seraya|sebagaimana|seperti|to|in|on|at|during|after|"
    r"before|when|while|as|according)\b",
    re.I,
)
_MIN_WORDS = 4
_CURRENT = "\x00current"  # an attribution that points at the story's current speaker ("-nya", "he")
_SUBJECT_PRONOUNS = frozenset({"ia", "dia", "beliau", "he", "she"})
_PRONOUN_REACH = 400
# A lone capitalised name closing the sentence after a title and a comma.
_BARE_NAME = re.compile(r"\s*((?:[A-Z][a-z'’-]+\s){0,3}[A-Z][a-z'’-]+)\s*(?:\.|$)", re.M)
# A paragraph break inside a running quote, with the mark that reopens it.
_JOIN = re.compile(r"\s*\n\s*(?:&ldquo;?|[“„«\"])?")


def _sentence_prefix(text: str, q: RawQuote) -> tuple[int, str]:
    """The start and text of the sentence part before the opening mark, in its paragraph."""
    start = sentence_start(text, q.para_start, q.open)
    return start, text[start : q.open]


class _Intervals:
    """Whether a point lies in any of some `[start, end)` intervals, by bisection."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        spans = sorted(spans)
        self.starts = [s for s, _ in spans]
        self.reach = list(accumulate((e for _, e in spans), max))  # the furthest end so far

    def holds(self, pos: int) -> bool:
        k = bisect_right(self.starts, pos)
        return k > 0 and self.reach[k - 1] > pos


class _Speakers:
    """Who is speaking at a point of the story: explicit speakers and indirect-speech subjects."""

    def __init__(self, article: Article, spans: list[Named], quotes: list[RawQuote]) -> None:
        self.events: list[tuple[int, str]] = []
        text = article.text
        quoted = _Intervals([(q.start, q.end) for q in quotes])
        asked = max((q.open for q in quotes), default=0)  # events are read before an opening mark only
        for m in takewhile(lambda m: m.start() < asked, word_finditer("quotes_cues.txt", text)):
            if quoted.holds(m.start()):
                continue
            who = _subject_before(text, spans, m.start())
            if who:
                self.events.append((m.start(), who))
        said = [p for p, _ in self.events]
        for m in takewhile(lambda m: m.start() < asked, word_finditer("quotes_passive.txt", text)):
            who = _agent_after(text, spans, m.end())
            if who and not quoted.holds(m.start()) and not source_of_said(text, said, m):
                self.events.append((m.start(), who))
        self.events.sort()

    def add(self, pos: int, name: str) -> None:
        self.events.append((pos, name))
        self.events.sort()

    def last_event(self, pos: int) -> tuple[int, str] | None:
        found = None
        for event in self.events:
            if event[0] >= pos:
                break
            found = event
        return found

    def at(self, pos: int) -> str | None:
        found = None
        for p, name in self.events:
            if p >= pos:
                break
            found = name
        return found


def _subject_before(text: str, spans: list[Named], pos: int) -> str | None:
    """The person (else organization) named closest before a verb of saying, in its sentence."""
    lo = max(0, pos - 110)
    window = text[lo:pos]
    stop = max(window.rfind("\n"), window.rfind("”"), window.rfind('"'))
    lo = sentence_start(text, lo + stop + 1 if stop >= 0 else lo, pos)
    past = subject_past_objects(text, spans, pos, _PRONOUN_REACH)  # "Beliau yang bertemu X berkata"
    if past:
        return past
    cands = [n for n in spans if lo <= n.start and n.end <= pos and n.type in ("person", "organization")]
    if not cands or any(w in PRONOUNS for w in text[cands[-1].end : pos].casefold().split()):
        return _pronoun_subject(text, spans, lo, pos)
    persons = [n for n in cands if n.type == "person" and not possessive(text, n)]
    persons = [n for n in persons if not is_object(text, n)] or persons  # "X yang bertemu dengan Y berkata"
    return (persons[-1] if persons else cands[-1]).name


def _pronoun_subject(text: str, spans: list[Named], lo: int, pos: int) -> str | None:
    """'Ia menyebut ...', 'Dia juga menambahkan ...': a pronoun subject is the last person named."""
    words = text[lo:pos].casefold().split()
    if not words or words[0].strip(",") not in _SUBJECT_PRONOUNS or len(words) > 3:
        return None
    prev = pronoun_antecedent(text, spans, lo, _PRONOUN_REACH)
    return prev.name if prev else None


def _agent_after(text: str, spans: list[Named], pos: int) -> str | None:
    if text[pos : pos + 12].split()[:1] and text[pos : pos + 12].split()[0].strip(",").casefold() in PRONOUNS:
        # "Menurut beliau, Petronas kini ...": the pronoun's person, not the body named after it
        prev = pronoun_antecedent(text, spans, pos, _PRONOUN_REACH)
        return prev.name if prev else None
    hi = min(len(text), pos + 90)
    end = text.find("\n", pos, hi)
    hi = end if end >= 0 else hi
    cands = [n for n in spans if pos <= n.start and n.end <= hi and n.type in ("person", "organization")]
    persons = [n for n in cands if n.type == "person"]
    return (persons[0] if persons else cands[0]).name if cands else None


def _attribution_after(
    article: Article, spans: list[Named], q: RawQuote, last: str | None
) -> tuple[bool, str | None]:
    """(found a verb of saying after the closing mark, the speaker it names)."""
    if q.close < 0:
        return False, None
    text = article.text
    nxt = MARK.search(text, q.close, q.para_end)
    tail_end = nxt.start() if nxt else q.para_end
    tail = text[q.close : tail_end]
    m = re.match(r"\s*[,.!?]?\s*(?:[-–—]\s*)?", tail)
    at = q.close + (m.end() if m else 0)
    verb = word_regex("quotes_verbs.txt").match(text, at, tail_end)
    if verb:
        word = verb.group(0).casefold()
        base = word.removesuffix(" lagi")
        if base.endswith("nya") and base[:-3] in word_set("quotes_verbs.txt"):  # not "tanya"
            return True, last
        p_start = verb.end()
        stop = phrase_stop(_PHRASE_STOP, text, p_start + 1, tail_end)
        p_end = stop.start() if stop else tail_end
        if word_regex("quotes_unnamed.txt").search(text, p_start, p_end):
            return True, ""  # "kata sumber itu": explicitly nobody we can name
        if stop and stop.group(0) == "," and _apposition(spans, stop.end()):
            # "kata Ahli Parlimen Pekan, Datuk Seri Najib Razak": the name after the comma
            return True, _apposition(spans, stop.end())
        bare = _BARE_NAME.match(text, stop.end(), tail_end) if stop and stop.group(0) == "," else None
        if bare and not inside(spans, bare.start(1), bare.end(1)) and not is_calendar_word(bare.group(1)):
            return True, bare.group(1)  # "ujar Kepala Stasiun ..., Sukasno.": a name the entities missed
        who = royal_person(text, spans, p_start, p_end)  # "titah Baginda": the ruler named before
        who = who or described_person(text, spans, p_start, _described_end(text, stop, p_end, tail_end))
        who = who or resolve_phrase(article, spans, p_start, p_end, last)
        # '"...," kata seorang warga': someone the text does not name, not the last speaker
        return True, who if who is not None or not text[p_start:p_end].strip() else ""
    apposed = apposed_speaker(text, spans, q.close, tail_end)
    if apposed:
        return True, apposed
    en = reported_said(tail) or EN_SAID.match(tail)
    if en and word_regex("quotes_unnamed.txt").search(en.group(1)):
        return True, ""
    if en:
        who = royal_person(text, spans, q.close + en.start(1), q.close + en.end(1))
        who = who or described_person(text, spans, q.close + en.start(1), q.close + en.end(1))
        who = who or resolve_phrase(article, spans, q.close + en.start(1), q.close + en.end(1), last)
        return True, who if who is not None else ""
    return False, None


def _described_end(text: str, stop: re.Match[str] | None, p_end: int, tail_end: int) -> int:
    """'kata pria yang akrab disapa Cak Imin itu.': a description runs on over its relative clause."""
    if stop is None or stop.group(0).strip().casefold() != "yang":
        return p_end
    end = re.compile(r"[.;!?](?:\s|$)").search(text, p_end, tail_end)
    return end.start() if end else tail_end


def _apposition(spans: list[Named], pos: int) -> str | None:
    """A person named within a few words after `pos` (titles and honorifics may come first)."""
    return next((n.name for n in spans if pos <= n.start <= pos + 25 and n.type == "person"), None)


def _next_explicit(article: Article, spans: list[Named], quotes: list[RawQuote], i: int) -> str | None:
    """The speaker named right after the next quote, when that quote opens the next paragraph."""
    if i + 1 >= len(quotes):
        return None
    nxt = quotes[i + 1]
    if nxt.para_start != quotes[i].para_end + 1:
        return None
    found, who = _attribution_after(article, spans, nxt, None)
    return who if found else None


def extract_quotes(article: Article) -> list[Quote]:
    text = article.text
    raws = find_raw_quotes(text)
    # '"...," kata X': no comma said
    bodies = [_JOIN.sub(" ", text[q.start : q.end]).strip().rstrip(",") for q in raws]
    if all(len(body.split()) < _MIN_WORDS for body in bodies):
        return []  # nothing long enough to be a quote: spare finding names (the NER model, without entities)
    spans = named_spans(article)
    speakers = _Speakers(article, spans, raws)
    out: list[Quote] = []
    seen: set[str] = set()
    for i, q in enumerate(raws):
        body = bodies[i]
        if len(body.split()) < _MIN_WORDS:
            continue
        who = _speaker_for(article, spans, raws, i, speakers)
        if not who:
            continue
        speakers.add(q.open, who)
        key = " ".join(body.casefold().split()[:8])
        if key in seen:  # a repeated paragraph (standfirst, duplicated lead) says it once
            continue
        seen.add(key)
        end = q.close if q.close >= 0 else q.end
        out.append(Quote(speaker=who, text=body, evidence=_evidence(article, q.open, end)))
    return out


def _speaker_for(
    article: Article, spans: list[Named], raws: list[RawQuote], i: int, speakers: _Speakers
) -> str | None:
    """Who speaks quote `i`: after it, in its own sentence, else the story's current speaker."""
    text, q = article.text, raws[i]
    last = speakers.at(q.open)
    s_start, prefix = _sentence_prefix(text, q)
    if unnamed_speaker(text, spans, s_start, q.open):
        return None
    found, who = _attribution_after(article, spans, q, _CURRENT)
    if who == "":
        return None
    if who == _CURRENT:  # "ujarnya", "he said": the person the sentence before introduces, else
        # whoever the story is about at this point
        who = intro_subject(text, spans, q.para_start, q.open) or _current(text, spans, q, speakers)
    if prefix.strip(" -–—\t"):  # the quote sits inside a sentence
        if not found and embedded_fragment(text, q):
            return None  # 'Hamas said it was "ready to hand over" the bodies': a scare-quoted phrase
        has_cue, cue_who = _prefix_speaker(text, spans, s_start, q.open)
        if not has_cue and not found:
            return None  # a partial quote nobody is said to speak: a scare quote or fragment
        if has_cue:
            return cue_who or who or last
        return who if who else last
    if found:
        return who or last
    if i > 0 and raws[i - 1].para_end >= q.para_start and last:
        return last  # '"...," X said. "More words."': the same speaker goes on
    return _introducer(text, spans, q) or last or _next_explicit(article, spans, raws, i)


def _current(text: str, spans: list[Named], q: RawQuote, speakers: _Speakers) -> str | None:
    """The speaker '-nya' / 'he' points at: the person a paragraph opens with outranks a speaker
    from an earlier paragraph; with no speaker yet, the last person named before the quote."""
    event = speakers.last_event(q.open)
    if event is None or event[0] < q.para_start:
        subject = _paragraph_subject(text, spans, q.para_start, q.open)
        # "Sementara itu, Ketua Pembangkang X menyifatkan ..." then '"...," katanya.': X, not the
        # speaker before that paragraph.
        prev_end = len(text[: q.para_start].rstrip())
        prev_start = text.rfind("\n", 0, prev_end) + 1
        if (
            not subject
            and prev_start > (event[0] if event else -1)
            and not _holds_quote(text, prev_start, prev_end)
        ):
            subject = _clause_subject(text, spans, prev_start, prev_end)
        if subject:
            return subject
    if event is not None:
        return event[1]
    return last_subject(text, spans, q.open, _PRONOUN_REACH)


def _holds_quote(text: str, start: int, end: int) -> bool:
    """A paragraph quoting someone: a mark that opens a quote of several words, not a scare-quoted
    phrase ('criticized the agency for what he called a "cover-up culture."')."""
    marks = [m.start() for m in MARK.finditer(text, start, end)]
    if len(marks) % 2:
        return True  # a quote left open: it runs on
    return any(len(text[a:b].split()) >= _MIN_WORDS for a, b in zip(marks[::2], marks[1::2], strict=True))


def _introducer(text: str, spans: list[Named], q: RawQuote) -> str | None:
    """The subject of the sentence just before an unattributed quote in the same paragraph.

    "Mantan Kapolres Lanny Jaya itu memastikan ... "Kita profesional ...": a title subject points
    at the last person named before it.
    """
    before = text[q.para_start : q.open].rstrip()
    if not before:
        return None
    start = sentence_start(text, q.para_start, q.para_start + len(before) - 1)
    names = [n for n in spans if start <= n.start < q.open and n.type in ("person", "organization")]
    persons = [n for n in names if n.type == "person"]
    if persons or names:
        return (persons or names)[0].name
    if word_regex("quotes_titles.txt").match(text, start):
        prev = last_before(spans, start)
        return prev.name if prev else None
    return None


def _prefix_speaker(text: str, spans: list[Named], start: int, pos: int) -> tuple[bool, str | None]:
    """(a verb of saying introduces the quote in its sentence, the speaker it names).

    'Hamas memuji Putin atas "..."', 'Menurut Hamdan, "..."', 'Kata Hamdan: "..."'; a pronoun
    subject ('Ia mengatakan, "..."') names nobody: the current speaker goes on.
    """
    kinds = ("person", "organization")
    passive = next(word_regex("quotes_passive.txt").finditer(text, start, pos), None)
    if passive:
        return True, _agent_after(text, spans, passive.end())
    cue = next(word_regex("quotes_cues.txt").finditer(text, start, pos), None)
    if cue is None:
        cue = next(word_regex("quotes_verbs.txt").finditer(text, start, pos), None)
        if cue is None or not text[start:pos].rstrip().endswith((":", ",")):
            return False, None
    who = _subject_before(text, spans, cue.start())
    if who:
        return True, who
    after = [n for n in spans if cue.end() <= n.start and n.end <= pos and n.type in kinds]
    return True, after[0].name if after else None


def _evidence(article: Article, start: int, end: int) -> Evidence:
    ev = article.sentence_at(start, end)
    return Evidence(ev.start, max(ev.end, end), article.text[ev.start : max(ev.end, end)])


@register("extract.quotes.v1")
class ExtractQuotes:
    name: ClassVar[str] = "extract.quotes"
    language_bound: ClassVar[bool] = True  # skipped outside id/ms/en (see pipeline)
    version: ClassVar[str] = "1"
    requires: ClassVar[tuple[str, ...]] = ("text",)
    assigns: ClassVar[tuple[str, ...]] = ("quotes",)

    def __call__(self, article: Article) -> Article:
        article.quotes = extract_quotes(article)
        return article
