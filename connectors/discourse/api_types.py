"""Discourse's payloads as typed values, checked field by field on the way in.

Field names follow the Discourse API description (docs.discourse.org, the OpenAPI file in
discourse/discourse_api_docs): a post as PostSerializer sends it, a notification as
NotificationSerializer does, the signed-in user from /session/current.json or /u/:name.json.
A parse function raises BadPayload, so one bad item is set aside while the page goes on.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from connectors.discourse import fields as f
from connectors.errors import BadPayload
from connectors.http import expect_dict

# Notification.types (the same numbers /site.json lists under notification_types).
MENTIONED, REPLIED, QUOTED, PRIVATE_MESSAGE, POSTED = 1, 2, 3, 6, 9
GROUP_MENTIONED, WATCHING_FIRST_POST = 15, 17
NOTIFICATION_NAMES = {MENTIONED: "mentioned", REPLIED: "replied", QUOTED: "quoted",
                      PRIVATE_MESSAGE: "private_message", POSTED: "posted",
                      GROUP_MENTIONED: "group_mentioned",
                      WATCHING_FIRST_POST: "watching_first_post"}
# PostActionType.types: the flags a member may raise, and the reply post type.
OFF_TOPIC, INAPPROPRIATE, NOTIFY_MODERATORS, SPAM = 3, 4, 7, 8
REGULAR_POST = 1


@dataclass(frozen=True, slots=True)
class Post:
    id: int
    topic_id: int
    post_number: int
    user_id: int | None
    username: str
    name: str
    avatar_template: str
    created_at: datetime
    updated_at: datetime | None
    cooked: str
    raw: str | None
    reply_to_post_number: int | None
    version: int
    deleted: bool
    hidden: bool
    topic_slug: str
    topic_title: str
    category_id: int | None
    post_type: int
    yours: bool
    # Flag types this account has already raised on the post (actions_summary `acted`).
    acted: frozenset[int]


def raw_id(value: Any) -> int | None:
    """The `id` of an item that may be malformed otherwise, to report or page past it."""
    if isinstance(value, dict):
        try:
            return f.number(value, "id", "item", required=False)
        except BadPayload:
            return None
    return None


def parse_post(value: Any) -> Post:
    obj = expect_dict(value, "post")
    what = f"post {raw_id(obj) or '?'}"
    raw = obj.get("raw")
    if raw is not None and not isinstance(raw, str):
        raise BadPayload(f"{what}: raw should be text")
    version = f.number(obj, "version", what, required=False)
    return Post(
        id=f.need_number(obj, "id", what),
        topic_id=f.need_number(obj, "topic_id", what),
        post_number=f.need_number(obj, "post_number", what),
        # Discourse's own users have negative ids (system is -1); a deleted account none.
        user_id=f.signed(obj, "user_id", what),
        username=f.username(obj, "username", what, required=False),
        name=f.text(obj, "name", what, limit=500),
        avatar_template=f.text(obj, "avatar_template", what, limit=2000),
        created_at=f.need_when(obj, "created_at", what),
        updated_at=f.when(obj, "updated_at", what, required=False),
        cooked=f.text(obj, "cooked", what),
        raw=raw,
        reply_to_post_number=f.number(obj, "reply_to_post_number", what, required=False),
        version=version or 1,
        deleted=(f.when(obj, "deleted_at", what, required=False) is not None
                 or f.flag(obj, "user_deleted")),
        hidden=f.flag(obj, "hidden"),
        topic_slug=f.text(obj, "topic_slug", what, limit=500),
        topic_title=f.text(obj, "topic_title", what, limit=1000),
        category_id=f.number(obj, "category_id", what, required=False),
        post_type=f.number(obj, "post_type", what, required=False) or REGULAR_POST,
        yours=f.flag(obj, "yours"),
        acted=_acted(obj.get("actions_summary")),
    )


def _acted(summary: Any) -> frozenset[int]:
    if not isinstance(summary, list):
        return frozenset()
    return frozenset(a["id"] for a in summary if isinstance(a, dict) and a.get("acted") is True
                     and isinstance(a.get("id"), int) and not isinstance(a.get("id"), bool))


@dataclass(frozen=True, slots=True)
class Notification:
    id: int
    type: int
    read: bool
    created_at: datetime
    topic_id: int | None
    post_number: int | None
    post_id: int | None
    title: str
    slug: str


def parse_notification(value: Any) -> Notification:
    obj = expect_dict(value, "notification")
    what = f"notification {raw_id(obj) or '?'}"
    data = obj.get("data")
    data = data if isinstance(data, dict) else {}
    title = f.text(obj, "fancy_title", what, limit=1000) or \
        f.text(data, "topic_title", what, limit=1000)
    return Notification(
        id=f.need_number(obj, "id", what),
        type=f.need_number(obj, "notification_type", what),
        read=f.flag(obj, "read"),
        created_at=f.need_when(obj, "created_at", what),
        topic_id=f.number(obj, "topic_id", what, required=False),
        post_number=f.number(obj, "post_number", what, required=False),
        post_id=f.number(data, "original_post_id", what, required=False),
        title=title,
        slug=f.text(obj, "slug", what, limit=500),
    )


@dataclass(frozen=True, slots=True)
class Me:
    """The signed-in user and the roles that decide which moderation works."""

    id: int
    username: str
    name: str
    admin: bool
    moderator: bool
    trust_level: int

    @property
    def staff(self) -> bool:
        return self.admin or self.moderator


def parse_me(value: Any, key: str) -> Me:
    """`current_user` of /session/current.json or `user` of /u/:username.json."""
    obj = expect_dict(expect_dict(value, "user answer").get(key), key)
    user_id = f.signed(obj, "id", key)
    if user_id is None:
        raise BadPayload(f"{key}: id is missing")
    return Me(id=user_id,
              username=f.username(obj, "username", key),
              name=f.text(obj, "name", key, limit=500),
              admin=f.flag(obj, "admin"), moderator=f.flag(obj, "moderator"),
              trust_level=f.number(obj, "trust_level", key, required=False,
                                   positive=False) or 0)


@dataclass(frozen=True, slots=True)
class Category:
    id: int
    slug: str
    parent_id: int | None


def parse_category(value: Any) -> Category:
    obj = expect_dict(value, "category")
    what = f"category {raw_id(obj) or '?'}"
    return Category(id=f.need_number(obj, "id", what),
                    slug=f.text(obj, "slug", what, limit=500),
                    parent_id=f.number(obj, "parent_category_id", what, required=False))
