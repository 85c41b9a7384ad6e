"""A ruler's words: '"...," titah Baginda' goes to the ruler named before with a royal title, not to
the story's last speaker (whole pipeline, sentences written for these tests)."""

from __future__ import annotations

from warta.model import Article
from warta.pipeline import Pipeline


def test_quotes_titah_baginda_is_the_ruler(pipe: Pipeline) -> None:
    text = (
        "ALOR SETAR: Menteri Besar Kedah, Datuk Seri Muhammad Sanusi Md Nor berkata, bantuan banjir "
        "sudah disalurkan.\n\n"
        '"Semua mangsa akan menerima bantuan minggu ini," katanya.\n\n'
        "Sultan Kedah, Sultan Sallehuddin Sultan Badlishah sebelum ini bertitah dalam satu majlis di "
        "Istana Anak Bukit.\n\n"
        '"Rakyat mesti didahulukan dalam setiap keputusan kerajaan," titah Baginda.'
    )
    art = pipe(Article(id="t", raw=text, format="text"))
    royal = [q for q in art.quotes if q.text.startswith("Rakyat mesti")]
    assert royal and royal[0].speaker != "Muhammad Sanusi Md Nor"
    assert royal[0].speaker and "Sallehuddin" in royal[0].speaker


def test_quotes_menurut_pronoun_keeps_the_current_speaker(pipe: Pipeline) -> None:
    text = (
        "KUALA LUMPUR: Ketua Pegawai Eksekutif Maybank, Datuk Khairussaleh Ramli mengesahkan kira-kira "
        "800 jawatan akan dikurangkan tahun depan.\n\n"
        "Menurut beliau, Maybank kini mempunyai lebih 40,000 kakitangan di seluruh rantau.\n\n"
        '"Kita pastikan setiap pekerja yang terjejas mendapat pampasan yang adil," ujarnya.'
    )
    art = pipe(Article(id="t", raw=text, format="text"))
    assert art.quotes and art.quotes[0].speaker and "Khairussaleh" in art.quotes[0].speaker
