"""Languages the shipped classifier was not trained on get their own ISO code, and extraction skips them."""

from __future__ import annotations

import pytest

from warta.langid.other import english_share, needs_second_opinion
from warta.language import detect
from warta.model import Article
from warta.pipeline import default_pipeline

GERMAN = (
    "Die Stadtverwaltung hat am Montag angekündigt, dass die neue Brücke über den Fluss erst im "
    "kommenden Frühjahr fertig wird. Der Bürgermeister sagte, die Bauarbeiten seien wegen des langen "
    "Winters und fehlender Materialien ins Stocken geraten. Die Anwohner müssen deshalb weiterhin einen "
    "Umweg von mehreren Kilometern in Kauf nehmen."
)
ITALIAN = (
    "Il consiglio comunale ha approvato ieri sera il nuovo piano per il traffico del centro storico. "
    "Secondo il sindaco, le nuove regole entreranno in vigore dal primo del mese prossimo e "
    "ridurranno il numero delle auto nelle strade più strette della città."
)
JAPANESE = (
    "市役所は月曜日、川に架かる新しい橋の完成が来年の春になると発表した。市長によると、長い冬と資材不足の"
    "ために工事が遅れているという。住民はしばらくの間、数キロの回り道を続けなければならない。"
)
ENGLISH = (
    "The city council said on Monday that the new bridge over the river would not be finished until next "
    "spring. The mayor said the work had been delayed by a long winter and a shortage of materials, and "
    "residents would have to take a detour of several kilometres until then."
)
SCORES = "Palm Bay 70, Rockledge 44\nViera 61, Melbourne 58\nEau Gallie 49, Satellite 47\nTitusville 55, Astronaut 52\nCocoa 66, Merritt Island 40"


@pytest.mark.parametrize(("text", "code"), [(GERMAN, "de"), (ITALIAN, "it"), (JAPANESE, "ja")])
def test_language_other_detect_names_languages_outside_the_classifier(text: str, code: str) -> None:
    assert detect(text)[0] == code


def test_language_other_english_prose_is_not_asked_again() -> None:
    ws = ENGLISH.lower().split()
    assert english_share(ws) > 0.2
    assert not needs_second_opinion("en", ws)
    assert detect(ENGLISH)[0] == "en"


def test_language_other_english_without_function_words_stays_english() -> None:
    # a list of scores has almost no function words; the second opinion still says English
    assert needs_second_opinion("en", SCORES.lower().split())
    assert detect(SCORES)[0] == "en"


def test_language_other_never_overrides_indonesian_or_malay() -> None:
    assert not needs_second_opinion("id", GERMAN.lower().split())
    assert not needs_second_opinion("ms", GERMAN.lower().split())


def test_language_other_extraction_skips_a_language_warta_does_not_read() -> None:
    pipeline = default_pipeline()
    article = pipeline(Article(id="de", raw="Bürgermeister Hans Becker eröffnet die Brücke\n" + GERMAN))
    assert article.language == "de"
    assert {p.language for p in article.paragraphs} == {"de"}
    assert article.entities == [] and article.quotes == [] and article.figures == []
    assert "extract.entities" not in article.trace and "extract.metadata" in article.trace
    assert pipeline.stats["extract.entities.skipped"] == 1


def test_language_other_english_article_is_still_extracted() -> None:
    article = default_pipeline()(Article(id="en", raw="Mayor Joe Smith opens bridge\n" + ENGLISH))
    assert article.language == "en"
    assert "extract.entities" in article.trace


def test_language_other_german_paragraphs_of_a_german_article_are_german() -> None:
    # a short German paragraph the classifier alone would call English
    text = (
        "Der Bürgermeister eröffnet die neue Brücke\n" + GERMAN + "\nDas ist gut so, sagt er am Tag danach."
    )
    article = default_pipeline()(Article(id="de2", raw=text))
    assert article.language == "de"
    assert [p.language for p in article.paragraphs] == ["de", "de", "de"]


def test_language_other_an_english_paragraph_reads_english_a_german_one_does_not() -> None:
    from warta.langid.features import words
    from warta.langid.other import reads_english

    assert reads_english(words(ENGLISH))
    assert not reads_english(words(GERMAN))
    assert not reads_english(words("The mayor said so."))  # too short to tell: the document's code


def test_language_other_a_neighbour_of_indonesian_is_not_taken(monkeypatch: pytest.MonkeyPatch) -> None:
    from warta.langid import other

    class Javanese:
        def classify(self, text: str) -> tuple[str, float]:
            return "jv", 0.9999

    monkeypatch.setattr(other, "_identifier", lambda: Javanese())
    assert other.second_opinion(GERMAN, "en") is None
