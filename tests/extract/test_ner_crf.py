"""The numpy CRF tagger: crfsuite's model read exactly, its scores bit for bit, its tags on real text."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from warta.extract import ner
from warta.extract.ner_crf import CrfModel, emissions, read_model, viterbi
from warta.extract.ner_fast import Bigrams, Slots
from warta.extract.ner_features import sentence_features

BENCHMARK = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "article-extraction-benchmark"


def _model() -> CrfModel:
    model = read_model(ner.MODEL_PATH)
    assert model is not None
    return model


def _sentences(texts: list[str]) -> list[list[str]]:
    return [
        ner._uncapitalise([text[a:b] for a, b in spans])[: ner._MAX_TOKENS]
        for text in texts
        for spans in ner._sentence_token_spans(text)
    ]


@pytest.fixture(scope="module")
def gold_sentences(all_gold: list[dict[str, Any]]) -> list[list[str]]:
    return _sentences([rec["text"] for rec in all_gold])


def test_ner_crf_reads_the_taggers_labels_attributes_and_weights() -> None:
    model, tagger = _model(), ner._get_tagger()
    info = tagger.info()  # its weights are printed with six decimals
    assert list(model.labels) == tagger.labels()
    assert set(model.attrs) == set(info.attributes)
    index = {label: k for k, label in enumerate(model.labels)}
    for (attr, label), weight in random.Random(0).sample(sorted(info.state_features.items()), 500):
        assert model.weights[model.attrs[attr], index[label]] == pytest.approx(weight, abs=1e-6)
    for (before, after), weight in info.transitions.items():
        assert model.trans[index[before], index[after]] == pytest.approx(weight, abs=1e-6)
    assert not model.weights[model.absent].any()


def test_ner_crf_read_model_refuses_other_files(tmp_path: Path) -> None:
    path = tmp_path / "not-a-model.crfsuite"
    path.write_bytes(b"lCRF" + bytes(100))
    assert read_model(path) is None
    assert read_model(tmp_path / "missing.crfsuite") is None


def test_ner_crf_emissions_are_crfsuites_sums_bit_for_bit(gold_sentences: list[list[str]]) -> None:
    model = _model()
    batch = gold_sentences[:80]
    got = emissions(model, *Slots(model).build(batch))
    want = []
    for tokens in batch:
        for feats in sentence_features(tokens):
            score = [0.0] * len(model.labels)  # crfsuite: from 0.0, attribute after attribute
            for f in feats:
                if f in model.attrs:
                    row = model.weights[model.attrs[f]]
                    score = [s + float(w) for s, w in zip(score, row, strict=True)]
            want.append(score)
    assert got.tolist() == want


def test_ner_crf_tags_are_pycrfsuites_on_gold_and_benchmark_texts(gold_sentences: list[list[str]]) -> None:
    sentences = list(gold_sentences)
    truth = BENCHMARK / "ground-truth.json"
    if truth.exists():
        bodies = [page["articleBody"] for page in json.loads(truth.read_text(encoding="utf-8")).values()]
        sentences += _sentences(bodies)
    tagger = ner._get_tagger()
    want = [tagger.tag(sentence_features(tokens)) for tokens in sentences]
    assert ner.tag_sentences(sentences) == want  # one batch: the numpy path
    assert len(sentences) > 1000


def _crfsuite_viterbi(trans: list[list[float]], scores: list[list[float]]) -> list[int]:
    """crfsuite's `crf1dc_viterbi`, loop for loop."""
    n_labels = len(trans)
    prev, backs = list(scores[0]), []
    for state in scores[1:]:
        cur, back = [], []
        for j in range(n_labels):
            best, arg = -1e308, -1
            for i in range(n_labels):
                if best < prev[i] + trans[i][j]:
                    best, arg = prev[i] + trans[i][j], i
            cur.append(best + state[j])
            back.append(arg)
        prev = cur
        backs.append(back)
    label = max(range(n_labels), key=lambda i: (prev[i], -i))
    path = [label]
    for back in reversed(backs):
        label = back[label]
        path.append(label)
    return path[::-1]


def test_ner_crf_viterbi_breaks_ties_as_crfsuite_does() -> None:
    rng = random.Random(7)
    labels = ("O", "B", "I")
    trans = np.array([[rng.choice((0.0, 1.0, 0.5)) for _ in labels] for _ in labels])
    model = CrfModel(labels, {}, np.zeros((1, 3)), trans)
    lengths = [rng.randint(1, 12) for _ in range(40)]
    scores = np.array([[rng.choice((0.0, 0.5, 1.0)) for _ in labels] for _ in range(sum(lengths))])
    got = viterbi(model, scores, lengths)
    at = 0
    for n, path in zip(lengths, got, strict=True):
        assert path == _crfsuite_viterbi(trans.tolist(), scores[at : at + n].tolist())
        at += n


def test_ner_recognize_many_is_recognize_of_each(all_gold: list[dict[str, Any]]) -> None:
    texts = [rec["text"] for rec in all_gold[:8]]
    assert ner.recognize_many(texts) == [ner.recognize(text) for text in texts]


def test_ner_tag_sentences_splits_long_sentences_and_keeps_empty_ones(
    gold_sentences: list[list[str]],
) -> None:
    long = [w for s in gold_sentences[:40] for w in s][:450]
    batch = [long, [], *gold_sentences[:8]]
    tagged = ner.tag_sentences(batch)
    assert [len(t) for t in tagged] == [len(s) for s in batch]
    assert tagged[0] == [
        t for i in range(0, 450, ner._MAX_TOKENS) for t in ner.recognize_tokens(long[i : i + 200])
    ]


def test_ner_tag_sentences_falls_back_to_pycrfsuite(
    gold_sentences: list[list[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    batch = gold_sentences[:12]
    want = ner.tag_sentences(batch)
    monkeypatch.setattr(ner, "_numpy_tagger", lambda: None)
    assert ner.tag_sentences(batch) == want


def _looked_up_row(model: CrfModel, word: str) -> list[int]:
    """A word's row feature by feature: `word_features` looked up, each part padded to its width."""
    from warta.extract.ner_features import _case, cues, word_features

    def ids(feats: tuple[str, ...], width: int) -> list[int]:
        found = [model.attrs.get(f, model.absent) for f in feats]
        return found + [model.absent] * (width - len(found))

    own, near = word_features(word)
    row = ids(own, 11)
    for feats, width in zip(near, (3, 5, 5, 3), strict=True):
        row += ids(feats, width)
    cue = cues().get(word.lower())
    return [
        *row,
        model.attrs.get("BOS&c=" + _case(word), model.absent),
        model.attrs.get("lcue=" + cue, model.absent) if cue else model.absent,
        1 if word[:1].isupper() else 0,
    ]


def test_ner_fast_word_ids_are_the_lookups_of_word_features(gold_sentences: list[list[str]]) -> None:
    from warta.extract.ner_fast import WordIds

    model = _model()
    words = {w for tokens in gold_sentences for w in tokens}
    odd = {"Joko", "PDI-P", "5.700", "Ö", "ﬁ", "x\u0301y", ".", "a\nb", "İstanbul", "Menteri", "I"}
    words |= odd
    fast = WordIds(model.attrs, model.absent)
    for word in sorted(words):
        assert fast.row(word) == _looked_up_row(model, word), word
        assert fast.row(word) == _looked_up_row(model, word), word  # from the part tables


def test_ner_fast_word_ids_place_a_one_letter_cue_word_as_word_features_do(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from warta.extract import ner_fast, ner_features
    from warta.extract.ner_fast import WordIds

    table = {"x": "PER", "y": "LOC", "menteri": "PER"}  # one-letter cue words: none in the real list
    monkeypatch.setattr(ner_features, "cues", lambda: table)
    monkeypatch.setattr(ner_fast, "cues", lambda: table)
    model = _model()
    fast = WordIds(model.attrs, model.absent)
    for word in ("x", "X", "y", "menteri", "z"):
        assert fast.row(word) == _looked_up_row(model, word), word


_TAGS = ("O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC", "X")


@given(st.lists(st.lists(st.sampled_from(_TAGS), max_size=12), max_size=8))
def test_ner_bio_spans_are_spans_from_bio_of_each_sentence(tagged: list[list[str]]) -> None:
    index = {tag: k for k, tag in enumerate(_TAGS)}
    ids = np.array([index[t] for tags in tagged for t in tags], np.intp)
    got = ner._bio_spans(ids, _TAGS, [len(tags) for tags in tagged])
    assert got == [ner.spans_from_bio(tags) for tags in tagged]


def test_ner_fast_bigrams_are_the_models_bigram_features() -> None:
    model = _model()
    words = ["the", "|", "a|b", "", "Jakarta", "jakarta", "presiden", "joko", "di", "kata"]
    pairs = [name[3:].split("|") for name in list(model.attrs)[:20000] if name.startswith("bg=")][:300]
    words += [w for pair in pairs for w in pair]
    bigrams = Bigrams({**model.attrs, "bg=a|b||": 7, "bg=|||": 8})
    firsts = np.array([bigrams.firsts.get(w, -1) for w in words], np.int32)
    seconds = np.array([bigrams.seconds.get(w, -1) for w in words], np.int32)
    attrs = {**model.attrs, "bg=a|b||": 7, "bg=|||": 8}
    for shift in (1, 3, 7):
        got = bigrams.lookup(firsts, np.roll(seconds, shift), -1).tolist()
        want = [
            attrs.get(f"bg={a}|{b}", -1) for a, b in zip(words, np.roll(words, shift).tolist(), strict=True)
        ]
        assert got == want


def test_ner_fast_slots_give_the_same_parts_for_new_and_known_words(gold_sentences: list[list[str]]) -> None:
    model = _model()
    slots = Slots(model)
    batch = gold_sentences[:60]
    ids, start = slots.build(batch)  # every word new
    again, start_again = slots.build(batch)  # every word known
    assert (ids == again).all() and (start == start_again).all()
    assert ids.shape == (38 - 11, sum(len(s) for s in batch))


def test_ner_fast_slots_keep_their_rows_as_the_table_grows(gold_sentences: list[list[str]]) -> None:
    model = _model()
    slots = Slots(model)
    first = gold_sentences[:20]
    before = slots.build(first)
    made_up = [[f"Kata{i}", f"kata{i}x", "di", f"Desa{i}"] for i in range(1500)]  # over 4096 new words
    slots.build(made_up)
    after = slots.build(first)
    assert len(slots.words) > 4096
    assert (before[0] == after[0]).all() and (before[1] == after[1]).all()
    assert ner.tag_sentences(made_up[:50]) == [
        ner._get_tagger().tag(sentence_features(s)) for s in made_up[:50]
    ]
