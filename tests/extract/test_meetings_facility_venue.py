"""A named facility after lower-case place nouns ("di posko pengungsian SDN Mekarsari 1") is where a
visit happens, not a party met (invented sentences)."""

from __future__ import annotations

import pytest

import warta


@pytest.mark.parametrize(
    "text",
    [
        "Sebelumnya, Bupati Garut Asep Kurniawan menemui warga di posko pengungsian SDN Mekarsari 1.",
        "Gubernur Jawa Barat Dedi Santoso menemui pengungsi di gedung olahraga SMPN Cibeber 3.",
        "The regent Yosef Lamanepa met evacuees at the evacuation centre in Konga village.",
    ],
)
def test_meetings_facility_after_place_nouns_is_no_party(text: str) -> None:
    article = warta.extract(text)
    places = {e.name for e in article.entities if e.type == "location"}
    for meeting in article.meetings:
        assert not places & set(meeting.participants)


def test_meetings_named_counterpart_still_met_at_a_facility() -> None:
    text = (
        "Bupati Garut Asep Kurniawan bertemu Menteri Dalam Negeri Bambang Sutrisno di Pendopo Garut, Jumat."
    )
    meetings = warta.extract(text).meetings
    assert any({"Asep Kurniawan", "Bambang Sutrisno"} <= set(m.participants) for m in meetings)
    assert any(m.location == "Pendopo Garut" for m in meetings)
