"""Train the CRF named-entity model: `python scripts/train_ner.py [--data DIR] [--out PATH]`.

Reads the labelled Indonesian NER sets in ../shared/data (see warta.extract.ner_data for the
label mapping and the dev splits, which are never trained on), trains python-crfsuite with
fixed settings (deterministic: L-BFGS, no shuffling) and writes src/warta/models/ner.crfsuite.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

import pycrfsuite
from ner_augment import synthesize

from warta.extract.ner_data import DATASETS, Sentence, load_split
from warta.extract.ner_features import sentence_features

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data"
DEFAULT_OUT = ROOT / "src" / "warta" / "models" / "ner.crfsuite"

SYNTHETIC = 2000  # template sentences with titles around names (scripts/ner_augment.py)
PARAMS = {
    "c1": 0.05,  # L1 keeps the model small and sparse
    "c2": 0.01,
    "max_iterations": 150,
    "feature.possible_transitions": True,
    "feature.minfreq": 1,
}


def truecase(sents: list[Sentence], casing: dict[str, str]) -> list[Sentence]:
    """Restore plausible capitals in a lower-cased set: each word's usual form in the cased sets,
    entity words capitalised, sentence starts capitalised. Without this the lower-cased text
    teaches the model that casing means nothing."""
    out: list[Sentence] = []
    for tokens, tags in sents:
        new = []
        for i, (tok, tag) in enumerate(zip(tokens, tags, strict=True)):
            form = casing.get(tok, tok)
            if tag != "O" and form == tok:
                form = tok[:1].upper() + tok[1:]
            if i == 0 or tokens[i - 1] in (".", "!", "?"):
                form = form[:1].upper() + form[1:]
            new.append(form)
        out.append((new, tags))
    return out


def casing_table(sents: list[Sentence]) -> dict[str, str]:
    """Lower-cased word -> its most frequent written form in cased text (sentence starts skipped)."""
    counts: Counter[tuple[str, str]] = Counter()
    for tokens, _ in sents:
        counts.update((tok.lower(), tok) for tok in tokens[1:])
    table: dict[str, str] = {}
    for (low, form), _ in counts.most_common():
        table.setdefault(low, form)
    return table


def training_sentences(data: Path, lowercased: str) -> list[Sentence]:
    """Train splits of every set; `lowercased` = recase | all | none | N (first N) for NERP."""
    out: list[Sentence] = []
    lower_sets: list[list[Sentence]] = []
    for ds in DATASETS:
        if not (data / ds.name).exists():
            print(f"skip {ds.name}: not in {data}", file=sys.stderr)
            continue
        train, _ = load_split(data, ds)
        if not ds.cased:
            if lowercased == "none":
                continue
            if lowercased == "recase":
                lower_sets.append(train)
                continue
            if lowercased != "all":
                train = train[: int(lowercased)]
        out.extend(train)
    if lower_sets:
        casing = casing_table(out)
        for train in lower_sets:
            out.extend(truecase(train, casing))
    return out


def train(
    data: Path, out: Path, lowercased: str = "none", iterations: int | None = None, synthetic: int = SYNTHETIC
) -> dict[str, float]:
    sents = training_sentences(data, lowercased)
    sents += synthesize(sents, synthetic)
    trainer = pycrfsuite.Trainer(verbose=False)
    for tokens, tags in sents:
        trainer.append(sentence_features(tokens), tags)
    params = dict(PARAMS)
    if iterations:
        params["max_iterations"] = iterations
    trainer.set_params(params)
    out.parent.mkdir(parents=True, exist_ok=True)
    t0, c0 = time.perf_counter(), time.process_time()
    trainer.train(str(out))
    seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
    return {"sentences": len(sents), "seconds": seconds, "cpu": cpu, "megabytes": out.stat().st_size / 1e6}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--lowercased", default="none", help="use lower-cased NERP: all | none | N sentences")
    ap.add_argument("--iterations", type=int, default=None)
    ap.add_argument("--synthetic", type=int, default=SYNTHETIC, help="template sentences to add")
    args = ap.parse_args()
    stats = train(args.data, args.out, args.lowercased, args.iterations, args.synthetic)
    print(
        f"ner: {stats['sentences']:.0f} sentences, trained in {stats['seconds']:.1f} s "
        f"({stats['cpu']:.1f} s CPU), "
        f"model {stats['megabytes']:.2f} MB -> {args.out}"
    )


if __name__ == "__main__":
    main()
