"""A meeting held at a named building ("Wisma X", "<Body> House") takes the building as its place,
not the city after it (invented sentences)."""

from __future__ import annotations

import pytest

import warta


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Menteri Belia dan Sukan, Ahmad Faris, mengadakan pertemuan dengan Presiden persatuan itu, "
            "Datuk Karim Osman, di Wisma MCA, Kuala Lumpur, hari ini.",
            "Wisma MCA",
        ),
        (
            "Football chief Rahmat Hidayat met AFC president Salman bin Ibrahim Al Khalifa at AFC House, "
            "Kuala Lumpur, on Monday.",
            "AFC House",
        ),
    ],
)
def test_meetings_named_building_is_the_place(text: str, place: str) -> None:
    meetings = warta.extract(text).meetings
    assert [m.location for m in meetings] == [place]
