"""Replies (audience, mention, idempotency, finding one after a lost answer), moderation,
and `accounts test`."""

from __future__ import annotations

import httpx
import pytest

from app.secrets import Secrets
from connectors.base import Verifier, capabilities
from connectors.errors import BadPayload, NotSupported, SendOutcomeUnknown
from connectors.mastodon import MastodonConnector
from tests.connectors.mastodon_fake import HOST, FakeMastodon, connector_for


@pytest.fixture
def fake() -> FakeMastodon:
    return FakeMastodon()


def test_the_ui_offers_exactly_what_mastodon_can_do() -> None:
    assert capabilities(MastodonConnector) == {"fetch", "reply", "delete", "block", "mute",
                                               "report"}
    assert issubclass(MastodonConnector, Verifier)
    assert MastodonConnector.max_reply_length == 500


@pytest.mark.parametrize("visibility", ["public", "unlisted", "private", "direct"])
async def test_a_reply_keeps_the_posts_audience_and_mentions_its_author(
        fake: FakeMastodon, secrets: Secrets, visibility: str) -> None:
    alice = fake.person("alice")
    asked = fake.post(alice, "@brand is the sale still on?", visibility=visibility)
    sent = await connector_for(fake, secrets).reply(str(asked.id), "Yes, until Sunday!", "k1")
    posted = fake.posts[int(sent.platform_id)]
    assert (posted.text, posted.visibility, posted.in_reply_to) == (
        "@alice Yes, until Sunday!", visibility, asked.id)
    assert posted.author is fake.me and sent.url == f"https://{HOST}/@brand/{posted.id}"
    assert fake.idempotent == {(fake.me.id, "k1"): posted.id}


@pytest.mark.parametrize(("typed", "posted"), [
    ("@alice thanks", "@alice thanks"),
    ("Thanks @Alice!", "Thanks @Alice!"),
    (f"cc @alice@{HOST}", f"cc @alice@{HOST}"),
    ("hi @alicea", "@alice hi @alicea"),
    ("mail alice@example.com", "@alice mail alice@example.com"),
])
async def test_the_authors_mention_is_added_only_when_missing(
        fake: FakeMastodon, secrets: Secrets, typed: str, posted: str) -> None:
    fake.person("alicea")
    asked = fake.post(fake.person("alice"), "@brand question")
    sent = await connector_for(fake, secrets).reply(str(asked.id), typed, "k")
    assert fake.posts[int(sent.platform_id)].text == posted


async def test_a_remote_author_is_mentioned_with_their_domain(
        fake: FakeMastodon, secrets: Secrets) -> None:
    bob = fake.person("bob", "remote.example")
    asked = fake.post(bob, "@brand halo, apa kabar?", spoiler_text="pertanyaan")
    sent = await connector_for(fake, secrets).reply(str(asked.id), "Hi @bob, baik!", "k")
    posted = fake.posts[int(sent.platform_id)]
    assert posted.text == "@bob@remote.example Hi @bob, baik!"  # "@bob" alone is someone else
    assert posted.spoiler_text == "pertanyaan" and posted.mentions == [bob]


async def test_replying_in_our_own_thread_does_not_mention_ourselves(
        fake: FakeMastodon, secrets: Secrets) -> None:
    ours = fake.post(fake.me, "Update: shipping resumes Monday")
    sent = await connector_for(fake, secrets).reply(str(ours.id), "Update 2: it did.", "k")
    assert fake.posts[int(sent.platform_id)].text == "Update 2: it did."


async def test_following_up_our_own_direct_message_still_reaches_its_recipient(
        fake: FakeMastodon, secrets: Secrets) -> None:
    bob = fake.person("bob", "remote.example")
    ours = fake.post(fake.me, "@bob@remote.example your code is 7781", visibility="direct")
    sent = await connector_for(fake, secrets).reply(str(ours.id), "It expires today.", "k")
    posted = fake.posts[int(sent.platform_id)]
    assert (posted.text, posted.visibility) == ("@bob@remote.example It expires today.",
                                                "direct")
    assert posted.mentions == [bob]


async def test_the_same_key_twice_posts_once(fake: FakeMastodon, secrets: Secrets) -> None:
    asked = fake.post(fake.person("alice"), "@brand hi")
    first = await connector_for(fake, secrets).reply(str(asked.id), "Hello!", "same-key")
    second = await connector_for(fake, secrets).reply(str(asked.id), "Hello!", "same-key")
    assert first == second and fake.created_posts == 1


async def test_a_lost_answer_is_found_afterwards_by_its_text(
        fake: FakeMastodon, secrets: Secrets) -> None:
    alice = fake.person("alice")
    asked = fake.post(alice, "@brand refund please")
    fake.post(fake.me, "@alice an earlier answer", reply_to=asked)
    fake.lose_next_post_answer = True
    with pytest.raises(SendOutcomeUnknown):
        await connector_for(fake, secrets).reply(str(asked.id), "Refund sent 💸", "k-lost")
    assert fake.created_posts == 1  # it did land
    found = await connector_for(fake, secrets).find_sent(str(asked.id), "k-lost")
    mine = [p for p in fake.posts.values() if p.text == "@alice Refund sent 💸"]
    assert found is not None and found.platform_id == str(mine[0].id)
    assert await connector_for(fake, secrets).find_sent(str(asked.id), "never-sent") is None


async def test_an_unreadable_answer_to_a_post_is_unknown_not_failed(
        fake: FakeMastodon, secrets: Secrets) -> None:
    asked = fake.post(fake.person("alice"), "@brand hi")
    real = fake.handle

    def garbled(request: httpx.Request) -> httpx.Response:
        answer = real(request)
        if request.method == "POST":
            return httpx.Response(200, content=b'{"id": "1", "trunc')
        return answer

    connector = connector_for(fake, secrets, client=httpx.AsyncClient(
        transport=httpx.MockTransport(garbled)))
    with pytest.raises(SendOutcomeUnknown, match="could not be read"):
        await connector.reply(str(asked.id), "Hello!", "k-garbled")
    assert fake.created_posts == 1
    found = await connector_for(fake, secrets).find_sent(str(asked.id), "k-garbled")
    assert found is not None and fake.posts[int(found.platform_id)].text == "@alice Hello!"


async def test_find_sent_with_the_outbox_text_and_after_the_target_was_deleted(
        fake: FakeMastodon, secrets: Secrets) -> None:
    asked = fake.post(fake.person("alice"), "@brand hi")
    sent = await connector_for(fake, secrets).reply(str(asked.id), "See https://help.example/"
                                                    "articles/returns-and-refunds-policy", "k")
    connector = connector_for(fake, secrets)
    text = "See https://help.example/articles/returns-and-refunds-policy"
    assert await connector.find_sent(str(asked.id), "other-key", text) == sent
    assert await connector.find_sent(str(asked.id), "other-key", "Something else") is None
    fake.delete(asked)
    assert await connector_for(fake, secrets).find_sent(str(asked.id), "x", text) == sent


async def test_a_reply_to_a_deleted_or_too_long_post_fails_plainly(
        fake: FakeMastodon, secrets: Secrets) -> None:
    asked = fake.post(fake.person("alice"), "@brand hi")
    with pytest.raises(BadPayload, match="character limit"):
        await connector_for(fake, secrets).reply(str(asked.id), "x" * 501, "k1")
    fake.delete(asked)
    with pytest.raises(NotSupported, match="no longer on Mastodon"):
        await connector_for(fake, secrets).reply(str(asked.id), "hello?", "k2")
    assert fake.created_posts == 0


async def test_delete_only_our_own_posts(fake: FakeMastodon, secrets: Secrets) -> None:
    ours = fake.post(fake.me, "typo'd announcement")
    theirs = fake.post(fake.person("troll"), "@brand rude words")
    connector = connector_for(fake, secrets)
    await connector.delete(str(ours.id))
    assert ours.deleted
    await connector.delete(str(ours.id))  # already gone: nothing to do, no error
    with pytest.raises(NotSupported, match="only our own"):
        await connector.delete(str(theirs.id))
    assert not theirs.deleted


async def test_block_mute_and_report(fake: FakeMastodon, secrets: Secrets) -> None:
    troll = fake.person("troll", "bad.example")
    post = fake.post(troll, "@brand spam spam spam")
    connector = connector_for(fake, secrets)
    await connector.block(troll.id)
    await connector.mute(troll.id)
    await connector.report(str(post.id), "Spam: " + "x" * 2000)
    assert fake.blocked == [troll.id] and fake.muted == [troll.id]
    [report] = fake.reports
    assert report["account_id"] == troll.id and report["status_ids"] == [str(post.id)]
    assert report["comment"].startswith("Spam: ") and len(report["comment"]) == 1000
    with pytest.raises(BadPayload):
        await connector.block("999999")  # no such account


async def test_an_action_the_token_was_not_granted_is_refused_plainly(
        secrets: Secrets) -> None:
    fake = FakeMastodon(scopes="read write:statuses")
    with pytest.raises(NotSupported, match="not allowed"):
        await connector_for(fake, secrets).block(fake.person("troll").id)
    assert fake.blocked == []


async def test_verify_says_who_we_are_and_what_we_may_do(
        fake: FakeMastodon, secrets: Secrets) -> None:
    said = await connector_for(fake, secrets).verify()
    assert said == (f"Signed in as @brand@{HOST} on {HOST}; can read mentions, read posts and "
                    "direct messages, post replies and delete its own posts, block, mute and "
                    "report")
    narrow = FakeMastodon(scopes="read")
    said = await connector_for(narrow, secrets).verify()
    assert "cannot post replies and delete its own posts, block, mute and report" in said
