"""Meetings told around another event or another meeting, through the whole pipeline on sentences
written for these tests: a place of what followed the meeting ("patrols in the Arafura Sea following a
meeting") is not its venue, a later "the meeting at <venue>" is; a meeting "Sebelum menerima X" was at
the place of the meeting with X; "pertemuan <title>, <name> dengan Y" with a comma in the title;
"Pertemuan kali ini merupakan kelanjutan dari pembicaraan di <city>" (a past meeting in passing); a
numbered group ("ketiga saksi") standing for the persons listed before; and a meeting chained to a
planned clause (", sebelum bertemu X") is planned too."""

from __future__ import annotations

from warta.model import Article
from warta.pipeline import Pipeline


def meetings(pipe: Pipeline, text: str) -> list[tuple[set[str], str | None]]:
    art = pipe(Article(id="t", raw=text, format="text"))
    return [(set(m.participants), m.location) for m in art.meetings]


def test_meetings_place_of_what_followed_is_no_venue(pipe: Pipeline) -> None:
    text = (
        "Australia, Indonesia to expand joint patrols\n"
        "BOGOR: Australia and Indonesia agreed to expand joint patrols in the Arafura Sea following a "
        "meeting between Defence Minister Richard Marles and his counterpart Sjafrie Sjamsoeddin here.\n\n"
        "Marles said the meeting at the Bogor Palace on Tuesday also covered training."
    )
    found = meetings(pipe, text)
    assert found and found[0][1] == "Bogor Palace"


def test_meetings_sequel_meeting_takes_the_venue_of_the_first(pipe: Pipeline) -> None:
    text = (
        "Sultan Nazrin terima menghadap Menteri Besar\n"
        "IPOH: Sultan Perak, Sultan Nazrin Muizzuddin Shah berkenan menerima menghadap Menteri Besar, "
        "Datuk Seri Saarani Mohamad di Istana Kinta di sini, semalam.\n\n"
        "Sebelum menerima menghadap Menteri Besar, Tuanku terlebih dahulu berkenan menerima menghadap "
        "Pengarah Jabatan Kerja Raya negeri, Datuk Rosli Hamid."
    )
    found = meetings(pipe, text)
    second = [f for f in found if "Rosli Hamid" in f[0]]
    assert second and "Nazrin Shah of Perak" in second[0][0]
    assert second[0][1] == "Istana Kinta"


def test_meetings_pair_noun_with_comma_in_title(pipe: Pipeline) -> None:
    text = (
        "Perjanjian itu dimeterai selepas pertemuan Perdana Menteri, Datuk Seri Anwar Ibrahim dengan "
        "Presiden Prabowo Subianto di Putrajaya pada 27 Januari 2025."
    )
    found = meetings(pipe, text)
    assert found and {"Anwar Ibrahim", "Prabowo Subianto"} <= found[0][0]
    assert found[0][1] == "Putrajaya"


def test_meetings_continuation_names_an_earlier_meeting(pipe: Pipeline) -> None:
    text = (
        "Menhub bahas pelabuhan dengan Gubernur Jateng\n"
        "Semarang - Menteri Perhubungan Dudy Purwagandhi bertemu Gubernur Jawa Tengah Ahmad Luthfi di "
        "rumah dinas gubernur, Semarang, Kamis, untuk membahas rencana perluasan pelabuhan.\n\n"
        "Pertemuan kali ini merupakan kelanjutan dari pembicaraan keduanya di Surabaya pada September "
        "lalu, ketika Dudy dan Luthfi membahas rencana jalur kereta baru."
    )
    found = meetings(pipe, text)
    places = {where for _, where in found}
    assert places == {"Semarang", "Surabaya"}


def test_meetings_numbered_group_stands_for_listed_persons(pipe: Pipeline) -> None:
    text = (
        "Para penggugat, yakni Budi Santoso, Rina Marlina dan Agus Salim, menuntut ganti rugi.\n\n"
        "Dalam mediasi itu, ketiga penggugat bertemu langsung dengan Direktur PT Sinar Abadi, "
        "Hartono Wijaya, didampingi hakim mediator."
    )
    found = meetings(pipe, text)
    assert found and {"Rina Marlina", "Hartono Wijaya"} <= found[0][0]


def test_meetings_chained_to_a_planned_clause_is_planned(pipe: Pipeline) -> None:
    text = (
        "Menurut Saarani, beliau akan mengiringi Baginda meninjau pusat pemindahan di Teluk Intan esok, "
        "sebelum bertemu Pegawai Daerah Hilir Perak, Ahmad Fauzi Kamal."
    )
    assert meetings(pipe, text) == []


def test_meetings_scheduled_after_the_noun_is_planned(pipe: Pipeline) -> None:
    text = (
        '"Satu lagi pertemuan bersama Menteri Perdagangan Thailand, Pichai Naripthaphan, dijadualkan '
        'berlangsung di Bangkok pada Disember ini," kata Tengku Zafrul Aziz.'
    )
    assert meetings(pipe, text) == []


def test_meetings_fronted_hearing_takes_the_main_clause_subject(pipe: Pipeline) -> None:
    text = (
        "Lawmakers question food agency over poisoning\n"
        "Jakarta - Lawmakers on Tuesday questioned the National Nutrition Agency (BGN) over poisoning.\n\n"
        "During a hearing with House of Representatives Commission IX at the legislative complex in "
        "Senayan, Jakarta, BGN head Dadan Hindayana admitted that kitchen checks had lagged."
    )
    found = meetings(pipe, text)
    assert found and "Dewan Perwakilan Rakyat" in found[0][0] and len(found[0][0]) >= 2


def test_meetings_topic_after_on_is_no_venue(pipe: Pipeline) -> None:
    text = (
        "Danantara chief meets Singapore leaders\n"
        "SINGAPORE: Earlier in the week, Rosan Roeslani also held talks with Singapore's Deputy Prime "
        "Minister Gan Kim Yong on cooperation in data centres in the Batam special economic zone."
    )
    found = meetings(pipe, text)
    assert found and found[0][1] != "Batam"


def test_meetings_envoy_posting_with_di_is_no_venue(pipe: Pipeline) -> None:
    text = (
        "Melaka, Thailand perkukuh kerjasama pelancongan\n"
        "MELAKA: Ketua Menteri Melaka, Datuk Seri Ab Rauf Yusoh menerima kunjungan hormat Konsul Jeneral "
        "Thailand di Pulau Pinang, Somchai Wongsakul di Seri Negeri, Ayer Keroh, hari ini."
    )
    found = meetings(pipe, text)
    assert found and found[0][1] != "Penang" and found[0][1] != "Pulau Pinang"
