"""Fuzzy search over canned responses: shortcut first, then title words, then the text.

A small scorer rather than a library: word prefixes and subsequences catch what a manager
types in a hurry (`refpol` finds "Refund policy"), difflib catches the odd typo.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable

from app.canned.model import Canned

_WORD = re.compile(r"\w+")


def fold(text: str) -> str:
    """Lower case without accents, so `cafe` finds `café`."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _words(text: str) -> list[str]:
    return _WORD.findall(fold(text))


def _is_subsequence(needle: str, haystack: str) -> bool:
    letters = iter(haystack)
    return all(c in letters for c in needle)


def _word_score(word: str, shortcut: str, title: list[str], body: list[str]) -> float:
    """How well one typed word matches; 0 means it matches nothing."""
    if shortcut.startswith(word):
        return 120
    if any(w.startswith(word) for w in title):
        return 100
    if word in " ".join(title) or word in shortcut:
        return 60
    if any(w.startswith(word) for w in body):
        return 30
    if len(word) >= 2 and _is_subsequence(word, shortcut + "".join(title)):
        return 20
    if len(word) >= 4 and difflib.get_close_matches(word, [*title, *body], n=1, cutoff=0.75):
        return 10
    return 0


def score(query: str, canned: Canned) -> float:
    """Higher is better; 0 when some typed word matches nothing."""
    typed = fold(query).strip().removeprefix(";")
    words = _words(typed)
    if not words:
        return 0
    shortcut, title, body = fold(canned.shortcut), _words(canned.title), _words(canned.body)
    total = 0.0
    for word in words:
        points = _word_score(word, shortcut, title, body)
        if not points:
            return 0
        total += points
    if typed == shortcut:
        total += 1000
    elif shortcut.startswith(typed):
        total += 300
    return total


def rank(query: str, candidates: Iterable[Canned], limit: int = 20) -> list[Canned]:
    """The best matches first; ties go to the shorter title, then alphabetical."""
    scored = [(score(query, c), c) for c in candidates]
    hits = [(s, c) for s, c in scored if s > 0]
    hits.sort(key=lambda sc: (-sc[0], len(sc[1].title), fold(sc[1].title), sc[1].language))
    return [c for _, c in hits[: max(limit, 0)]]
