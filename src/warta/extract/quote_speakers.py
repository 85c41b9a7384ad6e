"""Who a quote's speaker phrase points at when it names nobody outright (helpers of `extract.quotes`).

- A description with a demonstrative after the quote ("ujar politikus PDIP tersebut", "kata pejabat
  itu") is the person described: the person the article names with that body in a title ("politikus
  PDIP Puan"), else the last person who was the subject of a sentence before (`described_person`).
- A pronoun attribution ("he said", "katanya") right after a sentence that introduces a new person as
  its subject ("Bersatu information chief X also dismissed the report.") is that person
  (`intro_subject`), not the story's main speaker.
- A pronoun subject ("Beliau menjelaskan ...", "He said ...") is the person of the sentence before
  who is no object there: not the one met, present or leading a delegation ("bertemu dengan
  delegasi yang diketuai X", "a delegation led by X") (`pronoun_antecedent`).
- A verb of saying whose sentence names persons only as objects and has a pronoun subject ("Beliau
  yang bertemu delegasi yang diketuai X berkata", "Selepas bertemu X, beliau berkata") is said by the
  person the pronoun stands for (`subject_past_objects`).
- An unnamed-source word after the named speaker's verb ("Fahmi said the claim, spread by an
  anonymous account, was ...") does not make the speaker unnamed (`unnamed_speaker`).
"""

from __future__ import annotations

import re
from functools import cache

from warta.extract.attribution import PRONOUNS, Named, last_before, sentence_start, word_regex, word_set
from warta.text import abbreviation_dot

_DEMONSTRATIVES = frozenset({"itu", "tersebut", "berkenaan", "terbabit"})
_REACH = 600  # how far back a description or an intro sentence looks for its person
# Lower-case words that make a prefix more than a title: verbs ("menangkap", "arrested", "met").
_VERB = re.compile(r"^(?:me[mnrlwy]?\w{3,}|ber\w{3,}|di\w{4,}|ter\w{3,}|\w{3,}ed|met|said|says|told)$")
_AGE = re.compile(r"\d{1,3}-year-old")  # "said the 76-year-old"
_SENTENCE_END = re.compile(r"[.!?][\"”’]?\s")


def described_person(text: str, spans: list[Named], start: int, end: int) -> str | None:
    """The person a description points at ("politikus PDIP tersebut", "pria yang ... itu", "the
    former premier", "the 76-year-old"), or None when the phrase is no such description (a body noun
    like 'kementerian itu' or 'the ministry' is left to the callers)."""
    start += len(text[start:end]) - len(text[start:end].lstrip())
    words = [w.strip(".,") for w in text[start:end].casefold().split()]
    noun = _description_noun(text, start, words)
    if noun is None:
        return None
    kin = word_regex("quotes_kin_nouns.txt").match(text, start)
    named = next((n for n in spans if start <= n.start < end and n.type == "person"), None)
    if named and not kin:  # "kata pria yang akrab disapa Cak Imin itu": named in the description
        return named.name
    orgs = [n for n in spans if start <= n.start < end and n.type == "organization"]
    for org in orgs:  # "politikus PDIP Puan Maharani" earlier: the member of the same body
        member = _titled_member(text, spans, org.name, start)
        if member:
            return member
    if word_regex("quotes_org_roles.txt").search(noun):
        return None  # "kata jurucakap itu": an unnamed spokesman speaks for the body (callers decide)
    titled = _titled_with(text, spans, noun, start) if not kin else []
    subjects = [
        who for who in recent_subjects(text, spans, start) if not (kin and named and who == named.name)
    ]
    if titled:  # "kata menteri itu": the latest subject who holds that title, else its last holder
        return next((who for who in subjects if who in titled), titled[-1])
    return subjects[0] if subjects else None


def _description_noun(text: str, start: int, words: list[str]) -> str | None:
    """The person noun of a description: first after the verb with a demonstrative closing it (id/ms),
    anywhere after a leading 'the' (en); None for anything else."""
    if len(words) >= 2 and words[-1] in _DEMONSTRATIVES:
        found = word_regex("quotes_person_nouns.txt").match(text, start) or word_regex(
            "quotes_kin_nouns.txt"
        ).match(text, start)
        return found.group(0) if found else None
    if len(words) < 2 or words[0] != "the" or len(words) > 5:
        return None
    if any(_AGE.fullmatch(w) for w in words[1:]):
        return words[-1]
    rest = " ".join(words[1:])
    found = word_regex("quotes_person_nouns.txt").search(rest) or _demonym(rest)
    return found.group(0) if found and rest.endswith(found.group(0)) else None


def _demonym(rest: str) -> re.Match[str] | None:
    """'said the Japanese', 'said the 34-year-old Dutchman': a nationality noun standing for a person."""
    return word_regex("quotes_demonyms.txt").fullmatch(rest) or word_regex("quotes_demonyms.txt").search(
        rest, len(rest.split()[0]) + 1 if _AGE.fullmatch(rest.split()[0]) else len(rest)
    )


def _titled_with(text: str, spans: list[Named], noun: str, before: int) -> list[str]:
    """Persons named right after the title `noun` ("Menteri Luar Negeri Sugiono") before `before`."""
    pat = re.compile(rf"(?<![\w-]){re.escape(noun)}(?![\w-])[^.\n;]{{0,40}}$", re.I)
    return [
        n.name
        for n in spans
        if n.end <= before and n.type == "person" and pat.search(text[max(0, n.start - 60) : n.start])
    ]


def _titled_member(text: str, spans: list[Named], org: str, before: int) -> str | None:
    """The last person named within a short title gap after a mention of `org` before `before`."""
    found = None
    for i, n in enumerate(spans):
        if n.start >= before:
            break
        if n.type != "organization" or n.name != org:
            continue
        nxt = next((o for o in spans[i + 1 :] if o.start >= n.end), None)
        gap = text[n.end : nxt.start] if nxt else ""
        if (
            nxt
            and nxt.type == "person"
            and nxt.end <= before
            and len(gap) <= 25
            and not re.search(r"[.;\n]", gap)
        ):
            found = nxt.name
    return found


def recent_subjects(text: str, spans: list[Named], pos: int) -> list[str]:
    """The persons opening the earlier sentences that open with one, nearest first (a pronoun
    subject names nobody: the search goes on further back)."""
    lo = max(0, pos - _REACH)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, lo, pos)]
    starts = sorted({lo, *ends, *(i + 1 for i in range(lo, pos) if text[i] == "\n")})
    found = (sentence_subject(text, spans, s, pos) for s in reversed(starts) if s < pos)
    return [who for who in found if who]


def sentence_subject(text: str, spans: list[Named], s: int, pos: int) -> str | None:
    """The first person of the sentence at `s` when only title words stand before it."""
    e = _SENTENCE_END.search(text, s, pos)
    hi = e.start() if e else pos
    first = next((n for n in spans if s <= n.start < hi and n.type == "person"), None)
    if first is None or not title_prefix(text, spans, s, first.start):
        return None
    return first.name


def title_prefix(text: str, spans: list[Named], s: int, at: int) -> bool:
    """Only title words, names of bodies and connectives before the person: no verb, no quote mark."""
    prefix = text[s:at]
    if any(c in prefix for c in '"“”'):
        return False
    head, comma, rest = prefix.partition(",")
    if comma and len(head.split()) <= 3:  # "Sementara itu,", "Meanwhile,"
        prefix = rest
    titles = word_set("quotes_titles.txt")
    for w in re.findall(r"[^\s(),]+", prefix):
        low = w.casefold()
        if w[:1].isupper() or low in titles or low in PRONOUNS:
            continue
        if _VERB.match(low) or low in {"oleh", "by", "dengan", "with", "kepada", "to"}:
            return False
    return True


def intro_subject(text: str, spans: list[Named], para_start: int, q_open: int) -> str | None:
    """The person introduced as subject of the sentence right before a quote in its paragraph."""
    before = text[para_start:q_open].rstrip()
    if not before or before[-1] not in ".!?:":
        return None
    end = para_start + len(before)
    s = sentence_start(text, para_start, end - 1)
    if any(c in text[s:end] for c in '"“”'):
        return None
    return sentence_subject(text, spans, s, end)


def unnamed_speaker(text: str, spans: list[Named], s: int, pos: int) -> bool:
    """An unnamed-source word in the sentence before a quote marks an unnamed speaker, unless a
    verb of saying with a named subject comes first ("Fahmi said the anonymous claim was ...")."""
    unnamed = word_regex("quotes_unnamed.txt").search(text, s, pos)
    if unnamed is None:
        return False
    cue = word_regex("quotes_cues.txt").search(text, s, unnamed.start())
    if cue is None or word_regex("quotes_passive.txt").search(text, s, unnamed.start()):
        return True
    return not any(n.type == "person" and s <= n.start and n.end <= cue.start() for n in spans)


def is_object(text: str, n: Named) -> bool:
    """A person after 'dengan' / 'oleh' / 'led by' / 'dihadiri' in its clause: an object, one present
    or a delegation's leader, not a subject."""
    lo = max(text.rfind(",", 0, n.start), text.rfind("\n", 0, n.start), n.start - 60)
    return bool(word_regex("quotes_object_cues.txt").search(text, lo, n.start))


def pronoun_antecedent(text: str, spans: list[Named], lo: int, reach: int, depth: int = 2) -> Named | None:
    """The person a pronoun subject at `lo` stands for: in the nearest sentence before that names a
    person, the last one who is no object; when that sentence names only objects and opens with a
    pronoun itself ("Beliau bertemu delegasi yang diketuai X."), what that pronoun stands for; else
    the last person named (within `reach`)."""
    prev = last_before(spans, lo)
    if prev is None or lo - prev.end >= reach:
        return None
    s = sentence_start(text, max(0, prev.start - reach), prev.start)
    people = [n for n in spans if s <= n.start and n.end <= lo and n.type == "person"]
    subject = next((n for n in reversed(people) if not is_object(text, n)), None)
    if subject is None and depth and _opens_with_pronoun(text, s):
        subject = pronoun_antecedent(text, spans, s, reach, depth - 1)
    return subject or prev


def _opens_with_pronoun(text: str, s: int) -> bool:
    words = text[s : s + 20].split()
    return bool(words) and words[0].strip(",").casefold() in PRONOUNS


def last_subject(text: str, spans: list[Named], pos: int, reach: int) -> str | None:
    """The last person named before `pos` who is not an object ("bertemu dengan X", "attended by X")."""
    for n in reversed([n for n in spans if pos - reach < n.start and n.end <= pos]):
        if n.type == "person" and not is_object(text, n):
            return n.name
    return None


_SUBJECT_PRONOUNS = frozenset({"ia", "dia", "beliau", "he", "she"})


def subject_past_objects(text: str, spans: list[Named], pos: int, reach: int) -> str | None:
    """The speaker of a verb of saying at `pos` whose sentence names persons only as objects and holds
    a pronoun subject: the person that pronoun stands for; else None."""
    para = text.rfind("\n", 0, pos) + 1
    mark = max(text.rfind("”", para, pos), text.rfind('"', para, pos))
    lo = sentence_start(text, mark + 1 if mark >= 0 else para, pos)
    persons = [n for n in spans if lo <= n.start and n.end <= pos and n.type == "person"]
    if not persons or not all(is_object(text, n) for n in persons):
        return None
    if not any(w.strip(",.") in _SUBJECT_PRONOUNS for w in text[lo:pos].casefold().split()):
        return None
    who = pronoun_antecedent(text, spans, lo, reach)
    return who.name if who else None


def phrase_stop(stops: re.Pattern[str], text: str, pos: int, end: int) -> re.Match[str] | None:
    """Where a speaker phrase ends (`stops`); the dot of a rank or title ("spokesman Sr. Comr. Bayu",
    "Kombes Pol. Ade") goes on."""
    stop = stops.search(text, pos, end)
    while stop and stop.group(0) == "." and abbreviation_dot(text, stop.start()):
        stop = stops.search(text, stop.end(), end)
    return stop


_ACCORDING = frozenset({"menurut", "mengikut", "according to"})  # a source phrase, not a speaker of its own


def source_of_said(text: str, said: list[int], m: re.Match[str]) -> bool:
    """'X berkata, ... 3.5 juta orang kehilangan tempat tinggal, menurut OCHA': "menurut" after a verb
    of saying in its own sentence names the source of what X said, not a new speaker for "katanya"."""
    if m.group(0).casefold() not in _ACCORDING:
        return False
    lo = sentence_start(text, max(0, text.rfind("\n", 0, m.start()) + 1), m.start())
    return any(lo <= p < m.start() for p in said)


# '," Patrick Hayes, the publisher's husband and editor in chief, said': a name, an apposition, the verb
_NAME_APPOSITION_SAID = re.compile(
    r"\s*,[^,.;\"“”\n]{1,80},\s+(?:said|says|added|told|wrote|recalled|explained|noted|acknowledged)\b", re.I
)


def apposed_speaker(text: str, spans: list[Named], at: int, end: int) -> str | None:
    """The person named right after a closing mark when an apposition stands between name and verb."""
    first = next((n for n in spans if at <= n.start < end), None)
    if first is None or first.type != "person" or text[at : first.start].strip(" ,.\u00a0"):
        return None
    return first.name if _NAME_APPOSITION_SAID.match(text, first.end, end) else None


def possessive(text: str, n: Named) -> bool:
    """ "Teresa's husband": a name owning something, no subject of its clause."""
    return text.startswith(("’s", "'s"), n.end)


@cache
def _royal_title_before() -> re.Pattern[str]:
    return re.compile(rf"(?:{word_regex('quotes_royal_titles.txt').pattern})[\s,]*$", re.I)


def royal_person(text: str, spans: list[Named], start: int, end: int) -> str | None:
    """'titah Baginda', 'said His Majesty': the last person named before `start` with a ruler's title
    ("Sultan Nazrin"), or None when the phrase at `start` is no royal pronoun."""
    phrase = text[start:end].lstrip()
    if not word_regex("quotes_royal_pronouns.txt").match(phrase):
        return None
    titled = _royal_title_before()
    for n in reversed([n for n in spans if n.end <= start and n.type == "person"]):
        if titled.search(text[max(0, n.start - 40) : n.start]) or word_regex("quotes_royal_titles.txt").match(
            n.text
        ):
            return n.name
    return None
