"""Quote speakers named by a noun, through the whole pipeline on sentences written for these tests:
a nationality noun ("said the Japanese") is the person just introduced, a rank abbreviation with dots
("Sr. Comr.", "Snr Asst Comm") is no speaker, and a body noun ("the company said", "tulis manajemen",
"kata syarikat itu") is the organisation named just before."""

from __future__ import annotations

import pytest

from warta.model import Article
from warta.pipeline import Pipeline


def speakers(pipe: Pipeline, text: str) -> list[str | None]:
    return [q.speaker for q in pipe(Article(id="t", raw=text, format="text")).quotes]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Perak head coach Takeshi Mori, however, felt his side deserved a point.\n\n"
            '"We created enough chances to win this game tonight," said the Japanese.',
            "Takeshi Mori",
        ),
        (
            "Kedah coach Ricardo Mendes was unhappy with the referee.\n\n"
            '"We did not get a single decision in our favour tonight," said the 45-year-old Brazilian.',
            "Ricardo Mendes",
        ),
        (
            "Manager Mikel Arteta praised the young defender.\n\n"
            '"He is a very complete defender and will help us a lot," the Spaniard said.',
            "Mikel Arteta",
        ),
    ],
)
def test_quote_speaker_nouns_demonym(pipe: Pipeline, text: str, who: str) -> None:
    assert speakers(pipe, text) == [who]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            '"Most of them were released after questioning by investigators," said Jakarta Police '
            "spokesman Sr. Comr. Bayu Aditya Nugroho.",
            "Bayu Aditya Nugroho",
        ),
        (
            '"Twelve suspects were remanded for seven days to assist the investigation," said Kuala Lumpur '
            "police chief Snr Asst Comm Rusdi Mohd Isa.",
            "Rusdi Mohd Isa",
        ),
        (
            '"We have arrested four men in connection with the robbery," said district police chief Supt. '
            "Ahmad Zaki Hassan.",
            "Ahmad Zaki Hassan",
        ),
        (
            '"Kami sudah memeriksa sembilan saksi terkait kericuhan tersebut," kata Kombes Pol. Ade Ary '
            "Syam Indradi.",
            "Ade Ary Syam Indradi",
        ),
    ],
)
def test_quote_speaker_nouns_rank_abbreviation(pipe: Pipeline, text: str, who: str) -> None:
    assert speakers(pipe, text) == [who]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Manajemen PT Borneo Bara Lestari dalam keterangan tertulisnya menyampaikan duka cita. "
            '"Perusahaan akan menanggung seluruh biaya pemakaman korban," tulis manajemen.',
            "Borneo Bara Lestari",
        ),
        (
            "Pelindo said in a statement that operations had returned to normal. "
            '"All terminals are operating at full capacity again," the company said.',
            "Pelabuhan Indonesia",
        ),
        (
            "Petronas dalam kenyataan berkata kerja pembaikan sedang dijalankan. "
            '"Bekalan gas akan pulih sepenuhnya dalam tempoh 48 jam," kata syarikat itu.',
            "Petroliam Nasional Berhad",
        ),
    ],
)
def test_quote_speaker_nouns_body(pipe: Pipeline, text: str, who: str) -> None:
    [found] = speakers(pipe, text)
    assert found is not None and set(who.split()) <= set(found.split())


def test_quote_speaker_nouns_resident_is_nobody(pipe: Pipeline) -> None:
    text = 'Warga desa mengeluh soal banjir. "Kami sudah tiga hari tidak bisa ke sawah sama sekali," kata warga itu.'
    assert speakers(pipe, text) == []


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Pelatih Persib Bojan Hodak kecewa dengan hasil imbang itu.\n\n"
            '"Kami menciptakan banyak peluang tetapi gagal mencetak gol," kata pelatih asal Kroasia itu.',
            "Bojan Hodak",
        ),
        (
            "Chelsea manager Enzo Maresca spoke after the match. "
            '"The boys showed real character in the second half," the manager said.',
            "Enzo Maresca",
        ),
    ],
)
def test_quote_speaker_nouns_coach_is_the_person_not_the_club(pipe: Pipeline, text: str, who: str) -> None:
    assert speakers(pipe, text) == [who]


def test_quote_speaker_nouns_second_minister_named_as_counterpart(pipe: Pipeline) -> None:
    text = (
        "PUTRAJAYA: Investment Minister Tengku Zafrul Aziz said he and his Singaporean counterpart Gan Siow "
        "Huang discussed a green lane.\n\n"
        '"We have agreed on a clear timeline for the approvals," Tengku Zafrul told a press conference.\n\n'
        "Gan said Singapore companies had committed more than RM9bil in the zone. "
        '"The numbers show that businesses are confident," he said.'
    )
    assert speakers(pipe, text) == ["Tengku Zafrul Aziz", "Gan Siow Huang"]
