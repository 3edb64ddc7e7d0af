"""The "notifications" stream: replies, mentions, quotes and private messages addressed to
the account (GET /notifications.json, newest first by offset), each with the post it points
to (GET /t/:topic_id/posts.json?post_ids[]=..., one request per topic).
"""

from __future__ import annotations

from app.models import MessageKind
from connectors.discourse import api
from connectors.discourse import api_types as t
from connectors.discourse.api_types import Notification, parse_notification, raw_id
from connectors.discourse.posts import Batch, load_topic
from connectors.errors import BadPayload

OVERLAP = 5  # re-read a few at each page edge: a notification deleted meanwhile shifts them
TOPICS_PER_PAGE = 6  # requests per page stay few (user API keys get 20 a minute)
KINDS = {t.MENTIONED: MessageKind.MENTION, t.GROUP_MENTIONED: MessageKind.MENTION,
         t.QUOTED: MessageKind.MENTION, t.REPLIED: MessageKind.REPLY,
         t.POSTED: MessageKind.REPLY, t.WATCHING_FIRST_POST: MessageKind.POST,
         t.PRIVATE_MESSAGE: MessageKind.DIRECT}


async def page(batch: Batch) -> bool:
    """Fill the batch with the next page of the walk; True when more are waiting."""
    st = batch.state
    offset = (st.next or 0) if st.walking else 0
    values, total = await api.notifications(batch.session, offset)
    ids = [i for i in (raw_id(v) for v in values) if i is not None]
    if not st.walking:
        st.start_walk(max(ids, default=st.floor))
    assert st.below is not None
    wanted: list[Notification] = []
    topics: set[int] = set()
    consumed, reached_old = 0, not values
    for value in values:
        found = _fresh(batch, value)
        if found == "old":
            reached_old = True
            break
        if isinstance(found, Notification):
            if found.topic_id not in topics and len(topics) >= TOPICS_PER_PAGE:
                break  # the rest waits for the next page
            topics.add(found.topic_id or 0)
            wanted.append(found)
        consumed += 1
    seen = [i for i in (raw_id(v) for v in values[:consumed])
            if i is not None and st.floor < i < st.below]
    st.below = min([st.below, *seen])
    await _load(batch, wanted)
    full = consumed == len(values)
    if reached_old or (full and offset + api.NOTIFICATIONS_LIMIT >= total):
        st.finish_walk()
        return False
    step = api.NOTIFICATIONS_LIMIT - OVERLAP if full else max(1, consumed - OVERLAP)
    st.next = offset + step
    return True


def _fresh(batch: Batch, value: object) -> Notification | str | None:
    """The notification to hand over, "old" when the walk has reached what it had, or None
    (already handed over, not about a post, or rejected)."""
    st = batch.state
    assert st.below is not None
    try:
        n = parse_notification(value)
    except BadPayload as exc:
        known = raw_id(value)
        if known is None or st.floor < known < st.below:
            batch.rejected.append((f"notification:{known or '?'}", str(exc)))
        return None
    if n.id <= st.floor or n.created_at.timestamp() < st.since:
        return "old"
    if n.id >= st.below or n.type not in KINDS:
        return None  # handed over earlier in this walk, arrived after it began, or a badge
    if n.topic_id is None or n.post_id is None:
        batch.rejected.append((f"notification:{n.id}", "it names no post"))
        return None
    return n


async def _load(batch: Batch, wanted: list[Notification]) -> None:
    by_topic: dict[int, list[Notification]] = {}
    for n in wanted:
        by_topic.setdefault(n.topic_id or 0, []).append(n)
    for topic_id, group in by_topic.items():
        posts, bad = await load_topic(batch.session, topic_id, [n.post_id or 0 for n in group])
        batch.rejected.extend(bad)
        unreadable = {pid for pid, _ in bad}
        batch.learn(list(posts.values()))
        for n in sorted(group, key=lambda n: (n.type != t.PRIVATE_MESSAGE, n.id)):
            post = posts.get(n.post_id or 0)
            if post is None:
                if str(n.post_id) not in unreadable:
                    batch.rejected.append((str(n.post_id), "the post was deleted or is no "
                                           "longer visible to this account"))
                continue
            direct = n.type == t.PRIVATE_MESSAGE
            await batch.add(post, title=n.title, kind=KINDS[n.type], direct=direct,
                            extra={"notification": t.NOTIFICATION_NAMES[n.type]})
