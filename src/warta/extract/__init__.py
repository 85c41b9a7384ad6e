"""Extraction stages: metadata, entities, dates, quotes, figures, meetings.

`warta.extract` is also the public function `warta.extract(text_or_html, id=None)`: importing a
submodule rebinds the package attribute over the function, so the package itself is made callable.
"""

from __future__ import annotations

import sys
import types
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from warta.model import Article


class _CallableModule(types.ModuleType):
    def __call__(self, content: str, id: str | None = None, *, url: str | None = None) -> Article:
        from warta import extract_text

        return extract_text(content, id, url=url)


sys.modules[__name__].__class__ = _CallableModule
