"""The names people go by: a known person's fuller name, a declared nickname, an honorific such as
"Gus", and an Indonesian minister's fused title ("Menaker") (invented sentences)."""

from __future__ import annotations

from warta.model import Article
from warta.pipeline import Pipeline
from warta.read import from_string


def _run(pipe: Pipeline, text: str) -> Article:
    return pipe(from_string(text))


def _persons(article: Article) -> set[str]:
    return {e.name for e in article.entities if e.type == "person"}


def test_coref_extra_name_words_beside_known_person_join_them(pipe: Pipeline) -> None:
    article = _run(
        pipe, "Menteri Sumber Manusia, Steven Sim Chee Keong berkata, data itu direkodkan semalam."
    )
    assert _persons(article) == {"Steven Sim"}


def test_coref_declared_nickname_is_the_person(pipe: Pipeline) -> None:
    text = (
        "Imunisasi di desa itu terus berjalan.\n"
        "Ratna Kusumawardani, yang akrab disapa Bu Nining, menjelaskan bahwa antrean mulai panjang.\n"
        '"Tantangan terbesar kami adalah keraguan orang tua," tutur Nining.'
    )
    article = _run(pipe, text)
    assert _persons(article) == {"Ratna Kusumawardani"}
    assert [q.speaker for q in article.quotes] == ["Ratna Kusumawardani"]


def test_coref_gus_is_an_honorific(pipe: Pipeline) -> None:
    text = (
        "Menteri Agama Haris Munandar Yusuf bertemu ulama di Surabaya.\n"
        '"Kami ingin pelayanan haji lebih baik," kata Gus Haris dalam keterangannya.'
    )
    article = _run(pipe, text)
    assert _persons(article) == {"Haris Munandar Yusuf"}


def test_coref_fused_minister_title_is_no_person_and_speaks_for_holder(pipe: Pipeline) -> None:
    text = (
        "JAKARTA - Menteri Ketenagakerjaan (Menaker) Darmawan Hidayat bertemu pengusaha tekstil.\n"
        '"Kami tidak ingin ada PHK tanpa pemenuhan hak pekerja," kata Menaker.\n'
        "Menpora menyambut baik rencana itu."
    )
    article = _run(pipe, text)
    assert _persons(article) == {"Darmawan Hidayat"}
    assert [q.speaker for q in article.quotes] == ["Darmawan Hidayat"]


def test_coref_old_and_new_indonesian_spellings_meet(pipe: Pipeline) -> None:
    # the knowledge base writes "Sjafrie Sjamsoeddin" (old spelling); the text writes it anew
    article = _run(pipe, "Menteri Pertahanan Syafrie Syamsuddin bertemu para panglima di Jakarta, Senin.")
    assert _persons(article) == {"Sjafrie Sjamsoeddin"}


def test_coref_fused_deputy_minister_title_speaks_for_holder(pipe: Pipeline) -> None:
    text = (
        "Menteri Agama didampingi Wakil Menteri Haji dan Umrah Bambang Sutrisno dalam pertemuan itu.\n"
        'Ia menambahkan, pemerintah akan menambah petugas. "Tahun depan petugas kesehatan kita kirim lebih '
        'banyak dari tahun ini," kata Wamenhaj itu.'
    )
    article = _run(pipe, text)
    assert [q.speaker for q in article.quotes] == ["Bambang Sutrisno"]


def test_coref_royal_speech_verb_and_pronoun_point_to_the_ruler(pipe: Pipeline) -> None:
    text = (
        "KUALA KANGSAR: Sultan Perak, Sultan Nazrin Muizzuddin Shah berkenan menerima menghadap Menteri "
        "Besar, Datuk Seri Ahmad Zulkarnain Yusof di Istana Iskandariah semalam.\n"
        '"Keadaan banjir semakin pulih," kata Ahmad Zulkarnain.\n'
        "Sultan Nazrin sebelum ini bertitah dalam majlis istiadat bahawa rakyat tidak boleh dibiarkan.\n"
        '"Kerajaan wajib hadir di sisi rakyat ketika mereka paling memerlukan," titah Baginda ketika itu.'
    )
    speakers = [q.speaker for q in _run(pipe, text).quotes]
    assert speakers == ["Ahmad Zulkarnain Yusof", "Nazrin Shah of Perak"]
