"""Tone and intent of one message, computed locally from app.understand.lexicon.

`understand(text)` gives a sentiment in [-1, 1] with its label, an intent (question,
complaint, praise, request, spam or other), whether the message is heated (insults or
shouting), and the words that decided it, so a manager can see why and correct it.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from enum import StrEnum

from app.understand import lexicon as lx

_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*", re.UNICODE)
_LINK = re.compile(r"(?:https?://|www\.)\S+|\b(?:wa\.me|t\.me|bit\.ly)/\S*"
                   r"|\b(?:\+?62|0)8\d{2}[- ]?\d{3,4}[- ]?\d{3,4}\b", re.IGNORECASE)
# A failure said with a negation of an ordinary verb: "can't log in", "gak bisa masuk".
_FAILING = frozenset({"bisa", "work", "works", "working", "load", "loads", "open", "opens",
                      "jalan", "muncul", "masuk", "berfungsi", "kebuka", "terbuka", "nyala",
                      "sync", "login", "connect", "respond", "dibalas", "direspon", "sampai"})
NEGATION_REACH = 3
POSITIVE_AT, NEGATIVE_AT = 0.2, -0.2


class Sentiment(StrEnum):
    POSITIVE = "positive"
    NEUTRAL = "neutral"
    NEGATIVE = "negative"


class Intent(StrEnum):
    QUESTION = "question"
    COMPLAINT = "complaint"
    PRAISE = "praise"
    REQUEST = "request"
    SPAM = "spam"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class Understanding:
    score: float  # -1 (hostile) .. +1 (delighted)
    sentiment: Sentiment
    intent: Intent
    heated: bool
    because: tuple[str, ...]  # the words and signs that decided it, for the explanation


def _tokens(text: str) -> list[str]:
    return [t.lower().replace("’", "'") for t in _WORD.findall(text)]


def _sentiment(tokens: list[str], text: str) -> tuple[float, list[str]]:
    total, because = 0.0, []
    for i, token in enumerate(tokens):
        weight = lx.POSITIVE.get(token) or lx.NEGATIVE.get(token) or 0.0
        before = tokens[max(0, i - NEGATION_REACH):i]
        negated = any(t in lx.NEGATORS for t in before)
        if not weight and negated and token in _FAILING:
            weight, negated = -1.5, False
        if not weight:
            continue
        if i and tokens[i - 1] in lx.INTENSIFIERS:
            weight *= lx.INTENSIFIERS[tokens[i - 1]]
        if i + 1 < len(tokens) and tokens[i + 1] in ("banget", "bgt", "sekali", "amat"):
            weight *= lx.INTENSIFIERS[tokens[i + 1]]
        if negated:
            weight *= -0.6
        total += weight
        because.append(f"{'not ' if negated else ''}{token}")
    for mark, weight in lx.EMOJI.items():
        if mark in text:
            total += weight * min(3, text.count(mark))
            because.append(mark)
    if total and "!" in text:
        total *= 1.0 + min(3, text.count("!")) * 0.1
    return total / math.sqrt(total * total + 15.0), because


def _shouting(text: str) -> bool:
    loud = [w for w in re.findall(r"[A-Za-z]{3,}", text) if w.isupper()]
    letters = [c for c in text if c.isalpha()]
    capitals = sum(c.isupper() for c in letters)
    return len(loud) >= 2 and bool(letters) and capitals / len(letters) > 0.6


def _is_question(tokens: list[str], lowered: str) -> bool:
    return ("?" in lowered or (bool(tokens) and tokens[0] in lx.QUESTION_STARTS
                               and len(tokens) > 2)
            or any(p in lowered for p in lx.QUESTION_PHRASES))


def _is_spam(tokens: list[str], text: str) -> bool:
    hits = sum(1 for t in set(tokens) if t in lx.SPAM_WORDS)
    links = len(_LINK.findall(text))
    return (links and hits >= 2) or hits >= 4 or (links >= 2 and hits >= 1)


def _intent(tokens: list[str], text: str, score: float) -> Intent:
    lowered = text.lower()
    words = set(tokens)
    if _is_spam(tokens, text):
        return Intent.SPAM
    complaining = bool(words & lx.COMPLAINT_WORDS)
    if score <= -0.3 and (complaining or "!" in text):
        return Intent.COMPLAINT
    if any(p in lowered for p in lx.REQUEST_PHRASES):
        return Intent.REQUEST
    if _is_question(tokens, lowered):
        return Intent.QUESTION
    if score >= POSITIVE_AT and words & lx.PRAISE_WORDS:
        return Intent.PRAISE
    if score <= NEGATIVE_AT:
        return Intent.COMPLAINT
    return Intent.OTHER


def understand(text: str) -> Understanding:
    tokens = _tokens(text)
    score, because = _sentiment(tokens, text)
    insults = sorted(set(tokens) & lx.INSULTS)
    lowered = text.lower()
    insults += [p for p in lx.HOSTILE_PHRASES if p in lowered]
    shouting = _shouting(text)
    heated = bool(insults) or (shouting and score < 0) or (score <= -0.75
                                                           and text.count("!") >= 2)
    label = (Sentiment.POSITIVE if score >= POSITIVE_AT else
             Sentiment.NEGATIVE if score <= NEGATIVE_AT else Sentiment.NEUTRAL)
    if shouting:
        because.append("SHOUTING")
    return Understanding(round(score, 3), label, _intent(tokens, text, score), heated,
                         tuple(dict.fromkeys(because + [f"insult: {w}" for w in insults])))


def conflict(heated: int, negative: int, authors_heated: int) -> bool:
    """A thread is a conflict when heat repeats or spreads: two heated messages, heat from
    two people, or one heated message amid several negative ones."""
    return heated >= 2 or authors_heated >= 2 or (heated >= 1 and negative >= 3)
