"""`make bench`: every benchmark at a size that finishes in minutes on two cores, one after another.

Each script prints its own markdown tables; the full-size runs quoted in docs/performance.md take
their own arguments (each script's docstring gives them). Pass names to run a subset:

    python benchmarks/run_all.py [extract html html_idms cli language figures dedup store api dask]
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
# name -> arguments for a quick run
QUICK: dict[str, list[str]] = {
    "extract": ["--repeat", "5", "--pages", "30"],
    "html": [],
    "html_idms": [],
    "cli": ["--pages", "60", "--runs", "3"],
    "language": [],
    "figures": [],
    "dedup": ["--n", "5000"],
    "store": ["--n", "20000", "--queries", "200"],
    "api": ["--n", "20000", "--queries", "200"],
    "dask": ["--repeat", "5"],
}


def main(names: list[str]) -> int:
    unknown = [n for n in names if n not in QUICK]
    if unknown:
        print(f"unknown benchmark(s): {', '.join(unknown)}; known: {', '.join(QUICK)}", file=sys.stderr)
        return 2
    failed = []
    for name in names or list(QUICK):
        print(f"\n## bench_{name}.py {' '.join(QUICK[name])}\n", flush=True)
        start = time.perf_counter()
        code = subprocess.call([sys.executable, str(HERE / f"bench_{name}.py"), *QUICK[name]])
        print(f"\n({time.perf_counter() - start:.0f} s wall)", flush=True)
        if code:
            failed.append(name)
    if failed:
        print(f"\nfailed: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
