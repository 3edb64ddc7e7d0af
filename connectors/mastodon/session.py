"""One signed-in conversation with a Mastodon server: where it is, the bearer token, the
request budget, and typed errors for every answer.

Mastodon access tokens do not expire and there is no refresh token: a 401 means the user
revoked the app or the server forgot it, so AuthExpired asks them to sign in again.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote, urlsplit

import httpx

from app.secrets import Secrets
from connectors import http
from connectors.base import AccountConfig
from connectors.errors import AuthExpired, BadPayload, NotSupported
from connectors.mastodon.ratelimit import RateBudget

LOOPBACK = ("127.0.0.1", "localhost", "::1")


class StatusGone(BadPayload):
    """404 or 410: the status or account is not there for us (deleted, or hidden from us)."""

    retryable = False


def server_base(config: AccountConfig) -> str:
    """The server's base URL: the configured one, or https:// plus the handle's domain."""
    base = config.server_url.strip().rstrip("/")
    if not base:
        domain = config.handle.strip().lstrip("@").partition("@")[2]
        base = f"https://{domain}" if domain else ""
    return checked_base(base)


def checked_base(base: str) -> str:
    parts = urlsplit(base)
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise NotSupported(f"{base!r} is not a Mastodon server address (https://...)")
    # A bearer token must never cross the network in the clear.
    if parts.scheme == "http" and parts.hostname not in LOOPBACK:
        raise NotSupported(f"{base} must use https:// (plain http only for this machine)")
    return base.rstrip("/")


def segment(value: str) -> str:
    """An id as one URL path segment, whatever the server put in it."""
    return quote(value, safe="")


class Session:
    def __init__(self, config: AccountConfig, secrets: Secrets,
                 client: httpx.AsyncClient) -> None:
        self.base = server_base(config)
        self.host = urlsplit(self.base).netloc
        self._config = config
        self._secrets = secrets
        self._client = client
        self.budget = RateBudget()

    def _headers(self, extra: Mapping[str, str] | None = None) -> dict[str, str]:
        token = self._secrets.get(self._config.secret_ref) if self._config.secret_ref else None
        if not token:
            raise AuthExpired("no Mastodon access token is stored for this account; "
                              "sign in again or paste a new token")
        return {"Authorization": f"Bearer {token}", "Accept": "application/json",
                **(extra or {})}

    def _watch(self, what: str) -> http.OnResponse:
        """Before each request: is there budget left? After: note each answer's rate-limit
        headers, give a Mastodon 429 its wait, and raise 404/410 as StatusGone (so callers
        never have to read an error message)."""
        self.budget.admit(what)

        def seen(response: httpx.Response) -> None:
            self.budget.observe(response)
            self.budget.normalize_429(response)
            if response.status_code in (404, 410):
                raise StatusGone(f"{what}: the server has no such item for us "
                                 f"({response.status_code})")

        return seen

    async def get(self, path: str, what: str, params: Any = None) -> httpx.Response:
        """A safe read (retried by the shared helper on 5xx, timeouts and short waits)."""
        watch = self._watch(what)
        return await http.read(self._client, "GET", self.base + path, what,
                               headers=self._headers(), params=params, on_response=watch)

    async def get_json(self, path: str, what: str, params: Any = None) -> Any:
        return http.json_of(await self.get(path, what, params), what)

    async def send_raw(self, method: str, path: str, what: str, *, data: Any = None,
                       headers: Mapping[str, str] | None = None) -> httpx.Response:
        """A change (never retried here; a lost answer is SendOutcomeUnknown)."""
        watch = self._watch(what)
        return await http.write(self._client, method, self.base + path, what,
                                headers=self._headers(headers), data=data, on_response=watch)

    async def send(self, method: str, path: str, what: str, *, data: Any = None,
                   headers: Mapping[str, str] | None = None) -> Any:
        response = await self.send_raw(method, path, what, data=data, headers=headers)
        return http.json_of(response, what) if response.content.strip() else None
