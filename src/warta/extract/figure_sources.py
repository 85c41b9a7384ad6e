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

from warta.extract.attribution import (
    Named,
    apposition_after,
    inside,
    named_spans,
    owner_after,
    resolve_phrase,
    word_regex,
)
from warta.extract.figure_credit import ACCORDING, according_first, known_acronym_after
from warta.extract.figure_patterns import (
    _WORDS,
    _may_attribute,
    _may_match,
    _patterns,
    _time_phrase,
    source_words,
)
from warta.extract.quote_speakers import described_person
from warta.knowledge.loader import fold, load_kb
from warta.model import Article, DateMention

# A run of capitalised words ("Kementerian Kesihatan", "Agam"), allowing "dan"/"bin"/"al" inside.
_CAPS = re.compile(r"(?<![\w-])[A-Z][\w'’.-]*(?:\s+(?:(?:dan|bin|binti|al|el|of|the)\s+)?[A-Z][\w'’.-]*)*")


# A predicate coordinated before the verb of saying ("accused the Arakan Army of ... and said").
_COORDINATED = re.compile(r"\s(?:and|dan|serta)$", re.I)
# A subject longer than this is a clause ("Israel melancarkan perang ... setelah Hamas"), not a speaker.
_MAX_SUBJECT_WORDS = 12
# A phrase after "menurut"/"according to" longer than this that opens with no name names no source.
_MAX_PHRASE = 90


_GAP_STOP = re.compile(r"[\d,.;:()]")  # between a body and its officer's name: a clause, not a title


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
        low = sent.lower()
        ws = set(_WORDS.findall(low))
        if start and not _may_attribute(sent, low, ws):
            return []
        if start == 0 and "\n" not in sent:
            m = pats["headline"].search(sent)
            has_name = m is not None and any(
                n.type != "location" for n in inside(self.spans, m.start("x"), m.end("x"))
            )
            who = self._resolve(m.start("x"), m.end("x"), allow_location=False) if m and has_name else None
            if m and who:  # "BNPB: 14 Meninggal", not "Floods: Number of evacuees ..."
                return [(m.start("x"), m.end("x"), who)]
        found: list[tuple[int, int, str | None]] = []
        prep: set[int] = set()  # starts of the phrases after "menurut" / "according to"
        for key in ("prep", "passive", "said", "data"):
            if not _may_match(key, sent, low, ws):
                continue
            for m in pats[key].finditer(sent):
                if _COORDINATED.search(m.group("x")):
                    continue  # "X accused Y of ... and said": X's words, found as the subject
                a, b = self._trim(start + m.start("x"), start + m.end("x"))
                if b - a <= _MAX_PHRASE and not self._unnamed(a, b) and not _time_phrase(text[a:b]):
                    who = self._resolve(a, b)
                    names = inside(self.spans, a, b)
                    if not any(n.type != "location" for n in names):  # a system's owner, a title's holder
                        who = owner_after(text, self.spans, b) or apposition_after(text, self.spans, b) or who
                    elif not any(n.type == "person" for n in names) and word_regex("quotes_titles.txt").match(
                        text, a
                    ):  # "menurut Kepala Basarnas Kendari, Muhammad Arafah"
                        who = apposition_after(text, self.spans, b) or who
                    found.append((a, b, who or self._surface(a, b)))
                    if key == "prep" and ACCORDING.match(m.group(0)):
                        prep.add(a)
        if _may_match("verb", sent, low, ws):
            found.extend(self._subject(sent, start))
        for m in pats["post"].finditer(sent) if _may_match("post", sent, low, ws) else ():
            found.append((start + m.start(), start + m.end(), self.last))
        named = [(a, b, who) for a, b, who in sorted(found, key=lambda f: f[0]) if who]
        if named:
            self.last = named[0][2]
        return according_first(named, prep)

    def _subject(self, sent: str, start: int) -> list[tuple[int, int, str | None]]:
        """The subject of a verb of reporting at the sentence start ("BNPB mencatat ...").

        After an opening adverbial ("Dengan serangan terbaru ini, kementerian mencatat") the
        subject is the part after the last comma; places do not speak.
        """
        lead = _patterns()["dateline"].match(sent)
        offset = lead.end() if lead else 0
        m = _patterns()["verb"].match(sent[offset:])
        if not m:
            return []
        a, b = start + offset + m.start("x"), start + offset + m.end("x")
        if self._unnamed(a, b):
            return []
        if _COORDINATED.search(m.group("x")):  # "X, a spokesman, accused Y of ... and said": X
            first = next((n for n in inside(self.spans, a, b) if n.type in ("person", "organization")), None)
            return [(first.start, first.end, first.name)] if first else []
        closed = _before_comma(self.article.text, a, b)  # "Pengarah JBPM, Mohd Rizal, berkata"
        comma = self.article.text.rfind(",", a, closed)
        tail = self.article.text[comma + 1 : b].rstrip(", ") if comma >= 0 else ""
        if tail.strip() and len(tail.split()) <= _MAX_SUBJECT_WORDS:
            who = self._resolve(comma + 1, b, allow_location=False)
            named = any(n.type == "person" for n in inside(self.spans, comma + 1, b))
            if who and (closed == b or named):  # "X, yang juga Ketua Gerindra, berkata": X, not the party
                return [(comma + 1, b, who)]
        if len(m.group("x").split()) <= _MAX_SUBJECT_WORDS:
            return [(a, b, self._resolve(a, b, allow_location=False))]
        return []

    def _unnamed(self, start: int, end: int) -> bool:
        """ "Israeli officials said", "kata sumber": unnamed people, no named person or body among them."""
        words = self.article.text[start:end].casefold().split()
        if not words or words[-1].strip(",.") not in _unnamed_nouns():
            return False
        return not any(n.type in ("person", "organization") for n in inside(self.spans, start, end))

    def _trim(self, start: int, end: int) -> tuple[int, int]:
        """A phrase after "according to" ends with the name that opens it ("according to the Gaza
        Health Ministry more than 50,000 ..."), so the numbers after it are not inside it."""
        names = inside(self.spans, start, end)
        first = next(iter(names), None)
        if first and first.type != "location" and len(self.article.text[start : first.start].split()) <= 3:
            # "said Fire and Rescue Department director-general Nor Hisham": the body's officer speaks
            person = next((n for n in names if n.type == "person" and n.start >= first.end), None)
            gap = self.article.text[first.end : person.start] if person else ","  # a title only, no clause
            if first.type == "organization" and len(gap.split()) <= 3 and not _GAP_STOP.search(gap):
                return start, min(end, person.end if person else end)
            return start, min(end, first.end)
        return start, end

    def _resolve(self, start: int, end: int, allow_location: bool = True) -> str | None:
        text = self.article.text
        phrase = text[start:end].strip()
        if not phrase:
            return None
        described = described_person(text, self.spans, start, end)  # "kata politikus PDIP itu"
        if described:
            return described
        ana = anaphor(self.article, self.spans, start, end)
        if ana is not None:
            return ana or None  # "" : a generic noun ("the ministry") whose body was never named
        known = known_acronym_after(text, start, end)
        if known:
            return known
        if _patterns()["pronoun"].match(phrase.split()[0]) and len(phrase.split()) <= 2:
            return self.last
        names = inside(self.spans, start, end)
        tail = names[-1] if names else None
        if (
            tail
            and tail.type == "organization"
            and text[tail.start - 1 : tail.start] == "("
            and len(names) > 1
        ):
            return (
                tail.name
            )  # "Agensi Bantuan ... Bangsa-Bangsa Bersatu ... (UNRWA)": the acronym names it all
        who = resolve_phrase(self.article, self.spans, start, end, self.last)
        who = (self._acronym(who) if who and who not in {n.name for n in names} else None) or who  # "JKNS"
        if who and not allow_location and who in {n.name for n in names if n.type == "location"}:
            return None  # "Sebuah pertubuhan ... di New York berkata": the place does not speak
        if who and (not names or who in {n.name for n in self.spans}):
            return who  # a linked name, or a title resolved to its holder
        for kind in ("person", "organization") + (("location",) if allow_location else ()):
            hit = next((n for n in names if n.type == kind), None)
            if hit and kind == "location" and who and _opens_elsewhere(text, start, hit.start):
                return who  # "menurut Persatuan Tahanan Palestin": a body named after a place, not the place
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
        defined = self._acronym(m.group(0))
        if defined:
            return defined
        found = load_kb().lookup(m.group(0), strict_case=True)
        return found[0].name if found else m.group(0)

    def _acronym(self, short: str) -> str | None:
        """ "menurut kenyataan JKNS" after "Jabatan Kesihatan Negeri Selangor (JKNS)": the organization
        named first in the capitalised words right before the bracketed acronym."""
        at = self.article.text.find(f"({short})") if short.isupper() else -1
        run = _CAPS_RUN.search(self.article.text, max(0, at - 120), at) if at > 0 else None
        orgs = (e for e in self.article.entities if e.type == "organization")
        inner = [
            (m.start, e.name) for e in orgs for m in e.mentions if run and run.start() <= m.start < run.end()
        ]
        return min(inner)[1] if inner else None

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


def _before_comma(text: str, a: int, b: int) -> int:
    """The end of a subject without its closing comma ("Pengarah JBPM, Mohd Rizal, berkata"): the
    name between the last two commas is the apposition that names the speaker."""
    end = b
    while end > a and text[end - 1] in ", ":
        end -= 1
    return end


@cache
def _unnamed_nouns() -> frozenset[str]:
    return frozenset(source_words()["unnamed"])


def _opens_elsewhere(text: str, start: int, at: int) -> bool:
    """Capitalised words stand between the phrase start and a place inside it ("Persatuan Tahanan Palestin")."""
    return any(w[:1].isupper() for w in text[start:at].split())


@cache
def _anaphor_kinds() -> list[tuple[frozenset[str], tuple[str, ...]]]:
    """(nouns, antecedent words) per kind of body: "kementerian itu" points at an earlier ministry."""
    out = []
    for kind, words in source_words().items():
        if kind.startswith("anaphor."):
            folded = tuple(w.casefold() for w in words)
            out.append((frozenset(folded), folded))
    return out


_CAPS_RUN = re.compile(r"(?:[A-Z][\w'-]*\s+(?:(?:dan|and|of|bagi|untuk)\s+)?)+$")  # words before "(JKNS)"

_DETERMINERS = {"itu", "tersebut", "berkenaan", "ini", "terbabit"}
_LEADING = {"the", "a", "an", "seorang", "for", "of", "dari", "daripada"}


def anaphor(article: Article, spans: list[Named], start: int, end: int) -> str | None:
    """A generic body noun as a subject or after "menurut": the nearest earlier organisation of that kind.

    "Kementerian itu dalam kenyataan", "kementerian", "the ministry", "agensi tersebut" -> the last
    organisation mentioned before `start` whose name or mention holds a word of the same kind
    ("Kementerian Kesihatan Gaza" -> Gaza Health Ministry). Returns None when the phrase is no such
    noun, "" when it is one but no body of that kind was named before.
    """
    text = article.text
    words = text[start:end].split()
    article_word = False  # "the ministry" may be capitalised; a bare "Kementerian ..." opens a name
    while words and words[0].casefold() in _LEADING:
        words, article_word = words[1:], True
    role = word_regex("quotes_org_roles.txt").match(" ".join(words))
    if (
        role and len(words) > 1
    ):  # "jurucakap kementerian itu", "pihak kementerian", "a spokesman for the ministry"
        words = " ".join(words)[role.end() :].split()
        while words and words[0].casefold() in _LEADING:
            words, article_word = words[1:], True
    if not words or any(n.type in ("person", "organization") for n in inside(spans, start, end)):
        return None
    noun = words[0].strip(",.").casefold()
    kind = next((ante for nouns, ante in _anaphor_kinds() if noun in nouns), None)
    if kind is None:
        return None
    determined = len(words) > 1 and words[1].strip(",.").casefold() in _DETERMINERS
    if not determined and not article_word and words[0][:1].isupper():
        return None  # "Kementerian Kesehatan ..." opens a name, not an anaphor
    best = ""
    for n in spans:
        if n.start >= start:
            break
        if n.type == "organization":
            names = f"{n.text} {n.name}".casefold()
            if any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", names) for w in kind):
                best = n.name
    return best


def as_of(article: Article, start: int, end: int, dates: list[DateMention]) -> str | None:
    """The as-of date a sentence states ("Per Senin (13/5)", "sehingga kini"), else None."""
    text = article.text
    pats = _patterns()
    for d in dates:
        if start <= d.start < end and pats["asof"].search(text[max(start, d.start - 30) : d.start]):
            return d.value or d.text
    if pats["now"].search(text, start, end):
        return article.published
    return None
