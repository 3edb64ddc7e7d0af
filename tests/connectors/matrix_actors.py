"""People on the test homeserver: the brand account Serambi signs in as, and the members who
write to it. Members act through the plain client-server API, as their own apps would."""

from __future__ import annotations

import itertools
import uuid
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

import httpx
import pytest

from app.items import InboundItem, validate
from app.secrets import Secrets
from connectors.base import AccountConfig
from connectors.matrix import MatrixConnector
from connectors.matrix.session import API
from tests.connectors.synapse_server import SynapseServer

_COUNTER = itertools.count()


def _p(*segments: str) -> str:
    return API + "".join("/" + quote(s, safe="") for s in segments)


class Actor:
    """One registered user with its own access token (a device that never expires)."""

    def __init__(self, server: SynapseServer, name: str, *, admin: bool = False,
                 displayname: str = "") -> None:
        self.password = f"pw-{uuid.uuid4().hex}"
        self.user_id, token = server.register(name, self.password, admin=admin,
                                              displayname=displayname)
        self.http = httpx.Client(base_url=server.base_url, timeout=30,
                                 headers={"Authorization": f"Bearer {token}"})

    def call(self, method: str, path: str, body: Any = None, **params: str) -> Any:
        answer = self.http.request(method, path, json=body, params=params or None)
        answer.raise_for_status()
        return answer.json()

    def create_room(self, *, name: str = "", alias: str = "", invite: tuple[str, ...] = (),
                    direct: bool = False, power: dict[str, int] | None = None) -> str:
        body: dict[str, Any] = {"preset": "private_chat" if direct else "public_chat",
                                "invite": list(invite), "is_direct": direct}
        if name:
            body["name"] = name
        if alias:
            body["room_alias_name"] = alias
        if power:  # room version 12: the creator outranks everyone and is not listed
            body["power_level_content_override"] = {"users": power}
        return str(self.call("POST", _p("createRoom"), body)["room_id"])

    def join(self, room: str) -> None:
        self.call("POST", _p("join", room), {})

    def send(self, room: str, body: str, **content: Any) -> str:
        return self.send_event(room, "m.room.message", {"msgtype": "m.text", "body": body,
                                                         **content})

    def send_event(self, room: str, kind: str, content: dict[str, Any]) -> str:
        txn = f"t{next(_COUNTER)}-{uuid.uuid4().hex[:8]}"
        return str(self.call("PUT", _p("rooms", room, "send", kind, txn), content)["event_id"])

    def edit(self, room: str, event_id: str, new_body: str) -> str:
        return self.send(room, f"* {new_body}", **{
            "m.new_content": {"msgtype": "m.text", "body": new_body},
            "m.relates_to": {"rel_type": "m.replace", "event_id": event_id}})

    def redact(self, room: str, event_id: str) -> None:
        self.call("PUT", _p("rooms", room, "redact", event_id, uuid.uuid4().hex), {})

    def set_account_data(self, kind: str, content: dict[str, Any]) -> None:
        self.call("PUT", _p("user", self.user_id, "account_data", kind), content)

    def account_data(self, kind: str) -> Any:
        return self.call("GET", _p("user", self.user_id, "account_data", kind))

    def messages(self, room: str, limit: int = 50) -> list[dict[str, Any]]:
        """The room's recent events, oldest first, as this member sees them."""
        chunk = self.call("GET", _p("rooms", room, "messages"), dir="b", limit=str(limit))
        return list(reversed(chunk["chunk"]))

    def membership(self, room: str, user_id: str) -> str:
        state = self.call("GET", _p("rooms", room, "state", "m.room.member", user_id))
        return str(state["membership"])


@dataclass
class World:
    """A brand account and two members, fresh for each test (names never repeat)."""

    server: SynapseServer
    brand: Actor
    alice: Actor
    bob: Actor

    def config(self, rooms: list[str] | None = None, ref: str = "account:matrix") -> \
            AccountConfig:
        return AccountConfig(account_id=1, platform="matrix", handle=self.brand.user_id,
                             server_url=self.server.base_url,
                             settings={"rooms": rooms} if rooms else {}, secret_ref=ref)

    def close(self) -> None:
        for actor in (self.brand, self.alice, self.bob):
            actor.http.close()

    def connector(self, secrets: Secrets, client: httpx.AsyncClient,
                  rooms: list[str] | None = None) -> MatrixConnector:
        secrets.set("account:matrix", self.brand.password)
        return MatrixConnector(self.config(rooms), secrets, client)


def make_world(server: SynapseServer) -> World:
    n = f"{next(_COUNTER)}{uuid.uuid4().hex[:6]}"
    return World(server, Actor(server, f"brand{n}", displayname="Kopi Nusantara"),
                 Actor(server, f"alice{n}", displayname="Alice Wibowo"),
                 Actor(server, f"bob{n}", displayname="Bob Santoso"))


@pytest.fixture(name="world")
def world_fixture(synapse: SynapseServer) -> Iterator[World]:
    people = make_world(synapse)
    yield people
    people.close()


@pytest.fixture(name="client")
async def client_fixture() -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(timeout=30) as http:
        yield http


async def drain(connector: MatrixConnector, cursor: str | None = None
                ) -> tuple[list[InboundItem], list[tuple[str, str]], str | None, int]:
    """Fetch until the connector says it is caught up, as the engine does."""
    items: list[InboundItem] = []
    rejected: list[tuple[str, str]] = []
    pages = 0
    while True:
        page = await connector.fetch("sync", cursor)
        pages += 1
        items += [validate(i) for i in page.items]
        rejected += page.rejected
        cursor = page.cursor
        if not page.more:
            return items, rejected, cursor, pages
