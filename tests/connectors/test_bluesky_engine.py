"""Bluesky through the real engine: an account added with its app password, a sync cycle
that fills the inbox, a queued reply sent once on the next cycle; and the account setup."""

from __future__ import annotations

from datetime import timedelta

import httpx
import pytest
from sqlalchemy import text

from app.accounts import add_account, check_account
from app.models import OutboxAction
from app.outbox import Outbox
from app.secrets import Secrets, session_ref
from app.store import Store
from app.sync import SyncEngine
from connectors import registry
from connectors.bluesky import BlueskyConnector
from connectors.bluesky.account import SETUP
from connectors.setup import setup_for
from tests.connectors.bluesky_fake import BRAND, POST, SERVICE, scene

CREATE = "com.atproto.repo.createRecord"


def rows(store: Store, sql: str) -> list[tuple[object, ...]]:
    with store.read() as conn:
        return [tuple(r) for r in conn.execute(text(sql))]


async def test_sync_fills_the_inbox_and_a_queued_reply_is_sent_once(
        store: Store, secrets: Secrets) -> None:
    s = scene()
    root = s.fake.post(s.brand, "Kopi baru kami: Gayo 🌿", ago=timedelta(hours=2))
    ask = s.fake.post(s.budi, "Ada yang decaf?", reply_to=root, langs=["id"],
                      ago=timedelta(minutes=30))
    s.fake.post(s.yuki, "美味しそう！", reply_to=root, ago=timedelta(minutes=20))
    words = "@brand.bsky.social open on Sunday?"
    mention = s.fake.post(s.alice, words, facets=[s.fake.mention_facet(words, BRAND)],
                          ago=timedelta(minutes=10))
    password = s.fake.accounts[s.brand].app_password
    info = add_account(store, secrets, "bluesky", BRAND, server_url=SERVICE, secret=password)
    engine = SyncEngine(store, secrets,
                        client_factory=lambda: httpx.AsyncClient(transport=s.fake.transport()))

    [report] = await engine.run_once()
    assert report.ok and report.inserted == 3, report.error
    threads = rows(store, "select thread_key, message_count from conversations "
                          "order by thread_key")
    assert sorted(threads) == sorted([(root, 2), (mention, 1)])
    [(ref,)] = rows(store, "select secret_ref from accounts")
    assert secrets.get(str(ref)) == password and secrets.get(session_ref(str(ref)))

    [(conversation,)] = rows(store, f"select id from conversations where thread_key = '{root}'")
    queued = Outbox(store, "Sari").queue_reply(int(str(conversation)), "Ada, @budi.example.id!",
                                               target_platform_id=ask)
    [report] = await engine.run_once()
    assert report.ok and report.sent == 1, report.error
    [report] = await engine.run_once()
    assert report.ok and report.sent == 0
    replies = [v for v in s.fake.records(s.brand, POST).values() if "reply" in v]
    assert len(replies) == 1 and s.fake.count(CREATE) == 1
    assert replies[0]["reply"]["parent"] == s.fake.strong_ref(ask)
    assert replies[0]["reply"]["root"] == s.fake.strong_ref(root)
    assert replies[0]["langs"] == ["id"]
    assert replies[0]["facets"][0]["features"][0]["did"] == s.budi
    [(state, platform_id)] = rows(store, "select state, platform_id from outbox "
                                         f"where id = {queued.id}")
    assert state == "sent" and str(platform_id).startswith(f"at://{s.brand}/{POST}/")
    assert rows(store, f"select count(*) from messages where platform_id = '{platform_id}' "
                       "and direction = 'outbound'") == [(1,)]
    assert info.platform == "bluesky"


async def test_moderation_through_the_outbox(store: Store, secrets: Secrets) -> None:
    s = scene()
    root = s.fake.post(s.brand, "Flash sale", ago=timedelta(hours=1))
    s.fake.post(s.alice, "scam!!", reply_to=root, ago=timedelta(minutes=5))
    add_account(store, secrets, "bluesky", BRAND, server_url=SERVICE,
                secret=s.fake.accounts[s.brand].app_password)
    engine = SyncEngine(store, secrets,
                        client_factory=lambda: httpx.AsyncClient(transport=s.fake.transport()))
    await engine.run_once()
    [(conversation,)] = rows(store, "select id from conversations")
    box = Outbox(store, "Sari")
    for action in (OutboxAction.HIDE, OutboxAction.BLOCK, OutboxAction.MUTE):
        box.queue_action(int(str(conversation)), action)
    box.queue_action(int(str(conversation)), OutboxAction.REPORT, reason="spam")
    [report] = await engine.run_once()
    assert report.ok and report.sent == 4 and report.failed == 0, report.error
    assert [r["subject"] for r in s.fake.records(s.brand, "app.bsky.graph.block").values()] \
        == [s.alice]
    assert s.fake.mutes[s.brand] == {s.alice} and len(s.fake.reports) == 1
    assert len(s.fake.records(s.brand, "app.bsky.feed.threadgate")) == 1


async def test_accounts_test_uses_verify(store: Store, secrets: Secrets) -> None:
    s = scene()
    info = add_account(store, secrets, "bluesky", BRAND, server_url=SERVICE,
                       secret=s.fake.accounts[s.brand].app_password)
    result = await check_account(
        store, secrets, info.id,
        client_factory=lambda: httpx.AsyncClient(transport=s.fake.transport()))
    assert result.ok and "@brand.bsky.social" in result.message


def test_setup_declares_handle_service_and_an_app_password() -> None:
    assert setup_for("bluesky") is SETUP
    assert registry.factory_for("bluesky") is BlueskyConnector
    assert [(f.key, f.cli_flag, f.required) for f in SETUP.fields] == [
        ("handle", "--handle", True), ("server_url", "--service", False)]
    assert SETUP.credential == "password" and SETUP.browser_sign_in is None
    assert "App passwords" in SETUP.credential_help
    assert SETUP.values_from({"handle": "brand.bsky.social"}) == (
        "brand.bsky.social", "https://bsky.social", {})
    assert SETUP.values_from({"handle": "me.test", "server_url": "http://127.0.0.1:2583/"}) \
        == ("me.test", "http://127.0.0.1:2583", {})
    with pytest.raises(ValueError, match="--handle"):
        SETUP.values_from({})
