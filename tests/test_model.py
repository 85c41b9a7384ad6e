from __future__ import annotations

from warta.model import Article, Entity, Evidence, Figure, Meeting, Mention, Quote


def test_model_json_roundtrip_is_lossless() -> None:
    article = Article(
        id="a1", raw="raw", text="Budi bertemu Ani di Jakarta.", language="id", published="2024-01-02"
    )
    article.entities.append(Entity("Budi", "person", None, [Mention(0, 4, "Budi", "PER")]))
    article.meetings.append(Meeting(["Budi", "Ani"], "Jakarta", None, Evidence(0, 28, article.text)))
    article.quotes.append(Quote("Budi", "Halo semua", Evidence(0, 4, "x")))
    article.figures.append(Figure(3, "at_least", "killed", "warga", "BNPB", None, Evidence(1, 2, "y")))
    article.extra["plugin.x"] = {"k": [1, 2]}
    again = Article.from_json(article.to_json())
    assert again == article
    assert isinstance(again.entities[0].mentions[0], Mention)
    assert isinstance(again.meetings[0].evidence, Evidence)


def test_model_from_dict_ignores_unknown_fields() -> None:
    article = Article.from_dict({"id": "x", "text": "t", "not_a_field": 1})
    assert article.id == "x"
    assert article.text == "t"


def test_model_sentence_at_returns_the_enclosing_sentence() -> None:
    article = Article(id="a", text="Kalimat pertama. Budi datang ke Jakarta. Kalimat ketiga.")
    start = article.text.index("Budi")
    evidence = article.sentence_at(start, start + 4)
    assert evidence.sentence == "Budi datang ke Jakarta."
    assert article.text[evidence.start : evidence.end] == evidence.sentence
