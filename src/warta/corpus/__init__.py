"""Corpus steps that look across articles: near-duplicates, stories, timelines and figure ledgers."""

from __future__ import annotations

from warta.corpus.dedup import NearDuplicates
from warta.corpus.stories import StoryClusterer

__all__ = ["NearDuplicates", "StoryClusterer"]
