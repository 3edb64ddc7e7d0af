"""A fault-injecting httpx transport and the catalogue of faults every connector must survive.

`FaultTransport` wraps any transport (a fake's MockTransport or a real one) and, while a
fault is set, spoils the requests to one host only: an error status with its headers, a
timeout, a reset connection, or a body made malformed, truncated, mistyped, gutted or huge.
The other hosts, and so the other accounts, are served as usual.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from typing import Any

import httpx

from connectors import errors

Transform = Callable[[bytes], bytes]


@dataclass(frozen=True)
class Fault:
    name: str
    status: int = 0  # answer this status instead of asking the platform
    headers: Callable[[], dict[str, str]] = dict
    body: bytes = b""
    raise_: type[httpx.TransportError] | None = None
    transform: Transform | None = None  # spoil the platform's real answer
    times: int = 0  # 0: until cleared; n: only the first n requests (a passing blip)
    # What the connector must raise: a typed error (None: a clean page with rejects is
    # fine too) and, for a rate limit, the least and most seconds the account then waits.
    expect: type[errors.ConnectorError] | None = errors.ConnectorError
    wait: tuple[float, float] = (12.0, 18.0)  # the engine's first backoff: 15 s +-20%


def _date_in(seconds: int) -> Callable[[], dict[str, str]]:
    return lambda: {"Retry-After": format_datetime(
        datetime.now(UTC) + timedelta(seconds=seconds), usegmt=True)}


def _mutate(seed: int, action: Callable[[random.Random, dict[str, Any], str], None]
            ) -> Transform:
    """Apply `action` to a seeded random third of the keys of every object in the body."""
    def transform(content: bytes) -> bytes:
        try:
            data = json.loads(content)
        except ValueError:
            return content
        rng = random.Random(seed)

        def walk(value: Any) -> None:
            if isinstance(value, dict):
                for key in list(value):
                    walk(value[key])
                    if rng.random() < 0.33:
                        action(rng, value, key)
            elif isinstance(value, list):
                for child in value:
                    walk(child)

        walk(data)
        return json.dumps(data).encode()

    return transform


def _wrong_type(rng: random.Random, obj: dict[str, Any], key: str) -> None:
    obj[key] = rng.choice([12345, -1.5, True, None, [], {}, "", ["x"], {"x": 1}, "x" * 3])


def _drop(rng: random.Random, obj: dict[str, Any], key: str) -> None:
    del obj[key]


_CREDENTIAL = re.compile(r"(?i)token|jwt|secret|key|session")


def _huge(content: bytes) -> bytes:
    """Every long string becomes 1.2 million characters (a few, to keep memory sane)."""
    try:
        data = json.loads(content)
    except ValueError:
        return content
    budget = [6]

    def grow(value: Any) -> Any:
        if isinstance(value, str) and len(value) >= 12 and budget[0] > 0:
            budget[0] -= 1
            return (value * (1_200_000 // len(value) + 1))[:1_200_000]
        if isinstance(value, dict):  # content grows; credentials are not content
            return {k: v if _CREDENTIAL.search(k) else grow(v) for k, v in value.items()}
        if isinstance(value, list):
            return [grow(v) for v in value]
        return value

    return json.dumps(grow(data)).encode()


CATALOGUE: tuple[Fault, ...] = (
    Fault("429 with Retry-After in seconds", 429, lambda: {"Retry-After": "120"},
          expect=errors.RateLimited, wait=(120.0, 121.0)),
    Fault("429 with Retry-After as an HTTP date", 429, _date_in(300),
          expect=errors.RateLimited, wait=(290.0, 301.0)),
    Fault("500", 500, body=b"<html>Internal Server Error</html>",
          expect=errors.PlatformUnavailable),
    Fault("502", 502, body=b"<html>Bad Gateway</html>", expect=errors.PlatformUnavailable),
    Fault("503", 503, body=b"", expect=errors.PlatformUnavailable),
    Fault("connect timeout", raise_=httpx.ConnectTimeout, expect=errors.PlatformUnavailable),
    Fault("read timeout", raise_=httpx.ReadTimeout, expect=errors.PlatformUnavailable),
    Fault("connection reset", raise_=httpx.ReadError, expect=errors.PlatformUnavailable),
    Fault("malformed JSON", transform=lambda c: b"{\"oops\": [1, 2,, }" + c[:20],
          expect=errors.BadPayload),
    Fault("truncated JSON", transform=lambda c: c[: max(1, len(c) // 2)],
          expect=errors.BadPayload),
    Fault("wrong types", transform=_mutate(5, _wrong_type), expect=None),
    Fault("missing fields", transform=_mutate(7, _drop), expect=None),
    Fault("huge payload", transform=_huge, expect=None),
    Fault("expired token", 401, body=b'{"error": "The access token expired"}',
          expect=errors.AuthExpired),
    Fault("revoked token", 401, body=b'{"error": "The access token was revoked"}',
          expect=errors.AuthExpired),
)
# Blips that clear by themselves: a safe read is retried in place and nothing is recorded.
BLIPS: tuple[Fault, ...] = (
    Fault("one 503", 503, times=1, expect=None),
    Fault("one reset connection", raise_=httpx.ReadError, times=1, expect=None),
    Fault("one 429 asking for 2 s", 429, lambda: {"Retry-After": "2"}, times=1, expect=None),
)


@dataclass
class FaultTransport(httpx.AsyncBaseTransport):
    """Spoils requests to `host` while `fault` is set; everything else passes through."""

    inner: httpx.AsyncBaseTransport
    host: str = ""
    fault: Fault | None = None
    spoiled: int = 0
    spoiled_total: int = 0  # ...and this one since the start
    seen: list[str] = field(default_factory=list)  # host and path of every request

    def set(self, fault: Fault | None, host: str | None = None) -> None:
        self.fault, self.spoiled = fault, 0  # `spoiled` counts for this fault only...
        if host is not None:
            self.host = host

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.seen.append(f"{request.url.host}{request.url.path}")
        fault = self.fault
        if fault is None or request.url.host != self.host or (
                fault.times and self.spoiled >= fault.times):
            return await self.inner.handle_async_request(request)
        self.spoiled += 1
        self.spoiled_total += 1
        if fault.raise_ is not None:
            raise fault.raise_(f"injected: {fault.name}", request=request)
        if fault.status:
            return httpx.Response(fault.status, headers=fault.headers(), content=fault.body,
                                  request=request)
        response = await self.inner.handle_async_request(request)
        content = await response.aread()
        assert fault.transform is not None
        headers = {k: v for k, v in response.headers.items()
                   if k.lower() not in ("content-length", "content-encoding")}
        return httpx.Response(response.status_code, headers=headers,
                              content=fault.transform(content), request=request)

    async def aclose(self) -> None:
        return None  # shared by every account's client: closed by its owner
