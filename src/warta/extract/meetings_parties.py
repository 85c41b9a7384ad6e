"""Who takes part in a meeting beyond the names around its verb (helpers of `extract.meetings`).

"The two leaders" / "kedua pemimpin" point at the last two persons named; "turut dihadiri X",
"attended by X" add the people present; a country inside a named person's title ("Presiden Vietnam
Luong Cuong") is that person's title, not a party, and the same title without a name ("Anwar terima
kunjungan hormat Presiden Vietnam") is the person the article names with it elsewhere. Also which
meeting sentences the NER model tags (`ner_regions`): only those short of names.
"""

from __future__ import annotations

import re

from warta.extract.attribution import Named, word_regex, word_set
from warta.extract.meetings_place import (
    envoy_post,
    envoy_title_before,
    in_named_building,
    in_office,
    office_word,
)
from warta.extract.title_phrases import title_spans

# Only capitalised title words (or an English possessive) between a country and a person's name.
# "Ketua Menteri Sabah, Datuk Seri Hajiji Noor": a comma may close the title before the honorifics.
_TITLE_GAP = re.compile(r"(?:['’]s)?,?(?:\s+(?:[A-Z][\w.-]*|of|for|dan|and|&))*\s*")
# An envoy's posting after the title's country ("... Indonesia untuk Mesir Lutfi Rauf").
_POSTING = frozenset({"untuk", "ke", "to"})
_POSTED = re.compile(r"\s+(?:the\s+)?[A-Z]")  # the posting after "ambassador to": a capitalised name
_POSTING_GAP = re.compile(r"\s+(?:untuk|ke|to)\s+(?:the\s+)?(?:[A-Z][\w.-]*\s+){1,3}")
# Where the parties after a meeting word end: the purpose, time or source of the meeting.
_RIGHT_STOP = re.compile(
    r"[,;:\n]|(?<![A-Z])\.(?=\s|$)|\s(?:untuk|guna|sempena|pada|selama|setelah|sebelum|menurut|sejak|bagi|dalam rangka|"
    r"di\s*sela(?:-sela)?|on\s+the\s+(?:sidelines?|margins?)|at\s+the\s+sidelines?|in\s+conjunction\s+with|"
    r"semasa|sewaktu|ketika|saat|"
    r"to|on|for|during|after|before|according|mengenai|tentang|membahas|membincangkan|terkait|about|discuss\w*)\b",
    re.I,
)
_NAME_STOP = re.compile(
    r"[,;:\n]|\.(?:\s|$)|\s(?:in|at|di|on|to|untuk|pada|bagi|guna|semalam|kelmarin)\s", re.I
)
# Capitalised title words between a comma and a name ("Menteri Ekonomi, Perdagangan dan Industri Jepun").
_TITLE_LIST = re.compile(r"(?:\s*(?:[A-Z][\w.-]*|dan|and|&|of|for),?)*\s*")
# Where one participant's companions end: "..., sementara Marcos didampingi ..." names the other's.
_CLAUSE_END = re.compile(r";|,\s*(?:sementara|sedangkan|manakala|while|whereas)\b|\.\s")
_CONTRAST = re.compile(r"(?<![\w-])(?:sementara|sedangkan|manakala|while|whereas)\b(?!\s+itu)", re.I)
# Two or three capitalised words after a lower-case title word ("special envoy for Asian affairs Deng
# Xijun"): a counterpart's name the entity stage missed.
_BARE_NAME = re.compile(r"(?<=[a-z] )((?:[A-Z][a-z'’-]+ ){1,2}[A-Z][a-z'’-]+)(?![\w’'])")
_NOT_BEFORE_NAME = frozenset(
    {"di", "ke", "dari", "dengan", "dan", "with", "and", "in", "at", "to", "of", "for", "the"}
)
_NOT_PARTY = re.compile(
    r"(?:^|\s)(?:di|ke|dari|in|at|to|from|of|kota|ibu kota|ibukota|bandar)\s+(?:the\s+)?$", re.I
)
_NOT_PARTY_FAR = re.compile(r"(?:^|\s)(?i:di|ke|dari|in|at)\s+(?:the\s+)?(?:[a-z]+\s+){1,2}$")
# "bertemu ... di Gedung Putih": a body named as the venue is where, not who.
_VENUE = re.compile(r"(?:^|\s)(?:di|in|at)\s+(?:the\s+)?$", re.I)
_ACCOMPANY = re.compile(
    r"\s*(?:turut\s+)?(?:didampingi|diiringi|disertai|accompanied\s+by|joined\s+by)\b", re.I
)
# "yang diiringi Naib Presiden Eksekutif Gas dan Penyelesaian Maritim" right before a comma: the
# companion's title, his name comes after the comma.
_ACCOMPANY_TITLE = re.compile(
    r"\b(?:yang\s+|who\s+was\s+)?(?:turut\s+)?(?:didampingi|diiringi|disertai|accompanied\s+by|joined\s+by)"
    r"(?:\s+oleh)?(?:\s+[\w&-]+){1,8}\s*$",
    re.I,
)
# "met with union leaders, including chairman X": the named members of a group met are parties too.
_INCLUDING = re.compile(r"\s*(?:including|among them|termasuk|antaranya|di antaranya)\b", re.I)
_PAIR_REACH = 600  # how far back "the two leaders" looks for the two persons it stands for
# "Luong Cuong yang berada di Malaysia": where a party is staying, not where they met.
_RELATIVE = re.compile(
    r"\b(?:yang|who\s+(?:is|was)|which\s+(?:is|was))\s+(?:sedang\s+|kini\s+)?"
    r"(?:berada|berkunjung|melawat|tinggal|menetap|visiting|staying)\s+(?:di|ke|in|at)?\s*$",
    re.I,
)


def pair_before(text: str, spans: list[Named], s: int, pos: int) -> list[Named]:
    """The last two distinct persons before `pos` when a pair phrase ("the two leaders") opens the clause."""
    pair = word_regex("meetings_pair.txt").search(text, s, pos)
    if not pair:
        return []
    found: list[Named] = []
    near = pair.start() - _PAIR_REACH
    for n in reversed([n for n in spans if near <= n.start and n.end <= pair.start() and n.type == "person"]):
        if all(n.name != o.name for o in found):
            found.append(n)
        if len(found) == 2:
            return found[::-1]
    return []


def attendees(text: str, spans: list[Named], pos: int, end: int) -> list[Named]:
    """Persons and bodies named after 'turut dihadiri' / 'attended by' up to the sentence end."""
    cue = word_regex("meetings_attendees.txt").search(text, pos, end)
    if not cue:
        return []
    found = [n for n in spans if cue.end() <= n.start and n.end <= end and n.type != "location"]
    return [n for n in found if not is_title_country(text, spans, n)]


def companions(text: str, spans: list[Named], s: int, e: int, names: list[str]) -> list[Named]:
    """Persons after 'didampingi' / 'accompanied by' whose subject is a participant (`names`), a
    pronoun ("Baginda diiringi X") or, in a contrast clause, the other side named by title only
    ("..., sedangkan Presiden Vietnam didampingi Y", "while the Vietnamese leader was accompanied by Y")."""
    folded = [set(n.casefold().split()) for n in names]
    out: list[Named] = []
    for cue in word_regex("meetings_accompany.txt").finditer(text, s, e):
        lo = _clause_start(text, s, cue.start())
        subj = [
            n
            for n in spans
            if n.type == "person" and max(lo, cue.start() - 45) <= n.start and n.end <= cue.start()
        ]
        if subj and not any(set(subj[-1].name.casefold().split()) & f for f in folded):
            continue
        if not subj and not _unnamed_side(text, s, lo, cue.start()):
            continue
        stop = _CLAUSE_END.search(text, cue.end(), e)
        hi = stop.start() if stop else e
        out += [n for n in spans if n.type == "person" and cue.end() <= n.start and n.end <= hi]
    return out


def _clause_start(text: str, s: int, pos: int) -> int:
    """Where the clause holding `pos` starts: after the last contrast word ("sedangkan") before it."""
    contrasts = list(_CONTRAST.finditer(text, s, pos))
    return contrasts[-1].end() if contrasts else s


def _unnamed_side(text: str, s: int, lo: int, pos: int) -> bool:
    """With no person named before an accompany word at `pos` in its clause (from `lo`), its subject
    is a pronoun, or a title of the other side in a contrast clause ("sementara/sedangkan/manakala/
    while ...")."""
    words = text[lo:pos].split()
    pronoun = bool(words) and words[0].strip(",").casefold() in word_set("meetings_pronouns.txt")
    return pronoun or lo > s


def unnamed_person(text: str, spans: list[Named], lo: int, hi: int) -> Named | None:
    """The last bare name in `[lo, hi)` that no span covers, after a title word, not a preposition."""
    titles = word_set("quotes_titles.txt")
    found = None
    for m in _BARE_NAME.finditer(text, lo, hi):
        before = text[max(lo, m.start() - 20) : m.start()].split()
        words = m.group(1).casefold().split()
        if not before or before[-1] in _NOT_BEFORE_NAME or any(w in titles for w in words):
            continue
        if any(n.start < m.end() and m.start() < n.end for n in spans):
            continue
        found = Named(m.start(1), m.end(1), m.group(1), m.group(1), "person")
    return found


def real_names(text: str, spans: list[Named]) -> list[Named]:
    """Spans without possessive fragments ("China’s" read as "China" + "s") and without the acronym
    in "Badan Pengatur Hilir Minyak dan Gas Bumi (BPH Migas)" (the same body again)."""
    out: list[Named] = []
    for n in spans:
        if len(n.text) < 2 or text[max(0, n.start - 1) : n.start] in ("'", "’"):
            continue
        if out and out[-1].type == n.type and text[out[-1].end : n.start].strip() == "(":
            continue
        if _headline_ghost(text, n):
            continue
        out.append(n)
    return out


def _headline_ghost(text: str, n: Named) -> bool:
    """A 'person' in a title-case headline ("..., Soroti Prajurit yang Gugur") none of whose words the
    story uses again: capitalised verbs and nouns, not a name (real names come back in the body)."""
    if n.type != "person":
        return False
    start, stop = text.rfind("\n", 0, n.start) + 1, text.find("\n", n.end)
    line = text[start : stop if stop >= 0 else len(text)].rstrip()
    if not line or line[-1] in ".\"”’'" or len(line) > 200:
        return False
    rest = text[:start] + "\n" + text[stop if stop >= 0 else len(text) :]
    return not any(re.search(rf"\b{re.escape(w)}\b", rest) for w in text[n.start : n.end].split())


def strip_attendees(text: str, s: int, e: int) -> str:
    """The sentence with its attendee phrases blanked, so "turut hadir" reads as no negation."""
    return word_regex("meetings_attendees.txt").sub(lambda m: " " * len(m.group(0)), text[s:e])


def is_title_country(text: str, spans: list[Named], n: Named) -> bool:
    """A place that only sits in a named person's title ("Menlu Jepang Takeshi Iwaya")."""
    if n.type != "location":
        return False
    gap = _TITLE_GAP.match(text, n.end)
    envoy = envoy_title_before(text, n.end)  # "Duta Besar Indonesia untuk Mesir Lutfi Rauf"
    if envoy:
        gap = _POSTING_GAP.match(text, n.end) or gap
    if not gap or gap.end() - n.end > 40:
        return False
    # An envoy's name right after the title is its holder whatever type the entity stage gave it
    # (but the posting in "Duta Besar Indonesia untuk Mesir" holds nothing).
    mistyped = envoy or envoy_post(text, n)
    # The gap also runs over the name's own capitalised words: any person starting inside it.
    return any(
        n.end < o.start <= gap.end()
        and (o.type == "person" or (mistyped and o.type == "location" and not envoy_post(text, o)))
        for o in spans
    )


def _title_person(text: str, spans: list[Named], n: Named) -> bool:
    """A 'person' right before another person's name is that person's title or honorific
    ("Yang di-Pertuan Agong Sultan Ibrahim", "Paduka Baginda ..."), not a second party."""
    if n.type != "person":
        return False
    nxt = next((o for o in spans if o.start >= n.end), None)
    gap = text[n.end : nxt.start] if nxt else ""
    # "the Yang di-Pertuan Agong, Sultan Ibrahim": a royal title may close with a comma before the name
    head = text[max(0, n.end - 40) : n.end].casefold()
    royal = any(head.endswith(t) for t in word_set("quotes_royal_titles.txt"))
    spacing = r",?\s+" if royal else r"[ \t]+"
    return bool(nxt and nxt.type == "person" and nxt.name != n.name and re.fullmatch(spacing, gap))


def _headed_body(text: str, spans: list[Named], n: Named) -> bool:
    """'Sekretaris Jenderal PBB Antonio Guterres': a body between its head's title and his name is
    part of the title, not a second party."""
    if n.type != "organization":
        return False
    heads = word_regex("meetings_body_heads.txt")
    if heads.fullmatch(text[n.start : n.end]):
        return True  # "Speaker" taken for a body: the title itself
    nxt = next((o for o in spans if o.start >= n.end), None)
    if nxt is None or nxt.type != "person":
        return False
    gap = text[n.end : nxt.start]
    after = heads.fullmatch(gap.strip(" \t"))  # English puts it after: "UN Secretary-General Guterres"
    if after is not None:
        return True
    if not re.fullmatch(r"['’]?s?[ \t]+(?:[A-Z][a-z]+[ \t]+){0,3}", gap):  # "PBB Guterres", "... Tan Sri X"
        return False
    titles = heads.finditer(text, max(0, n.start - 30), n.start)
    return any(not text[t.end() : n.start].strip(" \t") for t in titles)


def titled_elsewhere(text: str, spans: list[Named], n: Named) -> Named | None:
    """'Presiden Vietnam' without a name: the person named 'Presiden Vietnam <Name>' in the article."""
    if n.type != "location":
        return None
    title = re.search(r"([A-Z][\w-]*)\s+$", text[max(0, n.start - 30) : n.start])
    if not title:
        return None
    phrase = re.compile(rf"(?<![\w-]){re.escape(title.group(1))}\s+{re.escape(n.text)}\s+")
    for m in phrase.finditer(text):
        person = next((o for o in spans if o.start == m.end() and o.type == "person"), None)
        if person:
            return person
    return None


def in_relative_clause(text: str, start: int) -> bool:
    return bool(_RELATIVE.search(text[max(0, start - 40) : start]))


def venue_place(text: str, n: Named) -> bool:
    """A location that may be a venue: not in a relative clause, an office word or an envoy's post."""
    return (
        n.type == "location"
        and not in_relative_clause(text, n.start)
        and not office_word(text, n)
        and not envoy_post(text, n)
        and not _OWNER_OFFICE.match(text, n.end)
    )


# "at the Riau Islands governor's office in Tanjung Pinang": the place names the office holder, not where
_OWNER_OFFICE = re.compile(
    r"(?:\s+(?!(?:in|at|on|to|di|dan|and|the)\b)[A-Za-z][\w-]*){1,3}['’]s\s+(?:official\s+)?(?:office|residence|house|home)\b"
)


def own_parties(text: str, spans: list[Named], side: list[Named]) -> list[Named]:
    """A side's parties without title countries; an unnamed title ("Presiden Vietnam") as its person."""
    out: list[Named] = []
    for n in side:
        if is_title_country(text, spans, n) or _title_person(text, spans, n) or _headed_body(text, spans, n):
            continue
        if n.type == "location" and envoy_post(text, n):  # "Duta Besar Indonesia untuk Jepang": a title
            continue
        out.append(titled_elsewhere(text, spans, n) or n)
    return out


def ner_regions(sents: list[tuple[int, int]], hit: list[bool], spans: list[Named]) -> list[tuple[int, int]]:
    """Meeting sentences where the entity stage names fewer than two persons or bodies: only there
    can the NER model's extra names make or break a meeting (the model is the costly part)."""
    out = []
    for (s, e), h in zip(sents, hit, strict=True):
        if h and sum(1 for n in spans if s <= n.start < e and n.type != "location") < 2:
            out.append((s, e))
    return out


def title_end(text: str, pos: int, end: int) -> int:
    """Where a counterpart's title and name can end: a clause mark, a place or time preposition, a purpose
    ("for Asian affairs" in a title does not end it, unlike `_RIGHT_STOP`)."""
    stop = _NAME_STOP.search(text, pos, end)
    return stop.start() if stop else end


def right_end(text: str, spans: list[Named], pos: int, end: int) -> int:
    """End of the parties after the word; a comma before a person's name is an apposition
    ("Duta Besar Jepun ke Malaysia, Katsuhiko Takahashi") and does not end them, nor does a stop
    inside a name ("Badan Meteorologi, Klimatologi, dan Geofisika")."""
    stop = _RIGHT_STOP.search(text, pos, end)
    while stop and (
        any(n.start < stop.start() < n.end for n in spans)
        or any(ts < stop.start() < te for ts, te in title_spans(text))  # "Minister for Trade and Industry X"
        or (
            stop.group(0) == ","
            and (_apposition(text, spans, pos, stop) or _INCLUDING.match(text, stop.end()))
        )
        or (
            stop.group(0).strip().casefold() in _POSTING
            and envoy_title_before(text, stop.start(), least=0)
            and _POSTED.match(text, stop.end())
        )
    ):
        stop = _RIGHT_STOP.search(text, stop.end(), end)
    return stop.start() if stop else end


def _apposition(text: str, spans: list[Named], pos: int, comma: re.Match[str]) -> bool:
    """A title without a name before the comma, a person's name right after it."""
    if not text[pos : comma.start()].strip():
        return False
    # a royal title read as a person ("the Yang di-Pertuan Agong, Sultan Ibrahim") names nobody
    if any(
        n.type == "person" and pos <= n.start < comma.start() and not _title_person(text, spans, n)
        for n in spans
    ):
        return False
    gap = _TITLE_LIST.match(text, comma.end())
    reach = max(comma.end() + 25, gap.end() if gap else 0)
    return any(n.type == "person" and comma.end() <= n.start <= reach for n in spans)


def clause_left(text: str, spans: list[Named], lo: int, pos: int) -> list[Named]:
    """Parties before a meeting word: the last comma-separated part of the clause that names one."""
    cut = pos
    joined: list[Named] = []  # "X, didampingi Y, bertemu Z": Y joins X's side
    while cut > lo:
        comma = text.rfind(",", lo, cut)
        seg_start = comma + 1 if comma >= 0 else lo
        found = [n for n in spans if seg_start <= n.start and n.end <= cut and is_party(text, n, lo)]
        if any(n.type != "location" for n in found):
            # "X yang diiringi <title>, Y, turut bertemu Z": Y is X's companion, after the title's comma
            titled = comma >= 0 and _ACCOMPANY_TITLE.search(text, max(lo, comma - 90), comma)
            if comma < 0 or not (_ACCOMPANY.match(text, seg_start) or titled):
                return found + joined
            joined = found + joined
        if comma < 0:
            break
        cut = comma
    return joined


def is_party(text: str, n: Named, lo: int) -> bool:
    """Not a place after 'di'/'ke'/'dari' nor a body named as the venue ('di Kantor Kemenpora')."""
    before = text[max(lo, n.start - 12) : n.start]
    if n.type == "location" and _NOT_PARTY_FAR.search(text[max(lo, n.start - 40) : n.start]):
        return False  # "di posko pengungsian SDN Mekarsari 1": a place named after lower-case nouns
    venue = (_NOT_PARTY if n.type == "location" else _VENUE).search(before)
    return not venue and not in_office(text, n, lo) and not in_named_building(text, n)
