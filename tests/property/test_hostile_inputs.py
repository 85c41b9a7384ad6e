from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from warta.errors import InputError
from warta.model import Article
from warta.pipeline import default_pipeline
from warta.read import _read_bytes

PIPELINE = default_pipeline()


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=2000))
def test_readers_and_pipeline_survive_random_bytes(data: bytes) -> None:
    for item in _read_bytes(data, "fuzz.txt", "fuzz", suffix=".txt"):
        if isinstance(item, InputError):
            assert "fuzz.txt" in str(item)
        else:
            out = PIPELINE(item)
            assert isinstance(out, Article)
            assert not out.issues, out.issues


_TAGS = st.sampled_from(
    ["<p>", "</p>", "<div>", "<script>alert(1)</script>", "<h1>", "<b", "&rdquo", "<!--", ">"]
)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.one_of(_TAGS, st.text(max_size=30)), max_size=40))
def test_broken_html_never_raises(parts: list[str]) -> None:
    html = "<html><body>" + "".join(parts)
    article = PIPELINE(Article(id="h", raw=html, format="html"))
    assert isinstance(article.text, str)
    assert "<script>" not in article.text
