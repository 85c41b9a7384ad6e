"""Who a sentence attributes its numbers to, and as of when.

Per sentence, in order: the speaker of a direct quote that holds the number (from the quotes
stage), "menurut X" / "berdasarkan data ... X" / ", kata X", "X mengatakan, ...", "... diungkapkan
X", and a headline's "BNPB: ...". Pronouns and "-nya" verbs ("bebernya") point at the last named
speaker. X becomes a canonical name through the article's entities (person first, then
organization, then location: "Menurut Agam" is the regency); without entities the surface name
stands in. The acting body ("Polisi menangkap 5 orang") is not a source.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from warta.extract.attribution import Named, inside, named_spans, resolve_phrase
from warta.knowledge.loader import fold, load_kb
from warta.model import Article, DateMention

# A run of capitalised words ("Kementerian Kesihatan", "Agam"), allowing "dan"/"bin"/"al" inside.
_CAPS = re.compile(r"(?<![\w-])[A-Z][\w'’.-]*(?:\s+(?:(?:dan|bin|binti|al|el|of|the)\s+)?[A-Z][\w'’.-]*)*")


@cache
def source_words() -> dict[str, tuple[str, ...]]:
    text = resources.files("warta.knowledge").joinpath("figures_sources.tsv").read_text(encoding="utf-8")
    out: dict[str, tuple[str, ...]] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            kind, phrases = line.split("\t")
            items = {p.strip() for p in phrases.split(",") if p.strip()}
            out[kind] = tuple(sorted(items, key=len, reverse=True))
    return out


def _alt(kind: str) -> str:
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in source_words()[kind])


_STOP = r"(?=\s*(?:[,.;:“”\"()]|\s(?:bahwa|bahawa|that|dalam|pada|di|kepada|saat|ketika|yang)\s|$))"


# A subject longer than this is a clause ("Israel melancarkan perang ... setelah Hamas"), not a speaker.
_MAX_SUBJECT_WORDS = 12


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    return {
        "prep": re.compile(rf"(?<![\w-])(?:{_alt('prep')})\s+(?P<x>[^,.;:“”\"()]{{2,90}}?){_STOP}", re.I),
        "post": re.compile(rf"(?<![\w-])(?:{_alt('post')})nya\b", re.I),
        "verb": re.compile(
            rf"^(?P<x>[^“”\"]{{2,160}}?)\s+(?:(?:telah|juga|pun|lagi)\s+)?(?:{_alt('verb')})\b", re.I
        ),
        "said": re.compile(r",\s*(?:the\s+)?(?P<x>[^,.;“”\"]{2,60}?)\s+(?:said|says|told|reported)\b"),
        "passive": re.compile(
            rf"(?<![\w-])(?i:{_alt('passive')})\s+(?:oleh\s+)?(?P<x>[A-Z][^,.;“”\"]{{1,120}}?){_STOP}"
        ),
        "headline": re.compile(r"(?:^|[,;–—-]\s*)(?P<x>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,4}):\s"),
        "dateline": re.compile(r"^[A-Z][A-Z .,-]{1,40}(?:[:,]\s*[A-Za-z.]+)?\s*[:–—-]\s*"),
        "asof": re.compile(rf"(?<![\w-])(?:{_alt('asof')})\s*$", re.I),
        "now": re.compile(rf"(?<![\w-])(?:{_alt('now')})(?![\w-])", re.I),
        "pronoun": re.compile(rf"^(?:{_alt('pronoun')})$", re.I),
    }


@cache
def _trigger_words() -> frozenset[str]:
    """Every word of an attribution phrase: a sentence without one names no source."""
    words = source_words()
    return frozenset(w for kind in ("prep", "verb", "passive") for p in words[kind] for w in p.split())


_WORDS = re.compile(r"\w+")


def _may_attribute(sent: str) -> bool:
    """A cheap test before the attribution patterns (most sentences have none)."""
    trig, post = _trigger_words(), set(source_words()["post"])
    return any(w in trig or (w.endswith("nya") and w[:-3] in post) for w in _WORDS.findall(sent.lower()))


@dataclass(slots=True)
class Attributor:
    """Walks an article's sentences in order, remembering the last named speaker."""

    article: Article
    last: str | None = None
    _spans: list[Named] | None = None

    @property
    def spans(self) -> list[Named]:
        """Named spans, found on first use: without linked entities that runs the NER model."""
        if self._spans is None:
            self._spans = named_spans(self.article)
        return self._spans

    def sentence(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """The sources this sentence names, as (phrase start, phrase end, name), first first.

        A caller skips a source whose phrase holds the number itself ("Keluarga dari 13 sandera
        ... menyatakan": the people counted, not a source). Updates the last named speaker.
        """
        text = self.article.text
        sent = text[start:end]
        pats = _patterns()
        if start and not _may_attribute(sent):
            return []
        if start == 0 and "\n" not in sent:
            m = pats["headline"].search(sent)
            who = self._resolve(m.start("x"), m.end("x"), allow_location=False) if m else None
            if m and who:
                return [(m.start("x"), m.end("x"), who)]
        found: list[tuple[int, int, str | None]] = []
        for key in ("prep", "passive", "said"):
            for m in pats[key].finditer(sent):
                a, b = start + m.start("x"), start + m.end("x")
                found.append((a, b, self._resolve(a, b) or self._surface(a, b)))
        lead = pats["dateline"].match(sent)
        offset = lead.end() if lead else 0
        m = pats["verb"].match(sent[offset:])
        if m and len(m.group("x").split()) <= _MAX_SUBJECT_WORDS:
            a, b = start + offset + m.start("x"), start + offset + m.end("x")
            found.append((a, b, self._resolve(a, b, allow_location=False)))  # places do not speak
        for m in pats["post"].finditer(sent):
            found.append((start + m.start(), start + m.end(), self.last))
        named = [(a, b, who) for a, b, who in sorted(found, key=lambda f: f[0]) if who]
        if named:
            self.last = named[0][2]
        return named

    def _resolve(self, start: int, end: int, allow_location: bool = True) -> str | None:
        text = self.article.text
        phrase = text[start:end].strip()
        if not phrase:
            return None
        if _patterns()["pronoun"].match(phrase.split()[0]) and len(phrase.split()) <= 2:
            return self.last
        names = inside(self.spans, start, end)
        who = resolve_phrase(self.article, self.spans, start, end, self.last)
        if who and (not names or who in {n.name for n in self.spans}):
            return who  # a linked name, or a title resolved to its holder
        for kind in ("person", "organization") + (("location",) if allow_location else ()):
            hit = next((n for n in names if n.type == kind), None)
            if hit:
                return hit.name
        return who

    def _surface(self, start: int, end: int) -> str | None:
        """An unlinked name after "menurut": the entity whose name holds its words, else the name itself."""
        m = _CAPS.search(self.article.text, start, end)
        if not m:
            return None
        words = set(fold(m.group(0)).split())
        for e in self.article.entities:
            if words <= set(fold(e.name).split()):
                return e.name
        found = load_kb().lookup(m.group(0), strict_case=True)
        return found[0].name if found else m.group(0)

    def quote_speaker(self, pos: int) -> str | None:
        """The speaker of a direct quote whose body holds `pos`."""
        text = self.article.text
        for q in self.article.quotes:
            if q.evidence is None or not q.speaker:
                continue
            at = text.find(q.text[:40], q.evidence.start) if q.text else -1
            if at >= 0 and at <= pos < at + len(q.text):
                return q.speaker
        return None


def as_of(article: Article, start: int, end: int, dates: list[DateMention]) -> str | None:
    """The as-of date a sentence states ("Per Senin (13/5)", "sehingga kini"), else None."""
    text = article.text
    pats = _patterns()
    for d in dates:
        if start <= d.start < end and pats["asof"].search(text[max(start, d.start - 12) : d.start]):
            return d.value or d.text
    if pats["now"].search(text, start, end):
        return article.published
    return None
