"""Field checks for Discourse payloads: everything a forum sends is untrusted, so each value is
checked for its type and range, and a bad one raises BadPayload naming the field.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from app.timeutil import as_utc
from connectors.errors import BadPayload

MAX_ID = 2**53  # JSON numbers beyond this lose precision in other clients; no forum has them


def number(obj: dict[str, Any], key: str, what: str, *, required: bool = True,
           positive: bool = True) -> int | None:
    """A whole number (Discourse ids, post numbers, versions); JSON `true` is not one."""
    value = obj.get(key)
    if value is None and not required:
        return None
    if isinstance(value, str) and value.isascii() and value.isdigit() and len(value) < 16:
        value = int(value)  # the API docs type some numbers (reply_to_post_number) as strings
    if not isinstance(value, int) or isinstance(value, bool):
        raise BadPayload(f"{what}: {key} should be a number, got {type(value).__name__}")
    if value > MAX_ID or value < (1 if positive else 0):
        raise BadPayload(f"{what}: {key} is out of range")
    return value


def signed(obj: dict[str, Any], key: str, what: str) -> int | None:
    """An optional id that may be negative (Discourse's own users: system is -1)."""
    value = obj.get(key)
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool) or abs(value) > MAX_ID:
        raise BadPayload(f"{what}: {key} should be a number")
    return value


def need_number(obj: dict[str, Any], key: str, what: str) -> int:
    value = number(obj, key, what)
    assert value is not None
    return value


def text(obj: dict[str, Any], key: str, what: str, *, required: bool = False,
         limit: int = 2_000_000) -> str:
    """A string field; a missing or null optional one is ""."""
    value = obj.get(key)
    if value is None and not required:
        return ""
    if not isinstance(value, str):
        raise BadPayload(f"{what}: {key} should be text, got {type(value).__name__}")
    if len(value) > limit:
        raise BadPayload(f"{what}: {key} is longer than {limit} characters")
    return value


def flag(obj: dict[str, Any], key: str) -> bool:
    """A boolean where anything but a real `true` counts as false (absent flags are off)."""
    return obj.get(key) is True


def when(obj: dict[str, Any], key: str, what: str, *,
         required: bool = True) -> datetime | None:
    """An ISO 8601 timestamp as aware UTC; one without a zone is taken as UTC."""
    value = obj.get(key)
    if value is None and not required:
        return None
    if not isinstance(value, str) or len(value) > 64:
        raise BadPayload(f"{what}: {key} should be a timestamp")
    try:
        return as_utc(datetime.fromisoformat(value.strip().replace("Z", "+00:00")))
    except ValueError:
        raise BadPayload(f"{what}: {key} is not a timestamp") from None


def need_when(obj: dict[str, Any], key: str, what: str) -> datetime:
    value = when(obj, key, what)
    assert value is not None
    return value


def username(obj: dict[str, Any], key: str, what: str, *, required: bool = True) -> str:
    """A Discourse username: letters (any script), digits, `_`, `-` and `.`, no spaces."""
    value = text(obj, key, what, required=required, limit=100)
    if not value and not required:
        return ""
    if not value or not all(c.isalnum() or c in "_-." for c in value):
        raise BadPayload(f"{what}: {key} is not a username")
    return value
