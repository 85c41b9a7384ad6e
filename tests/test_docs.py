"""The docs are tested: Python examples run, every route, stage and CLI command is documented, and
docs/cli.md is exactly what `scripts/gen_cli_docs.py` generates from `--help`."""

from __future__ import annotations

import importlib.util
import re
import shutil
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from warta import registry

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
_PYTHON_BLOCK = re.compile(r"^```python\n(.*?)^```", re.S | re.M)


def python_blocks(path: Path) -> list[str]:
    return _PYTHON_BLOCK.findall(path.read_text(encoding="utf-8"))


def run_blocks(path: Path) -> dict[str, Any]:
    """Run a page's examples in order in one namespace, as a reader would paste them."""
    namespace: dict[str, Any] = {"__name__": f"docs:{path.name}"}
    for i, block in enumerate(python_blocks(path)):
        code = compile(block, f"{path.name}[python block {i}]", "exec")
        exec(code, namespace)
    return namespace


def section_titles(path: Path) -> list[str]:
    return [
        line.lstrip("#").strip()
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.startswith("#")
    ]


def test_docs_python_api_has_examples() -> None:
    assert len(python_blocks(DOCS / "python-api.md")) >= 5


def test_docs_python_api_examples_run(seed_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # the page's paths are relative to the repository root
    namespace = run_blocks(DOCS / "python-api.md")
    assert namespace["article"].text  # the examples did extract something


def test_docs_readers_examples_run(seed_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    assert python_blocks(DOCS / "readers.md")
    run_blocks(DOCS / "readers.md")


def test_docs_readme_examples_run(seed_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # the README quickstart reads "article.txt": give it one of the sample articles
    shutil.copy(sorted(seed_dir.glob("*.txt"))[0], tmp_path / "article.txt")
    monkeypatch.chdir(tmp_path)
    assert python_blocks(ROOT / "README.md")
    run_blocks(ROOT / "README.md")


def test_docs_rest_api_lists_every_route() -> None:
    from warta.api.app import create_app
    from warta.store import open_store

    doc = (DOCS / "rest-api.md").read_text(encoding="utf-8")
    paths = create_app(open_store(":memory:"), token="t").openapi()["paths"]
    assert paths
    missing = [p for p in paths if p not in doc]
    assert not missing, f"routes not in docs/rest-api.md: {missing}"
    for method_path in (f"{m.upper()} {p}" for p, ops in paths.items() for m in ops):
        assert method_path in doc, f"{method_path} has no heading in docs/rest-api.md"


def test_docs_stages_documents_every_registry_name() -> None:
    titles = section_titles(DOCS / "stages.md")
    missing = [name for name in registry.names() if not any(f"`{name}`" in t for t in titles)]
    assert not missing, f"stages without a section in docs/stages.md: {missing}"


def test_docs_stages_names_only_registered_stages() -> None:
    text = (DOCS / "stages.md").read_text(encoding="utf-8")
    named = set(re.findall(r"^#+ `([a-z_.]+\.v\d+)`", text, re.M))
    assert named == set(registry.names())


def _stage_sections() -> dict[str, str]:
    text = (DOCS / "stages.md").read_text(encoding="utf-8")
    parts = re.split(r"^## `([a-z_.]+\.v\d+)`\n", text, flags=re.M)
    return dict(zip(parts[1::2], parts[2::2], strict=True))


def _fields(text: str) -> set[str]:
    return set(re.findall(r"`(\w+)`", text.split("(")[0]))


@pytest.mark.parametrize("name", registry.names())
def test_docs_stages_requires_and_assigns_match_the_stage(name: str) -> None:
    section = _stage_sections().get(name, "")
    line = next((ln for ln in section.splitlines() if ln.startswith("- requires:")), "")
    assert "· assigns:" in line, f"docs/stages.md: {name} has no '- requires: ... · assigns: ...' line"
    requires, assigns = line.removeprefix("- requires:").split("· assigns:")
    stage = registry.create(name)
    assert _fields(requires) == set(stage.requires)
    assert _fields(assigns) == set(stage.assigns)


def test_docs_readers_lists_every_input_error_code() -> None:
    source = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "src" / "warta" / "read").glob("*.py"))
    codes = set(re.findall(r'code="(E1\d\d)"', source))
    assert codes
    doc = (DOCS / "readers.md").read_text(encoding="utf-8")
    missing = sorted(c for c in codes if f"`{c}`" not in doc)
    assert not missing, f"error codes not in docs/readers.md: {missing}"


def _gen_cli_docs() -> ModuleType:
    spec = importlib.util.spec_from_file_location("gen_cli_docs", ROOT / "scripts" / "gen_cli_docs.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def gen_cli_docs(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    # render() sets these in os.environ; pinning them here lets monkeypatch restore them afterwards
    for key in ("COLUMNS", "NO_COLOR", "TERMINAL_WIDTH"):
        monkeypatch.setenv(key, "100" if key != "NO_COLOR" else "1")
    return _gen_cli_docs()


def test_docs_cli_md_is_generated_from_help(gen_cli_docs: ModuleType) -> None:
    current = (DOCS / "cli.md").read_text(encoding="utf-8")
    assert current == gen_cli_docs.render(), "docs/cli.md is stale: run `python scripts/gen_cli_docs.py`"


def test_docs_cli_md_has_a_section_per_command(gen_cli_docs: ModuleType) -> None:
    titles = set(section_titles(DOCS / "cli.md"))
    commands = gen_cli_docs.commands()
    assert len(commands) > 1
    missing = [c for c in commands if f"warta {' '.join(c)}".rstrip() not in titles]
    assert not missing, f"commands without a section in docs/cli.md: {missing}"


def test_docs_cli_commands_match_top_level_help(gen_cli_docs: ModuleType) -> None:
    from typer.testing import CliRunner

    from warta.cli.app import app

    output = CliRunner().invoke(app, ["--help"], env={"COLUMNS": "200", "NO_COLOR": "1"}).output
    listed = set(re.findall(r"^│ (\w[\w-]*)\s{2,}", output, re.M))
    top = {c[0] for c in gen_cli_docs.commands() if len(c) == 1}
    assert listed and listed <= top | {"--help"}
    assert top <= listed


def test_docs_readme_links_resolve_and_cover_the_reference_pages() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    links = re.findall(r"\]\((docs/[\w.-]+\.md)\)", readme)
    assert not [link for link in links if not (ROOT / link).is_file()]
    for page in ("python-api.md", "cli.md", "rest-api.md", "stages.md", "readers.md"):
        assert f"docs/{page}" in links, f"README.md does not link docs/{page}"


@pytest.mark.parametrize("page", ["python-api.md", "rest-api.md", "stages.md", "readers.md"])
def test_docs_relative_links_resolve(page: str) -> None:
    text = (DOCS / page).read_text(encoding="utf-8")
    targets = re.findall(r"\]\(([\w.-]+\.md)\)", text)
    assert not [t for t in targets if not (DOCS / t).is_file()]
