"""`ingest(paths, store)`: read -> extract -> near-duplicates -> stories -> `store.add`, batch by batch.

Idempotent (an article whose id, content hash or URL is stored is counted as a duplicate and skipped
before extraction when possible), transactional per batch (articles, corpus state and origin changes
go in one `add` call), and resumable: after Ctrl-C or a crash the next run reloads the corpus state
saved with the last committed batch and skips what is stored.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from warta.errors import InputError
from warta.iterutil import batched
from warta.model import Article
from warta.store.base import AddResult, CorpusFields, Store, content_hash

DEDUP_KEY = "corpus.dedup"
PENDING_KEY = "corpus.pending"
SNAPSHOT_EVERY = 5000  # articles between full snapshots of the corpus state
STORIES_KEY = "corpus.stories"


@dataclass(slots=True)
class IngestStats:
    new: int = 0
    duplicate: int = 0  # exact: same id, content hash or URL as a stored (or earlier) article
    near_duplicate: int = 0  # stored, marked as a copy of an earlier article (duplicate_of)
    failed: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)  # (item, message)

    def record(self, result: AddResult) -> None:
        self.new += len(result.new)
        self.duplicate += len(result.duplicate)
        self.failed += len(result.failed)
        self.failures.extend(result.failed)


class Corpus:
    """The incremental corpus steps, when `warta.corpus.dedup` / `.stories` are available."""

    def __init__(self, store: Store, snapshot_every: int = 5000) -> None:
        self.dedup: Any = None
        self.stories: Any = None
        self.snapshot_every = snapshot_every
        try:
            from warta.corpus.dedup import NearDuplicates

            blob = store.get_state(DEDUP_KEY)
            self.dedup = NearDuplicates.from_bytes(blob) if blob else NearDuplicates()
        except ImportError:
            pass
        try:
            from warta.corpus.stories import StoryClusterer

            blob = store.get_state(STORIES_KEY)
            self.stories = StoryClusterer.from_bytes(blob) if blob else StoryClusterer()
        except ImportError:
            pass
        # articles committed after the last snapshot: fed again so the state matches the store
        self.pending: list[str] = json.loads(store.get_state(PENDING_KEY) or b"[]")
        for article_id in self.pending:
            article = store.get(article_id)
            if article is not None:
                self._feed(article)

    def _feed(self, article: Article) -> None:
        if self.dedup is not None:
            self.dedup.add(article)
        if self.stories is not None:
            self.stories.add(article)

    def assign(self, article: Article, batch: dict[str, Article], updates: dict[str, CorpusFields]) -> None:
        """Set `duplicate_of` and `story_id`; origin changes of earlier articles go to `batch` or `updates`."""
        if self.dedup is not None:
            article.duplicate_of = self.dedup.add(article)
        if self.stories is not None:
            article.story_id = self.stories.add(article)
        self.pending.append(article.id)
        moved: dict[str, str | None] = getattr(self.dedup, "moved", None) or {}
        for other_id, origin in moved.items():
            if other_id == article.id:
                continue
            if other_id in batch:
                batch[other_id].duplicate_of = origin
            else:
                story = self.stories.assignments.get(other_id) if self.stories is not None else None
                updates[other_id] = (origin, story)

    def state(self, *, final: bool = False) -> dict[str, bytes]:
        """Blobs to commit with the batch: the pending ids, and a full snapshot every so often.

        Snapshots cost time and space in proportion to the corpus, so they are not written per batch.
        """
        if not final and len(self.pending) < self.snapshot_every:
            return {PENDING_KEY: json.dumps(self.pending).encode()}
        self.pending = []
        blobs = {PENDING_KEY: b"[]"}
        if self.dedup is not None:
            blobs[DEDUP_KEY] = self.dedup.to_bytes()
        if self.stories is not None:
            blobs[STORIES_KEY] = self.stories.to_bytes()
        return blobs


def ingest(
    paths: Iterable[str | Path],
    store: Store,
    *,
    progress: bool = True,
    batch_size: int = 100,
    extract: Callable[[Article], Article] | None = None,
    snapshot_every: int = SNAPSHOT_EVERY,
) -> IngestStats:
    """Extract and store every article under `paths`; returns counts of new / duplicate / failed."""
    from warta.read import read_paths

    return ingest_articles(
        read_paths(paths),
        store,
        progress=progress,
        batch_size=batch_size,
        extract=extract,
        snapshot_every=snapshot_every,
    )


def ingest_articles(
    articles: Iterable[Article | InputError],
    store: Store,
    *,
    progress: bool = False,
    batch_size: int = 100,
    extract: Callable[[Article], Article] | None = None,
    snapshot_every: int = SNAPSHOT_EVERY,
) -> IngestStats:
    """Like `ingest`, for articles already read (the REST ingest endpoint, the Python API)."""
    if extract is None:
        from warta.pipeline import default_pipeline

        extract = default_pipeline()
    stats = IngestStats()
    corpus = Corpus(store, snapshot_every)
    with _Progress(progress) as bar:
        for batch in batched(iter(articles), batch_size):
            _ingest_batch(batch, store, corpus, extract, stats)
            bar.update(stats)
        if corpus.pending:
            store.add([], state=corpus.state(final=True))
    return stats


def _ingest_batch(
    items: list[Article | InputError],
    store: Store,
    corpus: Corpus,
    extract: Callable[[Article], Article],
    stats: IngestStats,
) -> None:
    batch: dict[str, Article] = {}
    seen: set[str] = set()  # ids, hashes and URLs met in this batch
    updates: dict[str, CorpusFields] = {}
    duplicates = 0
    for item in items:
        if isinstance(item, InputError):
            stats.failed += 1
            stats.failures.append(("input", str(item)))
            continue
        if item.id in seen or store.exists(item):  # known by id or URL: skip the extraction too
            duplicates += 1
            continue
        try:
            article = extract(item)
        except Exception as exc:  # a broken article must not stop the corpus
            stats.failed += 1
            stats.failures.append((item.id, f"{type(exc).__name__}: {exc}"))
            continue
        keys = {article.id, content_hash(article)} | ({article.url} if article.url else set())
        if keys & seen or store.exists(article):
            duplicates += 1
            continue
        seen |= keys
        batch[article.id] = article
        corpus.assign(article, batch, updates)
    result = store.add(list(batch.values()), state=corpus.state(), updates=updates)
    stats.record(result)
    stats.duplicate += duplicates
    stored = set(result.new)
    stats.near_duplicate += sum(1 for a in batch.values() if a.duplicate_of and a.id in stored)


class _Progress:
    """A rich progress line on stderr with running counts; silent when disabled."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self._progress: Any = None
        self._task: Any = None

    def __enter__(self) -> _Progress:
        if self.enabled:
            from rich.console import Console
            from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

            self._progress = Progress(
                SpinnerColumn(),
                TextColumn("ingesting"),
                TextColumn("[green]{task.fields[new]} new"),
                TextColumn("[yellow]{task.fields[dup]} duplicate"),
                TextColumn("[cyan]{task.fields[near]} near-duplicate"),
                TextColumn("[red]{task.fields[failed]} failed"),
                TimeElapsedColumn(),
                console=Console(stderr=True),
                transient=False,
            )
            self._progress.start()
            self._task = self._progress.add_task("ingest", total=None, new=0, dup=0, near=0, failed=0)
        return self

    def update(self, stats: IngestStats) -> None:
        if self._progress is not None:
            self._progress.update(
                self._task, new=stats.new, dup=stats.duplicate, near=stats.near_duplicate, failed=stats.failed
            )

    def __exit__(self, *exc: object) -> None:
        if self._progress is not None:
            self._progress.stop()
