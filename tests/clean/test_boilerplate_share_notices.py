"""Share-widget notices, resume-scroll ad markers and closing marks (invented lines)."""

from __future__ import annotations

import pytest

import warta

BODY = "Presiden berjanji membantu warga yang terdampak banjir di wilayah itu."


@pytest.mark.parametrize(
    "line",
    [
        "SCROLL TO RESUME CONTENT",
        "Scroll untuk lanjut membaca",
        "url telah tercopy",
        "Link berhasil disalin",
        "Copied to clipboard",
        "Tweet",
        "(*)",
        "(*/ant)",
        "( * )",
    ],
)
def test_widget_lines_are_removed(line: str) -> None:
    article = warta.extract(f"JAKARTA - Presiden meninjau lokasi banjir, Senin.\n{line}\n{BODY}")
    assert line.strip() in [r.line for r in article.removed]
    assert BODY in article.text


@pytest.mark.parametrize(
    "line",
    [
        "Tweet itu dihapus beberapa jam kemudian setelah menuai kritik dari warganet.",
        "Link telah disalin oleh ribuan pengguna sebelum situs itu ditutup, kata polisi.",
    ],
)
def test_sentences_about_tweets_and_links_stay(line: str) -> None:
    article = warta.extract(f"JAKARTA - Presiden meninjau lokasi banjir, Senin.\n{line}\n{BODY}")
    assert line in article.text
