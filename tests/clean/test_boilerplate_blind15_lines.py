"""Page furniture of the blind15 round (every line invented): newsletter and product promos, a
feedback footer, a "(*/site.com)" sign-off, a "Foto ihsan" caption, a "<Country> Correspondent"
byline role, a "SECTION / Subsection" breadcrumb, and a section label between "Related News" and
its teaser that repeats the page's own label. Body lines of the same shapes stay."""

from __future__ import annotations

import pytest

from warta.clean.boilerplate import canon, line_reason
from warta.clean.stage import CleanLines
from warta.model import Article


def _removed(text: str) -> set[str]:
    return {canon(r.line) for r in CleanLines()(Article(id="t", raw=text)).removed}


@pytest.mark.parametrize(
    "line",
    [
        "Get The Borneo Herald's newsletters to receive the latest updates straight to your inbox.",
        "Subscribe to HERALD PREMIUM to get access to our archive and 20 magazines on any device.",
        "For feedback, complaints, or inquiries, contact us.",
        "(*/serambinews.com)",
        "Sebahagian jalan yang runtuh akibat hujan lebat semalam. Foto ihsan penduduk",
        "Malaysia Correspondent",
        "NEWSINFO / Metro",
    ],
)
def test_boilerplate_blind15_line_shapes(line: str) -> None:
    assert line_reason(line) != ""


@pytest.mark.parametrize(
    "line",
    [
        "The company said it would get the newsletters printed by Friday.",
        "For feedback on the draft, residents may write to the council, the mayor said.",
        "Foto itu diambil oleh seorang penduduk, katanya.",
        "He worked for years as a foreign correspondent in Jakarta.",
    ],
)
def test_boilerplate_blind15_body_lines_stay(line: str) -> None:
    assert line_reason(line) == ""


def test_boilerplate_section_label_under_related_header_goes_with_its_teaser() -> None:
    body = "The Kedah Fire and Rescue Department said 20 personnel were sent to the site."
    text = (
        "Metro\n"
        "Lorry overturns on highway near Gurun, driver hurt\n"
        "By AMIR HASSAN\n"
        "Metro\n"
        "GURUN: A lorry driver was hurt when his vehicle overturned on the highway early today.\n"
        "Related News\n"
        "Metro\n"
        "Lorry driver charged over fatal crash in Jitra\n"
        f"{body}\n"
    )
    removed = _removed(text)
    assert canon("Lorry driver charged over fatal crash in Jitra") in removed
    assert canon(body) not in removed
    kept = CleanLines()(Article(id="t", raw=text)).text.split("\n")
    assert "Metro" not in kept
