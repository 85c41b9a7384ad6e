"""Per-article diff of `warta extract` output against a gold file, for reading failures.

Prints, per record: language/published mismatches, missed / spurious / inexactly linked entities,
missed or spurious meetings, figures (with the evidence of spurious ones), qualifier and source
errors, quote misses (with the speaker given to the same quote), boilerplate lines kept and body
lines dropped. Matching is the shared scorer's own (../shared/eval/score.py).

    .venv/bin/warta extract IN.jsonl > PRED.jsonl
    python3 scripts/probe_diff.py tests/golden/probe-gold.jsonl PRED.jsonl
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

SCORER = Path(__file__).resolve().parents[2] / "shared" / "eval" / "score.py"
TYPES = ("persons", "organizations", "locations")


def scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("warta_score", SCORER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def entity_lines(sc: ModuleType, g: dict[str, Any], p: dict[str, Any]) -> list[str]:
    out = []
    pe = sc.pred_entities(p)
    for k in TYPES:
        gl, pl = sc.dedup(g.get(k) or []), pe.get(k, [])
        miss = [x for x in gl if not any(sc.same_name(y, x) for y in pl)]
        spur = [y for y in pl if not any(sc.same_name(y, x) for x in gl)]
        loose = [
            (y, x)
            for x in gl
            if not any(sc.norm(z) == sc.norm(x) for z in pl)
            for y in pl
            if sc.same_name(y, x)
        ]
        out += [f"  {k} MISS {miss}"] if miss else []
        out += [f"  {k} SPUR {spur}"] if spur else []
        out += [f"  {k} INEXACT {loose}"] if loose else []
    return out


def event_lines(sc: ModuleType, g: dict[str, Any], p: dict[str, Any]) -> list[str]:
    out = []
    gm, pm = g.get("meetings") or [], p.get("meetings") or []
    out += [
        f"  MEET MISS {m['participants']} @ {m['location']}"
        for m in gm
        if not any(sc.same_meeting(x, m) for x in pm)
    ]
    out += [
        f"  MEET SPUR {x['participants']} @ {x.get('location')}"
        for x in pm
        if not any(sc.same_meeting(x, m) for m in gm)
    ]
    gf, pf = g.get("figures") or [], p.get("figures") or []
    for f in gf:
        hit = next((x for x in pf if sc.same_figure(x, f)), None)
        if not hit:
            out.append(f"  FIG MISS {f}")
            continue
        if hit.get("qualifier") != f["qualifier"]:
            out.append(f"  FIG QUAL {f['value']} {hit.get('qualifier')} gold {f['qualifier']}")
        if f.get("source") and not sc.same_name(hit.get("source") or "", f["source"]):
            out.append(f"  FIG SRC {f['value']} {hit.get('source')} gold {f['source']}")
    text = p.get("text") or ""
    for x in pf:
        if not any(sc.same_figure(x, f) for f in gf):
            ev = x.get("evidence") or {}
            out.append(
                f"  FIG SPUR {x.get('value')} {x.get('measure')} :: {text[ev.get('start', 0) : ev.get('end', 0)][:110]!r}"
            )
    gq, pq = g.get("quotes") or [], p.get("quotes") or []
    for q in gq:
        if not any(sc.same_quote(x, q) for x in pq):
            key = sc.quote_key(q["start"])
            given = [x.get("speaker") for x in pq if sc.quote_key(x.get("text") or "") == key]
            out.append(f"  QUOTE MISS {q['speaker']}: {q['start']!r} given to {given}")
    out += [
        f"  QUOTE SPUR {x.get('speaker')}: {(x.get('text') or '')[:50]!r}"
        for x in pq
        if not any(sc.same_quote(x, q) for q in gq)
    ]
    return out


def line_diffs(sc: ModuleType, g: dict[str, Any], p: dict[str, Any]) -> list[str]:
    clean_text = p.get("text") or ""
    clean, lines = sc.canon_line(clean_text), {sc.canon_line(x) for x in clean_text.splitlines()}
    gold_bp = {sc.canon_line(b) for b in g.get("boilerplate") or []}
    out = []
    for raw in (g.get("text") or "").splitlines():
        line = sc.canon_line(raw)
        if not line:
            continue
        kept = line in lines if len(line.split()) <= 3 else line in clean
        if line in gold_bp and kept:
            out.append(f"  BP KEPT {raw[:100]!r}")
        elif line not in gold_bp and not kept:
            out.append(f"  BODY DROPPED {raw[:100]!r}")
    return out


def main(argv: list[str]) -> int:
    sc = scorer()
    gold = sc.read_jsonl(argv[0])
    preds = {str(r.get("id")): r for r in sc.read_jsonl(argv[1])}
    for g in gold:
        p = preds.get(str(g["id"]), {})
        head = []
        if p.get("language") != g.get("language"):
            head.append(f"  LANGUAGE {p.get('language')} gold {g.get('language')}")
        if str(p.get("published") or "")[:10] != (g.get("published") or ""):
            head.append(f"  PUBLISHED {p.get('published')} gold {g.get('published')}")
        print(f"== {g['id']} ({g.get('language')}, {g.get('outlet')})")
        for line in head + entity_lines(sc, g, p) + event_lines(sc, g, p) + line_diffs(sc, g, p):
            print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
