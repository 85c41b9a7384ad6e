"""Who a count counts: the people noun after a number, past its modifiers (helpers of `figure_counts`)."""

from __future__ import annotations

from warta.extract.figure_tokens import Tok, lexicon, past_possessive


def _names_people(toks: list[Tok], j: int, text: str) -> bool:
    return bool(lexicon().at("people", toks, j)) or _past_modifiers(toks, j, text) > j


def _past_modifiers(toks: list[Tok], j: int, text: str) -> int:
    """English puts adjectives before the noun ("200 Indonesian migrant workers"): skip up to two
    modifiers (a listed one, or a capitalised nationality word) when a people noun follows."""
    lex = lexicon()
    k = past_possessive(toks, j)
    while k < len(toks) and k - j < 2 and (lex.at("modifier", toks, k) or _nationality(toks[k], text)):
        k += 1
    return k if k > j and (lex.at("people", toks, k) or lex.at("head", toks, k)) else j


def _nationality(tok: Tok, text: str) -> bool:
    """'Indonesian', 'Palestinian', 'Chinese', 'Israeli': a capitalised word with a demonym ending."""
    return text[tok.start].isupper() and tok.low.isalpha() and tok.low.endswith(("an", "ese", "i", "ish"))


def _who(toks: list[Tok], j: int, n: int, text: str) -> str | None:
    """The people counted: the noun and a following name ("warga Palestina", "sandera Israel")."""
    k = j + n
    if k < len(toks) and toks[k].low in {"negara", "asing"}:
        k += 1
    if k < len(toks) and text[toks[k].start : toks[k].start + 1].isupper() and toks[k].low.isalpha():
        k += 1
    if k == j + 1 and toks[j].low in {"orang", "lainnya", "lain", "others", "people"}:
        return None
    return text[toks[j].start : toks[k - 1].end]
