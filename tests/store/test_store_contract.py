"""One contract suite for every Store backend: memory, SQLite and a real PostgreSQL server."""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from warta.errors import StoreError
from warta.model import Article, Entity, Evidence, Meeting, Mention
from warta.store.base import MARK_END, MARK_START, SearchQuery, Store, open_store

PG_DSN_FILE = Path(os.environ.get("WARTA_TEST_PG_FILE", "/tmp/warta-test-pg.dsn"))


def pg_dsn() -> str | None:
    """The test server's DSN: $WARTA_TEST_PG, else the file .ci/system-deps writes."""
    dsn = os.environ.get("WARTA_TEST_PG")
    if not dsn and PG_DSN_FILE.is_file():
        dsn = PG_DSN_FILE.read_text(encoding="utf-8").strip()
    return dsn or None


def start_private_server(root: Path) -> tuple[str, list[str]] | None:
    """initdb + pg_ctl in a temp dir (as the postgres user when run as root); (dsn, stop command) or None."""
    found = shutil.which("initdb") or next(iter(sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))), None)
    if not found:
        return None
    bindir = Path(found).parent
    as_user: list[str] = []
    if os.geteuid() == 0:
        if not shutil.which("runuser"):
            return None
        as_user = ["runuser", "-u", "postgres", "--"]
        shutil.chown(root, "postgres")
    data = root / "data"
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    opts = f"-p {port} -k {root} -c listen_addresses=127.0.0.1"
    try:
        subprocess.run([*as_user, str(bindir / "initdb"), "-D", str(data), "-U", "warta", "--auth=trust"],
                       check=True, capture_output=True, timeout=60)  # fmt: skip
        subprocess.run([*as_user, str(bindir / "pg_ctl"), "-D", str(data), "-o", opts, "-w", "-l",
                        str(root / "log"), "start"], check=True, capture_output=True, timeout=60)  # fmt: skip
    except (OSError, subprocess.SubprocessError):
        return None
    return f"postgresql://warta@127.0.0.1:{port}/postgres", [
        *as_user,
        str(bindir / "pg_ctl"),
        "-D",
        str(data),
        "stop",
    ]


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    dsn = pg_dsn()
    stop: list[str] = []
    if not dsn:
        # not under pytest's base temp dir: that is private to us, and the server runs as postgres
        root = Path(tempfile.mkdtemp(prefix="warta-test-pg-"))
        started = start_private_server(root)
        if started is None:
            (pytest.fail if os.environ.get("CI") else pytest.skip)(  # CI installs a server: missing = failure
                f"no PostgreSQL server: run .ci/system-deps (writes {PG_DSN_FILE}), set WARTA_TEST_PG,"
                " or install postgresql so the tests can start one with initdb"
            )
        dsn, stop = started
    try:
        import psycopg

        psycopg.connect(dsn, connect_timeout=3).close()
    except Exception as exc:
        (pytest.fail if os.environ.get("CI") else pytest.skip)(
            f"PostgreSQL at {PG_DSN_FILE} did not answer: {type(exc).__name__}"
        )
    yield dsn
    if stop:
        subprocess.run(stop, check=False, capture_output=True, timeout=60)
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(
    params=["memory", "sqlite", "sqlite-fts5", pytest.param("postgresql", marks=pytest.mark.postgres)],
)
def store(request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Store]:
    """SQLite twice: with its tantivy index (the default) and with FTS5 only (WARTA_SEARCH=fts5)."""
    if request.param == "sqlite-fts5":
        monkeypatch.setenv("WARTA_SEARCH", "fts5")
    if request.param == "memory":
        s = open_store(":memory:")
        yield s
        s.close()
    elif request.param.startswith("sqlite"):
        s = open_store(str(tmp_path / "warta.db"))
        yield s
        s.close()
    else:
        yield from _pg_store(request.getfixturevalue("pg_server"))


def _pg_store(dsn: str) -> Iterator[Store]:
    """A fresh schema per test, so parallel runs on one server never see each other's rows."""
    import psycopg

    schema = "t_" + uuid.uuid4().hex[:12]
    with psycopg.connect(dsn, autocommit=True) as admin:
        admin.execute(f"CREATE SCHEMA {schema}".encode())
    sep = "&" if "?" in dsn else "?"
    s = open_store(f"{dsn}{sep}options=-csearch_path%3D{schema}")
    try:
        yield s
    finally:
        s.close()
        with psycopg.connect(dsn, autocommit=True) as admin:
            admin.execute(f"DROP SCHEMA {schema} CASCADE".encode())


def art(
    id: str,
    text: str,
    *,
    title: str | None = None,
    url: str | None = None,
    language: str = "id",
    outlet: str | None = "Contoh Pos",
    published: str | None = "2024-03-01",
    entities: tuple[str, ...] = (),
    story: str | None = None,
) -> Article:
    return Article(
        id=id,
        text=text,
        title=title,
        url=url,
        language=language,
        outlet=outlet,
        published=published,
        entities=[Entity(name, "organization", mentions=[Mention(0, 1, name[:1])]) for name in entities],
        story_id=story,
    )


def corpus() -> list[Article]:
    return [
        art("a1", "Delegasi Hamas bertemu pejabat Rusia di Moskôw pada hari Kamis.", title="Hamas ke Moskow",
            entities=("Hamas", "Russia"), published="2023-10-26", story="s1"),
        art("a2", "Menteri luar negeri bertemu mitra di Doha untuk membahas bantuan kemanusiaan.",
            title="Pertemuan di Doha", entities=("Qatar",), published="2024-12-05", story="s2"),
        art("a3", "Hamas delegation met Russian officials in Moscow on Thursday, the ministry said.",
            title="Hamas in Moscow", language="en", outlet="Wire Daily", entities=("Hamas", "Russia"),
            published="2023-10-27", story="s1"),
        art("a4", "Harga beras naik lagi di pasar induk, kata pedagang beras dan pembeli beras.",
            title="Beras mahal", language="ms", outlet="Berita Contoh", published="2025-01-10"),
    ]  # fmt: skip


def ids(store: Store, **kwargs: object) -> list[str]:
    return [h.id for h in store.search(SearchQuery(**kwargs)).hits]  # type: ignore[arg-type]


def test_store_add_get_roundtrip_is_lossless(store: Store) -> None:
    assert isinstance(store, Store)
    a = art(
        "x",
        "Ketua umum bertemu duta besar. “Kami sepakat,” katanya.",
        title="Judul — ünïcode",
        url="https://e.x/1",
    )
    a.meetings = [Meeting(["A", "B"], "Jakarta", "2024-03-01", Evidence(0, 10, "Ketua umum"))]
    a.extra = {"plugin": {"k": [1, 2]}}
    a.trace = {"clean": "v1"}
    assert store.add([a]).new == ["x"]
    back = store.get("x")
    assert back is not None and back.to_dict() == a.to_dict()
    assert store.get("missing") is None


def test_store_add_is_idempotent_by_id_hash_and_url(store: Store) -> None:
    store.add(corpus())
    again = store.add(corpus())
    assert again.new == [] and sorted(again.duplicate) == ["a1", "a2", "a3", "a4"]
    same_text = art("other-id", corpus()[0].text, title=corpus()[0].title)
    same_url = art("u2", "Teks yang lain sama sekali.", url="https://e.x/u")
    first_url = art("u1", "Teks pertama dengan alamat.", url="https://e.x/u")
    result = store.add([same_text, first_url, same_url])
    assert result.duplicate == ["other-id", "u2"] and result.new == ["u1"]
    assert store.count() == 5
    assert sorted(a.id for a in store.iter()) == ["a1", "a2", "a3", "a4", "u1"]


def test_store_exists_by_id_hash_or_url(store: Store) -> None:
    store.add([art("e1", "Sebuah berita pendek.", url="https://e.x/e1")])
    assert store.exists(art("e1", "lain"))
    assert store.exists(art("zz", "Sebuah  berita   pendek."))  # spacing folded in the content hash
    assert store.exists(art("zz", "lain", url="https://e.x/e1"))
    assert not store.exists(art("zz", "lain sama sekali"))


def test_store_batch_interrupted_writes_nothing(store: Store) -> None:
    store.add(corpus()[:1], state={"k": b"old"})

    def batch() -> Iterator[Article]:
        yield corpus()[1]
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        store.add(batch(), state={"k": b"new"})
    assert store.count() == 1 and store.get("a2") is None
    assert store.get_state("k") == b"old"
    assert store.add(corpus()[1:2]).new == ["a2"]  # the store is still usable


def test_store_search_folds_diacritics_and_highlights(store: Store) -> None:
    store.add(corpus())
    for query in ("moskow", "MOSKÔW", "moskòw"):
        assert ids(store, text=query) == ["a1"]
    hit = store.search(SearchQuery(text="bertemu")).hits[0]
    assert f"{MARK_START}bertemu{MARK_END}" in hit.snippet.lower()


def test_store_search_ranks_more_frequent_term_first(store: Store) -> None:
    store.add(corpus())
    store.add([art("b2", "Beras disebut sekali saja dalam berita panjang tentang pasar dan harga cabai.")])
    assert ids(store, text="beras")[0] == "a4"


def test_store_search_phrase_in_quotes(store: Store) -> None:
    store.add(corpus())
    store.add([art("p1", "Pejabat Rusia lalu bertemu delegasi lain.")])
    assert sorted(ids(store, text="delegasi bertemu")) == ["a1", "p1"]
    assert ids(store, text='"delegasi hamas bertemu"') == ["a1"]
    assert ids(store, text='"bertemu delegasi"') == ["p1"]


HOSTILE = ['"', "'", "NEAR(a b)", "a OR b", "hamas AND", "-hamas", "*", "col:hamas", "'; DROP TABLE articles; --",
           "\\", "(((", "hamas^2", "%", "_", "a & | ! <-> :*", "\x00", "", "   ", 'hamas "', "hamas_moskow"]  # fmt: skip


def test_store_search_hostile_queries_are_plain_text(store: Store) -> None:
    store.add(corpus())
    for query in HOSTILE:
        assert store.search(SearchQuery(text=query, outlet="' OR 1=1 --")).total == 0, query
        assert isinstance(store.search(SearchQuery(text=query)).total, int), query
    assert ids(store, text='hamas "') == ids(store, text="hamas")  # an unclosed quote is just a quote
    assert store.search(SearchQuery(text="*** ;")).total == 0  # no word: nothing, not everything
    assert store.search(SearchQuery(text="  ")).total == 4  # blank: filters only, here none
    assert store.count() == 4


def test_store_search_filters(store: Store) -> None:
    store.add(corpus())
    assert sorted(ids(store, text="hamas")) == ["a1", "a3"]
    assert ids(store, text="hamas", language="en") == ["a3"]
    assert ids(store, text="hamas", outlet="wire daily") == ["a3"]
    assert sorted(ids(store, entity="hamas")) == ["a1", "a3"]
    assert ids(store, entity="Qatar", text="doha") == ["a2"]
    assert ids(store, since="2024-01-01", until="2024-12-31") == ["a2"]
    assert ids(store, until="2023-10-26") == ["a1"]
    assert sorted(ids(store, story="s1")) == ["a1", "a3"]
    assert ids(store, text="hamas", story="s2") == []


def test_store_search_without_text_is_newest_first_with_total_and_paging(store: Store) -> None:
    store.add(corpus())
    result = store.search(SearchQuery(limit=2))
    assert result.total == 4 and [h.id for h in result.hits] == ["a4", "a2"]
    assert ids(store, limit=2, offset=2) == ["a3", "a1"]


def test_store_update_corpus_fields_and_stories(store: Store) -> None:
    store.add(corpus())
    store.update_corpus_fields("a3", duplicate_of="a1", story_id="s1")
    store.update_corpus_fields("a4", duplicate_of=None, story_id="s3")
    a3 = store.get("a3")
    assert a3 is not None and a3.duplicate_of == "a1" and a3.story_id == "s1"
    assert ids(store, story="s3") == ["a4"]
    summaries = {s.id: s for s in store.stories()}
    assert set(summaries) == {"s1", "s2", "s3"}
    assert summaries["s1"].article_count == 2 and summaries["s1"].independent_source_count == 1
    assert summaries["s1"].first_seen == "2023-10-26" and summaries["s1"].languages == ["en", "id"]
    assert [a.id for a in store.story_articles("s1")] == ["a1", "a3"]
    assert len(store.stories(limit=1)) == 1


def test_store_add_applies_updates_in_the_same_batch(store: Store) -> None:
    store.add(corpus()[:1])
    store.add(corpus()[1:2], updates={"a1": ("a2", "s9")})
    a1 = store.get("a1")
    assert a1 is not None and (a1.duplicate_of, a1.story_id) == ("a2", "s9")


def test_store_entity_articles_case_insensitive_in_date_order(store: Store) -> None:
    store.add(list(reversed(corpus())))
    assert [a.id for a in store.entity_articles("HAMAS")] == ["a1", "a3"]
    assert store.entity_articles("nobody") == []


def test_store_state_blobs(store: Store) -> None:
    assert store.get_state("corpus.dedup") is None
    store.set_state("corpus.dedup", b"\x00\xffblob")
    store.set_state("corpus.dedup", b"\x00\xffblob2")
    assert store.get_state("corpus.dedup") == b"\x00\xffblob2"


def test_open_store_bad_urls_raise_store_error(tmp_path: Path) -> None:
    for url in ("mysql://x/y", "sqlite:", "postgresql://nobody@127.0.0.1:1/none"):
        with pytest.raises(StoreError):
            open_store(url)
    with pytest.raises(StoreError):
        open_store(str(tmp_path / "absent.db"), create=False)
    not_db = tmp_path / "not.db"
    not_db.write_bytes(b"this is not a database file at all" * 100)
    with pytest.raises(StoreError):
        open_store(str(not_db))
    with pytest.raises(StoreError):
        open_store(str(tmp_path / "no" / "such" / "dir" / "x.db"))
