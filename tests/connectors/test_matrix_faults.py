"""What a real homeserver will not do on demand, through the MockTransport fake: rate limits
told only in the body, 5xx, malformed JSON and events, broken connections, spent tokens."""

from __future__ import annotations

import json

import httpx
import pytest

from app.secrets import Secrets, session_ref
from connectors.base import AccountConfig
from connectors.errors import (
    AuthExpired,
    BadPayload,
    NotSupported,
    PlatformUnavailable,
    RateLimited,
    SendOutcomeUnknown,
)
from connectors.matrix import MatrixConnector
from connectors.matrix.fetching import CURSOR_RESET
from tests.connectors.matrix_fake import ME, PASSWORD, FakeHomeserver, error

ROOM = "!support:fake.test"
ALICE = "@alice:fake.test"


def connector(server: FakeHomeserver, secrets: Secrets,
              client: httpx.AsyncClient) -> MatrixConnector:
    secrets.set("account:m", PASSWORD)
    config = AccountConfig(1, "matrix", ME, "https://matrix.fake.test",
                           settings={"rooms": [ROOM]}, secret_ref="account:m")
    return MatrixConnector(config, secrets, client)


def limited(ms: int | None, header: str | None = None) -> httpx.Response:
    extra = {"retry_after_ms": ms} if ms is not None else {}
    answer = error(429, "M_LIMIT_EXCEEDED", "Too Many Requests", **extra)
    if header is not None:
        answer.headers["Retry-After"] = header
    return answer


@pytest.mark.parametrize(("answer", "wait"), [
    (limited(42_000), 42.0), (limited(None, "30"), 30.0), (limited(42_000, "43"), 42.0)])
async def test_rate_limits_wait_what_the_body_or_header_says(
        secrets: Secrets, answer: httpx.Response, wait: float) -> None:
    server = FakeHomeserver()
    server.fail("^/sync$", answer)
    async with server.client() as client:
        with pytest.raises(RateLimited) as caught:
            await connector(server, secrets, client).fetch("sync", None)
    assert caught.value.retry_after == wait


async def test_short_waits_and_server_errors_are_retried_for_reads(secrets: Secrets) -> None:
    server = FakeHomeserver()
    server.post(ROOM, ALICE, "hello")
    server.fail("^/sync$", limited(5))
    server.fail("^/sync$", error(502, "M_UNKNOWN", "Bad gateway"))
    async with server.client() as client:
        page = await connector(server, secrets, client).fetch("sync", None)
    assert [i.text for i in page.items] == ["hello"]
    for _ in range(3):
        server.fail("^/sync$", httpx.ReadTimeout("slow"))
    async with server.client() as client:
        with pytest.raises(PlatformUnavailable):
            await connector(server, secrets, client).fetch("sync", None)


async def test_malformed_json_fails_the_page_and_keeps_the_cursor(secrets: Secrets) -> None:
    server = FakeHomeserver()
    server.fail("^/sync$", httpx.Response(200, content=b'{"next_batch": "s1", "rooms": '))
    async with server.client() as client:
        with pytest.raises(BadPayload, match="not JSON"):
            await connector(server, secrets, client).fetch("sync", "unchanged")


async def test_malformed_events_are_rejected_one_by_one(secrets: Secrets) -> None:
    server = FakeHomeserver()
    server.post(ROOM, ALICE, "good one")
    server.add_raw(ROOM, "not an event")
    server.add_raw(ROOM, {"type": "m.room.message", "sender": ALICE, "content": {}})
    server.add_raw(ROOM, {"event_id": "$when", "type": "m.room.message", "sender": ALICE,
                          "origin_server_ts": "yesterday", "content": {"body": "x"}})
    server.add_raw(ROOM, {"event_id": "$body", "type": "m.room.message", "sender": ALICE,
                          "origin_server_ts": 1_790_000_000_000, "content": {"body": 7}})
    server.add_raw(ROOM, {"event_id": "$who", "type": "m.room.message", "sender": "mallory",
                          "origin_server_ts": 1_790_000_000_000, "content": {"body": "x"}})
    server.post(ROOM, ALICE, "* fixed", **{"m.relates_to": {"rel_type": "m.replace",
                                                             "event_id": "$e0"}})
    server.post(ROOM, ALICE, "good two")
    async with server.client() as client:
        page = await connector(server, secrets, client).fetch("sync", None)
    assert [i.text for i in page.items] == ["good one", "good two"]
    assert [why for _, why in page.rejected] == [
        "an event must be an object, not str", "the event has no valid event_id",
        "the event has no origin_server_ts", "the event has no valid sender",
        "a message without a text body", "an edit without m.new_content"]
    assert page.rejected[4][0] == f"{ROOM}|$body"


async def test_an_unreadable_cursor_starts_again_and_says_so(secrets: Secrets) -> None:
    server = FakeHomeserver()
    server.post(ROOM, ALICE, "latest")
    async with server.client() as client:
        page = await connector(server, secrets, client).fetch("sync", "{not json")
    assert [i.text for i in page.items] == ["latest"]
    assert page.rejected == [("cursor", CURSOR_RESET)]
    assert json.loads(page.cursor or "")["since"] == "s1"


async def test_a_spent_refresh_token_signs_in_again_with_the_same_device(
        secrets: Secrets) -> None:
    server = FakeHomeserver()
    async with server.client() as client:
        await connector(server, secrets, client).fetch("sync", None)
        server.expire_all()
        server.refresh_tokens.clear()
        await connector(server, secrets, client).fetch("sync", None)
    assert server.login_devices == [None, "DEV1"]
    assert json.loads(secrets.get(session_ref("account:m")) or "")["device_id"] == "DEV1"


async def test_sign_in_problems_are_typed(secrets: Secrets) -> None:
    server = FakeHomeserver()
    server.fail("^/login$", error(400, "M_UNKNOWN", "Unknown login type"))
    async with server.client() as client:
        with pytest.raises(NotSupported, match="does not offer password sign-in"):
            await connector(server, secrets, client).fetch("sync", None)
        secrets.set("account:m", "wrong")
        config = AccountConfig(1, "matrix", ME, "https://matrix.fake.test",
                               secret_ref="account:m")
        with pytest.raises(AuthExpired):
            await MatrixConnector(config, secrets, client).fetch("sync", None)


async def test_a_broken_connection_during_a_send_is_an_unknown_outcome(
        secrets: Secrets) -> None:
    server = FakeHomeserver()
    async with server.client() as client:
        matrix = connector(server, secrets, client)
        server.fail("/send/", httpx.ReadError("connection reset"))
        with pytest.raises(SendOutcomeUnknown):
            await matrix.reply(ROOM, "hi", "k1")
        server.fail("/send/", httpx.ConnectError("refused"))
        with pytest.raises(PlatformUnavailable, match="could not reach"):
            await matrix.reply(ROOM, "hi", "k1")
        sent = await matrix.reply(ROOM, "hi", "k1")
        assert await matrix.reply(ROOM, "hi", "k1") == sent  # same transaction, one message
    assert [raw["content"]["body"] for _, raw in server.events] == ["hi"]


async def test_ids_that_are_not_matrix_ids_are_refused_before_any_request(
        secrets: Secrets) -> None:
    server = FakeHomeserver()
    async with server.client() as client:
        matrix = connector(server, secrets, client)
        with pytest.raises(BadPayload):
            await matrix.delete("not-a-message-id")
        with pytest.raises(BadPayload):
            await matrix.kick(f"{ROOM}|$e1", "mallory", "")
    assert server.seen == []


async def test_an_edit_or_redaction_of_a_hidden_message_is_passed_over(
        secrets: Secrets) -> None:
    server = FakeHomeserver()
    for n, raw in enumerate([
            {"type": "m.room.redaction", "redacts": "$old1", "content": {}},
            {"type": "m.room.message", "content": {
                "body": "* x", "m.new_content": {"body": "x"},
                "m.relates_to": {"rel_type": "m.replace", "event_id": "$old2"}}}]):
        server.add_raw(ROOM, {"event_id": f"$r{n}", "sender": ALICE,
                              "origin_server_ts": 1_790_000_000_000, **raw})
        server.fail("/event/", error(403, "M_FORBIDDEN", "You don't have permission"))
    server.post(ROOM, ALICE, "still here")
    async with server.client() as client:
        page = await connector(server, secrets, client).fetch("sync", None)
    assert [i.text for i in page.items] == ["still here"] and page.rejected == []
    assert len([r for r in server.seen if "/event/" in r.url.path]) == 2
