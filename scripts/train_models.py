"""`make models`: rebuild every trained model shipped in src/warta/models/ (fixed settings, reproducible)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent

# One trainer script per model; each writes its model under src/warta/models/.
TRAINERS = [
    "train_ner.py",
    "train_langid.py",
]


def main() -> None:
    for script in TRAINERS:
        print(f"== {script}", flush=True)
        subprocess.run([sys.executable, str(SCRIPTS / script)], check=True)


if __name__ == "__main__":
    main()
