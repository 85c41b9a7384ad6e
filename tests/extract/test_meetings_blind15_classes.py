"""Meeting classes from the blind15 round (invented sentences): an arrival then a meeting joined by
"dan", a street as the most specific venue, an office named by its holder's place, English portfolio
titles holding "and", a company named again without its legal form."""

from __future__ import annotations

import warta


def _meetings(text: str) -> list[tuple[list[str], str | None]]:
    return [(m.participants, m.location) for m in warta.extract(text).meetings]


def test_meetings_arrival_then_meeting_joined_by_dan_is_a_meeting() -> None:
    found = _meetings(
        "KUANTAN: Menteri Kerja Raya Alexander Nanta Linggi tiba di Kuantan petang semalam dan mengadakan "
        "pertemuan dengan Menteri Besar Pahang, Wan Rosdy Wan Ismail, di Wisma Sri Pahang."
    )
    assert any({"Alexander Nanta Linggi", "Wan Rosdy Wan Ismail"} <= set(p) for p, _ in found)


def test_meetings_planned_arrival_then_meeting_is_still_planned() -> None:
    found = _meetings(
        "KUANTAN: Alexander Nanta Linggi akan tiba di Kuantan esok dan bertemu Wan Rosdy Wan Ismail di Wisma Sri Pahang."
    )
    assert found == []


def test_meetings_street_after_on_is_the_venue() -> None:
    found = _meetings(
        "JAKARTA - Governor Sherly Tjoanda met with Finance Minister Purbaya Yudhi Sadewa at the ministry's "
        "office on Jl. Lapangan Banteng Timur in Central Jakarta on Tuesday."
    )
    assert found and found[0][1] == "Jalan Lapangan Banteng Timur"


def test_meetings_place_of_an_office_holder_is_not_the_venue() -> None:
    found = _meetings(
        "BATAM - On Nov 3, Mr Chan Chun Sing paid a courtesy call on Mr Ansar Ahmad at the Riau Islands "
        "governor's office in Tanjung Pinang."
    )
    assert found and found[0][1] == "Tanjung Pinang"


def test_meetings_english_portfolio_title_with_and_keeps_the_pair() -> None:
    found = _meetings(
        "BATAM - The deal was reached during a meeting between Minister for Trade and Industry Gan Kim Yong "
        "and his Indonesian counterpart Budi Santoso in Batam on Nov 2."
    )
    assert any({"Gan Kim Yong", "Budi Santoso"} <= set(p) for p, _ in found)


def test_meetings_company_named_again_without_legal_form_is_a_party() -> None:
    found = _meetings(
        "IPOH: The bus was operated by Sinar Utara Ekspres Sdn Bhd.\n"
        "Transport Minister Anthony Loke said he met the management of Sinar Utara Ekspres, led by its "
        "chairman Lim Boon Huat, at his office on Monday."
    )
    assert any({"Anthony Loke", "Sinar Utara Ekspres Sdn Bhd"} <= set(p) for p, _ in found)
