from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from warta.errors import InputError
from warta.model import Article
from warta.read import from_string, read_paths
from warta.read.decode import decode


def _read(*paths: Path | str) -> list[Article | InputError]:
    return list(read_paths(paths))


def test_read_seed_directory_gives_one_article_per_file(seed_dir: Path) -> None:
    items = _read(seed_dir)
    assert len(items) == len(list(seed_dir.glob("*.txt")))
    assert all(isinstance(a, Article) and a.format == "text" for a in items)
    assert items[0].id == sorted(seed_dir.glob("*.txt"))[0].stem  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", "E101"),
        (b"   \n\t ", "E101"),
        (b"\x00\x01\x02\xff" * 200, "E102"),
        (bytes(range(256)) * 50, "E102"),
    ],
)
def test_read_hostile_bytes_give_a_named_error(tmp_path: Path, data: bytes, code: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    [item] = _read(path)
    assert isinstance(item, InputError)
    assert code in str(item) and "bad.txt" in str(item)


@pytest.mark.slow
def test_read_50_megabyte_input_refused_with_named_error(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_bytes(b"Kalimat berita yang diulang terus. " * (50 * 1024 * 1024 // 35))
    [item] = _read(path)
    assert isinstance(item, InputError) and "E104" in str(item) and "huge.txt" in str(item)


def test_read_cp1252_and_latin1_decoded(tmp_path: Path) -> None:
    text = "Café “Merdeka” — pertemuan di Jakarta pada hari Senin, kata Budi."
    (tmp_path / "a.txt").write_bytes(text.encode("cp1252"))
    (tmp_path / "b.txt").write_bytes("Garçon à Genève, naïve façade, très élevé.".encode("latin-1"))
    a, b = _read(tmp_path)
    assert isinstance(a, Article) and a.raw == text
    assert isinstance(b, Article) and "Genève" in b.raw


def test_read_mojibake_repaired() -> None:
    broken = "Menteri berkata â€œkami siapâ€\x9d hari ini.".encode("utf-8", "surrogateescape")
    assert "“kami siap”" in decode(broken, "x")


@pytest.mark.parametrize(
    "clean",
    [
        "Café “Merdeka” — kata Budi, Senin.",  # cp1252 quotes and dash
        "Garçon à Genève, naïve façade, très élevé.",  # latin-1 letters only
        "Jawatankuasa bersidang semalam; ‘kami sedia’, kata beliau…",
    ],
)
def test_read_mojibake_of_each_shape_repaired(clean: str) -> None:
    import ftfy.bad_codecs  # noqa: F401  (registers "sloppy-windows-1252")

    # UTF-8 bytes read as cp1252 (latin-1 where cp1252 has no letter), then saved again as UTF-8
    once = clean.encode("utf-8").decode("sloppy-windows-1252")
    assert decode(once.encode("utf-8"), "x") == clean
    assert decode(clean.encode("utf-8"), "x") == clean  # clean text is left alone


def test_read_jsonl_bad_lines_reported_and_rest_kept(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    rows = [
        json.dumps({"id": "ok1", "text": "Berita pertama."}),
        "{not json",
        json.dumps({"id": "empty", "text": ""}),
        json.dumps(["a", "list"]),
        json.dumps({"id": "ok2", "html": "<html><body><p>Isi</p></body></html>", "url": "https://x.id/a"}),
    ]
    path.write_text("\n".join(rows), encoding="utf-8")
    items = _read(path)
    assert [i.id for i in items if isinstance(i, Article)] == ["ok1", "ok2"]
    errors = [str(i) for i in items if isinstance(i, InputError)]
    assert len(errors) == 3 and all("in.jsonl:" in e for e in errors)
    html_item = items[-1]
    assert isinstance(html_item, Article) and html_item.format == "html" and html_item.url == "https://x.id/a"


def test_read_gzip_and_missing_path(tmp_path: Path) -> None:
    (tmp_path / "page.html.gz").write_bytes(gzip.compress(b"<html><body><p>Halo dunia</p></body></html>"))
    [page] = _read(tmp_path / "page.html.gz")
    assert isinstance(page, Article) and page.format == "html" and page.id == "page"
    [missing] = _read(tmp_path / "nope.txt")
    assert isinstance(missing, InputError) and "nope.txt" in str(missing)


def test_read_from_string_detects_html_and_rejects_empty() -> None:
    assert from_string("<!DOCTYPE html><html><body>x</body></html>").format == "html"
    assert from_string("Teks biasa saja.").format == "text"
    with pytest.raises(InputError):
        from_string("   ")


def test_read_jsonl_recognised_without_suffix_and_limit_is_per_record(tmp_path: Path) -> None:
    from warta.read import _read_bytes

    data = b'{"id": "x1", "text": "Berita satu."}\n{"id": "x2", "text": "Berita dua."}\n'
    items = list(_read_bytes(data, "<stdin>", "stdin"))
    assert [i.id for i in items if isinstance(i, Article)] == ["x1", "x2"]
    plain = list(_read_bytes(b"{tidak json} hanya teks biasa", "<stdin>", "stdin"))
    assert len(plain) == 1 and isinstance(plain[0], Article) and plain[0].id == "stdin"


def test_read_jsonl_keeps_crawler_metadata_and_flags_bad_dates(tmp_path: Path) -> None:
    path = tmp_path / "crawl.jsonl"
    rows = [
        {"id": "c1", "text": "Isi berita.", "published": "2025-02-04T08:00:00+07:00", "outlet": "Contoh"},
        {"id": "c2", "text": "Isi berita lain.", "published": "2025-02-30"},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    first, second = _read(path)
    assert isinstance(first, Article) and first.published == "2025-02-04" and first.outlet == "Contoh"
    assert isinstance(second, Article) and second.published is None
    assert second.issues and second.issues[0].code == "E113"
