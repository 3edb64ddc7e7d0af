"""Replies on Bluesky: strong refs to root and parent, facets at UTF-8 byte offsets, the 300
grapheme limit, and a record key derived from the idempotency key so nothing posts twice."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest

from app.secrets import Secrets
from connectors.bluesky.posts import reply_rkey
from connectors.errors import NotSupported, RateLimited
from tests.connectors.bluesky_fake import POST, scene

CREATE = "com.atproto.repo.createRecord"
TID = re.compile(r"^[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}$")


def only_reply(fake: object, did: str) -> dict[str, object]:
    posts = [v for v in fake.records(did, POST).values() if "reply" in v]  # type: ignore[attr-defined]
    assert len(posts) == 1
    return posts[0]  # type: ignore[no-any-return]


async def test_reply_to_a_mention_starts_a_thread_under_it(secrets: Secrets) -> None:
    s = scene()
    mention = s.fake.post(s.alice, "@brand.bsky.social is the shop open?", langs=["en"])
    sent = await s.connector(secrets).reply(mention, "Yes, until 9pm!", "k1")
    record = only_reply(s.fake, s.brand)
    ref = s.fake.strong_ref(mention)
    assert record["reply"] == {"root": ref, "parent": ref}
    assert record["text"] == "Yes, until 9pm!" and record["langs"] == ["en"]
    assert re.match(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$", str(record["createdAt"]))
    rkey = sent.platform_id.rsplit("/", 1)[1]
    assert sent.platform_id == f"at://{s.brand}/{POST}/{rkey}" and TID.match(rkey)
    assert sent.url == f"https://bsky.app/profile/brand.bsky.social/post/{rkey}"


async def test_reply_deep_in_a_thread_keeps_the_root(secrets: Secrets) -> None:
    s = scene()
    root = s.fake.post(s.brand, "New opening hours", ago=timedelta(hours=1))
    question = s.fake.post(s.budi, "Buka hari Minggu?", reply_to=root, langs=["id"])
    await s.connector(secrets, {"language": "id"}).reply(question, "Buka, jam 10.", "k2")
    record = only_reply(s.fake, s.brand)
    assert record["reply"] == {"root": s.fake.strong_ref(root),
                               "parent": s.fake.strong_ref(question)}
    assert record["langs"] == ["id"]


async def test_mentions_links_and_tags_become_facets_at_byte_offsets(secrets: Secrets) -> None:
    s = scene()
    target = s.fake.post(s.yuki, "質問があります")
    text = ("こんにちは @yuki.bsky.social 🙇‍♀️ see https://example.com/faq?id=1. "
            "#サポート (@nobody.example.org)")
    await s.connector(secrets).reply(target, text, "k3")
    record = only_reply(s.fake, s.brand)
    data = str(record["text"]).encode()
    found = {}
    for facet in record["facets"]:  # type: ignore[attr-defined]
        feature = facet["features"][0]
        span = data[facet["index"]["byteStart"]:facet["index"]["byteEnd"]].decode()
        found[span] = (feature["$type"].rsplit("#", 1)[1],
                       feature.get("did") or feature.get("uri") or feature.get("tag"))
    assert found == {"@yuki.bsky.social": ("mention", s.yuki),
                     "https://example.com/faq?id=1": ("link", "https://example.com/faq?id=1"),
                     "#サポート": ("tag", "サポート")}  # an unknown handle stays plain text
    assert "langs" not in record  # neither a setting nor the post we answer names one


async def test_the_limit_is_300_graphemes_not_code_points(secrets: Secrets) -> None:
    s = scene()
    target = s.fake.post(s.alice, "emoji war")
    family = "👩‍👩‍👧‍👦"  # seven code points (25 UTF-8 bytes), one grapheme
    connector = s.connector(secrets)
    accented = "e\u0301"  # é as a letter and a combining accent: one grapheme
    await connector.reply(target, family * 80 + accented * 220, "k4")  # 2660 bytes
    assert len(s.fake.records(s.brand, POST)[reply_rkey("k4")]["text"]) == 1000
    with pytest.raises(NotSupported, match="at most 300"):
        await connector.reply(target, "a" * 301, "k5")
    with pytest.raises(NotSupported, match="too long"):
        await connector.reply(target, family * 121, "k6")  # 121 graphemes, 3025 bytes
    assert s.fake.count(CREATE) == 1


async def test_a_retried_reply_never_posts_twice(secrets: Secrets) -> None:
    s = scene()
    target = s.fake.post(s.alice, "hello?")
    first = await s.connector(secrets).reply(target, "Hi!", "same-key")
    again = await s.connector(secrets).reply(target, "Hi!", "same-key")
    assert first == again and s.fake.count(CREATE) == 1
    assert await s.connector(secrets).find_sent(target, "same-key") == first
    assert await s.connector(secrets).find_sent(target, "other-key") is None


async def test_a_lost_answer_is_found_by_its_key_at_once(secrets: Secrets) -> None:
    s = scene()
    target = s.fake.post(s.alice, "refund please")
    s.fake.lose_answer_for = CREATE
    landed = await s.connector(secrets).reply(target, "Refunded.", "lost")
    found = await s.connector(secrets).find_sent(target, "lost")
    assert landed == found
    assert found is not None and found.platform_id.endswith(reply_rkey("lost"))
    assert await s.connector(secrets).reply(target, "Refunded.", "lost") == found
    assert len(s.fake.records(s.brand, POST)) == 1


async def test_a_race_on_the_record_key_is_read_as_already_sent(secrets: Secrets) -> None:
    s = scene()
    target = s.fake.post(s.alice, "two tabs open")
    sent = await s.connector(secrets).reply(target, "Once.", "race")
    # Another sender's look-up missed it; the PDS refuses the taken key with a 500.
    s.fake.faults["com.atproto.repo.getRecord"] = [
        (400, "RecordNotFound", "Could not locate record")]
    assert await s.connector(secrets).reply(target, "Once.", "race") == sent
    assert len(s.fake.records(s.brand, POST)) == 1


def test_record_keys_are_valid_tids_stable_per_key() -> None:
    keys = [reply_rkey(f"{n:032x}") for n in range(200)]
    assert all(TID.match(k) for k in keys) and len(set(keys)) == 200
    assert reply_rkey("abc") == reply_rkey("abc")


async def test_replying_to_a_deleted_post_fails_clearly(secrets: Secrets) -> None:
    s = scene()
    target = s.fake.post(s.alice, "brb")
    s.fake.delete(target)
    with pytest.raises(NotSupported, match="deleted"):
        await s.connector(secrets).reply(target, "ok", "k6")
    with pytest.raises(NotSupported, match="not a Bluesky post"):
        await s.connector(secrets).reply("m-123", "ok", "k7")


async def test_an_expired_session_during_a_reply_posts_once(secrets: Secrets) -> None:
    s = scene()
    target = s.fake.post(s.alice, "still there?")
    connector = s.connector(secrets)
    await connector.find_sent(target, "x")  # signs in
    s.fake.expire_access_tokens()
    await connector.reply(target, "Yes!", "k8")
    assert s.fake.count(CREATE) == 1 and len(s.fake.records(s.brand, POST)) == 1


async def test_a_spent_write_budget_is_a_rate_limit(secrets: Secrets) -> None:
    s = scene()
    target = s.fake.post(s.alice, "spam me")
    s.fake.limits[CREATE] = [5000, 0, 2_000_000_000]
    with pytest.raises(RateLimited):
        await s.connector(secrets).reply(target, "no", "k9")
    assert s.fake.records(s.brand, POST) == {}
