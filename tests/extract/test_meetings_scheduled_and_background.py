"""Meetings that did not happen or were only mentioned again (whole pipeline, sentences written for
these tests): a meeting noun followed by "dijadualkan" / "has been set for" is planned; "The meeting
came after ... in <place>" is background to the meeting just reported, not a second one there; a
topic "on cooperation in <places>" is not where the talks were held."""

from __future__ import annotations

from warta.model import Article
from warta.pipeline import Pipeline


def _meetings(pipe: Pipeline, text: str) -> list[tuple[list[str], str | None]]:
    article = pipe(Article(id="t", raw=text, format="text"))
    return [(m.participants, m.location) for m in article.meetings]


def test_meeting_scheduled_after_the_noun_is_planned(pipe: Pipeline) -> None:
    text = (
        '"Satu lagi pertemuan bersama Menteri Pertanian Thailand, Encik Somchai Rattanakul, '
        'dijadualkan berlangsung di Putrajaya pada bulan Mac," kata Menteri Pertanian Mohamad Sabu.\n'
    )
    assert _meetings(pipe, text) == []


def test_meeting_set_for_a_later_month_is_planned(pipe: Pipeline) -> None:
    text = (
        "Minister Zafrul Aziz thanked the delegation. A follow-up meeting with Temasek Holdings in "
        "Jakarta has been set for March, the ministry said.\n"
    )
    assert _meetings(pipe, text) == []


def test_background_after_the_meeting_adds_no_meeting(pipe: Pipeline) -> None:
    text = (
        "KUALA LUMPUR: Home Minister Saifuddin Nasution Ismail met Philippine Interior Secretary Jonvic "
        "Remulla at the Home Ministry here on Monday.\n\n"
        "The meeting came after rights groups reported that dozens of detainees had fallen ill in "
        "depots in Sabah last year.\n"
    )
    meetings = _meetings(pipe, text)
    assert len(meetings) == 1
    assert meetings[0][1] != "Sabah"


def test_topic_places_are_not_the_venue(pipe: Pipeline) -> None:
    text = (
        "Earlier this week, Rosan Roeslani also held talks with Singapore's Deputy Prime Minister Gan "
        "Kim Yong on cooperation in renewable energy in the Batam and Bintan economic zones.\n"
    )
    meetings = _meetings(pipe, text)
    assert meetings and all(m[1] not in ("Batam", "Bintan") for m in meetings)
