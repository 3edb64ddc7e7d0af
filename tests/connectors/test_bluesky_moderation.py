"""Moderation on Bluesky: hiding replies (threadgate), detaching quotes (postgate), block,
mute, report and deleting our own posts; and what the connector says it can do."""

from __future__ import annotations

from datetime import timedelta

import pytest

from app.secrets import Secrets
from connectors.base import capabilities
from connectors.bluesky import BlueskyConnector
from connectors.errors import NotSupported
from tests.connectors.bluesky_fake import POST, scene

THREADGATE = "app.bsky.feed.threadgate"
POSTGATE = "app.bsky.feed.postgate"
BLOCK = "app.bsky.graph.block"


def rkey(uri: str) -> str:
    return uri.rsplit("/", 1)[1]


def test_the_connector_offers_what_bluesky_can_do() -> None:
    assert capabilities(BlueskyConnector) == {"fetch", "reply", "hide", "delete", "block",
                                              "mute", "report"}
    assert BlueskyConnector.max_reply_length == 300


async def test_hiding_a_reply_writes_our_threadgate_and_keeps_its_rules(
        secrets: Secrets) -> None:
    s = scene()
    root = s.fake.post(s.brand, "Giveaway!", ago=timedelta(hours=1))
    spam = s.fake.post(s.alice, "buy followers", reply_to=root, ago=timedelta(minutes=5))
    other = s.fake.post(s.budi, "cheap pills", reply_to=spam, ago=timedelta(minutes=4))
    s.fake.put(s.brand, THREADGATE, rkey(root), {
        "$type": THREADGATE, "post": root, "createdAt": "2026-01-01T00:00:00.000Z",
        "allow": [{"$type": f"{THREADGATE}#followingRule"}]})
    connector = s.connector(secrets)
    await connector.hide(spam)
    await connector.hide(spam)  # twice: still one entry
    await connector.hide(other)  # a reply to a reply: the gate of the root post
    gate = s.fake.records(s.brand, THREADGATE)[rkey(root)]
    assert gate["hiddenReplies"] == [spam, other] and gate["post"] == root
    assert gate["allow"] == [{"$type": f"{THREADGATE}#followingRule"}]
    listed = await s.connector(secrets).fetch("notifications", None)
    assert [i.platform_id for i in listed.items] == []  # hidden replies notify no more


async def test_a_new_threadgate_leaves_replies_open(secrets: Secrets) -> None:
    s = scene()
    root = s.fake.post(s.brand, "AMA", ago=timedelta(hours=1))
    troll = s.fake.post(s.alice, "lol", reply_to=root)
    await s.connector(secrets).hide(troll)
    gate = s.fake.records(s.brand, THREADGATE)[rkey(root)]
    assert "allow" not in gate and gate["hiddenReplies"] == [troll]


async def test_a_lost_race_on_the_gate_is_read_again(secrets: Secrets) -> None:
    s = scene()
    root = s.fake.post(s.brand, "AMA", ago=timedelta(hours=1))
    troll = s.fake.post(s.alice, "lol", reply_to=root)
    s.fake.faults["com.atproto.repo.putRecord"] = [(400, "InvalidSwap", "changed meanwhile")]
    await s.connector(secrets).hide(troll)
    assert s.fake.records(s.brand, THREADGATE)[rkey(root)]["hiddenReplies"] == [troll]


async def test_hiding_a_quote_of_our_post_detaches_it(secrets: Secrets) -> None:
    s = scene()
    ours = s.fake.post(s.brand, "Our statement", ago=timedelta(hours=1))
    dunk = s.fake.post(s.alice, "look at this", quote=ours)
    await s.connector(secrets).hide(dunk)
    gate = s.fake.records(s.brand, POSTGATE)[rkey(ours)]
    assert gate["detachedEmbeddingUris"] == [dunk] and gate["post"] == ours


async def test_hiding_in_someone_elses_thread_is_refused(secrets: Secrets) -> None:
    s = scene()
    theirs = s.fake.post(s.alice, "my thread", ago=timedelta(hours=1))
    text = "@brand.bsky.social thoughts?"
    reply = s.fake.post(s.budi, text, reply_to=theirs,
                        facets=[s.fake.mention_facet(text, "brand.bsky.social")])
    with pytest.raises(NotSupported, match="threads this account started"):
        await s.connector(secrets).hide(reply)
    assert s.fake.records(s.brand, THREADGATE) == {}


async def test_block_writes_one_public_block_record(secrets: Secrets) -> None:
    s = scene()
    connector = s.connector(secrets)
    await connector.block(s.alice)
    await connector.block(s.alice)  # already blocked: no second record
    await connector.block("@budi.example.id")  # a handle from older data
    subjects = sorted(r["subject"] for r in s.fake.records(s.brand, BLOCK).values())
    assert subjects == sorted([s.alice, s.budi])
    with pytest.raises(NotSupported, match="signed in as"):
        await connector.block(s.brand)
    with pytest.raises(NotSupported, match="no Bluesky account"):
        await connector.block("@ghost.example.org")


async def test_mute_is_private_and_repeatable(secrets: Secrets) -> None:
    s = scene()
    connector = s.connector(secrets)
    await connector.mute(s.yuki)
    await connector.mute(s.yuki)
    assert s.fake.mutes[s.brand] == {s.yuki}
    assert s.fake.records(s.brand, BLOCK) == {}


@pytest.mark.parametrize(("reason", "reason_type"), [
    ("spam", "reasonSpam"), ("Harassment of our staff", "reasonRude"),
    ("impersonating our brand", "reasonMisleading"), ("", "reasonOther"),
    ("com.atproto.moderation.defs#reasonSexual", "reasonSexual")])
async def test_report_names_the_post_version_and_a_category(
        secrets: Secrets, reason: str, reason_type: str) -> None:
    s = scene()
    bad = s.fake.post(s.alice, "awful")
    await s.connector(secrets).report(bad, reason)
    [report] = s.fake.reports
    assert report["reasonType"] == f"com.atproto.moderation.defs#{reason_type}"
    assert report["subject"] == {"$type": "com.atproto.repo.strongRef",
                                 **s.fake.strong_ref(bad)}
    assert report["reason"] == reason and report["reportedBy"] == s.brand


async def test_delete_removes_our_own_post_only(secrets: Secrets) -> None:
    s = scene()
    question = s.fake.post(s.alice, "price?")
    connector = s.connector(secrets)
    sent = await connector.reply(question, "Typo: 10k", "k1")
    await connector.delete(sent.platform_id)
    assert s.fake.records(s.brand, POST) == {}
    with pytest.raises(NotSupported, match="its own posts"):
        await connector.delete(question)
    assert s.fake.record_at(question) is not None
