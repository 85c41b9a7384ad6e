"""`warta extract` as a whole process beside a bare trafilatura loop over the same HTML files.

What a user sees: start-up (imports, models, knowledge tables), reading and decoding the files,
every stage, and writing JSON lines, against a script that reads the same files and calls
`trafilatura.extract` on each. Both run as child processes, alternately, `--runs` times each; the
table gives the median CPU seconds (user + system, from the kernel's accounting of the finished
child), the median peak RSS, and the median of the per-pair ratios.

    python benchmarks/bench_cli.py [--pages 60] [--runs 5]
"""

from __future__ import annotations

import argparse
import gzip
import resource
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared"
BARE = """
import json, sys
from pathlib import Path
import trafilatura
for p in sorted(Path(sys.argv[1]).glob("*.html")):
    html = p.read_bytes().decode("utf-8", "replace")
    text = trafilatura.extract(html, include_comments=False, include_tables=False)
    sys.stdout.write(json.dumps({"id": p.stem, "text": text}) + "\\n")
"""


def write_pages(folder: Path, limit: int) -> int:
    pages = sorted((SHARED / "data" / "article-extraction-benchmark" / "html").glob("*.html.gz"))[:limit]
    for page in pages:
        (folder / page.name.removesuffix(".gz")).write_bytes(gzip.decompress(page.read_bytes()))
    return len(pages)


def run_child(cmd: list[str]) -> tuple[float, float]:
    """CPU seconds and peak RSS (MB) of one finished child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, err = proc.communicate()
    if proc.returncode not in (0, None):
        raise SystemExit(f"{cmd[0]} failed: {err.decode(errors='replace')[-500:]}")
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (usage.ru_utime - before.ru_utime) + (usage.ru_stime - before.ru_stime)
    # maxrss of RUSAGE_CHILDREN is the largest child so far (warta's, in practice)
    return cpu, usage.ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=60)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    bin_dir = Path(sys.executable).parent
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        n = write_pages(folder, args.pages)
        script = folder / "bare_trafilatura.py"
        script.write_text(BARE, encoding="utf-8")
        warta_cmd = [str(bin_dir / "warta"), "extract", str(folder)]
        bare_cmd = [sys.executable, str(script), str(folder)]
        run_child(warta_cmd), run_child(bare_cmd)  # warm the page cache and .pyc files
        warta, bare = [], []
        for _ in range(args.runs):
            warta.append(run_child(warta_cmd))
            bare.append(run_child(bare_cmd))
    ratios = [w[0] / b[0] for w, b in zip(warta, bare, strict=True)]
    print(f"{n} HTML pages of article-extraction-benchmark, {args.runs} runs each, alternating\n")
    print("| command | CPU s (median) | pages/CPU-s |")
    print("|---|---|---|")
    for name, runs in (("warta extract DIR", warta), ("bare trafilatura loop", bare)):
        cpu = statistics.median(r[0] for r in runs)
        print(f"| {name} | {cpu:.2f} | {n / cpu:.1f} |")
    print(f"\nwarta / trafilatura CPU ratio, median of pairs: {statistics.median(ratios):.2f}x")
    print(
        f"(min {min(ratios):.2f}x, max {max(ratios):.2f}x); peak RSS of the larger child: {warta[-1][1]:.0f} MB"
    )


if __name__ == "__main__":
    main()
