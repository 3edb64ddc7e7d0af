"""Replies: POST /posts.json with the topic and the number of the post answered. Nothing is
hidden in the text to recognise it later; after a lost answer, the reply is looked for among
the topic's posts after the target, by our username and the same raw text.

Discourse itself answers an identical API post made again within two minutes with the first
one (PostsController memoizes API posts by their parameters), so a quick retry is safe too.
"""

from __future__ import annotations

import unicodedata
from collections import OrderedDict

from connectors.base import SentReply
from connectors.discourse import api
from connectors.discourse.api_types import Post, parse_post
from connectors.discourse.mapping import Forum
from connectors.discourse.posts import load_topic
from connectors.discourse.session import Session
from connectors.errors import BadPayload
from connectors.http import expect_dict

LOOK_BACK = 20  # the topic's latest posts after the target that are looked at
RAW_CHECKS = 5  # of ours among them, read one by one for their raw text
JOURNAL_MAX = 500

# What each reply said, by idempotency key, for the looking-up after a lost answer. The
# contract gives find_sent only the key, so a reply sent before a restart cannot be found.
_SENT: OrderedDict[tuple[str, str, str], str] = OrderedDict()


def post_id(platform_id: str) -> int:
    value = platform_id.strip()
    if not value.isascii() or not value.isdigit() or len(value) > 15:
        raise BadPayload(f"{platform_id!r} is not a Discourse post id")
    return int(value)


async def target(s: Session, platform_id: str) -> Post:
    """The post an action is about; BadPayload when it no longer exists."""
    found = await api.post(s, post_id(platform_id))
    if found is None:
        raise BadPayload(f"post {platform_id} no longer exists on the forum")
    return parse_post(found)


def _key(s: Session, forum: Forum, idempotency_key: str) -> tuple[str, str, str]:
    return (s.base, forum.username.lower(), idempotency_key)


async def reply(s: Session, forum: Forum, platform_id: str, text: str,
                idempotency_key: str) -> SentReply:
    post = await target(s, platform_id)
    if post.deleted:  # staff still see deleted posts; answering one helps nobody
        raise BadPayload(f"post {platform_id} no longer exists on the forum (deleted)")
    _SENT[_key(s, forum, idempotency_key)] = text
    while len(_SENT) > JOURNAL_MAX:
        _SENT.popitem(last=False)
    answer = await api.create_post(s, post.topic_id, post.post_number, text)
    if answer.get("action") == "enqueued":
        # Held for a moderator's approval: it has no post id until then.
        pending = expect_dict(answer.get("pending_post", {}), "pending post")
        return SentReply(f"pending:{pending.get('id', '?')}", "")
    created = parse_post(answer)
    return SentReply(str(created.id), forum.post_url(created))


async def find_sent(s: Session, forum: Forum, platform_id: str, idempotency_key: str,
                    sent_text: str | None = None) -> SentReply | None:
    text = _SENT.get(_key(s, forum, idempotency_key)) or sent_text
    if text is None:
        return None
    try:
        post = await target(s, platform_id)
    except BadPayload:
        return None
    stream = await api.topic_stream(s, post.topic_id) or []
    after = [i for i in stream if isinstance(i, int) and not isinstance(i, bool)
             and i > post.id][-LOOK_BACK:]
    loaded, _ = await load_topic(s, post.topic_id, after)
    ours = sorted((p for p in loaded.values() if forum.is_ours(p)
                   and p.reply_to_post_number in (None, post.post_number)),
                  key=lambda p: p.id, reverse=True)
    for candidate in ours[:RAW_CHECKS]:
        found = await api.post(s, candidate.id)
        full = parse_post(found) if found is not None else None
        if full is not None and full.raw is not None and _same(full.raw, text):
            return SentReply(str(full.id), forum.post_url(full))
    return None


def _same(raw: str, text: str) -> bool:
    """Equal as Discourse stores raw: line endings, trailing spaces and the ends trimmed."""
    def norm(value: str) -> str:
        lines = unicodedata.normalize("NFC", value).replace("\r\n", "\n").split("\n")
        return "\n".join(line.rstrip() for line in lines).strip()

    return norm(raw) == norm(text)
