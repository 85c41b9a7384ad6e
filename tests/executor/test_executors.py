"""Local and Dask executors: identical shard output on the seeds; re-runs skip finished shards."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from warta.cli.app import app
from warta.executor import execute, get_executor, make_shards
from warta.executor.base import completed, marker_path


def _files(outdir: Path) -> dict[str, str]:
    return {
        p.name: p.read_text(encoding="utf-8")
        for p in sorted(outdir.iterdir())
        if p.suffix in {".jsonl", ".done"}
    }


def test_executors_local_and_dask_give_identical_output(seed_dir: Path, tmp_path: Path) -> None:
    pytest.importorskip("dask.bag")
    local = execute([seed_dir], tmp_path / "local", get_executor("local"), files_per_shard=2)
    dask = execute([seed_dir], tmp_path / "dask", get_executor("dask", workers=2), files_per_shard=2)
    assert local.shards == dask.shards == 3
    assert local.stats == dask.stats
    assert local.stats["articles"] == len(list(seed_dir.glob("*.txt")))
    assert _files(tmp_path / "local") == _files(tmp_path / "dask")
    ids = [
        json.loads(line)["id"]
        for name, text in _files(tmp_path / "local").items()
        if name.endswith(".jsonl")
        for line in text.splitlines()
    ]
    assert ids == sorted(p.stem for p in seed_dir.glob("*.txt"))


def test_executors_rerun_skips_completed_shards(seed_dir: Path, tmp_path: Path) -> None:
    first = execute([seed_dir], tmp_path, get_executor("local"), files_per_shard=2)
    before = _files(tmp_path)
    again = execute([seed_dir], tmp_path, get_executor("local"), files_per_shard=2)
    assert (first.skipped, again.skipped) == (0, again.shards)
    assert again.stats == first.stats  # merged from the markers' per-shard statistics
    assert _files(tmp_path) == before


def test_executors_resume_runs_only_unfinished_and_changed_shards(seed_dir: Path, tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    shutil.copytree(seed_dir, inputs)
    out = tmp_path / "out"
    execute([inputs], out, get_executor("local"), files_per_shard=2)
    shards = make_shards([inputs], 2)
    marker_path(out, shards[0]).unlink()  # as if the run had stopped before finishing shard 0
    changed = Path(shards[2].paths[0])
    changed.write_text(changed.read_text(encoding="utf-8") + "\nParagraf tambahan.", encoding="utf-8")
    assert completed(out, shards[2]) is None  # a marker for old inputs is not trusted
    report = execute([inputs], out, get_executor("local"), files_per_shard=2)
    assert (report.ran, report.skipped) == (2, 1)


def test_executors_cli_run_writes_shards_and_corpus(seed_dir: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["run", str(seed_dir), "-o", str(tmp_path), "--files-per-shard", "2"])
    assert result.exit_code == 0, result.output
    corpus = [
        json.loads(line) for line in (tmp_path / "corpus.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    assert len(corpus) == len(list(seed_dir.glob("*.txt")))
    assert all(r["story_id"] and r["duplicate_of"] is None for r in corpus)
    assert json.loads((tmp_path / "stats.json").read_text(encoding="utf-8"))["articles"] == len(corpus)
    again = CliRunner().invoke(app, ["run", str(seed_dir), "-o", str(tmp_path), "--files-per-shard", "2"])
    assert "0 run, 3 already done" in again.output


def test_executors_unknown_executor_is_a_config_error() -> None:
    from warta.errors import ConfigError

    with pytest.raises(ConfigError):
        get_executor("spark")


def test_executors_cli_run_marks_a_planted_copy(seed_dir: Path, tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    shutil.copytree(seed_dir, inputs)
    original = sorted(inputs.glob("*.txt"))[3]
    edited = (
        original.read_text(encoding="utf-8").replace("Moskow", "Moscow")
        + "\nBaca berita lain di situs kami.\n"
    )
    (inputs / "zz_copy.txt").write_text(edited, encoding="utf-8")
    result = CliRunner().invoke(app, ["run", str(inputs), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    lines = (tmp_path / "out" / "corpus.jsonl").read_text(encoding="utf-8").splitlines()
    records = {r["id"]: r for r in map(json.loads, lines)}
    assert records["zz_copy"]["duplicate_of"] == original.stem
    assert records["zz_copy"]["story_id"] == records[original.stem]["story_id"]
    assert sum(1 for r in records.values() if r["duplicate_of"]) == 1


def test_executors_fewer_shards_drop_stale_outputs(seed_dir: Path, tmp_path: Path) -> None:
    from warta.executor import shard_outputs

    execute([seed_dir], tmp_path, get_executor("local"), files_per_shard=1)
    report = execute([seed_dir], tmp_path, get_executor("local"), files_per_shard=5)
    assert report.shards == 1
    assert [p.name for p in shard_outputs(tmp_path)] == ["shard-00000.jsonl"]
