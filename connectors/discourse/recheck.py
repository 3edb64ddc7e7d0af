"""Edits and deletions of posts already handed over: Discourse's lists show neither, so every
few minutes a stream looks again at a few topics of the posts it keeps an eye on (a changed
`version` is an edit; `deleted_at`, a post deleted by its author, or 404 is a deletion).
"""

from __future__ import annotations

from connectors.discourse import api
from connectors.discourse.api_types import Post, parse_post
from connectors.discourse.cursor import Watched
from connectors.discourse.mapping import deletion, to_item
from connectors.discourse.posts import Batch, load_topic
from connectors.errors import BadPayload, NotSupported

EVERY = 600.0  # seconds between looks
TOPICS = 3  # topics looked at per look (a request each)
PROBES = 3  # posts missing from their topic asked for one by one (moved, or deleted)


async def recheck(batch: Batch) -> None:
    st = batch.state
    st.prune(batch.now)
    if not st.watch or batch.now - st.checked < EVERY:
        return
    st.checked = batch.now
    oldest: dict[int, float] = {}
    for w in st.watch:
        oldest[w.topic_id] = min(oldest.get(w.topic_id, w.checked), w.checked)
    missing: list[Watched] = []
    for topic_id in sorted(oldest, key=oldest.__getitem__)[:TOPICS]:
        watched = [w for w in st.watch if w.topic_id == topic_id]
        posts, _ = await load_topic(batch.session, topic_id, [w.post_id for w in watched])
        for w in watched:
            if w.post_id in posts:
                _compare(batch, w, posts[w.post_id])
            else:
                missing.append(w)
    for w in missing[:PROBES]:
        await _probe(batch, w)


def _compare(batch: Batch, w: Watched, post: Post) -> None:
    w.checked = batch.now
    if post.deleted:
        _gone(batch, w)
    elif post.version != w.version:
        w.version = post.version
        title = batch.state.titles.get(str(w.topic_id), "")
        batch.items[str(post.id)] = to_item(post, batch.forum, title=title)


async def _probe(batch: Batch, w: Watched) -> None:
    """A post its topic no longer lists: deleted, or moved to another topic."""
    try:
        found = await api.post(batch.session, w.post_id)
    except NotSupported:  # now in a category this account cannot see: stop watching it
        batch.state.watch = [x for x in batch.state.watch if x.post_id != w.post_id]
        return
    if found is None:
        _gone(batch, w)
        return
    try:
        post = parse_post(found)
    except BadPayload:
        w.checked = batch.now  # unreadable now; looked at again on a later round
        return
    w.topic_id, w.post_number = post.topic_id, post.post_number
    _compare(batch, w, post)


def _gone(batch: Batch, w: Watched) -> None:
    batch.items[str(w.post_id)] = deletion(w.post_id, w.topic_id, w.created)
    batch.state.watch = [x for x in batch.state.watch if x.post_id != w.post_id]
