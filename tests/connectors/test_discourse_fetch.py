"""The two streams against the fake forum: notifications (with the posts they point to) and
new posts in chosen categories; paging, resuming, edits, deletions and hostile items."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

from app.items import InboundItem, validate
from app.models import Direction, MessageKind
from app.secrets import Secrets
from connectors.base import Page
from connectors.discourse import DiscourseConnector
from tests.connectors.discourse_fake import BASE, DiscourseFake, account, community


async def drain(connector: DiscourseConnector, stream: str, cursor: str | None = None,
                pages: int = 50) -> tuple[list[InboundItem], str | None, list[Page]]:
    seen: list[Page] = []
    for _ in range(pages):
        page = await connector.fetch(stream, cursor)
        seen.append(page)
        cursor = page.cursor
        if not page.more:
            break
    return [i for p in seen for i in p.items], cursor, seen


def by_id(items: list[InboundItem]) -> dict[str, InboundItem]:
    return {i.platform_id: i for i in items}


@pytest.fixture
def forum() -> tuple[DiscourseFake, dict[str, Any]]:
    return community()


async def test_notifications_bring_the_posts_with_thread_parent_and_author(
        forum: tuple[DiscourseFake, dict[str, Any]], secrets: Secrets) -> None:
    fake, p = forum
    first = fake.add_topic("Where is my order?", p["budi"], "Hi @brand, where is my "
                           "order? :smile:", category=5)
    ours = fake.add_post(first.topic_id, p["brand"], "We are looking into it now", 1)
    answer = fake.add_post(first.topic_id, p["andrei"], "Спасибо, жду ответа 🙏", 2)
    async with fake.client() as client:
        connector = DiscourseConnector(account(secrets), secrets, client)
        items, _, _ = await drain(connector, "notifications")
    got = by_id(items)
    assert set(got) == {str(first.id), str(ours.id), str(answer.id)}
    mention, reply, context = got[str(first.id)], got[str(answer.id)], got[str(ours.id)]
    assert (mention.kind, mention.direction, mention.parent_id) == \
        (MessageKind.MENTION, Direction.INBOUND, None)
    assert mention.text == "Hi @brand, where is my order? :smile:"
    assert mention.subject == "Where is my order?" and mention.thread_id == "topic:11"
    assert mention.url == f"{BASE}/t/where-is-my-order/11/1"
    assert mention.author is not None and mention.author.remote_id == str(p["budi"].id)
    assert (mention.author.handle, mention.author.name) == ("budi", "Budi Santoso")
    assert mention.author.avatar_url == f"{BASE}/user_avatar/forum.test/budi/96/2_2.png"
    assert mention.html is not None and 'class="mention"' in mention.html
    assert (reply.kind, reply.parent_id, reply.text) == \
        (MessageKind.REPLY, str(ours.id), "Спасибо, жду ответа 🙏")
    assert reply.author is not None and reply.author.handle == "андрей"
    assert reply.extra["notification"] == "replied"
    assert context.direction is Direction.OUTBOUND  # our answer, shown as ours
    for item in items:
        validate(item)  # the engine's last gate accepts every one


async def test_private_messages_are_direct(forum: tuple[DiscourseFake, dict[str, Any]],
                                           secrets: Secrets) -> None:
    fake, p = forum
    pm = fake.add_topic("Refund", p["sari"], "Can I get a refund for order 42?",
                        allowed=(p["sari"], p["brand"]))
    async with fake.client() as client:
        items, _, _ = await drain(DiscourseConnector(account(secrets), secrets, client),
                                  "notifications")
    [item] = items
    assert (item.platform_id, item.kind, item.is_direct) == (str(pm.id), MessageKind.DIRECT,
                                                             True)


async def test_pages_by_offset_resume_without_skips_or_doubles(
        forum: tuple[DiscourseFake, dict[str, Any]], secrets: Secrets) -> None:
    fake, p = forum
    topics = [fake.add_topic(f"Topic {t}", p["budi"], f"Opening post number {t}", 5)
              for t in range(9)]
    for n in range(140):
        fake.add_post(topics[n % 9].topic_id, p["sari"], f"Hello @brand, message {n}")
    async with fake.client() as client:
        connector = DiscourseConnector(account(secrets), secrets, client)
        first, cursor, pages = await drain(connector, "notifications", pages=2)
        assert pages[-1].more  # cut short mid-walk, as a crash or MAX_PAGES would
        late = [fake.add_post(topics[0].topic_id, p["budi"], f"@brand late one {n}")
                for n in range(7)]  # arrive on top: every offset shifts by seven
        rest, cursor, _ = await drain(connector, "notifications", cursor)
        news, _, _ = await drain(connector, "notifications", cursor)
    delivered = Counter(i.platform_id for i in first + rest + news)
    mentioned = {str(n.post_id) for n in fake.notifications if n.user_id == p["brand"].id}
    assert set(delivered) == mentioned and len(mentioned) == 147
    assert max(delivered.values()) == 1  # nothing twice
    assert {str(x.id) for x in late} <= {i.platform_id for i in news}


async def test_an_empty_inbox_and_an_empty_category(
        forum: tuple[DiscourseFake, dict[str, Any]], secrets: Secrets) -> None:
    fake, p = forum
    async with fake.client() as client:
        connector = DiscourseConnector(account(secrets, categories=["lounge"]), secrets,
                                       client)
        cursors = {}
        for stream in ("notifications", "categories"):
            page = await connector.fetch(stream, None)
            assert (page.items, page.more, page.rejected) == ([], False, [])
            cursors[stream] = page.cursor
        fake.add_topic("Coffee chat", p["budi"], "Anyone tried the new @brand beans?", 7)
        for stream, cursor in cursors.items():
            again = await connector.fetch(stream, cursor)
            assert [i.subject for i in again.items] == ["Coffee chat"]


async def test_badges_are_skipped_and_bad_notifications_are_rejected_alone(
        forum: tuple[DiscourseFake, dict[str, Any]], secrets: Secrets) -> None:
    fake, p = forum
    good = fake.add_topic("Good one", p["budi"], "A fine question for @brand here", 5)
    fake.notify(p["brand"].id, 12)  # a badge: nothing to answer
    bad = fake.add_topic("Bad one", p["sari"], "Another question for @brand here", 5)
    worse = fake.add_topic("Worse", p["sari"], "Yet another question @brand", 5)
    note_of = {n.post_id: n.id for n in fake.notifications}
    fake.mangle_notes[note_of[bad.id]] = lambda n: {**n, "created_at": "last tuesday"}
    fake.mangle_notes[note_of[worse.id]] = lambda n: ["not", "an", "object"]
    async with fake.client() as client:
        page = await DiscourseConnector(account(secrets), secrets, client).fetch(
            "notifications", None)
    assert [i.platform_id for i in page.items] == [str(good.id)]
    reasons = dict(page.rejected)
    assert "not a timestamp" in reasons[f"notification:{note_of[bad.id]}"]
    assert "expected an object" in reasons["notification:?"]


async def test_chosen_categories_by_slug_or_id_bring_their_subcategories(
        forum: tuple[DiscourseFake, dict[str, Any]], secrets: Secrets) -> None:
    fake, p = forum
    support = fake.add_topic("Grinder broke", p["budi"], "My grinder broke today", 5)
    billing = fake.add_topic("Invoice", p["sari"], "Wrong invoice amount", 6)
    fake.add_topic("Coffee chat", p["budi"], "Best beans this month?", 7)
    answer = fake.add_post(support.topic_id, p["brand"], "Sorry! Sending a new one", 1)
    async with fake.client() as client:
        connector = DiscourseConnector(account(secrets, categories=["Support", "nowhere"]),
                                       secrets, client)
        items, _, pages = await drain(connector, "categories")
    got = by_id(items)
    assert set(got) == {str(support.id), str(billing.id), str(answer.id)}
    assert got[str(support.id)].kind is MessageKind.POST
    assert got[str(answer.id)].direction is Direction.OUTBOUND
    assert got[str(billing.id)].extra["category_id"] == "6"
    assert got[str(support.id)].extra["raw"] == "My grinder broke today"
    assert pages[0].rejected == [("category:nowhere", "no such category on this forum, or "
                                  "this account cannot see it")]


async def test_categories_walk_fifty_at_a_time_and_resume_by_post_id(
        forum: tuple[DiscourseFake, dict[str, Any]], secrets: Secrets) -> None:
    fake, p = forum
    topic = fake.add_topic("Busy", p["budi"], "A very busy topic starts", 5)
    for n in range(118):  # one lounge post in three: filtered out, still paged past
        fake.add_post(topic.topic_id if n % 3 else fake.add_topic(
            f"Lounge {n}", p["sari"], "Chatting in the lounge", 7).topic_id,
            p["sari"], f"Busy reply number {n}")
    wanted = {str(x.id) for x in fake.posts.values() if fake.topics[x.topic_id].category_id == 5}
    async with fake.client() as client:
        connector = DiscourseConnector(account(secrets, categories="support"), secrets,
                                       client)
        first, cursor, pages = await drain(connector, "categories", pages=1)
        assert pages[0].more
        newer = fake.add_post(topic.topic_id, p["budi"], "Arrived during the walk")
        rest, cursor, _ = await drain(connector, "categories", cursor)
        news, _, _ = await drain(connector, "categories", cursor)
    delivered = Counter(i.platform_id for i in first + rest + news)
    assert set(delivered) == wanted | {str(newer.id)} and max(delivered.values()) == 1
    assert [i.platform_id for i in news] == [str(newer.id)]
    assert sum(1 for r in fake.requests if r[1] == "/posts.json") >= 5  # 50 at a time


async def test_edits_and_deletions_reach_the_inbox(
        forum: tuple[DiscourseFake, dict[str, Any]], secrets: Secrets) -> None:
    fake, p = forum
    question = fake.add_topic("Beans", p["budi"], "Which beans for @brand espresso?", 5)
    spam = fake.add_post(question.topic_id, p["sari"], "Buy cheap watches @brand")
    regret = fake.add_post(question.topic_id, p["budi"], "Oops wrong thread @brand")
    async with fake.client() as client:
        connector = DiscourseConnector(account(secrets), secrets, client)
        now = connector.clock()
        _, cursor, _ = await drain(connector, "notifications")
        fake.edit(question, "Which beans for @brand espresso? Edited: for a moka pot")
        spam.deleted_at = fake.tick()  # a moderator deleted it
        regret.user_deleted, regret.cooked = True, "<p>(post deleted by author)</p>"
        quiet = await connector.fetch("notifications", cursor)
        assert quiet.items == []  # too soon to look again
        connector.clock = lambda: now + 601
        page = await connector.fetch("notifications", quiet.cursor)
    got = by_id(list(page.items))
    edited = got[str(question.id)]
    assert edited.text.endswith("Edited: for a moka pot") and edited.edited_at is not None
    assert got[str(spam.id)].deleted and got[str(spam.id)].text == ""
    assert got[str(regret.id)].deleted


async def test_malformed_posts_are_rejected_one_by_one(
        forum: tuple[DiscourseFake, dict[str, Any]], secrets: Secrets) -> None:
    fake, p = forum
    posts = [fake.add_topic(f"Topic {n}", p["budi"], f"Question number {n} here", 5)
             for n in range(5)]
    fake.mangle[posts[1].id] = lambda d: {**d, "created_at": 1234}
    fake.mangle[posts[2].id] = lambda d: {**d, "topic_id": True}
    fake.mangle[posts[3].id] = lambda d: {**d, "username": "<script>", "cooked": ["x"]}
    async with fake.client() as client:
        connector = DiscourseConnector(account(secrets, categories=[5]), secrets, client)
        items, _, pages = await drain(connector, "categories")
    assert {i.platform_id for i in items} == {str(posts[0].id), str(posts[4].id)}
    rejected = dict(pages[0].rejected)
    assert set(rejected) == {str(posts[n].id) for n in (1, 2, 3)}
    assert "created_at" in rejected[str(posts[1].id)]
    assert "topic_id" in rejected[str(posts[2].id)]


async def test_an_unreadable_cursor_starts_over_instead_of_failing(
        forum: tuple[DiscourseFake, dict[str, Any]], secrets: Secrets) -> None:
    fake, p = forum
    first = fake.add_topic("Hello", p["budi"], "Hello @brand, anyone there?", 5)
    async with fake.client() as client:
        connector = DiscourseConnector(account(secrets), secrets, client)
        for cursor in ("{not json", '{"v": 1, "floor": "x"}', '{"v": 1, "watch": [1]}', "[]"):
            page = await connector.fetch("notifications", cursor)
            assert [i.platform_id for i in page.items] == [str(first.id)]
