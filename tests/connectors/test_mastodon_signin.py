"""Adding a Mastodon account: the setup fields, and the browser sign-in (app registration,
PKCE S256, state, loopback redirect, token exchange) against the fake server."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import re
from collections.abc import Callable
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from connectors.errors import AuthExpired, NotSupported
from connectors.loopback import SignInCancelled
from connectors.mastodon.account import SETUP
from connectors.mastodon.session import checked_base
from connectors.mastodon.signin import SCOPES, browser_sign_in, pkce_pair
from connectors.setup import setup_for
from tests.connectors.mastodon_fake import BASE, HOST, FakeMastodon


def test_setup_fields_flags_and_secret() -> None:
    assert setup_for("mastodon") is SETUP
    server, handle = SETUP.fields
    assert (server.key, server.cli_flag, server.kind, server.label) == (
        "server_url", "--instance", "url", "Server")
    assert (handle.key, handle.cli_flag) == ("handle", "--handle")
    assert SETUP.credential == "token" and SETUP.credential_label == "Access token"
    assert "Preferences → Development" in SETUP.credential_help
    assert SETUP.browser_sign_in is browser_sign_in
    assert SETUP.values_from({"server_url": "https://mastodon.social/",
                              "handle": "@brand@mastodon.social"}) == (
        "@brand@mastodon.social", "https://mastodon.social", {})
    with pytest.raises(ValueError, match="https://"):
        SETUP.values_from({"server_url": "mastodon.social"})


def test_plain_http_only_for_this_machine() -> None:
    assert checked_base("http://127.0.0.1:3000/") == "http://127.0.0.1:3000"
    with pytest.raises(NotSupported, match="https"):
        checked_base("http://mastodon.example")


def test_pkce_pair_follows_rfc_7636() -> None:
    verifier, challenge = pkce_pair()
    assert re.fullmatch(r"[A-Za-z0-9_~.-]{43,128}", verifier)
    digest = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=")
    assert challenge == digest.decode() and pkce_pair()[0] != verifier


def browser(fake: FakeMastodon, tamper: Callable[[dict[str, str]], None] | None = None,
            edit_url: Callable[[str], str] | None = None) -> tuple[Callable[[str], None],
                                                                   list[str]]:
    """The system browser: shows the consent page, the user approves, the server redirects
    to our loopback listener (a real HTTP request to 127.0.0.1)."""
    opened: list[str] = []
    running: set[asyncio.Task[None]] = set()

    async def visit(url: str) -> None:
        redirect, params = fake.approve(edit_url(url) if edit_url else url)
        if tamper:
            tamper(params)
        async with httpx.AsyncClient(trust_env=False) as real:  # no proxy for 127.0.0.1
            await real.get(redirect, params=params)

    def open_url(url: str) -> None:
        opened.append(url)
        task = asyncio.get_running_loop().create_task(visit(url))
        running.add(task)  # keep a reference until the visit is done
        task.add_done_callback(running.discard)

    return open_url, opened


async def test_browser_sign_in_gives_the_handle_server_and_a_working_token() -> None:
    fake = FakeMastodon()
    open_url, opened = browser(fake)
    async with fake.client() as client:
        result = await browser_sign_in({"server_url": BASE + "/"}, client, open_url)
    assert (result.handle, result.server_url) == (f"@brand@{HOST}", BASE)
    assert fake.tokens[result.secret] == (fake.me.id, set(SCOPES.split()))
    assert result.settings == {"scopes": SCOPES}
    [url] = opened
    query = {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}
    assert url.startswith(f"{BASE}/oauth/authorize?")
    assert query["code_challenge_method"] == "S256" and len(query["state"]) >= 32
    assert re.fullmatch(r"http://127\.0\.0\.1:\d+/callback", query["redirect_uri"])
    [app] = fake.apps.values()
    assert app["redirect_uris"] == [query["redirect_uri"]] and " ".join(app["scopes"]) == SCOPES


async def test_an_answer_with_someone_elses_state_is_refused() -> None:
    fake = FakeMastodon()
    open_url, _ = browser(fake, tamper=lambda p: p.update(state="forged"))
    async with fake.client() as client:
        with pytest.raises(AuthExpired, match="state"):
            await browser_sign_in({"server_url": BASE}, client, open_url)
    assert list(fake.tokens) == [fake.token]  # the code was never exchanged


async def test_a_code_without_its_pkce_verifier_gets_no_token() -> None:
    fake = FakeMastodon()
    other_challenge = pkce_pair()[1]
    open_url, _ = browser(fake, edit_url=lambda u: re.sub(
        r"code_challenge=[^&]+", f"code_challenge={other_challenge}", u))
    async with fake.client() as client:
        with pytest.raises(AuthExpired, match="did not accept"):
            await browser_sign_in({"server_url": BASE}, client, open_url)
    assert list(fake.tokens) == [fake.token]


async def test_the_user_refusing_in_the_browser_cancels_the_sign_in() -> None:
    fake = FakeMastodon()

    def refuse(params: dict[str, str]) -> None:
        params.clear()
        params.update(error="access_denied", error_description="The user said no")

    open_url, _ = browser(fake, tamper=refuse)
    async with fake.client() as client:
        with pytest.raises(SignInCancelled, match="said no"):
            await browser_sign_in({"server_url": BASE}, client, open_url)
