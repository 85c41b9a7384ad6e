"""Title, outlet, author and publication date, only from where the page states them.

A date in the story ("kata dia, Senin (4/2/2025)") is an event date, not the publication date:
the publication date comes from a publication line, a date stamp line, a full YYYY/MM/DD in the
URL path, or the HTML metadata. Unknown stays None: a wrong date is worse than none.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from importlib import resources
from typing import ClassVar
from urllib.parse import unquote, urlparse

from warta.calendar import find_date, make_iso
from warta.clean.boilerplate import DATELINE, looks_like_headline
from warta.clean.rules import credit_names
from warta.model import Article
from warta.registry import register

_URL_DATE = re.compile(r"/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:/|$)")
_DOMAIN = re.compile(r"\b([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:com|co|id|my|net|org|tv)(?:\.[a-z]{2})?)\b")
_TITLE_NAME = re.compile(r"[A-Z][a-z]+(?:[ .][A-Z][a-z]+){0,3}")
_DATE_REASONS = ("publication", "dateline", "byline")
_BYLINE_LABEL = re.compile(
    r"^(?:penulis|reporter|pewarta|wartawan|oleh|by|written by|reported by|reporting by"
    r"|laporan\s+(?:wartawan|reporter|koresponden|jurnalis|kontributor)\s+\S+?,)\s*:?\s*(.*)$",
    re.I,
)
_BYLINE_CUT = re.compile(r"\s+[-–—|]\s+|\s*[(|;]")
_BYLINE_OUTLET = re.compile(r"\(([^()]{2,40})\)$|\s[-–—|]\s+([^-–—|]{2,40})$")
_STAMP_OUTLET = re.compile(r"^([^-–—●|,\d]{2,30}?)\s*[-–—●|,]")
_TEAM = re.compile(r"^(?:tim|team)\b", re.I)
# "Updated: ..." / "Dikemaskini: ..." is a later date than the publication: the last resort
_UPDATED = re.compile(r"^\W*(?:last\s+)?(?:updated|modified|dikemaskini|dikemas\s+kini|diperbarui)\b", re.I)
EARLIEST = dt.date(1990, 1, 1)
_LINK = re.compile(r"\bhttps?://[^\s<>\"“”]+", re.I)
_OUTLET_WORDS = r"[A-Za-z][\w.+-]*(?: [A-Z][\w.+-]*){0,2}"
_SELF_NAMED = re.compile(
    rf"\b(?i:ketika|saat|semasa|apabila) (?:dihubungi|ditemui|dihubungi oleh|ditemui oleh) ({_OUTLET_WORDS})"
    rf"|\b({_OUTLET_WORDS}) (?:difahamkan|dimaklumkan)\b"
)


@cache
def outlet_table() -> tuple[dict[str, str], dict[str, str]]:
    """(domain -> outlet, lower-cased surface name -> outlet)."""
    text = resources.files("warta.knowledge").joinpath("outlets.tsv").read_text(encoding="utf-8")
    domains: dict[str, str] = {}
    names: dict[str, str] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        canonical, domain, *rest = ([*line.split("\t"), ""])[:3]
        domains[domain.strip().lower()] = canonical
        names[canonical.lower()] = canonical
        for alias in (rest[0] if rest else "").split(","):
            if alias.strip():
                names[alias.strip().lower()] = canonical
    return domains, names


def outlet_for_domain(host: str) -> str | None:
    domains, _ = outlet_table()
    host = host.lower().removeprefix("www.").removeprefix("m.")
    while host:
        if host in domains:
            return domains[host]
        if "." not in host:
            return None
        host = host.split(".", 1)[1]
    return None


def outlet_for_name(name: str) -> str | None:
    _, names = outlet_table()
    return names.get(name.strip().lower())


def published_date(article: Article, today: dt.date | None = None) -> str | None:
    latest = today or dt.date.today()
    lines = [r.line for r in article.removed if r.reason in _DATE_REASONS]
    lines.sort(key=lambda ln: bool(_UPDATED.match(ln)))
    found = [find_date(ln) for ln in lines]
    meta = article.extra.get("html.meta", {})
    meta_date = meta.get("date") if isinstance(meta, dict) else None
    # a page's own metadata beats stamps in its main text, which may be update or comment dates
    candidates: list[str | None] = [meta_date] if article.format == "html" else []
    candidates += [f[0] for f in found if f]
    candidates.append(url_date(article.url))
    candidates.append(meta_date)
    candidates.append(article.extra.get("feed.published"))
    candidates += [url_date(u) for u in _credit_urls(article)]
    for iso in candidates:
        if iso and EARLIEST <= dt.date.fromisoformat(iso[:10]) <= latest:
            return iso[:10]
    if article.format == "html" and article.raw:
        # nothing usable above (an out-of-range stamp does not count): the raw page's own dates
        from warta.clean.html import page_date

        iso = page_date(article.raw, article.url)
        if iso and EARLIEST <= dt.date.fromisoformat(iso[:10]) <= latest:
            return iso[:10]
    return None


def _credit_urls(article: Article) -> list[str]:
    """Addresses printed in a source-credit line ("Artikel ini telah tayang di X dengan judul ...,
    https://x.com/2024/11/12/..."): the same story's own address, the last resort for its date.
    Other lines' links ("Baca juga: https://...") point at other stories and are not used."""
    lines = [r.line for r in article.removed if r.reason == "publication"]
    return [m.group(0) for line in lines for m in _LINK.finditer(line)]


def url_date(url: str | None) -> str | None:
    if not url:
        return None
    m = _URL_DATE.search(urlparse(unquote(url)).path)
    return make_iso(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None


def find_outlet(article: Article) -> str | None:
    lines = article.text.split("\n")
    for line in lines[:4]:
        m = DATELINE.match(line)
        if m:
            # "Jakarta (ANTARA) -", "PUTRAJAYA, 5 Mac (Bernama) --": the page's own agency desk
            paren = m.group("paren")
            if paren and (outlet_for_name(paren) or _domain_outlet(paren)):
                return outlet_for_name(paren) or _domain_outlet(paren)
            parts = re.split(r"\s*,\s*", m.group(0).rstrip(" -–—:"))
            for part in parts:
                found = outlet_for_name(part) or _domain_outlet(part)
                if found:
                    return found
            # "Gaza, Purna Warta –": an unknown outlet after the place, written in title case
            if len(parts) == 2 and _TITLE_NAME.fullmatch(parts[1]):
                return parts[1]
    for r in article.removed[:4]:
        # a line that is only the site's name near the top ("CNN Indonesia", "Jakarta Globe")
        bare = r.line.strip(" -–—()[]|.:")
        if r.reason == "credit" and bare.casefold() not in credit_names() and outlet_for_name(bare):
            return outlet_for_name(bare)
    for r in article.removed:
        # "Nur Janti (The Jakarta Post)", "Tim detikcom - detikNews": the reporter's own outlet
        m = _BYLINE_OUTLET.search(r.line.strip()) if r.reason == "byline" else None
        if m and outlet_for_name(m.group(1) or m.group(2)):
            return outlet_for_name(m.group(1) or m.group(2))
        # "Kompas.com - 12/06/2025, 14:30 WIB": the site's own date stamp
        m = _STAMP_OUTLET.match(r.line.strip()) if r.reason == "dateline" else None
        if m and outlet_for_name(m.group(1)):
            return outlet_for_name(m.group(1))
    for r in article.removed:
        if r.reason == "credit":
            for dom in _DOMAIN.findall(r.line):
                found = outlet_for_name(dom) or _domain_outlet(dom)
                if found:
                    return found
    if article.url:
        found = outlet_for_domain(urlparse(article.url).hostname or "")
        if found:
            return found
    for line in lines[-3:]:
        m = re.search(r"[-–—]\s*([A-Z][\w.]+)\s*$", line)
        # a sign-off line of its own; a credit ending a sentence ("... cedera. - BBC") cites a source
        if m and outlet_for_name(m.group(1)) and len(line[: m.start()].split()) <= 2:
            return outlet_for_name(m.group(1))
    text = article.text
    hints = ("dihubungi", "ditemui", "difahamkan", "dimaklumkan")  # every match of _SELF_NAMED holds one
    for m in _SELF_NAMED.finditer(text) if any(h in text for h in hints) else ():
        # "ketika dihubungi Kompas.com", "Utusan Malaysia difahamkan": the page's own reporters
        words = (m.group(1) or m.group(2)).split()
        for k in range(len(words)):  # "Menurut Utusan Malaysia": the name is an end of the run
            found = outlet_for_name(" ".join(words[k:]))
            if found:
                return found
    meta = article.extra.get("html.meta", {})
    if isinstance(meta, dict) and meta.get("sitename"):
        return outlet_for_name(meta["sitename"]) or meta["sitename"]
    if article.url:
        host = urlparse(article.url).hostname or ""
        return outlet_for_domain(host) or (host.removeprefix("www.") or None)
    return None


def _domain_outlet(token: str) -> str | None:
    m = _DOMAIN.fullmatch(token.strip())
    if not m:
        return None
    return outlet_for_domain(m.group(1)) or outlet_for_name(m.group(1))


def find_author(article: Article) -> str | None:
    for r in article.removed:
        if r.reason != "byline":
            continue
        name = _byline_name(r.line.strip())
        if name:
            return name
    meta = article.extra.get("html.meta", {})
    return meta.get("author") if isinstance(meta, dict) else None


def _byline_name(line: str) -> str | None:
    """'Penulis: A | Editor: B' -> A; 'Oleh A - April 12, 2025' -> A; 'A (The Jakarta Post)' -> A."""
    m = _BYLINE_LABEL.match(line)
    if m:
        line = m.group(1).strip()
        if not line or line.endswith(":"):
            return None
    elif ":" in line:
        return None
    name = _BYLINE_CUT.split(line, maxsplit=1)[0].strip()
    if not name or "@" in name or _TEAM.match(name) or outlet_for_name(name):
        return None
    if name.casefold() in credit_names():
        return None
    return name.title() if name.isupper() else name


def find_title(article: Article) -> str | None:
    meta = article.extra.get("html.meta", {})
    if article.format == "html" and isinstance(meta, dict) and meta.get("title"):
        return str(meta["title"])
    first = article.text.split("\n", 1)[0].strip()
    m = DATELINE.match(first)
    if first and looks_like_headline(first) and not (m and re.search(r"[,–—-]", m.group(0))):
        return first
    meta = article.extra.get("html.meta", {})
    return (meta.get("title") if isinstance(meta, dict) else None) or None


@register("extract.metadata.v1")
class ExtractMetadata:
    name: ClassVar[str] = "extract.metadata"
    version: ClassVar[str] = "1"
    requires: ClassVar[tuple[str, ...]] = ("text", "removed")
    assigns: ClassVar[tuple[str, ...]] = ("title", "outlet", "author", "published")

    def __call__(self, article: Article) -> Article:
        article.title = article.title or find_title(article)
        article.outlet = article.outlet or find_outlet(article)
        article.author = article.author or find_author(article)
        article.published = article.published or published_date(article)
        return article
