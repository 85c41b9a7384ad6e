"""The literal screens before the entity stage's whole-text regexes skip only texts without a match.

Each screen (a literal every match holds, a fast pattern of capitalised head words, a regex without
its leading `\\b`) is checked against the full regex it guards, on the gold articles and on
sentences written here, so a later edit to a word list or a regex cannot make them disagree unseen.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from typing import Any

from warta.extract import countries, expansions, fragments, minor_places, missions, native_bodies, screens

_WRITTEN = [  # sentences written for this test, each with a match of some screened regex
    "The Shah Alam Sessions Court heard it; the High Court in Ipoh did not.",
    "Forum Bisnis Indonesia-Malaysia dan PILIHAN RAYA Negeri Ke-16 serta \u212aejohanan Sukan.",
    "Kedutaan Besar Malaysia di Doha, the Malaysian Embassy in Cairo and KBRI Kuala Lumpur.",
    "Egypt's Ministry of Foreign Affairs and a Singapore foreign ministry statement.",
    "Dewan Undangan Negeri bersidang; the Sabah State Legislative Assembly met; DUN lulus.",
    "They fled to the Konga shelter near the Boru village and the Kuala Lumpur Sports City complex.",
    "East Flores regency and East Flores Regent Anton said.",
    "Banjir di Seksyen 13 and in Precinct 9, Putrajaya.",
    "The Penang Inshore Fishermen's Association and the Workers' Party met.",
    "RSUD dr. Soekardjo dan Masjid Hj. Siti Aminah.",
    "Di Jakarta, RI dan Rp 5 juta; KRI Nanggala, Kuala Lumpur, RM 3, PUTRAJAYA, xMalaysia.",
]

_SCREENS: list[tuple[Callable[[str], object], Callable[[str], object]]] = [
    (
        lambda t: screens.present(t, screens.shared_word(native_bodies._court_heads())),
        native_bodies._court_rx().search,
    ),
    (fragments._event_screen().search, fragments._event_spans),
    (lambda t: screens.present(t, missions._EMBASSY_WORDS), missions._EMBASSY.search),
    (lambda t: screens.present(t, missions._EMBASSY_WORDS), missions._KBRI.search),
    (lambda t: "inistry" in t, missions._POSSESSIVE.search),
    (lambda t: screens.present(t, native_bodies._ASSEMBLY_WORDS), native_bodies._ASSEMBLY.search),
    (lambda t: screens.present(t, native_bodies._ASSEMBLY_WORDS), native_bodies._ENGLISH_ASSEMBLY.search),
    (lambda t: screens.present(t, minor_places._SITE_WORDS), minor_places._ENGLISH_SITE.search),
    (lambda t: screens.present(t, minor_places._SITE_WORDS), minor_places._ENGLISH_COMPLEX.search),
    (lambda t: screens.present(t, ("regency", "Regent")), minor_places._ENGLISH_REGENCY.search),
    (
        lambda t: screens.present(t, ("Seksyen", "Presint", "Section", "Precinct")),
        minor_places._SECTION.search,
    ),
    (lambda t: screens.present(t, expansions._BODY_WORDS), expansions._POSSESSIVE_BODY.search),
    (expansions._honoured_hint().search, expansions._honoured_rx().search),
]


def _texts(records: list[dict[str, Any]]) -> list[str]:
    return [str(r["text"]) for r in records] + _WRITTEN


def test_screens_pass_every_text_the_full_regex_matches(all_gold: list[dict[str, Any]]) -> None:
    texts = _texts(all_gold)
    for screen, full in _SCREENS:
        found = [t for t in texts if full(t)]
        assert found  # the written sentences hold a match of each
        assert all(screen(t) for t in found), [t for t in found if not screen(t)][:1]


def test_screens_event_spans_equal_the_unscreened_scan(all_gold: list[dict[str, Any]]) -> None:
    texts = _texts(all_gold)
    assert any(fragments._event_spans(t) for t in texts)
    for text in texts:
        assert fragments.event_spans(text) == fragments._event_spans(text)
    # a capital the case-insensitive scan reads as an ASCII letter ("\u212a" is K, "\u0130" is I)
    assert fragments.event_spans("Hari \u212aTT ASEAN Jakarta") == fragments._event_spans(
        "Hari \u212aTT ASEAN Jakarta"
    )


def test_screens_capitalised_admits_only_capitals() -> None:
    rx = screens.capitalised(["forum", "ktt"])
    assert rx.search("di FORUM itu") and rx.search("KTT") and rx.search("\u212att")
    assert not rx.search("forum dan ktt")
    assert screens.capitalised(["forum", "état"]).search("nothing here")  # a non-ASCII head: no screen


def test_screens_home_counts_equal_the_whole_word_regex(all_gold: list[dict[str, Any]]) -> None:
    rnd = random.Random(3)
    pieces = ["Indonesia", "Indonesian", "RI", "Rp 5", "Rp5", "RM 3", "Kuala Lumpur", "Malaysian"]
    pieces += ["PUTRAJAYA", "KUALA LUMPUR", "Jakarta", "x", "K", "_", " ", "1", "é"]
    generated = ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 8))) for _ in range(3000)]
    for text in _texts(all_gold) + generated:
        for rx in countries._HOME.values():
            assert countries._count(rx, text) == len(re.findall(r"\b" + rx.pattern, text)), text


def test_screens_run_regex_equals_the_plain_definition(all_gold: list[dict[str, Any]]) -> None:
    from warta.extract import runs

    rest = r"(?:[\w-]|['’](?!s\b))*"  # one alternation per character: the plain definition
    word = (
        rf"(?:(?:al|el|ad|ar|as|ash|an|at)[-‘’'][A-Z]{rest}|(?:Jl|Jln|Kab|Kec|Kel|Prov|Hj|Hjh|Dr|Drs|Ir|Prof|"
        rf"Mohd|Muhd|Md|Abd)\.|[A-Z]\.(?:[A-Z]\.)*|[A-Z]{rest})"  # glued initials: "S.K."
    )
    plain = re.compile(rf"{word}(?:[ \u00a0]+(?:{runs.CONNECT}[ \u00a0]+)?{word})*")
    rnd = random.Random(5)
    pieces = [
        "Abu",
        " ",
        "al-",
        "Hj.",
        "M.",
        "K.",
        "’s",
        "'s ",
        "s",
        "bin",
        "a/l",
        "\u00a0",
        "x",
        "-",
        "Bank",
        "_",
        ".",
    ]
    generated = ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 10))) for _ in range(3000)]
    for text in _texts(all_gold) + generated:
        assert [m.span() for m in runs.RUN.finditer(text)] == [m.span() for m in plain.finditer(text)], text


def test_screens_court_matches_equal_the_full_scan(all_gold: list[dict[str, Any]]) -> None:
    written = [
        "The Shah Alam Sessions Court and the High Court in Ipoh; Former Kuala Lumpur High Court here.",
        "XHigh Court, Magistrates' Court at Kota Bharu, the Syariah High Court - the Religious Court.",
        "Courtney said the court was closed. Sessions Court",
    ]
    texts = _texts(all_gold) + written
    assert sum(1 for t in texts if native_bodies._court_rx().search(t)) >= 3
    for text in texts:
        plain = [m.span() for m in native_bodies._court_rx().finditer(text)]
        assert [m.span() for m in native_bodies._court_matches(text)] == plain, text


def test_screens_anchored_searches_equal_the_full_scans(all_gold: list[dict[str, Any]]) -> None:
    scans = [
        (missions._POSSESSIVE, missions._MINISTRY_WORD),
        (missions._EMBASSY, missions._EMBASSY_WORD),
        (minor_places._ENGLISH_REGENCY, minor_places._REGENCY_WORD),
        (minor_places._ENGLISH_SITE, minor_places._SITE_WORD),
        (minor_places._ENGLISH_COMPLEX, minor_places._COMPLEX_WORD),
        (expansions._POSSESSIVE_BODY, expansions._body_word()),
    ]
    texts = _texts(all_gold) + _WRITTEN + [" ".join(_WRITTEN)]
    for rx, anchor in scans:
        assert any(rx.search(t) for t in texts)
        for text in texts:
            got = [(m.span(), m.groups()) for m in screens.anchored_finditer(rx, anchor, text)]
            assert got == [(m.span(), m.groups()) for m in rx.finditer(text)], text


def test_screens_directorate_windows_only_in_screened_texts(all_gold: list[dict[str, Any]]) -> None:
    written = "Direktur Jenderal Asia Pasifik dan Afrika Rahmat Pranoto hadir."
    hits = 0
    for text in [*_texts(all_gold), written]:
        for m in re.finditer(r" [A-Z]", text):
            if fragments._DIRECTORATE.search(text, max(0, m.start() - 79), m.start() + 1):
                hits += 1
                assert fragments._names_directorate(text)
    assert hits


def test_screens_seat_windows_only_in_screened_texts(all_gold: list[dict[str, Any]]) -> None:
    from warta.extract import bodies

    written = "Ahli Dewan Undangan Negeri (ADUN) Seri Serdang dan Ahli Parlimen Pekan hadir."
    hits = 0
    for text in [*_texts(all_gold), written]:
        for m in re.finditer(r"[A-Z]", text):
            if countries._seat_after_title(text, m.start()):
                hits += 1
                assert bodies.may_name_seat(text)
    assert hits
