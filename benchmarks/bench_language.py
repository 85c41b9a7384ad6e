"""Per-sentence id-vs-ms accuracy on the held-out DSLCC set B fold, warta beside lingua and py3langid.

    python benchmarks/bench_language.py [--all]

The dev fold (fold 0 of 5 by CRC of the sentence, 390 sentences) is never trained on. lingua is
restricted to Indonesian/Malay/English, py3langid to id/ms/en. Accuracy counts any answer other
than the gold code as an error (so 'en' for a Malay sentence is wrong). --all also scores all
2,000 sentences (warta has trained on 80 % of them: that column is not a fair comparison).
Prints a markdown table.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from pathlib import Path

from warta.langid import data

EXAMPLES = Path(__file__).resolve().parents[2] / "shared" / "examples"

Detector = Callable[[str], str]


def warta_detector() -> Detector:
    from warta.language import detect

    detect("warm up: load the model")
    return lambda text: detect(text)[0]


def lingua_detector() -> Detector | None:
    try:
        from lingua import Language, LanguageDetectorBuilder
    except ImportError:
        return None
    langs = (Language.INDONESIAN, Language.MALAY, Language.ENGLISH)
    detector = LanguageDetectorBuilder.from_languages(*langs).build()
    codes = {lang: lang.iso_code_639_1.name.lower() for lang in langs}

    def run(text: str) -> str:
        lang = detector.detect_language_of(text)
        return codes.get(lang, "und") if lang is not None else "und"

    run("warm up: load the models")
    return run


def py3langid_detector() -> Detector | None:
    try:
        import py3langid
    except ImportError:
        return None
    py3langid.set_languages(["id", "ms", "en"])
    py3langid.classify("warm up: load the model")
    return lambda text: str(py3langid.classify(text)[0])


def score(detect: Detector, samples: list[tuple[str, str]]) -> tuple[float, float, float, float]:
    """(accuracy, id recall, ms recall, sentences per second)."""
    start = time.perf_counter()
    preds = [detect(text) for text, _ in samples]
    elapsed = time.perf_counter() - start
    hits = [p == y for p, (_, y) in zip(preds, samples, strict=True)]

    def recall(code: str) -> float:
        mine = [h for h, (_, y) in zip(hits, samples, strict=True) if y == code]
        return sum(mine) / max(1, len(mine))

    return sum(hits) / len(samples), recall("id"), recall("ms"), len(samples) / elapsed


def document_timing() -> str:
    """Median and max CPU milliseconds of warta's detect() on 3,000-character texts, each seen for
    the first time (only the model's shipped common words are cached).
    CPU time, not wall time: on a shared machine the wall clock mostly measures the neighbours."""
    from warta.langid.model import get_model
    from warta.language import detect

    model = get_model()
    if model is None:
        return "no model"
    model.reset_cache()
    # Real articles are mostly shorter than 3,000 characters: cut the gold texts, joined, into
    # 3,000-character windows so each timed call sees a full-size, unseen text.
    joined = ""
    for name in ("seeds-gold.jsonl", "dev-gold.jsonl"):
        path = EXAMPLES / name
        if path.exists():
            joined += "\n".join(
                json.loads(line)["text"] for line in path.open(encoding="utf-8") if line.strip()
            )
    texts = [joined[i : i + 3000] for i in range(0, len(joined) - 2999, 3000)]
    times = []
    for text in texts:
        start = time.process_time()
        detect(text)
        times.append((time.process_time() - start) * 1000)
    times.sort()
    if not times:
        return "no gold articles"
    return (
        f"document detect() on {len(texts)} unseen 3,000-character windows of the gold articles: "
        f"median {times[len(times) // 2]:.2f} ms, max {times[-1]:.2f} ms CPU"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--all", action="store_true", help="also score all 2,000 sentences")
    args = parser.parse_args()
    train, dev = data.idms_split()
    sets = [("dev (held-out 20 %)", dev)] + ([("all of set B", train + dev)] if args.all else [])
    detectors: list[tuple[str, Detector | None]] = [
        ("warta", warta_detector()),
        ("lingua (id/ms/en)", lingua_detector()),
        ("py3langid (id/ms/en)", py3langid_detector()),
    ]
    print("| detector | set | sentences | accuracy | id recall | ms recall | sentences/s |")
    print("|---|---|---:|---:|---:|---:|---:|")
    for name, detector in detectors:
        if detector is None:
            print(f"| {name} | not installed | | | | | |")
            continue
        for set_name, samples in sets:
            acc, rid, rms, rate = score(detector, samples)
            print(
                f"| {name} | {set_name} | {len(samples)} | {acc:.4f} | {rid:.4f} | {rms:.4f} | {rate:,.0f} |"
            )
    print()
    print(document_timing())


if __name__ == "__main__":
    main()
