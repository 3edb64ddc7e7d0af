"""The "categories" stream: new posts in the categories the user chose (setting
`categories`: slugs or ids; their subcategories come along). GET /posts.json lists the
newest posts the account may see, 50 at a time, older ones with `before=<id>`; the cursor
walks it by post id.
"""

from __future__ import annotations

from typing import Any

from connectors.discourse import api
from connectors.discourse.api_types import parse_category
from connectors.discourse.posts import Batch, parse_each
from connectors.errors import BadPayload

PAGE = 50  # PostsController#latest answers at most this many


def wanted(setting: Any) -> list[str]:
    """The chosen categories as given: a list, or one comma-separated string."""
    values = setting.split(",") if isinstance(setting, str) else setting
    if not isinstance(values, list):
        return []
    return [str(v).strip().lower() for v in values if str(v).strip()]


async def category_ids(batch: Batch, chosen: list[str]) -> set[int]:
    """Ids of the chosen categories and their subcategories, looked up (/site.json) once a
    day, so a new subcategory joins in, and kept in the cursor meanwhile."""
    key = f"{int(batch.now // 86_400)}:{','.join(chosen)}"
    if key not in batch.state.categories:
        found: set[int] = set()
        parents: dict[int, int | None] = {}
        named: set[str] = set()
        for value in await api.site_categories(batch.session):
            try:
                c = parse_category(value)
            except BadPayload:
                continue  # a category we cannot read cannot be chosen either
            parents[c.id] = c.parent_id
            if c.slug.lower() in chosen or str(c.id) in chosen:
                found.add(c.id)
                named.update({c.slug.lower(), str(c.id)})
        found |= {cid for cid, parent in parents.items() if parent in found}
        for missing in [c for c in chosen if c not in named]:
            batch.rejected.append((f"category:{missing}", "no such category on this forum, "
                                   "or this account cannot see it"))
        batch.state.categories = {key: sorted(found)}
    return set(batch.state.categories[key])


async def page(batch: Batch, chosen: list[str]) -> bool:
    """Fill the batch with the next page of the walk; True when more are waiting."""
    ids = await category_ids(batch, chosen)
    st = batch.state
    values = await api.latest_posts(batch.session, st.next if st.walking else None)
    posts, bad = parse_each(values, "latest posts")
    numbered = [p.id for p in posts] + [int(r[0]) for r in bad if r[0].isdigit()]
    if not st.walking:
        st.start_walk(max(numbered, default=st.floor))
    assert st.below is not None
    floor, below = st.floor, st.below
    batch.rejected.extend(r for r in bad if not r[0].isdigit() or floor < int(r[0]) < below)
    fresh = [p for p in posts if floor < p.id < below]
    new = [p for p in fresh if p.created_at.timestamp() >= st.since]
    batch.learn(posts)
    for post in sorted(new, key=lambda p: p.id):
        if post.category_id in ids:
            await batch.add(post, title=post.topic_title)
    lowest = min(numbered, default=floor)
    st.below = min(below, lowest)
    if len(values) < PAGE or lowest <= floor + 1 or len(new) < len(fresh):
        st.finish_walk()  # the end of the list, what we had, or the first sync's horizon
        return False
    st.next = lowest - 1
    return True
