"""The normalized items every connector yields and the ingest path consumes.

Connectors map platform payloads into these; `validate` is the last gate before storage, so
a hostile or malformed value stops here with a clear reason for that one item.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import TypeVar

from app.models import Direction, MessageKind
from app.timeutil import EARLIEST, LATEST, as_utc

MAX_TEXT = 1_000_000
MAX_ID = 500
_E = TypeVar("_E", Direction, MessageKind)
_SURROGATES = re.compile("[\ud800-\udfff]")


class InvalidItem(ValueError):
    """An item that cannot be stored; the message says which field and why."""


@dataclass(frozen=True, slots=True)
class MemberRef:
    """Who wrote an item, as the platform knows them."""

    remote_id: str
    handle: str = ""
    name: str = ""
    profile_url: str = ""
    avatar_url: str = ""


@dataclass(frozen=True, slots=True)
class InboundItem:
    """One message as a connector saw it: new, edited, or deleted on the platform."""

    platform_id: str
    created_at: datetime
    text: str
    author: MemberRef | None
    direction: Direction = Direction.INBOUND
    kind: MessageKind = MessageKind.MENTION
    # The thread's root id when the platform tells it (Bluesky reply.root, email
    # References[0]); otherwise the parent is followed through what is already stored.
    thread_id: str | None = None
    parent_id: str | None = None
    subject: str = ""
    html: str | None = None
    url: str = ""
    language: str = ""
    edited_at: datetime | None = None
    deleted: bool = False
    is_direct: bool = False
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def content_key(self) -> tuple[datetime, bool, str, str, str, bool]:
        """A total order on versions, so the same versions in any order give the same text.

        The newest edit wins; a bare deletion notice (no text) never blanks stored text.
        """
        return content_key(self.edited_at, self.created_at, self.text, self.subject, self.html)


def content_key(edited_at: datetime | None, created_at: datetime, text: str, subject: str,
                html: str | None) -> tuple[datetime, bool, str, str, str, bool]:
    """The order of InboundItem.content_key, for stored rows too."""
    return (edited_at or created_at, bool(text), text, subject, html or "", edited_at is not None)


def _clean_text(value: str, name: str, limit: int = MAX_TEXT) -> str:
    if not isinstance(value, str):
        raise InvalidItem(f"{name} must be text")
    # Lone surrogates cannot be stored as UTF-8, and PostgreSQL refuses NUL in text.
    if not value.isascii():
        value = _SURROGATES.sub("\ufffd", value)
    value = value.replace("\x00", "\ufffd")
    if len(value) > limit:
        raise InvalidItem(f"{name} is longer than {limit} characters")
    return value


def _shortened(value: str, name: str, limit: int) -> str:
    """A display field (a name, a handle, a link) too long to keep is cut, ending in "…":
    refusing the message for it would lose every message of that member."""
    value = _clean_text(value, name, MAX_TEXT)
    return value if len(value) <= limit else value[: limit - 1] + "…"


def _clean_id(value: str | None, name: str) -> str | None:
    if value is None:
        return None
    value = _clean_text(value, name, MAX_ID).strip()
    if not value:
        raise InvalidItem(f"{name} is empty")
    return unicodedata.normalize("NFC", value)


def _clean_link(value: str | None, name: str) -> str | None:
    """Parent and thread ids are optional: an empty one means there is none."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return _clean_id(value, name)


def _clean_choice(kind: type[_E], value: str, name: str) -> _E:
    try:
        return kind(value)
    except ValueError:
        choices = ", ".join(member.value for member in kind)
        raise InvalidItem(f"{name} {value!r} is not one of {choices}") from None


def _clean_time(value: datetime | None, name: str) -> datetime | None:
    if value is None:
        return None
    if not isinstance(value, datetime):
        raise InvalidItem(f"{name} must be a timestamp")
    value = as_utc(value)
    if not EARLIEST <= value < LATEST:
        raise InvalidItem(f"{name} {value.isoformat()} is outside 1990-2200")
    return value


def _clean_member(member: MemberRef | None) -> MemberRef | None:
    if member is None:
        return None
    remote_id = _clean_id(member.remote_id, "author id")
    assert remote_id is not None
    return MemberRef(
        remote_id=remote_id,
        handle=_shortened(member.handle, "author handle", 500),
        name=_shortened(member.name, "author name", 500),
        profile_url=_shortened(member.profile_url, "profile URL", 2000),
        avatar_url=_shortened(member.avatar_url, "avatar URL", 2000),
    )


def validate(item: InboundItem) -> InboundItem:
    """Return a clean copy of the item or raise InvalidItem saying what is wrong."""
    platform_id = _clean_id(item.platform_id, "id")
    created_at = _clean_time(item.created_at, "created_at")
    assert platform_id is not None and created_at is not None
    return replace(
        item,
        platform_id=platform_id,
        created_at=created_at,
        text=_clean_text(item.text, "text"),
        author=_clean_member(item.author),
        direction=_clean_choice(Direction, item.direction, "direction"),
        kind=_clean_choice(MessageKind, item.kind, "kind"),
        thread_id=_clean_link(item.thread_id, "thread id"),
        parent_id=_clean_link(item.parent_id, "parent id"),
        subject=_clean_text(item.subject, "subject", 2000),
        html=None if item.html is None else _clean_text(item.html, "html"),
        url=_shortened(item.url, "url", 2000),
        language=_clean_text(item.language, "language", 20),
        edited_at=_clean_time(item.edited_at, "edited_at"),
    )
