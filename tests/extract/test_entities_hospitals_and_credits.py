"""Hospitals named by the body that runs them, compass words inside longer names, and an agency
credited at the end of a body line (invented sentences)."""

from __future__ import annotations

import pytest

from warta.pipeline import Pipeline
from warta.read import from_string


def _entities(pipe: Pipeline, text: str) -> dict[str, str]:
    return {e.name: e.type for e in pipe(from_string(text)).entities}


@pytest.mark.parametrize(
    ("text", "hospital", "body"),
    [
        (
            "Dua korban selamat dirawat di Rumah Sakit Badan Pengusahaan Batam sejak Minggu pagi.",
            "Rumah Sakit Badan Pengusahaan Batam",
            "Badan Pengusahaan Batam",
        ),
        (
            "Korban luka dibawa ke Rumah Sakit Universitas Indonesia di Depok untuk dirawat.",
            "Rumah Sakit Universitas Indonesia",
            "Universitas Indonesia",
        ),
    ],
)
def test_entities_hospital_named_by_body_is_one_place(
    pipe: Pipeline, text: str, hospital: str, body: str
) -> None:
    found = _entities(pipe, text)
    assert found.get(hospital) == "location"
    assert body not in found


def test_entities_compass_word_inside_longer_name_stays_as_written(pipe: Pipeline) -> None:
    found = _entities(pipe, "Jenazah dibawa ke RS Bhayangkara Polda Jawa Timur untuk diidentifikasi.")
    assert found.get("Rumah Sakit Bhayangkara Polda Jawa Timur") == "location"
    assert not any("East" in name for name in found)


def test_entities_compass_word_after_place_still_reordered(pipe: Pipeline) -> None:
    assert (
        _entities(pipe, "Banjir kembali melanda Kabupaten Lampung Barat pada Selasa.").get(
            "West Lampung Regency"
        )
        == "location"
    )


def test_entities_credit_ending_body_line_is_a_source_not_the_outlet(pipe: Pipeline) -> None:
    text = (
        "Serangan udara meragut nyawa\n"
        "GAZA: Seramai 40 orang terbunuh dalam serangan udara di selatan Gaza semalam.\n"
        "Puluhan lagi cedera dan dibawa ke hospital berhampiran. - BBC"
    )
    article = pipe(from_string(text))
    assert article.outlet != "BBC"
    assert {e.name: e.type for e in article.entities}.get("BBC") == "organization"
