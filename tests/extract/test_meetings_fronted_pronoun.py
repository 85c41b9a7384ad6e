"""A pronoun subject after a short fronted phrase ("In 1998, he met X", "Selepas itu, beliau bertemu
X") stands for the person named before, and a short name is the person whose name opens with it, not
a relative whose name ends with it (sentences written for these tests)."""

from __future__ import annotations

import pytest

from warta.model import Article
from warta.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "participants", "place"),
    [
        (
            "KUALA LUMPUR: Ahmad Zaki Harun died on Sunday. In 1998, he met Suharto in Jakarta.",
            {"Ahmad Zaki Harun", "Suharto"},
            "Jakarta",
        ),
        (
            "PUTRAJAYA: Menteri Luar Negeri Mohamad Hasan tiba di Bangkok semalam. Selepas itu, beliau "
            "bertemu Perdana Menteri Thailand Anutin Charnvirakul di Bangkok.",
            {"Mohamad Hasan", "Anutin Charnvirakul"},
            "Bangkok",
        ),
        (
            "JAKARTA: Menteri Luar Negeri Sugiono tiba di Tokyo pada Senin. Pada hari yang sama, dia "
            "bertemu Menteri Luar Negeri Jepang Takeshi Iwaya di Tokyo.",
            {"Sugiono", "Takeshi Iwaya"},
            "Tokyo",
        ),
    ],
)
def test_meetings_fronted_pronoun_subject(
    pipe: Pipeline, text: str, participants: set[str], place: str
) -> None:
    art = pipe(Article(id="t", raw=text, format="text"))
    assert [(set(m.participants), m.location) for m in art.meetings] == [(participants, place)]


def test_meetings_short_name_opens_full_name(pipe: Pipeline) -> None:
    text = (
        "KUALA LUMPUR: Ahmad Zaki Harun died on Sunday. His daughter, Nur Aisyah Ahmad Zaki, said he died "
        "peacefully. Ahmad Zaki was posted to Jakarta in 1965. In 1998, he met Suharto in Jakarta."
    )
    art = pipe(Article(id="t", raw=text, format="text"))
    assert [set(m.participants) for m in art.meetings] == [{"Ahmad Zaki Harun", "Suharto"}]
