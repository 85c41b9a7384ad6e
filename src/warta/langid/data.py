"""Training and evaluation text for the language classifier, read from the shared data folder.

The id/ms sentences are DSLCC v2 test set B; a sentence's fold is a CRC of its text, so the
80 % train / 20 % dev split is the same on every machine and in every run.
"""

from __future__ import annotations

import json
import os
import zlib
from collections.abc import Iterator
from pathlib import Path

from warta.text import sentences

FOLDS = 5
DEV_FOLD = 0
# DSLCC labels -> ISO 639-1 (the Malay label there is `my`; `xx` is a mix of other languages).
DSL_CODES = {
    "id": "id",
    "my": "ms",
    "bg": "bg",
    "mk": "mk",
    "bs": "bs",
    "hr": "hr",
    "sr": "sr",
    "cz": "cs",
    "sk": "sk",
    "es-AR": "es",
    "es-ES": "es",
    "pt-BR": "pt",
    "pt-PT": "pt",
    "xx": "und",
}
NER_FILES = (
    "idner-news-2k/train.txt",
    "indolem-nerugm/train.01.tsv",
    "indolem-nerui/train.01.tsv",
    "indonlu-nergrit/train.txt",
    "indonlu-nerp/train.txt",
)
_NO_SPACE_BEFORE = {".", ",", ":", ";", "!", "?", ")", "]", "%", "”", "’"}
_NO_SPACE_AFTER = {"(", "[", "“", "‘"}

Labelled = list[tuple[str, str]]


def data_dir() -> Path:
    """`$WARTA_SHARED_DATA`, else the `shared/data` folder beside the repository."""
    env = os.environ.get("WARTA_SHARED_DATA")
    return Path(env) if env else Path(__file__).resolve().parents[3].parent / "shared" / "data"


def fold_of(text: str) -> int:
    return zlib.crc32(text.encode("utf-8")) % FOLDS


def dsl_lines(path: Path) -> Labelled:
    """(sentence, ISO code) pairs of a DSLCC gold file."""
    out: Labelled = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            text, _, label = line.rstrip("\n").rpartition("\t")
            if text and label in DSL_CODES:
                out.append((text, DSL_CODES[label]))
    return out


def idms_split(root: Path | None = None) -> tuple[Labelled, Labelled]:
    """(train, dev): the id/ms sentences of DSLCC set B, dev = fold 0 of 5."""
    pairs = dsl_lines((root or data_dir()) / "dslcc-v2" / "testB-ne-gold.id-my.txt")
    train = [p for p in pairs if fold_of(p[0]) != DEV_FOLD]
    dev = [p for p in pairs if fold_of(p[0]) == DEV_FOLD]
    return train, dev


def other_languages(root: Path | None = None) -> Labelled:
    """The non-id/ms sentences of DSLCC set B (bg, mk, bs, hr, sr, cs, sk, es, pt, und)."""
    path = (root or data_dir()) / "dslcc-v2" / "testB-ne-gold.txt"
    return [p for p in dsl_lines(path) if p[1] not in ("id", "ms")]


def _detokenize(tokens: list[str]) -> str:
    out = ""
    for tok in tokens:
        if out and tok not in _NO_SPACE_BEFORE and out[-1] not in _NO_SPACE_AFTER:
            out += " "
        out += tok
    return out


def conll_sentences(path: Path) -> Iterator[str]:
    """Sentences rebuilt from a token-per-line file (first column), blank line between sentences."""
    tokens: list[str] = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            tok = line.strip().split("\t")[0].split(" ")[0] if line.strip() else ""
            if tok:
                tokens.append(tok)
            elif tokens:
                yield _detokenize(tokens)
                tokens = []
    if tokens:
        yield _detokenize(tokens)


def indonesian_ner(root: Path | None = None) -> Labelled:
    """Indonesian news sentences from the NER corpora (train files only)."""
    base = root or data_dir()
    seen: set[str] = set()
    out: Labelled = []
    for name in NER_FILES:
        path = base / name
        if not path.exists():
            continue
        for sent in conll_sentences(path):
            if len(sent) > 20 and sent not in seen:
                seen.add(sent)
                out.append((sent, "id"))
    return out


def english_articles(root: Path | None = None) -> Labelled:
    """English sentences from the article-extraction benchmark's reference bodies."""
    path = (root or data_dir()) / "article-extraction-benchmark" / "ground-truth.json"
    if not path.exists():
        return []
    out: Labelled = []
    for record in json.loads(path.read_text(encoding="utf-8")).values():
        body = str(record.get("articleBody") or "")
        out.extend((body[s:e], "en") for s, e in sentences(body) if e - s > 20)
    return out
