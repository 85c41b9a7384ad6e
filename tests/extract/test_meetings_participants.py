"""Who else takes part in a meeting, from the sentences after it (whole pipeline, sentences written for
these tests): the other side's companions ("sedangkan Presiden Vietnam didampingi Y", "while the
Vietnamese leader was accompanied by Y", "Baginda diiringi Y"), a delegation's leader and members
("Delegasi itu diketuai oleh X, manakala Y turut hadir"), and a pronoun subject resolved to the person
before instead of the party of his title ("Beliau yang juga Presiden PAS bertemu ...")."""

from __future__ import annotations

import pytest

from warta.model import Article
from warta.pipeline import Pipeline, default_pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return default_pipeline()


def participants(pipeline: Pipeline, text: str) -> set[str]:
    [meeting] = pipeline(Article(id="t", raw=text)).meetings
    return set(meeting.participants)


@pytest.mark.parametrize(
    ("text", "companions"),
    [
        (
            "Presiden Prabowo Subianto menerima kunjungan kenegaraan Presiden Vietnam Luong Cuong di Istana "
            "Merdeka. Prabowo didampingi Menteri Luar Negeri Sugiono, sedangkan Presiden Vietnam didampingi "
            "Wakil Perdana Menteri Bui Thanh Son.",
            {"Sugiono", "Bui Thanh Son"},
        ),
        (
            "Presiden Prabowo Subianto menerima kunjungan kenegaraan Presiden Vietnam Luong Cuong di Istana "
            "Merdeka. Prabowo didampingi Menteri Luar Negeri Sugiono. Sementara Presiden Vietnam didampingi "
            "Wakil Perdana Menteri Bui Thanh Son.",
            {"Sugiono", "Bui Thanh Son"},
        ),
        (
            "Sultan Ibrahim menerima menghadap Perdana Menteri Anwar Ibrahim di Istana Negara semalam. "
            "Baginda diiringi Tunku Mahkota Johor Tunku Ismail, manakala Anwar diiringi Menteri Kewangan II "
            "Amir Hamzah Azizan.",
            {"Tunku Ismail Idris", "Amir Hamzah Azizan"},
        ),
        (
            "PUTRAJAYA: Prime Minister Anwar Ibrahim received a courtesy call from Singapore Prime Minister "
            "Lawrence Wong at Seri Perdana today. Anwar was accompanied by Foreign Minister Mohamad Hasan, "
            "while the Singaporean leader was accompanied by Foreign Minister Vivian Balakrishnan.",
            {"Mohamad Hasan", "Vivian Balakrishnan"},
        ),
    ],
)
def test_meetings_participants_other_side_companions(
    pipeline: Pipeline, text: str, companions: set[str]
) -> None:
    assert companions <= participants(pipeline, text)


def test_meetings_participants_present_opener_accompanying(pipeline: Pipeline) -> None:
    text = (
        "Presiden Prabowo Subianto menerima kunjungan kenegaraan Presiden Vietnam Luong Cuong di Istana "
        "Merdeka. Hadir mendampingi Prabowo, Menteri Luar Negeri Sugiono."
    )
    assert "Sugiono" in participants(pipeline, text)


def test_meetings_participants_unrelated_companions_stay_out(pipeline: Pipeline) -> None:
    text = (
        "Presiden Prabowo Subianto bertemu Presiden Vietnam Luong Cuong di Istana Merdeka. Sementara itu, "
        "Menteri Keuangan Sri Mulyani didampingi Wakil Menteri Thomas Djiwandono meninjau pasar."
    )
    found = participants(pipeline, text)
    assert "Thomas Djiwandono" not in found and "Sri Mulyani Indrawati" not in found


@pytest.mark.parametrize(
    ("text", "members"),
    [
        (
            "Menteri Belia dan Sukan Hannah Yeoh menerima kunjungan hormat delegasi Persatuan Bola Sepak "
            "Malaysia (FAM) di Putrajaya semalam. Delegasi itu diketuai oleh Presiden FAM Joehari Ayub, "
            "manakala Setiausaha Agung FAM Noor Azman Rahman turut hadir.",
            {"Joehari Ayub", "Noor Azman Rahman"},
        ),
        (
            "Sports Minister Hannah Yeoh met a delegation of the Football Association of Malaysia in "
            "Putrajaya on Monday. The delegation was led by FAM president Joehari Ayub, while general "
            "secretary Noor Azman Rahman also attended.",
            {"Joehari Ayub", "Noor Azman Rahman"},
        ),
        (
            "Menteri Pemuda dan Olahraga Dito Ariotedjo bertemu dengan delegasi Persatuan Sepak Bola Seluruh "
            "Indonesia (PSSI) di Jakarta, Selasa. Rombongan dipimpin Ketua Umum PSSI Erick Thohir, sementara "
            "Wakil Ketua Umum Zainudin Amali juga hadir.",
            {"Erick Thohir", "Zainudin Amali"},
        ),
    ],
)
def test_meetings_participants_delegation_leader_and_members(
    pipeline: Pipeline, text: str, members: set[str]
) -> None:
    assert members <= participants(pipeline, text)


@pytest.mark.parametrize(
    ("text", "person", "title_party"),
    [
        (
            "KUALA LUMPUR: Abdul Hadi Awang tiba di ibu negara pagi ini. Beliau yang juga Presiden PAS "
            "mengadakan pertemuan tertutup dengan Presiden Bersatu Muhyiddin Yassin di Kuala Lumpur.",
            "Hadi Awang",
            "Parti Islam Se-Malaysia",
        ),
        (
            "Presiden PAS Abdul Hadi Awang berucap di Kuala Terengganu. Beliau, Presiden PAS, kemudian "
            "bertemu dengan Presiden Bersatu Muhyiddin Yassin di Kuala Lumpur.",
            "Hadi Awang",
            "Parti Islam Se-Malaysia",
        ),
        (
            "Abdul Hadi Awang arrived in Kuala Lumpur on Monday. He, who is also the president of PAS, met "
            "Muhyiddin Yassin at the Bersatu headquarters.",
            "Hadi Awang",
            "Parti Islam Se-Malaysia",
        ),
        (
            "Abdul Hadi Awang tiba di ibu negara pagi ini. Presiden PAS itu kemudian mengadakan pertemuan "
            "tertutup dengan Presiden Bersatu Muhyiddin Yassin di Kuala Lumpur.",
            "Hadi Awang",
            "Parti Islam Se-Malaysia",
        ),
        (
            "Anies Baswedan hadir di Jakarta. Dia yang juga Ketua Umum Partai Gerindra bertemu dengan "
            "Megawati Soekarnoputri di Teuku Umar.",
            "Anies Baswedan",
            "Partai Gerakan Indonesia Raya",
        ),
    ],
)
def test_meetings_participants_pronoun_subject_not_title_party(
    pipeline: Pipeline, text: str, person: str, title_party: str
) -> None:
    found = participants(pipeline, text)
    assert person in found and title_party not in found


def test_meetings_participants_denied_meeting_is_none(pipeline: Pipeline) -> None:
    text = (
        "Abdul Hadi Awang tiba di ibu negara pagi ini. Beliau menafikan bertemu dengan Presiden Bersatu "
        "Muhyiddin Yassin di Kuala Lumpur."
    )
    assert pipeline(Article(id="t", raw=text)).meetings == []


def test_meetings_participants_pronoun_with_own_delegation_keeps_it(pipeline: Pipeline) -> None:
    text = (
        "Abdul Hadi Awang tiba di Kuala Lumpur. Beliau bersama delegasi Parti Islam Se-Malaysia kemudian "
        "bertemu dengan Muhyiddin Yassin."
    )
    assert {"Hadi Awang", "Parti Islam Se-Malaysia", "Muhyiddin Yassin"} <= participants(pipeline, text)
