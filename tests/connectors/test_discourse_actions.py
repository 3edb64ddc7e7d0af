"""Replies and moderation against the fake forum: what the forum ends up holding, what a
member may not do, and what `accounts test` says."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from app.secrets import Secrets
from connectors.base import capabilities
from connectors.discourse import DiscourseConnector
from connectors.errors import AuthExpired, BadPayload, NotSupported, SendOutcomeUnknown
from tests.connectors.discourse_fake import BASE, DiscourseFake, Post, account, community

Forum = tuple[DiscourseFake, dict[str, Any]]


@pytest.fixture
def forum() -> Forum:
    fake, people = community()
    fake.api_keys["key-sari"] = "sari"
    return fake, people


def question(fake: DiscourseFake, p: dict[str, Any]) -> Post:
    first = fake.add_topic("Grinder broke", p["budi"], "My new grinder broke after a week", 5)
    return fake.add_post(first.topic_id, p["budi"], "Also the lid is cracked, photo soon", 1)


def posts_sent(fake: DiscourseFake) -> int:
    return sum(1 for r in fake.requests if r == ("POST", "/posts.json"))


def test_capabilities_are_what_discourse_really_has() -> None:
    assert capabilities(DiscourseConnector) == {
        "fetch", "reply", "report", "hide", "delete", "lock", "silence", "mark_read"}


async def test_a_reply_answers_the_post_in_its_topic_once(forum: Forum,
                                                          secrets: Secrets) -> None:
    fake, p = forum
    target = question(fake, p)
    async with fake.client() as client:
        connector = DiscourseConnector(account(secrets), secrets, client)
        sent = await connector.reply(str(target.id), "Sorry! A new grinder ships today 🚚",
                                     "key-1")
    [mine] = fake.created_by("brand")
    assert (mine.topic_id, mine.reply_to_post_number, mine.raw) == \
        (target.topic_id, 2, "Sorry! A new grinder ships today 🚚")
    assert sent.platform_id == str(mine.id)
    assert sent.url == f"{BASE}/t/grinder-broke/{target.topic_id}/3"
    assert posts_sent(fake) == 1


async def test_the_forums_refusals_come_back_typed(forum: Forum, secrets: Secrets) -> None:
    fake, p = forum
    target = question(fake, p)
    async with fake.client() as client:
        connector = DiscourseConnector(account(secrets), secrets, client)
        with pytest.raises(BadPayload, match="too short"):
            await connector.reply(str(target.id), "ok", "key-short")
        target.deleted_at = fake.tick()
        with pytest.raises(BadPayload, match="no longer exists"):
            await connector.reply(str(target.id), "A reply long enough to be posted", "k2")
        with pytest.raises(BadPayload, match="not a Discourse post id"):
            await connector.reply("../admin", "A reply long enough to be posted", "k3")
    assert fake.created_by("brand") == []


async def test_a_lost_answer_is_found_again_not_sent_twice(forum: Forum,
                                                           secrets: Secrets) -> None:
    fake, p = forum
    target = question(fake, p)
    text = "We will send a replacement lid too.\n\nThanks for the photo!"
    async with fake.client() as client:
        connector = DiscourseConnector(account(secrets), secrets, client)
        fake.add_post(target.topic_id, p["brand"], "An older answer of ours, unrelated", 2)
        fake.drop_after_post = True
        with pytest.raises(SendOutcomeUnknown):
            await connector.reply(str(target.id), text, "key-lost")
        fake.drop_after_post = False
        fake.add_post(target.topic_id, p["sari"], "Same problem with my grinder here")
        # The sync engine makes a new connector each cycle.
        again = DiscourseConnector(account(secrets), secrets, client)
        found = await again.find_sent(str(target.id), "key-lost")
        assert await again.find_sent(str(target.id), "some-other-key") is None
    landed = [x for x in fake.created_by("brand") if x.raw == text.strip()]
    assert len(landed) == 1 and found is not None and found.platform_id == str(landed[0].id)


async def test_a_quick_retry_is_answered_with_the_same_post(forum: Forum,
                                                            secrets: Secrets) -> None:
    fake, p = forum
    target = question(fake, p)
    async with fake.client() as client:
        connector = DiscourseConnector(account(secrets), secrets, client)
        first = await connector.reply(str(target.id), "Replacement is on its way!", "k")
        second = await connector.reply(str(target.id), "Replacement is on its way!", "k")
    assert first == second and len(fake.created_by("brand")) == 1


@pytest.mark.parametrize(("reason", "kind", "message"), [
    ("spam", 8, None), ("Off_Topic: belongs in the lounge", 3, None), ("", 4, None),
    ("Harassing other members in three topics", 7,
     "Harassing other members in three topics")])
async def test_a_report_raises_the_flag_its_reason_names(
        forum: Forum, secrets: Secrets, reason: str, kind: int, message: str | None) -> None:
    fake, p = forum
    target = question(fake, p)
    async with fake.client() as client:
        connector = DiscourseConnector(account(secrets, handle="sari", key="key-sari"),
                                       secrets, client)
        await connector.report(str(target.id), reason)
        await connector.report(str(target.id), reason)  # a retry: already flagged, fine
    bodies = [json.loads(r.content) for r in fake.sent if r.url.path == "/post_actions.json"]
    assert target.flags == {kind: {p["sari"].id}} and len(bodies) == 1
    assert bodies[0].get("message") == message and bodies[0]["id"] == target.id


async def test_hiding_needs_staff_and_hides_at_once(forum: Forum, secrets: Secrets) -> None:
    fake, p = forum
    target = question(fake, p)
    async with fake.client() as client:
        member = DiscourseConnector(account(secrets, handle="sari", key="key-sari"), secrets,
                                    client)
        with pytest.raises(NotSupported, match="moderator or admin"):
            await member.hide(str(target.id))
        assert not target.hidden and not target.flags
        staff = DiscourseConnector(account(secrets), secrets, client)
        await staff.hide(str(target.id))
        await staff.hide(str(target.id))  # again: already hidden, nothing more happens
    assert target.hidden and target.flags == {4: {p["brand"].id}}


async def test_deleting_closing_and_silencing_where_the_user_may(
        forum: Forum, secrets: Secrets) -> None:
    fake, p = forum
    target = question(fake, p)
    own = fake.add_post(target.topic_id, p["sari"], "I posted this in the wrong place")
    async with fake.client() as client:
        member = DiscourseConnector(account(secrets, handle="sari", key="key-sari"), secrets,
                                    client)
        for action, args in (("delete", (str(target.id),)), ("lock", (str(target.id),)),
                             ("silence", (str(p["budi"].id), "spamming"))):
            with pytest.raises(NotSupported) as refused:
                await getattr(member, action)(*args)
            assert "@sari" in str(refused.value) or "moderator" in str(refused.value)
        await member.delete(str(own.id))  # a member may delete their own post
        assert own.user_deleted and target.deleted_at is None
        assert not fake.topics[target.topic_id].closed and p["budi"].silenced_till is None
        staff = DiscourseConnector(account(secrets), secrets, client)
        await staff.delete(str(target.id))
        await staff.delete(str(target.id))  # gone already: done
        await staff.lock(str(own.id))
        await staff.silence(str(p["budi"].id), "spamming links")
        with pytest.raises(NotSupported, match="not a Discourse user id"):
            await staff.silence("@budi", "spam")
    assert target.deleted_at is not None and fake.topics[target.topic_id].closed
    until = datetime.fromisoformat(p["budi"].silenced_till.replace("Z", "+00:00"))
    assert timedelta(days=6) < until - datetime.now(UTC) < timedelta(days=8)


async def test_mark_read_clears_the_notifications_about_that_post(
        forum: Forum, secrets: Secrets) -> None:
    fake, p = forum
    first = fake.add_topic("Hello", p["budi"], "Hello @brand, a question for you", 5)
    other = fake.add_topic("Other", p["sari"], "Hi @brand, another question here", 5)
    async with fake.client() as client:
        await DiscourseConnector(account(secrets), secrets, client).mark_read(str(first.id))
    read = {n.post_id: n.read for n in fake.notifications}
    assert read == {first.id: True, other.id: False}


async def test_verify_says_who_we_are_and_what_we_may_do(forum: Forum,
                                                         secrets: Secrets) -> None:
    fake, _ = forum
    async with fake.client() as client:
        staff = await DiscourseConnector(account(secrets), secrets, client).verify()
        member = await DiscourseConnector(account(secrets, handle="sari", key="key-sari"),
                                          secrets, client).verify()
        with pytest.raises(AuthExpired, match="refused the API key"):
            await DiscourseConnector(account(secrets, key="revoked"), secrets,
                                     client).verify()
        with pytest.raises(AuthExpired, match="wrong username"):
            fake.api_keys["key-all"] = None  # an "all users" key, for a user not there
            await DiscourseConnector(account(secrets, handle="nobody", key="key-all"),
                                     secrets, client).verify()
    assert staff.startswith("Signed in to forum.test as @brand (a moderator, with an API key)")
    assert "close topics and silence members" in staff
    assert "@sari (a member at trust level 2" in member and "need a staff account" in member


async def test_after_a_restart_the_reply_is_recognised_by_its_text(forum: Forum,
                                                                  secrets: Secrets) -> None:
    from connectors.discourse import replies

    fake, p = forum
    target = question(fake, p)
    text = "Sorry about that, a new one is on its way."
    async with fake.client() as client:
        connector = DiscourseConnector(account(secrets), secrets, client)
        fake.drop_after_post = True
        with pytest.raises(SendOutcomeUnknown):
            await connector.reply(str(target.id), text, "key-crash")
        fake.drop_after_post = False
        replies._SENT.clear()  # what a restarted process remembers: nothing
        again = DiscourseConnector(account(secrets), secrets, client)
        assert await again.find_sent(str(target.id), "key-crash") is None
        found = await again.find_sent(str(target.id), "key-crash", text=text)
    assert found is not None and [x.id for x in fake.created_by("brand")] == \
        [int(found.platform_id)]
