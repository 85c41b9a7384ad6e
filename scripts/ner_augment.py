"""Synthetic training sentences for the NER model: titles and roles around names.

The labelled sets have few sentences like "Wakil Menteri Luar Negeri Rusia Mikhail Bogdanov"
or "Bekas Perdana Menteri Datuk Seri Najib Razak", which fill foreign and Malay news. These
templates teach the structure (title words are O, the country in a title is LOC, the name is PER);
the names, places and organisations come from the training split only, so no dev sentence
leaks in. Fixed seed: the same sentences every run.
"""

from __future__ import annotations

import random

from warta.extract.ner import spans_from_bio
from warta.extract.ner_data import Sentence
from warta.extract.ner_features import GAZETTEER_PATH, TOKEN_RE, gazetteer

# Role words before a name (all O). Indonesian and Malay.
TITLES = [
    "Presiden",
    "Wakil Presiden",
    "Menteri Luar Negeri",
    "Wakil Menteri Luar Negeri",
    "Menlu",
    "Menteri Pertahanan",
    "Perdana Menteri",
    "Wakil Perdana Menteri",
    "Timbalan Perdana Menteri",
    "Juru bicara",
    "Jurucakap",
    "Juru bicara Kementerian Luar Negeri",
    "Duta Besar",
    "Pemimpin",
    "Pejabat senior",
    "Kepala Biro Politik",
    "Ketua",
    "Ketua Umum",
    "Panglima Militer",
    "Menteri Kesihatan",
    "Menteri Kesehatan",
    "Bekas Perdana Menteri",
    "Mantan Presiden",
    "Menteri Dalam Negeri",
    "Sekretaris Jenderal",
    "Setiausaha Agung",
    "Gubernur",
    "Bupati",
    "Raja",
    "Pemimpin tertinggi",
    "Komandan",
    "Penasihat keamanan nasional",
    "Menteri Keuangan",
    "Menteri Kewangan",
    "Ahli Parlimen",
    "Kepala Staf",
    "Direktur",
    "Wali Kota",
]
HONORIFICS = ["Datuk Seri", "Tan Sri", "Dato' Sri", "Datuk", "Dr", "Jenderal", "Sheikh", "Prof", "Tun"]
FRAMES = [
    "{A} mengatakan hal itu di {L} pada Senin .",
    "{A} bertemu dengan {B} di {L} .",
    "Hal itu disampaikan {A} dalam konferensi pers , Selasa .",
    '" Kami akan terus berjuang , " kata {A} .',
    "{A} berkata demikian kepada pemberita di {L} hari ini .",
    "Menurut {A} , {O} akan mengirim bantuan ke {L} .",
    "{A} dan {B} membahas situasi di {L} .",
    "{A} menerima kunjungan delegasi {O} yang dipimpin {B} .",
    "Dalam pertemuan itu , {A} menegaskan dukungan {O} .",
    "{A} tiba di {L} untuk bertemu {B} .",
    "Sementara itu , {A} menyatakan {O} menolak usulan tersebut .",
    "{A} , yang juga {T} , berbicara di {L} .",
    "{O} telah membebaskan tiga sandera , {P} , {P} , dan {P} .",
    "Delegasi itu terdiri dari {A} , {B} , dan {A} .",
    "Di antara yang hadir adalah {P} dan {P} dari {O} .",
]


def _pools(train: list[Sentence]) -> dict[str, list[list[str]]]:
    pools: dict[str, set[tuple[str, ...]]] = {"PER": set(), "LOC": set(), "ORG": set()}
    for tokens, tags in train:
        for a, b, label in spans_from_bio(tags):
            if label in pools and all(t[:1].isupper() for t in tokens[a:b]):
                pools[label].add(tuple(tokens[a:b]))
    # the country or body inside a title is short: "Menlu Rusia", "Ketua Umum Partai Golkar"
    pools["modLOC"] = {k for k, (label, _) in gazetteer().items() if label == "LOC" and len(k) <= 2}
    pools["modLOC"] = {
        p for p in pools["LOC"] if len(p) <= 2 and tuple(w.lower() for w in p) in pools["modLOC"]
    }
    pools["modORG"] = {p for p in pools["ORG"] if len(p) <= 2}
    pools["modORG"] |= {p for p in map(tuple, _gazetteer_forms("ORG")) if len(p) <= 2}
    return {k: [list(v) for v in sorted(s)] for k, s in pools.items()}


def _gazetteer_forms(label: str) -> list[list[str]]:
    """Gazetteer names of one type as written in the file (capitals kept)."""
    forms = []
    for line in GAZETTEER_PATH.read_text(encoding="utf-8").splitlines():
        name, _, kind = line.partition("\t")
        if kind.strip() == label and not line.startswith("#"):
            forms.append(TOKEN_RE.findall(name))
    return forms


def _person(rng: random.Random, pools: dict[str, list[list[str]]]) -> list[tuple[str, str]]:
    """A person phrase: [title] [country or organisation] [honorific] name."""
    out: list[tuple[str, str]] = []
    if rng.random() < 0.8:
        out += [(w, "O") for w in rng.choice(TITLES).split()]
        if rng.random() < 0.6:
            label = "LOC" if rng.random() < 0.5 else "ORG"
            out += _entity(rng.choice(pools["mod" + label]), label)
    if rng.random() < 0.2:
        out += [(w, "O") for w in rng.choice(HONORIFICS).split()]
    return out + _entity(rng.choice(pools["PER"]), "PER")


def _entity(words: list[str], label: str) -> list[tuple[str, str]]:
    return [(w, ("B-" if i == 0 else "I-") + label) for i, w in enumerate(words)]


def synthesize(train: list[Sentence], n: int, seed: int = 20261123) -> list[Sentence]:
    """`n` template sentences built from the names in `train`."""
    rng = random.Random(seed)
    pools = _pools(train)
    out: list[Sentence] = []
    for _ in range(n):
        pairs: list[tuple[str, str]] = []
        for piece in rng.choice(FRAMES).split():
            if piece in ("{A}", "{B}"):
                pairs += _person(rng, pools)
            elif piece == "{P}":
                pairs += _entity(rng.choice(pools["PER"]), "PER")
            elif piece == "{L}":
                pairs += _entity(rng.choice(pools["LOC"]), "LOC")
            elif piece == "{O}":
                pairs += _entity(rng.choice(pools["ORG"]), "ORG")
            elif piece == "{T}":
                pairs += [(w, "O") for w in rng.choice(TITLES).split()]
            else:
                pairs.append((piece, "O"))
        out.append(([w for w, _ in pairs], [t for _, t in pairs]))
    return out
