"""The lazy NER lookups of `runs.Ner`: batched sentences give what one-by-one tagging gives."""

from __future__ import annotations

from typing import Any

from warta.extract import ner, runs
from warta.extract.linking import Doc
from warta.model import Mention


def _asked(text: str, batched: bool) -> tuple[list[list[Mention]], runs.Ner]:
    found = runs.Ner(text, ner.recognize, ner.recognize_many if batched else None)
    return [found.overlapping(s, e) for s, e in runs.run_spans(text)], found


def test_ner_batching_gives_the_mentions_of_one_by_one_tagging(all_gold: list[dict[str, Any]]) -> None:
    batches = 0
    for rec in all_gold:
        one_by_one, _ = _asked(rec["text"], batched=False)
        together, found = _asked(rec["text"], batched=True)
        assert together == one_by_one
        batches += found.batch is not None
    assert batches  # asking for every run's sentence makes most articles batch


def test_ner_batching_starts_early_when_most_runs_are_asked_for(all_gold: list[dict[str, Any]]) -> None:
    text = max((rec["text"] for rec in all_gold), key=lambda t: len(runs.run_spans(t)))
    found = runs.Ner(text, ner.recognize, ner.recognize_many)
    for s, e in runs.run_spans(text):
        if runs._may_ask(text, (s, e)) and found.misses < 2:
            found.overlapping(s, e)  # each run read is asked for: the model is wanted everywhere
    assert found.batch is not None and found.misses == 2


def test_ner_batching_passes_over_lone_ordinary_words() -> None:
    text = "The minister spoke. However, Joko Widodo left."
    assert not runs._may_ask(text, (0, 3))  # "The"
    assert not runs._may_ask(text, (20, 27))  # "However"
    assert runs._may_ask(text, (29, 40))  # "Joko Widodo"
    assert not runs._may_ask(text, None)


def test_ner_batching_leaves_out_sentences_of_one_unrepeated_word() -> None:
    text = "Really, it rained. Joko Widodo came. Widodo left, said Widodo."
    assert runs._lone(text, 0, 6)  # "Really": once in the text
    assert not runs._lone(text, 19, 30)  # "Joko Widodo": two words
    assert not runs._lone(text, 37, 43)  # "Widodo": the text repeats it


def test_ner_batching_leaves_out_runs_a_taken_mention_covers(all_gold: list[dict[str, Any]]) -> None:
    text = max((rec["text"] for rec in all_gold), key=lambda t: len(runs.run_spans(t)))
    spans = runs.run_spans(text)
    first = next(span for span in spans if len(text[span[0] : span[1]].split()) > 1)  # a name to ask about
    doc = Doc(text)
    doc.taken[:] = [span for span in spans if span != first]  # every other run: earlier passes' mentions
    found = runs.Ner(text, ner.recognize, ner.recognize_many, doc, eager=True)
    mentions = found.overlapping(*first)
    assert found.batch is not None and len(found.batch) == 1  # the first run's sentence alone
    assert mentions == runs.Ner(text, ner.recognize).overlapping(*first)


def test_ner_batching_eager_batches_at_the_first_sentence_asked(all_gold: list[dict[str, Any]]) -> None:
    text = max((rec["text"] for rec in all_gold), key=lambda t: len(runs.run_spans(t)))
    eager = runs.Ner(text, ner.recognize, ner.recognize_many, eager=True)
    lazy = runs.Ner(text, ner.recognize, ner.recognize_many)
    spans = runs.run_spans(text)
    assert eager.overlapping(*spans[0]) == lazy.overlapping(*spans[0])
    assert eager.batch is not None and lazy.batch is None
    assert [eager.overlapping(s, e) for s, e in spans] == [lazy.overlapping(s, e) for s, e in spans]
