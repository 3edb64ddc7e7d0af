"""The signed-in side of a Discourse account: the forum's address, the key headers (an admin
or user API key with `Api-Key`/`Api-Username`, or a user API key with `User-Api-Key`),
JSON requests through the shared HTTP helpers, and what Discourse's errors mean.

Discourse keys do not expire and have no refresh: a revoked key answers 403
(`invalid_access`), which on our own resources means "sign in again".
"""

from __future__ import annotations

import json
import math
from typing import Any
from urllib.parse import quote, urlsplit

import httpx

from app.secrets import Secrets
from connectors import http
from connectors.base import AccountConfig
from connectors.discourse.api_types import Me, parse_me
from connectors.errors import AuthExpired, NotSupported

API_KEY, USER_API_KEY = "api_key", "user_api_key"
MAX_WAIT = 2 * 86_400.0  # a longer "wait" in a body is nonsense, not advice


def server_base(url: str) -> str:
    """The forum's address without a trailing slash; NotSupported when it is unusable."""
    url = (url or "").strip().rstrip("/")
    parts = urlsplit(url)
    if parts.scheme not in ("https", "http") or not parts.netloc or parts.query \
            or parts.fragment:
        raise NotSupported("this account has no usable forum address (https://...); "
                           "add it again with --server")
    return url


class _Missing(Exception):
    """A 404/410 where that is an answer (deleted, or never there), not an error."""


def _missing_is_an_answer(response: httpx.Response) -> None:
    _honour_wait_seconds(response)
    if response.status_code in (404, 410):
        raise _Missing


def _honour_wait_seconds(response: httpx.Response) -> None:
    """Discourse says how long to wait in the 429 body (`extras.wait_seconds`) as well as in
    Retry-After; a proxy may drop the header, so the body's figure is copied into it (the
    shared helpers read only the header)."""
    if response.status_code != 429:
        return
    try:
        body = json.loads(response.content)
    except (ValueError, UnicodeDecodeError):
        return
    extras = body.get("extras") if isinstance(body, dict) else None
    wait = extras.get("wait_seconds") if isinstance(extras, dict) else None
    if not isinstance(wait, int | float) or isinstance(wait, bool) \
            or not 0 <= wait <= MAX_WAIT:
        return
    said = http.retry_after(response)
    if said is None or wait > said:
        response.headers["Retry-After"] = str(math.ceil(wait))


class Session:
    def __init__(self, config: AccountConfig, secrets: Secrets | None,
                 client: httpx.AsyncClient, *, key: str = "") -> None:
        """`key` stands in for the keyring during a sign-in, before the account exists."""
        self.config = config
        self.secrets = secrets
        self._key = key
        self.client = client
        self.base = server_base(config.server_url)
        self.auth = str(config.settings.get("auth") or API_KEY)
        self.handle = config.handle.strip().removeprefix("@")
        client_id = config.settings.get("client_id")
        self.client_id = client_id if isinstance(client_id, str) else ""
        self._me: Me | None = None

    def url(self, path: str) -> str:
        return self.base + path

    def headers(self) -> dict[str, str]:
        key: str | None = self._key
        if not key and self.secrets is not None and self.config.secret_ref:
            key = self.secrets.get(self.config.secret_ref)
        if not key:
            raise AuthExpired("no Discourse API key is stored for this account")
        headers = {"Accept": "application/json"}
        if self.auth == USER_API_KEY:
            headers["User-Api-Key"] = key
            if self.client_id:
                headers["User-Api-Client-Id"] = self.client_id
        elif self.auth == API_KEY:
            if not self.handle:
                raise NotSupported("an API key needs the username it acts as (--user)")
            headers.update({"Api-Key": key, "Api-Username": self.handle})
        else:
            raise NotSupported(f"unknown sign-in kind {self.auth!r} (api_key or user_api_key)")
        return headers

    async def get(self, path: str, what: str, params: Any = None, *,
                  own: bool = False) -> Any:
        """A JSON read, retried by the shared helper; `own` marks a resource this account may
        always read, where a 403 can only mean the key was refused."""
        try:
            response = await http.read(self.client, "GET", self.url(path), what,
                                       headers=self.headers(), params=params,
                                       on_response=_honour_wait_seconds)
        except NotSupported:
            if own:
                raise _refused(what) from None
            raise
        return http.json_of(response, what)

    async def get_or_none(self, path: str, what: str, params: Any = None) -> Any | None:
        """One GET where 404 (deleted, or never there) is an answer rather than an error."""
        try:
            response = await http.read(self.client, "GET", self.url(path), what,
                                       headers=self.headers(), params=params,
                                       on_response=_missing_is_an_answer)
        except _Missing:
            return None
        return http.json_of(response, what)

    async def send(self, method: str, path: str, what: str, body: Any = None) -> Any:
        """A write (never retried); the JSON answer, or None for an empty one."""
        response = await http.write(self.client, method, self.url(path), what,
                                    headers=self.headers(), json_body=body,
                                    on_response=_honour_wait_seconds)
        return http.json_of(response, what) if response.content.strip() else None

    async def me(self) -> Me:
        """Who the key acts as, and whether they are staff (asked once per connector)."""
        if self._me is None:
            if self.auth == USER_API_KEY:
                answer = await self.get("/session/current.json", "reading who we are",
                                        own=True)
                self._me = parse_me(answer, "current_user")
            else:
                self._me = await self._api_user()
        return self._me

    async def _api_user(self) -> Me:
        what = "reading the API user"
        try:
            answer = await self.get_or_none(f"/u/{quote(self.handle, safe='')}.json", what)
        except NotSupported:
            raise _refused(what) from None
        if answer is None:
            raise AuthExpired(f"Discourse has no user @{self.handle}; check --user")
        return parse_me(answer, "user")


def _refused(what: str) -> AuthExpired:
    return AuthExpired(f"{what}: Discourse refused the API key (revoked, wrong username, or "
                       "the user is suspended)")
