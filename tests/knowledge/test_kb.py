"""The knowledge base: data files, loader API, and the `warta kb` commands."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from warta.cli.app import app
from warta.knowledge.loader import HEADER, KnowledgeBase, builtin_files, fold, load_kb, parse_tsv

GOLD_TYPES = {"persons": "person", "organizations": "organization", "locations": "location"}


@pytest.fixture()
def kb(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> KnowledgeBase:
    monkeypatch.setenv("WARTA_KB_DIR", str(tmp_path / "empty"))
    return load_kb()


def test_loader_every_tsv_parses_with_header_and_five_columns() -> None:
    files = builtin_files()
    assert len(files) >= 5
    for path in files:
        text = path.read_text(encoding="utf-8")
        first = next(line for line in text.splitlines() if line.strip() and not line.startswith("#"))
        assert tuple(first.split("\t")) == HEADER, path.name
        rows, problems = parse_tsv(text, path.name)
        assert problems == [], problems
        assert rows, path.name


def test_loader_check_reports_no_problems(kb: KnowledgeBase) -> None:
    assert kb.check() == []


def test_loader_no_alias_points_to_two_entities_of_one_type(kb: KnowledgeBase) -> None:
    for form, entries in kb.surface_forms().items():
        homes = [e.home for e in entries]
        if None not in homes and len(set(homes)) == len(homes):
            continue  # one national body per home country ("Finance Ministry"): chosen by context
        types = [e.type for e in entries]
        assert len(types) == len(set(types)), (form, [e.name for e in entries])


def test_loader_home_country_aliases_differ_by_country(kb: KnowledgeBase) -> None:
    entries = kb.surface_forms()["finance ministry"]
    assert sorted(e.home or "" for e in entries) == ["Indonesia", "Malaysia"]


def test_loader_counts_countries_with_id_ms_names_and_people_orgs(kb: KnowledgeBase) -> None:
    country_file = next(p for p in builtin_files() if p.name == "countries.tsv")
    text = country_file.read_text(encoding="utf-8")
    with_both = 0
    for line in text.splitlines()[1:]:
        if line.startswith("#") or line.startswith("name\t"):
            continue
        name, _type, _qid, aliases, note = line.split("\t")
        forms = {name, *aliases.split("|")}
        local = dict(part.split("=", 1) for part in note.split("; ")[1:])  # "CLDR XX; id=...; ms=..."
        if (
            local.get("id") in forms | {""}
            and local.get("ms") in forms | {""}
            and local.get("id")
            and local.get("ms")
        ):
            with_both += 1
    assert with_both >= 190
    people_orgs = [e for e in kb if e.type in ("person", "organization")]
    assert len(people_orgs) >= 300


@pytest.mark.parametrize(
    ("surface", "name"),
    [
        ("Amerika Syarikat", "United States"),
        ("PBB", "United Nations"),
        ("Moskow", "Moscow"),
        ("Kemlu Rusia", "Ministry of Foreign Affairs (Russia)"),
        ("Dewan Keamanan (DK) PBB", "United Nations Security Council"),
        ("Tebing Barat", "West Bank"),
        ("Kabupaten Agam", "Agam Regency"),
        ("UMNO", "Pertubuhan Kebangsaan Melayu Bersatu"),
        ("Jokowi", "Joko Widodo"),
    ],
)
def test_loader_lookup_alias_gives_canonical_name(kb: KnowledgeBase, surface: str, name: str) -> None:
    assert name in [e.name for e in kb.lookup(surface)]


def test_loader_lookup_unknown_is_empty_and_get_by_name(kb: KnowledgeBase) -> None:
    assert kb.lookup("Zzyzx Nonexistent Body") == []
    entry = kb.get("Gaza Strip")
    assert entry is not None and entry.type == "location"
    assert kb.get("Jalur Gaza") is None


def test_loader_fold_ignores_case_accents_quotes_and_hyphens() -> None:
    assert fold("  Recep  Tayyip ERDOĞAN ") == "recep tayyip erdogan"
    assert fold("Be’eri") == fold("Be'eri")
    assert fold("Amir-Abdollahian") == fold("Amir Abdollahian")


def test_loader_strict_case_keeps_acronyms_apart_from_words(kb: KnowledgeBase) -> None:
    assert [e.name for e in kb.lookup("AS", strict_case=True)] == ["United States"]
    assert kb.lookup("as", strict_case=True) == []
    assert [e.name for e in kb.lookup("Umno", strict_case=True)] == ["Pertubuhan Kebangsaan Melayu Bersatu"]


def test_loader_gold_entities_found_in_kb_have_the_gold_type(
    kb: KnowledgeBase, all_gold: list[dict[str, Any]]
) -> None:
    checked = 0
    for record in all_gold:
        for field, typ in GOLD_TYPES.items():
            for name in record.get(field, []):
                entry = kb.get(name)
                if entry is not None:
                    checked += 1
                    assert entry.type == typ, (name, entry.type)
    assert checked > 0


def test_loader_user_file_extends_known_entity(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("WARTA_KB_DIR", str(tmp_path))
    (tmp_path / "extra.tsv").write_text(
        "\t".join(HEADER) + "\nGaza Strip\tlocation\t\tGazze\t\n", encoding="utf-8"
    )
    assert [e.name for e in load_kb().lookup("Gazze")] == ["Gaza Strip"]


def test_loader_check_finds_bad_qid_type_and_ambiguous_alias(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("WARTA_KB_DIR", str(tmp_path))
    rows = ["Foo Bar\tperson\tX12\tFB\t", "Foo Baz\tthing\t\t\t", "Foo Qux\tperson\t\tFB\t"]
    (tmp_path / "bad.tsv").write_text("\t".join(HEADER) + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    problems = " ".join(load_kb().check())
    assert "bad QID" in problems and "bad type" in problems and "'fb'" in problems


def test_kb_cli_add_list_check(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("WARTA_KB_DIR", str(tmp_path))
    runner = CliRunner()
    result = runner.invoke(app, ["kb", "add", "Zubair Testname", "--type", "person", "--alias", "Zubair T."])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "user.tsv").exists()
    listed = runner.invoke(app, ["kb", "list", "--type", "person", "--grep", "zubair t."])
    assert listed.exit_code == 0 and listed.output.startswith("Zubair Testname\tperson")
    assert runner.invoke(app, ["kb", "check"]).exit_code == 0


def test_kb_cli_add_rejects_bad_entries(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("WARTA_KB_DIR", str(tmp_path))
    runner = CliRunner()
    assert runner.invoke(app, ["kb", "add", "Foo", "--type", "thing"]).exit_code == 1
    assert runner.invoke(app, ["kb", "add", "Foo", "--type", "person", "--qid", "P31"]).exit_code == 1
    # an alias already used by another location would make "AS" ambiguous
    assert runner.invoke(app, ["kb", "add", "Foo Land", "--type", "location", "--alias", "AS"]).exit_code == 1
    assert not (tmp_path / "user.tsv").exists()


def test_kb_cli_check_exits_1_on_problems(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("WARTA_KB_DIR", str(tmp_path))
    (tmp_path / "bad.tsv").write_text("\t".join(HEADER) + "\nFoo\tperson\tQ0\t\t\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["kb", "check"])
    assert result.exit_code == 1 and "bad QID" in result.output
