"""Signing in to a real Synapse: password login with refresh tokens kept in the keyring, one
refresh at a time when the short-lived access token expires, the device kept throughout."""

from __future__ import annotations

import asyncio
import json

import httpx
import pytest

from app.secrets import Secrets, session_ref
from connectors.errors import AuthExpired
from connectors.matrix import MatrixConnector
from tests.connectors.matrix_actors import World, client_fixture, world_fixture
from tests.connectors.synapse_server import ACCESS_TOKEN_LIFETIME_S, synapse_fixture

# pytest finds the imported fixtures by name in this module; this keeps them imported.
FIXTURES = (synapse_fixture, world_fixture, client_fixture)
REF = "account:matrix"


def stored(secrets: Secrets) -> dict[str, str]:
    raw = secrets.get(session_ref(REF))
    assert raw is not None
    data: dict[str, str] = json.loads(raw)
    return data


async def expire() -> None:
    await asyncio.sleep(ACCESS_TOKEN_LIFETIME_S + 0.5)


async def test_an_expired_token_is_refreshed_once_for_everyone_and_the_device_kept(
        world: World, secrets: Secrets) -> None:
    paths: list[str] = []

    async def note(request: httpx.Request) -> None:
        paths.append(request.url.path)

    async with httpx.AsyncClient(timeout=30, event_hooks={"request": [note]}) as client:
        await world.connector(secrets, client).fetch("sync", None)
        first = stored(secrets)
        assert first["user_id"] == world.brand.user_id and first["refresh_token"]
        assert secrets.get(REF) == world.brand.password  # the password stays where it was
        await expire()
        two = [world.connector(secrets, client) for _ in range(2)]
        await asyncio.gather(*(c.fetch("sync", None) for c in two))
    renewed = stored(secrets)
    assert paths.count("/_matrix/client/v3/login") == 1
    assert paths.count("/_matrix/client/v3/refresh") == 1
    assert renewed["device_id"] == first["device_id"]
    assert renewed["access_token"] != first["access_token"]
    assert renewed["refresh_token"] != first["refresh_token"]


async def test_a_spent_refresh_token_signs_in_again_on_the_same_device(
        world: World, secrets: Secrets, client: httpx.AsyncClient) -> None:
    await world.connector(secrets, client).fetch("sync", None)
    old = secrets.get(session_ref(REF))
    await expire()
    await world.connector(secrets, client).fetch("sync", None)  # refreshes; old one is spent
    device = stored(secrets)["device_id"]
    assert old is not None
    secrets.set(session_ref(REF), old)  # e.g. a backup of the keyring restored
    await expire()
    page = await world.connector(secrets, client).fetch("sync", None)
    assert page.cursor and stored(secrets)["device_id"] == device


async def test_a_device_signed_out_on_the_server_must_be_added_again(
        world: World, secrets: Secrets, client: httpx.AsyncClient) -> None:
    await world.connector(secrets, client).fetch("sync", None)
    token = stored(secrets)["access_token"]
    answer = await client.post(world.server.base_url + "/_matrix/client/v3/logout",
                               headers={"Authorization": f"Bearer {token}"})
    assert answer.status_code == 200
    with pytest.raises(AuthExpired, match="signed Serambi's device out"):
        await world.connector(secrets, client).fetch("sync", None)


async def test_a_wrong_password_is_auth_expired_and_leaves_no_session(
        world: World, secrets: Secrets, client: httpx.AsyncClient) -> None:
    secrets.set(REF, "not-the-password")
    connector = MatrixConnector(world.config(), secrets, client)
    with pytest.raises(AuthExpired) as caught:
        await connector.fetch("sync", None)
    assert "not-the-password" not in str(caught.value)
    assert secrets.get(session_ref(REF)) is None
