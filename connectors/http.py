"""What every HTTP connector does the same way: typed errors from status codes, Retry-After
in seconds or as a date, JSON that may be malformed, retries of safe reads only (tenacity),
and one token refresh at a time.
"""

from __future__ import annotations

import asyncio
import json
import weakref
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

import httpx
from tenacity import AsyncRetrying, retry_if_exception_type, stop_after_attempt, wait_exponential

from app.redact import redact
from connectors.errors import (
    AuthExpired,
    BadPayload,
    ConnectorError,
    NotSupported,
    PlatformUnavailable,
    RateLimited,
    SendOutcomeUnknown,
)

DEFAULT_WAIT = 60.0
# A read is retried in place only when the wait is short; a longer one goes back to the
# sync engine, which records it on the account and polls again when it has passed.
MAX_INLINE_WAIT = 10.0
READ_ATTEMPTS = 3
# A write answered with these may still have been carried out (a gateway gave up waiting):
# its outcome is unknown and is reconciled, never simply sent again. 503 means "not taken".
MAYBE_DONE = frozenset({500, 502, 504})


def retry_after(response: httpx.Response, now: datetime | None = None) -> float | None:
    """Seconds the server asks us to wait: Retry-After as seconds or as an HTTP date."""
    value = response.headers.get("retry-after", "").strip()
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


def snippet(response: httpx.Response, limit: int = 200) -> str:
    """The start of an error body, one line, for a message (never rendered as markup)."""
    try:
        text = response.text
    except (UnicodeDecodeError, httpx.ResponseNotRead):
        return ""
    text = redact(" ".join(text.split()))  # an error may quote the token it refused
    return text[:limit] + ("…" if len(text) > limit else "")


def check(response: httpx.Response, what: str,
          wait: float | None = None) -> httpx.Response:
    """Raise the typed error a status code means; `wait` overrides Retry-After (seconds)."""
    status = response.status_code
    if status < 400:
        return response
    detail = snippet(response)
    said = f" ({detail})" if detail else ""
    if status == 401:
        raise AuthExpired(f"{what}: the server no longer accepts our sign-in{said}")
    if status == 403:
        raise NotSupported(f"{what}: this account is not allowed to do that{said}")
    if status == 429:
        seconds = wait if wait is not None else retry_after(response)
        raise RateLimited(f"{what}: rate limited by the server",
                          DEFAULT_WAIT if seconds is None else seconds)
    if status >= 500:
        raise PlatformUnavailable(f"{what}: the server answered {status}{said}")
    raise BadPayload(f"{what}: the server refused the request ({status}){said}")


def json_of(response: httpx.Response, what: str) -> Any:
    """The JSON body, or BadPayload when it is not JSON (truncated, HTML error page...)."""
    try:
        return json.loads(response.content)
    except (ValueError, UnicodeDecodeError) as exc:
        raise BadPayload(f"{what}: the server sent something that is not JSON "
                         f"({type(exc).__name__})") from None


def expect_dict(value: Any, what: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise BadPayload(f"{what}: expected an object, got {type(value).__name__}")
    return value


def expect_list(value: Any, what: str) -> list[Any]:
    if not isinstance(value, list):
        raise BadPayload(f"{what}: expected a list, got {type(value).__name__}")
    return value


class _Retryable(ConnectorError):
    def __init__(self, cause: ConnectorError, wait: float) -> None:
        super().__init__(str(cause))
        self.cause = cause
        self.wait = wait


OnResponse = Callable[[httpx.Response], None]


async def read(client: httpx.AsyncClient, method: str, url: str, what: str, *,
               headers: Mapping[str, str] | None = None, params: Any = None,
               json_body: Any = None, attempts: int = READ_ATTEMPTS,
               on_response: OnResponse | None = None) -> httpx.Response:
    """A safe (idempotent) request: retried on 5xx, timeouts, resets and short 429 waits.

    `on_response` sees every answer before its status is judged (rate-limit headers, a
    platform's own error body); it may raise a more precise error of its own."""
    try:
        async for attempt in AsyncRetrying(
                stop=stop_after_attempt(attempts), reraise=True,
                retry=retry_if_exception_type(_Retryable),
                wait=_wait_for_retry):
            with attempt:
                return await _read_once(client, method, url, what, headers, params,
                                        json_body, on_response)
    except _Retryable as exc:
        raise exc.cause from None
    raise AssertionError("unreachable")  # pragma: no cover


def _wait_for_retry(state: Any) -> float:
    exc = state.outcome.exception() if state.outcome else None
    backoff = wait_exponential(multiplier=0.5, max=8)(state)
    return max(backoff, exc.wait) if isinstance(exc, _Retryable) else backoff


async def _read_once(client: httpx.AsyncClient, method: str, url: str, what: str,
                     headers: Mapping[str, str] | None, params: Any,
                     json_body: Any, on_response: OnResponse | None) -> httpx.Response:
    try:
        response = await client.request(method, url, headers=headers, params=params,
                                        json=json_body)
    except httpx.InvalidURL as exc:
        raise BadPayload(f"{what}: the address made from the account's data is not valid "
                         f"({str(exc)[:100]})") from None
    except httpx.TimeoutException as exc:
        raise _Retryable(PlatformUnavailable(f"{what}: the server did not answer in time"),
                         0.0) from exc
    except httpx.TransportError as exc:
        raise _Retryable(PlatformUnavailable(f"{what}: could not reach the server "
                                             f"({type(exc).__name__})"), 0.0) from exc
    if on_response is not None:
        on_response(response)
    try:
        return check(response, what)
    except RateLimited as exc:
        if exc.retry_after <= MAX_INLINE_WAIT:
            raise _Retryable(exc, exc.retry_after) from None
        raise
    except PlatformUnavailable as exc:
        raise _Retryable(exc, 0.0) from None


async def write(client: httpx.AsyncClient, method: str, url: str, what: str, *,
                headers: Mapping[str, str] | None = None, params: Any = None,
                json_body: Any = None, data: Any = None,
                on_response: OnResponse | None = None) -> httpx.Response:
    """A request that changes something: never retried here. If it may have left this
    machine and no answer came back, the outcome is unknown (the outbox reconciles it)."""
    try:
        response = await client.request(method, url, headers=headers, params=params,
                                        json=json_body, data=data)
    except httpx.InvalidURL as exc:
        raise BadPayload(f"{what}: the address made from the account's data is not valid "
                         f"({str(exc)[:100]}); nothing was sent") from None
    except (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout) as exc:
        raise PlatformUnavailable(f"{what}: could not reach the server "
                                  f"({type(exc).__name__}); nothing was sent") from exc
    except httpx.TransportError as exc:
        raise SendOutcomeUnknown(f"{what}: the connection broke before the server answered "
                                 f"({type(exc).__name__})") from exc
    if on_response is not None:
        on_response(response)
    if response.status_code in MAYBE_DONE:
        raise SendOutcomeUnknown(f"{what}: the server answered {response.status_code} and may "
                                 "have done it anyway")
    return check(response, what)


_LOCKS: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, dict[str, asyncio.Lock]] = \
    weakref.WeakKeyDictionary()


def refresh_lock(key: str) -> asyncio.Lock:
    """One lock per account secret and event loop: only one token refresh at a time, and the
    others wait for it and then use the new token."""
    locks = _LOCKS.setdefault(asyncio.get_running_loop(), {})
    return locks.setdefault(key, asyncio.Lock())
