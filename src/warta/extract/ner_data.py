"""CoNLL-style NER files: reading, label mapping to PER/ORG/LOC, and the training/dev splits.

Used by `warta ner`, `scripts/train_ner.py` and `scripts/eval_ner.py`, so training and scoring
read the data the same way.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

Sentence = tuple[list[str], list[str]]  # tokens, gold tags ("" when the file has no tag column)

# Every dataset's entity label -> warta's label; anything not listed (TIME, QUANTITY, EVT, FNB) is O.
LABEL_MAP = {
    "PER": "PER",
    "PERSON": "PER",
    "PPL": "PER",
    "ORG": "ORG",
    "ORGANIZATION": "ORG",
    "ORGANISATION": "ORG",
    "IND": "ORG",
    "LOC": "LOC",
    "LOCATION": "LOC",
    "PLACE": "LOC",
    "PLC": "LOC",
}


def read_conll(path: Path) -> Iterator[Sentence]:
    """Sentences of a token-per-line file (see `parse_conll`)."""
    with path.open(encoding="utf-8-sig", newline="") as f:
        yield from parse_conll(f)


def parse_conll(lines: Iterable[str]) -> Iterator[Sentence]:
    """Sentences of token-per-line text: TAB or space separated, gold tag last, CRLF tolerated."""
    tokens: list[str] = []
    tags: list[str] = []
    for raw in lines:
        line = raw.rstrip("\r\n")
        if not line.strip() or line.startswith("-DOCSTART-"):
            if tokens:
                yield tokens, tags
            tokens, tags = [], []
            continue
        cols = [c for c in (line.split("\t") if "\t" in line else line.split()) if c.strip()]
        tokens.append(cols[0].strip())
        tags.append(cols[-1].strip() if len(cols) > 1 else "")
    if tokens:
        yield tokens, tags


def normalize_tags(tags: list[str]) -> list[str]:
    """Map dataset labels to BIO over PER/ORG/LOC and repair an I- that starts an entity."""
    out: list[str] = []
    prev = "O"
    for tag in tags:
        prefix, _, kind = tag.upper().partition("-")
        label = LABEL_MAP.get(kind)
        if prefix not in ("B", "I") or label is None:
            new = "O"
        elif prefix == "I" and prev[2:] != label:
            new = "B-" + label
        else:
            new = prefix + "-" + label
        out.append(new)
        prev = new
    return out


@dataclass(frozen=True)
class DataSet:
    name: str
    train: str  # file name inside the set's folder
    dev: str | None  # None: hold out the last `HOLDOUT` share of train as dev
    cased: bool = True


HOLDOUT = 0.10

DATASETS = (
    DataSet("idner-news-2k", "train.txt", "dev.txt"),
    DataSet("indolem-nerui", "train.01.tsv", "dev.01.tsv"),
    DataSet("indolem-nerugm", "train.01.tsv", "dev.01.tsv"),
    DataSet("indonlu-nergrit", "train.txt", None),
    DataSet("indonlu-nerp", "train.txt", None, cased=False),
)


def load_split(root: Path, ds: DataSet) -> tuple[list[Sentence], list[Sentence]]:
    """`(train, dev)` sentences of a set with tags normalised; dev never overlaps train."""
    folder = root / ds.name
    train = [(t, normalize_tags(g)) for t, g in read_conll(folder / ds.train)]
    if ds.dev is not None:
        dev = [(t, normalize_tags(g)) for t, g in read_conll(folder / ds.dev)]
        return train, dev
    cut = len(train) - int(len(train) * HOLDOUT)
    return train[:cut], train[cut:]
