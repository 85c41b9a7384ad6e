from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from warta.cli.app import app

runner = CliRunner()


def test_cli_extract_prints_one_record_per_seed_in_readme_layout(seed_dir: Path) -> None:
    result = runner.invoke(app, ["extract", str(seed_dir)])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert len(records) == len(list(seed_dir.glob("*.txt")))
    for key in ("id", "language", "title", "outlet", "author", "published", "text", "entities", "meetings"):
        assert key in records[0]
    assert "Baca Juga" not in records[0]["text"]


def test_cli_extract_bad_item_named_on_stderr_rest_go_on(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("Judul Berita\nIsi berita yang baik sekali.", encoding="utf-8")
    (tmp_path / "bad.bin").write_bytes(b"\x00\x01\x02" * 100)
    result = runner.invoke(app, ["extract", str(tmp_path)])
    assert result.exit_code == 2
    assert "bad.bin" in result.stderr and "E102" in result.stderr
    assert len([ln for ln in result.stdout.splitlines() if ln.strip()]) == 1


def test_cli_extract_json_and_text_formats_and_output_file(tmp_path: Path) -> None:
    src = tmp_path / "a.txt"
    src.write_text("Judul Berita\nIsi berita yang baik sekali.", encoding="utf-8")
    out = tmp_path / "out.json"
    result = runner.invoke(app, ["extract", str(src), "--format", "json", "-o", str(out)])
    assert result.exit_code == 0
    assert json.loads(out.read_text(encoding="utf-8"))[0]["id"] == "a"
    text = runner.invoke(app, ["extract", str(src), "--format", "text"])
    assert text.exit_code == 0 and text.stdout.startswith("# a")


def test_cli_extract_nothing_found_fails(tmp_path: Path) -> None:
    result = runner.invoke(app, ["extract", str(tmp_path / "missing.txt")])
    assert result.exit_code == 1
    assert "missing.txt" in result.stderr
