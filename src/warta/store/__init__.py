"""Where articles live after extraction: one interface (`Store`), three backends, `open_store(url)`."""

from warta.store.base import (
    AddResult,
    Hit,
    SearchQuery,
    SearchResult,
    Store,
    StorySummary,
    open_store,
)

__all__ = ["AddResult", "Hit", "SearchQuery", "SearchResult", "Store", "StorySummary", "open_store"]
