"""Browser sign-in: register Serambi with the user's server, send them to its consent page,
take the code back on a loopback redirect and exchange it for an access token.

OAuth 2 authorization code with PKCE S256 and a random `state` (docs.joinmastodon.org
spec/oauth, methods/apps, methods/oauth; RFC 7636, RFC 8252). The app is registered anew
for each sign-in because the loopback port is new each time.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import urlencode, urlsplit

import httpx

from connectors import http
from connectors.errors import AuthExpired, BadPayload
from connectors.loopback import LoopbackRedirect
from connectors.mastodon.api_types import parse_account, parse_scopes, text_field
from connectors.mastodon.mapping import full_acct
from connectors.mastodon.session import checked_base
from connectors.setup import SignInResult

APP_NAME = "Serambi"
# The least that lets Serambi do its work, as granular scopes (api/oauth-scopes).
SCOPES = ("read:accounts read:notifications read:statuses write:statuses write:blocks "
          "write:mutes write:reports")
WAIT_FOR_BROWSER = 300.0


def pkce_pair() -> tuple[str, str]:
    """(code_verifier, S256 code_challenge) as RFC 7636 section 4 describes."""
    verifier = secrets.token_urlsafe(64)  # 86 characters of the unreserved alphabet
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return verifier, base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


async def _register(client: httpx.AsyncClient, base: str, redirect_uri: str) -> tuple[str, str]:
    what = "registering Serambi with the server"
    response = await http.write(client, "POST", f"{base}/api/v1/apps", what, data={
        "client_name": APP_NAME, "redirect_uris": redirect_uri, "scopes": SCOPES})
    app = http.expect_dict(http.json_of(response, what), what)
    return text_field(app, "client_id", what), text_field(app, "client_secret", what)


def authorize_url(base: str, client_id: str, redirect_uri: str, state: str,
                  challenge: str) -> str:
    return f"{base}/oauth/authorize?" + urlencode({
        "response_type": "code", "client_id": client_id, "redirect_uri": redirect_uri,
        "scope": SCOPES, "state": state, "code_challenge": challenge,
        "code_challenge_method": "S256"})


async def _exchange(client: httpx.AsyncClient, base: str, form: dict[str, str]) -> Any:
    what = "finishing the sign-in"
    try:
        response = await http.write(client, "POST", f"{base}/oauth/token", what, data=form)
    except BadPayload:
        # 400 invalid_grant: the code was used, expired, or not issued for this request.
        raise AuthExpired(f"{what}: the server did not accept the sign-in code; "
                          "please try again") from None
    return http.expect_dict(http.json_of(response, what), what)


async def _who(client: httpx.AsyncClient, base: str, token: str) -> str:
    what = "checking who signed in"
    response = await http.read(client, "GET", f"{base}/api/v1/accounts/verify_credentials",
                               what, headers={"Authorization": f"Bearer {token}"})
    account = parse_account(http.json_of(response, what))
    return full_acct(account.acct, urlsplit(base).netloc)


async def browser_sign_in(values: Mapping[str, str], client: httpx.AsyncClient,
                          open_url: Callable[[str], None]) -> SignInResult:
    """Sign in to the server named in `values["server_url"]` through the system browser."""
    base = checked_base((values.get("server_url") or "").strip())
    verifier, challenge = pkce_pair()
    state = secrets.token_urlsafe(32)
    async with LoopbackRedirect("/callback") as redirect:
        client_id, client_secret = await _register(client, base, redirect.uri)
        open_url(authorize_url(base, client_id, redirect.uri, state, challenge))
        answer = await redirect.wait(WAIT_FOR_BROWSER)
    if not hmac.compare_digest(answer.get("state", ""), state):
        raise AuthExpired("the sign-in answer did not belong to this sign-in (state "
                          "mismatch); please try again")
    code = answer.get("code", "")
    if not code:
        raise AuthExpired("the server sent no sign-in code; please try again")
    token = await _exchange(client, base, {
        "grant_type": "authorization_code", "code": code, "client_id": client_id,
        "client_secret": client_secret, "redirect_uri": redirect.uri,
        "code_verifier": verifier})
    access = text_field(token, "access_token", "the sign-in answer")
    granted = parse_scopes(token.get("scope", SCOPES), "granted scopes")
    return SignInResult(handle=await _who(client, base, access), server_url=base,
                        secret=access, settings={"scopes": " ".join(granted)})
