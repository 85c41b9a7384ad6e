"""Where a meeting was held, and whether it was: a described venue then its town, an envoy's posting,
a place that is the topic of the talks, and a meeting planned after "akan ... esok" (invented
sentences)."""

from __future__ import annotations

from warta.model import Article
from warta.pipeline import Pipeline


def meetings(pipe: Pipeline, text: str) -> list[tuple[set[str], str | None]]:
    art = pipe(Article(id="t", raw=text, format="text"))
    return [(set(m.participants), m.location) for m in art.meetings]


def test_meetings_described_venue_then_town_gives_the_town(pipe: Pipeline) -> None:
    text = (
        "Menteri Bertemu Gubernur\n"
        "Menteri Perdagangan Rahmat Hidayat melakukan kunjungan kerja ke Sulawesi Selatan dan bertemu "
        "Gubernur Sulsel Andi Mappanyukki di rumah jabatan gubernur, Makassar, Rabu."
    )
    found = meetings(pipe, text)
    assert found and found[0][1] == "Makassar"


def test_meetings_described_venue_without_comma_names_no_place(pipe: Pipeline) -> None:
    text = (
        "Menlu Terima Mitra\n"
        "Menteri Luar Negeri Sugiono menerima kunjungan kehormatan Menteri Luar Negeri Timor Leste "
        "Bendito dos Santos Freitas di ruang delegasi Indonesia."
    )
    assert all(where != "Indonesia" for _, where in meetings(pipe, text))


def test_meetings_consul_posting_is_not_the_venue(pipe: Pipeline) -> None:
    text = (
        "Exco Terima Kunjungan\n"
        "Pengerusi Jawatankuasa Pelaburan negeri, Lim Wei Sheng, menerima kunjungan hormat Konsul Jeneral "
        "Thailand di Kota Bharu, Somchai Rattanakul di Wisma Darul Naim, hari ini."
    )
    found = meetings(pipe, text)
    assert found and found[0][1] != "Kota Bharu"


def test_meetings_topic_place_is_not_the_venue(pipe: Pipeline) -> None:
    text = (
        "SINGAPORE. Earlier in the week, Rahmat Hidayat also held talks with Singapore's Deputy Prime "
        "Minister Tan Boon Hock on cooperation in renewable energy in the Batam and Bintan special "
        "economic zones."
    )
    assert all(where not in ("Batam", "Bintan") for _, where in meetings(pipe, text))


def test_meetings_planned_with_akan_and_esok_is_no_meeting(pipe: Pipeline) -> None:
    text = (
        "Sultan Tinjau Banjir\n"
        "Menteri Besar Ahmad Zulkarnain berkata, beliau akan mengiringi Sultan meninjau pusat pemindahan "
        "di Kampung Gajah esok, sebelum bertemu Ketua Kampung Bota, Ismail Harun di Bota."
    )
    assert meetings(pipe, text) == []
