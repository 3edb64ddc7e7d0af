"""Counting user-perceived characters (grapheme clusters), the unit of Bluesky's 300 limit.

The standard library has no UAX #29 segmentation, so this follows its main rules: marks,
variation selectors, skin tones and tag characters extend a cluster; a zero width joiner
joins the next character (emoji sequences, Indic conjuncts); regional indicators pair into
flags; CR LF and Hangul jamo sequences stay together.
"""

from __future__ import annotations

import unicodedata

_ZWJ = 0x200D
_EXTENDING_CATEGORIES = frozenset({"Mn", "Me", "Mc"})


def _extends(cp: int, ch: str) -> bool:
    return (cp == _ZWJ or 0xFE00 <= cp <= 0xFE0F or 0x1F3FB <= cp <= 0x1F3FF
            or 0xE0020 <= cp <= 0xE007F
            or unicodedata.category(ch) in _EXTENDING_CATEGORIES)


def _regional(cp: int) -> bool:
    return 0x1F1E6 <= cp <= 0x1F1FF


def _hangul_joins(prev: int, cp: int) -> bool:
    lead = 0x1100 <= prev <= 0x115F
    vowel_or_trail = 0x1160 <= cp <= 0x11FF
    syllable = 0xAC00 <= cp <= 0xD7A3
    return vowel_or_trail or (lead and (0x1100 <= cp <= 0x115F or syllable))


def count(text: str) -> int:
    clusters = 0
    prev = -1
    regional_run = 0
    for ch in text:
        cp = ord(ch)
        joins = prev >= 0 and (
            _extends(cp, ch) or prev == _ZWJ or (prev == 0x0D and cp == 0x0A)
            or (_regional(cp) and regional_run % 2 == 1) or _hangul_joins(prev, cp))
        regional_run = regional_run + 1 if _regional(cp) else 0
        if not joins:
            clusters += 1
        prev = cp
    return clusters
