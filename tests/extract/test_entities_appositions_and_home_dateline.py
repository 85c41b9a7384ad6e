"""Entity rules for names and bodies (whole pipeline, sentences written for these tests): a name
before ", a lawmaker ..." or a verb like "acknowledged" is a person; the rest of a known person's
name ("Steven Sim Chee Keong") is that person, not a second one; an ordinary Malay title word
("Kumpulan") is no person; an English article datelined in a Malaysian city owns a bare "Home Ministry";
a domestic agency keeps its full native name even in English."""

from __future__ import annotations

from warta.model import Article
from warta.pipeline import Pipeline


def _entities(pipe: Pipeline, text: str) -> dict[str, str]:
    article = pipe(Article(id="t", raw=text, format="text"))
    return {e.name: e.type for e in article.entities}


def test_appositive_and_speech_verb_make_persons(pipe: Pipeline) -> None:
    text = (
        "Jakarta, BPOM head Wahyu Santoso Hadi acknowledged that inspections had fallen behind.\n\n"
        "Lestari Ayu Wulandari, a lawmaker from the Democratic Party, questioned the budget.\n"
    )
    found = _entities(pipe, text)
    assert found.get("Wahyu Santoso Hadi") == "person"
    assert found.get("Lestari Ayu Wulandari") == "person"


def test_rest_of_known_name_is_the_same_person(pipe: Pipeline) -> None:
    text = "Menteri Sumber Manusia, Steven Sim Chee Keong berkata, kadar pengangguran kekal rendah.\n"
    persons = [n for n, t in _entities(pipe, text).items() if t == "person"]
    assert persons == ["Steven Sim"]


def test_malay_title_word_is_no_person(pipe: Pipeline) -> None:
    text = (
        "KUALA LUMPUR: Ketua Pegawai Eksekutif Kumpulan Maybank, Datuk Khairussaleh Ramli berkata, "
        "bank itu akan menambah cawangan.\n"
    )
    persons = [n for n, t in _entities(pipe, text).items() if t == "person"]
    assert "Kumpulan" not in persons


def test_malaysian_dateline_owns_home_ministry(pipe: Pipeline) -> None:
    text = (
        "PUTRAJAYA: Indonesia and Malaysia will share more data on undocumented workers, Indonesian "
        "officials in Jakarta said.\n\nThe Home Ministry said Indonesia would send more officers.\n"
    )
    found = _entities(pipe, text)
    assert "Ministry of Home Affairs (Malaysia)" in found
    assert "Ministry of Home Affairs (Indonesia)" not in found


def test_domestic_agency_native_name_in_english(pipe: Pipeline) -> None:
    text = (
        "Investigators from the National Transportation Safety Committee (KNKT) arrived in Makassar on "
        "Sunday, and Danantara chief executive Rosan Roeslani flew in later.\n"
    )
    found = _entities(pipe, text)
    assert "Komite Nasional Keselamatan Transportasi" in found
    assert "Badan Pengelola Investasi Daya Anagata Nusantara" in found


def test_law_title_piece_is_no_body(pipe: Pipeline) -> None:
    text = (
        "“Kami sudah mengambil tindakan terhadap 900 majikan yang gagal mematuhi Akta Standard Minimum "
        "Upah, Cuti dan Kemudahan Pekerja 1990,” tambah beliau.\n"
    )
    orgs = [n for n, t in _entities(pipe, text).items() if t == "organization"]
    assert "Kemudahan Pekerja" not in orgs


def test_scheme_names_drop_unknown_bodies_after_scheme_words() -> None:
    from warta.extract.fragments import scheme_names
    from warta.extract.linking import Cand, Linked

    text = "Mereka mendapat kerja melalui program KerjaKini. Caruman dibayar kepada Bank Rakyat KerjaKini."
    start = text.index("KerjaKini")
    body = text.index("Bank Rakyat")
    cands = [
        Cand(start, start + 9, "KerjaKini", "ORG", Linked("KerjaKini", "organization")),
        Cand(body, body + 11, "Bank Rakyat", "ORG", Linked("Bank Rakyat", "organization")),
    ]
    assert scheme_names(text, cands) == frozenset({"KerjaKini"})
