"""The Bluesky notifications stream: pages, cursors, mapping, edits, deletions, bad items."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from app.models import Direction, MessageKind
from app.secrets import Secrets
from connectors.base import Page
from connectors.errors import NotSupported
from tests.connectors.bluesky_fake import POST, scene
from tests.connectors.paging import fetch_all, ids

LIST = "app.bsky.notification.listNotifications"


async def drain(connector: Any, cursor: str | None) -> tuple[list[Page], str | None]:
    return await fetch_all(connector, "notifications", cursor)


async def test_several_pages_then_resume_without_skips_or_doubles(secrets: Secrets) -> None:
    s = scene()
    root = s.fake.post(s.brand, "We are open today!", ago=timedelta(hours=3))
    sent = [s.fake.post(s.alice, f"reply {i}", reply_to=root, ago=timedelta(seconds=300 - i))
            for i in range(230)]
    pages, cursor = await drain(s.connector(secrets), None)
    assert [len(p.items) for p in pages] == [100, 100, 30]
    assert sorted(ids(pages)) == sorted(sent)
    texts = [f"@brand.bsky.social new {i}" for i in range(3)]
    newer = [s.fake.post(s.budi, t, facets=[s.fake.mention_facet(t, "brand.bsky.social")],
                         ago=timedelta(seconds=3 - i)) for i, t in enumerate(texts)]
    pages, cursor = await drain(s.connector(secrets), cursor)
    assert sorted(ids(pages)) == sorted(newer)
    pages, _ = await drain(s.connector(secrets), cursor)
    # Caught up: the last minutes are read again (for posts indexed late), nothing is new.
    assert ids(pages) == [] and not pages[-1].more


async def test_a_walk_cut_short_resumes_where_it_stopped(secrets: Secrets) -> None:
    s = scene()
    root = s.fake.post(s.brand, "Question of the day", ago=timedelta(hours=1))
    older = [s.fake.post(s.alice, f"answer {i}", reply_to=root, ago=timedelta(seconds=500 - i))
             for i in range(130)]
    first = await s.connector(secrets).fetch("notifications", None)
    assert first.more and len(first.items) == 100
    # The app stops here (quit, crash); meanwhile two more replies arrive.
    late = [s.fake.post(s.yuki, f"late {i}", reply_to=root) for i in range(2)]
    pages, cursor = await drain(s.connector(secrets), first.cursor)
    assert sorted(ids([first, *pages])) == sorted(older)  # the interrupted walk, finished
    pages, _ = await drain(s.connector(secrets), cursor)
    assert sorted(ids(pages)) == sorted(late)  # the next cycle starts from the top again


async def test_a_post_indexed_late_inside_the_overlap_is_still_caught(secrets: Secrets) -> None:
    s = scene()
    root = s.fake.post(s.brand, "Launch!", ago=timedelta(hours=1))
    s.fake.post(s.alice, "first", reply_to=root)
    _, cursor = await drain(s.connector(secrets), None)
    late = s.fake.post(s.budi, "sent from a slow phone", reply_to=root, ago=timedelta(minutes=3))
    pages, _ = await drain(s.connector(secrets), cursor)
    assert ids(pages) == [late]


async def test_backfill_is_bounded_and_can_be_widened(secrets: Secrets) -> None:
    s = scene()
    root = s.fake.post(s.brand, "Old post", ago=timedelta(days=40))
    old = s.fake.post(s.alice, "a month ago", reply_to=root, ago=timedelta(days=20))
    new = s.fake.post(s.alice, "today", reply_to=root, ago=timedelta(hours=2))
    pages, _ = await drain(s.connector(secrets), None)
    assert ids(pages) == [new]
    pages, _ = await drain(s.connector(secrets, {"backfill_days": "30"}), None)
    assert ids(pages) == [new, old]


async def test_mentions_replies_and_quotes_are_mapped(secrets: Secrets) -> None:
    s = scene()
    root = s.fake.post(s.brand, "Our new menu", ago=timedelta(hours=2))
    reply = s.fake.post(s.alice, "Looks great", reply_to=root, langs=["en"],
                        ago=timedelta(minutes=30))
    deeper = s.fake.post(s.yuki, "ほんとうに！", reply_to=reply, langs=["ja"],
                         ago=timedelta(minutes=20))
    text = "Halo @brand.bsky.social, ada promo?"
    mention = s.fake.post(s.budi, text, facets=[s.fake.mention_facet(text, "brand.bsky.social")],
                          langs=["id"], ago=timedelta(minutes=10))
    quote = s.fake.post(s.alice, "Everyone read this", quote=root, ago=timedelta(minutes=5))
    [page] = (await drain(s.connector(secrets), None))[0]
    got = {i.platform_id: i for i in page.items}
    assert set(got) == {reply, deeper, mention, quote}
    r = got[reply]
    assert (r.kind, r.thread_id, r.parent_id, r.language) == (MessageKind.REPLY, root, root, "en")
    assert r.direction is Direction.INBOUND and r.text == "Looks great"
    assert r.author is not None and r.author.remote_id == s.alice
    assert (r.author.handle, r.author.name) == ("@alice.bsky.social", "Alice Ñandú")
    assert r.author.profile_url == "https://bsky.app/profile/alice.bsky.social"
    assert r.url == f"https://bsky.app/profile/alice.bsky.social/post/{reply.rsplit('/', 1)[1]}"
    assert r.extra["cid"] == s.fake.strong_ref(reply)["cid"]
    m = got[mention]
    assert (m.kind, m.thread_id, m.parent_id, m.text) == (MessageKind.MENTION, None, None, text)
    q = got[quote]
    assert q.kind is MessageKind.MENTION and q.extra["quoted"] == root
    assert q.extra["reason"] == "quote" and q.extra["embed"] == "record"
    d = got[deeper]  # an answer to alice, in our thread: the thread is still ours
    assert (d.kind, d.thread_id, d.parent_id, d.text) == (MessageKind.REPLY, root, reply,
                                                          "ほんとうに！")
    assert d.author is not None and d.author.name == "ゆき 🌸"


async def test_link_facets_show_where_a_link_really_goes(secrets: Secrets) -> None:
    s = scene()
    text = "日本語 🎉 see example.com/menu... or click here"
    data = text.encode()
    short = data.index(b"example.com")
    here = data.index(b"click here")
    facets = [
        {"index": {"byteStart": short, "byteEnd": short + len(b"example.com/menu...")},
         "features": [{"$type": "app.bsky.richtext.facet#link",
                       "uri": "https://example.com/menu/spring-2026"}]},
        {"index": {"byteStart": here, "byteEnd": here + len(b"click here")},
         "features": [{"$type": "app.bsky.richtext.facet#link",
                       "uri": "https://evil.example/login"}]},
        {"index": {"byteStart": 1, "byteEnd": 4}, "features": [  # splits a character
            {"$type": "app.bsky.richtext.facet#link", "uri": "https://x.example"}]},
        {"index": {"byteStart": 0, "byteEnd": 10_000}, "features": []},
        "not a facet",
        s.fake.mention_facet(text + " @brand.bsky.social", "brand.bsky.social"),
    ]
    s.fake.post(s.alice, text + " @brand.bsky.social", facets=facets)
    [page] = (await drain(s.connector(secrets), None))[0]
    [item] = page.items
    assert item.text == ("日本語 🎉 see https://example.com/menu/spring-2026 or click here "
                         "(https://evil.example/login) @brand.bsky.social")


async def test_a_post_claiming_a_future_time_is_dated_when_it_was_indexed(
        secrets: Secrets) -> None:
    s = scene()
    text = "@brand.bsky.social from the future"
    s.fake.post(s.alice, text, facets=[s.fake.mention_facet(text, "brand.bsky.social")],
                created_at="2099-01-01T00:00:00.000Z")
    [page] = (await drain(s.connector(secrets), None))[0]
    assert page.items[0].created_at <= datetime.now(UTC)


async def test_a_notification_dated_in_the_future_does_not_stop_the_sync(
        secrets: Secrets) -> None:
    s = scene()
    root = s.fake.post(s.brand, "Hi", ago=timedelta(hours=1))
    odd = s.fake.post(s.alice, "clock trouble", reply_to=root, ago=timedelta(minutes=5))

    def future(page: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return [{**n, "indexedAt": "2150-01-01T00:00:00.000Z"} if n["uri"] == odd else n
                for n in page]

    s.fake.tamper = future
    pages, cursor = await drain(s.connector(secrets), None)
    assert ids(pages) == [odd] and pages[0].items[0].created_at <= datetime.now(UTC)
    later = s.fake.post(s.budi, "next day", reply_to=root)
    pages, _ = await drain(s.connector(secrets), cursor)
    assert ids(pages) == [later]


async def test_edits_and_deletions_are_noticed(secrets: Secrets) -> None:
    s = scene()
    root = s.fake.post(s.brand, "Shop update", ago=timedelta(hours=1))
    keep = s.fake.post(s.alice, "Where is my order?", reply_to=root, ago=timedelta(minutes=9))
    gone = s.fake.post(s.budi, "rude words", reply_to=root, ago=timedelta(minutes=8))
    fresh = {"recheck_minutes": 0}
    _, cursor = await drain(s.connector(secrets, fresh), None)
    s.fake.edit(keep, "Where is my order #1234?")
    s.fake.delete(gone)
    pages, cursor = await drain(s.connector(secrets, fresh), cursor)
    got = {i.platform_id: i for p in pages for i in p.items}
    assert got[keep].text == "Where is my order #1234?" and got[keep].edited_at is not None
    assert got[gone].deleted and got[gone].text == ""
    pages, _ = await drain(s.connector(secrets, fresh), cursor)
    assert ids(pages) == []  # each change reported once


async def test_a_failed_look_for_edits_keeps_the_new_posts_and_tries_again(
        secrets: Secrets) -> None:
    s = scene()
    root = s.fake.post(s.brand, "Hours", ago=timedelta(hours=1))
    first = s.fake.post(s.alice, "open?", reply_to=root, ago=timedelta(minutes=9))
    fresh = {"recheck_minutes": 0}
    _, cursor = await drain(s.connector(secrets, fresh), None)
    second = s.fake.post(s.budi, "and Sunday?", reply_to=root)
    s.fake.delete(first)
    s.fake.faults["app.bsky.feed.getPosts"] = [
        (429, "RateLimitExceeded", "Rate Limit Exceeded", {"Retry-After": "120"})]
    pages, cursor = await drain(s.connector(secrets, fresh), cursor)
    assert ids(pages) == [second]
    pages, _ = await drain(s.connector(secrets, fresh), cursor)
    assert [(i.platform_id, i.deleted) for p in pages for i in p.items] == [(first, True)]


async def test_a_member_who_blocks_us_does_not_look_deleted(secrets: Secrets) -> None:
    s = scene()
    root = s.fake.post(s.brand, "Hello", ago=timedelta(hours=1))
    s.fake.post(s.alice, "hi!", reply_to=root, ago=timedelta(minutes=5))
    fresh = {"recheck_minutes": 0}
    _, cursor = await drain(s.connector(secrets, fresh), None)
    s.fake.block(s.alice, s.brand)
    pages, cursor = await drain(s.connector(secrets, fresh), cursor)
    assert ids(pages) == []
    assert json.loads(cursor or "{}")["watch"] == []  # nothing more to watch there


async def test_bad_items_are_rejected_one_by_one_and_the_rest_sync(secrets: Secrets) -> None:
    s = scene()
    root = s.fake.post(s.brand, "Poll", ago=timedelta(hours=1))
    good = [s.fake.post(s.alice, f"vote {i}", reply_to=root, ago=timedelta(minutes=10 - i))
            for i in range(3)]

    def hostile(page: list[dict[str, Any]]) -> list[dict[str, Any]]:
        broken = [{**n, "uri": n["uri"][:-2] + "zz"} for n in page[:3]]
        broken[0]["uri"] = "https://not-at-uri.example/x"
        broken[1]["record"] = {"$type": POST, "text": 42, "createdAt": "2026-01-01T00:00:00Z"}
        broken[2]["author"] = {**broken[2]["author"], "did": s.yuki}  # not the repo owner
        like = {**page[0], "reason": "like", "uri": page[0]["uri"] + "x"}
        return [*broken, like, *page, "junk"]  # type: ignore[list-item]

    s.fake.tamper = hostile
    first = await s.connector(secrets).fetch("notifications", None)
    assert sorted(i.platform_id for i in first.items) == sorted(good)
    reasons = [why for _, why in first.rejected]
    assert len(first.rejected) == 4
    assert any("at://" in why for why in reasons) and any("text" in why for why in reasons)
    assert any("owner" in why for why in reasons) and any("object" in why for why in reasons)
    again = await s.connector(secrets).fetch("notifications", first.cursor)
    assert again.items == [] and len(again.rejected) <= 1  # only the id-less junk again


async def test_our_own_post_seen_in_a_fetch_is_outbound(secrets: Secrets) -> None:
    s = scene()
    root = s.fake.post(s.alice, "Which café is best?", ago=timedelta(hours=1))
    ours = s.fake.post(s.brand, "Ours, of course ☕", reply_to=root, ago=timedelta(minutes=5))

    def with_own(page: list[dict[str, Any]]) -> list[dict[str, Any]]:
        did, _, rkey = ours.removeprefix("at://").split("/")
        view = s.fake.post_view(did, rkey, s.brand)
        return [{**view, "reason": "reply", "isRead": True}, *page]

    s.fake.tamper = with_own
    [page] = (await drain(s.connector(secrets), None))[0]
    [item] = page.items
    assert (item.platform_id, item.direction) == (ours, Direction.OUTBOUND)


async def test_an_unknown_stream_is_refused(secrets: Secrets) -> None:
    with pytest.raises(NotSupported, match="no stream"):
        await scene().connector(secrets).fetch("direct-messages", None)
