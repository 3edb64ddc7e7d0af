"""A deterministic synthetic community archive for benchmarks (search, ingest).

Messages draw their words from a Zipf-distributed vocabulary of English-ish and
Indonesian-ish synthetic words, live in threads (~n/5 conversations) written by ~n/50
members per account, and spread evenly over two years. Same seed, same corpus.

Stable API (bench/ingest.py and bench/search.py rely on it):
    generate(n, seed=1, accounts=4, batch=20_000) -> Iterator[tuple[int, list[InboundItem]]]
    account_platforms(accounts) -> list[str]
    vocabulary(size=VOCABULARY, seed=1) -> list[str]   (index = frequency rank, 0 = commonest)
    zipf_words(k, seed=1) -> list[str]
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from functools import lru_cache

from app.items import InboundItem, MemberRef
from app.models import Direction, MessageKind

VOCABULARY = 50_000
EXPONENT = 1.1
START = datetime(2024, 11, 1, tzinfo=UTC)
SPAN = timedelta(days=730)
PLATFORMS = ("mastodon", "bluesky", "discourse", "email", "matrix", "demo")

_EN = ("ba", "ber", "con", "der", "fo", "gen", "ing", "ly", "ment", "mor", "ness", "pre",
       "ro", "sta", "ter", "tion", "un", "ver", "wor", "zy")
_ID = ("ka", "ma", "nga", "sih", "tu", "lah", "pa", "ri", "an", "ke", "se", "ja", "di",
       "ang", "bu", "nya", "ra", "wa", "ku", "ti")
_POOL = 1 << 20  # sampled words that messages are sliced from: fast and still Zipf


def account_platforms(accounts: int) -> list[str]:
    """The platform of each generated account, by account index."""
    return [PLATFORMS[i % len(PLATFORMS)] for i in range(accounts)]


@lru_cache(maxsize=4)
def _vocabulary(size: int, seed: int) -> tuple[str, ...]:
    rng = random.Random(seed)
    words: dict[str, None] = {}
    # Short words first, so the commonest ranks look like function words.
    for syllables in range(1, 8):
        capacity = 2 * len(_EN) ** syllables
        for _ in range(min(size * 4, capacity * 20)):
            table = _EN if rng.random() < 0.5 else _ID
            word = "".join([table[int(rng.random() * 20)] for _ in range(syllables)])
            words.setdefault(word, None)
            if len(words) >= size:
                return tuple(words)
    return tuple(itertools.islice(words, size))


def vocabulary(size: int = VOCABULARY, seed: int = 1) -> list[str]:
    """The corpus's words; index i is frequency rank i (0 = the commonest)."""
    return list(_vocabulary(size, seed))


def zipf_words(k: int, seed: int = 1) -> list[str]:
    """k words drawn with Zipf frequencies (rank r has weight 1 / (r+1)**EXPONENT)."""
    words = _vocabulary(VOCABULARY, 1)
    weights = list(itertools.accumulate(1 / (r + 1) ** EXPONENT for r in range(len(words))))
    return random.Random(seed).choices(words, cum_weights=weights, k=k)


def _members(rng: random.Random, count: int, account: int) -> list[MemberRef]:
    first = vocabulary()[2000:6000]
    return [
        MemberRef(remote_id=f"a{account}u{i}", handle=f"@{name.lower()}{i}",
                  name=name.capitalize() + " " + rng.choice(first).capitalize())
        for i, name in enumerate(rng.choice(first) for _ in range(count))
    ]


class _Account:
    """One account's running state: its members and its recent messages to reply to."""

    def __init__(self, rng: random.Random, index: int, share: int) -> None:
        self.index = index
        self.members = _members(rng, max(2, share // 50), index)
        self.brand = MemberRef(remote_id=f"a{index}brand", handle="@brand", name="Brand Team")
        self.recent: list[tuple[str, str]] = []  # (platform id, thread root id)
        self.buffer: list[InboundItem] = []

    def next_item(self, rng: random.Random, seq: int, at: datetime, text: str) -> InboundItem:
        pid = f"a{self.index}m{seq}"
        draw = rng.random
        # int(draw() * k) rather than randrange: five times faster, same for a benchmark.
        reply = bool(self.recent) and draw() < 0.8
        parent, root = self.recent[int(draw() * len(self.recent))] if reply else (None, pid)
        outbound = reply and draw() < 0.1
        author = self.brand if outbound else self.members[int(draw() * len(self.members))]
        self.recent.append((pid, root))
        if len(self.recent) > 1000:
            del self.recent[:500]
        return InboundItem(
            platform_id=pid, created_at=at, text=text, author=author,
            direction=Direction.OUTBOUND if outbound else Direction.INBOUND,
            kind=MessageKind.REPLY if reply else MessageKind.MENTION,
            thread_id=root if reply else None, parent_id=parent,
            subject="" if reply or draw() < 0.7 else text[:40],
        )


def generate(n: int, seed: int = 1, accounts: int = 4,
             batch: int = 20_000) -> Iterator[tuple[int, list[InboundItem]]]:
    """Yield (account index, items) batches, n items in all, oldest first within an account."""
    rng = random.Random(seed)
    pool = zipf_words(_POOL, seed)
    state = [_Account(rng, i, n // accounts + 1) for i in range(accounts)]
    step = SPAN / max(n, 1)
    draw = rng.random
    for seq in range(n):
        length = 5 + int(draw() * 36)
        start = int(draw() * (_POOL - length))
        text = " ".join(pool[start:start + length]).capitalize() + "."
        account = state[int(draw() * accounts)]
        at = START + step * (seq + draw())
        account.buffer.append(account.next_item(rng, seq, at, text))
        if len(account.buffer) >= batch:
            yield account.index, account.buffer
            account.buffer = []
    for account in state:
        if account.buffer:
            yield account.index, account.buffer
