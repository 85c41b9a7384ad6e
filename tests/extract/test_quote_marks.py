"""The quotation-mark scan of `find_raw_quotes` finds exactly `MARK`'s matches."""

from __future__ import annotations

from typing import Any

from warta.extract.quote_marks import _MARK_OR_AMP, MARK


def test_quote_marks_scan_matches_mark(all_gold: list[dict[str, Any]]) -> None:
    own = ['&ldquo;Kami&rdquo; & &amp; &quot &&laquo;x&raquo; “a” „b“ «c» "d"', "&", "&bdquo", ""]
    for text in [r["text"] for r in all_gold] + own:
        want = [(m.span(), m.group(0)) for m in MARK.finditer(text)]
        assert [(m.span(), m.group(0)) for m in _MARK_OR_AMP.finditer(text) if m.group(0) != "&"] == want
