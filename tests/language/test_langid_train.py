"""The trainer: a tiny model fits, saves and loads back identically; data folds are stable."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import pytest

from warta.langid import data
from warta.langid.model import MODEL_PATH, LangModel
from warta.langid.train import Params, count_words, fit, load_cues

TINY = [
    ("Kerajaan berkata syarikat itu akan dibuka semula pada bulan Ogos.", "ms"),
    ("Beliau memaklumkan bahawa mesyuarat diadakan kelmarin.", "ms"),
    ("Pemerintah mengatakan perusahaan itu akan dibuka kembali pada Agustus.", "id"),
    ("Dia menyampaikan bahwa rapat digelar kemarin.", "id"),
    ("The government said the company would reopen in August.", "en"),
]


def test_langid_train_tiny_model_round_trips_through_npz(tmp_path: Path) -> None:
    model = fit(count_words(TINY), Params(min_count=1, common_words=10), load_cues())
    assert sorted(model.classes) == ["en", "id", "ms"]
    path = tmp_path / "tiny.npz"
    model.save(path)
    loaded = LangModel.load(path)
    assert loaded.classes == model.classes and loaded.common == model.common
    for text in ("Syarikat itu dibuka semula.", "Perusahaan itu dibuka kembali.", "The company reopened."):
        assert loaded.predict(text)[0] == model.predict(text)[0]
    assert model.predict("Syarikat itu dibuka semula.")[0] == "ms"


def test_langid_folds_are_deterministic_and_disjoint() -> None:
    assert data.fold_of("Kerajaan akan mengumumkan.") == data.fold_of("Kerajaan akan mengumumkan.")
    assert {data.fold_of(f"ayat nombor {i}") for i in range(200)} == set(range(data.FOLDS))


def test_langid_conll_sentences_rebuild_spacing(tmp_path: Path) -> None:
    path = tmp_path / "ner.txt"
    path.write_text(
        "Presiden\tB-PER\nberkata\tO\n,\tO\n(\tO\nhari\tO\n)\tO\n.\tO\n\nDua\tO\n", encoding="utf-8"
    )
    assert list(data.conll_sentences(path)) == ["Presiden berkata, (hari).", "Dua"]


@pytest.mark.slow
def test_langid_train_script_rebuilds_the_shipped_model_byte_for_byte(tmp_path: Path) -> None:
    if not (data.data_dir() / "dslcc-v2").exists():
        pytest.skip("shared/data is not beside the repo")
    out = tmp_path / "langid.npz"
    script = Path(__file__).resolve().parents[2] / "scripts" / "train_langid.py"
    run = subprocess.run([sys.executable, str(script), "--out", str(out)], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    # digests, not bytes: a mismatch must not make pytest diff two megabytes
    assert hashlib.sha256(out.read_bytes()).hexdigest() == hashlib.sha256(MODEL_PATH.read_bytes()).hexdigest()
