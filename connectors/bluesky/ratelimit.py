"""Bluesky's rate limits as the server announces them: RateLimit-Limit/-Remaining/-Reset on
every answer (Reset in epoch seconds) and Retry-After on a 429. A spent budget is kept per
method, so the next call waits for the reset instead of earning a 429."""

from __future__ import annotations

import time

import httpx

from connectors import errors, http

MAX_WAIT = 86_400.0  # a Reset further away than a day is not believed


class RateBudget:
    def __init__(self) -> None:
        self._blocked: dict[str, float] = {}  # nsid -> epoch second its budget comes back

    def check(self, nsid: str, what: str) -> None:
        wait = self._blocked.get(nsid, 0.0) - time.time()
        if wait > 0:
            raise errors.RateLimited(f"{what}: Bluesky's rate limit is used up for now",
                                     min(wait, MAX_WAIT))

    def note(self, nsid: str, response: httpx.Response | None) -> None:
        if response is None:
            return
        remaining = _number(response.headers.get("ratelimit-remaining"))
        reset = reset_at(response)
        if remaining is not None and remaining <= 0 and reset is not None:
            self._blocked[nsid] = reset
        else:
            self._blocked.pop(nsid, None)


def wait_for(response: httpx.Response | None, fallback: float) -> float:
    """Seconds until we may ask again: Retry-After, else the RateLimit-Reset time."""
    if response is None:
        return fallback
    seconds = http.retry_after(response)
    if seconds is None:
        reset = reset_at(response)
        seconds = reset - time.time() if reset is not None else fallback
    return min(max(0.0, seconds), MAX_WAIT)


def reset_at(response: httpx.Response) -> float | None:
    """RateLimit-Reset as an epoch second (Bluesky's form; small values are taken as the
    IETF draft's delta seconds)."""
    value = _number(response.headers.get("ratelimit-reset"))
    if value is None or value < 0:
        return None
    return value if value > 1_000_000_000 else time.time() + value


def _number(value: str | None) -> float | None:
    try:
        return float(value) if value is not None else None
    except ValueError:
        return None
