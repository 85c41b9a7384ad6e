"""The knowledge base of canonical entities: TSV files in `knowledge/entities/` plus user files.

Each TSV file starts with the header `name<TAB>type<TAB>qid<TAB>aliases<TAB>note`; `aliases` is
`|`-separated; blank lines and lines starting with `#` are ignored. Users add entities without
touching code by dropping TSV files into `$WARTA_KB_DIR` (or `~/.config/warta/kb/`); a user row
whose name is already known extends that entity's aliases (and may set its QID).

Matching is on `fold(surface)`: case, accents, quote and hyphen variants and spacing are ignored,
so "Amir-Abdollahian" and "Amir Abdollahian" meet. Short all-caps aliases ("AS", "PAS", "PH")
collide with ordinary words once folded; `lookup(..., strict_case=True)` and `is_acronym()` let a
matcher insist on the original capitals for those.
"""

from __future__ import annotations

import functools
import os
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from warta.knowledge.cache import cached

ENTITY_TYPES = frozenset({"person", "organization", "location"})
HEADER = ("name", "type", "qid", "aliases", "note")
USER_FILE = "user.tsv"
_QID = re.compile(r"^Q[1-9]\d*$")
_BUILTIN_DIR = Path(__file__).resolve().parent / "entities"

# Quote, apostrophe and dash variants seen in news text -> one form; dashes fold to a space so
# "Al-Aqsa" and "Al Aqsa" are one surface.
_FOLD_TABLE = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u02bc": "'",
        "\u02bb": "'",
        "\u00b4": "'",
        "`": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "-": " ",
        "\u2010": " ",
        "\u2011": " ",
        "\u2012": " ",
        "\u2013": " ",
        "\u2014": " ",
        "\u2015": " ",
        "\u2212": " ",
        "\u00ad": "",
    }
)
_SPACES = re.compile(r"\s+")


@functools.lru_cache(maxsize=131072)
def fold(s: str) -> str:
    """Casefold, strip accents, normalise quotes/hyphens and collapse spaces (for matching)."""
    if not s.isascii():  # ASCII has nothing to decompose and no combining marks
        s = unicodedata.normalize("NFKD", s)
        s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.translate(_FOLD_TABLE).casefold()
    return _SPACES.sub(" ", s).strip()


def is_acronym(alias: str) -> bool:
    """True for short all-caps forms ("AS", "PBB", "DK PBB") that a matcher should match case-sensitively."""
    letters = [c for c in alias if c.isalpha()]
    return bool(letters) and len(alias) <= 8 and all(c.isupper() for c in letters)


@dataclass(frozen=True, slots=True)
class KBEntry:
    name: str
    type: str
    qid: str | None
    aliases: tuple[str, ...]
    home: str | None = None  # the country a national body belongs to (from its file's name)


_HOMES = (("indonesia_", "Indonesia"), ("police_id", "Indonesia"), ("malaysia_", "Malaysia"))


def _home(where: str) -> str | None:
    """ "indonesia_orgs.tsv:12" -> "Indonesia": an English alias ("Finance Ministry") may name
    one body per home country, and the article's country decides."""
    return _file_home(where.rsplit(":", 1)[0])


@functools.lru_cache(maxsize=256)
def _file_home(path: str) -> str | None:
    base = os.path.basename(path)
    return next((country for prefix, country in _HOMES if base.startswith(prefix)), None)


@dataclass(slots=True)
class _Row:
    name: str
    type: str
    qid: str | None
    aliases: list[str]
    where: str
    user: bool


@dataclass(slots=True)
class KnowledgeBase:
    """Entities by canonical name, with a folded surface-form index."""

    entries: tuple[KBEntry, ...]
    problems: tuple[str, ...] = ()
    _by_name: dict[str, KBEntry] = field(default_factory=dict, repr=False)
    _by_surface: dict[str, list[KBEntry]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        for entry in self.entries:
            self._by_name.setdefault(entry.name, entry)
            for form in {fold(s) for s in (entry.name, *entry.aliases)}:
                if form:
                    self._by_surface.setdefault(form, []).append(entry)

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self) -> Iterator[KBEntry]:
        return iter(self.entries)

    def lookup(self, surface: str, *, strict_case: bool = False) -> list[KBEntry]:
        """Entities whose name or alias equals `surface` once folded; [] when unknown.

        With `strict_case`, an acronym alias only matches when written with the same capitals.
        """
        found = self._by_surface.get(fold(surface), [])
        if not strict_case:
            return list(found)
        return [e for e in found if _matches_case(surface, e)]

    def get(self, name: str) -> KBEntry | None:
        return self._by_name.get(name)

    def surface_forms(self) -> dict[str, list[KBEntry]]:
        """Folded name/alias -> entities (a copy, for building a gazetteer matcher)."""
        return {k: list(v) for k, v in self._by_surface.items()}

    def check(self) -> list[str]:
        """Problems: parse errors, bad types/QIDs, duplicate names or QIDs, ambiguous aliases."""
        out = list(self.problems)
        out += _check_fields(self.entries)
        for form, found in sorted(self._by_surface.items()):
            by_type: dict[str, list[str]] = {}
            for e in found:
                by_type.setdefault(e.type, []).append(e.name)
            homes = [e.home for e in found]
            if None not in homes and len(set(homes)) == len(homes):
                continue  # one body per home country ("House of Representatives"): chosen by context
            for typ, names in sorted(by_type.items()):
                if len(names) > 1:
                    out.append(f"alias {form!r} points to two {typ} entities: {', '.join(sorted(names))}")
        return out


def _matches_case(surface: str, entry: KBEntry) -> bool:
    folded = fold(surface)
    written = _SPACES.sub(" ", surface.strip())
    for form in (entry.name, *entry.aliases):
        if fold(form) != folded:
            continue
        if not is_acronym(form) or _SPACES.sub(" ", form) == written or _word_acronym(written):
            return True
    return False


def _word_acronym(written: str) -> bool:
    """Papers write long acronyms as words ("Umno", "Nadma"): one capitalised word of 4+ letters."""
    return " " not in written and len(written) >= 4 and written[:1].isupper() and written[1:].islower()


def _check_fields(entries: Iterable[KBEntry]) -> list[str]:
    out: list[str] = []
    qids: dict[str, str] = {}
    for e in entries:
        if e.type not in ENTITY_TYPES:
            out.append(f"{e.name}: bad type {e.type!r} (want one of {', '.join(sorted(ENTITY_TYPES))})")
        if e.qid is not None:
            if not _QID.match(e.qid):
                out.append(f"{e.name}: bad QID {e.qid!r}")
            elif e.qid in qids:
                out.append(f"duplicate QID {e.qid}: {qids[e.qid]} and {e.name}")
            else:
                qids[e.qid] = e.name
    return out


def parse_tsv(text: str, where: str, *, user: bool = False) -> tuple[list[_Row], list[str]]:
    """Rows and problems of one TSV file (problems name `where` and the line number)."""
    rows: list[_Row] = []
    problems: list[str] = []
    header_seen = False
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if not header_seen:
            header_seen = True
            if tuple(c.strip() for c in cols) != HEADER:
                problems.append(f"{where}:{lineno}: header must be {' TAB '.join(HEADER)}")
            continue
        if len(cols) != len(HEADER):
            problems.append(f"{where}:{lineno}: {len(cols)} columns, want {len(HEADER)}")
            continue
        name, typ, qid, aliases, _note = (c.strip() for c in cols)
        if not name:
            problems.append(f"{where}:{lineno}: empty name")
            continue
        alias_list = [a.strip() for a in aliases.split("|") if a.strip()]
        rows.append(_Row(name, typ, qid or None, alias_list, f"{where}:{lineno}", user))
    return rows, problems


def _merge(rows: Iterable[_Row]) -> tuple[tuple[KBEntry, ...], list[str]]:
    """One entry per name; a user row extends a known name, two packaged rows are a problem."""
    merged: dict[str, _Row] = {}
    problems: list[str] = []
    for row in rows:
        old = merged.get(row.name)
        if old is None:
            merged[row.name] = _Row(row.name, row.type, row.qid, list(row.aliases), row.where, row.user)
            continue
        if not row.user or old.type != row.type:
            problems.append(f"duplicate name {row.name!r}: {old.where} and {row.where}")
            continue
        old.aliases += [a for a in row.aliases if a not in old.aliases]
        old.qid = row.qid or old.qid
    taken = {fold(a) for r in merged.values() for a in (r.name, *r.aliases)}
    for r in merged.values():
        if r.where.startswith(_TRANSLATED):
            r.aliases += [v for v in _variants(r.aliases) if fold(v) not in taken]
    entries = tuple(
        KBEntry(r.name, r.type, r.qid, _unique(r.name, r.aliases), _home(r.where)) for r in merged.values()
    )
    return entries, problems


_TRANSLATED = "international.tsv"
_VARIANTS_FILE = Path(__file__).resolve().parent / "alias_variants.txt"
_MAX_VARIANTS = 48


@functools.cache
def _variant_sets() -> tuple[tuple[str, ...], ...]:
    """Sets of interchangeable words in translated names of international bodies."""
    lines = _VARIANTS_FILE.read_text(encoding="utf-8").splitlines() if _VARIANTS_FILE.is_file() else []
    return tuple(
        tuple(w.strip() for w in ln.split("|")) for ln in lines if ln.strip() and not ln.startswith("#")
    )


def _variants(aliases: list[str]) -> list[str]:
    """Each alias with its interchangeable words swapped ("Organisasi Kesehatan Dunia" ->
    "Pertubuhan Kesihatan Sedunia"), capped so that a long name cannot explode."""
    out: dict[str, str] = {}
    for alias in aliases:
        forms = {alias}
        for group in _variant_sets():
            for form in list(forms):
                for word in group:
                    rx = re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])")
                    if rx.search(form):
                        forms |= {rx.sub(other, form) for other in group if other != word}
            if len(forms) > _MAX_VARIANTS:
                break
        for f in forms:
            out.setdefault(fold(f), f)
    return [f for k, f in out.items() if k not in {fold(a) for a in aliases}]


def _unique(name: str, aliases: list[str]) -> tuple[str, ...]:
    seen = {fold(name)}
    out: list[str] = []
    for a in aliases:
        folded = fold(a)
        if folded not in seen:
            seen.add(folded)
            out.append(a)
    return tuple(out)


def user_dir() -> Path:
    """Where user TSV files live: $WARTA_KB_DIR, else ~/.config/warta/kb."""
    env = os.environ.get("WARTA_KB_DIR")
    return Path(env).expanduser() if env else Path.home() / ".config" / "warta" / "kb"


def builtin_files() -> list[Path]:
    return sorted(_BUILTIN_DIR.glob("*.tsv"))


@functools.cache
def _builtin_rows() -> tuple[tuple[_Row, ...], tuple[str, ...]]:
    rows: list[_Row] = []
    problems: list[str] = []
    for path in builtin_files():
        r, p = parse_tsv(path.read_text(encoding="utf-8"), path.name)
        rows += r
        problems += p
    return tuple(rows), tuple(problems)


def _user_signature(directory: Path) -> tuple[tuple[str, int, int], ...]:
    if not directory.is_dir():
        return ()
    stats = ((p, p.stat()) for p in sorted(directory.glob("*.tsv")) if p.is_file())
    return tuple((str(p), s.st_mtime_ns, s.st_size) for p, s in stats)


@functools.lru_cache(maxsize=4)
def _load(signature: tuple[tuple[str, int, int], ...]) -> KnowledgeBase:
    """The knowledge base of the packaged and the user's files, from the disk cache when built
    from the same bytes before (parsing and folding ~12k names costs ~70 ms a process)."""
    user_files = [Path(path) for path, _mtime, _size in signature]
    sources = [Path(__file__), *builtin_files(), *user_files]
    return cached("kb", sources, lambda: _build(signature))


def _build(signature: tuple[tuple[str, int, int], ...]) -> KnowledgeBase:
    rows, problems = _builtin_rows()
    all_rows = list(rows)
    all_problems = list(problems)
    for path_str, _mtime, _size in signature:
        path = Path(path_str)
        r, p = parse_tsv(path.read_text(encoding="utf-8"), str(path), user=True)
        all_rows += r
        all_problems += p
    entries, merge_problems = _merge(all_rows)
    return KnowledgeBase(entries, tuple(all_problems + merge_problems))


def load_kb() -> KnowledgeBase:
    """The packaged knowledge base plus the user's TSV files (cached until those files change)."""
    return _load(_user_signature(user_dir()))
