"""A 'katanya' / 'he said' quote after a pronoun subject ("Beliau menjelaskan ...") goes to the person
that pronoun stands for, the subject of the sentence before, not a person in an object or "led by"
phrase there (whole pipeline, sentences written for these tests)."""

from __future__ import annotations

import pytest

from warta.model import Article
from warta.pipeline import Pipeline, default_pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return default_pipeline()


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Presiden PAS Abdul Hadi Awang mengadakan pertemuan tertutup dengan pimpinan Pakatan Harapan yang "
            "diketuai oleh Anwar Ibrahim semalam. Beliau menjelaskan bahawa pertemuan itu berlangsung dalam "
            'suasana baik. "Kami bersetuju untuk bekerjasama demi kestabilan negeri ini," kata beliau.',
            "Hadi Awang",
        ),
        (
            "Menteri Pemuda dan Olahraga Dito Ariotedjo menggelar pertemuan dengan rombongan PSSI yang "
            "dipimpin Erick Thohir di Jakarta, Selasa.\n\nDia mengatakan pemerintah mendukung penuh program "
            'timnas.\n\n"Kami sepakat pembinaan usia muda harus menjadi prioritas utama," katanya.',
            "Dito Ariotedjo",
        ),
        (
            "Foreign Minister Mohamad Hasan held a meeting with a Hamas delegation led by Khalil al-Hayya in "
            'Putrajaya on Monday. He said Malaysia would keep backing a ceasefire. "We will continue to speak '
            'up for the Palestinian people at every forum," he said.',
            "Mohamad Hasan",
        ),
        (
            "Ketua Menteri Sabah Hajiji Noor menerima kunjungan hormat rombongan peniaga yang diterajui Ahmad "
            'Kamal di Kota Kinabalu. Dia memberitahu kerajaan negeri akan membantu. "Kami akan mempermudah '
            'urusan permit untuk semua peniaga kecil," katanya.',
            "Hajiji Noor",
        ),
        (
            "Menteri Belia dan Sukan Hannah Yeoh hadir ke majlis itu di Putrajaya semalam. Beliau kemudian "
            "mengadakan pertemuan dengan delegasi Persatuan Bola Sepak Malaysia yang diketuai oleh Joehari "
            'Ayub. Beliau menjelaskan kerajaan komited membantu pasukan kebangsaan. "Kami sepakat bahawa '
            'pembangunan akar umbi mesti diutamakan," katanya.',
            "Hannah Yeoh",
        ),
    ],
)
def test_quote_speakers_pronoun_subject_not_led_by_object(
    pipeline: Pipeline, text: str, speaker: str
) -> None:
    [quote] = pipeline(Article(id="t", raw=text)).quotes
    assert quote.speaker == speaker


def test_quote_speakers_pronoun_after_arrest_is_the_one_arrested(pipeline: Pipeline) -> None:
    text = (
        "Polis menahan Ahmad Kamal di Johor Bahru semalam. Dia mengaku membawa dadah itu. "
        '"Saya hanya disuruh menghantar barang itu sahaja," katanya.'
    )
    [quote] = pipeline(Article(id="t", raw=text)).quotes
    assert quote.speaker == "Ahmad Kamal"


@pytest.mark.parametrize(
    "text",
    [
        "Menteri Belia dan Sukan Hannah Yeoh hadir ke majlis itu di Putrajaya semalam. Beliau yang mengadakan "
        "pertemuan dengan delegasi Persatuan Bola Sepak Malaysia yang diketuai oleh Joehari Ayub berkata, "
        '"Kami sepakat bahawa pembangunan akar umbi mesti diutamakan."',
        "Menteri Belia dan Sukan Hannah Yeoh hadir ke majlis itu di Putrajaya semalam. Selepas pertemuan "
        "dengan delegasi Persatuan Bola Sepak Malaysia yang diketuai oleh Joehari Ayub, beliau berkata, "
        '"Kami sepakat bahawa pembangunan akar umbi mesti diutamakan."',
    ],
)
def test_quote_speakers_pronoun_with_only_objects_before_the_verb(pipeline: Pipeline, text: str) -> None:
    [quote] = pipeline(Article(id="t", raw=text)).quotes
    assert quote.speaker == "Hannah Yeoh"


def test_quote_speakers_subject_who_met_an_object_speaks(pipeline: Pipeline) -> None:
    text = (
        "Menteri Belia dan Sukan Hannah Yeoh yang bertemu dengan Presiden FAM Joehari Ayub berkata, "
        '"Kami sepakat bahawa pembangunan akar umbi mesti diutamakan."'
    )
    [quote] = pipeline(Article(id="t", raw=text)).quotes
    assert quote.speaker == "Hannah Yeoh"
