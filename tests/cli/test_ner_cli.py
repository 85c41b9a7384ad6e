"""`warta ner PATH`: CoNLL in (TAB or space separated, CRLF), `token<TAB>tag` out."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from warta.cli.app import app


def test_ner_cli_prints_token_tag_per_line(tmp_path: Path) -> None:
    conll = "Presiden PROPN O\r\nJoko PROPN B-PER\r\nWidodo PROPN I-PER\r\n\r\nDi\tO\nJakarta\tB-LOC\n.\tO\n"
    path = tmp_path / "dev.txt"
    path.write_bytes(conll.encode("utf-8"))
    result = CliRunner().invoke(app, ["ner", str(path)])
    assert result.exit_code == 0, result.output
    blocks = result.output.strip("\n").split("\n\n")
    assert len(blocks) == 2
    rows = [line.split("\t") for block in blocks for line in block.split("\n")]
    assert [r[0] for r in rows] == ["Presiden", "Joko", "Widodo", "Di", "Jakarta", "."]
    assert all(len(r) == 2 and (r[1] == "O" or r[1][:2] in ("B-", "I-")) for r in rows)


def test_ner_cli_text_mode_prints_offsets(tmp_path: Path) -> None:
    text = "Presiden Joko Widodo bertemu Menteri Luar Negeri Retno Marsudi di Jakarta."
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(app, ["ner", "--text", str(path)])
    assert result.exit_code == 0, result.output
    for line in result.output.strip().split("\n"):
        start, end, label, mention = line.split("\t")
        assert text[int(start) : int(end)] == mention
        assert label in {"PER", "ORG", "LOC"}


def test_ner_cli_missing_file_fails(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["ner", str(tmp_path / "nope.txt")])
    assert result.exit_code == 1
