"""Fetching from Mastodon: pages and cursors, the first sync's history, direct messages,
edits and deletions, hostile items, rate limits and expired tokens."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest

from app.items import InboundItem, validate
from app.models import Direction, MessageKind
from app.secrets import Secrets
from connectors import http
from connectors.base import AccountConfig
from connectors.errors import (
    AuthExpired,
    BadPayload,
    NotSupported,
    PlatformUnavailable,
    RateLimited,
)
from connectors.mastodon.session import server_base
from tests.connectors.mastodon_fake import HOST, FakeMastodon, connector_for, error


async def drain(connector: Any, stream: str, cursor: str | None = None,
                ) -> tuple[list[InboundItem], str | None, int]:
    """Fetch as the engine does: pages until `more` is False."""
    items: list[InboundItem] = []
    pages = 0
    while True:
        page = await connector.fetch(stream, cursor)
        pages += 1
        items += page.items
        cursor = page.cursor
        assert not page.rejected
        if not page.more:
            return items, cursor, pages
        assert pages < 50


def ids(items: list[InboundItem]) -> list[str]:
    return [i.platform_id for i in items]


@pytest.fixture
def fake() -> FakeMastodon:
    return FakeMastodon()


async def test_a_mention_becomes_a_plain_text_item_with_its_author(
        fake: FakeMastodon, secrets: Secrets) -> None:
    alice = fake.person("alice", name="Alice ✿")
    post = fake.post(alice, "Hi @brand, is https://shop.example/orders/2024/very/long/path "
                            "down? #help :blobcat:", media=[
                                {"id": "1", "type": "image", "description": "error page"},
                                {"id": "2", "type": "video", "description": None}])
    items, _, _ = await drain(connector_for(fake, secrets), "mentions")
    [item] = items
    assert validate(item) == item
    assert item.platform_id == str(post.id) and item.kind is MessageKind.MENTION
    assert item.text == (f"Hi @brand@{HOST}, is https://shop.example/orders/2024/very/long/path"
                         " down? #help :blobcat:\n[image: error page]\n[video]")
    assert item.html is not None and "<span class=\"invisible\">" in item.html
    assert item.author is not None
    assert (item.author.remote_id, item.author.handle, item.author.name) == (
        alice.id, f"@alice@{HOST}", "Alice ✿")
    assert item.url == f"https://{HOST}/@alice/{post.id}" and item.language == "en"
    assert item.direction is Direction.INBOUND and not item.is_direct


async def test_a_server_on_this_machine_over_plain_http(
        fake: FakeMastodon, secrets: Secrets) -> None:
    post = fake.post(fake.person("dev"), "@brand testing locally")
    seen: list[str] = []

    def local(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url).split("?")[0])
        return fake.handle(request)

    connector = connector_for(fake, secrets, server="http://127.0.0.1:3000/", client=(
        httpx.AsyncClient(transport=httpx.MockTransport(local))))
    page = await connector.fetch("mentions", None)
    assert ids(list(page.items)) == [str(post.id)]
    assert seen[0] == "http://127.0.0.1:3000/api/v1/notifications"


def test_the_server_comes_from_the_handle_when_not_given() -> None:
    config = AccountConfig(1, "mastodon", "@brand@mastodon.example")
    assert server_base(config) == "https://mastodon.example"
    with pytest.raises(NotSupported):
        server_base(AccountConfig(1, "mastodon", "brand"))


async def test_replies_and_direct_mentions_are_told_apart(
        fake: FakeMastodon, secrets: Secrets) -> None:
    bob = fake.person("bob", "remote.example")
    ours = fake.post(fake.me, "Launch day!")
    reply = fake.post(bob, "@brand congrats", reply_to=ours)
    dm = fake.post(bob, "@brand@social.example psst, my order #123?", visibility="direct")
    items, _, _ = await drain(connector_for(fake, secrets), "mentions")
    by_id = {i.platform_id: i for i in items}
    assert by_id[str(reply.id)].kind is MessageKind.REPLY
    assert by_id[str(reply.id)].parent_id == str(ours.id)
    assert by_id[str(dm.id)].kind is MessageKind.DIRECT and by_id[str(dm.id)].is_direct
    assert by_id[str(dm.id)].author.handle == "@bob@remote.example"  # type: ignore[union-attr]


async def test_many_pages_then_resume_without_skips_or_doubles(
        fake: FakeMastodon, secrets: Secrets) -> None:
    fans = [fake.person(f"fan{i}") for i in range(7)]
    posted = [fake.post(fans[i % 7], f"@brand question {i}") for i in range(95)]
    connector = connector_for(fake, secrets)
    items, cursor, pages = await drain(connector, "mentions")
    assert sorted(ids(items)) == sorted(str(p.id) for p in posted)
    assert len(items) == 95 and pages >= 4  # 40 per page: newest page, then walking back
    later = [fake.post(fans[0], f"@brand follow-up {i}") for i in range(3)]
    again, cursor, _ = await drain(connector_for(fake, secrets), "mentions", cursor)
    assert sorted(ids(again)) == sorted(str(p.id) for p in later)
    nothing, _, pages = await drain(connector_for(fake, secrets), "mentions", cursor)
    assert nothing == [] and pages == 1


async def test_an_interrupted_sync_resumes_from_the_last_committed_page(
        fake: FakeMastodon, secrets: Secrets) -> None:
    fan = fake.person("fan")
    posted = [fake.post(fan, f"@brand n{i}") for i in range(90)]
    connector = connector_for(fake, secrets)
    first = await connector.fetch("mentions", None)
    lost = await connector.fetch("mentions", first.cursor)  # fetched, never committed
    assert lost.items
    arrived = [fake.post(fan, f"@brand during the crash {i}") for i in range(45)]
    items, _, _ = await drain(connector_for(fake, secrets), "mentions", first.cursor)
    everything = ids(list(first.items) + items)
    assert sorted(everything) == sorted(str(p.id) for p in posted + arrived)
    assert len(everything) == len(set(everything))


async def test_an_empty_account_and_the_history_window(
        fake: FakeMastodon, secrets: Secrets) -> None:
    page = await connector_for(fake, secrets).fetch("mentions", None)
    assert (list(page.items), page.more, list(page.rejected)) == ([], False, [])
    fan = fake.person("fan")
    fake.clock = datetime.now(UTC) - timedelta(days=40)
    old = [fake.post(fan, f"@brand old {i}", ) for i in range(50)]
    fake.clock = datetime.now(UTC) - timedelta(hours=3)
    new = [fake.post(fan, f"@brand new {i}") for i in range(50)]
    connector = connector_for(fake, secrets, settings={"history_days": "7"})
    items, _, _ = await drain(connector, "mentions", page.cursor)
    got = set(ids(items))
    assert {str(p.id) for p in new} <= got
    assert len(got & {str(p.id) for p in old}) < 40  # stopped at the first page past 7 days


async def test_mentions_set_aside_by_the_notification_policy_still_arrive(
        fake: FakeMastodon, secrets: Secrets) -> None:
    stranger = fake.person("stranger", "far.example")
    post = fake.post(stranger, "@brand hello from someone you do not follow", filtered=True)
    items, _, _ = await drain(connector_for(fake, secrets), "mentions")
    assert ids(items) == [str(post.id)]


async def test_a_server_that_ignores_types_still_gives_only_mentions(secrets: Secrets) -> None:
    fake = FakeMastodon(knows_types=False)
    fan = fake.person("fan")
    ours = fake.post(fake.me, "New release!")
    fake.other_notification("favourite", fan, ours)
    fake.other_notification("follow", fan)
    asked = fake.post(fan, "@brand does it run on Linux?")
    page = await connector_for(fake, secrets).fetch("mentions", None)
    assert ids(list(page.items)) == [str(asked.id)] and not page.rejected


async def test_edits_and_deletions_come_back_on_a_later_sync(
        fake: FakeMastodon, secrets: Secrets) -> None:
    fan = fake.person("fan")
    edited = fake.post(fan, "@brand my order is lost")
    gone = fake.post(fan, "@brand you are all useless")
    kept = fake.post(fan, "@brand thanks anyway")
    _, cursor, _ = await drain(connector_for(fake, secrets), "mentions")
    fake.edit(edited, "@brand found it, sorry! 🙏")
    fake.delete(gone)
    items, cursor, _ = await drain(connector_for(fake, secrets), "mentions", cursor)
    by_id = {i.platform_id: i for i in items}
    assert set(by_id) == {str(edited.id), str(gone.id)}
    assert by_id[str(edited.id)].text == f"@brand@{HOST} found it, sorry! 🙏"
    assert by_id[str(edited.id)].edited_at is not None
    assert by_id[str(gone.id)].deleted and by_id[str(gone.id)].text == ""
    quiet, _, _ = await drain(connector_for(fake, secrets), "mentions", cursor)
    assert quiet == [] and str(kept.id) not in by_id  # reported once, not every sync


async def test_before_mastodon_4_3_statuses_are_looked_at_one_by_one(
        secrets: Secrets) -> None:
    fake = FakeMastodon(batch_lookup=False)
    fan = fake.person("fan")
    gone = fake.post(fan, "@brand spam spam")
    _, cursor, _ = await drain(connector_for(fake, secrets), "mentions")
    fake.delete(gone)
    items, _, _ = await drain(connector_for(fake, secrets), "mentions", cursor)
    assert [(i.platform_id, i.deleted) for i in items] == [(str(gone.id), True)]
    assert ("GET", f"/api/v1/statuses/{gone.id}") in [(m, p) for m, p, _ in fake.log]


async def test_looking_again_goes_round_every_watched_status(secrets: Secrets) -> None:
    fake = FakeMastodon(batch_lookup=False)  # five single look-ups per sync
    fan = fake.person("fan")
    posts = [fake.post(fan, f"@brand q{i}") for i in range(12)]
    _, cursor, _ = await drain(connector_for(fake, secrets), "mentions")
    for post in posts[-4:]:
        fake.delete(post)
    fake.edit(posts[5], "@brand q5, edited")
    seen: list[InboundItem] = []
    for _ in range(3):  # 12 statuses, 5 a round
        items, cursor, _ = await drain(connector_for(fake, secrets), "mentions", cursor)
        seen += items
    assert sorted(i.platform_id for i in seen if i.deleted) == sorted(
        str(p.id) for p in posts[-4:])
    assert [i.text for i in seen if not i.deleted] == [f"@brand@{HOST} q5, edited"]


async def test_malformed_items_are_rejected_one_by_one_and_the_rest_syncs(
        fake: FakeMastodon, secrets: Secrets) -> None:
    fan = fake.person("fan")
    good = fake.post(fan, "@brand a fine question")
    fake.broken_notification({"type": "mention", "created_at": "yesterday",
                              "account": fan.entity(), "status": None})
    bad_time = fake.broken_notification({"type": "mention", "created_at": "2026-01-01T00:00Z",
                                         "account": fan.entity(), "status": {
                                             **fake.status(good), "id": "77",
                                             "created_at": "not a date"}})
    fake.broken_notification({"type": "mention", "created_at": "2026-01-01T00:00:00Z",
                              "status": {**fake.status(good), "id": "../../admin",
                                         "account": None}})
    fake.broken_notification({"type": "mention", "created_at": "2026-01-01T00:00:00Z",
                              "status": "<p>not an object</p>"})
    also_good = fake.post(fan, "@brand and another")
    page = await connector_for(fake, secrets).fetch("mentions", None)
    assert sorted(ids(list(page.items))) == sorted([str(good.id), str(also_good.id)])
    assert len(page.rejected) == 4
    assert (str(bad_time), ) in [(pid,) for pid, _ in page.rejected]
    assert all(reason for _, reason in page.rejected)
    after = await connector_for(fake, secrets).fetch("mentions", page.cursor)
    assert not after.rejected  # the cursor moved past them: they are not sent again


async def test_oversized_names_and_warnings_are_trimmed_and_the_message_kept(
        fake: FakeMastodon, secrets: Secrets) -> None:
    loud = fake.person("loud", "far.example", name="Ｎ" * 5000)
    post = fake.post(loud, "@brand hi", spoiler_text="cw " * 3000)
    [item] = (await connector_for(fake, secrets).fetch("mentions", None)).items
    assert validate(item).platform_id == str(post.id)
    assert item.author is not None and len(item.author.name) == 500
    assert len(item.subject) == 2000 and item.subject.endswith("…")


async def test_a_page_that_is_not_json_is_a_bad_payload(
        fake: FakeMastodon, secrets: Secrets) -> None:
    fake.faults["/api/v1/notifications"] = [httpx.Response(200, content=b"<html>oops")]
    with pytest.raises(BadPayload, match="not JSON"):
        await connector_for(fake, secrets).fetch("mentions", None)


async def test_a_spent_budget_stops_us_before_the_server_says_429(
        secrets: Secrets) -> None:
    fake = FakeMastodon(rate_limit=2)
    fan = fake.person("fan")
    for i in range(50):
        fake.post(fan, f"@brand {i}")
    connector = connector_for(fake, secrets)
    page = await connector.fetch("mentions", None)
    page = await connector.fetch("mentions", page.cursor)  # the answer says Remaining: 0
    sent = len(fake.log)
    with pytest.raises(RateLimited) as caught:
        await connector.fetch("mentions", page.cursor)
    assert len(fake.log) == sent  # nothing was sent
    assert 200 < caught.value.retry_after <= 300  # until X-RateLimit-Reset


async def test_a_429_without_retry_after_waits_until_the_reset(
        fake: FakeMastodon, secrets: Secrets) -> None:
    fake.remaining = 0  # another app spent the budget
    with pytest.raises(RateLimited) as caught:
        await connector_for(fake, secrets).fetch("mentions", None)
    assert 200 < caught.value.retry_after <= 300  # not the generic 60 s guess


async def test_a_429_with_retry_after_is_honoured(fake: FakeMastodon, secrets: Secrets) -> None:
    fake.remaining = 0
    fake.retry_after_header = "120"
    with pytest.raises(RateLimited) as caught:
        await connector_for(fake, secrets).fetch("mentions", None)
    assert caught.value.retry_after == 120


async def test_short_waits_and_server_errors_are_retried_in_place(
        fake: FakeMastodon, secrets: Secrets, monkeypatch: pytest.MonkeyPatch) -> None:
    fan = fake.person("fan")
    post = fake.post(fan, "@brand hello")
    monkeypatch.setattr(http, "wait_exponential", lambda **_: lambda state: 0.0)
    fake.faults["/api/v1/notifications"] = [
        httpx.Response(429, headers={"Retry-After": "0"}, json={"error": "Too many requests"}),
        error(503, "There was a temporary problem serving your request, please try again")]
    items, _, _ = await drain(connector_for(fake, secrets), "mentions")
    assert ids(items) == [str(post.id)]
    fake.faults["/api/v1/notifications"] = [error(502, "Bad gateway")] * 3
    with pytest.raises(PlatformUnavailable):
        await connector_for(fake, secrets).fetch("mentions", None)


async def test_a_revoked_or_missing_token_asks_to_sign_in_again(
        fake: FakeMastodon, secrets: Secrets) -> None:
    connector = connector_for(fake, secrets)
    fake.tokens.clear()
    with pytest.raises(AuthExpired, match="no longer accepts"):
        await connector.fetch("mentions", None)
    secrets.delete("account:mastodon-test")
    with pytest.raises(AuthExpired, match="no Mastodon access token"):
        await connector.fetch("mentions", None)


async def test_link_urls_are_never_followed_to_another_host(
        fake: FakeMastodon, secrets: Secrets) -> None:
    fan = fake.person("fan")
    fake.post(fan, "@brand hi")
    body = [fake.note(fake.notes[0])]
    fake.faults["/api/v1/notifications"] = [httpx.Response(200, json=body, headers={
        "Link": '<https://evil.example/api/v1/notifications?max_id=1>; rel="next"'})]
    await drain(connector_for(fake, secrets), "mentions")
    assert fake.hosts == {HOST}


async def test_direct_conversations_show_both_sides(fake: FakeMastodon, secrets: Secrets) -> None:
    bob = fake.person("bob", "remote.example")
    asked = fake.post(bob, "@brand@social.example where is my parcel?", visibility="direct")
    answered = fake.post(fake.me, "@bob@remote.example on its way", visibility="direct",
                         reply_to=asked)
    others = [fake.post(fake.person(f"p{i}"), f"@brand dm {i}", visibility="direct")
              for i in range(45)]
    items, cursor, pages = await drain(connector_for(fake, secrets), "direct")
    by_id = {i.platform_id: i for i in items}
    assert pages >= 2 and str(answered.id) in by_id
    assert {str(p.id) for p in others} <= set(by_id)
    ours = by_id[str(answered.id)]
    assert ours.direction is Direction.OUTBOUND and ours.is_direct
    assert ours.kind is MessageKind.DIRECT and ours.parent_id == str(asked.id)
    more = fake.post(bob, "@brand@social.example thanks!", visibility="direct",
                     reply_to=answered)
    again, _, _ = await drain(connector_for(fake, secrets), "direct", cursor)
    assert ids(again) == [str(more.id)]
    assert again[0].direction is Direction.INBOUND
