"""Mastodon's request budget: `X-RateLimit-Limit/Remaining/Reset` on every answer.

When the budget is spent we stop before the server has to say 429, and a 429 (which
Mastodon sends without Retry-After, only with X-RateLimit-Reset) gets a wait the shared
HTTP helpers understand.
"""

from __future__ import annotations

import math
from datetime import UTC, datetime

import httpx

from connectors.errors import RateLimited
from connectors.http import retry_after

MAX_WAIT = 3600.0  # a Reset far in the future is a broken header, not a real ban


def _reset_time(value: str, now: datetime) -> datetime | None:
    """Mastodon sends an ISO 8601 time; some compatible servers send Unix seconds."""
    value = value.strip()
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        pass
    else:
        if not math.isfinite(seconds) or seconds < 0:
            return None
        # A small number is a delay in seconds, a large one an epoch time.
        return datetime.fromtimestamp(now.timestamp() + seconds if seconds < 1e9 else seconds,
                                      UTC)
    try:
        when = datetime.fromisoformat(value)
    except ValueError:
        return None
    return when if when.tzinfo else when.replace(tzinfo=UTC)


class RateBudget:
    """What the server last said about our remaining requests."""

    def __init__(self) -> None:
        self.limit: int | None = None
        self.remaining: int | None = None
        self.reset_at: datetime | None = None

    def observe(self, response: httpx.Response, now: datetime | None = None) -> None:
        now = now or datetime.now(UTC)
        headers = response.headers
        self.limit = _int(headers.get("x-ratelimit-limit")) or self.limit
        remaining = _int(headers.get("x-ratelimit-remaining"))
        if remaining is not None:
            self.remaining = remaining
            self.reset_at = _reset_time(headers.get("x-ratelimit-reset", ""), now)
        if response.status_code == 429:
            self.remaining = 0

    def seconds_left(self, now: datetime | None = None) -> float | None:
        """How long until the spent budget is back, or None when it is not spent."""
        if self.remaining is None or self.remaining > 0 or self.reset_at is None:
            return None
        wait = (self.reset_at - (now or datetime.now(UTC))).total_seconds()
        return min(wait, MAX_WAIT) if wait > 0 else None

    def admit(self, what: str, now: datetime | None = None) -> None:
        """Raise RateLimited instead of sending a request the server would refuse."""
        wait = self.seconds_left(now)
        if wait is not None:
            raise RateLimited(f"{what}: the server's request allowance is used up; "
                              f"it comes back in {math.ceil(wait)} s", wait)

    def normalize_429(self, response: httpx.Response, now: datetime | None = None) -> None:
        """Give a 429 without Retry-After the wait its X-RateLimit-Reset means."""
        if response.status_code != 429 or retry_after(response) is not None:
            return
        wait = self.seconds_left(now)
        if wait is not None:
            response.headers["Retry-After"] = str(math.ceil(wait))


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None
