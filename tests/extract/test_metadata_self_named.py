"""The outlet read from the body when the page names itself: "ketika dihubungi Kompas.com",
"Utusan Malaysia difahamkan" (sentences written for these tests)."""

from __future__ import annotations

import pytest

from warta import extract


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        (
            "Judul\nCEBU: Menteri bertemu.\nMenurut Utusan Malaysia difahamkan, menteri itu tidak hadir.",
            "Utusan Malaysia",
        ),
        ("Judul berita\nJAKARTA - Ketika dihubungi Kompas.com, Budi mengatakan hal itu.", "Kompas"),
        ("Judul\nBANDUNG - Saat ditemui detikcom di kantornya, Budi mengatakan hal itu.", "Detik"),
    ],
)
def test_metadata_self_named_outlet_is_not_an_organisation(text: str, outlet: str) -> None:
    article = extract(text)
    assert article.outlet == outlet
    assert not any(e.type == "organization" and outlet.split()[0] in e.name for e in article.entities)


def test_metadata_self_named_skips_an_agency_told_something() -> None:
    article = extract("Judul\nJAKARTA - Budi berkata kepada Reuters bahawa ia benar.")
    assert article.outlet is None
    assert "Reuters" in {e.name for e in article.entities}
