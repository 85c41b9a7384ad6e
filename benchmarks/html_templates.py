"""Five invented Indonesian/Malaysian news-page templates that wrap a scraped article in site chrome.

Used by benchmarks/bench_html_idms.py and tests/clean/test_html_idms_pages.py. The article comes
from a gold record at run time (never stored here): its body lines become <p>/<h2>, and each of
its gold boilerplate lines is rendered where it sits, the way a real site marks it up ("Baca
Juga" link paragraphs, ad slots, figure captions, bylines, tag lists, comment forms). Around it
each template adds its own chrome: menus, breadcrumb, share buttons, related and popular lists,
footer. Deterministic: no randomness. All the markup and chrome text are written for this file.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

_TERMINAL = re.compile(r"[.!?…:;\"”’)]\s*$")


@dataclass(slots=True)
class PageArticle:
    """One gold article split the way a page shows it: headline, body lines, noise lines in place."""

    id: str
    headline: str  # the <h1>; a text line when the text opens with a headline-like line
    headline_in_text: bool
    lines: list[tuple[str, bool]]  # (line, is_boilerplate) in text order, headline excluded
    top: list[str] = field(default_factory=list)  # noise above the headline (section label): page header
    under: list[str] = field(default_factory=list)  # noise right under it (byline, date): page header
    published: str | None = None
    outlet: str | None = None
    reference: list[str] = field(default_factory=list)  # gold main text lines, headline included
    boilerplate: list[str] = field(default_factory=list)


def from_gold(rec: dict[str, Any]) -> PageArticle:
    """The reference main text = the record's text lines minus its boilerplate lines, blanks dropped."""
    noise = {b.strip() for b in rec.get("boilerplate", [])}
    raw = [ln.strip() for ln in rec["text"].splitlines() if ln.strip()]
    lines = [(ln, ln in noise) for ln in raw]
    reference = [ln for ln, bad in lines if not bad]
    first = next((i for i, (_, bad) in enumerate(lines) if not bad), None)
    top: list[str] = []
    under: list[str] = []
    if first is not None and _headline_like(lines[first][0]):
        headline, in_text = lines[first][0], True
        top, lines = [ln for ln, _ in lines[:first]], lines[first + 1 :]
        while lines and lines[0][1]:  # a real page shows these in its header, around the <h1>
            under.append(lines.pop(0)[0])
    else:
        # the scrape lost the headline: a page still has one; make it from the opening words
        words = reference[0].split() if reference else ["Berita"]
        headline, in_text = " ".join(words[:9]).rstrip(",.;:"), False
    return PageArticle(
        id=rec["id"],
        headline=headline,
        headline_in_text=in_text,
        lines=lines,
        top=top,
        under=under,
        published=rec.get("published"),
        outlet=rec.get("outlet"),
        reference=reference,
        boilerplate=[b.strip() for b in rec.get("boilerplate", []) if b.strip()],
    )


def _headline_like(line: str) -> bool:
    # not a dateline cut from its paragraph ("Jakarta, Pahami.id –")
    return 4 <= len(line.split()) <= 20 and not _TERMINAL.search(line) and not line.endswith(("-", "–", "—"))


def noise_kind(line: str) -> str:
    """How a site would mark up this noise line (a guess from its wording, not from the record)."""
    low = line.lower()
    if re.match(r"^(baca( juga)?|lihat juga|artikel (berkaitan|terbaharu)|pilihan editor)\b", low):
        return "readmore"
    if re.search(r"\biklan\b|advert|langganan", low):
        return "ad"
    if low.startswith("#"):
        return "tags"
    if re.match(r"^(leave a reply|your email address|tinggalkan balasan)", low):
        return "comment"
    if len(line.split()) >= 12:
        return "caption"
    if re.match(r"^(penulis|editor|pewarta|reporter|artikel ini ditulis)\b", low):
        return "byline"
    if re.search(r"\d{1,2}[:/.]\d{2}|disiarkan pada|\b(wib|myt)\b", low):
        return "date"
    if len(line.split()) >= 7 or re.search(r"\bfoto\b|\bgambar\b|/istimewa|handout", low):
        return "caption"
    return "credit"


def _is_subheading(line: str) -> bool:
    return len(line.split()) <= 8 and not _TERMINAL.search(line)


def _e(text: str) -> str:
    return html.escape(text, quote=False)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:70]


# Chrome text written for these templates (invented headlines, menus and footers).
MENU = ["Home", "News", "Nasional", "Internasional", "Ekonomi", "Bisnis", "Olahraga", "Sepakbola", "Otomotif"]
MENU += ["Teknologi", "Hiburan", "Seleb", "Gaya Hidup", "Kesehatan", "Travel", "Kuliner", "Foto", "Video"]
MENU += ["Infografis", "Opini", "Indeks", "Daerah", "Jabar", "Jatim", "Sumut", "Kalbar", "Sulsel", "Papua"]
RELATED = [
    "Harga Cabai Rawit di Pasar Induk Naik Jelang Akhir Tahun",
    "Banjir Rob Kembali Rendam Permukiman Warga Pesisir Utara",
    "Pemerintah Siapkan Skema Baru Subsidi Pupuk untuk Petani Kecil",
    "Timnas U-23 Tiba di Doha, Langsung Gelar Latihan Ringan",
    "Kereta Cepat Catat Lonjakan Penumpang Selama Libur Panjang",
    "Ribuan Jemaah Padati Masjid Raya untuk Salat Tarawih Pertama",
    "Kerajaan Umum Bantuan Tunai Tambahan untuk Isi Rumah Berpendapatan Rendah",
    "Polis Tahan Dua Lelaki Disyaki Terbabit Sindiket Penipuan Dalam Talian",
    "Cuaca Panas Dijangka Berterusan Hingga Hujung Bulan Ini",
    "Gempa Magnitudo 5,1 Guncang Wilayah Selatan, Tidak Berpotensi Tsunami",
]
POPULAR = [
    "Viral Video Pengendara Motor Lawan Arus di Jalan Tol",
    "Jadwal Lengkap Liga Champions Pekan Ini dan Link Streaming",
    "Ini Daftar Lengkap Libur Nasional dan Cuti Bersama Tahun Depan",
    "Resep Rendang Daging Empuk ala Rumah Makan Padang",
    "Ramalan Cuaca Besok: Hujan Lebat di Sebagian Besar Wilayah",
]
SHARE = ["Bagikan", "Facebook", "Twitter", "WhatsApp", "Telegram", "Salin Link"]
FOOTER = [
    "Tentang Kami",
    "Redaksi",
    "Pedoman Media Siber",
    "Kode Etik",
    "Karir",
    "Kontak",
    "Kebijakan Privasi",
]


def _links(items: list[str], cls: str, tag: str = "li") -> str:
    return "".join(f'<{tag} class="{cls}"><a href="/{_slug(t)}">{_e(t)}</a></{tag}>' for t in items)


def _head(a: PageArticle, site: str, domain: str, section: str) -> str:
    url = f"https://www.{domain}/{section.lower()}/{_slug(a.headline)}"
    desc = next((ln for ln, bad in a.lines if not bad), a.headline)[:160]
    date = (
        f'<meta property="article:published_time" content="{a.published}T08:22:00+07:00">'
        if a.published
        else ""
    )
    return (
        f'<head><meta charset="utf-8"><title>{_e(a.headline)} - {site}</title>'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<meta name="description" content="{html.escape(desc)}">'
        f'<meta property="og:type" content="article"><meta property="og:site_name" content="{site}">'
        f'<meta property="og:title" content="{html.escape(a.headline)}">'
        f'<meta property="og:url" content="{url}"><link rel="canonical" href="{url}">{date}'
        f'<script>window.dataLayer=window.dataLayer||[];dataLayer.push({{"section":"{section}"}});</script>'
        f"<style>.ads{{min-height:250px}}</style></head>"
    )


@dataclass(frozen=True, slots=True)
class Template:
    """A site style: how each noise kind is marked up, what chrome goes around and inside the body."""

    name: str
    site: str
    domain: str
    noise: dict[str, str]  # kind -> markup with {t} (escaped line) and {rest} (text after "Baca juga:")
    h1: str  # the headline element with {t}
    inline: Callable[[int], str]  # chrome inserted after body paragraph i (0-based), "" for none
    page: Callable[[PageArticle, str, str], str]  # (article, rendered headline block, body) -> page
    br_body: bool = False  # story as text runs split by <br><br> in one <div> (wire sites), not <p>s


def _render_noise(t: Template, line: str) -> str:
    kind = noise_kind(line)
    head, _, rest = line.partition(":")
    if kind == "readmore" and rest.strip():
        return t.noise["readmore"].format(t=_e(head + ":"), rest=_e(rest.strip()), href=_slug(rest))
    if kind == "readmore":
        return t.noise["readmore_bare"].format(t=_e(line))
    return t.noise[kind].format(t=_e(line))


def render_body(t: Template, a: PageArticle) -> str:
    parts: list[str] = []
    n_body = 0
    last = max((i for i, (_, bad) in enumerate(a.lines) if not bad), default=-1)
    for i, (line, bad) in enumerate(a.lines):
        if bad:
            parts.append(_render_noise(t, line))
            continue
        # a short line inside the story is a subheading; the last one is a truncated tail paragraph
        tag = "h2" if n_body and i != last and _is_subheading(line) else "p"
        if t.br_body:
            parts.append(f"<b>{_e(line)}</b><br><br>" if tag == "h2" else f"{_e(line)}<br><br>")
        else:
            parts.append(f"<{tag}>{_e(line)}</{tag}>")
        parts.append(t.inline(n_body))
        n_body += 1
    return "\n".join(parts)


def render(t: Template, a: PageArticle) -> str:
    head = [_render_noise(t, ln) for ln in a.top] + [t.h1.format(t=_e(a.headline))]
    head += [_render_noise(t, ln) for ln in a.under]
    return "<!DOCTYPE html>\n" + t.page(a, "\n".join(head), render_body(t, a))


def _date_text(a: PageArticle, style: str) -> str:
    day = a.published or "2024-01-07"
    y, m, d = day.split("-")
    months = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]
    if style == "ms":
        return f"{int(d)} {months[int(m) - 1]} {y}, 8:22 am"
    return f"Minggu, {d} {months[int(m) - 1]} {y} 08:22 WIB"


# --- 1. detik/Kompas-like portal -------------------------------------------------------------


def _portal_page(a: PageArticle, h1: str, body: str) -> str:
    t = PORTAL
    return f"""<html lang="id">{_head(a, t.site, t.domain, "Internasional")}<body>
<header class="header"><div class="logo"><a href="/">{t.site}</a></div>
<nav class="nav-main"><ul>{_links(MENU, "nav-item")}</ul></nav>
<div class="search"><form action="/search"><input name="q" placeholder="Cari berita"><button>Cari</button></form></div></header>
<div class="ads ads-billboard">ADVERTISEMENT</div>
<main><div class="breadcrumb"><a href="/">Home</a> <span>›</span> <a href="/internasional">Internasional</a></div>
<article class="detail"><div class="detail__header">{h1}
<div class="detail__author">Tim Redaksi - {t.site}</div><div class="detail__date">{_date_text(a, "id")}</div></div>
<div class="detail__media"><figure><img src="/img/{a.id}.jpg" alt=""><figcaption class="detail__media-caption">Ilustrasi. (Dok. Redaksi)</figcaption></figure></div>
<div class="detail__body-text itp_bodycontent">
{body}
</div>
<div class="detail__body-tag"><span>Tag</span>{_links(["internasional", "berita terkini", "dunia"], "nav", "a")}</div>
<div class="share-box">{"".join(f"<span>{s}</span>" for s in SHARE)}</div></article>
<section class="list-content"><h2>Berita Terkait</h2><ul>{_links(RELATED[:5], "list-content__item")}</ul></section>
<aside class="sidebar"><h2>Terpopuler</h2><ol>{_links(POPULAR, "populer")}</ol><div class="ads">ADVERTISEMENT</div></aside></main>
<footer><ul>{_links(FOOTER, "footer-link")}</ul><p>Copyright @ 2024 {t.site}. All rights reserved</p></footer>
</body></html>"""


def _portal_inline(i: int) -> str:
    if i == 1:
        return '<div class="parallaxindetail"><div class="ads">ADVERTISEMENT</div><p class="para_caption">SCROLL TO CONTINUE WITH CONTENT</p></div>'
    return ""


PORTAL = Template(
    name="portal",
    site="DetikWarta",
    domain="detikwarta.example",
    h1='<h1 class="detail__title">{t}</h1>',
    noise={
        "readmore": '<p><strong>{t}</strong> <a href="/{href}">{rest}</a></p>',
        "readmore_bare": '<div class="lihatjg"><strong>{t}</strong></div>',
        "ad": '<div class="ads ads-inarticle"><span>{t}</span></div>',
        "tags": '<div class="detail__body-tag">{t}</div>',
        "comment": '<div class="komentar"><h3>{t}</h3></div>',
        "byline": '<div class="detail__author">{t}</div>',
        "date": '<div class="detail__date">{t}</div>',
        "caption": '<figure class="pic_artikel"><img src="/img/x.jpg" alt=""><figcaption>{t}</figcaption></figure>',
        "credit": '<p class="source">{t}</p>',
    },
    inline=_portal_inline,
    page=_portal_page,
)

# --- 2. Tribun-like regional network: "Baca juga" inside the body, pagination -----------------


def _tribun_page(a: PageArticle, h1: str, body: str) -> str:
    t = TRIBUN
    pages = "".join(f'<a href="?page={i}">{i}</a>' for i in range(1, 4))
    return f"""<html lang="id">{_head(a, t.site, t.domain, "Internasional")}<body>
<div id="header"><div class="logo">{t.site}</div><ul class="menu">{_links(MENU, "menu-item")}</ul>
<ul class="submenu">{_links(MENU[10:22], "sub")}</ul></div>
<div class="breadcrumb" itemscope><a href="/">Home</a> » <a href="/internasional">Internasional</a> » <span>Timur Tengah</span></div>
<div id="article">{h1}
<div id="penulis">Penulis: <a href="/penulis/redaksi">Redaksi Daerah</a> | Editor: <a href="/editor/e">Editor Jaga</a></div>
<time class="grey">{_date_text(a, "id")}</time>
<div class="share">{"".join(f'<a class="sh">{s}</a>' for s in SHARE)}</div>
<div class="side-article txt-article multi-fontsize">
{body}
</div>
<div class="paging"><span>Halaman</span>{pages}<a href="?page=2">Selanjutnya</a><a href="?page=all">Tampilkan Semua</a></div>
<div class="tagcloud3"><h5>Berita Terkait :</h5>{_links(["Israel", "Palestina", "Timur Tengah"], "tag", "a")}</div></div>
<div class="terkait"><h3>Artikel Terkait</h3><ul>{_links(RELATED[2:8], "art-list")}</ul></div>
<div class="populer"><h3>Populer</h3><ul>{_links(POPULAR, "pop")}</ul></div>
<div id="footer"><ul>{_links(FOOTER, "f")}</ul><p>© 2024 {t.site}. All Right Reserved</p></div>
</body></html>"""


def _tribun_inline(i: int) -> str:
    if i in (1, 4, 8):
        head = RELATED[(i * 3) % len(RELATED)]
        return f'<p><strong>Baca juga: </strong><a href="/{_slug(head)}" class="blue">{_e(head)}</a></p>'
    return ""


TRIBUN = Template(
    name="tribun",
    site="TribunWarta",
    domain="tribunwarta.example",
    h1='<h1 id="arttitle">{t}</h1>',
    noise={
        "readmore": '<p><strong>{t}</strong> <a href="/{href}" class="blue">{rest}</a></p>',
        "readmore_bare": "<p><strong>{t}</strong></p>",
        "ad": '<div class="ads-placeholder"><div>{t}</div></div>',
        "tags": '<div class="tagcloud3">{t}</div>',
        "comment": '<div class="komen"><h5>{t}</h5></div>',
        "byline": '<div id="penulis">{t}</div>',
        "date": '<time class="grey">{t}</time>',
        "caption": '<div class="ovh imgfull_div"><img src="/img/x.jpg" alt=""><div class="arial f12 grey2 pt5">{t}</div></div>',
        "credit": "<p><strong>{t}</strong></p>",
    },
    inline=_tribun_inline,
    page=_tribun_page,
)

# --- 3. Harian Metro / Berita Harian-like Malaysian daily --------------------------------------


def _metro_page(a: PageArticle, h1: str, body: str) -> str:
    t = METRO
    return f"""<html lang="ms">{_head(a, t.site, t.domain, "Global")}<body>
<div class="top-bar"><a href="/langgan">Langgan</a> <a href="/log-masuk">Log Masuk</a> <a href="/epaper">E-Paper</a></div>
<nav class="main-menu"><ul>{_links(["Utama", "Semasa", "Global", "Arena", "Rap", "Hati", "Santai", "Addin", "Video", "Bisnes"], "menu")}</ul></nav>
<ol class="breadcrumb"><li><a href="/">Utama</a></li><li><a href="/global">Global</a></li></ol>
<div class="article-wrap"><span class="category">Global</span>{h1}
<div class="article-meta"><span class="author">Oleh Agensi</span> <span class="created">{_date_text(a, "ms")}</span></div>
<div class="field-body" itemprop="articleBody">
{body}
</div>
<div class="field-tags"><span>Topik:</span>{_links(["Gaza", "Antarabangsa", "Berita Global"], "tag", "a")}</div>
<div class="share-bar"><span>Kongsi</span><a>Facebook</a><a>X</a><a>WhatsApp</a><a>Telegram</a></div></div>
<div class="more-news"><h3>Artikel Berkaitan</h3><ul>{_links(RELATED[5:10], "rel")}</ul></div>
<div class="most-read"><h3>Paling Popular</h3><ol>{_links(POPULAR, "mp")}</ol></div>
<footer class="site-footer"><p>{_links(["Hubungi Kami", "Pengiklanan", "Terma Penggunaan", "Dasar Privasi"], "ft", "a")}</p>
<p>Hak Cipta Terpelihara © 2024 {t.site}</p></footer></body></html>"""


def _metro_inline(i: int) -> str:
    if i == 2:
        return '<div class="ads-inread"><p class="ad-label">iklan</p><div id="div-gpt-ad-2"></div></div>'
    return ""


METRO = Template(
    name="metro",
    site="Harian Warta",
    domain="harianwarta.example.my",
    h1='<h1 class="page-title">{t}</h1>',
    noise={
        "readmore": '<div class="related-inline"><strong>{t}</strong> <a href="/{href}">{rest}</a></div>',
        "readmore_bare": '<div class="related-inline"><h4>{t}</h4></div>',
        "ad": '<div class="ads-inread"><p class="ad-label">{t}</p></div>',
        "tags": '<div class="field-tags">{t}</div>',
        "comment": '<div class="comments"><h4>{t}</h4></div>',
        "byline": '<div class="article-meta"><span class="author">{t}</span></div>',
        "date": '<div class="article-meta"><span class="created">{t}</span></div>',
        "caption": '<div class="field-image"><img src="/img/x.jpg" alt=""><div class="caption">{t}</div></div>',
        "credit": '<p class="credit"><em>{t}</em></p>',
    },
    inline=_metro_inline,
    page=_metro_page,
)

# --- 4. Antara/Bernama-like wire service -------------------------------------------------------


def _wire_page(a: PageArticle, h1: str, body: str) -> str:
    t = WIRE
    return f"""<html lang="id">{_head(a, t.site, t.domain, "Dunia")}<body>
<nav class="navbar"><a class="brand" href="/">{t.site}</a><ul>{_links(MENU[:16], "nav-link")}</ul>
<ul class="lang"><li>ID</li><li>EN</li></ul></nav>
<div class="container"><ul class="breadcrumb"><li><a href="/">Beranda</a></li><li><a href="/dunia">Dunia</a></li></ul>
<div class="post-header">{h1}
<p class="text-muted"><i class="fa fa-clock"></i> {_date_text(a, "id")}</p></div>
<div class="post-content clearfix">
{body}
<p class="text-muted small mt-2">Pewarta: Redaksi Wire<br>Editor: Meja Dunia<br>COPYRIGHT © {t.site} 2024</p>
</div>
<div class="tags-wrapper"><ul>{_links(["Dunia", "Timur Tengah", "Diplomasi"], "tag")}</ul></div>
<div class="share">{"".join(f'<a class="btn">{s}</a>' for s in SHARE)}</div>
<div class="related"><h3>Berita Terkait</h3>{_links(RELATED[:4], "rel", "p")}</div>
<div class="terpopuler"><h3>Terpopuler</h3>{_links(POPULAR, "pop", "p")}</div></div>
<footer><p>{_links(FOOTER, "ft", "a")}</p><p>Copyright © 2024 {t.site}</p></footer></body></html>"""


WIRE = Template(
    name="wire",
    site="Kantor Berita Warta",
    domain="wartanews.example",
    h1='<h1 class="post-title">{t}</h1>',
    noise={
        "readmore": '<p class="baca-juga"><span>{t}</span> <a href="/{href}">{rest}</a></p>',
        "readmore_bare": '<p class="baca-juga"><span>{t}</span></p>',
        "ad": '<div class="adsbygoogle"><small>{t}</small></div>',
        "tags": '<div class="tags-wrapper">{t}</div>',
        "comment": '<div class="comment"><h4>{t}</h4></div>',
        "byline": '<p class="text-muted small">{t}</p>',
        "date": '<p class="text-muted">{t}</p>',
        "caption": '<div class="wrap__article-detail-image"><img src="/img/x.jpg" alt=""><p class="wp-caption-text">{t}</p></div>',
        "credit": "<p>{t}</p>",
    },
    inline=lambda i: "",
    page=_wire_page,
    br_body=True,
)

# --- 5. WordPress-style blog with a comment form ----------------------------------------------


def _blog_page(a: PageArticle, h1: str, body: str) -> str:
    t = BLOG
    return f"""<html lang="id">{_head(a, t.site, t.domain, "Dunia")}<body class="single single-post">
<div id="page" class="site"><header id="masthead" class="site-header"><p class="site-title"><a href="/">{t.site}</a></p>
<p class="site-description">Berita dan Analisis Terkini</p>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu">{_links(MENU[:12], "menu-item")}</ul></nav></header>
<div id="content" class="site-content"><main id="main" class="site-main">
<nav class="breadcrumbs"><a href="/">Beranda</a> / <a href="/category/dunia">Dunia</a></nav>
<article class="post type-post status-publish"><header class="entry-header">{h1}
<div class="entry-meta"><span class="posted-on"><time class="entry-date published">{_date_text(a, "id")}</time></span>
<span class="byline"> oleh <span class="author vcard"><a href="/author/admin">admin</a></span></span></div></header>
<div class="entry-content">
{body}
</div>
<footer class="entry-footer"><span class="cat-links">Posted in <a href="/category/dunia">Dunia</a></span>
<span class="tags-links">Tagged <a>Internasional</a>, <a>Timur Tengah</a></span></footer></article>
<nav class="navigation post-navigation"><div class="nav-previous"><a href="/prev">{_e(RELATED[0])}</a></div>
<div class="nav-next"><a href="/next">{_e(RELATED[1])}</a></div></nav>
<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3>
<form action="/wp-comments-post.php" method="post" id="commentform"><p class="comment-notes">Your email address will not be published. Required fields are marked *</p>
<p class="comment-form-comment"><label for="comment">Comment</label><textarea id="comment" name="comment"></textarea></p>
<p class="comment-form-author"><label for="author">Name *</label><input id="author"></p>
<p class="form-submit"><input type="submit" value="Post Comment"></p></form></div></div></main>
<aside id="secondary" class="widget-area"><section class="widget"><h2 class="widget-title">Recent Posts</h2><ul>{_links(RELATED[3:8], "rp")}</ul></section>
<section class="widget"><h2 class="widget-title">Categories</h2><ul>{_links(["Dunia", "Nasional", "Opini", "Analisis"], "cat-item")}</ul></section></aside></div>
<footer id="colophon" class="site-footer"><div class="site-info">Proudly powered by WordPress | Theme: Newsup by Themeansar.</div></footer></div>
</body></html>"""


BLOG = Template(
    name="blog",
    site="Warta Dunia Islam",
    domain="wartadunia.example",
    h1='<h1 class="entry-title">{t}</h1>',
    noise={
        "readmore": '<p><strong>{t}</strong> <a href="/{href}">{rest}</a></p>',
        "readmore_bare": "<p><strong>{t}</strong></p>",
        "ad": '<div class="code-block code-block-2"><p>{t}</p></div>',
        "tags": "<p>{t}</p>",
        "comment": '<h3 class="comment-reply-title">{t}</h3>',
        "byline": "<p><em>{t}</em></p>",
        "date": '<p class="post-date">{t}</p>',
        "caption": '<figure class="wp-block-image"><img src="/img/x.jpg" alt=""><figcaption>{t}</figcaption></figure>',
        "credit": "<p>{t}</p>",
    },
    inline=lambda i: "",
    page=_blog_page,
)

TEMPLATES: list[Template] = [PORTAL, TRIBUN, METRO, WIRE, BLOG]
