"""Matrix message events as Serambi items: plain `body` as the text (reply fallbacks
stripped, as the rich-replies module asks), `formatted_body` kept as html, edits under the
original's id, redactions as deletions.

A room followed whole (a chosen room or a direct chat) is one conversation, keyed on the
room id; a mention elsewhere starts its own, or joins its Matrix thread.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from app.items import InboundItem, MemberRef
from app.models import Direction, MessageKind
from connectors.errors import BadPayload
from connectors.matrix import ids
from connectors.matrix.api_types import MESSAGE, Event, parse_event
from connectors.matrix.mentions import Me, mentions_me

HTML_FORMAT = "org.matrix.custom.html"
_MEDIA = {"m.image": "image", "m.video": "video", "m.audio": "audio", "m.file": "file"}


@dataclass(slots=True)
class RoomView:
    room_id: str
    whole: bool  # every message syncs: a chosen room or a direct chat
    direct: bool
    name: str = ""
    display_names: dict[str, str] = field(default_factory=dict)


def message_item(event: Event, room: RoomView, me: Me) -> InboundItem:
    return _item(event, event.content, room, me)


def edited_item(edit: Event, original: Event, room: RoomView, me: Me) -> InboundItem:
    """The original message with the edit's content (m.new_content), after checking that the
    edit is one a client may apply: by the same sender, of a message that is not an edit."""
    if edit.sender != original.sender:
        raise BadPayload(f"{edit.sender} tried to edit a message of {original.sender}")
    if original.type != MESSAGE or original.rel_type == "m.replace":
        raise BadPayload("an edit of something that is not an original message")
    new = edit.content.get("m.new_content")
    if not isinstance(new, dict):
        raise BadPayload("an edit without m.new_content")
    # m.new_content never carries a reply fallback: a leading "> " there is the author's.
    return _item(original, new, room, me, edited_at=edit.sent_at, has_fallback=False)


def deleted_item(target: Event, room: RoomView) -> InboundItem:
    """A redacted message: its own time, so a stored text is kept rather than blanked."""
    return InboundItem(
        platform_id=ids.message_id(room.room_id, target.event_id), created_at=target.sent_at,
        text="", author=author(target.sender, room), deleted=True,
        thread_id=room.room_id if room.whole else None, is_direct=room.direct,
        url=ids.link(room.room_id, target.event_id))


def wanted(content: dict[str, Any], room: RoomView, me: Me) -> bool:
    return room.whole or mentions_me(content, me)


def bundled_edit(event: Event) -> Event | None:
    """The latest edit a homeserver bundles with the original (unsigned.m.relations)."""
    relations = event.unsigned.get("m.relations")
    raw = relations.get("m.replace") if isinstance(relations, dict) else None
    if not isinstance(raw, dict) or "content" not in raw:
        return None
    try:
        return parse_event(raw)
    except BadPayload:
        return None


def author(sender: str, room: RoomView) -> MemberRef:
    return MemberRef(remote_id=sender, handle=sender, name=room.display_names.get(sender, ""),
                     profile_url=ids.link(sender))


def _item(event: Event, content: dict[str, Any], room: RoomView, me: Me,
          edited_at: datetime | None = None, has_fallback: bool = True) -> InboundItem:
    reply_to = event.reply_to
    text, html, msgtype = _text(content, has_fallback and reply_to is not None)
    if msgtype == "m.emote":
        text = f"* {room.display_names.get(event.sender) or event.sender} {text}"
    ours = event.sender == me.user_id
    extra = {"room_id": room.room_id, "event_id": event.event_id, "msgtype": msgtype}
    thread = None
    if event.rel_type == "m.thread" and event.related_event:
        extra["thread_root"] = event.related_event
        thread = ids.message_id(room.room_id, event.related_event)
    return InboundItem(
        platform_id=ids.message_id(room.room_id, event.event_id), created_at=event.sent_at,
        text=text, author=author(event.sender, room),
        direction=Direction.OUTBOUND if ours else Direction.INBOUND,
        kind=_kind(content, room, me, reply_to, ours),
        thread_id=room.room_id if room.whole else thread,  # a followed room: one thread
        parent_id=ids.message_id(room.room_id, reply_to) if reply_to else None,
        subject=room.name if room.whole else "", html=html,
        url=ids.link(room.room_id, event.event_id), edited_at=edited_at,
        is_direct=room.direct, extra=extra)


def _kind(content: dict[str, Any], room: RoomView, me: Me, reply_to: str | None,
          ours: bool) -> MessageKind:
    if room.direct:
        return MessageKind.DIRECT
    if not ours and mentions_me(content, me):
        return MessageKind.MENTION
    return MessageKind.REPLY if reply_to else MessageKind.POST


def _text(content: dict[str, Any], is_reply: bool) -> tuple[str, str | None, str]:
    body, msgtype = content.get("body"), content.get("msgtype")
    if not isinstance(body, str):
        raise BadPayload("a message without a text body")
    msgtype = msgtype if isinstance(msgtype, str) else ""
    text = strip_reply_fallback(body) if is_reply else body
    if msgtype in _MEDIA:
        text = f"[{_MEDIA[msgtype]}] {text}".rstrip()
    html = content.get("formatted_body")
    if content.get("format") != HTML_FORMAT or not isinstance(html, str):
        html = None
    elif is_reply:
        html = strip_html_fallback(html)
    return text, html, msgtype


def strip_reply_fallback(body: str) -> str:
    """Drop the quoted "> <@user> ..." lines a reply may start with, and the blank line
    that used to follow them."""
    lines = body.split("\n")
    start = 0
    while start < len(lines) and lines[start].startswith("> "):
        start += 1
    if 0 < start < len(lines) and not lines[start].strip():
        start += 1
    return "\n".join(lines[start:]) if start else body


def strip_html_fallback(html: str) -> str:
    if not html.startswith("<mx-reply>"):
        return html
    end = html.find("</mx-reply>")
    return html[end + len("</mx-reply>"):] if end >= 0 else html
