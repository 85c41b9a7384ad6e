"""Page furniture around domestic stories: contributor bylines, stock-photo captions, "<site>, <city>"
labels, bare image addresses, "Show caption" buttons and the caption under them, lower-case topic
tags at the foot, and a "<town>, <province> ● <date>" line that also dates the story. Body lines next
to each shape must stay. Every line is invented for the test."""

from __future__ import annotations

import pytest

import warta
from warta.clean.boilerplate import canon, line_reason
from warta.clean.stage import CleanLines
from warta.model import Article


def _removed(text: str) -> set[str]:
    return {canon(r.line) for r in CleanLines()(Article(id="t", raw=text)).removed}


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Penulis Kontributor Medan, Rahmat Nasution | Editor Reni Susanti", "byline"),
        ("Penulis Kontributor Garut, Asep Hidayat", "byline"),
        ("Ilustrasi judi online. (SHUTTERSTOCK)", "caption"),
        ("Warga antre bantuan di posko. (KOMPAS.COM)", "caption"),
        ("Liputan6.com, Jakarta", "credit"),
        ("Detik.com, Bandung", "credit"),
        ("https://img.okezone.com/content/2026/11/22/340/3091122/wabah.jpg", "caption"),
        ("Show caption", "caption"),
        (
            "United front: Leaders of both coalitions posing after the meeting in Shah Alam. — Bernama",
            "caption",
        ),
        ("Helping hand: Volunteers hand out food packs to flood victims in Kota Bharu. — Reuters", "caption"),
        ("Larantuka, East Nusa Tenggara ● Sun, November 22, 2026", "dateline"),
        ("Kupang, East Nusa Tenggara ● Mon, March 3, 2025", "dateline"),
    ],
)
def test_boilerplate_page_label_shapes(line: str, reason: str) -> None:
    assert line_reason(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "Ia bekerja untuk Komisi Pemberantasan Korupsi. (KPK)",
        "Liputan6.com, Jakarta - Jaksa menghadirkan tiga saksi dalam sidang lanjutan.",
        "Penulis buku itu, Rahmat Nasution, hadir dalam acara tersebut.",
        "Kunjungi https://www.bnpb.go.id untuk informasi lebih lanjut.",
        "Show business is booming in Jakarta, he said.",
        "SHAH ALAM: Leaders met here on Thursday to finalise the plan. — Bernama",
        "He said the plan was ready for the by-election. — Bernama",
    ],
)
def test_boilerplate_body_lines_beside_page_labels_stay(line: str) -> None:
    assert line_reason(line) == ""


def test_boilerplate_caption_under_show_caption_button() -> None:
    text = (
        "Leaders agree on one candidate\n"
        "Show caption\n"
        "United front: Leaders posing after the meeting in Shah Alam. — Bernama\n"
        "SHAH ALAM: Leaders met here on Thursday to finalise a joint campaign.\n"
        "The campaign starts next week, the chairman said."
    )
    removed = _removed(text)
    assert canon("United front: Leaders posing after the meeting in Shah Alam. — Bernama") in removed
    assert canon("SHAH ALAM: Leaders met here on Thursday to finalise a joint campaign.") not in removed
    assert "Bernama" not in {e.name for e in warta.extract(text).entities}


def test_boilerplate_lower_case_topic_tags_at_the_foot() -> None:
    text = (
        "Longsor Terjang Desa di Garut\n"
        "Garut - Longsor menimbun lima rumah warga pada Selasa malam.\n"
        "Warga diminta tetap waspada, kata camat.\n"
        "(mud/mud)\n"
        "longsor garut\n"
        "cisewu\n"
        "relokasi\n"
        "Bagikan"
    )
    removed = _removed(text)
    assert {"longsor garut", "cisewu", "relokasi"} <= removed
    assert canon("Warga diminta tetap waspada, kata camat.") not in removed


def test_boilerplate_one_lower_case_line_inside_the_body_stays() -> None:
    text = (
        "Longsor Terjang Desa di Garut\n"
        "Garut - Longsor menimbun lima rumah warga pada Selasa malam.\n"
        "dan seterusnya\n"
        "Warga diminta tetap waspada, kata camat."
    )
    assert "dan seterusnya" not in _removed(text)


def test_boilerplate_town_and_province_date_line_dates_the_story() -> None:
    text = (
        "Indonesia\n"
        "Volcano erupts again, thousands flee\n"
        "Yohanes Sogen (The Jakarta Post)\n"
        "Larantuka, East Nusa Tenggara ● Sun, November 22, 2026\n"
        "The volcano erupted twice on Saturday, forcing residents to flee."
    )
    article = warta.extract(text)
    assert article.published == "2026-11-22"
    assert "Larantuka" not in article.text
