"""Adding a Discourse account: the setup fields and flags, an API key on standard input, and
the User API key handshake through the browser (RSA payload, nonce, loopback redirect)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from sqlalchemy import text

from app.account_setup import add_with_fields
from app.secrets import Secrets
from app.store import Store
from connectors.base import AccountConfig
from connectors.discourse import DiscourseConnector
from connectors.discourse.account import SETUP, browser_sign_in
from connectors.errors import AuthExpired
from connectors.loopback import SignInCancelled
from connectors.setup import SignInResult, setup_for
from tests.connectors.discourse_fake import BASE, DiscourseFake, community


def test_setup_fields_flags_and_values() -> None:
    assert setup_for("discourse") is SETUP
    assert [(f.key, f.cli_flag, f.kind, f.required) for f in SETUP.fields] == [
        ("server_url", "--server", "url", True), ("handle", "--user", "text", True),
        ("categories", "--categories", "list", False)]
    assert (SETUP.credential, SETUP.credential_label) == ("token", "API key")
    assert SETUP.browser_sign_in is browser_sign_in
    assert SETUP.values_from({"server_url": "https://forum.test/", "handle": "brand",
                              "categories": "support, 7,"}) == \
        ("brand", "https://forum.test", {"categories": ["support", "7"]})
    with pytest.raises(ValueError, match="--user"):
        SETUP.values_from({"server_url": "https://forum.test"})


async def test_an_api_key_on_standard_input_acts_as_the_username(store: Store,
                                                                 secrets: Secrets) -> None:
    fake, _ = community()
    info = add_with_fields(store, secrets, "discourse",
                           {"server_url": BASE, "handle": "brand", "categories": "support"},
                           secret="key-brand")
    assert "auth" not in info.settings  # no --auth flag: a key from stdin is an API key
    with store.read() as conn:
        ref = conn.execute(text("select secret_ref from accounts")).scalar_one()
    config = AccountConfig(info.id, "discourse", info.handle, info.server_url,
                           info.settings, secret_ref=ref)
    async with fake.client() as client:
        said = await DiscourseConnector(config, secrets, client).verify()
    assert said.startswith("Signed in to forum.test as @brand (a moderator, with an API key)")


def browser(fake: DiscourseFake, nonce: str | None = None,
            refuse: bool = False) -> tuple[Callable[[str], None], list[str]]:
    """The system browser: shows the forum's page, the user approves (or not), and the
    forum's redirect lands on Serambi's loopback listener for real."""
    opened: list[str] = []

    async def visit(url: str) -> None:
        async with httpx.AsyncClient() as real:
            await real.get(url)

    def open_url(url: str) -> None:
        opened.append(url)
        if refuse:
            redirect = parse_qs(urlsplit(url).query)["auth_redirect"][0]
            asyncio.get_running_loop().create_task(visit(redirect))
        else:
            fake.approve(url, lambda to: asyncio.get_running_loop().create_task(visit(to)),
                         nonce)

    return open_url, opened


async def test_browser_sign_in_brings_back_a_user_api_key(secrets: Secrets) -> None:
    fake, p = community()
    fake.browser_user = p["brand"].id
    open_url, opened = browser(fake)
    async with fake.client() as client:
        result = await browser_sign_in({"server_url": BASE + "/", "categories": "support,7"},
                                       client, open_url)
        [(key, (user_id, client_id))] = fake.user_api_keys.items()
        assert result == SignInResult("brand", BASE, key, {
            "auth": "user_api_key", "client_id": client_id, "poll_seconds": 180,
            "categories": ["support", "7"]})
        assert user_id == p["brand"].id and client_id.startswith("serambi-")
        secrets.set("account:new", result.secret)
        config = AccountConfig(1, "discourse", result.handle, result.server_url,
                               result.settings, "account:new")
        said = await DiscourseConnector(config, secrets, client).verify()
    query = {k: v[0] for k, v in parse_qs(urlsplit(opened[0]).query).items()}
    assert opened[0].startswith(f"{BASE}/user-api-key/new?")
    assert query["application_name"] == "Serambi"
    assert query["scopes"] == "read,write,notifications,session_info"
    assert query["public_key"].startswith("-----BEGIN PUBLIC KEY-----")
    assert len(query["nonce"]) == 32 and query["client_id"] == client_id
    assert query["auth_redirect"].startswith("http://127.0.0.1:")
    assert "with a user API key" in said


async def test_an_answer_for_another_sign_in_is_refused(secrets: Secrets) -> None:
    fake, p = community()
    fake.browser_user = p["brand"].id
    open_url, _ = browser(fake, nonce="0" * 32)
    async with fake.client() as client:
        with pytest.raises(AuthExpired, match="nonce"):
            await browser_sign_in({"server_url": BASE}, client, open_url)


async def test_signed_in_as_someone_else_or_refused_in_the_browser(secrets: Secrets) -> None:
    fake, p = community()
    fake.browser_user = p["sari"].id
    async with fake.client() as client:
        with pytest.raises(AuthExpired, match="as @sari, not @brand"):
            await browser_sign_in({"server_url": BASE, "handle": "@brand"}, client,
                                  browser(fake)[0])
        with pytest.raises(SignInCancelled, match="no key back"):
            await browser_sign_in({"server_url": BASE}, client, browser(fake, refuse=True)[0])
