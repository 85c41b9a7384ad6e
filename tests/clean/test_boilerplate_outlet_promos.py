"""Outlet furniture the blind9 round found kept: a promo behind the site's name and a bar, "Get
WhatsApp alerts" lines, "Disiarkan pada:" date lines, an agency's desk credit ("Reuters Graphics").
Every line is invented for the test; the body lines beside them must stay."""

from __future__ import annotations

import pytest

from warta.clean.boilerplate import line_reason


@pytest.mark.parametrize(
    "line",
    [
        "Tempo.co | Dapatkan berita terbaru di kanal WhatsApp Tempo",
        "Kompas.com | Ikuti saluran WhatsApp kami untuk berita terkini",
        "detikcom | Simak berita lainnya di Google News",
    ],
)
def test_boilerplate_outlet_name_then_bar_then_promo(line: str) -> None:
    assert line_reason(line) == "promo"


@pytest.mark.parametrize(
    "line",
    [
        "Get WhatsApp alerts and news from CNA",
        "Get Telegram updates from The Star",
        "Get breaking news on Google News from Malay Mail",
    ],
)
def test_boilerplate_get_messaging_alerts_line(line: str) -> None:
    assert line_reason(line) == "promo"


@pytest.mark.parametrize(
    "line",
    ["Disiarkan pada: November 20, 2026 @ 4:05pm", "Disiarkan pada : Khamis, 19 November 2026 @ 11:02 AM"],
)
def test_boilerplate_disiarkan_pada_date_line(line: str) -> None:
    assert line_reason(line) == "publication"


@pytest.mark.parametrize("line", ["Reuters Graphics", "AFP Photo", "Bernama TV", "Reuters Pictures"])
def test_boilerplate_agency_desk_credit(line: str) -> None:
    assert line_reason(line) == "credit"


@pytest.mark.parametrize(
    "line",
    [
        "Kompas.com | Jakarta dilanda banjir besar pada Senin pagi",
        "Get the children to school safely, the police chief said on Monday.",
        "Disiarkan pada majlis itu, ucapan menteri menyentuh 2 isu utama.",
        "Reuters reported that graphics from the ministry showed a rise.",
    ],
)
def test_boilerplate_body_lines_like_those_stay(line: str) -> None:
    assert line_reason(line) == ""
