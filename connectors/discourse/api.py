"""Discourse's endpoints, one small function each (paths and fields as docs.discourse.org
describes them). Answers come back as checked containers; items inside are parsed by the
caller one by one, so a single bad item never costs the page.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from connectors.discourse.session import Session
from connectors.http import expect_dict, expect_list

NOTIFICATIONS_LIMIT = 60  # NotificationsController::INDEX_LIMIT, the most one page holds
TOPIC_POSTS_LIMIT = 50  # post_ids[] asked of one topic at once (the web client asks 20-50)


async def notifications(s: Session, offset: int) -> tuple[list[Any], int]:
    """One page of the account's notifications, newest first, and how many there are."""
    answer = expect_dict(await s.get("/notifications.json", "reading notifications",
                                     {"offset": offset, "limit": NOTIFICATIONS_LIMIT},
                                     own=True), "notifications")
    total = answer.get("total_rows_notifications")
    items = expect_list(answer.get("notifications", []), "notifications")
    if isinstance(total, int) and not isinstance(total, bool) and total >= 0:
        return items, total
    # Without a total, a full page may have more after it and a short one is the last.
    return items, offset + len(items) + (len(items) >= NOTIFICATIONS_LIMIT)


async def mark_notification_read(s: Session, notification_id: int) -> None:
    await s.send("PUT", "/notifications/mark-read.json", "marking a notification read",
                 {"id": notification_id})


async def latest_posts(s: Session, before: int | None) -> list[Any]:
    """Up to 50 of the newest public posts the account may see, id at most `before`."""
    params = {"before": before} if before else None
    answer = expect_dict(await s.get("/posts.json", "reading the latest posts", params,
                                     own=True), "latest posts")
    return expect_list(answer.get("latest_posts", []), "latest posts")


async def topic_posts(s: Session, topic_id: int, post_ids: list[int]) -> list[Any] | None:
    """Those posts of a topic (deleted or invisible ones are left out); None when the topic
    itself is gone."""
    answer = await s.get_or_none(f"/t/{topic_id}/posts.json", f"reading topic {topic_id}",
                                 [("post_ids[]", i) for i in post_ids[:TOPIC_POSTS_LIMIT]])
    if answer is None:
        return None
    stream = expect_dict(expect_dict(answer, "topic posts").get("post_stream"), "post_stream")
    return expect_list(stream.get("posts", []), "topic posts")


async def topic_stream(s: Session, topic_id: int) -> list[Any] | None:
    """Every post id of a topic in order (post_stream.stream); None when it is gone."""
    answer = await s.get_or_none(f"/t/{topic_id}.json", f"reading topic {topic_id}")
    if answer is None:
        return None
    stream = expect_dict(expect_dict(answer, "topic").get("post_stream"), "post_stream")
    return expect_list(stream.get("stream", []), "post stream")


async def post(s: Session, post_id: int) -> Any | None:
    return await s.get_or_none(f"/posts/{post_id}.json", f"reading post {post_id}")


async def post_by_number(s: Session, topic_id: int, number: int) -> Any | None:
    return await s.get_or_none(f"/posts/by_number/{topic_id}/{number}.json",
                               f"reading post #{number} of topic {topic_id}")


async def site_categories(s: Session) -> list[Any]:
    """Every category (and subcategory) the account can see."""
    answer = expect_dict(await s.get("/site.json", "reading the categories", own=True),
                         "site")
    return expect_list(answer.get("categories", []), "categories")


async def create_post(s: Session, topic_id: int, reply_to: int, raw: str) -> dict[str, Any]:
    body = {"topic_id": topic_id, "reply_to_post_number": reply_to, "raw": raw}
    return expect_dict(await s.send("POST", "/posts.json", "posting the reply", body),
                       "new post")


async def flag(s: Session, post_id: int, action_type: int, message: str = "", *,
               queue_for_review: bool = False) -> dict[str, Any]:
    body: dict[str, Any] = {"id": post_id, "post_action_type_id": action_type,
                            "flag_topic": False}
    if message:
        body["message"] = message
    if queue_for_review:
        body["queue_for_review"] = True  # staff only: hide the post and queue it for review
    return expect_dict(await s.send("POST", "/post_actions.json", "flagging the post", body),
                       "flagged post")


async def delete_post(s: Session, post_id: int) -> None:
    await s.send("DELETE", f"/posts/{post_id}.json", "deleting the post")


async def close_topic(s: Session, topic_id: int) -> None:
    await s.send("PUT", f"/t/{topic_id}/status.json", "closing the topic",
                 {"status": "closed", "enabled": "true"})


async def silence_user(s: Session, user_id: int, until: datetime, reason: str) -> None:
    body = {"silenced_till": until.isoformat(timespec="seconds").replace("+00:00", "Z"),
            "reason": reason}
    await s.send("PUT", f"/admin/users/{user_id}/silence.json", "silencing the member", body)
