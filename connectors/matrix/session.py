"""The Matrix sign-in and every request: password login with refresh tokens, one refresh at a
time, the Matrix error body (errcode, soft_logout, retry_after_ms) read before the status code
becomes a typed error, and retries of safe reads only.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

import httpx

from app.secrets import Secrets
from connectors import http
from connectors.base import AccountConfig
from connectors.errors import (
    AuthExpired,
    NotSupported,
)
from connectors.matrix.tokens import Tokens, TokenStore

API = "/_matrix/client/v3"
# A user ID: @localpart:server, at most 255 characters in all (the spec's limit).
_MATRIX_ID = re.compile(r"@[^:\s]{1,250}:[^\s]{1,250}")
DEVICE_NAME = "Serambi"


class _SoftLogout(Exception):
    """The access token expired: renew it and ask again (the server did nothing yet)."""


class _Missing(Exception):
    """A 404 M_NOT_FOUND where that is an answer (`missing_ok`)."""


@dataclass(frozen=True, slots=True)
class MatrixError:
    """The standard error body; absent fields stay empty (the body may not even be JSON)."""

    errcode: str = ""
    soft_logout: bool = False
    retry_after_ms: int | None = None

    @classmethod
    def of(cls, response: httpx.Response) -> MatrixError:
        try:
            body = json.loads(response.content)
        except (ValueError, UnicodeDecodeError):
            return cls()
        if not isinstance(body, dict):
            return cls()
        wait = body.get("retry_after_ms")
        return cls(errcode=body["errcode"] if isinstance(body.get("errcode"), str) else "",
                   soft_logout=body.get("soft_logout") is True,
                   retry_after_ms=wait if isinstance(wait, int) and not isinstance(wait, bool)
                   and wait >= 0 else None)


def path(*segments: str) -> str:
    """A client API path; ids hold `!`, `$`, `#` and `:`, so every segment is escaped."""
    return API + "".join("/" + quote(s, safe="") for s in segments)


class MatrixSession:
    def __init__(self, config: AccountConfig, secrets: Secrets,
                 client: httpx.AsyncClient) -> None:
        if not config.server_url.startswith(("https://", "http://")):
            raise NotSupported("this Matrix account has no homeserver address; add it again "
                               "with --homeserver https://your.server")
        self.base = config.server_url.rstrip("/")
        self.handle = config.handle.strip()
        self.ref = config.secret_ref
        self.store = TokenStore(secrets, config.secret_ref, f"{self.base} {self.handle}")
        self.client = client
        self._tokens: Tokens | None = None

    async def user_id(self) -> str:
        return (await self.tokens()).user_id

    async def tokens(self) -> Tokens:
        if self._tokens is None:
            self._tokens = self._stored()
        if self._tokens is None:
            # Under the lock, so two connectors of one account never make two devices.
            async with http.refresh_lock(self._lock_key):
                self._tokens = self._stored() or await self._sign_in(None)
        return self._tokens

    @property
    def _lock_key(self) -> str:
        return self.ref or self.store.account

    async def get(self, url: str, what: str, params: dict[str, str] | None = None, *,
                  missing_ok: bool = False) -> dict[str, Any]:
        return await self.call("GET", url, what, params=params, safe=True,
                               missing_ok=missing_ok)

    async def call(self, method: str, url: str, what: str, *, params: dict[str, str] | None
                   = None, body: Any = None, safe: bool = False,
                   missing_ok: bool = False) -> dict[str, Any]:
        """One authenticated request; its JSON object. Reads are retried (the shared helper),
        writes never are. With `missing_ok`, a 404 M_NOT_FOUND is an empty answer."""
        send = http.read if safe else http.write
        watch = _watch(what, missing_ok)
        for attempt in (1, 2):
            tokens = await self.tokens()
            try:
                response = await send(self.client, method, self.base + url, what,
                                      headers={"Authorization": f"Bearer {tokens.access_token}"},
                                      params=params, json_body=body, on_response=watch)
            except _Missing:
                return {}
            except _SoftLogout:
                if attempt == 2:
                    raise AuthExpired(f"{what}: the homeserver refused a renewed sign-in; "
                                      "add the account again") from None
                # Rejected before the server acted on it: asking again does nothing twice.
                await self._renew(tokens)
                continue
            return http.expect_dict(http.json_of(response, what), what)
        raise AssertionError("unreachable")  # pragma: no cover

    async def _unsigned(self, url: str, what: str, body: Any,
                        judge: http.OnResponse) -> dict[str, Any]:
        """A sign-in request (login, refresh): once, no token, its errors judged by `judge`."""
        def seen(response: httpx.Response) -> None:
            _wait_from_body(response)
            judge(response)

        response = await http.read(self.client, "POST", self.base + url, what,
                                   json_body=body, attempts=1, on_response=seen)
        return http.expect_dict(http.json_of(response, what), what)

    def _stored(self) -> Tokens | None:
        return self.store.load()

    def _save(self, tokens: Tokens) -> None:
        self._tokens = tokens
        self.store.save(tokens)

    async def _renew(self, failed: Tokens) -> Tokens:
        """A soft logout: refresh (or, when the refresh token is gone too, sign in again with
        the same device, as the spec asks). Only one renewal at a time per account."""
        async with http.refresh_lock(self._lock_key):
            stored = self._stored()
            if stored and stored.access_token != failed.access_token:
                self._tokens = stored  # another connector renewed it while we waited
                return stored
            if failed.refresh_token:
                try:
                    return await self._refresh(failed)
                except AuthExpired:
                    pass
            return await self._sign_in(failed.device_id)

    async def _refresh(self, failed: Tokens) -> Tokens:
        what = "renewing the Matrix sign-in"

        def judge(response: httpx.Response) -> None:
            if response.status_code in (401, 403):
                # The spec says 401; Synapse answers 403 M_FORBIDDEN for a spent refresh token.
                raise AuthExpired(f"{what}: the refresh token is no longer valid")

        data = await self._unsigned(path("refresh"), what,
                                    {"refresh_token": failed.refresh_token}, judge)
        access = data.get("access_token")
        if not isinstance(access, str) or not access:
            raise AuthExpired(f"{what}: the homeserver sent no access token")
        refresh = data.get("refresh_token")
        tokens = Tokens(failed.user_id, failed.device_id, access,
                        refresh if isinstance(refresh, str) else failed.refresh_token,
                        self.store.account)
        self._save(tokens)
        return tokens

    async def _sign_in(self, device_id: str | None) -> Tokens:
        what = f"signing in to {self.base} as {self.handle}"
        password = self.store.password()
        if not password:
            raise AuthExpired(f"{what}: no password is stored for this account; add it again")
        body: dict[str, Any] = {
            "type": "m.login.password", "identifier": {"type": "m.id.user", "user": self.handle},
            "password": password, "refresh_token": True,
            "initial_device_display_name": DEVICE_NAME}
        if device_id:
            body["device_id"] = device_id

        def judge(response: httpx.Response) -> None:
            error = MatrixError.of(response) if response.status_code >= 400 else MatrixError()
            if response.status_code == 403 or error.errcode in ("M_FORBIDDEN",
                                                                 "M_USER_DEACTIVATED"):
                raise AuthExpired(f"{what}: the homeserver refused the user or password")
            if error.errcode == "M_UNKNOWN" and response.status_code == 400:
                raise NotSupported(f"{what}: this homeserver does not offer password sign-in")

        data = await self._unsigned(path("login"), what, body, judge)
        fields = [data.get(k) for k in ("user_id", "device_id", "access_token")]
        if not all(isinstance(f, str) and f for f in fields):
            raise AuthExpired(f"{what}: the homeserver's answer lacks the user, device or "
                              "token")
        if len(str(fields[0])) > 255 or not _MATRIX_ID.fullmatch(str(fields[0])):
            raise AuthExpired(f"{what}: the homeserver named a user that is not a Matrix ID")
        refresh = data.get("refresh_token")
        tokens = Tokens(str(fields[0]), str(fields[1]), str(fields[2]),
                        refresh if isinstance(refresh, str) else None, self.store.account)
        self._save(tokens)
        return tokens


def _wait_from_body(response: httpx.Response) -> None:
    """A Matrix 429 says how long to wait in its body (retry_after_ms), which wins over a
    Retry-After header; the shared helpers read the header, so the figure is copied there."""
    if response.status_code == 429:
        wait = MatrixError.of(response).retry_after_ms
        if wait is not None:
            response.headers["Retry-After"] = str(wait / 1000)


def _watch(what: str, missing_ok: bool) -> http.OnResponse:
    def seen(response: httpx.Response) -> None:
        _wait_from_body(response)
        if response.status_code == 401:
            error = MatrixError.of(response)
            if error.errcode == "M_UNKNOWN_TOKEN" and error.soft_logout:
                raise _SoftLogout
            if error.errcode == "M_UNKNOWN_TOKEN":
                raise AuthExpired(f"{what}: the homeserver signed Serambi's device out; "
                                  "add the account again to sign in")
        if missing_ok and response.status_code == 404 \
                and MatrixError.of(response).errcode == "M_NOT_FOUND":
            raise _Missing

    return seen
