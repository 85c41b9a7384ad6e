"""Named spans of an article and the resolution of who a phrase points at, shared by quotes and meetings.

The entity stage fills `article.entities` with canonical names and mention offsets; when it has
not run (or found nothing) the NER model's raw mentions stand in, with their surface text as the
name. Either way stages see one sorted list of `Named` spans, so they work before and after linking.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from warta.alternation import alternation
from warta.calendar import months, weekdays
from warta.model import Article

_LABELS = {"PER": "person", "ORG": "organization", "LOC": "location"}
_CAPITALISED = re.compile(r"(?:[A-Z][\w'’.-]+\s){0,3}[A-Z][\w'’-]+$")
PRONOUNS = frozenset({"dia", "ia", "beliau", "mereka", "he", "she", "they", "nya"})
# Only title words between two names ("Deputi Penindakan KPK Asep Guntur Rahayu"): one title chain.
_CHAIN_GAP = re.compile(r"(?:,?\s*(?:[A-Z][\w.'’&-]*|of|for))*,?\s*")


@dataclass(frozen=True, slots=True)
class Named:
    start: int
    end: int
    text: str
    name: str  # canonical name when linked, else the surface text
    type: str  # person / organization / location


@cache
def word_list(filename: str) -> tuple[str, ...]:
    """Lower-cased entries of a knowledge list, longest first (so phrases win over their words)."""
    text = resources.files("warta.knowledge").joinpath(filename).read_text(encoding="utf-8")
    items = {ln.strip().lower() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")}
    return tuple(sorted(items, key=lambda w: (-len(w), w)))  # ties in a fixed order: one pattern text


@cache
def word_set(filename: str) -> frozenset[str]:
    """The entries of a knowledge list as a set, for membership tests in loops."""
    return frozenset(word_list(filename))


@cache
def word_regex(filename: str) -> re.Pattern[str]:
    """One case-insensitive pattern matching any entry of a list as whole words."""
    # "held * meeting": a "*" stands for up to three words ("held a four-eyes meeting").
    alts = alternation(
        (
            re.escape(w).replace(r"\ ", r"\s+").replace(r"\s+\*\s+", r"\s+(?:[\w-]+\s+){0,3}?")
            for w in word_list(filename)
        ),
        ignore_case=True,
    )
    # A look-ahead on the first letters lets the engine skip most positions (about twice as fast).
    firsts = "".join(sorted({re.escape(w[0]) for w in word_list(filename)}))
    return re.compile(rf"(?<![\w-])(?=[{firsts}])(?:{alts})(?![\w-])", re.I)


# The spans of the last article seen: the quotes and meetings stages run one after the other on
# the same article, and the NER pass is the costly part.
_LAST: dict[tuple[str, int, int, int], list[Named]] = {}


def named_spans(article: Article) -> list[Named]:
    """Every person/organization/location mention, sorted by offset, without overlaps.

    From the entity stage when it ran; from the NER model over the whole text when it did not.
    """
    key = (
        article.id,
        hash(article.text),
        len(article.entities),
        sum(len(e.mentions) for e in article.entities),
    )
    if key not in _LAST:
        _LAST.clear()
        spans = [Named(m.start, m.end, m.text, e.name, e.type) for e in article.entities for m in e.mentions]
        _LAST[key] = _tidy(spans or _ner_spans(article.text))
    return _LAST[key]


def with_ner(article: Article, spans: list[Named], regions: list[tuple[int, int]]) -> list[Named]:
    """`spans` plus the NER model's mentions in `regions` that the entity stage missed.

    A missed name ("Perdana Menteri Datuk Seri Anwar Ibrahim" at a line start) still counts as a
    party; it takes an entity's canonical name when it contains that name. Only the given regions
    are tagged because the model costs far more than the rules.
    """
    if not article.entities:
        return spans
    extra: list[Named] = []
    for start, end in regions:
        for n in _ner_spans(article.text[start:end]):
            n = Named(n.start + start, n.end + start, n.text, n.name, n.type)
            if not any(o.start < n.end and n.start < o.end for o in spans):
                extra.append(_to_entity(n, spans))
    return _tidy(spans + extra) if extra else spans


def _tidy(spans: list[Named]) -> list[Named]:
    spans = sorted(spans, key=lambda n: (n.start, -(n.end - n.start)))
    out: list[Named] = []
    for n in spans:
        if out and n.start < out[-1].end:
            continue
        out.append(n)
    return _expand_short_names(out)


def _ner_spans(text: str) -> list[Named]:
    try:
        from warta.extract.ner import recognize
    except ImportError:  # the NER model is optional: no names, no attributions
        return []
    return [
        Named(m.start, m.end, m.text, m.text, _LABELS[m.label]) for m in recognize(text) if m.label in _LABELS
    ]


def _to_entity(n: Named, linked: list[Named]) -> Named:
    words = set(n.text.casefold().split())
    for o in linked:
        if o.type == n.type and set(o.name.casefold().split()) <= words:
            return Named(n.start, n.end, n.text, o.name, o.type)
    return n


def _expand_short_names(spans: list[Named]) -> list[Named]:
    """A lone surname ("Hamdan", "Abdul") takes the name of a fuller person mention that contains it.

    Only needed when names are unlinked surfaces: linked entities already carry the full name.
    """
    counts: dict[str, int] = {}
    for n in spans:
        if n.type == "person" and " " in n.text.strip():
            counts[n.name] = counts.get(n.name, 0) + 1
    # The fuller name mentioned most often wins ("Retno Marsudi" over a headline's "Retno Temui").
    persons = sorted(counts, key=lambda name: -counts[name])
    words_of = [(p, p.casefold().split()) for p in persons]  # split once, not per short mention
    out: list[Named] = []
    for n in spans:
        if n.type == "person" and " " not in n.text.strip():
            word = n.text.strip(" .,").casefold()
            full = next((p for p, words in words_of if word in words), None)
            if not full and " " not in n.name:  # an unlinked short form: a nickname of someone named before
                full = _nickname_of(word, [o for o in out if o.type == "person" and " " in o.name])
            if full:
                n = Named(n.start, n.end, n.text, full, n.type)
        out.append(n)
    return out


def _nickname_of(word: str, earlier: list[Named]) -> str | None:
    """The one person named in full before whose name a short form abbreviates: "Roy" for
    Rolliansyah Soemirat, "Bamsoet" for Bambang Soesatyo (same first two letters, the short form's
    letters in order within the full name); none when two different persons fit."""
    if len(word) < 3 or not word.isalpha():
        return None
    fits = {n.name for n in earlier if _abbreviates(word, n.name.casefold())}
    return fits.pop() if len(fits) == 1 else None


def _abbreviates(word: str, full: str) -> bool:
    first = full.split()[0]
    if word in full.split() or not first.startswith(word[:2]):
        return False  # the same word is left to the exact rules
    letters = iter(full.replace(" ", ""))
    return all(c in letters for c in word)


# A full stop that ends a sentence, with the closing mark and space after it.
_STOP = re.compile(r"[.!?…][\"”’]?\s+")
# Words before a full stop that abbreviate ("Kombes Pol M. Syahduddi", "Dr. Ahmad", "H. Agus").
_ABBREV = re.compile(
    r"(?:^|[\s(])(?:[A-Z]|Dr|Drs|Dra|Ir|Prof|Pol|Kol|Jend|Brig|Hj|Mr|Mrs|Ms|Jr|Sr|St|Jl|No|Sdn|Bhd|Capt|Lt|Gen|Col|Sgt)$"
)


def sentence_start(text: str, lo: int, pos: int) -> int:
    """Where the sentence holding `pos` starts, not before `lo`; a stop after an initial or a
    title abbreviation ("M. Syahduddi") does not end a sentence."""
    start = lo
    for m in _STOP.finditer(text, lo, pos):
        if m.group(0)[0] == "." and _ABBREV.search(text, max(lo, m.start() - 6), m.start()):
            continue
        start = m.end()
    return start


def inside(spans: list[Named], start: int, end: int) -> list[Named]:
    """Names that start inside `[start, end)` (a mention may run a character past a phrase)."""
    return [n for n in spans if start <= n.start < end]


def last_before(spans: list[Named], pos: int, types: tuple[str, ...] = ("person",)) -> Named | None:
    best = None
    for n in spans:
        if n.end > pos:
            break
        if n.type in types:
            best = n
    return best


def titled_person(article: Article, spans: list[Named], title: str, before: int) -> str | None:
    """The person the article names right after `title` ("Presiden Joko Widodo"), latest before `before`."""
    found = None
    pat = re.compile(rf"(?<![\w-]){re.escape(title)}(?![\w-])", re.I)
    for n in spans:
        if n.start >= before:
            break
        if n.type == "person" and pat.search(article.text[max(0, n.start - len(title) - 40) : n.start]):
            found = n.name
    return found


def resolve_phrase(
    article: Article, spans: list[Named], start: int, end: int, last: str | None
) -> str | None:
    """The speaker a phrase after a verb of saying names: a person, else an organization.

    A bare title ("Presiden", "ketua Hamas yang ...", "Mantan Kapolres Lanny Jaya itu") points at
    the person named with that title, else the most recent speaker; a pronoun at the last speaker;
    "kantor berita itu" at the mention of "kantor berita" earlier in the text.
    """
    phrase = article.text[start:end].strip()
    words = phrase.casefold().split()
    if not words:
        return None
    if words[0] in PRONOUNS:
        return last
    names = inside(spans, start, end)
    person = next((n for n in names if n.type == "person"), None)
    org = next((n for n in names if n.type == "organization"), None)
    if person:
        return chain_end(article.text, names, person).name
    title = word_regex("quotes_titles.txt").match(phrase)
    role = word_regex("quotes_org_roles.txt").match(phrase)
    described = _name_after_org(article.text, org, end) if org and not role else None
    if described:  # "said former Bernama colleague Lim Kok Wing": the body only describes the person
        return described
    if org and (role or not title):
        return org.name
    if title:
        named = titled_person(article, spans, title.group(0), start)
        if named and not org:
            return named
        prev = last_before(spans, start)
        if prev:
            return prev.name
        return last or (org.name if org else None)
    definite = words[0] == "the" and 1 < len(words) <= 3 and phrase.islower()  # "the ministry said"
    if (words[-1] in {"itu", "tersebut", "berkenaan"} and len(words) > 1) or definite:
        noun = " ".join(phrase.split()[1:] if definite else phrase.split()[:-1])
        found = _anaphor(article, spans, noun, start)
        if found:
            return found
        # "kenyataan itu" goes on with the body whose statement it is; "warga itu" is nobody named.
        if word_regex("quotes_org_roles.txt").fullmatch(noun):
            return last
        return body_speaker(spans, noun, start)
    if phrase.islower() and len(words) <= 3:  # '"...," tulis manajemen.'
        return body_speaker(spans, phrase, start)
    # A name the entity stage missed ("Sabres coach Ralph Krueger"): its capitalised words.
    unknown = _CAPITALISED.fullmatch(phrase) or _CAPITALISED.search(phrase)
    if not unknown or is_calendar_word(unknown.group(0)):  # "said Wednesday": when, not who
        return None
    surname = unknown.group(0).casefold()
    full = next((n.name for n in spans if n.type == "person" and surname in n.name.casefold().split()), None)
    if not full and " " not in surname:  # "ujar Roy" untagged: a nickname of someone named before
        full = _nickname_of(
            surname, [n for n in spans if n.type == "person" and n.end <= start and " " in n.name]
        )
    return full or unknown.group(0)


# after a body: a lower-case noun or two and a capitalised name the entity stage missed, ending the phrase
_NAME_AFTER_ORG = re.compile(
    r"\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+((?:[A-Z][\w'’-]+\s){1,3}[A-Z][\w'’-]+)\s*$"
)


def _name_after_org(text: str, org: Named, end: int) -> str | None:
    m = _NAME_AFTER_ORG.match(text, org.end, end)
    return m.group(1) if m and not is_calendar_word(m.group(1)) else None


_BODY_REACH = 600  # how far back "the company" looks for the body it stands for


def body_speaker(spans: list[Named], noun: str, before: int) -> str | None:
    """'the company', 'manajemen', 'syarikat itu' (`noun` without its determiner): the last
    organisation named shortly before, else None."""
    noun = re.sub(r"^(?:pihak|the)\s+", "", noun.strip().casefold())
    if not word_regex("quotes_body_nouns.txt").fullmatch(noun):
        return None
    org = last_before(spans, before, ("organization",))
    return org.name if org and before - org.end <= _BODY_REACH else None


def chain_end(text: str, spans: list[Named], first: Named) -> Named:
    """The last person of a title chain starting at `first`: a title the entity stage took for a
    person ("Deputi Penindakan") comes before the name it belongs to."""
    best = first
    pos = first.end
    for n in spans:
        if n.start < pos:
            continue
        gap = _CHAIN_GAP.match(text, pos, n.start)
        if gap is None or gap.end() != n.start or n.start - pos > 40 or text.startswith(("’s", "'s"), n.end):
            break  # "Patrick Nielsen Hayden, Teresa's husband, said": an owner, not the title's holder
        if n.type == "person":
            best = n
        pos = n.end
    return best


def is_calendar_word(phrase: str) -> bool:
    """A weekday or month ("Wednesday", "Nov"): never a speaker or a source."""
    words = phrase.casefold().rstrip(".").split()
    return bool(words) and all(w in weekdays() or w in months() for w in words)


def _anaphor(article: Article, spans: list[Named], noun: str, before: int) -> str | None:
    """'kantor berita itu': the name given at the last earlier mention of 'kantor berita'."""
    at = article.text.casefold().rfind(noun.casefold(), 0, before)
    if at < 0:
        return None
    after = at + len(noun)
    for n in spans:
        if n.end > at and n.start <= after + 2 and n.type in ("organization", "location", "person"):
            return n.name
    return None


def owner_after(text: str, spans: list[Named], end: int) -> str | None:
    """'data Sistem Komputerisasi Haji Terpadu (Siskohat) Kementerian Haji dan Umrah': an unlinked
    system or report name ending at `end` belongs to the body named right after it (past an acronym)."""
    gap = re.match(r"\s*(?:\([^()\n]{1,15}\)\s*)?", text[end : end + 30])
    at = end + (gap.end() if gap else 0)
    owner = next((n for n in spans if n.start == at and n.type == "organization"), None)
    return owner.name if owner else None


# ", Laksamana Pertama Maritim Mohd Rizal Hashim": capitalised rank words between a comma and a name
_APPOSITION_GAP = re.compile(r"(?:\s+[A-Z][\w'’-]*){0,3},\s*(?:[A-Z][\w.'’-]*\s+){0,4}")


def apposition_after(text: str, spans: list[Named], end: int) -> str | None:
    """'menurut Pengarah Maritim Negeri Sabah, Mohd Rizal Hashim': a title's holder named right after it."""
    gap = _APPOSITION_GAP.match(text, end)
    if gap is None:
        return None
    person = next((n for n in spans if end < n.start <= gap.end() and n.type == "person"), None)
    return person.name if person else None
