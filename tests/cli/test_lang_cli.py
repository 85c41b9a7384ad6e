from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from warta.cli.app import app

runner = CliRunner()


def test_cli_lang_lines_prints_code_confidence_and_line(tmp_path: Path) -> None:
    src = tmp_path / "mixed.txt"
    lines = [
        "Kerajaan akan mengumumkan keputusan itu pada hari Ahad.",
        "Pemerintah daerah menutup jalan itu kemarin.",
        "",
        "The government will announce the decision on Sunday.",
    ]
    src.write_text("\n".join(lines), encoding="utf-8")
    result = runner.invoke(app, ["lang", "--lines", str(src)])
    assert result.exit_code == 0, result.output
    rows = [row.split("\t") for row in result.stdout.rstrip("\n").split("\n")]
    assert [r[0] for r in rows] == ["ms", "id", "und", "en"]
    assert [r[2] for r in rows] == lines
    assert all(0.0 <= float(r[1]) <= 1.0 for r in rows)


def test_cli_lang_document_prints_one_line(tmp_path: Path) -> None:
    src = tmp_path / "doc.txt"
    src.write_text(
        "Beliau berkata kerajaan akan membantu syarikat tempatan.\nIa diumumkan kelmarin.", encoding="utf-8"
    )
    result = runner.invoke(app, ["lang", str(src)])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("ms\t")
    assert len(result.stdout.strip().split("\n")) == 1
