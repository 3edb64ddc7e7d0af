"""The demo community: a believable seeded inbox, and a demo platform that stays alive."""

from __future__ import annotations

import asyncio
import re
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from sqlalchemy import text

from app.demo import DEMO_FLAVOURS, ensure_demo_workspace, generated_conversations, seed_demo
from app.ingest import ingest
from app.items import InboundItem, validate
from app.models import Direction
from app.secrets import Secrets
from app.store import Store
from connectors.base import AccountConfig, Page, capabilities
from connectors.demo import DemoConnector, DemoConversation, forget_demo_state
from connectors.errors import BadPayload
from connectors.registry import factory_for
from tests.conftest import make_account

NOW = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)
JAKARTA_HOURS = 7


@pytest.fixture(autouse=True)
def fresh_demo_platform() -> Iterator[None]:
    forget_demo_state()
    yield
    forget_demo_state()


@pytest.fixture
def history() -> list[DemoConversation]:
    return generated_conversations(NOW)


def _offline_client() -> httpx.AsyncClient:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise AssertionError(f"the demo went to the network: {request.url}")

    return httpx.AsyncClient(transport=httpx.MockTransport(refuse))


def _connector(secrets: Secrets, flavour: str = "mastodon", account_id: int = 1,
               at: datetime = NOW) -> DemoConnector:
    config = AccountConfig(account_id, "demo", "@teduh", settings={"flavour": flavour})
    connector = DemoConnector(config, secrets, _offline_client())
    connector.clock = lambda: at
    return connector


def _fetch(connector: DemoConnector, cursor: str | None, at: datetime) -> Page:
    connector.clock = lambda: at
    return asyncio.run(connector.fetch("activity", cursor))


def _count(store: Store, sql: str) -> int:
    with store.read() as conn:
        return int(conn.execute(text(sql)).scalar_one())


def test_seeding_gives_a_full_bilingual_inbox_on_five_platforms(store: Store) -> None:
    report = seed_demo(store, NOW)
    assert report.accounts == 5 and report.conversations >= 300 and not report.rejected
    assert _count(store, "select count(*) from conversations") == report.conversations
    with store.read() as conn:
        per_account = dict(conn.execute(text(
            "select a.display_name, count(c.id) from accounts a join conversations c "
            "on c.account_id = a.id group by a.display_name")).all())
        languages = set(conn.execute(text("select distinct language from messages")).scalars())
        threads = conn.execute(text(
            "select count(*) from conversations where message_count >= 3 "
            "and first_response_at is not null")).scalar_one()
        waiting = conn.execute(text(
            "select count(*) from conversations where first_response_at is null")).scalar_one()
    assert len(per_account) == 5 and min(per_account.values()) >= 30
    assert languages == {"en", "id"}
    assert threads >= 50, "multi-turn threads with our replies in them"
    assert waiting >= 30, "conversations still waiting for a first reply"


def test_the_community_has_vips_spam_and_a_heated_conflict(
        store: Store, history: list[DemoConversation]) -> None:
    seed_demo(store, NOW)
    assert _count(store, "select count(distinct name) from members where vip") >= 4
    assert sum(c.spam for c in history) >= 20
    conflict = next(c for c in history if c.topic == "conflict" and c.flavour == "discourse")
    authors = Counter(i.author.name for i in conflict.items if i.author and
                      i.direction == Direction.INBOUND)
    assert len(conflict.items) >= 8 and len([n for n, k in authors.items() if k >= 3]) >= 2
    assert conflict.escalate_to and "conflict" in conflict.suggested_tags
    assert {"new", "open", "pending", "done"} <= {c.suggested_status for c in history}


def test_seeding_twice_adds_nothing_even_at_another_time(any_store: Store) -> None:
    seed_demo(any_store, NOW)
    counts = [_count(any_store, f"select count(*) from {t}")
              for t in ("accounts", "conversations", "messages", "members")]
    again = seed_demo(any_store, NOW)
    later = seed_demo(any_store, NOW + timedelta(days=2, hours=5))
    assert again.accounts == again.conversations == again.messages == 0
    assert later.accounts == later.conversations == later.messages == 0
    assert counts == [_count(any_store, f"select count(*) from {t}")
                      for t in ("accounts", "conversations", "messages", "members")]


def test_the_demo_only_seeds_an_empty_workspace(store: Store) -> None:
    make_account(store, "mastodon", "@me@example.social")
    assert ensure_demo_workspace(store, NOW) is False
    assert _count(store, "select count(*) from accounts where platform = 'demo'") == 0


def test_a_new_workspace_gets_the_demo_once(store: Store) -> None:
    assert ensure_demo_workspace(store, NOW) is True
    assert ensure_demo_workspace(store, NOW) is False
    assert _count(store, "select count(*) from accounts where platform = 'demo'") == 5


def test_history_is_the_same_for_the_same_now_and_lies_in_recent_weeks(
        history: list[DemoConversation]) -> None:
    assert generated_conversations(NOW) == history
    times = [i.created_at for c in history for i in c.items]
    assert max(times) < NOW and min(times) > NOW - timedelta(days=35)
    hours = Counter((t.hour + JAKARTA_HOURS) % 24 for t in times)
    day, night = sum(hours[h] for h in range(8, 23)), sum(hours[h] for h in range(0, 6))
    assert day > 5 * night, "most activity happens during the Jakarta day"
    for conversation in history:
        stamps = [i.created_at for i in conversation.items]
        assert stamps == sorted(stamps)


SHAPES = {
    "mastodon": re.compile(r"^\d{18}$"),
    "bluesky": re.compile(r"^at://did:plc:[a-z2-7]{24}/app\.bsky\.feed\.post/[2-7a-z]{13}$"),
    "discourse": re.compile(r"^\d+/\d+$"),
    "matrix": re.compile(r"^\$[A-Za-z0-9_-]{43}$"),
    "email": re.compile(r"^<[0-9a-f]{32}@[a-z.]+\.demo>$"),
}


def test_each_flavour_looks_like_its_platform(history: list[DemoConversation]) -> None:
    for conversation in history:
        root, *replies = conversation.items
        assert SHAPES[conversation.flavour].match(root.platform_id), root.platform_id
        assert root.url.startswith(("https://", "mailto:")) and ".demo" in root.url
        if conversation.flavour in ("email", "discourse"):
            assert root.subject
        for reply in replies:
            assert SHAPES[conversation.flavour].match(reply.platform_id)
            assert reply.parent_id is not None
            if conversation.flavour in ("bluesky", "email", "matrix", "discourse"):
                assert reply.thread_id == root.platform_id
        if conversation.flavour == "email" and replies:
            assert replies[0].subject == f"Re: {root.subject}"


def test_all_demo_text_is_plain_text(history: list[DemoConversation]) -> None:
    markup = re.compile(r"<[a-zA-Z/][^>]*>|&[a-z]+;|\{[a-z_]+\}")
    for item in (i for c in history for i in c.items):
        assert item.html is None and not markup.search(item.text), item.text
        assert validate(item) == item


def test_the_registry_serves_the_demo_with_every_capability(secrets: Secrets) -> None:
    assert factory_for("demo") is DemoConnector
    assert capabilities(_connector(secrets)) == {
        "fetch", "reply", "hide", "delete", "block", "mute", "report", "mark_read"}


def test_fetch_brings_new_activity_only_when_time_passed(secrets: Secrets) -> None:
    connector = _connector(secrets, "discourse")
    first = _fetch(connector, None, NOW)
    assert list(first.items) == [] and first.cursor is not None
    assert list(_fetch(connector, first.cursor, NOW).items) == []
    later = _fetch(connector, first.cursor, NOW + timedelta(minutes=30))
    again = _fetch(connector, first.cursor, NOW + timedelta(minutes=30))
    assert 1 <= len(later.items) <= 5
    assert [i.platform_id for i in later.items] == [i.platform_id for i in again.items]
    assert all(NOW < i.created_at <= NOW + timedelta(minutes=30) for i in later.items)


def test_live_activity_joins_existing_threads_and_starts_new_ones(
        store: Store, secrets: Secrets) -> None:
    seed_demo(store, NOW)
    with store.read() as conn:
        account = conn.execute(text(
            "select id from accounts where settings like '%matrix%'")).scalar_one()
    before = _count(store, "select count(*) from conversations")
    connector = _connector(secrets, "matrix", account)
    cursor = _fetch(connector, None, NOW).cursor
    items: list[InboundItem] = []
    for step in range(1, 25):
        page = _fetch(connector, cursor, NOW + timedelta(minutes=10 * step))
        cursor = page.cursor
        items += [validate(i) for i in page.items]
    result = ingest(store, account, "demo", items)
    assert result.inserted == len(items) >= 20
    assert 0 < result.conversations_created < len(items), "some new threads, some follow-ups"
    assert {i.language for i in items} == {"en", "id"}
    assert _count(store, "select count(*) from conversations") == before + \
        result.conversations_created


def test_replies_are_idempotent_per_key(secrets: Secrets,
                                         history: list[DemoConversation]) -> None:
    target = next(c for c in history if c.flavour == "mastodon").items[0].platform_id
    connector = _connector(secrets)
    first = asyncio.run(connector.reply(target, "Terima kasih, Kak!", "key-1"))
    again = asyncio.run(connector.reply(target, "Terima kasih, Kak!", "key-1"))
    assert again == first and len(connector.posted) == 1
    assert first.url.startswith("https://mastodon.demo/@teduh/")
    another_instance = _connector(secrets)
    assert asyncio.run(another_instance.find_sent(target, "key-1")) == first
    assert asyncio.run(another_instance.find_sent(target, "key-2")) is None


@pytest.mark.parametrize(("reply", "complaint"), [
    ("   ", "empty"), ("x" * 501, "501 characters")])
def test_a_reply_the_platform_would_refuse_says_why(secrets: Secrets, reply: str,
                                                    complaint: str) -> None:
    connector = _connector(secrets)
    with pytest.raises(BadPayload, match=complaint):
        asyncio.run(connector.reply("110000000000000001", reply, "k"))
    assert connector.posted == []
    assert asyncio.run(connector.reply("110000000000000001", "y" * 500, "k")).platform_id


def test_our_reply_shows_in_the_thread_and_the_member_answers_back(
        store: Store, secrets: Secrets, history: list[DemoConversation]) -> None:
    seed_demo(store, NOW)
    with store.read() as conn:
        account = conn.execute(text(
            "select id from accounts where settings like '%bluesky%'")).scalar_one()
    question = next(c for c in history if c.flavour == "bluesky" and not c.spam)
    target = question.items[-1]
    connector = _connector(secrets, "bluesky", account)
    connector.answer_back_chance = 1.0
    cursor = _fetch(connector, None, NOW).cursor
    sent = asyncio.run(connector.reply(target.platform_id, "Sudah kami cek, Kak.", "k-1"))
    soon = _fetch(connector, cursor, NOW)
    assert [i.platform_id for i in soon.items] == [sent.platform_id]
    later = _fetch(connector, soon.cursor, NOW + timedelta(minutes=25))
    answers = [i for i in later.items if i.parent_id == sent.platform_id]
    assert len(answers) == 1 and answers[0].direction == Direction.INBOUND
    assert answers[0].author == question.items[0].author
    ingest(store, account, "demo", [*soon.items, *later.items])
    with store.read() as conn:
        thread = conn.execute(text(
            "select c.thread_key from messages m join conversations c on c.id = "
            "m.conversation_id where m.platform_id = :pid"), {"pid": answers[0].platform_id})
        assert thread.scalar_one() == question.thread_id


def test_moderation_is_recorded_and_silences_the_member(
        secrets: Secrets, history: list[DemoConversation]) -> None:
    question = next(c for c in history if c.flavour == "matrix" and not c.spam)
    root = question.items[0]
    assert root.author is not None
    connector = _connector(secrets, "matrix")
    connector.answer_back_chance = 1.0
    for _ in range(2):
        asyncio.run(connector.hide(question.items[-1].platform_id))
    asyncio.run(connector.block(root.author.remote_id))
    asyncio.run(connector.report(root.platform_id, "harassment"))
    asyncio.run(connector.mark_read(root.platform_id))
    assert connector.actions == [("hide", question.items[-1].platform_id),
                                 ("block", root.author.remote_id),
                                 ("report", root.platform_id), ("mark_read", root.platform_id)]
    with pytest.raises(BadPayload, match="hidden or deleted"):
        asyncio.run(connector.reply(question.items[-1].platform_id, "Halo", "k-hidden"))
    with pytest.raises(BadPayload, match="not a matrix message id"):
        asyncio.run(connector.delete("12345"))
    asyncio.run(connector.reply(root.platform_id, "Halo", "k-blocked"))
    later = _fetch(connector, NOW.isoformat(), NOW + timedelta(hours=1))
    assert all(i.author != root.author for i in later.items)


def test_every_flavour_can_be_served(secrets: Secrets) -> None:
    for flavour in DEMO_FLAVOURS:
        page = _fetch(_connector(secrets, flavour), NOW.isoformat(), NOW + timedelta(hours=1))
        assert page.items and all(validate(i) == i for i in page.items)
    with pytest.raises(ValueError, match="unknown demo flavour"):
        _connector(secrets, "myspace")


def test_an_answer_to_a_message_from_an_earlier_session_stays_in_its_thread(
        store: Store, secrets: Secrets) -> None:
    seed_demo(store, NOW)
    with store.read() as conn:
        account = conn.execute(text(
            "select id from accounts where settings like '%email%'")).scalar_one()
    connector = _connector(secrets, "email", account)
    page = _fetch(connector, NOW.isoformat(), NOW + timedelta(hours=2))
    ingest(store, account, "demo", page.items)
    follow_up = next(i for i in page.items if i.parent_id is not None)
    forget_demo_state()  # the app restarted: the platform no longer remembers that message
    connector = _connector(secrets, "email", account, NOW + timedelta(hours=3))
    connector.answer_back_chance = 1.0
    asyncio.run(connector.reply(follow_up.platform_id, "Sudah kami proses.", "k-restart"))
    later = _fetch(connector, None, NOW + timedelta(hours=4))
    assert len(later.items) == 2  # our reply as the platform shows it, and their answer
    ingest(store, account, "demo", later.items)
    with store.read() as conn:
        conversations = conn.execute(text(
            "select count(distinct conversation_id) from messages where platform_id in "
            "(:a, :b, :c)"), {"a": follow_up.platform_id, "b": later.items[0].platform_id,
                              "c": later.items[1].platform_id}).scalar_one()
    assert conversations == 1
