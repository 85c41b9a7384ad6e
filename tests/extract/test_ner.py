"""The CRF named-entity recogniser: offsets, labels, BIO handling and a dev-F1 floor."""

from __future__ import annotations

import itertools
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from warta.extract import ner
from warta.extract.ner import recognize, recognize_tokens, spans_from_bio, tokenize
from warta.extract.ner_data import DATASETS, load_split, normalize_tags

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"
SENTENCE = "Presiden Joko Widodo bertemu Menteri Luar Negeri Retno Marsudi di Jakarta."


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=200))
def test_ner_tokenize_offsets_round_trip(text: str) -> None:
    spans = tokenize(text)
    for (a, b), (c, _) in itertools.pairwise(spans):
        assert a < b <= c
    covered = "".join(text[a:b] for a, b in spans)
    assert covered == "".join(text.split())


def test_ner_tokenize_keeps_hyphenated_names_and_numbers() -> None:
    text = "PDI-P meraih 5.700 suara, kata Al-Qassam."
    tokens = [text[a:b] for a, b in tokenize(text)]
    assert tokens == ["PDI-P", "meraih", "5.700", "suara", ",", "kata", "Al-Qassam", "."]


def test_ner_recognize_finds_person_and_place() -> None:
    mentions = recognize(SENTENCE)
    assert ("Joko Widodo", "PER") in {(m.text, m.label) for m in mentions}
    assert ("Jakarta", "LOC") in {(m.text, m.label) for m in mentions}


def test_ner_recognize_offsets_and_labels_on_gold_articles(all_gold: list[dict[str, Any]]) -> None:
    found = 0
    for record in all_gold:
        text = record["text"]
        for m in recognize(text):
            assert text[m.start : m.end] == m.text
            assert m.label in {"PER", "ORG", "LOC"}
            assert m.text == m.text.strip()
            assert m.text[0].isalnum() and m.text[-1].isalnum() and "(" not in m.text
            found += 1
    assert found > 10 * len(all_gold)


def test_ner_recognize_tokens_one_tag_per_token() -> None:
    tokens = [SENTENCE[a:b] for a, b in tokenize(SENTENCE)]
    tags = recognize_tokens(tokens)
    assert len(tags) == len(tokens)
    assert {t.partition("-")[2] for t in tags} <= {"", "PER", "ORG", "LOC"}
    assert recognize_tokens([]) == []


def test_ner_spans_from_bio_repairs_stray_inside_tags() -> None:
    tags = ["B-PER", "I-PER", "O", "I-LOC", "B-ORG", "I-PER"]
    assert spans_from_bio(tags) == [(0, 2, "PER"), (3, 4, "LOC"), (4, 5, "ORG"), (5, 6, "PER")]


def test_ner_normalize_tags_maps_every_scheme() -> None:
    tags = ["B-PERSON", "I-PERSON", "B-PLACE", "B-IND", "I-IND", "B-TIME", "I-TIME", "I-PLC", "B-FNB"]
    assert normalize_tags(tags) == ["B-PER", "I-PER", "B-LOC", "B-ORG", "I-ORG", "O", "O", "B-LOC", "O"]


def _f1(name: str) -> float:
    ds = next(d for d in DATASETS if d.name == name)
    if not (DATA / ds.name).exists():
        pytest.skip(f"{ds.name} is not in {DATA}")
    _, dev = load_split(DATA, ds)
    tp = n_pred = n_gold = 0
    for tokens, gold in dev:
        g, p = set(spans_from_bio(gold)), set(spans_from_bio(ner.recognize_tokens(tokens)))
        tp, n_pred, n_gold = tp + len(g & p), n_pred + len(p), n_gold + len(g)
    return 2 * tp / (n_pred + n_gold)


@pytest.mark.parametrize(
    ("name", "floor"), [("idner-news-2k", 0.75), ("indolem-nerui", 0.80), ("indolem-nerugm", 0.70)]
)
def test_ner_dev_f1_above_floor(name: str, floor: float) -> None:
    assert _f1(name) >= floor


def test_ner_recognize_drops_titles_from_person_mentions() -> None:
    text = "Kemarin Datuk Seri Anwar Ibrahim bertemu Mendagri Tito Karnavian di Putrajaya."
    persons = {m.text for m in recognize(text) if m.label == "PER"}
    assert persons
    first_words = {p.split()[0].lower() for p in persons}
    assert not first_words & {"datuk", "seri", "mendagri"}


def test_ner_recognize_gives_one_type_per_name_in_a_document() -> None:
    text = " ".join(
        ["Warga Rafah mengungsi.", "Serangan ke Rafah berlanjut.", "Israel menyerang Rafah lagi."] * 3
    )
    types: dict[str, set[str]] = {}
    for m in recognize(text):
        types.setdefault(m.text, set()).add(m.label)
    assert all(len(labels) == 1 for labels in types.values())


def test_ner_synthetic_sentences_are_reproducible() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
    from ner_augment import synthesize

    train = [
        (
            ["Presiden", "Joko", "Widodo", "tiba", "di", "Jakarta", "bersama", "PBB"],
            ["O", "B-PER", "I-PER", "O", "O", "B-LOC", "O", "B-ORG"],
        )
    ]
    first, second = synthesize(train, 20), synthesize(train, 20)
    assert first == second
    for tokens, tags in first:
        assert len(tokens) == len(tags)
        assert ("B-PER" in tags) and all(t == "O" or t[2:] in {"PER", "ORG", "LOC"} for t in tags)


def test_ner_all_capital_dateline_is_read_as_title_case() -> None:
    text = "JAKARTA - Presiden Joko Widodo meresmikan bendungan baru di Jawa Barat."
    assert any(m.text == "JAKARTA" for m in recognize(text))


def test_ner_fast_features_are_the_known_training_features(all_gold: list[dict[str, Any]]) -> None:
    from warta.extract.ner_crf import read_model
    from warta.extract.ner_fast import Featurizer
    from warta.extract.ner_features import sentence_features

    model = read_model(ner.MODEL_PATH)
    assert model is not None
    known = model.attrs
    fast = Featurizer(model)
    for rec in all_gold[:6]:
        tokens = [rec["text"][a:b] for a, b in tokenize(rec["text"])][:150]
        want = [[f for f in feats if f in known] for feats in sentence_features(tokens)]
        assert fast.sentence(tokens) == want


def test_ner_fast_features_give_the_same_tags(all_gold: list[dict[str, Any]]) -> None:
    from warta.extract.ner_features import sentence_features

    tagger = ner._get_tagger()
    for rec in all_gold[:6]:
        for spans in ner._sentence_token_spans(rec["text"]):
            tokens = [rec["text"][a:b] for a, b in spans][:200]
            assert recognize_tokens(tokens) == tagger.tag(sentence_features(tokens))


def test_ner_word_features_match_own_and_neighbour_features(all_gold: list[dict[str, Any]]) -> None:
    from warta.extract.ner_features import neighbour_features, own_features, word_features

    words = {"Joko", "PDI-P", "5.700", "menteri", "Ö", "ﬁ", "x\u0301y", "."}
    words |= {rec["text"][a:b] for rec in all_gold[:5] for a, b in tokenize(rec["text"])}
    for word in words:
        near = tuple(neighbour_features(word, k) for k in (-2, -1, 1, 2))
        assert word_features(word) == (own_features(word), near)


def _plain_gazetteer_tags(tokens: list[str]) -> list[str]:
    """The longest gazetteer match at each token, left to right, tried at every length."""
    from warta.extract.ner_features import gazetteer

    table, lows = gazetteer(), [t.lower() for t in tokens]
    tags, i = [""] * len(tokens), 0
    while i < len(tokens):
        for n in range(min(6, len(tokens) - i), 0, -1):
            hit = table.get(tuple(lows[i : i + n]))
            if hit and all(tokens[i + k][:1].isupper() for k, cap in enumerate(hit[1]) if cap):
                tags[i : i + n] = ["B-" + hit[0]] + ["I-" + hit[0]] * (n - 1)
                i += n - 1
                break
        i += 1
    return tags


def test_ner_gazetteer_tags_are_the_longest_matches(all_gold: list[dict[str, Any]]) -> None:
    from warta.extract.ner_features import gazetteer_tags

    found = 0
    for rec in all_gold:
        tokens = [rec["text"][a:b] for a, b in tokenize(rec["text"])]
        tags = gazetteer_tags(tokens)
        assert tags == _plain_gazetteer_tags(tokens)
        found += sum(1 for t in tags if t)
    assert found > len(all_gold)


def test_ner_sentence_token_spans_are_tokens_of_each_sentence(all_gold: list[dict[str, Any]]) -> None:
    from warta.text import sentences

    for rec in all_gold[:6]:
        text = rec["text"]
        spans = [span for group in ner._sentence_token_spans(text) for span in group]
        want = [(s + a, s + b) for s, e in sentences(text) for a, b in tokenize(text[s:e])]
        assert spans == want
