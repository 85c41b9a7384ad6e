"""Plain numbered SQL migrations (`migrations/<dialect>/NNN_name.sql`), each applied once, in order,
inside its own transaction, and recorded in `schema_version`."""

from __future__ import annotations

import re
from importlib import resources
from typing import NamedTuple

_NAME = re.compile(r"^(\d+)_[\w-]+\.sql$")


class Migration(NamedTuple):
    version: int
    name: str
    sql: str


def migrations(dialect: str) -> list[Migration]:
    folder = resources.files("warta.store").joinpath("migrations", dialect)
    found: list[Migration] = []
    for entry in folder.iterdir():
        m = _NAME.match(entry.name)
        if m:
            found.append(Migration(int(m.group(1)), entry.name, entry.read_text(encoding="utf-8")))
    found.sort()
    versions = [mig.version for mig in found]
    if len(set(versions)) != len(versions):
        raise RuntimeError(f"two {dialect} migrations share a number: {versions}")
    return found


def split_statements(sql: str) -> list[str]:
    """Statements of a migration file (no semicolons inside literals in our files), comments dropped."""
    lines = [line for line in sql.splitlines() if not line.strip().startswith("--")]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]
