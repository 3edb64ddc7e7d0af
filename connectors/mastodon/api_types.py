"""Mastodon's payloads as typed values, checked field by field on the way in.

Field names follow the Mastodon API entities (docs.joinmastodon.org/entities/Status,
Notification, Account, Conversation, Application). Everything a server sends is untrusted:
a parse function raises BadPayload naming the field, so one bad item can be set aside
while the rest of the page syncs.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from connectors.errors import BadPayload
from connectors.http import expect_dict, expect_list

MAX_ID = 200  # Mastodon ids are short numbers; other servers use flake ids or ULIDs
VISIBILITIES = ("public", "unlisted", "private", "direct")


def text_field(obj: dict[str, Any], key: str, what: str, *, required: bool = True) -> str:
    """A string field; a missing or null optional one is ""."""
    value = obj.get(key)
    if value is None and not required:
        return ""
    if not isinstance(value, str):
        raise BadPayload(f"{what}: {key} should be text, got {type(value).__name__}")
    return value


def id_field(obj: dict[str, Any], key: str, what: str, *, required: bool = True) -> str | None:
    """An opaque id (never cast to a number, as the API guidelines ask)."""
    value = obj.get(key)
    if value is None and not required:
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)  # some compatible servers send numbers
    if (not isinstance(value, str) or not value or len(value) > MAX_ID
            or not value.isprintable() or any(c.isspace() or c in "/?#" for c in value)):
        raise BadPayload(f"{what}: {key} is not a usable id")
    return value


def time_field(obj: dict[str, Any], key: str, what: str, *,
               required: bool = True) -> datetime | None:
    """An ISO 8601 datetime; one without a zone is taken as UTC."""
    value = obj.get(key)
    if value is None and not required:
        return None
    if not isinstance(value, str):
        raise BadPayload(f"{what}: {key} should be a timestamp")
    try:
        when = datetime.fromisoformat(value)
    except ValueError:
        raise BadPayload(f"{what}: {key} is not a timestamp") from None
    return when if when.tzinfo else when.replace(tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class Account:
    id: str
    username: str
    acct: str  # "user" for accounts of this server, "user@domain" for remote ones
    display_name: str
    url: str
    avatar: str


def parse_account(value: Any) -> Account:
    obj = expect_dict(value, "account")
    ident = id_field(obj, "id", "account")
    assert ident is not None
    what = f"account {ident}"
    username = text_field(obj, "username", what)
    acct = text_field(obj, "acct", what, required=False) or username
    if not acct or any(c.isspace() for c in acct):
        raise BadPayload(f"{what}: acct is not a usable address")
    return Account(ident, username, acct, text_field(obj, "display_name", what, required=False),
                   text_field(obj, "url", what, required=False),
                   text_field(obj, "avatar_static", what, required=False)
                   or text_field(obj, "avatar", what, required=False))


@dataclass(frozen=True, slots=True)
class Mention:
    id: str
    acct: str
    url: str


@dataclass(frozen=True, slots=True)
class Media:
    type: str
    description: str


@dataclass(frozen=True, slots=True)
class Status:
    id: str
    created_at: datetime
    account: Account
    content: str  # sanitized HTML
    visibility: str
    spoiler_text: str
    url: str
    in_reply_to_id: str | None
    in_reply_to_account_id: str | None
    language: str
    edited_at: datetime | None
    mentions: tuple[Mention, ...]
    media: tuple[Media, ...]


def _mention(value: Any, what: str) -> Mention:
    obj = expect_dict(value, what)
    ident = id_field(obj, "id", what)
    assert ident is not None
    return Mention(ident, text_field(obj, "acct", what), text_field(obj, "url", what,
                                                                       required=False))


def _media(value: Any, what: str) -> Media:
    obj = expect_dict(value, what)
    return Media(text_field(obj, "type", what, required=False) or "media",
                 text_field(obj, "description", what, required=False))


def parse_status(value: Any) -> Status:
    obj = expect_dict(value, "status")
    ident = id_field(obj, "id", "status")
    assert ident is not None
    what = f"status {ident}"
    created = time_field(obj, "created_at", what)
    assert created is not None
    visibility = text_field(obj, "visibility", what, required=False) or "public"
    if visibility not in VISIBILITIES:
        visibility = "direct"  # an unknown audience is treated as the narrowest one
    language = text_field(obj, "language", what, required=False)
    return Status(
        id=ident, created_at=created, account=parse_account(obj.get("account")),
        content=text_field(obj, "content", what, required=False), visibility=visibility,
        spoiler_text=text_field(obj, "spoiler_text", what, required=False),
        url=text_field(obj, "url", what, required=False)
        or text_field(obj, "uri", what, required=False),
        in_reply_to_id=id_field(obj, "in_reply_to_id", what, required=False),
        in_reply_to_account_id=id_field(obj, "in_reply_to_account_id", what, required=False),
        language=language if len(language) <= 20 else "",
        edited_at=time_field(obj, "edited_at", what, required=False),
        mentions=tuple(_mention(m, f"{what} mention")
                       for m in expect_list(obj.get("mentions", []), f"{what} mentions")),
        media=tuple(_media(m, f"{what} media") for m in
                    expect_list(obj.get("media_attachments", []), f"{what} media")),
    )


@dataclass(frozen=True, slots=True)
class Notification:
    id: str
    type: str
    created_at: datetime
    status: Status | None


def notification_id(value: Any) -> str:
    """The id alone, so a notification whose body is broken can still be named."""
    ident = id_field(expect_dict(value, "notification"), "id", "notification")
    assert ident is not None
    return ident


def parse_notification(value: Any) -> Notification:
    obj = expect_dict(value, "notification")
    ident = notification_id(obj)
    what = f"notification {ident}"
    created = time_field(obj, "created_at", what)
    assert created is not None
    raw_status = obj.get("status")
    return Notification(ident, text_field(obj, "type", what), created,
                        None if raw_status is None else parse_status(raw_status))


@dataclass(frozen=True, slots=True)
class Conversation:
    id: str
    last_status: Status | None


def parse_conversation(value: Any) -> Conversation:
    obj = expect_dict(value, "conversation")
    ident = id_field(obj, "id", "conversation")
    assert ident is not None
    raw_status = obj.get("last_status")
    return Conversation(ident, None if raw_status is None else parse_status(raw_status))


def parse_scopes(value: Any, what: str) -> tuple[str, ...]:
    """Scopes as the API gives them: a list (apps) or one space-separated string (tokens)."""
    if isinstance(value, str):
        return tuple(value.split())
    return tuple(s for s in expect_list(value, what) if isinstance(s, str))
