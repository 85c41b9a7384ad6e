"""Direct quotes and their speakers (stage `extract.quotes.v1`).

A quote is the text between quotation marks of any kind (curly, straight, guillemets, the
`&ldquo`/`&rdquo` residue of scraping). A quote left open at the end of a paragraph goes on when
the next paragraph opens with a mark (the newspaper convention for long quotes), else it ends
there (cut off by the excerpt). The speaker comes from the attribution after the closing mark
("kata Hamdan", "tambahnya", '" he said'), from an introducing clause before it, or from the
current speaker of the story: the last one quoted or reported as saying something. Fragments of
one to three words, mid-sentence quotes nobody is said to speak, and quotes of unnamed sources are
left out (the annotation guidelines).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import ClassVar

from warta.extract.attribution import (
    PRONOUNS,
    Named,
    last_before,
    named_spans,
    resolve_phrase,
    word_list,
    word_regex,
)
from warta.model import Article, Evidence, Quote
from warta.registry import register

_MARK = re.compile(r"&(?:ldquo|rdquo|quot|laquo|raquo|bdquo);?|[“”„«»\"]")
_OPENERS = {"“", "„", "«", "&ldquo", "&laquo", "&bdquo"}
_CLOSERS = {"”", "»", "&rdquo", "&raquo"}
# Where a speaker phrase after a verb of saying ends.
_PHRASE_STOP = re.compile(
    r"[.;:!?]|,|\s(?:dalam|kepada|di|pada|saat|ketika|usai|seusai|selepas|setelah|sebelum|menurut|yang|"
    r"awal|kemarin|kelmarin|semalam|hari|lalu|sambil|seraya|sebagaimana|seperti|to|in|on|at|during|after|"
    r"before|when|while|as|according)\b",
    re.I,
)
_EN_SAID = re.compile(
    r"^\s*[,.]?\s*([^,.;\"“”]{1,60}?)\s+(?:said|says|added|told|wrote|stated|noted|acknowledged|"
    r"insisted|admitted|recalled|continued|asked|argued|warned|replied|explained)\b",
    re.I,
)
_MIN_WORDS = 4
# A paragraph break inside a running quote, with the mark that reopens it.
_JOIN = re.compile(r"\s*\n\s*(?:&ldquo;?|[“„«\"])?")
_SENTENCE_END = re.compile(r"[.!?…][\"”’]?\s+")


@dataclass(slots=True)
class RawQuote:
    open: int  # offset of the opening mark
    start: int  # first character inside the marks
    end: int  # last character inside (exclusive), in the last paragraph
    close: int  # offset just after the closing mark, or -1 when the quote was left open
    para_start: int  # start of the paragraph holding the opening mark
    para_end: int  # end of the paragraph holding the end


def _kind(token: str, text: str, pos: int, inside: bool) -> str:
    """'open' or 'close' for a mark; a straight quote decides by state and by its neighbours."""
    if token.rstrip(";") in _OPENERS:
        return "open"
    if token.rstrip(";") in _CLOSERS:
        return "close"
    if inside:
        return "close"
    nxt = text[pos + len(token) : pos + len(token) + 1]
    return "open" if nxt and not nxt.isspace() else "close"


def find_raw_quotes(text: str) -> list[RawQuote]:
    """Quote segments in order, with paragraph continuation already joined."""
    segments: list[RawQuote] = []
    pos = 0
    for para in text.split("\n"):
        p_start, p_end = pos, pos + len(para)
        pos = p_end + 1
        open_at: re.Match[str] | None = None
        for m in _MARK.finditer(para):
            kind = _kind(m.group(0), para, m.start(), open_at is not None)
            if kind == "open" and open_at is None:
                open_at = m
            elif kind == "close" and open_at is not None:
                segments.append(
                    RawQuote(
                        p_start + open_at.start(),
                        p_start + open_at.end(),
                        p_start + m.start(),
                        p_start + m.end(),
                        p_start,
                        p_end,
                    )
                )
                open_at = None
        if open_at is not None:
            segments.append(
                RawQuote(p_start + open_at.start(), p_start + open_at.end(), p_end, -1, p_start, p_end)
            )
    return _join_paragraphs(text, segments)


def _join_paragraphs(text: str, segments: list[RawQuote]) -> list[RawQuote]:
    """An open quote whose next paragraph opens with a mark is one quote running on."""
    out: list[RawQuote] = []
    for seg in segments:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.close < 0
            and seg.para_start == prev.para_end + 1
            and not text[seg.para_start : seg.open].strip()
        ):
            prev.end, prev.close, prev.para_end = seg.end, seg.close, seg.para_end
            continue
        out.append(seg)
    return out


def _sentence_prefix(text: str, q: RawQuote) -> tuple[int, str]:
    """The start and text of the sentence part before the opening mark, in its paragraph."""
    before = text[q.para_start : q.open]
    ends = list(_SENTENCE_END.finditer(before))
    start = q.para_start + (ends[-1].end() if ends else 0)
    return start, text[start : q.open]


class _Speakers:
    """Who is speaking at a point of the story: explicit speakers and indirect-speech subjects."""

    def __init__(self, article: Article, spans: list[Named], quotes: list[RawQuote]) -> None:
        self.events: list[tuple[int, str]] = []
        text = article.text
        quoted = [(q.start, q.end) for q in quotes]
        for m in word_regex("quotes_cues.txt").finditer(text):
            if any(s <= m.start() < e for s, e in quoted):
                continue
            who = _subject_before(text, spans, m.start())
            if who:
                self.events.append((m.start(), who))
        for m in word_regex("quotes_passive.txt").finditer(text):
            who = _agent_after(text, spans, m.end())
            if who and not any(s <= m.start() < e for s, e in quoted):
                self.events.append((m.start(), who))
        self.events.sort()

    def add(self, pos: int, name: str) -> None:
        self.events.append((pos, name))
        self.events.sort()

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
    stop = max(window.rfind(". "), window.rfind("\n"), window.rfind("”"), window.rfind('"'))
    lo = lo + stop + 1 if stop >= 0 else lo
    cands = [n for n in spans if lo <= n.start and n.end <= pos and n.type in ("person", "organization")]
    if not cands:
        return None
    between = text[cands[-1].end : pos].casefold().split()
    if any(w in PRONOUNS for w in between):
        return None
    persons = [n for n in cands if n.type == "person"]
    return (persons[-1] if persons else cands[-1]).name


def _agent_after(text: str, spans: list[Named], pos: int) -> str | None:
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
    nxt = _MARK.search(text, q.close, q.para_end)
    tail_end = nxt.start() if nxt else q.para_end
    tail = text[q.close : tail_end]
    m = re.match(r"\s*[,.!?]?\s*(?:[-–—]\s*)?", tail)
    at = q.close + (m.end() if m else 0)
    verb = word_regex("quotes_verbs.txt").match(text, at, tail_end)
    if verb:
        word = verb.group(0).casefold()
        base = word.removesuffix(" lagi")
        if base.endswith("nya") and base[:-3] in word_list("quotes_verbs.txt"):  # not "tanya"
            return True, last
        p_start = verb.end()
        stop = _PHRASE_STOP.search(text, p_start + 1, tail_end)
        p_end = stop.start() if stop else tail_end
        if word_regex("quotes_unnamed.txt").search(text, p_start, p_end):
            return True, ""  # "kata sumber itu": explicitly nobody we can name
        if stop and stop.group(0) == "," and _apposition(spans, stop.end()):
            # "kata Ahli Parlimen Pekan, Datuk Seri Najib Razak": the name after the comma
            return True, _apposition(spans, stop.end())
        who = resolve_phrase(article, spans, p_start, p_end, last)
        # '"...," kata seorang warga': someone the text does not name, not the last speaker
        return True, who if who is not None or not text[p_start:p_end].strip() else ""
    en = _EN_SAID.match(tail)
    if en and word_regex("quotes_unnamed.txt").search(en.group(1)):
        return True, ""
    if en:
        who = resolve_phrase(article, spans, q.close + en.start(1), q.close + en.end(1), last)
        return True, who if who is not None else ""
    return False, None


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
    if not raws:
        return []
    spans = named_spans(article)
    speakers = _Speakers(article, spans, raws)
    out: list[Quote] = []
    seen: set[str] = set()
    for i, q in enumerate(raws):
        body = _JOIN.sub(" ", text[q.start : q.end]).strip().rstrip(",")  # '"...," kata X': no comma said
        if len(body.split()) < _MIN_WORDS:
            continue
        who = _speaker_for(article, spans, raws, i, speakers.at(raws[i].open))
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
    article: Article, spans: list[Named], raws: list[RawQuote], i: int, last: str | None
) -> str | None:
    """Who speaks quote `i`: after it, in its own sentence, else the story's current speaker."""
    text, q = article.text, raws[i]
    s_start, prefix = _sentence_prefix(text, q)
    if word_regex("quotes_unnamed.txt").search(prefix):
        return None
    found, who = _attribution_after(article, spans, q, last)
    if who == "":
        return None
    if prefix.strip(" -–—\t"):  # the quote sits inside a sentence
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


def _introducer(text: str, spans: list[Named], q: RawQuote) -> str | None:
    """The subject of the sentence just before an unattributed quote in the same paragraph.

    "Mantan Kapolres Lanny Jaya itu memastikan ... "Kita profesional ...": a title subject points
    at the last person named before it.
    """
    before = text[q.para_start : q.open].rstrip()
    if not before:
        return None
    ends = list(_SENTENCE_END.finditer(before[:-1]))
    start = q.para_start + (ends[-1].end() if ends else 0)
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
    version: ClassVar[str] = "1"
    requires: ClassVar[tuple[str, ...]] = ("text",)
    assigns: ClassVar[tuple[str, ...]] = ("quotes",)

    def __call__(self, article: Article) -> Article:
        article.quotes = extract_quotes(article)
        return article
