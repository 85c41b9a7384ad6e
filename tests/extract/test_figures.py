"""Reported people counts: qualifiers, measures, attributions, negatives, dedup, and a gold floor."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from warta.extract.dates import ExtractDates
from warta.extract.figures import ExtractFigures, dedupe
from warta.model import Article, Entity, Evidence, Figure, Mention
from warta.pipeline import default_pipeline


def _figures(
    text: str, entities: list[Entity] | None = None, published: str | None = "2025-02-05"
) -> list[Figure]:
    article = Article(id="t", text=text, published=published, entities=entities or [])
    ExtractDates()(article)
    return ExtractFigures()(article).figures


def _triples(text: str) -> list[tuple[int, str, str]]:
    return [(f.value, f.qualifier, f.measure) for f in _figures(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sedikitnya 12 orang tewas dalam kecelakaan bus itu.", (12, "at_least", "killed")),
        ("Sekurang-kurangnya 40 penduduk kampung terkorban dalam banjir itu.", (40, "at_least", "killed")),
        ("Setidaknya 8 pendaki hilang di gunung itu.", (8, "at_least", "missing")),
        ("Lebih dari 300 warga mengungsi ke masjid terdekat.", (300, "more_than", "displaced")),
        ("Hampir 200 orang hilang setelah gempa mengguncang pulau itu.", (200, "almost", "missing")),
        ("Sekitar 5.000 orang mengungsi ke tempat yang lebih tinggi.", (5000, "about", "displaced")),
        ("Kira-kira 1,5 juta penduduk tinggal di kota itu.", (1_500_000, "about", "other")),
        ("Kurang dari 10 orang terluka dalam insiden tersebut.", (10, "less_than", "injured")),
        ("Serangan itu menewaskan 17 warga sipil.", (17, "exact", "killed")),
        ("Sebanyak 1.000 lebih warga mengungsi ke balai desa.", (1000, "more_than", "displaced")),
        ("Jumlah mangsa banjir di Terengganu meningkat kepada 5,000 orang.", (5000, "exact", "displaced")),
    ],
)
def test_figures_qualifiers_and_measures(text: str, expected: tuple[int, str, str]) -> None:
    assert _triples(text) == [expected]


def test_figures_english_counts() -> None:
    found = _triples("At least 30 people were killed and more than 100 were wounded, officials said.")
    assert found == [(30, "at_least", "killed"), (100, "more_than", "injured")]


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ("Serangan itu menyebabkan 70 orang tewas atau terluka.", "killed_or_injured"),
        ("Kelompok bersenjata itu menyandera 12 pekerja asing.", "hostages"),
        ("Polisi menangkap 25 orang yang diduga terlibat.", "detained"),
        ("Hamas membebaskan 24 sandera pada hari Jumat.", "hostages"),
        ("Israel akan membebaskan 150 tahanan Palestina dalam tahap pertama.", "detained"),
        ("Sebanyak 33 sandera yang akan dibebaskan masih berada di Gaza.", "hostages"),
        ("Seramai 420 mangsa banjir ditempatkan di pusat pemindahan sementara.", "displaced"),
        ("Tim menemukan tiga jenazah di bawah reruntuhan.", "killed"),
        ("Sebanyak 13 pengungsi Rohingya mendarat di pantai Aceh.", "displaced"),
        ("Dalam operasi itu, seramai 1,022 PATI ditahan.", "detained"),
        ("Tim SAR gabungan masih mencari 2 korban yang hanyut.", "missing"),
        ("Jumlah korban tewas akibat gempa itu kini mencapai 268 orang.", "killed"),
        ("The death toll rose to 70, officials said.", "killed"),
    ],
)
def test_figures_measure_words(text: str, measure: str) -> None:
    assert [f.measure for f in _figures(text)] == [measure]


def test_figures_subset_is_exact_and_inherits_the_measure() -> None:
    found = _triples("Sebanyak 25 warga tewas, termasuk 6 anak-anak dan seorang bidan.")
    assert found == [(25, "exact", "killed"), (6, "exact", "killed"), (1, "exact", "killed")]


def test_figures_relief_centres_are_not_people() -> None:
    found = _triples("Seramai 3,512 mangsa berada di 45 pusat pemindahan yang dibuka.")
    assert found == [(3512, "exact", "displaced")]


def test_figures_part_of_a_count_is_not_a_count() -> None:
    assert _triples("Dia adalah satu dari 3 orang yang ditangkap.") == [(3, "exact", "detained")]


def test_figures_list_continues_from_the_previous_sentence() -> None:
    text = "Para sandera itu tiba di Israel malam tadi. Mereka termasuk lima anak dan dua wanita."
    assert _triples(text) == [(5, "exact", "hostages"), (2, "exact", "hostages")]


@pytest.mark.parametrize(
    "text",
    [
        "Kerugian mencapai Rp 5 juta menurut warga.",
        "Korban berusia 85 tahun itu meninggal dunia di rumah sakit.",
        "Anak-anak berusia dua, empat dan enam tahun itu selamat.",
        "Sebanyak 40 persen warga mengungsi.",
        "Sebanyak 71 rumah hanyut dan 12 rumah rusak berat.",
        "Banjir berdampak pada 300 KK atau 1.100 jiwa.",
        "Lebih dari 11 ribu jiwa terdampak banjir.",
        "Seramai 900 mangsa terjejas oleh ribut itu.",
        "Puluhan orang tewas dalam serangan itu.",
        "Puluhan ribu warga mengungsi ke tempat aman.",
        "Jumlah korban jiwa bertambah 3 orang dari data kemarin.",
        "Sebanyak 12 penumpang selamat dari kecelakaan itu.",
        "Empat orang lainnya belum ditangkap polisi.",
        "Sebanyak 153 negara mendukung resolusi itu.",
        "Mereka bertemu tiga kali dalam dua bulan terakhir.",
        "Polisi menyita senjata pada 19 Mei dan 21 Mei dari tiga orang.",
        "Gencatan senjata itu sudah berlangsung 40 hari.",
        "Operasi itu berjaya menyelamatkan 40 mangsa.",
        "Polisi telah menetapkan 5 tersangka dalam kasus tersebut.",
        "Kecelakaan itu melibatkan sebuah bus dan 30 penumpang.",
    ],
)
def test_figures_non_people_counts_are_left_out(text: str) -> None:
    assert _figures(text) == []


def _entity(name: str, typ: str, text: str, surface: str) -> Entity:
    start = text.index(surface)
    return Entity(name, typ, mentions=[Mention(start, start + len(surface), surface)])  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "surface", "canonical", "typ"),
    [
        (
            "Menurut Kementerian Kesihatan, 35 orang terbunuh.",
            "Kementerian Kesihatan",
            "Ministry of Health",
            "organization",
        ),
        (
            "Berdasarkan data yang diterima BNPB, 9 nelayan masih hilang.",
            "BNPB",
            "Badan Nasional Penanggulangan Bencana",
            "organization",
        ),
        (
            "Juru bicara Budi Santoso mengatakan, 14 orang meninggal dunia.",
            "Budi Santoso",
            "Budi Santoso",
            "person",
        ),
        ("Sebanyak 14 orang meninggal dunia, kata Budi Santoso.", "Budi Santoso", "Budi Santoso", "person"),
        (
            "Laporan itu diungkapkan Budi Santoso dalam keterangan: 14 orang meninggal.",
            "Budi Santoso",
            "Budi Santoso",
            "person",
        ),
        (
            "Banjir Meluas, BNPB: 14 Meninggal dan 3 Hilang",
            "BNPB",
            "Badan Nasional Penanggulangan Bencana",
            "organization",
        ),
        ("Sebanyak 35 orang tewas, seperti dilansir Al Jazeera.", "Al Jazeera", "Al Jazeera", "organization"),
        (
            "BNPB mencatat 58 orang meninggal dunia.",
            "BNPB",
            "Badan Nasional Penanggulangan Bencana",
            "organization",
        ),
        ("Menurut Agam, tiga orang masih hilang.", "Agam", "Agam Regency", "location"),
    ],
)
def test_figures_attribution_maps_to_canonical_entity(
    text: str, surface: str, canonical: str, typ: str
) -> None:
    found = _figures(text, [_entity(canonical, typ, text, surface)])
    assert found and all(f.source == canonical for f in found)


def test_figures_pronoun_points_at_the_last_speaker() -> None:
    text = "Hal itu diungkapkan Budi Santoso dalam keterangan. “Tercatat 17 jiwa meninggal dunia,” ujarnya."
    found = _figures(text, [_entity("Budi Santoso", "person", text, "Budi Santoso")])
    assert [(f.value, f.source) for f in found] == [(17, "Budi Santoso")]


def test_figures_acting_body_and_counted_people_are_not_sources() -> None:
    text = "Keluarga dari 13 sandera yang dibebaskan Hamas menyatakan rasa lega."
    found = _figures(text, [_entity("Hamas", "organization", text, "Hamas")])
    assert [(f.value, f.measure, f.source) for f in found] == [(13, "hostages", None)]


def test_figures_as_of_date() -> None:
    found = _figures("Per Senin (3/2), sudah 44 orang meninggal dunia.")
    assert [(f.value, f.as_of) for f in found] == [(44, "2025-02-03")]


def test_figures_repeated_value_keeps_first_attribution() -> None:
    a = Figure(44, "exact", "killed", evidence=Evidence(0, 10), as_of="2025-02-03")
    b = Figure(44, "exact", "killed", source="BNPB", evidence=Evidence(20, 30))
    c = Figure(44, "exact", "killed", source="Polri", evidence=Evidence(40, 50))
    out = dedupe([a, b, c])
    assert [(f.value, f.source, f.as_of) for f in out] == [(44, "BNPB", "2025-02-03")]


@pytest.mark.parametrize(
    ("text", "surface", "canonical"),
    [
        (
            "Data Badan Pusat Statistik menunjukkan sedikitnya 40 nelayan ditahan tahun ini.",
            "Badan Pusat Statistik",
            "Badan Pusat Statistik",
        ),
        (
            "Statistik SPRM menunjukkan seramai 310 individu ditangkap sepanjang tahun lalu.",
            "SPRM",
            "Suruhanjaya Pencegahan Rasuah Malaysia",
        ),
        (
            "Data from the Health Ministry shows at least 25 people were killed in the clashes.",
            "Health Ministry",
            "Ministry of Health",
        ),
        (
            "More than 70 people were injured, according to data from the Red Crescent.",
            "Red Crescent",
            "Red Crescent",
        ),
    ],
)
def test_figures_data_noun_names_the_source(text: str, surface: str, canonical: str) -> None:
    found = _figures(text, [_entity(canonical, "organization", text, surface)])
    assert found and all(f.source == canonical for f in found)


def test_figures_data_noun_without_a_body_names_no_source() -> None:
    found = _figures("Data terbaru menunjukkan 12 orang masih hilang di lokasi longsor.")
    assert [(f.value, f.source) for f in found] == [(12, None)]


def test_figures_coordinated_said_keeps_the_subject() -> None:
    text = "Spokesman Budi Santoso accused the Free Militia of using civilians and said troops had detained 30 people."
    ents = [
        _entity("Budi Santoso", "person", text, "Budi Santoso"),
        _entity("Free Militia", "organization", text, "Free Militia"),
    ]
    assert [(f.value, f.source) for f in _figures(text, ents)] == [(30, "Budi Santoso")]


def _matches(pred: list[dict[str, Any]], gold: list[dict[str, Any]]) -> tuple[int, int]:
    """Scorer matching (value + measure), one-to-one: (hits, hits with the gold qualifier)."""
    used: set[int] = set()
    hits = qual = 0
    for g in gold:
        for k, p in enumerate(pred):
            if k not in used and p["value"] == g["value"] and p["measure"] == g["measure"]:
                used.add(k)
                hits += 1
                qual += p["qualifier"] == g["qualifier"]
                break
    return hits, qual


def test_figures_gold_floor(all_gold: list[dict[str, Any]]) -> None:
    pipeline = default_pipeline()
    tp = npred = ngold = qual = 0
    for rec in all_gold:
        article = pipeline(Article(id=rec["id"], raw=rec["text"]))
        pred = [{"value": f.value, "measure": f.measure, "qualifier": f.qualifier} for f in article.figures]
        hits, q = _matches(pred, rec["figures"])
        tp, npred, ngold, qual = tp + hits, npred + len(pred), ngold + len(rec["figures"]), qual + q
    f1 = 2 * tp / (npred + ngold) if npred + ngold else 1.0
    assert f1 >= 0.9
    assert qual / max(tp, 1) >= 0.9


@settings(max_examples=150, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(list('abc XYZ 0123456789.,;:()/-–“”"\n%')), max_size=200),
    st.sampled_from([None, "2024-02-29", "2025-12-31"]),
)
def test_figures_and_dates_never_fail_and_point_into_the_text(text: str, published: str | None) -> None:
    article = Article(id="t", text=text, published=published)
    ExtractDates()(article)
    ExtractFigures()(article)
    assert all(text[d.start : d.end] == d.text for d in article.dates)
    assert all(f.evidence and 0 <= f.evidence.start <= f.evidence.end <= len(text) for f in article.figures)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Eight people were killed and 14 injured when the ferry sank.", [(8, "killed"), (14, "injured")]),
        ("At least 12 people were killed and dozens injured.", [(12, "killed")]),
        ("Two more bodies were found near the bridge.", [(2, "killed")]),
        ("Three victims died at the scene while two more died in hospital.", [(3, "killed"), (2, "killed")]),
        ("Some 3,000 residents were evacuated to relief centres.", [(3000, "displaced")]),
        ("Seramai 1,200 mangsa masih berada di PPS di Kuala Krai.", [(1200, "displaced")]),
        ("The police said 15 suspects were held in detention.", [(15, "detained")]),
        ("Malaysia would free 300 Indonesian migrant workers held in detention.", [(300, "detained")]),
        ("Thailand, a country of some 70 million people, votes today.", [(70_000_000, "other")]),
        ("Banjir itu menelan 5 korban jiwa.", [(5, "killed")]),
        ("Sebanyak 4 orang meninggal dunia dan 10 orang luka-luka.", [(4, "killed"), (10, "injured")]),
        ("Seramai 250 mangsa dipindahkan ke dewan orang ramai.", [(250, "displaced")]),
    ],
)
def test_figures_english_and_malay_phrasings(text: str, expected: list[tuple[int, str]]) -> None:
    assert [(f.value, f.measure) for f in _figures(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Serangan itu dilakukan oleh dua orang bersenjata.",
        "The attack was carried out by three gunmen.",
        "Jaringan itu dikendalikan oleh seorang narapidana dari dalam penjara.",
        "The bus overturned early Wednesday (July 9) near the toll plaza.",
        "Pada 2010 pemudik yang tewas lebih sedikit.",
    ],
)
def test_figures_agents_and_english_dates_are_not_counts(text: str) -> None:
    assert _figures(text) == []


def test_figures_other_measure_does_not_carry_into_an_unrelated_sentence() -> None:
    text = "Seorang petugas mengalami luka ringan. Polisi kini memburu dua orang lainnya yang kabur."
    assert [(f.value, f.measure) for f in _figures(text)] == [(1, "injured")]


def test_figures_breakdown_sentence_keeps_the_previous_measure() -> None:
    text = "Jumlah korban hilang kini 9 orang. Sebanyak 6 di Kampung A dan tiga orang di Kampung B."
    assert [(f.value, f.measure) for f in _figures(text)] == [(9, "missing"), (6, "missing"), (3, "missing")]


def _ents(text: str, *items: tuple[str, str, str]) -> list[Entity]:
    return [_entity(name, typ, text, surface) for name, typ, surface in items]


@pytest.mark.parametrize(
    "text",
    [
        "Kementerian Kesihatan Gaza mengeluarkan kenyataan. Kementerian itu dalam kenyataan berkata, 40 orang terbunuh.",
        "Kementerian Kesihatan Gaza bersidang. Dengan serangan ini, kementerian mencatat 40 orang tewas.",
        "Kementerian Kesihatan Gaza issued a statement. The ministry said 40 people were killed.",
        "Kementerian Kesihatan Gaza bersidang. Sebanyak 40 orang tewas, menurut kementerian tersebut.",
        "Kementerian Kesihatan Gaza bersidang. Menurut jurucakap kementerian itu, 40 orang terbunuh.",
        "Kementerian Kesihatan Gaza met. A spokesman for the ministry said 40 people were killed.",
    ],
)
def test_figures_generic_body_noun_points_at_the_last_body_of_its_kind(text: str) -> None:
    ents = _ents(text, ("Gaza Health Ministry", "organization", "Kementerian Kesihatan Gaza"))
    assert [(f.value, f.source) for f in _figures(text, ents)] == [(40, "Gaza Health Ministry")]


def test_figures_generic_body_noun_without_a_body_of_its_kind_is_no_source() -> None:
    text = "Hamas mengeluarkan kenyataan. Kementerian itu berkata, 40 orang terbunuh."
    found = _figures(text, _ents(text, ("Hamas", "organization", "Hamas")))
    assert [(f.value, f.source) for f in found] == [(40, None)]


def test_figures_according_to_mid_sentence_before_the_number() -> None:
    text = "They talked about Gaza, where according to the Health Office more than 900 people have died."
    found = _figures(text, _ents(text, ("Health Office", "organization", "Health Office")))
    assert [(f.value, f.qualifier, f.source) for f in found] == [(900, "more_than", "Health Office")]


@pytest.mark.parametrize(
    "text",
    [
        "Pertubuhan Bangsa-Bangsa Bersatu untuk Pelarian (UNHCR) menganggarkan 5,000 orang kehilangan tempat tinggal.",
        "The refugee agency of the United Nations (UNHCR) estimated 5,000 people were displaced.",
    ],
)
def test_figures_estimating_body_named_by_its_acronym(text: str) -> None:
    surface = "Pertubuhan Bangsa-Bangsa Bersatu" if text.startswith("P") else "United Nations"
    ents = _ents(text, ("United Nations", "organization", surface), ("UNHCR", "organization", "UNHCR"))
    assert [(f.value, f.source) for f in _figures(text, ents)] == [(5000, "UNHCR")]


def test_figures_body_named_after_a_place_is_not_the_place() -> None:
    text = "Lebih 800 orang ditahan, menurut Persatuan Tahanan Palestin."
    found = _figures(text, _ents(text, ("Palestine", "location", "Palestin")))
    assert [f.source for f in found] == ["Persatuan Tahanan Palestin"]


@pytest.mark.parametrize(
    "text",
    [
        "Some 100 hostages remain in the tunnels, Israeli officials said.",
        "Sebanyak 12 orang tewas, kata sumber di lokasi.",
        "Floods: Number of evacuees in the state rises to 12,400",
    ],
)
def test_figures_unnamed_sources_and_headline_topics_are_no_source(text: str) -> None:
    found = _figures(text)
    assert found and all(f.source is None for f in found)


def test_figures_passing_a_threshold_is_more_than() -> None:
    assert _triples("The death toll from the storms passed 1,000 on Sunday.") == [
        (1000, "more_than", "killed")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The landslide claimed 15 lives.", [(15, "killed")]),
        ("Quick action by the crew saved 40 lives.", []),
        ("Two suspects, aged 19 and 22, were arrested.", [(2, "detained")]),
        ("The toll now stands at 60 dead.", [(60, "killed")]),
    ],
)
def test_figures_english_verbs_and_asides(text: str, expected: list[tuple[int, str]]) -> None:
    assert [(f.value, f.measure) for f in _figures(text)] == expected


def test_figures_repeated_value_takes_the_qualifier_a_headline_dropped() -> None:
    text = "Serangan Udara Tewaskan 38 Orang\n\nSerangan itu menewaskan sedikitnya 38 orang."
    assert _triples(text) == [(38, "at_least", "killed")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Polisi Amankan 5 Orang Terkait Tawuran", [(5, "detained")]),
        ("Five Indonesian Migrant Workers Die in Boat Capsize", [(5, "killed")]),
        ("Sebanyak 5 WNI tewas dalam kecelakaan itu.", [(5, "killed")]),
        ("Tim berhasil mengevakuasi 4 korban jiwa dari reruntuhan.", [(4, "killed")]),
    ],
)
def test_figures_headline_verbs_and_more_people_nouns(text: str, expected: list[tuple[int, str]]) -> None:
    assert [(f.value, f.measure) for f in _figures(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Jumlah mangsa banjir meningkat kepada 1,500 orang setakat jam 8 pagi ini.",
        "As at 8am today, 1,500 evacuees were in relief centres.",
    ],
)
def test_figures_as_of_with_a_clock_time(text: str) -> None:
    assert [(f.value, f.as_of) for f in _figures(text)] == [(1500, "2025-02-05")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tiga nelayan dilaporkan lemas selepas bot mereka karam.", [(3, "killed")]),
        ("Sedikitnya 250 warga telah dievakuasi ke pos pengungsian terdekat.", [(250, "displaced")]),
        ("About 800 villagers have crossed into the neighbouring province.", [(800, "displaced")]),
        ("Dua di antaranya mengalami luka berat.", [(2, "injured")]),
    ],
)
def test_figures_holdout_verbs_and_subsets(text: str, expected: list[tuple[int, str]]) -> None:
    assert [(f.value, f.measure) for f in _figures(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "A ferry carrying about 120 passengers sank near the island.",
        "Kapal itu membawa 45 pekerja asing ketika karam.",
        "Rescuers found 20 survivors, including three children, on the beach.",
        "Sebanyak 15 orang selamat, termasuk dua anak, dalam kejadian itu.",
        "The agency said nearly 300 people were dead or missing this year.",
        "Sebanyak 30 orang tewas atau hilang sepanjang tahun lalu.",
    ],
)
def test_figures_passengers_survivors_and_mixed_totals_are_not_figures(text: str) -> None:
    assert _figures(text) == []


def test_figures_weekday_after_said_is_not_a_source() -> None:
    found = _figures("Twelve people were killed in the blast, police said Monday.")
    assert [(f.value, f.source) for f in found] == [(12, None)]


def test_figures_part_of_a_larger_count_takes_its_measure() -> None:
    found = _triples("Polisi menyebutkan, tiga dari delapan orang itu kemudian diperiksa dan ditahan.")
    assert (3, "exact", "detained") in found and (8, "exact", "detained") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Twenty living hostages were handed over on Monday.", [(20, "exact", "hostages")]),
        (
            "Police said three of the five suspects were arrested.",
            [(3, "exact", "detained"), (5, "exact", "detained")],
        ),
        (
            "Hakim memvonis dua dari tujuh tersangka itu.",
            [(2, "exact", "detained"), (7, "exact", "detained")],
        ),
        ("The death toll is now exceeding 40 people, officials said.", [(40, "more_than", "killed")]),
        ("Tiga nelayan dikhuatiri lemas selepas bot mereka karam.", [(3, "exact", "missing")]),
        ("Five fishermen are feared drowned after their boat capsized.", [(5, "exact", "missing")]),
        ("Two climbers are believed dead after the avalanche.", [(2, "exact", "missing")]),
        (
            "Four men were detained in a raid. The four, who were arrested in Sepang, are locals.",
            [(4, "exact", "detained")],
        ),
        (
            "Officers picked up four men in a raid. The four were arrested on Friday.",
            [(4, "exact", "detained")],
        ),
    ],
)
def test_figures_number_words_subsets_comparatives_and_feared_dead(
    text: str, expected: list[tuple[int, str, str]]
) -> None:
    assert _triples(text) == expected


def test_figures_description_source_is_the_person_described() -> None:
    text = (
        "Ketua Dewan Budi Santoso meninjau lokasi banjir. Sedikitnya 14 orang meninggal dunia, "
        "kata politikus itu."
    )
    found = _figures(text, [_entity("Budi Santoso", "person", text, "Budi Santoso")])
    assert [(f.value, f.source) for f in found] == [(14, "Budi Santoso")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a measure word in another clause does not type the number
        ("Kasus Flu di Kota Itu Tembus 2.310, 9 Pasien Meninggal", [(9, "exact", "killed")]),
        (
            "Enam peziarah meninggal dunia di Mekah, manakala hampir 200 peziarah menerima rawatan.",
            [(6, "exact", "killed")],
        ),
        (
            "Enam peziarah meninggal dunia dan 200 peziarah menerima rawatan di klinik.",
            [(6, "exact", "killed")],
        ),
        ("Tiga orang tewas; 50 lainnya berkumpul di balai desa.", [(3, "exact", "killed")]),
        # lists and coordinated counts still share their measure
        (
            "Sebanyak 4, 7 dan 11 orang hilang di tiga kampung.",
            [(4, "exact", "missing"), (7, "exact", "missing"), (11, "exact", "missing")],
        ),
        (
            "Dua orang tewas, sementara 30 warga lainnya terluka.",
            [(2, "exact", "killed"), (30, "exact", "injured")],
        ),
        ("Sebanyak 15 orang tewas, termasuk 4 anak-anak.", [(15, "exact", "killed"), (4, "exact", "killed")]),
        # detention wordings
        (
            "Sebanyak 9 anak buah kapal (ABK) asal Thailand ikut diamankan petugas.",
            [(9, "exact", "detained")],
        ),
        ("Selain itu, tiga majikan tempatan turut ditahan polis.", [(3, "exact", "detained")]),
        ("Empat lelaki dicekup dalam serbuan di Klang.", [(4, "exact", "detained")]),
        # single deaths and populations
        (
            "Seorang remaja berusia 15 tahun dari Ipoh antara yang meninggal dunia dalam nahas itu.",
            [(1, "exact", "killed")],
        ),
        (
            "Menurutnya, lebih 3,000 rakyat Korea kini tinggal dan bekerja di Johor.",
            [(3000, "more_than", "other")],
        ),
        ("Tiga orang tinggal di rumah itu bersama ibu mereka.", []),
        # a part of a people noun, a total after "melebihi"
        (
            "Sekurang-kurangnya empat daripada mangsa yang cedera masih kritikal.",
            [(4, "at_least", "injured")],
        ),
        ("Two of the victims died in hospital.", [(2, "exact", "killed")]),
        ("Jumlah kematian akibat gempa kini melebihi 2,300 orang.", [(2300, "more_than", "killed")]),
    ],
)
def test_figures_clause_detention_single_death_and_population(
    text: str, expected: list[tuple[int, str, str]]
) -> None:
    assert _triples(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Kerajaan memperuntukkan RM3,000 kepada setiap keluarga yang ditahan di depoh.",
        "Sebanyak 40 peratus penduduk kampung meninggal dunia akibat wabak itu pada 1918.",
        "Api membakar 120 hektar hutan dan dua pelaku ditangkap polisi.",
        "Puluhan warga ditangkap dalam razia itu, manakala ratusan lainnya tinggal di Johor.",
        "Seorang pegawai berusia 40 tahun berkata, 12 kasus pencurian dilaporkan bulan ini.",
    ],
)
def test_figures_clause_rules_leave_money_percent_area_vague_and_ages_out(text: str) -> None:
    values = {v for v, _, _ in _triples(text)}
    assert not values & {3000, 40, 120, 15, 12}


def test_figures_subsets_after_the_count_take_the_groups_measure() -> None:
    text = (
        "Seramai 80 pendatang asing ditahan dalam serbuan itu. \u201cKami akan bertindak tegas,\u201d katanya. "
        "Beliau berkata, semua mereka dihantar ke depoh, manakala sekurang-kurangnya 15 daripada mereka "
        "disyaki memiliki dokumen palsu. Dua orang di antaranya wanita hamil."
    )
    assert _triples(text) == [
        (80, "exact", "detained"),
        (15, "at_least", "detained"),
        (2, "exact", "detained"),
    ]


def test_figures_subset_of_an_unmeasured_count_in_the_same_sentence_is_not_a_figure() -> None:
    text = "Polis menahan 30 orang. Ujian mendapati 11 suspek positif dadah dan 6 daripadanya mempunyai rekod lampau."
    assert _triples(text) == [(30, "exact", "detained")]


def test_figures_a_pronoun_sentence_names_the_previous_counts_measure() -> None:
    text = (
        "Sebanyak 64 pekerja migran yang dihantar pulang tiba di Dumai. Mereka sebelumnya ditahan di depoh "
        "imigresen."
    )
    assert _triples(text) == [(64, "exact", "detained")]


@pytest.mark.parametrize(
    "text",
    [
        "Sebanyak 30 pelajar melawat muzium itu. Mereka tidak ditahan.",
        "Sebanyak 30 pelajar melawat muzium itu. Mereka berkata muzium itu menarik.",
        "Sebanyak 30 pelajar melawat muzium itu. Guru mereka ditahan kemudian.",
        "Sebanyak 120 relawan dikerahkan ke lokasi. Mereka membantu warga yang mengungsi.",
    ],
)
def test_figures_a_pronoun_sentence_without_a_positive_measure_adds_nothing(text: str) -> None:
    assert _triples(text) == []


@pytest.mark.parametrize("surface", ["Jabatan Kesihatan Negeri Johor", "Jabatan Kesihatan Negeri"])
def test_figures_source_acronym_resolves_to_the_body_it_abbreviates(surface: str) -> None:
    text = (
        "Jabatan Kesihatan Negeri Johor (JKNJ) memantau wabak itu. "
        "Seorang bayi dari Muar antara yang meninggal dunia, menurut kenyataan JKNJ."
    )
    found = _figures(text, [_entity("Ministry of Health (Malaysia)", "organization", text, surface)])
    assert [(f.value, f.source) for f in found] == [(1, "Ministry of Health (Malaysia)")]


def test_figures_source_acronym_without_a_named_body_stays_as_written() -> None:
    text = "Seorang bayi dari Muar antara yang meninggal dunia, menurut kenyataan JKNJ."
    assert [(f.value, f.source) for f in _figures(text)] == [(1, "JKNJ")]


def test_figures_headline_amount_after_a_saying_verb_is_not_a_source() -> None:
    text = "Polisi Ungkap Peredaran 3 Ton Ganja, 40 Tersangka Ditangkap"
    assert [(f.value, f.measure, f.source) for f in _figures(text)] == [(40, "detained", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At least 15 passengers were injured when the bus overturned.", [(15, "at_least", "injured")]),
        ("Some 300 passengers were evacuated from the stalled train.", [(300, "about", "displaced")]),
        ("Hingga malam ini, lima penumpang masih dinyatakan hilang.", [(5, "exact", "missing")]),
        ("Mayat seorang daripada nelayan itu ditemukan di pantai.", [(1, "exact", "killed")]),
        ("Jenazah tiga pendaki dibawa turun dari gunung.", [(3, "exact", "killed")]),
        (
            "Polisi menahan delapan orang tersangka, termasuk tiga pihak swasta.",
            [(8, "exact", "detained"), (3, "exact", "detained")],
        ),
        ("Lebih 50,000 rakyat Indonesia yang bekerja di Johor terjejas.", []),
        ("Kira-kira 40,000 warga Vietnam yang bekerja di Taiwan.", [(40000, "about", "other")]),
    ],
)
def test_figures_riders_bodies_subsets_and_workers_abroad(
    text: str, expected: list[tuple[int, str, str]]
) -> None:
    assert _triples(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Feri itu membawa 120 penumpang ketika berlepas dari jeti.",
        "The train had 400 passengers on board.",
        "Sebanyak 30 penumpang ditemukan dalam keadaan selamat.",
        "Seramai 11 penumpang lain terselamat tanpa sebarang kecederaan.",
        "Tiket untuk 200 penumpang dijual dengan harga RM50.",
        "Sebanyak 500 pekerja bekerja di kilang itu setiap hari.",
        "Jenazah korban dimakamkan pada 2019 di kampung halamannya.",
        "Pengusaha itu dihukum penjara tujuh tahun dan denda Rp 500 juta.",
        "Sebanyak 60 persen penumpang memilih kereta api.",
        "Jenazah kedua-dua mangsa berusia 12 tahun dikebumikan.",
        "Banjir merendam 300 hektar sawah dan ratusan penumpang terkandas.",
        "Calon itu meraih 5.000 suara daripada 8.000 penumpang yang mengundi.",
    ],
)
def test_figures_riders_and_workers_without_a_measure_are_left_out(text: str) -> None:
    assert _figures(text) == []


def test_figures_said_body_officer_names_the_officer() -> None:
    text = "Some 80 residents were evacuated, said Civil Defence Force director Aminah Salleh."
    entities = [
        _entity("Civil Defence Force", "organization", text, "Civil Defence Force"),
        _entity("Aminah Salleh", "person", text, "Aminah Salleh"),
    ]
    assert [(f.value, f.source) for f in _figures(text, entities)] == [(80, "Aminah Salleh")]


def test_figures_members_described_by_a_copula_share_the_measure() -> None:
    text = "Polisi menangkap sembilan tersangka di Medan. Tiga tersangka merupakan warga negara Thailand."
    assert _triples(text) == [(9, "exact", "detained"), (3, "exact", "detained")]


@pytest.mark.parametrize(
    "text",
    [
        "Polisi menangkap sembilan tersangka di Medan. Dua tersangka lain masih buron.",
        "Polisi menangkap sembilan tersangka. Polisi menyebut 12 tersangka merupakan residivis.",
        "Polisi menangkap sembilan tersangka. Dua saksi merupakan warga Medan.",
    ],
)
def test_figures_copula_needs_a_larger_earlier_count_of_the_same_noun(text: str) -> None:
    assert _triples(text) == [(9, "exact", "detained")]
