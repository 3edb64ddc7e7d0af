"""The signed-in session with a Bluesky PDS: app-password sign-in, the tokens kept in the
keyring, one refresh at a time when the access token expires, and every XRPC call with the
rate limits the server announces (ratelimit.py).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any

import httpx

from app.secrets import Secrets, session_ref
from connectors import errors, http
from connectors.base import AccountConfig
from connectors.bluesky.api_types import is_did
from connectors.bluesky.ratelimit import RateBudget, wait_for

DEFAULT_SERVICE = "https://bsky.social"
SIGN_IN_HELP = ("Bluesky refused the handle or app password; make a new app password in "
                "Settings → Privacy and security → App passwords and add the account again")
# XRPC error names that say the session itself no longer works (worth one refresh).
_SESSION_GONE = frozenset({"ExpiredToken", "InvalidToken"})
_ACCOUNT_GONE = {
    "AccountTakedown": "Bluesky has taken this account down",
    "AccountDeactivated": "this Bluesky account is deactivated",
    "AuthFactorTokenRequired": "this is the account's main password and it needs an email "
                               "code; use an app password instead",
}


class RecordNotFound(errors.BadPayload):
    """com.atproto.repo.getRecord: no such record (never written, or deleted)."""

    retryable = False


class InvalidSwap(errors.BadPayload):
    """A compare-and-swap write lost a race with another change: read and try again."""


class _SessionGone(errors.AuthExpired):
    """The access token was refused; a refresh (or a new sign-in) may bring it back."""


@dataclass(frozen=True, slots=True)
class Tokens:
    access: str = field(repr=False)  # never in a log line or a traceback
    refresh: str = field(repr=False)
    did: str
    handle: str
    service: str

    @classmethod
    def from_answer(cls, data: dict[str, Any], service: str) -> Tokens:
        access, refresh, did, handle = (data.get(k) for k in
                                        ("accessJwt", "refreshJwt", "did", "handle"))
        if not (isinstance(access, str) and access and isinstance(refresh, str) and refresh
                and isinstance(handle, str) and is_did(did)):
            raise errors.BadPayload("Bluesky's sign-in answer is missing its tokens or DID")
        return cls(access, refresh, str(did), handle, service)


class Session:
    def __init__(self, config: AccountConfig, secrets: Secrets,
                 client: httpx.AsyncClient) -> None:
        self.service = (config.server_url or DEFAULT_SERVICE).rstrip("/")
        self.identifier = config.handle.strip().removeprefix("@")
        self.secrets = secrets
        self.client = client
        self.ref = config.secret_ref
        self.tokens: Tokens | None = None
        self.budget = RateBudget()

    async def me(self) -> Tokens:
        """Our session (signing in first when there is none yet)."""
        if self.tokens is None:
            self.tokens = self._load()
        if self.tokens is None:
            async with http.refresh_lock(session_ref(self.ref)):
                self.tokens = self._load() or await self._sign_in()
        return self.tokens

    async def xrpc(self, nsid: str, what: str, *, params: Any = None,
                   body: Any = None, procedure: bool = False) -> dict[str, Any]:
        """One signed XRPC call; an expired session is refreshed once and the call repeated
        (safe even for writes: a refused token means nothing was done)."""
        for attempt in (1, 2):
            token = (await self.me()).access
            try:
                return await self._call(nsid, what, params, body, procedure, token)
            except _SessionGone:
                if attempt == 2:
                    raise errors.AuthExpired(f"{what}: {SIGN_IN_HELP}") from None
                await self._refresh(token)
        raise AssertionError("unreachable")  # pragma: no cover

    async def _call(self, nsid: str, what: str, params: Any, body: Any, procedure: bool,
                    token: str | None) -> dict[str, Any]:
        self.budget.check(nsid, what)
        # The last answer seen, error answers included: their XRPC error name and rate-limit
        # headers say more than a status code.
        answers: list[httpx.Response] = []
        send = http.write if procedure else http.read
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        try:
            response = await send(self.client, "POST" if procedure else "GET",
                                  f"{self.service}/xrpc/{nsid}", what, headers=headers,
                                  params=params, json_body=body, on_response=answers.append)
        except errors.ConnectorError as exc:
            raise self._explain(exc, answers[-1] if answers else None, what) from None
        finally:
            self.budget.note(nsid, answers[-1] if answers else None)
        if not response.content.strip():
            return {}  # procedures without output answer with an empty body
        return http.expect_dict(http.json_of(response, what), what)

    def _explain(self, exc: errors.ConnectorError, response: httpx.Response | None,
                 what: str) -> errors.ConnectorError:
        """The typed error an XRPC error body means (`{"error": Name, "message": ...}`)."""
        name = _error_name(response)
        if isinstance(exc, errors.RateLimited):
            return errors.RateLimited(f"{what}: Bluesky's rate limit was reached",
                                      wait_for(response, exc.retry_after))
        if name in _ACCOUNT_GONE:
            return errors.AuthExpired(f"{what}: {_ACCOUNT_GONE[name]}")
        if name in _SESSION_GONE or (response is not None and response.status_code == 401):
            return _SessionGone(f"{what}: the session expired")
        if name == "RecordNotFound":
            return RecordNotFound(f"{what}: no such record")
        if name == "InvalidSwap":
            return InvalidSwap(f"{what}: the record changed meanwhile")
        return exc

    async def _sign_in(self) -> Tokens:
        password = self.secrets.get(self.ref) if self.ref else None
        if not password:
            raise errors.AuthExpired("no Bluesky app password is stored for this account; "
                                     "add it again with --password-stdin")
        body = {"identifier": self.identifier, "password": password}
        try:
            data = await self._call("com.atproto.server.createSession", "signing in to Bluesky",
                                    None, body, True, None)
        except (_SessionGone, errors.NotSupported):
            raise errors.AuthExpired(SIGN_IN_HELP) from None
        tokens = Tokens.from_answer(data, self.service)
        self._save(tokens)
        return tokens

    async def _refresh(self, failed_access: str) -> None:
        """One refresh at a time per account: whoever waited uses the new tokens."""
        async with http.refresh_lock(session_ref(self.ref)):
            stored = self._load()
            if stored is not None and stored.access != failed_access:
                self.tokens = stored
                return
            current = stored or self.tokens
            try:
                if current is None:
                    raise _SessionGone("no session to refresh")
                data = await self._call("com.atproto.server.refreshSession",
                                        "renewing the Bluesky session", None, None, True,
                                        current.refresh)
                self.tokens = Tokens.from_answer(data, self.service)
                self._save(self.tokens)
            except (_SessionGone, errors.BadPayload):
                self.tokens = await self._sign_in()  # the refresh token expired too

    def _load(self) -> Tokens | None:
        raw = self.secrets.get(session_ref(self.ref)) if self.ref else None
        try:
            tokens = Tokens(**json.loads(raw)) if raw else None
        except (ValueError, TypeError):
            return None  # unreadable: sign in again rather than fail
        return tokens if tokens is not None and tokens.service == self.service else None

    def _save(self, tokens: Tokens) -> None:
        if self.ref:
            self.secrets.set(session_ref(self.ref), json.dumps(asdict(tokens)))


def _error_name(response: httpx.Response | None) -> str:
    if response is None:
        return ""
    try:
        body = json.loads(response.content)
    except (ValueError, UnicodeDecodeError):
        return ""
    name = body.get("error") if isinstance(body, dict) else None
    return name if isinstance(name, str) else ""
