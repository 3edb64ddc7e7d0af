"""Distributions of samples: median, p90 and mean, and the conversations behind them.

p90 is the nearest-rank percentile (the smallest sample that at least 90% of samples do not
exceed), so it is always a real sample a manager can open and look at.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from app.health.report import Metrics, Summary


@dataclass(slots=True)
class Sample:
    conversation_id: int
    at: float  # when the clock stopped (what puts it in a period)
    raw: float
    business: float


def median(values: Sequence[float]) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    mid = len(ordered) // 2
    return ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2


def percentile(values: Sequence[float], share: float) -> float | None:
    """Nearest rank: the ceil(share * n)-th smallest value."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, math.ceil(share * len(ordered)))
    return ordered[rank - 1]


def summary(samples: Sequence[Sample], value: Callable[[Sample], float]) -> Summary:
    pairs = sorted(((value(s), s.conversation_id) for s in samples), reverse=True)
    if not pairs:
        return Summary(0, None, None, None, ())
    values = [v for v, _ in pairs]  # slowest first
    n, mid = len(values), len(values) // 2
    middle = values[mid] if n % 2 else (values[mid - 1] + values[mid]) / 2
    rank = max(1, math.ceil(0.9 * n))  # nearest rank, counted from the fastest
    return Summary(n, middle, values[n - rank], sum(values) / n,
                   tuple(dict.fromkeys(cid for _, cid in pairs)))


def metrics(first: Sequence[Sample], replies: Sequence[Sample],
            resolutions: Sequence[Sample]) -> Metrics:
    def raw(s: Sample) -> float:
        return s.raw

    def business(s: Sample) -> float:
        return s.business

    return Metrics(summary(first, raw), summary(first, business), summary(replies, raw),
                   summary(replies, business), summary(resolutions, raw),
                   summary(resolutions, business))


def only(samples: Iterable[Sample], conversations: set[int]) -> list[Sample]:
    return [s for s in samples if s.conversation_id in conversations]
